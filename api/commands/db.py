"""`python -m api db upgrade|downgrade|status`: the numbered migrations, run by peewee's Runner."""

from __future__ import annotations

import sys

import click
from peewee import DatabaseError
from playhouse.migrations import MigrationError, Runner

from api.config import Settings
from api.store.db import open_database, pending_migrations

__all__ = ["pending_migrations", "run_db"]


def run_db(command: str, target: str | None = None) -> int:
    """Run one migration command against DATABASE_URL; 0 on success, 1 if status finds pending."""
    settings = Settings.from_env()
    try:
        db = open_database(settings.database_url)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        runner = Runner(db, settings.migrations_dir)
        if command == "upgrade":
            return _report("applied", runner.up())
        if command == "downgrade":
            return _report("reverted", runner.down(target))
        return _status(runner)
    except (MigrationError, DatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        db.close()


def _report(verb: str, names: list[str]) -> int:
    for name in names:
        print(f"{verb}: {name}")
    if not names:
        print("nothing to do")
    return 0


def _status(runner: Runner) -> int:
    rows = runner.status()
    for m in rows:
        mark = " " if not m.applied else ("x" if m.path else "?")
        when = f"  {m.applied:%Y-%m-%d %H:%M:%S}" if m.applied else ""
        print(f"[{mark}] {m.name}{when}")
    # Like pwmigrate: non-zero while anything is pending, so a deploy script can gate on it.
    return 1 if any(not m.applied for m in rows) else 0


@click.group("db", short_help="apply, revert or list migrations")
def db_group() -> None:
    """The database schema: numbered migrations in migrations/.

    \b
    Example:
      .venv/bin/python -m api db upgrade
      .venv/bin/python -m api db status
    """


@db_group.command("upgrade")
def upgrade_command() -> int:
    """Apply every pending migration (safe to repeat)."""
    return run_db("upgrade")


@db_group.command("downgrade")
@click.option("--to", "target", metavar="MIGRATION", help="Revert back through this migration.")
def downgrade_command(target: str | None) -> int:
    """Revert the most recent migration (or back through --to)."""
    return run_db("downgrade", target)


@db_group.command("status")
def status_command() -> int:
    """List migrations and whether each is applied; exit 1 when some are pending."""
    return run_db("status")
