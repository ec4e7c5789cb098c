"""parse_html's time per KB on page shapes of many repeated parts, at two sizes: linear or not.

    .venv/bin/python benchmarks/html_worst_case.py [--counts 500,5000] [--shape NAME]

Each shape is an article page whose body repeats one part N times: paragraphs each followed by
a pull quote, ARIA heads, live-blog entries, bold heads between <br><br>, decks above the text,
paragraph boxes side by side, a pinned entry's fellows, heads over link lists, event listings,
drop caps spelled for screen readers, an interview's questions, callouts to a series, sponsored
boxes, counters, a block editor's one-leaf boxes, summary sentences above pictures, chrome-named
boxes of paragraphs side by side, heads ending in edit links, appeal boxes, boxes of a paragraph
or two, cards to other stories, a gallery of linked pictures in one box, pictures in links with
a caption box beside them, contents titles over in-page links, a site builder's blocks in
its post content box, picture links with their file's facts, forum posts with their meta
lines, replies and contact heads, a story's typed element boxes, pictures over a caption row or a
line after a <br>, cards under a head with promo and source lines, a headline's run of description
lines, a box of picture authors' credit lines, Web Story pages, centred caption lines, lists,
gallery titles and sign-offs in a text box marked summary, numbered point boxes under a key
points title, video boxes of a poster, a title and running times, titled appeals, ARIA lists
under a title and an AI note, captioned picture boxes each followed by a credit line and age
notices, affiliate disclosures, product cards and app promos, media boxes of a player, a title
and a running time, click-to-tweet links and coverage calls, labels over link lists and
call-to-action buttons under a bold pitch, labels over in-page links and print calls. A linear
parse keeps its ms/KB as N grows tenfold.
Wall time, best of 3: run under `flock /tmp/bench.lock` and report the load average.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.parser import ParseError, parse_html  # noqa: E402

P = "The council met on Tuesday evening, and members spoke about the ferry timetable and fuel."
SHAPES = {
    "blockquotes": lambda i: (
        f"<p>{P} {i}</p><blockquote><div>{P} {i}</div><div>Someone</div></blockquote>"
    ),
    "aria_heads": lambda i: f"<div role='heading' aria-level='2'>Head {i}</div><p>{P} {i}</p>",
    "entries": lambda i: (
        f"<div class='e'><time>1</time><h3>T {i}</h3><div class='t'><p>{P} {i}</p></div></div>"
    ),
    "bold_breaks": lambda i: f"{P} {i}<br><br><b>Head {i}</b><br><br>",
    "decks": lambda i: f"<p class='dek'>Short {i}</p>",
    "para_boxes": lambda i: (
        f"<section><div class='x'>{P} {i}</div><div class='x'>{P} {i}b</div></section>"
    ),
    "pinned": lambda i: (
        f"<div class='e e--pinned'><h3>T</h3><div><ul>{f'<li>{P}</li>' * 4}</ul></div></div>"
        if i == 0
        else f"<div class='e'><h3>T {i}</h3><div><p>{P} {i}</p></div></div>"
    ),
    "link_heads": lambda i: (
        f"<p>{P} {i}</p><h2>More {i}</h2><ul><li><a href='/a{i}'>A</a></li>"
        f"<li><a href='/b{i}'>B</a></li></ul>"
    ),
    "listings": lambda i: (
        f"<p>{P} {i}</p><div><h4>If you go</h4><ul><li><b>What:</b> Fair {i}</li>"
        "<li><b>When:</b> Saturday</li><li><b>Where:</b> The hall</li></ul></div>"
    ),
    "drop_caps": lambda i: (
        f"<p><span aria-hidden='true'>T</span><span class='sr-only'>T</span>he {P} {i}</p>"
    ),
    "questions": lambda i: f"<p><strong>Why {i}?</strong></p><p>{P} {i}</p>",
    "callouts": lambda i: (
        f"<p>{P} {i}</p><div class='callout'>Part of a series. <a href='/tag/t{i}/'>More</a></div>"
    ),
    "sponsors": lambda i: (
        f"<p>{P} {i}</p><div><h3>Man of the match</h3><p>Name {i}</p>"
        f"<p>Sponsored by <a href='/s{i}'>Motors {i}</a></p></div>"
    ),
    "counters": lambda i: f"<div class='vote-count'><p>{i}</p></div><p>{P} {i}</p>",
    "leaf_boxes": lambda i: (
        f"<div class='b'><div class='l'>{P} {i}</div></div><div class='h'><h3>Head {i}</h3></div>"
    ),
    "summaries": lambda i: f"<div class='summary'>{P} {i}.</div><div><img src='/p{i}.jpg'></div>",
    "comment_boxes": lambda i: f"<div class='comment'><p>{P} {i}</p></div>",
    "edit_heads": lambda i: (
        f"<h2><span>Head {i}</span><span class='editsection'>[<a href='/e{i}'>edit</a>]</span>"
        f"</h2><p>{P} {i}</p>"
    ),
    "appeals": lambda i: (
        f"<p>{P} {i}</p><div><h4>Support us</h4><p>Line {i}.</p>"
        "<a href='/subscribe/'>Join</a></div>"
    ),
    "paragraph_boxes": lambda i: f"<div><p>{P} {i}</p></div><div><p>{P} {i}</p><p>{P}</p></div>",
    "story_cards": lambda i: (
        f"<p>{P} {i}</p><div class='bucket'><a href='/s/{i}'><img src='/c{i}.jpg' alt=''></a>"
        f"<h3>Topic</h3><p><a href='/s/{i}'>Story {i}</a></p></div>"
    ),
    "gallery": lambda i: (
        f"<a href='/g/{i}'><img src='/g{i}.jpg' alt='' width='600'></a><p>{P} {i}</p>"
    ),
    "caption_boxes": lambda i: (
        f"<div class='wrap'><a href='#'><img src='/h{i}.jpg' alt='Heron {i}' width='600'></a>"
        f"</div><div class='credit-caption'><div class='caption'><p>Heron {i}.</p></div>"
        f"<span class='credit'>Jo Roe</span></div><p>{P} {i}</p>"
    ),
    "contents_titles": lambda i: (
        f"<div><p><strong>In part {i}:</strong></p><ul><li><a href='#a{i}'>A</a></li></ul>"
        f"</div><p>{P} {i}</p>"
    ),
    "builder_blocks": lambda i: (
        f"<div class='sb-widget sb-widget-text'><div class='sb-widget-container'><p>{P} {i}</p>"
        f"</div></div><div class='sb-widget sb-widget-heading'><h2>Head {i}</h2></div>"
    ),
    "file_facts": lambda i: (
        f"<a href='/f{i}.jpeg'><img src='/f{i}.jpeg' alt='Weir {i}' width='600'><div>"
        f"<span>f{i}.jpeg</span><span>2048×1365 412 KB</span></div></a><p>{P} {i}</p>"
    ),
    "forum_posts": lambda i: (
        f"<div class='post-meta'><span itemprop='author'>user{i}</span> <time>Dec {i}</time></div>"
        f"<p>{P} {i}</p><div itemprop='comment'><div class='post-meta meta'><time>{i}</time>"
        f"</div><p>Reply {i}</p></div><h3>Media contact</h3><p>Press office {i}</p>"
    ),
    "story_elements": lambda i: (
        f"<div class='se se-text'><div><p>{P} {i}</p></div></div>"
        f"<div class='se se-title'><h2>Head {i}</h2></div>"
        f"<div class='se se-image'><figure><img src='/s{i}.jpg' alt='S {i}' width='600'>"
        f"<figcaption>Bridge {i}. ছবি: Rafi</figcaption></figure></div>"
    ),
    "caption_rows": lambda i: (
        f"<table><tr><td><img src='/t{i}.jpg' alt='T {i}' width='600'></td></tr>"
        f"<tr><td><p>Trees {i}. Ảnh: Minh</p></td></tr></table><p>{P} {i}</p>"
        f"<div><img src='/b{i}.jpg' alt='B {i}' width='600'><br>Bus {i}. (Foto: Dok. X)</div>"
    ),
    "link_cards": lambda i: (
        f"<p>{P} {i}</p><div><h2>More on {i}</h2><div><article><h3><a href='/m/{i}'>M {i}</a>"
        f"</h3></article></div></div><p>Follow us on Facebook {i}</p><p>Źródło: Urząd {i}</p>"
    ),
    "bold_lines": lambda i: f"<div class='description'><b>Line {i}</b></div>",
    "picture_authors": lambda i: (
        f"<div class='photo-author'>Photo: Jo Roe {i}</div><img src='/a{i}.jpg' width='600'>"
    ),
    "story_pages": lambda i: (
        f"<amp-story-page><amp-story-grid-layer><amp-img src='/s{i}.jpg' width='720'></amp-img>"
        f"</amp-story-grid-layer><amp-story-grid-layer><p>{P} {i}</p><p class='caption'>Cove {i}"
        "</p></amp-story-grid-layer></amp-story-page>"
    ),
    "centred_captions": lambda i: (
        f"<div style='text-align:center'><img src='/c{i}.jpg' width='600'></div>"
        f"<div style='text-align:center'>Cove {i}. Photo: Jo Roe</div><p>{P} {i}</p>"
    ),
    "text_lists": lambda i: (
        f"<p>{P} {i} The plan will:</p><ul><li>Fix {i}</li><li>Open {i}</li></ul>"
        f"<div class='gallery'><h3 class='gallery-title'>In pictures {i}</h3></div>"
        f"<p>See you on day {i},</p><p>Juno</p>"
    ),
    "numbered_points": lambda i: (
        f"<p>{P} {i}</p><div class='highlights'><h4>Top Points</h4>"
        f"<div class='pt'><span>1</span><p>Point {i}.</p></div>"
        f"<div class='pt'><span>2</span><p>Point {i}b.</p></div></div>"
    ),
    "video_boxes": lambda i: (
        f"<p>{P} {i}</p><div class='c-video'><img src='/v{i}.jpg' alt='V {i}'><img src='/w.gif'>"
        f"<p class='video-title'>Video: Clip {i}</p><span>1:{i % 60:02d}</span>"
        f"<p class='c-video__caption'>Watch: clip {i} (0:42)</p></div>"
    ),
    "titled_appeals": lambda i: (
        f"<p>{P} {i}</p><div class='box'><h4>Readers like you {i}</h4><p>{P}</p><p>{P}</p>"
        "<a href='/contribute/'>Learn more</a></div>"
    ),
    "aria_lists": lambda i: (
        f"<p>{P} {i}</p><div class='qr'><div><span>Quick Read</span><span>Summary is"
        f" AI-generated</span></div><div role='list'><div role='listitem'><p>Point {i}.</p>"
        f"</div><div role='listitem'><p>Point {i}b.</p></div></div></div>"
    ),
    "credit_lines": lambda i: (
        f"<div class='wp-caption'><img src='/k{i}.jpg' width='600'><p class='wp-caption-text'>"
        f"Quay {i}.</p></div><p class='image-source'>Photo: Jo Roe</p><p>Photo via Acme {i}</p>"
        f"<p>This story was published {i} days ago and may be out of date.</p><p>{P} {i}</p>"
    ),
    "shop_lines": lambda i: (
        f"<p>{P} {i}</p><p>We may earn a commission when you buy through our links {i}.</p>"
        f"<div class='card'><p>Clock {i}</p><p>${i} at Mart</p><a href='/r{i}'>View now</a></div>"
        f"<p>Download the Yard App for daily news {i}.</p>"
    ),
    "media_players": lambda i: (
        f"<p>{P} {i}</p><div class='media'><div class='media-block'><div><video></video></div>"
        f"<p class='media-block__title'>Clip {i}</p><span>0{i % 10}:31</span></div></div>"
    ),
    # worst53: a click-to-tweet box's link after each paragraph, its words the tweet's (each
    # link's words read against its address once), and a coverage call closing each
    "tweet_links": lambda i: (
        f"<p>{P} {i}</p><div class='click-to-tweet'><a href='https://twitter.com/intent/tweet?"
        f"text=Every+garden+grows+from+its+soil+{i}'>Every garden grows from its soil {i}.</a>"
        f"</div><p>Follow our full coverage of the ferry at https://x.example/ferry/{i}</p>"
    ),
    # html69: a bare <div> label over a list of links after each paragraph (each label reads the
    # lists after it up to the next thing), and a bold pitch over a call-to-action button
    "cta_pitches": lambda i: (
        f"<p>{P} {i}</p><div class='heading-h3'>More Great Ferry Stories {i}</div><ul><li>"
        f"<a href='/s{i}'>Story number {i} about the quay</a></li><li><a href='/t{i}'>Another"
        f" story {i}</a></li></ul><p><strong>Book a seat on crossing {i} today.</strong></p>"
        f"<p><span class='hs-cta-wrapper'><a href='/cta/{i}'><img src='/c{i}.png' alt='Book'>"
        "</a></span></p>"
    ),
    "jump_labels": lambda i: (
        f"<ul><li><a href='/s{i}'>Share {i}</a></li></ul><p>Key updates {i}</p><ul><li>"
        f"<a href='#p{i}'>Post {i} on the quay</a></li><li><a href='#q{i}'>Post {i} on fares</a>"
        f"</li></ul><p>{P} {i}</p><p><em>Read the full story in Thursday's Courier {i}.</em></p>"
    ),
}


def page(shape: str, count: int) -> bytes:
    """The shape's page with `count` parts (a title of several parts, no headline part shown)."""
    body = "".join(SHAPES[shape](i) for i in range(count))
    body = f"<div>{body}</div>" if shape in ("bold_breaks", "gallery") else body
    body += f"<p>{P}</p>" * 3 if shape == "decks" else ""
    # a headline's run of lines, the text in a box of its own; a box of one picture's authors
    body += f"<div><p>{P}</p><p>{P}</p></div>" if shape == "bold_lines" else ""
    body = f"<div>{body}</div><p>{P}</p>" if shape == "picture_authors" else body
    # lists in a text box whose class says summary, each after a paragraph of the text
    body = f"<div class='text-with-summary'>{body}</div>" if shape == "text_lists" else body
    body = (
        f"<div class='sb-widget sb-post-content'>{body}</div>"
        if shape == "builder_blocks"
        else body
    )
    return (
        "<html><head><title>A - B c d - E f g - Site name here</title></head><body><article>"
        f"<h1>Ferry</h1>{body}</article></body></html>"
    ).encode()


def ms_per_kb(html: bytes) -> float:
    """Best of 3 parses, in milliseconds per KB of page."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        try:
            parse_html(html)
        except ParseError:
            pass
        best = min(best, time.perf_counter() - start)
    return 1000 * best / (len(html) / 1024)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="500,5000")
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    for shape in args.shape or SHAPES:
        cells = []
        for count in counts:
            html = page(shape, count)
            cells.append(f"{len(html) // 1024:6d} KB {ms_per_kb(html):7.3f} ms/KB")
        print(f"{shape:12} " + "  ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
