"""What the benchmarks run against: gunicorn serving the app on a free port, and load on it.

The app is the product's plus one trivial view returning constant bytes, the yardstick for
requests/s under the same server in the same run. Load comes from wrk when it is installed
(apt-get install wrk), else from Python threads.
"""

from __future__ import annotations

import http.client
import random
import re
import shutil
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.gunicorn_server import Gunicorn

CONSTANT_PATH = "/_bench/constant/"
START_SECONDS = 60


def bench_app():
    """The product app plus one trivial view returning constant bytes (gunicorn's entry point)."""
    from flask import Response

    from api import create_app
    from api.web.database import without_database

    app = create_app()
    bodies: dict[int, bytes] = {}

    @without_database
    def constant(size: int):
        body = bodies.setdefault(size, b"x" * size)
        return Response(body, mimetype="application/json")

    app.add_url_rule(f"{CONSTANT_PATH}<int:size>", view_func=constant)
    return app


class Server(Gunicorn):
    """tests/gunicorn_server.py's gunicorn serving bench_app(), ready once every worker runs."""

    def __init__(self, database_url: str, workers: int, log: Path, extra: list[str], env=None):
        super().__init__(
            database_url, log, workers, app="benchmarks.harness:bench_app()",
            options=tuple(extra), env=env,
        )  # fmt: skip

    def __enter__(self) -> Server:
        self.start()
        deadline = time.monotonic() + START_SECONDS
        while len(self.pids()) != self.workers:
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"gunicorn did not start its workers; see {self.log}")
            time.sleep(0.2)
        return self

    def pids(self) -> list[int]:
        """The worker processes (children of the master)."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def connection(self) -> http.client.HTTPConnection:
        """A new connection to the server, for reading a long response as it streams."""
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)

    def get(self, path: str) -> tuple[int, bytes, float]:
        """(status, body, seconds) of one GET on a new connection, as a browser's first visit."""
        began = time.perf_counter()
        status, body = self.request("GET", path)
        return status, body, time.perf_counter() - began


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB."""
    match = re.search(r"VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    return int(match.group(1)) / 1024


def load(
    server: Server, path: str, seconds: int, connections: int, ids: int = 0, seed: int = 1
) -> float:
    """Requests per second for `path` (with `ids`: path + a random id up to ids each time, the
    same sequence of ids for the same seed)."""
    url = f"http://127.0.0.1:{server.port}{path}"
    if shutil.which("wrk"):
        command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", url]
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            if ids:
                script.write(
                    f"math.randomseed({seed})\nrequest = function()\n"
                    f'  return wrk.format("GET", "{path}" .. math.random(1, {ids}))\nend\n'
                )
                script.flush()
                command[-1:-1] = ["-s", script.name]
            output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        if errors:
            raise RuntimeError(f"{path}: {errors.group(1)} failed requests")
        return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    count = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        nonlocal count
        rng = random.Random(f"{seed} {threading.get_ident()}")
        while time.monotonic() < deadline:
            status, _ = server.request("GET", f"{path}{rng.randint(1, ids)}" if ids else path)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
            with lock:
                count += 1

    with ThreadPoolExecutor(connections) as pool:
        for future in [pool.submit(client) for _ in range(connections)]:
            future.result()
    return count / seconds
