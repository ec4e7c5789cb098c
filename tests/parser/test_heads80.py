"""heads80: fresh48-50's misses as the reader's rules. A one-sentence head opening on a pronoun
stands in a head's own slot, right after the lead or a picture, where the page's heads are
sentences of its length and it opens a section as they do. A FAQ's reader's question in
quotation marks is one of its heads, its one statement head is no punchy line of the question
above, and a question asked inside an answer (under its first paragraph or its list) is text
where it has no section of its own; a column's last question over its closing section heads
it, summing up on 'So' or asked at a head's length; on a page of heads over letters, the line
over the first letter heads it too. Made-up exports written as blocks, with
near misses that change one thing each."""

from __future__ import annotations

from api.parser.heading_lone_questions import closing_question_head, has_a_form
from api.parser.heading_questions import is_stated_question, reader_quoted
from api.parser.heading_rhythm import in_a_heads_slot, pronoun_sentence, slot_heads
from api.parser.heading_sentences import has_a_thing, is_elliptical
from api.parser.heading_series import faq_asides, inside_an_answer, is_a_faq
from api.parser.heading_signoffs import letter_page_heads
from api.parser.layout import Line
from tests.parser.exports import COSTED, HERON_PICTURE, LONG, heads_of, lines

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


# a ferry-pass FAQ: question heads, a reader's quoted situation and question after a picture,
# one statement head, questions asked inside answers (under a question's one paragraph, after
# an answer's list, under the statement's first paragraph) and a closing question over one line
FERRY = [
    "PORTHELM — The harbour board has launched a new annual pass for the island ferries, "
    "replacing the paper books of ten tickets that islanders have used since the 1970s.",
    "Who can buy the pass?",
    "Anyone who lives on one of the four islands or works there for at least three days a week, "
    "with a letter from the employer or a council tax bill as proof of it.",
    "Does that cover students at the college?",
    "It does, if they are enrolled for a full year. Summer courses do not count.",
    "How much does it cost?",
    "The adult pass costs £240 a year, and a child's £90. Pensioners who already hold a bus "
    "pass travel free, as they did before, but they need to register with the board once.",
    "What do I need to apply?",
    "Proof of address and a photograph. The board accepts:",
    "  • a council tax bill;\n  • a tenancy agreement;\n  • a letter from an employer.",
    "Can I send a photo from my phone?",
    "Yes, through the board's app, as long as it was taken this year.",
    HERON_PICTURE,
    "“I commute from the mainland three days a week. Do I count as a worker?”",
    "Yes. A letter from your employer naming the days is enough, and the pass then works on "
    "the routes between your home port and the island where you work.",
    "The paper books are not going away yet.",
    "Books bought before March stay valid until the end of the year, and the kiosks on the "
    "quay will keep selling them to visitors until the summer timetable starts in May.",
    "Will the kiosks close after that?",
    "The board says no. They will sell day tickets.",
    "What happens if I lose the pass?",
    "A replacement costs £15 and takes a week to arrive by post from the board's office on "
    "the mainland, which prints the passes in batches on Mondays.",
    "Until it comes, the crews will accept the receipt for the replacement, as long as it "
    "carries the same photograph as the lost pass.",
    "Is there a family pass?",
    "Not yet, though the board says it is looking at one for next year.",
]


def test_a_faq_s_statement_quoted_question_and_asides():
    assert heads_of(*FERRY) == [
        "Who can buy the pass?",
        "How much does it cost?",
        "What do I need to apply?",
        "“I commute from the mainland three days a week. Do I count as a worker?”",
        "The paper books are not going away yet.",
        "What happens if I lose the pass?",
        "Is there a family pass?",
    ]


# a pool FAQ: a straight-quoted reader's question after a picture, a statement head, the
# closing question over one line after a section of two paragraphs
POOL = [
    "VELLMARK — The town's open-air pool reopens on Saturday after a two-year repair, with a "
    "new booking system that has left many regular swimmers confused.",
    "When is the pool open?",
    "From 7am to 8pm every day until the end of September, with the first hour kept for lane "
    "swimming and the last for families with children under eight.",
    "Is that the same as before?",
    "Mostly. The evening session used to end at 9pm.",
    "Do I have to book?",
    "Only at weekends, when the pool is busiest. Weekday sessions are first come, first "
    "served, and the council says it will review that after the first month.",
    "What does a swim cost?",
    "A single swim costs £4.50 for adults and £2 for children. The season tickets come in "
    "three kinds:",
    "  • a morning ticket for the lane hour;\n  • a family ticket for four;\n  • a full "
    "ticket for any session.",
    "Are the season tickets worth it?",
    "For anyone swimming twice a week, yes.",
    HERON_PICTURE,
    '"I swim with a club on Tuesdays. Do I need my own ticket?"',
    "No. Clubs book the pool as a group and pay for their members, and the club's coach "
    "signs the swimmers in at the gate on the night.",
    "The water is warmer than it was.",
    "The repair replaced the old boiler with heat pumps, and the pool is now kept at 26C, "
    "three degrees warmer than the old one managed in a good summer.",
    "Will it stay that warm in September?",
    "The council says it will. The heat pumps can cope.",
    "Where do I park?",
    "The car park beside the pool has 40 spaces and fills early at weekends, so the council "
    "has opened the school's yard across the road on Saturdays and Sundays.",
    "Bicycles can be left in the new racks by the gate, which have room for sixty and a "
    "camera watching them.",
    "Is the café open?",
    "Yes, from ten until the pool shuts.",
]


def test_a_faq_s_straight_quoted_question_and_closing_question():
    assert heads_of(*POOL) == [
        "When is the pool open?",
        "Do I have to book?",
        "What does a swim cost?",
        '"I swim with a club on Tuesdays. Do I need my own ticket?"',
        "The water is warmer than it was.",
        "Where do I park?",
        "Is the café open?",
    ]


# an election Q&A: the statement head's text closes on a relative clause's 'have', no ellipsis
COUNT = [
    "ARLSEN — Polls closed at eight on Sunday, and the count of the regional vote began at once "
    "in the four halls the electoral office has hired for the night.",
    "When will the result be known?",
    "The office expects the first seats to be declared by midnight and the last, in the hill "
    "districts where ballot boxes come down by road, by Monday lunchtime.",
    "Who is standing?",
    "Five parties and nine independents. The governing party holds 31 of the 60 seats and needs "
    "to keep all but one of them to stay in power on its own.",
    "Can the count be challenged?",
    "Any candidate can ask for a recount within two days of the declaration, and the court "
    "hears complaints about the conduct of the vote for a month after it.",
    HERON_PICTURE,
    "“I posted my vote on Friday. Will it be counted?”",
    "Yes, if it arrives by Wednesday, the office says, and it has asked the post office to "
    "sort the last ballots by hand so that none is left in a bag at the depot over the weekend.",
    "The result is not the last word.",
    "A party that loses its majority keeps anything it already has. The governor asks the "
    "leader of the largest party to try to form a government, and gives them three weeks.",
    "Coalitions are nothing new in the region, which has had four of them since 1990, the "
    "longest lasting a full term and the shortest eleven weeks.",
    "What happens if nobody can?",
    "Then there is a second vote, ninety days later, on the same rolls as the first one, with "
    "the same candidates unless a party withdraws one before the close of nominations.",
    "The parties have said they would rather avoid that, and that talks would start at once.",
]


def test_a_statement_head_over_a_relative_clause_s_have():
    assert heads_of(*COUNT) == [
        "When will the result be known?",
        "Who is standing?",
        "Can the count be challenged?",
        "“I posted my vote on Friday. Will it be counted?”",
        "The result is not the last word.",
        "What happens if nobody can?",
    ]


def test_a_reader_s_quoted_question_in_a_news_story_stays_text():
    story = [
        "Vellmark council has voted to raise the price of a swim at the open-air pool by a "
        "pound, the first rise in six years, after the repair cost twice what was budgeted.",
        COSTED,
        '"I swim every morning. Who will pay for the next repair?"',
        "The question came from a swimmer in the public gallery, and the leader of the council "
        "said only that the budget for next year would be set in February.",
        LONG,
    ]
    assert heads_of(*story) == []


def test_reader_quoted():
    assert reader_quoted("“I voted at the school. Does my vote count?”") == (
        "I voted at the school. Does my vote count?"
    )
    assert reader_quoted('"My friends are in a band. Can we meet?"') == (
        "My friends are in a band. Can we meet?"
    )
    assert reader_quoted("“I’ve moved here. Can we vote?”") == "I’ve moved here. Can we vote?"
    assert reader_quoted('"I\'m new in town. Where do I register?"') == (
        "I'm new in town. Where do I register?"
    )
    assert reader_quoted("“Nobody came. Why vote?”") == "“Nobody came. Why vote?”"  # no reader
    assert reader_quoted('"I won," she said. "Again?"') == '"I won," she said. "Again?"'
    assert is_stated_question("“I moved in May. Can I still vote here?”")
    assert not is_stated_question("“They moved in May. Can they still vote here?”")


def test_a_relative_clause_s_have_is_no_ellipsis():
    assert not is_elliptical("You keep anything you already have. Your bank stays open.")
    assert not is_elliptical("They kept all they had.")
    assert is_elliptical("Most of you have.")
    assert is_elliptical("I might have.")
    assert has_a_thing(["lose", "anything", "you", "already", "have"])
    assert not has_a_thing(["most", "of", "you", "have"])


def test_faq_asides():
    long = "x" * 150 + "."
    items = lines(
        "Lead.",
        "Who votes?",
        long,
        "Does that include X?",
        "It does.",
        "Is it free?",
        long,
        "How do I apply?",
        "Bring one of:",
        "• a bill",
        "Can I use Y?",
        "Only if Z.",
        "The count is slow.",
        long,
        "Will it speed up?",
        "No.",
        "Where do I go?",
        long,
        long,
        "Is there a bus?",
        "Yes.",
    )
    items[9] = Line("• a bill", alone=False)
    flags = [False] * len(items)
    for k in (1, 3, 5, 7, 10, 12, 14, 16, 19):
        flags[k] = True
    bounds = frozenset({12})
    assert is_a_faq(items, flags, sorted(bounds))
    assert inside_an_answer(items, flags, 3, bounds, [])
    assert not inside_an_answer(items, flags, 5, bounds, [3])  # under an aside's reply
    assert faq_asides(items, flags, bounds) == [3, 10, 14]


def test_faq_asides_none_where_they_would_be_half_the_questions():
    short = "A short answer of a line."
    items = lines(
        "Lead.",
        "Who votes?",
        short,
        "Is it free?",
        short,
        "Where?",
        short,
        "When?",
        short,
        "The count is slow.",
        short,
    )
    flags = [False] * len(items)
    for k in (1, 3, 5, 7):
        flags[k] = True
    assert faq_asides(items, flags, frozenset({9})) == []


# a cheese column of quoted and sentence heads closing on a question that sums up on 'So'
CHEESE = [
    "I have spent a month eating my way round the cheese counters of the valley, from the "
    "famous dairies at the top of the pass to the farm shops by the river, and I have a view.",
    "“Just give me what the farmers eat”",
    "It is the most useful sentence you can say at any counter here, because the answer is "
    "almost always a young tomme from a farm within walking distance of the shop itself.",
    "The mountain cheeses are made in summer only, when the herds go up to the high pastures, "
    "and a wheel made in August is still too young to cut at Christmas.",
    "The rind is not for show. Eat it.",
    "Every counter here sells its hard cheeses with the rind on, and most visitors cut it off "
    "and leave it on the plate, which is where most of the flavour of a mountain cheese is.",
    "A slice of old tomme with its rind and a pear on a cold evening is what this valley was "
    "made for, and no counter will charge you for the knife.",
    "“Ask what the cheesemaker takes home”",
    "The second most useful sentence. At one dairy it got me a goat's cheese that is not on "
    "any list, and a long story about the goat, who is called Berthe and bites.",
    "So where should you start?",
    "At the bottom of the valley, in the farm shops, where the cheeses are half the price of "
    "the dairies' and every one of them was made by the person selling it to you.",
    "Bring a bag.",
]


def test_a_column_s_closing_question_summing_up_on_so():
    assert heads_of(*CHEESE)[-1] == "So where should you start?"


# a film review whose closing question asks at a head's length over the verdict
REVIEW = [
    "There are perhaps a hundred lines of dialogue in the new film from the Lakeside "
    "collective, which won the jury prize at the festival on Saturday night.",
    "“Listen until the ice talks”",
    "The film opens on a frozen lake in a fishing village at the far end of the valley, where a "
    "girl of twelve is sent out to listen for the cracks that tell when the ice will go.",
    "The village does not thank her and the film does not ask it to",
    "What follows is a quieter, harder story about what the village owes a girl who was right "
    "when every grown-up in it was wrong, and what she owes it back.",
    "The camera never leaves the lake. That is the point.",
    "The whole film was shot within a few hundred metres of the shore, and the lake becomes the "
    "film's second character, loud in the night and silent by day.",
    "Where does it sit among this year's festival winners?",
    "Near the top. It is less inventive than some of the other prize-winners, but more "
    "patient than any of them, and the last scene on the ice is the best of the year.",
    "See it on a big screen if you can. The lake needs the dark.",
]


def test_a_review_s_closing_question_at_a_head_s_length():
    assert heads_of(*REVIEW)[-1] == "Where does it sit among this year's festival winners?"


def test_a_closing_exchange_stays_text():
    # a yes-or-no closing question, and one over a single line
    asked = [*REVIEW[:-3], "So will it travel?", REVIEW[-2], REVIEW[-1]]
    assert "So will it travel?" not in heads_of(*asked)
    single = [*CHEESE[:-3], CHEESE[-3], CHEESE[-2]]
    assert "So where should you start?" not in heads_of(*single)


def test_closing_question_head():
    long = "x" * 150 + "."
    items = lines(
        "Lead.",
        "A head.",
        long,
        "B head.",
        long,
        "C head.",
        long,
        "So where should you start?",
        long,
        "Bring a bag.",
    )
    flags = [False] * len(items)
    for k in (1, 3, 5):
        flags[k] = True
    assert closing_question_head(items, flags, 3) == 7
    assert closing_question_head(items, flags, 4) == -1  # fewer heads than asked for
    # 'Who would buy it?' / 'Probably a family.' / the sale line: the text's last exchange
    items[7] = Line("Who would buy it?", alone=True)
    assert closing_question_head(items, flags, 3) == -1  # a short question, no 'So'
    items[7] = Line("So is it worth the money?", alone=True)
    assert closing_question_head(items, flags, 3) == -1  # yes or no
    items[7] = Line("So where should you start?", alone=True)
    for k, mark in ((1, "■ A"), (3, "■ B"), (5, "■ C")):
        items[k] = Line(mark, alone=True)
    assert closing_question_head(items, flags, 3) == -1  # unmarked among marked heads
    assert has_a_form("■ The rock") and has_a_form("3. The storm")
    assert not has_a_form("The rock") and not has_a_form("“Ask the staff”")


# an advice column: each letter under its head, the first in the first head's slot under the
# column's intro, and a question inside an answer
ASK_MAREN = [
    "Every week, Aunt Maren answers your questions about family life, school and the rest. "
    "Letters are edited for length.",
    "My daughter is 15 and wants to drop music. Should I let her?",
    "Dear Aunt Maren, my daughter has played the cello since she was six and now says she "
    "hates it and wants to stop before her exams. Her teacher says she is gifted.",
    "Dear Torn, gifted children stop things too. Ask her what she would do with the hours.",
    "If the answer is something she cares about, let her go, and keep the cello in the house.",
    "“He only talks to me in the car”",
    "Dear Aunt Maren, my son is 14 and tells me nothing at dinner, but opens up completely "
    "on the drive to football. Is that normal?",
    "Dear Driver, completely. Side by side is easier than face to face at that age.",
    "Keep driving him, and keep the radio off on the way there.",
    "The cousins fight every summer. Nobody says anything.",
    "Dear Aunt Maren, my sister's children and mine spend August together at our parents' "
    "house, and every year it ends in tears by the second week.",
    "Dear Weary, you are not alone in this.",
    "Is it really so bad?",
    "Some of it is. Cousins fight. But two weeks is a long time under one roof, so split the "
    "month, and give each family a week of its own with the grandparents.",
    "Write to Aunt Maren at the address below. She reads every letter.",
]


def test_a_column_s_first_letter_heads_it_and_an_answer_s_question_is_text():
    assert heads_of(*ASK_MAREN) == [
        "My daughter is 15 and wants to drop music. Should I let her?",
        "“He only talks to me in the car”",
        "The cousins fight every summer. Nobody says anything.",
    ]


def test_letter_page_heads():
    items = lines(
        "Intro.",
        "My son left. Why?",
        "Dear Kit, my son ...",
        "Dear Sad, ...",
        "Sad head",
        "Dear Kit, my girl ...",
        "Dear Me, ...",
        "Is it bad?",
        "Not very.",
        "Lost head",
        "Dear Kit, we moved ...",
        "Dear Lost, ...",
    )
    flags = [False] * len(items)
    for k in (4, 7, 9):
        flags[k] = True
    assert letter_page_heads(items, flags) == ([1], [7])
    flags[9] = False  # one head over a letter: no page of letters' heads
    assert letter_page_heads(items, flags) == ([], [])


def test_a_letter_inside_a_story_adds_no_head():
    story = [
        "The council received more than two hundred letters about the closure of the pool, and "
        "published a selection of them on its website on Monday.",
        "One stood out.",
        "Dear councillors, my children learned to swim in that pool, and so did I, and so did my "
        "mother, and I cannot see why it has to close when the new one is not yet built.",
        LONG,
        "The council said it would reply to every letter before the vote in March.",
    ]
    assert heads_of(*story) == []
