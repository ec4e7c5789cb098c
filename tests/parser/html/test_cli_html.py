"""`python -m api parse` with pages: format from the extension, several paths as NDJSON."""

from __future__ import annotations

import gzip
import json

import pytest

from api.commands.parse import format_of, run_parse
from tests.parser.html.pages import page, paragraphs


@pytest.mark.parametrize(
    ("path", "given", "expected"),
    [
        ("a.html", None, "html"),
        ("a.HTM.gz", None, "html"),
        ("a.xhtml", None, "html"),
        ("a.txt", None, "text"),
        ("a.txt.gz", None, "text"),
        ("a.txt", "html", "html"),
        ("a.html", "text", "text"),
    ],
)
def test_format_from_the_extension_unless_given(path, given, expected):
    assert format_of(path, given) == expected


def test_one_page_prints_one_json_document_with_the_page_fields(tmp_path, capsys):
    path = tmp_path / "ferry.html.gz"
    path.write_bytes(gzip.compress(page(paragraphs(3)).encode()))
    assert run_parse([str(path)]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["headline"] == "Ferry returns to the island"
    assert article["source"] == "html"
    assert {"quotes", "people", "url", "authors", "keywords"} <= article.keys()


def test_several_paths_print_one_line_each_in_order_errors_included(tmp_path, capsys):
    good = tmp_path / "a.html"
    good.write_text(page(paragraphs(3)), encoding="utf-8")
    empty = tmp_path / "b.htm"
    empty.write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    text = tmp_path / "c.txt"
    text.write_text("Ferry returns\n\nThe ferry sailed on Friday.\n", encoding="utf-8")
    missing = str(tmp_path / "d.html")
    assert run_parse([str(good), str(empty), str(text), missing]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 4
    assert lines[0]["source"] == "html"
    assert lines[1]["path"] == str(empty) and "no article text" in lines[1]["error"]
    assert lines[2]["headline"] == "Ferry returns" and "source" not in lines[2]
    assert lines[3]["path"] == missing and "cannot read" in lines[3]["error"]


def test_a_broken_gzip_file_is_an_error_line(tmp_path, capsys):
    bad = tmp_path / "x.html.gz"
    bad.write_bytes(b"not gzip at all")
    good = tmp_path / "y.html"
    good.write_text(page(paragraphs(3)), encoding="utf-8")
    assert run_parse([str(bad), str(good)]) == 1
    first, second = (json.loads(x) for x in capsys.readouterr().out.splitlines())
    assert first["path"] == str(bad) and second["headline"]
