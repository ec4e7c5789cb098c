"""Bulk import rate, export memory and GET /articles/{id} throughput on a real gunicorn; one table.

1. Builds corpora of 10k and then 100k synthetic articles (benchmarks/synth.py) through
   POST /articles/import, in batches from a few concurrent clients: the ingest rate.
2. Exports them all through GET /articles/export on freshly started workers while sampling every
   worker's RSS: the peak above idle (goal: flat, at most 50 MB).
3. GET /articles/{id} requests/s against a trivial endpoint returning constant bytes of the same
   size, under the same gunicorn in the same run (goal: ratio at least 0.6): one article, and
   random ones over the whole corpus once `python -m api cache warm` has cached what loading did not
   (the import keeps each article's JSON as it stores it; a --database-url filled otherwise
   needs the command), then first reads after an upgrade (kept bytes emptied: before `keep`
   runs), then reads of articles read once before.
   wrk when installed (apt-get install wrk), else a threaded Python client.
Run: .venv/bin/python benchmarks/bulk.py [--sizes 10000,100000] [--postgres]
     [--database-url URL --steps load]  (load only, on a database already filled)
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.harness import CONSTANT_PATH, Server, load, rss_mb  # noqa: E402
from benchmarks.synth import generate  # noqa: E402

CORPUS_DIR = ROOT / "var" / "bench"
# Articles read once before the load of random reads of kept representations.
KEPT_SAMPLE = 5000


def corpus(count: int, seed: int) -> Path:
    """An NDJSON file of `count` synthetic import records, written once and reused."""
    path = CORPUS_DIR / f"synth-{seed}-{count}.ndjson"
    if not path.exists():
        CORPUS_DIR.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with open(partial, "w", encoding="utf-8") as out:
            for item in generate(count, seed):
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        partial.rename(path)
    return path


def batches(path: Path, start: int, stop: int, size: int):
    """Lines start..stop of the corpus, `size` at a time, as upload bodies."""
    with open(path, "rb") as lines:
        batch = []
        for number, line in enumerate(lines):
            if number < start:
                continue
            if number >= stop:
                break
            batch.append(line)
            if len(batch) == size:
                yield b"".join(batch)
                batch = []
        if batch:
            yield b"".join(batch)


def ingest(server: Server, path: Path, start: int, stop: int, size: int, clients: int) -> dict:
    """Import lines start..stop through POST /articles/import; counts and the seconds it took."""
    totals = {"created": 0, "existing": 0, "failed": 0}
    lock = threading.Lock()

    def send(body: bytes) -> None:
        status, data = server.request("POST", "/articles/import", body, "application/x-ndjson")
        if status != 200:
            raise RuntimeError(f"import answered {status}: {data[:300]!r}")
        report = json.loads(data)
        with lock:
            for key in totals:
                totals[key] += report[key]

    began = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        # map() would read the whole corpus ahead; keep at most 2 batches per client in flight.
        pending = []
        for body in batches(path, start, stop, size):
            pending.append(pool.submit(send, body))
            if len(pending) >= 2 * clients:
                pending.pop(0).result()
        for future in pending:
            future.result()
    return {**totals, "seconds": time.perf_counter() - began}


def export(server: Server) -> dict:
    """GET /articles/export read to the end while sampling the workers' RSS every 20 ms."""
    pids = server.pids()
    for _ in range(4 * len(pids)):  # load the code paths in every worker before "idle"
        server.request("GET", "/articles/export?ids=1")
    time.sleep(0.5)
    idle = {pid: rss_mb(pid) for pid in pids}
    peak = dict(idle)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in pids:
                peak[pid] = max(peak[pid], rss_mb(pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    began = time.perf_counter()
    conn = server.connection()
    conn.request("GET", "/articles/export")
    response = conn.getresponse()
    lines = size = 0
    complete = False
    try:
        while chunk := response.read(1 << 20):
            lines += chunk.count(b"\n")
            size += len(chunk)
            complete = chunk.endswith(b"\n")
    except (http.client.IncompleteRead, ConnectionError) as exc:
        # A worker killed mid-stream (gunicorn's timeout) ends the chunked body early.
        lines += exc.partial.count(b"\n") if isinstance(exc, http.client.IncompleteRead) else 0
        complete = False
    seconds = time.perf_counter() - began
    done.set()
    sampler.join()
    conn.close()
    growth = max(peak[pid] - idle[pid] for pid in pids)
    return {
        "status": response.status,
        "lines": lines,
        "bytes": size,
        "complete": complete,
        "seconds": seconds,
        "idle_mb": max(idle.values()),
        "growth_mb": growth,
    }


def throughput(server: Server, article_id: int, seconds: int, connections: int) -> dict:
    """GET /articles/{id} of one article against constant bytes alike; best of 2 each."""
    status, body = server.request("GET", f"/articles/{article_id}")
    assert status == 200, status
    article, constant = f"/articles/{article_id}", f"{CONSTANT_PATH}{len(body)}"
    rates = {article: [], constant: []}
    for _ in range(2):  # alternating, so that drift in the machine hits both alike
        for path in rates:
            rates[path].append(load(server, path, seconds, connections))
    return {"bytes": len(body), "article": max(rates[article]), "constant": max(rates[constant])}


def random_throughput(server: Server, total: int, seconds: int, connections: int) -> dict:
    """GET /articles/{random id}: every article kept (after the keep command), first reads of
    articles nothing is kept of, then reads of KEPT_SAMPLE articles read once before; constant
    bytes (as large as one article) around each."""
    status, body = server.request("GET", f"/articles/{total // 3}")
    assert status == 200, status
    constant = f"{CONSTANT_PATH}{len(body)}"
    rates = {"constant": [load(server, constant, seconds, connections)]}
    rates["all kept"] = load(server, "/articles/", seconds, connections, ids=total)
    rates["constant"].append(load(server, constant, seconds, connections))
    forget_cached(server.database_url)
    rates["first"] = load(server, "/articles/", seconds, connections, ids=total)
    rates["constant"].append(load(server, constant, seconds, connections))
    sample = min(KEPT_SAMPLE, total)
    with ThreadPoolExecutor(connections) as pool:
        statuses = set(pool.map(lambda n: server.request("GET", f"/articles/{n}")[0],
                                range(1, sample + 1)))  # fmt: skip
    assert statuses == {200}, statuses
    rates["kept"] = load(server, "/articles/", seconds, connections, ids=sample)
    rates["constant"].append(load(server, constant, seconds, connections))
    return {"bytes": len(body), "sample": sample, **rates, "constant": max(rates["constant"])}


def forget_cached(database_url: str) -> None:
    """Delete every article's kept representations, so that the next reads build them."""
    from api.store.db import open_database

    db = open_database(database_url)
    db.execute_sql("DELETE FROM article_representation")
    db.close()


def warm_cache(database_url: str) -> dict:
    """Run `python -m api cache warm` on the database: what it kept and how fast, as it reports."""
    env = {**os.environ, "DATABASE_URL": database_url}
    command = [sys.executable, "-m", "api", "keep"]
    output = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if output.returncode not in (0, 1):  # 1: some not kept, which the report says
        raise RuntimeError(f"python -m api cache warm failed: {output.stderr[-2000:]}")
    report = dict(line.split(": ", 1) for line in output.stdout.splitlines() if ": " in line)
    return {"kept": int(report["kept"]), "current": int(report["already kept"]),
            "missed": int(report["not kept"]), "took": output.stdout.splitlines()[-1]}  # fmt: skip


def migrate(database_url: str) -> None:
    """Apply the migrations to the benchmark database."""
    env = {**os.environ, "DATABASE_URL": database_url}
    subprocess.run([sys.executable, "-m", "api", "db", "upgrade"], cwd=ROOT, env=env, check=True)


def ingest_rows(server: Server, path: Path, sizes: list[int], args) -> list[tuple[str, str]]:
    """Import the corpus up to each size in turn; a row per step."""
    rows, done = [], 0
    for size in sizes:
        _progress(f"importing up to {size:,}")
        result = ingest(server, path, done, size, args.batch, args.clients)
        rate = (size - done) / result["seconds"]
        rows.append(
            (f"ingest {done:,} -> {size:,} (import, {args.batch}/request, {args.clients} clients)",
             f"{rate:,.0f} articles/s ({result['seconds']:,.0f} s; created {result['created']:,},"
             f" failed {result['failed']})")
        )  # fmt: skip
        done = size
    return rows


def export_rows(result: dict, label: str) -> list[tuple[str, str]]:
    """The rows of one export run."""
    rate = result["lines"] / result["seconds"]
    state = "complete" if result["complete"] else "CUT SHORT"
    return [
        (f"export, {label}",
         f"{result['lines']:,} lines, {result['bytes'] / 1e6:,.0f} MB in {result['seconds']:,.0f} s"
         f" ({rate:,.0f} articles/s), {state}"),
        ("  worker RSS idle / peak above idle",
         f"{result['idle_mb']:.0f} MB / +{result['growth_mb']:.1f} MB (goal: <= 50 MB)"),
    ]  # fmt: skip


def load_rows(server: Server, total: int, args, loaded_by: str) -> list[tuple[str, str]]:
    """`python -m api cache warm`, then GET /articles/{id}, one article and random ones, against
    constant bytes."""
    _progress("python -m api cache warm")
    kept = warm_cache(server.database_url)
    _progress("load: one article")
    one = throughput(server, total // 2, args.seconds, args.connections)
    _progress(f"load: random of {total:,}")
    random = random_throughput(server, total, args.seconds, args.connections)
    rows = [(f"one article ({one['bytes']:,} B)", one["article"], one["constant"])]
    rows.append((f"random of {total:,}, all kept ({loaded_by} + keep)", random["all kept"],
                 random["constant"]))  # fmt: skip
    rows.append((f"random of {total:,}, first reads (after an upgrade, before `keep` runs)",
                 random["first"], random["constant"]))  # fmt: skip
    rows.append((f"random of {random['sample']:,} read before", random["kept"], random["constant"]))
    return [
        (f"python -m api cache warm after {loaded_by}",
         f"kept {kept['kept']:,}, already kept {kept['current']:,}, not kept {kept['missed']:,},"
         f" {kept['took']}"),
    ] + [
        (f"GET /articles/{{id}}, {label} vs constant bytes",
         f"{rate:,.0f} vs {constant:,.0f} req/s: ratio {rate / constant:.2f} (goal: >= 0.6)")
        for label, rate, constant in rows
    ]  # fmt: skip


def _progress(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message} ...", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="corpus sizes, ascending")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=2, help="concurrent import uploads")
    parser.add_argument("--batch", type=int, default=200, help="articles per import request")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=int, default=10, help="per load run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL cluster")
    parser.add_argument(
        "--stream-options",
        default="--worker-class gthread --threads 1",
        help="gunicorn options for a second export when the configured workers cut it short",
    )
    parser.add_argument(
        "--database-url", help="a database already filled to the largest size (else a new one)"
    )
    parser.add_argument(
        "--steps", default="ingest,export,load", help="which of ingest, export, load to run"
    )
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    steps = set(args.steps.split(","))
    work = Path(tempfile.mkdtemp(prefix="copydesk-bench-"))
    rows = []
    with ExitStack() as stack:
        if args.database_url:
            database_url = args.database_url
        elif args.postgres:
            from tests.pg_cluster import Cluster, find_bindir

            cluster = stack.enter_context(Cluster(find_bindir(), durable=True))
            database_url = cluster.url(cluster.create_database())
        else:
            database_url = f"sqlite:///{work / 'bench.db'}"
        migrate(database_url)

        def server(*extra: str) -> Server:
            return Server(database_url, args.workers, work / "gunicorn.log", list(extra))

        if "ingest" in steps:
            _progress(f"corpus of {sizes[-1]:,} articles (seed {args.seed})")
            path = corpus(sizes[-1], args.seed)
            with server() as running:
                rows += ingest_rows(running, path, sizes, args)
        if "export" in steps:
            _progress("export")
            with server() as running:  # fresh workers, so that idle memory is idle
                result = export(running)
            rows += export_rows(result, "gunicorn.conf.py workers")
            if not result["complete"] and args.stream_options:
                _progress(f"export with {args.stream_options}")
                with server(*args.stream_options.split()) as running:
                    rows += export_rows(export(running), args.stream_options)
        if "load" in steps:
            loaded_by = "import" if "ingest" in steps else "the given database"
            with server() as running:
                rows += load_rows(running, sizes[-1], args, loaded_by)
    loader = "wrk" if shutil.which("wrk") else "Python threads"
    print(f"\nCopydesk bulk benchmark: {os.cpu_count()} CPUs, {args.workers} gunicorn workers,"
          f" {database_url.split(':')[0]}, load by {loader}")  # fmt: skip
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
