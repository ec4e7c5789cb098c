"""The bounds that keep searches fast: relevance ranks the newest matches, `total` counts so far."""

from __future__ import annotations

import pytest

from tests.listing import ids, store, walk

STRONG = ("The tram depot sent a tram to meet every tram that broke down.",)
WEAK = ("The council met on Tuesday and, among other business, mentioned a tram.",)


@pytest.fixture
def trams(client) -> dict[str, int]:
    """Six articles about trams, oldest first, alternately strong and weak matches for `tram`,
    and among them articles of the same publisher about something else."""
    stored = {}
    for number in range(1, 7):
        body = STRONG if number % 2 else WEAK
        stored[f"a{number}"] = store(
            client, f"Transport notes, part {number}", *body, publisher="Tram Times"
        )
        if number in (3, 6):
            store(client, f"Bus notes, part {number}", "A bus ran late.", publisher="Tram Times")
    return stored


@pytest.fixture
def three_ranked(monkeypatch):
    """Relevance ranks only the newest three matches."""
    monkeypatch.setattr("api.store.ranking.RANKED_MATCHES", 3)


# The search index alone, then joined with the articles' columns, and with their image counts
# (none of these articles has an image).
FILTERS = ["", "&publisher=Tram%20Times", "&has_images=false"]


@pytest.mark.parametrize("extra", FILTERS)
def test_relevance_ranks_the_newest_matches_then_lists_older_ones_newest_first(
    client, trams, three_ranked, extra
):
    found = ids(client, f"/articles?q=tram{extra}")

    assert found[0] == trams["a5"]  # the best of the newest three, though a1 and a3 are as good
    assert set(found[:3]) == {trams["a4"], trams["a5"], trams["a6"]}
    assert found[3:] == [trams["a3"], trams["a2"], trams["a1"]]


@pytest.mark.parametrize("extra", FILTERS)
def test_weakest_first_is_the_exact_reverse(client, trams, three_ranked, extra):
    best_first = ids(client, f"/articles?q=tram{extra}")

    assert ids(client, f"/articles?q=tram&sort=-relevance{extra}") == best_first[::-1]


@pytest.mark.parametrize("sort", ["relevance", "-relevance"])
@pytest.mark.parametrize("extra", FILTERS)
def test_cursors_walk_ranked_and_older_matches_once_each(client, trams, three_ranked, sort, extra):
    whole = ids(client, f"/articles?q=tram&sort={sort}{extra}")

    pages = list(walk(client, f"/articles?q=tram&sort={sort}&limit=2{extra}"))
    walked = [item["id"] for page in pages for item in page["items"]]
    back = list(walk_back(client, pages[-1]))

    assert walked == whole
    assert len(pages) == 3
    assert [item["id"] for page in back for item in page["items"]] == whole[:4]


def walk_back(client, page: dict):
    """The pages before `page`, nearest first, following links.prev."""
    url = page["links"]["prev"]
    found = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.get_data(as_text=True)
        found.insert(0, response.get_json())
        url = found[0]["links"]["prev"]
    return found


@pytest.mark.parametrize(
    ("query", "total", "exact"),
    [
        ("q=tram", 4, False),
        ("", 4, False),
        ("publisher=Tram%20Times", 4, False),
        ("q=bus", 2, True),
        ("q=depot", 3, True),  # the strong ones only
        ("q=tram&ids={a1},{a2}", 2, True),
    ],
)
def test_total_counts_up_to_its_limit_and_says_when_there_are_more(
    client, trams, monkeypatch, query, total, exact
):
    monkeypatch.setattr("api.store.counts.TOTAL_LIMIT", 4)

    response = client.get("/articles?" + query.format(**trams))

    assert response.status_code == 200
    page = response.get_json()
    assert (page["total"], page["total_exact"]) == (total, exact)


def test_a_phrase_ranks_its_newest_matches_not_those_of_its_words(client, three_ranked):
    # Oldest first: the words apart, the phrase, the words apart, and so on. Only the phrase
    # matches count towards the newest three ranked.
    stored = [
        store(client, f"Depot notes, part {n}", text)
        for n, text in enumerate(
            [
                "The depot sent a tram.",
                "The tram depot sent a tram.",
                "The depot ran a tram.",
                "A tram depot tram, at the tram depot.",
                "The depot lost a tram.",
                "The tram depot opened.",
                "The depot bought a tram.",
                "The tram depot closed.",
                "The depot sold a tram.",
            ]
        )
    ]
    phrase = stored[1::2]  # the phrase matches, oldest first

    found = ids(client, '/articles?q="tram depot"')
    walked = [
        item["id"]
        for page in walk(client, '/articles?q="tram depot"&limit=1')
        for item in page["items"]
    ]

    assert set(found[:3]) == set(phrase[1:])
    assert found[3:] == [phrase[0]]
    assert walked == found


@pytest.mark.parametrize("ranked", [3, 1000])
def test_a_filtered_first_page_goes_on_past_the_ranked_matches(client, monkeypatch, ranked):
    monkeypatch.setattr("api.store.ranking.RANKED_MATCHES", ranked)
    stored = [
        store(client, f"Tram notes, part {n}", *STRONG, publisher="Wire" if n in (1, 2, 5) else "X")
        for n in range(1, 7)
    ]

    # Ranking three, the newest three hold one of Wire's: the page goes on to older ones.
    pages = list(walk(client, "/articles?q=tram&publisher=Wire&limit=2"))

    assert [[item["id"] for item in page["items"]] for page in pages] == [
        [stored[4], stored[1]],
        [stored[0]],
    ]
