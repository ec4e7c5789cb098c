"""Properties: parse(render(doc)) == doc for representable Documents, also through the noise
real exports carry (CRLF or CR line ends, a BOM, trailing blanks, extra blank lines, control
characters); decode and parse fail only with ParseError; quotes found in any text are slices of
its paragraphs.

A Document is representable when the export layout can say it unambiguously:
- paragraphs end in '.' (or a quote after it), so none looks like a subheading or a list item;
- a subheading is short, unpunctuated or a question of three words or more (not the article's
  only head, nor the one question among LONE_AMONG statement heads or more, which the writer
  asks in running text), and a paragraph follows it directly; a head opening the body is not in
  capitals when the other heads are not or there are none (it would be a dateline or a kicker);
- the body opens with text (an image before any text is a lead image);
- an article with no subheading has no paragraph of SENTENCE_WORDS words, whose standalone
  short sentences could be its full-sentence heads ('The plan worked.' over long paragraphs);
  nor has one whose QUOTED_PATTERN heads or more are all questions (an advice column's heads
  beside statement heads) or all sentences without their period (their siblings end in '.');
  nor has any article two such paragraphs, which the rhythm reads as a pattern of full-sentence
  heads between longer paragraphs ('Harbor walls fell.' / text / image / 'Harbor walls fell.');
- an article with a subheading has no paragraph of two short sentences, which that rhythm reads
  as a full-sentence head splitting a long section ('The wall held. Then it fell.' / text,
  section_splitting_pairs) or, twice, as a series of two-sentence heads beside the one head
  ('Harbor' / text / 'Harbor harbor. Harbor wall a a.' / text / ...); nor has one with
  SIBLING_HEADS or more
  (full-sentence heads beside them, heading_siblings), nor a paragraph of SENTENCE_WORDS words
  right after an image there (a sentence after a picture opens a section), nor one of a single
  sentence of SENTENCE_WORDS words right after a paragraph (over developed text it opens a
  section beside sentence-case heads, heading_siblings.opens_developed_text);
- a question head is over a paragraph longer than a line of dialogue (ANSWER_RATIO times the
  question's length, heading_questions.py): questions in a row each answered in one short line
  are an exchange the running text reports ('Had anyone he knew?' / 'He would write to her.');
  and is not right under a statement head's one paragraph, but the last head (a question there
  goes on from that paragraph, heading_lone_questions.asked_under_a_first_paragraph);
- images are numbered in reading order: lead images first, then those placed in the body;
- a caption has a lowercase tail and no inner capitals, so its only glue point is the credit's
  start; the alt is either the caption itself or an all-caps label unrelated to it;
- credits come from credit shapes ('Jane Doe/Reuters', 'Omar Haddad for The Evening Ledger').
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from api.parser import Block, Document, Image, ParseError, decode, parse, render
from api.parser.heading_sentences import PAIRED_WORDS, RHYTHM_MIN, SECOND_SENTENCE, SENTENCE_WORDS
from api.parser.heading_siblings import SIBLING_HEADS
from api.parser.headings import LONE_AMONG, QUOTED_PATTERN, is_clause_head
from api.parser.line_shapes import is_question
from api.parser.quotes import analyse_quotes
from tests.examples import examples

EXAMPLES = examples(300)
# Paragraphs that steer arbitrary text towards quotes, attributions and unbalanced marks.
QUOTE_SOUP = [
    '"We will rebuild," the mayor said.',
    "\u201cIt is over,\u201d said Jane Doe, the harbour master. \u201cWe lost.",
    "\u2018Not yet\u2019, she said, \u201cnot ever\u201d.",
    'He said: "',
    "\u201d\u201c\u201c\u201d",
    '"Yes." "No." "Maybe," they said.',
]
# Lines that steer arbitrary text towards bullets, images, lists and subheadings.
LINE_SOUP = ["", "  • Point.", "Alt", "Alt.Reuters", "Short head", "Intro:", "HEAD (AP)"]
LOWER = "harbor wall river bridge market ferry garden night school green old quiet café".split()
CAPITAL = "Harbor Council River Market Ferry Garden North Tower Stone Ellis Marsh Zoë".split()
FIRST = "Jane Tomasz Priya Omar Lena Marcus Ines Yusuf Chen".split()
LAST = "Doe Wrobel Natarajan Haddad Fischer Bell Okafor McBride O'Neill".split()
QUOTE_MARKS = [
    "\u201c\u201d",
    "\u2018\u2019",
    '""',
    "\u00ab\u00bb",
]  # curly, single, straight, guillemets
# What copying an export out of another system adds, none of which is article text.
LINE_ENDS = ["\n", "\r\n", "\r"]
TRAILING = ["", " ", "\t", "  \t "]
CONTROL = ["\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85"]
AGENCY = ["Reuters", "AP", "AFP", "Getty Images", "EPA", "Associated Press", "Shutterstock"]

free_word = st.text(st.characters(categories=["Ll"]), min_size=1, max_size=9).filter(
    lambda word: unicodedata.is_normalized("NFC", word)
)
word = st.one_of(st.sampled_from(LOWER), free_word, st.integers(0, 3000).map(str))
name = st.builds("{} {}".format, st.sampled_from(FIRST), st.sampled_from(LAST))


@st.composite
def sentence(draw, words=word) -> str:
    """A capitalised sentence ending in '.', sometimes with a comma or a quoted phrase inside."""
    parts = [draw(st.sampled_from(CAPITAL)), *draw(st.lists(words, max_size=12))]
    if len(parts) > 2 and draw(st.booleans()):
        parts[1] += ","
    if len(parts) > 3 and draw(st.booleans()):
        opening, closing = draw(st.sampled_from(QUOTE_MARKS))
        parts[2:4] = [f"{opening}{parts[2]} {parts[3]}{closing}"]
    return draw(st.sampled_from([" ", "  "])).join(parts) + "."


paragraph = st.lists(sentence(), min_size=1, max_size=3).map(" ".join)
lower_words = st.lists(st.sampled_from(LOWER), max_size=5)


@st.composite
def subheading(draw) -> str:
    """A short unpunctuated heading or question, as typed or in capitals: 'MARKET NIGHT?'."""
    text = " ".join([draw(st.sampled_from(CAPITAL)), *draw(lower_words)])
    # a question of one or two words ('Why?') reads as rhetorical unless a FAQ surrounds it
    mark = draw(st.sampled_from(["", "?"])) if len(text.split()) > 2 else ""
    return (text.upper() if draw(st.booleans()) else text) + mark


credit = st.one_of(
    st.none(),
    st.sampled_from(AGENCY),
    name,
    st.builds("{}/{}".format, name, st.sampled_from(AGENCY)),
    st.builds("{}, AP".format, name),
    st.builds("{} via Getty Images".format, name),
    st.builds("{} / Associated Press".format, name),
    st.builds("{} for The {} Times".format, name, st.sampled_from(CAPITAL)),
)
phrase = st.builds("{} {}".format, st.sampled_from(CAPITAL), lower_words.map(" ".join))
caption = st.one_of(sentence(st.sampled_from(LOWER)), phrase.map(str.rstrip))
label = st.lists(st.sampled_from(CAPITAL), min_size=1, max_size=3).map(" ".join).map(str.upper)


@st.composite
def image(draw) -> Image:
    """An image whose alt is its caption or an all-caps label, with a credit or none."""
    text = draw(caption)
    return Image(alt=draw(st.sampled_from([text, draw(label)])), caption=text, credit=draw(credit))


@st.composite
def section(draw) -> list:
    """Optional subheading, a paragraph, then paragraphs and images ("image") in any order."""
    items: list = [Block("subheading", text=draw(subheading()))] if draw(st.booleans()) else []
    items.append(Block("paragraph", text=draw(paragraph)))
    more = st.one_of(st.just("image"), paragraph.map(lambda text: Block("paragraph", text=text)))
    return items + draw(st.lists(more, max_size=4))


# Opens a short paragraph of an article without heads: it cannot read as a full-sentence head.
RUNNING_START = "It rained all day and all night in the town, as it had done for a week."


def lengthened(block: Block, most_words: int = SENTENCE_WORDS[1]) -> Block:
    """A paragraph of `most_words` words or fewer, opened by RUNNING_START; other blocks as
    they are: 'The plan worked.' -> 'It rained all day ... The plan worked.'."""
    if block.type != "paragraph" or len(block.text.split()) > most_words:
        return block
    return Block("paragraph", text=f"{RUNNING_START} {block.text}")


def lengthened_pair(block: Block) -> Block:
    """A paragraph of two sentences and PAIRED_WORDS words or fewer, lengthened; other blocks
    as they are: 'The wall held. Then it fell.' -> 'It rained all day ... Then it fell.'."""
    if block.type != "paragraph" or len(SECOND_SENTENCE.findall(block.text)) != 1:
        return block
    return lengthened(block, PAIRED_WORDS)


@st.composite
def documents(draw) -> Document:
    """A representable Document (see the module docstring)."""
    images = draw(st.lists(image(), max_size=3))
    body: list[Block] = []
    sections = draw(st.lists(section(), min_size=1, max_size=4))
    for item in [item for items in sections for item in items]:
        if item == "image":
            body.append(Block("image", image=len(images)))
            images.append(draw(image()))
        else:
            body.append(item)
    heads = [k for k, block in enumerate(body) if block.type == "subheading"]
    if not heads:
        body = [lengthened(block) for block in body]
    if len(heads) == 1:  # the only head of an article, a question is rhetorical
        body[heads[0]] = Block("subheading", text=body[heads[0]].text.rstrip("?"))
    questions = [k for k in heads if body[k].text.endswith("?")]
    for k in questions:
        # a question's section is no one-line reply (an exchange's, see the docstring)
        body[k + 1] = Block("paragraph", text=f"{RUNNING_START} {body[k + 1].text}")
    if len(questions) == 1 and len(heads) - 1 >= LONE_AMONG:
        # the one question among statement heads is the writer's own, in running text
        body[questions[0]] = Block("subheading", text=body[questions[0]].text.rstrip("?"))
    for k in questions:
        if k - 2 in heads and not body[k - 2].text.endswith("?") and k != heads[-1]:
            # a question right under a statement head's one paragraph goes on from it, asked
            # in passing ('He was a farmer.' / text / 'Did he stay?' / text / the next head)
            body[k] = Block("subheading", text=body[k].text.rstrip("?"))
    if len(heads) >= QUOTED_PATTERN and (
        all(is_question(body[k].text) for k in heads)
        or all(is_clause_head(body[k].text) for k in heads)
    ):
        body = [lengthened(block) for block in body]  # (full-sentence heads beside these)
    if sum(lengthened(block) is not block for block in body) >= 2:
        body = [lengthened(block) for block in body]  # (a pattern of full-sentence heads)
    if heads:
        # (two short sentences standing between paragraphs, twice, form a series of
        # two-sentence heads with even one head beside them: 'Harbor' / text / 'Harbor harbor.
        # Harbor wall a a.' / text / ...)
        body = [lengthened_pair(block) for block in body]
    if len(heads) >= min(RHYTHM_MIN, SIBLING_HEADS):
        # (a head splitting a section; full-sentence heads beside the heads, one sentence
        # after a picture among them)
        after_image = [k > 0 and body[k - 1].type == "image" for k in range(len(body))]
        body = [lengthened(b) if after else b for b, after in zip(body, after_image, strict=True)]
        # (one short sentence after a paragraph's end, over developed text, is a full-sentence
        # head beside sentence-case heads: 'Harbor harbor harbor.' / a long paragraph of two
        # sentences, heading_siblings.opens_developed_text)
        after_text = [k > 0 and body[k - 1].type == "paragraph" for k in range(len(body))]
        body = [
            lengthened(b) if after and not SECOND_SENTENCE.search(b.text or "") else b
            for b, after in zip(body, after_text, strict=True)
        ]
    if heads and heads[0] == 0 and all(not body[k].text.isupper() for k in heads[1:]):
        # a line in capitals opening the body, over heads that are not or none, is a dateline
        # or a kicker
        body[0] = Block("subheading", text=body[0].text.capitalize())
    bullets = draw(st.lists(st.one_of(sentence(), subheading()), max_size=4))
    headline = draw(st.one_of(sentence(), subheading()))
    return Document(headline, tuple(bullets), tuple(images), tuple(body))


@settings(max_examples=EXAMPLES, deadline=None)
@given(documents())
def test_parse_of_render_is_the_document(doc):
    assert parse(render(doc)) == doc


@st.composite
def noisy(draw, text: str) -> str:
    """The export as another system might hand it over: same article, different bytes."""
    lines = []
    for line in text.split("\n"):
        if draw(st.integers(0, 4)) == 0:  # a control character somewhere in one line in five
            at = draw(st.integers(0, len(line)))
            line = line[:at] + draw(st.sampled_from(CONTROL)) + line[at:]
        lines.append(line + draw(st.sampled_from(TRAILING)))
        if not line and draw(st.booleans()):
            lines.append(draw(st.sampled_from(TRAILING)))  # another (blank) line between blocks
    head = draw(st.sampled_from(["", "\ufeff", "\n\n", "\ufeff \n"]))
    return head + draw(st.sampled_from(LINE_ENDS)).join(lines)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.data(), documents())
def test_parse_of_a_noisy_render_is_the_document(data, doc):
    assert parse(data.draw(noisy(render(doc)))) == doc


@settings(max_examples=EXAMPLES, deadline=None)
@given(documents())
def test_render_is_stable_under_parse(doc):
    text = render(doc)

    assert render(parse(text)) == text


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.binary())
def test_decode_raises_only_parse_errors(data):
    try:
        text = decode(data)
    except ParseError as err:
        assert "UTF-8" in str(err)
    else:
        assert text.encode("utf-8") == data.removeprefix(b"\xef\xbb\xbf")  # one BOM dropped


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=60), st.sampled_from(QUOTE_SOUP)), min_size=2))
def test_quotes_of_any_text_are_slices_of_its_paragraphs(lines):
    try:
        doc = parse("\n\n".join(lines))
    except ParseError:
        return
    paragraphs = doc.paragraphs

    for quote in analyse_quotes(paragraphs).quotes:
        assert paragraphs[quote.paragraph][quote.start : quote.end] == quote.text


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text())
def test_parse_raises_only_parse_errors(text):
    try:
        doc = parse(text)
    except ParseError as err:
        assert str(err)
    else:
        assert doc.headline and doc.paragraphs


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.sampled_from(LINE_SOUP)), min_size=1))
def test_parse_raises_only_parse_errors_on_line_soup(lines):
    try:
        parse("\n".join(lines))
    except ParseError as err:
        assert str(err)
