"""The fixed development / held-back split of ../shared/corpus/html/ (a hash of each page's name).

Held-back pages are never opened while developing; `html_eval.py --part held` scores them last.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

# Of the 8 fully annotated pages, the 3 with the lowest hash are held back; of the body-only
# pages, the 35 % with the lowest hash (21 of 60) are.
HELD_SHARE = 0.35
HELD_ANNOTATED = 3


def name_hash(name: str) -> float:
    """A stable number in [0, 1) for a page name: name_hash('site_0a1b2c3d') -> 0.41..."""
    digest = hashlib.sha256(f"copydesk-html16:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split(names: list[str], annotated: set[str]) -> tuple[list[str], list[str]]:
    """(development, held back), each sorted: the lowest hashes of each kind held."""
    ranked = sorted(annotated, key=name_hash)
    held = set(ranked[:HELD_ANNOTATED])
    plain = sorted((n for n in names if n not in annotated), key=name_hash)
    held |= set(plain[: round(HELD_SHARE * len(plain))])
    return sorted(n for n in names if n not in held), sorted(n for n in names if n in held)


def corpus_parts(corpus: Path) -> tuple[list[str], list[str]]:
    """(development, held back) page names of an html/ corpus folder, split as `split` does."""
    names = sorted(p.name.removesuffix(".html.gz") for p in corpus.glob("*.html.gz"))
    annotated = {
        n for n in names if "headline" in json.loads((corpus / f"{n}.expected.json").read_text())
    }
    return split(names, annotated)
