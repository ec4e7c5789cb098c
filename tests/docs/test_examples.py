"""The documentation's examples run against a real server and answer what the documents show.

The convention (docs/testing.md says it too): in README.md and docs/*.md, a ```console
block holds curl examples. Each `$ ` line is a command (a line ending in `\\` goes on), run with
bash and the real curl against a gunicorn started here on a fresh SQLite database holding the six
articles of examples/ (ids 1 to 6), with `$BASE` (the server's root URL) and `$KEY` (a `write`
key) set. The lines that follow, up to the next `$ ` line, are what it answers:

- `HTTP/1.1 201 CREATED`: the status (the command uses `curl -i`), then `Name: value` headers
  that must be sent (a value ending in `...` is a prefix), a blank line, then the body;
- a JSON body: every key shown is present with the value shown, and an object or array shows
  all of its keys or items unless it holds `...`; a string `"..."` stands for any value and a
  string ending in `...` for a prefix;
- any other body (text, NDJSON): the lines shown, in order; a line ending in `...` is a prefix
  and a line `...` alone stands for any number of lines.

Each document gets its own server, and its examples run in the document's order, so an example
that stores an article runs before the ones that read it. ```sh blocks are read, never run: they
must not hold `$ ` prompts.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

from api.config import PROJECT_ROOT
from tests.gunicorn_server import Gunicorn

README = PROJECT_ROOT / "README.md"
DOCS = PROJECT_ROOT / "docs"
README_MAX_LINES = 250
CURL_SECONDS = 60  # a bound on one example, not an expectation: each takes milliseconds
MORE = "..."


def documents() -> list[Path]:
    """README.md, then every Markdown file under docs/."""
    return [README, *sorted(DOCS.glob("**/*.md"))]


def _name(path: Path) -> str:
    return str(path.relative_to(PROJECT_ROOT))


@dataclass
class Example:
    """One `$ ` command of a console block and the answer the document shows for it."""

    document: str
    line: int  # 1-based, where the command starts
    command: str
    shown: list[str]

    def where(self) -> str:
        return f"{self.document}:{self.line}: {self.command.splitlines()[0]}"


@dataclass
class Block:
    language: str
    line: int  # 1-based line of the first line inside the fence
    lines: list[str]


def fenced_blocks(path: Path) -> list[Block]:
    """The fenced code blocks of a Markdown file, with their language and position."""
    blocks, current = [], None
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text.startswith("```"):
            if current is None:
                current = Block(text[3:].strip(), number + 1, [])
            else:
                blocks.append(current)
                current = None
        elif current is not None:
            current.lines.append(text)
    assert current is None, f"{_name(path)}:{current.line - 1}: a fenced block never closes"
    return blocks


def examples(path: Path) -> list[Example]:
    """Every `$ ` command of the document's console blocks, in order."""
    found = []
    for block in fenced_blocks(path):
        if block.language != "console":
            continue
        current = None
        continuing = False
        for offset, text in enumerate(block.lines):
            if continuing:
                current.command += "\n" + text
                continuing = text.endswith("\\")
            elif text.startswith("$ "):
                current = Example(_name(path), block.line + offset, text[2:], [])
                found.append(current)
                continuing = text.endswith("\\")
            elif current is None:
                raise AssertionError(
                    f"{_name(path)}:{block.line + offset}: a console block starts with a `$ ` line"
                )
            else:
                current.shown.append(text)
    return found


# --- comparing an answer with what a document shows ---------------------------------------------


def _json_with_more(text: str) -> object:
    """Parse shown JSON where a bare `...` stands for more members or items."""
    out, stack, in_string, escaped, i = [], [], False, False, 0
    while i < len(text):
        char = text[i]
        if in_string:
            in_string = not (char == '"' and not escaped)
            escaped = char == "\\" and not escaped
        elif char == '"':
            in_string = True
        elif char in "{[":
            stack.append(char)
        elif char in "}]":
            stack.pop()
        elif text.startswith(MORE, i):
            out.append('"...": null' if stack and stack[-1] == "{" else '"..."')
            i += len(MORE)
            continue
        out.append(char)
        i += 1
    return orjson.loads("".join(out))


def _compare_json(shown, actual, path: str = "") -> list[str]:
    """What differs between the shown value and the actual one (empty when they agree)."""
    where = path or "the body"
    if shown == MORE:
        return []
    if isinstance(shown, str) and shown.endswith(MORE) and isinstance(actual, str):
        prefix = shown[: -len(MORE)]
        if actual.startswith(prefix):
            return []
        return [f"{where}: {actual!r} does not start with {prefix!r}"]
    if isinstance(shown, dict):
        if not isinstance(actual, dict):
            return [f"{where}: shown an object, got {orjson.dumps(actual).decode()[:200]}"]
        problems = []
        for key, value in shown.items():
            if key == MORE:
                continue
            if key not in actual:
                problems.append(f"{where}: no key {key!r} (keys: {', '.join(actual)})")
            else:
                problems += _compare_json(value, actual[key], f"{path}.{key}" if path else key)
        if MORE not in shown:
            extra = [key for key in actual if key not in shown]
            if extra:
                problems.append(f"{where}: keys not shown: {', '.join(extra)} (or show `...`)")
        return problems
    if isinstance(shown, list):
        if not isinstance(actual, list):
            return [f"{where}: shown an array, got {orjson.dumps(actual).decode()[:200]}"]
        if MORE in shown:
            cut = shown.index(MORE)
            head, tail = shown[:cut], shown[cut + 1 :]
            if len(actual) < len(head) + len(tail):
                return [f"{where}: {len(actual)} items, shown at least {len(head) + len(tail)}"]
            start = len(actual) - len(tail)
            pairs = [*enumerate(head), *((start + i, item) for i, item in enumerate(tail))]
        elif len(actual) != len(shown):
            return [f"{where}: {len(actual)} items, shown {len(shown)}"]
        else:
            pairs = list(enumerate(shown))
        problems = []
        for index, item in pairs:
            problems += _compare_json(item, actual[index], f"{path}[{index}]")
        return problems
    if shown != actual or type(shown) is not type(actual):
        got, expected = orjson.dumps(actual).decode()[:200], orjson.dumps(shown).decode()
        return [f"{where}: {got}, shown {expected}"]
    return []


def _compare_text(shown: list[str], actual: list[str]) -> list[str]:
    """The shown lines in order; `...` alone skips any number of lines, a trailing `...` a rest."""

    def match(s: int, a: int) -> bool:
        if s == len(shown):
            return a == len(actual)
        if shown[s] == MORE:
            return any(match(s + 1, k) for k in range(a, len(actual) + 1))
        if a == len(actual):
            return False
        line = shown[s]
        if line.endswith(MORE) and line != MORE:
            ok = actual[a].startswith(line[: -len(MORE)])
        else:
            ok = actual[a] == line
        return ok and match(s + 1, a + 1)

    if match(0, 0):
        return []
    shown_text, actual_text = "\n".join(shown), "\n".join(actual)
    return [f"the output differs:\n--- shown\n{shown_text}\n--- got\n{actual_text}"]


def _split_response(raw: str) -> tuple[str | None, list[str], str]:
    """(status line, header lines, body) of `curl -i` output; (None, [], raw) without -i."""
    if not raw.startswith("HTTP/"):
        return None, [], raw
    head, _, body = raw.replace("\r\n", "\n").partition("\n\n")
    while re.match(r"HTTP/\S+ 1\d\d", head) and body.startswith("HTTP/"):
        head, _, body = body.partition("\n\n")  # 100 Continue
    status, *headers = head.split("\n")
    return status, headers, body


def compare(example: Example, raw: str) -> list[str]:
    """Everything the answer gets wrong against what the document shows."""
    shown = list(example.shown)
    while shown and not shown[-1].strip():
        shown.pop()
    if not shown:
        return ["the document shows no answer to compare with"]
    problems = []
    status, headers, body = _split_response(raw)
    shown_body = shown
    if shown[0].startswith("HTTP/"):
        if status is None:
            return ["the document shows a status line: the command needs `curl -i`"]
        shown_status = shown[0].split()[1]
        if status.split()[1] != shown_status:
            problems.append(f"status {status.split(' ', 1)[1]}, shown {shown[0].split(' ', 1)[1]}")
        sent = {}
        for line in headers:
            name, _, value = line.partition(":")
            sent[name.strip().lower()] = value.strip()
        rest = shown[1:]
        end = rest.index("") if "" in rest else len(rest)
        for line in rest[:end]:
            if line == MORE:
                continue  # shown headers are a selection anyway
            name, _, value = line.partition(":")
            got = sent.get(name.strip().lower())
            value = value.strip()
            if got is None:
                problems.append(f"no {name.strip()} header")
            elif value.endswith(MORE) and not got.startswith(value[: -len(MORE)]):
                problems.append(f"{name.strip()}: {got}, shown {value}")
            elif not value.endswith(MORE) and got != value:
                problems.append(f"{name.strip()}: {got}, shown {value}")
        shown_body = rest[end + 1 :]
    elif status is not None:
        return ["the command prints headers (curl -i) but the document shows no status line"]
    text = "\n".join(shown_body).strip()
    if not text:
        return problems
    try:
        expected = _json_with_more(text) if text[0] in "{[" else None
    except orjson.JSONDecodeError:
        expected = None  # not one JSON value (NDJSON lines, text): compared line by line
    if expected is not None:
        try:
            actual = orjson.loads(body)
        except orjson.JSONDecodeError:
            return [*problems, f"the answer is not JSON: {body[:300]!r}"]
        return problems + _compare_json(expected, actual)
    return problems + _compare_text(shown_body, body.rstrip("\n").split("\n"))


# --- the server the examples run against --------------------------------------------------------


@pytest.fixture
def examples_server(sqlite_template, run_cli, tmp_path):
    """gunicorn on a fresh migrated SQLite database holding examples/ (articles 1 to 6)."""
    path = tmp_path / "copydesk.db"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    ingested = run_cli(url, "ingest", "examples")
    assert ingested.returncode == 0, ingested.stderr.decode()
    # Rate limits on, as `make run` serves: the examples show their headers.
    with Gunicorn(url, tmp_path / "gunicorn.log", workers=1, env={"RATELIMIT_ENABLED": "1"}) as s:
        yield s


def run_example(example: Example, server: Gunicorn) -> str:
    """What the example's command prints, run by bash with $BASE and $KEY set."""
    env = {**os.environ, "BASE": f"http://127.0.0.1:{server.port}", "KEY": server.key}
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", example.command],
        cwd=PROJECT_ROOT, env=env, capture_output=True, timeout=CURL_SECONDS, check=False,
    )  # fmt: skip
    output = result.stdout.decode("utf-8", errors="replace")
    if result.returncode != 0:
        raise AssertionError(
            f"{example.where()}\n  exited {result.returncode}: {result.stderr.decode()[-500:]}"
        )
    return output


DOCUMENTS_WITH_EXAMPLES = [path for path in documents() if path.exists() and examples(path)]


@pytest.mark.parametrize("document", DOCUMENTS_WITH_EXAMPLES, ids=_name)
def test_every_curl_example_answers_what_the_document_shows(document, examples_server):
    failures = []
    found = examples(document)
    for example in found:
        try:
            problems = compare(example, run_example(example, examples_server))
        except AssertionError as exc:
            problems = [str(exc)]
        failures += [f"{example.where()}\n  {problem}" for problem in problems]
    assert not failures, f"{len(failures)} difference(s) in {_name(document)}:\n" + "\n".join(
        failures
    )


def test_examples_follow_the_convention():
    """Commands in console blocks are curl calls against $BASE; sh blocks hold no prompts."""
    problems, count = [], 0
    for path in documents():
        for example in examples(path):
            count += 1
            if "curl" not in example.command or "$BASE" not in example.command:
                problems.append(f"{example.where()}: not a curl call against $BASE")
        for block in fenced_blocks(path):
            if block.language == "console":
                continue
            for offset, text in enumerate(block.lines):
                if text.startswith("$ "):
                    problems.append(
                        f"{_name(path)}:{block.line + offset}: a `$ ` prompt outside a console "
                        "block is never run; make it a console curl example or drop the prompt"
                    )
    assert not problems, "\n".join(problems)
    # The README's tour and the API reference are made of examples: finding none means the
    # extraction no longer sees them.
    assert examples(README), "README.md has no console examples"
    assert examples(DOCS / "api.md"), "docs/api.md has no console examples"
    assert count >= 20, f"only {count} examples found"


def test_readme_is_short_enough_to_finish():
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines < README_MAX_LINES, (
        f"README.md has {lines} lines: keep it under {README_MAX_LINES}"
    )


# --- links ---------------------------------------------------------------------------------------

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")


def _anchors(path: Path) -> set[str]:
    """GitHub's anchors of a Markdown file's headings."""
    anchors = set()
    in_block = False
    for text in path.read_text(encoding="utf-8").splitlines():
        if text.startswith("```"):
            in_block = not in_block
        elif not in_block and text.startswith("#"):
            title = text.lstrip("#").strip().lower()
            title = re.sub(r"[^\w\- ]", "", title)
            anchors.add(title.replace(" ", "-"))
    return anchors


def test_every_relative_link_leads_to_a_file_that_exists():
    broken = []
    for path in documents():
        in_block = False
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if text.startswith("```"):
                in_block = not in_block
            if in_block:
                continue
            for target in LINK.findall(text):
                if re.match(r"[a-z][a-z0-9+.-]*:", target):
                    continue  # http:, https:, mailto:
                file_part, _, anchor = target.partition("#")
                linked = (path.parent / file_part).resolve() if file_part else path
                where = f"{_name(path)}:{number}: {target}"
                if not linked.exists():
                    broken.append(f"{where}: no such file")
                elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
                    broken.append(f"{where}: no heading #{anchor} in {linked.name}")
    assert not broken, "broken links:\n" + "\n".join(broken)
