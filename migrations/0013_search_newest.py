"""PostgreSQL with the RUM extension: an index that hands a word's matches out newest first.

The first page of a search by relevance ranks its newest 1,000 matches. GIN says which rows
match, not their ids: to find the newest 1,000 of 17,000 matches of `council` at 100k articles,
every match's row was read for its id (3,383 of the table's 3,433 pages), then sorted. This
index stores each match's id beside it (`rum_tsvector_addon_ops`, the id attached), so that
`ORDER BY rowid <=| ... LIMIT 1000` reads the ids from the index and only the 1,000 rows the
page scores (docs/benchmarks.md, issue 19). It stores no positions: phrases keep 0011's index.

Where the server lacks the extension (or the user may not create it) nothing is done and the
newest matches are sorted as before, with the same answers. Reverting drops the index (0011
owns the extension). SQLite's FTS5 index yields matches by rowid already: nothing to do there.
"""

from peewee import SqliteDatabase

INDEX = "article_fts_newest"
# Partial, on a condition every row meets (ids are positive) and only the search that wants this
# index writes (api/store/search_index.py NEWEST_ONLY): without it the planner also took this
# index, rather than GIN, for other searches' counts.
ADD_INDEX = (
    f"CREATE INDEX {INDEX} ON article_fts"
    " USING rum (search_vector rum_tsvector_addon_ops, rowid)"
    " WITH (attach = 'rowid', to = 'search_vector', order_by_attach = true)"
    " WHERE rowid > 0"
)


def up(migrator, db):
    """Create the RUM extension (when the server has it) and the index."""
    if isinstance(db, SqliteDatabase) or not _rum_available(db):
        return
    try:
        with db.atomic():  # a savepoint: without the privilege, carry on without the index
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS rum")
    except Exception:  # noqa: BLE001 - psycopg's InsufficientPrivilege, or a broken install
        return
    db.execute_sql(ADD_INDEX)


def down(migrator, db):
    """Drop the index."""
    if not isinstance(db, SqliteDatabase):
        db.execute_sql(f"DROP INDEX IF EXISTS {INDEX}")


def _rum_available(db) -> bool:
    """Whether the server has the extension installed (created in this database or not)."""
    found = "SELECT 1 FROM pg_available_extensions WHERE name = 'rum'"
    return db.execute_sql(found).fetchone() is not None
