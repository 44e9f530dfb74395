"""Dates written relative to a document's day: "today", "yesterday", "on Thursday"."""

from __future__ import annotations

from pathlib import Path

import pytest
from factbot.index.answers.relative_dates import relative_dates
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index

from tests.index.corpora import OTHER_STORIES

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
