"""Organisations a text goes on to call by a common noun: `the company`, `the ministry`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from api.parser.quote_body_names import LEADING_FORMS, PLACE_OF_HEADS
from api.parser.quote_words import COMMERCIAL_WORDS, ORG_WORDS

# The last words of a built place that bears a sponsor's or owner's name and never speaks:
# `the Brackmoor Energy Arena`, `Harbour Gas Stadium`, `the Tolmere Bridge`.
_SILENT_PLACES: Final = frozenset(
    "arena stadium bridge tunnel velodrome racecourse ballpark".split()
)


def silent_place(words: list[str]) -> bool:
    """`Acme Energy Arena` -> True: a place named after a body (`Acme Energy` speaks, the arena
    does not), so the body's name is no short form of it (`Acme Energy Trust` is False)."""
    return len(words) > 1 and words[-1].lower() in _SILENT_PLACES


# Nouns by which a text goes on to call an organisation it has named: "the company said".
ORG_ANAPHORS: Final = frozenset(
    "company firm group organization organisation business retailer maker startup start-up "
    "manufacturer "
    "carrier airline bank lender chain brand network publisher agency ministry department "
    "government council committee union campaign party team club university school hospital "
    "charity foundation authority office label studio trust board bureau service commission "
    "administration institute regulator watchdog embassy association federation alliance "
    "coalition society museum band trio duo quartet orchestra choir fund organisers organizers "
    "campaigners grocer supermarket broadcaster carmaker automaker chipmaker "
    "drugmaker biotech utility insurer operator brokerage bloc force railroad railway house "
    "tribunal laboratory lab consortium".split()
)
# "the company said" fits "Lantern Stage Productions" or "Orbis Inc.": a business by its name.
COMPANY_ANAPHORS: Final = frozenset(
    "company firm business maker retailer startup start-up manufacturer label studio publisher "
    "network chain brand carrier airline grocer supermarket broadcaster carmaker automaker "
    "chipmaker drugmaker biotech utility insurer operator brokerage railroad railway".split()
)
# A business's last word (COMMERCIAL_WORDS), its legal form with the stop too: `Orbis Inc.`.
COMMERCIAL: Final = COMMERCIAL_WORDS | frozenset(
    f"{form}." for form in ("co", "corp", "inc", "ltd")
)
# A trade's word that ends a firm's name and no person's (`Harrowsmith Air`, `Vantage
# Securities`, `Dunmore Haulage`, `Okafor Brandt Resources`, `Pellow Kerr Live`): the run it
# ends is a body, though its other words read as a given name and a surname (words ORG_WORDS
# holds make a body wherever they stand already). Each gives the nouns that call such a firm:
# `the airline` fits `X Air`, `the grocer` does not fit `X Securities` (an analyst's employer
# named after `at` is no grocer).
_FIRM: Final = "company firm business "
_FIRM_NOUNS: Final = frozenset(_FIRM.split())
# A company's legal form, which closes its name after the trade's word: `Harbour Shipping Ltd`,
# `Vell Engineering Sdn Bhd`, `Tarn Handling Services Pvt Ltd`, `Oro Airports Co`, the Gulf's
# `Dana Trading Co. W.L.L.` (with limited liability).
LEGAL_FORMS: Final = frozenset(
    "co co. corp corp. inc inc. ltd ltd. limited llc plc pty pvt sdn bhd gmbh llp lp w.l.l. "
    "wll".split()
)


def trade_word(name: str) -> str:
    """`Harbour Shipping Ltd` -> `shipping`, `Vell Engineering Sdn Bhd` -> `engineering`,
    `Vance Holdings` -> `holdings`: the name's last word in lower case, its legal forms and a
    bracketed region passed (`Tarn Estates (Midlands) Ltd` -> `estates`: the trade's word a
    reader fits `the operator`, `the contractor`, `the group` to); a name with an `of` part by
    its head (`Department of Harbours` -> `department`: no port company)."""
    words = headed_name(name).lower().split()
    k = len(words)
    while k > 1 and (words[k - 1] in LEGAL_FORMS or words[k - 1].startswith("(")):
        k -= 1
    return words[k - 1]


def trade_nouns(name: str) -> frozenset[str]:
    """`Harbour Shipping Ltd` -> {haulier, carrier, operator}, `Oro Airports Co` -> {operator},
    `Vell Stores Ltd` -> none: the nouns of the trade the name's own words say (not the firm's
    nouns every company takes)."""
    return TRADE_ENDINGS.get(trade_word(name), frozenset()) - _FIRM_NOUNS


def firm_nouns(noun: str) -> frozenset[str]:
    """`firm` -> {company, firm, business}: the nouns one introduced as `Danish firm X` is called
    by later (`the company said`); any other noun is only itself (`trust` -> {trust})."""
    return _FIRM_NOUNS if noun in _FIRM_NOUNS else frozenset((noun,))


TRADE_ENDINGS: Final = {
    word: frozenset((_FIRM + nouns).split())
    for words, nouns in (
        ("air aviation", "airline carrier operator"),
        ("airways airlines", "airline carrier"),
        # `Oro Regional Airports Co`: the company that runs airports, `the operator`
        ("airports", "operator"),
        ("securities brokers", "brokerage broker"),
        ("freight haulage couriers shipping", "haulier carrier operator"),
        ("builders construction engineering", "builder contractor"),
        ("coaches", "operator"),
        # `Vell Travel & Tourism Co.`: a travel agent, `the operator` or `the agency`
        ("travel tourism tours", "operator agency"),
        # `Southern Star Cruises`: a cruise line, `the operator` or `the cruise line`
        ("cruises", "operator line"),
        ("cars", "dealer dealership"),
        # `EnrollBridge Software LLC`: a firm selling software to others, `the vendor` or `the
        # provider` in the copy of its customers' troubles
        ("software", "vendor provider"),
        ("trading mining consulting", "consultancy"),
        ("resources", "miner producer"),
        # `Kanye Copper`: a mine's metal ends a miner's name (`the mining house` calls it)
        ("copper platinum diamonds coal uranium zinc cobalt lithium", "miner producer house"),
        ("live promotions", "promoter"),
        # `Sunrise Lane Entertainment`: a performers' management company, `the agency` or
        # `the label` in entertainment copy
        ("entertainment", "agency label studio promoter"),
        ("racing motorsport", "team outfit"),  # `Arden Mays Racing`: a motor racing team
        # `Kopano Urban Properties`, `Tarn Estates Ltd`: a property business, `the developer`
        # or `the landlord`
        ("properties developments investments realty estates", "developer landlord"),
        # `Vell Gateway Ports Ltd`: a port company runs the port and leases its land to
        # tenants, `the operator` or `the landlord`
        ("ports harbours harbors docks", "operator landlord"),
    )
    for word in words.split()
}
# A place of worship's closing word, and the nouns its congregation and the body that governs it
# are called by: `St Ann's Parish Church` ... `a spokesman for the kirk session`, `the vestry`,
# `the congregation` (a church speaks through its governing body).
WORSHIP_ENDINGS: Final = frozenset(
    "church chapel cathedral kirk abbey minster mosque temple synagogue gurdwara".split()
)
CONGREGATION_NOUNS: Final = frozenset("church parish congregation session vestry elders".split())
# A sport's word opening a name makes it the sport's governing body, never a person's name:
# `Cricket Australia`, `Hockey Canada`, `Netball Scotland`, `Racing Vell` (`the board said` calls
# it).
SPORT_BODY_OPENERS: Final = frozenset(
    "cricket rugby tennis football hockey netball athletics swimming cycling rowing golf "
    "basketball volleyball gymnastics badminton triathlon sailing racing equestrian skiing "
    "surfing".split()
)
# A sport's word ending a name makes it a country's or region's body for that sport, as no
# person's surname is: `Scottish Rugby`, `Southland Rugby`, `England Netball`, `Basketball
# England` (opening, above). Only the sports no surname or place is spelt as (not `Golf`,
# `Hockey`, `Racing`, `Rowing`, `Sailing`).
SPORT_BODY_ENDINGS: Final = frozenset(
    "cricket rugby football netball athletics swimming cycling basketball volleyball "
    "gymnastics badminton triathlon".split()
)
# `The company flat-out denied ...`: a sentence opened by `the` and such a noun, then a verb.
_DESCRIBED: Final = re.compile(r"\s*[Tt]he (?P<head>[a-z]+) (?=[a-z])")
# `The Tarnbury university released ...`: a place's name between `the` and a body's noun says
# where the body is, not what it is called (a capitalised noun, `The Holmcaster University`, is a
# name instead); the sentence's subject is still `the university`.
PLACED_BODY_OPENS: Final = re.compile(r"\s*(?P<the>[Tt]he) [A-Z][a-z]+ (?P<head>[a-z]+) (?=[a-z])")


# Words by which a body's name calls its members or their field: "the physicians" of "Doctors
# for Truth" or of the "Medical Association of Orvane"; "the teachers" of an "Education Union".
_MEMBER_WORDS: Final = (
    frozenset("physicians doctors medics medical health nurses nursing clinicians".split()),
    frozenset("lawyers attorneys bar legal".split()),
    frozenset("workers employees labor labour staff".split()),
    frozenset("teachers educators education".split()),
    frozenset("scientists science scientific researchers research".split()),
    frozenset("farmers farm farming agricultural".split()),
    frozenset("pilots aviators".split()),
    # (one word's two spellings: `the centre` of the `National Center for Hydrology`)
    frozenset("centre center".split()),
    frozenset("theatre theater".split()),
)
_SAME_MEMBERS: Final = {word: group for group in _MEMBER_WORDS for word in group}


def named_by(head: str, name: str) -> bool:
    """`the ministry` for `Ministry of Health`, `the physicians` for `Physicians for Peace`."""
    return not naming_words(head).isdisjoint(lowered_words(name))


@lru_cache(maxsize=1024)
def naming_words(head: str) -> frozenset[str]:
    """The words a body's name holds when `the <head>` names it: the head, its singular
    (`the physicians` of `Physician Alliance`), a body's word's plural (`the chamber` of
    `Chambers of Commerce`, not `the surveyor` of `Chamber of Surveyors`), and the words of
    its members (`doctors`)."""
    heads = _SAME_MEMBERS.get(head, {head})
    plurals = {h + "s" for h in heads if h in ORG_WORDS}
    return frozenset(heads) | {h[:-1] for h in heads if h.endswith("s")} | plurals


@lru_cache(maxsize=4096)
def lowered_words(name: str) -> frozenset[str]:
    """A body's name's words in lower case, read once per name: `the publisher` asks of up to
    KNOWN_ENTRIES names for every description, most of them the same names again. A plural's
    apostrophe is dropped: `the residents` of the `Castle Vale Residents’ Association`."""
    return frozenset(word.rstrip("'’") for word in name.lower().split())


# Nouns for a group of players: "the trio said" after "the folk trio Saltwick".
_ENSEMBLES: Final = frozenset("band trio duo quartet quintet orchestra choir ensemble".split())
# Nouns for the same kind of body: "the charity said" after "the Kestrel Foundation".
_KINDS: Final = (
    # (`the Royal National Lifeboat Institution`: a charity by its name's word, as an institute)
    frozenset("charity foundation trust fund nonprofit institution".split()),
    frozenset("ministry department office directorate".split()),
    frozenset("university college school institute academy institution".split()),
    frozenset("union guild federation association".split()),
    frozenset("club team united rovers wanderers athletic albion city".split()),
    frozenset("agency authority administration commission board service bureau regulator".split()),
    _ENSEMBLES,
    frozenset("hospital clinic infirmary".split()),
    # a group of hospitals: `the hospital system` of `X Medical Group` or `X Health`
    frozenset("system group network health healthcare".split()),
    frozenset("bank lender".split()),
    # the American and the British word for one kind of company: `the railroad` of `X Railway`
    frozenset("railroad railway".split()),
    # a union of states (`the bloc` of the `African Union`), a party by its name's noun (`the
    # party` of the `Liberty Alliance`), a city's transit service (`the agency` of `X Transit`)
    frozenset("bloc union".split()),
    frozenset("party alliance front movement congress".split()),
    frozenset("agency transit".split()),
    # a police service: `the force` of `Northshire Police` or `X Constabulary`
    frozenset("force police constabulary".split()),
)

# `the group said` of a body of members the article named (`the Harbour Pilots Council`): a
# word only for that noun, not a kind of its own (`the council` is no `Pilots Association`).
_GROUPED: Final = frozenset(
    "association council coalition alliance federation union league society guild forum "
    "network chamber caucus".split()
)


# `the group` of a body of members by its head, when the noun is read by kind (see
# fits_by_kind): `The X Association of Private School Owners` (not a union or a council, which a
# text calls by their own nouns).
_MEMBER_GROUPS: Final = frozenset("association society coalition alliance forum".split())


def _business_group(last: str) -> bool:
    """`the group said` of `Orchid Hotels`, `Harlow Foods`, `Vance Holdings`: a firm named by its
    trade's plural is a business group (`the group` is no `Harlow Software`)."""
    return last in COMMERCIAL and last.endswith("s") and not last.endswith("ss")


# `the union` of the `Irish Nurses and Midwives Organisation`, the `Organization of Bus
# Drivers`: an organisation named by the trade of its members (a plural noun for people at
# work: `nurses`, `teachers`, `drivers`), not the `World Health Organization`.
_ORGANISATIONS: Final = frozenset({"organisation", "organization"})
_MEMBERS_PLURALS: Final = frozenset(
    word for group in _MEMBER_WORDS for word in group if word.endswith("s")
) | frozenset("midwives drivers firefighters engineers journalists officers".split())


def union_of_members(name: str) -> bool:
    """`Harbour Teachers Organisation`, `National Organization of Bus Drivers`: `the union`."""
    words = lowered_words(name)
    return not words.isdisjoint(_ORGANISATIONS) and not words.isdisjoint(_MEMBERS_PLURALS)


# A government body's unit words: `the agency` of the `X Division of Emergency Services`.
_UNIT_HEADS: Final = frozenset("division department office bureau directorate".split())


def _agency_unit(head: str, name: str) -> bool:
    """`the agency` of `Georgia Division of Forestry Services`: a unit word before the name's
    `of` (the body's own noun) is an agency's."""
    before, of, _ = name.lower().partition(" of ")
    return head == "agency" and bool(of) and before.rsplit(None, 1)[-1] in _UNIT_HEADS


# A water's or a harbour's word opening a bare name makes it a place, which no body's noun
# calls: `the regulator` is no `River Ruddlebrook`, `the operator` no `Port Tavish` (`River
# Island`, `Lake Forest College`, `Port Tavish Authority` end in a body's word).
FEATURE_OPENERS: Final = ("River ", "Lake ", "Loch ", "Port ", "Mount ")


# The heads of a government's unit's name, which a text calls `the agency` (not `the authority`,
# not `the regulator`: a department may only serve) and never a business, whatever trade word
# stands before them: `Vell Department of Fish and Wildlife`, `Tarn Regional Transit District`,
# `Bureau of Land Records` (not `service`: `Vell Cleaning Service` is a firm).
AGENCY_HEADS: Final = frozenset("department district bureau administration directorate".split())


def business_named(name: str) -> bool:
    """`Orbis Inc.`, `Corrin Seafood Varne`: a business's word ends the name or stands
    before the place that ends it (the firm's trade, then where it works)."""
    words = headed_name(name).lower().split()  # (`Ministry of Fisheries` is headed `Ministry`)
    if len(words) > 1 and words[-1] in LEGAL_FORMS:
        return True  # (`Vell Engineering Sdn Bhd`: a form no trade's word list holds)
    if " " in name and name.split(" ", 1)[0] in LEADING_FORMS:
        return True  # (`PT Jalan Vell Teknologi`: the form opening the name)
    if len(words) == 1 and words[0] in LEGAL_FORMS:
        return False  # (`Bhd` alone: a form, no name)
    # (`Vell Regional Transit District`: a trade's word before a government unit's head)
    before_place = len(words) > 2 and words[-2] in COMMERCIAL and words[-1] not in AGENCY_HEADS
    return words[-1] in COMMERCIAL or before_place


def fits(head: str, name: str) -> bool:
    """`the company` fits `Apple` or `Orbis Inc.`, not `Ministry of Health`."""
    # (a form's stop is no other word: `Orbis Inc.` is no regulator, as `Orbis Inc` is not)
    last = company_form_word(name.split()[-1])
    if head in _ENSEMBLES and last in COMMERCIAL:
        return False  # "the trio said" is no "Rough Harbour Records"
    trade = TRADE_ENDINGS.get(trade_word(name))
    if trade is not None:
        # "the airline said" of `Harrowsmith Air`, not "the grocer"; the department of the
        # `Department of Natural Resources` (its own noun)
        return head in trade or named_by(head, name)
    if last in WORSHIP_ENDINGS:
        # (`the kirk session` of `Vell Parish Church`; `the local authority` is none of it)
        return head in CONGREGATION_NOUNS or named_by(head, name)
    commercial = head in COMPANY_ANAPHORS and business_named(name)
    # (a local government is no group of members: `the group` is no `Tarvos city council`)
    members = last in _GROUPED and not local_council(name)
    grouped = head == "group" and (members or _business_group(trade_word(name)))
    if named_by(head, name) or commercial or grouped or oversight_body(head, name):
        return True
    if trade_named(head, name):
        return True
    # (`Reserve Bank of India`: a bank by the word before `of`, no bare name that every noun
    # fits, as `India` alone would be)
    kind = _name_head(name, last)
    if kind not in ORG_WORDS:
        return not name.startswith(FEATURE_OPENERS)  # `River Ruddlebrook` is no one's body
    if _kin(head, kind):
        return True
    if _agency_unit(head, name):
        return True
    if head == "authority" and local_council(name):
        return True
    if head == "hospital" and medical_centre(name):
        return True
    return head == "union" and union_of_members(name)


def says_no_kind(name: str) -> bool:
    """`RCMP`, `Orbis` -> True: a name whose words say no kind of body (no body's word, trade
    or place of worship), which `fits` lets every noun fit; `Tarn Water Ltd`, `Ministry of
    Health`, `Vell Air` -> False."""
    last = company_form_word(name.split()[-1])
    if TRADE_ENDINGS.get(trade_word(name)) is not None or last in WORSHIP_ENDINGS:
        return False
    return _name_head(name, last) not in ORG_WORDS and last not in COMMERCIAL


def headed_by_qualifier(name: str, qualifier: str, noun: str) -> bool:
    """`the health authority` of `Nova Scotia Health`: a name of two or more words whose head
    (see _name_head) is the word before a body's noun is that noun's body of its place; not
    `Vell Health Clinic` (a clinic), `Department of Transport` for `the transport firm` (a
    department), nor `the health minister` (no body's noun)."""
    words = name.split()
    if len(words) < 2 or noun not in ORG_ANAPHORS:
        return False
    return _name_head(name, company_form_word(words[-1])) == qualifier


# Nouns for a body that oversees others, and the words of the names such bodies bear: `the
# watchdog` of the `Office of the Privacy Commissioner` or the `Broadcasting Standards Board`
# (a `Port Authority` runs a port: no such word).
_OVERSIGHT_NOUNS: Final = frozenset({"watchdog", "regulator"})
_OVERSIGHT_WORDS: Final = frozenset(
    "commissioner commissioners ombudsman ombudsperson regulator regulatory inspectorate "
    "inspector auditor standards".split()
)


def oversight_body(head: str, name: str) -> bool:
    """`the watchdog` of `Office of the Data Commissioner` -> True, of `Ministry of Health` ->
    False: a watchdog's noun fits a name that says it oversees (see _OVERSIGHT_WORDS)."""
    return head in _OVERSIGHT_NOUNS and not _OVERSIGHT_WORDS.isdisjoint(lowered_words(name))


# A trade's noun and the words of a firm's name that say it plies that trade: `the laboratory`
# of `Harbour Diagnostic Services Ltd` or `Kestrel Pathology` (`the laboratory` is no `Kestrel
# Foods`).
_TRADE_NAME_WORDS: Final = {
    noun: frozenset(words.split())
    for nouns, words in (
        ("laboratory lab", "diagnostic diagnostics pathology laboratories labs testing analytical"),
    )
    for noun in nouns.split()
}


def trade_named(head: str, name: str) -> bool:
    """`the laboratory` of `Atlas Diagnostic Services Ltd` -> True, of `Atlas Foods` -> False:
    a trade's noun fits a name holding a word of that trade (see _TRADE_NAME_WORDS)."""
    words = _TRADE_NAME_WORDS.get(head)
    return words is not None and not words.isdisjoint(lowered_words(name))


# The endings of a hospital's name that do not say `Hospital`: `St. Jude Medical Center`.
_MEDICAL_CENTRES: Final = tuple(
    f" {kind} {centre}" for kind in ("medical", "health") for centre in ("center", "centre")
)


def medical_centre(name: str) -> bool:
    """`the hospital` of `St. Orla's Medical Center` or `Ridgeway Health Centre`."""
    return name.lower().endswith(_MEDICAL_CENTRES)


# The words before `Council` that make a council a local government: `Wrenby Borough Council`.
_LOCAL_COUNCILS: Final = frozenset(
    "borough county city district town shire parish metropolitan municipal regional".split()
)


def local_council(name: str) -> bool:
    """`the authority` of `Wrenby Borough Council` or `Kellam County Council`: British copy
    calls a local council `the local authority` (an `Arts Council` is no such body)."""
    words = name.lower().split()
    return len(words) >= 3 and words[-1] == "council" and words[-2] in _LOCAL_COUNCILS


# The closing words of a local government's name after a local word (see _LOCAL_COUNCILS):
# `Orlen City Corporation`, `Vell City Hall`, `Tarn District Council`; and the nouns a text
# calls it by: `the municipality`, `the city authority`, `a spokesperson for the local authority`.
_LOCAL_CLOSINGS: Final = frozenset("council corporation hall".split())
LOCAL_NOUNS: Final = frozenset("municipality authority".split())


# The words that make a generic body's noun a town's or a city's own government: `the civic
# body`, `the municipal authority` (Indian and other copy's names for a municipal corporation).
_CIVIC_WORDS: Final = frozenset("civic municipal".split())
_CIVIC_HEADS: Final = frozenset(
    "body authority administration agency council corporation government".split()
)
_MUNICIPALITY: Final = "municipality"


def civic_noun(words: list[str]) -> list[str] | None:
    """`the civic body` -> `the municipality`: a generic body's noun a civic word qualifies is
    the local government (see LOCAL_NOUNS: `X Municipal Corporation`, `Y City Council`), not
    the latest body of any kind; `the civic centre`, `the body`, `a civic body` -> None."""
    if len(words) != 3 or words[0].lower() != "the" or words[1].lower() not in _CIVIC_WORDS:
        return None
    return [words[0], _MUNICIPALITY] if words[2] in _CIVIC_HEADS else None


def local_government(name: str) -> bool:
    """`Orlen City Corporation`, `Vell City Hall`, `Tarn District Council`, `Vell Municipality`,
    `Isle of Vell Council` -> True; `Orlen Trading Corporation`, `Arts Council`, `Carnegie
    Hall` -> False: a city's or a district's government by its name's closing words."""
    words = name.lower().split()
    if len(words) < 2:
        return False
    if words[-1] == "council" and name.split(None, 1)[0] in PLACE_OF_HEADS and " of " in name:
        return True  # (`Isle of Wight Council`, `Borough of Tarn Council`: a place's council)
    return words[-1] == "municipality" or (
        words[-1] in _LOCAL_CLOSINGS and words[-2] in _LOCAL_COUNCILS
    )


def company_form_word(word: str) -> str:
    """`Ltd.` -> `ltd`, `Inc.` -> `inc`, `Authority` -> `authority`: a name's last word in lower
    case, the stop of its abbreviation dropped."""
    return word.lower().rstrip(".")


def _name_head(name: str, last: str) -> str:
    """`Reserve Bank of India` -> `bank`: a body's word before a name's `of`, else its last
    word (`Friends of the Millbrook Library` -> `library`), or the body's own noun before a
    place that ends the name (`Energy Union Tarania` -> `union`, not a bare name)."""
    before, of, _ = name.partition(" of ")
    word = before.rsplit(None, 1)[-1].lower() if of and before else ""
    if not word and last not in ORG_WORDS:
        words = name.lower().split()
        word = words[-2] if len(words) > 2 and words[-2] in ORG_ANAPHORS else ""
    return word if word in ORG_WORDS else last


def _kin(head: str, last: str) -> bool:
    """`the charity` of a name ending `Foundation`: the noun and the name's last word are of
    one kind of body (_KINDS)."""
    return any(head in kind and last in kind for kind in _KINDS)


def headed_name(name: str) -> str:
    """`Teachers' Association of Ireland` -> `Teachers' Association`: a body's name without its
    `of`/`for` part, so its last word is the head that says its kind."""
    cut = min((at for at in (name.find(" of "), name.find(" for ")) if at > 0), default=-1)
    return name[:cut] if cut > 0 else name


def headed_by(head: str, name: str) -> bool:
    """`department` heads `Department of Livestock Services` and `Fire Department`, not
    `Epidemiology Division` nor `Ministry of Agriculture and Rural Development`."""
    return headed_name(name).rsplit(None, 1)[-1].lower() == head


def plural_headed(head: str, name: str) -> bool:
    """`the airline` of `Vendaval Airlines`, `the bank` of `Northern Banks of Orvane`: the
    noun's plural heads the name (`the surveyor` is no `Chamber of Surveyors`: `Chamber`
    heads it)."""
    return headed_by(f"{head}s", name)


# A campaign is named by its call to act (`Save Holloway Fields`, `Protect Orme Woods`), and
# called by `the campaign` or `the campaigners` later.
CAMPAIGN_CALLS: Final = frozenset("Save Stop Protect Defend Reclaim Scrap".split())
_CAMPAIGN_NOUNS: Final = frozenset("campaign campaigners".split())


def campaign_called(head: str, name: str) -> bool:
    """`the campaigners` of `Save Holloway Fields`; not of `Holloway Fields Action`, nor `the
    union` of `Save Holloway Fields`."""
    return head in _CAMPAIGN_NOUNS and name.split(None, 1)[0] in CAMPAIGN_CALLS


def fits_by_kind(head: str, name: str) -> bool:
    """`the bloc` of the `European Union`, `the regulator` of the `Water Authority`: the noun
    names the body or its kind by a word of its name (`the brokerage` of `X Securities`, see
    TRADE_ENDINGS), as no bare name (`Ofgem`) is fitted. The kind is the name's head, before
    its `of` (`Ministry of Health` is no `health` group; `The X Association of Private School
    Owners` is `the group`, a body of members)."""
    last = headed_name(name).rsplit(None, 1)[-1].lower()
    if named_by(head, name) or _kin(head, last) or trade_named(head, name):
        return True
    if head == "group" and last in _MEMBER_GROUPS:
        return True
    if head == "utility" and utility_named(name):
        return True
    if plural_headed(head, name) or campaign_called(head, name):
        return True
    if head in LOCAL_NOUNS and local_government(name):
        return True  # (`the municipality` of `Orlen City Corporation`)
    if head == "group" and _business_group(trade_word(name)):
        return True  # (`the group` of `Vance Holdings Ltd`, a trade's plural before its form)
    # (a trade's own noun only: every trade's firm is `the company`)
    return head not in _FIRM_NOUNS and head in trade_nouns(name)


# A public utility's name: a service's word before a public body's head, `Tarsel Waterworks
# Authority`, `Vell Power Corporation`, `X Water and Sewerage Board` (`the utility` calls it,
# though no word of its name is `utility`; not `Vell Resources Authority`); a members' energy
# cooperative too: `Tarn Sound Energy Cooperative`.
_UTILITY_SERVICES: Final = frozenset(
    "water waterworks sewerage sewer power electric electricity energy gas".split()
)
_UTILITY_HEADS: Final = frozenset(
    "authority board corporation commission district cooperative co-operative co-op".split()
)


def utility_named(name: str) -> bool:
    """`Orwa United Water Authority`, `Tarn Power Corporation` -> True; `Tarn Water`
    (see _NAME_KINDS), `Food Standards Authority` -> False: a utility run as a public body."""
    words = [w.lower() for w in headed_name(name).split()]
    return (
        len(words) > 1
        and words[-1] in _UTILITY_HEADS
        and not _UTILITY_SERVICES.isdisjoint(words[:-1])
    )


def kind_fitted(head: str, name: str) -> bool:
    """`the firm` of `Quillan Seafood Harris`, `the union` of `X Paramedics Union`: the noun
    fits by a word of the name, as fits_by_kind, or a business's noun by its trade's word (see
    business_named); never a bare name."""
    return fits_by_kind(head, name) or (head in COMPANY_ANAPHORS and business_named(name))


# The nouns a country or a city is called by too: `Britain's foreign minister` is no body
# called `Britain` by `the ministry said` (see role_owner).
STATE_NOUNS: Final = frozenset(
    "government ministry department council office administration embassy".split()
)
# A role opened by a body's name in a possessive: `Ofgem's director of retail`, `The
# European Union's lead negotiator` (the name only, without `The`); or one that says where its
# holder works: `an analyst at Marwah Securities`.
_ROLE_OWNER: Final = re.compile(r"(?:[Tt]he )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,4})['’]s ")
_ROLE_AT: Final = re.compile(r" at (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*){0,4})")


def role_owner(role: str) -> str | None:
    """`Ofgem's director of retail` -> `Ofgem`, `analyst at Vantage Securities` -> `Vantage
    Securities`: the body a role names as its holder's, else None."""
    match = _ROLE_OWNER.match(role) if "s " in role else None
    match = match or (_ROLE_AT.search(role) if " at " in role else None)
    return match.group(1) if match is not None else None


def same_kind(head: str, noun: str | None) -> bool:
    """`the company` of a body the article called `the insurer`, `the charity` of one it called
    `the trust`: two nouns for one kind of body (its name may say another: `Cathcart Mutual`)."""
    if noun is None:
        return False
    if head == noun or (head in COMPANY_ANAPHORS and noun in COMPANY_ANAPHORS):
        return True
    return any(head in kind and noun in kind for kind in _KINDS)


# Titles a sentence's subject may hold for one person named before: `The judge also ordered`.
SUBJECT_TITLES: Final = frozenset(
    "judge magistrate coroner mayor governor senator minister coach manager president "
    "chancellor prosecutor sheriff premier ambassador commissioner chairman chairwoman leader "
    "moderator".split()
)
# `the lead author`: the one who led the study (see Described.lead_person).
LEAD_HEADS: Final = frozenset("author researcher investigator scientist".split())
# The word after a body's noun that makes the two one person's title: `The council leader
# rejected ...`, `The union president said` (the person, not the council or the union).
_BODY_TITLE: Final = re.compile(r"(?P<title>[a-z]+) (?=[a-z])")


def _may_open_described(masked: str, start: int) -> bool:
    """False where _DESCRIBED cannot match at `start`, its first character being neither a space
    nor `T`/`t`: `Police said` -> False, ` The council` -> True (one slice spares the match)."""
    first = masked[start : start + 1]
    return first == "T" or first == "t" or first.isspace()


def described_subjects(masked: str, bounds: tuple[tuple[int, int], ...]) -> list[tuple[int, str]]:
    """Sentences whose subject is a body's noun or a title: `The company denied ...` ->
    (offset, "company"), `The judge also ordered ...` -> (offset, "judge")."""
    found: list[tuple[int, str]] = []
    if "he " not in masked:
        return found  # no `the` or `The` before a word: no sentence to try (most lines of a list)
    for start, _ in bounds:
        if not _may_open_described(masked, start):
            continue
        match = _DESCRIBED.match(masked, start)
        if match is None:
            placed = PLACED_BODY_OPENS.match(masked, start)
            if placed is not None and placed.group("head") in ORG_ANAPHORS:
                found.append((placed.start("the"), placed.group("head")))
            continue
        head = match.group("head")
        if head in ORG_ANAPHORS or head == "lead":
            title = _BODY_TITLE.match(masked, match.end())
            word = title.group("title") if title else None
            if word in SUBJECT_TITLES:
                head = word
            elif head == "lead" and word in LEAD_HEADS:
                head = "lead " + word  # `The lead author was more hopeful.`
        if head in ORG_ANAPHORS or head in SUBJECT_TITLES or head.startswith("lead "):
            found.append((match.start("head") - 4, head))
    return found


# The kinds of body a name's last word says it is, by the nouns an article may go on to call it
# without ever writing them for it: `Oakridge Homes` ... `the housing association said`,
# `the Lantern Playhouse` ... `the theatre said`, `Northvale Energy` ... `the utility said`.
_HOUSING = frozenset({"housing association", "housing provider", "housing group", "landlord"})
_POWER = frozenset({"utility", "supplier", "energy company", "energy supplier", "power company"})
_WATER = frozenset({"utility", "supplier", "water company", "water utility", "water board"})
_THEATRE = frozenset({"theatre", "theater", "venue", "playhouse"})
_TRANSPORT = frozenset({"operator", "rail operator", "train operator", "bus operator"})
# A school district named by its schools (`Lake X Area Schools`, `Y Unified`), a council by its
# borough (`Z Borough`): `the district said`, `the council said`.
_SCHOOLS = frozenset({"district", "school district", "school board", "school system"})
_BOROUGH = frozenset({"council", "borough council", "local authority"})
_NAME_KINDS: Final = {
    "homes": _HOUSING,
    "housing": _HOUSING,
    "energy": _POWER,
    "power": _POWER,
    "electric": _POWER,
    "electricity": _POWER,
    "gas": _POWER,
    "water": _WATER,
    "stage": _THEATRE,
    "theatre": _THEATRE,
    "theater": _THEATRE,
    "playhouse": _THEATRE,
    "rail": _TRANSPORT,
    "trains": _TRANSPORT,
    "buses": _TRANSPORT,
    "coaches": _TRANSPORT,
    "schools": _SCHOOLS,
    "unified": _SCHOOLS,
    "borough": _BOROUGH,
}
# Every such description: any other is never matched to a name (`the company` is no kind of a
# name's word, though `energy company` is).
_ALL_KINDS: Final = frozenset().union(*_NAME_KINDS.values())


def kind_described(words: list[str]) -> bool:
    """The description's last word, or its last two, is a kind some name's word implies."""
    last = words[-1].lower()
    return last in _ALL_KINDS or (len(words) > 1 and f"{words[-2].lower()} {last}" in _ALL_KINDS)


# Each kind's name words, the other way round: `operator` -> `rail`, `trains`, `buses`, `coaches`.
_KIND_NAME_WORDS: Final = {
    kind: tuple(word for word, kinds in _NAME_KINDS.items() if kind in kinds) for kind in _ALL_KINDS
}


def implying_words(words: list[str]) -> list[str]:
    """The last words (lower case) of the names name_implies the description `words` of: `the
    rail operator` -> `rail`, `trains`, `buses`, `coaches`; `the company` -> none. (The names a
    description may be looked up by their last word, not tested one by one.)"""
    last = words[-1].lower()
    found = list(_KIND_NAME_WORDS.get(last, ()))
    if len(words) > 1:
        for word in _KIND_NAME_WORDS.get(f"{words[-2].lower()} {last}", ()):
            if word not in found:
                found.append(word)
    return found


def last_name_word(name: str) -> str:
    """`Oakridge Homes` -> `homes`: the word of a name that name_implies reads ('' for none)."""
    parts = name.rsplit(None, 1)
    return parts[-1].lower() if parts else ""


def name_implies(words: list[str], name: str) -> bool:
    """`the housing association` (its words after `the`) of `Oakridge Homes`: the description
    (its last two words, or its last alone) is a kind the name's last word implies."""
    kinds = _NAME_KINDS.get(name.rsplit(None, 1)[-1].lower())
    if kinds is None:
        return False
    last = words[-1].lower()
    return last in kinds or (len(words) > 1 and f"{words[-2].lower()} {last}" in kinds)
