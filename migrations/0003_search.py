"""Full-text search over each article's search_text, kept in sync by the database; sort indexes.

Written by hand: schema diffs know neither FTS5 virtual tables nor triggers. The index is the
table `article_fts` on both backends (no model declares it): on SQLite an FTS5 external-content
table over article.search_text; on PostgreSQL a table of tsvectors with a GIN index. Triggers on
article keep it in step with every insert, update and delete, whoever writes.
"""

from peewee import SqliteDatabase, Table

# The column def is spelt as peewee spells the model's, so that SQLite's stored CREATE TABLE
# text after ALTER TABLE equals the one create_tables would write.
ADD_COLUMN = """ALTER TABLE "article" ADD COLUMN "search_text" TEXT NOT NULL DEFAULT ''"""
DROP_COLUMN = 'ALTER TABLE "article" DROP COLUMN "search_text"'
# Sorting walks these indexes, page after page (keyset pagination); a headline's first 200
# characters, because PostgreSQL refuses btree entries over ~2.7 KB.
ADD_INDEXES = (
    'CREATE INDEX "article_published_at" ON "article" ("published_at")',
    'CREATE INDEX "article_headline_key" ON "article" (substr("headline", 1, 200), "id")',
)
DROP_INDEXES = ('DROP INDEX "article_headline_key"', 'DROP INDEX "article_published_at"')

SQLITE_UP = (
    """CREATE VIRTUAL TABLE article_fts USING fts5(
        search_text, content='article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
        INSERT INTO article_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    # External content: FTS5 must be told the old text to remove it from the index.
    """CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
        INSERT INTO article_fts (article_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER article_fts_update AFTER UPDATE OF search_text ON article BEGIN
        INSERT INTO article_fts (article_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO article_fts (rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    "INSERT INTO article_fts (article_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER article_fts_update",
    "DROP TRIGGER article_fts_delete",
    "DROP TRIGGER article_fts_insert",
    "DROP TABLE article_fts",
)

# Every run of characters that are not letters or digits becomes a space before PostgreSQL's
# parser sees the text, so that it splits words as FTS5's unicode61 does (its own parser keeps
# `anand-ross`, `3.5` and, in the C locale, `mayor’s` whole). api/store/search_index.py applies the
# same pattern to queries.
POSTGRES_VECTOR = "to_tsvector('simple', regexp_replace({}, '[^[:alnum:]]+', ' ', 'g'))"
POSTGRES_UP = (
    """CREATE TABLE article_fts (
        rowid BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
        search_vector TSVECTOR NOT NULL)""",
    f"""INSERT INTO article_fts (rowid, search_vector)
        SELECT id, {POSTGRES_VECTOR.format("search_text")} FROM article""",
    "CREATE INDEX article_fts_search_vector ON article_fts USING GIN (search_vector)",
    f"""CREATE FUNCTION article_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO article_fts (rowid, search_vector)
        VALUES (NEW.id, {POSTGRES_VECTOR.format("NEW.search_text")})
        ON CONFLICT (rowid) DO UPDATE SET search_vector = EXCLUDED.search_vector;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER article_fts_sync AFTER INSERT OR UPDATE OF search_text ON article
        FOR EACH ROW EXECUTE FUNCTION article_fts_sync()""",
)
POSTGRES_DOWN = (
    "DROP TRIGGER article_fts_sync ON article",
    "DROP FUNCTION article_fts_sync()",
    "DROP TABLE article_fts",
)

BATCH = 500


def up(migrator, db):
    """Add article.search_text, fill it from each article's parts, and build the index."""
    for statement in ADD_INDEXES:
        db.execute_sql(statement)
    db.execute_sql(ADD_COLUMN)
    _backfill(db)  # before the triggers exist, so that the index is built once, at the end
    for statement in SQLITE_UP if isinstance(db, SqliteDatabase) else POSTGRES_UP:
        db.execute_sql(statement)


def down(migrator, db):
    """Drop the search index, its triggers, article.search_text and the sort indexes."""
    for statement in SQLITE_DOWN if isinstance(db, SqliteDatabase) else POSTGRES_DOWN:
        db.execute_sql(statement)
    db.execute_sql(DROP_COLUMN)
    for statement in DROP_INDEXES:
        db.execute_sql(statement)


def _backfill(db) -> None:
    """search_text for the articles already stored, as api/search/text.py builds it."""
    article = Table("article", ("id", "headline", "search_text")).bind(db)
    bullet = Table("bullet", ("article_id", "position", "text")).bind(db)
    block = Table("body_block", ("article_id", "position", "text")).bind(db)
    image = Table("image", ("article_id", "position", "caption", "credit")).bind(db)
    last = 0
    while True:
        rows = list(
            article.select(article.id, article.headline)
            .where(article.id > last)
            .order_by(article.id)
            .limit(BATCH)
            .tuples()
        )
        if not rows:
            return
        ids = [article_id for article_id, _ in rows]
        lines = {article_id: [headline] for article_id, headline in rows}
        for table, columns in ((bullet, ("text",)), (block, ("text",))):
            for article_id, text in _parts(table, columns, ids):
                if text:
                    lines[article_id].append(text)
        captions = {article_id: [] for article_id in ids}
        for article_id, caption, credit in _parts(image, ("caption", "credit"), ids):
            captions[article_id] += [caption, credit] if credit else [caption]
        for article_id in ids:
            text = "\n".join(lines[article_id] + captions[article_id])
            article.update(search_text=text).where(article.id == article_id).execute()
        last = ids[-1]


def _parts(table, columns, ids):
    """(article id, *columns) rows of one part table for these articles, in reading order."""
    query = (
        table.select(table.article_id, *(getattr(table, c) for c in columns))
        .where(table.article_id.in_(ids))
        .order_by(table.article_id, table.position)
    )
    return query.tuples()
