"""A marshmallow schema's dump, planned once from the schema itself: the same dict, less work.

`Schema.dump` asks every field, for every object, what it is: its attribute, its data key, how to
fetch the value (`Field.serialize` -> `get_value` -> the schema's accessor), then its
`_serialize`. An article's JSON has hundreds of values (paragraphs, images, people), so that
bookkeeping cost about as much as the rest of an API write's cached JSON (docs/benchmarks.md,
"Import: the cached JSON planned from its schema"). The plan reads the schema's `dump_fields`
once and keeps, for each field, its key and a converter; the schema stays the one description of
the shape, and nothing here names a field.

Exactness: only field classes whose `_serialize` is known (String, Integer, List and Nested,
exactly those classes, not subclasses) get a shortcut, and only for values of the type that
`_serialize` would return unchanged (a str, an int); any other value, any other field, and any
value the accessor does not find go through marshmallow's own `Field.serialize`. Schemas keep
their hooks (run as `Schema.dump` runs them) and their accessor (`get_attribute`).
`tests/web/test_planned_dump.py` checks the bytes equal marshmallow's on synthetic, corpus and
web-page articles and on made-up schemas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marshmallow import Schema, fields, missing
from marshmallow.decorators import POST_DUMP, PRE_DUMP

Convert = Callable[[Any, str, Any], Any]  # (value, attr, obj) -> the dumped value


def planned_dump(schema: Schema) -> Callable[[Any], Any]:
    """A function giving what `schema.dump(obj)` gives, for one object (the schema's `many`)."""
    fill = _planned_fields(schema)
    hooked = bool(schema._hooks[PRE_DUMP] or schema._hooks[POST_DUMP])
    many = schema.many

    def serialize(obj):
        if many and obj is not None:
            return [fill(item) for item in obj]
        return fill(obj)

    if not hooked:
        return serialize

    def dump(obj):
        # As Schema.dump: the hooks are marshmallow's business, run by marshmallow.
        data = obj
        if schema._hooks[PRE_DUMP]:
            data = schema._invoke_dump_processors(PRE_DUMP, obj, many=many, original_data=obj)
        result = serialize(data)
        if schema._hooks[POST_DUMP]:
            result = schema._invoke_dump_processors(POST_DUMP, result, many=many, original_data=obj)
        return result

    return dump


def _planned_fields(schema: Schema) -> Callable[[Any], dict]:
    """Schema._serialize for one object, with each field's key, attribute and converter found
    once."""
    get = schema.get_attribute
    plain_dicts = type(schema).get_attribute is Schema.get_attribute
    plan = [
        (
            attr_name,
            _check_key(attr_name, field),
            field.data_key if field.data_key is not None else attr_name,
            field,
            _converter(field),
            field.dump_default is missing,
        )
        for attr_name, field in schema.dump_fields.items()
    ]
    dict_class = schema.dict_class

    def fill(obj) -> dict:
        result = dict_class()
        by_key = plain_dicts and type(obj) is dict
        for attr_name, check_key, key, field, convert, no_default in plan:
            if check_key is None:  # no value of its own to fetch: marshmallow's serialize
                value = field.serialize(attr_name, obj, accessor=get)
                if value is not missing:
                    result[key] = value
                continue
            # utils.get_value reads a dict by key first: the same value, without the calls.
            value = obj.get(check_key, missing) if by_key else missing
            if value is missing:
                value = get(obj, check_key, missing)
            if value is missing:  # the field's default, or nothing: marshmallow decides
                if no_default:
                    # Field.serialize would look again, find nothing, and, with no default,
                    # leave the key out: a block's dict lacks all but its kind's keys.
                    continue
                value = field.serialize(attr_name, obj, accessor=get)
                if value is missing:
                    continue
            else:
                value = convert(value, attr_name, obj)
            result[key] = value
        return result

    return fill


def _check_key(attr_name: str, field: fields.Field) -> str | None:
    """Where the field's value is found; None when marshmallow must find it (a field that reads
    no attribute, like Constant, or a dotted path through objects)."""
    check_key = field.attribute if field.attribute is not None else attr_name
    if not field._CHECK_ATTRIBUTE or "." in check_key:
        return None
    return check_key


def _converter(field: fields.Field) -> Convert:
    """The field's `_serialize`, with a shortcut for the values it returns unchanged."""
    kind = type(field)
    slow = field._serialize
    if kind is fields.String:
        return lambda value, attr, obj: value if type(value) is str else slow(value, attr, obj)
    if kind is fields.Integer and not field.as_string:
        return lambda value, attr, obj: value if type(value) is int else slow(value, attr, obj)
    if kind is fields.List:
        return _list_converter(field)
    if kind is fields.Nested:
        return _nested_converter(field)
    return slow


def _list_converter(field: fields.List) -> Convert:
    inner = _converter(field.inner)

    def convert(value, attr, obj):
        if value is None:
            return None
        return [inner(each, attr, obj) for each in value]

    return convert


def _nested_converter(field: fields.Nested) -> Convert:
    schema = field.schema  # the bound instance Nested dumps with (its only/exclude applied)
    many = schema.many or field.many
    hooked = bool(schema._hooks[PRE_DUMP] or schema._hooks[POST_DUMP])
    if schema.many or (many and hooked):
        # Hooks over a list run with many=True, once per list or per item as they ask: only
        # marshmallow's dump(many=True) runs them so.
        return field._serialize
    one = planned_dump(schema)

    if not many:
        return lambda value, attr, obj: None if value is None else one(value)

    def convert(value, attr, obj):
        if value is None:
            return None
        return [one(item) for item in value]

    return convert
