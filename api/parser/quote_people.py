"""Names in the text outside quotes: people with the roles written around them, organisations."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import lru_cache, partial
from operator import attrgetter, itemgetter
from typing import Final, Literal, NamedTuple

from api.parser.given_names import usual_sex
from api.parser.quote_body_names import (
    apostrophe_s_in_name,
    bracketed_form_end,
    comma_form_end,
    in_place_end,
    leading_form_start,
    lower_case_form_end,
    office_inside,
    person_after_office,
    place_of_start,
    the_and_start,
)
from api.parser.quote_budget import NameBudget, allowed, first_allowed, prose
from api.parser.quote_cues import pronoun_words
from api.parser.quote_full_bodies import camel_brand
from api.parser.quote_goes_by import given_gender
from api.parser.quote_lowercase import LowercaseWords
from api.parser.quote_names import (
    chief_title,
    companion_opening,
    field_body,
    gender_of,
    is_suffix,
    job_before_given,
    job_opening,
    listed_demonym,
    local_title,
    lone_style,
    name_core,
    name_word,
    not_given,
    occupation,
    okina_opening,
    particled_name,
    particles,
    pronoun_surname,
    rank_after_title,
    role_name_at_work,
    role_opening,
    sentence_initial,
    style_as_name,
    styled_run,
    styled_whole,
    title_surname,
    trade_opening,
    two_word_style,
    used_as_title,
)
from api.parser.quote_orgs import (
    CAMPAIGN_CALLS,
    COMMERCIAL,
    LEGAL_FORMS,
    ORG_ANAPHORS,
    SPORT_BODY_ENDINGS,
    SPORT_BODY_OPENERS,
    TRADE_ENDINGS,
)
from api.parser.quote_places import (
    lowercase_body_end,
    owned_place,
    seat_place,
    settlement_role,
    written_as_place,
)
from api.parser.quote_rank_titles import (
    QUALIFIED_HEADS,
    posted_place,
    qualified_title,
    rank_after_body,
)
from api.parser.quote_roles import (
    ORG_HEAD,
    head_noun,
    post_held,
    post_opening,
    role_after,
    role_before,
    role_comma,
)
from api.parser.quote_runs import AMPERSAND, IRISH_ARTICLES, runs_of_capitals
from api.parser.quote_shapes import (
    TITLE_FIELD_WORDS,
    and_the_bodies,
    body_before,
    field_word_left,
    glossed_bodies,
    joined_bodies,
    named_with_an,
    plural_subject,
    posted_bodies,
    role_for_body,
    title_field_and_before,
    title_place_before,
    titled_with_the,
    trade_before,
    two_surnames,
    work_before,
)
from api.parser.quote_titles import (
    described_before,
    office_after,
    post_nominal,
    post_nominal_tail,
    title_of_address,
    with_office,
)
from api.parser.quote_tokens import (
    CACHE_SIZE,
    Capital,
    Token,
    Words,
    acronym,
    capital,
    word_key,
    word_token,
)
from api.parser.quote_words import (
    FAMILY_WORDS,
    FORMER_WORDS,
    ORG_WORDS,
    POST_NOMINALS,
    PRONOUNS,
    REPORTING_VERBS,
    STOP_CAPS,
    TITLE_WORDS,
    TITLES_OF_ADDRESS,
)

# `the 46-year-old former GP`, `the retired CEO`: capitals after an age or a word of a post held
# before are an occupation's initials, no body (the description is the speaker).
_OCCUPATION_BEFORE: Final = re.compile(
    r"(?:\d-year-old|\b(?:" + "|".join(sorted(FORMER_WORDS)) + r")) $"
)
# More words than this at the end of a run of capitals are never all one name.
MAX_NAME_WORDS: Final = 8
MentionKind = Literal["person", "single", "org", "pronoun"]


class Mention(NamedTuple):
    """A name or pronoun outside quotes. `start` includes a role written before the name.

    (A named tuple: a paragraph makes one per name and pronoun, and a tuple is cheaper to make.)
    """

    start: int
    name_start: int
    end: int
    kind: MentionKind
    name: str  # "Jeffrey Edmonds", "Pifer", "Kremlin", "he"
    role: str | None = None
    gender: str | None = None  # "m" or "f" when a title or honorific says so
    possessive: bool = False


def inside_role(before: Mention, mention: Mention) -> bool:
    """`North Norfolk` of `The North Norfolk MP, Jerome X,` -> True: a name read inside the role
    written before another person's name is that post's place or body, no one to point back to."""
    return (
        before.kind == "person"
        and before.start <= mention.start
        and mention.end <= before.name_start
    )


def bracketed_after_person(masked: str, before: Mention, mention: Mention) -> bool:
    """`Ward councillor Peter Ross (Liberal Democrat), who ...`: capitals alone in brackets right
    after a person's name are what the person belongs to (a party, a team), not someone a later
    `he` or `she` may stand for, nor a subject."""
    return (
        before.kind == "person"
        and masked[before.end : mention.start] == " ("
        and masked[mention.end : mention.end + 1] == ")"
    )


# A Mention made from a tuple of all its fields, by a C call: the named tuple's own __new__ is
# a Python function (a paragraph makes one per name and pronoun).
_mention: Final = partial(tuple.__new__, Mention)
_TEXT: Final = itemgetter(2)  # a token's text
_POSSESSIVE: Final = itemgetter(3)  # whether a token ends in a possessive
_START: Final = attrgetter("start")
_NAME_START: Final = itemgetter(1)  # a Mention's name_start
_OF_FOR: Final = frozenset({"of", "for"})
_OWNER_LAST: Final = ("s", "'", "’")  # the last character of a possessive word
_WHICH: Final = ", which "  # after a name: a body or a place the clause is about, never a person


def _person(
    text: str,
    tokens: Words,
    run: list[Token],
    names: list[Token],
    vocabulary: Container[str],
    words: tuple[str, ...],
) -> Mention:
    """The mention of a person's name of two words or more; `words` are the run's texts."""
    last = run[-1]
    if two_word_style(names):
        names = names[2:]  # "Tok Ketua Aziz Omar": the style of two words is no name's
    # (particles are counted only in a name of three words or more: most names have two, and
    # `len(names) - particles(names)` is then their length)
    if (
        len(names) > 2
        and len(names) - particles(names) >= 3
        and title_field_and_before(text, names[0].start)
    ):
        names = names[1:]  # "Minister of Water and Environment Irene Nakato Ssempa"
        while len(names) > 2 and field_word_left(names[0].text):
            names = names[1:]  # "Minister of Religious and Cultural Affairs Ann Lee"
    opening = None  # a role word opening the sentence, taken off the name: still its role
    ranked = False  # a title's rank taken off the name (rank_after_title)
    titled_at = _title_in_name(names, vocabulary) if len(names) > 2 else -1
    if titled_at >= 0:
        # "Tervang Dzongdag Pema Lhundup Wangdi" in an article on "the dzongdag"
        opening, names = names[titled_at], names[titled_at + 1 :]
    if len(names) > 3 and len(names) - particles(names) >= 4 and job_opening(names[0].text):
        # "Auditor Mele Tui Fale": the job off first, so that the name keeps its three words
        # (name_core keeps one given name before a surname of four plain words or more)
        opening, names = names[0], names[1:]
    if posted_place(run, names):
        names = names[1:]  # `SSP Malir Tariq Hussain Mastoi`: the rank's district, no name's word
    whole = two_surnames(text, names) or styled_whole(run, names)
    names = names if whole else name_core(names)
    three = len(names) > 2 and len(names) - particles(names) == 3
    if three and occupation(names[0].text):
        names = names[1:]
    elif three and title_place_before(text, names[0].start):
        names = names[1:]  # "Secretary of Labor Ann Lee", "envoy to Chile Ana Ruiz"
    elif three and _role_opening(text, names[0], vocabulary):
        opening, names = names[0], names[1:]  # "Tenant Ann Lee" in an article on "the tenants"
    elif three and _role_name_at_work(text, names[0], last, vocabulary):
        opening, names = names[0], names[1:]  # "Walker Ann Lee, 68," in an article on walkers
    elif three and listed_demonym(names[0].text):
        opening, names = names[0], names[1:]  # "ahead of Republican Howard Pruitt with 39%"
    elif three and companion_opening(text, names[0]):
        opening, names = names[0], names[1:]  # "Friend Jess Roe, who was nearby, said"
    elif three and trade_opening(text, names[0], names[1]):
        opening, names = names[0], names[1:]  # "Postman Dennis Ward, 79, said"
    elif three and chief_title(names[0], names[1]):
        opening, names = names[0], names[1:]  # "Nana Kwame Asante, 61, who farms, said"
    elif three and job_before_given(text, names[0], names[1], last):
        opening, names = names[0], names[1:]  # "Trainer Sean Kilbride (67), from X, said"
    elif three and rank_after_title(run, names):
        # "The Rev Canon Judith Ashe": a cleric's rank after the style, no role (as the style)
        ranked, names = True, names[1:]
    elif three and _local_title(names, vocabulary):
        opening, names = (
            names[0],
            names[1:],
        )  # "Barrister Ali Raza" in an article on "the barrister"
    start, role = role_before(text, tokens, names[0].start)
    lead = len(run) - len(names)
    if role is None and lead > 1 and qualified_title(words, lead - 1):
        start, role = run[0].start, text[run[0].start : run[lead - 1].end]  # `FIDE Master`
    if ranked:
        role = None  # (`Rev Canon` says the office no more than `Rev` does: the apposition may)
    if role is None and opening is not None:
        start, role = opening.start, opening.text.lower()
    if role is None and (names[0] is run[0] or ranked or styled_run(run, names)):
        # (`Its chief executive, Mr X,`: a style between the comma and the name is no role)
        found = role_comma(text, run[0].start, last.end)
        if found:
            start, role = found
    after = role_after(text, len(text) if last.possessive else last.end)
    kind: MentionKind = "person"
    if after and ORG_HEAD.fullmatch(head_noun(after)):
        kind = "org"  # "Orbital Forge, a startup based in Tucson"
    elif _body_noun_before(text, names):
        kind = "org"  # "ride-hailing company Zoomly Rides", "her former label, Quarry Lane,"
    elif plural_subject(text, names[0].start, last.end):
        kind = "org"  # "Real Betis have completed the signing": a club takes a plural verb
    elif work_before(text, names[0].start, last.end):
        kind = "org"  # "The play, Low Tide, was written by ...": a work's title, no person
    elif text.startswith(_WHICH, last.end):
        kind = "org"  # "Brightwater Homes, which owns 640 flats,": a thing's relative pronoun
    elif last.possessive and _BUSINESS_POST.match(text, last.end):
        kind = "org"  # "Acme Fresh’s chief executive, X,": only a business has one
    role = _described(role, after)
    post = post_opening(text, names[0].start) if names[0] is run[0] else None
    if post is not None and (role is None or post not in role):
        role = f"{role} and {post}" if role else post  # `the chair` of the broadcaster named
    if title_of_address(role):
        found = described_before(text, start, last.end)
        if found:
            start, role = found[0], _beside_kin(found[1], role)
    name = " ".join(map(_TEXT, names))
    name = okina_opening(text, names[0].start) + name  # "'Ofa Lino": the okina written plainly
    if kind == "org":
        return _mention((start, names[0].start, last.end, "org", name, None, None, last.possessive))
    gender = _run_gender(words, role)
    return _mention(
        (start, names[0].start, last.end, "person", name, role, gender, last.possessive)
    )


# A post only a business has, right after a possessive name: `Acme Fresh’s chief executive`.
_BUSINESS_POST: Final = re.compile(
    r"(?:['’]s)?\s+(?:chief (?:executive|financial officer|operating officer)|managing director|"
    r"board of directors|shareholders)\b"
)


def _body_noun_before(text: str, names: list[Token]) -> bool:
    """A body's noun right before the name (`startup Zoomly Rides`), unless a person's trade
    too before a given name and surname (`the broadcaster Ann Reid`, see trade_before)."""
    found = body_before(text, names[0].start)
    if found is None:
        return False
    if len(names) < 2:
        return True
    first = names[0].text
    return not trade_before(found, first) and not role_for_body(text, found, first)


def _beside_kin(described: str, title: str) -> str:
    """`The parish priest, Father X,`: the role is `parish priest`. A family word describes the
    person and the title their office, both kept: `Her daughter, the Rev X,` -> `daughter and
    priest` (`her daughter` and `the vicar` later are both she)."""
    if word_key(head_noun(described)) not in FAMILY_WORDS:
        return described
    return f"{described} and {TITLES_OF_ADDRESS[title.lower()]}"


def _described(role: str | None, after: str | None) -> str | None:
    """The role before a name, unless it is a bare title of address and the text describes the
    person after the name: `Father X, the parish priest,` -> `parish priest`, not `Father`; with
    a post held after it (`, who runs the port,`, see post_held) -> both, joined by `and`."""
    if not role:
        return after
    # (capitalised: a title before the name; `her father, X, a teacher,` keeps its relation)
    if after and title_of_address(role):
        return after
    if after and role[:1].islower() and post_held(after):
        # `Its chief executive, X, who runs the port's operations,`: both, `the port boss` too
        # (a capitalised title keeps itself alone: `Gen. X, who leads ...` is no `Gen. and ...`)
        return f"{role} and {after}"
    return role


def _role_opening(text: str, first: Token, vocabulary: Container[str]) -> bool:
    """The first word of a three-word name is a role (see role_opening), at a sentence start
    only: inside a sentence its capital is the name's own (`with Porter Lee Hall`)."""
    if not sentence_initial(text, first):
        return False
    anywhere = vocabulary.written_anywhere if isinstance(vocabulary, LowercaseWords) else None
    return role_opening(first.text, anywhere or vocabulary.__contains__)


def _role_name_at_work(text: str, first: Token, last: Token, vocabulary: Container[str]) -> bool:
    """See role_name_at_work: `Walker Ann Lee, 68,` in an article that writes `walkers`."""
    anywhere = vocabulary.written_anywhere if isinstance(vocabulary, LowercaseWords) else None
    return role_name_at_work(text, first, last, anywhere or vocabulary.__contains__)


def _title_in_name(names: list[Token], vocabulary: Container[str]) -> int:
    """Where the last word of a name's run the article uses as a title stands (used_as_title),
    two name words at least after it; -1 when none (most names: no word asked about twice)."""
    if not isinstance(vocabulary, LowercaseWords):
        return -1
    surname = names[-1].text
    for k in range(len(names) - 3, -1, -1):
        word = names[k].text
        if any(t.text == word for t in names[k + 1 :]):
            continue  # `Che Ku Amran Che Ku Yusof`: a Malay prefix, again in the father's name
        if used_as_title(word, surname, vocabulary.written_whole) and not any(
            t.text.lower() in vocabulary for t in names[k + 1 :]
        ):  # (`Flat Tenants Dovebridge` beside `the flat`, `tenants`: a body's name, whole)
            return k
    return -1


def _figure_unit(text: str, start: int, length: int) -> bool:
    """`M` of `$14M`, `K` of `5K`: one capital letter glued to the digits before it is a
    figure's unit (millions, thousands), never a name; `Q3`, `3Mx` are no such letter."""
    return length == 1 and text[start - 1 : start].isdigit()


def _local_title(names: list[Token], vocabulary: Container[str]) -> bool:
    """The first word of a three-word name is a title the tables lack (see local_title)."""
    anywhere = vocabulary.written_anywhere if isinstance(vocabulary, LowercaseWords) else None
    rest = [t.text for t in names[1:]]
    return local_title(names[0].text, rest, anywhere or vocabulary.__contains__)


def _written_inside(text: str, run: list[Token], vocabulary: Container[str]) -> bool:
    """The run with its opening -ing word stands in the article after a word of its sentence
    too, where no sentence gave the capital: the word is the name's own, and an -ing word is no
    given name, so the name is a body's (`Sporting X`, `Reading X`)."""
    if not isinstance(vocabulary, LowercaseWords):
        return False
    return vocabulary.written_inside(text[run[0].start : run[-1].start] + run[-1].text)


@lru_cache(maxsize=8192)  # (a word's class never changes; the same capitals open many sentences)
def _word_kind(word: str) -> Literal["org", "single"] | None:
    """What a run of one capitalised word makes (most runs): _classify's steps for it.

    (Its trims and checks of longer runs all need two words or more: only the stop word's
    trim applies, and then `_classify_run`'s one-word branch.)
    """
    key = word_key(word)
    if key in STOP_CAPS and not acronym(word):
        return None  # "But", "The": the capital comes from the sentence, not a name
    if lone_style(word):
        return "single"  # `said Daw.`: a Myanmar style alone is a surname
    if key in TITLE_WORDS or (key in POST_NOMINALS and post_nominal(word)):
        return None  # (`Ann Lee, PhD,`: letters after a name, no one's name)
    if word in _OF_FOR or not name_word(word):
        return "org"
    return None if _place_adjective(word) else "single"


# Spelled numbers a surname of two words may open (`Two Feathers`, `Three Stars`, `Four Bears`):
# a sentence's or a count's word elsewhere (STOP_CAPS).
_NAME_NUMBERS: Final = frozenset("One Two Three Four Five".split())

_LoneRead = tuple[Literal["org", "single"], str, int, bool]
_LONE_READS: Final[dict[str, _LoneRead | None]] = {}  # (a dict, not lru_cache: see CACHE_SIZE)


def _lone_read(found: str) -> _LoneRead | None:
    """A capital as the scan found it (`Smith's`), its ending read: _word_kind of its word, the
    word, its length as a Token's (a final stop cut, a possessive kept) and whether it is a
    possessive; None when it names no one (`The`, `But`). What a lone capital's Token would
    hold, read once per word as written, so that no Token is made for it."""
    if found in _LONE_READS:
        return _LONE_READS[found]
    if len(_LONE_READS) >= CACHE_SIZE:
        _LONE_READS.clear()
    read = _LONE_READS[found] = _read_lone(found)
    return read


def _read_lone(found: str) -> _LoneRead | None:
    """_lone_read, not cached."""
    token = word_token(found)
    kind = _word_kind(token.text)
    return None if kind is None else (kind, token.text, token.end, token.possessive)


def _classify(
    text: str, tokens: Words, run: list[Token], vocabulary: Container[str]
) -> Mention | None:
    """The mention a run of capitals makes."""
    if named_with_an(text, run):
        return _org(text, run)  # "advice from An Post": the body's own article, kept
    titled = titled_with_the(text, run)
    while run and word_key(run[0].text) in STOP_CAPS and not acronym(run[0].text):
        if not pronoun_surname(run):
            run = run[1:]  # "But Jones said": the capital comes from the sentence, not the name
        else:
            break
    if len(run) > 1 and _plural_role_opening(text, run[0]) and capital(run[1]):
        rest = _classify(text, tokens, run[1:], vocabulary)
        if rest is not None and rest.kind == "org":
            return rest  # "Organisers Acme Live said": the body's role, no word of its name
    participle = len(run) > 1 and not_given(run[0].text) and sentence_initial(text, run[0])
    if participle and _written_inside(text, run, vocabulary):
        return _org(text, run)  # "Sporting X said" in an article that writes "from Sporting X"
    if participle and field_body(run):
        return _org(text, run)  # "Trading Standards Scotland said": the field opens the name
    if participle and all(name_word(t.text) for t in run[1:]):
        run = run[1:]  # "Hosting Cook said": an -ing word opening a sentence is no first name
    while run and word_key(run[-1].text) in STOP_CAPS and not acronym(run[-1].text):
        run = run[:-1]  # "told Insider Wednesday"
    end = run[-1].end if run else 0
    while len(run) > 2 and is_suffix(run[-1].text):
        run = run[:-1]  # "Martin Luther King Jr.": the name's words come before the suffix
    mention = _classify_run(text, tokens, run, vocabulary)
    if mention and mention.kind == "person" and _place(text, run, mention, vocabulary):
        return None  # "on a farm in Nova Scotia", "at Birch Creek": a place is no one
    if mention and mention.kind == "org" and seat_place(text, run):
        return None  # "a ship based in Port Halloran": the seat is a place, no body
    if titled and run and (mention is None or mention.kind == "person"):
        mention = _org(text, run)  # "told The Chicago Defender": a paper, no person
    if mention and mention.kind == "person" and mention.end == run[-1].end < end:
        # the name as written keeps its suffix: "Patrick Carlineo Jr."
        name = mention.name + " " + text[mention.end : end].strip()
        start, name_start, role, gender = (
            mention.start,
            mention.name_start,
            mention.role,
            mention.gender,
        )
        mention = _mention(
            (start, name_start, end, "person", name, role, gender, mention.possessive)
        )
    return mention


def _plural_role_opening(text: str, first: Token) -> bool:
    """`Organisers Acme Live said` -> True at `Organisers`: a role's plural opening a sentence
    before a body's name says what the body is (`Rogers Acme` is no plural of a role)."""
    word = first.text
    return (
        word.endswith("s")
        and word[1:].islower()
        and word_key(word[:-1]) in TITLE_WORDS
        and sentence_initial(text, first)
    )


def _place(text: str, run: list[Token], mention: Mention, vocabulary: Container[str]) -> bool:
    """A person's name by its shape that the words around it make a place (quote_places);
    one written with a role or a gendered title is a person's."""
    if mention.gender is None and settlement_role(mention.role):
        return True  # `Muara Baruna, a fishing neighbourhood,`
    if mention.possessive and owned_place(text, run[-1].end):
        return True  # `on Sir John Byrne’s Quay`: a place's name, whatever title opens it
    if mention.name_start > run[0].start and title_place_before(text, run[0].start):
        return False  # `Representative in Jordan Ana Ruiz`: the place is the post's, off the name
    return (
        mention.role is None and mention.gender is None and written_as_place(text, run, vocabulary)
    )


def _classify_run(
    text: str, tokens: Words, run: list[Token], vocabulary: Container[str]
) -> Mention | None:
    """The mention a trimmed run of capitals makes."""
    if len(run) == 1:  # (most runs: one capitalised word, the steps below shortened for it)
        word = run[0].text
        if lone_style(word):
            return _single(text, tokens, run)  # `said Daw.`: a Myanmar style alone is a surname
        if word_key(word) in TITLE_WORDS or post_nominal(word):
            return None
        if word in _OF_FOR or not name_word(word):
            return _org(text, run)
        if _place_adjective(word):
            return None  # `the California-based company`: an adjective, no one's name
        return _single(text, tokens, run)
    if not run:
        return None
    end = run[-1].end
    if text[end + 1 : end + 2].isdigit() and _numbered(text, end, run[-1].text):
        return _org(text, run)  # `American Legion Post 112`: a branch's number ends a body's name
    words = tuple(map(_TEXT, run))  # (the cache's key, and _run_gender's for a person)
    titles, tailed, of_for, titled_last, named = _run_words(words)
    if titles:
        return None
    tail = post_nominal_tail(text, run) if tailed else 0  # `Marcus Feeney KC`: letters after
    if tail < 0:
        return None  # `the Dublin South-Central TD said`: a description, no one's name
    if tail:
        return _post_nominal(text, tokens, run, tail, vocabulary)
    if of_for:
        return _org(text, run)  # joined only after an organisation word: "Ministry of Commerce"
    if AMPERSAND in text[run[0].end : run[-1].start]:
        return _org(text, run)  # "Procter & Gamble", "Marlowe & Finch Grocers": a firm's name
    if any(map(_POSSESSIVE, run[:-1])):
        # "People’s Courier", "Severnside Patients’ Voice": only a common owner or a group's
        # plural joins a run at a possessive, and the run is a body's name (its apostrophe kept)
        return _org(text, run)
    if titled_last:
        if _titled_body(words):
            return _org(text, run)  # "the Health Service Executive said": a body's own head
        return None  # "the Acme CEO said": a body's title, no one's name
    if len(run) > 2 and _based(run[0].text):
        # "Hamburg-based Kessler Feederlines": a body's seat, written before its name as a role
        # is (what the mention spans: `The operator, Hamburg-based X, said` is X's apposition)
        return _org(text, run[1:])._replace(start=run[0].start)
    if len(run) == 2 and _based(run[0].text):
        # `Oslo-based Brennick said`: the seat is no name's word (one word is left)
        if _seat_modifier(text, run):
            return None
        return _classify_run(text, tokens, run[1:], vocabulary)
    if word_key(words[-1]) in TRADE_ENDINGS:
        return _org(text, run)  # "Harrowsmith Air", "Vantage Securities": a firm by its trade
    if word_key(words[0]) in SPORT_BODY_OPENERS:
        return _org(text, run)  # "Cricket Australia": a sport's governing body
    if camel_brand(words[0]) and not any(word_key(word) in TITLE_WORDS for word in words):
        return _org(text, run)  # "DepEd Central Visayas": a coined body's name and its branch
    if len(run) > 1 and word_key(words[-1]) in SPORT_BODY_ENDINGS:
        return _org(text, run)  # "Scottish Rugby": a country's body for the sport
    names = run[len(run) - named :]
    if (
        2 <= len(names) < len(run)
        and _body_name(text, run[: -len(names)])
        and not _field_end_before_name(text, run, names)
    ):
        return _org(text, run)  # "Central Valley Freight Lines": words after a body's word
    if len(names) >= 2 and _campus(text, run, names):
        return _org(text, run)  # `a professor at UNB Saint John`: a body's campus, no one
    if len(names) >= 2:
        return _person(text, tokens, run, names, vocabulary, words)
    if len(names) == 1 and len(run) == 3 and rank_given_name(text, run):
        first, given, last = run
        return _mention(
            (
                first.start,
                given.start,
                last.end,
                "person",
                given.text + " " + last.text,
                first.text.lower(),
                None,
                last.possessive,
            )
        )  # `Neighbour Col Ashby`: Colin, not a colonel
    if len(names) == 1 and (len(run) == 1 or word_key(run[-2].text) in TITLE_WORDS):
        if len(run) == 2 and _fixed_name(run, vocabulary):
            return _whole_name(run)  # `Father Christmas`, never `Christmas` alone
        return _single(text, tokens, run)
    return _org(text, run)


# Ranks whose short form is a given name too (`Col` Colin, `Gen` Geneviève, `Sgt`, `Capt` no).
_RANK_GIVEN_NAMES: Final = frozenset({"Col", "Gen"})
# The words of a military role: a rank or a force nearby says the short form is the rank.
_MILITARY: Final = re.compile(
    r"\b(?:[Aa]rmy|[Mm]ilitary|[Rr]egiment|[Bb]attalion|[Bb]rigade|[Ff]orces?|[Tt]roops|[Nn]avy|"
    r"[Mm]arines|[Aa]ir [Ff]orce|[Dd]efen[cs]e|[Cc]ommander|[Cc]olonel|[Gg]eneral|[Rr]etired|"
    r"[Ss]oldiers?|[Oo]fficer|[Cc]orps|[Uu]nit|Lt|Lieutenant|Maj|Major|Brig|Sgt|Capt|Cpl)\b"
)
# How far either side of the name a military word is looked for (about a sentence).
_MILITARY_REACH: Final = 160


# A preposition right before a run (`at `, `from `): what follows is where someone works or is.
_PLACING: Final = (" at ", " from ", " of ", " in ", " with ")


def _campus(text: str, run: list[Token], names: list[Token]) -> bool:
    """`a professor at UNB Saint John`, `studied at UCLA Santa Monica` -> True: one body's
    acronym and two capitals after a preposition are that body's campus or branch (its city),
    no person; an acronym that is a title (`MP`), or owns the name (`NASA's Ann Lee`), and a
    name after no preposition (`told CNN Ann Lee was`) are left alone."""
    if len(run) - len(names) != 1:
        return False
    head = run[0]
    return (
        acronym(head.text)
        and not head.possessive
        and word_key(head.text) not in TITLE_WORDS
        and text.endswith(_PLACING, 0, head.start)
    )


def rank_given_name(text: str, run: list[Token]) -> bool:
    """`Neighbour Col Ashby, whose property ..., said`: a rank's short form with no stop,
    between a person's noun that is no rank (TITLE_WORDS) and a surname, with no military word
    near (`Army Col X`, `Col X, commander of`), is a given name."""
    first, given, _last = run
    if given.text not in _RANK_GIVEN_NAMES or text.startswith(".", given.end):
        return False
    if word_key(first.text) not in TITLE_WORDS:
        return False
    lo, hi = max(0, first.start - _MILITARY_REACH), run[-1].end + _MILITARY_REACH
    return _MILITARY.search(text, lo, hi) is None


def _field_end_before_name(text: str, run: list[Token], names: list[Token]) -> bool:
    """`Minister of Minerals and Energy Ana Ruiz`, `Minister of Lands and Natural Resources Ana
    Ruiz`: the run from `Energy`, `Natural` (ending in a body's word) is a title's last field
    joined by `and`, of TITLE_FIELD_WORDS words at most (as quote_shapes reads a field) before
    the name, no body's name."""
    return len(run) - len(names) <= TITLE_FIELD_WORDS and title_field_and_before(text, run[0].start)


# A title word that heads a body's name too, after a body's word: `Health Service Executive`.
_BODY_TITLES: Final = frozenset({"executive"})


def _titled_body(words: tuple[str, ...]) -> bool:
    """`Health Service Executive`, `Pensions Agency Executive`: a title that heads a body
    after a body's word is the body's name (`the Acme Executive` and `the Acme CEO` are not)."""
    return word_key(words[-1]) in _BODY_TITLES and words[-2].lower() in ORG_WORDS


_RunWords = tuple[bool, bool, bool, bool, int]
# (a run's words repeat with each mention of a full name or a body; a dict, not lru_cache: see
# CACHE_SIZE)
_RUN_WORDS: Final[dict[tuple[str, ...], _RunWords]] = {}


def _run_words(words: tuple[str, ...]) -> _RunWords:
    """_read_run_words, cached: `("Ann", "Lee")`."""
    read = _RUN_WORDS.get(words)
    if read is None:
        if len(_RUN_WORDS) >= CACHE_SIZE:
            _RUN_WORDS.clear()
        read = _RUN_WORDS[words] = _read_run_words(words)
    return read


def _read_run_words(words: tuple[str, ...]) -> _RunWords:
    """What _classify_run reads of a run of two words or more from its words alone: whether all
    are titles, whether post-nominal letters end it, whether `of`/`for` joins it, whether a title
    that is no surname ends it (`the Acme CEO`), and how many words at its end are a name's (a
    name is a few words: the rest of a longer run is a title or a place)."""
    run = [Token(0, 0, word, False, False) for word in words]  # (title_surname reads the words)
    last = len(run) - 1
    titles = all(word_key(word) in TITLE_WORDS for word in words)
    titled_last = (
        word_key(words[last]) in TITLE_WORDS
        and not title_surname(run, last)
        and not style_as_name(run, last)
    )
    named = 0
    for k in range(last, -1, -1):
        if named == MAX_NAME_WORDS:
            break
        if not (
            name_word(words[k])
            or title_surname(run, k)
            or style_as_name(run, k)
            or pronoun_surname(run[k:])
        ):
            if not (0 < k < last and (words[k] in IRISH_ARTICLES or _name_number(words, k))):
                break  # (`an` of `Mac an tSaoir` is a name's word: runs join it only there)
        elif words[k] in QUALIFIED_HEADS and qualified_title(words, k):
            break  # `International Master Ana Roe`: the title's head ends it, no name's word
        named += 1
    of_for = not _OF_FOR.isdisjoint(words)
    return titles, post_nominal(words[last]), of_for, titled_last, named


def _name_number(words: tuple[str, ...], k: int) -> bool:
    """`Two` of `Marlene Two Feathers-Ruiz` -> True: a spelled number after a given name and
    before the name's last word opens a surname of two words (`Ada Three Stars`); `Two` of
    `Formula Two Racing` (no given name first) -> False."""
    return words[k] in _NAME_NUMBERS and usual_sex(words[0]) is not None


def _post_nominal(
    text: str, tokens: Words, run: list[Token], tail: int, vocabulary: Container[str]
) -> Mention | None:
    """The mention of a name with post-nominal letters after it (`Jane Doe KC`, `the Hon. X
    MP, Minister for Water,`): the name without them, its role read past them, else the office
    they say (`MP`)."""
    mention = _classify_run(text, tokens, run[:-tail], vocabulary)
    if mention is None or mention.kind not in ("person", "single"):
        return mention
    last = run[-1]
    start, role = mention.start, mention.role
    if role is None and mention.name_start == run[0].start:
        found = role_comma(text, mention.name_start, last.end)
        if found:
            start, role = found  # `Sinn Féin’s housing spokesperson, Deirdre X TD,`
    after = role_after(text, last.end) if role is None or title_of_address(role) else None
    # (`X MP, Minister for Water,`: the role after the letters says the office, the letters no
    # more; a role written before the name keeps them, see with_office)
    if after:
        role = after
    elif not title_of_address(role):
        role = with_office(role, office_after(run, tail))
    return _mention(
        (
            start,
            mention.name_start,
            last.end,
            mention.kind,
            mention.name,
            role,
            mention.gender,
            last.possessive,
        )
    )


def _fixed_name(run: list[Token], vocabulary: Container[str]) -> bool:
    """A fixed-name title and a word the article writes only after it (see FixedNames)."""
    return isinstance(vocabulary, LowercaseWords) and vocabulary.fixed_name(
        run[0].text, run[1].text
    )


def _whole_name(run: list[Token]) -> Mention:
    """`Father Christmas` as one person's name, the title's gender his or hers."""
    first, last = run[0], run[-1]
    name = first.text + " " + last.text
    gender = _run_gender((first.text,))
    return _mention((first.start, first.start, last.end, "person", name, None, gender, False))


def _single(text: str, tokens: Words, run: list[Token]) -> Mention:
    """A name of one word (after titles, if any): a surname, a body after its noun, a brand."""
    last = run[-1]
    if len(run) == 1:
        return _lone_name(text, tokens, last.start, last.end, last.text, last.possessive)
    start, role = _role_of_single(text, tokens, last.start)
    gender = _run_gender(tuple(map(_TEXT, run)))
    return _mention(
        (start, last.start, last.end, "single", last.text, role, gender, last.possessive)
    )


def _lone_name(
    text: str, tokens: Words, first: int, end: int, word: str, possessive: bool
) -> Mention:
    """_single of one word from `first` to `end` (a Token's), read from its parts: a lone
    capital is not made a Token."""
    start, role = _role_of_single(text, tokens, first)
    body = None if role else body_before(text, first)
    if body:
        # "the folk trio Saltwick", "weather bureau PAGASA": a body's name after its noun
        noun = body.group().rstrip(", ")
        return _mention((body.start(), first, end, "org", word, noun, None, False))
    if particled_name(word) and (role or _lone_subject(text, first, end)):
        # `chairman Inam-ul-Haq`: a whole name in one word, a person's (`Ras-al-Khaimah port`,
        # `off Ras-al-Khaimah`: a place's, as before)
        return _mention((start, first, end, "person", word, role, None, possessive))
    gender = _word_gender(word) or given_gender(text, first)  # `who gave his surname as X`
    return _mention((start, first, end, "single", word, role, gender, possessive))


def _lone_subject(text: str, first: int, end: int) -> bool:
    """`Inam-ul-Haq, the chairman, said` -> True: no lower-case word right before the name (a
    preposition's `off X`) nor right after it (a noun's `X port`)."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].islower():
        return False
    before = text[max(0, first - 2) : first]
    return not (before[-1:] == " " and before[:1].islower())


def _role_of_single(text: str, tokens: Words, first: int) -> tuple[int, str | None]:
    """Where a one-word name's mention starts and its role: role_before, else an owner's
    possessive right before it (`NASA's Clarke`)."""
    start, role = role_before(text, tokens, first)
    if role is None and start == first and _after_owner(text, first):
        before = tokens.before(first)
        if (
            before is not None
            and before.possessive
            and capital(before)
            and text[before.end : first] == " "
        ):
            start = before.start  # "NASA's Clarke"
    return start, role


def _after_owner(text: str, start: int) -> bool:
    """A space, and before it the end a possessive word has (`'`, `’`, `s`), before `start`: only
    then is the word before read (a test of two characters, most names fail it)."""
    return text[start - 1 : start] == " " and text[start - 2 : start - 1] in _OWNER_LAST


_WORD_GENDERS: Final[dict[str, str | None]] = {}  # (a dict, not lru_cache: see CACHE_SIZE)


def _word_gender(word: str) -> str | None:
    """gender_of a one-word name (`Lee`), cached: asked once per mention of most names."""
    if word in _WORD_GENDERS:
        return _WORD_GENDERS[word]
    if len(_WORD_GENDERS) >= CACHE_SIZE:
        _WORD_GENDERS.clear()
    gender = _WORD_GENDERS[word] = gender_of([word])
    return gender


@lru_cache(maxsize=8192)  # (a name's words and role repeat with each mention of the person)
def _run_gender(words: tuple[str, ...], role: str | None = None) -> str | None:
    """gender_of the words of a run of capitals and of the role written with them, up to a
    possessive in the role (`a nurse who moved here with her husband`: his sex, not hers)."""
    if not role:
        return gender_of(list(words))
    own = role.split()
    cut = next((k for k, word in enumerate(own) if word in _POSSESSIVES), len(own))
    return gender_of([*words, *own[:cut]])


# Possessives in a role, after which its words are someone else's: `with her husband`.
_POSSESSIVES: Final = frozenset({"her", "his", "their"})


def _body_name(text: str, head: list[Token]) -> bool:
    """`Central Valley` before `Freight Lines`: the words before a name end in a body's word
    (`Valley`, `Council`) and hold no title: `Secretary of State Wendy Sherman` and `Guard Remy
    St. Clair` (one capital opening the sentence, a job there) are people."""
    key = word_key(head[-1].text)
    if key not in ORG_WORDS or head[-1].possessive:
        return False
    if len(head) == 1 and sentence_initial(text, head[0]):
        return False
    if title_place_before(text, head[0].start):
        return False
    return not any(word_key(token.text) in TITLE_WORDS for token in head)


# The endings of an adjective made of a place or body and a participle (`California-based`,
# `Dublin-born`, `Nasdaq-listed`, `Kremlin-backed`): standing alone, it names no one.
_PLACE_ADJECTIVES: Final = ("-based", "-born", "-listed", "-backed")


def _place_adjective(word: str) -> bool:
    """`California-based`, `Dublin-born`: one capitalised word that is an adjective of place."""
    return word.endswith(_PLACE_ADJECTIVES)


_NEXT_WORD: Final = re.compile(r" ([a-z]+)\b")


def _seat_modifier(text: str, run: list[Token]) -> bool:
    """`the Pune-based IT services company`: after an article, a seat and one capital followed
    by a lower-case word other than a reporting verb modify a noun: no one's name."""
    before = text[max(0, run[0].start - 4) : run[0].start].lower()
    if not before.endswith(("the ", " a ", " an ")) and before not in ("a ", "an "):
        return False
    after = _NEXT_WORD.match(text, run[-1].end)
    return after is not None and after[1] not in REPORTING_VERBS


# A capitalised word before a name that tells a body's seat, owner or market: `Hamburg-based`,
# `Danish-owned`, `Nasdaq-listed`, `Panama-flagged`.
_SEAT_ENDINGS: Final = ("-based", "-owned", "-listed", "-registered", "-headquartered", "-flagged")


def _based(word: str) -> bool:
    """`Hamburg-based` or `Danish-owned` opening a run of capitals: a body's seat or owner (a
    person written so takes a role between, `Oslo-based designer Ann Lee`, and no run joins the
    two)."""
    return word.endswith(_SEAT_ENDINGS) and word[0].isupper()


def _org(text: str, run: list[Token]) -> Mention:
    first, last = run[0], run[-1]
    name = text[first.start : last.start] + last.text
    end = last.end
    if text[end + 1 : end + 2].isdigit() and text[end : end + 1] == " " and not last.possessive:
        number = _numbered(text, end, last.text)
        if number:
            name, end = name + " " + number, end + 1 + len(number)
    return _mention((first.start, first.start, end, "org", name, None, None, last.possessive))


# A branch's kind word before its number ends a body's name: `Fraternal Order of Police Lodge
# 7`, `SEIU Local 1199`, `Royal British Legion Branch 12`; `the lodge` goes back to it whole.
_NUMBERED_KINDS: Final = frozenset("lodge local branch post chapter".split())
_NUMBER: Final = re.compile(r"\d{1,5}\b(?![.,]\d)")


def _numbered(text: str, end: int, word: str) -> str:
    """`7` after `Lodge` (at `end`, a space between): the number a branch's kind word takes."""
    if word.lower() not in _NUMBERED_KINDS:
        return ""
    found = _NUMBER.match(text, end + 1)
    return found[0] if found else ""


# A number of a few digits between a name's first word and a business's: `Navkar 360 Technologies`.
_INNER_NUMBER: Final = re.compile(r"\d{1,4}")


def _numbered_body(masked: str, mentions: list[Mention], mention: Mention) -> Mention:
    """`Navkar 360 Technologies Ltd`, `Corvale 4 Properties Inc.`: a business's name (its last
    word a commercial one) after a number and the name's one capitalised word before it is one
    name; the word's own mention, if any, is dropped. Else `mention` as it was."""
    if mention.name.rsplit(None, 1)[-1].lower() not in COMMERCIAL:
        return mention  # (`Arsenal 2 Chelsea`: a score, no business's name)
    number = _INNER_NUMBER.search(masked, max(0, mention.start - 6), mention.start - 1)
    if number is None or number.end() != mention.start - 1 or masked[number.start() - 1] != " ":
        return mention
    first = masked.rfind(" ", 0, number.start() - 1) + 1
    word = masked[first : number.start() - 1]
    if not word.isalpha() or not word[0].isupper() or word_key(word) in STOP_CAPS:
        return mention
    if mentions and mentions[-1].start == first and mentions[-1].end == number.start() - 1:
        mentions.pop()  # (`Navkar` alone: the name's first word, not a name of its own)
    name = masked[first : mention.name_start] + mention.name
    return mention._replace(start=first, name_start=first, name=name)


def _opening(run: list[Token] | Capital) -> int:
    """Where a run of capitals opens."""
    return run[0].start if isinstance(run, list) else run[0]


def find_mentions(
    masked: str,
    budget: NameBudget | None = None,
    pronouns: Sequence[tuple[int, int, str]] | None = None,
    vocabulary: Container[str] = frozenset(),
) -> list[Mention]:
    """Names, organisations and subject pronouns in a paragraph whose quotes are masked.

    `pronouns` are its pronoun_words when the caller found them already (in one scan of an
    article's paragraphs: a scan per one-line paragraph costs more than the line's own work).
    `vocabulary` holds the article's lower-case words (a LowercaseWords): `Tenant Ann Lee` opens
    with a role in an article that writes `tenants`.
    """
    budget = budget or NameBudget()
    before = budget.text_before
    # (only prose, a paragraph with a word in lower case, adds its characters to the allowance)
    counted = len(masked) if prose(masked) else 0
    mentions = _named_runs(masked, budget, counted, vocabulary)
    budget.text_before = before + counted + 1 if counted else before
    mentions = _whole_body_names(masked, [_named_body(masked, m) for m in mentions])
    _add_pronouns(masked, mentions, pronouns)
    if len(mentions) < 2:
        return mentions  # (nothing to order, join or tell apart: most one-name lines)
    joined = joined_bodies(masked, sorted(mentions, key=_START))
    joined = and_the_bodies(masked, joined)
    if isinstance(vocabulary, LowercaseWords) and " and " in masked:
        joined = shortened_bodies(masked, joined, vocabulary)
    return posted_bodies(masked, glossed_bodies(masked, joined))


def _whole_body_names(masked: str, mentions: list[Mention]) -> list[Mention]:
    """Bodies' names the runs cut, made whole: `the Isle of Wight Council` (see place_of_start;
    the lone `Isle` before it dropped), `the Power and Gas Ombudsman Tasmania` (see
    the_and_start, office_inside) and `the City of St. John’s said` (see
    apostrophe_s_in_name: the `’s` the name's own, no possessive)."""
    out: list[Mention] = []
    past = -1  # the end of a name made longer over the mentions after it
    for mention in mentions:
        if mention.start < past:
            continue  # (`CNMI`, `LLC` of `Golden Reef (CNMI) LLC`: inside the name before)
        formed = -1
        if mention.kind != "pronoun":
            formed = bracketed_form_end(masked, mention.end, LEGAL_FORMS)
            # `Vell Co., Ltd`, `Vell Group (Holdings) Co., Ltd`: a comma's form after the name,
            # or after its bracketed form
            after = formed if formed >= 0 else mention.end
            formed = max(formed, comma_form_end(masked, after, LEGAL_FORMS))
            # `Tarn Holdings plc`: the form a house style writes in lower case
            formed = max(formed, lower_case_form_end(masked, after))
            if formed < 0 and mention.kind == "org":
                # `The Federation of X in Vellia, which ...`: the place closes the name
                formed = in_place_end(masked, mention.name, mention.end)
        if formed >= 0:  # `Golden Reef (CNMI) LLC`: the registration and form its name's
            name = masked[mention.name_start : formed]
            past = formed
            mention = mention._replace(
                kind="org", end=formed, name=name, role=None, gender=None, possessive=False
            )
        if mention.kind != "pronoun" and mention.name_start == mention.start:
            opened = leading_form_start(masked, mention.start)
            if opened >= 0:  # `PT Jalan Vell Teknologi`: a company by the form opening it
                # (`PT` read as a name of its own dropped)
                mention = _opened_at(out, masked, mention, opened)
                mention = mention._replace(kind="org", role=None, gender=None)
        office = person_after_office(mention.name) if mention.kind == "org" else 0
        if office:
            # `Port of Vell Mayor Ana Roe said`: the place's office is the person's role
            words = mention.name.split()
            role, person = " ".join(words[:office]), " ".join(words[office:])
            at = masked.find(person, mention.name_start)
            mention = mention._replace(kind="person", name=person, name_start=at, role=role)
        if mention.kind == "person" and office_inside(mention.name):
            mention = mention._replace(kind="org", role=None, gender=None)
        if mention.kind == "org" and " " in mention.name:
            opened = max(
                place_of_start(masked, mention.start), the_and_start(masked, mention.start)
            )
            if opened >= 0:
                mention = _opened_at(out, masked, mention, opened)
            if mention.possessive and apostrophe_s_in_name(masked, mention.end):
                name = masked[mention.name_start : mention.end]
                mention = mention._replace(name=name, possessive=False)
        out.append(mention)
    return out


def _opened_at(out: list[Mention], masked: str, mention: Mention, opened: int) -> Mention:
    """`mention` with its name opened earlier, at `opened` (`the Isle of Wight Council`, `PT
    Jalan Vell`), the mentions read inside the words put before it dropped from `out`."""
    while out and out[-1].start >= opened:
        out.pop()
    name = masked[opened : mention.name_start] + mention.name
    return mention._replace(start=opened, name_start=opened, name=name)


def _named_body(masked: str, mention: Mention) -> Mention:
    """A name read again as a body's: a campaign's of several words (`Save Holloway Fields`),
    a one-word place's before its body in lower case (`Velden general hospital`)."""
    if " " in mention.name:
        return _campaign(mention)
    return _lowercase_body(masked, mention)


def _lowercase_body(masked: str, mention: Mention) -> Mention:
    """`Velden general hospital said`: a one-word place's name before a public body written in
    lower case is that body (see lowercase_body_end); any other mention as it was."""
    if mention.possessive or not masked.startswith(" ", mention.end):
        return mention
    end = lowercase_body_end(masked, mention.end)
    if end < 0:
        return mention
    name = mention.name + masked[mention.end : end]
    return mention._replace(kind="org", end=end, name=name, role=None, gender=None)


def _campaign(mention: Mention) -> Mention:
    """`Save Holloway Fields has collected ...`: a run opening with a call to act (CAMPAIGN_CALLS)
    and no given name after it is a campaign's name, a body (`Save Ann Lee` stays as it was)."""
    call, _, rest = mention.name.partition(" ")
    if call not in CAMPAIGN_CALLS or mention.kind == "org":
        return mention
    if usual_sex(rest.split(None, 1)[0]) is not None:
        return mention
    return mention._replace(kind="org", role=None, gender=None)


_AND: Final = " and "


def shortened_bodies(
    masked: str, mentions: list[Mention], vocabulary: LowercaseWords
) -> list[Mention]:
    """`Rivers and Harbours said`, where the article writes `Rivers and Harbours Commission`: two
    one-word names joined by `and` that open a body's name elsewhere in the article are that
    body cut short, one name, not two people (`Lee and Cole said`: none written so)."""
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind in ("single", "org")
            and mention.kind in ("single", "org")
            and " " not in before.name
            and " " not in mention.name
            and not before.possessive
            and not before.role
            and before.end + len(_AND) == mention.start
            and masked.startswith(_AND, before.end)
            and vocabulary.written_before_body(before.name + _AND + mention.name)
        ):
            name = before.name + _AND + mention.name
            out[-1] = before._replace(
                kind="org", end=mention.end, name=name, gender=None, possessive=mention.possessive
            )
            continue
        out.append(mention)
    return out


def _named_runs(
    masked: str, budget: NameBudget, counted: int, vocabulary: Container[str]
) -> list[Mention]:
    """The mention each run of capitals makes, within the budget (`Ann Lee`, `Acme`), the runs
    counted in `budget.considered`; a paragraph whose every name would be over the budget is not
    even split into words (`Aa Bb, Cc Dd, ...` for pages on end)."""
    mentions: list[Mention] = []
    considered, before = budget.considered, budget.text_before
    if considered >= allowed(before + counted):
        return mentions
    floor = allowed(before)  # (what every run here is allowed at least: no look-up below it)
    # the budget is short here: only a run opening at or after this offset may be classified,
    # and a run opens with a capital letter (a one-name line spared its split into words)
    if considered >= floor and not any(
        map(str.isupper, masked[first_allowed(considered, before) :])
    ):
        return mentions
    if masked.islower():
        return mentions  # (nor is one without a capital letter: a run of capitals needs one)
    words = Words(masked)
    mention: Mention | None  # (as wide as its widest value: mypyc checks each assignment)
    kind: str | None
    for run in runs_of_capitals(masked, words):
        if considered >= floor and (not counted or considered >= allowed(before + _opening(run))):
            continue  # denser than any prose: `Aa Bb, Cc Dd, Ee Ff, ...` for pages on end
        considered += 1
        if not isinstance(run, list):
            # a capital joined to no other, as the scan found it: its class and word read from
            # a cache of the word as found (most drop out here), no Token made
            if (read := _lone_read(run[2])) is None:
                continue
            kind, word, length, possessive = read
            first = run[0]
            if _figure_unit(masked, first, length):
                continue  # `he had spent $14M on upgrades`: a sum's `M`, no one's name
            if kind == "org" and word.isupper() and _initials_described(masked, first):
                continue
            if kind == "org" and word.isupper() and _thing_acronym(masked, first):
                continue  # `traces of nitrosamine (NDMA)`: a substance's letters, no body
            if kind == "org" and _role_opener(masked, word, first, first + length):
                continue  # `Team principal X said`: the role's first word, no body's name
            if kind == "org":
                mention = _mention(
                    (first, first, first + length, "org", word, None, None, possessive)
                )
            else:
                mention = _lone_name(masked, words, first, first + length, word, possessive)
            if kind == "org" and masked[first - 2 : first - 1].isdigit():
                mention = _numbered_body(masked, mentions, mention)  # `Tessaly 21 Holdings`
            mentions.append(mention)
            continue
        if len(run) > 1:
            owned = any(map(_POSSESSIVE, run[:-1]))  # (most runs: no possessive inside)
            if owned and (ranked := rank_after_body(masked, run)) > 0:
                # `Harbour County Sheriff's Office Capt. Ana Roe said`: the body, then its officer
                mentions.append(_org(masked, run[:ranked]))
                run = run[ranked:]
            mention = _classify(masked, words, run, vocabulary)
            if mention:
                # (a digit two characters before: the one test most bodies' names stop at)
                digit = masked[mention.start - 2 : mention.start - 1]
                if digit.isdigit() and mention.kind == "org":
                    mention = _numbered_body(masked, mentions, mention)
                mentions.append(mention)
            continue
        if (kind := _word_kind(run[0].text)) is None:
            continue  # (a one-word run's class read from a cache: most drop out here)
        mention = _org(masked, run) if kind == "org" else _single(masked, words, run)
        if mention:
            digit = masked[mention.start - 2 : mention.start - 1]
            if digit.isdigit() and mention.kind == "org":
                mention = _numbered_body(masked, mentions, mention)  # `Tessaly 21 Holdings`
            mentions.append(mention)
    budget.considered = considered
    return mentions


# A title word in lower case after a capital, then a capital: `Team principal Dieter`.
_TITLE_NEXT: Final = re.compile(r" ([a-z]+) [A-Z]")


def _role_opener(masked: str, word: str, first: int, end: int) -> bool:
    """`Team principal Ana Ruiz said` -> True at `Team`: a body's noun (no club's short name:
    `Rovers manager X`, `City manager X` stay) opening a sentence before a title in lower case
    and a name opens that person's role, no body's name (`Team Sky principal X` is not)."""
    if word.lower() not in ORG_ANAPHORS:
        return False
    if first and masked[first - 2 : first] not in (". ", "? ", "! "):
        return False
    match = _TITLE_NEXT.match(masked, end)
    return match is not None and match[1] in TITLE_WORDS


def _initials_described(masked: str, first: int) -> bool:
    """`the 46-year-old former GP said` -> True at `GP`: a lone word of capitals after an age or
    `former` is an occupation's initials (see _OCCUPATION_BEFORE); `the UN said` -> False."""
    return _OCCUPATION_BEFORE.search(masked, max(0, first - 13), first) is not None


# The word before a bracketed acronym: in lower case (`benzene`), or a chemical's name after
# a locant (`N-nitrosodimethylamine`, `4-methylimidazole`).
_BRACKET_REACH: Final = 60  # the characters read back from a bracket for its words
_BRACKET_WORDS: Final = 4  # the words before a bracket that may name a body in lower case
_WORD_BEFORE_BRACKET: Final = re.compile(r"(?:^|\s)((?:[A-Z0-9]{1,2}-)?[a-z][\w-]*) \($")


def _thing_acronym(masked: str, first: int) -> bool:
    """`contained traces of nitrosodimethylamine (NDMA)` -> True at `NDMA`: letters bracketed
    after a common noun in lower case short a thing, no body (`the regulator (CAA)` and `the
    Food Standards Agency (FSA)` are bodies: a body's noun or a capital before the bracket)."""
    if masked[first - 1 : first] != "(":
        return False
    if _WORD_BEFORE_BRACKET.search(masked, max(0, first - _BRACKET_REACH), first) is None:
        return False
    # (`the national union of miners (NUM)`: a body's noun a few words back names a body)
    words = masked[max(0, first - _BRACKET_REACH) : first - 1].split()[-_BRACKET_WORDS:]
    return not any(map(_body_or_title_word, words))


def _body_or_title_word(word: str) -> bool:
    """`union`, `regulator`, `minister`: a word naming a body or a post."""
    key = word_key(word.rsplit("-", 1)[-1])
    return key in ORG_ANAPHORS or key in ORG_WORDS or key in TITLE_WORDS


def _add_pronouns(
    masked: str, mentions: list[Mention], pronouns: Sequence[tuple[int, int, str]] | None
) -> None:
    """The subject pronouns as mentions, but for a name's first word: `He Jian said` is the
    surname He, not a pronoun."""
    found = pronoun_words(masked) if pronouns is None else pronouns
    if found and mentions:
        # (the names' starts, a set only when both are there)
        named = set(map(_NAME_START, mentions))
        found = [p for p in found if p[0] not in named]
    for start, end, word in found:
        mentions.append(_mention((start, start, end, "pronoun", word, None, PRONOUNS[word], False)))
