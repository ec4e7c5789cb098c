"""CPU instructions per article of speed55's prototype: a paragraph tokenised once into arrays.

The prototype (`WordArrays`, `capital_runs`) is the first layer of the data model the mention
side would read instead of its text: every word of a masked paragraph as parallel arrays (start,
end, word, lower-case form, flags: capitalised, sentence-initial, after a comma or a quote),
and the runs of capitals read off those arrays by index. It is measured against what it would
replace, the capitals' scan (`capital_words`) and `runs_of_capitals`, over the masked texts
`find_mentions` reads (build_paragraphs' paragraphs of every parser_speed.py article).

Each figure is the difference between two runs under `valgrind --tool=callgrind`, one of a warm
pass and one of a warm pass and --passes passes, divided by the articles: start-up cancels out
whatever the machine's load. `--compiled` builds this file with mypyc into a scratch directory
first (the prototype's own compiled figure; the parser's side runs its build if one matches,
docs/compiled.md). See speed55's section of docs/benchmarks.md.

Run: .venv/bin/python benchmarks/word_arrays.py [--passes 2] [--compiled]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Final

# TOKEN's words (api/parser/quote_tokens.py) as a group: the split gives gaps and words in turn.
_WORD: Final = re.compile(r"([^\W\d_][\w'’.&-]*)")
CAPITAL: Final = 1
SENTENCE_START: Final = 2
AFTER_COMMA: Final = 4
AFTER_QUOTE: Final = 8
_SENTENCE_ENDS: Final = frozenset(".?!")
_QUOTE_MARKS: Final = frozenset("\"“”‘'")


class WordArrays:
    """A paragraph's words as parallel arrays, made by one split of its text."""

    __slots__ = ("text", "starts", "ends", "words", "lowers", "flags")

    def __init__(self, text: str) -> None:
        self.text = text
        pieces: list[str] = _WORD.split(text)
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        flags: list[int] = []
        gap = pieces[0]
        at = len(gap)
        for k in range(1, len(pieces), 2):
            word = pieces[k]
            end = at + len(word)
            flag = CAPITAL if word[0].isupper() else 0
            last = gap.rstrip()  # (the gap's last mark: spaces say nothing)
            if not last:
                flag |= 0 if starts else SENTENCE_START
            elif last[-1] in _SENTENCE_ENDS:
                flag |= SENTENCE_START
            elif last[-1] == ",":
                flag |= AFTER_COMMA
            elif last[-1] in _QUOTE_MARKS:
                flag |= AFTER_QUOTE
            starts.append(at)
            ends.append(end)
            words.append(word)
            flags.append(flag)
            gap = pieces[k + 1]
            at = end + len(gap)
        self.starts = starts
        self.ends = ends
        self.words = words
        self.lowers = [word.lower() for word in words]
        self.flags = flags


def capital_runs(arrays: WordArrays) -> list[tuple[int, int]]:
    """The runs of capitalised words joined by one character, as (first index, last + 1)."""
    runs: list[tuple[int, int]] = []
    flags, starts, ends = arrays.flags, arrays.starts, arrays.ends
    count = len(flags)
    k = 0
    while k < count:
        if flags[k] & CAPITAL:
            j = k + 1
            while j < count and flags[j] & CAPITAL and starts[j] - ends[j - 1] == 1:
                j += 1
            runs.append((k, j))
            k = j
        else:
            k += 1
    return runs


# The same arrays from speed50's class bytes (api/parser/quote_tokens.py's _CLASSES): a word is
# a letter's byte and the run of word bytes after it, found by one bytes split; only a text that
# is ASCII once its apostrophes and dashes are is read so (the others are left empty here: the
# measure undercounts them).
_CLASSES: Final = bytes(
    ord("C")
    if "A" <= chr(c) <= "Z"
    else ord("l")
    if "a" <= chr(c) <= "z"
    else ord("m")
    if chr(c) in "0123456789_'.&-"
    else ord(" ")
    for c in range(256)
)
_CLASSED_WORD: Final = re.compile(rb"([Cl][^ ]*)")
_CAP: Final = ord("C")
_AS_ASCII: Final = (("’", "'"), ("—", " "), ("–", " "))


class ClassedArrays:
    """WordArrays' arrays from the text's class bytes (ASCII texts only)."""

    __slots__ = ("text", "starts", "ends", "words", "lowers", "flags")

    def __init__(self, text: str) -> None:
        self.text = text
        plain = text
        for mark, same in _AS_ASCII:
            plain = plain.replace(mark, same)
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        flags: list[int] = []
        if plain.isascii():
            lowered = text.lower()
            pieces: list[bytes] = _CLASSED_WORD.split(plain.encode("ascii").translate(_CLASSES))
            at = len(pieces[0])
            for k in range(1, len(pieces), 2):
                piece = pieces[k]
                end = at + len(piece)
                flag = CAPITAL if piece[0] == _CAP else 0
                before = at - 1
                while before >= 0 and text[before] == " ":
                    before -= 1
                if before < 0:
                    flag |= SENTENCE_START
                else:
                    mark = text[before]
                    if mark in _SENTENCE_ENDS:
                        flag |= SENTENCE_START
                    elif mark == ",":
                        flag |= AFTER_COMMA
                    elif mark in _QUOTE_MARKS:
                        flag |= AFTER_QUOTE
                starts.append(at)
                ends.append(end)
                words.append(text[at:end])
                flags.append(flag)
                at = end + len(pieces[k + 1])
            self.lowers = [lowered[s:e] for s, e in zip(starts, ends, strict=True)]
        else:
            self.lowers = []
        self.starts = starts
        self.ends = ends
        self.words = words
        self.flags = flags


_HARNESS: Final = "\nWORK = "  # where the prototype ends in this file
WORK = """
import sys
sys.path.insert(0, {prototype!r})
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
import word_arrays
from parser_speed import annotated, exported
from api.parser import decode, parse
from api.parser.quote_context import build_paragraphs
from api.parser.quote_runs import runs_of_capitals
from api.parser.quote_tokens import Words, capital_words
everything = [parse(decode(data)).paragraphs for data in exported()] + annotated()
texts = [p.masked for a in everything for p in build_paragraphs(a).paragraphs]
def work():
    for text in texts:
        {body}
work()
for _ in range({passes}):
    work()
print(len(everything), word_arrays.__file__.endswith('.so'))
"""

TARGETS: Final = {
    "capital_words": "capital_words(text)",
    "runs_of_capitals": "runs_of_capitals(text, Words(text))",
    "WordArrays": "word_arrays.WordArrays(text)",
    "WordArrays + capital_runs": "word_arrays.capital_runs(word_arrays.WordArrays(text))",
    "ClassedArrays": "word_arrays.ClassedArrays(text)",
}


def compile_prototype(scratch: Path) -> None:
    """This file built by mypyc into `scratch` (the extension module word_arrays)."""
    source = scratch / "word_arrays.py"
    # (the prototype alone: the measuring code below it imports what mypy need not read)
    source.write_text(Path(__file__).read_text().split(_HARNESS, 1)[0])
    setup = "from setuptools import setup; from mypyc.build import mypycify; "
    setup += "setup(name='word_arrays', ext_modules=mypycify(['word_arrays.py']), "
    setup += "script_args=['build_ext', '--inplace'])"
    subprocess.run([sys.executable, "-c", setup], cwd=scratch, check=True, capture_output=True)
    source.unlink()  # (the extension module is imported, never the source)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--compiled", action="store_true", help="the prototype built by mypyc")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    from benchmarks import callgrind

    with tempfile.TemporaryDirectory() as scratch:
        if args.compiled:
            compile_prototype(Path(scratch))
        prototype = scratch if args.compiled else str(root / "benchmarks")
        for name, body in TARGETS.items():
            counts = []
            for passes in (0, args.passes):
                code = WORK.format(
                    prototype=prototype,
                    root=str(root),
                    bench=str(root / "benchmarks"),
                    body=body,
                    passes=passes,
                )
                count, printed = callgrind.collected(code)
                counts.append(count)
            articles = int(printed.split()[0])
            per = (counts[1] - counts[0]) / (args.passes * articles)
            print(f"{name}: {per:,.0f} instructions per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
