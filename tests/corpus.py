"""Access to the real articles in ../shared/corpus: skipped in a user's clone, required in CI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def corpus_dir() -> Path:
    """The corpus folder; skip the test when it is absent, fail instead when CI=true."""
    if CORPUS_DIR.is_dir():
        return CORPUS_DIR
    reason = f"real-article corpus not found at {CORPUS_DIR} (it ships only beside the repo)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason + "; CI=true requires it")
    pytest.skip(reason)


def corpus_names() -> list[str]:
    """Names (relative, without .txt) of every corpus article, for parametrize; [] when absent."""
    if not CORPUS_DIR.is_dir():
        return ["<corpus missing>"]
    return sorted(str(p.relative_to(CORPUS_DIR).with_suffix("")) for p in CORPUS_DIR.rglob("*.txt"))


def load_case(name: str) -> tuple[str, dict]:
    """The raw text and the expected parse of one corpus article."""
    base = corpus_dir() / name
    text = base.with_suffix(".txt").read_text(encoding="utf-8")
    expected = json.loads(base.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return text, expected
