"""The `aisle` command: ingest a catalog, search it, serve the API, chat, run the demo, migrate."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aisle.settings import Settings
from catalog.errors import StoreBusy

if TYPE_CHECKING:
    from aisle.imports import ImportReport
    from catalog.ingest import IngestProgress

SAMPLE_CATALOG = Path(__file__).resolve().parent.parent / "fixtures" / "sample" / "catalog.jsonl"
_SHOWN_ERRORS = 50  # bad rows printed by `aisle ingest`; the rest are counted


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    overrides: dict[str, Any] = {}
    if args.data_dir:
        overrides["data_dir"] = Path(args.data_dir)
    settings = Settings(**overrides)
    handler = args.handler
    try:
        result: int = handler(args, settings)
    except StoreBusy as exc:
        print(f"aisle: {exc}", file=sys.stderr)
        if args.command in {"search", "chat"}:
            print(
                f"aisle: or use the running server: aisle {args.command} --server URL",
                file=sys.stderr,
            )
        return 2
    return result


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="where the embedded stores live (AISLE_DATA_DIR)")
    parser = argparse.ArgumentParser(prog="aisle", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", parents=[common], help="import a catalog file")
    ingest.add_argument("path", type=Path)
    ingest.add_argument("--format", choices=_formats(), help="default: from the file")
    ingest.add_argument("--replace", action="store_true", help="remove products not in the file")
    ingest.add_argument(
        "--allow-empty",
        action="store_true",
        help="with --replace: a file with no products empties the catalog (refused otherwise)",
    )
    ingest.add_argument("--no-images", action="store_true", help="skip image vectors")
    ingest.add_argument(
        "--server",
        metavar="URL",
        help="send the file to a running `aisle serve` (e.g. http://127.0.0.1:8000) and wait",
    )
    ingest.add_argument(
        "--api-key", help="an admin key for --server (default: the first of AISLE_ADMIN_API_KEYS)"
    )
    ingest.set_defaults(handler=_ingest)

    search = commands.add_parser("search", parents=[common], help="search the catalog")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="print JSON like the REST API")
    _server_options(search, "search a running `aisle serve` (e.g. http://127.0.0.1:8000)")
    search.set_defaults(handler=_search)

    serve = commands.add_parser("serve", parents=[common], help="serve the REST API and widget")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=_serve)

    chat = commands.add_parser("chat", parents=[common], help="talk to the agent in the terminal")
    chat.add_argument("--thread", help="continue this conversation (its id is printed)")
    _server_options(chat, "talk to a running `aisle serve` (e.g. http://127.0.0.1:8000)")
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

    db = commands.add_parser("db", help="the commerce database (carts, checkout, orders)")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_upgrade = db_commands.add_parser(
        "upgrade",
        parents=[common],
        help="migrate it to this release's schema (every start does this too)",
    )
    db_upgrade.set_defaults(handler=_db_upgrade)
    db_current = db_commands.add_parser(
        "current", parents=[common], help="print the schema revision it is at"
    )
    db_current.set_defaults(handler=_db_current)
    return parser


def _server_options(command: argparse.ArgumentParser, purpose: str) -> None:
    command.add_argument("--server", metavar="URL", help=purpose)
    command.add_argument(
        "--api-key", help="a storefront key for --server (default: the first of AISLE_API_KEYS)"
    )


def _formats() -> tuple[str, ...]:
    from catalog.importers import FORMATS

    return tuple(FORMATS)


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from aisle.imports import ImportReport
    from aisle.services import Services
    from catalog.ingest import ImportRefused

    if not args.path.is_file():
        print(f"aisle: no such file: {args.path}", file=sys.stderr)
        return 2
    if args.server:
        return _ingest_on_server(args, settings)
    if args.no_images:
        settings = settings.model_copy(update={"image_vectors": False})
    services = Services(settings)
    try:
        with _progress_bar() as update:
            report = services.ingest(
                args.path,
                fmt=args.format,
                replace=args.replace,
                allow_empty=args.allow_empty,
                on_progress=update,
            )
    except ImportRefused as exc:
        _print_report(ImportReport.of(exc.report, limit=_SHOWN_ERRORS), str(settings.data_dir))
        print(f"aisle: the import failed: {exc}", file=sys.stderr)
        return 1
    finally:
        services.close()
    _print_report(ImportReport.of(report, limit=_SHOWN_ERRORS), str(settings.data_dir))
    return 0


def _ingest_on_server(args: argparse.Namespace, settings: Settings) -> int:
    from aisle.upload import UploadFailed, send_catalog

    if args.no_images:
        print("aisle: with --server, the server's AISLE_IMAGE_VECTORS decides", file=sys.stderr)
        return 2
    api_key = args.api_key
    if api_key is None and settings.admin_api_keys:
        api_key = settings.admin_api_keys[0].get_secret_value()
    try:
        job = send_catalog(
            args.server,
            args.path,
            fmt=args.format,
            replace=args.replace,
            allow_empty=args.allow_empty,
            api_key=api_key,
            on_status=lambda job: print(f"import {job.id}: {job.status}", file=sys.stderr),
        )
    except UploadFailed as exc:
        print(f"aisle: {exc}", file=sys.stderr)
        return 1
    if job.report is not None:
        _print_report(job.report, args.server)
    if job.status != "succeeded" or job.report is None:
        print(f"aisle: the import failed: {job.error}", file=sys.stderr)
        return 1
    return 0


def _print_report(report: ImportReport, destination: str) -> None:
    shown = report.errors[:_SHOWN_ERRORS]
    for error in shown:
        print(f"  line {error.line}: {error.reason}", file=sys.stderr)
    if report.skipped > len(shown):
        print(f"  … and {report.skipped - len(shown)} more skipped rows", file=sys.stderr)
    print(
        f"imported {report.imported}, unchanged {report.unchanged}, "
        f"skipped {report.skipped}, removed {report.removed}"
        f"{f', repaired {report.repaired}' if report.repaired else ''} "
        f"in {report.seconds:.1f}s → {destination}"
    )


def _search(args: argparse.Namespace, settings: Settings) -> int:
    from api.schemas import SearchResponse

    if args.server:
        from aisle.remote import RemoteShop, ServerError

        api_key = args.api_key or (
            settings.api_keys[0].get_secret_value() if settings.api_keys else None
        )
        shop = RemoteShop(args.server, api_key)
        try:
            response = shop.search(args.query, limit=args.limit)
        except ServerError as exc:
            print(f"aisle: {exc}", file=sys.stderr)
            return 1
        finally:
            shop.close()
    else:
        from aisle.services import Services

        services = Services(settings)
        try:
            response = SearchResponse.of(services.search.search(args.query, limit=args.limit))
        finally:
            services.close()
    if args.json:
        print(response.model_dump_json(indent=2))
        return 0
    if response.filters:
        print(f"filters: {response.filters}")
    if not response.results:
        print("no products match")
    for rank, hit in enumerate(response.results, 1):
        stock = "in stock" if hit.in_stock else "out of stock"
        print(f"{rank:>2}. {hit.title}  {hit.price.format()}  ({stock})  [{hit.id}]")
    return 0


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
            with _progress_bar() as update:
                report = services.ingest(SAMPLE_CATALOG, on_progress=update)
            print(f"imported {report.imported} products, skipped {len(report.skipped)}")
        run_demo(services)
    finally:
        services.close()
    return 0


def _db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from commerce.database import open_engine, upgrade_schema
    from commerce.migrations import UnknownSchema

    engine = open_engine(settings.sqlalchemy_url, migrate=False)
    try:
        before, head = upgrade_schema(engine)
    except UnknownSchema as exc:
        print(f"aisle: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    where = engine.url.render_as_string(hide_password=True)
    if before == head:
        print(f"{where}: already at {head} (head)")
    else:
        print(f"{where}: upgraded from {before or 'an empty database'} to {head} (head)")
    return 0


def _db_current(args: argparse.Namespace, settings: Settings) -> int:
    from sqlalchemy import make_url

    from commerce.database import open_engine, read
    from commerce.migrations import head_revision, stored_revision

    url = settings.sqlalchemy_url
    head = head_revision()
    sqlite_file = make_url(url).database if url.startswith("sqlite") else None
    if sqlite_file and not Path(sqlite_file).exists():
        print(f"none (no database at {sqlite_file} yet; head is {head})")
        return 0
    engine = open_engine(url, migrate=False)
    try:
        with read(engine) as conn:
            current = stored_revision(conn)
    finally:
        engine.dispose()
    if current == head:
        print(f"{head} (head)")
    else:
        print(f"{current or 'none'} (this release's head is {head}; see `aisle db upgrade`)")
    return 0


@contextmanager
def _progress_bar() -> Iterator[Callable[[IngestProgress], None]]:
    """A tqdm bar fed by ingest's running totals: rows read, and how many were skipped."""
    from tqdm import tqdm

    bar = tqdm(unit=" rows", desc="check")

    def update(totals: IngestProgress) -> None:
        if totals.stage == "writing" and bar.desc != "write":
            bar.reset(total=totals.read)
            bar.set_description("write")
        done = totals.read if totals.stage == "checking" else totals.imported + totals.unchanged
        bar.update(max(0, done - bar.n))
        bar.set_postfix(skipped=totals.skipped)

    try:
        yield update
    finally:
        bar.close()


if __name__ == "__main__":
    raise SystemExit(main())
