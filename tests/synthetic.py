"""Invented article exports in bulk, for load, crash and throughput runs: varied and distinct."""

from __future__ import annotations

import random

TOWNS = (
    "Ashford Quay, Brindlemoor, Calder Vale, Dunmore Flats, Eastwick Heath, Fernhollow,"
    " Glenmarrow, Harrowgate Bay, Ivybridge Cross, Juniper Ridge"
).split(", ")
SUBJECTS = (
    "council, school board, harbour trust, library, water company, cycling club, hospital,"
    " rail operator, chamber of commerce, museum"
).split(", ")
ACTIONS = "approves delays rejects reviews funds pauses expands opens".split()
PLANS = (
    "a new footbridge, late-night bus routes, a solar roof, a food market, cheaper parking,"
    " a flood barrier, a reading garden, longer opening hours"
).split(", ")
NAMES = (
    "Ada Quint, Bram Oyelaran, Cleo Marchetti, Dev Anand-Ross, Eli Stroud, Farah Lindqvist,"
    " Gus Amari, Hana Kowalczyk, Ivo Brennan, Juno Takeda"
).split(", ")
ROLES = ["the mayor", "a local shopkeeper", "the project manager", "a resident", "the chair"]
AGENCIES = ["Example Wire", "Placeholder Press", "Sample Photo Agency"]
SENTENCES = """\
The plan was first discussed at a public meeting in the spring.
Officials said the cost would be shared with two neighbouring districts.
Several residents asked for more time to read the proposals.
A survey found that most people who answered supported the idea.
The work is expected to take about eighteen months.
Critics said the money would be better spent on repairs.
Engineers will publish a full report before any contract is signed.
The decision follows two years of consultation with local groups.
A similar scheme in a nearby town was finished ahead of schedule.
Opening the site to visitors will depend on the weather in the autumn.""".splitlines()
SUBHEADINGS = ["What happens next", "Why it matters", "The cost", "Local reaction"]


def article(n: int) -> str:
    """The n-th invented export (the same text for the same n); no two n give the same article."""
    rng = random.Random(n)
    town, subject = rng.choice(TOWNS), rng.choice(SUBJECTS)
    plan = rng.choice(PLANS)
    # The number in the headline is what keeps every article distinct.
    lines = [f"{town} {subject} {rng.choice(ACTIONS)} {plan}, item {n}", ""]
    if rng.random() < 0.6:
        lines += _image(rng, town, n)
    lines += [f"  • {rng.choice(SENTENCES)}" for _ in range(rng.randrange(0, 4))]
    lines.append("")
    for i in range(rng.randrange(3, 9)):
        if i == 2 and rng.random() < 0.5:
            lines += [rng.choice(SUBHEADINGS), ""]
        if i == 3 and rng.random() < 0.4:
            lines += [*_image(rng, town, n * 10 + i), ""]
        lines += [_paragraph(rng, town, subject, plan, n, i), ""]
    return "\n".join(lines)


def articles(count: int, start: int = 0) -> list[str]:
    """`count` consecutive invented exports."""
    return [article(n) for n in range(start, start + count)]


def _image(rng: random.Random, town: str, n: int) -> list[str]:
    alt = f"A view across {town} on a grey morning, picture {n}"
    credit = f"{rng.choice(NAMES)}/{rng.choice(AGENCIES)}"
    return [alt, f"People gather near the town square in {town} on Monday.{credit}"]


def _paragraph(rng: random.Random, town: str, subject: str, plan: str, n: int, i: int) -> str:
    if i == 0:
        return (
            f"The {subject} in {town} said on Tuesday that {plan} would be decided"
            f" by the end of week {n % 52 + 1}."
        )
    if rng.random() < 0.3:
        name, role = rng.choice(NAMES), rng.choice(ROLES)
        return f'"We have waited long enough for this," said {name}, {role}.'
    return " ".join(rng.sample(SENTENCES, rng.randrange(1, 4)))
