"""Dates written relative to a document's day: "today", "yesterday", "on Thursday"."""

from __future__ import annotations

from pathlib import Path

import pytest
from factbot.index.answers.relative_dates import (
    durations_since,
    months_relative,
    relative_dates,
    stated_weekday,
    weekdays,
)
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index

from tests.index.corpora import OTHER_STORIES, engine_over

# 2025-12-05 is a Friday.
FRIDAY = "2025-12-05"


@pytest.mark.parametrize(
    ("sentence", "published", "dates"),
    [
        ("The rocket lifted off on Thursday morning.", FRIDAY, ["12-04"]),
        ("The rocket lifted off on Friday morning.", FRIDAY, ["12-05"]),
        ("The rocket lifted off last Friday.", FRIDAY, ["11-28"]),
        ("The vote will be held on Tuesday.", FRIDAY, ["12-09"]),
        ("Crews return next Friday.", FRIDAY, ["12-12"]),
        ("The satellite launched today, and engineers spoke yesterday.", FRIDAY, ["12-05", "12-04"]),
        ("The first signal is expected tomorrow.", "2025-12-31", ["01-01"]),
        ("The rocket lifted off on Thursday, Dec. 4, at dawn.", FRIDAY, []),  # the date written
        ("The rocket lifted off on Thursday.", "", []),  # an undated document
        ("The rocket lifted off on Thursday.", "2025", []),  # a year only
    ],
)
def test_a_relative_date_is_read_from_the_documents_day(
    sentence: str, published: str, dates: list[str]
) -> None:
    assert [f.value for f in relative_dates(sentence, published)] == dates


def test_a_dated_report_saying_on_thursday_is_cited_for_the_date(tmp_path: Path) -> None:
    docs = {
        "wire.md": ("2025-12-04", "The Brill satellite launched from Osk spaceport on Dec. 4."),
        "daily.md": ("2025-12-05", "The Brill satellite was launched from Osk spaceport on Dec. 4, 2025."),
        "radio.md": ("2025-12-05", "Engineers cheered as the Brill satellite rose over Osk on Thursday."),
        "weekly.md": ("2025-12-12", "Engineers cheered as the Brill satellite rose over Osk on Thursday."),
        **{name: ("2025-12-01", text) for name, text in OTHER_STORIES.items()},
    }
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, (day, text) in docs.items():
        (corpus / name).write_text(f"---\ntitle: {name}\ndate: {day}\n---\n\n{text}\n")
    build_index([corpus], tmp_path / "idx", BuildOptions())
    answer = Engine(tmp_path / "idx").ask("On what date was the Brill satellite launched?", max_quotes=10)
    top = answer.claims[0]
    # weekly.md's Thursday is Dec. 11: another day, not this claim's.
    assert {c.doc_id for c in top.citations} == {"wire.md", "daily.md", "radio.md"}


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Rates reached their highest level in 17 years.", [2008.0]),
        ("Rates hit a 17-year high.", [2008.0]),
        ("The last strike was 31 years ago.", [1994.0]),
        ("Prices have risen for the past 12 years.", [2013.0]),
        ("The loan will run for 10 years.", []),  # what is to come
        ("She has lived on the street for 12 years.", []),  # how long, not since when
        ("Biscuits have been baked there for nearly 70 years.", []),  # about 70 gives no one year
        ("The strike lasted three days.", []),  # not years
    ],
)
def test_a_count_of_years_back_gives_a_year(sentence: str, years: list[float]) -> None:
    found = [f for f in relative_dates(sentence, "2025-09-17") if f.kind == "year"]
    assert [f.value for f in found] == years


def test_a_year_given_as_years_back_joins_the_claim_that_writes_it(tmp_path: Path) -> None:
    # b.md gives 2008 as "in 17 years" in a sentence without the question's words.
    texts = {
        "a.md": "Brill borrowing costs rose to their highest level since 2008 on Wednesday.",
        "b.md": "The Brill central bank acted on Wednesday. "
        "The move took the rate to its highest level in 17 years.",
        "c.md": "Brill borrowing costs were last this high in 2008, analysts said.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, dict.fromkeys(["a.md", "b.md", "c.md"], "2025-09-17"))
    answer = engine.ask("When were Brill borrowing costs last this high?")
    assert "2008" in answer.claims[0].text
    assert "b.md" in {c.doc_id for c in answer.claims[0].citations}


@pytest.mark.parametrize(
    ("sentence", "published", "month"),
    [
        ("Drilling started in November last year.", "2026-03-24", "2025-11"),
        ("The pool opened last November.", "2026-03-24", "2025-11"),
        ("The pool opened last February.", "2026-03-24", "2026-02"),
        ("The line opens next March.", "2025-12-01", "2026-03"),
        ("The line opens in March next year.", "2025-06-01", "2026-03"),
    ],
)
def test_a_month_written_relative_to_the_writing_gives_its_year(
    sentence: str, published: str, month: str
) -> None:
    (given,) = months_relative(sentence, published)
    assert given.value == month


def test_a_month_written_relative_to_the_writing_answers_when(tmp_path: Path) -> None:
    texts = {
        "a.md": "Drilling at the Osk site started in November last year, the operator said.",
        "b.md": "The Osk well was halted by a tremor this week.",
        "c.md": "Work on the Osk geothermal project, where drilling began in November 2025, has been halted.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, dict.fromkeys(["a.md", "b.md", "c.md"], "2026-03-24"))
    answer = engine.ask("When did drilling at the Osk site begin?")
    assert answer.answered and {c.doc_id for c in answer.claims[0].citations} == {"a.md", "c.md"}


def test_since_a_year_lasts_to_the_year_of_writing() -> None:
    (lasting,) = durations_since("The factory has made biscuits since 1958.", "2025-11-11")
    assert (lasting.kind, lasting.about, lasting.value) == ("count", "year", 67.0)
    assert durations_since("The factory opened in 1958.", "2025-11-11") == []  # no "since"
    assert durations_since("The factory has made biscuits since 1958.", "") == []  # undated


def test_a_statement_of_how_long_is_judged_by_since_a_year(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Brill factory has made biscuits since 1958.",
        "b.md": "Brill factory workers were told on Tuesday that it will close.",
        **OTHER_STORIES,
    }
    engine = engine_over(tmp_path, texts, {"a.md": "2025-11-11", "b.md": "2025-11-11"})
    assert engine.ask("The Brill factory has made biscuits for more than six decades.").verdict == "supported"
    assert (
        engine.ask("The Brill factory has made biscuits for more than eight decades.").verdict
        == "contradicted"
    )


@pytest.mark.parametrize(
    ("statement", "day"),
    [
        ("Pennock announced the closure on a Monday.", "monday"),
        ("The recall was announced Thursday.", "thursday"),
        ("The fire was fully contained by Wednesday.", None),  # a limit, not the day it happened
        ("Schools stay shut through Wednesday.", None),
        ("Black Friday sales fell.", None),  # a name
        ("The bridge collapsed in the evening.", None),
    ],
)
def test_a_statement_names_the_day_of_the_week_it_says_something_happened(
    statement: str, day: str | None
) -> None:
    found = stated_weekday(statement)
    assert (found.value if found else None) == day


@pytest.mark.parametrize(
    ("sentence", "published", "days"),
    [
        ("The decision was announced on 10 November.", "2026-11-11", [("tuesday", "2026-11-10")]),
        ("The decision was announced on Tuesday.", "2026-11-11", [("tuesday", "2026-11-10")]),
        ("It was announced yesterday.", "2026-11-11", [("tuesday", "2026-11-10")]),
        ("Work began on Dec. 30.", "2027-01-02", [("wednesday", "2026-12-30")]),  # the nearer year
        ("The deal was signed on Nov. 10, 2025.", "2026-11-11", [("monday", "2025-11-10")]),  # written
        ("The plant closes in June 2031.", "2026-11-11", []),  # a month, no day
        ("The decision was announced on 10 November.", "", []),  # undated
    ],
)
def test_each_date_a_sentence_gives_falls_on_a_day_of_the_week(
    sentence: str, published: str, days: list[tuple[str, str]]
) -> None:
    assert [(f.value, f.about) for f in weekdays(sentence, published)] == days


def test_a_statement_of_the_weekday_is_judged_by_the_dates_the_sources_give(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Brill bakery closure was announced on 10 November.",
        "b.md": "Brill announced the bakery closure on Tuesday, putting 640 jobs at risk.",
        "c.md": "The Brill bakery closure was announced on Tuesday, the union said.",
        **OTHER_STORIES,
    }
    # 2026-11-10 is a Tuesday; c.md's Tuesday, a week later, is another day.
    engine = engine_over(tmp_path, texts, {"a.md": "2026-11-11", "b.md": "2026-11-10", "c.md": "2026-11-18"})
    answer = engine.ask("The Brill bakery closure was announced on a Monday.")
    assert answer.verdict == "contradicted"
    assert answer.evidence is not None and answer.evidence.basis == "date"
    assert any(said.startswith("Tuesday") for said in answer.evidence.sources_say)
    assert engine.ask("The Brill bakery closure was announced on Tuesday.").verdict == "supported"
    assert not answer.conflicts  # another week's Tuesday is no dispute over the day


def test_a_statement_of_the_weekday_over_undated_sources_is_judged_by_its_words(tmp_path: Path) -> None:
    texts = {
        "a.md": "The Brill marathon starts at the harbour on Sunday morning.",
        "b.md": "Runners in the Brill marathon start at the harbour on Sunday morning.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("The Brill marathon starts at the harbour on Saturday morning.")
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.basis == "swap" and answer.evidence.sources_say == ["sunday"]
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}


def test_the_day_two_reports_give_for_an_announcement_is_one_answer_however_far_from_its_words(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "The Brill bakery will close in the spring, the company and the union announced Tuesday.",
        "b.md": (
            "Brill, which has baked bread in the town since 1921, will shut the bakery and move its "
            "ovens to a larger site across the county, putting 640 jobs at risk, the union said on Tuesday."
        ),
        "c.md": "The Brill bakery closure was also discussed at a council meeting on Friday.",
        **OTHER_STORIES,
    }
    dates = {"a.md": "2026-11-10", "b.md": "2026-11-10", "c.md": "2026-11-13"}
    answer = engine_over(tmp_path, texts, dates).ask("The Brill bakery closure was announced on a Monday.")
    assert answer.verdict == "contradicted"
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md"}
