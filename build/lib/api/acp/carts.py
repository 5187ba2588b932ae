"""ACP carts under `/acp/carts`: a pre-checkout list of items with estimated totals.

An ACP cart is an Aisle cart outside any storefront conversation, tagged with the agent that
made it. Items beyond stock are cut to what there is, with an `out_of_stock` message; when
nothing requested can be had the answer is 422 `out_of_stock`, as the spec allows. Canceling
answers the cart as it was and retires it: every later call about it is 404. Aisle keeps no
buyer on a cart, so a cart's `buyer` is accepted and not echoed.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api.acp import models as acp
from api.acp import requests as acp_in
from api.acp import shapes
from api.acp.errors import AcpProblem, acp_errors
from api.acp.items import resolve, within_stock
from api.acp.protocol import Agent, AgentDep, Answer, IdempotencyKey, once, require_version
from api.deps import CommerceDep
from api.error_docs import error_codes
from commerce.models import Cart, ItemRequest
from commerce.service import Commerce

router = APIRouter(
    prefix="/acp",
    tags=["acp"],
    dependencies=[Depends(require_version)],
    responses=error_codes(400, 401, 403, 409, 422),
)
CANCELED = "canceled-"


def owned_cart(commerce: Commerce, agent: Agent, cart_id: str) -> Cart:
    with acp_errors():
        cart = commerce.get_cart(cart_id)
    if not agent.may_reach(cart.shopper_id):
        raise AcpProblem(404, "not_found", "Cart not found or has expired.")
    return cart


def filled(commerce: Commerce, cart_id: str, wanted: list[ItemRequest]) -> Answer:
    kept, messages = within_stock(commerce, wanted)
    if not kept:
        raise AcpProblem(422, "out_of_stock", "All requested items are currently unavailable.")
    with acp_errors():
        cart = commerce.replace_lines(cart_id, kept)
    return Answer(200, shapes.cart(cart, messages).model_dump(mode="json", exclude_none=True))


@router.post("/carts", status_code=201, response_model=acp.Cart)
def create_cart(
    body: acp_in.CartCreateRequest,
    commerce: CommerceDep,
    agent: AgentDep,
    key: IdempotencyKey = None,
) -> JSONResponse:
    def work() -> Answer:
        wanted = resolve(commerce, body.line_items)
        if not within_stock(commerce, wanted)[0]:
            raise AcpProblem(422, "out_of_stock", "All requested items are currently unavailable.")
        with acp_errors():
            cart = commerce.create_cart(shopper_id=agent.owner)
        made = filled(commerce, cart.id, wanted)
        made.status = 201
        return made

    return once(commerce, agent, "create_cart", key, body.model_dump(mode="json"), work)


@router.get("/carts/{id}", response_model=acp.Cart, responses=error_codes(404))
def get_cart(id: str, commerce: CommerceDep, agent: AgentDep) -> JSONResponse:
    cart = owned_cart(commerce, agent, id)
    return JSONResponse(shapes.cart(cart).model_dump(mode="json", exclude_none=True))


@router.put("/carts/{id}", response_model=acp.Cart, responses=error_codes(404))
def update_cart(
    id: str,
    body: acp_in.CartUpdateRequest,
    commerce: CommerceDep,
    agent: AgentDep,
    key: IdempotencyKey = None,
) -> JSONResponse:
    """Full replacement: the cart holds exactly the items sent (as far as stock goes)."""

    def work() -> Answer:
        owned_cart(commerce, agent, id)
        return filled(commerce, id, resolve(commerce, body.line_items))

    return once(
        commerce, agent, "update_cart", key, {"id": id, **body.model_dump(mode="json")}, work
    )


@router.post("/carts/{id}/cancel", response_model=acp.Cart, responses=error_codes(404))
def cancel_cart(
    id: str,
    commerce: CommerceDep,
    agent: AgentDep,
    key: IdempotencyKey = None,
) -> JSONResponse:
    def work() -> Answer:
        cart = owned_cart(commerce, agent, id)
        with acp_errors():
            commerce.set_cart_shopper(id, CANCELED + (cart.shopper_id or ""))
        return Answer(200, shapes.cart(cart).model_dump(mode="json", exclude_none=True))

    return once(commerce, agent, "cancel_cart", key, {"id": id}, work)
