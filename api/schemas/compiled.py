"""A marshmallow schema's load, planned once from the schema itself: the same result, less work.

`Schema.load` asks every field, for every request, what it is: its attribute, its data key, how
to deserialize it. An import line's plain str values need only the fields' validators. The plan
reads the schema's `load_fields` once; the schema stays the one description of the shape, and
nothing here names a field. (Its dump twin, `planned_dump`, built the cached article JSON until
import43: api/web/article_json.py builds it directly now.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from marshmallow import RAISE, Schema, ValidationError, fields, missing
from marshmallow.decorators import POST_LOAD, PRE_LOAD, VALIDATES, VALIDATES_SCHEMA

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
