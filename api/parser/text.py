"""Input hygiene: bytes to text, and raw text to clean lines the block rules can trust."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from api.parser.errors import EncodingError

BOM: Final = "\ufeff"
# C0 and C1 control characters except tab (\t) and newline (\n): exports sometimes carry NULs,
# form feeds or NEL from the systems they were copied out of, and none of them is article text.
CONTROL_CHARS: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# Scripts written without spaces between words (Chinese, and Japanese kana and kanji): a reader
# counts each character as a word, as word processors do. Korean is written with spaces.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_CHAR: Final = re.compile(f"[{_UNSPACED}]")
# A character of those scripts, or a run of others up to a space or a CJK punctuation mark.
_WORD: Final = re.compile(f"[{_UNSPACED}]|[^\\s{_UNSPACED}\u3000-\u303f\uff01-\uff0f]+")


def count_words(text: str) -> int:
    """Words a reader counts: 'Two words' -> 2; '東京の天気' -> 5, a character of a script
    written without spaces being one word."""
    if text.isascii() or _UNSPACED_CHAR.search(text) is None:
        return len(text.split())
    return len(_WORD.findall(text))


def decode(data: bytes) -> str:
    """Decode an export's bytes as UTF-8, with or without a BOM: b'\\xef\\xbb\\xbfHeadline'."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise EncodingError(
            f"the text is not valid UTF-8: byte 0x{bad} at offset {exc.start} cannot be decoded"
        ) from None


def normalise_newlines(text: str) -> str:
    """Turn Windows (CRLF) and old Mac (lone CR) line ends into LF: 'Headline\\r\\n\\r\\nBody'."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def remove_controls(text: str) -> str:
    """Drop control characters other than tab and newline: 'Body\\x00 text' -> 'Body text'."""
    return CONTROL_CHARS.sub("", text)


def blank_out_whitespace_lines(text: str) -> str:
    """Remove trailing spaces and tabs, and empty whitespace-only lines: 'Body.  \\n \\t\\n'."""
    # str.rstrip per line, not a '[ \t]+$' pattern: tried at every space of a long run of
    # spaces inside a line, the pattern is quadratic
    lines = (line.rstrip(" \t") for line in text.split("\n"))
    return "\n".join("" if line.isspace() else line for line in lines)


def clean(text: str) -> str:
    """Apply every hygiene rule in order: BOM, newlines, control characters, NFC, blank lines."""
    text = text.removeprefix(BOM)
    text = remove_controls(normalise_newlines(text))
    text = unicodedata.normalize("NFC", text)
    return blank_out_whitespace_lines(text)


def clean_lines(text: str) -> list[str]:
    """The cleaned text as lines without line ends: 'A\\r\\n\\r\\nB' -> ['A', '', 'B']."""
    return clean(text).split("\n")
