"""`python -m api parse FILE|-`: JSON on stdout, or a one-line error and exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from api.commands.parse import run_parse

ROOT = Path(__file__).resolve().parent.parent.parent
ARTICLE = "Ferry returns\n\nThe ferry sailed on Friday.\n\nRiders cheered “loudly.”\n"


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    """Run `python -m api parse ...` from the project root."""
    return subprocess.run(
        [sys.executable, "-m", "api", "parse", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_cli_parses_a_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run_cli(str(path))
    assert result.returncode == 0
    printed = json.loads(result.stdout.decode("utf-8"))
    assert printed["headline"] == "Ferry returns"
    assert [b["text"] for b in printed["body"]] == [
        "The ferry sailed on Friday.",
        "Riders cheered “loudly.”",
    ]
    assert "“loudly.”" in result.stdout.decode("utf-8")  # ensure_ascii=False


def test_cli_parses_standard_input():
    result = run_cli("-", stdin=b"\xef\xbb\xbf" + ARTICLE.encode())
    assert result.returncode == 0
    assert json.loads(result.stdout)["word_count"] == 10


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b"Just a headline\n", "no body text"), (b"Caf\xe9\n\nText.", "UTF-8")],
)
def test_cli_reports_parse_errors_on_one_line(data, message):
    result = run_cli("-", stdin=data)
    assert result.returncode == 2
    assert result.stdout == b""
    error = result.stderr.decode("utf-8")
    assert message in error
    assert error.count("\n") == 1


def test_run_parse_reports_an_unreadable_file(tmp_path, capsys):
    assert run_parse(str(tmp_path / "missing.txt")) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: cannot read ")
    assert "missing.txt" in captured.err


def test_run_parse_prints_indented_json(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode())
    assert run_parse(str(path)) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "headline": "Ferry returns",')
