"""`ShoppingAgent`: the agent as a Python API; the REST route, the CLI and the demo all use it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.errors import GraphRecursionError
from langgraph.types import Command

from agent.checkout import is_ready
from agent.context import Context, ShopServices
from agent.graph import build_graph
from agent.intent_model import classifier_for
from agent.kinds import judge_for
from agent.locks import open_turn_locks
from agent.memory import open_checkpointer
from agent.photos import accept_photo
from agent.spelling import warm_speller
from agent.turn import ChatTurn, cart_view, checkout_view, order_view, product_view
from aisle.settings import Settings
from vision.store import ImageStore

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)
TOO_MANY_STEPS = "Sorry, that took me too many steps. Could you say it another way?"
# A search with a colour, a size and a budget, the kind of turn most conversations start with.
# Searching puts nothing in a cart.
REHEARSAL = "show me a blue t-shirt in size M under $40"


class ShoppingAgent:
    """One agent per process; conversations are threads kept by the checkpointer."""

    def __init__(
        self,
        settings: Settings,
        services: ShopServices,
        chat_model: BaseChatModel | None = None,
        understanding_model: BaseChatModel | None = None,
    ) -> None:
        self.settings = settings
        self.services = services
        self.context = Context(
            services=services,
            settings=settings,
            chat_model=chat_model,
            understanding_model=understanding_model,
        )
        self._checkpointer, self._close_checkpointer = open_checkpointer(settings)
        self.graph = build_graph(self._checkpointer)
        self.images = ImageStore(settings.images_dir)
        self._turn_locks = open_turn_locks(settings)
        warm_speller(services.search)  # built now, not in the first shopper's turn

    @classmethod
    def open(
        cls,
        settings: Settings,
        services: ShopServices,
        chat_model: BaseChatModel | None = None,
    ) -> ShoppingAgent:
        """The planner follows `settings.planner`; `llm` and `hybrid` build `settings.chat_model`.

        `llm`: the model picks the tools. `hybrid`: the model reads each message into the
        structured understanding and the rules act on it.
        """
        if settings.planner == "rules":
            return cls(settings, services)
        if chat_model is None:
            from agent.chat_models import ChatModelUnavailable, load_chat_model

            if not settings.chat_model:
                raise ChatModelUnavailable(
                    f"planner {settings.planner!r} needs AISLE_CHAT_MODEL, e.g. local or"
                    " openai:gpt-4o"
                )
            chat_model = load_chat_model(settings.chat_model, settings)
        if settings.planner == "llm":
            return cls(settings, services, chat_model=chat_model)
        return cls(settings, services, understanding_model=chat_model)

    def warm_up(self) -> None:
        """Build what the first turn would otherwise build, before the server says it is ready.

        The small-talk classifier encodes its example utterances (about 2 s on 2 busy cores)
        and the leaf-kind index scans the catalog's titles; both are cached per search object.
        Then one rehearsal turn builds the rest (bench/results/cold_start.md).
        """
        search = self.services.search
        encoder = getattr(search, "encoder", None)
        if encoder is not None:
            classifier_for(encoder)
        if getattr(search, "index", None) is not None:
            judge_for(search).index()
        try:
            self.rehearse()
        except Exception:  # the first shopper's turn will say what is wrong; warm up the rest
            log.exception("the warm-up turn failed")

    def rehearse(self, message: str = REHEARSAL) -> ChatTurn:
        """One search turn through the graph on a private thread, deleted afterwards.

        It builds what a first turn would otherwise build while the shopper waits: the
        lexicons, compiled patterns and kind scope, LangGraph's first run and checkpoint write.
        The rules read it whatever the planner, so no model is called. Its thread id was never
        issued, so no API can name it; nothing but its checkpoint is written, and that is gone.
        """
        thread_id = f"warm-up-{uuid.uuid4().hex}"
        rules_only = replace(self.context, chat_model=None, understanding_model=None)
        try:
            return self._run_turn(thread_id, message, None, None, rules_only)
        finally:
            self._checkpointer.delete_thread(thread_id)

    def close(self) -> None:
        self._close_checkpointer()
        self._turn_locks.close()

    def chat(
        self,
        thread_id: str | None,
        message: str,
        image: bytes | None = None,
        resume: dict[str, Any] | None = None,
        on_progress: Callable[[str], None] | None = None,
        on_start: Callable[[], None] | None = None,
    ) -> ChatTurn:
        """One shopper turn; a `resume` answers a pending checkout ({"approved": true}).

        `on_start` is called once the conversation's turn lock is held, `on_progress` with each
        note the graph writes ("searching the catalog", "weighed …") while the turn runs.
        A photo the vision intake refuses raises its `vision.errors.ImageRejected` before
        anything is stored or the conversation changes.
        """
        photo = accept_photo(image, self.settings) if image else None
        return self._run_turn(
            thread_id or uuid.uuid4().hex,
            message,
            photo,
            resume,
            self.context,
            on_progress,
            on_start,
        )

    def _run_turn(
        self,
        thread_id: str,
        message: str,
        photo: bytes | None,
        resume: dict[str, Any] | None,
        context: Context,
        on_progress: Callable[[str], None] | None = None,
        on_start: Callable[[], None] | None = None,
    ) -> ChatTurn:
        config: RunnableConfig = {
            "configurable": {"thread_id": thread_id},
            "recursion_limit": self.settings.max_steps,
        }
        with self._turn_locks.hold(thread_id):
            if on_start:
                on_start()
            image_id = self.images.put(photo) if photo else None
            payload = self._payload(config, message, image_id, resume)
            try:
                # One checkpoint write per turn ("exit"): a crash mid-turn loses only that turn,
                # and a repeated payment is harmless because completion is idempotent per session.
                for chunk in self.graph.stream(
                    payload, config, context=context, stream_mode="custom", durability="exit"
                ):
                    if on_progress and isinstance(chunk, dict) and "progress" in chunk:
                        on_progress(str(chunk["progress"]))
            except GraphRecursionError:
                return ChatTurn(thread_id=thread_id, reply=TOO_MANY_STEPS)
            return self._turn(thread_id, config)

    def _payload(
        self,
        config: RunnableConfig,
        message: str,
        image_id: str | None,
        resume: dict[str, Any] | None,
    ) -> Any:
        """Resume a paused checkout, or start a turn with the shopper's message."""
        snapshot = self.graph.get_state(config)
        if snapshot.interrupts:
            answer = dict(resume or {})
            if message:
                answer["message"] = message
            return Command(resume=answer)
        token = (resume or {}).get("payment_token")
        if not message and resume and "approved" in resume:
            message = "yes" if resume["approved"] else "no"
        kwargs = {"image_id": image_id} if image_id else {}
        payload: dict[str, Any] = {
            "messages": [HumanMessage(message, additional_kwargs=kwargs)],
            "image_ids": [image_id] if image_id else [],
        }
        if token:
            payload["payment_token"] = token
        return payload

    def _turn(self, thread_id: str, config: RunnableConfig) -> ChatTurn:
        snapshot = self.graph.get_state(config)
        values = snapshot.values
        commerce = self.services.commerce
        pending = values.get("pending_checkout")
        if snapshot.interrupts:
            reply = str(snapshot.interrupts[0].value.get("message", ""))
        else:
            last = next(
                (m for m in reversed(values.get("messages", [])) if isinstance(m, AIMessage)), None
            )
            reply = last.text if last else ""
        cart_id = values.get("cart_id")
        order_id = values.get("turn_order_id")
        asking = "details" in (values.get("awaiting") or {}).get("slots", [])  # a new address
        awaiting = bool(snapshot.interrupts) or (is_ready(pending) and not asking)
        return ChatTurn(
            thread_id=thread_id,
            reply=reply,
            products=[product_view(p) for p in values.get("turn_products", [])],
            cart=cart_view(commerce.get_cart(cart_id)) if cart_id else None,
            awaiting_confirmation=awaiting,
            order=order_view(commerce.get_order(order_id)) if order_id else None,
            checkout=checkout_view(pending) if awaiting and pending else None,
        )

    def history(self, thread_id: str) -> list[tuple[str, str]]:
        """(speaker, text) pairs of a conversation, for the CLI and debugging."""
        config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
        values = self.graph.get_state(config).values
        pairs: list[tuple[str, str]] = []
        for m in values.get("messages", []):
            if isinstance(m, HumanMessage):
                pairs.append(("shopper", str(m.text)))
            elif isinstance(m, AIMessage) and m.text:
                pairs.append(("agent", str(m.text)))
        return pairs
