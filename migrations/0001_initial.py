"""Articles and their ordered parts: bullets, images and body blocks."""

# Frozen copies of the models as they were when this migration was written: never import
# api.models here, or a later model change would silently rewrite history.
from peewee import (
    SQL,
    AutoField,
    CharField,
    Check,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    SqliteDatabase,
    TextField,
)

TABLES = ("article", "bullet", "image", "body_block")


class MonotonicIdField(AutoField):
    """An id SQLite never reuses after a delete (AUTOINCREMENT); PostgreSQL's serial never does."""

    def ddl(self, ctx):
        nodes = super().ddl(ctx)
        if isinstance(self.model._meta.database, SqliteDatabase):
            return NodeList((nodes, SQL("AUTOINCREMENT")))
        return nodes


def up(migrator, db):
    """Create the four tables with their indexes and foreign keys."""

    class Article(Model):
        id = MonotonicIdField()
        headline = TextField()
        content_hash = CharField(max_length=64, unique=True)
        source_text = TextField()
        word_count = IntegerField()
        url = TextField(null=True)
        publisher = TextField(null=True, index=True)
        published_at = DateTimeField(null=True)
        created_at = DateTimeField(index=True)
        updated_at = DateTimeField()

        class Meta:
            database = db
            legacy_table_names = False  # index names from table names, as in api.models
            table_name = "article"

    class Bullet(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
        position = IntegerField()
        text = TextField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "bullet"
            indexes = ((("article", "position"), True),)

    class Image(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
        position = IntegerField()
        alt = TextField()
        caption = TextField()
        credit = TextField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "image"
            indexes = ((("article", "position"), True),)

    class BodyBlock(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
        position = IntegerField()
        type = CharField(
            max_length=16, constraints=[Check("type IN ('paragraph', 'subheading', 'image')")]
        )
        text = TextField(null=True)
        image = ForeignKeyField(Image, null=True, on_delete="CASCADE")

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "body_block"
            indexes = ((("article", "position"), True),)

    db.create_tables([Article, Bullet, Image, BodyBlock], safe=False)


def down(migrator, db):
    """Drop the four tables, children first."""
    for table in reversed(TABLES):
        migrator.migrate(migrator.drop_table(table))
