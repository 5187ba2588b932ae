"""The LLM planner: any LangChain chat model that can call tools, configured by a string.

"openai:gpt-4o-mini", "anthropic:claude-sonnet-4-5" or "ollama:llama3.1" work once the matching
extra is installed (`pip install 'aisle[openai]'`).
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, SystemMessage
from langgraph.runtime import Runtime

from agent.context import Context
from agent.prompts import system_prompt
from agent.state import ShoppingState
from agent.tools import tool_schemas

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

HISTORY_TURNS = 8
_EXTRAS = {"openai": "openai", "anthropic": "anthropic", "ollama": "ollama"}


class ChatModelUnavailable(RuntimeError):
    """The configured chat model cannot be built here (a missing extra or a bad string)."""


def load_chat_model(spec: str) -> BaseChatModel:
    """Build a chat model from 'provider:model'; says which extra to install when one is missing."""
    provider, _, name = spec.partition(":")
    if not name:
        raise ChatModelUnavailable(f"chat_model must look like 'provider:model', not {spec!r}")
    init_chat_model = _init_chat_model()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # langchain-classic's re-export
            return init_chat_model(name, model_provider=provider)
    except ImportError as exc:
        extra = _EXTRAS.get(provider, provider)
        raise ChatModelUnavailable(
            f"the {provider!r} chat model needs its package: pip install 'aisle[{extra}]' ({exc})"
        ) from exc
    except ValueError as exc:
        raise ChatModelUnavailable(f"cannot build chat model {spec!r}: {exc}") from exc


def _init_chat_model() -> Any:
    """`langchain`'s factory when installed, else the same one kept in `langchain-classic`."""
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        try:
            from langchain_classic.chat_models import init_chat_model
        except ImportError as exc:
            raise ChatModelUnavailable("the llm planner needs: pip install langchain") from exc
    return init_chat_model


def call_model(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Ask the model for its next move: tool calls, or the reply in words."""
    ctx = runtime.context
    assert ctx.chat_model is not None, "the llm planner needs a chat model"
    model = ctx.chat_model.bind_tools(tool_schemas())
    prompt = [SystemMessage(system_prompt(ctx.settings, state)), *recent(state.messages)]
    response = model.invoke(prompt)
    if not isinstance(response, AIMessage):
        response = AIMessage(content=str(response.content))
    return {"messages": [response], "steps": state.steps + 1}


def recent(messages: list[AnyMessage]) -> list[AnyMessage]:
    """The last few shopper turns, cut at a human message so no tool result loses its call."""
    humans = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    start = humans[-HISTORY_TURNS] if len(humans) >= HISTORY_TURNS else 0
    return messages[start:]
