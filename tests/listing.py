"""Helpers for the article-list tests: invented exports built from parts, stored through the API."""

from __future__ import annotations

from collections.abc import Iterator


def export(
    headline: str,
    *paragraphs: str,
    bullets: tuple[str, ...] = (),
    image: tuple[str, str, str] | None = None,
) -> str:
    """An export in the layout the parser reads: headline, (alt, caption, credit), bullets, body."""
    lines = [headline, ""]
    if image is not None:
        alt, caption, credit = image
        lines += [alt, caption + credit]  # the credit is glued onto the caption
    lines += [f"  • {bullet}" for bullet in bullets]
    lines.append("")
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return "\n".join(lines)


def store(client, headline: str, *paragraphs: str, **fields) -> int:
    """Store an invented article (keywords: bullets, image, publisher, published_at); its id."""
    parts = {k: fields.pop(k) for k in ("bullets", "image") if k in fields}
    body = {"text": export(headline, *paragraphs, **parts), **fields}
    response = client.post("/articles", json=body)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()["id"]


def ids(client, url: str) -> list[int]:
    """The ids of the items on one page of the list."""
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["id"] for item in response.get_json()["items"]]


def walk(client, url: str) -> Iterator[dict]:
    """Every page from `url` on, following links.next."""
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.get_data(as_text=True)
        page = response.get_json()
        yield page
        url = page["links"]["next"]
