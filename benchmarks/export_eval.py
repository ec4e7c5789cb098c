"""The text-export parser on publishers it was not developed on: the 68 web pages, as exports.

    .venv/bin/python benchmarks/export_eval.py [--part dev|held|both] [--errors]

For each page of ../shared/corpus/html/ (split by benchmarks/html_split.py: develop on `dev`,
score `held` last), the truth comes from the publisher's markup, read with the project's HTML
extractor with its guessing switched off:
- subheadings: the text of <h2>-<h4> elements of the article body;
- captions and credits: pictures whose credit stands in an element of its own (marked credit,
  or a labelled line beside the caption); the text rules that split a caption are disabled, so
  a picture without such an element has no known split and is not scored;
- paragraphs: <p> and loose text blocks and list items.
Heads the extractor only guesses (bold-only or ALL-CAPS paragraphs, <h1>/<h5>/<h6> in the body)
and captions left in the text flow (a paragraph equal to a picture's alt) are written into the
export but scored neither as heads nor as paragraphs.

Each page is then written in the export layout (../shared/corpus/README.md: headline, blank line,
pictures as alt line + caption line with the credit glued on, bullets, blocks separated by blank
lines, list items as paragraphs) and parsed with api.parser.parse. Printed per part: subheading
micro-F1, exact caption/credit split, paragraph exact micro-F1, and how many pages have heads
and scored credits at all. --errors lists the misses (dev part only).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_split import corpus_parts  # noqa: E402

from api.parser import Document, ParseError, parse  # noqa: E402
from api.parser.html import blocks as html_blocks  # noqa: E402
from api.parser.html import images as html_images  # noqa: E402
from api.parser.html.article import parse_html  # noqa: E402
from api.parser.html.text import element_text  # noqa: E402
from api.parser.html.tree import parse_tree  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "html"
MARKUP_HEADS = ("h2", "h3", "h4")
GUESSED = "guessed"  # a block type of our own: a head the extractor guessed, scored as neither


@dataclass
class Truth:
    """One page's export text and what its markup says the parse should give."""

    export: str
    heads: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    guessed: set[str] = field(default_factory=set)
    credits: dict[int, tuple[str, str]] = field(default_factory=dict)  # image index -> split


def guessing_kind(original):
    """heading_kind that marks the extractor's guessed heads: '<p><b>Plan</b></p>' -> guessed.

    Every short bold-only paragraph is a guess, whichever way the extractor's rules read it
    ('bold' head, or a paragraph such as an 'About X' line): the markup says neither."""

    def kind(element, text):
        found = original(element, text)
        if found in ("subheading", "bold"):
            return GUESSED
        if len(text) <= html_blocks.MAX_HEAD_CHARS and html_blocks.is_bold_only(element, text):
            return GUESSED
        return "paragraph"

    return kind


@contextmanager
def markup_only():
    """The HTML extractor with its text rules off: no caption split, no metadata credit."""
    with (
        mock.patch.object(html_images, "split_credit", lambda alt, text: (text, None)),
        mock.patch.object(html_blocks, "metadata_credit", lambda credits, src: None),
        mock.patch.object(html_blocks, "heading_kind", guessing_kind(html_blocks.heading_kind)),
    ):
        yield


def export_lines(doc, image: int) -> list[str]:
    """A picture's two export lines: alt, then caption with the credit glued on."""
    picture = doc.images[image]
    return [picture.alt, picture.caption + (picture.credit or "")]


def truth(page: bytes) -> Truth | None:
    """The export text of a page and its markup truth; None when the page has no article."""
    with markup_only():
        try:
            doc = parse_html(page)
        except ParseError:
            return None
    tree = parse_tree(page.decode("utf-8"))
    markup = {element_text(h) for h in tree.iter(*MARKUP_HEADS)}
    # text repeating a picture's alt is its caption, left in the flow: neither head nor paragraph
    alts = {" ".join(img.get("alt", "").split()) for img in tree.iter("img")} - {""}
    shown = [k for k, im in enumerate(doc.images) if im.caption]  # an export has no empty line
    blocks = [[doc.headline]] + [export_lines(doc, k) for k in doc.lead_images if k in shown]
    if doc.bullets:
        blocks.append(["  • " + bullet for bullet in doc.bullets])
    found = Truth(export="")
    for block in doc.body:
        if block.type == "image":
            if block.image in shown:
                blocks.append(export_lines(doc, block.image))
        elif block.type == "list":
            blocks += [[item] for item in block.items]
            found.paragraphs += block.items
        elif block.type == "subheading" and block.text in markup:
            blocks.append([block.text])
            found.heads.append(block.text)
        elif block.type == "paragraph" and block.text not in alts:
            blocks.append([block.text])
            found.paragraphs.append(block.text)
        else:
            blocks.append([block.text])
            found.guessed.add(block.text)
    found.export = "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
    # the parse keeps every picture in order, so a shown picture's index is its place in `shown`
    for place, k in enumerate(shown):
        # a "credit" element inside the caption's text is the caption's own part, not separate
        if doc.images[k].credit and doc.images[k].credit not in doc.images[k].caption:
            found.credits[place] = (doc.images[k].caption, doc.images[k].credit)
    return found


def counts(got: list[str], want: list[str]) -> tuple[int, int, int]:
    """(found, returned, expected) of two multisets of strings."""
    shared = collections.Counter(got) & collections.Counter(want)
    return sum(shared.values()), len(got), len(want)


def micro_f1(found: int, returned: int, expected: int) -> float:
    """F1 from pooled counts; 1.0 when nothing was expected and nothing returned."""
    if not returned and not expected:
        return 1.0
    return 2 * found / (returned + expected)


def add_counts(tally: dict, result: dict) -> None:
    """Add one article's counts to the part's running totals, key by key."""
    for key, values in result.items():
        tally[key] = [a + b for a, b in zip(tally[key], values, strict=True)]


def figures(heads: list[int], paras: list[int], images: list[int]) -> str:
    """The three lines of a part's figures: heads, caption/credit splits, paragraphs."""
    exact, scored = images
    return (
        f"  subheadings micro-F1 {micro_f1(*heads):.3f}  (found/returned/expected {heads})\n"
        f"  caption/credit exact {exact / scored if scored else 1:.3f}  ({exact}/{scored})\n"
        f"  paragraphs exact F1  {micro_f1(*paras):.3f}  (found/returned/expected {paras})"
    )


def exact_splits(splits: list[tuple], errors: list[str]) -> int:
    """How many (got, wanted) caption/credit pairs agree; each one that does not is noted."""
    for have, want in splits:
        if have != want:
            errors.append(f"  credit: want {want!r}\n          got  {have!r}")
    return sum(have == want for have, want in splits)


def note_misses(
    errors: list[str],
    what: str,
    wrong: str,
    got: list[str],
    want: list[str],
    width: int | None = 100,
) -> None:
    """Note the texts returned as `what` but not expected, then those expected but not returned."""
    for text in collections.Counter(got) - collections.Counter(want):
        errors.append(f"  {what}, {wrong}: {text[:width]!r}")
    for text in collections.Counter(want) - collections.Counter(got):
        errors.append(f"  {what} missed: {text[:width]!r}")


def parse_noting(export: str, errors: list[str]) -> Document | None:
    """The export's Document, or None with the reason noted in `errors`."""
    try:
        return parse(export)
    except ParseError as exc:
        errors.append(f"  parse failed: {exc}")
        return None


def score_page(case: Truth, errors: list[str]) -> dict:
    """Counts for one page: heads, paragraphs (found, returned, expected) and credit splits."""
    doc = parse_noting(case.export, errors)
    body = doc.body if doc else ()
    heads = [b.text for b in body if b.type == "subheading" and b.text not in case.guessed]
    paras = [b.text for b in body if b.type == "paragraph" and b.text not in case.guessed]
    images = doc.images if doc else ()
    splits = [
        ((images[place].caption, images[place].credit) if place < len(images) else None, want)
        for place, want in case.credits.items()
    ]
    exact = exact_splits(splits, errors)
    note_misses(errors, "head", "not in markup", heads, case.heads, width=None)
    note_misses(errors, "paragraph", "not in markup", paras, case.paragraphs)
    return {
        "heads": counts(heads, case.heads),
        "paragraphs": counts(paras, case.paragraphs),
        "credits": (exact, len(case.credits)),
    }


def score_part(names: list[str], show_errors: bool) -> None:
    """Print one part's figures, and its misses when asked."""
    tally = {"heads": [0, 0, 0], "paragraphs": [0, 0, 0], "credits": [0, 0]}
    pages = {"articles": 0, "with heads": 0, "with credits": 0}
    for name in names:
        case = truth(gzip.decompress((CORPUS / f"{name}.html.gz").read_bytes()))
        if case is None:
            continue
        pages["articles"] += 1
        pages["with heads"] += bool(case.heads)
        pages["with credits"] += bool(case.credits)
        errors: list[str] = []
        result = score_page(case, errors)
        add_counts(tally, result)
        if show_errors and errors:
            print(f"{name}:\n" + "\n".join(errors))
    print(
        f"{len(names)} pages, {pages['articles']} articles, {pages['with heads']} with markup "
        f"heads, {pages['with credits']} with separate credits\n"
        + figures(tally["heads"], tally["paragraphs"], tally["credits"])
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "held", "both"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list the misses (dev part only)")
    args = parser.parse_args()
    dev, held = corpus_parts(CORPUS)
    for part in ["dev", "held"] if args.part == "both" else [args.part]:
        print(f"== {part} ==")
        score_part(dev if part == "dev" else held, args.errors and part == "dev")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
