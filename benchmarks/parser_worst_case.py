"""Time per KB of the whole parser (layout, credits, headings, quotes) on adversarial inputs.

Each shape is built at 10 KB, 100 KB and 2 MB and timed through parse() and analyse_quotes(); the
time per KB is compared with that of the normal articles of ../shared/corpus (or a synthetic
article when the corpus is absent). Every shape must stay within 3x of the normal time per KB.
Also prints quote analysis throughput (articles/s) over the corpus articles.

Run: .venv/bin/python benchmarks/parser_worst_case.py [--sizes 10,100,2000] [--timeout 120]
[--repeat 3]

One ruler for both sides of the ratio, the read a server meets: an input's first read, in a fresh
child process whose parser has run (a warm-up article, then every normal article but the input:
its patterns compiled, its memos holding other articles' words) but never read the input, so the
memos (names, roles, lowercase words) hold none of the input's own words. Each normal
article and each shape at each size is so read in `--repeat` fresh children and the best of them
taken (noise of a shared machine, not the caches); the normal time per KB is the sum of the
articles' best first reads over their KB. (Until worst52 the normal articles were each the best of
five reads in the parent, their second to fifth reads finding their own words in the memos, while
a shape was read once in a child: the normal side was read warm, the shapes cold.) A child's
timeout is wall time and stops a superlinear stage from hanging the benchmark; times are CPU
seconds of the child. The parent itself parses nothing before the children are forked (the
throughput is measured in a child too), so no child inherits another input's words.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import sys
import time
from collections.abc import Callable
from itertools import product
from pathlib import Path
from string import ascii_lowercase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.parser import decode, parse  # noqa: E402
from api.parser.quotes import analyse_quotes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
LIMIT = 3.0  # a shape may cost this many times a normal article's time per KB


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _one_paragraph(unit: str) -> Callable[[int], str]:
    return lambda size: "Headline\n\n" + _repeat(unit, size).strip() + "\n"


def _initials(size: int) -> str:
    return "Headline\n\n" + _repeat("J. ", size) + 'Doe said, "Hello there."\n'


def _one_sentence(size: int) -> str:
    """Quotes in one long sentence after a first one, their reporting clause at its very end."""
    return "Headline\n\nIntro. " + _repeat('"a b" ', size) + "she said.\n"


def _named_units(
    size: int, unit: Callable[[str], str], *, letters: int = 3, separator: str = ""
) -> str:
    """A headline over units each about a new name (`Aaa`, `Aab`, ...) up to `size` characters."""
    units, length = [], 0
    for name in product(ascii_lowercase, repeat=letters):
        units.append(unit("".join(name).capitalize()))
        length += len(units[-1]) + len(separator)
        if length >= size:
            break
    return "Headline\n\n" + separator.join(units).strip() + "\n"


def _namesakes(size: int) -> str:
    """Ever new people sharing one surname, each quoted, then the surname alone quoted."""
    return _named_units(size, lambda first: f'{first} Bb said "x". Bb said "y". ')


def _spokeswomen(size: int) -> str:
    """Ever new bodies' spokeswomen, each quoted as `the spokeswoman`: thousands of names the
    article never writes in lowercase."""
    return _named_units(
        size,
        lambda body: f'A {body} spokeswoman, Aa {body}son, said it. "Yes," the spokeswoman said.',
        letters=4,
        separator="\n\n",
    )


def _which_bodies(size: int) -> str:
    """Ever new bodies each with `, which publishes`, each quoted as `the publisher`: a relative
    clause's noun read for every body (the article scanned once for them all)."""
    return _named_units(
        size, lambda name: f'{name} Games, which publishes Xx, said so. "x," the publisher said. '
    )


def _other_names(size: int) -> str:
    """Ever new people each `known as` another name, each quoted under that name: every other
    name read by one scan of the article, each looked up once per quote."""
    return _named_units(size, lambda name: f'Aa {name}, known as {name}x, won. "x," {name}x said. ')


def _long_capital(size: int) -> str:
    """One capitalised word of the whole size before `, which makes`: a name's pattern tried
    from each of its letters would be quadratic."""
    return "Headline\n\n" + _repeat("A", size) + ', which makes Xx. "x," the maker said.\n'


def _glued_credits(size: int) -> str:
    """Image pairs whose caption lines carry glued credits, between short paragraphs."""
    unit = (
        "Crews at the dam.\n"
        "Crews at the dam in the U.S.Jane Doe / Reuters file\n\n"
        "A paragraph of text.\n\n"
        "Rain on the plain.\n"
        "Rain on the plain near Lyon on MondayJ. Scott Smith/NASA/ESA/SwRI\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size)


def _long_caption(size: int) -> str:
    """One image whose caption line is one very long glued run."""
    return "Headline\n\nBody.\n\nAlt text\n" + _repeat("Word.Jane Doe / AP ", size) + "\n\nEnd.\n"


def _spaced_caption(size: int) -> str:
    """One image whose caption line holds a long run of spaces before a credit in parentheses."""
    return "Headline\n\nBody.\n\nAlt text\nA view" + " " * size + "(Jane Doe/AP)\n\nEnd.\n"


def _dotted_web_name(size: int) -> str:
    """One image whose credit, after a slash, is a lower-case run of dotted, hyphenated parts
    that never closes as a website's name does (a digit where its ending would be)."""
    run = _repeat("ab-c.", size)
    return "Headline\n\nBody.\n\nAlt text\nA view.Jane Doe/" + run + "9\n\nEnd.\n"


def _label_heads(size: int) -> str:
    """Thousands of label-led heads, each over a paragraph, and one last labelled turn that
    ends a sentence: every labelled line read again once the label is found (heading_kin.py)."""
    unit = "Myth: wet hair gives you a cold\n\nIt does not, as the studies show.\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "Myth: false.\n\nEnd.\n"


def _sign_offs(size: int) -> str:
    """Thousands of letters, each a paragraph closed by a sign-off over the next letter's head:
    every sign-off's place read once (heading_signoffs.py)."""
    unit = "The fares went up again.\n\nJean Hicks, St Agnes\n\nA word for the gulls\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


def _marked_heads(size: int) -> str:
    """Thousands of marked heads, each over a paragraph and a question asked in the text:
    every head's mark read once (heading_questions.py)."""
    unit = "◆ The rock\n\nThe tower stands on a reef.\n\nWho is it for?\n\nNobody. Yes.\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


def _item_fields(size: int) -> str:
    """One long run of fields, every other one a numbered item's line too ('No. 3: Moto G85'),
    after a sentence: the fields closing an item walked back a few lines at most."""
    unit = "Price: £19.99\n\nNo. 3: Moto G85\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


def _countdown_items(size: int) -> str:
    """Thousands of countdown lines ('No. 9: ...', quoted, a question, two sentences), each over
    a short details line and a paragraph: every labelled line read with the few lines under it
    (heading_label_runs.over_details), the run given up at the second '9'."""
    unit = "".join(
        f"No. {n}: {title}\n\nPC; £9.99\n\nIt is a game about a van that will not reverse.\n\n"
        for n, title in zip(
            range(9, 0, -1),
            ['"Ask Me Later"', "Is it the last one?", "Nems. Every family has one.", "Low Tide"]
            * 3,
            strict=False,
        )
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


def _item_field_blocks(size: int) -> str:
    """_item_fields in runs of 48 lines, each after a sentence: no run is long enough to be one
    block of data (headings.FIELD_BLOCK), so every line is still tried as a head."""
    unit = "It works.\n\n" + 24 * "Price: £19.99\n\nNo. 3: Moto G85\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


def _picture_sections(size: int) -> str:
    """Thousands of sections of pictures only, each head over two pictures: the pictures
    between two heads walked once, for the head right under them (headings.py)."""
    picture = "A bird on a post\nA bird on the scrape.Photograph: Jo Lane\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat("Spring\n\n" + 2 * picture, size) + "End.\n"


def _listings(size: int) -> str:
    """Thousands of listings entries, a head, its text, then details (a place, a date, a
    price): every run of details walked once (heading_listings.py)."""
    unit = "Hamlet\n\nSix actors play every part.\n\nMinack Theatre\n\nUntil 21 June\n\nFree\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


def _short_lines(size: int) -> str:
    """Thousands of one-line blocks: subheading candidates everywhere."""
    return "Headline\n\n" + _repeat("1. Take stock\n\nShort text here.\n\n", size)


def _line_run(size: int) -> str:
    """Thousands of short lines in one block (an odd number: each line is a paragraph)."""
    lines = _repeat("Aa Bb\n", size)
    if lines.count("\n") % 2 == 0:
        lines += "Aa Bb\n"
    return "Headline\n\nIntro.\n\n" + lines + "\nEnd.\n"


def _line_pairs(size: int) -> str:
    """Thousands of short lines in one block, an even number: read as image pairs."""
    lines = _repeat("Aa Bb\n", size)
    if lines.count("\n") % 2:
        lines += "Aa Bb\n"
    return "Headline\n\nIntro.\n\n" + lines + "\nEnd.\n"


def _offers(size: int) -> str:
    """Thousands of priced heads and price-list entries over paragraphs: a deals page's offers
    everywhere (heading_offers.py)."""
    unit = (
        "Oslo by train from £79\n\nA paragraph of text about the offer, long enough.\n\n"
        "Riga from £31\n\nA paragraph of text about the offer, long enough.\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size)


def _stated_questions(size: int) -> str:
    """Thousands of question heads and lines of a statement and its question over paragraphs:
    a readers' column everywhere (heading_questions.py)."""
    unit = (
        "Who pays for it?\n\nA paragraph of text that answers the question at length.\n\n"
        "My landlord wants my deposit. Can he?\n\n"
        "A paragraph of text that answers the question at length.\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size)


def _field_boxes(size: int) -> str:
    """Thousands of boxes of fields under a head, each closed by a line without a colon: a
    results page's 'Key figures' everywhere (headings.closes_a_field_run)."""
    unit = (
        "A paragraph of text before the box, long enough.\n\nKey figures\n\nRevenue: £4m\n\n"
        "Rovers: WWDWL\n\nProfit: £1m\n\nSales by division\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size)


def _ratings(size: int) -> str:
    """Thousands of star lines, each over a line of details and a paragraph: a TV week's
    reviews everywhere (heading_leads.follows_a_rating)."""
    unit = "The Show\n\n★★★★☆\n\nBBC Four, Saturday\n\nA paragraph of the review, long enough.\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size)


def _priced_sections(size: int) -> str:
    """Thousands of plain heads, each over a paragraph, a price line and its terms, and of priced
    heads: a property column and a deals page everywhere (headings.priced_lines_in_sections,
    headings.terms_among_offers)."""
    unit = (
        "Gull Cottage, Porthgwarra\n\nA paragraph about the house, long enough.\n\n"
        "Guide price £385,000\n\nA paragraph of text after the price.\n\n"
        "Lisbon for £149\n\nA paragraph about the offer, long enough.\n\n"
        "Book by 20 December\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size)


def _labelled_groups(size: int) -> str:
    """Thousands of names over rows of figures, each group closed by a line and over a data line,
    the next a name over text: an election page everywhere (heading_groups.py)."""
    unit = (
        "A paragraph before the group, long enough.\n\nFeeds six, or four\n\nTakes an hour\n\n"
        "Abbey\n\nSara Quinn (Lib Dem) 1,412\n\nTom Birch (Con) 988\n\nLib Dem gain\n\n"
        "Mill Green\n\nPeter Adey (Lab) 1,105\n\nJo Farrant (Lib Dem) 1,099\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size)


def _programme(size: int) -> str:
    """Thousands of day heads over the same stage heads, each over act lines, one stage's run
    closed over text, then a count over numbered heads: a festival's line-up everywhere, every
    repeated head's neighbours read (heading_stages.py)."""
    unit = (
        "Friday\n\nThe Main Stage\n\nAna Lima (headline, 10pm)\n\nJo Marsh\n\nThe Barn\n\n"
        "Kit Lowe\n\nThe Dome (late)\n\nDJ sets until dawn, names to come.\n\n"
        "Three not to miss\n\nThe ones to see.\n\n1. Ana Lima\n\nA harpist.\n\n"
        "2. Jo Marsh\n\nA drummer.\n\n3. Kit Lowe\n\nA singer.\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size)


def _described(intro: str, unit: str) -> Callable[[int], str]:
    """One paragraph: `intro` (a sentence introducing someone, or nothing), then `unit` (a quote
    and a description as its cue) repeated: every description resolved in the paragraph."""
    return lambda size: "Headline\n\n" + intro + _repeat(unit, size).strip() + "\n"


def _lead_judgments(size: int) -> str:
    """Ever new judges, each giving a judgment quoted as `the lead judgment` in its own
    paragraph: the judgment's giver looked up among all the givers before it."""
    return _named_units(
        size,
        lambda name: (
            f'Giving the lead judgment, Lady {name} Bb said the appeal failed. "It '
            f'fails," the lead judgment said.'
        ),
        letters=4,
        separator="\n\n",
    )


def _elect_people(size: int) -> str:
    """Ever new people in one paragraph, none of them winning, each followed by a quote of `the
    mayor-elect`: the article's winners looked for once, not once per quote."""
    return _named_units(
        size,
        lambda name: f'{name} Bb spoke at the count. "We will see," the mayor-elect said. ',
        letters=4,
    )


# Role words of the people `_role_people` introduces, one after the other.
_ROLES = ("doctor", "lawyer", "farmer", "teacher", "nurse", "engineer", "pilot", "chef")


def _role_people(size: int) -> str:
    """Ever new people, each introduced with a role word and quoted as `the <role>` in one
    paragraph: every description matched against the roles of all the people before it."""

    def unit(name: str) -> str:
        role = _ROLES[ord(name[-1]) % len(_ROLES)]  # (`Aaa` a doctor, `Aab` a lawyer, ...)
        return f'{name} Bb, a {role}, spoke. "x," the {role} said. '

    return _named_units(size, unit)


def _quoted(build: Callable[[int], str]) -> Callable[[int], str]:
    """The shape after a first paragraph with a quote, when it has none of its own: an article
    without a quote mark skips quote analysis, and every stage is to be timed."""

    def shape(size: int) -> str:
        text = build(size)
        if '"' in text:
            return text
        return text.replace("Headline\n\n", 'Headline\n\n"Yes," Aa Bb said.\n\n', 1)

    return shape


# The shapes the rules of speakers91-93 and heads84/85 invite (worst53).


def _quote_only_led(unit: str) -> Callable[[int], str]:
    """A person named, two paragraphs that are only a quote, then one paragraph of `unit`
    repeated: every cue's look-back passes the quote-only paragraphs and reads the sentences
    before it in its own paragraph."""
    intro = 'Headline\n\nAa Bb keeps bees in the hills.\n\n"A year of work."\n\n"Gone."\n\n'
    return lambda size: intro + _repeat(unit, size).strip() + "\n"


def _retirees(size: int) -> str:
    """Ever new people with an age in one paragraph, each quoted as `the retiree`: a standing's
    least age read back over the people before (quote_described._noun_subject)."""
    return _named_units(size, lambda name: f'{name} Bb, 63, spoke. "x," the retiree asked. ')


def _field_chain(size: int) -> str:
    """One ministry whose name lists thousands of fields, comma by comma, `and` the last, `in` a
    place, then `, which`: every field read as one more of the ministry's name."""
    fields = _named_units(size, lambda name: f"{name} Affairs, ", letters=3).split("\n\n", 1)[1]
    return (
        "Headline\n\nThe Ministry of Health, "
        + fields.strip().rstrip(",")
        + ' and Fisheries in Vellia, which runs it, said "x".\n'
    )


def _field_ministries(size: int) -> str:
    """Ever new ministries each of a short field list in a place, each speaking: `Ministry of
    A, B and C in D, which` read per name."""
    return _named_units(
        size,
        lambda name: (
            f"The Ministry of {name} Security, Urban Industries and Fisheries in Vellia, which "
            f'runs it, said "x". '
        ),
    )


def _aside_chain(size: int) -> str:
    """One subject before thousands of `, reached by X,` asides and its verb: the asides before a
    verb read back from it (quote_subject_before._CONTACTED_ASIDE)."""
    return (
        "Headline\n\nA spokesman for the agency"
        + _repeat(", reached by the Times", size)
        + ', said "x".\n'
    )


def _reached_asides(size: int) -> str:
    """Ever new bodies' spokesmen, each `, reached by X,` before their verb, in one paragraph."""
    return _named_units(
        size, lambda name: f'A spokesman for {name} Ltd, reached by the Times, said "x". '
    )


def _gulf_companies(size: int) -> str:
    """Ever new companies of a Gulf legal form (`W.L.L.`), each given a title-led secretary
    (`Dr (Mrs)`, `Coun`) and quoted as `the operator`, in one paragraph."""
    return _named_units(
        size,
        lambda name: (
            f"{name} Travel Co. W.L.L., whose secretary is Dr (Mrs) Ada {name}, and Coun Jo "
            f'{name}x spoke. "x," the operator said. '
        ),
    )


def _among_those(size: int) -> str:
    """Ever new people each `Among those ... was X Y, who`, quoted, in one paragraph."""
    return _named_units(
        size, lambda name: f'Among those at the count was {name} Bb, who said "x" and left. '
    )


def _place_ends(size: int) -> str:
    """Ever new federations, each closed by `in <Place>` before `, which`, then a fronted place
    and `PT` companies: the name ends and openings a body's mention reads."""
    return _named_units(
        size,
        lambda name: (
            f"The Federation of {name} Cooperatives in Vellia, which represents them, said "
            f'"x". Meeting in a room on {name} Hill, the commission voted. PT {name} Teknologi '
            f'said "y". '
        ),
    )


def _dotted_captions(size: int) -> str:
    """Thousands of image pairs whose caption ends on a dotted code glued to a credit's
    initials (`the U.S.D.R. Jane Doe/AP`), between short paragraphs, and one caption of a
    dotted run thousands of codes long (glue.initials_after_dotted_code)."""
    unit = "A ship at sea.\nA ship off the U.S.D.R. Jane Doe/AP\n\nA paragraph of text.\n\n"
    long = "A ship at sea.\nA ship off the " + _repeat("U.S.", size // 4) + "D.R. Jane Doe/AP\n\n"
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + long + "End.\n"


def _colonless_lists(size: int) -> str:
    """Thousands of labelled lists, their labels sharing a first word, colon or none, each over
    list lines, then a question leaning back on the list (heading_colonless.py,
    heading_lone_questions.leans_on_a_list)."""
    unit = (
        "Foods to eat:\n\ncabbage\n\npeas\n\nFoods to limit\n\nbread\n\nrice\n\n"
        "What to bring?\n\nOne of these:\n\n• a passport\n\n• a licence\n\n"
        "What if I have none of those?\n\nThen ask at the desk, as most people do.\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


def _quoted_heads(size: int) -> str:
    """A quotation under the lead, then thousands of quoted heads over text: the page's quoted
    heads counted once (heading_quoted_slots.py)."""
    unit = "\u201cWho moved the chairs?\u201d\n\nA paragraph of text, long enough to be one.\n\n"
    return (
        "Headline\n\nST JOHN'S \u2014 The lead paragraph of the page.\n\n"
        "\u201cThe laws shall be proclaimed.\u201d\n\nA longer paragraph of text follows it.\n\n"
        + _repeat(unit, size)
        + "End.\n"
    )


# The shapes the person-noun and document-subject cues and the export's heading rhythm invite
# (worst54).


def _issued_reports(size: int) -> str:
    """Ever new bodies each saying something in a report, each quoted as `the report`, in one
    paragraph: a document's issuer looked for per quote among the issuers before it."""
    return _named_units(
        size,
        lambda name: f'{name} Ltd said in a report that sales rose. "x," the report said. ',
        letters=4,
    )


def _kin_opened_trades(size: int) -> str:
    """Ever new people each named as someone's kin at a sentence's opening, each followed by a
    trade's noun as the cue: the kin's sentence and the one before read per quote
    (quote_described._kin_owner, _noun_subject)."""
    return _named_units(
        size,
        lambda name: (
            f'{name} Bb, 74, kept cattle. His cousin, Aa {name}x, farms too. "x," the herdsman '
            "said. "
        ),
        letters=4,
    )


def _rhythm_heads(size: int) -> str:
    """Thousands of sentence heads, each over two paragraphs far longer than it: a column's
    heads by their rhythm everywhere (heading_rhythm.section_openers, rhythm_heads)."""
    unit = (
        "The shop was never about groceries.\n\n"
        "A paragraph of text under the head, long enough to be twice its length at least, and "
        "more. It goes on for a second sentence.\n\n"
        "A second paragraph of text under the head, long enough to be twice its length, and "
        "more. It goes on too.\n\n"
    )
    return "Headline\n\nFirst paragraph of the page, long enough to be one.\n\n" + _repeat(
        unit, size
    )


def _punchy_lines(size: int) -> str:
    """Thousands of short sentence lines between paragraphs not much longer, of uneven pace: a
    column of short paragraphs, rhythm candidates everywhere and no heads
    (heading_rhythm.paced_openers, stands_out)."""
    unit = (
        "The rain came late.\n\nShe rode first. The rain came later, and then it stayed.\n\n"
        "Nobody minded.\n\nA longer line of text, then another short one after it.\n\n"
        "It rained.\n\nThe farm stood empty that week.\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


def _picture_slot_heads(size: int) -> str:
    """A quoted head, then thousands of pictures each over a sentence line, two paragraphs and
    a two-sentence line: slot lines and heads standing everywhere, each slot line's next head
    looked up (heading_picture_slots.picture_slot_heads)."""
    unit = (
        "A bird on a post\nA bird on the scrape.Photograph: Jo Lane\n\n"
        "The last net was finished in March.\n\n"
        "A paragraph of text under the line, longer than it, and it goes on a little.\n\n"
        "He was tired. He went on anyway.\n\n"
        "A second paragraph of text under the line, longer than it as well.\n\n"
    )
    return (
        "Headline\n\nFirst paragraph of the page, long enough to be one.\n\n"
        "\u201cWe never closed\u201d\n\nA paragraph of text under the quoted head.\n\n"
        + _repeat(unit, size)
        + "End.\n"
    )


def _slot_clause_heads(size: int) -> str:
    """Thousands of live posts, each a timestamp over a long clause without a stop and its
    text, and of rated items, each a long clause over a star rating and its text: every slot
    line's section measured (heading_slot_clauses.longest_under) up to the next slot."""
    unit = (
        "10:41\n\nA label head over its post\n\nThe text of the post, a sentence long enough.\n\n"
        "10:30\n\nWhy the long clause without a stop stands here under its clock line today\n\n"
        "The text of the post under the clause, a paragraph longer than the clause is.\n\n"
        "Best buy: a kettle\n\n\u2605\u2605\u2605\u2605\u2606\n\nThe review of it.\n\n"
        "The one to buy if you live alone and boil a single mug of water at a time\n\n"
        "\u2605\u2605\u2605\u2606\u2606\n\n"
        "The review of the item, a paragraph longer than the clause over it.\n\n"
    )
    return "Headline\n\nFirst paragraph.\n\n" + _repeat(unit, size) + "End.\n"


_SHAPES: dict[str, Callable[[int], str]] = {
    '"Yes," he said.': _one_paragraph('"Yes," he said. '),
    '"a "': _one_paragraph('"a " '),
    'unclosed "Aa Bb,': lambda size: "Headline\n\n" + _repeat("Aa Bb, ", size) + '"\n',
    'unclosed "Aa Bb, run': _one_paragraph('"Aa Bb, '),
    "J. before a quote": _initials,
    "capitalised run": _one_paragraph("Aa Bb Cc Dd "),
    "Name said run": _one_paragraph('Jane Doe said "x" and '),
    "quotes, then their clause": _one_sentence,
    "particle surname run": _one_paragraph('Van Bb said "x". '),
    "namesakes": _namesakes,
    "bodies' spokeswomen": _spokeswomen,
    "glued credits": _glued_credits,
    "one long caption": _long_caption,
    "spaced caption": _spaced_caption,
    "dotted web name": _dotted_web_name,
    "short lines": _short_lines,
    "line run": _line_run,
    "line pairs": _line_pairs,
    "offers": _offers,
    "stated questions": _stated_questions,
    "field boxes": _field_boxes,
    "star ratings": _ratings,
    "priced sections": _priced_sections,
    "labelled groups": _labelled_groups,
    "programme": _programme,
    "label heads": _label_heads,
    "sign-offs": _sign_offs,
    "marked heads": _marked_heads,
    "item fields": _item_fields,
    "countdown items": _countdown_items,
    "item fields in runs of 48": _item_field_blocks,
    "picture sections": _picture_sections,
    "listings": _listings,
    "Arabic article names": _one_paragraph('Aa al-Bb el-Cc said "x" and '),
    "owners' works, aside": _one_paragraph('Aa Bb’s own survey, a xx, reported that "x" and '),
    "family words, label verbs": _one_paragraph('Her sister Bb termed it "x" and '),
    "bodies, which publish": _which_bodies,
    "one capital word, which": _long_capital,
    "people known as": _other_names,
    "the doctoral candidate said": _described("", '"...," the doctoral candidate said. '),
    "the company said": _described("", '"Yes," the company said. '),
    "the 34-year-old said": _described("", '"Yes," the 34-year-old said. '),
    # (speakers100's last resort: a noun no table holds, after someone unnamed each time)
    "the shipwright said": _described(
        "Rhea Okonjo repairs boats. ", 'A caller said no. "Yes," the shipwright said. '
    ),
    # (speakers107's last resorts: `the regulator` among many public bodies, each one's name
    # read in a bounded reach; `and the council said` after a clause, a spokesperson's body)
    "the regulator warned": _described(
        "", 'The Water Agency said no. The regulator warned it was "x". '
    ),
    "and the league said": _described(
        "Tarn Rowing League met. ",
        'The race shut, and the league said it was "x". A spokesman for the circuit said "y". ',
    ),
    # (speakers110: a lower-case post before a name, someone kept unnamed, a paper put to a
    # body's organ, a pronoun in a sentence a description opens; each read in a bounded reach)
    "the reeve said": _described(
        "Tarn council met. ", 'The vote passed, and reeve Aa Bb said no. "x," the reeve said. '
    ),
    "the miner said, unnamed": _described(
        "Tarn Coal said no. ",
        'A fitter, who asked not to be named, said it "x". "y," the miner said. ',
    ),
    "the report says, a paper": _described(
        "Tarn Council met. ",
        "A report to the council's cabinet lists it. The report says it saves 'x'. ",
    ),
    "the judge said she called": _described(
        "District Judge Nora Fenn sat. ",
        'Jo Bright spoke. She said: "x". The judge said she weighed what she called "y". ',
    ),
    "possessive openings": _described(
        "Ana Ruiz cooks. ", 'Ruiz\'s best dish came from Ibadan. "She never measured." '
    ),
    "reaction verbs": _described(
        "Roe is the youngest champion. ", 'Asked about it, the champion laughed. "No." '
    ),
    "role-word people": _role_people,
    "asked-back questions": _described(
        "", '"When did you know?" asked Roe. "On Monday," replied Lee. "And you told them?" '
    ),
    "the statement said": _described("", '"Yes," the statement said. '),
    "lead judgments": _lead_judgments,
    # (speakers104: `It said` after a document's sentence, `the notice said` after a body's)
    "judgments, then it said": _described(
        "In a judgment published on Monday, Judge Ann Roe said no. ",
        'The judgment said it was "x". It said the firm was "y". ',
    ),
    "a body, then the notice said": _described(
        "", 'The Vell Water Board on Monday shut the lake. "x," the notice said. '
    ),
    "single marks before euros": _one_paragraph("Aa Bb said the bill was ‘€5 more’ and "),
    "the mayor-elect said": _elect_people,
    "the veteran apiarist said": _quote_only_led(
        'He has fitted trackers. "x," the veteran apiarist said. '
    ),
    "He-led, the librarian said": _quote_only_led('He nodded. He added, "x," the librarian said. '),
    "the retiree asked": _retirees,
    "one ministry's field chain": _field_chain,
    "ministries' field lists": _field_ministries,
    "a chain of reached-by asides": _aside_chain,
    "reached-by asides": _reached_asides,
    "W.L.L. companies": _gulf_companies,
    "according to records": _one_paragraph(
        'The council said the wall needed "urgent work," according to inspection records. '
    ),
    "among those was": _among_those,
    "in-place ends, PT forms": _place_ends,
    "dotted codes in captions": _dotted_captions,
    "colonless labels": _colonless_lists,
    "quoted heads": _quoted_heads,
    "issued reports": _issued_reports,
    "kin-opened trades": _kin_opened_trades,
    "sentence heads in rhythm": _rhythm_heads,
    "punchy short lines": _punchy_lines,
    "picture slot heads": _picture_slot_heads,
    "slot clause heads": _slot_clause_heads,
    "styled, placed and campus names": _one_paragraph(
        'U Aa Bb Cc of the county Dd Ee\'s Ff Gg said "x" at UNB Hh Ii from his Jj Kk home and '
    ),
}
SHAPES = {name: _quoted(build) for name, build in _SHAPES.items()}


def normal_articles() -> list[bytes]:
    """The corpus reference article and dev/ articles, as exported bytes."""
    paths = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt"))
    return [path.read_bytes() for path in paths]


def run_once(data: bytes) -> int:
    """The work timed: decode, parse and quote analysis; returns the number of quotes."""
    document = parse(decode(data))
    return len(analyse_quotes(document.paragraphs).quotes)


def seconds(data: bytes) -> float:
    """One timing of run_once, in CPU seconds of this process: on a shared machine, time spent
    waiting for a core is not the parser's."""
    # (the child inherits the parent's heap: a full collection of it falling inside a 10 KB
    # run is the heap's cost, not the input's; the run's own garbage is still collected)
    gc.collect()
    t = time.process_time()
    run_once(data)
    return time.process_time() - t


WARM_UP = b'Warm-up\n\nA first paragraph.\n\n"Yes," Jane Doe said.\n'  # compiles the patterns


def _child(data: bytes, warm: list[bytes], queue) -> None:
    run_once(WARM_UP)
    for article in warm:
        if article != data:
            run_once(article)
    queue.put(seconds(data))


def _run_child(target: Callable[..., None], args: tuple, timeout: float) -> object | None:
    """What a fresh child puts on its queue, None when it exceeds the timeout."""
    queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=target, args=(*args, queue))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def timed(
    data: bytes, timeout: float, repeat: int = 1, warm: list[bytes] | None = None
) -> float | None:
    """The best of `repeat` first reads of `data`, each in a fresh child (CPU seconds) that read
    the `warm` articles but `data` first, None when one exceeds the timeout."""
    best = float("inf")
    for _ in range(repeat):
        took = _run_child(_child, (data, warm or []), timeout)
        if not isinstance(took, float):
            return None
        best = min(best, took)
    return best


def throughput(articles: list[bytes], budget: float = 3.0) -> tuple[float, float]:
    """Articles/s for quote analysis alone and for parse + quotes, over the normal articles."""
    paragraphs = [parse(decode(data)).paragraphs for data in articles]
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < budget:
        for paras in paragraphs:
            analyse_quotes(paras)
        count += len(paragraphs)
    quotes_rate = count / (time.perf_counter() - start)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < budget:
        for data in articles:
            run_once(data)
        count += len(articles)
    return quotes_rate, count / (time.perf_counter() - start)


def _throughput_child(articles: list[bytes], queue) -> None:
    queue.put(throughput(articles))


def main(argv: list[str] | None = None) -> int:
    """Print the normal time per KB, then each shape's time per KB and ratio at each size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,2000", help="sizes in KB, comma-separated")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--shape", action="append", help="only these shapes (by name)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="fresh children per input, the best taken"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    articles = normal_articles()
    if not articles:
        print(f"(no corpus at {CORPUS}; the normal time is not measured)")
        return 1
    total_kb = sum(len(a) for a in articles) / 1024
    firsts = [timed(a, args.timeout, args.repeat, articles) for a in articles]
    if any(took is None for took in firsts):
        print(f"(a normal article took over {args.timeout:g}s)")
        return 1
    normal = sum(took for took in firsts if took is not None) / total_kb
    rates = _run_child(_throughput_child, (articles,), args.timeout)
    quotes_rate, full_rate = rates if isinstance(rates, tuple) else (0.0, 0.0)
    print(f"corpus: {len(articles)} articles, {total_kb:.0f} KB")
    print(f"quote analysis {quotes_rate:,.0f} articles/s; parse + quotes {full_rate:,.0f}/s")
    print(f"normal article: {normal * 1000:.3f} ms/KB; limit {LIMIT:g}x")
    print(f"{'shape':<26}" + "".join(f"{f'{s} KB ms/KB (x)':>24}" for s in sizes))
    failed = False
    for name, build in SHAPES.items():
        if args.shape and name not in args.shape:
            continue
        cells = []
        for size in sizes:
            data = build(size * 1024).encode()
            took = timed(data, args.timeout, args.repeat, articles)
            if took is None:
                cells.append(f">{args.timeout:g}s")
                failed = True
                continue
            per_kb = took / (len(data) / 1024)
            ratio = per_kb / normal
            failed = failed or ratio > LIMIT
            cells.append(f"{per_kb * 1000:.3f} ({ratio:.1f}x)")
        print(f"{name:<26}" + "".join(f"{c:>24}" for c in cells))
    print("all within the limit" if not failed else f"some shape is over {LIMIT:g}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
