"""Rules found on the seventh fresh batch of unseen templates (html_stress/fresh7)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts


def body_texts(extra: str, before: str = "") -> list[str]:
    doc = parse_html(page(before + paragraphs(2) + extra + paragraphs(1, "B")))
    return [b.text for b in doc.body if b.text]


def picture(caption: str) -> tuple[str, str | None]:
    figure = f"<figure><img src='/f/hall.jpg' alt='Hall'><figcaption>{caption}</figcaption>"
    figure += "</figure>"
    (image,) = parse_html(page(paragraphs(1) + figure + paragraphs(2, "B"))).images
    return image.caption, image.credit


def test_a_paywalls_free_half_is_the_articles_first_part():
    lede = "The market hall opened again on Saturday after a year of repairs to its roof."
    body = (
        "<div class='story-text'>"
        f"<div class='subscription-preview'><p>{lede}</p></div>"
        f"<div class='subscription-full'>{paragraphs(4)}</div></div>"
    )
    found = texts(parse_html(page(body)))
    assert found[0] == lede
    assert len(found) == 5


def test_a_box_named_like_chrome_beside_the_text_still_goes():
    promo = "<div class='newsletter-promo'><p>Get the morning briefing every day.</p></div>"
    body = f"<div class='story-text'>{promo}<div class='text'>{paragraphs(4)}</div></div>"
    assert "Get the morning briefing every day." not in texts(parse_html(page(body)))


def test_an_appeal_box_linking_to_a_subscription_page_is_not_body():
    support = (
        "<div class='support-box'><h4>Keep local news free</h4>"
        "<p>Readers like you pay for our reporting.</p><a href='/subscribe/'>Join today</a></div>"
    )
    gift = (
        "<p class='gift'>Dieser Artikel ist für Sie freigeschaltet. "
        "<a href='https://zeitung.example/abo?ref=gift'>Jetzt abonnieren</a></p>"
    )
    for extra in (support, gift):
        assert len(body_texts(extra)) == 3, extra


def test_a_paragraph_linking_to_a_subscription_page_in_its_text_stays():
    link = "<a href='/subscribe'>sign up for alerts</a>"
    line = f"<p>Readers can {link} about the ferry. {FILLER}</p>"
    assert len(body_texts(line)) == 4


def test_a_heads_edit_link_is_not_its_text():
    head = (
        "<h2><span id='Reaction'>Reaction</span><span class='section-edit'>"
        "[<a href='/w/index.php?action=edit&section=2'>edit source</a>]</span></h2>"
    )
    assert "Reaction" in body_texts(head)


def test_a_bracketed_link_opening_a_head_stays():
    head = "<h2><a href='/updates'>[Update]</a> The ferry sails again</h2>"
    assert "[Update] The ferry sails again" in body_texts(head)


def test_a_date_box_and_a_box_left_out_of_print_are_not_body():
    date = "<p><span class='pubdate'>Monday, May 4, 2026</span></p>"
    notice = "<div class='noprint'><b>Have your say on this story.</b> <a href='/t'>Talk</a></div>"
    assert len(body_texts("", before=date)) == 3
    assert len(body_texts(notice)) == 3


def test_an_italic_tagline_with_an_address_is_not_body():
    tagline = "<p><i>Write to Ana Ruiz at ana@example.org with your questions.</i></p>"
    assert len(body_texts(tagline)) == 3


def test_an_italic_letter_and_an_address_in_the_text_stay():
    letter = "<p><em>Dear Ana: my neighbour parks across my drive every Sunday.</em></p>"
    address = "<p>Residents can write to ferry@council.example before Friday.</p>"
    note = "<p><i>Ana Ruiz covers the harbour. Contact her at ana@example.org.</i></p>"
    assert len(body_texts(letter + address + note)) == 6


def test_a_french_deck_is_not_body():
    deck = "<p class='article-chapeau'>La halle a rouvert samedi après huit mois de travaux.</p>"
    found = body_texts("", before=deck)
    assert not any(t.startswith("La halle") for t in found)


def test_a_slides_count_is_not_its_caption():
    caption = "<span class='slide-counter'>2 / 5</span><p>Boats in the harbour at dawn.</p>"
    assert picture(caption)[0] == "Boats in the harbour at dawn."
    assert picture("2 of 5 lanes were closed at dawn.")[0] == "2 of 5 lanes were closed at dawn."


def test_a_byline_beside_the_caption_is_its_credit():
    caption = "<span class='caption-text'>The hall at dawn.</span><span class='byline'>Jo</span>"
    assert picture(caption) == ("The hall at dawn.", "Jo")


def test_a_separator_before_a_labelled_credit_goes_with_it():
    assert picture("La halle à l'aube. | Photo : Jo Ray") == ("La halle à l'aube.", "Jo Ray")
    assert picture("The hall at dawn — Photo: Jo Ray") == ("The hall at dawn", "Jo Ray")


def document_page(h1: str = "") -> str:
    return (
        "<html><head><title>minutes-final-v2</title></head><body>"
        f"{h1}<p class='c3 title'><span>Harbour Committee: May minutes</span></p>"
        f"{paragraphs(3)}</body></html>"
    )


def test_a_documents_title_paragraph_is_its_headline():
    doc = parse_html(document_page())
    assert doc.headline == "Harbour Committee: May minutes"
    assert "Harbour Committee: May minutes" not in texts(doc)


def test_a_title_paragraph_under_a_headline_leaves_it():
    doc = parse_html(document_page("<h1>The harbour committee met</h1>"))
    assert doc.headline == "The harbour committee met"
