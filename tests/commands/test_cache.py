"""`python -m api cache warm`: caches the JSON of every article with none cached for its current
version (stored from the command line, or cached by older code), and nothing else."""

from __future__ import annotations

import pytest

from api.store import articles as store
from api.store import cache as representation_cache
from api.store.db import database
from api.web import representations
from tests.cli import CliRun, run_in_process
from tests.synthetic import article
from tests.web.test_representation_cache import cached_rows, forget_cached


@pytest.fixture
def warm(request, monkeypatch, capsys):
    """Run `python -m api cache warm ARGS...` in-process against the test's migrated database, or
    the one `url` names."""
    monkeypatch.delenv("SCRIPT_NAME", raising=False)

    def run(*args: str, url: str | None = None) -> CliRun:
        url = url or request.getfixturevalue("database_url")
        return run_in_process(monkeypatch, capsys, url, "cache", "warm", *args)

    return run


def _counts(run: CliRun) -> tuple[int, int, int]:
    """(kept, already kept, not kept) from the report."""
    lines = dict(line.split(": ", 1) for line in run.out.splitlines()[:3])
    return int(lines["cached"]), int(lines["already cached"]), int(lines["not cached"])


@pytest.fixture
def mixed(client) -> dict[str, list[int]]:
    """Articles in every state: stored by the command line (nothing kept), kept at write by the
    API, and kept by older code (stale); their ids by state."""
    with database.connection_context():
        ingested = [store.ingest_text(article(n))[0].id for n in range(3)]
    written = [client.post("/articles", json={"text": article(n)}).get_json()["id"] for n in (3, 4)]
    with database.connection_context():
        representation_cache.put(written[1], "json", "an older release", b"{}")
    return {"missing": ingested, "current": written[:1], "stale": written[1:]}


def test_cache_warm_builds_what_is_missing_or_stale_and_nothing_else(client, mixed, warm, builds):
    result = warm()

    assert result.code == 0, result.err
    assert _counts(result) == (4, 1, 0)
    assert sorted(builds) == mixed["missing"] + mixed["stale"]
    assert result.out.splitlines()[3].startswith("in ")
    reads = [client.get(f"/articles/{n}") for n in sorted(sum(mixed.values(), []))]
    assert {r.status_code for r in reads} == {200}
    assert len(builds) == 4  # every read was of kept bytes
    assert [kind for _, kind in cached_rows()] == ["json"] * 5  # text stays lazy


def test_cache_warm_is_idempotent(client, mixed, warm, builds):
    warm()

    again = warm()

    assert again.code == 0
    assert _counts(again) == (0, 5, 0)
    assert len(builds) == 4


def test_after_an_upgrade_warm_builds_everything_again(client, mixed, warm, builds, monkeypatch):
    warm()
    monkeypatch.setattr(representations, "code_fingerprint", lambda: "a newer release")

    upgraded = warm()
    first = client.get(f"/articles/{mixed['current'][0]}")

    assert _counts(upgraded) == (5, 0, 0)
    assert first.status_code == 200
    assert len(builds) == 4 + 5


@pytest.mark.parametrize("how", ["option", "SCRIPT_NAME"])
def test_cache_warm_builds_the_links_of_the_mount_point(
    anonymous_client, mixed, warm, builds, monkeypatch, how
):
    forget_cached()
    if how == "option":
        result = warm("--script-root", "/copydesk")
    else:
        monkeypatch.setenv("SCRIPT_NAME", "/copydesk")
        result = warm()

    mounted = anonymous_client.get("/articles/1", base_url="http://localhost/copydesk")
    at_root = anonymous_client.get("/articles/1")

    assert _counts(result) == (5, 0, 0)
    assert mounted.get_json()["links"]["self"] == "/copydesk/articles/1"
    assert at_root.get_json()["links"]["self"] == "/articles/1"
    assert builds.count(1) == 2  # by the command, then by the read at the root


def test_cache_warm_of_an_empty_database_keeps_nothing(db, warm):
    result = warm()

    assert (result.code, _counts(result)) == (0, (0, 0, 0))


def test_a_script_root_that_is_not_a_path_exits_2(db, warm):
    result = warm("--script-root", "copydesk")

    assert result.code == 2
    assert "starting with /" in result.err


def test_cache_warm_without_migrations_asks_for_an_upgrade(empty_database_url, warm):
    result = warm(url=empty_database_url)

    assert result.code == 2
    assert "python -m api db upgrade" in result.err


def test_cache_warm_runs_as_a_command(client, mixed, database_url, run_cli):
    result = run_cli(database_url, "cache", "warm")

    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines()[:3] == [
        "cached: 4",
        "already cached: 1",
        "not cached: 0",
    ]
