"""An article's parse with its quotes and people, in the one dict form the CLI and the API share."""

from __future__ import annotations

from api.parser.document import Document
from api.parser.quotes import Quote, QuoteAnalysis, Speaker, analyse_quotes


def analyse(document: Document) -> QuoteAnalysis:
    """The quotes of a document's body paragraphs and the speakers they are given to."""
    return analyse_quotes(document.paragraphs)


def quote_fields(quote: Quote, speaker) -> dict:
    """A quote as both `python -m api parse` (speaker: a name) and the API (a link) spell it."""
    return {
        "paragraph": quote.paragraph,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": speaker,
        "method": quote.method,
        "continues": quote.continues,
    }


def speaker_fields(speaker: Speaker) -> dict:
    """A speaker as one article presents them: the keys of the API's article `people` items."""
    return {"name": speaker.name, "kind": speaker.kind, "role": speaker.role}


def parsed_article(document: Document, analysis: QuoteAnalysis | None = None) -> dict:
    """The whole parse as `python -m api parse` prints it: content, quotes and people."""
    analysis = analysis or analyse(document)
    return {
        **document.to_dict(),
        "quotes": [quote_fields(q, q.speaker) for q in analysis.quotes],
        "people": [speaker_fields(s) for s in analysis.speakers],
    }
