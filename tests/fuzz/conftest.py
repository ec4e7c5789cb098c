"""Fuzz fixtures: a database holding a few articles, and a count of the cases each operation ran."""

from __future__ import annotations

from collections import Counter

import pytest

# Synthetic exports (invented): quotes, so that people exist too; one with an image and bullets.
SEED_ARTICLES = [
    {
        "text": "Harbour master warns of winter storms\n\n"
        "The harbour master told boat owners on Monday to secure their moorings before Friday.\n\n"
        '"We expect the worst gales in ten years," harbour master Ann Quay said.\n',
        "publisher": "Example Wire",
        "url": "https://example.com/harbour",
        "published_at": "2024-05-01T09:30:00+02:00",
        "tags": ["weather", "harbour"],
    },
    {
        "text": "Ferry fares to rise in spring\n\n"
        "A ferry leaving the pier at dawn\n"
        "The morning ferry leaves the pier.Jane Doe/Reuters\n"
        "  • Fares rise by a tenth in April.\n\n"
        "The ferry company said fares will rise by ten percent from April.\n\n"
        '"Fuel costs have doubled," said Omar Haddad, the company\'s chief executive.\n',
        "publisher": "Bayside Courier",
    },
    {
        "text": "Library opens on Sundays\n\n"
        "The town library will open on Sundays from June, the council said.\n\n"
        '"Readers asked for it for years," librarian Ada Quint said.\n',
    },
]
# schemathesis.toml's `stored_ids` dictionary names these ids: keep the two in step.
STORED_IDS = [1, 2, 3]
CASES = pytest.StashKey[Counter]()


@pytest.fixture
def stored_articles(client, api_headers) -> list[int]:
    """The seed articles stored through the API (ids 1 to 3, as schemathesis.toml expects)."""
    ids = []
    for article in SEED_ARTICLES:
        response = client.post("/articles", json=article, headers=api_headers)
        assert response.status_code == 201, response.get_data(as_text=True)
        ids.append(response.get_json()["id"])
    assert ids == STORED_IDS
    return ids


@pytest.fixture(scope="session")
def case_counter(pytestconfig) -> Counter:
    """Counts the fuzz cases run, by operation and backend (reported at the end of the run)."""
    return pytestconfig.stash.setdefault(CASES, Counter())


def pytest_terminal_summary(terminalreporter, config) -> None:
    """Say how many fuzz cases each operation ran."""
    counts = config.stash.get(CASES, None)
    if not counts:
        return
    terminalreporter.section("schemathesis cases")
    for (label, backend), count in sorted(counts.items()):
        terminalreporter.write_line(f"{count:6d}  {label} [{backend}]")
    terminalreporter.write_line(f"{sum(counts.values()):6d}  in all")
