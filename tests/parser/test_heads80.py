"""heads80: fresh48-50's misses as the reader's rules. A one-sentence head opening on a pronoun
stands in a head's own slot, right after the lead or a picture, where the page's heads are
sentences of its length and it opens a section as they do. Made-up exports written as blocks,
with near misses that change one thing each."""

from __future__ import annotations

from api.parser.heading_rhythm import in_a_heads_slot, pronoun_sentence, slot_heads
from api.parser.layout import Line
from tests.parser.exports import HERON_PICTURE, heads_of, lines

# a rowing report: sentence heads by rhythm, the first one opening on a pronoun after the lead
REGATTA = [
    "HALDERBY — Two lengths down. Five hundred metres left. A crew of schoolgirls in borrowed "
    "boats.",
    "Ines Varo-Lindell, a 16-year-old from the river town of Esk, won the single sculls at the "
    "Halderby regatta on Saturday, beating the national champion by a canvas in a final most of "
    "the crowd on the bank thought was already lost.",
    "She was not meant to be racing at all.",
    "Varo-Lindell was the reserve for the club's double, and she got a place in the singles "
    "only because a rower from the capital withdrew with a cold two days before the start.",
    "She had never raced a grown-up.",
    "The heats went well, and the semi-final better, but the final was against a woman who had "
    "rowed at two world championships and had not lost a domestic race in three seasons.",
    "The river was against her. Then it was not.",
    "For the first kilometre the tide ran hard against the boats in the outside lane, and "
    "Varo-Lindell's was one of them, so that by halfway she was two lengths behind the leader.",
    "At the bend the water turned, and the outside lane, which had been the slow one all day, "
    "became the fast one for the last five hundred metres of the race.",
    HERON_PICTURE,
    "The last stroke was the one that mattered.",
    "The judges needed the photograph to separate the boats, and the crowd waited almost ten "
    "minutes on the bank before the result was read out over the club's old loudspeaker.",
    "The champion shook hands in the boat park and said she had not seen the girl coming until "
    "the last twenty strokes, by when there was nothing left to answer with.",
    "Nobody in her family rows. Her brother will now.",
    "Her father, a ferryman, watched from the far bank with his own boat tied to a post, and "
    "said afterwards that he had understood none of it until the loudspeaker spoke.",
    "She wins a place on the junior squad and a new boat, which the club says she can keep.",
]
REGATTA_HEADS = [
    "She was not meant to be racing at all.",
    "The river was against her. Then it was not.",
    "The last stroke was the one that mattered.",
    "Nobody in her family rows. Her brother will now.",
]


def test_a_report_s_first_head_opens_on_a_pronoun():
    assert heads_of(*REGATTA) == REGATTA_HEADS


# an obituary: the first head opens on a pronoun after a two-paragraph lead, its siblings a
# two-sentence head and one after a picture
KILN = [
    "TORVALE — Ansel Brody-Okafor, a potter who taught three generations of the valley's "
    "children to throw a pot on a wheel he built from a bicycle, died on Monday. He was 88.",
    "His daughter, Lena Brody-Okafor, said the cause was pneumonia.",
    "He never sold a pot in his life.",
    "Brody-Okafor worked at the brickworks for thirty years, and when it closed in 1979 he took "
    "home a barrow of broken kiln bricks and built a kiln of his own behind the house.",
    "The children came to watch, and then to help, and by the end of that first summer there "
    "were eleven of them on the waiting list for the one wheel in the shed.",
    "The first kiln took three winters. The second took one.",
    "He fired the kiln once a month, on a Saturday, and the whole street turned out for the "
    "opening on the Sunday morning, when the pots came out too hot to hold.",
    "He kept a book of every pot fired and the child who made it, and the book, now in the "
    "village library, runs to nine volumes and more than four thousand names.",
    "The village learned to wait. Then it learned to throw.",
    "By the nineties there were pots from the shed on every windowsill in Torvale, and the "
    "parish council, which had once written to complain about the smoke, asked for a mug each.",
    "The vicar took a dozen for the church fete and sold them all before the band had started, "
    "and the money paid for a second wheel that he set up in the shed beside the first.",
    HERON_PICTURE,
    "The school finally gave him a room.",
    "In 1994 the primary school turned its old boiler room over to the pottery, and he taught "
    "there two afternoons a week until his eyes went, for nothing but the clay.",
    "His wheel, the bicycle still bolted underneath it, stands in the room today, and the "
    "children who use it now are the grandchildren of the first ones he taught.",
]
KILN_HEADS = [
    "He never sold a pot in his life.",
    "The first kiln took three winters. The second took one.",
    "The village learned to wait. Then it learned to throw.",
    "The school finally gave him a room.",
]


def test_an_obituary_s_first_head_opens_on_a_pronoun():
    assert heads_of(*KILN) == KILN_HEADS


# a building review: a one-sentence head on a pronoun right after a picture, late in the page
BATHS = [
    "ESKARD — You see the chimney first. It is the old one, kept from the coal-fired baths "
    "that stood on the site for a century, and it is the only thing the architects kept.",
    "The hill came first.",
    "The architects were given a site that falls twelve metres from the street to the river, "
    "and most of the practices asked to bid said the pools would have to go underground.",
    "This one dug in instead, and the new baths step down the slope in three long terraces, "
    "each pool a little warmer than the one above it, the last at the river's edge.",
    "Inside, it is all about the water. Everything else is a corridor.",
    "The pools are where the money went, lined in a green local stone that turns almost black "
    "when it is wet, with long windows at the height of a swimmer's head looking out.",
    "The changing rooms are less sure of themselves, too tall for their width and lit by a "
    "row of bare bulbs that make the green stone look grey at any time of the day.",
    "The old baths are still standing. Nobody knows what to do with them.",
    "The 1931 building is a listed monument, and the council promised when the competition was "
    "launched that a use would be found for it before the new baths opened.",
    "None of the ideas put to the council so far has any money attached.",
    HERON_PICTURE,
    "It will age well.",
    "The stone is local, the terraces will green over, and the long windows will frame the same "
    "river in fifty years, whatever is built on the far bank by then.",
    "What will not be forgiven is the ramp. Take the stairs.",
]
BATHS_HEADS = [
    "The hill came first.",
    "Inside, it is all about the water. Everything else is a corridor.",
    "The old baths are still standing. Nobody knows what to do with them.",
    "It will age well.",
]


def test_a_review_s_head_after_a_picture_opens_on_a_pronoun():
    assert heads_of(*BATHS) == BATHS_HEADS


def test_a_punchy_line_inside_the_lead_stays_text():
    # 'She had never raced a grown-up.' opens one paragraph before the next head: the text's
    assert "She had never raced a grown-up." not in heads_of(*REGATTA)


def test_a_punchy_line_after_a_picture_over_one_paragraph_stays_text():
    # picture / 'It will age well.' / one paragraph / the next head: a punchy line
    punchy = [*BATHS[:6], HERON_PICTURE, "It will age well.", BATHS[12], *BATHS[7:10]]
    assert "It will age well." not in heads_of(*punchy)


def test_a_pronoun_line_beside_question_heads_stays_text():
    questions = {
        "The river was against her. Then it was not.": "Why did she race at all?",
        "Nobody in her family rows. Her brother will now.": "Who saw her coming?",
    }
    asked = [questions.get(text, text) for text in REGATTA]
    assert "She was not meant to be racing at all." not in heads_of(*asked)


def test_a_pronoun_line_beside_two_heads_stays_text():
    # two heads make no page of sentence heads for the line to join
    assert "He never sold a pot in his life." not in heads_of(*KILN[:9])


def test_pronoun_sentence():
    assert pronoun_sentence("He was not supposed to be here.")
    assert pronoun_sentence("It will age well.")
    assert not pronoun_sentence("He did.")  # too short for a head's sentence
    assert not pronoun_sentence("They won. He cried.")  # two sentences: heads76's rule
    assert not pronoun_sentence("This is where it ends.")  # a demonstrative points back
    assert not pronoun_sentence("He said he might.")  # elliptical


def test_in_a_heads_slot():
    items = lines("Lead.", "He came.", "Text.", "Head.", "Text.", "|", "It held.", "Text.")
    assert in_a_heads_slot(items, 1, 3)
    assert not in_a_heads_slot(items, 4, 3)
    assert in_a_heads_slot(items, 6, 3)


def test_slot_heads_needs_the_page_s_sentence_heads():
    long = "x" * 200 + "."
    items = lines(
        long,
        "He never lifted a bar.",
        long,
        long,
        "The gym had no walls.",
        long,
        long,
        "The medals came late.",
        long,
        long,
        "Nobody asked for more.",
        long,
        long,
    )
    flags = [
        isinstance(it, Line)
        and it.text in {"The gym had no walls.", "The medals came late.", "Nobody asked for more."}
        for it in items
    ]
    assert slot_heads(items, list(range(len(items))), flags) == [1]
    flags[10] = False  # two heads: no page of sentence heads
    assert slot_heads(items, list(range(len(items))), flags) == []
