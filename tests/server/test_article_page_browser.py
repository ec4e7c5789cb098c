"""An article's HTML page in a real browser (Chromium, headless), at desktop and phone widths:
screenshots that are not blank, and a page as wide as the screen, under the page's own policy."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from tests.conftest import ARTICLE_TEXT
from tests.gunicorn_server import Gunicorn
from tests.server.conftest import headless

BROWSER_SECONDS = 120  # a bound, not an expectation: rendering takes a few seconds
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
# Runs in a copy of the page only (the page itself allows no script): lays the page out at the
# given width and writes into the DOM, which --dump-dom prints, how wide it is and where its
# rightmost box (or the text overflowing one) ends. Headless Chromium keeps its window at least
# 500 px wide here, so the root element is narrowed to the width instead (the page has no
# width-dependent rules besides it).
MEASURE = (
    "var width = {width}; document.documentElement.style.width = width + 'px';"
    " var right = 0; document.querySelectorAll('body *').forEach(function (e) {{"
    " var box = e.getBoundingClientRect(); right = Math.max(right, box.right,"
    " box.left + (e.clientWidth ? e.scrollWidth : 0)); }});"
    " document.body.dataset.measured = JSON.stringify({{"
    " width: document.documentElement.getBoundingClientRect().width, right: right,"
    " article: getComputedStyle(document.querySelector('article')).maxWidth}});"
)
LONG_WORDS = "Unbreakable" * 12  # a word wider than a phone: the stylesheet must wrap it
TEXT = ARTICLE_TEXT + f"\nSee https://example.com/{LONG_WORDS} and {LONG_WORDS} for more.\n"


def _chromium(browser: str, size: tuple[int, int], *args: str) -> subprocess.CompletedProcess:
    window = f"--window-size={size[0]},{size[1]}"
    return headless(browser, "--hide-scrollbars", window, *args, budget_ms=5000)


def _png(path: Path) -> tuple[int, int, bytes]:
    """A PNG's width, height and decompressed pixel rows."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == b"IDAT":
            chunks.append(data[at + 8 : at + 8 + length])
        at += 12 + length
    return width, height, zlib.decompress(b"".join(chunks))


@pytest.fixture
def served_page(database_url, tmp_path):
    """A server holding one article (wide words included); (server, the page's path)."""
    with Gunicorn(database_url, tmp_path / "gunicorn.log", workers=1) as server:
        status, body = server.request("POST", "/articles", TEXT.encode())
        assert status == 201, body
        yield server, f"/articles/{json.loads(body)['id']}.html"


@pytest.mark.parametrize("width", list(WIDTHS))
def test_article_page_renders_within_the_screen(browser, served_page, tmp_path, width):
    server, path = served_page
    status, headers, page = server.exchange("GET", path)
    assert status == 200
    policy = headers["Content-Security-Policy"]
    screenshot = tmp_path / f"{width}.png"

    shot = _chromium(browser, WIDTHS[width], f"--screenshot={screenshot}",
                     f"http://127.0.0.1:{server.port}{path}")  # fmt: skip

    assert screenshot.exists(), shot.stderr[-2000:]
    png_width, _, pixels = _png(screenshot)
    assert png_width == WIDTHS[width][0]
    assert len(set(pixels)) > 16  # text and rules drawn, not one blank colour

    # The same bytes with the page's policy as a <meta> (frame-ancestors cannot go there) and
    # the measuring script allowed by its hash: the stylesheet must pass the policy as served.
    script = MEASURE.format(width=WIDTHS[width][0])
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    meta_policy = "; ".join(p for p in policy.split("; ") if not p.startswith("frame-ancestors"))
    meta = (
        f'<meta http-equiv="Content-Security-Policy"'
        f" content=\"{meta_policy}; script-src 'sha256-{digest}'\">"
    )
    copy = page.decode().replace('<meta charset="utf-8">', f'<meta charset="utf-8">\n{meta}', 1)
    copy = copy.replace("</body>", f"<script>{script}</script>\n</body>")
    measured_page = tmp_path / "measured.html"
    measured_page.write_text(copy, encoding="utf-8")

    dom = _chromium(browser, WIDTHS[width], "--dump-dom", measured_page.as_uri())

    found = re.search(r'data-measured="([^"]*)"', dom.stdout)
    assert found, dom.stderr[-2000:]
    measured = json.loads(html.unescape(found.group(1)))
    assert measured["width"] == WIDTHS[width][0]
    assert measured["right"] <= measured["width"] + 0.5  # nothing wider than the screen
    assert measured["article"] == "672px"  # 42rem: the page's own stylesheet applied
