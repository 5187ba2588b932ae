"""`aisle serve`, `chat`, `mcp` and `demo`: the ways to reach the shop and its assistant."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aisle.cli_catalog import progress_bar, server_options
from aisle.settings import Settings

SAMPLE_CATALOG = Path(__file__).resolve().parent.parent / "fixtures" / "sample" / "catalog.jsonl"


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    serve = commands.add_parser("serve", parents=[common], help="serve the REST API and widget")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=_serve)

    chat = commands.add_parser("chat", parents=[common], help="talk to the agent in the terminal")
    chat.add_argument("--thread", help="continue this conversation (its id is printed)")
    server_options(chat, "talk to a running `aisle serve` (e.g. http://127.0.0.1:8000)")
    chat.add_argument("--thread-token", help="with --server: the conversation's secret, if any")
    chat.set_defaults(handler=_chat)

    mcp = commands.add_parser(
        "mcp", parents=[common], help="serve the MCP tools (UCP shopping, the assistant) on stdio"
    )
    mcp.set_defaults(handler=_mcp)

    demo = commands.add_parser(
        "demo", parents=[common], help="import the sample catalog and run a scripted conversation"
    )
    demo.set_defaults(handler=_demo)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from api.app import create_app

    if not settings.api_keys:
        print(
            "aisle: no API keys configured (AISLE_API_KEYS): serving loopback clients only, "
            "without a key",
            file=sys.stderr,
        )
    # The app reads X-Forwarded-For only from AISLE_TRUSTED_PROXIES (api/app.py); uvicorn's own
    # reading (loopback trusted by default) would let any same-host caller pick its address.
    uvicorn.run(
        create_app(settings),
        host=args.host,
        port=args.port,
        log_level="info",
        proxy_headers=False,
    )
    return 0


def _mcp(args: argparse.Namespace, settings: Settings) -> int:
    """MCP over stdin/stdout for a local agent; logs go to stderr, never into the protocol."""
    import anyio

    from aisle.services import Services
    from api.mcp.server import build_mcp_server

    services = Services(settings)
    try:
        anyio.run(build_mcp_server(services).run_stdio_async)
    finally:
        services.close()
    return 0


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from aisle.terminal_chat import run_chat

    return run_chat(args, settings)


def _demo(args: argparse.Namespace, settings: Settings) -> int:
    from agent.demo import run_demo
    from aisle.services import Services

    services = Services(settings)
    try:
        if services.index.count() == 0:
            print(f"Importing the sample catalog from {SAMPLE_CATALOG} …")
            with progress_bar() as update:
                report = services.ingest(SAMPLE_CATALOG, on_progress=update)
            print(f"imported {report.imported} products, skipped {len(report.skipped)}")
        run_demo(services)
    finally:
        services.close()
    return 0
