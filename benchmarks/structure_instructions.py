"""CPU instructions per KB of the parser's structure passes and of the worst-case shapes.

Each figure is the difference between two runs under `valgrind --tool=callgrind` (the total it
reports as "Collected"), one that only warms the parser (every regular expression compiled, the
input built) and one that then parses the input --passes times, divided by the KB parsed:
start-up cancels out, whatever the machine's load. `exports` is parse() alone over the corpus's
exported articles (parser_speed.py's set); `normal` adds analyse_quotes, as parser_worst_case.py
times an article; every other target is a parser_worst_case.py shape at --kb KB, parse() and
analyse_quotes(), with its ratio to `normal`. COPYDESK_PARSER=pure runs the pure-Python parser,
otherwise the build runs where it matches (docs/compiled.md).

Run: .venv/bin/python benchmarks/structure_instructions.py [--kb 30] [--passes 1] [TARGET ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import callgrind  # noqa: E402

# The shapes that stress the structure passes (headings, credits, layout) most per KB.
STRUCTURE_SHAPES = [
    "listings",
    "item fields",
    "short lines",
    "glued credits",
    "labelled groups",
    "field boxes",
    "sign-offs",
]

WORK = """
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
import api.parser
from api.parser import decode, parse
from api.parser.quotes import analyse_quotes
from parser_speed import exported
from parser_worst_case import SHAPES
target, kb, passes = {target!r}, {kb}, {passes}
articles = exported()
if target in ("exports", "normal"):
    inputs = articles
else:
    inputs = [SHAPES[target](kb * 1000).encode()]
    articles = articles[:2] + [SHAPES[target](1000).encode()]
for data in articles:  # warm: regex compiles and caches are start-up, not parsing
    analyse_quotes(parse(decode(data)).paragraphs)
quotes = target != "exports"
for _ in range(passes):
    for data in inputs:
        document = parse(decode(data))
        if quotes:
            analyse_quotes(document.paragraphs)
print(sum(map(len, inputs)) / 1000, api.parser.compiled())
"""


def collected(target: str, kb: int, passes: int) -> tuple[int, float, bool]:
    """Instructions of one run, the KB of one pass, and whether it ran compiled."""
    code = WORK.format(
        root=str(ROOT), bench=str(ROOT / "benchmarks"), target=target, kb=kb, passes=passes
    )
    count, printed = callgrind.collected(code)
    size, compiled = printed.split()
    return count, float(size), compiled == "True"


def per_kb(target: str, kb: int, passes: int) -> tuple[float, bool]:
    """Instructions per KB of one target, and whether it ran compiled."""
    base, _, _ = collected(target, kb, 0)
    total, size, compiled = collected(target, kb, passes)
    return (total - base) / (passes * size), compiled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", default=["exports", "normal", *STRUCTURE_SHAPES])
    parser.add_argument("--kb", type=int, default=30, help="size of a shape's input")
    parser.add_argument("--passes", type=int, default=1)
    args = parser.parse_args()
    normal = None
    for target in args.targets:
        cost, compiled = per_kb(target, args.kb, args.passes)
        normal = cost if target == "normal" else normal
        ratio = f" ({cost / normal:.1f}x normal)" if normal and target != "normal" else ""
        build = "compiled" if compiled else "pure"
        print(f"{target}: {cost:,.0f} instructions per KB, {build}{ratio}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
