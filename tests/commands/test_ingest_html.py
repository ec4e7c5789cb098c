"""`python -m api ingest` with web pages (.html, .htm, .xhtml, .gz) and WARC files."""

from __future__ import annotations

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from api.store import articles as store
from tests.parser.html.pages import page, paragraphs
from tests.parser.html.test_warc import WRITER_TEMPFILE


def _summary(result) -> list[str]:
    return result.stdout.decode().splitlines()


def _page(n: int) -> bytes:
    return page(paragraphs(3, f"Story {n}"), headline=f"Ferry story number {n}").encode()


def _warc_file(path, gzip_it: bool) -> None:
    """A WARC of two HTML responses, one image response, one login wall and a warcinfo."""
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzip_it)
    writer.write_record(
        writer.create_warc_record("https://n.example/", "warcinfo", payload=io.BytesIO(b"x"))
    )
    wall = b"<html><body><h1>Sign in</h1><form><input type='password'></form></body></html>"
    for uri, kind, body in [
        ("https://n.example/a", "text/html; charset=utf-8", _page(10)),
        ("https://n.example/logo.png", "image/png", b"\x89PNG"),
        ("https://n.example/b", "text/html", _page(11)),
        ("https://n.example/login", "text/html", wall),
    ]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-03-02T08:30:00Z"},
        )
        writer.write_record(record)
    path.write_bytes(stream.getvalue())


def test_ingest_pages_of_every_suffix_then_again(tmp_path, database_url, db, run_cli):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes(_page(1))
    (folder / "b.htm").write_bytes(_page(2))
    (folder / "c.xhtml").write_bytes(_page(3))
    (folder / "d.html.gz").write_bytes(gzip.compress(_page(4)))
    (folder / "notes.md").write_text("not an article", encoding="utf-8")

    first = run_cli(database_url, "ingest", str(folder))
    assert first.returncode == 0, first.stderr
    assert _summary(first) == ["created: 4", "already there: 0", "failed: 0"]
    again = run_cli(database_url, "ingest", str(folder / "a.html"))
    assert _summary(again) == ["created: 0", "already there: 1", "failed: 0"]

    stored = [store.get_article(i) for i in store.article_ids()]
    assert {a.source for a in stored} == {"html"}
    assert all(store.load_page(a.id) is not None for a in stored)


@WRITER_TEMPFILE
def test_ingest_warc_stores_each_html_response_and_counts_the_rest(
    tmp_path, database_url, db, run_cli
):
    plain, packed = tmp_path / "crawl.warc", tmp_path / "crawl2.warc.gz"
    _warc_file(plain, gzip_it=False)
    _warc_file(packed, gzip_it=True)

    result = run_cli(database_url, "ingest", str(plain), str(packed))

    assert result.returncode == 1  # the login wall is not an article
    lines = _summary(result)
    assert lines[:4] == [
        "created: 2",
        "already there: 2",
        "skipped WARC records (not HTML responses): 4",
        "failed: 2",
    ]
    assert lines[4].startswith(f"  {plain} https://n.example/login: ")

    stored = {a.url: a for a in map(store.get_article, store.article_ids())}
    assert set(stored) == {"https://n.example/a", "https://n.example/b"}
    assert stored["https://n.example/a"].published_at.isoformat() == "2024-03-02T08:30:00+00:00"


def test_a_file_that_is_not_a_warc_is_a_failure(tmp_path, database_url, run_cli):
    bad = tmp_path / "broken.warc"
    bad.write_bytes(b"this is not a WARC file at all\n")
    result = run_cli(database_url, "ingest", str(bad))
    assert result.returncode == 1
    assert _summary(result)[-1].startswith(f"  {bad}: ")


def test_check_and_reparse_accept_page_articles(tmp_path, database_url, db, run_cli):
    (tmp_path / "a.html").write_bytes(_page(1))
    assert run_cli(database_url, "ingest", str(tmp_path / "a.html")).returncode == 0
    before = store.get_article(store.article_ids()[0])

    reparse = run_cli(database_url, "reparse", "--all")
    assert reparse.returncode == 0, reparse.stdout + reparse.stderr
    check = run_cli(database_url, "check")
    assert check.returncode == 0, check.stdout
    after = store.get_article(before.id)
    assert (after.document, after.content_hash) == (before.document, before.content_hash)
