"""PostgreSQL with the RUM extension: an index of every word's positions, for phrases.

GIN stores which articles hold a word, not where: a phrase is checked against each candidate's
tsvector, decompressed. RUM stores the positions too and answers a phrase from the index alone,
but is slower than GIN for single words (docs/benchmarks.md, "Costs behind the code"), so GIN
stays and this index covers an expression that only phrase searches write
(api/store/search_index.py `PHRASE_VECTOR`): the planner can use it for nothing else.

Where the extension is not installed on the server (or the user may not create it) nothing is
done and phrases are checked as before. Reverting drops the index, and the extension when
nothing else uses it. SQLite's FTS5 index has positions already: nothing to do there.
"""

from peewee import SqliteDatabase

INDEX = "article_fts_phrases"
# Spelt as api/store/search_index.py PHRASE_VECTOR writes it: a copy equal to search_vector.
EXPRESSION = "(search_vector || ''::tsvector)"
ADD_INDEX = f"CREATE INDEX {INDEX} ON article_fts USING rum ({EXPRESSION} rum_tsvector_ops)"


def up(migrator, db):
    """Create the RUM extension (when the server has it) and the phrase index."""
    if isinstance(db, SqliteDatabase) or not _rum_available(db):
        return
    try:
        with db.atomic():  # a savepoint: without the privilege, carry on without the index
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS rum")
    except Exception:  # noqa: BLE001 - psycopg's InsufficientPrivilege, or a broken install
        return
    db.execute_sql(ADD_INDEX)


def down(migrator, db):
    """Drop the index, and the extension unless something else uses it."""
    if isinstance(db, SqliteDatabase):
        return
    db.execute_sql(f"DROP INDEX IF EXISTS {INDEX}")
    try:
        with db.atomic():
            db.execute_sql("DROP EXTENSION IF EXISTS rum RESTRICT")
    except Exception:  # noqa: BLE001 - another object depends on it: it stays
        pass


def _rum_available(db) -> bool:
    """Whether the server has the extension installed (created in this database or not)."""
    found = "SELECT 1 FROM pg_available_extensions WHERE name = 'rum'"
    return db.execute_sql(found).fetchone() is not None
