"""Readings without a label ('Max 12C, min 7C') are a forecast's data, never a head
(api/parser/heading_places.py READINGS)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "Rain spreads east through the morning, heavy at times over the hills, before brighter "
    "weather with scattered showers follows from the west by the middle of the afternoon."
)
MORE = (
    "The wind eases overnight and skies clear, so a touch of frost is likely in sheltered "
    "valleys, with mist patches slow to lift in the morning."
)


@pytest.mark.parametrize(
    "reading",
    [
        "Max 12C, min 7C",
        "High 30°C, low 18°C",
        "Höchst 12 °C, tiefst 4 °C",
        "Wind 20mph, gusts 45mph",
        "Maxi 9°C; mini -2°C",
    ],
)
def test_readings_without_a_label_are_no_head(reading):
    heads = ["Today", "Tomorrow", "The weekend"]
    blocks = [TEXT, heads[0], TEXT, reading, MORE, heads[1], MORE, heads[2], TEXT]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "head",
    ["5. A launch ticket, 1967", "Top 10, 2026", "Storm Ada, 90mph and rising", "Day 3, 40 miles"],
)
def test_heads_with_figures_but_no_readings_stay_heads(head):
    heads = ["The start", head, "The end"]
    blocks = [TEXT, heads[0], TEXT, MORE, heads[1], MORE, TEXT, heads[2], TEXT]
    assert heads_of(*blocks) == heads
