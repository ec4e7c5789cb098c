"""`python -m api ingest PATH...`: parse and store exports from files, folders or stdin."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
from peewee import Database, OperationalError
from tqdm import tqdm

from api.commands.common import bound_database, fail
from api.config import Settings
from api.parser import decode
from api.parser.errors import ParseError
from api.store.articles import ingest_text
from api.store.db import UPGRADE_HINT, pending_migrations

STDIN = "-"
Reader = Callable[[], bytes]


@dataclass
class Summary:
    """What an ingest run did, for the closing report."""

    created: int = 0
    existing: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    def report(self) -> None:
        """Write the counts and one `path: reason` line per failure to stdout."""
        print(f"created: {self.created}")
        print(f"already there: {self.existing}")
        print(f"failed: {len(self.failed)}")
        for path, reason in self.failed:
            print(f"  {path}: {reason}")


def run_ingest(paths: list[str]) -> int:
    """Store every article found; 0 when all were stored, 1 when any failed, 2 without a schema."""
    settings = Settings.from_env()
    try:
        with bound_database(settings.database_url) as db:
            problem = schema_problem(db, settings.migrations_dir)
            if problem:
                return fail(problem)
            summary = Summary()
            sources = list(expand(paths, summary))
            # disable=None: a bar on a terminal, nothing in logs and pipes.
            for name, read in tqdm(sources, file=sys.stderr, unit="article", disable=None):
                _ingest_one(name, read, summary)
    except ValueError as exc:
        return fail(str(exc))
    summary.report()
    return 1 if summary.failed else 0


def expand(paths: list[str], summary: Summary) -> Iterator[tuple[str, Reader]]:
    """(display name, byte reader) for each input; unusable paths are recorded as failures."""
    for raw in paths:
        if raw == STDIN:
            yield "<stdin>", sys.stdin.buffer.read
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                summary.failed.append((raw, "folder holds no *.txt files"))
            yield from ((str(p), p.read_bytes) for p in files)
        elif path.is_file():
            yield raw, path.read_bytes
        else:
            summary.failed.append((raw, "no such file or folder"))


def _ingest_one(name: str, read: Reader, summary: Summary) -> None:
    try:
        _, created = ingest_text(decode(read()))
    except (ParseError, OSError) as exc:
        summary.failed.append((name, str(exc) or type(exc).__name__))
        return
    if created:
        summary.created += 1
    else:
        summary.existing += 1


def schema_problem(db: Database, migrations_dir: str) -> str | None:
    """Why the database cannot take articles (unreachable, migrations pending); None if it can."""
    try:
        pending = pending_migrations(db, migrations_dir)
    except OperationalError as exc:
        return f"cannot open the database: {exc}"
    if pending:
        return f"the database schema is not up to date; {UPGRADE_HINT}"
    return None


@click.command("ingest", short_help="parse and store exports from files, folders or stdin")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
def ingest_command(paths: tuple[str, ...]) -> int:
    """Parse and store exports from files, folders (*.txt inside) or - for standard input.

    Articles already stored (same content) are skipped, so a run can be repeated.

    \b
    Example:
      .venv/bin/python -m api ingest examples/
    Exit 1 when some file failed, 2 when the database cannot be used.
    """
    return run_ingest(list(paths))
