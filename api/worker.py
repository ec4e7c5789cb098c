"""The gunicorn worker: gthread's, answering requests in its main thread when it has one thread.

gthread hands every request from its main thread (which polls the connections) to a thread of its
pool and back: a future, a wake-up through a pipe, two thread switches and the socket taken out
of the poller and put back, on every request of a kept-alive connection. With one thread
(gunicorn.conf.py) that thread can do nothing the main thread could not, so this worker answers
in the main thread instead, and keeps what the hand-off gave:
- the heartbeat: gthread's main loop tells the master it is alive while its thread serves a long
  request (a streamed export); here a heartbeat thread does, so a request is never killed at
  `timeout` for being long, as under gthread;
- a connection that has sent nothing yet waits in the poller, never in the thread that serves
  (gthread's thread waits for it up to 5 s, holding up the requests behind it).
With more threads (or HTTP/2, whose connection holds its thread) it is gthread's worker unchanged.
"""

from __future__ import annotations

import errno
import gc
import selectors
import threading
import time
from functools import partial

from gunicorn.workers.gthread import (
    DEFAULT_WORKER_DATA_TIMEOUT,
    STOP_KEEPALIVE_LINGER,
    TConn,
    ThreadWorker,
)

HEARTBEAT_SECONDS = 1.0  # as often as gthread's main loop tells the master it is alive


def freeze_loaded_objects() -> None:
    """Leave the loaded app's objects out of the garbage collector's passes (gunicorn.conf.py,
    once the app is loaded): they live as long as the worker, yet every full collection
    traversed them all (docs/benchmarks.md, "import33"). Collected first, so that no garbage
    of the load is kept for ever."""
    gc.collect()
    gc.freeze()


class InlineThreadWorker(ThreadWorker):
    """gthread, answering in the main thread when it has a single thread and speaks HTTP/1."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inline = self.cfg.threads == 1 and "h2" not in self.cfg.http_protocols
        self._heartbeat: threading.Thread | None = None

    def run(self) -> None:
        """gthread's main loop, beside a heartbeat thread when requests are answered inline."""
        if self.inline:
            self._heartbeat = threading.Thread(target=self._beat, name="heartbeat", daemon=True)
            self._heartbeat.start()
        super().run()

    def _beat(self) -> None:
        interval = min(HEARTBEAT_SECONDS, self.timeout / 2)  # self.timeout: half gunicorn's
        while self.alive:
            self.tmp.notify()
            time.sleep(interval)

    def notify(self) -> None:
        """Tell the master this worker is alive: the heartbeat thread's job while it runs (the
        main loop would otherwise touch the file on every request)."""
        if self._heartbeat is None or not self._heartbeat.is_alive():
            super().notify()

    def accept(self, listener) -> None:
        """Accept a connection; inline, it waits in the poller until it has sent something."""
        if not self.inline:
            super().accept(listener)
            return
        try:
            client, address = listener.accept()
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        conn = TConn(self.cfg, client, address, listener.getsockname())  # non-blocking
        # gthread's thread waits this long for the first bytes, then the poller keepalive more.
        conn.timeout = time.monotonic() + DEFAULT_WORKER_DATA_TIMEOUT + self.cfg.keepalive
        self.pending_conns.append(conn)
        self.poller.register(
            client, selectors.EVENT_READ, partial(self.on_pending_socket_readable, conn)
        )

    def enqueue_req(self, conn) -> None:
        """Answer the connection's request now, inline (gthread: hand it to the pool)."""
        if not self.inline:
            super().enqueue_req(conn)
            return
        self._serve(conn)

    def on_client_socket_readable(self, conn, client) -> None:
        """A kept-alive connection sent its next request: answer it, leaving the connection in
        the poller (gthread takes it out for its thread and puts it back after)."""
        if not self.inline:
            super().on_client_socket_readable(conn, client)
            return
        self.keepalived_conns.remove(conn)
        self._serve(conn)

    def _serve(self, conn) -> None:
        """Answer the requests the connection has sent, then keep it alive or close it."""
        try:
            while True:
                keepalive = self.handle(conn) is True
                # A client may send its next request before reading the answer (pipelining):
                # those bytes are buffered already, and the poller would never report them.
                if not (keepalive and conn.parser.unreader.buf.getvalue()):
                    break
            if keepalive:
                self._keep_alive(conn)
                return
        except Exception:
            self.log.exception("Error finishing a request")
        self._forget(conn)

    def _keep_alive(self, conn) -> None:
        conn.set_timeout()
        if not self.alive:  # stopping: as gthread, a short linger for a request on its way
            conn.timeout = min(conn.timeout, time.monotonic() + STOP_KEEPALIVE_LINGER)
        self.keepalived_conns.append(conn)
        if not getattr(conn, "polled", False):
            self.poller.register(
                conn.sock, selectors.EVENT_READ, partial(self.on_client_socket_readable, conn)
            )
            conn.polled = True

    def _forget(self, conn) -> None:
        if getattr(conn, "polled", False):
            try:
                self.poller.unregister(conn.sock)
            except (KeyError, ValueError, OSError):
                pass  # the socket is gone already
        self.nr_conns -= 1
        conn.close(graceful=True)
