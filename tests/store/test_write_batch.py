"""store.write_batch: a batch's writes in one transaction store what each alone would store,
whether SQLite inserts the rows of consecutive new articles together or not."""

from __future__ import annotations

import shutil

import orjson
import pytest
from peewee import fn

from api.parser import parse
from api.parser.document import Block, Document
from api.parser.document import Image as DocImage
from api.search.query import parse as parse_query
from api.store import articles as store
from api.store import documents, restore, statements
from api.store.db import close_all, database, open_database
from api.store.models import Article
from api.store.search_index import matching

# Made-up articles, each with a word no other holds, so that a search finds it alone.
TEXTS = {
    "tern": "Ferries to Orkvale resume after the gales\n\nThe tern colony on Orkvale cheered"
    " the harbour master, who reopened the crossing on Tuesday.\n\nTickets sold out by noon.\n",
    "quince": "Market in Dellbrook gains a quince stall\n\nA grower from the valley brings"
    " quince jelly to Dellbrook every Saturday from March.\n\nThe council agreed the pitch fee.\n",
    "lantern": "Lantern walk returns to Pellworth\n\nChildren carried a paper lantern each"
    " along the canal, the organisers said.\n\nThe walk raised money for the school roof.\n",
    "basalt": "Quarry at Haldon Rise closes its basalt face\n\nThe owners said the basalt"
    " seam was worked out after sixty years.\n\nWalkers may use the upper path from May.\n",
    "heron": "Wetland at Marrow Fen counts a record heron roost\n\nVolunteers counted"
    " forty herons at dusk, a heron more than last year.\n\nThe hide opens at weekends.\n",
}


def _batch(writes: list[store.Write]) -> list[tuple[int, bool]]:
    with store.write_batch(writes) as batch:
        return [(stored.id, created) for stored, created in map(batch.run, writes)]


def _found_by(word: str) -> list[int]:
    query = Article.select(Article.id).where(matching(parse_query(word))).order_by(Article.id)
    return [row.id for row in query]


def test_a_batch_gives_the_ids_and_outcomes_of_its_writes_one_by_one(db):
    stored_before, _ = store.ingest_text(TEXTS["basalt"])
    writes = [
        store.prepare_text(TEXTS["tern"]),
        store.prepare_text(TEXTS["quince"]),
        store.prepare_text(TEXTS["tern"]),  # the same content again, in the same run
        restore.prepare_restore(parse(TEXTS["lantern"]), article_id=900),
        store.prepare_text(TEXTS["heron"]),
        store.prepare_text(TEXTS["basalt"]),  # stored before the batch
    ]

    outcomes = _batch(writes)

    tern, quince, heron = stored_before.id + 1, stored_before.id + 2, outcomes[4][0]
    assert outcomes == [
        (tern, True), (quince, True), (tern, False), (900, True), (heron, True),
        (stored_before.id, False),
    ]  # fmt: skip
    assert heron > 900
    for word, article_id in (("tern", tern), ("quince", quince), ("heron", heron)):
        loaded = store.get_article(article_id)
        assert loaded.document == parse(TEXTS[word])
        assert _found_by(word) == [article_id]
    assert Article.select(fn.COUNT(Article.id)).scalar() == 5


def test_rows_of_a_batch_keep_their_own_columns(db):
    writes = [store.prepare_text(TEXTS[word], publisher=word.title()) for word in TEXTS]

    outcomes = _batch(writes)

    for (article_id, created), word in zip(outcomes, TEXTS, strict=True):
        assert created
        row = Article.get_by_id(article_id)
        assert row.publisher == word.title()
        assert row.content_hash == store.content_hash(parse(TEXTS[word]))
        assert row.word_count == parse(TEXTS[word]).word_count
        assert _found_by(word) == [article_id]
    assert [article_id for article_id, _ in outcomes] == sorted(a for a, _ in outcomes)


def test_rows_inserted_ahead_for_writes_never_run_are_not_committed(db, backend):
    writes = [store.prepare_text(TEXTS["tern"]), store.prepare_text(TEXTS["quince"])]

    if backend == "sqlite":
        # The first write inserted both rows: the second's, bare, must not commit.
        with pytest.raises(store.BatchSpoiled), store.write_batch(writes) as batch:
            batch.run(writes[0])
        assert Article.select().count() == 0
    else:
        # PostgreSQL writes each article whole in its turn: the one that ran commits.
        with store.write_batch(writes) as batch:
            batch.run(writes[0])
        assert [row.headline for row in Article.select()] == [parse(TEXTS["tern"]).headline]


def test_many_rows_go_in_statements_within_the_parameter_limit(db, monkeypatch):
    monkeypatch.setattr(statements, "PARAMETERS_PER_STATEMENT", 2 * len(documents.ARTICLE_COLUMNS))
    texts = [text.replace("\n\n", f" Item {n}.\n\n", 1) for n, text in enumerate(TEXTS.values())]

    outcomes = _batch([store.prepare_text(text) for text in texts])

    ids = [article_id for article_id, _ in outcomes]
    assert ids == list(range(ids[0], ids[0] + len(texts)))
    for article_id, text in zip(ids, texts, strict=True):
        assert store.get_article(article_id).document == parse(text)


def test_an_import_batch_reads_its_stored_hashes_once(db, monkeypatch):
    from api.web import uploads

    stored_before, _ = store.ingest_text(TEXTS["basalt"])
    reads: list[list[str]] = []
    looked_up: list[str] = []
    read_hashes, find, write = store.stored_hashes, store.find_by_hash, uploads._write
    monkeypatch.setattr(store, "stored_hashes", lambda d: reads.append(d) or read_hashes(d))
    monkeypatch.setattr(store, "find_by_hash", lambda d: looked_up.append(d) or find(d))
    prepared: list[tuple[int, list[str]]] = []  # the reads made before the batch's write
    monkeypatch.setattr(
        uploads, "_write", lambda p: prepared.append((len(reads), list(looked_up))) or write(p)
    )
    lines = [
        {"text": TEXTS["tern"]},
        {"text": TEXTS["basalt"], "publisher": "Rise Weekly"},  # stored before: existing
        {"text": TEXTS["quince"], "colour": "red"},  # refused by the schema
        {"text": TEXTS["heron"]},
        {"text": TEXTS["tern"]},  # the same content again, in the same batch
    ]
    records = [uploads.Record(n, orjson.dumps(line)) for n, line in enumerate(lines, 1)]

    outcomes = list(uploads.import_records(records, ndjson=True))

    digest = {word: store.content_hash(parse(TEXTS[word])) for word in ("tern", "basalt", "heron")}
    # One read for the batch's exports, not one an article; only the duplicate reads its row.
    assert reads[0] == [digest["tern"], digest["basalt"], digest["heron"], digest["tern"]]
    assert prepared == [(1, [digest["basalt"]])]
    assert [outcome.status for outcome in outcomes] == [
        "created", "existing", "error", "created", "existing",
    ]  # fmt: skip
    assert outcomes[1].id == stored_before.id and outcomes[4].id == outcomes[0].id
    assert outcomes[2].error.startswith("colour")


def test_a_run_of_new_articles_goes_in_one_article_statement(db, monkeypatch):
    # Both databases: one INSERT for the run's rows (PostgreSQL: one round trip, not one each).
    inserted: list[int] = []
    keys = statements.Insert.keys

    def counted(self, rows, by):
        if self.model is Article:
            inserted.append(len(rows))
        return keys(self, rows, by)

    monkeypatch.setattr(statements.Insert, "keys", counted)
    writes = [store.prepare_text(TEXTS[word]) for word in ("tern", "quince", "lantern")]

    outcomes = _batch(writes)

    assert inserted == [3]
    assert [created for _, created in outcomes] == [True, True, True]
    for (article_id, _), word in zip(outcomes, ("tern", "quince", "lantern"), strict=True):
        assert store.get_article(article_id).document == parse(TEXTS[word])


# PostgreSQL only: SQLite holds the write lock from the batch's read on, so no other writer can
# store a content in between (a parameter, not a skip: CI runs no skipped test).
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_content_stored_since_it_was_read_is_left_out_of_the_run(db, backend, monkeypatch):
    # Another writer stores a content between the batch's read of its hashes and its insert:
    # PostgreSQL leaves that row out (the whole statement would fail), its write finds theirs.
    stored_before, _ = store.ingest_text(TEXTS["basalt"])
    monkeypatch.setattr(store, "stored_hashes", lambda digests: set())
    writes = [store.prepare_text(TEXTS[word]) for word in ("tern", "basalt", "heron")]
    # As if prepared before the other writer stored basalt: a new article's write.
    writes[1] = store.prepare_parsed(store.parse_text(TEXTS["basalt"]), set())
    assert writes[1].new is not None

    outcomes = _batch(writes)

    assert [created for _, created in outcomes] == [True, False, True]
    assert outcomes[1][0] == stored_before.id
    assert Article.select(fn.COUNT(Article.id)).scalar() == 3
    for word, (article_id, _) in zip(("tern", "basalt", "heron"), outcomes, strict=True):
        assert store.get_article(article_id).document == parse(TEXTS[word])


# The tables a new article's write fills besides its row, each read whole in id order.
PART_TABLES = ("bullet", "image", "body_block", "person", "article_person", "quote", "article_tag")


def _quoted(n: int, speakers: tuple[str, ...]) -> Document:
    """A made-up article whose paragraphs quote these people (names shared across articles),
    with bullets, two images, a list and a subheading; `n` varies its content."""
    said = [
        Block(type="paragraph", text=f'"We will open the new {n} wing by June," said {name}.')
        for name in speakers
    ]
    return Document(
        headline=f"Library in Quenby opens wing {n}",
        bullets=(f"The wing cost {n} thousand.", "It holds the county's maps."),
        images=(
            DocImage(alt="A reading room", caption=f"The room, part {n}.", credit="Ida Lorn"),
            DocImage(alt="Shelves", caption="The map shelves.", credit=None),
        ),
        body=(
            Block(type="paragraph", text=f"The library in Quenby opened wing {n} on Monday."),
            *said,
            Block(type="subheading", text="What it holds"),
            Block(type="image", image=1),
            Block(type="list", items=("Maps", f"Letters of {n}")),
            Block(type="image", image=0),
        ),
    )


def _table_rows(url: str) -> dict[str, list[tuple]]:
    opened = open_database(url)
    try:
        return {
            table: opened.execute_sql(f'SELECT * FROM "{table}" ORDER BY "id"').fetchall()
            for table in PART_TABLES
        }
    finally:
        opened.close()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_run_of_new_articles_stores_the_rows_one_by_one_would(backend, sqlite_template, tmp_path):
    # SQLite writes a run's parts, quotes, people and tags a statement a table for all the run:
    # every row, its id and its order as the writes one after another store them.
    cast = (
        ("Noor Palmer", "Tobias Wren"),
        ("Tobias Wren", "Wilma Ostrand"),  # one stored before, one new (after Bram, sorted)
        (),
        ("Zelda Abbot", "Noor Palmer", "Bram Oduya"),
        ("Bram Oduya", "Cleo Marsh"),  # one new in the batch, again
    )
    documents_ = [_quoted(n, speakers) for n, speakers in enumerate(cast)]
    tags = (("maps", "libraries"), (), ("maps",), ("quenby", "maps", "quenby"), ("maps",))
    urls = {}
    for way in ("alone", "batch"):
        path = tmp_path / f"{way}.db"
        shutil.copyfile(sqlite_template, path)
        urls[way] = f"sqlite:///{path}"
        database.initialize(open_database(urls[way]))
        try:
            store.save_article(documents_[0], "Preface\n", tags=("old",))  # a person known first
            writes = [
                store.prepare_article(document, f"Source {n}\n", tags=tags[n])
                for n, document in enumerate(documents_)
            ]
            if way == "alone":
                outcomes = [store.write_now(write) for write in writes[1:]]
            else:
                outcomes = _batch(writes[1:])
                stored = [store.get_article(article_id) for article_id, _ in outcomes]
                assert [s.document for s in stored] == list(documents_[1:])
        finally:
            close_all(database.obj)
            database.initialize(None)
        assert [created for *_, created in outcomes] == [True] * 4

    alone, batch = _table_rows(urls["alone"]), _table_rows(urls["batch"])
    assert batch == alone
    assert len(alone["quote"]) > 6 and len(alone["person"]) == 6 and len(alone["image"]) == 10
