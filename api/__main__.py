"""The command line, `python -m api COMMAND`: one click command per module of api/commands/."""

from __future__ import annotations

import sys

import click

from api.commands.cache import cache_group
from api.commands.check import check_command
from api.commands.db import db_group
from api.commands.export import export_command
from api.commands.imports import import_command
from api.commands.ingest import ingest_command
from api.commands.keys import keys_group
from api.commands.openapi import openapi_command
from api.commands.parse import parse_command
from api.commands.preflight import preflight_command
from api.commands.reparse import reparse_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Copydesk: parse news articles, store them, serve them over a REST API.

    Run each command with --help for its options and examples. DATABASE_URL says which
    database (default: var/copydesk.db).
    """


for command in (
    parse_command,
    ingest_command,
    export_command,
    import_command,
    db_group,
    keys_group,
    openapi_command,
    reparse_command,
    check_command,
    cache_group,
    preflight_command,
):
    cli.add_command(command)


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit status (2 for a usage error, as documented)."""
    try:
        result = cli.main(args=argv, prog_name="python -m api", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 1
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
