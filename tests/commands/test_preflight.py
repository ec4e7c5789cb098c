"""`python -m api preflight`: what `make run` checks before it changes anything. A taken port
or an unusable database exits 2 naming what is in the way; a free setup exits 0; nothing is
created either way."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from api.config import PROJECT_ROOT
from tests.pg_cluster import free_port


def preflight(port: int | str, database_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PORT": str(port), "DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "api", "preflight"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def listening():
    """A socket of this process listening on 127.0.0.1, as a server already running would."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


def test_a_taken_port_exits_2_naming_the_process_on_it(listening, tmp_path):
    result = preflight(listening, f"sqlite:///{tmp_path / 'copydesk.db'}")

    assert result.returncode == 2
    assert f"port {listening} is already in use" in result.stderr
    assert f"process {os.getpid()} listens on it: {sys.executable}" in result.stderr
    assert "PORT=" in result.stderr  # a free port to use instead
    assert not (tmp_path / "copydesk.db").exists()


def test_a_free_port_and_a_database_to_be_made_pass_and_create_nothing(tmp_path):
    url = f"sqlite:///{tmp_path / 'var' / 'copydesk.db'}"

    result = preflight(free_port(), url)

    assert result.returncode == 0, result.stderr
    assert "is free; the database answers" in result.stderr
    assert list(tmp_path.iterdir()) == []  # not even the folder


def test_a_migrated_database_passes(database_url):
    result = preflight(free_port(), database_url)

    assert result.returncode == 0, result.stderr


def test_a_postgresql_server_that_does_not_answer_exits_2_without_the_password():
    url = f"postgresql://copydesk:hunter2@127.0.0.1:{free_port()}/copydesk"

    result = preflight(free_port(), url)

    assert result.returncode == 2
    assert "cannot connect to PostgreSQL" in result.stderr
    assert "postgresql://copydesk:***@127.0.0.1" in result.stderr
    assert "hunter2" not in result.stderr


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda path: path.write_bytes(b"not a database, only words"), "not a database"),
        (lambda path: path.mkdir(), "is a folder"),
    ],
)
def test_a_sqlite_path_that_is_no_database_exits_2(tmp_path, make, why):
    path = tmp_path / "copydesk.db"
    make(path)

    result = preflight(free_port(), f"sqlite:///{path}")

    assert result.returncode == 2
    assert why in result.stderr


@pytest.mark.parametrize("port", ["http", "0", "70000"])
def test_a_port_that_is_no_port_number_exits_2(tmp_path, port):
    result = preflight(port, f"sqlite:///{tmp_path / 'copydesk.db'}")

    assert result.returncode == 2
    assert f"PORT must be a port number from 1 to 65535, got {port!r}" in result.stderr


def test_a_sqlite_file_under_a_file_exits_2(tmp_path):
    (tmp_path / "notes").write_text("a file, not a folder")

    result = preflight(free_port(), f"sqlite:///{tmp_path / 'notes' / 'copydesk.db'}")

    assert result.returncode == 2
    assert "is not a folder" in result.stderr
