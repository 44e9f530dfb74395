"""A figure that changed over time, given by more early reports than late ones: the last value leads
when the reports say it replaced the others (an earlier value called an "initial estimate", the last
one given as what the figure "has risen to"), and the value most reports give leads when they do
not, on corpora written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from factbot.index.engine import Engine

from tests.index.corpora import OTHER_STORIES, engine_over

DATES = {
    "mar-a.md": "2026-03-02",
    "mar-b.md": "2026-03-03",
    "mar-c.md": "2026-03-03",
    "apr-a.md": "2026-04-14",
    "apr-b.md": "2026-04-15",
}
EARLY = {
    "mar-b.md": "The Brenholt storm damaged about 140 homes in the valley, the district council said.",
    "mar-c.md": "Roughly 140 homes in the valley were damaged by the Brenholt storm.",
}
LATE = {
    "apr-a.md": "The Brenholt storm damaged 212 homes in the valley, the district council said.",
    "apr-b.md": "Council inspectors counted 212 homes in the valley damaged by the Brenholt storm.",
}


def _lead(tmp_path: Path, texts: dict[str, str]) -> str:
    engine: Engine = engine_over(tmp_path, {**texts, **OTHER_STORIES}, DATES)
    return engine.ask("How many homes did the Brenholt storm damage?").claims[0].text


@pytest.mark.parametrize(
    "first",
    [
        "About 140 homes in the valley were damaged by the Brenholt storm, according to an initial estimate.",
        "Early counts put the number of homes the Brenholt storm damaged in the valley at about 140.",
    ],
)
def test_an_earlier_value_called_provisional_gives_way_to_the_last(tmp_path: Path, first: str) -> None:
    assert "212" in _lead(tmp_path, {"mar-a.md": first, **EARLY, **LATE})


def test_a_last_value_given_as_what_the_figure_rose_to_leads(tmp_path: Path) -> None:
    risen = {
        "apr-a.md": "The number of homes in the valley damaged by the Brenholt storm has risen to 212.",
    }
    first = "About 140 homes in the valley were damaged by the Brenholt storm."
    assert "212" in _lead(tmp_path, {"mar-a.md": first, **EARLY, **LATE, **risen})


def test_without_such_words_the_value_most_reports_give_leads(tmp_path: Path) -> None:
    first = "About 140 homes in the valley were damaged by the Brenholt storm."
    assert "140" in _lead(tmp_path, {"mar-a.md": first, **EARLY, **LATE})
