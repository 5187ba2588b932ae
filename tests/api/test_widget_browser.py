"""A real Chromium opens a storefront, chats through the widget and sees replies and cards render.

Run: `.venv/bin/pytest -m slow tests/api/test_widget_browser.py` (Chromium from `make browser`).
The chat endpoints are scripted stand-ins defined here, so this tests the widget, not the agent.
"""

from __future__ import annotations

import asyncio
import base64
import io
import itertools
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from PIL import Image
from websockets.sync.client import ClientConnection, connect

from api.routes import widget

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    "--lang=en-US",
    "--window-size=1200,860",
    "--remote-debugging-port=0",
]
API_KEY = "store-widget-key-0123456789"
TIMEOUT = 30.0
LINE = {
    "product_id": "trail-runner",
    "variant_id": "trail-runner-42",
    "title": "Trail Runner 2",
    "variant_title": "EU 42",
    "quantity": 1,
    "unit_price": {"amount": 8999, "currency": "USD"},
    "subtotal": {"amount": 8999, "currency": "USD"},
}
CART = {"id": "cart_1", "lines": [LINE], "subtotal": {"amount": 8999, "currency": "USD"}}
HOSTILE_TITLE = '<img src=x onerror="window.pwned=1">Camp Mug'
SHOE = {
    "id": "trail-runner",
    "title": "Trail Runner 2",
    "price": {"amount": 8999, "currency": "USD"},
}
MUG = {"id": "mug", "title": HOSTILE_TITLE, "price": {"amount": 1250, "currency": "JPY"}}
MAP = {"id": "map", "title": "Paper Map", "price": {"amount": 500, "currency": "USD"}}
PRODUCTS = [SHOE | {"ordinal": 1}, MUG | {"ordinal": 2}]
HOODIE = {"id": "hoodie", "title": "Harbor Hoodie", "price": {"amount": 4900, "currency": "USD"}}
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL", "5XL", "6XL", "7XL", "8XL", "9XL"]
HOODIE_VARIANTS = [
    {"id": f"hoodie-{color}-{size}", "options": {"color": color, "size": size},
     "price": HOODIE["price"], "in_stock": not (color == "navy" and size == "XS")}
    for color in ("grey", "navy") for size in SIZES
]  # fmt: skip
LISTING = (
    "Here are the closest matches:\n1. Harbor Hoodie — $49.00\n2. Trail Runner 2 — $89.99\n"
    '3. Paper Map — $5.00\nAsk about any of them, or say "add the first one".'
)
CHECKOUT = {
    "session_id": "cs_1",
    "lines": [LINE],
    "subtotal": {"amount": 8999, "currency": "USD"},
    "shipping": {"amount": 599, "currency": "USD"},
    "tax": {"amount": 742, "currency": "USD"},
    "total": {"amount": 10340, "currency": "USD"},
}


class ScriptedChat:
    """Stands in for POST /v1/chat and /v1/chat/stream with canned turns; remembers what it got."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.routes: list[str] = []
        self.tokens: dict[str, str] = {}
        """Thread id -> its token, minted like the server does when a turn has no thread_id."""
        self.streaming = True
        """False: answer /v1/chat/stream 404, like a server from before it existed."""
        self.release = threading.Event()
        """Holds back the advice turn after its progress notes until the test has seen them."""
        self.router = APIRouter()
        self.router.add_api_route("/v1/chat", self.chat, methods=["POST"])
        self.router.add_api_route("/v1/chat/stream", self.chat_stream, methods=["POST"])
        self.router.add_api_route("/v1/products/{product_id}/image", self.image, methods=["GET"])
        self.router.add_api_route("/v1/products/{product_id}", self.product, methods=["GET"])
        self.router.add_api_route("/shop", self.other_store, methods=["GET"])

    async def chat(self, request: Request) -> JSONResponse:
        self.routes.append("/v1/chat")
        return JSONResponse(*self.answer(await self._turn_body(request)))

    async def chat_stream(self, request: Request) -> Response:
        self.routes.append("/v1/chat/stream")
        if not self.streaming:
            return JSONResponse({"detail": "Not Found"}, status_code=404)
        body = await self._turn_body(request)
        turn, status = self.answer(body)
        if status != 200:
            return JSONResponse(turn, status_code=status)
        events = self._events(body.get("message", ""), turn)
        return StreamingResponse(events, media_type="text/event-stream")

    async def _turn_body(self, request: Request) -> dict[str, Any]:
        body: dict[str, Any] = await request.json()
        headers = request.headers
        seen = {"api_key": headers.get("x-api-key"), "thread_token": headers.get("x-thread-token")}
        self.requests.append(body | seen)
        return body | {"thread_token": seen["thread_token"]}

    async def _events(self, message: str, turn: dict[str, Any]) -> AsyncIterator[str]:
        if message == "break mid-way":
            yield sse("progress", {"message": "searching the catalog"})
            failed = "the assistant could not finish this turn; please try again"
            yield sse("error", {"error": {"code": "turn_failed", "message": failed}})
            return
        if message.startswith("which is best"):
            yield ": ping\n\n"
            yield sse("progress", {"message": "searching the catalog"})
            yield sse("progress", {"message": "weighed Trail Runner 2"})
            await asyncio.to_thread(self.release.wait, TIMEOUT)
        whole = sse("turn", turn)
        for part in (whole[:20], whole[20:]):  # an event split across reads
            yield part
            await asyncio.sleep(0.01)

    def answer(self, body: dict[str, Any]) -> tuple[dict[str, Any], int]:
        thread_id, minted = body.get("thread_id"), None
        if thread_id is None:
            thread_id = f"th_{len(self.tokens) + 1}"
            minted = self.tokens[thread_id] = f"secret-of-{thread_id}"
        elif self.tokens.get(thread_id) != body["thread_token"]:
            error = {"code": "thread_token_invalid", "message": "wrong X-Thread-Token"}
            return {"error": error}, 403
        turn: dict[str, Any] = {"thread_id": thread_id, "thread_token": minted}
        turn |= {"reply": "", "products": [], "cart": None}
        turn |= {"awaiting_confirmation": False, "order": None}
        message = body.get("message", "")
        if "resume" in body and body["resume"]["approved"]:
            total = {"amount": 8999, "currency": "USD"}
            turn |= {"reply": "Done!", "order": {"id": "ord_7Q2", "lines": [LINE], "total": total}}
        elif "resume" in body:
            turn |= {"reply": "Okay, nothing was ordered.", "cart": CART}
        elif message == "fail please":
            error = {"code": "agent_unavailable", "message": "The agent is still starting"}
            return {"error": error}, 503
        elif body.get("image"):
            turn |= {"reply": "That looks like a trail shoe.", "products": [SHOE]}
        elif "map" in message:
            turn |= {"reply": "One map:", "products": [MAP | {"ordinal": 1}]}
        elif message.startswith("add "):
            turn |= {"reply": "Added Trail Runner 2 to your cart.", "cart": CART}
        elif "checkout" in message:
            turn |= {"reply": "Shall I place this order?", "cart": CART}
            turn |= {"awaiting_confirmation": True, "checkout": CHECKOUT}
        elif message == "compare them":
            reply = "Side by side:\n- Harbor Hoodie: $49.00; in stock; cotton\n- Paper Map: $5.00"
            reply += "\nMy pick:\n1. Harbor Hoodie — warm; in stock"
            turn |= {"reply": reply, "products": [HOODIE, MAP]}
        elif "hoodie" in message and not message.startswith("add "):
            listed = [HOODIE, SHOE, MAP]
            turn |= {
                "reply": LISTING,
                "products": [p | {"ordinal": i + 1} for i, p in enumerate(listed)],
            }
        elif message.startswith("which is best"):
            turn |= {"reply": "My pick: Trail Runner 2.", "products": [SHOE | {"ordinal": 1}]}
        else:
            turn |= {"reply": "Here are two picks:\nboth ship today.", "products": PRODUCTS}
        return turn, 200

    def product(self, product_id: str) -> JSONResponse:
        """One variant for most products; the hoodie has 2 colours x 13 sizes (one sold out)."""
        if product_id == "hoodie":
            return JSONResponse(HOODIE | {"variants": HOODIE_VARIANTS})
        variant = {"id": f"{product_id}-1", "options": {}, "in_stock": True}
        return JSONResponse({"id": product_id, "variants": [variant]})

    def image(self, product_id: str) -> Response:
        if product_id != "trail-runner":
            return JSONResponse({"error": {"code": "image_not_found"}}, status_code=404)
        buffer = io.BytesIO()
        Image.new("RGB", (64, 64), (200, 40, 40)).save(buffer, "PNG")
        return Response(buffer.getvalue(), media_type="image/png")

    def other_store(self, request: Request) -> HTMLResponse:
        """A store on another origin embedding the widget with the documented tag."""
        aisle = f"http://127.0.0.1:{request.url.port}"
        tag = f'<script src="{aisle}/widget.js" data-aisle-host="{aisle}" data-api-key="{API_KEY}"'
        return HTMLResponse(f"<!doctype html><title>Other store</title>{tag} defer></script>")


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


class DevTools:
    """Just enough of the Chrome DevTools Protocol to drive one page."""

    def __init__(self, websocket: ClientConnection) -> None:
        self._ws = websocket
        self._ids = itertools.count(1)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        call_id = next(self._ids)
        self._ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._ws.recv(timeout=TIMEOUT))
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message["result"]
                return result

    def js(self, expression: str) -> Any:
        """Evaluate in the page with `root` bound to the widget's shadow root (or null)."""
        root = "document.getElementById('aisle-widget')?.shadowRoot"
        wrapped = f"(async (root) => {expression})({root})"
        result = self.call(
            "Runtime.evaluate", expression=wrapped, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait(self, expression: str, what: str) -> Any:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            value = self.js(
                f"{{ try {{ const v = {expression}; return v instanceof Node || v; }}"
                " catch { return null; } }"
            )
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}")

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait("root && root.querySelector('.aisle:not([hidden])')", "the widget to load")

    def click(self, selector: str, text: str = "") -> None:
        """A real mouse click on the first element in the widget matching selector and text."""
        find = f"[...root.querySelectorAll({json.dumps(selector)})]"
        find += f".find((e) => e.textContent.includes({json.dumps(text)}) && !e.disabled)"
        x, y = self.wait(
            f"(() => {{ const e = {find}; e.scrollIntoView({{block: 'center'}});"
            " const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()",
            f"{selector} {text!r}",
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def type_and_enter(self, text: str) -> None:
        self.js("root.querySelector('.input').focus()")
        self.call("Input.insertText", text=text)
        key = {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
        self.call("Input.dispatchKeyEvent", type="keyDown", text="\r", **key)
        self.call("Input.dispatchKeyEvent", type="keyUp", **key)

    def bot_messages(self, count: int) -> list[str]:
        texts = "[...root.querySelectorAll('.msg.bot')].map((m) => m.innerText)"
        return list(self.wait(f"{texts}.length >= {count} && {texts}", f"{count} replies"))

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot")["data"]))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def chat() -> ScriptedChat:
    return ScriptedChat()


@pytest.fixture(scope="module")
def base_url(chat: ScriptedChat) -> Iterator[str]:
    port = free_port()
    app = FastAPI()
    app.add_middleware(
        CORSMiddleware,
        allow_origins=[f"http://localhost:{port}"],
        allow_methods=["*"],
        allow_headers=["*"],
    )
    app.include_router(widget.router)
    app.include_router(chat.router)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + TIMEOUT
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(TIMEOUT)


@pytest.fixture(scope="module")
def browser() -> Iterator[DevTools]:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing; `make browser` installs it (apt: chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"the widget browser test must run in CI: {reason}")
        pytest.skip(reason)
    profile = Path(tempfile.mkdtemp(prefix="aisle-chromium-"))
    process = subprocess.Popen(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = _page_websocket(profile / "DevToolsActivePort")
        with connect(url, max_size=None, open_timeout=TIMEOUT) as websocket:
            yield DevTools(websocket)
    finally:
        process.terminate()
        try:
            process.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)


def _page_websocket(port_file: Path) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if port_file.exists() and port_file.read_text().strip():
            port = port_file.read_text().split()[0]
            targets = httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=TIMEOUT).json()
            pages = [t for t in targets if t["type"] == "page"]
            if pages:
                url: str = pages[0]["webSocketDebuggerUrl"]
                return url
        time.sleep(0.1)
    raise AssertionError("Chromium did not open its DevTools port")


@pytest.fixture
def page(browser: DevTools, base_url: str, chat: ScriptedChat) -> DevTools:
    """The demo storefront with a fresh widget: no saved conversation, no recorded requests."""
    browser.open(f"{base_url}/demo")
    browser.js("localStorage.clear()")
    browser.open(f"{base_url}/demo")
    chat.requests.clear()
    chat.routes.clear()
    chat.streaming = True
    chat.release.clear()
    return browser


def test_a_shopper_searches_adds_to_cart_and_confirms_an_order(
    page: DevTools, chat: ScriptedChat, tmp_path: Path
) -> None:
    assert page.js("getComputedStyle(root.querySelector('.launcher')).backgroundColor") != (
        page.js("getComputedStyle(document.querySelector('.hero button')).backgroundColor")
    ), "the store's button styles leaked into the widget"
    page.click(".launcher")
    assert page.wait("root.activeElement === root.querySelector('.input')", "focus in the input")
    page.type_and_enter("trail shoes")
    reply = page.bot_messages(1)[0]
    assert "Here are two picks:\nboth ship today." in reply
    titles = page.js("[...root.querySelectorAll('.card-title')].map((e) => e.textContent)")
    assert titles == ["Trail Runner 2", HOSTILE_TITLE], "catalog text must render as text"
    assert page.js("[...root.querySelectorAll('.price')].map((e) => e.textContent)") == [
        "$89.99",
        "¥1,250",
    ]
    assert page.wait("root.querySelector('.card .thumb img')?.complete", "the product image")
    assert page.js("root.querySelectorAll('.card img').length") == 1, "no injected <img>"
    assert page.js("window.pwned") is None

    page.click(".add", "Add to cart")
    cart = page.bot_messages(2)[1]
    assert chat.requests[-1]["message"] == "add #1 to my cart", "by the agent's own numbering"
    assert "1 × Trail Runner 2 · EU 42" in cart and "Subtotal" in cart and "$89.99" in cart

    page.type_and_enter("checkout")
    page.wait("root.querySelector('.confirm')", "the confirmation card")
    confirmation = page.js("root.querySelector('.confirm').innerText")
    assert "Trail Runner 2" in confirmation and "$89.99" in confirmation
    # Beside the Confirm button: the amount that will be charged, from the turn's checkout.
    assert page.js("root.querySelector('.confirm .total').innerText").split() == [
        "Total",
        "$103.40",
    ]
    assert "Shipping\n$5.99" in confirmation and "Tax\n$7.42" in confirmation
    page.screenshot(tmp_path / "widget-confirm.png")
    page.click(".confirm button", "Confirm order")
    order = page.bot_messages(4)[3]
    assert "thread_id" not in chat.requests[0], "the server mints the conversation"
    thread = chat.requests[1]["thread_id"]
    token = chat.tokens[thread]
    assert chat.requests[-1] == {
        "thread_id": thread,
        "resume": {"approved": True},
        "api_key": None,
        "thread_token": token,
    }
    assert "Order placed" in order and "ord_7Q2" in order and "$89.99" in order
    assert page.js("root.querySelector('.confirm button').disabled") is True
    assert {(r["thread_id"], r["thread_token"]) for r in chat.requests[1:]} == {(thread, token)}
    assert set(chat.routes) == {"/v1/chat/stream"}, "every turn streams"
    shot = os.environ.get("AISLE_WIDGET_SCREENSHOT")
    page.screenshot(Path(shot) if shot else tmp_path / "widget-order.png")


def test_a_card_from_an_older_list_is_added_by_name(page: DevTools, chat: ScriptedChat) -> None:
    page.click(".launcher")
    page.type_and_enter("trail shoes")
    page.bot_messages(1)
    page.type_and_enter("maps")
    page.bot_messages(2)
    page.click(".add", "Add to cart")
    page.bot_messages(3)
    assert chat.requests[-1]["message"] == "add Trail Runner 2 to my cart"
    page.click(".msg:nth-last-child(3) .add", "Add to cart")
    page.bot_messages(4)
    assert chat.requests[-1]["message"] == "add #1 to my cart"


def test_cancel_declines_the_checkout(page: DevTools, chat: ScriptedChat) -> None:
    page.click(".launcher")
    page.type_and_enter("checkout please")
    page.wait("root.querySelector('.confirm')", "the confirmation card")
    page.click(".confirm button", "Cancel")
    assert "Okay, nothing was ordered." in page.bot_messages(2)[1]
    assert chat.requests[-1]["resume"] == {"approved": False}


def test_a_reload_continues_the_conversation(
    page: DevTools, chat: ScriptedChat, base_url: str
) -> None:
    page.click(".launcher")
    page.type_and_enter("trail shoes")
    page.bot_messages(1)
    page.open(f"{base_url}/demo")
    assert page.wait("!root.querySelector('.panel').hidden", "the panel to reopen")
    assert "Here are two picks" in page.bot_messages(1)[0], "the transcript was not restored"
    assert page.js("document.activeElement === document.body"), "a reload must not steal focus"
    page.type_and_enter("add trail runner 2 to my cart")
    page.bot_messages(2)
    first, second = chat.requests
    assert "thread_id" not in first and second["thread_token"] == chat.tokens[second["thread_id"]]

    page.click(".header button", "New chat")
    assert page.js("root.querySelectorAll('.msg').length") == 0
    page.type_and_enter("trail shoes")
    page.bot_messages(1)
    assert "thread_id" not in chat.requests[-1] and chat.requests[-1]["thread_token"] is None


def test_a_thread_without_its_token_or_with_a_refused_one_starts_over(
    page: DevTools, chat: ScriptedChat, base_url: str
) -> None:
    legacy = "JSON.stringify({threadId: 'chosen-by-client', history: []})"
    page.js(f"localStorage.setItem(`aisle-widget:${{location.origin}}`, {legacy})")
    page.open(f"{base_url}/demo")  # saved by an older widget: a thread id, no token
    page.click(".launcher")
    page.type_and_enter("trail shoes")
    page.bot_messages(1)
    assert "thread_id" not in chat.requests[-1], "a thread id without its token is dropped"
    page.type_and_enter("maps")
    page.bot_messages(2)
    thread = chat.requests[-1]["thread_id"]
    chat.tokens[thread] = "rotated"  # the server no longer takes the widget's token
    page.type_and_enter("trail shoes")
    alert = page.wait("root.querySelector('.error:not([hidden])')?.textContent", "the error")
    assert "X-Thread-Token" in alert
    page.type_and_enter("trail shoes")
    page.bot_messages(3)
    assert "thread_id" not in chat.requests[-1], "the refused conversation was dropped"


def test_a_photo_is_resized_before_it_is_sent(
    page: DevTools, chat: ScriptedChat, tmp_path: Path
) -> None:
    photo = tmp_path / "shoe.png"
    Image.new("RGB", (2000, 1500), (30, 90, 200)).save(photo)
    page.click(".launcher")
    file_input = page.call(
        "Runtime.evaluate",
        expression="document.getElementById('aisle-widget').shadowRoot.querySelector('.file')",
    )
    page.call(
        "DOM.setFileInputFiles", files=[str(photo)], objectId=file_input["result"]["objectId"]
    )
    page.wait("root.querySelector('.preview img')", "the photo preview")
    page.type_and_enter("do you have this?")
    assert "That looks like a trail shoe." in page.bot_messages(1)[0]
    assert page.js("root.querySelector('.msg.user .sent-photo')?.naturalWidth") == 1024
    sent = chat.requests[-1]
    assert sent["message"] == "do you have this?"
    header, encoded = sent["image"].split(",", 1)
    assert header == "data:image/jpeg;base64"
    assert Image.open(io.BytesIO(base64.b64decode(encoded))).size == (1024, 768)


def test_progress_shows_while_the_assistant_works(page: DevTools, chat: ScriptedChat) -> None:
    page.click(".launcher")
    page.type_and_enter("which is best for wet trails?")
    status = "root.querySelector('.typing:not([hidden])')?.textContent"
    assert page.wait(f"{status} === 'Weighed Trail Runner 2…' && {status}", "the progress line")
    assert page.js("root.querySelectorAll('.msg.bot').length") == 0, "no reply before the turn"
    chat.release.set()
    assert "My pick: Trail Runner 2." in page.bot_messages(1)[0]
    assert page.js("root.querySelector('.typing').hidden") is True
    assert page.js("root.querySelectorAll('.card-title').length") == 1
    assert chat.routes == ["/v1/chat/stream"]


def test_a_server_without_the_stream_still_answers(page: DevTools, chat: ScriptedChat) -> None:
    chat.streaming = False
    page.click(".launcher")
    page.type_and_enter("trail shoes")
    assert "Here are two picks" in page.bot_messages(1)[0]
    assert chat.routes == ["/v1/chat/stream", "/v1/chat"]
    assert [r["message"] for r in chat.requests] == ["trail shoes"], "the turn ran once"


def test_a_failure_mid_turn_is_shown_and_the_message_kept(page: DevTools) -> None:
    page.click(".launcher")
    page.type_and_enter("break mid-way")
    alert = page.wait("root.querySelector('.error:not([hidden])')?.textContent", "the error")
    assert "could not finish this turn" in alert
    assert page.js("root.querySelector('.input').value") == "break mid-way"
    assert page.js("root.querySelectorAll('.msg').length") == 0


def test_a_server_error_is_shown_and_the_message_kept(page: DevTools) -> None:
    page.click(".launcher")
    page.type_and_enter("fail please")
    alert = page.wait("root.querySelector('.error:not([hidden])')?.textContent", "the error")
    assert "problem (503)" in alert
    assert page.js("root.querySelector('.input').value") == "fail please"
    assert page.js("root.querySelectorAll('.msg').length") == 0


def test_a_store_on_another_origin_embeds_it_with_its_api_key(
    browser: DevTools, chat: ScriptedChat, base_url: str
) -> None:
    browser.open(base_url.replace("127.0.0.1", "localhost") + "/shop")
    chat.requests.clear()
    browser.click(".launcher")
    browser.type_and_enter("trail shoes")
    assert "Here are two picks" in browser.bot_messages(1)[0]
    assert chat.requests[-1]["api_key"] == API_KEY
    assert browser.wait("root.querySelector('.card .thumb img')?.complete", "the keyed image")


def test_escape_closes_the_panel_and_returns_focus_to_the_button(page: DevTools) -> None:
    page.click(".launcher")
    assert page.js("root.querySelector('.launcher').getAttribute('aria-expanded')") == "true"
    key = {"key": "Escape", "code": "Escape", "windowsVirtualKeyCode": 27}
    page.call("Input.dispatchKeyEvent", type="keyDown", **key)
    page.call("Input.dispatchKeyEvent", type="keyUp", **key)
    assert page.wait("root.querySelector('.panel').hidden", "the panel to close")
    assert page.js("root.activeElement === root.querySelector('.launcher')")
    assert page.js("root.querySelector('.launcher').getAttribute('aria-expanded')") == "false"


def test_products_show_once_as_cards_that_scroll_and_offer_choices(
    page: DevTools, chat: ScriptedChat, tmp_path: Path
) -> None:
    page.click(".launcher")
    page.type_and_enter("grey hoodies")
    reply = page.bot_messages(1)[0]
    bubble = page.js("root.querySelector('.msg.bot .bubble').innerText")
    assert bubble.startswith("Here are the closest matches:") and "add the first one" in bubble
    assert "Harbor Hoodie" not in bubble and "Paper Map" not in bubble, "listed once, as cards"
    assert "Harbor Hoodie" in reply and "Paper Map" in reply
    visible = """[...root.querySelectorAll('.card')].map((c) => {
        const r = c.getBoundingClientRect();
        const box = root.querySelector('.products').getBoundingClientRect();
        if (r.left >= box.left - 1 && r.right <= box.right + 1) return 'whole';
        return r.left < box.right && r.right > box.left ? 'cut' : 'hidden';
    })"""
    assert page.js(visible) == ["whole", "whole", "hidden"], "no card is cut in half"
    page.screenshot(tmp_path / "widget-cards.png")
    page.click(".scroll.next")
    assert page.wait(f"{visible}[2] === 'whole'", "the third card scrolled into view")
    assert "cut" not in page.js(visible)
    page.click(".scroll.prev")
    assert page.wait(f"{visible}[0] === 'whole'", "back to the first card")

    page.click(".add", "Add to cart")  # the hoodie: 2 colours, 13 sizes
    page.wait("root.querySelector('.choices:not([hidden]) select')", "the size and colour picker")
    options = page.js(
        "Object.fromEntries([...root.querySelectorAll('.choices select')].map((s) =>"
        " [s.dataset.option, [...s.options].map((o) => o.value)]))"
    )
    assert options == {"color": ["grey", "navy"], "size": SIZES}
    assert not chat.requests[1:], "nothing is sent before the shopper picks"
    shot = os.environ.get("AISLE_WIDGET_PICKER_SCREENSHOT")
    page.screenshot(Path(shot) if shot else tmp_path / "widget-picker.png")
    page.js(
        "(() => { const [c, s] = root.querySelectorAll('.choices select');"
        " c.value = 'navy'; s.value = 'L'; })()"
    )
    page.click(".choices .pick", "Add")
    page.bot_messages(2)
    assert chat.requests[-1]["message"] == "add #1 in navy, size L to my cart"
    assert page.js("[...root.querySelectorAll('.msg.user')].pop().innerText").startswith(
        "Add Harbor Hoodie (navy, L)"
    )

    page.type_and_enter("compare them")
    page.bot_messages(3)
    compared = page.js("[...root.querySelectorAll('.msg.bot .bubble')].pop().innerText")
    assert "Harbor Hoodie: $49.00; in stock; cotton" in compared, "facts about a card stay"
    assert "1. Harbor Hoodie — warm; in stock" in compared, "so do a recommendation's reasons"


def test_a_product_without_choices_is_added_at_once(page: DevTools, chat: ScriptedChat) -> None:
    page.click(".launcher")
    page.type_and_enter("hoodies")
    page.bot_messages(1)
    page.click(".card:nth-child(3) .add", "Add to cart")
    page.bot_messages(2)
    assert chat.requests[-1]["message"] == "add #3 to my cart"


@pytest.mark.parametrize("width", [320, 375, 430])
def test_the_launcher_never_covers_the_composer_on_a_phone(
    page: DevTools, width: int, tmp_path: Path
) -> None:
    page.call(
        "Emulation.setDeviceMetricsOverride", width=width, height=640, deviceScaleFactor=1,
        mobile=True,
    )  # fmt: skip
    try:
        page.click(".launcher")
        page.wait("!root.querySelector('.panel').hidden", "the panel")
        for selector in (".send", ".input", ".attach"):
            hit = page.js(
                f"(() => {{ const e = root.querySelector('{selector}');"
                " const r = e.getBoundingClientRect();"
                " return e.contains(root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2))"
                " && r.right <= innerWidth && r.bottom <= innerHeight; })()"
            )
            assert hit, f"{selector} is covered or off screen at {width}px"
        page.screenshot(tmp_path / f"widget-{width}.png")
        page.click(".close")
        assert page.wait("root.querySelector('.panel').hidden", "the panel to close")
        assert page.js("root.querySelector('.launcher').getBoundingClientRect().width") > 0
    finally:
        page.call("Emulation.clearDeviceMetricsOverride")


def test_a_file_that_is_not_a_photo_gets_a_visible_message(
    page: DevTools, chat: ScriptedChat, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    page.click(".launcher")
    file_input = page.call(
        "Runtime.evaluate",
        expression="document.getElementById('aisle-widget').shadowRoot.querySelector('.file')",
    )
    for path, words in ((notes, "isn't a photo"), (broken, "can't open")):
        page.call(
            "DOM.setFileInputFiles", files=[str(path)], objectId=file_input["result"]["objectId"]
        )
        alert = page.wait(
            f"root.querySelector('.error:not([hidden])')?.textContent.includes({json.dumps(words)})"
            " && root.querySelector('.error').textContent",
            f"the message about {path.name}",
        )
        assert path.name in alert and "JPEG, PNG or WebP" in alert
        assert page.js("root.querySelector('.preview').hidden") is True
    assert chat.requests == [], "nothing was sent"
