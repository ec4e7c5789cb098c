"""Word lists behind quote extraction and attribution: verbs, titles, organisations, cues."""

from __future__ import annotations

from typing import Final

from api.parser.calendar_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that quote someone's words about a thing: "Dorsey called the ruling “a win”".
# Verbs of praise or blame quote the subject's own word the same way: "Lee praised his side's
# ‘character’"; and a label's verbs do when a named subject gives the label (LABEL_VERBS).
NAMING_VERBS: Final = _words(
    """
    called described dismissed characterized characterised deemed hailed praised criticised
    criticized lauded condemned termed branded labelled labeled accused accuses
    """
)
# The naming verbs' participles after a comma: `The brokerage raised its target, calling the
# company “...”`, `X rejected the result, accusing the commission of “...”` (the subject's words).
NAMING_PARTICIPLES: Final = _words("calling describing accusing labelling labeling branding")
# Verbs of blame or praise: what they quote is the subject's own word even when a description,
# not a name, is the subject (`The union's regional director accused managers of ‘...’`).
BLAME_PRAISE_VERBS: Final = _words(
    """
    accused accuses praised criticised criticized lauded condemned hailed
    """
)
# Label cues (NOT_SPEECH_CUES) that are verbs too: "Roe termed the plan “a farce”" gives Roe's
# words, where "the so-called “farce”" or "termed the role as “the X problem”" gives a label
# (`dubbed` names a nickname: "dubbed him “Big Al”").
LABEL_VERBS: Final = _words("termed branded labelled labeled")

# Nouns for what someone said, whose owner or `of` names the speaker of the quote beside them:
# `That was the verdict of X`, `X's reaction: “...”`.
MESSAGE_NOUNS: Final = _words(
    """
    message words word warning verdict view plea advice appeal promise assessment reaction
    response answer reply
    """
)

# Verbs that introduce a person's words: "Pifer said", "said Pifer", "X questioned whether".
REPORTING_VERBS: Final = _words(
    """
    said says tells told added adds explained explains noted warned warns questioned asked asks
    argued argues insisted insists claimed stated wrote writes tweeted continued recalled recalls
    acknowledged admitted admits remarked commented replied replies responded answered declared
    announced suggested suggests predicted concluded cautioned stressed emphasized emphasised
    conceded observed reported contended mused quipped joked urged vowed pledged promised boasted
    complained lamented shouted exclaimed whispered wondered confirmed agreed recounted testified
    reiterated comments countered cautions adds posted begged pleaded demanded read reads
    repeated retorted affirmed alleged assured clarified elaborated maintained opined reasoned
    reminded revealed underscored asserted continues concludes stresses notes tweets yelled
    screamed snapped interjected muttered mutters murmured murmurs grumbled grumbles ruled found
    """
)

# Participles take the subject of their main clause: "Ryabkov dashed hopes, saying he ...".
PARTICIPLES: Final = _words(
    """
    saying telling adding explaining noting warning asking arguing insisting claiming questioning
    writing stressing suggesting acknowledging admitting declaring announcing urging vowing
    pledging promising replying responding answering shouting exclaiming recalling complaining
    demanding pleading tweeting quipping joking cautioning conceding predicting concluding
    confirming countering repeating citing ruling finding
    """
)

# Tokens allowed between a subject and its verb: "Pifer also said", "Mayer on Tuesday said".
ADVERBIAL: Final = (
    _words(
        """
    also later then previously once again further recently repeatedly earlier separately likewise
    first similarly too still often has have had on in at a an statement interview last this week
    month year today yesterday tonight morning afternoon evening night simply flatly bluntly
    quickly quietly publicly privately
    """
    )
    | WEEKDAYS
)

# Words that end a backward walk over a role written before a name ("to Disney Chief Executive").
ROLE_BOUNDARY: Final = _words(
    """
    the a an to by with from at as on in into about against like than between among after before
    over under per via including such and or but nor while because although though if when
    whereas whether so yet that which who whom whose he she they it we i you your my his her their
    its our
    is are was were be been being has have had will would can could should may might must did do
    does also not according said says told whom this these those there here called named dubbed
    quoted quotes quoting cited cites citing
    many some several few all most other both each every any no more
    """
)

# Styles of address of other cultures, written before a name and no part of it: `Madam Siti
# Osman` (Singapore, Malaysia), `Alhaji Sani Bello` and `Alhaja`, `Hajia` (a West African
# Muslim's style after the pilgrimage), `Datuk`, `Dato'`, `Datin` (Malaysian honours),
# `Comrade`, `Engr` (a Nigerian engineer's style), `Brother` (a monk's or a church member's),
# `Puan`, `Encik`, `Cik` (Malay `Mrs`, `Mr`, `Miss`: `Puan Aminah Yusof`), `Shri`, `Shrimati`,
# `Smt` (Indian `Mr`, `Mrs`), `Mwalimu` (Swahili `Teacher`, as `Mwalimu Julius X`), `Awang`,
# `Dayang` (Brunei Malay `Mr`, `Ms`: `Dayang Nurul Aina binti Haji X`, whose `Nurul` is a given
# name and stays).
# (`Haji` is also a word inside Malay names, `Tan` and `Toh` surnames, `Sri` and `Tun` given
# names or their parts (`Sri Mulyani`, `Tun Tun Oo`): none is one alone, so neither are `Tan
# Sri`, `Toh Puan`.)
# Myanmar styles written before a name and no part of it (Wikipedia, `Burmese names`: a name has
# no surname, and the style says age and sex): `U` (Mr, an older man: `U Tin Maung`), `Daw`
# (Mrs, an older woman: `Daw Aye Aye Mon`). Style guides that name Myanmar people (the Myanmar
# Times writes the style, Reuters and AP drop it) keep the name without it. A style only where
# it opens a name: after a name's word `U` is an initial and `Daw` a surname (`Harold U Mendes`,
# `Alicia Daw`; see quote_names.style_as_name), and a lone `U`, `Daw` is no style either.
# (`Ko`, `Ma`, `Maung` (a young man's, a young woman's, a boy's style) are given names as often,
# `Ma` and `Ko` Chinese and Korean surnames too; Karen `Saw`, `Naw` and Shan `Sai`, `Nang`, `Nan`
# are kept by many as the first word of the name itself (`Saw Maung`): none is listed.)
MYANMAR_STYLES: Final = _words("u daw")
STYLES_OF_ADDRESS: Final = (
    _words(
        "madam madame alhaji alhaja alhadji hajia hajiya datuk dato dato' dato’ datin comrade engr"
        " brother puan encik cik shri shrimati smt mwalimu awang dayang"
        # a Malay grade after `Datuk` (`Datuk Seri X`), a religious teacher's (`Ustaz X`), a Hausa
        # teacher's (`Mallam X`), Tamil `Thiru` (Mr) and `Tmt` (Mrs), a church's `Prophet X`
        " seri ustaz ustazah mallam thiru tmt prophet prophetess apostle"
    )
    | MYANMAR_STYLES
)

# Styles of two words neither of which is a style alone (the Malay ones `Tan Sri` and `Toh Puan`
# above, and a village head's `Tok Ketua`, `Tok Penghulu`, `Ketua Kampung`, `Tok Batin`): `Tok
# Ketua Aziz Omar said` names Aziz Omar (see quote_names.two_word_style).
TWO_WORD_STYLES: Final = frozenset(
    {("tan", "sri"), ("tok", "ketua"), ("tok", "penghulu"), ("ketua", "kampung"), ("tok", "batin")}
)

# Trades a reader knows, none of them a given name, written before a name as its title:
# `Plumber Dean Holt said`, `A lawyer, Barrister Ibrahim X, said` (`Baker`, `Carpenter`, `Mason`
# are surnames too and stay out).
TRADE_WORDS: Final = _words(
    """
    plumber electrician welder roofer bricklayer plasterer glazier tiler joiner locksmith
    mechanic labourer laborer tradesman tradeswoman tradie hairdresser barber butcher grocer
    publican beekeeper shepherd herder rancher barrister
    """
)

# The short forms of titles, ranks and offices, written with or without a stop that ends no
# sentence before a name: `Gov. Eric Holcomb`, `Cllr. Ann Roe`, `Ald. Tom Hale`, `Pst. Ade Bello`.
# One source for the quote spans' stops (ABBREVIATIONS), the name reader's words (quote_tokens)
# and the title words (TITLE_WORDS). (`Barr.`, a barrister's, is a surname too: not listed.)
TITLE_SHORT_FORMS: Final = _words(
    """
    mr mrs ms dr prof gov sen rep gen col lt sgt capt adm rev supt insp det cmdr hon msgr fr maj
    cdr const atty amb commr comr asst assoc dep pres cllr coun engr brig cpl pte ald pst ven
    """
)

# Head words of a role or title: "press secretary", "Deputy Foreign Minister", "Gov.", and
# the short forms of ranks and offices (`Maj.`, `Const.`, `Atty.`, `Amb.`, `Commr`, `Asst.`).
TITLE_WORDS: Final = (
    STYLES_OF_ADDRESS
    | TRADE_WORDS
    | TITLE_SHORT_FORMS
    | _words(
        """
    president vice minister secretary deputy spokesperson spokesman spokeswoman speaker
    superintendent governor gov sen senator rep representative congressman congresswoman mayor
    chancellor premier chief executive officer director chairman chairwoman chair ceo cfo coo cto
    founder co-founder cofounder head leader commissioner administrator ambassador envoy general
    gen col colonel lt lieutenant sgt sergeant capt captain adm admiral commander judge justice
    attorney lawyer prosecutor sheriff inspector detective professor prof dr doctor mr mrs ms miss
    sir dame lord lady rev reverend pastor bishop rabbi imam pope king queen prince princess duke
    duchess coach manager analyst expert economist researcher scientist teacher principal nurse
    physician surgeon editor reporter correspondent columnist author writer actor actress singer
    rapper musician artist producer player striker goalkeeper quarterback owner partner adviser
    advisor strategist consultant engineer official fellow member councillor councilman
    councilwoman councilor trustee historian lecturer student resident activist organizer
    organiser campaigner veteran worker farmer chef designer architect investor entrepreneur
    banker trader aide assistant associate candidate nominee lawmaker legislator delegate diplomat
    boss host presenter anchor moderator pundit pollster critic ally survivor witness guitarist
    drummer magistrate coroner
    advocate spokesperson director-general secretary-general provost registrar epidemiologist
    developer programmer pm mp mla mep
    virologist psychologist psychiatrist pharmacist dentist therapist paramedic firefighter
    undersecretary under-secretary fisherman fishermen vendor shopkeeper midfielder defender
    forward winger linebacker receiver pitcher shortstop cornerback sprinter swimmer golfer
    jockey skipper batsman ranger headman headwoman
    commuter passenger shopper pensioner retiree homeowner renter landlord voter customer
    deckhand neighbour neighbor priest vicar coroner
    cllr coun supt insp det cmdr hon msgr fr father sister
    taoiseach tánaiste tanaiste sheikh shaykh uncle aunty auntie
    ratu bu ibu bapak dona
    chaplain rector curate deacon archdeacon archbishop cleric clergyman clergywoman
    brigadier brig corporal cpl constable commodore major-general lieutenant-general
    lieutenant-colonel lt-col lt-gen maj-gen
    constable trooper patrolman patrolwoman pc pte
    headteacher head-teacher headmaster headmistress schoolteacher
    winner
    commentator caster shoutcaster
    regent alderman alderwoman alderperson selectman selectwoman selectperson freeholder
    councilmember
    supervisor
    grandmaster
    maj cdr const atty amb commr asst
    """
    )
)

# Words that qualify a title's head into a title of several words: `International Master`,
# `FIDE Master`, `Woman Grandmaster` (see quote_rank_titles.qualified_title).
TITLE_QUALIFIER_WORDS: Final = _words("international fide candidate grand woman")

# Family words written between a possessive and a name: `her son Jonas`, `his wife, Mei,`.
FAMILY_WORDS: Final = _words(
    """
    son daughter wife husband brother sister mother father mum mom dad grandson granddaughter
    grandmother grandfather nephew niece uncle aunt cousin partner fiance fiancee widow widower
    stepson stepdaughter stepfather stepmother sibling
    """
)


def kin_before(text: str, start: int) -> bool:
    """The word before `start` (a comma aside) is a family word: `her husband, Erik,`."""
    words = text[max(0, start - 16) : start].rstrip(", ").rsplit(None, 1)
    return bool(words) and words[-1].lower() in FAMILY_WORDS


def possessed_kin(words: list[str]) -> bool:
    """`her son`, `his late wife`: a possessive, then words ending in a family word (a name
    after them is that relation's)."""
    return (
        1 < len(words) <= 3
        and words[0].lower() in ("his", "her", "their")
        and words[-1].lower().rstrip(",") in FAMILY_WORDS
    )


# Honorifics are titles but not roles: "Dr. Jane Doe" has no role from "Dr.".
# (`Uncle`, `Aunty`: an elder's style of address in Australia, as `Uncle Roy X`; `Sheikh` a
# style, not the office: `Qatari Foreign Minister Sheikh X`; a cleric's `Rev.` is a title of
# address below, which says the office; `Ratu` a Fijian chief's style, `Bu`, `Ibu`, `Bapak`
# Indonesian address to an elder, `Dona` Portuguese: `Bu Darmi`, `Ratu Semisi Nabou`; styles
# that are names too, as `Pak Se-ri`, `Adi Godrej`, `Dom Joly`, are NAME_OR_STYLE's.)
HONORIFICS: Final = (
    _words(
        "mr mrs ms miss mx dr prof sir dame cllr coun hon uncle aunty auntie sheikh shaykh"
        " ratu bu ibu bapak dona"
    )
    | STYLES_OF_ADDRESS
)


def bracketed_styles(words: list[str]) -> bool:
    """`Dr. (Mrs)`, `Chief (Mrs.)`, `Prof (Mrs)`: capitalised titles or styles, one of them in
    brackets (a Nigerian paper's way of giving a married woman's style beside her title), are
    all that stands before the name after them (`said Dr. (Mrs) Ada Obi` -> Ada Obi)."""
    if not 1 < len(words) <= 3 or not any(w[:1] == "(" for w in words):
        return False
    for word in words:
        bare = word.strip("()")
        key = bare.lower().rstrip(".")
        if not bare[:1].isupper() or (key not in HONORIFICS and key not in TITLE_WORDS):
            return False
    return True


# Styles of address that are names too (`Pak` Indonesian, `Adi`, `Dom`, `Mama`, `Baba`): a style
# only before the given name or surname of someone the article names in full (`Pak Budi` of
# `Budi Hartono`), else part of the name (`Pak Se-ri`).
NAME_OR_STYLE: Final = _words("pak adi dom mama baba")

# The last word of a business's name, a trade's or a firm's legal form (`Orbis Inc`, `Lantern
# Stage Productions`, `Vale Foods`): a body, and one `the company` can call (quote_orgs).
# (a legal form closes a company's name whatever its other words, `Metro Vell Rail Sdn Bhd`,
# `Tarn Haulage Pvt Ltd`; a firm named by its partners ends `& Associates`: none is a person's)
COMMERCIAL_WORDS: Final = _words(
    """
    co corp corporation inc ltd llc plc company group records productions studios studio media
    network pictures films entertainment motors technologies systems labs partners capital
    holdings industries enterprises solutions ventures brands foods stores airlines airways
    publishing label music software utilities logistics electronics devices networks
    communications chemicals pharma pharmaceuticals therapeutics automotive aerospace robotics
    analytics insurance appliances products supplies materials transit railway railways railroad
    buses ferries hotels resorts cruises seafood fisheries limited
    telecom telecoms telecommunications mining shipping construction engineering consulting
    associates sdn bhd pty pvt gmbh llp
    """
)
# A capitalised word that makes a run of capitals an organisation or a place, never a person:
# a business's word (COMMERCIAL_WORDS) or a public body's, a title's, a place's, a venue's.
ORG_WORDS: Final = COMMERCIAL_WORDS | _words(
    """
    association department ministry agency office bureau council committee commission court
    police army navy force forces guard university college school institute center centre
    foundation fund bank party union federation league organization organisation program
    programme service services administration government parliament congress senate house
    assembly security news times journal channel reports review magazine press hospital
    infirmary clinic constabulary laboratories club team society board authority statehouse
    capitol street avenue road square guild museum library port airport station stadium
    conference summit project initiative alliance coalition trust embassy consulate cabinet
    kremlin pentagon vatican republic kingdom states nations valley river mountains island
    islands county city state province region district festival awards cup games olympics market
    exchange index report act treaty accord agreement plan prize award charity radio tv
    television broadcasting sports animation health care energy sciences international global
    directorate mission division reserve guardian telegraph tribune herald gazette observer daily
    weekly goods resources dynamics mutual credit books labels united rovers wanderers athletic
    albion
    inn pub tavern hotel restaurant cafe café bistro resort motel hostel guesthouse
    choir chorus orchestra philharmonic ensemble
    tribe tribes
    theatre theater playhouse cinema auditorium amphitheatre amphitheater
    toys apparel cosmetics beverages brewing brewery breweries bakery dairy furniture footwear
    consortium observatory telescope railroads institution
    chamber order tribunal
    defence defense
    instituto institut istituto universidad universidade università universität universite
    université fundación fundação fondazione stiftung museo centro consejo ministerio banco
    confederation confederación confederação syndicate academy cooperative co-operative unit
    """
)

# A word that ends a place's name and is also some people's surname (`Birch Creek`, `Jenna
# Lake`): the run is a place only where the text writes it as one (see quote_places).
PLACE_WORDS: Final = _words(
    """
    creek creeks lake lakes bay hill hills springs falls harbour harbor beach ridge heights
    canyon gorge cove inlet glen prairie plains crossing junction landing peninsula mountain
    peak forest desert delta coast reservoir estuary lagoon marsh swamp
    """
)

# Single names that stand for an organisation: "the Kremlin said", "Pentagon officials".
ORG_NAMES: Final = _words(
    """
    kremlin pentagon vatican congress parliament senate whitehall downing interpol europol
    """
)

# Capitalised words that start sentences or clauses but never start a name, the calendar's
# names among them (`Tuesday`, `May`).
STOP_CAPS: Final = (
    _words(
        """
    the a an but and or so yet if when while as at in on for with by from to that this these those
    it he she they we i you your his her their our my its after before since although though because
    meanwhile however still then now even also both other some many most several nearly only just
    here there what why how who where which not no yes last next each every all any such like
    despite during under over into among unlike according asked speaking similarly instead indeed
    once later earlier today yesterday tomorrow tonight eventually regardless subsequent getting
    operating buying expanding untreated
    moving looking going turning following citing referring responding commenting reacting
    neither either whether whatever whoever one two three four five first second third another
    afterwards afterward finally nevertheless nonetheless moreover besides otherwise elsewhere
    """
    )
    | MONTHS
    | WEEKDAYS
)

# Words that show a person's gender where the text gives it ("spokeswoman", "Mr.").
MALE_WORDS: Final = _words(
    """
    mr he him his spokesman chairman congressman councilman businessman father dad husband son
    brother grandfather king prince duke sir lord boy man uncle nephew alhaji alhadji encik shri
    widower awang
    """
)
FEMALE_WORDS: Final = _words(
    """
    mrs ms miss she her spokeswoman chairwoman congresswoman councilwoman businesswoman mother mom
    wife daughter sister grandmother queen princess duchess dame lady actress girl woman aunt niece
    madam madame alhaja hajia hajiya datin puan shrimati smt widow dayang
    """
)


def word_sex(word: str) -> str | None:
    """`widow` -> `f`, `grandfather` -> `m`: the sex a gendered word in lower case gives (one
    source: MALE_WORDS, FEMALE_WORDS); None for any other word (`parent`)."""
    if word in MALE_WORDS:
        return "m"
    return "f" if word in FEMALE_WORDS else None


# Lowercase particles inside names: "Ursula von der Leyen", "Charles de Gaulle"; Irish ones
# are capitalised ("Pádraig Ó Cinnéide", "Aoife Ní Bhriain"); patronymic links ("son/daughter
# of") join a given name to the father's: "Ahmad bin Ismail", "Siti binti Osman", and so do
# the Kalenjin "arap" ("Daniel arap Moi") and the Welsh "ap"/"ab"/"ferch" ("Rhys ap Tomos").
# One list for quotes and credits: a credit may open on one too ('de Jong / ANP').
# The Arabic and Malay links are one class, a son's and a daughter's alike (`Salim bin Nasser`,
# `Aisha bint Khalfan`, `Siti binti Osman`, `Ali ibn Musa`; `bte` written short); a father's
# `abu` in lower case is one of the name's particles too (`Khalid abu Zeid`).
PATRONYMICS: Final = _words("bin bint binti binte bte ibn")
NAME_PARTICLES: Final = PATRONYMICS | _words(
    "de van von der den da di do du la le del al el abu ter dela della dos das st. ó ní nic"
    " uí zu arap ap ab ferch verch an na"
)

# Abbreviations whose period does not end a sentence ("Gov. Eric Holcomb").
ABBREVIATIONS: Final = (
    TITLE_SHORT_FORMS
    | _words("sr jr st co corp inc ltd vs etc e.g i.e no mt ft ave u.s u.k a.m p.m")
    | MONTH_ABBREVIATIONS
)

# Words just before a quote mark that make it a title, a name or a slogan, not someone's words:
# "played “We’re Not Gonna Take It”", "dubbed “feather duvet lung”", "chanted, “Fund our schools”".
NOT_SPEECH_CUES: Final = _words(
    """
    song songs album albums single track tracks film films movie movies show shows series episode
    book books novel memoir play musical podcast podcasts documentary titled entitled headlined
    poem painting anthem sang singing played playing performed performing starring tune
    ballad opera exhibition newsletter game games app
    dubbed nicknamed nickname so-called termed coined branded labelled labeled aka known
    hashtag slogan slogans motto sign signs banner banners placard placards reading chanted
    chant chants chanting sayings phrase word term label brand
    """
)

# Nouns for someone's spoken or written words that lead into a partial quote without a verb:
# "directives from the chief to “hold the line”", "his pledge to “never give up”".
SPEECH_NOUNS: Final = _words(
    """
    directive directives order orders instruction instructions pledge pledges promise promises
    vow vows demand demands appeal appeals warning warnings remark remarks words statement
    statements message messages
    """
)

# Words that may join a run of excluded quotes: "“Fund our schools,” and “Put kids first,”".
LIST_JOINERS: Final = _words("and or as well then plus")
# The nouns of one person speaking for a body (`a spokeswoman for the trust`), and the same as a
# pattern for the readers that search text for them.
# Someone kept off the record (`asked not to be named`, `on condition of anonymity`), as a
# pattern's alternatives; and a person's age as one word (`63-year-old`, `the year-old`).
OFF_RECORD_PHRASES: Final = r"not to be (?:named|identified)|anonymity|not authori[sz]ed"
AGE_WORD: Final = r"(?:\d{1,3}-)?year-old"
SPOKES_NOUNS: Final = _words("spokesperson spokesman spokeswoman")
SPOKES_PATTERN: Final = "(?:" + "|".join(sorted(SPOKES_NOUNS)) + ")"

# Small words a title may leave in lowercase: "Red for Ed", "Less Money on Testing".
TITLE_SMALL_WORDS: Final = _words(
    "a an the and or but nor for of on in at to by up as is it with from"
)

# Subject pronouns and the gender each one needs ("she said" cannot be a man).
PRONOUNS: Final = {"he": "m", "she": "f", "they": None, "it": None}


# A title of address a text goes on to call by the office's word: `Mr Justice X` ... `the judge
# wrote`; a cleric's title is what the church calls the office: `Father X` ... `the priest said`.
TITLES_OF_ADDRESS = {"justice": "judge", "father": "priest", "fr.": "priest", "fr": "priest"}
TITLES_OF_ADDRESS |= {"reverend": "priest", "rev": "priest", "rev.": "priest", "revd": "priest"}
TITLES_OF_ADDRESS |= {"sister": "nun"}
# A bishop's, a dean's, an archbishop's styles (`the Rt Rev X`, `the Very Rev X`): titles of
# address too, so the office before them is the role (`the Bishop of Y, the Rt Rev X,`).
TITLES_OF_ADDRESS |= {
    f"{grade} {rev}": "priest"
    for grade in ("rt", "rt.", "right", "very", "most")
    for rev in ("rev", "rev.", "revd", "reverend")
}
# The nouns for a priest by office, which `the Rev X` may be called later (`the vicar said`).
TITLES_OF_ADDRESS |= {"vicar": "priest", "rector": "priest", "curate": "priest", "pastor": "priest"}

# Letters written after a name that are no part of it: a member of a parliament's, a senior
# barrister's, a degree's or an honour's (`Jane Doe KC`, `John Roe MP`, `Ann Lee, PhD`), each
# with the office it says (`the MP said`), or None for a degree or an honour.
POST_NOMINALS: dict[str, str | None] = {
    "mp": "MP",
    "td": "TD",
    "mla": "MLA",
    "msp": "MSP",
    "mep": "MEP",
    "mlc": "MLC",
    "mhk": "MHK",
    "kc": "barrister",
    "qc": "barrister",
    "sc": "barrister",
}
POST_NOMINALS |= dict.fromkeys("phd dphil obe mbe cbe kbe dbe frs".split())

# Titles that, before one word the article never writes otherwise, make a fixed name with it:
# `Father Christmas`, `Mother Teresa`, `Brother Cadfael` (`Father Tom Reilly` ... `Father Tom`
# is Tom: the word stands in a longer name too).
FIXED_NAME_TITLES: Final = _words("father mother sister brother uncle aunt auntie aunty saint")

# `the former minister`, `the ex-chairman`: a role the person no longer holds.
FORMER_WORDS: Final = _words("former ex onetime one-time erstwhile retired")

# A government's fields, which a minister's portfolio joins by `and`: `Works and Housing
# Minister`, `Lands and Natural Resources Minister`, `Health and Family Welfare Minister`.
PORTFOLIO_FIELDS: Final = _words(
    """
    health education finance defence defense transport works housing agriculture labour labor
    energy trade justice environment tourism culture sport sports youth water mines petroleum
    information communications home foreign interior women children family welfare planning
    lands fisheries forestry science technology industry commerce school schools power roads
    infrastructure employment social local rural urban
    """
)
