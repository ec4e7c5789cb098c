"""What each representation of an article costs to build, relative to its JSON.

The goal (issue 17): building any representation (export text, schema.org JSON-LD, IPTC ninjs,
the HTML page) costs at most twice the JSON's. Builds run in process on a SQLite database holding
the six articles of examples/, exactly as a read that finds nothing cached builds them
(`representations.article_bytes`: ninjs, JSON-LD and HTML also read the article's quotes, one
query). The article is loaded once (loading is the same for every representation); each
representation is built `--repeat` times per round, the rounds take turns and each keeps its
fastest round (the machine's other work slows a round, never speeds one up).
Run: .venv/bin/python benchmarks/representations.py [--repeat 200] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _database(work: Path) -> str:
    url = f"sqlite:///{work / 'representations.db'}"
    env = {**os.environ, "DATABASE_URL": url}
    for command in (["db", "upgrade"], ["ingest", "examples"]):
        subprocess.run([sys.executable, "-m", "api", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)  # fmt: skip
    return url


def measure(url: str, repeat: int, rounds: int) -> dict[str, float]:
    """Microseconds per build of each representation, averaged over the six articles."""
    os.environ["DATABASE_URL"] = url
    from api import create_app
    from api.store import articles as store
    from api.web import representations

    app = create_app()
    best: dict[str, float] = {}
    with app.test_request_context("/"):
        app.preprocess_request()  # opens the request's database connection, as a GET would
        loaded = [store.get_article(i) for i in store.article_ids()]
        for _ in range(rounds):
            for name in representations.MIMETYPES:
                start = time.perf_counter()
                for _ in range(repeat):
                    for article in loaded:
                        representations.article_bytes(article, name)
                spent = (time.perf_counter() - start) / (repeat * len(loaded)) * 1e6
                best[name] = min(best.get(name, spent), spent)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        figures = measure(_database(Path(work)), args.repeat, args.rounds)
    json_us = figures["json"]
    print("| Representation | µs per build | × JSON |")
    print("|----------------|-------------:|-------:|")
    for name, spent in figures.items():
        print(f"| {name} | {spent:.0f} | {spent / json_us:.2f} |")


if __name__ == "__main__":
    main()
