"""What a photo credit looks like: agency names, name connectors and the shape of a credit."""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_words import NAME_PARTICLES
from api.parser.sentences import has_sentence_inside

# Agencies and credit words whose presence at the start of a tail settles that it is a credit.
# The national wire agencies of countries the big agencies' list leaves out, acronyms no word
# of running text spells: 'APP' (Associated Press of Pakistan), 'PTI' (Press Trust of India).
NATIONAL_AGENCIES: Final = frozenset(
    {"ANI", "APP", "Antara", "BSS", "Bernama", "IANS", "PPI", "PTI", "UNB"}
)
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
    # national wire agencies of South and Southeast Asia, credited bare as the big ones are:
    # 'on TuesdayPTI' (Press Trust of India), 'in Dhaka.BSS', 'in Jakarta.Antara'
    | NATIONAL_AGENCIES
)  # fmt: skip

# Words that are a whole credit on their own, the source named by what it did, no holder: a
# glued 'Supplied' closes the caption even after a capitalised word ('in OtumareSupplied'),
# where a lone capitalised word is too weak to split on ('HarborView').
WHOLE_WORD_CREDITS: Final = frozenset({"Contributed", "Handout", "Submitted", "Supplied"})
# The words naming a picture a credit word goes with, two words a whole credit: 'Supplied
# photo', 'File photo', 'Handout image', 'Photo supplied' (not 'See the photo.').
PICTURE_NOUNS: Final = frozenset({"photo", "photograph", "image", "picture", "pic"})
PICTURE_CREDIT_WORDS: Final = WHOLE_WORD_CREDITS | {"File", "Stock"}

# Lowercase words that may sit between the capitalised words of a name or an agency credit:
# 'Vladimir Smirnov\TASS via Getty Images', 'Ludwig van Beethoven', 'The Siberian Times'.
CONNECTORS = frozenset(
    {
        "&", "al", "and", "at", "bin", "da", "das", "de", "del", "della", "der", "di", "do",
        "dos", "du", "e", "el", "for", "ibn", "la", "le", "of", "para", "ter", "the", "und",
        "van", "via", "von", "y", "zu",
    }
)  # fmt: skip

# Lowercase words a credit may end with, up to two: 'Jane Doe / Reuters file', 'Acme handout',
# 'Reuters file photo', the right a holder keeps: 'Acme Agency/Crown copyright', and the
# post of a title's own photographer: 'Jane Doe/Staff photographer', 'Jane Doe/Ledger staff';
# any picture's word too, a wire's short one as well: 'Acme image', '(Harbour News pic)'.
TRAILING_WORDS = (
    frozenset({"copyright", "file", "handout", "photographer", "pool", "staff"}) | PICTURE_NOUNS
)
# A picture's word in lower case that names an agency's pictures after the agency, the holder
# joined to its photographer by a mark, closing the credit or before 'for' and the body the
# pictures were taken for: 'Jane Doe - Acme fotos for Pacific Rugby', 'Jane Doe/Acme photos'
# (the word is the agency's; 'Family photos for Ana' opens with no photographer).
AGENCY_PICTURE_WORD: Final = re.compile(
    r"((?:[/\\|,–—]| - ) ?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)?)"
    r" (?:photos|fotos|pictures|pics|images)(?= for [A-Z]|$)"
)
# The same word after an agency opening a chain, its photographer after the slash: 'Acme
# pictures/Jane Doe', 'Harbour photos/Ann Lee' (the word is the agency's; 'Family photos' alone,
# no slash after it, is a caption's words).
AGENCY_FIRST_PICTURE_WORD: Final = re.compile(
    r"^([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)?) (?:photos|fotos|pictures|pics|images)(?= ?[/\\])"
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
# An outlet's web address opening on a figure, before a holder's slash: '24.kg/Jane Doe',
# '7sur7.be/Handout'.
FIGURE_ADDRESS: Final = re.compile(r"\d[\da-z-]*\.[a-z]{2,4}/")


# The forms a company's name closes on, as they are written without periods, any country's:
# 'Acme GmbH', 'Acme SpA', 'Acme MChJ', 'Acme JSC', 'Acme Srl', 'Acme Shpk', 'Acme d.o.o.' (a
# dotted form is read without its periods: 'S.p.A.' as 'SpA', 'Sh.p.k.' as 'Shpk').
COMPANY_FORMS: Final = frozenset(
    {
        "AB", "AD", "AG", "AS", "ASA", "ApS", "BV", "Bhd", "Bt", "CJSC", "Co", "Corp", "DOO",
        "EAD", "EOOD", "GmbH", "Inc", "JSC", "KG", "KGaA", "KK", "Kft", "LLC", "LLP", "Lda",
        "Ltd", "Ltda", "Ltée", "MChJ", "NV", "Nyrt", "OHG", "OJSC", "OOD", "Oy", "Oyj", "OÜ",
        "PJSC", "PLC", "Plc", "Pte", "Pty", "Pvt", "SA", "SAS", "SARL", "SAU", "SE", "SHPK",
        "SIA", "SL", "SRL", "SRO", "Sarl", "Sdn", "Shpk", "SpA", "Srl", "Tbk", "UAB", "Zrt",
        "dd", "doo", "sro",
    }
)  # fmt: skip
# Company forms cut short, written with a period that is theirs, not a sentence's, beside
# sentences.ABBREVIATIONS' 'Inc', 'Ltd', 'Corp' (words ending a sentence elsewhere, so kept to
# credits): 'Courtesy of Acme Kft.' (Hungarian korlátolt felelősségű társaság), 'Acme Zrt.',
# 'Acme Sdn. Bhd.', 'Acme Pty.', 'Acme Lda.', 'PT Acme Tbk.' (Indonesian terbuka), 'Acme Ltée'.
COMPANY_FORM_ENDINGS: Final = frozenset(
    {"Bhd", "Bt", "Kft", "Lda", "Ltda", "Ltée", "Nyrt", "Pte", "Pty", "Sdn", "Tbk", "Zrt"}
)


# Company forms known only by their periods, bare a word of the text: Czech and Slovak 'a.s.'
# (akciová spoločnosť), Serbian 'a.d.' (akcionarsko društvo), Albanian 'Sh.a.' (shoqëri aksionare).
DOTTED_ONLY_FORMS: Final = frozenset({"ad", "as", "Sha"})


def is_company_form(word: str) -> bool:
    """True for a company form, written bare or dotted: 'GmbH', 'Sh.p.k', 'S.p.A', 'a.s' (not
    'Acme', nor 'U.S', whose letters read 'US', nor 'as')."""
    if word in COMPANY_FORMS:
        return True
    bare = word.replace(".", "") if "." in word else ""
    return bare in COMPANY_FORMS or bare in DOTTED_ONLY_FORMS


def is_dotted_company_form(word: str) -> bool:
    """True for a company form written with periods inside, whose last period is its own too:
    'Sh.p.k', 'S.r.l', 'd.o.o' (not 'GmbH', nor 'Kun.uz')."""
    return "." in word and is_company_form(word)


# A title's name as a credit's holder after a join: 'Tom Nguyen / The Canadian Press'.
OUTLET_AFTER_JOIN: Final = re.compile(r"(?:/ ?|, | [-–—|] )The [A-Z]")


# Given names and saints' names cut short, a name's own part, which no sentence ends on before
# the next part of the name, a table by language: Spanish and Filipino 'Ma. Lourdes Cruz'
# (María), 'Jam Sta. Rosa' (Santa), 'Sto. Tomas' (Santo), 'Fco.' (Francisco); Malay and
# Indonesian 'Mohd. Rafiq' (Mohamad), 'Muh.', 'Hj.' (Haji); English archives' 'Wm. Doe'
# (William), 'Chas.', 'Thos.', 'Jas.', 'Geo.', 'Jos.'; Dutch 'Joh.' (Johannes), 'Th.', 'Chr.'.
NAME_ABBREVIATIONS_BY_LANGUAGE: Final = {
    "es": ("Ma", "Sta", "Sto", "Fco", "Gmo"),
    "ms": ("Mohd", "Muh", "Moh", "Hj"),
    "en": ("Wm", "Chas", "Thos", "Jas", "Geo", "Jos", "Benj", "Edw"),
    "nl": ("Joh", "Th", "Chr"),
}
# The ranks of armed forces and police cut short, which open the holder's name (those of
# sentences.ABBREVIATIONS, 'Sgt.', 'Capt.', 'Lt.', read so already): 'Spc. Jane Doe', 'Insp.
# Jane Doe', 'Sqn. Ldr. Jane Doe', 'Cst. Jane Doe', 'Wg. Cdr. Jane Doe', 'Amn. Jane Doe'.
RANK_ABBREVIATIONS: Final = (
    "Amn", "Brig", "Cdr", "Cdre", "Const", "Cpt", "Cst", "Ens", "Flt", "Gp", "Insp", "Ldr",
    "Spc", "Sqn", "Wg",
)  # fmt: skip
# A rank's first word cut short only before a second rank, a word of its own elsewhere: 'Tech.
# Sgt. Jane Doe' (technical sergeant), where 'at Georgia Tech. Jane Doe/AP' ends a sentence.
RANK_BEFORE_RANK: Final = r"Tech(?=\. (?:Sgt|Sergeant)\b)"
# A company form cut short before its second word, one form of two parts: 'Acme Sdn. Bhd.'
# (Sendirian Berhad), 'Acme Pty. Ltd.', 'Acme Pvt. Ltd.', 'Acme Pte. Ltd.', 'Acme Co. Ltd.' (a
# private limited company); 'at the Co. Jane Doe/AP' ends a sentence.
FORM_BEFORE_FORM: Final = r"(?:Sdn|Pty|Pvt|Pte|Co)(?=\. (?:Bhd|Ltd)\b)"
# A name's or a rank's abbreviation inside a credit, before the next capitalised part or a
# figure ('Sgt. 1st Class'): its period ends no sentence.
CREDIT_ABBREVIATION: Final = re.compile(
    r"(?<![\w.])("
    + "|".join(w for words in NAME_ABBREVIATIONS_BY_LANGUAGE.values() for w in words)
    + "|"
    + "|".join(RANK_ABBREVIATIONS)
    + "|"
    + RANK_BEFORE_RANK
    + "|"
    + FORM_BEFORE_FORM
    + r")\.(?= [A-Z0-9])"
)
# A given name cut short to letters without a vowel, no word a sentence ends on, opening a
# holder before the next part of the name: Vietnamese 'Tr. Dũng/VNA' (Trần), 'Ng. Văn An' (Nguyễn).
CUT_GIVEN_NAME: Final = re.compile(
    r"(?:^|(?<=/)|(?<=/ ))([B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{1,2})\.(?= [^\W\d_a-z])"
)
# Those abbreviations that are a word or a name of their own as well, which may end a caption's
# sentence: 'a portrait of Jack Ma.', 'a market in Jos.'.
ALSO_WORDS: Final = frozenset({"Ma", "Jos", "Geo", "Th", "Joh", "Chr", "Moh"})
# The abbreviations of names and ranks that never end a caption's sentence, the next word
# their name's: 'Sta' of 'Jam Sta.', 'Insp' of 'Insp.'.
NAME_OPENERS: Final = (
    frozenset(w for words in NAME_ABBREVIATIONS_BY_LANGUAGE.values() for w in words)
    | frozenset(RANK_ABBREVIATIONS)
) - ALSO_WORDS


def has_credit_sentence(text: str) -> bool:
    """True when a sentence ends inside a credit, the periods of a name's or a rank's
    abbreviations ending none: 'Ma. Lourdes Cruz/Rappler', 'Tech. Sgt. Dana Roe/U.S. Air Force',
    'Tr. Dũng/VNA' hold none, 'Acme Press. All rights reserved' does."""
    if "." not in text:
        return has_sentence_inside(text)  # (most credits: no period to read)
    return has_sentence_inside(CUT_GIVEN_NAME.sub(r"\1", CREDIT_ABBREVIATION.sub(r"\1", text)))


def opens_a_name(word: str) -> bool:
    """True for the word before a caption's last period that opens a name, never ending a
    sentence: 'Sta' of 'Jam Sta.', 'Insp' of 'by Insp.' (not 'Ma', 'Jack Ma.'; not 'Tech')."""
    return word in NAME_OPENERS


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
    pieces = PIECES.findall(without_agency_picture_word(tail))
    for _ in range(2):
        if len(pieces) > 1 and pieces[-1].strip(EDGE_PUNCT) in TRAILING_WORDS:
            pieces = pieces[:-1]
    pieces = join_lower_agencies(tail, drop_family_holder(tail, drop_archive(pieces)))
    pieces = join_company_names(join_titles(tail, pieces))
    return without_inner_lower_words(tail, pieces)  # (after the joins: their words kept whole)


# Words a holder's name in its own language's sentence case holds in lower case between its
# capitalised first and last words, at most: 'Conseil départemental de Mayotte' (connectors
# such as 'de' and 'la' not counted), 'Wallis et Futuna la 1ère'.
HOLDER_LOWER_WORDS: Final = 1
HOLDER_NAME_WORDS: Final = 3  # words at least of such a name: 'Museo nacional de Arte'
# The longest lower-case word a holder's name holds with no connector after it, a conjunction
# between two names: the 'et' of 'Radio et Télé 1', the 'y' of 'Agua y Luz' (a longer one with
# none after it is a caption's verb: 'Police arrest Jane Doe/AP').
HOLDER_CONJUNCTION_CHARS: Final = 2


def inner_lower_words(tail: str) -> frozenset[str]:
    """The words in lower case inside a chain's holders written in sentence case, each holder
    between slashes HOLDER_NAME_WORDS words at least, opening on a capital and closing on a
    capital or a figure, HOLDER_LOWER_WORDS such words in it at most besides CONNECTORS, a
    connector after it unless it is a conjunction's (HOLDER_CONJUNCTION_CHARS): 'Conseil
    départemental de Var/Handout' -> {'départemental'}, 'Ana Lima/Radio et Télé 1' -> {'et'}
    (none without a slash, nor in 'Lyon/trains run late', closing in lower case, nor in 'Police
    arrest Jane Doe/AP', a caption's sentence: no connector after its verb)."""
    if "/" not in tail:
        return frozenset()  # (a chain of holders is set off by slashes: most credits have none)
    found: set[str] = set()
    for holder in tail.split("/"):
        words = holder.split()
        if len(words) < HOLDER_NAME_WORDS:
            continue
        if not (words[0][:1].isupper() and (words[-1][:1].isupper() or words[-1][:1].isdigit())):
            continue
        inner = words[1:-1]
        lower = [k for k, w in enumerate(inner) if w.islower() and w not in CONNECTORS]
        if len(lower) > HOLDER_LOWER_WORDS:
            continue
        for k in lower:
            word = inner[k]
            if len(word) <= HOLDER_CONJUNCTION_CHARS or any(w in CONNECTORS for w in inner[k:]):
                found.add(word)
    return frozenset(found)


def without_inner_lower_words(tail: str, pieces: list[str]) -> list[str]:
    """A credit's pieces without the words in lower case inside a holder's name in sentence
    case (inner_lower_words): 'Conseil départemental de Var/Handout' -> ['Conseil', 'de',
    'Var', 'Handout'], read as the capitalised words a name is made of."""
    inner = inner_lower_words(tail)
    return [piece for piece in pieces if piece not in inner] if inner else pieces


# A title written in sentence case, the last holder of a chain after its slash, a capitalised
# word and one in lower case: 'Jane Doe/Lidové noviny', 'Jane Doe/Dagens industri'.
SENTENCE_CASE_TITLE: Final = re.compile(r"/ ?[^\W\d_a-z][^\W\d_]+ (?P<last>[^\W\d_A-Z]{3,})$")


def join_titles(tail: str, pieces: list[str]) -> list[str]:
    """A credit's pieces with a title in sentence case after the last slash read whole, one
    holder: 'K. Doe/Lidové noviny' -> ['K.', 'Doe', 'Lidové noviny'] ('Jane Doe/Reuters file'
    and 'Jane Doe/Acme and' keep theirs: an archive's word, a connector)."""
    title = SENTENCE_CASE_TITLE.search(tail) if "/" in tail else None
    if title is None or len(pieces) < 2 or pieces[-1] != title["last"]:
        return pieces
    if title["last"] in CONNECTORS or title["last"] in TRAILING_WORDS:
        return pieces
    return [*pieces[:-2], " ".join(pieces[-2:])]


# How many words in lower case a company's name in its own language may hold between its
# capitalised first word and its form: "O'zbekiston temir yo'llari JSC", 'Lietuvos
# geležinkeliai AB', 'Hrvatske željeznice d.o.o.'.
COMPANY_NAME_LOWER_WORDS: Final = 3


def join_company_names(pieces: list[str]) -> list[str]:
    """A credit's pieces with a company's name in sentence case read whole up to its form, one
    holder, its form vouching for the small words: ["O'zbekiston", 'temir', "yo'llari", 'JSC',
    'Handout'] -> ["O'zbekiston temir yo'llari JSC", 'Handout'] (['Acme', 'rowing', 'club'] and
    a form after four small words stay as they are)."""
    if not any(is_company_form(piece.strip(EDGE_PUNCT)) for piece in pieces[2:]):
        return pieces  # (most credits end on no company form after two words: settled first)
    joined: list[str] = []
    k = 0
    while k < len(pieces):
        end = company_name_end(pieces, k)
        joined.append(" ".join(pieces[k:end]))
        k = end
    return joined


def company_name_end(pieces: list[str], k: int) -> int:
    """Where a company's name in sentence case opening at piece k ends, after its form, or
    k + 1 when none opens there: 4 for ["O'zbekiston", 'temir', "yo'llari", 'JSC', ...] at 0."""
    if not pieces[k][:1].isupper():
        return k + 1
    forms = [
        is_company_form(piece.strip(EDGE_PUNCT))
        for piece in pieces[k : k + 2 + COMPANY_NAME_LOWER_WORDS]
    ]
    end = 1
    while end < len(forms) and not forms[end] and pieces[k + end].islower():
        end += 1
    if end == 1 or end == len(forms) or not forms[end]:
        return k + 1
    return k + end + 1


def without_agency_picture_word(tail: str) -> str:
    """A credit without the picture's word an agency's name goes on with: 'Jane Doe - Acme fotos
    for Pacific Rugby' -> 'Jane Doe - Acme for Pacific Rugby'."""
    tail = agency_first_without_picture_word(tail)
    if " for " not in tail and not tail.endswith("s"):
        return tail  # (most credits hold neither: settled on the text first)
    return AGENCY_PICTURE_WORD.sub(r"\1", tail)


def agency_first_without_picture_word(tail: str) -> str:
    """An agency opening a chain of holders is read without its picture's word in lower case:
    'Acme pictures/Jane Doe' -> 'Acme/Jane Doe' ('Family photos of Ana' stays: no slash)."""
    if "/" not in tail and "\\" not in tail:
        return tail  # (a chain needs a slash: settled on the text first)
    return AGENCY_FIRST_PICTURE_WORD.sub(r"\1", tail, count=1)


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


# Agencies whose name of several words is written in lower case: 'picture alliance'.
LOWER_AGENCIES: Final = tuple(a.split() for a in sorted(AGENCIES) if " " in a and a[0].islower())
LOWER_AGENCY_WORDS: Final = max(len(words) for words in LOWER_AGENCIES)
CHAIN_MARKS = "/\\|,;-–—"  # what joins the holders of one credit: 'Jane Doe / EPA / Shutterstock'


def join_lower_agencies(tail: str, pieces: list[str]) -> list[str]:
    """A credit's pieces with an agency written in lower case read whole, as one holder, where a
    chain's mark puts it among the holders: 'Jane Doe/dpa/picture alliance via Getty Images' ->
    [..., 'dpa', 'picture alliance', 'via', ...] ('Jane Doe at picture alliance' keeps them)."""
    if not any(words[0] in tail for words in LOWER_AGENCIES):
        return pieces  # (most credits name none: settled on the text first)
    joined: list[str] = []
    at = 0  # where the next piece is looked for in the tail
    k = 0
    while k < len(pieces):
        start = tail.find(pieces[k], at)
        words = [piece.strip(EDGE_PUNCT) for piece in pieces[k : k + LOWER_AGENCY_WORDS]]
        size = next((len(w) for w in LOWER_AGENCIES if words[: len(w)] == w), 1)
        if not k or not chain_mark_before(tail, start):
            size = 1  # one opening the credit ('picture alliance/dpa'), or no mark before it
        joined.append(" ".join(pieces[k : k + size]))
        at = start + len(pieces[k])
        k += size
    return joined


def chain_mark_before(tail: str, at: int) -> bool:
    """True when a chain's mark, a space after it or not, stands right before position `at`:
    the 'p' of 'Jane Doe/picture alliance', of 'Jane Doe / picture alliance'."""
    before = tail[max(0, at - 2) : at].rstrip(" ")
    return bool(before) and before[-1] in CHAIN_MARKS


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
    core = credit_pieces(tail)  # (the pieces read once, for the shape and for the agency)
    if core is None:
        return False
    pieces = [p.strip(EDGE_PUNCT) for p in core]
    last_two = " ".join(pieces[-2:])
    agency = starts_with_agency(tail) or pieces[-1] in AGENCIES or last_two in AGENCIES
    joined = "/" in tail or any(mark in tail for mark in HOLDER_JOINS)
    return joined or agency or COMMISSIONED.match(tail) is not None


def is_credit_like(tail: str) -> bool:
    """True when text has the shape of a photo credit: 'Reed Saxon / Associated Press'."""
    return credit_pieces(tail) is not None


def credit_pieces(tail: str) -> list[str] | None:
    """A text's core pieces (core_pieces) when it has the shape of a photo credit, None when it
    has not: 'Reed Saxon / Associated Press' -> its pieces, 'Is it him?' -> None."""
    if not tail or not (tail[0].isalnum() or tail[0] == "©") or len(tail) > MAX_CREDIT_CHARS:
        return None
    if len(tail.split()) > MAX_CREDIT_WORDS or tail[-1].isspace() or tail[-1] in ",;:/\\-–—(":
        return None
    if "?" in tail or "!" in tail or not any(ch.isalpha() for ch in tail):
        return None
    # (a lender's clause holds 'courtesy', which most credits lack: searched for on those only)
    lent = LENDER.search(tail) if "courtesy" in tail else None
    if lent:
        both = is_credit_like(tail[: lent.start()]) and is_credit_like(tail[lent.end() :])
        return core_pieces(tail) if both else None
    core = core_pieces(tail)  # 'Jane Doe / Reuters file': an archive picture
    pieces = core
    first = pieces[0].strip(EDGE_PUNCT) if pieces else ""
    if not first or not (first[0].isupper() or first == "©" or is_brand_spelling(first)):
        # ('24.kg/Jane Doe': a figure's address opens the credit, every piece read)
        if FIGURE_ADDRESS.match(tail) is None:
            if not starts_with_agency(tail):
                return None
            # 'picture alliance/dpa/Jane Doe': an agency that writes its name in lower case
            pieces = pieces[2:] if " ".join(pieces[:2]) in AGENCIES else pieces[1:]
    shaped = all(piece_is_credit_word(p) for p in pieces) and not has_credit_sentence(tail)
    return core if shaped else None


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
