"""GET /articles/export (streamed NDJSON), POST /articles/import, and `python -m api export`."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from api import create_app
from api.commands.export import run_export
from api.store import articles as store
from api.store import restore
from api.web import representations, uploads
from tests.problems import assert_problem
from tests.synthetic import article

NDJSON = "application/x-ndjson"


def _lines(response) -> list[dict]:
    return [json.loads(line) for line in response.data.splitlines()]


def _ndjson(*records) -> bytes:
    """An upload: dicts become JSON lines, bytes are taken as they are (bad lines)."""
    return b"\n".join(r if isinstance(r, bytes) else json.dumps(r).encode() for r in records)


@pytest.fixture
def stored(client) -> list[int]:
    """Five distinct synthetic articles, two from one publisher; their ids."""
    ids = []
    for n in range(5):
        publisher = "Harbour Gazette" if n % 2 else "Example Wire"
        response = client.post("/articles", json={"text": article(n), "publisher": publisher})
        assert response.status_code == 201
        ids.append(response.get_json()["id"])
    return ids


def test_export_streams_every_article_as_its_get_json(client, stored):
    response = client.get("/articles/export")

    assert response.status_code == 200
    assert response.mimetype == NDJSON
    assert response.is_streamed
    lines = _lines(response)
    assert [line["id"] for line in lines] == sorted(stored)
    for line in lines:
        assert line == client.get(f"/articles/{line['id']}").get_json()


def test_export_applies_the_filters(client, stored):
    response = client.get("/articles/export", query_string={"publisher": "Harbour Gazette"})

    assert response.status_code == 200
    lines = _lines(response)
    assert [line["id"] for line in lines] == [stored[1], stored[3]]
    assert {line["publisher"] for line in lines} == {"Harbour Gazette"}


@pytest.mark.parametrize(
    "query",
    [
        {"has_images": "true"},
        {"q": "footbridge OR museum"},
        {"ids": "2,4,5"},
        {"credit": "oyelaran", "publisher": "Example Wire"},
    ],
)
def test_export_selects_what_the_list_selects(client, stored, query):
    listed = client.get("/articles", query_string={**query, "limit": 100}).get_json()["items"]

    response = client.get("/articles/export", query_string=query)

    assert response.status_code == 200
    assert [line["id"] for line in _lines(response)] == sorted(item["id"] for item in listed)


def test_export_refuses_unknown_parameters(client):
    assert_problem(client.get("/articles/export?colour=red"), 400, field="colour")


def test_export_of_nothing_is_an_empty_body(app):
    # Not through the contract-checking client: openapi-core calls an empty body missing, yet
    # zero lines is exactly the NDJSON of no articles.
    response = app.test_client().get("/articles/export")

    assert response.status_code == 200
    assert response.data == b""


def test_export_reads_one_batch_at_a_time(app, stored, monkeypatch):
    # Constant memory: the first line leaves before later batches are even queried.
    monkeypatch.setattr(store, "EXPORT_BATCH", 2)
    monkeypatch.setattr(representations, "CHUNK_BYTES", 1)
    batches = []
    original = store.stored_articles
    monkeypatch.setattr(
        store, "stored_articles", lambda rows: batches.append(len(rows)) or original(rows)
    )

    response = app.test_client().get("/articles/export", buffered=False)
    chunks = iter(response.response)
    first = json.loads(next(chunks))

    assert first["id"] == stored[0]
    assert batches == [2]
    rest = [json.loads(chunk) for chunk in chunks]
    response.close()
    assert [line["id"] for line in [first, *rest]] == stored
    assert batches == [2, 2, 1]


def test_import_ndjson_stores_good_lines_around_bad_ones(client):
    upload = _ndjson(
        {"text": article(10), "tags": ["harbour"]},
        b"{not json",
        b"",  # blank lines are skipped but still counted
        {"text": article(11), "url": "not a url"},
        b"[1, 2]",
        {"text": "Headline only"},
        b'{"text": "Bad byte \xff here\\n\\nBody."}',
        {"text": article(12), "publisher": "Example Wire"},
    )

    response = client.post("/articles/import", data=upload, content_type=NDJSON)

    assert response.status_code == 200
    report = response.get_json()
    assert (report["created"], report["existing"], report["failed"]) == (2, 0, 5)
    results = report["results"]
    assert [(r["line"], r["status"]) for r in results] == [
        (1, "created"),
        (2, "error"),
        (4, "error"),
        (5, "error"),
        (6, "error"),
        (7, "error"),
        (8, "created"),
    ]
    assert "not valid JSON" in results[1]["error"]
    assert results[2]["error"].startswith("url: ")
    assert "JSON object" in results[3]["error"]
    assert results[4]["error"].startswith("text: ")
    assert "UTF-8" in results[5]["error"]
    assert all("id" not in r for r in results if r["status"] == "error")
    first = client.get(f"/articles/{results[0]['id']}").get_json()
    assert first["tags"] == ["harbour"]
    assert client.get(f"/articles/{results[6]['id']}").get_json()["publisher"] == "Example Wire"


def test_import_twice_is_harmless(client):
    upload = _ndjson({"text": article(20)}, {"text": article(21)}, {"text": article(20)})

    first = client.post("/articles/import", data=upload, content_type=NDJSON).get_json()
    again = client.post("/articles/import", data=upload, content_type=NDJSON).get_json()

    assert [r["status"] for r in first["results"]] == ["created", "created", "existing"]
    assert [r["status"] for r in again["results"]] == ["existing"] * 3
    assert [r["id"] for r in again["results"]] == [r["id"] for r in first["results"]]
    assert client.get("/articles").get_json()["total"] == 2


def test_import_plain_text_exports_separated_by_form_feed_lines(client):
    upload = f"{article(30)}\n\f\n\n{article(31)}\f\n\f\nHeadline only\n".encode()

    response = client.post("/articles/import", data=upload, content_type="text/plain")

    assert response.status_code == 200
    results = response.get_json()["results"]
    second_line = article(30).count("\n") + 4  # after the separator and a blank line
    assert [(r["line"], r["status"]) for r in results] == [
        (1, "created"),
        (second_line, "created"),
        (second_line + article(31).count("\n") + 2, "error"),
    ]
    assert client.get(f"/articles/{results[0]['id']}").get_json()["headline"] in article(30)


def test_import_of_an_empty_upload_stores_nothing(client):
    response = client.post("/articles/import", data=b"\n\n", content_type=NDJSON)

    assert response.status_code == 200
    assert response.get_json() == {"created": 0, "existing": 0, "failed": 0, "results": []}


@pytest.mark.parametrize(
    "content_type", ["application/json", "text/plain; charset=latin-1", "text/csv"]
)
def test_import_refuses_other_media_types(client, content_type):
    response = client.post("/articles/import", data=b"{}", content_type=content_type)

    assert_problem(response, 415)


@pytest.fixture
def limited(settings, client_for):
    """A client for an app whose import allows 3 articles and 4 KiB (other bodies 1 KiB)."""
    limits = replace(settings, max_body_bytes=1024, import_max_bytes=4096, import_max_lines=3)
    return client_for(create_app(limits))


def test_import_over_the_line_limit_is_422_and_stores_nothing(limited):
    upload = _ndjson(*({"text": f"Headline {n}\n\nBody {n}."} for n in range(4)))

    response = limited.post("/articles/import", data=upload, content_type=NDJSON)

    body = assert_problem(response, 422, field="body")
    assert "at most 3" in body["errors"][0]["message"]
    assert limited.get("/articles").get_json()["total"] == 0


def test_import_has_its_own_body_limit(limited):
    padding = "x" * 600
    within = _ndjson(*({"text": f"Headline {n}\n\nBody {n} {padding}."} for n in range(3)))
    over = _ndjson(*({"text": f"Headline {n}\n\nBody {n} {padding * 3}."} for n in range(3)))
    assert 1024 < len(within) < 4096 < len(over)

    accepted = limited.post("/articles/import", data=within, content_type=NDJSON)
    refused = limited.post("/articles/import", data=over, content_type=NDJSON)

    assert accepted.status_code == 200
    assert accepted.get_json()["created"] == 3
    body = assert_problem(refused, 413)
    assert "4096 bytes" in body["detail"]


def test_export_command_writes_the_endpoint_lines(client, stored, database_url, tmp_path,
                                                  monkeypatch):  # fmt: skip
    monkeypatch.setenv("DATABASE_URL", database_url)
    target = tmp_path / "articles.ndjson"
    expected = client.get("/articles/export", query_string={"publisher": "Example Wire"}).data

    status = run_export(str(target), ["publisher=Example Wire"])

    assert status == 0
    assert target.read_bytes() == expected
    assert len(expected.splitlines()) == 3


@pytest.mark.parametrize("pairs", [["colour=red"], ["publisher"], ["publisher="]])
def test_export_command_refuses_bad_filters(pairs, database_url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", database_url)

    status = run_export(str(tmp_path / "out.ndjson"), pairs)

    assert status == 2
    assert "error:" in capsys.readouterr().err


def _content(line: dict) -> dict:
    """An exported article minus its people's ids and links (people are derived again)."""
    people = [{k: v for k, v in p.items() if k not in ("id", "link")} for p in line["people"]]
    return {**line, "people": people}


def test_an_export_imported_again_restores_every_article_under_its_id(client, stored):
    client.patch(
        f"/articles/{stored[2]}",
        json={"tags": ["harbour", "ferries"], "url": "https://example.com/2",
              "published_at": "2024-05-01T09:30:00+02:00"},
    )  # fmt: skip
    exported = client.get("/articles/export").data
    lines = [json.loads(line) for line in exported.splitlines()]
    for article_id in stored:
        assert client.delete(f"/articles/{article_id}").status_code == 204

    response = client.post("/articles/import", data=exported, content_type=NDJSON)

    assert response.status_code == 200
    report = response.get_json()
    assert (report["created"], report["existing"], report["failed"]) == (5, 0, 0)
    assert [r["id"] for r in report["results"]] == stored
    for line in lines:
        restored = client.get(f"/articles/{line['id']}").get_json()
        assert _content(restored) == _content(line)
    assert lines[2]["tags"] == ["ferries", "harbour"]
    assert lines[2]["published_at"] == "2024-05-01T07:30:00+00:00"

    again = client.post("/articles/import", data=exported, content_type=NDJSON).get_json()
    assert [(r["status"], r["id"]) for r in again["results"]] == [("existing", i) for i in stored]
    # Later articles get ids above every restored one.
    new = client.post("/articles", data=article(40), content_type="text/plain").get_json()
    assert new["id"] > max(stored)


def test_import_takes_both_line_shapes_in_one_upload(client, stored):
    exported = json.loads(client.get(f"/articles/export?ids={stored[0]}").data)
    restored_line = {**exported, "id": 900, "headline": "A headline of its own for the restore"}
    upload = _ndjson(
        {"text": article(41), "publisher": "Example Wire"},
        restored_line,
        {key: value for key, value in restored_line.items() if key != "id"},
    )

    report = client.post("/articles/import", data=upload, content_type=NDJSON).get_json()

    assert [(r["status"], r.get("id")) for r in report["results"]][1:] == [
        ("created", 900),
        ("existing", 900),  # the same content, without an id: that article
    ]
    assert client.get("/articles/900").get_json()["headline"] == restored_line["headline"]


def test_exported_lines_with_other_content_or_a_bad_structure_fail_alone(client, stored):
    lines = [json.loads(line) for line in client.get("/articles/export").data.splitlines()]
    changed = {**lines[0], "headline": "Someone edited this headline"}
    bad_image = {**lines[1], "id": 901, "body": [{"type": "image", "image": 7}]}
    no_text = {**lines[1], "id": 902, "body": [{"type": "paragraph"}]}
    unknown = {**lines[1], "id": 903, "colour": "red"}
    not_representable = {
        **lines[1], "id": 904, "headline": "Fresh start",
        "body": [{"type": "paragraph", "text": "No full stop"}, *lines[1]["body"]],
    }  # fmt: skip
    upload = _ndjson(lines[4], changed, bad_image, no_text, unknown, not_representable, {"a": 1})

    response = client.post("/articles/import", data=upload, content_type=NDJSON)

    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["status"] for r in results] == ["existing"] + ["error"] * 6
    assert results[1]["error"].startswith(f"id: article {stored[0]} is stored with different")
    assert results[2]["error"].startswith("body.0: an image block needs `image`")
    assert results[3]["error"].startswith("body.0: a paragraph block needs `text`")
    assert results[4]["error"] == "colour: Unknown field."
    assert results[5]["error"].startswith("body: its export text reads back as a different")
    assert "exported article" in results[6]["error"]
    assert client.get(f"/articles/{stored[0]}").get_json()["headline"] == lines[0]["headline"]
    assert all(client.get(f"/articles/{n}").status_code == 404 for n in range(901, 905))


def test_an_import_that_stores_nothing_is_422_with_the_report(client):
    upload = _ndjson({"text": "Headline only"}, b"{not json", {"text": "   "})

    response = client.post("/articles/import", data=upload, content_type=NDJSON)

    body = assert_problem(response, 422)
    assert "No article was stored" in body["detail"]
    assert (body["created"], body["existing"], body["failed"]) == (0, 0, 3)
    assert [(r["line"], r["status"]) for r in body["results"]] == [
        (1, "error"),
        (2, "error"),
        (3, "error"),
    ]
    assert body["results"][1]["error"].startswith("not valid JSON")


def test_an_import_of_articles_already_stored_is_200(client, stored):
    exported = client.get("/articles/export").data

    response = client.post("/articles/import", data=exported + b"\n{}", content_type=NDJSON)

    assert response.status_code == 200
    report = response.get_json()
    assert (report["created"], report["existing"], report["failed"]) == (0, 5, 1)


def test_an_id_restored_twice_in_one_upload_keeps_the_first(client, stored):
    # Both lines are parsed before either is written: the second finds the id taken only as
    # it is written, and fails alone; the line after it is stored.
    exported = json.loads(client.get(f"/articles/export?ids={stored[0]}").data)
    first = {**exported, "id": 950, "headline": "The first article restored as 950"}
    second = {**exported, "id": 950, "headline": "Another article restored as 950"}
    upload = _ndjson(first, second, {"text": article(42)})

    report = client.post("/articles/import", data=upload, content_type=NDJSON).get_json()

    assert [r["status"] for r in report["results"]] == ["created", "error", "created"]
    assert report["results"][1]["error"].startswith("id: article 950 is stored with different")
    assert client.get("/articles/950").get_json()["headline"] == first["headline"]
    assert report["results"][2]["id"] > 950


def test_an_upload_longer_than_a_write_batch_keeps_upload_order(client, monkeypatch):
    monkeypatch.setattr(uploads, "WRITE_BATCH_RECORDS", 2)
    upload = _ndjson(
        {"text": article(43)},
        {"text": "Headline only"},
        {"text": article(44)},
        {"text": article(43)},  # stored by the first batch
        {"text": article(45)},
        {"text": article(45)},  # stored earlier in its own batch
        {"text": article(46)},
    )

    report = client.post("/articles/import", data=upload, content_type=NDJSON).get_json()

    results = [(r["status"], r.get("id")) for r in report["results"]]
    assert [status for status, _ in results] == [
        "created", "error", "created", "existing", "created", "existing", "created",
    ]  # fmt: skip
    ids = [article_id for status, article_id in results if status == "created"]
    assert ids == sorted(ids)
    assert results[3][1] == results[0][1]
    assert results[5][1] == results[4][1]
    assert client.get("/articles").get_json()["total"] == 4


def test_a_failed_write_undoes_its_batch_and_no_earlier_one(client, monkeypatch):
    monkeypatch.setattr(uploads, "WRITE_BATCH_RECORDS", 2)
    real_stored_new = store.stored_new
    calls = []

    def failing_third(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the database went away")
        return real_stored_new(*args, **kwargs)

    monkeypatch.setattr(store, "stored_new", failing_third)
    upload = _ndjson(*({"text": article(n)} for n in range(47, 51)))

    response = client.post("/articles/import", data=upload, content_type=NDJSON)

    assert response.status_code == 500

    headlines = [a["headline"] for a in client.get("/articles").get_json()["items"]]
    assert sorted(headlines) == sorted(article(n).split("\n", 1)[0] for n in (47, 48))


def test_a_record_failing_after_its_writes_never_leaves_half_an_article(
    client, monkeypatch, backend
):
    # Every record error known today comes before its write's first statement; one raised after
    # (here: once the article's row and parts are written) must not commit half an article.
    # PostgreSQL rolls the write's savepoint back and the record fails alone; a SQLite batch,
    # whose writes run without savepoints, rolls back whole (500: the client sends it again).
    real_stored_new = store.stored_new
    calls = []

    def failing_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise restore.IdTaken(1)
        return real_stored_new(*args, **kwargs)

    monkeypatch.setattr(store, "stored_new", failing_second)
    upload = _ndjson(*({"text": article(n)} for n in range(52, 55)))

    response = client.post("/articles/import", data=upload, content_type=NDJSON)

    headlines = sorted(a["headline"] for a in client.get("/articles").get_json()["items"])
    if backend == "sqlite":
        assert response.status_code == 500
        assert headlines == []
        return
    assert response.status_code == 200
    assert [r["status"] for r in response.get_json()["results"]] == ["created", "error", "created"]
    assert headlines == sorted(article(n).split("\n", 1)[0] for n in (52, 54))
