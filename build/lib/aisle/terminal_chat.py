"""`aisle chat`: the agent in a terminal, on this machine's stores or a running server (`--server`).

Models load before the first prompt, the conversation's id is printed so `--thread` can continue
it, `/photo PATH [question]` sends a photo, and Ctrl-C or Ctrl-D leave without a traceback.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

from agent.photos import refusal_text
from agent.turn import ChatTurn
from aisle.settings import Settings
from vision.errors import (
    DecompressionBomb,
    ImageRejected,
    ImageTooLarge,
    UndecodableImage,
    UnsupportedImage,
)

PHOTO_QUESTION = "What can you tell me about this photo?"
GREETING = (
    "Aisle chat — type your message. /photo PATH [question] sends a photo; "
    "'quit', Ctrl-D or Ctrl-C leaves."
)
_REFUSALS: dict[str, type[ImageRejected]] = {
    "image_too_large": ImageTooLarge,
    "unsupported_image_type": UnsupportedImage,
    "image_too_many_pixels": DecompressionBomb,
    "undecodable_image": UndecodableImage,
    "invalid_image": UndecodableImage,
}

Talk = Callable[[str | None, str, bytes | None], ChatTurn]


def run_chat(args: argparse.Namespace, settings: Settings) -> int:
    if args.server:
        return _chat_remote(args, settings)
    from aisle.services import Services

    services = Services(settings)
    try:
        print("Loading the models …", file=sys.stderr, flush=True)
        services.warm_up()
        agent = services.agent
        return converse(lambda thread, text, image: agent.chat(thread, text, image), args.thread)
    except KeyboardInterrupt:  # Ctrl-C while the models load
        print(file=sys.stderr)
        return 130
    finally:
        services.close()


def _chat_remote(args: argparse.Namespace, settings: Settings) -> int:
    from aisle.remote import RemoteShop

    api_key = args.api_key or (
        settings.api_keys[0].get_secret_value() if settings.api_keys else None
    )
    shop = RemoteShop(args.server, api_key)
    if args.thread_token:
        shop.thread_token = args.thread_token
    try:
        return converse(shop.chat, args.thread, token=lambda: shop.thread_token)
    finally:
        shop.close()


def converse(talk: Talk, thread: str | None, token: Callable[[], str | None] | None = None) -> int:
    """Read messages until the shopper leaves; every turn goes through `talk`."""
    from agent.render import render_turn
    from aisle.remote import ServerError

    print(GREETING)
    if thread:
        print(f"Continuing conversation {thread}.")
    while True:
        try:
            line = input("you> ").strip()
        except EOFError:
            print()
            break
        except KeyboardInterrupt:
            print()
            break
        if line.lower() in {"quit", "exit", "/quit"}:
            break
        if not line:
            continue
        try:
            message, image = read_line(line)
        except (OSError, ValueError) as exc:
            print(f"aisle: {exc}", file=sys.stderr)
            continue
        try:
            turn = talk(thread, message, image)
        except KeyboardInterrupt:
            print("\n(interrupted)")
            break
        except ImageRejected as exc:
            print(refusal_text(exc))
            continue
        except ServerError as exc:
            refused = _REFUSALS.get(exc.code or "")
            if refused:
                print(refusal_text(refused(exc.reason)))
            else:
                print(f"aisle: {exc}", file=sys.stderr)
            continue
        if thread is None:
            again = f"aisle chat --thread {turn.thread_id}"
            secret = token() if token else None
            if secret:
                again += f" --thread-token={secret}"  # "=": a token may start with "-"
            print(f"(conversation {turn.thread_id} — continue it later with: {again})")
        thread = turn.thread_id
        render_turn(turn)
    if thread:
        print(f"Bye! Conversation {thread} is saved.")
    return 0


def read_line(line: str) -> tuple[str, bytes | None]:
    """(message, photo bytes): `/photo PATH [question]` reads a photo, anything else is text."""
    if not line.startswith("/photo"):
        return line, None
    parts = shlex.split(line[len("/photo") :])
    if not parts:
        raise ValueError("usage: /photo PATH [question]")
    path = Path(parts[0]).expanduser()
    if not path.is_file():
        raise ValueError(f"no such file: {path}")
    question = " ".join(parts[1:]) or PHOTO_QUESTION
    return question, path.read_bytes()
