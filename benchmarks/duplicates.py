"""What a duplicate POST /articles costs beside a new article: typical and ~2 MB articles.

In process (the Flask test client, no HTTP), on a new migrated SQLite database: each new article
is posted once (201), then the same text again (200, the stored article): median milliseconds
of each, and their ratio. A duplicate is found by its content hash right after the parse,
before the quote analysis that is nearly all of a new article's cost (api/store/articles.py).
Run: .venv/bin/python benchmarks/duplicates.py [--articles 40] [--big 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playhouse.migrations import Runner  # noqa: E402

from api import create_app  # noqa: E402
from api.config import Settings  # noqa: E402
from api.store import keys as keys_store  # noqa: E402
from api.store.db import database, open_database  # noqa: E402
from benchmarks.synth import generate  # noqa: E402

BIG_BYTES = 2_000_000  # just under MAX_BODY_BYTES (2 MiB)


def big_article(seed: int) -> str:
    """One headline and the paragraphs of many synthetic articles: about BIG_BYTES of text."""
    paragraphs, size = [], 0
    for record in generate(2000, seed):
        for block in record["text"].split("\n\n")[1:]:
            if block.endswith(".") and "\n" not in block:
                paragraphs.append(block)
                size += len(block.encode()) + 2
        if size >= BIG_BYTES:
            break
    text = f"A very long report, part {seed}\n\n" + "\n\n".join(paragraphs)
    return text.encode()[:BIG_BYTES].decode(errors="ignore").rsplit("\n\n", 1)[0] + "\n"


def timed(client, text: str, expected: int) -> float:
    started = time.perf_counter()
    response = client.post("/articles", data=text.encode(), content_type="text/plain")
    seconds = time.perf_counter() - started
    assert response.status_code == expected, response.get_data(as_text=True)[:500]
    return seconds * 1000


def measure(client, texts: list[str]) -> tuple[float, float]:
    """Median ms of posting each text new, then again."""
    new = [timed(client, text, 201) for text in texts]
    again = [timed(client, text, 200) for text in texts]
    return statistics.median(new), statistics.median(again)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40, help="typical articles")
    parser.add_argument("--big", type=int, default=3, help="~2 MB articles")
    args = parser.parse_args(argv)
    url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='copydesk-dup-')) / 'dup.db'}"
    db = open_database(url)
    Runner(db, Settings().migrations_dir).up()
    db.close()
    app = create_app(Settings(database_url=url, ratelimit_enabled=False))
    with app.app_context(), database.connection_context():
        key = keys_store.create_key("benchmark", "write")[1]
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    typical = [record["text"] for record in generate(args.articles, 7)]
    big = [big_article(seed) for seed in range(1, args.big + 1)]
    print("| POST /articles (SQLite, in process) | New (201) | Duplicate (200) | Duplicate/new |")
    print("|---|---|---|---|")
    for label, texts in (("typical synthetic article", typical), ("~2 MB article", big)):
        size = statistics.median(len(t.encode()) for t in texts)
        new, again = measure(client, texts)
        print(
            f"| {label} ({size / 1000:,.0f} kB, median of {len(texts)}) | {new:,.1f} ms"
            f" | {again:,.1f} ms | {again / new:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
