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
from typing import Any, Final

from marshmallow import RAISE, Schema, ValidationError, fields, missing
from marshmallow.decorators import (
    POST_DUMP,
    POST_LOAD,
    PRE_DUMP,
    PRE_LOAD,
    VALIDATES,
    VALIDATES_SCHEMA,
)

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


# How a load step reads its value: by the field's `deserialize`, or, for a str (a list of str),
# by the field's validators alone (STR, STR_LIST: see _shortcut).
DESERIALIZE: Final = 0
STR: Final = 1
STR_LIST: Final = 2
# (data key, attribute, field, shortcut, the validators for a str, those for the list of str).
LoadStep = tuple[str, str, fields.Field, int, tuple, tuple]


def planned_load(schema: Schema) -> Callable[[Any], Any]:
    """A function giving what `schema.load(data)` gives, planned once: each field's key and
    attribute found once, and a str (a list of str) for a plain String field (a List of them)
    checked by the field's validators alone.

    Only a valid dict goes the short way: anything marshmallow would refuse (an unknown key, a
    missing required one, a value a field refuses) is loaded again by `schema.load`, so every
    error is marshmallow's own, word for word. Schemas the plan cannot follow exactly (many,
    pre-load or validator hooks, unknown keys not refused, nested or dotted fields, load
    defaults) are always loaded by `schema.load`.

    Example: planned_load(ArticleCreateSchema())({"text": "..."}) == {"text": "..."}.
    """
    steps = _load_steps(schema)
    if steps is None:
        return schema.load
    post_load = bool(schema._hooks[POST_LOAD])
    partial = schema.partial
    dict_class = schema.dict_class

    def planned(data: dict):
        """The load's result, or None when marshmallow must say what is wrong."""
        result = dict_class()
        found = 0
        for key, attr, field, shortcut, checks, list_checks in steps:
            value = data.get(key, missing)
            if value is missing:
                if field.required:
                    return None
                continue
            found += 1
            if shortcut == STR and type(value) is str:
                for check in checks:
                    check(value)
            elif shortcut == STR_LIST and type(value) is list and _all_str(value):
                for each in value:
                    for check in checks:
                        check(each)
                value = list(value)
                for check in list_checks:
                    check(value)
            else:
                value = field.deserialize(value, key, data)
            result[attr] = value
        if found != len(data):  # a key no field reads: marshmallow refuses it
            return None
        if post_load:
            result = schema._invoke_load_processors(
                POST_LOAD, result, many=False, original_data=data, partial=partial, unknown=RAISE
            )
        return result

    def load(data):
        if type(data) is dict:
            try:
                result = planned(data)
            except ValidationError:
                result = None  # refused: marshmallow's load refuses it alike, with all messages
            if result is not None:
                return result
        return schema.load(data)

    return load


def _load_steps(schema: Schema) -> list[LoadStep] | None:
    """The plan of `schema`'s load, or None when only marshmallow's load is exact."""
    hooks = schema._hooks
    if schema.many or schema.partial or schema.unknown != RAISE:
        return None
    if hooks[PRE_LOAD] or hooks[VALIDATES] or hooks[VALIDATES_SCHEMA]:
        return None
    steps: list[LoadStep] = []
    for attr_name, field in schema.load_fields.items():
        attr = field.attribute or attr_name
        if isinstance(field, fields.Nested) or "." in attr or field.load_default is not missing:
            return None
        key = field.data_key if field.data_key is not None else attr_name
        steps.append((key, attr, field, *_shortcut(field)))
    if len({step[0] for step in steps}) != len(steps):
        return None  # two fields on one key: counting found keys would not find unknown ones
    return steps


def _shortcut(field: fields.Field) -> tuple[int, tuple, tuple]:
    """How a field's str (list of str) can be checked without `deserialize`, and the validators
    to run: `deserialize` returns a str unchanged for String and Url (exactly those classes)
    when no load function of the field's own is set, then runs each validator (And: a raise is
    a refusal, a return value is ignored); a List of such a field copies the list, item by item.
    """
    if _plain_str(field):
        return STR, tuple(field.validators), ()
    if type(field) is fields.List and _loads_as_is(field) and _plain_str(field.inner):
        return STR_LIST, tuple(field.inner.validators), tuple(field.validators)
    return DESERIALIZE, (), ()


def _plain_str(field: fields.Field) -> bool:
    """Whether `field.deserialize` keeps any str as it is before its validators."""
    return type(field) in (fields.String, fields.Url) and _loads_as_is(field)


def _loads_as_is(field: fields.Field) -> bool:
    """Whether the field has no load functions of its own (`pre_load=`, `post_load=`)."""
    return not field.pre_load and not field.post_load


def _all_str(values: list) -> bool:
    """Whether every item is a str: `["a", "b"] -> True`, `["a", None] -> False`."""
    return all(type(value) is str for value in values)
