"""Glue points: where a photo credit starts, glued onto the caption with no separator."""

from __future__ import annotations

import re
from typing import Final

from api.parser.calendar_words import CALENDAR_NAMES
from api.parser.credit_words import (
    COMMISSIONED,
    FIGURE_ADDRESS,
    MAX_CREDIT_CHARS,
    WHOLE_WORD_CREDITS,
    is_company_form,
    is_credit_like,
    is_particle_credit,
    is_strong_credit,
    starts_with_agency,
)
from api.parser.sentences import INITIALS_HYPHEN, is_abbreviation

# Characters that end a caption sentence; a capital right after one may start the credit:
# 'on September 29.Vladimir Smirnov', 'Who is he?Getty Images', '(left)John Smith'.
SENTENCE_END = ".?!)\"”'’"
APOSTROPHES = "'’"
# The slashes that join a credit's holders: 'Jane Doe/U.S. Navy', 'Jane Doe\\TASS'.
HOLDER_SLASHES = "/\\"
# Capitalised beginnings of surnames whose next capital is part of the same name: 'McBride'.
NAME_PREFIXES = frozenset({"Da", "De", "Di", "Du", "Fitz", "La", "Le", "Mac", "Mc", "Van", "Von"})
# Well-known words with an inner capital; the inner capital is never a glue point: 'YouTube'.
CAMEL_WORDS = (
    "AirPods", "BlackBerry", "BlackRock", "BuzzFeed", "ChatGPT", "CinemaCon", "ComicCon",
    "DoorDash", "DreamWorks", "FaceTime", "FedEx", "FilmMagic", "GitHub", "GoFundMe", "GoPro",
    "HarperCollins", "HuffPost", "JavaScript", "JetBlue", "LightRocket", "LinkedIn",
    "MasterCard", "MediaNews", "MoveOn", "NurPhoto", "OpenAI", "PayPal", "PlayStation",
    "PowerPoint", "SeaWorld", "SmackDown", "SoftBank", "SoundCloud", "SpaceX", "StubHub",
    "TikTok", "TripAdvisor", "WeWork", "WhatsApp", "WireImage", "WordPress", "YouTube",
    "macOS", "watchOS",
)  # fmt: skip
# Nouns that end the names of places and institutions, never a photographer's or agency's name.
PLACE_NOUNS = frozenset(
    {
        "Academy", "Airport", "Arena", "Avenue", "Bridge", "Building", "Campus", "Cathedral",
        "Center", "Centre", "Church", "Clinic", "College", "Court", "Courthouse", "Hall",
        "Harbor", "Harbour", "Hospital", "Hotel", "Institute", "Library", "Mall", "Market",
        "Museum", "Park", "Plaza", "Port", "Road", "School", "Square", "Stadium", "Station",
        "Street", "Terminal", "Theater", "Theatre", "Tower", "University", "Zoo",
    }
)  # fmt: skip


def letters_before(line: str, i: int) -> str:
    """The run of letters that ends just before position i: 'Brothers' in 'BrothersClay'."""
    start = i
    while start > 0 and line[start - 1].isalpha():
        start -= 1
    return line[start:i]


# Abbreviations that close a name, so that a capital after their period starts something new.
NAME_ENDINGS = frozenset({"Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "Sr"})
# Abbreviations of states and provinces, which close a place name after a comma, so that a
# caption may end with one and a credit follow: 'in Waukesha, Wis.Kessler's Bakery'. Titles
# ('Dr.', 'Gov.') and months ('Oct.') open what follows instead, and are not here.
PLACE_ENDINGS = frozenset(
    {
        "Ala", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
        "Vt", "Wash", "Wis",
    }
)  # fmt: skip
# A dotted code of a state, province or district: 'S.D', 'N.Y', 'D.C', 'W.Va' (final period
# off), which closes a place name after a comma as PLACE_ENDINGS do: 'Custer State Park, S.D.'.
DOTTED_PLACE = re.compile(r"^[A-Z]\.[A-Z][a-z]?$")
# The names of months and weekdays, whole words that close a caption's date: the capital glued
# right after one starts something new, never the inner capital of a brand ('in AprilAcmepix').
DATE_WORDS: Final = frozenset(name.capitalize() for name in CALENDAR_NAMES)
# The words that put a month or a weekday in a caption's date phrase before it: 'last week of
# April', 'on Tuesday', 'since March' (not 'the SundayTimes', a title's name).
DATE_LEADS: Final = frozenset(
    {"by", "during", "early", "from", "in", "last", "late", "mid", "next", "of", "on", "since",
     "this", "through", "to", "until"}
)  # fmt: skip
# Words that name a press or a photo body, which a holder's name of several words holds: 'Senate
# Press Pool', 'White House Pool', 'Harbour Media', 'Tern Pictures'.
PRESS_BODY_WORDS: Final = frozenset(
    {"Agency", "Media", "News", "Photography", "Photos", "Pictures", "Pool", "Press", "Wire"}
)
# How long a lone acronym glued after a dotted code and ending the line may be, an agency's or a
# body's initials read as its credit: 'the U.S.MENA', 'the U.K.KCNA' (not 'the U.K.NHS trust').
GLUED_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
# Name suffixes in capitals that a glued credit may follow: 'Sam Lee IIIJane Doe'.
SUFFIXES = frozenset({"II", "III", "IV"})
# How long a word of capitals closing a caption as an acronym may be: 'WHO', 'MTA', 'NASA'.
ACRONYM_MIN: Final = 2
ACRONYM_MAX: Final = 5


# A unit symbol glued to a figure, ending in a capital or a mark, with a capital glued on after
# it: the credit starts at that capital, not at the unit's own: '-14CJane Doe', '40MWJane Doe',
# '25°CJane Doe', '73%Jane Doe' (units ending in a small letter, '3.5km', give the next capital
# its glue point already). The longest symbols first, so that 'MW' is read whole.
UNIT_GLUED = re.compile(r"(?<=\d)(?:°C|°F|kV|kW|MW|GW|TW|kB|KB|MB|GB|TB|PB|%|°|C|F|K|V|W)(?=[A-Z])")


# A web address holding a credit, glued on: 'Kun.uz/Jane Doe', 'Dnevnik.si/Handout'.
ADDRESS_CREDIT: Final = re.compile(r"[A-Z][a-z]+\.[a-z]{2,4}/")


# The strong-credit verdicts (is_strong_credit) of one caption line's tails by their position,
# filled as glue_split's rules ask: they ask about the same tail several times (the dotted code's
# initials, the abbreviation's, the glue kind again for the weak glue and the chain's start: six
# reads of 'D.R. Jane Doe/AP' in 'the U.S.D.R. Jane Doe/AP'), so each is read once per line. One
# dict per glue_split call, passed down: no state outlives the line or is shared between threads.
StrongTails = dict[int, bool]


def strong_tail(line: str, i: int, strong: StrongTails | None = None) -> bool:
    """is_strong_credit of the line's tail from position i, read once per line when `strong`
    (the line's verdicts so far) is given: True for the 'D' of 'in the U.S.D.R. Jane Doe/AP'
    however many rules ask (not for the 'S' of 'the U.S.S.R. Navy')."""
    if strong is None:
        return is_strong_credit(line[i:])
    verdict = strong.get(i)
    if verdict is None:
        verdict = is_strong_credit(line[i:])
        strong[i] = verdict
    return verdict


# A run of initials before a capitalised word: 'J. Scott Smith', 'R.J. Matson', 'U.S. Army',
# and a hyphenated pair, French-style: 'J.-M. Doe', 'J.-P. Roe'.
INITIALS = re.compile(r"[A-Z]\.(?:" + INITIALS_HYPHEN + r"[A-Z]\.)* [A-Z]")
# A photographer credited by initials alone, two or more, a holders' slash closing them: 'R.W./
# LNC', 'J.-P.D./Acme' (a lone 'A./' is no holder's name).
SLASHED_INITIALS: Final = re.compile(r"[A-Z]\.(?:" + INITIALS_HYPHEN + r"[A-Z]\.)+[/\\][A-Z]")


def starts_word_or_initial(line: str, i: int, strong: StrongTails | None = None) -> bool:
    """A capital that starts a word of 2+ letters, or initials: 'Reuters', 'J. Scott Smith',
    'R.J. Matson'."""
    if i + 1 >= len(line) or not line[i].isupper():
        return False
    if line[i + 1].isalpha() or opens_apostrophe_name(line, i) or opens_apostrophe_word(line, i):
        return True
    if line[i + 1 : i + 3] == ". ":
        # 'J. Scott Smith'; but not the 'S' of 'the U.S. T. Okafor', which closes the run of 'U.'
        return line[i + 3 : i + 4].isupper() and not second_initial(line, i)
    # 'Miss.R.J. Matson' opens a run, 'the U.S.J. Doe' does not: 'S' goes on the run of 'U.'
    if INITIALS.match(line, i) is None:
        return opens_slashed_initials(line, i)
    return not continues_initials(line, i) or initials_after_dotted_code(line, i, strong)


def opens_slashed_initials(line: str, i: int) -> bool:
    """True for the first of a holder's initials glued on after the caption's stop, a slash
    and a holder after them: the 'R' of 'on Dec. 18.R.W./LNC' (not the 'W', inside the run, nor
    the 'U' of 'the U.S./Canada border', after a space)."""
    return line[i - 1] in SENTENCE_END and SLASHED_INITIALS.match(line, i) is not None


# A dotted code of two letters, a word of its own, that a caption may end on: 'U.S.', 'D.C.'.
DOTTED_CODE: Final = re.compile(r"[A-Z]\.[A-Z]\.")
DOTTED_CODE_CHARS: Final = 4
# Dotted codes of three letters, which the two letters before them do not close: 'the U.S.A.'
# ('in the U.S.A.J. Doe/AP' splits before 'J', a company form's 'S.R.L.' the same).
THREE_LETTER_CODES: Final = frozenset({"U.S.A", "U.A.E"})


def initials_after_dotted_code(line: str, i: int, strong: StrongTails | None = None) -> bool:
    """True for a holder's initials glued onto a caption's closing dotted code of two letters,
    the credit's shape after them settling it: the 'D' of 'in the U.S.D.R. Jane Doe/AP' (not
    the 'S' of 'the U.S.S.R. Navy', no credit's shape after it, nor the 'L' of 'Acme
    S.R.L.C. Doe/AP' or the 'A' of 'the U.S.A.J. Doe/AP', a code of three letters)."""
    start = i - DOTTED_CODE_CHARS
    if start < 0 or DOTTED_CODE.match(line, start) is None:
        return False
    if start > 0 and not opens_holder(line[start - 1]):
        return False  # 'the S.U.S.D.R.': the pair is no word of its own
    longer = line[start : i + 1]
    if longer in THREE_LETTER_CODES or is_company_form(longer):
        return False
    return strong_tail(line, i, strong)


def opens_apostrophe_name(line: str, i: int) -> bool:
    """True for a capital, an apostrophe, then a capitalised word: "D'Andre", 'O’Brien' (not
    "I'm", whose apostrophe a small letter follows)."""
    after = line[i + 2 : i + 4]
    return (
        line[i + 1] in APOSTROPHES and len(after) == 2 and after[0].isupper() and after[1].islower()
    )


# How many small letters after a capital and an apostrophe make a word, not a contraction:
# Uzbek "O'zbekiston", "G'ulom", Hawaiian "O'ahu" (not "I'll", "I'm", "I'd").
APOSTROPHE_WORD_LETTERS: Final = 3


def opens_apostrophe_word(line: str, i: int) -> bool:
    """True for a capital, an apostrophe, then a word in small letters, one word spelt so:
    "O'zbekiston", 'G’ulom' (not "I'll", "I'm", a contraction's two letters or one)."""
    after = line[i + 2 : i + 2 + APOSTROPHE_WORD_LETTERS]
    full = len(after) == APOSTROPHE_WORD_LETTERS and after.isalpha()
    return line[i + 1] in APOSTROPHES and full and after.islower()


def second_initial(line: str, i: int) -> bool:
    """True for the second letter of a dotted pair after a space or a chain's slash: the 'S'
    of ' U.S.', of 'Jane Doe/U.S. Navy' (not the 'J' of 'U.S.J.', after a pair)."""
    return continues_initials(line, i) and (i == 2 or opens_holder(line[i - 3]))


def opens_holder(mark: str) -> bool:
    """True for what a holder's name follows, a space or a slash joining holders: ' ', '/'."""
    return mark.isspace() or mark in HOLDER_SLASHES


def continues_initials(line: str, i: int) -> bool:
    """True when position i follows a lone initial and its period: the 'S' of ' U.S.'."""
    if i < 2 or line[i - 1] != "." or not line[i - 2].isupper():
        return False
    return i == 2 or not line[i - 3].isalpha()


def glue_kind(line: str, i: int, strong: StrongTails | None = None) -> str | None:
    """'punct' or 'case' when a capital starting a 2+ letter word is glued on: 'York.Reuters'."""
    if i == 0:
        return None
    prev = line[i - 1]
    if line[i].isdigit():
        return opens_figure_address(line, i)
    if line[i].islower():
        # 'on Monday.picture alliance/dpa/Jane Doe': an agency in lower case; 'near Lisse.de
        # Jong / ANP': a surname's particle, a credit settled on its own (a slash, an agency)
        # after it; any other small letter opens no credit
        lower = prev in SENTENCE_END and starts_with_agency(line[i:])
        return "punct" if lower or (prev in SENTENCE_END and is_particle_credit(line[i:])) else None
    if not starts_word_or_initial(line, i, strong):
        return None
    if prev in SENTENCE_END:
        return "punct"
    if prev.islower() or prev.isdigit():
        return "case"
    if not prev.isalpha() or not opens_name(line, i):
        return None  # (most glues: no suffix nor acronym, a letter before, is looked for)
    if letters_before(line, i) in SUFFIXES:
        return "case"  # 'Quarterback Sam Lee IIIJane Doe, Associated Press'
    if address_after_company_form(line, i):
        return "case"  # 'restored by Tolmar MChJYangi.uz/Jane Doe': the form closes the caption
    closed = ends_on_acronym(line, i) or ends_on_company_form(line, i)
    if closed and line[i + 1] == ".":
        return None  # 'Source: ONS. Jane Doe / AP': the capital and its period end the acronym
    if closed and (strong_tail(line, i, strong) or is_whole_or_lent(line[i:])):
        # 'run by the MTAJane Doe / AP', 'in the CBDSupplied', 'by Acme GmbHCourtesy of Beta':
        # the acronym or the company form closes the caption
        return "case"
    return None


# A lender's credit, its label then its holder: 'Courtesy of Acme Pictures', 'Courtesy Acme'.
LENT_CREDIT: Final = re.compile(r"Courtesy (?:of )?(?:the )?[A-Z]")


def is_whole_or_lent(tail: str) -> bool:
    """True for a credit that stands on its own after an acronym closing the caption, one word
    or a lender's: 'Supplied', 'Courtesy of Acme Pictures' (after 'Acme Pictures DAC'; not
    'Courtesy cars', nor 'Courtesy of the', no holder)."""
    if tail in WHOLE_WORD_CREDITS:
        return True
    return LENT_CREDIT.match(tail) is not None and is_credit_like(tail)


def opens_figure_address(line: str, i: int) -> str | None:
    """The glue kind of an outlet's address opening on a figure at i, glued to the caption's
    last word or after its stop: 'this summer24.kg/Jane Doe', 'in Lyon.7sur7.be/Handout' (not
    the second '7' of '7sur7', inside the address, nor '£24.99/month')."""
    if FIGURE_ADDRESS.match(line, i) is None:
        return None
    prev = line[i - 1]
    if prev in SENTENCE_END:
        return "punct"
    start = i - len(letters_before(line, i))
    inside = start > 0 and line[start - 1].isdigit()  # the 'sur' of '7sur7' follows a figure
    return "case" if prev.isalpha() and not inside else None


def address_after_company_form(line: str, i: int) -> bool:
    """True when a web address credit is glued after a company form ending in a capital, a word
    of mixed case: 'Tolmar MChJYangi.uz/Jane Doe', 'Acme GmbHNovo.de/X' (not 'USAToday.com/X',
    a word of capitals, nor 'GmbHNews', no address)."""
    run = letters_before(line, i)
    return run[-1:].isupper() and not run.isupper() and ADDRESS_CREDIT.match(line, i) is not None


def ends_on_acronym(line: str, i: int) -> bool:
    """True when a word of capitals, an acronym, ends just before position i, as a name's
    roman suffix does: 'WHO' in 'of the WHOJane Doe/AP' (not 'McDONALD', nor 'O'NEILL')."""
    run = letters_before(line, i)
    start = i - len(run)
    if not ACRONYM_MIN <= len(run) <= ACRONYM_MAX or not run.isupper():
        return False
    return start == 0 or line[start - 1] in ' ("“'


def ends_on_company_form(line: str, i: int) -> bool:
    """True when a company form of mixed case, ending in a capital, closes a name just before
    position i: 'GmbH' in 'by Acme GmbHJane Doe/dpa', 'SpA' in 'Acme SpACourtesy of X' (not
    'McDonald', no form)."""
    run = letters_before(line, i)
    start = i - len(run)
    return is_company_form(run) and (start == 0 or line[start - 1] == " ")


def opens_name(line: str, i: int) -> bool:
    """True when the capital at i opens a name, a word going on in lower case or initials
    before a capitalised word: 'Jane Doe', 'R. Dale Doe', 'R.J. Matson' (not 'RD', which a
    suffix such as 'III' may run into: 'WWIIIRD')."""
    return line[i + 1].islower() or INITIALS.match(line, i) is not None


def inner_characters(words: tuple[str, ...]) -> dict[str, list[tuple[str, int]]]:
    """Words by each character after their first, with its offset: ('GoPro',) -> {'o': [('GoPro',
    1), ('GoPro', 4)], 'P': [('GoPro', 2)], 'r': [('GoPro', 3)]}."""
    inner: dict[str, list[tuple[str, int]]] = {}
    for word in words:
        for offset in range(1, len(word)):
            inner.setdefault(word[offset], []).append((word, offset))
    return inner


# The camel-case words by each character after their first, with its offset: 'S' -> [...,
# ('PlayStation', 4), ...], so that a glue point looks up only the words its character is inside.
CAMEL_INNER: Final = inner_characters(CAMEL_WORDS)
NO_CAMEL: Final[list[tuple[str, int]]] = []


def inside_camel_word(line: str, i: int) -> bool:
    """True when position i is an inner capital of a known camel-case word: 'PlayStation'."""
    # (one lookup of the character, then the few words holding it after their first letter)
    for word, offset in CAMEL_INNER.get(line[i], NO_CAMEL):
        if i >= offset and line.startswith(word, i - offset):
            return True
    return False


def is_name_prefix_glue(line: str, i: int) -> bool:
    """True for the inner capital of a surname or a brand: 'McBride', 'LeBron', 'iPhone'."""
    run = letters_before(line, i)
    if len(run) == 1 and run.islower():
        return not ends_a_figure(line, i)
    capitals = [k for k, ch in enumerate(run) if ch.isupper()]
    return bool(capitals) and run[capitals[-1] :] in NAME_PREFIXES


def ends_a_figure(line: str, i: int) -> bool:
    """True when one small letter right before position i closes a figure or a possessive, a
    decade's, a unit's or an owner's ending, so the capital after it is glued on: the 's' of
    '1960sArchive/Jane Doe', the 'm' of '100mFile/AP', of "McDonald'sJane Doe/AP" (not the
    'i' of 'an iPhone')."""
    return i >= 2 and (line[i - 2].isdigit() or line[i - 2] in APOSTROPHES)


def is_place_ending(token: str) -> bool:
    """True for a state's abbreviation, its final period off: 'Ariz', 'S.D', 'D.C'."""
    return token in PLACE_ENDINGS or DOTTED_PLACE.match(token) is not None


def is_abbreviation_glue(line: str, i: int, strong: StrongTails | None = None) -> bool:
    """True for a capital after the period of an abbreviation or initials: 'U.S.Army', 'Jan.Six'."""
    if line[i - 1] != ".":
        return False
    words = line[max(0, i - 40) : i - 1].split() or [""]
    token = words[-1]
    if token in NAME_ENDINGS or is_company_form(token):
        # 'a subsidiary of Harbour Holdings Inc.Rob Tate', 'made by Acme S.p.A.Ann Lee': the
        # company form completes the name
        return False
    if is_place_ending(token) and len(words) > 1 and words[-2].endswith(","):
        return False  # 'in Tempe, Ariz.Courtesy City of Tempe': the place is complete
    # 'in the U.S.Jane Doe / AP': a strong credit may follow an abbreviation, which stays
    if not is_abbreviation(token) or strong_tail(line, i, strong):
        return False
    # 'from the U.S.Senate Press Pool', 'toured the U.S.MENA': a dotted code closes the caption
    return not ("." in token and credits_after_dotted_code(line[i:]))


def credits_after_dotted_code(tail: str) -> bool:
    """True when the text glued after a dotted code ('U.S.', 'U.K.') ending a caption is its
    credit, not the code's noun: a lone acronym ending the line or a press body's name ('the
    U.S.MENA', 'the U.S.Senate Press Pool'; not 'the U.S.Army', 'the U.K.NHS trust'). A known
    agency or a joined credit settles it before (is_strong_credit)."""
    return is_glued_acronym(tail) or names_press_body(tail)


def is_glued_acronym(tail: str) -> bool:
    """True for a lone acronym of capitals ending the line, a body's initials: 'MENA', 'KCNA'
    (not 'NHS trust', 'A', 'NASAWATCH')."""
    return GLUED_ACRONYM.fullmatch(tail) is not None


def names_press_body(tail: str) -> bool:
    """True for a holder of two or more capitalised words, a press or photo body's word after
    its first: 'Senate Press Pool', 'Harbour News Service' (not 'Navy Yard', 'Police Department';
    not 'News & World Report', whose press word the dotted code before it names: 'U.S. News')."""
    words = tail.split()
    return is_credit_like(tail) and any(word in PRESS_BODY_WORDS for word in words[1:])


# A company form a holder's name after a slash is written with, after a period and no space, a
# web address's or a house style's: the 'AG' of 'Jane Doe/Nunatta.AG'.
DOTTED_FORM: Final = re.compile(r"[A-Z]{1,3}(?=$|[/\\])")


def is_punct_inside_word(line: str, i: int, strong: StrongTails | None = None) -> bool:
    """True for a capital after a mark inside one word or name: 'U.S.Army', "O'Neill",
    'Jane Doe/Nunatta.AG'."""
    return (
        is_abbreviation_glue(line, i, strong)
        or is_apostrophe_name(line, i)
        or is_dotted_holder(line, i)
    )


def is_dotted_holder(line: str, i: int) -> bool:
    """True for a capital after a period inside one holder's name set off by a slash, the
    company form it ends on: the 'A' of 'Jane Doe/Nunatta.AG' or of '.../Acme.AS/Pool' (not
    the 'R' of 'the Tyne/Wear.Reuters', nor the 'A' of 'Tyne/Wear.AP', a known agency)."""
    if line[i - 1] != ".":
        return False
    run = letters_before(line, i - 1)
    start = i - 1 - len(run)
    if not run[:1].isupper() or start == 0 or line[start - 1] not in HOLDER_SLASHES:
        return False
    return DOTTED_FORM.match(line, i) is not None and not starts_with_agency(line[i:])


def is_apostrophe_name(line: str, i: int) -> bool:
    """True for a capital after a one-letter name part and an apostrophe: "O'Neill", 'D’Angelo'."""
    if i < 2 or line[i - 1] not in APOSTROPHES or not line[i - 2].isalpha():
        return False
    return i == 2 or not line[i - 3].isalpha()


def after_units(line: str, start: int, points: list[int]) -> list[int]:
    """Glue points with those inside a unit glued to a figure moved to its end, where a
    capitalised word or an agency follows: [8] -> [9] for 'At -14CJane Doe/PA' (not for
    '2019CNN', whose capitals after the 'C' open no word)."""
    # (one search of the tail: most caption lines hold no figure glued to a capital)
    for unit in UNIT_GLUED.finditer(line, start):
        end = unit.end()
        if line[end + 1 : end + 2].islower() or starts_with_agency(line[end:]):
            points = [i for i in points if not unit.start() <= i <= end] + [end]
    return sorted(points)


def glue_points(line: str, strong: StrongTails | None = None) -> list[int]:
    """Where a credit may start, after every exclusion rule: [13] for 'Seen in York.AP'.

    Only the last MAX_CREDIT_CHARS + 1 characters are searched: a longer tail is never a credit.
    """
    points = []
    start = max(1, len(line) - MAX_CREDIT_CHARS - 1)
    for i in range(start, len(line)):
        kind = glue_kind(line, i, strong)
        if kind is None or inside_camel_word(line, i):
            continue
        if kind == "case" and is_name_prefix_glue(line, i):
            continue
        if kind == "punct" and is_punct_inside_word(line, i, strong):
            continue
        points.append(i)
    # 'at -14CJane Doe/PA': the unit closes the caption, the credit starts after it
    return after_units(line, start, drop_inner_initials(line, points))


def drop_inner_initials(line: str, points: list[int]) -> list[int]:
    """Glue points without those inside a run of initials that a glue point opens: in
    'Miss.R.J. Matson' or 'Lee IIP.J. Matson' the credit starts at 'R' or 'P', not at 'J'."""
    kept = set(points)
    for i in points:
        # (a glue point two characters back and a period between: an initial opened the run)
        if i - 2 in kept and line[i - 1] == "." and line[i - 2].isupper():
            kept.discard(i)
    return [i for i in points if i in kept]


def is_weak_glue(line: str, i: int, strong: StrongTails | None = None) -> bool:
    """True for a capital glued inside a capitalised word, as in brands: 'HarborView', 'MayThe'."""
    run = letters_before(line, i)
    return glue_kind(line, i, strong) == "case" and bool(run) and run[0].isupper()


def names_a_place(tail: str) -> bool:
    """True when a phrase ends with a place or institution noun: 'View Medical Center'."""
    words = tail.split()
    return len(words) > 1 and words[-1].strip(".,") in PLACE_NOUNS


def is_weak_credit(line: str, at: int, strong: StrongTails | None = None) -> bool:
    """True when a glue point inside a capitalised word is too weak for its tail.

    'WeWork' outside the camel list would read as caption 'We' + credit 'Work', and
    'HarborView Medical Center' as credit 'View Medical Center': such a tail is trusted only
    when it is a known agency, carries a credit's slash or is a credit in one word ('Supplied').
    """
    if not is_weak_glue(line, at, strong):
        return False
    tail = line[at:]
    if starts_with_agency(tail) or "/" in tail or tail in WHOLE_WORD_CREDITS:
        return False  # 'in OtumareSupplied': a whole credit in one word
    if closes_a_date(line, at):
        return False  # 'in the last week of AprilAcmepix': the date closes the caption
    return len(tail.split()) == 1 or names_a_place(tail)


def closes_a_date(line: str, at: int) -> bool:
    """True when a month's or a weekday's name in a date phrase ends just before position `at`,
    a whole word the capital after it is glued onto: 'of AprilAcmepix', 'on 5 MayJane Doe' (not
    'the SundayTimes')."""
    run = letters_before(line, at)
    if run not in DATE_WORDS:
        return False
    before = line[: at - len(run)].split()
    return bool(before) and (before[-1] in DATE_LEADS or before[-1].isdigit())


def chain_start(line: str, points: list[int], strong: StrongTails | None = None) -> int:
    """The last glue point, moved back to the first of its slash-joined word when that one
    starts a credit: 'combined.NASA/JHUAPL/SwRI/T. Doe' splits before 'NASA', not 'RI'."""
    at = points[-1]  # 'planet.NASA/JHUAPL/SwRI': the weak glue inside 'SwRI' was skipped
    for point in points[:-1]:
        joined = line[point:at]
        if "/" in joined and not any(ch.isspace() for ch in joined):
            if is_credit_like(line[point:]):
                return point
    return holder_start(line, points[:-1], at, strong)


def holder_start(line: str, points: list[int], at: int, strong: StrongTails | None = None) -> int:
    """A glue point inside a capitalised word moved back to the earlier one whose credit's
    holder, set off by a slash, holds that word: the last holder, after a slash ('NovemberJane
    Doe/Korea HanIl Daily' splits before 'Jane', not inside 'HanIl'), or the holder the word
    closes before a slash, when the earlier point opens a word ('in MayAcmeTur/Handout' splits
    before 'Acme'); a camel-case join, 'on TuesdayJane Doe', 'from OnePlusJane/AP', stays."""
    if not inside_capitalised(line, at, strong):
        return at  # (most glue points follow a stop or a word in lower case)
    for point in points:
        joined = line[point:at]
        holder = joined.rpartition("/")[2]
        slash_set = "/" in joined or (
            closes_before_slash(line, at) and opens_word(line, point, strong)
        )
        if not slash_set and commissions_outlet(line, point, at):
            slash_set, holder = True, joined.rpartition(COMMISSION_JOIN)[2]
        if slash_set and capitalised_words(holder) and is_credit_like(line[point:]):
            return point
    return at


# What joins a photographer to the title that commissioned the picture: 'Jane Doe for The Post'.
COMMISSION_JOIN: Final = " for "


def commissions_outlet(line: str, point: int, at: int) -> bool:
    """True when the glue point opens a photographer's credit for a title whose name holds the
    capital at `at`, the title's 'for' between them as a slash is: 'dayJane Doe for CamboJA News'
    (not 'dayJane Doe rowing for KhmerPower', no credit's shape before 'for')."""
    return COMMISSION_JOIN in line[point:at] and COMMISSIONED.match(line[point:]) is not None


def inside_capitalised(line: str, at: int, strong: StrongTails | None = None) -> bool:
    """True for a capital glued onto letters holding a capital, inside a capitalised word:
    the 'I' of 'HanIl', the 'T' of 'duskAcmeTur' (not the 'A' of 'duskAcme')."""
    run = letters_before(line, at)
    return glue_kind(line, at, strong) == "case" and any(ch.isupper() for ch in run)


def closes_before_slash(line: str, at: int) -> bool:
    """True when the word going on from position `at` ends at a holders' slash: the 'P' of
    'PromPeru/Handout' (not the 'J' of 'Jane Doe/AP', a word before a space)."""
    end = at
    while end < len(line) and not line[end].isspace() and line[end] not in HOLDER_SLASHES:
        end += 1
    return end < len(line) and line[end] in HOLDER_SLASHES


def opens_word(line: str, point: int, strong: StrongTails | None = None) -> bool:
    """True when a glue point opens a whole word, after a stop, a small letter or a date's
    month: 'night.Acme', 'nightAcme', 'in MayAcme' (not the 'P' of 'OnePlus')."""
    return not is_weak_glue(line, point, strong) or closes_a_date(line, point)


def capitalised_words(text: str) -> bool:
    """True when every word of a holder's name is capitalised: 'Korea Han' (not 'DC at the')."""
    words = text.split()
    return bool(words) and all(word[:1].isupper() for word in words)


def glue_split(line: str) -> tuple[str, str] | None:
    """Split at the last glue point when its tail is a credit: 'in New York.Reuters'."""
    strong: StrongTails = {}  # (this line's verdicts, see strong_tail)
    points = [i for i in glue_points(line, strong) if not is_weak_credit(line, i, strong)]
    if not points:
        return None
    at = chain_start(line, points, strong)
    head, tail = line[:at], line[at:]
    if not any(ch.isalpha() for ch in head):
        return None
    if not is_credit_like(tail) and not is_particle_credit(tail):
        return None
    if is_weak_credit(line, at, strong):
        return None
    return head, tail
