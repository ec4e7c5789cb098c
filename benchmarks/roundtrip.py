"""Backup and restore through the command line: `export` and `import` articles/s, on both backends.

1. Loads N synthetic articles (benchmarks/synth.py: lines of {text, ...}) into a new SQLite
   database with `python -m api import` (each parsed and analysed: the text-import rate).
2. `export`s them (the export rate), then `import`s that export into a new, empty SQLite database
   (the restore rate: exported articles, under their ids) and checks that the copy exports the
   same articles (people aside, whose ids are derived again).
3. The same export into a new PostgreSQL database (a throwaway cluster: SQLite -> PostgreSQL),
   and PostgreSQL's own export of it.
Every step is one `python -m api` process, timed from start to exit (start-up included).
Also prints how much gzip shrinks the export (the factor for `Content-Encoding: gzip` uploads).
Run: .venv/bin/python benchmarks/roundtrip.py [--count 10000] [--seed 1] [--no-postgres]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bulk import corpus  # noqa: E402


def cli(database_url: str, *args: str) -> float:
    """Run `python -m api ARGS...` on the database; the seconds it took (fails loudly)."""
    env = {**os.environ, "DATABASE_URL": database_url}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "api", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"python -m api {' '.join(args)}: {result.stdout}{result.stderr}")
    return seconds


def same_articles(first: Path, second: Path) -> bool:
    """Whether two exports hold the same articles (ids, content, metadata, tags, dates)."""

    def articles(path: Path) -> list[dict]:
        lines = [json.loads(line) for line in path.read_bytes().splitlines()]
        for line in lines:
            line["people"] = [(p["name"], p["kind"], p["role"]) for p in line["people"]]
        return lines

    return articles(first) == articles(second)


def _progress(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message} ...", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="copydesk-roundtrip-"))
    n = args.count
    rows = []

    def row(what: str, seconds: float, note: str = "") -> None:
        rows.append((what, f"{seconds:.1f} s", f"{n / seconds:.0f}/s", note))
        _progress(f"{what}: {n / seconds:.0f}/s")

    with ExitStack() as stack:
        source = f"sqlite:///{work / 'source.db'}"
        cli(source, "db", "upgrade")
        texts = corpus(n, args.seed)
        _progress(f"importing {n:,} synthetic texts into SQLite")
        row("import of {text} lines into SQLite", cli(source, "import", str(texts)))
        exported = work / "source.ndjson"
        row("export from SQLite", cli(source, "export", "-o", str(exported)))

        copy = f"sqlite:///{work / 'copy.db'}"
        cli(copy, "db", "upgrade")
        row("import of the export into an empty SQLite", cli(copy, "import", str(exported)))
        copied = work / "copy.ndjson"
        cli(copy, "export", "-o", str(copied))
        rows[-1] = (*rows[-1][:3], f"same articles: {same_articles(exported, copied)}")
        row("import of it again (every line `existing`)", cli(copy, "import", str(exported)))

        if not args.no_postgres:
            from tests.pg_cluster import Cluster, find_bindir

            cluster = stack.enter_context(Cluster(find_bindir(), durable=True))
            target = cluster.url(cluster.create_database())
            cli(target, "db", "upgrade")
            _progress("SQLite -> PostgreSQL")
            row("import of the SQLite export into PostgreSQL", cli(target, "import", str(exported)))
            from_pg = work / "postgres.ndjson"
            row("export from PostgreSQL", cli(target, "export", "-o", str(from_pg)))
            rows[-1] = (*rows[-1][:3], f"same articles: {same_articles(exported, from_pg)}")

    raw = exported.read_bytes()
    packed = gzip.compress(raw, compresslevel=6)
    print(f"| Step ({n:,} articles, one process each) | Time | Articles/s | |")
    print("|---|---|---|---|")
    for what, seconds, rate, note in rows:
        print(f"| {what} | {seconds} | {rate} | {note} |")
    print(
        f"\nexport: {len(raw) / 2**20:.1f} MiB, gzip -6: {len(packed) / 2**20:.1f} MiB"
        f" ({len(raw) / len(packed):.1f}x smaller)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
