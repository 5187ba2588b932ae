"""`aisle ingest` and `aisle search`: the catalog, in this process or on a running server."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from aisle.settings import Settings

if TYPE_CHECKING:
    from aisle.import_status import ImportReport
    from catalog.ingest import IngestProgress

_SHOWN_ERRORS = 50  # bad rows printed by `aisle ingest`; the rest are counted


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
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
    server_options(search, "search a running `aisle serve` (e.g. http://127.0.0.1:8000)")
    search.set_defaults(handler=_search)


def server_options(command: argparse.ArgumentParser, purpose: str) -> None:
    command.add_argument("--server", metavar="URL", help=purpose)
    command.add_argument(
        "--api-key", help="a storefront key for --server (default: the first of AISLE_API_KEYS)"
    )


def _formats() -> tuple[str, ...]:
    from catalog.importers import FORMATS

    return tuple(FORMATS)


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from aisle.import_status import ImportReport
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
        with progress_bar() as update:
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


@contextmanager
def progress_bar() -> Iterator[Callable[[IngestProgress], None]]:
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
