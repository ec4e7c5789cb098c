"""gunicorn settings for Copydesk; the only place that reads the server's environment (PORT...)."""

import os

bind = f"0.0.0.0:{os.environ.get('PORT') or 8000}"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2)
# A sync worker is killed `timeout` seconds into any request, which cut a streamed export of
# 100k articles off after ~9k lines; a gthread worker heartbeats while it streams.
worker_class = "gthread"
threads = 1

# gunicorn's default (4094) answers long URLs with an HTML 414 page, outside the API's contract.
limit_request_line = 8190

timeout = 30
graceful_timeout = 30
keepalive = 5

# Logs go to stdout/stderr so that a terminal, systemd or Docker collects them.
accesslog = "-"
errorlog = "-"

# The app is imported in each worker, so no database connection is shared across a fork.
preload_app = False

# gunicorn 25+ opens a control socket under the home directory by default; nothing here uses
# it, and a read-only home (the container) must not stop the server from starting.
control_socket_disable = True
