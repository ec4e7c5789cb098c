"""Reads at the speed of bare Flask: requests/s of Copydesk's GETs against constant bytes.

Measured the strict way (issue 18):
- the reference is benchmarks/bare_flask.py, a Flask app with one route answering constant JSON
  bytes of the same length as the project's answer, served by gunicorn with its DEFAULT settings
  (sync workers, no access log, no hooks) and the same number of workers;
- the project is what `make run` starts: gunicorn.conf.py, its JSON logs, metrics, request ids
  and headers, rate limits off as in the other benchmarks, over a database holding the example
  articles with their JSON cached (`cache warm`);
- wrk, 16 connections, 2 threads, 8 s a run, project and reference alternating `--rounds` times
  in one run; the ratio is of each side's best run; p50 and p99 from wrk's latency.

Beside requests/s it prints the CPU time the server's processes (gunicorn's master and workers,
from /proc) spent per request, the figure that moves least when the machine is busy, and the
ratio of those (bare over project).

Pages measured: one article (`/articles/1`, the goal is a ratio >= 0.6), the list
(`/articles?limit=20`) and a search page (`/articles?q=...`), each against constant bytes of its
own size. `--postgres` serves them from a throwaway PostgreSQL cluster instead of SQLite. Run:
.venv/bin/python benchmarks/read_ratio.py [--postgres | --database-url URL] [--rounds 2]
[--pages article list search]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "article": "/articles/1",
    "list": "/articles?limit=20",
    "search": "/articles?q=council",
}
LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.M)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepared_database(url: str) -> str:
    """The database at `url` given the migrations, the example articles and their cached JSON."""
    env = {**os.environ, "DATABASE_URL": url}
    for args in (["db", "upgrade"], ["ingest", "examples"], ["cache", "warm"]):
        subprocess.run(
            [sys.executable, "-m", "api", *args], cwd=ROOT, env=env, check=True,
            capture_output=True,
        )  # fmt: skip
    return url


@contextmanager
def served(command: list[str], env: dict[str, str], port: int, log: Path, probe: str):
    """A gunicorn started with `command`, ready once `probe` answers 200; stopped after.
    Yields the master's pid."""
    with open(log, "ab") as out:
        process = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{probe}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not start; see {log}") from None
                time.sleep(0.2)
        yield process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def body_size(port: int, path: str) -> int:
    """How many bytes the project answers `path` with."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return len(response.read())


def server_cpu_seconds(master: int) -> float:
    """User and system CPU seconds of a gunicorn master and its live workers (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    pids = [master]
    for task in Path(f"/proc/{master}/task").iterdir():
        pids += [int(pid) for pid in (task / "children").read_text().split()]
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except FileNotFoundError:
            continue  # a worker that exited meanwhile
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / ticks


def wrk(port: int, path: str, seconds: int, master: int) -> tuple[float, float, float, float]:
    """(requests/s, p50 ms, p99 ms, server CPU µs per request) of one wrk run: 2 threads,
    16 connections."""
    cpu_before = server_cpu_seconds(master)
    result = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{port}{path}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    if "Non-2xx" in result.stdout:
        raise RuntimeError(f"{path} answered errors under load:\n{result.stdout}")
    cpu = server_cpu_seconds(master) - cpu_before
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))
    requests = int(re.search(r"(\d+) requests in", result.stdout).group(1))
    latency = {p: float(v) * UNITS[u] for p, v, u in LATENCY.findall(result.stdout)}
    return rate, latency["50"], latency["99"], cpu / requests * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--database-url", help="a prepared database (default: the examples)")
    where.add_argument(
        "--postgres", action="store_true",
        help="the examples in a throwaway PostgreSQL cluster (PostgreSQL's binaries installed)",
    )  # fmt: skip
    parser.add_argument("--rounds", type=int, default=2, help="alternations per page")
    parser.add_argument("--seconds", type=int, default=8, help="length of one wrk run")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--pages", nargs="+", choices=PAGES, default=list(PAGES), metavar="PAGE",
        help=f"which pages to measure (default: all of {', '.join(map(repr, PAGES))})",
    )  # fmt: skip
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("error: wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="copydesk-read-ratio-"))
    with ExitStack() as stack:
        if args.database_url:
            url = args.database_url
        elif args.postgres:
            sys.path.insert(0, str(ROOT))
            from tests.pg_cluster import Cluster, find_bindir

            # PostgreSQL's own durable settings, as a server would run.
            cluster = stack.enter_context(Cluster(find_bindir(), durable=True))
            url = prepared_database(cluster.url(cluster.create_database()))
        else:
            url = prepared_database(f"sqlite:///{workdir / 'read-ratio.db'}")
        measure(url, args, workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


def measure(url: str, args: argparse.Namespace, workdir: Path) -> None:
    """Serve the project over `url` beside bare Flask, and print each page's figures."""
    project_port, bare_port = free_port(), free_port()
    project = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "api:create_app()"]
    project_env = {
        "PORT": str(project_port), "WEB_CONCURRENCY": str(args.workers), "DATABASE_URL": url,
        "RATELIMIT_ENABLED": "0",
    }  # fmt: skip
    bare = [
        sys.executable, "-m", "gunicorn", "-w", str(args.workers),
        "-b", f"127.0.0.1:{bare_port}", "benchmarks.bare_flask:app",
    ]  # fmt: skip
    print(f"wrk -t2 -c16 -d{args.seconds}s, {args.workers} workers, {os.cpu_count()} CPUs,")
    print(f"load average before: {os.getloadavg()[0]:.2f} (measure on an idle machine)")
    print(f"database: {url.split(':', 1)[0]}")
    with (
        served(project, project_env, project_port, workdir / "project.log", "/health") as ours,
        served(bare, {}, bare_port, workdir / "bare.log", "/constant/2") as reference,
    ):
        header = f"{'page':<12} {'bytes':>7} {'project req/s':>14} {'p50/p99 ms':>12} {'CPU µs':>7}"
        print(header + f" {'bare req/s':>11} {'p50/p99 ms':>12} {'CPU µs':>7} {'ratio':>6}")
        for name in args.pages:
            path = PAGES[name]
            size = body_size(project_port, path)
            constant = f"/constant/{size}"
            runs = {"project": [], "bare": []}
            for _ in range(args.rounds):
                runs["project"].append(wrk(project_port, path, args.seconds, ours))
                runs["bare"].append(wrk(bare_port, constant, args.seconds, reference))
            mine, theirs = max(runs["project"]), max(runs["bare"])
            ratio = mine[0] / theirs[0]
            cpu_mine = min(run[3] for run in runs["project"])
            cpu_theirs = min(run[3] for run in runs["bare"])
            print(
                f"{name:<12} {size:>7} {mine[0]:>14,.0f} {mine[1]:>5.2f}/{mine[2]:<6.2f}"
                f" {cpu_mine:>7.0f} {theirs[0]:>11,.0f} {theirs[1]:>5.2f}/{theirs[2]:<6.2f}"
                f" {cpu_theirs:>7.0f} {ratio:>6.2f}"
            )
            print(f"{'':<12} CPU per request, bare over project: {cpu_theirs / cpu_mine:.2f}")


if __name__ == "__main__":
    sys.exit(main())
