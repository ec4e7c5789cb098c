"""Synthetic articles with quotes (invented text) and what the quote analysis finds in them."""

from __future__ import annotations

# Three speakers: introduced with a role, then a pronoun (`he said`) and a surname (`Quay said`).
HARBOUR = """\
Harbour town votes to dredge its silted channel before summer

A dredger at work in a narrow harbour mouth
A dredger working the channel at high water.Pat Example/Example Wire
  • The council approved the work by six votes to three.
  • Dredging will start in March.

The council of Portwenna voted on Tuesday to dredge the silted harbour channel before the \
summer season.

"We cannot wait another winter," said Ann Quay, the harbour master. "The fishing boats are \
already scraping the bottom at low tide."

Tomas Ferreira, the council's finance chair, said the work would cost less than feared. "The \
bids came in well under our estimate," he said.

What the critics say

Marta Lindqvist, a marine biologist at the Westcombe Coastal Trust, warned that dredging \
"could smother the eelgrass beds for years."

"We will check the beds every month while the dredger works," Quay said.
"""

# (paragraph, text, speaker, method) of each quote in HARBOUR, in reading order.
HARBOUR_QUOTES = [
    (1, "We cannot wait another winter,", "Ann Quay", "explicit"),
    (1, "The fishing boats are already scraping the bottom at low tide.", "Ann Quay", "explicit"),
    (2, "The bids came in well under our estimate,", "Tomas Ferreira", "pronoun"),
    (3, "could smother the eelgrass beds for years.", "Marta Lindqvist", "explicit"),
    (4, "We will check the beds every month while the dredger works,", "Ann Quay", "surname"),
]
HARBOUR_PEOPLE = [
    ("Ann Quay", "harbour master"),
    ("Tomas Ferreira", "council's finance chair"),
    ("Marta Lindqvist", "marine biologist at the Westcombe Coastal Trust"),
]

# A second article quoting Ann Quay again (in another role), someone new, and nobody named.
FOLLOW_UP = """\
Portwenna dredging finishes two weeks early

The dredger left Portwenna harbour on Friday, two weeks ahead of schedule.

"It went better than any of us expected," said Ann Quay, the Portwenna harbour master.

Ben Okafor, a trawler skipper, said the boats could now leave at any state of the tide. "For \
the first time in years, I am not watching the depth gauge," he said.

"Best news this town has had in a decade," one shopkeeper said.
"""

FOLLOW_UP_QUOTES = [
    (1, "It went better than any of us expected,", "Ann Quay", "explicit"),
    (2, "For the first time in years, I am not watching the depth gauge,", "Ben Okafor", "pronoun"),
    (3, "Best news this town has had in a decade,", None, None),
]
FOLLOW_UP_PEOPLE = [("Ann Quay", "Portwenna harbour master"), ("Ben Okafor", "trawler skipper")]
