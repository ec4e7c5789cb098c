"""What the operational layer costs: requests/s with rate limits and access logs on and off.

Every request passes the request id, access line, metrics, security headers and (when on) the
rate limits. This runs GET /articles/{id} and a trivial view of constant bytes under the same
gunicorn in three set-ups: everything on (limits in memory, generous enough never to refuse),
limits off (RATELIMIT_ENABLED=0), and limits off with the access log silenced
(LOG_LEVEL=warning). wrk when installed, else a threaded Python client. On a shared machine
requests/s move with the load, so it also prints the CPU time one request takes in process
(Flask's test client, the JSON log written to a file, the best of 5 rounds).
Run: .venv/bin/python benchmarks/ops_overhead.py [--seconds 5] [--workers 2] [--connections 8]
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.harness import CONSTANT_PATH, Server, load  # noqa: E402

GENEROUS = "100000000/minute"  # counted like any limit, never reached
SETUPS = {
    "limits on, access log on": {
        "RATELIMIT_ENABLED": "1",
        "RATELIMIT_READS_PER_IP": GENEROUS,
        "LOG_LEVEL": "info",
    },
    "limits off, access log on": {"RATELIMIT_ENABLED": "0", "LOG_LEVEL": "info"},
    "limits off, access log off": {"RATELIMIT_ENABLED": "0", "LOG_LEVEL": "warning"},
}


def _database(work: Path) -> str:
    """A SQLite database holding the example articles."""
    url = f"sqlite:///{work / 'ops.db'}"
    env = {**os.environ, "DATABASE_URL": url}
    for command in (["db", "upgrade"], ["ingest", "examples"]):
        subprocess.run([sys.executable, "-m", "api", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True)  # fmt: skip
    return url


def cpu_per_request(url: str, log_path: Path, requests: int, rounds: int = 5) -> dict:
    """Process CPU microseconds per GET /articles/1 through create_app's hooks, per set-up.

    The set-ups take turns, `rounds` times, and each keeps its fastest round: the machine's
    other work slows every round, never speeds one up.
    """
    from api import create_app
    from api.config import Settings
    from api.observability.logs import JsonFormatter

    handler = logging.FileHandler(log_path)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    clients = {
        name: create_app(replace(Settings.from_env(env), database_url=url)).test_client()
        for name, env in SETUPS.items()
    }
    best = dict.fromkeys(SETUPS, float("inf"))
    for _ in range(rounds):
        for name, client in clients.items():
            root.setLevel(SETUPS[name]["LOG_LEVEL"].upper())
            for _ in range(20):
                client.get("/articles/1").close()  # warm the caches
            start = time.process_time()
            for _ in range(requests):
                client.get("/articles/1").close()
            best[name] = min(best[name], (time.process_time() - start) / requests * 1e6)
    handler.close()
    return best


def main(argv: list[str] | None = None) -> int:
    """Measure each set-up and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--requests", type=int, default=1000, help="in process, per round")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="copydesk-ops-") as tmp:
        work = Path(tmp)
        url = _database(work)
        rows = []
        for name, env in SETUPS.items():
            with Server(url, args.workers, work / "gunicorn.log", [], env=env) as server:
                status, body = server.request("GET", "/articles/1")
                assert status == 200, status
                load(server, "/articles/1", 1, args.connections)  # warm the caches
                article = load(server, "/articles/1", args.seconds, args.connections)
                constant = load(
                    server, f"{CONSTANT_PATH}{len(body)}", args.seconds, args.connections
                )
            rows.append((name, article, constant))
        cpu = cpu_per_request(url, work / "in-process.log", args.requests)
    print(f"gunicorn: {args.workers} workers, {args.connections} connections,"
          f" {args.seconds} s each; in process: {args.requests} requests")  # fmt: skip
    print(f"{'set-up':<28} {'GET /articles/1':>16} {'constant bytes':>16} {'CPU/request':>14}")
    for name, article, constant in rows:
        print(f"{name:<28} {article:>14.0f}/s {constant:>14.0f}/s {cpu[name]:>11.0f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
