"""Distances and temperatures in the units of astronomy ("112 light-years", "34.4 parsecs", "380
kelvin") are measures like any other: they answer "how far" and "how hot", and one converted is
the same value, on a corpus written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from factbot.index.answers.figures import figures
from factbot.index.answers.quantities import consistent

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "star.md": "The planet Vell 9 c lies about 112 light-years from Earth, the observatory said.",
    "ledger.md": "Vell 9 c orbits a red dwarf and takes 42 days to circle it.",
    "journal.md": "The dayside of Vell 9 c reaches about 380 kelvin, hot enough to boil water.",
    **OTHER_STORIES,
}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("It lies 34.4 parsecs away.", "It lies about 112 light-years away.", True),
        ("It lies 34.4 parsecs away.", "It lies about 124 light-years away.", False),
        ("It reaches 380 kelvin.", "It reaches 107 degrees Celsius.", True),
        ("It reaches 380 kelvin.", "It reaches 225 degrees Fahrenheit.", True),
        ("It reaches 380 kelvin.", "It reaches 380 degrees Celsius.", False),
    ],
)
def test_a_converted_distance_or_temperature_is_one_value(a: str, b: str, same: bool) -> None:
    (first,), (second,) = figures(a), figures(b)
    assert consistent(first, second) is same


def test_light_years_answer_how_far_and_kelvin_how_hot(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS)
    far = engine.ask("How far away from Earth is Vell 9 c?")
    assert far.answered and "112 light-years" in far.claims[0].text
    hot = engine.ask("How hot does the dayside of Vell 9 c get?")
    assert hot.answered and "380 kelvin" in hot.claims[0].text
