"""marshmallow schemas: the JSON the API reads and writes, built from plain data."""
