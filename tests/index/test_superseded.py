"""A figure that changed over time, given by more early reports than late ones: the last value leads
when the reports say it replaced the others (an earlier value called an "initial estimate", the last
one given as what the figure "has risen to"), and the value most reports give leads when they do
not; and a value a report says replaced the lead's ("now receive £25 ..., up from £10") leads, on
corpora written here."""

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


PAYMENTS = {
    "a.md": "Carden House households are being paid £10 a day while the lifts are broken.",
    "b.md": "The council said it would pay each Carden House household 10 pounds a day until the lifts work.",
    "c.md": "Carden House households will now receive £25 for every day without a lift, up from £10, the "
    "council said.",
    "d.md": "Tenants of Carden House have been paid £25 a day for the time without a lift.",
    **OTHER_STORIES,
}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How much are Carden House households being paid for each day without a lift?", "25"),
        ("How much were Carden House households first paid for each day without a lift?", "10"),
    ],
)
def test_a_value_a_report_says_replaced_the_leads_leads(tmp_path: Path, question: str, value: str) -> None:
    days = {"a.md": "2026-02-12", "b.md": "2026-02-13", "c.md": "2026-02-25", "d.md": "2026-03-25"}
    answer = engine_over(tmp_path, PAYMENTS, days).ask(question)
    assert answer.answered and f"£{value}" in answer.claims[0].text.split(", up from")[0]
