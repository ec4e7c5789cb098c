"""`python -m api import`: what `export` wrote goes back in, into the same or another database."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from playhouse.migrations import Runner

from api.config import PROJECT_ROOT, Settings
from api.store.db import close_all, database, open_database
from tests.cli import run_in_process
from tests.synthetic import article


def _migrated(url: str) -> str:
    db = open_database(url)
    try:
        Runner(db, Settings().migrations_dir).up()
    finally:
        db.close()
    return url


@pytest.fixture
def target_url(backend, request, tmp_path):
    """A second migrated, empty database on the test's backend: where the copy goes."""
    if backend == "sqlite":
        yield _migrated(f"sqlite:///{tmp_path / 'target.db'}")
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    yield _migrated(server.url(name))
    server.drop_database(name)


def _without_person_ids(lines: list[dict]) -> list[dict]:
    """Exported articles with their people named but not numbered (people are derived again)."""
    return [
        {**line, "people": [{k: v for k, v in p.items() if k not in ("id", "link")}
                            for p in line["people"]]}
        for line in lines
    ]  # fmt: skip


def _export(monkeypatch, capsys, url: str, path) -> list[dict]:
    run = run_in_process(monkeypatch, capsys, url, "export", "-o", str(path))
    close_all(database.obj)  # the export's app keeps a pool: the next command binds its own
    assert run.code == 0, run.err
    return [json.loads(line) for line in path.read_bytes().splitlines()]


@pytest.fixture
def source(client) -> list[int]:
    """Four articles with metadata and tags, one deleted: ids 1, 3, 4 and 5 (a gap)."""
    ids = []
    for n in range(5):
        meta = {"publisher": "Example Wire", "tags": [f"t{n}"], "url": f"https://example.com/{n}"}
        response = client.post("/articles", json={"text": article(n), **meta})
        ids.append(response.get_json()["id"])
    client.patch(f"/articles/{ids[2]}", json={"published_at": "2024-05-01T09:30:00+02:00"})
    client.delete(f"/articles/{ids[1]}")
    # The commands bind databases of their own: close the app's pool now, not at garbage time.
    close_all(database.obj)
    return [i for i in ids if i != ids[1]]


def test_export_then_import_copies_every_article_into_another_database(
    source, database_url, target_url, monkeypatch, capsys, tmp_path
):
    exported = _export(monkeypatch, capsys, database_url, tmp_path / "all.ndjson")
    assert [line["id"] for line in exported] == source

    run = run_in_process(monkeypatch, capsys, target_url, "import", str(tmp_path / "all.ndjson"))

    assert run.code == 0, run.err
    assert run.out.splitlines() == ["created: 4", "existing: 0", "failed: 0"]
    copied = _export(monkeypatch, capsys, target_url, tmp_path / "copy.ndjson")
    assert _without_person_ids(copied) == _without_person_ids(exported)
    assert [line["people"] != [] for line in copied] == [line["people"] != [] for line in exported]

    again = run_in_process(monkeypatch, capsys, target_url, "import", str(tmp_path / "all.ndjson"))
    assert (again.code, again.out.splitlines()) == (0, ["created: 0", "existing: 4", "failed: 0"])

    # A new article in the copy takes an id above every copied one (PostgreSQL's sequence too).
    new = tmp_path / "new.txt"
    new.write_text(article(9), encoding="utf-8")
    assert run_in_process(monkeypatch, capsys, target_url, "ingest", str(new)).code == 0
    after = _export(monkeypatch, capsys, target_url, tmp_path / "after.ndjson")
    assert [line["id"] for line in after] == [*source, max(source) + 1]


def test_import_reads_plain_text_exports_from_stdin(database_url, monkeypatch, capsys):
    upload = f"{article(1)}\n\f\n{article(2)}\f\nHeadline only\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(upload)))

    run = run_in_process(monkeypatch, capsys, database_url, "import", "-")

    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[:3] == ["created: 2", "existing: 0", "failed: 1"]
    failed_line = upload.split(b"\n").index(b"Headline only") + 1  # str.splitlines splits at \f
    assert lines[3].startswith(f"  line {failed_line}: text:")
    assert "imported 3 articles" in run.err


def test_import_lists_failed_lines_and_exits_1(database_url, monkeypatch, capsys, tmp_path):
    upload = tmp_path / "mixed.ndjson"
    upload.write_bytes(
        b"\n".join([json.dumps({"text": article(3)}).encode(), b"{oops", b'{"colour": 1}'])
    )

    run = run_in_process(monkeypatch, capsys, database_url, "import", str(upload))

    assert run.code == 1
    lines = run.out.splitlines()
    assert lines[:3] == ["created: 1", "existing: 0", "failed: 2"]
    assert lines[3].startswith("  line 2: not valid JSON")
    assert lines[4].startswith("  line 3: expected a JSON object")


def test_import_of_a_missing_file_or_an_unmigrated_database_exits_2(
    empty_database_url, monkeypatch, capsys, tmp_path
):
    missing = run_in_process(monkeypatch, capsys, empty_database_url, "import", "nowhere.ndjson")
    assert (missing.code, missing.out) == (2, "")
    assert "nowhere.ndjson" in missing.err

    upload = tmp_path / "one.ndjson"
    upload.write_text(json.dumps({"text": article(1)}), encoding="utf-8")
    pending = run_in_process(monkeypatch, capsys, empty_database_url, "import", str(upload))
    assert pending.code == 2
    assert "db upgrade" in pending.err


@pytest.mark.parametrize("backend", ["postgresql"])  # the copy goes to PostgreSQL
def test_an_sqlite_export_imports_into_postgresql(
    backend, target_url, monkeypatch, capsys, tmp_path
):
    sqlite_url = _migrated(f"sqlite:///{tmp_path / 'source.db'}")
    texts = tmp_path / "texts"
    texts.mkdir()
    for n in range(4):
        (texts / f"{n}.txt").write_text(article(n), encoding="utf-8")
    assert run_in_process(monkeypatch, capsys, sqlite_url, "ingest", str(texts)).code == 0
    exported = _export(monkeypatch, capsys, sqlite_url, tmp_path / "all.ndjson")

    run = run_in_process(monkeypatch, capsys, target_url, "import", str(tmp_path / "all.ndjson"))

    assert run.code == 0, run.err
    copied = _export(monkeypatch, capsys, target_url, tmp_path / "copy.ndjson")
    assert _without_person_ids(copied) == _without_person_ids(exported)


def test_export_into_a_closed_pipe_ends_quietly(source, database_url, tmp_path):
    # `export | head -n1`: the reader is gone before the first write.
    command = [sys.executable, "-m", "api", "export"]
    env = {"DATABASE_URL": database_url, "PATH": "/usr/bin:/bin"}
    with subprocess.Popen(
        command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        process.stdout.close()
        err = process.stderr.read()
    assert (process.returncode, err) == (141, b"")
