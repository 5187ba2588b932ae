"""The webhook sender against a real receiver on a loopback port (SQLite and Postgres): signed
deliveries the spec accepts, retries after 500s and timeouts, a wrong secret refused, events
kept across restarts, and orders that never wait for the receiver."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Iterator

import pytest
from pydantic import SecretStr, ValidationError
from sqlalchemy import select

from aisle.settings import Settings
from aisle.webhook_sender import WebhookSender
from bench.webhook_receiver import Failure, Receiver, dead_url
from commerce import outbox
from commerce.database import read, write
from commerce.models import PaymentMethod
from commerce.service import Commerce
from commerce.tables import webhook_events
from tests.api.specs import protocols_dir
from tests.commerce.acp_webhook import assert_webhook_event
from tests.commerce.conftest import OpenCommerce, database_url, open_commerce  # noqa: F401
from tests.commerce.samples import ADDRESS, BUYER, product

SECRET = "whsec_test_0123456789abcdef"
FAST = outbox.RetryPolicy(max_attempts=10, backoff_s=0.05, backoff_max_s=0.2)


@pytest.fixture
def shop(open_commerce: OpenCommerce) -> Commerce:  # noqa: F811
    instance = open_commerce(
        webhook_url="http://127.0.0.1:9/unused", webhook_secret=SecretStr(SECRET)
    )
    instance.sync_catalog([product("tee", 2500, None)])
    return instance


@pytest.fixture
def receive() -> Iterator[Callable[..., Receiver]]:
    protocols_dir()  # the receiver validates bodies against the spec: skip cleanly without it
    started: list[Receiver] = []

    def start(fail: Failure = lambda _n: None, hang_s: float = 30) -> Receiver:
        receiver = Receiver(SECRET, fail=fail, validate=assert_webhook_event, hang_s=hang_s)
        receiver.start()
        started.append(receiver)
        return receiver

    yield start
    for receiver in started:
        receiver.stop()


def sender_for(shop: Commerce, url: str, secret: str = SECRET, **options: object) -> WebhookSender:
    sender = WebhookSender(lambda: shop.engine, url, secret, policy=FAST, **options)  # type: ignore[arg-type]
    shop.on_order_event = sender.wake
    return sender


def place_order(shop: Commerce, thread_id: str = "t") -> str:
    cart = shop.add_to_cart(shop.cart_for_thread(thread_id).id, "tee", "tee-v1", 1)
    session = shop.create_checkout(cart.id, BUYER, ADDRESS)
    done = shop.complete_checkout(session.id, PaymentMethod(token="tok_visa"))
    assert done.order_id is not None
    return done.order_id


def statuses(shop: Commerce) -> list[tuple[str, str, int]]:
    with read(shop.engine) as conn:
        rows = conn.execute(
            select(
                webhook_events.c.event_id, webhook_events.c.status, webhook_events.c.attempts
            ).order_by(webhook_events.c.seq)
        )
        return [(row.event_id, row.status, row.attempts) for row in rows]


async def until(check: Callable[[], bool], timeout_s: float = 15) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_events_arrive_signed_in_order_with_their_event_id(
    shop: Commerce, receive: Callable[..., Receiver]
) -> None:
    receiver = receive()
    sender = sender_for(shop, receiver.url)
    sender.start()
    try:
        order_id = await asyncio.to_thread(place_order, shop)
        await asyncio.to_thread(shop.cancel_order, order_id)
        await until(lambda: len(receiver.accepted) == 2)
        await until(lambda: all(s == "delivered" for _, s, _ in statuses(shop)))
    finally:
        await sender.stop()
    assert receiver.bad_signatures == 0 and receiver.invalid_bodies == []
    assert [a.type for a in receiver.accepted] == ["order_create", "order_update"]
    assert [a.body["data"]["status"] for a in receiver.accepted] == ["confirmed", "canceled"]
    assert receiver.event_ids() == [event_id for event_id, _, _ in statuses(shop)]
    assert [attempts for _, _, attempts in statuses(shop)] == [1, 1]


async def test_failed_attempts_are_retried_until_delivered(
    shop: Commerce, receive: Callable[..., Receiver]
) -> None:
    failures = {1: "500", 2: "timeout", 3: "500"}
    receiver = receive(fail=lambda n: failures.get(n), hang_s=3)
    sender = sender_for(shop, receiver.url, timeout_s=0.5)
    sender.start()
    try:
        await asyncio.to_thread(place_order, shop)
        await until(lambda: len(receiver.accepted) == 1)
        await until(lambda: statuses(shop)[0][1] == "delivered")
    finally:
        await sender.stop()
    assert receiver.attempts == 4
    [(event_id, _, attempts)] = statuses(shop)
    assert attempts == 4 and receiver.event_ids() == [event_id]


async def test_a_wrong_secret_is_refused_and_the_event_kept_for_retries(
    shop: Commerce, receive: Callable[..., Receiver]
) -> None:
    receiver = receive()
    sender = sender_for(shop, receiver.url, secret="not-the-shared-secret-000")
    sender.start()
    try:
        await asyncio.to_thread(place_order, shop)
        await until(lambda: receiver.bad_signatures >= 2)
    finally:
        await sender.stop()
    assert receiver.accepted == []
    [(_, status, attempts)] = statuses(shop)
    assert status == "pending" and attempts >= 2


async def test_undelivered_events_go_out_after_a_restart(
    shop: Commerce, receive: Callable[..., Receiver]
) -> None:
    down = sender_for(shop, dead_url())  # the receiver is not up yet: refused connections
    down.start()
    first = await asyncio.to_thread(place_order, shop, "a")
    await until(lambda: statuses(shop)[0][2] >= 1)
    await down.stop()  # a clean stop gives its leases back
    with read(shop.engine) as conn:
        assert conn.execute(select(webhook_events.c.lease_owner)).scalars().all() == [None]
    # A sender killed mid-delivery keeps its lease until it runs out: simulate one.
    second = await asyncio.to_thread(place_order, shop, "b")
    with write(shop.engine) as conn:
        outbox.claim(conn, "snd_killed", shop.clock(), 1.0, 10)
    receiver = receive()
    restarted = sender_for(shop, receiver.url)
    restarted.start()
    try:
        await until(lambda: len(receiver.accepted) == 2)
    finally:
        await restarted.stop()
    assert sorted(a.body["data"]["id"] for a in receiver.accepted) == sorted([first, second])
    assert all(status == "delivered" for _, status, _ in statuses(shop))


@pytest.mark.parametrize("receiver_state", ["hanging", "down"])
async def test_orders_never_wait_for_the_receiver(
    shop: Commerce, receive: Callable[..., Receiver], receiver_state: str
) -> None:
    if receiver_state == "hanging":
        url = receive(fail=lambda _n: "timeout", hang_s=30).url
    else:
        url = dead_url()
    sender = sender_for(shop, url, timeout_s=3.0)
    sender.start()
    took = []
    try:
        for n in range(5):
            started = time.perf_counter()
            await asyncio.to_thread(place_order, shop, f"t{n}")
            took.append(time.perf_counter() - started)
            await asyncio.sleep(0.05)  # let the sender start its attempt at this order
        await until(lambda: all(attempts >= 1 for _, _, attempts in statuses(shop)), 20)
    finally:
        await sender.stop(grace_s=0.5)
    # Each order took a fraction of one webhook timeout, while deliveries timed out or failed.
    assert max(took) < 1.5, took
    assert len(statuses(shop)) == 5
    assert all(status == "pending" for _, status, _ in statuses(shop))


async def test_a_lost_answer_means_the_same_event_again_at_least_once(
    shop: Commerce, receive: Callable[..., Receiver]
) -> None:
    # The receiver takes the event but answers after the sender gave up waiting.
    receiver = receive(fail=lambda n: "late" if n == 1 else None, hang_s=2)
    sender = sender_for(shop, receiver.url, timeout_s=0.5)
    sender.start()
    try:
        await asyncio.to_thread(place_order, shop)
        await until(lambda: statuses(shop)[0][1] == "delivered")
    finally:
        await sender.stop()
    [(event_id, _, attempts)] = statuses(shop)
    assert attempts == 2
    assert receiver.event_ids() == [event_id, event_id]  # a receiver dedupes on Request-Id
    assert [a.late for a in receiver.accepted] == [True, False]


async def test_two_processes_senders_share_the_outbox_without_sending_twice(
    shop: Commerce,
    open_commerce: OpenCommerce,  # noqa: F811
    receive: Callable[..., Receiver],
) -> None:
    other = open_commerce()  # a second process's engine on the same database
    receiver = receive()
    senders = [sender_for(shop, receiver.url), sender_for(other, receiver.url)]
    for sender in senders:
        sender.start()
    try:
        for n in range(12):
            await asyncio.to_thread(place_order, shop, f"t{n}")
        await until(lambda: all(s == "delivered" for _, s, _ in statuses(shop)))
    finally:
        for sender in senders:
            await sender.stop()
    assert len(receiver.accepted) == 12
    assert sorted(receiver.event_ids()) == sorted(event_id for event_id, _, _ in statuses(shop))


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"AISLE_WEBHOOK_URL": "https://hooks.example/acp"}, "AISLE_WEBHOOK_SECRET"),
        (
            {"AISLE_WEBHOOK_URL": "https://hooks.example/acp", "AISLE_WEBHOOK_SECRET": "secret"},
            "16",
        ),
        ({"AISLE_WEBHOOK_URL": "ftp://hooks.example", "AISLE_WEBHOOK_SECRET": SECRET}, "http"),
        (
            {
                "AISLE_WEBHOOK_URL": "https://hooks.example/acp",
                "AISLE_WEBHOOK_SECRET": SECRET,
                "AISLE_ORDER_PERMALINK_URL": "https://shop.example/orders",
            },
            "{order_id}",
        ),
    ],
)
def test_webhook_settings_refuse_an_unsigned_or_unusable_setup(
    monkeypatch: pytest.MonkeyPatch, values: dict[str, str], problem: str
) -> None:
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError, match=re.escape(problem)):
        Settings(_env_file=None)  # type: ignore[call-arg]


def test_webhook_settings_on_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(_env_file=None).webhook_url is None  # type: ignore[call-arg]
    monkeypatch.setenv("AISLE_WEBHOOK_URL", "https://hooks.example/acp")
    monkeypatch.setenv("AISLE_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("AISLE_WEBHOOK_MAX_ATTEMPTS", "5")
    monkeypatch.setenv("AISLE_WEBHOOK_CONCURRENCY", "4")
    configured = Settings(_env_file=None)  # type: ignore[call-arg]
    sender = WebhookSender.from_settings(configured, lambda: None)  # type: ignore[arg-type,return-value]
    assert sender.url == "https://hooks.example/acp" and sender.policy.max_attempts == 5
    assert sender.batch == 4
