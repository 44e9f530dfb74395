"""A report that tells of a change ("nine eclipses, up from six in the February report") dates the
new value, not the old one: the values are an update, and a statement of the new value is borne out,
on a corpus written here."""

from __future__ import annotations

from pathlib import Path

from factbot.index.answers.conflicts import find_conflicts
from factbot.index.answers.figures import figures
from factbot.index.documents import Sentence

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "feb-a.md": "Astronomers at Carrow University reported signs of ice on the moon Tessik after watching "
    "six eclipses of its planet.",
    "feb-b.md": "The Carrow team's claim of ice on Tessik rests on six eclipses, the university said.",
    "apr-a.md": "The final Carrow study of ice on Tessik combines nine eclipses, up from six eclipses in "
    "the February report.",
    "apr-b.md": "Carrow University's peer-reviewed paper on the Tessik ice rests on nine eclipses.",
    "feb-c.md": "Six eclipses of the planet gave the Carrow team its first sign of ice on Tessik.",
    "apr-c.md": "When the Carrow team first reported the Tessik ice in February, it had seen six eclipses. "
    "The final Carrow paper on the Tessik ice rests on nine eclipses.",
    **OTHER_STORIES,
}
DATES = {
    "feb-a.md": "2026-02-10",
    "feb-b.md": "2026-02-11",
    "feb-c.md": "2026-02-12",
    "apr-a.md": "2026-04-22",
    "apr-b.md": "2026-04-23",
    "apr-c.md": "2026-04-24",
}


def test_a_report_giving_both_values_dates_neither() -> None:
    said = [
        (Sentence(doc, 0, 0, len(text), text), figure)
        for doc, text in [
            ("feb-a.md", TEXTS["feb-a.md"]),
            ("feb-b.md", TEXTS["feb-b.md"]),
            ("apr-a.md", TEXTS["apr-a.md"]),
            ("apr-b.md", TEXTS["apr-b.md"]),
            ("apr-c.md", TEXTS["apr-c.md"]),
        ]
        for figure in figures(text)
        if figure.about == "eclipse"
    ]
    (conflict,) = find_conflicts(said, lambda doc: DATES.get(doc, ""))
    assert conflict.over_time
    assert list(conflict.values) == ["six", "nine"]
    (undated,) = find_conflicts(said, lambda doc: "" if doc == "feb-a.md" else DATES[doc])
    assert not undated.over_time


def test_a_statement_of_the_new_value_is_borne_out(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS, DATES)
    answer = engine.ask("The final Carrow study of the Tessik ice rests on nine eclipses.")
    assert answer.verdict == "supported"
