"""`python -m api reparse --all | ID...`: parse stored articles again with the current parser."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import click
from peewee import IntegrityError, OperationalError
from tqdm import tqdm

from api.commands.common import bound_database, fail
from api.config import Settings
from api.parser.errors import ParseError
from api.store import articles as store
from api.store.db import UPGRADE_HINT, pending_migrations


@dataclass
class Summary:
    """What a reparse run did, for the closing report."""

    reparsed: int = 0
    quotes_before: int = 0
    quotes_after: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)  # (article id, reason)

    def report(self) -> None:
        """Write the counts and one `id: reason` line per failure to stdout."""
        print(f"reparsed: {self.reparsed}")
        print(f"quotes before: {self.quotes_before}")
        print(f"quotes after: {self.quotes_after}")
        print(f"failed: {len(self.failed)}")
        for article_id, reason in self.failed:
            print(f"  {article_id}: {reason}")


def run_reparse(ids: list[int] | None) -> int:
    """Reparse these articles (None: all); 0 if all were, 1 if any failed, 2 without a schema."""
    settings = Settings.from_env()
    summary = Summary()
    try:
        with bound_database(settings.database_url) as db:
            try:
                pending = pending_migrations(db, settings.migrations_dir)
            except OperationalError as exc:
                return fail(f"cannot open the database: {exc}")
            if pending:
                return fail(f"the database schema is not up to date; {UPGRADE_HINT}")
            targets = store.article_ids() if ids is None else ids
            # disable=None: a bar on a terminal, nothing in logs and pipes.
            for article_id in tqdm(targets, file=sys.stderr, unit="article", disable=None):
                _reparse_one(article_id, summary)
    except ValueError as exc:
        return fail(str(exc))
    summary.report()
    return 1 if summary.failed else 0


def _reparse_one(article_id: int, summary: Summary) -> None:
    # Each article is its own transaction: one that fails stays as it was, the rest go on.
    try:
        counts = store.reparse_article(article_id)
    except ParseError as exc:
        summary.failed.append((article_id, f"no longer parses: {exc}"))
        return
    except IntegrityError:
        summary.failed.append((article_id, "its new parse equals another stored article"))
        return
    if counts is None:
        summary.failed.append((article_id, "no such article"))
        return
    summary.reparsed += 1
    summary.quotes_before += counts[0]
    summary.quotes_after += counts[1]


@click.command("reparse", short_help="parse stored articles again")
@click.option("--all", "all_articles", is_flag=True, help="Every stored article.")
@click.argument("ids", nargs=-1, type=int, metavar="[ID]...")
def reparse_command(all_articles: bool, ids: tuple[int, ...]) -> int:
    """Parse stored articles again with the current parser; people keep their ids.

    Run it after an upgrade of the parser, then `cache warm`.

    \b
    Example:
      .venv/bin/python -m api reparse --all
      .venv/bin/python -m api reparse 12 40
    """
    if bool(ids) == all_articles:
        raise click.UsageError("give either --all or article ids")
    return run_reparse(None if all_articles else list(ids))
