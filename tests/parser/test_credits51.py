"""Four classes of glued credit fresh31 showed the parser missing (heads51), each with made-up
caption lines, written with the split a reader makes before the parser ran on them, and the
near-misses each rule must leave alone:
- a name's abbreviation inside a credit ('Ma. Lourdes', 'Sta. Rosa', 'Mohd. Rafiq', 'Wm.'), after
  a label or glued on, whose period ends no sentence;
- a rank cut short opening the holder's name ('Tech. Sgt.', 'Insp.', 'Sqn. Ldr.'), and a chain
  holder's own dotted initials after a slash ('/U.S. Navy'), no glue point inside them;
- an agency's acronym before 'photo by' ('PNA photo by X', 'U.S. Navy photo by X') glued after a
  caption's sentence end, kept whole.
"""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit

# Each case: (the caption line as the export glues it, the caption, the credit or None).

# A name's abbreviation: the credit goes on past its period, after a label or glued on.
NAME_ABBREVIATIONS = [
    ("Fishermen haul nets at dawn in Tacloban.Photo: Ma. Teresa Dizon-Abad/Bulatlat",
     "Fishermen haul nets at dawn in Tacloban.", "Ma. Teresa Dizon-Abad/Bulatlat"),
    ("The bishop blesses the new chapel in Naga.Ma. Cristina Yulo-Paz/Philstar",
     "The bishop blesses the new chapel in Naga.", "Ma. Cristina Yulo-Paz/Philstar"),
    ("Commuters wait for a jeepney under the flyover in Pasig.Nilo Sto. Domingo/AFP",
     "Commuters wait for a jeepney under the flyover in Pasig.", "Nilo Sto. Domingo/AFP"),
    ("A vendor sells durian at the night market in Kuantan.Mohd. Rafiq Hassan/Bernama",
     "A vendor sells durian at the night market in Kuantan.", "Mohd. Rafiq Hassan/Bernama"),
    ("Mayor Tomas Ibarra-Reyes Jr.Ana Sta. Maria/EPA-EFE",
     "Mayor Tomas Ibarra-Reyes Jr.", "Ana Sta. Maria/EPA-EFE"),
    ("The ferry leaves the harbour at Iloilo. Ana Sta. Maria / Reuters",
     "The ferry leaves the harbour at Iloilo.", "Ana Sta. Maria / Reuters"),
    ("The mill on the river in 1902.Wm. Hartley/Calder Valley Museum",
     "The mill on the river in 1902.", "Wm. Hartley/Calder Valley Museum"),
]  # fmt: skip

# Near-misses: a surname or a place that is also an abbreviation ends the caption's sentence,
# and a caption sentence after it is no credit.
NAME_ABBREVIATION_TRAPS = [
    ("A portrait of the founder Jack Ma. Jane Doe/Reuters",
     "A portrait of the founder Jack Ma.", "Jane Doe/Reuters"),
    ("Crowds gather at the market in Jos. Tunde Bello/AFP",
     "Crowds gather at the market in Jos.", "Tunde Bello/AFP"),
    ("Flood water covers the plaza of Sta. Cruz. Lito Reyes / Reuters",
     "Flood water covers the plaza of Sta. Cruz.", "Lito Reyes / Reuters"),
    ("Ma. Lourdes Reyes waves from the float. It rained all day", None, None),
    ("The shrine of Sta. Ana. Pilgrims walk in a line", None, None),
]  # fmt: skip

# A rank cut short opening the holder's name, in a chain whose holder has dotted initials.
RANKS = [
    ("Sailors load crates onto a landing craft off the U.S.Spc. Tori Vance/U.S. Army",
     "Sailors load crates onto a landing craft off the U.S.", "Spc. Tori Vance/U.S. Army"),
    ("Airmen unload water at Clark air base.Tech. Sgt. Ivo Brandt/U.S. Air Force via AP",
     "Airmen unload water at Clark air base.", "Tech. Sgt. Ivo Brandt/U.S. Air Force via AP"),
    ("Officers search the riverbank near Leeds.Insp. Ruth Okafor/West Yorkshire Police",
     "Officers search the riverbank near Leeds.", "Insp. Ruth Okafor/West Yorkshire Police"),
    ("A Typhoon jet takes off from Akrotiri.Sqn. Ldr. Amit Rao/Crown copyright",
     "A Typhoon jet takes off from Akrotiri.", "Sqn. Ldr. Amit Rao/Crown copyright"),
    ("Marines wade ashore at dawn.Cpl. Dee Harlan/U.S. Marine Corps/Handout via Reuters",
     "Marines wade ashore at dawn.", "Cpl. Dee Harlan/U.S. Marine Corps/Handout via Reuters"),
]  # fmt: skip

# Near-misses: 'Tech.' without a second rank is a word ending the sentence; a caption sentence
# after a rank's abbreviation is no credit.
RANK_TRAPS = [
    ("Fans cheer at Georgia Tech. Jane Doe/AP", "Fans cheer at Georgia Tech.", "Jane Doe/AP"),
    ("Students tour Georgia Tech.Jane Doe/AP", "Students tour Georgia Tech.", "Jane Doe/AP"),
    ("He thanked Insp. Ruth Okafor. She led the search", None, None),
    ("Ties between the U.S. and the E.U. Army leaders met", None, None),
]  # fmt: skip

# An agency's acronym before its picture's word and 'by', glued after a sentence's end.
ACRONYM_BY = [
    ("Volunteers pack rice at a gym in Ormoc.PNA photo by Lito Baguio-Cruz",
     "Volunteers pack rice at a gym in Ormoc.", "PNA photo by Lito Baguio-Cruz"),
    ("Farmers protest outside parliament in Nairobi.KNA photo by Wanjiru Otieno",
     "Farmers protest outside parliament in Nairobi.", "KNA photo by Wanjiru Otieno"),
    ("The carrier sails into Subic Bay. U.S. Navy photo by Lee Ortega",
     "The carrier sails into Subic Bay.", "U.S. Navy photo by Lee Ortega"),
    ("Pilgrims queue at the gate in Varanasi.PTI Photo by Arun Mehta",
     "Pilgrims queue at the gate in Varanasi.", "PTI Photo by Arun Mehta"),
]  # fmt: skip

# Near-misses: an acronym's picture inside the caption's sentence, or a holder in lower case.
ACRONYM_BY_TRAPS = [
    ("Scientists study the ESA image by the lake", None, None),
    ("Visitors view a NASA photo by Ansel Grove at the museum", None, None),
    ("A view of the crater.NASA image by day and by night", None, None),
]  # fmt: skip


def _check(line: str, caption: str | None, credit: str | None) -> None:
    got = split_credit("", line)
    assert got == ((caption or line), credit)


@pytest.mark.parametrize(("line", "caption", "credit"), NAME_ABBREVIATIONS)
def test_name_abbreviation_in_credit(line: str, caption: str, credit: str) -> None:
    _check(line, caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), NAME_ABBREVIATION_TRAPS)
def test_name_abbreviation_traps(line: str, caption: str | None, credit: str | None) -> None:
    _check(line, caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), RANKS)
def test_rank_in_credit(line: str, caption: str, credit: str) -> None:
    _check(line, caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), RANK_TRAPS)
def test_rank_traps(line: str, caption: str | None, credit: str | None) -> None:
    _check(line, caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), ACRONYM_BY)
def test_acronym_picture_by(line: str, caption: str, credit: str) -> None:
    _check(line, caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), ACRONYM_BY_TRAPS)
def test_acronym_picture_by_traps(line: str, caption: str | None, credit: str | None) -> None:
    _check(line, caption, credit)
