"""Realistic synthetic articles in the export layout, for corpora of any size (all invented).

Each article is a function of (n, seed) alone: varied length (3-40 paragraphs), 0-6 images with
credits glued on in the styles real exports use, bullets sometimes, subheadings, quotes with
attribution, publishers, and a shared pool of people so that speakers recur across articles.
Run: .venv/bin/python benchmarks/synth.py COUNT [--seed S] [--output FILE]  (NDJSON lines of
{text, url, publisher, published_at, tags}, as POST /articles/import takes them)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache

PUBLISHERS = {
    "Harbour Gazette": "harbourgazette.example",
    "Northbrook Herald": "northbrookherald.example",
    "Valley Courier": "valleycourier.example",
    "The Morning Ledger": "morningledger.example",
    "Coastline Daily": "coastlinedaily.example",
    "Metro Dispatch": "metrodispatch.example",
}
PLACES = (
    "Ashford Quay, Brindlemoor, Calder Vale, Dunmore Flats, Eastwick Heath, Fernhollow,"
    " Glenmarrow, Harrowgate Bay, Ivybridge Cross, Juniper Ridge, Kestrel Point, Larkmoor,"
    " Millbrook, Northwold, Oakhaven, Pebblecombe, Quarry Hill, Redfern, Saltmarsh, Thornbury"
).split(", ")
FEMALE = "Ada Cleo Farah Hana Juno Mira Nia Orla Priya Rosa Sana Tova Uma Vera Wren Yara".split()
MALE = "Bram Dev Eli Gus Ivo Jonas Kai Luca Milo Nils Omar Piet Rafe Tomas Viktor Zane".split()
SURNAMES = (
    "Quint Oyelaran Marchetti Anand-Ross Stroud Lindqvist Amari Kowalczyk Brennan Takeda Okafor"
    " Varga Holloway Castellano Dubois Nakamura Fitzgerald Adeyemi Sorensen Petrov Mbeki Larkin"
    " Moreau Haddad Kaur Villanueva Osei Novak Whitcombe Rahman Delacroix Ferreira"
).split()
ROLES = (
    "the council leader|a spokesperson for the water board|the head teacher|a local shopkeeper"
    "|the harbour master|an economist at Northwold University|the chief executive|a nurse"
    "|the fire chief|a resident|the project engineer|the union representative|a farmer"
    "|the museum director|the club captain|a researcher|the mayor|a parent"
).split("|")
ORGS = (
    "the district council|the water board|the rail operator|the health trust|the port"
    " authority|the Ministry of Transport|the chamber of commerce|the energy regulator"
).split("|")
# Topic (also its tag): the things its articles are about.
TOPICS = {
    "transport": "footbridge, bus route, rail line, ferry service, cycle lane, bypass",
    "health": "hospital ward, clinic, vaccine programme, ambulance service, waiting list",
    "education": "new school, exam results, teacher shortage, school meals, playing field",
    "business": "factory, jobs scheme, high street, energy bills, business park, tax rise",
    "climate": "flood barrier, wind farm, river clean-up, recycling plan, heatwave",
    "culture": "festival, museum, theatre season, library, concert hall, street market",
}
ACTIONS = "approves|delays|rejects|reviews|funds|pauses|expands|opens|scraps|unveils".split("|")
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
SENTENCES = [
    "{Org} said the {thing} would cost about {money} and take {num} months to finish.",
    "Figures published on {day} showed {pct} per cent of households in {place} backed it.",
    "The {thing} was first proposed in {year}, but the plans stalled after a funding row.",
    "Critics argue the money would be better spent on repairs to roads and schools.",
    "A public meeting in {place} drew more than {num}0 people on {day} evening.",
    "Engineers will publish a full report before any contract is signed.",
    "Similar schemes in neighbouring towns were finished ahead of schedule.",
    "Officials said the timetable depended on the weather over the winter.",
    "The decision follows {num} years of consultation with local groups.",
    "Opposition councillors called for an independent review of the costs.",
    "Local businesses said the {thing} could bring thousands of visitors a year.",
    "{Org} declined to comment on the details before a vote next month.",
    "Under the plans, work on the {thing} would begin in the spring of {next_year}.",
    "Residents have until the end of the month to send in their views.",
    "The previous attempt to build a {thing} in {place} was abandoned in {year}.",
    "Campaigners delivered a petition with {num},{num}00 signatures to the town hall.",
    "Inspectors rated the existing {thing} as poor in a report last autumn.",
    "Some {num}00 jobs could depend on the outcome, according to union estimates.",
    "The region's population has grown by {pct} per cent over the past decade.",
    "A spokesperson for {org} said lessons had been learned from earlier delays.",
]
QUOTES = [
    "We have waited long enough for this, and people deserve an answer",
    "This is the biggest change to {place} in a generation",
    "Nobody wants to see the {thing} closed, but the numbers have to add up",
    "I have lived here for {num}0 years and I have never seen anything like it",
    "We will keep listening to residents before anything is decided",
    "It is simply not good enough, and we will be asking hard questions",
    "The {thing} is good news for families across the whole district",
    "There is still a great deal of work to do",
    "We were told it would be finished by now, and it is not even started",
    "Every penny of this money will be accounted for",
]
SUBHEADINGS = [
    "What happens next", "Why it matters", "The cost", "Local reaction", "A long wait",
    "How we got here", "What the critics say", "Looking ahead", "The numbers",
]  # fmt: skip
SCENES = [
    "Crowds gather outside the town hall", "Workers inspect the site", "A view across the bay",
    "Protesters hold banners near the station", "The old building at dusk",
    "Volunteers sort donations in a church hall", "Traffic queues on the main road",
]  # fmt: skip


@lru_cache(maxsize=8)
def people(seed: int) -> tuple[tuple[str, str, str], ...]:
    """The shared pool of (name, pronoun, role) for a seed: 3,000 invented people."""
    rng = random.Random(f"people:{seed}")
    pool = set()
    while len(pool) < 3000:
        female = rng.random() < 0.5
        first = rng.choice(FEMALE if female else MALE)
        middle = rng.choice("ABCDEFGHJKLMNPRSTW") + ". " if rng.random() < 0.7 else ""
        pool.add((f"{first} {middle}{rng.choice(SURNAMES)}", "she" if female else "he"))
    ordered = sorted(pool)  # a set's order varies between runs; the pool must not
    rng.shuffle(ordered)  # ...and the most quoted people must not all be called Ada A.
    return tuple((name, pronoun, rng.choice(ROLES)) for name, pronoun in ordered)


def generate(count: int, seed: int = 1, start: int = 0) -> Iterator[dict]:
    """`count` import records {text, url, publisher, published_at, tags}, the n-th always alike."""
    for n in range(start, start + count):
        yield record(n, seed)


def record(n: int, seed: int = 1) -> dict:
    """The n-th article of this seed, with its metadata."""
    rng = random.Random(f"{seed}:{n}")
    topic = rng.choice(list(TOPICS))
    publisher = rng.choice(list(PUBLISHERS))
    published = datetime(2019, 1, 1, tzinfo=UTC) + timedelta(minutes=37 * n + rng.randrange(37))
    slots = _slots(rng, topic)
    text = _article(rng, n, seed, slots)
    words = re.findall(r"[a-z0-9]+", text.split("\n", 1)[0].lower())
    slug = "-".join(words[:6])
    return {
        "text": text,
        "url": f"https://{PUBLISHERS[publisher]}/{published:%Y/%m}/{slug}-{n}",
        "publisher": publisher,
        "published_at": published.isoformat(),
        "tags": [topic, slots["place"]] if rng.random() < 0.5 else [topic],
    }


def _article(rng: random.Random, n: int, seed: int, slots: dict) -> str:
    headline = _headline(rng, slots)
    lines = [headline, ""]
    images = rng.choice((0, 0, 1, 1, 1, 2, 3, 4, 6))
    if images:
        lines += _image(rng, slots, alt=headline if rng.random() < 0.4 else None)
        images -= 1
    if rng.random() < 0.4:
        lines += ["  • " + _sentence(rng, slots) for _ in range(rng.randrange(2, 5))]
    lines.append("")
    # Unique per article (n), so that no two articles of a corpus hash the same.
    lead = (
        f"{slots['Org']} in {slots['place']} said on {slots['day']} that the {slots['thing']}"
        f" would serve {10_000 + 3 * n:,} households, the first such plan since {slots['year']}."
    )
    paragraphs = rng.randrange(3, 41)
    speakers = _speakers(rng, seed)
    named: list = []  # speakers already introduced: later quotes may use a pronoun or surname
    blocks = [lead]
    for i in range(1, paragraphs):
        if i > 2 and rng.random() < 0.12:
            blocks.append(rng.choice(SUBHEADINGS))
        if images and rng.random() < 0.2:
            blocks.append("\n".join(_image(rng, slots)))
            images -= 1
        if speakers and rng.random() < 0.3:
            blocks.append(_quote(rng, slots, speakers, named))
        else:
            count = rng.choice((1, 2, 2, 3, 3, 4))
            blocks.append(" ".join(_sentence(rng, slots) for _ in range(count)))
    for i, block in enumerate(blocks):
        lines.append(block)
        lines.append("")
        if i and rng.random() < 0.03:
            lines.append("")  # two blank lines: a removed ad slot
    return "\n".join(lines)


def _slots(rng: random.Random, topic: str) -> dict:
    org = rng.choice(ORGS)
    return {
        "place": rng.choice(PLACES),
        "thing": rng.choice(TOPICS[topic].split(", ")),
        "org": org,
        "Org": org[0].upper() + org[1:],
        "day": rng.choice(DAYS),
        "year": rng.randrange(1990, 2019),
        "next_year": rng.randrange(2025, 2031),
    }


def _fill(rng: random.Random, template: str, slots: dict) -> str:
    money = f"£{rng.randrange(2, 900)}m" if rng.random() < 0.5 else f"${rng.randrange(2, 90)}m"
    return template.format(
        **slots, num=rng.randrange(2, 10), pct=rng.randrange(11, 89), money=money
    )


def _sentence(rng: random.Random, slots: dict) -> str:
    return _fill(rng, rng.choice(SENTENCES), slots)


def _headline(rng: random.Random, slots: dict) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{slots['place']} {rng.choice(ACTIONS)} plan for {slots['thing']}"
    if form == 1:
        words = _fill(rng, rng.choice(QUOTES), slots)
        return f"‘{words}’: anger over {slots['thing']} in {slots['place']}"
    if form == 2:
        return f"Will the {slots['thing']} in {slots['place']} ever be finished?"
    return f"{slots['Org']} {rng.choice(ACTIONS)} {slots['thing']} after {slots['year']} row"


def _speakers(rng: random.Random, seed: int) -> list[tuple[str, str, str]]:
    pool = people(seed)
    # Cubed: a few people are quoted very often, most rarely, as in a real news archive.
    return [pool[int(len(pool) * rng.random() ** 3)] for _ in range(rng.randrange(0, 5))]


def _quote(rng: random.Random, slots: dict, speakers: list, named: list) -> str:
    words = _fill(rng, rng.choice(QUOTES), slots)
    if named and rng.random() < 0.4:
        name, pronoun, _ = named[-1]
        if rng.random() < 0.5:
            return f'"{words}," {pronoun} said, adding that more details would follow.'
        return f"“{words},” {name.rsplit(' ', 1)[-1]} said."
    if rng.random() < 0.15:
        return f"“{words},” {slots['org']} said in a statement."
    speaker = rng.choice(speakers)
    name, _, role = speaker
    named.append(speaker)
    form = rng.randrange(3)
    if form == 0:
        return f"“{words},” said {name}, {role}."
    if form == 1:
        return f"{name}, {role}, said: “{words}.”"
    return f"“{words},” {name} told reporters on {slots['day']}."


def _image(rng: random.Random, slots: dict, alt: str | None = None) -> list[str]:
    scene = rng.choice(SCENES)
    caption = f"{scene} in {slots['place']} on {slots['day']}."
    name = f"{rng.choice(FEMALE + MALE)} {rng.choice(SURNAMES)}"
    style = rng.randrange(8)
    credit = [
        f"{name}/Reuters",
        f"{name}\\Example Wire via Getty Images",
        f"{name}, AP",
        f" Photo: {name}",
        f"AP Photo/{name}",
        "Getty Images",
        f"{name}/Placeholder Press",
        "",  # no credit at all
    ][style]
    return [alt or f"{scene}, {slots['place']}", caption + credit]


def main(argv: list[str] | None = None) -> int:
    """Write COUNT records as NDJSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", "-o", default="-", help="file (default: stdout)")
    args = parser.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        for item in generate(args.count, args.seed):
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
