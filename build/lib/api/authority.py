"""Per-conversation authority: a conversation's data needs its thread token (`X-Thread-Token`).

The storefront key is public (the widget's page source shows it), so it only says "a shopper of
this store". Which conversation a shopper may touch is decided by its thread token, minted with
the conversation (`POST /v1/chat` or `POST /v1/carts` without a `thread_id`) and returned once.

- Naming a conversation (`thread_id` of a chat turn or a cart, `X-Thread-Id` of the order list):
  an id the server never minted is 422 `unknown_thread`; a missing or wrong token is 403
  `thread_token_invalid`. Thread ids are random, so whoever names one already knows it exists.
- Naming a cart, checkout session or order by its id: without its conversation's token it is
  404 `not_found`, the very answer an id that does not exist gets.
- An admin key (`AISLE_ADMIN_API_KEYS`) reaches every conversation. Carts and orders made outside
  any server-minted conversation (the CLI, the Python API) are reachable only with an admin key.
- With no keys configured (local development), loopback callers are shoppers, not admins: a
  widget on a public page would otherwise hand every visitor everyone's orders.
- Each refusal (403 or 404) counts against the caller's failed-authentication allowance, like a
  wrong API key (`api/rate_limits.py`), so tokens and ids cannot be tried at speed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Header, Request

from api.deps import CallerDep, CommerceDep
from api.errors import ApiError
from api.rate_limits import count_failed_authentication
from api.schemas_commerce import commerce_errors

if TYPE_CHECKING:
    from commerce.conversations import Owned
    from commerce.service import Commerce

ThreadToken = Annotated[
    str | None,
    Header(
        alias="X-Thread-Token",
        max_length=200,
        description="The conversation's secret, returned once as `thread_token` when it started.",
    ),
]


@dataclass(frozen=True)
class Access:
    """What this request may reach: everything (admin), or the conversation its token opens."""

    admin: bool
    token: str | None
    commerce: Commerce
    on_denied: Callable[[], None] | None = None  # counts a refusal as a failed authentication

    def thread(self, thread_id: str) -> None:
        """Allow a request about this conversation, or refuse it (422 unknown, 403 wrong token)."""
        if self.admin:
            return
        check = self.commerce.check_thread_token(thread_id, self.token)
        if check == "unknown":
            raise ApiError(
                422,
                "unknown_thread",
                "this thread_id was not issued by the server: omit thread_id to start a "
                "conversation and keep the thread_id and thread_token it returns",
            )
        if check == "denied":
            self._denied()
            raise ApiError(
                403,
                "thread_token_invalid",
                "missing or wrong X-Thread-Token for this conversation",
            )

    def owned(self, kind: Owned, object_id: str) -> None:
        """Allow a request about a cart, session or order of this token's conversation, else 404."""
        if self.admin:
            return
        try:
            with commerce_errors():
                thread_id = self.commerce.owner_thread(kind, object_id)
        except ApiError:  # no such id: counted like a wrong token, which answers the same
            self._denied()
            raise
        granted = thread_id is not None and (
            self.commerce.check_thread_token(thread_id, self.token) == "granted"
        )
        if not granted:
            self._denied()
            raise ApiError(404, "not_found", f"no {kind} {object_id!r}")

    def _denied(self) -> None:
        if self.on_denied is not None:
            self.on_denied()


def get_access(
    request: Request, caller: CallerDep, commerce: CommerceDep, token: ThreadToken = None
) -> Access:
    return Access(
        admin=caller.admin,
        token=token,
        commerce=commerce,
        on_denied=lambda: count_failed_authentication(request.scope),
    )


AccessDep = Annotated[Access, Depends(get_access)]


def own_cart(cart_id: str, access: AccessDep) -> None:
    access.owned("cart", cart_id)


def own_checkout_session(session_id: str, access: AccessDep) -> None:
    access.owned("checkout session", session_id)


def own_order(order_id: str, access: AccessDep) -> None:
    access.owned("order", order_id)


OwnCart = Depends(own_cart)
OwnCheckoutSession = Depends(own_checkout_session)
OwnOrder = Depends(own_order)
