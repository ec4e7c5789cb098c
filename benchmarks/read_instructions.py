"""What one cached GET /articles/1 costs in process, deterministically: CPU instructions.

The app is configured as `make run` configures it (settings from the environment, rate limits
off as in read_ratio.py, Prometheus in multiprocess mode, the JSON log formatter at INFO, written
to /dev/null) over a SQLite database holding one example article with its JSON cached. Each
request is a werkzeug EnvironBuilder environ passed to the WSGI app, its body read and closed as
a server would: the whole stack without gunicorn.

- `--callgrind` (the default): instructions per request under `valgrind --tool=callgrind`, the
  difference of a run of 0 and one of `--requests` requests (so start-up cancels out), beside
  the same figure for benchmarks/bare_flask.py. The same count whatever the machine's load.
- `--server`: the same difference for one gunicorn worker under callgrind, serving requests
  sent one after another on kept-alive connections: the project with gunicorn.conf.py (extra
  gunicorn options in GUNICORN_CMD_ARGS, e.g. `--worker-class sync`) and, with `--bare`, bare
  Flask on gunicorn's defaults. Counts the worker's own instructions, not the kernel's.
- `--profile`: cProfile of `--requests` requests, the top functions by own time.
- `--cpu`: CPU µs per request, best of 5 rounds (moves with the load).

Run: .venv/bin/python benchmarks/read_instructions.py [--callgrind | --profile | --cpu]
"""

from __future__ import annotations

import argparse
import http.client
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "examples" / "riverton_bridge_budget.txt"
HEADERS = {"Accept": "*/*", "User-Agent": "wrk", "Host": "127.0.0.1:8000"}
WARM_UP = 50
TOTAL = re.compile(r"^(?:summary|totals):\s+(\d+)", re.M)


def prepared_database(workdir: Path) -> str:
    """A SQLite database with the migrations and one article whose JSON is cached."""
    url = f"sqlite:///{workdir / 'read-instructions.db'}"
    env = {**os.environ, "DATABASE_URL": url}
    for args in (["db", "upgrade"], ["ingest", str(EXAMPLE)], ["cache", "warm"]):
        subprocess.run(
            [sys.executable, "-m", "api", *args], cwd=ROOT, env=env, check=True,
            capture_output=True,
        )  # fmt: skip
    return url


def project_app():
    """create_app() as gunicorn.conf.py sets it up: JSON logs at INFO (to /dev/null)."""
    from api import create_app
    from api.observability.logs import JsonFormatter

    handler = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115 (lives as long as we do)
    handler.setFormatter(JsonFormatter())
    logging.getLogger().handlers[:] = [handler]
    logging.getLogger().setLevel(logging.INFO)
    return create_app(), "/articles/1"


def bare_app(size: int):
    """benchmarks/bare_flask.py and its path for `size` bytes."""
    from benchmarks.bare_flask import app

    return app, f"/constant/{size}"


def requester(app, path: str):
    """A function making one request through the WSGI app, as a server would."""
    from werkzeug.test import EnvironBuilder

    base = EnvironBuilder(path=path, headers=HEADERS).get_environ()
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    def one() -> int:
        body = app(dict(base), start_response)
        size = sum(len(chunk) for chunk in body)
        if hasattr(body, "close"):
            body.close()
        if not statuses[-1].startswith("200"):
            raise RuntimeError(f"{path} answered {statuses[-1]}")
        return size

    return one


def run(side: str, requests: int, size: int) -> None:
    """Warm up, then make `requests` requests (the part callgrind's difference counts)."""
    app, path = project_app() if side == "project" else bare_app(size)
    one = requester(app, path)
    for _ in range(WARM_UP):
        one()
    for _ in range(requests):
        one()


def callgrind(side: str, requests: int, size: int, env: dict) -> float:
    """Instructions per request of `side`: runs of 0 and `requests` requests under callgrind."""
    totals = []
    with tempfile.TemporaryDirectory() as out:
        for n in (0, requests):
            command = [
                "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg.{n}",
                sys.executable, __file__, "--run", side, "--requests", str(n), "--size", str(size),
            ]  # fmt: skip
            subprocess.run(command, env={**env, "PYTHONHASHSEED": "0"}, check=True,
                           capture_output=True)  # fmt: skip
            totals.append(int(TOTAL.search(Path(f"{out}/cg.{n}").read_text()).group(1)))
    return (totals[1] - totals[0]) / requests


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def send(port: int, path: str, requests: int, deadline: float) -> None:
    """Wait for the server, then send `requests` GETs one after another, reconnecting only when
    the server closes the connection (the sync worker closes every one)."""
    connection = None
    sent = -WARM_UP  # the first answer shows the server is up; then warm up
    while sent < requests:
        try:
            connection = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            connection.request("GET", path, headers=HEADERS)
            response = connection.getresponse()
            body = response.read()
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not answer under valgrind") from None
            connection = None
            time.sleep(0.5)
            continue
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}: {body[:300]!r}")
        sent += 1
        if response.will_close:
            connection.close()
            connection = None


def server_callgrind(side: str, requests: int, size: int, env: dict) -> float:
    """Instructions per request of one gunicorn worker (its master's excluded)."""
    port = free_port()
    if side == "project":
        options, app, path = ["-c", "gunicorn.conf.py"], "api:create_app()", "/articles/1"
    else:
        options, app, path = [], "benchmarks.bare_flask:app", f"/constant/{size}"
    totals = []
    for n in (0, requests):
        with tempfile.TemporaryDirectory() as out:
            command = [
                "valgrind", "--tool=callgrind", "--trace-children=yes",
                f"--callgrind-out-file={out}/cg.%p", sys.executable, "-m", "gunicorn", *options,
                "-w", "1", "-b", f"127.0.0.1:{port}", "--timeout", "600", app,
            ]  # fmt: skip
            server_env = {**env, "PYTHONHASHSEED": "0", "PORT": str(port)}
            with open(os.environ.get("SERVER_LOG", os.devnull), "ab") as log:
                server = subprocess.Popen(
                    command, cwd=ROOT, env=server_env, stdout=log, stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL, start_new_session=True,
                )  # fmt: skip
            try:
                send(port, path, n, time.monotonic() + 300)
            finally:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=300)
            master = Path(f"{out}/cg.{server.pid}")
            counts = [
                int(TOTAL.search(file.read_text()).group(1))
                for file in Path(out).glob("cg.*")
                if file != master
            ]
            totals.append(max(counts))  # the worker (others are short-lived helpers)
    return (totals[1] - totals[0]) / requests


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--profile", action="store_true", help="cProfile the project's requests")
    mode.add_argument("--cpu", action="store_true", help="CPU µs per request, best of 5")
    mode.add_argument("--server", action="store_true", help="a gunicorn worker under callgrind")
    mode.add_argument("--run", choices=("project", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help="also measure bare Flask")
    args = parser.parse_args()
    if args.run:
        run(args.run, args.requests, args.size)
        return 0
    workdir = Path(tempfile.mkdtemp(prefix="copydesk-read-instructions-"))
    try:
        measure(args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def measure(args: argparse.Namespace, workdir: Path) -> None:
    """Prepare the database in `workdir` and print the figures the arguments ask for."""
    os.environ["DATABASE_URL"] = prepared_database(workdir)
    os.environ["RATELIMIT_ENABLED"] = "0"
    # Not the database's folder: gunicorn.conf.py empties this one of its *.db files at start.
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(workdir / "metrics")
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    app, path = project_app()
    one = requester(app, path)
    size = one()
    if args.profile:
        import cProfile
        import pstats

        for _ in range(WARM_UP):
            one()
        profile = cProfile.Profile()
        profile.runcall(lambda: [one() for _ in range(args.requests)])
        pstats.Stats(profile).sort_stats(os.environ.get("SORT", "tottime")).print_stats(60)
    elif args.cpu:
        sides = {"project": one, "bare": requester(*bare_app(size))}
        for name, call in sides.items():
            for _ in range(WARM_UP):
                call()
            best = float("inf")
            for _ in range(5):
                start = time.process_time()
                for _ in range(args.requests):
                    call()
                best = min(best, (time.process_time() - start) / args.requests)
            print(f"{name}: {best * 1e6:.1f} µs CPU per request ({size} bytes)")
    else:
        sides = ("project", "bare") if args.bare else ("project",)
        measure = server_callgrind if args.server else callgrind
        for name in sides:
            per_request = measure(name, args.requests, size, dict(os.environ))
            print(f"{name}: {per_request / 1000:,.0f}k instructions per request ({size} bytes)")


if __name__ == "__main__":
    sys.exit(main())
