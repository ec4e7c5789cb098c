"""Rules about the form of a person's name: its words, particles, surname, suffix and gender."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Final

from api.parser.given_names import usual_sex
from api.parser.quote_tokens import Token, acronym, word_key
from api.parser.quote_words import (
    FEMALE_WORDS,
    HONORIFICS,
    MALE_WORDS,
    MYANMAR_STYLES,
    NAME_PARTICLES,
    ORG_NAMES,
    ORG_WORDS,
    PATRONYMICS,
    STOP_CAPS,
    TITLE_WORDS,
    TWO_WORD_STYLES,
)

# Generational suffixes, written after a surname: "Patrick Carlineo Jr.".
SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})


def is_suffix(word: str) -> bool:
    """`Jr.`, `III`: a word that follows a surname without being one."""
    return word.lower().rstrip(".,") in SUFFIXES


def surname_of(name: str) -> str:
    """The word a text uses alone for a person: `Carlineo` for `Patrick Carlineo Jr.`."""
    words = name.split()
    while len(words) > 1 and is_suffix(words[-1]):
        words.pop()
    return words[-1]


_INITIALS: Final = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "J.K." in "J.K. Rowling"
# Titles that are also common surnames, taken as one after a given name: "Carole King".
_TITLE_SURNAMES: Final = frozenset(
    "king judge bishop pope prince duke knight major marshal constable farmer singer".split()
)
# Capitalised pronouns that are also surnames, written before a given name: "He Jian".
_PRONOUN_SURNAMES: Final = frozenset({"He", "She", "You"})
# Given names that end like a participle: "Sterling Brown said" keeps Sterling.
_ING_NAMES: Final = frozenset(
    "sterling channing harding manning browning fielding fleming golding redding xiaoming "
    "xiaoping".split()
)


@lru_cache(maxsize=8192)  # a word's class never changes; articles repeat their names
def name_word(word: str) -> bool:
    """`Jeffrey`, `J.K.`: a word that can be part of a name (no title, body or stop word)."""
    if _INITIALS.match(word):
        return True
    key = word_key(word)
    plain = key not in TITLE_WORDS and key not in ORG_WORDS and key not in STOP_CAPS
    return plain and not acronym(word) and key not in ORG_NAMES


# The gendered words that, next to a name, give its gender (pronouns, `man`, `woman` do not).
# `chairman` is an office's name that many papers give women too (`Committee chairman Ann Roe,
# who ..., said`): it says no sex before a name, as `ombudsman` does not (OFFICE_MAN).
OFFICE_MAN: Final = frozenset({"chairman"})
_MALE: Final = MALE_WORDS - {"he", "his", "him", "man"} - OFFICE_MAN
_FEMALE: Final = FEMALE_WORDS - {"she", "her", "woman"}


def gender_of(words: list[str]) -> str | None:
    """`m` or `f` when a gendered word stands with the name: `spokeswoman Ana Ruiz` -> f."""
    if not _MALE.isdisjoint(map(word_key, words)):
        return "m"
    if not _FEMALE.isdisjoint(map(word_key, words)):
        return "f"
    return None


# `-man` words that say nothing of anyone's sex (`human`) or are used for either (`ombudsman`).
_SEXLESS_MAN: Final = (
    frozenset("human humans ombudsman shaman talisman caiman".split()) | OFFICE_MAN
)
# The characters read before a name for the role noun written right before it.
_ROLE_REACH: Final = 24


def role_noun_sex(masked: str, name_start: int) -> str | None:
    """`retired postman Dai Hughes` -> `m`, `local fisherwoman Ann Roe` -> `f`: a lower-case
    compound role noun right before a name, its last part `man` or `woman`, gives the person's
    sex (`ombudsman`, `human`, a capitalised `Newman`: none)."""
    head = masked[max(0, name_start - _ROLE_REACH) : name_start]
    if not head.endswith(" ") or not head[-2:-1].islower():
        return None  # (most names: a capital, a comma or nothing right before them)
    word = head.split()[-1]
    if not word.isalpha() or not word.islower() or word in _SEXLESS_MAN:
        return None
    if word.endswith("woman"):
        return "f" if len(word) > len("woman") else None
    return "m" if word.endswith("man") and len(word) > len("man") else None


# A relative clause right after a name whose pronoun or possessive stands for the named person:
# `X, who lost 6,200 hens at her farm,`, `X, who says he was never told,`. A possessive is read
# only before a word that may be its noun (`who told her the news`: `her` is an object).
_NOT_OWNED: Final = "the|a|an|to|for|that|of|in|on|with|and|by|at|from|about|as"
_CLAUSE_SEX: Final = re.compile(
    r", who\b(?:[^,.;:!?\"“”]|(?<=\d)[,.](?=\d)){0,80}?\b"
    rf"(?:(she|he)\b|(her|his) (?!(?:{_NOT_OWNED})\b)[a-z])"
)
_CLAUSE_PRONOUN_SEX: Final = {"she": "f", "he": "m", "her": "f", "his": "m"}


def relative_clause_sex(text: str, end: int) -> str | None:
    """`f` for `Mira Tessaro, who lost 600 hens at her farm, said`, the name ending at `end`:
    the sex a `who` clause's own pronoun gives the name; None when it has none (`X, who
    told her the news,`: an object, maybe someone else)."""
    if text[end : end + 6] != ", who ":
        return None  # (most names: no relative clause after them)
    found = _CLAUSE_SEX.match(text, end)
    if found is None:
        return None
    return _CLAUSE_PRONOUN_SEX[found.group(1) or found.group(2)]


def occupation(word: str) -> bool:
    """`Hydrologist Ben Okonkwo`: a capitalised job at a sentence start is no first name."""
    key = word_key(word)
    return key in TITLE_WORDS or key.endswith(("ist", "yst")) or lower_compound(word)


# `Tenant`, `Parent`, `Resident`, `Voter`: the endings of a noun for what someone is or does.
# (`Will`, `Mark`, `Rose`, `Bill`, `Hope`: a given name that is also a common word has none.)
_ROLE_ENDS: Final = ("ant", "ent", "er", "or", "ee", "ist", "ian")


# Given names that are also nouns for people by their work or faith, with a role noun's ending:
# `Hunter Mae Collins` in an article on hunters is a name.
_ROLE_NAMES: Final = frozenset(
    "hunter carter tanner porter baker cooper walker archer sawyer miller christian harper turner"
    " parker fisher fletcher palmer tucker".split()
)


def job_opening(word: str) -> bool:
    """`Treasurer` of `Auditor Mele Tui Fale`: the first of four plain name words is a job
    when it is a title or has a role noun's ending and is no given name the table knows
    (`Peter`, `Jennifer`) nor one of the _ROLE_NAMES."""
    if occupation(word):
        return True
    lower = word.lower()
    return lower.endswith(_ROLE_ENDS) and lower not in _ROLE_NAMES and usual_sex(word) is None


# Nouns for a companion, never a given name: `Friend Jess Roe, who was nearby, said`.
_COMPANION_WORDS: Final = frozenset(
    """
    friend colleague classmate schoolmate teammate housemate flatmate roommate workmate
    girlfriend boyfriend fiance fiancé fiancee fiancée bandmate
    """.split()
)


def companion_word(word: str) -> bool:
    """`colleague`, `flatmate` -> True: a companion's noun (`Her colleague X, a ..., said`)."""
    return word.lower() in _COMPANION_WORDS


def companion_opening(text: str, first: Token) -> bool:
    """`Friend` of `Friend Jess Roe said` at a sentence start: a companion's noun, no given
    name (the capital is the sentence's; inside one, `with Friend Roe` keeps it)."""
    return companion_word(first.text) and sentence_initial(text, first)


def role_opening(word: str, anywhere: Callable[[str], bool]) -> bool:
    """`Tenant Rosario Villanueva`: a capitalised first word of a three-word name opening a
    sentence is a role when it has a role noun's ending and the article writes it in lower case,
    as its plural (`tenants`) or as itself (`a parent`), in its own words or a quote's, or (when
    no given name the table knows) writes the word it is made from (see agent_stems): a common
    noun for someone, no given name (a given name keeps its capital wherever it stands).
    (`anywhere` answers for the text's words and the quotes'.)"""
    lower = word.lower()
    if not lower.endswith(_ROLE_ENDS) or lower in _ROLE_NAMES:
        return False
    if anywhere(lower + "s") or anywhere(lower):
        return True
    return usual_sex(word) is None and any(map(anywhere, agent_stems(lower)))


# An agent noun's stem is a word of its own this long at least (`run` of `runner`): a shorter
# one (`Ty` of `Tyler`) is no evidence.
_STEM_LETTERS: Final = 3


def agent_stems(lower: str) -> list[str]:
    """`crofter` -> [`croft`, `crofte`]; `driver` -> [`driv`, `drive`]; `runner` -> [`runn`,
    `runne`, `run`]; `sailor` -> [`sail`]: the words an agent noun in -er or -or is made from
    (its ending off, a silent `e` kept, a doubled consonant single). An article that writes one
    of them in lower case (`worked the same croft`) shows the capitalised noun before a name
    (`Crofter Ian Bell`) is the person's work, no given name (a `Tyler` has no `tyl`)."""
    if not lower.endswith(("er", "or")):
        return []
    stem = lower[:-2]
    stems = [stem, lower[:-1]] if lower.endswith("er") else [stem]
    if len(stem) > 1 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    return [s for s in stems if len(s) >= _STEM_LETTERS]


# The endings of a noun for someone by their trade, as it opens a sentence before a name:
# `Postman X`, `Businesswoman Y` (a given name with that ending, `Norman`, the table knows).
_TRADE_ENDS: Final = ("man", "woman")


def trade_opening(text: str, first: Token, given: Token) -> bool:
    """`Postman Dennis Ward said` -> True at `Postman`: a sentence-opening word ending in -man
    or -woman, no given name the table knows, before one it knows is the person's trade, no
    part of the name; `Norman Dennis Ward` and `with Postman Dennis Ward` keep theirs."""
    word = first.text
    if len(word) <= len("woman") or not word.lower().endswith(_TRADE_ENDS):
        return False
    if usual_sex(word) is not None or usual_sex(given.text) is None:
        return False
    return sentence_initial(text, first)


# Right after a name, what only a person has: an age (`(67)`, `, 67,`) or `who`.
_PERSON_AFTER: Final = re.compile(r" ?\(\d{1,3}\)|, \d{1,3},|, who\b")


def job_before_given(text: str, first: Token, given: Token, last: Token) -> bool:
    """`Trainer Sean Kilbride (67) said` -> True at `Trainer`: a sentence-opening word with a
    role noun's ending or a title's (job_opening), no given name the table knows, before one it
    knows, the name followed by what only a person has (an age, `who`), is the person's job, no
    part of the name; `Hunter Mae Collins` (a given name with that ending), `with Trainer Sean
    Kilbride` (the capital not the sentence's) and `Okafor Steel Works, a supplier` (no age,
    no `who`: a body's name) keep theirs."""
    return (
        usual_sex(given.text) is not None
        and job_opening(first.text)
        and sentence_initial(text, first)
        and _PERSON_AFTER.match(text, last.end) is not None
    )


def role_name_at_work(
    text: str, first: Token, last: Token, anywhere: Callable[[str], bool]
) -> bool:
    """`Walker Brian Holgate, 68, from Skipton, stopped` in an article on `walkers` -> True at
    `Walker`: a given name that is also a trade's or pastime's noun (_ROLE_NAMES) opening a
    sentence, before a name followed by what only a person has (an age, `who`), in an article
    that writes the noun in lower case (`walkers`, `a baker`), is what the person is there, no
    part of the name (the vox-pop's `Shopper X, 45,`). Without both signs it stays the name's:
    `Hunter Mae Collins (30)` in an article on no hunters, `Baker Tom Ellery spoke` (no age)."""
    lower = first.text.lower()
    return (
        lower in _ROLE_NAMES
        and sentence_initial(text, first)
        and _PERSON_AFTER.match(text, last.end) is not None
        and (anywhere(lower + "s") or anywhere(lower))
    )


# Chiefs' titles, given names too: `Nana` (Akan), `Togbe`, `Torgbui` (Ewe), `Igwe` (Igbo),
# `Kgosi` (Tswana), as `Nana Kwame Asante` (a chief, not a woman called Nana).
CHIEF_TITLES: Final = frozenset({"nana", "togbe", "torgbui", "igwe", "kgosi"})


def chief_title(first: Token, given: Token) -> bool:
    """`Nana` of `Nana Kwame Asante, 61, said` -> True: a chief's title before a given name the
    table knows and a surname is no part of the name; `Nana Mensah said` (two words) and `Nana
    Obeng Mensah` (no given name after it) keep theirs."""
    return first.text.lower() in CHIEF_TITLES and usual_sex(given.text) is not None


# A cleric's style of address, which a rank may follow: `The Rev Canon X`, `Revd Prebendary X`.
_CLERICAL_STYLES: Final = frozenset({"rev", "revd", "reverend"})


def rank_after_title(run: list[Token], names: list[Token]) -> bool:
    """`Canon` of `The Rev Canon Judith Ashe said` -> True: a word between a cleric's style and
    a given name the table knows, itself no given name, is the cleric's rank (`Rev Canon`,
    `Revd Prebendary`); `The Rev John Paul Roe` (a given name), `Ms Ana Canon` (a surname) and
    `Dr Imdad Hussain Roe` (a given name the table lacks, after another title) keep theirs."""
    k = len(run) - len(names)
    if k < 1 or len(names) < 3:
        return False
    return (
        word_key(run[k - 1].text) in _CLERICAL_STYLES
        and usual_sex(names[0].text) is None
        and usual_sex(names[1].text) is not None
        and not is_particle(names[0])
    )


def used_as_title(word: str, surname: str, written: Callable[[str], bool]) -> bool:
    """`Dzongdag` of `Tervang Dzongdag Pema Lhundup Wangdi` in an article that writes `the
    dzongdag`, `Kgosi` of `Kgosi Tebogo Mmolawa` in one that writes `Kgosi Mmolawa`: a
    capitalised word, no given name the table knows, that the article writes as a noun after
    `the` or right before the surname alone (as `Mr Mmolawa`) is a title the tables lack, no
    part of the name. `Major Tom Baker` (a given name), `Tervang` (never `the tervang`) keep
    theirs. (`written` answers whether a phrase stands in the article as whole words.)"""
    if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    if usual_sex(word) is not None or word_key(word) in STOP_CAPS:
        return False
    return written("the " + word.lower()) or written(f"{word} {surname}")


# Vowels, `y` among them: a short capitalised word without one is an abbreviation (`Cr`).
_VOWELS: Final = frozenset("aeiouyAEIOUY")
# Names' words written without a vowel (the surname `Ng`, `St` of `St Clair`, `Md` for
# Muhammad): never an abbreviated title.
_VOWELLESS_NAMES: Final = frozenset({"ng", "st", "md"})
# An abbreviated title is this short at most (`Cllr`).
_ABBREVIATION_LETTERS: Final = 4


def abbreviated_title(word: str) -> bool:
    """`Cr` of `Cr Ana Roe, who voted against, said`: a capitalised word of two to four letters
    without a vowel before a given name and surname is a title's short form, no name's word
    (`Ng Wai Man` keeps its surname)."""
    return (
        _VOWELS.isdisjoint(word)  # (asked first: most words, every name's, have a vowel)
        and 2 <= len(word) <= _ABBREVIATION_LETTERS
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
        and word.lower() not in _VOWELLESS_NAMES
    )


def local_title(word: str, rest: Sequence[str], anywhere: Callable[[str], bool]) -> bool:
    """`Barrister` of `Its counsel, Barrister Ali Raza, said` in an article that writes `the
    barrister`: the first word of a three-word name, no given name the table knows, with a role
    noun's ending (`Will` has none) and written in lower case elsewhere, is a title the role
    tables lack (a reader's `the barrister` later); so is a title's short form
    (abbreviated_title). `Major Tom Baker`, `Pastor X`, `King X` keep theirs (given names too),
    and so does a body's name whose other words the article writes in lower case too (`Bus
    Riders Ashford` beside `bus riders`)."""
    if usual_sex(word) is not None or not word.isalpha():
        return False
    lower = word.lower()
    written = lower.endswith(_ROLE_ENDS) and lower not in _ROLE_NAMES and anywhere(lower)
    if not (written or abbreviated_title(word)):
        return False  # (most names: the cheap tests on the first word settle it)
    # (asked last: the first such look-up reads every quoted word of the article)
    return not any(anywhere(w.lower()) for w in rest)


def lower_compound(word: str) -> bool:
    """`Fly-half`, `Co-owner`: a hyphen before a lower-case part makes a role (`Jean-Paul` no)."""
    head, hyphen, tail = word.partition("-")
    return bool(hyphen) and head.isalpha() and tail[:1].islower()


def is_particle(token: Token) -> bool:
    """`Van`, `der`, `de` inside a surname: `James Van Der Beek`."""
    return token.text.lower() in NAME_PARTICLES


def particles(names: list[Token]) -> int:
    """How many particles stand inside a name: 2 in `James Van Der Beek`."""
    if len(names) < 3:
        return 0  # (only words between the first and the last are read: a two-word name has none)
    return sum(is_particle(t) for t in names[1:-1])


# A pilgrim's style in Malay names: `Haji`, `Hajah` (see pilgrim_opening).
_PILGRIM_STYLES: Final = frozenset({"haji", "hajah"})


def pilgrim_opening(names: list[Token]) -> bool:
    """`Haji Rosli bin Haji Omar` -> True: a pilgrim's style opening a Malay name that has its
    father's after `bin` or `binti` is a style, no given name; after the particle it stays, as
    part of the father's name (`Nurul Aina binti Haji Ahmad` -> False)."""
    return names[0].text.lower() in _PILGRIM_STYLES and any(
        t.text.lower() in PATRONYMICS for t in names[2:-1]
    )


def name_core(names: list[Token]) -> list[Token]:
    """The name in a run of name-like words: the surname with its particles, and given names.

    `Actor James Van Der Beek` -> James Van Der Beek, `Tomás de la Cruz Ibarra` (a particle
    opens two surnames) -> Tomás de la Cruz Ibarra; four or more plain words before the
    surname hold a title or a place (`Public Prosecution Ines Varga` -> Ines Varga).
    """
    k = len(names) - 1
    if k < 2:
        return names  # (most names: one or two words are their own core, no list made)
    if pilgrim_opening(names):
        names = names[1:]
        k -= 1
    if k > 2 and repeats_opening(names):
        return names  # `Che Ku Amran Che Ku Yusof`: a father's name after the own, whole
    if k > 2 and is_particle(names[k - 2]) and not is_particle(names[k - 1]):
        k -= 1  # a particle opens two surnames
    while k > 1 and is_particle(names[k - 1]):
        k -= 1
    given = names[:k]
    if len(given) >= 3 and not given_chain(given):
        given = given[-1:]
    return given + names[k:]


# Most words a name right after an honorific keeps whole: `Mr Daniel Goh Wei Ming`.
STYLED_NAME_WORDS: Final = 4


def styled_whole(run: list[Token], names: list[Token]) -> bool:
    """`Mr Peter Lim Boon Huat`: the name words right after an honorific are all the name (a
    Western given name before a Chinese one); no role stands between a style and its name."""
    k = len(run) - len(names) - 1
    if k < 0 or len(names) > STYLED_NAME_WORDS:
        return False
    return word_key(run[k].text) in HONORIFICS


def styled_run(run: list[Token], names: list[Token]) -> bool:
    """`Mr Tayo Bankole`, `Engr. Ada Obi`: only honorifics stand in the run before the name."""
    k = len(run) - len(names)
    return k > 0 and all(word_key(t.text) in HONORIFICS for t in run[:k])


def two_word_style(names: list[Token]) -> bool:
    """`Tok Ketua Aziz Omar`: the name's first two words are a style of two words
    (TWO_WORD_STYLES) and a given name and a surname follow; `Tan Sri` alone before one word
    keeps it (too little is left to be a name)."""
    return len(names) > 3 and (word_key(names[0].text), word_key(names[1].text)) in TWO_WORD_STYLES


def given_chain(given: list[Token]) -> bool:
    """`Maria José Fernández`, `Rashid bin Omar`: words before a particle's surname that open
    on a given name and hold only given names and particles up to their last word (a first
    surname or a father's name) are all the person's name (`Public Works Dalia` is not)."""
    return usual_sex(given[0].text) is not None and all(
        is_particle(t) or usual_sex(t.text) is not None for t in given[1:-1]
    )


def repeats_opening(names: list[Token]) -> bool:
    """`Che Ku Amran Che Ku Yusof`, `Wan Aziz Wan Ismail` -> True: the name's first word comes
    again before its last, opening the father's name (Malay names carry a heritable prefix on
    both halves); `Public Prosecution Ines Varga` -> False."""
    first = names[0].text
    return any(token.text == first for token in names[2:-1])


def pronoun_surname(run: list[Token]) -> bool:
    """`He Jian said`: a pronoun-like surname right before a given name is part of the name."""
    if len(run) < 2 or run[0].text not in _PRONOUN_SURNAMES:
        return False
    following = run[1].text
    return name_word(following) and not following.isupper() and "." not in following


def sentence_initial(text: str, token: Token) -> bool:
    """Nothing but a sentence's end (or the paragraph's start) stands before the token."""
    i = token.start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in ".!?"


# Plural nouns of what a public body oversees, which follow the field's -ing word in its name:
# `Trading Standards Scotland`, `Planning Appeals Commission`, `Building Regulations Unit`.
_FIELD_PLURALS: Final = frozenset(
    "standards regulations appeals affairs rights claims complaints works relations".split()
)


def field_body(run: Sequence[Token]) -> bool:
    """`Trading Standards Scotland` -> True: an -ing word (see not_given) before a plural of
    what a body oversees (_FIELD_PLURALS) opens a body's name, kept whole; `Hosting Cook`,
    `Trading Places` -> False."""
    return len(run) > 1 and not_given(run[0].text) and run[1].text.lower() in _FIELD_PLURALS


def not_given(word: str) -> bool:
    """`Hosting`, `Speaking`: a participle is no given name (`Sterling`, `Channing` are)."""
    return len(word) >= 7 and word.endswith("ing") and word.lower() not in _ING_NAMES


def title_surname(run: list[Token], k: int) -> bool:
    """`Stephen King`, `Lena Judge`: a title word after a given name ends a person's name."""
    if k != len(run) - 1 or k == 0 or word_key(run[k].text) not in _TITLE_SURNAMES:
        return False
    return name_word(run[k - 1].text)


def style_as_name(run: list[Token], k: int) -> bool:
    """`Harold U Mendes`, `Alicia Daw` -> True at `U`, `Daw`: a Myanmar style (MYANMAR_STYLES)
    after a known given name is that name's own, an initial or a surname (`U Tin Maung`: a style
    opens a Myanmar name; after a role's word, `Minister for Social Affairs U Tin Maung`, it
    still does)."""
    return (
        k > 0 and word_key(run[k].text) in MYANMAR_STYLES and usual_sex(run[k - 1].text) is not None
    )


def lone_style(word: str) -> bool:
    """`said Daw.` -> True: a Myanmar style alone is no style (it opens a name of its own), so a
    surname or an initial, as it was before the style was listed."""
    return word_key(word) in MYANMAR_STYLES


# Nationality and party nouns that stand for a person named before: "the Welshman told".
_DEMONYMS: Final = frozenset(
    """
    american mexican canadian german briton scot dane swede pole finn norwegian italian
    australian brazilian argentine colombian chilean peruvian nigerian kenyan ghanaian egyptian
    spaniard portuguese japanese chinese vietnamese lebanese senegalese korean israeli pakistani
    iraqi iranian saudi afghan serb croat kiwi aussie republican democrat
    conservative tory liberal socialist unionist nationalist
    """.split()
)


# Endings of nationality nouns (`Ethiopian`, `Korean`, `Japanese`); papers named so are not.
_DEMONYM_ENDS: Final = ("man", "woman", "ian", "ean", "ese")
_NOT_DEMONYMS: Final = frozenset("guardian christian caribbean mediterranean".split())


def listed_demonym(word: str) -> bool:
    """`Democrat`, `Republican`, `Briton` (a listed word, never a given name, unlike `Damian`
    or `Julian`, which have a nationality's ending): opening a three-word name it is a role."""
    return word.lower() in _DEMONYMS


def demonym(word: str) -> bool:
    """`Welshman`, `Ethiopian`, `Briton`, `Republican`: a noun for someone, not a name."""
    key = word.lower()
    if key in _DEMONYMS:
        return True
    return len(key) > 5 and key.endswith(_DEMONYM_ENDS) and key not in _NOT_DEMONYMS


# The marks that write a name's opening okina or glottal stop plainly: `'Ofa`, `’Mapula` (the
# okina letter itself, `ʻ`, is a letter: it glues to the word, which then opens with no capital).
_OKINA_MARKS: Final = "'’"
# A single quote closing a quotation: after a stop or comma, before a space or the end
# (`'Sorry,' she said`, `’Sorry,’ she said`); group 1 the mark.
_CLOSING_SINGLE: Final = re.compile(r"[,.!?](['’])(?!\w)")


def okina_opening(text: str, start: int) -> str:
    """`'Ofa Lino, who runs a shop, said`, `’Mapula Sekoati, principal of ..., said`: an
    apostrophe (straight or curly) opening a word right before a name's first word is
    the name's own letter, not an opening quote, when no single quote closes a quotation after it
    (`'Sorry,' she said`) with that mark; the mark, or "" when none."""
    if start < 1 or text[start - 1] not in _OKINA_MARKS:
        return ""
    if start > 1 and not text[start - 2].isspace() and text[start - 2] not in '("“':
        return ""
    mark = text[start - 1]
    if any(closing.group(1) == mark for closing in _CLOSING_SINGLE.finditer(text, start)):
        return ""
    return mark


# A one-word name joined by a lower-case Arabic or Malay particle between two capitalised parts:
# `Inam-ul-Haq`, `Naseer-ud-Din`, `Saif-ur-Rehman`, `Abd-al-Rahman`, `Omar-bin-Salim` (a place
# joined by another word, `Stratford-upon-Avon`, `Marne-la-Vallee`, or a firm, `Rolls-Royce`, no).
_PARTICLED_NAME: Final = re.compile(
    r"[A-Z][a-z]+(?:-(?:ul|ud|ur|un|us|al|bin|ibn|binti|bint)-[A-Z][a-z]+)+"
)


def particled_name(word: str) -> bool:
    """`Inam-ul-Haq` -> True: one word that is a person's whole name (given name, particle,
    second name), as `Inam Haq` is; `Stratford-upon-Avon`, `Rolls-Royce` -> False."""
    return "-" in word and _PARTICLED_NAME.fullmatch(word) is not None
