"""Bytes to text for web pages: the charset from the header, a byte-order mark or the <meta>."""

from __future__ import annotations

import codecs
import re

from api.parser.errors import EncodingError

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
# The HTML standard looks for the <meta> in the first 1024 bytes; pages put it a little later.
PRESCAN_BYTES = 4096
NOT_PAGE_CODECS = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "mbcs", "oem"}
)
LATIN_CODE_PAGES = frozenset(
    {"cp1250", "cp1252", "cp1257", "latin_1", "mac_latin2", "mac_roman", "cp850"}
    | {f"iso8859_{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)}
)
# As the HTML standard says: pages labelled Latin-1 or ASCII are decoded as windows-1252.
ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252"}


def known_codec(label: str | bytes | None) -> str | None:
    """A Python codec name for a charset label, or None: b'ISO-8859-1' -> 'cp1252'."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = label.strip().lower()
    label = ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Only encodings of text: not base64/rot13/zlib, not Python's escapes or 'undefined'.
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_PAGE_CODECS:
        return None
    return info.name


def header_charset(content_type: str | None) -> str | None:
    """The charset of a Content-Type value: 'text/html; charset=ISO-8859-1' -> 'cp1252'."""
    found = CHARSET_PARAM.search((content_type or "").encode("latin-1", "ignore"))
    return known_codec(found.group(1)) if found else None


def bom_charset(data: bytes) -> tuple[str | None, int]:
    """The codec a byte-order mark names and the mark's length: b'\\xef\\xbb\\xbf<p>' -> utf-8."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None, 0


def meta_charset(data: bytes) -> str | None:
    """The charset a <meta> declares early in the page: b'<meta charset="utf-8">' -> 'utf-8'."""
    found = META_CHARSET.search(data[:PRESCAN_BYTES])
    codec = known_codec(found.group(1)) if found else None
    # A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (the standard's rule).
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def strict_decode(data: bytes, codec: str, said_by: str) -> str:
    """Decode or raise EncodingError with the offset of the first bad byte."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise EncodingError(
            f"the page is not valid {codec} ({said_by}): byte 0x{bad} at offset {exc.start}"
            " cannot be decoded"
        ) from None


def guessed_codec(data: bytes) -> str | None:
    """A maintained detector's best guess for undeclared bytes that are not UTF-8."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:65536])
    best = matches.best()
    if best is None:
        return None
    # Detection cannot tell Latin code pages apart on short text; browsers read undeclared
    # legacy pages as windows-1252, so a Latin guess means that one.
    if best.encoding.replace("-", "_") in LATIN_CODE_PAGES:
        return "cp1252"
    return known_codec(best.encoding)


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """A page's text: BOM first, then the header, then the <meta>, else UTF-8 or a detected one."""
    codec, skip = bom_charset(data)
    if codec:
        return strict_decode(data[skip:], codec, "byte-order mark")
    codec = header_charset(content_type)
    if codec:
        return strict_decode(data, codec, "charset of the header")
    codec = meta_charset(data)
    if codec:
        return strict_decode(data, codec, "charset of the page's <meta>")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        guess = guessed_codec(data)
        return strict_decode(data, guess or "utf-8", "no charset declared")
