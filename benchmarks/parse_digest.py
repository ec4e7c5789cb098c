"""A digest of every parse the parser gives, to prove a speed-up changes no result.

    .venv/bin/python benchmarks/parse_digest.py OUT.json [--compare BASE.json]

Parses (structure and quote analysis) every export and page of ../shared/corpus, every fixture
in tests/fixtures, the synthetic articles of tests/synthetic.py and benchmarks/synth.py, 1,500
runs of paragraphs spliced at random from the annotated articles, and the adversarial shapes of
parser_worst_case.py at 1, 3 and 20 KB; writes one SHA-256 per input, keyed by its path relative
to the corpus or the project (so two checkouts compare directly). With --compare, prints the
inputs whose parse differs from BASE.json's and exits 1 if any but the shapes differ (with
--strict, if anything differs: `make test` compares the compiled parser with the pure one so).
Run it on the old revision, then on the new one with --compare.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.parser import NotAnArticleError, ParseError, decode, parse, parse_html  # noqa: E402
from api.parser.quotes import analyse_quotes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
SPLICED = 1500  # random paragraph runs: inputs no article has, from real paragraphs
SHAPE_SIZES_KB = (1, 3, 20)
Parse = Callable[[], object]


def _quotes(paragraphs: list[str]) -> dict:
    analysis = analyse_quotes(list(paragraphs))
    return {
        "quotes": [dataclasses.asdict(quote) for quote in analysis.quotes],
        "speakers": [dataclasses.asdict(speaker) for speaker in analysis.speakers],
    }


def _full(document) -> dict:
    return {
        "doc": document.to_dict(),
        "paragraphs": list(document.paragraphs),
        "q": _quotes(document.paragraphs),
    }


def _key(path: Path) -> str:
    for base, label in ((CORPUS, "corpus"), (ROOT, "project")):
        if path.is_relative_to(base):
            return f"{label}/{path.relative_to(base)}"
    return str(path)


def _files() -> Iterator[tuple[str, Parse, list[str] | None]]:
    """Each file's parse, and the paragraphs it offers to the spliced runs."""
    for path in sorted(CORPUS.rglob("*.txt")) + sorted(FIXTURES.rglob("*.txt")):
        yield _key(path), lambda path=path: _full(parse(decode(path.read_bytes()))), None
    for path in sorted(CORPUS.rglob("*.html.gz")):
        page = lambda path=path: _full(parse_html(gzip.decompress(path.read_bytes())))  # noqa: E731
        yield _key(path), page, None
    for path in sorted(CORPUS.rglob("*.json")) + sorted(FIXTURES.rglob("*.json")):
        try:
            data = json.loads(path.read_text())
        except (ValueError, UnicodeDecodeError):
            continue
        if not isinstance(data, dict):
            continue
        paragraphs = data.get("paragraphs")
        if isinstance(paragraphs, list) and all(isinstance(p, str) for p in paragraphs):
            yield _key(path), lambda p=paragraphs: _quotes(p), paragraphs
        if isinstance(data.get("body_text"), str):
            body = data["body_text"].encode()
            yield _key(path) + "#body_text", lambda body=body: _full(parse(decode(body))), None


def _spliced(pool: list[str]) -> Iterator[tuple[str, Parse]]:
    """Runs of 1-40 paragraphs, in order or picked at random, some cut at a random place."""
    rng = random.Random(15)
    for index in range(SPLICED if pool else 0):
        size, start = rng.randint(1, 40), rng.randrange(len(pool))
        if rng.random() < 0.5:
            run = pool[start : start + size]
        else:
            run = [rng.choice(pool) for _ in range(size)]
        if rng.random() < 0.3:
            run = [p[rng.randrange(len(p) + 1) :] if p and rng.random() < 0.5 else p for p in run]
        yield f"spliced/{index}", lambda run=run: _quotes(run)


def _generated() -> Iterator[tuple[str, Parse]]:
    from benchmarks import synth
    from benchmarks.parser_worst_case import SHAPES
    from tests import synthetic

    for index, text in enumerate(synthetic.articles(300)):
        yield f"synthetic/{index}", lambda text=text: _full(parse(decode(text.encode())))
    for index, record in enumerate(synth.generate(300, seed=7)):
        text = record.get("text") or record.get("body") or json.dumps(record)
        yield f"synth/{index}", lambda text=text: _full(parse(decode(text.encode())))
    for name, build in SHAPES.items():
        for kb in SHAPE_SIZES_KB:
            text = build(kb * 1024)
            yield f"shape/{name}/{kb}", lambda text=text: _full(parse(decode(text.encode())))


def _inputs() -> Iterator[tuple[str, Parse]]:
    pool: list[str] = []
    for key, run, paragraphs in _files():
        pool.extend(paragraphs or ())
        yield key, run
    yield from _generated()
    yield from _spliced(pool)


def _digest(run: Parse) -> str:
    try:
        result = run()
    except (ParseError, NotAnArticleError, ValueError) as error:
        result = {"error": f"{type(error).__name__}: {error}"}
    return hashlib.sha256(json.dumps(result, sort_keys=True, default=str).encode()).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="where to write the digests (JSON)")
    parser.add_argument("--compare", type=Path, help="digests of the revision to compare with")
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 on any difference, shapes and inputs too"
    )
    args = parser.parse_args()
    digests = {key: _digest(run) for key, run in _inputs()}
    args.out.write_text(json.dumps(digests, indent=0))
    print(f"{len(digests)} inputs digested into {args.out}")
    if not args.compare:
        return 0
    base = json.loads(args.compare.read_text())
    differ = [key for key in base if key in digests and digests[key] != base[key]]
    shapes = [key for key in differ if key.startswith("shape/")]
    others = [key for key in differ if not key.startswith("shape/")]
    only_one = sorted(set(base) ^ set(digests))
    print(f"differ: {len(others)} inputs {others[:20]}; shapes {shapes}")
    print(f"in one run only: {len(only_one)} {only_one[:10]}")
    if args.strict:
        return 1 if differ or only_one else 0
    return 1 if others else 0


if __name__ == "__main__":
    sys.exit(main())
