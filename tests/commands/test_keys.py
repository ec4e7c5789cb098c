"""`python -m api keys ...`: create, list and revoke keys, and the development key of make run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from api.__main__ import main
from api.config import PROJECT_ROOT
from tests.cli import CliRun, run_in_process
from tests.web.auth.conftest import ARTICLE_TEXT

DEV_KEY = "eastmere-development-key-0123456789"


@pytest.fixture
def keys(database_url, monkeypatch, capsys):
    """Run `python -m api keys ARGS...` in-process against the test's database."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("COPYDESK_DEV_KEY", raising=False)

    def run(*args: str) -> CliRun:
        return run_in_process(monkeypatch, capsys, database_url, "keys", *args)

    return run


def _rows(listing: CliRun) -> list[list[str]]:
    """The rows of `keys list` under its header, split on runs of two or more spaces."""
    assert listing.code == 0, listing.err
    header, *rows = listing.out.splitlines()
    assert header.split() == ["ID", "NAME", "PREFIX", "SCOPE", "CREATED", "LAST", "USED", "REVOKED"]
    return [[cell.strip() for cell in row.split("  ") if cell.strip()] for row in rows]


def test_create_list_and_revoke(keys):
    created = keys("create", "--name", "frontend")
    reader = keys("create", "--name", "dashboards", "--scope", "read")

    assert created.code == 0
    key = created.out.strip()
    assert created.out == f"{key}\n"  # the key alone on stdout, for scripts to capture
    assert "shown only this once" in created.err
    listing = keys("list")
    assert key not in listing.out and reader.out.strip() not in listing.out
    (first, second) = _rows(listing)
    assert (first[0], first[1], first[3], first[5], first[6]) == (
        "1",
        "frontend",
        "write",
        "never",
        "-",
    )
    assert key.startswith(first[2] + "_")
    assert (second[1], second[3]) == ("dashboards", "read")

    revoked = keys("revoke", "1")

    assert revoked.code == 0
    assert "revoked key 1 ('frontend'" in revoked.out
    first, second = _rows(keys("list"))
    assert first[6].endswith("Z") and second[6] == "-"


def test_revoking_an_unknown_id_exits_1_and_says_so(keys):
    result = keys("revoke", "42")

    assert result.code == 1
    assert "no API key has id 42" in result.err


def test_development_key_names_are_left_to_keys_dev(keys):
    result = keys("create", "--name", "dev:mine")

    assert result.code == 1
    assert "keys dev" in result.err
    assert _rows(keys("list")) == []


def test_keys_on_a_database_without_the_schema_exit_2(empty_database_url, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", empty_database_url)

    assert main(["keys", "list"]) == 2
    assert "python -m api db upgrade" in capsys.readouterr().err


def test_keys_dev_makes_a_new_key_each_time_and_revokes_the_last(keys):
    first = keys("dev")
    second = keys("dev")

    assert (first.code, second.code) == (0, 0)
    assert first.out.strip() != second.out.strip()
    assert "Development API key 1" in first.err
    assert "previous development key 1 revoked" in second.err
    old, new = _rows(keys("list"))
    assert (old[1], old[6] != "-") == ("dev:make run", True)
    assert (new[1], new[6]) == ("dev:make run", "-")


def test_keys_dev_registers_copydesk_dev_key_once(keys, monkeypatch):
    monkeypatch.setenv("COPYDESK_DEV_KEY", DEV_KEY)

    first = keys("dev")
    second = keys("dev")

    assert (first.code, first.out) == (0, "")  # the key is already known to whoever set it
    assert "registered as key 1, in use" in first.err
    assert (second.code, second.out) == (0, "")
    assert "is key 1, in use" in second.err
    assert DEV_KEY not in first.err + second.err
    (row,) = _rows(keys("list"))
    assert (row[1], row[2], row[3], row[6]) == ("dev:COPYDESK_DEV_KEY", DEV_KEY[:8], "write", "-")


def test_keys_dev_refuses_a_revoked_or_weak_copydesk_dev_key(keys, monkeypatch):
    monkeypatch.setenv("COPYDESK_DEV_KEY", DEV_KEY)
    keys("dev")
    keys("revoke", "1")

    revoked = keys("dev")
    monkeypatch.setenv("COPYDESK_DEV_KEY", "secret")
    weak = keys("dev")

    assert revoked.code == 1
    assert "was revoked" in revoked.err
    assert weak.code == 2
    assert "24 to 256 characters" in weak.err


def test_a_key_captured_from_the_command_line_can_write(database_url, settings, anonymous_client):
    result = subprocess.run(
        [sys.executable, "-m", "api", "keys", "create", "--name", "script"],
        cwd=PROJECT_ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    key = result.stdout.strip()

    response = anonymous_client.post(
        "/articles",
        data=ARTICLE_TEXT,
        content_type="text/plain",
        headers={"Authorization": f"Bearer {key}"},
    )

    assert response.status_code == 201
