"""Alembic's commands on the commerce tables, for developers: `python -m commerce.migrations -h`.

They act on the database Aisle would open (AISLE_DATA_DIR or DATABASE_URL); `make migration`
points them at a scratch SQLite file. Operators use `aisle db upgrade` instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic.config import CommandLine, Config

from aisle.settings import Settings
from commerce.database import open_engine, write
from commerce.migrations import migration_config


def main(argv: Sequence[str] | None = None) -> None:
    cli = CommandLine(prog="python -m commerce.migrations")
    options = cli.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        cli.parser.error("name a command")
    engine = open_engine(Settings().sqlalchemy_url, migrate=False)
    try:
        with write(engine) as conn:
            config = migration_config(conn, cmd_opts=options)
            _run_ruff_on_new_revisions(config)
            cli.run_cmd(config, options)
    finally:
        engine.dispose()


def _run_ruff_on_new_revisions(config: Config) -> None:
    """A new revision file leaves sorted and formatted, as `make test` wants it."""
    hooks = {"ruff_format": "format --quiet", "ruff_fix": "check --fix --quiet"}
    config.set_section_option("post_write_hooks", "hooks", ", ".join(hooks))
    for hook, ruff_args in hooks.items():
        config.set_section_option("post_write_hooks", f"{hook}.type", "module")
        config.set_section_option("post_write_hooks", f"{hook}.module", "ruff")
        options = f"{ruff_args} REVISION_SCRIPT_FILENAME"
        config.set_section_option("post_write_hooks", f"{hook}.options", options)


if __name__ == "__main__":
    main()
