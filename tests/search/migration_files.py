"""A migration script loaded as a module, and whether an index exists, for the migration tests."""

from __future__ import annotations

import importlib.util
from types import ModuleType

from peewee import Database, SqliteDatabase

from api.config import Settings

HAS_INDEX = "SELECT to_regclass(%s) IS NOT NULL"


def load_migration(name: str) -> ModuleType:
    """migrations/NAME.py as a module: `load_migration("0011_search_phrases")._rum_available`."""
    spec = importlib.util.spec_from_file_location(name, f"{Settings().migrations_dir}/{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def has_index(db: Database, index: str) -> bool:
    """True when PostgreSQL holds the index (SQLite never holds these)."""
    if isinstance(db, SqliteDatabase):
        return False
    return bool(db.execute_sql(HAS_INDEX, (index,)).fetchone()[0])
