"""What a photo credit looks like: agency names, name connectors and the shape of a credit."""

from __future__ import annotations

import re
from typing import Final

from api.parser.sentences import has_sentence_inside

# Agencies and credit words whose presence at the start of a tail settles that it is a credit.
AGENCIES = frozenset(
    {
        "AAP", "AFP", "ANP", "ANSA", "AP", "APA", "Abaca", "Alamy", "Anadolu",
        "Associated Press", "Belga", "Bloomberg", "Contributor", "Corbis", "EFE", "EPA",
        "EPA-EFE", "File Photo", "FilmMagic", "Getty", "Getty Images", "Handout", "IMAGO",
        "Imago", "KEYSTONE", "Keystone", "Kyodo", "Lehtikuva", "Lusa", "NASA", "NTB",
        "NurPhoto", "PA", "Pool", "REUTERS", "Reuters", "Rex", "Ritzau", "Scanpix",
        "Shutterstock", "Sipa", "TASS", "TT", "The Associated Press", "UPI", "WireImage",
        "Xinhua", "Yonhap", "ZUMA", "Zuma", "dpa", "iStock", "picture alliance",
    }
)  # fmt: skip

# The first words of the agencies of two words that write their name in lower case: 'picture'.
SMALL_AGENCY_STARTS: Final = frozenset(
    name.split()[0] for name in AGENCIES if " " in name and name[0].islower()
)

# Lowercase words that may sit between the capitalised words of a name or an agency credit:
# 'Vladimir Smirnov\TASS via Getty Images', 'Ludwig van Beethoven', 'The Siberian Times'.
CONNECTORS = frozenset(
    {
        "&", "al", "and", "at", "bin", "da", "das", "de", "del", "della", "der", "di", "do",
        "dos", "du", "e", "el", "for", "ibn", "la", "le", "of", "ter", "the", "und", "van",
        "via", "von", "y", "zu",
    }
)  # fmt: skip

# Surname particles written in lower case, which may open a credit before the capitalised rest of
# the name: 'de Jong / ANP', 'van der Berg/ANP', 'de la Cruz / AFP'.
NAME_PARTICLES: Final = frozenset(
    {"da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "la", "le", "ter",
     "van", "von", "zu"}
)  # fmt: skip

# Lowercase words a credit may end with, up to two: 'Jane Doe / Reuters file', 'Acme handout',
# 'Reuters file photo', the right a holder keeps: 'Acme Agency/Crown copyright', and the
# post of a title's own photographer: 'Jane Doe/Staff photographer', 'Jane Doe/Ledger staff'.
TRAILING_WORDS = frozenset(
    {"copyright", "file", "handout", "photo", "photographer", "pool", "staff"}
)
# A holder's archive, where an old picture comes from, a family's in lower case before it:
# 'Family archive', 'Tarrant family archive', 'Jane Doe/Harbour Museum archive'.
ARCHIVE = "archive"
KIN_BEFORE_ARCHIVE = "family"
# A family as one holder of a credit's chain, its name capitalised, a slash or 'via' after it or
# a slash before it: 'Tarrant family/Handout via Reuters' (the family lent the picture, the
# agency ran it), 'Tarrant family via AP', 'Handout/Tarrant family'.
FAMILY_HOLDER: Final = re.compile(
    r"[A-Z][\w'’-]* " + KIN_BEFORE_ARCHIVE + r"(?: ?/ ?\S| via [A-Z])"
    r"|/ ?[A-Z][\w'’-]* " + KIN_BEFORE_ARCHIVE + r"$"
)

# A website's name, the holder of a picture library that goes by its address: in lower case,
# whole across its hyphens, after a mark that joins a credit's holders: 'Jane Doe/acme-images.com',
# 'Jane Doe / www.acme.co.uk', 'Jane Doe, acme.org' (never 'Book at acme.com', the caption's
# words). It ends at a separator (a period may close it), so it is never a longer word's front.
WEB_NAME = re.compile(
    r"[/\\|,] ?(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\.?"
    r"(?=[\s/\\,|+()\[\]]|$)"
)
# A given name of syllables joined by hyphens, the later ones in lower case, whole: 'Min-jae',
# 'Seo-yeon' (Korean names; 'Photo-illustration' has a longer tail, a word's).
SYLLABLE_NAME: Final = r"[A-Z][a-z]{1,4}(?:-[a-z]{1,4})+(?![\w-])"
# Pieces of a credit: runs of characters between separators ('/', '\', ',', '-', spaces ...),
# a website's name whole, with the mark before it, and a syllable name whole.
PIECES = re.compile(WEB_NAME.pattern + "|" + SYLLABLE_NAME + r"|[^\s/\\,|+\-–—()\[\]]+")
EDGE_PUNCT = "'\"‘’“”.:;"
# A photographer commissioned by a title: 'Jane Doe for The New York Times'.
COMMISSIONED = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} for (?:The )?[A-Z]")
# A spaced dash or bar joining a credit's holders, as a slash does: 'Jane Doe — Acme Pictures',
# 'Jane Doe | Acme' (a hyphen inside a name, 'Dancourt-Ayew', joins nothing).
HOLDER_JOINS: Final = (" — ", " – ", " | ")
MAX_CREDIT_CHARS = 80
MAX_CREDIT_WORDS = 10
# Where a credit's lender follows its photographer after a ';' or a ',': 'Jane Doe/Getty
# Images; courtesy Acme Gallery', 'Jane Doe, courtesy of the Hale Trust'; each side is a holder.
LENDER = re.compile(r"[;,] courtesy (?:of )?(?:the )?(?=[A-Z])")
# A social account's handle, the holder a picture taken from a post is credited to:
# 'Instagram/@jane.doe', 'X/@acme_news'.
HANDLE = re.compile(r"^@[\w.]+$")


# A title's name as a credit's holder after a join: 'Tom Nguyen / The Canadian Press'.
OUTLET_AFTER_JOIN: Final = re.compile(r"(?:/ ?|, | [-–—|] )The [A-Z]")


def starts_with_agency(tail: str) -> bool:
    """True when a credit opens with a well-known agency: 'Reuters', 'AP Photo/Evan Vucci'."""
    pieces = PIECES.findall(tail)
    if not pieces:
        return False
    first_two = " ".join(pieces[:2]).strip(EDGE_PUNCT)
    return pieces[0].strip(EDGE_PUNCT) in AGENCIES or first_two in AGENCIES


def core_pieces(tail: str) -> list[str]:
    """A credit's pieces without up to two trailing lowercase credit words, or a holder's
    archive: 'Jane Doe / Reuters file photo' -> ['Jane', 'Doe', 'Reuters']."""
    pieces = PIECES.findall(tail)
    for _ in range(2):
        if len(pieces) > 1 and pieces[-1].strip(EDGE_PUNCT) in TRAILING_WORDS:
            pieces = pieces[:-1]
    return drop_family_holder(tail, drop_archive(joined_agencies(pieces)))


def joined_agencies(pieces: list[str]) -> list[str]:
    """A credit's pieces with an agency of two words in lower case as one piece, wherever it
    stands in the chain: ['Doe', 'dpa', 'picture', 'alliance'] -> ['Doe', 'dpa', 'picture
    alliance'] (its words, lower case, are no name's)."""
    if len(pieces) < 2:
        return pieces
    kept: list[str] = []
    for piece in pieces:
        if kept and kept[-1] in SMALL_AGENCY_STARTS and f"{kept[-1]} {piece}" in AGENCIES:
            kept[-1] = f"{kept[-1]} {piece}"
        else:
            kept.append(piece)
    return kept


def drop_family_holder(tail: str, pieces: list[str]) -> list[str]:
    """A credit's pieces without the 'family' a holder's name opens in a chain of holders:
    'Tarrant family/Handout' -> ['Tarrant', 'Handout'] ('From the family/Acme' keeps it)."""
    if KIN_BEFORE_ARCHIVE not in tail or not FAMILY_HOLDER.search(tail):
        return pieces  # (most credits name no family: settled on the text first)
    kept = pieces[:1]
    for piece in pieces[1:]:
        if piece != KIN_BEFORE_ARCHIVE or not kept[-1][:1].isupper():
            kept.append(piece)
    return kept


def drop_archive(pieces: list[str]) -> list[str]:
    """A credit's pieces without a holder's closing 'archive' and the 'family' a name opens
    before it: ['Tarrant', 'family', 'archive'] -> ['Tarrant'] ('From the family archive' keeps
    its 'family', words of a caption)."""
    if len(pieces) < 2 or pieces[-1].strip(EDGE_PUNCT) != ARCHIVE:
        return pieces  # (most credits end otherwise: settled first)
    pieces = pieces[:-1]
    if len(pieces) > 1 and pieces[-1] == KIN_BEFORE_ARCHIVE and pieces[-2][:1].isupper():
        pieces = pieces[:-1]
    return pieces


def is_brand_spelling(word: str) -> bool:
    """True for a word opening in lower case with a capital inside, a brand and not a lowercase
    word: 'iStock', 'macOS', 'eBay'."""
    return len(word) > 1 and word[0].islower() and any(ch.isupper() for ch in word[1:])


def piece_is_credit_word(piece: str) -> bool:
    """True for a word a credit is made of: 'Getty', 'McBride', 'via', 'iStock', 'dpa', '2019',
    '@jane.doe'."""
    word = piece.strip(EDGE_PUNCT)
    if not word or word in CONNECTORS or word in AGENCIES or is_brand_spelling(word):
        return True
    if HANDLE.match(piece):
        return True  # 'Instagram/@jane.doe': a handle is written in lower case
    if WEB_NAME.fullmatch(piece):
        return True  # 'Jane Doe/acme-images.com': a website's name is written in lower case
    return word[0].isupper() or word[0].isdigit() or word == "©"


def is_strong_credit(tail: str) -> bool:
    """A credit that settles a split on its own: a slash or a spaced dash or bar between
    holders, an agency at either end, or a photographer working for a title ('Jane Doe / AP',
    'Jane Doe — Acme Pictures', 'Getty Images', 'Jane Doe, Associated Press', 'Jane Doe for
    The New York Times')."""
    if not is_credit_like(tail):
        return False
    pieces = [p.strip(EDGE_PUNCT) for p in core_pieces(tail)]
    last_two = " ".join(pieces[-2:])
    agency = starts_with_agency(tail) or pieces[-1] in AGENCIES or last_two in AGENCIES
    joined = "/" in tail or any(mark in tail for mark in HOLDER_JOINS)
    return joined or agency or COMMISSIONED.match(tail) is not None


def is_credit_like(tail: str) -> bool:
    """True when text has the shape of a photo credit: 'Reed Saxon / Associated Press'."""
    if not tail or not (tail[0].isalnum() or tail[0] == "©") or len(tail) > MAX_CREDIT_CHARS:
        return False
    if len(tail.split()) > MAX_CREDIT_WORDS or tail[-1].isspace() or tail[-1] in ",;:/\\-–—(":
        return False
    if "?" in tail or "!" in tail or not any(ch.isalpha() for ch in tail):
        return False
    # (a lender's clause holds 'courtesy', which most credits lack: searched for on those only)
    lent = LENDER.search(tail) if "courtesy" in tail else None
    if lent:
        return is_credit_like(tail[: lent.start()]) and is_credit_like(tail[lent.end() :])
    pieces = core_pieces(tail)  # 'Jane Doe / Reuters file': an archive picture
    first = pieces[0].strip(EDGE_PUNCT) if pieces else ""
    if not first or not (first[0].isupper() or first == "©" or is_brand_spelling(first)):
        if not starts_with_agency(tail):
            return False
        # 'picture alliance/dpa/Jane Doe': an agency that writes its name in lower case
        pieces = pieces[2:] if " ".join(pieces[:2]) in AGENCIES else pieces[1:]
    return all(piece_is_credit_word(p) for p in pieces) and not has_sentence_inside(tail)


def holders_apart(tail: str) -> bool:
    """True for a credit naming its holders apart, by a slash, a spaced dash or bar, or a comma:
    'Tom Nguyen / The Canadian Press', 'Jane Doe, Associated Press' (not 'Jane Doe')."""
    return "/" in tail or ", " in tail or any(mark in tail for mark in HOLDER_JOINS)


def names_a_known_holder(tail: str) -> bool:
    """True when a credit names a holder by more than its shape: an agency, a title after a join
    ('/ The Canadian Press'), or a credit's closing word ('file', 'staff'): 'Tom Nguyen / AP',
    'Jane Doe / Reuters file' (not 'London / Paris', 'Leeds 2 / Hull 1')."""
    pieces = [piece.strip(EDGE_PUNCT) for piece in PIECES.findall(tail)]
    pairs = (" ".join(pair) for pair in zip(pieces, pieces[1:], strict=False))
    if any(piece in AGENCIES for piece in pieces) or any(pair in AGENCIES for pair in pairs):
        return True
    return (
        bool(pieces) and pieces[-1] in TRAILING_WORDS or OUTLET_AFTER_JOIN.search(tail) is not None
    )


def without_particles(tail: str) -> str:
    """A credit without the surname particles it opens with, in lower case: 'de la Cruz / AFP'
    -> 'Cruz / AFP' (a tail opening otherwise is returned as it is)."""
    words = tail.split(" ")
    k = 0
    while k < len(words) - 1 and words[k] in NAME_PARTICLES:
        k += 1
    return " ".join(words[k:])


def is_particle_credit(tail: str) -> bool:
    """True for a credit opening with a surname's particles in lower case, a credit settled on
    its own after them (a slash, an agency): 'de Jong / ANP', 'van der Berg/ANP' (not 'der
    Autor', 'de facto')."""
    rest = without_particles(tail)
    return rest != tail and rest[:1].isupper() and is_strong_credit(rest)
