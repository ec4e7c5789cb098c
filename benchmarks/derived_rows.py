"""The rows of articles derived from a parsed pool (benchmarks/copy_loader.py), as COPY lines.

Article n takes pool article n % POOL's body, bullets, images, quotes, people and tags, with the
place names of synth.py swapped for others of the same length (quotes' offsets hold) in one of
VARIANTS ways, and another pool article's headline under the same swap; its id, dates, URL,
publisher and content hash are its own (the hash is unique, not the hash of its content).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import datetime, timedelta

import psycopg

from benchmarks.synth import PLACES, PUBLISHERS

VARIANTS = 7  # with POOL 500: 3,500 bodies, each under 500 headlines before one repeats
# The tables the store fills for an article from an export, children in the order their rows
# refer to each other; each has an `id` and an `article_id`.
CHILDREN = ("bullet", "image", "body_block", "quote", "article_person", "article_tag")
_SYNTH_START = datetime(2019, 1, 1)  # synth.record's first publication date (naive UTC)
_CREATED_STEP = timedelta(milliseconds=3)  # about a parsing fill's pace


def place_swaps(variant: int) -> dict[str, str]:
    """Each place name of synth.py -> the one `variant` steps on among those of its length."""
    by_length = defaultdict(list)
    for place in PLACES:
        by_length[len(place)].append(place)
    swaps = {}
    for group in by_length.values():
        for i, place in enumerate(group):
            other = group[(i + variant) % len(group)]
            swaps[place], swaps[place.lower()] = other, other.lower()
    return swaps


_PLACE = re.compile(r"\b(" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")\b", re.I)


def swapped(text: str, swaps: dict[str, str]) -> str:
    """The text with each place name replaced as `swaps` says (same length: offsets hold)."""
    return _PLACE.sub(lambda m: swaps.get(m.group(0), m.group(0)), text)


def copy_text(value) -> str:
    """A value as COPY's text format writes it."""
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    text = str(value)
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        text = text.replace("\r", "\\r")
    return text


class Pool:
    """The stored pool's rows, read once: articles by position, children by pool position."""

    def __init__(self, conn: psycopg.Connection):
        self.columns = {table: _columns(conn, table) for table in ("article", *CHILDREN)}
        cursor = conn.execute(f"SELECT {names(self.columns['article'])} FROM article ORDER BY id")
        self.articles = [dict(zip(self.columns["article"], row, strict=True)) for row in cursor]
        position = {row["id"]: k for k, row in enumerate(self.articles)}
        self.children = {}
        for table in CHILDREN:
            rows = defaultdict(list)
            for row in conn.execute(
                f"SELECT {names(self.columns[table])} FROM {table} ORDER BY id"
            ):
                values = dict(zip(self.columns[table], row, strict=True))
                rows[position[values["article_id"]]].append(values)
            self.children[table] = rows
        self.images = {  # pool image id -> its index among its article's images
            row["id"]: i for rows in self.children["image"].values() for i, row in enumerate(rows)
        }
        self.created = max(row["created_at"] for row in self.articles)


def names(columns: list[str]) -> str:
    """Column names as a quoted SQL list (`end` is a column of quote)."""
    return ", ".join(f'"{name}"' for name in columns)


def _columns(conn: psycopg.Connection, table: str) -> list[str]:
    found = conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
        " AND table_schema = current_schema() ORDER BY ordinal_position",
        (table,),
    )
    return [name for (name,) in found]


class Rows:
    """The COPY lines of derived articles, each table's rows in the order they are numbered."""

    def __init__(self, pool: Pool, starts: dict[str, int], seed: int):
        self.pool, self.starts, self.seed = pool, starts, seed
        self.swaps = [place_swaps(v) for v in range(VARIANTS)]
        self._rest = {}  # (table, k, variant) -> the escaped columns after id and article_id

    def article(self, n: int) -> str:
        """Article n (0-based; id n + 1) as one COPY line."""
        size = len(self.pool.articles)
        k, rounds = n % size, n // size
        variant = rounds % VARIANTS
        head = self.pool.articles[(k + rounds) % size]
        headline, slug, words = self._headline(head, variant)
        published = _SYNTH_START + timedelta(minutes=37 * n + (n * 2654435761) % 37)
        created = self.pool.created + _CREATED_STEP * (n - size + 1)
        values = dict(self._article_columns(k, variant))
        values.update(
            id=str(n + 1),
            headline=headline,
            content_hash=hashlib.sha256(f"copy_loader:{self.seed}:{n}".encode()).hexdigest(),
            source_text=headline + values["source_text"],
            search_text=headline + values["search_text"],
            word_count=str(int(values["word_count"]) + words),
            publisher=copy_text(head["publisher"]),
            url=copy_text(f"https://{PUBLISHERS[head['publisher']]}/{published:%Y/%m}/{slug}-{n}"),
            published_at=copy_text(published),
            created_at=copy_text(created),
            updated_at=copy_text(created),
        )
        return "\t".join(values[c] for c in self.pool.columns["article"]) + "\n"

    def part(self, part: str, k: int, variant: int) -> str:
        """Pool article k's escaped headline ("heads") or search text after it ("tails")."""
        if part == "heads":
            return self._headline(self.pool.articles[k], variant)[0]
        return self._article_columns(k, variant)["search_text"]

    def _headline(self, row: dict, variant: int) -> tuple[str, str, int]:
        """A pool article's headline under a variant: (escaped, URL slug, words)."""
        key = ("headline", row["id"], variant)
        if key not in self._rest:
            headline = swapped(row["headline"], self.swaps[variant])
            slug = "-".join(re.findall(r"[a-z0-9]+", headline.lower())[:6])
            self._rest[key] = (copy_text(headline), slug, len(headline.split()))
        return self._rest[key]

    def _article_columns(self, k: int, variant: int) -> dict[str, str]:
        """Pool article k's columns under a variant, escaped; the texts without their first
        line (the headline) and the word count without the headline's words."""
        key = ("article", k, variant)
        if key not in self._rest:
            row = self.pool.articles[k]
            old = row["headline"]
            values = {c: copy_text(v) for c, v in row.items()}
            for column in ("source_text", "search_text"):
                text = row[column]
                tail = text[len(old) :] if text.startswith(old) else "\n" + text
                values[column] = copy_text(swapped(tail, self.swaps[variant]))
            values["word_count"] = str(row["word_count"] - len(old.split()))
            self._rest[key] = values
        return self._rest[key]

    def children(self, table: str, n: int, first_id: int, first_image: int) -> list[str]:
        """Article n's rows of a child table, numbered from first_id (images from first_image)."""
        size = len(self.pool.articles)
        k, variant = n % size, (n // size) % VARIANTS
        lines = []
        for i, row in enumerate(self.pool.children[table][k]):
            rest = self._rest_of(table, k, variant, i, row)
            if table == "body_block":
                image = row["image_id"]
                image = r"\N" if image is None else str(first_image + self.pool.images[image])
                rest = f"{image}\t{rest}"
            lines.append(f"{first_id + i}\t{n + 1}\t{rest}\n")
        return lines

    def _rest_of(self, table: str, k: int, variant: int, i: int, row: dict) -> str:
        key = (table, k, variant, i)
        if key not in self._rest:
            names = [c for c in self.pool.columns[table] if c not in _NUMBERED]
            self._rest[key] = "\t".join(
                copy_text(
                    swapped(row[c], self.swaps[variant]) if isinstance(row[c], str) else row[c]
                )
                for c in names
            )
        return self._rest[key]


_NUMBERED = ("id", "article_id", "image_id")  # written per derived row, not copied


def child_columns(pool: Pool, table: str) -> list[str]:
    first = ["id", "article_id", "image_id"] if table == "body_block" else ["id", "article_id"]
    return first + [c for c in pool.columns[table] if c not in _NUMBERED]


def child_lines(rows: Rows, table: str, start: int, stop: int):
    size = len(rows.pool.articles)
    next_id, next_image = rows.starts[table], rows.starts["image"]
    for n in range(start, stop):
        lines = rows.children(table, n, next_id, next_image)
        next_id += len(lines)
        next_image += len(rows.pool.children["image"][n % size])
        yield from lines
