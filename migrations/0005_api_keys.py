"""API keys: one row per key, holding its SHA-256 (never the key), scope and revocation."""

# A frozen copy of the model as it was when this migration was written: never import
# api.models here, or a later model change would silently rewrite history.
from peewee import (
    SQL,
    AutoField,
    CharField,
    Check,
    DateTimeField,
    Model,
    NodeList,
    SqliteDatabase,
    TextField,
)

TABLE = "api_key"


class MonotonicIdField(AutoField):
    """An id SQLite never reuses after a delete (AUTOINCREMENT); PostgreSQL's serial never does."""

    def ddl(self, ctx):
        nodes = super().ddl(ctx)
        if isinstance(self.model._meta.database, SqliteDatabase):
            return NodeList((nodes, SQL("AUTOINCREMENT")))
        return nodes


def up(migrator, db):
    """Create the api_key table, unique by key hash."""

    class ApiKey(Model):
        id = MonotonicIdField()
        name = TextField()
        prefix = CharField(max_length=16)
        key_hash = CharField(max_length=64, unique=True)
        scope = CharField(max_length=8, constraints=[Check("scope IN ('read', 'write')")])
        created_at = DateTimeField()
        revoked_at = DateTimeField(null=True)
        last_used_at = DateTimeField(null=True)

        class Meta:
            database = db
            legacy_table_names = False
            table_name = TABLE

    db.create_tables([ApiKey], safe=False)


def down(migrator, db):
    """Drop the api_key table: every key stops working."""
    migrator.migrate(migrator.drop_table(TABLE))
