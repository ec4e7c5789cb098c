"""People a closing `he said` passes over for the paragraph's subject: the one its report is about.

`Mr. X said ... Ms. Y, he said, had agreed ... "...," he said`: Y is the subject of what the
aside reports, so neither `he` is Y's; `X said he had taken a loan ... The SDM, Y Z, told him
the loan could be rescheduled. "...," he said`: the one told (`him`) answers, not the teller. A
reader passes over such a person while someone named before fits the pronoun; the person is
the pronoun's only when no one else is (`Ms. Y, he said, had agreed ... "...," she said`).
"""

from __future__ import annotations

import re
from typing import Final

# `, he said,` right after a name: the name opens the clause the aside reports (`Ms. Y, he
# said, had agreed`); any verb of saying in the past or present.
_ASIDE_REPORT: Final = re.compile(
    r",\s+(he|she)\s+(?:said|says|added|adds|claimed|claims|insisted|insists|explained"
    r"|explains|noted|notes|recalled|recalls|alleged|alleges),"
)
# `Y Z, told him` / `Y told her the loan could`: a name whose sentence goes on with its words to
# someone of a sex (`him`, `her`), an adverb or `had` allowed between; `her` read as an object
# only before what opens the words told (`told her story` is hers).
_TOLD_OTHER: Final = re.compile(
    r",?\s+(?:(?:had|has|later|then|also)\s+)?(?:told|assured|promised|warned|informed)"
    r"\s+(him|her)(?=\s+(?:that|the|a|an|to|about|he|she|it|they|we|i|his|her|there|this|what|how|why"
    r"|when|not)\b|[,.;:])"
)
_OBJECT_SEX: Final = {"him": "he", "her": "she"}


def aside_reporter(masked: str, end: int) -> str | None:
    """`Ms. Kell, he said, had agreed` (at the name's end) -> `he`: the pronoun of a reporting
    aside right after a name, whose clause that name opens; None for none (`Kell, 52, said`)."""
    found = _ASIDE_REPORT.match(masked, end)
    return found.group(1).lower() if found is not None else None


def told_other(masked: str, end: int) -> str | None:
    """`The SDM, Ola Berg, told him the loan` (at the name's end) -> `he`: the pronoun for the
    one a name's sentence tells something to, who is not the name; None for none (`Berg told
    reporters`, `Berg said`)."""
    found = _TOLD_OTHER.match(masked, end)
    return _OBJECT_SEX[found.group(1)] if found is not None else None


def passed_pronoun(masked: str, end: int) -> str | None:
    """The pronoun (`he`, `she`) a name ending at `end` is not, by the words right after it:
    an aside that reports its clause, or its telling someone of that sex (see above)."""
    return aside_reporter(masked, end) or told_other(masked, end)
