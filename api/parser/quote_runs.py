"""Runs of capitalised words in a paragraph: the candidates for names."""

from __future__ import annotations

from typing import Final

from api.parser.given_names import usual_sex
from api.parser.quote_spans import MASK
from api.parser.quote_tokens import (
    TOKEN,
    Capital,
    Token,
    Words,
    capital,
    capital_words,
    mutated,
    word_key,
)
from api.parser.quote_words import NAME_PARTICLES, ORG_WORDS, TITLE_WORDS

# Common nouns whose possessive opens an organisation's name: "People’s Daily".
_COMMON_OWNERS: Final = frozenset(
    "people children women men workers veterans farmers citizens".split()
)


_OF_FOR: Final = frozenset({"of", "for"})
# A company's legal form closes its name: `of` after it opens the firm's seat, `Brenlow Seafood
# LLC of Tarrow` (not `Bank of X`, `Company of Y`: words, no legal form).
SEAT_AFTER_FORMS: Final = frozenset("llc ltd inc plc corp gmbh".split())
AMPERSAND: Final = " & "  # between two capitals, inside a body's name
_JOINERS: Final = NAME_PARTICLES | _OF_FOR | {"the"}
# The Irish article inside a surname after `Mac`/`Nic` (`Mac an tSaoir`, `Nic an Bhaird`).
IRISH_ARTICLES: Final = frozenset({"an", "na"})
_IRISH_HEADS: Final = frozenset({"Mac", "Nic", "Mhic", "Mc"})
_PARTICLES_THE: Final = NAME_PARTICLES | {"the"}
# The most text two capitals of one run may have between them. Only joining words stand there:
# at most two (`de la`, `of the`: a particle must have a capital one or two words on), each of at
# most five letters, after single spaces; a longer gap is never read word by word.
_MAX_JOINING_GAP: Final = 24
# The most characters a nickname in quote marks inside a name may mask, its marks included
# (`Josephine “Jo” MacKinnon`, `Earvin "Magic" Johnson`, `Sam “the Hammer” Lee`).
_MAX_NICKNAME: Final = 18


def nickname_gap(gap: str) -> bool:
    """` “Jo” ` masked (a space, a short quote blanked out, a space): where a nickname in
    quote marks stands inside a person's name, `Josephine “Jo” MacKinnon`."""
    inner = len(gap) - 2
    return (
        2 < inner <= _MAX_NICKNAME
        and gap[0] == " "
        and gap[-1] == " "
        and gap.count(MASK, 1, -1) == inner
    )


def runs_of_capitals(text: str, words: Words) -> list[list[Token] | Capital]:
    """Runs of capitalised words joined by single spaces (and name particles).

    A capital joined to neither neighbour (most: `The`, `He`, `But` opening a sentence) is
    given as the scan found it (a Capital), not made a Token: most make no name.
    """
    # The capitals are found by one scan of the text, and only the short gaps between two of
    # them are read as words: a lowercase word away from a capital is never made a word.
    runs: list[list[Token] | Capital] = []
    run: list[Token] = []  # the run so far, once a capital has been joined to it
    lone: Capital | None = None  # else the last capital, its Token not made
    for found in capital_words(text):
        start = found[0]
        if run:
            last = run[-1]
            if start - last.end == 1 and text[start - 1] == " " and not last.possessive:
                run.append(words.made(found))  # (most joined pairs: what _joining finds)
                continue
            if start - last.end > _MAX_JOINING_GAP or not _may_join(text, last.end, start):
                runs.append(run)  # (most: a capital words away, told without the call)
                run, lone = [], found
                continue
            token = words.made(found)
            joining = _joining(text, words, run, token)
            if joining is None:
                runs.append(run)
                run = [token]
            else:
                run += joining
                run.append(token)
        elif lone is not None:
            # (by the word's end as found: a Token that drops its full stop joins nothing, its
            # gap opening with the stop)
            end = lone[1]
            if start - end == 1 and text[end] == " ":
                first, token = words.made(lone), words.made(found)
                if first.end == end and not first.possessive:
                    run, lone = [first, token], None  # (most pairs: one space between)
                    continue
            elif start - end > _MAX_JOINING_GAP or not _may_join(text, end, start):
                runs.append(lone)  # (most: a capital words away, told without the call)
                lone = found
                continue
            else:
                first, token = words.made(lone), words.made(found)
            joining = _joining(text, words, [first], token)
            if joining is None:
                runs.append(lone)
                run, lone = [token], None
            else:
                run, lone = [first, *joining, token], None
        else:
            lone = found
    if run:
        runs.append(run)
    elif lone is not None:
        runs.append(lone)
    return runs


def _may_join(text: str, end: int, start: int) -> bool:
    """The gap from `end` to the capital at `start` may join them (see `_joining`): one space,
    ` & `, or joining words between single spaces; the words' Tokens are not read."""
    if start - end > _MAX_JOINING_GAP:
        return False  # (most pairs of capitals: words apart, their gap is not even cut out)
    gap = text[end:start]
    if gap == " " or gap == AMPERSAND:
        return True
    if gap[1:2] == MASK:
        return nickname_gap(gap)  # (a blanked quote opens the gap: no joining word is there)
    return gap[:1] == " " and gap[-1:] == " " and _JOINERS.issuperset(gap[1:-1].split(" "))


def _joining(text: str, words: Words, run: list[Token], following: Token) -> list[Token] | None:
    """The joining words that take the run on to the capital `following` (none when one space
    or ` & ` joins them): `Ministry of`, `Lucia de la`; None when it is not joined to the run."""
    last = run[-1]
    if following.start - last.end > _MAX_JOINING_GAP:
        return None  # (most pairs of capitals: words apart, their gap is not even cut out)
    gap = text[last.end : following.start]
    if gap == " " or gap == AMPERSAND:
        if _joined(text, last, following) or (last.possessive and _possessive_inside(text, run)):
            return []
        return None
    if gap[1:2] == MASK:
        return [] if nickname_gap(gap) and _nickname_joins(run, following) else None
    # Joining words stand between single spaces, each one of _JOINERS as written (a word whose
    # ending is cut, `of.`, `de's`, joins nothing): any other gap joins nothing.
    if gap[:1] != " " or gap[-1:] != " ":
        return None
    if not _JOINERS.issuperset(gap[1:-1].split(" ")):
        return None
    if last.text == "State" and text.endswith(_STATE_OF_TITLES, 0, last.start):
        return None  # `Minister of State for Housing X`: `State` ends the title, no body's name
    between = [words[m.start()] for m in TOKEN.finditer(text, last.end, following.start)]
    current = run[:]
    for k, word in enumerate(between):
        if word.text not in _JOINERS or not _joined(text, current[-1], word):
            return None
        if not _particle(word, [*between[k + 1 :], following], current):
            return None
        current.append(word)
    return between if _joined(text, between[-1], following) else None


# `Minister of `, `Secretary of ` right before `State`: the title's words, not a body's.
_STATE_OF_TITLES: Final = ("Minister of ", "Secretary of ")


def _nickname_joins(run: list[Token], following: Token) -> bool:
    """`Josephine “Jo” MacKinnon-Boudreau`: a quoted nickname joins a given name (the run's
    last word, itself the run's only word or after another name's, not a possessive) to the
    capital after it, the person's surname; the name is the one without the nickname."""
    last = run[-1]
    if last.possessive or last.final_stop or not capital(following):
        return False
    return usual_sex(last.text) is not None


def _joined(text: str, before: Token, after: Token) -> bool:
    """One space between two words, and no full stop or possessive ending the first; or an
    ampersand between two capitals (`Marlowe & Finch Grocers`, `Procter & Gamble`)."""
    gap = text[before.end : after.start]
    if gap != " " or before.final_stop:
        return gap == AMPERSAND and not before.final_stop and capital(before) and capital(after)
    if not before.possessive or word_key(before.text) in _COMMON_OWNERS:
        return True  # "People’s Daily"
    return _office_of_title(before, after.text) or _group_owner(text, before, after.text)


def _office_of_title(before: Token, word: str) -> bool:
    """`Attorney’s Office`, `Sheriff’s Department`: a title's possessive before a body's word."""
    return word_key(before.text) in TITLE_WORDS and word_key(word) in ORG_WORDS


# The endings of a noun for what someone is or does (`supporter`, `resident`): see role_opening.
_ROLE_ENDS: Final = ("ant", "ent", "er", "or", "ee", "ist", "ian")


def _group_owner(text: str, before: Token, word: str) -> bool:
    """`Supporters’ Trust`, `Residents' Association`: a plural possessive (the apostrophe after
    the plural's `s`) of a noun for people by what they do, before a body's word, is the body's
    own name (a person's possessive is written `’s`; `Jones’ Trust` is no plural of a role)."""
    if text[before.end - 2 : before.end - 1] != "s" or text[before.end - 1] not in "'’":
        return False
    if not before.text[:-1].lower().endswith(_ROLE_ENDS):
        return False
    return not word or word_key(word) in ORG_WORDS


# A saint's title: `St Brendan’s Private Hospital`, `Saint Mary's College`.
_SAINTS: Final = frozenset({"st", "saint", "ste", "sainte"})


def _possessive_inside(text: str, run: list[Token]) -> bool:
    """A possessive inside a body's name keeps the name going: a group's (see `_group_inside`)
    or a saint's (`St Brendan’s Private Hospital`; `Tom Brendan’s Hospital visit` stops)."""
    return (len(run) == 2 and word_key(run[0].text) in _SAINTS) or _group_inside(text, run)


def _group_inside(text: str, run: list[Token]) -> bool:
    """`Severnside Patients’ Voice`, `Kent Carers' Network`: inside a name (a capital joined
    before it), a group's plural possessive (see `_group_owner`) before a capital keeps the name
    going whatever the capital's word: the name is the group's own body, not a person's."""
    return len(run) > 1 and _group_owner(text, run[-1], "")


def _particle(token: Token, rest: list[Token], current: list[Token]) -> bool:
    """A lowercase word that joins a run to the capital after it: `de la`, `of`, `for`.

    `rest` are the words after it up to that capital, `current` the run up to it.
    """
    word = token.text
    if word == "the":
        return _the_in_name(rest, current)
    if word in IRISH_ARTICLES and current[-1].text not in _IRISH_HEADS:
        return False  # `an`, `na` only in `Mac an tSaoir` (never `Smith an American`)
    particle = word in NAME_PARTICLES
    if word == "of" and word_key(current[-1].text) in SEAT_AFTER_FORMS:
        return False  # `Brenlow Seafood LLC of Tarrow`: the firm's town, not its name
    if word in _OF_FOR and word_key(current[-1].text) in ORG_WORDS:
        particle = True  # "Ministry of Commerce", "Center for Security"
    elif word == "for" and len(current) <= 3 and _plural(current[-1]):
        particle = True  # "Physicians for Clean Air", "Kent Parents for Parks"
    elif word == "for" and len(current) == 1 and _cause(current[0]):
        particle = True  # "Justice for Ashgrove", "Transport for Westshire"
    elif word in _OF_FOR and _the_plural(current):
        particle = True  # "The Friends of the Park" (not "Shares of Nova")
    elif word == "of" and _plural_body(current):
        particle = True  # "Manitoba Chambers of Commerce"
    elif word == "of" and _church_body(current):
        particle = True  # "the Church of Scotland", "The Diocese of Leeds"
    elif word == "of" and body_office(current):
        particle = True  # "Inspectorate of Government", "Directorate General of Taxes"
    if not particle:
        return False
    # "Lucia de la Fuente": two particles in a row (a capital is no particle, so a second one
    # has a word after it in `rest`)
    following = rest[1] if rest[0].text in _PARTICLES_THE else rest[0]
    return capital(following) or mutated(following.text)  # `Mac an tSaoir`


# The endings of an office's noun that opens a body's name (`Inspectorate`, `Secretariat`).
_OFFICE_ENDS: Final = ("orate", "ariat")
# The word after a body's noun that makes one name with it (`Directorate General`), a rank alone.
_GENERAL: Final = "general"


def body_office(current: list[Token]) -> bool:
    """`Inspectorate of Government`, `Directorate General of Taxes` -> True: an office's noun
    (-orate, -ariat), or any body's word, with `General` after it, goes on over `of`: the rank
    word is the body's (`Inspector General of Police X` and `Attorney General of Y` open with a
    title, no body's word, and are left alone)."""
    key = word_key(current[-1].text)
    if key == _GENERAL and len(current) >= 2:
        before = word_key(current[-2].text)
        return before in ORG_WORDS or before.endswith(_OFFICE_ENDS)
    return len(key) > 7 and key.endswith(_OFFICE_ENDS)


# Words for a church's bodies that are surnames too (`Charlotte Church`), kept out of ORG_WORDS:
# alone (or after `The`) before `of` and a capital, they open a body's name.
_CHURCH_HEADS: Final = frozenset({"church", "diocese", "archdiocese", "synod"})


def _church_body(current: list[Token]) -> bool:
    """`Church of England`, `The Diocese of Leeds`: a church's body word opening the run (after
    `The` at most) goes on over `of`; `Charlotte Church of Cardiff` is a person from a place."""
    if len(current) > 2 or (len(current) == 2 and current[0].text != "The"):
        return False
    return word_key(current[-1].text) in _CHURCH_HEADS


def _plural_body(current: list[Token]) -> bool:
    """`Ontario Chambers of Commerce`, `Nordic Councils of Churches`: the plural of a body's word
    (a singular in ORG_WORDS) goes on over `of` after `The`, or after words that are no given
    names (`Tom Banks of Leeds` is a person from a place)."""
    key = word_key(current[-1].text)
    if len(current) < 2 or not key.endswith("s") or key[:-1] not in ORG_WORDS:
        return False
    if current[0].text == "The":
        return True
    return not any(usual_sex(token.text) for token in current[:-1])


# A cause's or a service's noun that opens a body's name before `for` (`Justice for X`, `Action
# for Y`, `Transport for Z`): an abstract noun's ending, or one of a few such nouns; surnames
# rarely end so, and `Price for Wales` is no body's run anyway (a name and a place).
_CAUSE_ENDS: Final = ("tion", "sion", "tice", "ment", "ity", "ness", "ance", "ence")
_CAUSE_NOUNS: Final = frozenset("transport sport hope water housing".split())


def _cause(token: Token) -> bool:
    """`Justice`, `Action`, `Transport`: a capitalised noun of a cause that `for` and a capital
    after it make a body's name."""
    key = word_key(token.text)
    return key in _CAUSE_NOUNS or (len(key) > 5 and key.endswith(_CAUSE_ENDS))


def _the_in_name(rest: list[Token], current: list[Token]) -> bool:
    """`Friends of the Millbrook Library`: `the` after a body's `of`/`for`, before a capital."""
    return current[-1].text in _OF_FOR and capital(rest[0])


def _the_plural(current: list[Token]) -> bool:
    """`The Friends`, `The Sisters`: a capitalised plural after `The` opens a body's name."""
    return len(current) == 2 and current[0].text == "The" and _plural(current[1])


def _plural(token: Token) -> bool:
    """`Physicians`, `Parents`: a capitalised plural that may open a group's name."""
    word = token.text
    return len(word) > 4 and word.endswith("s") and not word.endswith("ss") and not token.possessive
