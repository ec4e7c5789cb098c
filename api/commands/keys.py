"""`python -m api keys create|list|revoke|dev`: API keys, each shown once and stored as a hash."""

from __future__ import annotations

import sys
from datetime import datetime

import click
from peewee import DatabaseError

from api.commands.common import bound_database, fail
from api.config import Settings
from api.store import keys as keys_store
from api.store.db import UPGRADE_HINT, pending_migrations
from api.store.models import KEY_SCOPES, ApiKey

COLUMNS = ("ID", "NAME", "PREFIX", "SCOPE", "CREATED", "LAST USED", "REVOKED")


def run_keys(command: str, **options) -> int:
    """Run one keys command against DATABASE_URL; 0 on success, 1 when it refused, 2 on setup."""
    settings = Settings.from_env()
    if command == "dev":
        options["given"] = settings.dev_key
    try:
        with bound_database(settings.database_url) as db:
            if pending_migrations(db, settings.migrations_dir):
                return fail(f"the database schema is not up to date; {UPGRADE_HINT}")
            return ACTIONS[command](**options)
    except ValueError as exc:
        return fail(str(exc))
    except DatabaseError as exc:
        return fail(f"cannot use the database: {exc}")


def create(name: str, scope: str) -> int:
    """Make a key and print it alone on stdout (scripts capture it); the rest goes to stderr."""
    if name.startswith(keys_store.DEV_NAME_PREFIX):
        return _refuse(f"names starting with {keys_store.DEV_NAME_PREFIX!r} belong to `keys dev`")
    row, key = keys_store.create_key(name, scope)
    _note(f"created key {row.id} ({name!r}, scope {scope}); it is shown only this once:")
    print(key)
    return 0


def list_all() -> int:
    """Print every key as a table; never the keys themselves, which are not stored."""
    rows = [COLUMNS] + [_columns(row) for row in keys_store.list_keys()]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    for row in rows:
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())
    return 0


def revoke(key_id: int) -> int:
    """Revoke a key by id; 1 when there is no such key."""
    row = keys_store.revoke_key(key_id)
    if row is None:
        return _refuse(f"no API key has id {key_id}; `python -m api keys list` shows them")
    print(f"revoked key {row.id} ({row.name!r}, {row.prefix}...) at {_when(row.revoked_at)}")
    return 0


def dev(given: str | None) -> int:
    """The development key: COPYDESK_DEV_KEY registered when set, else a new one (old revoked)."""
    if given is not None:
        return _register(given)
    row, key, revoked = keys_store.rotate_dev_key()
    previous = f"; previous development key {', '.join(str(r.id) for r in revoked)} revoked"
    _note(
        f"Development API key {row.id} (scope write{previous if revoked else ''}),"
        ' for writes: -H "Authorization: Bearer <key>"; COPYDESK_DEV_KEY keeps one across runs:'
    )
    print(key, flush=True)  # in order with the note, even when make run is piped
    return 0


ACTIONS = {"create": create, "list": list_all, "revoke": revoke, "dev": dev}


def _register(key: str) -> int:
    row, created = keys_store.register_given_key(key)
    if row.revoked_at is not None:
        return _refuse(f"COPYDESK_DEV_KEY is key {row.id}, which was revoked; choose another")
    verb = "registered as" if created else "is"
    _note(f"Development API key: COPYDESK_DEV_KEY ({row.prefix}...) {verb} key {row.id}, in use.")
    return 0


def _columns(row: ApiKey) -> tuple[str, ...]:
    return (
        str(row.id),
        row.name,
        row.prefix,
        row.scope,
        _when(row.created_at),
        _when(row.last_used_at) or "never",
        _when(row.revoked_at) or "-",
    )


def _when(moment: datetime | None) -> str:
    """A stored (naive UTC) time to the minute, as last_used_at is kept."""
    return f"{moment:%Y-%m-%d %H:%M}Z" if moment else ""


def _note(message: str) -> None:
    print(message, file=sys.stderr)


def _refuse(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


@click.group("keys", short_help="create, list and revoke API keys")
def keys_group() -> None:
    """API keys: writes need one. A key is shown once and stored hashed.

    \b
    Example:
      .venv/bin/python -m api keys create --name ingest-bot
      .venv/bin/python -m api keys list
    """


@keys_group.command("create")
@click.option("--name", required=True, help="Who or what the key is for.")
@click.option(
    "--scope",
    type=click.Choice(KEY_SCOPES),
    default="write",
    show_default=True,
    help="write may also read.",
)
def create_command(name: str, scope: str) -> int:
    """Make a key and print it (only this once)."""
    return run_keys("create", name=name, scope=scope)


@keys_group.command("list")
def list_command() -> int:
    """List keys: id, name, prefix, scope and times; never the keys themselves."""
    return run_keys("list")


@keys_group.command("revoke")
@click.argument("key_id", type=int, metavar="ID")
def revoke_command(key_id: int) -> int:
    """Revoke a key by the id `keys list` shows, for good."""
    return run_keys("revoke", key_id=key_id)


@keys_group.command("dev")
def dev_command() -> int:
    """Register COPYDESK_DEV_KEY, or make a new development key (what make run does)."""
    return run_keys("dev")
