"""Tags on articles: one row per (article, tag), set through PATCH /articles/{id} or on create."""

# A frozen copy of the model as it was when this migration was written: never import
# api.models here, or a later model change would silently rewrite history.
from peewee import SQL, AutoField, CharField, ForeignKeyField, Model, NodeList, SqliteDatabase

TABLE = "article_tag"


class MonotonicIdField(AutoField):
    """An id SQLite never reuses after a delete (AUTOINCREMENT); PostgreSQL's serial never does."""

    def ddl(self, ctx):
        nodes = super().ddl(ctx)
        if isinstance(self.model._meta.database, SqliteDatabase):
            return NodeList((nodes, SQL("AUTOINCREMENT")))
        return nodes


def up(migrator, db):
    """Create the article_tag table: unique per (article, tag), indexed by tag for filters."""

    class Article(Model):
        # Only what the foreign key needs: the table itself belongs to 0001.
        id = MonotonicIdField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "article"

    class ArticleTag(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
        tag = CharField(max_length=64, index=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = TABLE
            indexes = ((("article", "tag"), True),)

    db.create_tables([ArticleTag], safe=False)


def down(migrator, db):
    """Drop the article_tag table (the tags go with it)."""
    migrator.migrate(migrator.drop_table(TABLE))
