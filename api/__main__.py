"""Command line: `python -m api parse|ingest|db|openapi|reparse ...`, thin over the layers below."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    """The CLI's grammar; each subcommand's work lives in api/commands/."""
    parser = argparse.ArgumentParser(prog="python -m api", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="parse an article export and print it as JSON")
    parse.add_argument("file", help="path to a .txt export, or - for standard input")

    ingest = commands.add_parser("ingest", help="parse and store articles")
    ingest.add_argument("paths", nargs="+", help="files, folders (*.txt inside), or - for stdin")

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply pending migrations")
    down = db_commands.add_parser("downgrade", help="revert the most recent migration")
    down.add_argument("--to", dest="target", help="revert back through this migration")
    db_commands.add_parser("status", help="list migrations and whether they are applied")

    openapi = commands.add_parser("openapi", help="write openapi.yaml from the code")
    openapi.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when openapi.yaml differs"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "parse":
        from api.commands.parse import run_parse

        return run_parse(args.file)
    if args.command == "ingest":
        from api.commands.ingest import run_ingest

        return run_ingest(args.paths)
    if args.command == "openapi":
        from api.commands.openapi import run_openapi

        return run_openapi(args.check)
    from api.commands.db import run_db

    return run_db(args.db_command, getattr(args, "target", None))


if __name__ == "__main__":
    sys.exit(main())
