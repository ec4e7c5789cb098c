"""Charsets: a byte-order mark, the header, the <meta>, else UTF-8 or a detected charset."""

from __future__ import annotations

import pytest

from api.parser import EncodingError
from api.parser.html.decode import decode_html, header_charset, meta_charset


def test_header_charset_wins_over_the_meta():
    data = "<meta charset='utf-8'><p>Café</p>".encode("cp1252")
    assert "Café" in decode_html(data, "text/html; charset=windows-1252")


def test_meta_charset_and_http_equiv():
    assert "Café" in decode_html("<meta charset='iso-8859-1'><p>Café".encode("latin-1"))
    equiv = "<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'><p>Дом"
    assert "Дом" in decode_html(equiv.encode("koi8-r"))


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_a_byte_order_mark_decides(codec):
    assert decode_html("<p>Café</p>".encode(codec), "text/html; charset=latin-1") == "<p>Café</p>"


def test_undeclared_utf8_and_a_detected_legacy_charset():
    assert decode_html("<p>Café</p>".encode()) == "<p>Café</p>"
    text = "<p>" + "Élève à l'école, déjà très érudit, préfère le thé glacé. " * 20 + "</p>"
    assert "préfère" in decode_html(text.encode("cp1252"))


def test_declared_charset_with_bad_bytes_names_the_offset():
    with pytest.raises(EncodingError, match="offset 5"):
        decode_html(b"<p>ab\xffcd</p>", "text/html; charset=utf-8")


def test_unknown_labels_are_ignored():
    assert header_charset("text/html; charset=no-such-thing") is None
    assert meta_charset(b"<meta charset='utf-16'>") == "utf-8"


@pytest.mark.parametrize("label", ["rot13", "base64", "zlib", "undefined", "unicode_escape"])
def test_labels_of_codecs_that_are_not_page_encodings_are_ignored(label):
    assert decode_html(b"<p>Caf\xc3\xa9</p>", f"text/html; charset={label}") == "<p>Café</p>"
