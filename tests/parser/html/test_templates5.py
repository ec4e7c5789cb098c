"""Rules found on the fifth fresh batch of unseen templates (html_stress/fresh5)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs


def picture(caption: str) -> tuple[str, str | None]:
    figure = f"<figure><img src='/f/rua.jpg' alt='Rua'><figcaption>{caption}</figcaption></figure>"
    (image,) = parse_html(page(paragraphs(1) + figure + paragraphs(2, "B"))).images
    return image.caption, image.credit


def test_a_foto_label_and_the_dash_before_a_marked_credit_go():
    caption = "Rua alagada no centro &mdash; <span class='credit'>Foto: Ana Lima/Agência Sul</span>"
    assert picture(caption) == ("Rua alagada no centro", "Ana Lima/Agência Sul")


def test_a_caption_without_a_separator_keeps_its_last_word():
    caption = "Riders wait at the stop <span class='credit'>Jane Doe</span>"
    assert picture(caption) == ("Riders wait at the stop", "Jane Doe")
    # Not before a marked credit, a closing dash is the caption's own.
    assert picture("The ferry, 1962 -")[0] == "The ferry, 1962 -"


def body_texts(extra: str) -> list[str]:
    doc = parse_html(page(paragraphs(2) + extra + paragraphs(1, "B")))
    return [b.text for b in doc.body if b.text]


def test_embedded_social_posts_polls_and_referral_boxes_are_not_body():
    bluesky = (
        "<blockquote class='bluesky-embed' data-bluesky-uri='at://x'><p>The cat is on the"
        " top step again, and the tour will go round him.</p>&mdash; Light (@light)</blockquote>"
    )
    threads = "<blockquote class='text-post-media'><a href='/p/1'>Post by @trust</a></blockquote>"
    poll = "<div class='bh__poll'><p><b>How did you like this week's letter?</b></p></div>"
    referral = (
        "<div class='bh__referral'><p>Share the letter with a friend and get a map.</p></div>"
    )
    for extra in (bluesky, threads, poll, referral):
        assert len(body_texts(extra)) == 3, extra


def test_a_quotation_and_a_poll_results_box_stay():
    quote = (
        "<blockquote class='quote'><p>We will not close the crossing in winter.</p></blockquote>"
    )
    assert "We will not close the crossing in winter." in body_texts(quote)
    results = "<div class='poll-results'><p>Six in ten riders back the later sailing.</p></div>"
    assert "Six in ten riders back the later sailing." in body_texts(results)


def test_a_broadcasters_latest_news_promo_line_is_not_body():
    line = (
        "<p><em>For the latest news, weather, sports, and streaming video, head to KXYZ.</em></p>"
    )
    assert len(body_texts(line)) == 3
    own = "<p>Readers who want the latest news from the council can sign the ferry petition.</p>"
    assert len(body_texts(own)) == 4


def takeaways(first: str) -> str:
    points = "".join(f"<li>Point {i} about the crossing and its fares.</li>" for i in (1, 2, 3))
    return page(f"<div class='key-takeaways'>{first}<ul>{points}</ul></div>" + paragraphs(3))


def test_a_summary_boxs_title_goes_with_its_points():
    doc = parse_html(takeaways("<p><strong>Key takeaways</strong></p>"))
    assert len(doc.bullets) == 3
    assert all(b.type == "paragraph" for b in doc.body) and len(doc.body) == 3


def test_a_sentence_beside_summary_points_is_text():
    line = "<p>The council voted on Tuesday to keep the early crossing.</p>"
    doc = parse_html(takeaways(line))
    assert len(doc.bullets) == 3
    assert doc.body[0].text == "The council voted on Tuesday to keep the early crossing."
