"""Heads read off the document (issue 15, fresh19's shapes, made-up texts): a live page's post
heads opening on an exclamation under their timestamps ('GOAL! ...'), and full-sentence heads
ending in '.' right after a short quotation paragraph."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

# Posts of a live page, longer than any head.
RUGBY = (
    "Ngata goes over in the corner after three phases of patient work from the Harbour "
    "forwards, and the conversion from the touchline drifts just wide of the far post."
)
TENNIS = (
    "Moreau has found her range on the backhand at last, and the crowd on the east stand are "
    "on their feet after a rally of thirty-one shots that ended with a drop shot."
)
RACE = (
    "A front wing has come apart at the hairpin and the marshals are sweeping the carbon off "
    "the track while the leaders tour round behind the car in single file."
)
CALM = "Both sides are trading possession in midfield without much happening."


def live(post: str, under: str = RUGBY, stamps: tuple[str, ...] = ("3.42pm", "3.31pm", "3.20pm")):
    """The heads of a live page of three posts, the newest headed by `post` over `under`, the
    others by plain heads."""
    return heads_of(
        stamps[0], post, under, stamps[1], "Half-time: Harbour 12-7 Vale", TENNIS,
        stamps[2], "Kick-off", RACE,
    )  # fmt: skip


@pytest.mark.parametrize(
    "post",
    [
        "TRY! Harbour 17-7 Vale (Ngata 54)",
        "GOAL! Millbrook 2-1 Eastfield (Okonjo 88)",
        "Red card! Lindqvist is off",
        "Safety car! Debris at the hairpin",
        "Break of serve! Moreau leads 4-2 in the third",
        "Declared! Greens hold Ashcombe North",
    ],
)
def test_an_exclaimed_post_head_under_its_timestamp_is_a_head(post):
    assert live(post)[0] == post


@pytest.mark.parametrize(
    "stamps", [("16:42", "16:31", "16:20"), ("Updated 9.05am", "8.50am", "8.31am")]
)
def test_the_timestamps_forms_do_not_matter(stamps):
    post = "WICKET! Okoro goes for 41"
    assert live(post, TENNIS, stamps)[0] == post


@pytest.mark.parametrize(
    "post",
    [
        "GOAL! Millbrook 1-0 Eastfield (Okonjo 23). A corner, a free header and it is in.",
        "Wow! It went in. What a finish from the edge",  # two sentences after the exclamation
        "Oh no! he has slipped over",  # no head after the exclamation
    ],
)
def test_an_exclamation_over_running_text_is_the_posts_text(post):
    assert post not in live(post)


def test_an_exclaimed_line_without_headed_posts_around_it_is_text():
    post = "TRY! Harbour 17-7 Vale (Ngata 54)"
    assert heads_of("3.42pm", post, RUGBY, "3.31pm", TENNIS, "3.20pm", RACE) == []


def test_an_exclaimed_line_away_from_a_timestamp_is_text():
    post = "Red card! Lindqvist is off"
    heads = heads_of("3.42pm", "Half-time: Harbour 12-7 Vale", TENNIS, post, RUGBY,
                     "3.20pm", "Kick-off", RACE)  # fmt: skip
    assert post not in heads


def test_an_exclaimed_line_over_a_shorter_line_is_text():
    post = "Safety car! Debris at the hairpin"
    assert post not in live(post, "Phew.")


# A long read's sections: paragraphs of some 300 characters, and short quotations closing them.
CREW = (
    "The lifeboat station at the end of the harbour wall was built in 1896 and has launched "
    "every winter since, crewed by volunteers who leave their jobs in the fish market, the "
    "garage and the school when the pagers go off, and who train two evenings a week in the "
    "bay whatever the weather happens to be doing on the night."
)
FUNDS = (
    "The money for the new boat came from the town, a raffle at a time, over eight years: a "
    "sponsored swim across the bay, a cookbook of the crew's mothers' recipes and a legacy from "
    "a retired ferry captain who had been pulled out of the water by the station's crew twice, "
    "once in 1961 and once, to his lasting embarrassment, in 1988."
)
SCHOOL = (
    "The village school closed in the summer of 2019 with eleven pupils on its roll, and for "
    "two years the building stood empty while the county council and the diocese argued over "
    "who owned the playing field, a strip of grass behind the church that both of them had, at "
    "one time or another, mown, fenced and put up signs on."
)
CLUB = (
    "The supporters' trust bought the club from its last owner for a pound and its debts, which "
    "came to rather more than a pound, and spent the first season selling pies, scarves and a "
    "share scheme to anyone who would stand still long enough at the turnstiles on a Saturday "
    "afternoon, whatever the score or the weather."
)
SAID = '"Nobody else was going to do it," said Ines Okafor, the trust\'s secretary.'
TOLD = '"We had no idea what it would cost," Tamsin Rowe told me, laughing.'


@pytest.mark.parametrize(
    ("quoted", "sentences", "label"),
    [
        (["“We launch in anything”", "‘A boat of our own’"],
         ["The new boat arrived in March. Then the sea froze.",
          "By 2022, the station was the busiest on the coast."], "The night watch"),
        (["“The school was the village”", "‘A field nobody owned’"],
         ["The diocese sold the building for a pound.",
          "In the end, the parents ran the nursery themselves."], "Open days"),
        (['"Just keep the lights on"', "“Pies, scarves and shares”"],
         ["The first season ended in relegation. The next, in promotion.",
          "Within a year, the trust owned the ground as well."], "Match day"),
    ],
)  # fmt: skip
def test_sentence_heads_beside_mostly_quoted_heads_are_heads(quoted, sentences, label):
    blocks = [CREW, quoted[0], FUNDS, SCHOOL, SAID, sentences[0], CLUB, CREW, quoted[1], FUNDS]
    blocks += [SCHOOL, TOLD, sentences[1], CLUB, CREW, label, FUNDS]
    assert heads_of(*blocks) == [quoted[0], sentences[0], quoted[1], sentences[1], label]


def test_sentences_beside_quoted_heads_outnumbered_by_labels_stay_paragraphs():
    sentences = ["The diocese sold the building for a pound.", "Within a year, it was full."]
    blocks = [CREW, "“The school was the village”", FUNDS, "Open days", SCHOOL, SAID]
    blocks += [sentences[0], CLUB, "‘A field nobody owned’", CREW, "Term dates", FUNDS, TOLD]
    blocks += [sentences[1], SCHOOL, "Match day", CLUB]
    heads = heads_of(*blocks)
    assert sentences[0] not in heads and sentences[1] not in heads


def test_sentences_beside_one_quoted_head_and_a_label_stay_paragraphs():
    sentences = ["The diocese sold the building for a pound.", "Within a year, it was full."]
    blocks = [CREW, "“The school was the village”", FUNDS, SCHOOL, SAID, sentences[0], CLUB]
    blocks += [CREW, TOLD, sentences[1], FUNDS, "Open days", SCHOOL]
    heads = heads_of(*blocks)
    assert sentences[0] not in heads and sentences[1] not in heads
