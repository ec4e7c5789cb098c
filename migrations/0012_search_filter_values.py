"""PostgreSQL: each article's filter values (publisher, dates, whether it has images) in its row
of the search index, kept in step by triggers, so that a search with filters is answered from
article_fts alone.

Counting the matches of `q=museum` with `has_images=true&published_after=...` at 100k articles
hashed them against the article rows of the date range and probed `image` for each survivor;
with the values beside each vector, the matches' own rows answer (docs/benchmarks.md, issue
19). SQLite's article_filter_values (0008) plays this part there: nothing to do on SQLite.

The table is rebuilt rather than updated in place: an UPDATE of every row would leave a dead copy
of each (and, with the indexes there, index every vector again). The new table is filled, then
indexed, under the old one's names; the phrase index (0011) only where it was. Reverting drops the
columns and puts back 0003's trigger.
"""

from peewee import SqliteDatabase

# Not in a transaction as a whole: VACUUM, which makes the new table's pages all-visible (as
# the old one's were) for counts that read no row, cannot run in one. up() opens its own.
atomic = False

# migrations/0003_search.py's expression, spelt again: a migration never imports another.
VECTOR = "to_tsvector('simple', regexp_replace({}, '[^[:alnum:]]+', ' ', 'g'))"
PHRASE_INDEX = "article_fts_phrases"
HAS_IMAGES = "EXISTS (SELECT 1 FROM image WHERE image.article_id = {})"
REBUILD = (
    """CREATE TABLE article_fts_new (
        rowid BIGINT NOT NULL,
        search_vector TSVECTOR NOT NULL,
        publisher TEXT,
        published_at TIMESTAMP,
        created_at TIMESTAMP NOT NULL,
        has_images BOOLEAN NOT NULL DEFAULT false)""",
    f"""INSERT INTO article_fts_new
        SELECT f.rowid, f.search_vector, a.publisher, a.published_at, a.created_at,
               {HAS_IMAGES.format("a.id")}
        FROM article_fts AS f JOIN article AS a ON a.id = f.rowid ORDER BY f.rowid""",
    "DROP TABLE article_fts",
    "ALTER TABLE article_fts_new RENAME TO article_fts",
    "ALTER TABLE article_fts ADD PRIMARY KEY (rowid)",
    """ALTER TABLE article_fts ADD FOREIGN KEY (rowid) REFERENCES article (id)
        ON DELETE CASCADE""",
    "CREATE INDEX article_fts_search_vector ON article_fts USING GIN (search_vector)",
)
ADD_PHRASE_INDEX = (
    f"CREATE INDEX {PHRASE_INDEX} ON article_fts"
    " USING rum ((search_vector || ''::tsvector) rum_tsvector_ops)"
)
TRIGGERS = (
    # A new text is indexed with every value; the image flag is looked up, so that this
    # upsert also repairs it (api/commands/search_check.py refreshes through it).
    f"""CREATE OR REPLACE FUNCTION article_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO article_fts
            (rowid, search_vector, publisher, published_at, created_at, has_images)
        VALUES (NEW.id, {VECTOR.format("NEW.search_text")}, NEW.publisher,
                NEW.published_at, NEW.created_at, {HAS_IMAGES.format("NEW.id")})
        ON CONFLICT (rowid) DO UPDATE SET search_vector = EXCLUDED.search_vector,
            publisher = EXCLUDED.publisher, published_at = EXCLUDED.published_at,
            created_at = EXCLUDED.created_at, has_images = EXCLUDED.has_images;
        RETURN NULL;
    END $$""",
    # Metadata changed alone: the vector, and so its indexes, are left as they are.
    """CREATE FUNCTION article_fts_values() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE article_fts SET publisher = NEW.publisher, published_at = NEW.published_at,
            created_at = NEW.created_at
        WHERE rowid = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER article_fts_values AFTER UPDATE OF publisher, published_at, created_at
        ON article FOR EACH ROW
        WHEN (OLD.publisher IS DISTINCT FROM NEW.publisher
              OR OLD.published_at IS DISTINCT FROM NEW.published_at
              OR OLD.created_at IS DISTINCT FROM NEW.created_at)
        EXECUTE FUNCTION article_fts_values()""",
    # A row is written only when the flag flips: an article's first image, or its last gone.
    f"""CREATE FUNCTION article_fts_images() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'DELETE' THEN
            UPDATE article_fts SET has_images = true
            WHERE rowid = NEW.article_id AND NOT has_images;
        END IF;
        IF TG_OP <> 'INSERT' THEN
            UPDATE article_fts SET has_images = false
            WHERE rowid = OLD.article_id AND has_images
                AND NOT {HAS_IMAGES.format("OLD.article_id")};
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER article_fts_images AFTER INSERT OR DELETE OR UPDATE OF article_id
        ON image FOR EACH ROW EXECUTE FUNCTION article_fts_images()""",
)
DOWN = (
    "DROP TRIGGER article_fts_images ON image",
    "DROP FUNCTION article_fts_images()",
    "DROP TRIGGER article_fts_values ON article",
    "DROP FUNCTION article_fts_values()",
    f"""CREATE OR REPLACE FUNCTION article_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO article_fts (rowid, search_vector)
        VALUES (NEW.id, {VECTOR.format("NEW.search_text")})
        ON CONFLICT (rowid) DO UPDATE SET search_vector = EXCLUDED.search_vector;
        RETURN NULL;
    END $$""",
    """ALTER TABLE article_fts DROP COLUMN has_images, DROP COLUMN created_at,
        DROP COLUMN published_at, DROP COLUMN publisher""",
)


def up(migrator, db):
    """PostgreSQL: rebuild article_fts with the filter values, add the triggers that keep them."""
    if isinstance(db, SqliteDatabase):
        return
    with db.atomic():
        phrases = db.execute_sql("SELECT to_regclass(%s)", (PHRASE_INDEX,)).fetchone()[0]
        for statement in REBUILD:
            db.execute_sql(statement)
        if phrases is not None:
            db.execute_sql(ADD_PHRASE_INDEX)
        for statement in TRIGGERS:
            db.execute_sql(statement)
    _vacuum(db)


def down(migrator, db):
    """PostgreSQL: drop the triggers and the columns; 0003's trigger again."""
    if isinstance(db, SqliteDatabase):
        return
    with db.atomic():
        for statement in DOWN:
            db.execute_sql(statement)


def _vacuum(db) -> None:
    """VACUUM (ANALYZE) the new table; only ANALYZE inside a caller's transaction."""
    command = "ANALYZE" if db.in_transaction() else "VACUUM (ANALYZE)"
    db.execute_sql(f"{command} article_fts")
