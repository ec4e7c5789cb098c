"""Articles/s of the parser on one core: structure (decode + parse) and quote analysis.

Over ../shared/corpus: the exported articles (`*.txt`, `dev/*.txt`) through structure and
quotes, and the body paragraphs of the hand-annotated articles (`quotes/*.json`) through quote
analysis. Each figure is the best of --rounds rounds of --seconds each, in this one process,
timed in CPU seconds of the process (one core), so that other work on a shared machine
inflates it less than wall time would.

Run: .venv/bin/python benchmarks/parser_speed.py [--rounds 3] [--seconds 2] [--profile]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.parser import decode, parse  # noqa: E402
from api.parser.quotes import analyse_quotes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def exported() -> list[bytes]:
    """The corpus reference articles and dev/ articles, as exported bytes."""
    paths = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt"))
    return [path.read_bytes() for path in paths]


def annotated() -> list[list[str]]:
    """The body paragraphs of the hand-annotated articles in quotes/."""
    paths = sorted((CORPUS / "quotes").glob("*.json"))
    return [json.loads(path.read_text())["paragraphs"] for path in paths]


def rate(work: Callable[[object], object], items: Sequence, rounds: int, seconds: float) -> float:
    """Items per second: the best of `rounds` rounds of at least `seconds` each."""
    best = 0.0
    for _ in range(rounds):
        count, start = 0, time.process_time()
        while time.process_time() - start < seconds:
            for item in items:
                work(item)
            count += len(items)
        best = max(best, count / (time.process_time() - start))
    return best


def main(argv: list[str] | None = None) -> int:
    """Print articles/s for structure, quotes over the exports, and quotes over quotes/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument(
        "--profile", nargs="?", const="tottime", help="cProfile quote analysis instead, sorted so"
    )
    args = parser.parse_args(argv)
    articles, annotations = exported(), annotated()
    if not articles:
        print(f"(no corpus at {CORPUS})")
        return 1
    bodies = [parse(decode(data)).paragraphs for data in articles]
    everything = bodies + annotations
    if args.profile:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.runcall(lambda: [analyse_quotes(p) for _ in range(20) for p in everything])
        pstats.Stats(profile).sort_stats(args.profile).print_stats(45)
        return 0
    structure = rate(lambda data: parse(decode(data)), articles, args.rounds, args.seconds)
    quotes = rate(analyse_quotes, bodies, args.rounds, args.seconds)
    annotated_rate = rate(analyse_quotes, annotations, args.rounds, args.seconds)
    both = rate(analyse_quotes, everything, args.rounds, args.seconds)
    print(f"structure (decode + parse), {len(articles)} exports: {structure:,.0f} articles/s")
    print(f"quote analysis, {len(bodies)} exports: {quotes:,.0f} articles/s")
    print(
        f"quote analysis, {len(annotations)} annotated (quotes/): {annotated_rate:,.0f} articles/s"
    )
    print(f"quote analysis, all {len(everything)}: {both:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
