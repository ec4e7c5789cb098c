"""`python -m api cache warm [--script-root PATH]`: build the cached JSON of every article
whose cache is missing or stale, so that the first GET of each is a cached read.

The API caches an article's JSON when it writes the article; this command covers the rest:
articles stored from the command line (`ingest`, `reparse`), before migration 0007, or cached by
older code (after an upgrade the code fingerprint in the ETag changes).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

import click
from peewee import OperationalError
from tqdm import tqdm

from api import create_app
from api.commands.common import fail
from api.config import Settings
from api.store import articles as store
from api.store import cache as representation_cache
from api.store.db import UPGRADE_HINT, close_all, database, pending_migrations, write_transaction
from api.store.models import Article
from api.web.representations import JSON, build_and_cache, is_current_json

# Articles built and cached per transaction. On SQLite the batch holds the write lock while it is
# built (a few ms an article), so API writes wait at most that long; one commit per batch.
BATCH = 100


@dataclass
class Summary:
    """What a cache run did, for the closing report."""

    cached: int = 0
    current: int = 0  # already cached for their current version
    missed: int = 0  # built but not cached (the database refused the write)
    seconds: float = 0.0

    def report(self) -> None:
        """Write the counts and the rate to stdout."""
        rate = self.cached / self.seconds if self.seconds else 0.0
        print(f"cached: {self.cached}")
        print(f"already cached: {self.current}")
        print(f"not cached: {self.missed}")
        print(f"in {self.seconds:.1f} s ({rate:,.0f} articles/s)")


def run_cache_warm(script_root: str | None) -> int:
    """Cache what is missing or stale; 0 when done, 1 if some could not be cached, 2 on setup."""
    try:
        settings = Settings.from_env()
        root = settings.script_name if script_root is None else script_root
        if root and not root.startswith("/"):
            raise ValueError(f"the script root is a path starting with /, not {root!r}")
        app = create_app(settings)
    except ValueError as exc:
        return fail(str(exc))
    summary = Summary()
    # The request context gives the JSON its links (url_for) and the cached bytes their name:
    # both start with the mount point, as under gunicorn with this SCRIPT_NAME.
    with app.test_request_context("/", environ_overrides={"SCRIPT_NAME": root}):
        try:
            database.connect(reuse_if_open=True)
            if pending_migrations(database.obj, settings.migrations_dir):
                return fail(f"the database schema is not up to date; {UPGRADE_HINT}")
            total = Article.select().count()
            # disable=None: a bar on a terminal, nothing in logs and pipes.
            began = time.perf_counter()
            with tqdm(total=total, unit="article", file=sys.stderr, disable=None) as bar:
                warm_stale(summary, bar.update)
            summary.seconds = time.perf_counter() - began
        except OperationalError as exc:
            return fail(str(exc))
        finally:
            close_all(database.obj)  # the app's pool too: the process is done with it
    summary.report()
    return 1 if summary.missed else 0


def warm_stale(summary: Summary, progress=lambda count: None, batch: int = BATCH) -> None:
    """Build and cache the JSON of every article with none cached for its current version.

    Reads only versions to choose (no bytes, no parts), then loads and builds the chosen ones a
    batch at a time. Needs a request context (the links and the cached bytes' name).
    """
    after = 0
    while entries := representation_cache.versions(JSON, after=after, limit=batch):
        after = entries[-1].article_id
        stale = [
            e.article_id
            for e in entries
            if not is_current_json(e.version, e.article_id, e.content_hash, e.updated_at)
        ]
        summary.current += len(entries) - len(stale)
        if stale:
            built = _warm_batch(stale)  # articles deleted meanwhile are neither
            summary.cached += sum(built)
            summary.missed += built.count(False)
        progress(len(entries))


def _warm_batch(article_ids: list[int]) -> list[bool]:
    """Build and cache these articles' JSON in one write transaction; whether each was cached."""
    # Loaded inside the transaction, so the bytes are built from the version they are named by
    # and no writer changes it before they commit.
    with write_transaction():
        return [
            build_and_cache(article, JSON).cached for article in store.get_articles(article_ids)
        ]


@click.group("cache", short_help="warm the cache of built article JSON")
def cache_group() -> None:
    """The cache of each article's built JSON, cached in the database for every worker.

    The API fills it when it writes an article. Warm it after writing from the command line
    (`ingest`, `reparse`) or after an upgrade, so that first reads are fast.
    """


@cache_group.command("warm")
@click.option(
    "--script-root",
    metavar="PATH",
    help="Where the API is mounted, as its links start (default: SCRIPT_NAME, else the root).",
)
def warm_command(script_root: str | None) -> int:
    """Build the cached JSON of every article whose cache is missing or stale.

    Idempotent: articles cached for their current version are left alone.

    \b
    Example:
      .venv/bin/python -m api cache warm
    Exit 1 when some could not be cached, 2 when the database cannot be used.
    """
    return run_cache_warm(script_root)
