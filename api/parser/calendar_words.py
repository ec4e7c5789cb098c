"""The calendar's words in lower case, one source for every rule that reads a date or a time."""

from __future__ import annotations

from typing import Final

# The months' names: 'in May', 'since March'.
MONTHS: Final = frozenset(
    "january february march april may june july august september october november december".split()
)
# The days' names: 'on Tuesday'.
WEEKDAYS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# The months' short forms, written with a stop that ends no sentence: 'Oct. 5' ('May' has none).
MONTH_ABBREVIATIONS: Final = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# The days' short forms a timestamp writes: 'Tue 14:05'.
WEEKDAY_ABBREVIATIONS: Final = frozenset("mon tue tues wed thu thurs fri sat sun".split())
# Every name of a month or a day, written in full: 'May', 'Sunday'.
CALENDAR_NAMES: Final = MONTHS | WEEKDAYS
