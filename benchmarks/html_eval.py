"""Copydesk's HTML extractor against trafilatura 2.3.1 on ../shared/corpus/html/, in one run.

    .venv/bin/python benchmarks/html_eval.py [--part dev|held|both|fresh|fresh2|...|fresh52]
        [--pages]

The pages are split once by a hash of their names (benchmarks/html_split.py): develop on `dev`,
score `held` only to check. `fresh` and `fresh2` to `fresh52` are made-up batches of unseen
templates in tests/fixtures/html_stress/fresh*/ (plain .html, every page fully annotated). For
each part and each extractor: body-text 4-gram shingle F1 (precision and recall averaged over
pages), the exact-string structure scores on the fully annotated pages (summary bullets among
them), and the whole-process wall time of one batch over the part's pages. Both extractors run
as one process each over the same files; the scoring functions are those of
../shared/tools/score_html.py. trafilatura comes from benchmarks/requirements.txt.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_split import corpus_parts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "html"
STRESS = ROOT / "tests" / "fixtures" / "html_stress"
# The made-up batches, each a folder of NAME.html beside NAME.expected.json.
BATCHES = (
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
    "fresh52",
)
SCORER = SHARED / "tools" / "score_html.py"

# One process for the whole batch: pages in, the parse's article shape out (NDJSON). Headings and
# list items come from trafilatura's Markdown, so that it is scored on the same fields.
TRAFILATURA = r"""
import gzip, json, sys
import trafilatura

def article(html):
    doc = trafilatura.bare_extraction(html, output_format="python", with_metadata=True,
                                      include_comments=False, include_tables=False)
    if doc is None:
        return {"error": "no extraction"}
    text = trafilatura.extract(html, output_format="markdown", include_comments=False,
                               include_tables=False) or ""
    body = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            body.append({"type": "subheading", "text": line.lstrip("#").strip()})
        elif line.startswith(("- ", "* ")):
            body.append({"type": "list", "items": [line[2:].strip()]})
        else:
            body.append({"type": "paragraph", "text": line})
    return {"headline": doc.title or "", "images": [], "body": body}

for path in sys.argv[1:]:
    try:
        raw = open(path, "rb").read()
        line = article((gzip.decompress(raw) if path.endswith(".gz") else raw).decode("utf-8"))
    except Exception as exc:
        line = {"path": path, "error": repr(exc)}
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
"""


def scorer():
    """The shared scorer module, loaded from ../shared/tools/score_html.py."""
    spec = importlib.util.spec_from_file_location("score_html", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_batch(command: list[str]) -> tuple[list, float]:
    """Run one extractor process; its documents and its wall time in seconds."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        print(f"note: {command[2]} exited {done.returncode}: {done.stderr[-300:]}", file=sys.stderr)
    return scorer().documents(done.stdout), seconds


def score(pages: list[str], docs: list, expected: dict) -> dict:
    """Body F1 over all pages; headline and structure F1s over the annotated ones."""
    s = scorer()
    ps, rs, failures = [], [], 0
    tally = collections.defaultdict(lambda: [0, 0, 0])
    headlines = []
    for i, name in enumerate(pages):
        doc = docs[i] if i < len(docs) else None
        exp = expected[name]
        article = doc if isinstance(doc, dict) and "error" not in doc else None
        failures += article is None
        p, r = (0.0, 0.0)
        if article is not None:
            p, r = s.precision_recall(exp["body_text"], "\n".join(s.body_parts(article)[0]))
        ps.append(p)
        rs.append(r)
        if "headline" not in exp:
            continue
        article = article or {}
        headlines.append(s.clean(article.get("headline")) == s.clean(exp["headline"]))
        images = [im for im in article.get("images") or [] if s.clean(im.get("caption"))]
        used, caps, credits = set(), 0, 0
        for im in exp["images"]:
            j = next(
                (
                    j
                    for j, g in enumerate(images)
                    if j not in used and s.clean(g.get("caption")) == s.clean(im["caption"])
                ),
                None,
            )
            if j is not None:
                used.add(j)
                caps += 1
                credits += s.clean(images[j].get("credit")) == s.clean(im["credit"])
        _, subs, paras = s.body_parts(article)
        bullets = [s.clean(x) for x in article.get("bullets") or []]
        counts = {
            "bullets": s.matched(bullets, [s.clean(x) for x in exp.get("bullets") or []]),
            "captions": (caps, len(images), len(exp["images"])),
            "credits": (credits, len(images), len(exp["images"])),
            "subheadings": s.matched(subs, [s.clean(s.text(x)) for x in exp["subheadings"]]),
            "paragraphs": s.matched(paras, [s.clean(x) for x in exp["paragraphs"]]),
        }
        for key, c in counts.items():
            tally[key] = [a + b for a, b in zip(tally[key], c, strict=True)]
    mp, mr = sum(ps) / len(ps), sum(rs) / len(rs)
    result = {"body_f1": s.f1(mp, mr), "precision": mp, "recall": mr, "failures": failures}
    result["headline"] = sum(headlines) / len(headlines) if headlines else None
    for key in ("bullets", "captions", "credits", "subheadings", "paragraphs"):
        result[key] = s.micro_f1(*tally[key]) if headlines else None
    result["per_page"] = {n: s.f1(p, r) for n, p, r in zip(pages, ps, rs, strict=True)}
    return result


def report(part: str, pages: list[str], results: dict, seconds: dict, verbose: bool) -> None:
    """Print one part's table: a row per extractor."""
    n = len(pages)
    print(f"\n== {part}: {n} pages ==")
    print(
        f"{'extractor':<12} {'body F1':>7} {'P':>6} {'R':>6} {'fail':>4} {'headl':>6} {'bullet':>6}"
        f" {'capt':>6}"
        f" {'credit':>6} {'subh':>6} {'paras':>6} {'batch s':>8} {'ms/page':>8}"
    )
    for name, r in results.items():
        cells = [
            f"{r[k]:6.3f}" if r[k] is not None else "     -"
            for k in ("headline", "bullets", "captions", "credits", "subheadings", "paragraphs")
        ]
        print(
            f"{name:<12} {r['body_f1']:7.3f} {r['precision']:6.3f} {r['recall']:6.3f}"
            f" {r['failures']:4d} {' '.join(cells)} {seconds[name]:8.2f}"
            f" {1000 * seconds[name] / n:8.1f}"
        )
    if verbose:
        for page in pages:
            row = "  ".join(f"{name} {r['per_page'][page]:.3f}" for name, r in results.items())
            print(f"  {page:<40} {row}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "held", "both", *BATCHES), default="dev")
    parser.add_argument("--pages", action="store_true", help="per-page body F1 (not held)")
    args = parser.parse_args()
    dev, held = corpus_parts(CORPUS)
    expected = {
        n: json.loads((CORPUS / f"{n}.expected.json").read_text("utf-8")) for n in dev + held
    }
    parts = {"dev": dev, "held": held}
    files = {"dev": CORPUS, "held": CORPUS}
    for batch in BATCHES:
        folder = STRESS / batch
        parts[batch] = sorted(p.name.removesuffix(".html") for p in folder.glob("*.html"))
        files[batch] = folder
        expected |= {
            n: json.loads((folder / f"{n}.expected.json").read_text("utf-8")) for n in parts[batch]
        }
    chosen = ["dev", "held"] if args.part == "both" else [args.part]
    python = sys.executable
    # Without the baseline installed its column would read as 44 failures, not as missing.
    comparable = importlib.util.find_spec("trafilatura") is not None
    if not comparable:
        print(
            "trafilatura is not installed, so it is left out: "
            ".venv/bin/pip install -r benchmarks/requirements.txt",
            file=sys.stderr,
        )
    for part in chosen:
        pages = parts[part]
        suffix = ".html" if part in BATCHES else ".html.gz"
        paths = [str(files[part] / f"{n}{suffix}") for n in pages]
        commands = {"copydesk": [python, "-m", "api", "parse", "--format", "html", *paths]}
        if comparable:
            commands["trafilatura"] = [python, "-c", TRAFILATURA, *paths]
        results, seconds = {}, {}
        for name, command in commands.items():
            docs, seconds[name] = run_batch(command)
            results[name] = score(pages, docs, expected)
        report(part, pages, results, seconds, args.pages and part != "held")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
