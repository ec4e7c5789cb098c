"""The real server for system tests and benchmarks: gunicorn with our config, on a free port."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from api.config import PROJECT_ROOT
from tests.pg_cluster import free_port

START_SECONDS = 60  # a bound on start-up, not an expectation: it usually takes about a second
STOP_SECONDS = 30


class Gunicorn:
    """gunicorn serving create_app() for one DATABASE_URL; its output goes to `log`.

    Benchmarks serve another entry point (`app`), pass more gunicorn `options` or environment.
    """

    def __init__(
        self,
        database_url: str,
        log: Path,
        workers: int = 4,
        *,
        app: str = "api:create_app()",
        options: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
    ):
        self.database_url = database_url
        self.log = log
        self.workers = workers
        self.app, self.options, self.env = app, options, env or {}
        self.port = 0
        self.process: subprocess.Popen | None = None

    def start(self) -> Gunicorn:
        """Start the master and its workers, and wait until /health/ready answers 200."""
        self.port = free_port()
        env = {
            **os.environ, **self.env, "DATABASE_URL": self.database_url, "PYTHONUNBUFFERED": "1",
        }  # fmt: skip
        command = [
            sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py",
            "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
            *self.options, self.app,
        ]  # fmt: skip
        with open(self.log, "ab") as log:
            # A session of its own, so that kill() can reach the master and every worker at once.
            self.process = subprocess.Popen(
                command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited at start-up:\n{self.output()}")
            try:
                if self.request("GET", "/health/ready")[0] == 200:
                    return self
            except OSError:
                pass  # not listening yet
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"gunicorn was not ready in {START_SECONDS} s:\n{self.output()}")

    def stop(self) -> None:
        """Graceful shutdown (SIGTERM); kill() if it lingers."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """SIGKILL the master and every worker at once, as a power cut or the OOM killer would."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # already gone
        self.process.wait()

    def request(
        self, method: str, path: str, body: bytes | None = None, content_type: str = "text/plain"
    ) -> tuple[int, bytes]:
        """One request on a new connection; (status, body). OSError when nothing answers."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            headers = {"Content-Type": content_type} if body is not None else {}
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def output(self) -> str:
        """Everything gunicorn and the app have logged so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def __enter__(self) -> Gunicorn:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
