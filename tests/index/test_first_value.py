"""A figure asked as it first stood ("when it was first announced", "originally") is answered by the
first report's value, and sums in two currencies are never one sum's values, on a corpus written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from factbot.index.answers.figures import figures
from factbot.index.answers.quantities import currency
from factbot.index.answers.questions import asks_earliest
from factbot.index.answers.slots import changed_from

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "herald.md": "Harlow Mills on Wednesday announced plans to spend 40 million euros on a new bakery "
    "in Dunmore, creating 90 jobs.",
    "journal.md": "Baker Harlow Mills is to invest 40 million euros (about 50 million dollars) in a "
    "major expansion of its Dunmore bakery, creating 90 jobs, the company said on Wednesday.",
    "wire.md": "Harlow Mills has raised the budget for its Dunmore bakery to 52 million euros from 40 "
    "million euros after adding a second oven line.",
    "post.md": "Harlow Mills has lifted the price tag of its Dunmore bakery to 52 million euros, with "
    "building work starting in September.",
    "digest.md": "The price tag of the Dunmore bakery Harlow Mills builds has risen to 52 million euros.",
    **OTHER_STORIES,
}
DATES = {
    "herald.md": "2026-03-04",
    "journal.md": "2026-03-05",
    "wire.md": "2026-06-10",
    "post.md": "2026-06-11",
    "digest.md": "2026-06-12",
}


def test_the_first_reports_value_answers_what_a_figure_first_was(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS, DATES)
    answer = engine.ask("What price tag did the Dunmore bakery have when it was first announced?")
    assert answer.answered
    assert "40 million euros" in answer.claims[0].text
    latest = engine.ask("What is the price tag of the Dunmore bakery now?")
    assert "52 million euros" in latest.claims[0].text


def test_a_sum_in_dollars_is_no_value_of_one_in_euros(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS, DATES)
    answer = engine.ask("What price tag did the bakery expansion have?")
    assert answer.answered
    for conflict in answer.conflicts:
        assert not any("dollars" in v.value for v in conflict.values), conflict


@pytest.mark.parametrize(
    ("text", "written_in"),
    [
        ("It cost about 91 million dollars.", "dollar"),
        ("It cost €84 million.", "euro"),
        ("It cost 97 million euros.", "euro"),
        ("It cost £60 million.", "pound"),
        ("It cost 42 million crowns.", ""),
        ("The pumpkin weighed 2,000 pounds.", ""),
    ],
)
def test_a_sum_names_its_currency(text: str, written_in: str) -> None:
    assert [currency(f) for f in figures(text)] == [written_in]


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("What price tag did the expansion have when it was first announced?", True),
        ("How many mussels were found at first?", True),
        ("What had the mayor originally proposed to spend?", True),
        ("How much has the appeal raised so far?", False),
        ("The budget was first announced at 40 million euros.", False),
        ("How many packs did the agency first authorise?", True),  # "first" before the verb
        ("How many coins were reported when the hoard was first found?", True),
        ("How many passengers were on the airline's very first flight?", False),  # an ordinal
        ("Who was the first baby born on the ward?", False),
    ],
)
def test_a_question_asks_the_first_value(question: str, asks: bool) -> None:
    assert asks_earliest(question) is asks


def test_a_value_that_had_been_planned_is_the_one_changed_from() -> None:
    text = "The first phase, which had been due to begin on September 1, will now start on October 5."
    planned, now = figures(text)
    assert changed_from(text, planned) and not changed_from(text, now)


def test_when_something_first_happened_is_not_the_first_reports_date(tmp_path: Path) -> None:
    texts = {
        "early.md": "Osk council's free breakfast scheme, first set up for pupils in poorer areas, will stop "
        "on 31 March.",
        "later.md": "The free breakfast scheme, which Osk council first introduced in September 2022, "
        "feeds 900 pupils a day.",
        "latest.md": "Osk council first introduced its free breakfast scheme in September 2022.",
        **OTHER_STORIES,
    }
    dates = {"early.md": "2026-02-20", "later.md": "2026-03-05", "latest.md": "2026-03-06"}
    answer = engine_over(tmp_path, texts, dates).ask("When was Osk's free breakfast scheme first introduced?")
    assert answer.answered and "September 2022" in answer.claims[0].text  # not 31 March, first reported
