"""Checkout sessions shaped like the Agentic Commerce Protocol.

A completion that is declined, or that finds a changed price or missing stock, answers 200 with
the session: its `status` and `messages` say what happened and nothing is charged. Completion
names the session `version` the shopper approved; any change since is a 409.

A session belongs to its cart's conversation: every call needs that thread's `X-Thread-Token`
(`api/authority.py`); anyone else gets 404.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, status

from api.authority import AccessDep, OwnCheckoutSession
from api.deps import CommerceDep
from api.error_docs import error_codes
from api.schemas_commerce import (
    CheckoutComplete,
    CheckoutCreate,
    CheckoutUpdate,
    commerce_errors,
)
from commerce.models import CheckoutSession, PaymentMethod
from commerce.payments import tokenize

router = APIRouter(prefix="/v1", tags=["checkout"], responses=error_codes(404, 409))

IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=255)]


@router.post("/checkout_sessions", status_code=status.HTTP_201_CREATED)
def create_checkout(
    body: CheckoutCreate,
    commerce: CommerceDep,
    access: AccessDep,
    idempotency_key: IdempotencyKey = None,
) -> CheckoutSession:
    access.owned("cart", body.cart_id)
    with commerce_errors():
        return commerce.create_checkout(
            body.cart_id, body.buyer, body.shipping_address, idempotency_key=idempotency_key
        )


@router.get("/checkout_sessions/{session_id}", dependencies=[OwnCheckoutSession])
def get_checkout(session_id: str, commerce: CommerceDep) -> CheckoutSession:
    with commerce_errors():
        return commerce.get_checkout(session_id)


@router.post("/checkout_sessions/{session_id}", dependencies=[OwnCheckoutSession])
def update_checkout(
    session_id: str, body: CheckoutUpdate, commerce: CommerceDep
) -> CheckoutSession:
    with commerce_errors():
        return commerce.update_checkout(
            session_id, buyer=body.buyer, shipping_address=body.shipping_address, items=body.items
        )


@router.post("/checkout_sessions/{session_id}/complete", dependencies=[OwnCheckoutSession])
def complete_checkout(
    session_id: str,
    body: CheckoutComplete,
    commerce: CommerceDep,
    idempotency_key: IdempotencyKey = None,
) -> CheckoutSession:
    with commerce_errors():
        token = body.payment_token
        if body.card is not None:
            token = tokenize(body.card.number, body.card.exp, body.card.cvc)
        assert token is not None  # the body validator demands one method
        return commerce.complete_checkout(
            session_id,
            PaymentMethod(token=token),
            idempotency_key=idempotency_key,
            expected_total=body.expected_total,
            expected_version=body.expected_version,
        )


@router.post("/checkout_sessions/{session_id}/cancel", dependencies=[OwnCheckoutSession])
def cancel_checkout(session_id: str, commerce: CommerceDep) -> CheckoutSession:
    with commerce_errors():
        return commerce.cancel_checkout(session_id)
