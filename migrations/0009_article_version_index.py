"""An index of each article's version (id, content_hash, updated_at), so that checking the
version of kept bytes reads no article row.

On SQLite `updated_at` comes after `source_text` in the row, so for a long article it sits in an
overflow page: every read of an article's kept JSON (api/store/cache.py) followed the
article's chain of pages to find its version (25-32 us a random look-up at 100k articles, and
twice the pages to keep in memory: 9 us through the index). PostgreSQL keeps long texts apart
from the row; there the index does no harm and is not needed by the read.
"""

INDEX = "article_version"
ADD_INDEX = f'CREATE INDEX "{INDEX}" ON "article" ("id", "content_hash", "updated_at")'


def up(migrator, db):
    """Create the index of (id, content_hash, updated_at)."""
    db.execute_sql(ADD_INDEX)


def down(migrator, db):
    """Drop it."""
    db.execute_sql(f'DROP INDEX "{INDEX}"')
