"""heads77: in a FAQ, the heads are the questions that open the page's sections; a question
right under a head's answer, answered at once by the next line and leaning on that answer ('Do
visitors need one?', 'Why did it stop?', 'Is the chip missing?'), is the answer's text. A
reader's situation and question ('I run a X and ... Do I pay every time?') is one more head
among the FAQ's questions; a FAQ head answered 'The council says no.' keeps its place; a
listicle item's question answered by a shorter reply is its text, pictures after it or not.
Made-up exports, with near misses that change one thing each."""

from __future__ import annotations

import pytest

from api.parser.heading_answers import said_in_full
from api.parser.heading_follow_ups import (
    answered_by_a_voice,
    echoes_the_answer,
    elliptical,
    leans_on_the_answer,
    names_the_answer,
    points_at_answer,
)
from api.parser.heading_lone_questions import WORD
from api.parser.heading_long_heads import states_and_asks
from api.parser.headings import asked_inside_an_item, closes_the_item
from api.parser.layout import Item, Line, Picture
from tests.parser.exports import heads_of

LIBRARY_PICTURE = (
    "A row of self-service machines in a library hall\n"
    "New return machines at the Brennick central library, fitted in JanuaryAnna Voss/Brennick Post"
)
HARBOUR_PICTURE = (
    "Fishing boats moored along a stone quay at low tide\n"
    "The inner harbour at Oskarby on a weekday morningTomas Reyes-Lund/Oskarby Herald"
)
POOL_PICTURE = (
    "A wooden bathing platform over a dark lake\n"
    "The bathing platform at Lake Ventra, which reopens in MayPetra Ilves/Ventra News"
)

# a library-card FAQ: question heads over one-paragraph answers, three follow-ups inside them
LIBRARY = [
    "BRENNICK — The city's libraries will stop issuing paper tickets for loans from 1 April and "
    "move every borrower onto a plastic card with a chip, the council said on Tuesday.",
    "What is changing?",
    "Paper tickets will no longer be stamped at the desk. Each loan will be recorded on a card "
    "that is read by the machines at the door, and the receipt will be sent by email instead.",
    "Do I need a new card?",
    "Yes. Cards issued before 2020 have no chip and will stop working in April, though the "
    "library will swap them free of charge at any branch until the end of the summer.",
    "What is the Reader Pass and where do I get one?",
    "The council's own card, sold at the branch desks for a small deposit. It works in all nine "
    "branches and in the mobile library that visits the villages on Thursdays.",
    "Do visitors need one?",
    "Not usually. A visitor can borrow two books on a passport for a week.",
    LIBRARY_PICTURE,
    "My card was bent in the post. Will the machine still read it?",
    "It depends on whether the machine can find the chip. A bent card usually scans; one folded "
    "across the middle often does not, and the desk will issue another.",
    "Is the chip missing?",
    "Then the card is an old one, and the desk will swap it.",
    "Who runs the machines?",
    "A company owned by the three county library services, which also runs the app, the "
    "catalogue and the overdue reminders. The council audits it every year.",
    "Has anything like this been tried before?",
    "Yes. The county libraries ran a card trial in the 1990s, and most branches kept it for a "
    "decade before the money for the readers ran out.",
    "Why did it stop?",
    "The readers broke, and nobody paid to mend them.",
    "What should I do with my old tickets?",
    "Keep them until April. Loans made on paper will be moved onto the new card by the staff.",
]

# a harbour-parking FAQ: a pointer answered at once, 'the same', a reader's situation and
# question among the heads
HARBOUR = [
    "OSKARBY — Drivers parking at the harbour will pay a daily charge from 1 June, the port "
    "authority said on Monday, to pay for the repairs to the sea wall after last winter's storms.",
    "What is changing?",
    "Until now the harbour car park was free. The new charge is set per car, not per person, "
    "and the authority says the money will go to the wall and nothing else.",
    "Is that the whole quay?",
    "No. The fish market's yard is private and is not affected.",
    "How much will it cost?",
    "Five crowns an hour, up to twenty-five a day, paid at the machines or through the port's "
    "app. Season tickets for the summer go on sale in May.",
    "Can I pay by card?",
    "Yes, at every machine, and through the app. Coins are also accepted for now.",
    HARBOUR_PICTURE,
    "I run a bakery on the quay and my van stops twice a day. Do I pay every time?",
    "Once per day, per van. The ticket is valid until midnight.",
    "Does the same apply to taxis?",
    "Taxis with a town licence can buy a monthly pass, the authority said.",
    "Why now?",
    "The wall was patched twice last winter, and the engineers say a third patch will not hold. "
    "The repairs are due to start in September and to last until the spring.",
    "What do fishermen think?",
    "Opinion on the quay is mixed. Some welcome anything that mends the wall; others fear "
    "fewer visitors at the market.",
    "Is that fair to the crews who live aboard?",
    "Some of them say not. They will be given a free permit, the authority says.",
]

# a lake-bathing FAQ: a follow-up under a lead-in and its list, a head answered 'The council
# says no.' after a picture
LAKE = [
    "VENTRA — Swimmers at Lake Ventra will need a token to use the bathing platform from May, "
    "the council said, after two summers of crowding on the jetty.",
    "Why are tokens coming in?",
    "The platform holds forty people safely, and on hot days last year more than a hundred "
    "crowded onto it. The council says a token is the only fair way to share it.",
    "What do I have to do?",
    "Each swimmer needs a token, collected at the kiosk before going on the jetty:",
    "  • show a ticket or a season pass\n  • take a token from the kiosk\n  • hand it back "
    "when leaving",
    "Does the order matter?",
    "Yes. Without a ticket the kiosk will not hand out a token at all.",
    "I swim every morning before work and the kiosk opens at nine. Who gives me a token?",
    "The lifeguard on the early shift. The council says it will add a box at the gate.",
    POOL_PICTURE,
    "Will it cost anything?",
    "The council says no. If the kiosk asks for money, report it to the parks office, which "
    "will take its licence away.",
    "Can the kiosk refuse to hand them out?",
    "Not legally, the parks office says, though it admits it has had complaints already.",
    "What if the kiosk is shut?",
    "The platform will be shut too, the council said, and the jetty will stay open for "
    "walkers who want to look at the lake.",
]


@pytest.mark.parametrize(
    ("blocks", "asides"),
    [
        (LIBRARY, ["Do visitors need one?", "Is the chip missing?", "Why did it stop?"]),
        (HARBOUR, ["Is that the whole quay?", "Does the same apply to taxis?"]),
        (LAKE, ["Does the order matter?", "Can the kiosk refuse to hand them out?"]),
    ],
)
def test_a_follow_up_inside_a_faq_answer_is_text(blocks: list[str], asides: list[str]) -> None:
    heads = heads_of(*blocks)
    assert not set(asides) & set(heads)


@pytest.mark.parametrize(
    ("blocks", "kept"),
    [
        (LIBRARY, ["Who runs the machines?", "What should I do with my old tickets?"]),
        (HARBOUR, ["How much will it cost?", "Why now?", "What do fishermen think?"]),
        (LAKE, ["What do I have to do?", "What if the kiosk is shut?"]),
    ],
)
def test_the_faq_heads_around_the_follow_ups_stay(blocks: list[str], kept: list[str]) -> None:
    assert set(kept) <= set(heads_of(*blocks))


@pytest.mark.parametrize(
    ("blocks", "stated"),
    [
        (HARBOUR, "I run a bakery on the quay and my van stops twice a day. Do I pay every time?"),
        (
            LAKE,
            "I swim every morning before work and the kiosk opens at nine. Who gives me a token?",
        ),
    ],
)
def test_a_readers_situation_and_question_among_faq_heads_is_a_head(
    blocks: list[str], stated: str
) -> None:
    assert stated in heads_of(*blocks)


def test_a_faq_head_answered_by_a_said_no_after_a_picture_is_a_head() -> None:
    assert "Will it cost anything?" in heads_of(*LAKE)


def test_a_faq_question_asking_afresh_about_a_named_thing_is_a_head() -> None:
    # near miss: under the first head's one paragraph, answered at once, but 'it' is the page's
    # topic and 'hostels' a thing the answer never named
    blocks = [
        *LIBRARY[:3],
        "Does it apply to the mobile library?",
        "Yes. It applies to every branch and to the van that visits the villages on Thursdays.",
        *LIBRARY[3:],
    ]
    assert "Does it apply to the mobile library?" in heads_of(*blocks)


def test_a_faq_of_one_line_answers_keeps_its_heads() -> None:
    # near miss: every head over one line, 'them' and 'it' the page's topic
    blocks = [
        "New rules for hire bikes in Oskarby: your questions answered.",
        "Do I need a licence to ride one?",
        "No. Anyone over 14 may hire a bike with a bank card.",
        "Where can I ride?",
        "On roads and in cycle lanes, but not on the harbour promenade.",
        "How fast can they go?",
        "The motor stops helping at 25 kilometres an hour.",
        "Will there be fines?",
        "Riding on the promenade will cost 500 crowns.",
        "Can children ride them?",
        "No. The minimum age is 14, as for a moped.",
    ]
    heads = heads_of(*blocks)
    assert "Can children ride them?" in heads
    assert "Will there be fines?" in heads


def test_follow_ups_making_half_the_faq_are_its_heads() -> None:
    # near miss: every other question leans on its answer; the FAQ's own kind of head
    blocks = [
        LIBRARY[0],
        "What is the Reader Pass?",
        "The council's own card, sold at the branch desks for a small deposit.",
        "Do pupils need one?",
        "Not usually. Schools hold a card for each class.",
        "What happened to the old tickets?",
        "The county libraries ran a card trial in the 1990s and dropped the paper ones.",
        "Why did it stop?",
        "The readers broke, and nobody paid to mend them.",
    ]
    heads = heads_of(*blocks)
    assert "Do pupils need one?" in heads
    assert "Why did it stop?" in heads


def test_readers_turns_under_a_statement_head_stay_text() -> None:
    # near miss: a column's letters inside the 'Ask the librarian' section, not among questions
    blocks = [
        *LIBRARY[:7],
        "Ask the librarian",
        "We put readers' questions to Mara Quist, who runs the central branch.",
        "My son lost his card last year. Can he get another free?",
        "Yes. A first replacement is free, and the loans move onto the new card at once.",
        "I borrowed books on paper in March. Is it too late to move them?",
        "No. The staff will move any paper loan onto your card until the end of the summer.",
        *LIBRARY[7:],
    ]
    heads = heads_of(*blocks)
    assert "My son lost his card last year. Can he get another free?" not in heads
    assert "I borrowed books on paper in March. Is it too late to move them?" not in heads


# a listicle: numbered items, one asking in its text and answered before a picture
MARKET_LIST = [
    "Seven things nobody tells you before you visit the Oskarby fish market.",
    "1) The boats come in before dawn. Be there at five.",
    "The first hour is the only one when the catch is laid out whole, and the buyers from the "
    "restaurants take the best of it before the tourists are awake.",
    "2) Bring a cool bag, not a basket",
    "The stalls wrap fish in paper and nothing else, and the walk back up the hill is long on a "
    "warm morning. A cool bag from the kiosk costs five crowns.",
    "3) Pay the stalls in coins",
    "Most stalls take cards now, but the smallest sellers still want cash. Bring small coins.",
    "Why small coins?",
    "Change is scarce. Sellers round up.",
    HARBOUR_PICTURE,
    "4) The smokehouse is the best stall",
    "Behind the market hall, a family has smoked herring over alder wood for ninety years, and "
    "the queue for it starts before the market has even opened its doors.",
    "5) Go on a weekday",
    "On Saturdays the market fills with coach parties, and the boats sell out by eight.",
]


def test_a_listicle_items_question_answered_before_a_picture_is_text() -> None:
    heads = heads_of(*MARKET_LIST)
    assert "Why small coins?" not in heads
    assert "4) The smokehouse is the best stall" in heads


def test_a_listicle_items_question_over_a_longer_answer_stays() -> None:
    # near miss: its answer is longer than the item's text over it, a part of the item
    blocks = [
        *MARKET_LIST[:8],
        "Most sellers on the quay keep only a small tin of change, and by nine it is empty, so a "
        "note of any size will be turned down, which is why the regulars all carry a purse.",
        *MARKET_LIST[9:],
    ]
    assert "Why small coins?" in heads_of(*blocks)


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def test_elliptical() -> None:
    assert elliptical(words("Will visitors notice?"))
    assert elliptical(words("Does the order matter?"))
    assert elliptical(words("Why did it stop?"))
    assert not elliptical(words("Will it cost anything?"))
    assert not elliptical(words("Is the bus next?"))
    assert not elliptical(words("Why does this matter?"))


def test_echoes_the_answer() -> None:
    answer = "It depends on whether the machine can find the chip."
    head = "My card was bent. Will the machine still read it?"
    assert echoes_the_answer(words("Is the chip missing?"), answer, head)
    assert not echoes_the_answer(words("Is the machine broken?"), answer, head)
    assert not echoes_the_answer(words("Does it apply to vans?"), answer, head)
    # the answer names vaccines in passing, never 'the vaccine'
    said = "Adults who missed their own vaccines can also catch it."
    assert not echoes_the_answer(words("Is the vaccine safe?"), said, "Who is at risk?")


def test_names_the_answer() -> None:
    assert names_the_answer("Does the same apply to taxis?")
    assert names_the_answer("Do visitors need one?")
    assert not names_the_answer("Do I need one?")
    assert not names_the_answer("Does it apply to hostels?")


def test_leans_on_the_answer() -> None:
    assert leans_on_the_answer("Why did it stop?", "", "")
    assert leans_on_the_answer("Are those free?", "", "")
    assert not leans_on_the_answer("Who collects it?", "", "")
    assert not leans_on_the_answer("Is it safe?", "", "")


def test_points_at_answer() -> None:
    assert points_at_answer("Is that fair to the crews?")
    assert points_at_answer("Is this a scam?")
    assert not points_at_answer("Is it safe?")
    assert not points_at_answer("Is that a problem for me?")


def test_states_and_asks() -> None:
    items: list[Item] = [
        Line("Who is exempt?", True),
        Line("Taxis.", True),
        Line("I run a bakery and my van stops twice. Do I pay every time?", True),
        Line("Ask the expert", True),
        Line("If you go once a week, probably. Why pay for thirty days?", True),
    ]
    assert states_and_asks(items, [0], 2)
    assert not states_and_asks(items, [3], 2)
    assert not states_and_asks(items, [0], 4)
    assert not states_and_asks(items, [], 2)


def test_asked_inside_an_item_passes_pictures_after_the_reply() -> None:
    items: list[Item] = [
        Line("3) Pay the stalls in coins", True),
        Line("Most stalls take cards now, but the smallest want cash. Bring small coins.", True),
        Line("Why small coins?", True),
        Line("Change is scarce.", True),
        Picture("alt", "caption"),
        Line("4) The smokehouse is the best stall", True),
        Line("Behind the hall, a family smokes herring over alder wood.", True),
    ]
    flags = [True, False, True, False, False, True, False]
    assert asked_inside_an_item(items, flags) == [2]
    # near miss: a paragraph after the picture, the question heads a part of the item
    items[4:5] = [Picture("alt", "caption"), Line("The sellers round every price up.", True)]
    flags[4:5] = [False, False]
    assert asked_inside_an_item(items, flags) == []


def test_closes_the_item() -> None:
    items: list[Item] = [Line("Change is scarce.", True), Picture("a", "c"), Line("4) X", True)]
    assert closes_the_item(items, 1, 2)
    assert closes_the_item(items, 2, 2)
    assert not closes_the_item(items, 0, 2)


def test_said_in_full() -> None:
    assert said_in_full("no.")
    assert said_in_full("yes.")
    assert not said_in_full("theory.")


def test_a_follow_up_answered_by_a_quotation_is_text() -> None:
    blocks = [
        *LIBRARY,
        "Will it put readers off?",
        '"Not the ones who come every week," said a librarian at the central branch.',
    ]
    assert "Will it put readers off?" not in heads_of(*blocks)


def test_answered_by_a_voice() -> None:
    assert answered_by_a_voice("Will it put people off?", '"Not the ones who come," she said.')
    assert not answered_by_a_voice("Do I need to queue?", '"Yes," said the librarian.')
    assert not answered_by_a_voice("Who decides?", '"The board," she said.')
    assert not answered_by_a_voice("Will it put people off?", "Not the ones who come.")
