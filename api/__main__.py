"""Command line: `python -m api parse|ingest|export|db|keys|openapi|reparse|check|keep ...`."""

from __future__ import annotations

import argparse
import sys

KEY_SCOPES = ("read", "write")  # as api.models.KEY_SCOPES, without importing peewee for --help


def build_parser() -> argparse.ArgumentParser:
    """The CLI's grammar; each subcommand's work lives in api/commands/."""
    parser = argparse.ArgumentParser(prog="python -m api", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser(
        "parse", help="parse article exports or web pages; print JSON (several: NDJSON)"
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help="files (.gz too), or - for stdin")
    parse.add_argument(
        "--format", choices=("text", "html"), help="default: html for .html/.htm/.xhtml, else text"
    )

    ingest = commands.add_parser("ingest", help="parse and store articles")
    ingest.add_argument("paths", nargs="+", help="files, folders (*.txt inside), or - for stdin")

    export = commands.add_parser(
        "export", help="write stored articles as NDJSON (GET /articles/export), with progress"
    )
    export.add_argument("-o", "--output", default="-", help="file to write (default: stdout)")
    export.add_argument(
        "filters", nargs="*", metavar="NAME=VALUE", help="filters, as the endpoint's query string"
    )

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply pending migrations")
    down = db_commands.add_parser("downgrade", help="revert the most recent migration")
    down.add_argument("--to", dest="target", help="revert back through this migration")
    db_commands.add_parser("status", help="list migrations and whether they are applied")

    keys = commands.add_parser("keys", help="API keys: writes need one (shown once, stored hashed)")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    create = key_commands.add_parser("create", help="make a key and print it (only this once)")
    create.add_argument("--name", required=True, help="who or what the key is for")
    create.add_argument(
        "--scope", choices=KEY_SCOPES, default="write", help="write (the default) may also read"
    )
    key_commands.add_parser("list", help="list keys: id, name, prefix, scope, times; never keys")
    revoke = key_commands.add_parser("revoke", help="revoke a key by id, for good")
    revoke.add_argument("key_id", type=int, metavar="ID", help="the id `keys list` shows")
    key_commands.add_parser(
        "dev", help="register COPYDESK_DEV_KEY, or make a new development key (make run)"
    )

    openapi = commands.add_parser("openapi", help="write openapi.yaml from the code")
    openapi.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when openapi.yaml differs"
    )

    reparse = commands.add_parser(
        "reparse", help="parse stored articles again with the current parser (people keep ids)"
    )
    reparse.add_argument("--all", action="store_true", dest="all_articles", help="every article")
    reparse.add_argument("ids", nargs="*", type=int, metavar="ID", help="ids of the articles")

    commands.add_parser(
        "check", help="verify the stored data (counts, orphans, complete articles); 1 on problems"
    )

    keep = commands.add_parser(
        "keep", help="keep the JSON of every article whose kept JSON is missing or stale"
    )
    keep.add_argument(
        "--script-root",
        metavar="PATH",
        help="where the API is mounted, as its links start (default: SCRIPT_NAME, else the root)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "parse":
        from api.commands.parse import run_parse

        return run_parse(args.paths, args.format)
    if args.command == "ingest":
        from api.commands.ingest import run_ingest

        return run_ingest(args.paths)
    if args.command == "export":
        from api.commands.export import run_export

        return run_export(args.output, args.filters)
    if args.command == "keys":
        from api.commands.keys import run_keys

        options = {"create": ("name", "scope"), "revoke": ("key_id",)}.get(args.keys_command, ())
        return run_keys(args.keys_command, **{name: getattr(args, name) for name in options})
    if args.command == "openapi":
        from api.commands.openapi import run_openapi

        return run_openapi(args.check)
    if args.command == "reparse":
        if bool(args.ids) == args.all_articles:
            parser.error("reparse: give either --all or article ids")
        from api.commands.reparse import run_reparse

        return run_reparse(None if args.all_articles else args.ids)
    if args.command == "check":
        from api.commands.check import run_check

        return run_check()
    if args.command == "keep":
        from api.commands.keep import run_keep

        return run_keep(args.script_root)
    from api.commands.db import run_db

    return run_db(args.db_command, getattr(args, "target", None))


if __name__ == "__main__":
    sys.exit(main())
