"""URLs from untrusted pages: made absolute, and kept only when they are http(s)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit


def safe_url(value: str | None, base: str | None = None) -> str | None:
    """An absolute http(s) URL or None: ('/a.jpg', 'https://x.org/n/1') -> 'https://x.org/a.jpg'."""
    value = (value or "").strip()
    if not value or len(value) > 4000:
        return None
    try:
        absolute = urljoin(base, value) if base else value
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in absolute):
        absolute = "".join("%20" if ch.isspace() else ch for ch in absolute if ord(ch) >= 32)
    return absolute


def srcset_best(srcset: str | None) -> str | None:
    """The widest candidate of a srcset: 'a.jpg 320w, b.jpg 1024w' -> 'b.jpg'."""
    best, best_size = None, -1.0
    for candidate in (srcset or "").split(","):
        parts = candidate.split()
        if not parts:
            continue
        size = 1.0
        if len(parts) > 1 and parts[1][:-1].replace(".", "", 1).isdigit():
            size = float(parts[1][:-1])
        if size > best_size:
            best, best_size = parts[0], size
    return best
