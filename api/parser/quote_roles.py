"""Roles written around a name: before it, before a comma, or in an appositive after it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from api.parser.given_names import usual_sex
from api.parser.quote_shapes import field_list_title
from api.parser.quote_spans import MASK
from api.parser.quote_tokens import (
    CACHE_SIZE,
    POSSESSIVE,
    TOKEN,
    Token,
    Words,
    acronym,
    capital,
    last_mark,
    word_key,
    word_token,
    written_before,
)
from api.parser.quote_words import (
    FEMALE_WORDS,
    FORMER_WORDS,
    HONORIFICS,
    MALE_WORDS,
    ORG_WORDS,
    REPORTING_VERBS,
    ROLE_BOUNDARY,
    STOP_CAPS,
    TITLE_WORDS,
)

# Gendered nouns for a person (a relative, `spokesman`, `chairwoman`: the gendered words less
# titles, pronouns and plain `man`/`woman`) that name a role before a comma even without an
# agent ending: "her husband, Tom Roe,". (Not FAMILY_WORDS: those are relations only.)
GENDERED_PERSON_NOUNS: Final = (MALE_WORDS | FEMALE_WORDS) - frozenset(
    "mr mrs ms miss he him his she her sir lord dame lady king queen prince princess duke duchess "
    "actor actress boy girl man woman".split()
)
# `Harlow's campaign manager, Tessa Grier, said`: a role, a comma, then the name.
_DETERMINER: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[A-Z][\w'.-]*['’]s)\s+"
)
# The endings of a noun for someone who does something: `postman`, `baker`, `cellist`.
AGENT_ENDINGS: Final = ("er", "or", "ist", "yst", "ian", "ant", "ent", "man", "woman", "person")

# A verb of holding a post in a relative clause after a name, and the noun its holder is called
# by: `X, who chairs the lodge,` is `the chair` later, `Y, who coaches the side,` `the coach`.
HELD_BY_VERB: Final = {
    "chairs": "chair",
    "leads": "leader",
    "heads": "head",
    "runs": "head",
    "coaches": "coach",
    "manages": "manager",
    "directs": "director",
    "owns": "owner",
    "keeps": "keeper",
}
# What one who holds premises of a kind is called besides (see premises_keepers): `X, who runs
# the Red Lion Inn,` is `the landlord` later, `Y, who owns a dairy farm,` is `the farmer`, `Z,
# who owns six flats,` `the landlord`.
PREMISES_KEEPERS: Final = {
    **dict.fromkeys(("pub", "inn", "tavern", "bar"), ("landlord", "landlady", "publican")),
    **dict.fromkeys(("hotel", "guesthouse", "resort", "motel"), ("hotelier",)),
    **dict.fromkeys(("shop", "store", "newsagent", "bakery"), ("shopkeeper",)),
    **dict.fromkeys(("farm", "ranch", "croft"), ("farmer",)),
    **dict.fromkeys(("restaurant", "cafe", "café", "bistro"), ("restaurateur",)),
    # (`X, who owns six houses on Mill Lane,` is `the landlord` later: homes let out)
    **dict.fromkeys(
        ("houses", "flats", "homes", "properties", "apartments", "bedsits"),
        ("landlord", "landlady"),
    ),
}
# Where the premises' own words end in a held post: a place, a clause or an aside after them
# (`the Red Lion Inn in Ashby`, `a farm that has ...`, `the shop, which ...`).
_PREMISES_END: Final = re.compile(
    r",| (?:in|at|on|near|outside|off|of|for|with|since|that|which|who|where) "
)
# How many of a thing a held post may hold: `, who owns six houses,`, `, who runs 14 flats,`.
_COUNTS: Final = "two|three|four|five|six|seven|eight|nine|ten|several|many"
# `, a Russia expert at CNA,` or `, who serves as Russia's deputy defense minister,` after a name
# (or `, who chairs the lodge,`: the verb, see HELD_BY_VERB).
_APPOSITIVE: Final = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:who\s+(?P<verb>"
    + "|".join(HELD_BY_VERB)
    + r")\s+(?=(?:the|an?|"
    + _COUNTS
    + r")\s|[A-Z\d])|"
    r"(?P<lead>(?:a|an|the)\s+|who\s+(?:is also|was also|is|was|"
    r"serves as|served as|works as|has served as|(?P<took>took over as|has taken over as))"
    r"\s+(?:(?:a|an|the)\s+)?))?(?P<role>\S)"
)
# `X, who took over as coach in June after two seasons at Y,`: the post taken, not when or
# after what (the words from a time or place on).
_TAKEN_UNTIL: Final = re.compile(r" (?:in|on|at|after|last|this|earlier|from|when|since) ")
# Head nouns that make an appositive describe an organisation: "Lumora, the software maker,".
ORG_HEAD: Final = re.compile(
    r"(?:company|firm|startup|start-up|maker|manufacturer|retailer|group|agency|nonprofit|"
    r"non-profit|charity|organi[sz]ation|union|band|club|network|publisher|provider|operator|"
    r"chain|bank|lender|insurer|brand|platform|broadcaster|carrier|airline|automaker|supplier|"
    r"contractor|consultancy|newspaper|outlet|studio|university|hospital|coalition|party|label|"
    r"ministry|department|government|council|committee|association|institute|foundation|"
    r"subsidiary|subsidiarie|division|unit|employer|system)s?"
)  # (`employer`: `X, the town's largest employer, said it had`: a firm, whatever its name)
_HEAD_STOPS: Final = frozenset(
    "at in of for who that which based with from on to by and whose since near".split()
)
# Words that may open an appositive role without an article: ", deputy associate administrator".
_ROLE_OPENERS: Final = frozenset(
    "senior former longtime retired acting interim managing founding lead junior chief".split()
)


@lru_cache(maxsize=8192)
def titled(word: str) -> bool:
    """A word that names a job or a role: `secretary`, `violinist`, `baker`."""
    key = word_key(word)
    return key in TITLE_WORDS or key.endswith(("ist", "yst", "ian"))


@lru_cache(maxsize=8192)  # (asked of each new person's role: roles repeat, names do not)
def head_noun(role: str) -> str:
    """`startup based in Tucson` -> `startup`; `club's chair` -> `chair`."""
    words = []
    for word in role.split():
        if word.lower() in _HEAD_STOPS:
            break
        words.append(word)
    return POSSESSIVE.sub("", (words or role.split())[-1].lower())


def _joins_title(tokens: Words, token: Token, taken: list[Token]) -> bool:
    """`Secretary of State`, `founder and chief executive`: a small word inside a title."""
    key = word_key(token.text)
    if key not in ("of", "and") or not taken:
        return False
    previous = tokens.before(token.start)
    if previous is None:
        return False
    before = word_key(previous.text)
    if key == "of":  # (`of the Opposition`: the capital after `the`, see _the_in_title)
        opening = taken[1] if taken[0].text == "the" and len(taken) > 1 else taken[0]
        return _title_or_body(previous, before) and capital(opening)
    if _and_in_field(tokens, previous, taken) or _and_in_body(tokens, previous, taken):
        return True
    return before in TITLE_WORDS and word_key(taken[0].text) in TITLE_WORDS | _ROLE_OPENERS


def _the_in_title(tokens: Words, token: Token, taken: list[Token]) -> bool:
    """`Leader of the Opposition`, `Chancellor of the Exchequer`: `the` between a title's `of`
    and the capital it is the title of (the capital just read) is inside the role."""
    if token.text != "the" or len(taken) != 1 or not capital(taken[0]):
        return False
    of = tokens.before(token.start)
    if of is None or of.text != "of":
        return False
    title = tokens.before(of.start)
    return title is not None and capital(title) and word_key(title.text) in TITLE_WORDS


def _title_or_body(token: Token, key: str) -> bool:
    """`Secretary of`, `Bank of` (`Bank of England governor Ann Lee`): a title or a body's word."""
    return key in TITLE_WORDS or (key in ORG_WORDS and capital(token))


def _and_in_field(tokens: Words, previous: Token, taken: list[Token]) -> bool:
    """`Minister of Water and Environment`: `and` between two capitals after `of`/`for`."""
    word = tokens.before(previous.start)
    if word is None or word.text not in ("of", "for"):
        return False
    return capital(previous) and capital(taken[0])


def _and_in_body(tokens: Words, previous: Token, taken: list[Token]) -> bool:
    """`Mining and Energy Union Queensland district president X`: `and` between two capitals,
    the words after it a body's name (a capitalised body's word among them), the one before it
    opening the clause (not `Ruth Kemp and Harbour Union secretary X`: two subjects)."""
    if not (capital(previous) and capital(taken[0])):
        return False
    if not any(capital(t) and word_key(t.text) in ORG_WORDS for t in taken):
        return False
    opener = tokens.before(previous.start)
    return opener is None or opener.final_stop or _stop_word(opener.text)


def _title_of_field(taken: list[Token]) -> bool:
    """`Deputy Minister of Water and Environment`: a title, `of`/`for`, a field with `and`."""
    if not any(t.text == "and" for t in taken[-3:]):
        return False
    pairs = zip(taken, taken[1:], strict=False)
    return any(t.text in ("of", "for") and titled(b.text) for b, t in pairs)


def role_before(text: str, tokens: Words, first: int) -> tuple[int, str | None]:
    """A title written before a name (`White House press secretary Jen Psaki`), the name's
    first word starting at `first`; its words read back one by one from there."""
    if _no_role_written(text, first) and not (
        _titled_trade_before(text, first) or text.endswith(_TRADE_ENDS_SPACED, 0, first)
    ):  # (a trade's noun right before the name is read back: see _lone_trade)
        return first, None  # (`said Lee`, `(Lee`, `Smith, Lee`: most names, told from the text)
    return read_back(text, tokens, first)


def read_back(text: str, tokens: Words, first: int) -> tuple[int, str | None]:
    """role_before by its words read back one by one (a Token made of each)."""
    titled_at = field_list_title(text, first)
    if titled_at >= 0:  # `Minister of Agriculture, Fisheries and the Environment Ana Ruiz`
        return titled_at, text[titled_at : first - 1]
    token = tokens.before(first)
    if token is None or _stop_word(token.text):
        # (a paragraph's first word, or `said`/`the` right before the name, most names: no role)
        return first, None
    trade = _lone_trade(text, tokens, token, first)
    taken: list[Token] = []
    following = first  # where the word after `token` starts
    while token is not None and len(taken) < 9:
        gap = text[token.end : following]
        if token.final_stop or (gap.strip() not in ("", ".") and not _numbered(gap, token)):
            break
        key = word_key(token.text)
        if _stops_role(key, token) and not (
            (key in _JOINERS and taken and _joins_title(tokens, token, taken))
            or acronym(token.text)
            or _the_in_title(tokens, token, taken)
        ):  # (`WHO chief`: an acronym is a body's name, no stop word)
            break
        taken.insert(0, token)
        if _settled_without_role(taken) and not (trade or _titled_trade_before(text, first)):
            return first, None
        if token.possessive and not capital(token):
            break
        following, token = token.start, tokens.before(token.start)
    if not taken:
        return first, None  # (most names: `said` or `the` right before them)
    if not (
        any(map(titled, [t.text for t in taken[-3:]]))
        or _title_of_field(taken)
        or (len(taken) > 3 and _the_in_title(tokens, taken[-2], taken[-1:]))
        or trade
    ):
        return first, None
    if not (capital(taken[-1]) or titled(taken[-1].text) or _titled_trade(taken) or trade):
        return first, None  # "chairman of Disney": the name is not the chairman
    words = [t for t in taken if word_key(t.text) not in HONORIFICS]
    # (`Chief Constable Sir X`: the role ends before the honorific, as it opens after one)
    role = text[words[0].start : words[-1].end] if words else None
    return taken[0].start, role


# `The chair of the judges, the broadcaster X,`: a post opening the sentence, then (a person's
# trade and) the name in apposition; the post is X's too.
_POST_OPENING: Final = re.compile(
    r"The ([a-z][a-z-]*(?: [a-z][a-z-]*){0,2} of [^,.;:“”\"\x00]{1,60}), "
    r"(?:(?:the |an? )?[a-z][a-z-]* )?$"
)
_POST_BACK: Final = 110
_TRADE_BACK: Final = 32  # the comma before the name's trade is this near


def _titled_trade(taken: list[Token]) -> bool:
    """`Head keeper X`, `Chief gardener X`: a capitalised title word, then a lowercase noun for
    someone who does something (`-er`, `-or`, `-ee`), is a role written before the name."""
    if len(taken) != 2 or not capital(taken[0]):
        return False
    return word_key(taken[0].text) in TITLE_WORDS and _trade_word(taken[1].text)


_TRADE_ENDINGS: Final = ("er", "or", "ee")


# `Head keeper ` right before a name: a capitalised word, then a trade's lowercase noun.
_TITLE_TRADE: Final = re.compile(r"\b([A-Z][a-z]+) ([a-z]{3,}(?:er|or|ee)) $")
_TITLE_TRADE_BACK: Final = 32
# The trade's ending and the space before the name that `_TITLE_TRADE` ends with: `keeper X`.
_TRADE_ENDS_SPACED: Final = tuple(ending + " " for ending in _TRADE_ENDINGS)


def _titled_trade_before(text: str, first: int) -> bool:
    """`Head keeper X` -> True at X: a title word and a trade's noun (see _titled_trade) right
    before the name, which the one-word checks of role_before would settle as no role."""
    if first < 2 or not text[first - 2].islower():
        return False  # (most names: no lowercase letter right before their space)
    if not text.endswith(_TRADE_ENDS_SPACED, 0, first):
        return False  # (the pattern's end, tested first: most words before a name end so not)
    found = _TITLE_TRADE.search(text, max(0, first - _TITLE_TRADE_BACK), first)
    if found is None or not _trade_word(found.group(2)):
        return False
    return word_key(found.group(1)) in TITLE_WORDS


# A quote's end before the cue after it, its words masked (MASK) or not: `,” forecaster X said`.
_QUOTE_ENDS: Final = (MASK, "”", '"', "’", "'")


def _lone_trade(text: str, tokens: Words, trade: Token, first: int) -> bool:
    """`,” forecaster Callum Rennie said`, `said adjuster Ann Lee`, `Met Office planner Ann
    Lee`: a lowercase trade's noun no title list holds, right before a name opening with a given
    name, after a quote's end, a reporting verb or a body's word, is the name's role (`after`,
    `remember Ann Lee`, `Last summer Ann Lee` are none)."""
    if trade.possessive or trade.end + 1 != first or not _trade_word(trade.text):
        return False  # (`mother's Ann Lee`: an owner, no trade)
    if titled(trade.text):
        return False
    if word_key(trade.text) in ROLE_BOUNDARY or not _person_named_at(text, first):
        return False
    if text[max(0, trade.start - 3) : trade.start].rstrip().endswith(_QUOTE_ENDS):
        return True
    before = tokens.before(trade.start)
    if before is None:
        return False
    key = word_key(before.text)
    return key in REPORTING_VERBS or (capital(before) and key in ORG_WORDS)


# The words of a name after a trade's noun read to tell a person's from a body's.
_NAME_READ: Final = 40


def _person_named_at(text: str, first: int) -> bool:
    """`Callum Rennie`, `Hemi Parata`: a given name the table knows, or two capitalised words
    neither of which is a body's (`Brightwell Mining`, `Harlow Council`: a body's name)."""
    words = [w.strip(".,;:") for w in text[first : first + _NAME_READ].split()[:2]]
    if usual_sex(words[0]) is not None:
        return True
    return len(words) == 2 and all(
        w[:1].isupper() and w[1:].islower() and word_key(w) not in ORG_WORDS for w in words
    )


def _trade_word(word: str) -> bool:
    """`keeper`, `inspector`, `trainee`: a lowercase noun for someone who does something."""
    if len(word) < 5 or not word.endswith(_TRADE_ENDINGS) or word in FORMER_WORDS:
        return False  # (`Father former X`: an adjective of a post held before, no trade)
    return word.isalpha() and word.islower()


def post_opening(text: str, first: int) -> str | None:
    """The post a sentence opens with before a name in apposition starting at `first`: `The
    chair of the judges, the broadcaster X,` -> `chair of the judges`; None without one."""
    if text.find(", ", max(0, first - _TRADE_BACK), first) == -1:
        return None  # (most names: no comma right before them)
    # (the sentence's `The`, found once: no search from every place of the window)
    at = text.rfind("The ", max(0, first - _POST_BACK), first)
    if at == -1 or (at > 1 and text[at - 2] not in ".!?"):
        return None
    found = _POST_OPENING.match(text, at, first)
    return found.group(1) if found is not None else None


def _numbered(gap: str, token: Token) -> bool:
    """A number after a capitalised word inside a role: `Ward 3 councillor`, `Local 32 president`
    (the number is no word of its own, so it is the gap between two)."""
    return gap.strip().isdigit() and capital(token)


_JOINERS: Final = ("of", "and")  # the small words _joins_title may find inside a title


def _settled_without_role(taken: list[Token]) -> bool:
    """The words read so far already rule a role out, whatever the words before them.

    The checks after role_before's loop read only the word nearest the name and the three
    nearest: `told reporters Ann Lee` (a lowercase word that is no title) and `in New York City
    Ann Lee` (three words, no title and no `and`) need not be read back further.
    """
    if len(taken) == 1:
        return not (capital(taken[0]) or titled(taken[0].text))
    if len(taken) == 3:
        # (`of the Opposition`: `the` is read only inside a title, see _the_in_title)
        return not any(titled(t.text) or t.text in ("and", "the") for t in taken)
    return False


@lru_cache(maxsize=8192)  # (asked of the word before most names: `said`, `the`, `and`)
def _stop_word(text: str) -> bool:
    """A word that stops a role and could not start one: the loop's first step would break."""
    key = word_key(text)
    stop = key in ROLE_BOUNDARY or key in REPORTING_VERBS or key == "of"
    return (stop or (key in STOP_CAPS and text[:1].isupper())) and not acronym(text)


def _no_role_written(text: str, first: int) -> bool:
    """The loop below would stop at its first word, told from the text before the name (no
    Token made): a mark right before the name or its space (`(Lee`, `Smith, Lee`), which the gap
    after that word would hold, or a word before its space that settles it (`said Lee`)."""
    char = text[first - 1 : first]
    if char != " ":
        return _gap_mark(char)
    if first >= 2 and _gap_mark(text[first - 2]):
        return True
    return _settles_no_role(written_before(text, first))


_WORD_PART: Final = re.compile(r"[\w'’.&-]")  # a character TOKEN takes into a word


_GAP_MARKS: Final[dict[str, bool]] = {}  # (a dict, not lru_cache: see CACHE_SIZE)


def _gap_mark(char: str) -> bool:
    """A character no word takes and a role's gap may not hold: not a space, not `.` (`,`)."""
    mark = _GAP_MARKS.get(char)
    if mark is None:
        if len(_GAP_MARKS) >= CACHE_SIZE:
            _GAP_MARKS.clear()
        mark = _GAP_MARKS[char] = (
            bool(char) and not char.isspace() and _WORD_PART.fullmatch(char) is None
        )
    return mark


_SETTLED: Final[dict[str, bool]] = {}  # (a dict, not lru_cache: see CACHE_SIZE)


def _settles_no_role(stretch: str) -> bool:
    """_settled_no_role, cached: `said` -> True."""
    settled = _SETTLED.get(stretch)
    if settled is None:
        if len(_SETTLED) >= CACHE_SIZE:
            _SETTLED.clear()
        settled = _SETTLED[stretch] = _settled_no_role(stretch)
    return settled


def _settled_no_role(stretch: str) -> bool:
    """A stretch between two spaces that is one whole word (the Token `Words.before` would make
    of it) at which role_before's loop settles no role, whatever stands before it: a stop word
    (`said`, `the`), a word ending its sentence (`home.`), a lowercase word that is no title
    (`told`, `investigate`)."""
    if TOKEN.fullmatch(stretch) is None:
        return False
    token = word_token(stretch)
    if _stop_word(token.text) or token.final_stop:
        return True
    if _stops_role(word_key(token.text), token) and not acronym(token.text):
        return True  # (`of`, `and` join a title only after a word of it: none is taken yet)
    return not (capital(token) or titled(token.text))


def _stops_role(key: str, token: Token) -> bool:
    """A word no role before a name reaches past: `said`, `the`, `of`, a capitalised `On`."""
    return (
        key in ROLE_BOUNDARY
        or key in REPORTING_VERBS
        or key == "of"
        or (key in STOP_CAPS and capital(token))
    )


# How far a role or an appositive may reach from its name, in characters. Roles are a few words;
# the bound keeps the work per name constant and gives up longer ones.
WINDOW: Final = 400
MAX_APPOSITIVE_COMMAS: Final = 8
_COMMA_NEXT: Final = re.compile(r"\s*,")
_CLAUSE_END: Final = re.compile(r"\s*(?:[.;]|$)")
# Capitalised words right before a possessive surname: "Ona " in "Ona Brill's lawyer".
_GIVEN_BEFORE: Final = re.compile(r"(?:[A-Z][\w.-]* )+$")
_NEXT_WORD: Final = re.compile(r"\s*(\S+)")
# What may follow a name right after it for _COMMA_NEXT or _CLAUSE_END to match (or a space).
_AFTER_ROLE_NAME: Final = frozenset({",", ".", ";", ""})
# `of Hart Dunne LLP` between a name and its comma: the body the person works for, all capitals.
_AFFILIATION_OPENERS: Final = (" of ", " at ")
_AFFILIATED: Final = re.compile(
    r" (?:of|at) (?:the )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|&)){0,5}(?=,)"
)


def comma_or_clause_end(text: str, at: int) -> bool:
    """Whether _COMMA_NEXT or _CLAUSE_END matches at `at`: `, said` and `.` -> True, ` said`
    -> False. The one or two characters there settle most names without either call."""
    after = text[at : at + 1]
    if after in _AFTER_ROLE_NAME:
        return True  # (`,` `.` `;` or the end: one of the two matches there)
    if not after.isspace():
        return False  # (most names: a word right after them, neither pattern can match)
    if after == " ":
        second = text[at + 1 : at + 2]
        if second not in _AFTER_ROLE_NAME and not second.isspace():
            return False  # (`Tessa Grier said`: one space, then a word)
    return _COMMA_NEXT.match(text, at) is not None or _CLAUSE_END.match(text, at) is not None


def role_comma(text: str, name_start: int, name_end: int) -> tuple[int, str] | None:
    """A role before a comma and the name: `Harlow's campaign manager, Tessa Grier, said`.

    A relative may end its clause: `thanked her mother, Ana Brill.` (a job needs the comma).
    The name may have its firm after it: `His lawyer, Ann Lee of Hart Dunne LLP, said`.
    """
    if text.startswith(_AFFILIATION_OPENERS, name_end):
        affiliated = _AFFILIATED.match(text, name_end)
        name_end = affiliated.end() if affiliated else name_end
    if not comma_or_clause_end(text, name_end):
        return None
    offset = max(0, name_start - WINDOW)
    head = text[offset:name_start].rstrip()
    if not head.endswith(","):
        return None
    head = head[:-1]
    cut = last_mark(head, ",;:\x00(")
    listed = listed_field_start(head, cut)
    chunk_start = cut + 1 if listed is None else listed
    starts = list(_DETERMINER.finditer(head, chunk_start))
    if not starts:
        return None
    last = _role_determiner(head, starts)
    role = head[last.end() :].strip()
    if last.group().strip()[-2:] in ("'s", "’s"):
        role = head[last.start() :].strip()  # "Molloy's spokesman" keeps its owner
    # `The winger's former coach at the academy, X,`: where the role is held is no part of it
    # (`the coach` later); `of` stays (`director of services for planning`)
    role = role.split(" at ", 1)[0]
    words = role.split()
    if not words:
        return None
    if listed is not None:
        longest = _ROLE_WORDS + len(head[listed:].split())  # (the field's list, however long)
    elif len(words) > _ROLE_WORDS:
        # (a title's field may run longer: read only for a role past the usual length)
        longest = _ROLE_WORDS + (_FIELD_WORDS if _title_field(head, starts[-1]) else 0)
    else:
        longest = _ROLE_WORDS
    if len(words) > longest:
        return None
    head_text, head = head, head_noun(role)  # "governor of Kestrel State" -> "governor"
    relative = word_key(head) in GENDERED_PERSON_NOUNS
    if not relative and not _COMMA_NEXT.match(text, name_end):
        return None
    if not (relative or titled(head) or head.endswith(AGENT_ENDINGS)):
        if not _owned_noun(last.group(), words) or not head.isalpha():
            return None
        if not _opens_chunk(head_text, chunk_start, last.start()):
            return None  # (`The head of the fishermen's cooperative, X,`, `in the city's west`)
        # `The station's coxswain, X,`: an owner's noun set off by commas around a name is the
        # person's role, whatever its ending (a noun no list holds, `the coxswain` later)
    start = offset + last.start()
    if last.group()[0].isupper() and last.group().rstrip()[-2:] in ("'s", "’s"):
        start = _owner_start(text, start)
    return start, role


# A capitalised title and its field listed with commas before a name: `The Minister for Energy,
# Water and Mines, X,`. An item is capitalised words (`and` or `&` between them); the list's
# start is looked for this many characters before its last comma.
_FIELD_ITEM: Final = r"[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*)*"
_LAST_ITEM: Final = re.compile(r" ?(?:and )?" + _FIELD_ITEM)
_LISTED_TITLE: Final = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er) (?:[A-Z][a-z]+ ){0,2}([A-Z][a-z]+) (?:for|of) (?:the )?"
    + _FIELD_ITEM
    + r"(?:, (?:and )?"
    + _FIELD_ITEM
    + r")*$"
)
_LIST_REACH: Final = 160


def listed_field_start(head: str, cut: int) -> int | None:
    """`The Minister for Energy, Water and Mines` (the text before a name's comma, its last
    comma at `cut`) -> 0, where the title opens; None when the chunk after `cut` is no list's
    last item or no capitalised title (a word of TITLE_WORDS) with `for`/`of` opens the list."""
    if cut < 0 or head[cut] != "," or not _LAST_ITEM.fullmatch(head, cut + 1):
        return None
    reach = max(0, cut - _LIST_REACH)
    if head.find(" of ", reach, cut) < 0 and head.find(" for ", reach, cut) < 0:
        # (the title's ` of `/` for ` stands before the last comma: a chain of fields, each
        # its own name's head, is not searched again field by field)
        return None
    found = _LISTED_TITLE.search(head, reach)
    if found is None or found.group(1).lower() not in TITLE_WORDS:
        return None
    return found.start()


# `former coach at Rosendal's academy`: a determiner after `at` opens where the role is held, not
# the role.
_HELD_AT: Final = re.compile(r"\bat\s+$")
# `The Assembly Member for the Kade Area`, `The Minister of the Interior`: a determiner after a
# capitalised title's `for`/`of` opens the title's field, not the role.
_FIELD_REACH: Final = 24  # the characters before the determiner read for the title and `for`
_FIELD_OF_TITLE: Final = re.compile(r"\b([A-Z][a-z]+) (?:for|of)\s+$")
_ROLE_WORDS: Final = 6  # a role set off before a name is this long at most
_FIELD_WORDS: Final = 4  # and a title's field (`for the Kade Electoral Area`) this much longer


def _title_field(head: str, determiner: re.Match) -> bool:
    """`The Assembly Member for the Kade Area` -> True at its second `the`: the determiner
    stands after a capitalised title and `for`/`of` (`at the` of a place held at is no field)."""
    at = determiner.start()
    field = _FIELD_OF_TITLE.search(head, max(0, at - _FIELD_REACH), at)
    return field is not None and word_key(field.group(1)) in TITLE_WORDS


def _owned_noun(determiner: str, words: list[str]) -> bool:
    """`Molloy's coxswain`, `the station's coxswain`: a named owner opens the role (not `her`:
    `with her former flatmate, X,` is said of the one she is with)."""
    if determiner.rstrip()[-2:] in ("'s", "’s"):
        return True
    return len(words) > 1 and words[0][-2:] in ("'s", "’s")


def _opens_chunk(text: str, chunk_start: int, start: int) -> bool:
    """Nothing but a sentence's end comes before `start` in its chunk (from the last comma)."""
    before = text[chunk_start:start].rstrip()
    return not before or before[-1] in ".!?"


def _role_determiner(head: str, starts: list[re.Match]) -> re.Match:
    """The determiner opening the role: the last one, unless an earlier one opens a role held at
    a place named with its own owner (`The winger's former coach at Rosendal's academy, X,`)."""
    last = starts[-1]
    if len(starts) > 1 and _HELD_AT.search(head, max(0, last.start() - 6), last.start()):
        return starts[-2]
    if len(starts) > 1 and _title_field(head, last):
        return starts[-2]  # `The Assembly Member for the Kade Area, X,`: the title's field
    return last


def _owner_start(text: str, start: int) -> int:
    """`Ona Brill's lawyer`: the owner's given names open the role too, not only `Brill's`."""
    given = _GIVEN_BEFORE.search(text, max(0, start - 60), start)
    return given.start() if given else start


_MARK: Final = re.compile(r"[,;]|\.(?:\s|$)")


def _end_of_appositive(text: str, start: int) -> int:
    """Where an appositive ends: the comma before a reporting verb, else the first comma.

    Only the first MAX_APPOSITIVE_COMMAS marks in the WINDOW characters after its start are
    searched for that reporting verb.
    """
    first = None
    marks = _MARK.finditer(text, start, min(len(text), start + WINDOW))
    for count, match in enumerate(marks):
        if count == MAX_APPOSITIVE_COMMAS:
            break
        pos = match.start()
        first = pos if first is None else first
        if text[pos] != ",":
            break  # the sentence (or clause) ends before any reporting verb
        after = _NEXT_WORD.match(text, pos + 1)
        word = after.group(1).lower().strip(".,") if after else ""
        if word in REPORTING_VERBS:
            return pos
        if word in ("and", "or", "but"):
            return first  # `Ann Lee, an inspector, and Bo Kim, ...`: a second subject follows
    if first is None:
        mark = _MARK.search(text, start)
        first = mark.start() if mark else len(text)
    return first


_FIRST_WORD: Final = re.compile(r"\S+")
_OWNERS_S: Final = re.compile(r"['’]s$")  # `Molloy's`: a word owning what follows
# What ends a role and opens a story about its holder: `, where`, `, who`.
_STORY: Final = re.compile(r",\s+(?:where|who|which|whose|when)\s")
_CUT: Final = re.compile(r"[,;]|\.$")  # a mark that could end the appositive inside its first word
# What ends a word that `_CUT`'s and `_OWNERS_S`'s `$` finds (at the end, or before a last line
# break): the tests in their place read the ending, no search.
_STOP_ENDS: Final = (".", ".\n")
_OWNER_ENDS: Final = ("'s", "’s", "'s\n", "’s\n")
# How far the first word of an appositive is read by a slice (a longer one by _FIRST_WORD).
_FIRST_REACH: Final = 48


def _owner_word(word: str) -> bool:
    """`Molloy's` -> True, `Molloys` -> False: what `_OWNERS_S` finds, by the word's ending."""
    return word.endswith(_OWNER_ENDS)


def _cut_word(word: str) -> bool:
    """`expert,` `Jr.` -> True, `expert` -> False: what `_CUT` finds, by two finds and the
    ending."""
    return "," in word or ";" in word or word.endswith(_STOP_ENDS)


def _first_word(text: str, start: int) -> str:
    """The characters from `start` (no space) up to the next space, as _FIRST_WORD matches them:
    `expert at CNA` -> `expert` (a slice split, the pattern only for a word that may be longer)."""
    word = text[start : start + _FIRST_REACH].split(None, 1)[0]
    if len(word) < _FIRST_REACH:
        return word
    return _FIRST_WORD.match(text, start).group()


def _may_open_role(word: str) -> bool:
    """Whether an appositive whose first word is `word` may be a role (as role_after decides).

    A word that a mark could cut short is not judged here: the appositive's end decides it.
    """
    if _cut_word(word) or _owner_word(word):
        return True
    key = word_key(word)
    return key in TITLE_WORDS or key in _ROLE_OPENERS


# `the co-operative that raised €410,000`: what is held ends before a clause describing it.
_HELD_CLAUSE: Final = re.compile(r" (?:that|which|who|whose|where) ")


def held_role(verb: str, held: str) -> str:
    """`chairs` and `the lodge` -> `chair of the lodge`: the holder's noun (HELD_BY_VERB) and
    what is held, the role a `who chairs` clause gives; a clause describing what is held is no
    part of the role (`chairs the co-operative that raised ...` -> `chair of the
    co-operative`)."""
    return f"{HELD_BY_VERB[verb]} of {_HELD_CLAUSE.split(held, 1)[0]}"


# What held_role writes: the holder's noun and `of` (`head of the port's operations`).
_HELD_OPENINGS: Final = tuple(f"{noun} of " for noun in dict.fromkeys(HELD_BY_VERB.values()))


def post_held(role: str) -> bool:
    """`head of the port's day-to-day operations` (of `X, who runs the port's ...`) -> True: a
    post of a body, which adds to a role written before the name (see quote_people._described);
    `a builder in Hamilton` -> False."""
    return role.startswith(_HELD_OPENINGS)


def premises_keepers(role: str) -> tuple[str, ...]:
    """`head of the Red Lion Inn in Ashby` -> (`landlord`, `landlady`, `publican`): the nouns for
    one who holds premises of a kind (PREMISES_KEEPERS), by the last word of what a held post
    (see post_held) holds; `head of the port's operations` -> ()."""
    if not post_held(role):
        return ()
    held = _PREMISES_END.split(role.split(" of ", 1)[1], 1)[0].split()
    return PREMISES_KEEPERS.get(held[-1].lower(), ()) if held else ()


def role_after(text: str, end: int) -> str | None:
    """An appositive after a name: `Jeffrey Edmonds, a Russia expert at CNA, told ...`."""
    # (the pattern opens with its comma: a name without one after it is spared the call; a
    # slice, as a bounded startswith is a generic call compiled)
    match = _APPOSITIVE.match(text, end) if text[end : end + 1] == "," else None
    if not match:
        return None
    start = match.start("role")
    lead = match.group("lead") or match.group("verb")
    if not lead and not _may_open_role(_first_word(text, start)):
        return None  # `Aa Bb, Cc Dd`: whatever follows, no role opens with that word
    role = text[start : _end_of_appositive(text, start)].strip()
    role = _STORY.split(role)[0]  # the role, not a story
    if not role or "\x00" in role or len(role.split()) > 25:
        return None
    verb = match.group("verb")
    if verb is not None:
        return held_role(verb, role)
    if match.group("took") is not None:
        return _TAKEN_UNTIL.split(role, 1)[0]
    first = role.split()[0]
    if match.group("lead") or _owner_word(first):
        return role
    if word_key(first) in TITLE_WORDS or word_key(first) in _ROLE_OPENERS:
        return role
    return None
