"""`python -m api ingest PATH...`: parse and store exports, web pages and WARC files from files,
folders or stdin."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import click
from peewee import Database, OperationalError
from tqdm import tqdm

from api.commands.common import bound_database, fail
from api.commands.parse import HTML_SUFFIXES, format_of, read_bytes
from api.config import Settings
from api.parser import decode
from api.parser.errors import ParseError
from api.parser.html import iter_warc_pages
from api.store.articles import ingest_text
from api.store.db import UPGRADE_HINT, pending_migrations
from api.store.web_pages import ingest_html

STDIN = "-"
Reader = Callable[[], bytes]
WARC_SUFFIXES = (".warc", ".warc.gz")
# What a folder is searched for: exports, web pages (also gzipped) and WARC files.
FOLDER_SUFFIXES = (".txt", *HTML_SUFFIXES, *(s + ".gz" for s in HTML_SUFFIXES), *WARC_SUFFIXES)


def kind_of(name: str) -> str:
    """'warc', 'html' or 'text', from the file's name: 'crawl.warc.gz' -> 'warc'."""
    return "warc" if name.lower().endswith(WARC_SUFFIXES) else format_of(name, None)


@dataclass
class Summary:
    """What an ingest run did, for the closing report."""

    created: int = 0
    existing: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    skipped: int | None = None  # WARC records that are not HTML responses (None: no WARC read)

    def report(self) -> None:
        """Write the counts and one `path: reason` line per failure to stdout."""
        print(f"created: {self.created}")
        print(f"already there: {self.existing}")
        if self.skipped is not None:
            print(f"skipped WARC records (not HTML responses): {self.skipped}")
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
            for name, read in tqdm(sources, file=sys.stderr, unit="file", disable=None):
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
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.name.lower().endswith(FOLDER_SUFFIXES)
            )
            if not files:
                summary.failed.append((raw, "folder holds no *.txt, *.html or *.warc files"))
            yield from ((str(p), _reader(str(p))) for p in files)
        elif path.is_file():
            yield raw, _reader(raw)
        else:
            summary.failed.append((raw, "no such file or folder"))


def _reader(path: str) -> Reader:
    """A file's bytes, a .gz page or export decompressed (warcio reads WARC files itself)."""
    if kind_of(path) == "warc":
        return Path(path).read_bytes
    return lambda: read_bytes(path)


def _ingest_one(name: str, read: Reader, summary: Summary) -> None:
    kind = "text" if name == "<stdin>" else kind_of(name)
    try:
        if kind == "warc":
            _ingest_warc(name, summary)
            return
        data = read()
        if kind == "html":
            _, created = ingest_html(data)
        else:
            _, created = ingest_text(decode(data))
    except (ParseError, OSError, EOFError) as exc:
        summary.failed.append((name, str(exc) or type(exc).__name__))
        return
    _count(summary, created)


def _count(summary: Summary, created: bool) -> None:
    if created:
        summary.created += 1
    else:
        summary.existing += 1


def _ingest_warc(name: str, summary: Summary) -> None:
    """Store each HTML response record as an article with the record's URI, and its date when
    the page gives none; count the other records. A record that fails is listed as `name URI`."""
    from warcio.exceptions import ArchiveLoadFailed

    summary.skipped = summary.skipped or 0

    def skip() -> None:
        summary.skipped += 1

    try:
        with open(name, "rb") as stream:
            for uri, date, body, content_type in iter_warc_pages(stream, on_skip=skip):
                try:
                    _, created = ingest_html(
                        body,
                        url=uri if uri.startswith(("http://", "https://")) else None,
                        content_type=content_type,
                        published_at=_warc_date(date),
                    )
                except ParseError as exc:
                    summary.failed.append((f"{name} {uri}", str(exc)))
                    continue
                _count(summary, created)
    except ArchiveLoadFailed as exc:
        summary.failed.append((name, f"not a readable WARC file: {exc}"))


def _warc_date(value: str) -> datetime | None:
    """A WARC-Date ('2024-03-02T08:30:00Z') as a datetime; None when unreadable."""
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def schema_problem(db: Database, migrations_dir: str) -> str | None:
    """Why the database cannot take articles (unreachable, migrations pending); None if it can."""
    try:
        pending = pending_migrations(db, migrations_dir)
    except OperationalError as exc:
        return f"cannot open the database: {exc}"
    if pending:
        return f"the database schema is not up to date; {UPGRADE_HINT}"
    return None


@click.command("ingest", short_help="parse and store exports, web pages and WARC files")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
def ingest_command(paths: tuple[str, ...]) -> int:
    """Parse and store exports (.txt), web pages (.html, .htm, .xhtml, also .gz) and WARC files
    (.warc, .warc.gz) from files, folders (those files inside) or - for standard input (an
    export). Each HTML response record of a WARC file becomes an article with the record's
    target URI (and its date, when the page gives none); other records are counted and skipped.

    Articles already stored (same content) are skipped, so a run can be repeated.

    \b
    Example:
      .venv/bin/python -m api ingest examples/ crawl.warc.gz
    Exit 1 when some file failed, 2 when the database cannot be used.
    """
    return run_ingest(list(paths))
