"""The article_representation table: each article's JSON and export text as last served.

A cache that api/web/representations.py fills on read and checks on every read; dropping it loses
nothing but speed.
"""

# A frozen copy of the model as it was when this migration was written: never import
# api.models here, or a later model change would silently rewrite history.
from peewee import BlobField, CharField, CompositeKey, ForeignKeyField, Model, TextField

TABLE = "article_representation"


def up(migrator, db):
    """Create the article_representation table, keyed by (article, representation)."""

    class Article(Model):
        class Meta:
            database = db
            table_name = "article"

    class ArticleRepresentation(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
        representation = CharField(max_length=8)
        version = TextField()
        body = BlobField()

        class Meta:
            database = db
            table_name = TABLE
            primary_key = CompositeKey("article", "representation")

    db.create_tables([ArticleRepresentation], safe=False)


def down(migrator, db):
    """Drop the article_representation table."""
    migrator.migrate(migrator.drop_table(TABLE))
