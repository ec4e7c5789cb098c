"""What one article imported through POST /articles/import costs in process: CPU instructions,
split into the parse (parse + quote analysis) and everything else (decoding, validation, the
store's writes, the cached JSON, the answer).

The app is made as read_instructions.py makes it (JSON logs at INFO to /dev/null) over a new
SQLite database in a temporary directory, each run its own. Articles are benchmarks/synth.py's,
sent as NDJSON bodies of `--batch` lines through the WSGI app, after one body of warm-up
articles.

- `--callgrind` (the default): instructions per article under `valgrind --tool=callgrind`, the
  difference of a run importing 0 and one importing `--articles` articles (start-up and warm-up
  cancel out); the same for parse + analyse alone on the same texts. The same count whatever the
  machine's load.
- `--profile`: cProfile of the import, the top functions by own and by cumulative time.
- `--cpu`: CPU seconds per article of the import and of the parse alone, best of 3 (moves with
  the load).

Run: .venv/bin/python benchmarks/import_instructions.py [--callgrind | --profile | --cpu]
     [--articles 100] [--batch 100]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import os
import pstats
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import generate  # noqa: E402

WARM_UP = 20
SEED = 15
TOTAL = re.compile(r"^(?:summary|totals):\s+(\d+)", re.M)


def bodies(articles: int, batch: int) -> tuple[bytes, list[bytes]]:
    """The warm-up body and the measured ones: NDJSON of synthetic articles, none alike."""
    lines = [json.dumps(item).encode() for item in generate(WARM_UP + articles, SEED)]
    warm, rest = lines[:WARM_UP], lines[WARM_UP:]
    measured = [b"\n".join(rest[i : i + batch]) for i in range(0, len(rest), batch)]
    return b"\n".join(warm), measured


def project_app(database_url: str):
    """create_app() over this database, JSON logs at INFO to /dev/null and the loaded objects
    frozen, as under gunicorn."""
    os.environ["DATABASE_URL"] = database_url
    from api import create_app
    from api.observability.logs import JsonFormatter
    from api.worker import freeze_loaded_objects

    handler = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115 (lives as long as we do)
    handler.setFormatter(JsonFormatter())
    logging.getLogger().handlers[:] = [handler]
    logging.getLogger().setLevel(logging.INFO)
    app = create_app()
    freeze_loaded_objects()  # gunicorn.conf.py's post_worker_init
    return app


def poster(app, database_url: str):
    """A function posting one NDJSON body through the WSGI app, as a server would, with a
    write key made in the database."""
    from werkzeug.test import EnvironBuilder

    from tests.gunicorn_server import issue_key

    key = issue_key(database_url, "import instructions")

    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    def post(body: bytes) -> bytes:
        environ = EnvironBuilder(
            path="/articles/import",
            method="POST",
            data=body,
            headers={
                "Content-Type": "application/x-ndjson",
                "Host": "127.0.0.1:8000",
                "Authorization": f"Bearer {key}",
            },
        ).get_environ()
        answer = app(environ, start_response)
        out = b"".join(answer)
        if hasattr(answer, "close"):
            answer.close()
        if not statuses[-1].startswith("200") or b'"failed":0' not in out.replace(b" ", b""):
            raise RuntimeError(f"import answered {statuses[-1]}: {out[:300]!r}")
        return out

    return post


def new_sqlite(workdir: str) -> str:
    url = f"sqlite:///{workdir}/import.db"
    subprocess.run(
        [sys.executable, "-m", "api", "db", "upgrade"], cwd=ROOT, check=True,
        env={**os.environ, "DATABASE_URL": url}, capture_output=True,
    )  # fmt: skip
    return url


def parse_only(measured: list[bytes]) -> None:
    """What the import spends on parsing: each text parsed and its quotes analysed."""
    from api.parser import parse
    from api.parser.analysis import analyse

    for body in measured:
        for line in body.split(b"\n"):
            analyse(parse(json.loads(line)["text"]))


def run(part: str, database_url: str, articles: int, batch: int) -> None:
    """Warm up, then import (or parse) `articles` articles: the part callgrind's difference
    counts."""
    warm, measured = bodies(articles, batch)
    if part == "parse":
        parse_only([warm])
        parse_only(measured if articles else [])
        return
    post = poster(project_app(database_url), database_url)
    post(warm)
    for body in measured if articles else []:
        post(body)


def callgrind(part: str, articles: int, batch: int) -> float:
    """Instructions per article of `part`: runs of 0 and `articles` articles under callgrind."""
    totals = []
    with tempfile.TemporaryDirectory() as out:
        for n in (0, articles):
            url = new_sqlite(out + f"/{n}")
            command = [
                "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg.{n}",
                sys.executable, __file__, "--run", part, "--database-url", url,
                "--articles", str(n), "--batch", str(batch),
            ]  # fmt: skip
            subprocess.run(command, env={**os.environ, "PYTHONHASHSEED": "0"}, check=True,
                           capture_output=True)  # fmt: skip
            totals.append(int(TOTAL.search(Path(f"{out}/cg.{n}").read_text()).group(1)))
    return (totals[1] - totals[0]) / articles


def profile(database_url: str, articles: int, batch: int) -> None:
    warm, measured = bodies(articles, batch)
    post = poster(project_app(database_url), database_url)
    post(warm)
    profiler = cProfile.Profile()
    profiler.enable()
    for body in measured:
        post(body)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(40)
    stats.sort_stats("cumulative").print_stats(60)


def cpu(database_url: str, articles: int, batch: int) -> tuple[float, float, float]:
    """CPU seconds per article of the import (user + system), of its system part alone, and of
    the parse alone; best of 3 rounds, each importing new articles."""
    post = poster(project_app(database_url), database_url)
    lines = [json.dumps(item).encode() for item in generate(WARM_UP + 3 * articles, SEED)]
    post(b"\n".join(lines[:WARM_UP]))
    imports, parses = [], []
    for round_ in range(3):
        chunk = lines[WARM_UP + round_ * articles : WARM_UP + (round_ + 1) * articles]
        measured = [b"\n".join(chunk[i : i + batch]) for i in range(0, len(chunk), batch)]
        start = time.process_time()
        parse_only(measured)
        parses.append((time.process_time() - start) / articles)
        start = os.times()
        for body in measured:
            post(body)
        end = os.times()
        user, system = end.user - start.user, end.system - start.system
        imports.append(((user + system) / articles, system / articles))
    whole, system = min(imports)
    return whole, system, min(parses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--callgrind", action="store_true", help="instructions (the default)")
    mode.add_argument("--profile", action="store_true", help="cProfile the import")
    mode.add_argument("--cpu", action="store_true", help="CPU s per article, best of 3")
    mode.add_argument("--run", choices=("import", "parse"), help=argparse.SUPPRESS)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--batch", type=int, default=100, help="articles per request")
    parser.add_argument("--database-url", help=argparse.SUPPRESS)  # --run's, made by callgrind
    args = parser.parse_args()
    if args.run:
        run(args.run, args.database_url, args.articles, args.batch)
        return 0
    with tempfile.TemporaryDirectory() as workdir:
        url = new_sqlite(workdir)
        if args.profile:
            profile(url, args.articles, args.batch)
        elif args.cpu:
            whole, system, parse = cpu(url, args.articles, args.batch)
            print(f"per article: import {whole * 1e3:.2f} ms CPU ({system * 1e3:.2f} system),"
                  f" parse + analyse {parse * 1e3:.2f} ms,"
                  f" the rest {(whole - parse) * 1e3:.2f} ms")  # fmt: skip
        else:
            whole = callgrind("import", args.articles, args.batch)
            parse = callgrind("parse", args.articles, args.batch)
            print(f"per article: import {whole / 1e6:.2f} M instructions, parse + analyse"
                  f" {parse / 1e6:.2f} M, the rest {(whole - parse) / 1e6:.2f} M")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
