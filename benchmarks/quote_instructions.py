"""CPU instructions per quote analysis, pure Python and compiled, whatever the machine's load.

Each figure is the difference between two runs under `valgrind --tool=callgrind` (the total it
reports as "Collected"), one of 0 and one of --passes passes of analyse_quotes over every corpus
article (parser_speed.py's "all" set), divided by the analyses: start-up cancels out. The pure
run sets COPYDESK_PARSER=pure; the compiled one needs `make compiled` (docs/compiled.md).

Run: .venv/bin/python benchmarks/quote_instructions.py [--passes 2]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import callgrind  # noqa: E402

WORK = """
import sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
import api.parser
from parser_speed import annotated, exported
from api.parser import decode, parse
from api.parser.quotes import analyse_quotes
everything = [parse(decode(data)).paragraphs for data in exported()] + annotated()
for paragraphs in everything:  # warm: regex compiles and caches are start-up, not analysis
    analyse_quotes(paragraphs)
for _ in range({passes}):
    for paragraphs in everything:
        analyse_quotes(paragraphs)
print(len(everything), api.parser.compiled())
"""


def collected(passes: int, pure: bool) -> tuple[int, int, bool]:
    """Instructions of one run, its article count, and whether it ran compiled."""
    code = WORK.format(root=str(ROOT), bench=str(ROOT / "benchmarks"), passes=passes)
    count, printed = callgrind.collected(code, COPYDESK_PARSER="pure" if pure else "")
    articles, compiled = printed.split()
    return count, int(articles), compiled == "True"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    for pure in (True, False):
        base, _, _ = collected(0, pure)
        total, articles, compiled = collected(args.passes, pure)
        per = (total - base) / (args.passes * articles)
        build = "compiled" if compiled else "pure Python"
        print(f"{build}: {per:,.0f} instructions per quote analysis ({articles} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
