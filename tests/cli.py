"""The command line run in-process, as `python -m api ARGS...` would run it."""

from __future__ import annotations

from dataclasses import dataclass

from api.__main__ import main


@dataclass
class CliRun:
    """What one command did."""

    code: int
    out: str
    err: str


def run_in_process(monkeypatch, capsys, database_url: str, *args: str) -> CliRun:
    """`python -m api ARGS...` against `database_url`, its exit code and what it printed."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    code = main(list(args))
    captured = capsys.readouterr()
    return CliRun(code, captured.out, captured.err)
