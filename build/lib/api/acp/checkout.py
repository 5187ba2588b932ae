"""ACP checkout sessions: create, retrieve, update, complete and cancel under `/acp`.

Business outcomes (missing details, out of stock, a declined card, a changed price) come back
as the session with `messages[]`; only requests that leave no session to show are `Error`s.

Approval: the agent calls complete once the buyer approved the session it last showed them.
Every session answer carries `ETag: "<version>"` (the version rises on every change to items,
prices, buyer or address); complete with `If-Match: "<version>"` charges only that version
(else 412 `session_changed`), and without it the session as it stands, whose prices completion
checks again under lock: a price the agent was not shown is never charged.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header
from fastapi.responses import JSONResponse

from api.acp import intake, shapes
from api.acp import models as acp
from api.acp import requests as acp_in
from api.acp.errors import AcpProblem, acp_errors
from api.acp.items import resolve
from api.acp.protocol import Agent, AgentDep, Answer, IdempotencyKey, once, require_version
from api.deps import CommerceDep
from api.error_docs import error_codes
from commerce.errors import CheckoutNotReady
from commerce.models import CheckoutSession, PaymentMethod
from commerce.service import Commerce

router = APIRouter(
    prefix="/acp",
    tags=["acp"],
    dependencies=[Depends(require_version)],
    responses=error_codes(400, 401, 403, 409, 422),
)
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        max_length=40,
        description='Optional: the session ETag (`"<version>"`) the buyer approved.',
    ),
]


def owned_session(commerce: Commerce, agent: Agent, session_id: str) -> CheckoutSession:
    """The agent's own session, else 404 (the same answer as an id that does not exist)."""
    with acp_errors():
        session = commerce.get_checkout(session_id)
        cart = commerce.get_cart(session.cart_id)
    if not agent.may_reach(cart.shopper_id):
        raise AcpProblem(404, "not_found", f"no checkout session {session_id[:80]!r}")
    return session


def answer(
    commerce: Commerce,
    session: CheckoutSession,
    extra: list[acp.Message] | None = None,
    status: int = 200,
) -> Answer:
    order = None
    if session.order_id:
        with acp_errors():
            order = commerce.get_order(session.order_id)
    body = shapes.checkout_session(session, order, extra)
    return Answer(status, body.model_dump(mode="json", exclude_none=True), session.version)


def discount_warnings(codes: list[str]) -> list[acp.Message]:
    return [
        shapes.problem(
            "discount_code_invalid",
            f"$.discounts.codes[{i}]",
            f"Discount code {code[:40]!r} is not valid here: this store has no discount codes.",
            kind="warning",
        )
        for i, code in enumerate(codes)
    ]


def codes_of(
    body: acp_in.CheckoutSessionCreateRequest | acp_in.CheckoutSessionUpdateRequest,
) -> list[str]:
    return list(body.discounts.codes if body.discounts else body.coupons or [])


@router.post(
    "/checkout_sessions",
    status_code=201,
    response_model=acp.CheckoutSession,
    responses=error_codes(404),
)
def create_checkout_session(
    body: acp_in.CheckoutSessionCreateRequest,
    commerce: CommerceDep,
    agent: AgentDep,
    key: IdempotencyKey = None,
) -> JSONResponse:
    def work() -> Answer:
        if body.currency.upper() != commerce.rules.currency:
            raise AcpProblem(
                400,
                "unsupported_currency",
                f"this store sells in {commerce.rules.currency.lower()}",
                param="$.currency",
            )
        items = resolve(commerce, body.line_items)
        buyer, problems = intake.buyer_in(body.buyer, body.fulfillment_details)
        address, more = intake.address_in(body.fulfillment_details)
        with acp_errors():
            session = commerce.open_checkout(items, buyer, address, shopper_id=agent.owner)
        told = problems + more + intake.price_warnings(body.line_items, session.line_items)
        return answer(commerce, session, told + discount_warnings(codes_of(body)), 201)

    return once(commerce, agent, "create_checkout_session", key, body.model_dump(mode="json"), work)


@router.get(
    "/checkout_sessions/{checkout_session_id}",
    response_model=acp.CheckoutSession,
    responses=error_codes(404),
)
def get_checkout_session(
    checkout_session_id: str, commerce: CommerceDep, agent: AgentDep
) -> JSONResponse:
    found = answer(commerce, owned_session(commerce, agent, checkout_session_id))
    return JSONResponse(found.body, headers={"ETag": f'"{found.version}"'})


@router.post(
    "/checkout_sessions/{checkout_session_id}",
    response_model=acp.CheckoutSession,
    responses=error_codes(404),
)
def update_checkout_session(
    checkout_session_id: str,
    body: acp_in.CheckoutSessionUpdateRequest,
    commerce: CommerceDep,
    agent: AgentDep,
    key: IdempotencyKey = None,
) -> JSONResponse:
    def work() -> Answer:
        owned_session(commerce, agent, checkout_session_id)
        items = resolve(commerce, body.line_items) if body.line_items is not None else None
        buyer, problems = intake.buyer_in(body.buyer, body.fulfillment_details)
        address, more = intake.address_in(body.fulfillment_details)
        for index, chosen in enumerate(body.selected_fulfillment_options or []):
            if chosen.type != "shipping" or chosen.option_id != shapes.SHIPPING_OPTION:
                path = f"$.selected_fulfillment_options[{index}].option_id"
                only = f"The only fulfillment option is shipping {shapes.SHIPPING_OPTION!r}."
                more.append(shapes.problem("invalid", path, only))
        with acp_errors():
            session = commerce.update_checkout(
                checkout_session_id, buyer=buyer, shipping_address=address, items=items
            )
        told = problems + more + intake.price_warnings(body.line_items or [], session.line_items)
        return answer(commerce, session, told + discount_warnings(codes_of(body)))

    request = {"id": checkout_session_id, **body.model_dump(mode="json")}
    return once(commerce, agent, "update_checkout_session", key, request, work)


@router.post(
    "/checkout_sessions/{checkout_session_id}/complete",
    response_model=acp.CheckoutSession,
    responses=error_codes(404, 412),
)
def complete_checkout_session(
    checkout_session_id: str,
    body: acp_in.CheckoutSessionCompleteRequest,
    commerce: CommerceDep,
    agent: AgentDep,
    key: IdempotencyKey = None,
    if_match: IfMatch = None,
) -> JSONResponse:
    def work() -> Answer:
        session = owned_session(commerce, agent, checkout_session_id)
        if session.status == "completed":
            return answer(commerce, session)  # completing twice charges nothing again
        approved = approved_version(if_match)
        if approved is not None and approved != session.version:
            raise AcpProblem(
                412,
                "session_changed",
                f"the session is at version {session.version}, not the approved {approved}: "
                "show the buyer the session again",
            )
        payment = body.payment_data
        if payment.instrument is None:
            refused = "Pay with a card token (instrument); purchase orders are not accepted."
            return answer(
                commerce, session, [shapes.problem("unsupported", "$.payment_data", refused)]
            )
        if payment.handler_id not in (None, shapes.HANDLER_ID):
            refused = f"The payment handler is {shapes.HANDLER_ID!r}."
            path = "$.payment_data.handler_id"
            return answer(commerce, session, [shapes.problem("unsupported", path, refused)])
        buyer, problems = intake.buyer_in(body.buyer, None)
        if problems:
            return answer(commerce, session, problems)
        with acp_errors():
            if buyer is not None and buyer != session.buyer:
                session = commerce.update_checkout(checkout_session_id, buyer=buyer)
            try:
                session = commerce.complete_checkout(
                    checkout_session_id,
                    PaymentMethod(token=payment.instrument.credential.token),
                    expected_version=session.version,
                )
            except CheckoutNotReady:
                session = commerce.get_checkout(checkout_session_id)  # its messages say why
        return answer(commerce, session)

    request = {"id": checkout_session_id, "if_match": if_match, **body.model_dump(mode="json")}
    return once(commerce, agent, "complete_checkout_session", key, request, work)


def approved_version(if_match: str | None) -> int | None:
    if not if_match:
        return None
    value = if_match.strip().removeprefix("W/").strip('"')
    if not value.isdigit():
        raise AcpProblem(400, "invalid_if_match", 'If-Match takes the session ETag, e.g. "3"')
    return int(value)


@router.post(
    "/checkout_sessions/{checkout_session_id}/cancel",
    response_model=acp.CheckoutSession,
    responses=error_codes(404, 405),
)
def cancel_checkout_session(
    checkout_session_id: str,
    commerce: CommerceDep,
    agent: AgentDep,
    body: acp_in.CancelSessionRequest | None = None,
    key: IdempotencyKey = None,
) -> JSONResponse:
    def work() -> Answer:
        session = owned_session(commerce, agent, checkout_session_id)
        if session.status in ("completed", "canceled"):
            raise AcpProblem(
                405, "not_cancelable", f"the checkout session is already {session.status}"
            )
        with acp_errors():
            return answer(commerce, commerce.cancel_checkout(checkout_session_id))

    request = {"id": checkout_session_id, **(body.model_dump(mode="json") if body else {})}
    return once(commerce, agent, "cancel_checkout_session", key, request, work)
