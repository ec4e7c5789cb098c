"""People, the quotes they are given in articles, and their role in each article."""

# Frozen copies of the models as they were when this migration was written: never import
# api.models here, or a later model change would silently rewrite history.
from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    Check,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    SqliteDatabase,
    TextField,
)

TABLES = ("person", "quote", "article_person")


class MonotonicIdField(AutoField):
    """An id SQLite never reuses after a delete (AUTOINCREMENT); PostgreSQL's serial never does."""

    def ddl(self, ctx):
        nodes = super().ddl(ctx)
        if isinstance(self.model._meta.database, SqliteDatabase):
            return NodeList((nodes, SQL("AUTOINCREMENT")))
        return nodes


def up(migrator, db):
    """Create the three tables with their indexes and foreign keys."""

    class Article(Model):
        # Only what the foreign keys need: the table itself belongs to 0001.
        id = MonotonicIdField()

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "article"

    class Person(Model):
        id = MonotonicIdField()
        name = TextField()
        normalised_name = TextField(unique=True)
        kind = CharField(max_length=16, constraints=[Check("kind IN ('person', 'organisation')")])

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "person"

    class Quote(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
        position = IntegerField()
        paragraph = IntegerField()
        start = IntegerField()
        end = IntegerField()
        text = TextField()
        speaker = ForeignKeyField(Person, null=True, on_delete="SET NULL")
        method = CharField(
            max_length=16,
            null=True,
            constraints=[Check("method IN ('explicit', 'pronoun', 'surname', 'carried over')")],
        )
        continues = BooleanField(default=False)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "quote"
            indexes = ((("article", "position"), True),)

    class ArticlePerson(Model):
        article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
        person = ForeignKeyField(Person, on_delete="CASCADE")
        position = IntegerField()
        role = TextField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = "article_person"
            indexes = ((("article", "person"), True), (("article", "position"), True))

    db.create_tables([Person, Quote, ArticlePerson], safe=False)


def down(migrator, db):
    """Drop the three tables, children first."""
    for table in reversed(TABLES):
        migrator.migrate(migrator.drop_table(table))
