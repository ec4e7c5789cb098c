"""The planned load (api/schemas/compiled.py) gives marshmallow's load: the same dict for what it
takes, the same ValidationError messages for what it refuses."""

from __future__ import annotations

import pytest
from marshmallow import EXCLUDE, Schema, ValidationError, fields, post_load, validates

from api.schemas.article import ArticleCreateSchema
from api.schemas.bulk import PAGE_LINE_FIELDS, PageLineSchema
from api.schemas.compiled import planned_load

TEXT = "Harbour ferry returns\n\nThe ferry sails again from Monday, the council said."

# Lines as an import sends them: fine ones and every way a field or the object can be wrong.
CREATE_LINES = [
    {"text": TEXT},
    {"text": TEXT, "url": "https://news.example.org/a/1", "publisher": "The Valley Post"},
    {"text": TEXT, "url": None, "publisher": None, "published_at": None, "tags": None},
    {"text": TEXT, "published_at": "2024-03-02", "tags": ["local", "transport", "local"]},
    {"text": TEXT, "published_at": "2024-03-02T09:30:00+02:00", "url": "HTTP://Example.com/x"},
    {"text": ""},
    {"text": None},
    {"text": 12},
    {"text": b"bytes"},
    {"text": ["a"]},
    {"text": TEXT, "url": "ftp://example.com/file"},
    {"text": TEXT, "url": "https://example.com/a b"},
    {"text": TEXT, "url": "https://example.com/\x00"},
    {"text": TEXT, "url": "https://example.com/" + "a" * 2100},
    {"text": TEXT, "url": 5},
    {"text": TEXT, "publisher": ""},
    {"text": TEXT, "publisher": "Nul\x00Press"},
    {"text": TEXT, "published_at": "yesterday"},
    {"text": TEXT, "published_at": "0001-01-01T00:00:00+01:00"},
    {"text": TEXT, "published_at": "2024-01-01\x00"},
    {"text": TEXT, "tags": "local"},
    {"text": TEXT, "tags": [" padded"]},
    {"text": TEXT, "tags": ["x"] * 40},
    {"text": TEXT, "tags": [None]},
    {"text": TEXT, "colour": "blue"},
    {"text": TEXT, "url": "ftp://x", "colour": "blue", "tags": [""]},
    {"url": "https://example.com/"},
    {},
]
PAGE_LINES = [
    {"html": "<p>Rain on the moors</p>"},
    {"html": "<p>Rain</p>", "url": "https://weather.example.net/moors", "tags": ["weather"]},
    {"html": "", "tags": None},
    {"html": "<p>Rain</p>", "publisher": "The Moorland Gazette"},
    {"html": 3},
    {"tags": ["weather"]},
]


def _outcome(load, data):
    try:
        return "ok", load(data)
    except ValidationError as exc:
        return "error", exc.messages


@pytest.mark.parametrize(
    ("schema", "lines"),
    [
        (ArticleCreateSchema(), CREATE_LINES),
        (PageLineSchema(only=PAGE_LINE_FIELDS), PAGE_LINES),
    ],
)
def test_the_planned_load_answers_as_marshmallow(schema, lines):
    planned = planned_load(schema)
    assert planned is not schema.load  # these schemas are planned
    for data in [*lines, "not an object", ["a", "list"], None]:
        expected = _outcome(schema.load, data)
        got = _outcome(planned, data)
        assert got == expected, data
        if expected[0] == "ok":
            assert list(got[1]) == list(expected[1])  # keys in the same order too


def test_a_refused_line_raises_marshmallows_error_alone():
    planned = planned_load(ArticleCreateSchema())
    with pytest.raises(ValidationError) as caught:
        planned({"text": TEXT, "url": "ftp://example.com/"})
    assert caught.value.__context__ is None  # no first attempt trails behind it
    assert caught.value.messages == ArticleCreateSchema().validate(
        {"text": TEXT, "url": "ftp://example.com/"}
    )


class Hooked(Schema):
    name = fields.String()

    @validates("name")
    def _not_bob(self, value, **kwargs):
        if value == "bob":
            raise ValidationError("no")


class Lenient(Schema):
    class Meta:
        unknown = EXCLUDE

    name = fields.String()


class Defaulted(Schema):
    name = fields.String(load_default="anon")


class Renamed(Schema):
    name = fields.String(data_key="Name", attribute="title")
    count = fields.Integer()

    @post_load
    def _counted(self, data, **kwargs):
        data["seen"] = True
        return data


@pytest.mark.parametrize("schema", [Hooked(), Lenient(), Defaulted(), Renamed(many=True)])
def test_schemas_the_plan_cannot_follow_load_as_marshmallow(schema):
    assert planned_load(schema) == schema.load


def test_data_keys_attributes_and_post_load_as_marshmallow():
    schema = Renamed()
    planned = planned_load(schema)
    for data in [{"Name": "Ann", "count": 2}, {"Name": "Ann"}, {"name": "Ann"}, {"count": "x"}]:
        assert _outcome(planned, data) == _outcome(schema.load, data), data


class Checked(Schema):
    """Fields the shortcut reads (String, Url, a List of them) and ones it leaves to
    `deserialize` (a String subclass, a List of one, load functions of a field's own)."""

    code = fields.String(validate=lambda value: False)  # a return value is no refusal
    site = fields.Url(allow_none=True)
    mail = fields.Email()
    labels = fields.List(fields.String(validate=lambda value: value != "x"))
    mails = fields.List(fields.Email())
    upper = fields.String(post_load=str.upper)


def test_shortcut_fields_check_as_deserialize_does():
    schema = Checked()
    planned = planned_load(schema)
    lines = [
        {"code": "a", "site": "https://shop.example.com/", "labels": ["a", "b"], "upper": "q"},
        {"code": 1, "site": "not a url", "labels": ["a", None], "mails": ["a@example.com"]},
        {"site": None, "mail": "nobody", "labels": ("a",), "mails": ["bad"]},
        {"labels": "ab", "upper": 5},
        {"labels": [], "mails": []},
    ]
    for data in lines:
        assert _outcome(planned, data) == _outcome(schema.load, data), data
