"""`python -m api import [FILE|-]`: store what `export` wrote (or plain-text exports) again."""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import BinaryIO

import click
from peewee import OperationalError
from tqdm import tqdm

from api.commands.common import bound_database, fail
from api.commands.ingest import schema_problem
from api.config import Settings
from api.web.uploads import Outcome, import_records, ndjson_stream, text_stream

STDIN = "-"
FORMATS = ("auto", "ndjson", "text")
BOM = b"\xef\xbb\xbf"


@dataclass
class Summary:
    """What an import did, for the closing report."""

    created: int = 0
    existing: int = 0
    failed: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "created":
            self.created += 1
        elif outcome.status == "existing":
            self.existing += 1
        else:
            self.failed.append(outcome)

    @property
    def total(self) -> int:
        return self.created + self.existing + len(self.failed)

    def report(self) -> None:
        """The counts, then one `line N: reason` per failure, on stdout."""
        print(f"created: {self.created}")
        print(f"existing: {self.existing}")
        print(f"failed: {len(self.failed)}")
        for outcome in self.failed:
            print(f"  line {outcome.line}: {outcome.error}")


def run_import(source: str, form: str = "auto") -> int:
    """Store every article of the file; 0 when all were stored (or were there), 1 when any
    failed, 2 when the file or the database cannot be used."""
    settings = Settings.from_env()
    try:
        opened = nullcontext(sys.stdin.buffer) if source == STDIN else open(source, "rb")
    except OSError as exc:
        return fail(f"cannot read {source}: {exc.strerror or exc}")
    summary = Summary()
    started = time.perf_counter()
    try:
        with opened as stream, bound_database(settings.database_url) as db:
            problem = schema_problem(db, settings.migrations_dir)
            if problem:
                return fail(problem)
            size = os.fstat(stream.fileno()).st_size if source != STDIN else None
            # disable=None: a bar on a terminal, nothing in logs and pipes.
            bar = tqdm(total=size or None, unit="B", unit_scale=True, file=sys.stderr, disable=None)
            with bar:
                lines, ndjson = _read_lines(_counted(stream, bar), form)
                records = ndjson_stream(lines) if ndjson else text_stream(lines)
                for outcome in import_records(records, ndjson=ndjson):
                    summary.add(outcome)
                    if summary.total % 100 == 0:
                        bar.set_postfix(created=summary.created, failed=len(summary.failed))
    except (ValueError, OperationalError, OSError) as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        return fail(str(exc))
    seconds = time.perf_counter() - started
    summary.report()
    rate = summary.total / seconds if seconds else 0.0
    print(f"imported {summary.total} articles in {seconds:.1f} s ({rate:.0f}/s)", file=sys.stderr)
    return 1 if summary.failed else 0


def _counted(stream: BinaryIO, bar: tqdm) -> Iterator[bytes]:
    """The stream's lines without their line ends, the bar moved by each line's bytes."""
    for line in stream:
        bar.update(len(line))
        yield line.rstrip(b"\n")


def _read_lines(lines: Iterable[bytes], form: str) -> tuple[Iterator[bytes], bool]:
    """(the lines, whether they are NDJSON): `auto` reads NDJSON when the first line that is
    not blank starts with `{`, else plain-text exports separated by form-feed lines."""
    lines = iter(lines)
    if form != "auto":
        return lines, form == "ndjson"
    head = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    ndjson = bool(head) and head[-1].removeprefix(BOM).lstrip().startswith(b"{")
    if ndjson and head[-1].startswith(BOM):
        head[-1] = head[-1].removeprefix(BOM)
    return itertools.chain(head, lines), ndjson


@click.command("import", short_help="store exported articles (NDJSON or export texts)")
@click.argument("source", default=STDIN, metavar="[FILE|-]")
@click.option(
    "--format",
    "form",
    type=click.Choice(FORMATS),
    default="auto",
    show_default=True,
    help="NDJSON lines, or plain-text exports separated by form-feed lines.",
)
def import_command(source: str, form: str) -> int:
    """Store the articles of FILE (or standard input): the NDJSON that `export` writes, lines of
    {text, url?, publisher?, published_at?, tags?}, or plain-text exports separated by lines
    holding only a form feed, as POST /articles/import takes them.

    Exported articles keep their ids, content, metadata, tags and dates; quotes and people are
    derived again. Articles already stored are `existing`, so an import can be repeated. A
    line whose id holds other content fails. Nothing is cached: run `cache warm` after.

    \b
    Example (backup, restore, or copy into another database):
      .venv/bin/python -m api export -o all.ndjson
      DATABASE_URL=postgresql://... .venv/bin/python -m api import all.ndjson
    Exit 1 when any article failed, 2 when the file or the database cannot be used.
    """
    return run_import(source, form)
