"""gunicorn settings for Copydesk; the only place that reads the server's environment (PORT...)."""

import glob
import os
import shutil
import tempfile

from gunicorn import glogging

bind = f"0.0.0.0:{os.environ.get('PORT') or 8000}"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2)
# A sync worker is killed `timeout` seconds into any request, which cut a streamed export of
# 100k articles off after ~9k lines; a gthread worker heartbeats while it streams. This one is
# gthread answering in its main thread (no hand-off to its one thread and back), with a
# heartbeat thread of its own; with `threads` above 1 it is gthread (api/worker.py).
worker_class = "api.worker.InlineThreadWorker"
threads = 1

# gunicorn's default (4094) answers long URLs with an HTML 414 page, outside the API's contract.
limit_request_line = 8190

# A worker silent for `timeout` seconds is killed and replaced; on SIGTERM workers get
# `graceful_timeout` seconds to finish; idle keep-alive connections close after `keepalive`.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT") or 30)
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE") or 5)

# One JSON object per line on stderr, gunicorn's own lines included. The app writes the access
# line (it knows the route and the request id), so gunicorn's access log stays off.
accesslog = None


class ServerLogger(glogging.Logger):
    """gunicorn's logger without its access line. With a logging config gunicorn would still
    build every request's access atoms for a logger that shows nothing: the app writes that line."""

    def access(self, resp, req, environ, request_time) -> None:
        """Nothing: see api/observability/access.py for the access line."""


logger_class = ServerLogger
errorlog = "-"
loglevel = (os.environ.get("LOG_LEVEL") or "info").lower()
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "api.observability.logs.JsonFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stderr",
        }
    },
    "root": {"level": loglevel.upper(), "handlers": ["stderr"]},
    "loggers": {
        "gunicorn.error": {"level": loglevel.upper(), "handlers": [], "propagate": True},
        "gunicorn.access": {"handlers": [], "propagate": False},
    },
}

# The app is imported in each worker, so no database connection is shared across a fork.
preload_app = False

# The app mounts itself at SCRIPT_NAME (api/web/mount.py, post_worker_init below). gunicorn
# would also take a mount and a path from `SCRIPT_NAME` and `PATH_INFO` request headers sent
# from a trusted address (127.0.0.1 by default, so any local client or proxy): a mismatched one
# got its HTML "Bad Request" page. No request header sets either.
forwarder_headers = ""

# gunicorn 25+ opens a control socket under the home directory by default; nothing here uses
# it, and a read-only home (the container) must not stop the server from starting.
control_socket_disable = True

# Workers are processes: each writes its metrics here and /metrics sums the files.
# An operator's PROMETHEUS_MULTIPROC_DIR must belong to this one server: it is emptied at start.
_metrics_dir_made = None


def on_starting(server):
    """Point every worker at one empty metrics directory (made here unless one was given)."""
    global _metrics_dir_made
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not path:
        path = _metrics_dir_made = tempfile.mkdtemp(prefix="copydesk-metrics-")
    os.makedirs(path, exist_ok=True)
    for stale in glob.glob(os.path.join(path, "*.db")):
        os.remove(stale)  # counts of a previous run would be added to this one's
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = path


def child_exit(server, worker):
    """Drop a dead worker's live gauges; its counters stay in the sums."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    """Remove the metrics directory this server made."""
    if _metrics_dir_made:
        shutil.rmtree(_metrics_dir_made, ignore_errors=True)


def log_parser_build(log):
    """Say which quote analysis this worker runs: an operator can tell (docs/compiled.md)."""
    import api.parser

    build = "compiled (mypyc)" if api.parser.compiled() else "pure Python"
    log.info("parser: the quote analysis runs %s", build)


def post_worker_init(worker):
    """Mount the app itself, send no `Server` header, and leave the loaded objects out of the
    garbage collector's passes (api/worker.py).

    SCRIPT_NAME: gunicorn would strip it from each path and answer any path outside it with an
    HTML error page of its own. The app has read it by now (it is loaded before this hook) and
    mounts itself (api/web/mount.py), answering other paths with a problem naming the mount; so
    the worker's gunicorn must not see it. The master keeps it for the workers it forks next.

    The name and version of the server help only an attacker.
    """
    os.environ.pop("SCRIPT_NAME", None)
    log_parser_build(worker.log)
    from api.worker import freeze_loaded_objects

    freeze_loaded_objects()

    from gunicorn.http import wsgi

    default_headers = wsgi.Response.default_headers
    if getattr(default_headers, "without_server", False):
        return

    def without_server(self):
        return [line for line in default_headers(self) if not line.startswith("Server:")]

    without_server.without_server = True
    wsgi.Response.default_headers = without_server
