"""Articles from web pages: where an article came from (`source`), the page's metadata, images'
`src`, list blocks, and the page itself kept compressed so that `reparse` can extract it again.

- article: `source` ('text' or 'html'), `modified_at`, `authors` (a JSON list of names: always
  read whole with the row and in the page's order, so a table of its own would only add a query
  per read), `language`, `description`, `section`; added last with ALTER TABLE, with defaults.
- image: `src`.
- body_block: `items` (a JSON list of strings, for lists) and "list" in its CHECK. SQLite cannot
  change a CHECK in place: the table is built again (nothing references body_block) and its rows
  copied. PostgreSQL swaps the constraint.
- article_page: one row per article from a web page, the page's bytes zlib-compressed with the
  URL and Content-Type it came with.

Reverting turns list blocks into paragraphs (their items joined by spaces), drops the pages and
the new columns.
"""

# Frozen copies of the models as they were when this migration was written: never import
# api.models here, or a later model change would silently rewrite history.
from peewee import (
    SQL,
    AutoField,
    BlobField,
    CharField,
    Check,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    SqliteDatabase,
    TextField,
)

ARTICLE_COLUMNS = (
    (
        "source",
        """"source" VARCHAR(8) NOT NULL DEFAULT 'text' CHECK (source IN ('text', 'html'))""",
    ),
    ("modified_at", '"modified_at" {datetime}'),
    ("authors", """"authors" TEXT NOT NULL DEFAULT '[]'"""),
    ("language", '"language" TEXT'),
    ("description", '"description" TEXT'),
    ("section", '"section" TEXT'),
)
OLD_TYPES = "('paragraph', 'subheading', 'image')"
NEW_TYPES = "('paragraph', 'subheading', 'image', 'list')"
BLOCK_INDEXES = ("body_block_article_id_position", "body_block_image_id")
PAGE_TABLE = "article_page"


class MonotonicIdField(AutoField):
    """An id SQLite never reuses after a delete (AUTOINCREMENT); PostgreSQL's serial never does."""

    def ddl(self, ctx):
        nodes = super().ddl(ctx)
        if isinstance(self.model._meta.database, SqliteDatabase):
            return NodeList((nodes, SQL("AUTOINCREMENT")))
        return nodes


def _models(db, types: str, with_items: bool):
    """The frozen article stub, image stub, body_block (CHECK of `types`) and article_page."""

    class Article(Model):
        id = MonotonicIdField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "article"

    class Image(Model):
        class Meta:
            database = db
            legacy_table_names = False
            table_name = "image"

    class BodyBlock(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
        position = IntegerField()
        type = CharField(max_length=16, constraints=[Check(f"type IN {types}")])
        text = TextField(null=True)
        image = ForeignKeyField(Image, null=True, on_delete="CASCADE")
        if with_items:
            items = TextField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "body_block"
            indexes = ((("article", "position"), True),)

    class ArticlePage(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", primary_key=True)
        url = TextField(null=True)
        content_type = TextField(null=True)
        body = BlobField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = PAGE_TABLE

    return BodyBlock, ArticlePage


def _rebuild_blocks(db, types: str, with_items: bool) -> None:
    """SQLite: body_block again with this CHECK (and `items` or not), its rows copied."""
    columns = "id, article_id, position, type, text, image_id" + (", items" if with_items else "")
    db.execute_sql('ALTER TABLE "body_block" RENAME TO "body_block_old"')
    for index in BLOCK_INDEXES:
        db.execute_sql(f'DROP INDEX "{index}"')
    block, _ = _models(db, types, with_items)
    db.create_tables([block], safe=False)
    db.execute_sql(f'INSERT INTO "body_block" ({columns}) SELECT {columns} FROM "body_block_old"')
    db.execute_sql('DROP TABLE "body_block_old"')


def up(migrator, db):
    """Add the page columns, images' src, list blocks and the table of kept pages."""
    sqlite = isinstance(db, SqliteDatabase)
    datetime = "DATETIME" if sqlite else "TIMESTAMP"
    for _, ddl in ARTICLE_COLUMNS:
        db.execute_sql(f'ALTER TABLE "article" ADD COLUMN {ddl.format(datetime=datetime)}')
    db.execute_sql('ALTER TABLE "image" ADD COLUMN "src" TEXT')
    db.execute_sql('ALTER TABLE "body_block" ADD COLUMN "items" TEXT')
    if sqlite:
        _rebuild_blocks(db, NEW_TYPES, with_items=True)
    else:
        db.execute_sql('ALTER TABLE "body_block" DROP CONSTRAINT "body_block_type_check"')
        db.execute_sql(
            f'ALTER TABLE "body_block" ADD CONSTRAINT "body_block_type_check"'
            f" CHECK (type IN {NEW_TYPES})"
        )
    _, page = _models(db, NEW_TYPES, with_items=True)
    db.create_tables([page], safe=False)


def down(migrator, db):
    """Drop the kept pages and the new columns; list blocks become paragraphs."""
    sqlite = isinstance(db, SqliteDatabase)
    db.execute_sql(f'DROP TABLE "{PAGE_TABLE}"')
    joined = (
        "(SELECT group_concat(value, ' ') FROM json_each(body_block.items))"
        if sqlite
        else "(SELECT string_agg(value, ' ') FROM json_array_elements_text(body_block.items::json))"
    )
    db.execute_sql(
        f"UPDATE \"body_block\" SET type = 'paragraph', text = COALESCE({joined}, '')"
        " WHERE type = 'list'"
    )
    if sqlite:
        _rebuild_blocks(db, OLD_TYPES, with_items=False)
    else:
        db.execute_sql('ALTER TABLE "body_block" DROP CONSTRAINT "body_block_type_check"')
        db.execute_sql(
            f'ALTER TABLE "body_block" ADD CONSTRAINT "body_block_type_check"'
            f" CHECK (type IN {OLD_TYPES})"
        )
        db.execute_sql('ALTER TABLE "body_block" DROP COLUMN "items"')
    db.execute_sql('ALTER TABLE "image" DROP COLUMN "src"')
    for name, _ in reversed(ARTICLE_COLUMNS):
        db.execute_sql(f'ALTER TABLE "article" DROP COLUMN "{name}"')
