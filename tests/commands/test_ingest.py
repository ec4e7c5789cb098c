"""`python -m api ingest`: files, folders and stdin in, a summary and an exit status out."""

from __future__ import annotations

from tests.store.samples import EXPORT_TEXT, export_text


def _summary(result) -> list[str]:
    return result.stdout.decode().splitlines()


def test_ingest_files_and_folders_then_again(tmp_path, database_url, run_cli):
    folder = tmp_path / "exports" / "2024"
    folder.mkdir(parents=True)
    for n in range(3):
        (folder / f"article_{n}.txt").write_text(export_text(n), encoding="utf-8")
    (folder / "article_0.expected.json").write_text("{}", encoding="utf-8")  # not an export
    single = tmp_path / "single.txt"
    single.write_text(export_text(9), encoding="utf-8")

    first = run_cli(database_url, "ingest", str(tmp_path / "exports"), str(single))
    assert first.returncode == 0, first.stderr
    assert _summary(first) == ["created: 4", "already there: 0", "failed: 0"]

    second = run_cli(database_url, "ingest", str(folder), str(single))
    assert second.returncode == 0, second.stderr
    assert _summary(second) == ["created: 0", "already there: 4", "failed: 0"]


def test_ingest_from_stdin_dedupes_crlf_copies(database_url, run_cli):
    first = run_cli(database_url, "ingest", "-", stdin=EXPORT_TEXT.encode())
    assert (first.returncode, _summary(first)[0]) == (0, "created: 1")
    crlf = EXPORT_TEXT.replace("\n", "  \r\n").encode()
    second = run_cli(database_url, "ingest", "-", stdin=crlf)
    assert (second.returncode, _summary(second)[1]) == (0, "already there: 1")


def test_failures_are_listed_with_reasons_and_exit_1(tmp_path, database_url, run_cli):
    good = tmp_path / "good.txt"
    good.write_text(export_text(1), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 owner wins award\n\nShe said so.\n".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    bare = tmp_path / "no-exports"
    bare.mkdir()

    result = run_cli(database_url, "ingest", *map(str, (good, empty, latin1, missing, bare)))
    assert result.returncode == 1
    lines = _summary(result)
    assert lines[:3] == ["created: 1", "already there: 0", "failed: 4"]
    reasons = dict(line.strip().split(": ", 1) for line in lines[3:])
    assert set(reasons) == {str(empty), str(latin1), str(missing), str(bare)}
    assert all(reasons.values())
    assert reasons[str(missing)] == "no such file or folder"


def test_ingest_without_migrations_asks_for_an_upgrade(tmp_path, empty_database_url, run_cli):
    article = tmp_path / "a.txt"
    article.write_text(EXPORT_TEXT, encoding="utf-8")
    result = run_cli(empty_database_url, "ingest", str(article))
    assert result.returncode == 2
    assert "python -m api db upgrade" in result.stderr.decode()
