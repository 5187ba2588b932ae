"""The `aisle` command: ingest a catalog, search it, serve the API, chat, run the demo, migrate."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aisle import cli_catalog, cli_db, cli_serve
from aisle.settings import Settings
from catalog.errors import StoreBusy


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
    """Each command group adds its own subcommands, in the order `aisle --help` lists them."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="where the embedded stores live (AISLE_DATA_DIR)")
    parser = argparse.ArgumentParser(prog="aisle", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    cli_catalog.add_commands(commands, common)
    cli_serve.add_commands(commands, common)
    cli_db.add_commands(commands, common)
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
