"""Scores quote extraction (span precision, recall, F1) and speaker accuracy; prints a table.

Sources: the corpus reference article, each dev/ article annotated with quotes, and the synthetic
fixtures in tests/fixtures/quotes. Run: .venv/bin/python benchmarks/quotes_eval.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.parser.quotes import analyse_quotes  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures" / "quotes"


@dataclass
class Score:
    """Counts for one source; ratios are computed when printed."""

    expected: int = 0
    found: int = 0
    matched: int = 0
    speakers_right: int = 0

    def add(self, other: Score) -> None:
        """Accumulate another source's counts (for totals)."""
        self.expected += other.expected
        self.found += other.found
        self.matched += other.matched
        self.speakers_right += other.speakers_right

    def row(self, name: str) -> str:
        """One line of the table."""
        precision = self.matched / self.found if self.found else 1.0
        recall = self.matched / self.expected if self.expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = self.speakers_right / self.matched if self.matched else 1.0
        return (
            f"{name:<40} {self.expected:>5} {self.found:>5} {precision:>7.3f} {recall:>7.3f}"
            f" {f1:>7.3f} {accuracy:>8.3f}"
        )


def _dev_key(text: str) -> str:
    """Dev annotations strip surrounding spaces and a trailing comma from quote text."""
    return text.strip().rstrip(",").strip()


def score(expected: list[tuple[str, str | None]], found: list[tuple[str, str | None]]) -> Score:
    """Match spans by key (each expected span at most once) and compare their speakers."""
    result = Score(expected=len(expected), found=len(found))
    pool = Counter(key for key, _ in found)
    speakers: dict[str, list[str | None]] = {}
    for key, speaker in found:
        speakers.setdefault(key, []).append(speaker)
    for key, speaker in expected:
        if pool[key] > 0:
            pool[key] -= 1
            result.matched += 1
            result.speakers_right += speakers[key].pop(0) == speaker
    return result


def reference_score(path: Path) -> Score:
    """The reference article: spans keyed by (paragraph, exact text)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    analysis = analyse_quotes(data["paragraphs"])
    expected = [(f"{q['paragraph']}|{q['text']}", q["speaker"]) for q in data["quotes"]]
    found = [(f"{q.paragraph}|{q.text}", q.speaker) for q in analysis.quotes]
    return score(expected, found)


def dev_score(path: Path) -> Score:
    """A dev article: spans keyed by normalised text (the annotations carry no paragraph)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    analysis = analyse_quotes(data["paragraphs"])
    expected = [(_dev_key(q["text"]), q["speaker"]) for q in data["quotes"]]
    found = [(_dev_key(q.text), q.speaker) for q in analysis.quotes]
    return score(expected, found)


def fixture_score(path: Path) -> Score:
    """A synthetic fixture: spans keyed by (paragraph, exact text)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    analysis = analyse_quotes(data["paragraphs"])
    expected = [(f"{q['paragraph']}|{q['text']}", q["speaker"]) for q in data["quotes"]]
    found = [(f"{q.paragraph}|{q.text}", q.speaker) for q in analysis.quotes]
    return score(expected, found)


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 0 (figures are for reading, not a gate)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    header = f"{'source':<40} {'exp':>5} {'found':>5} {'prec':>7} {'recall':>7} {'F1':>7}"
    header += f" {'speaker':>8}"
    print(header)
    print("-" * len(header))
    if args.corpus.is_dir():
        for path in sorted(args.corpus.glob("*.expected.json")):
            if "quotes" in json.loads(path.read_text(encoding="utf-8")):
                print(reference_score(path).row("reference " + path.name.split(".")[0]))
        dev_total = Score()
        for path in sorted((args.corpus / "dev").glob("*.expected.json")):
            if "quotes" in json.loads(path.read_text(encoding="utf-8")):
                result = dev_score(path)
                dev_total.add(result)
                print(result.row("dev/" + path.name.split(".")[0]))
        print(dev_total.row("dev total"))
    else:
        print(f"(corpus not found at {args.corpus}; reference and dev rows skipped)")
    fixtures = Score()
    paths = sorted(FIXTURES.glob("*.json"))
    for path in paths:
        fixtures.add(fixture_score(path))
    print(fixtures.row(f"fixtures total ({len(paths)} articles)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
