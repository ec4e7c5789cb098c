"""The dataclasses that write their `__init__` out take every field, in the fields' order.

(Written out so that, compiled, making one runs no Python: docs/compiled.md. A field added to
the class and not to its `__init__` fails here, pure and compiled.)
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from api.parser.quote_clauses import Clause
from api.parser.quote_context import Paragraph
from api.parser.quote_entries import Entry, Resolved
from api.parser.quote_nearby import Attribution
from api.parser.quote_spans import Span
from api.parser.quotes import Quote, Speaker

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = [Paragraph, Clause, Span, Entry, Resolved, Attribution, Quote, Speaker]


def _value(annotation: str, k: int) -> object:
    """A made-up value of the field's declared type (compiled, a type is checked), distinct
    from every other field's where the type allows: a wrong order or a missing field shows."""
    if annotation.startswith(("int", "bool")):
        return k if annotation.startswith("int") else True
    if annotation.startswith(("str", "Literal", "Method", "SpeakerKind")):
        return f"value {k}"
    if annotation.startswith("tuple"):
        return (k,)
    return None  # (`Mention | None`: no name made up)


def _annotations(cls: type) -> dict[str, str]:
    """The fields' annotations as written in the source (a compiled class keeps none)."""
    tree = ast.parse((ROOT / (cls.__module__.replace(".", "/") + ".py")).read_text())
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
    return {
        n.target.id: ast.unparse(n.annotation)
        for n in body.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    }


def _values(cls: type) -> dict[str, object]:
    written = _annotations(cls)
    fields = dataclasses.fields(cls)
    return {f.name: _value(written[f.name], k) for k, f in enumerate(fields, 1)}


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda cls: cls.__name__)
def test_every_field_by_position_and_by_name(cls):
    values = _values(cls)
    for made in (cls(*values.values()), cls(**values)):
        assert {name: getattr(made, name) for name in values} == values
        assert made == dataclasses.replace(made)


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda cls: cls.__name__)
def test_the_defaults_are_the_fields(cls):
    fields = dataclasses.fields(cls)
    values = _values(cls)
    required = {f.name: values[f.name] for f in fields if f.default is dataclasses.MISSING}
    made = cls(**required)
    for f in fields:
        expected = required[f.name] if f.name in required else f.default
        assert getattr(made, f.name) == expected


@pytest.mark.parametrize("cls", [Quote, Speaker], ids=lambda cls: cls.__name__)
def test_the_output_stays_frozen_and_hashable(cls):
    """Quote and Speaker set their fields through `object.__setattr__`: still frozen, and equal
    objects hash alike."""
    values = _values(cls)
    made = cls(**values)
    name = next(iter(values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, name, values[name])
    assert hash(made) == hash(cls(*values.values()))
