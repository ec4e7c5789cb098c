"""`python -m api preflight`: can a server start here? The port gunicorn would bind is free and
the database answers. `make run` runs it before it changes anything (migrations, articles, the
development key), so that a second `make run` beside a running server stops without revoking
the key that server's users hold."""

from __future__ import annotations

import errno
import os
import runpy
import socket
import sys
from pathlib import Path

import click

import api.parser
from api.commands.common import fail
from api.config import PROJECT_ROOT, Settings
from api.observability.startup import redacted
from api.store.db import unusable_reason

GUNICORN_CONF = PROJECT_ROOT / "gunicorn.conf.py"
PROC = Path("/proc")
LISTEN = "0A"  # the state of a listening socket in /proc/net/tcp
COMMAND_CHARS = 160  # a command line longer than this is cut in the message


def run_preflight() -> int:
    """0 when the port is free and the database usable; 2, naming what is in the way, if not."""
    try:
        settings = Settings.from_env()
        # The address exactly as gunicorn will read it (PORT, default 8000).
        bind = runpy.run_path(str(GUNICORN_CONF))["bind"]
    except ValueError as exc:
        return fail(str(exc))
    host, _, port_text = bind.rpartition(":")
    if not (port_text.isdigit() and 0 < int(port_text) < 65536):
        return fail(f"PORT must be a port number from 1 to 65535, got {port_text!r}")
    port = int(port_text)
    taken = port_in_use(host, port)
    if taken:
        return fail(taken)
    reason = unusable_reason(settings.database_url)
    if reason:
        return fail(f"the database {redacted(settings.database_url)} cannot be used: {reason}")
    build = "compiled" if api.parser.compiled() else "pure Python"
    print(
        f"preflight: {bind} is free; the database answers; the parser runs {build}", file=sys.stderr
    )
    return 0


def port_in_use(host: str, port: int) -> str | None:
    """Why gunicorn could not listen on host:port (naming the process there), or None."""
    failure = _bind_error(host.strip("[]"), port)
    if failure is None:
        return None
    if failure.errno == errno.EACCES:
        return f"port {port} needs root (ports below 1024 are privileged); set PORT=8000 or higher"
    if failure.errno != errno.EADDRINUSE:
        return f"cannot listen on {host}:{port}: {failure.strerror}"
    holders = listeners(port)
    who = (
        "; ".join(f"process {pid} listens on it: {command}" for pid, command in holders)
        if holders
        else "another process listens on it"
    )
    stop = f" (Ctrl-C where it runs, or kill {holders[0][0]})" if holders else ""
    hint = next_free_port(host, port)
    other = f", or serve on another port: PORT={hint}" if hint else ""
    return f"port {port} is already in use: {who}. Stop that server{stop}{other}"


def _bind_error(host: str, port: int) -> OSError | None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # As gunicorn binds: a port whose last connections linger in TIME_WAIT is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            return exc
    return None


def next_free_port(host: str, port: int, tries: int = 20) -> int | None:
    """The first port after `port` that is free now (a suggestion), or None."""
    return next(
        (p for p in range(port + 1, min(port + 1 + tries, 65536)) if not _bind_error(host, p)),
        None,
    )


def listeners(port: int) -> list[tuple[int, str]]:
    """(pid, command line) of the processes listening on a TCP port, from /proc (Linux).

    Only the first of a family (a gunicorn master, not its workers that share the socket);
    empty where /proc says nothing or hides other users' processes.
    """
    inodes = set()
    for table in ("tcp", "tcp6"):
        try:
            lines = (PROC / "net" / table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if (
                len(fields) > 9
                and fields[3] == LISTEN
                and int(fields[1].rsplit(":", 1)[1], 16) == port
            ):
                inodes.add(f"socket:[{fields[9]}]")
    if not inodes:
        return []
    pids = {pid for pid in _pids() if _holds(pid, inodes)}
    # A worker shares its master's socket: name the processes whose parent is not among them.
    heads = sorted(pid for pid in pids if _parent(pid) not in pids)
    return [(pid, _command(pid)) for pid in heads]


def _pids() -> list[int]:
    try:
        return [int(name) for name in os.listdir(PROC) if name.isdigit()]
    except OSError:
        return []


def _holds(pid: int, inodes: set[str]) -> bool:
    folder = PROC / str(pid) / "fd"
    try:
        return any(os.readlink(folder / fd) in inodes for fd in os.listdir(folder))
    except OSError:  # gone meanwhile, or another user's
        return False


def _parent(pid: int) -> int | None:
    try:
        # The command name (2nd field) is in parentheses and may hold spaces: split after it.
        return int((PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _command(pid: int) -> str:
    try:
        raw = (PROC / str(pid) / "cmdline").read_bytes()
    except OSError:
        return "(command unknown)"
    command = raw.replace(b"\0", b" ").decode(errors="replace").strip() or "(command unknown)"
    return command if len(command) <= COMMAND_CHARS else command[: COMMAND_CHARS - 3] + "..."


@click.command("preflight", short_help="check that a server can start: port free, database up")
def preflight_command() -> int:
    """Check that the server can start, and change nothing: the port gunicorn would bind (PORT,
    default 8000) is free, and the database (DATABASE_URL) answers.

    `make run` runs it first. Exit 2, naming what is in the way (the process on the port, the
    database's error), when either is not.

    \b
    Example:
      PORT=9000 .venv/bin/python -m api preflight
    """
    return run_preflight()
