"""A "when" question about what is to come is answered, first, by a sentence giving a time that is no
date ("by mid-May"), on a small corpus written here."""

from __future__ import annotations

from pathlib import Path

from tests.index.corpora import OTHER_STORIES, engine_over


def test_a_month_given_for_what_is_to_come_answers_when_and_leads(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk council online services will be restored, the council said on its website.",
        "b.md": "Osk council online services were hit by a cyber attack, and will be restored step by step.",
        "c.md": "The Osk council chief said most online services should be restored by mid-May.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("When will Osk council online services be restored?")
    assert answer.answered
    assert "mid-May" in answer.claims[0].text


def test_the_verb_may_gives_no_time(tmp_path: Path) -> None:
    texts = {
        "a.md": "Osk council online services may be restored, the council said on its website.",
        "b.md": "Osk council online services were hit by a cyber attack.",
        **OTHER_STORIES,
    }
    assert not engine_over(tmp_path, texts).ask("When will Osk council online services be restored?").answered


def test_a_day_a_month_or_more_before_the_report_answers_when_it_last_happened_before(tmp_path: Path) -> None:
    # "the last inspection before the breakdown" is an earlier event: not the story's own day
    texts = {
        "a.md": "The Osk Express chairlift broke down on Saturday. It last passed its annual inspection on "
        "Nov. 28.",
        "b.md": "The Osk Express chairlift stopped on Saturday, and skiers were lowered by rope. The lift "
        "had been inspected by the authority on Dec. 12, 2025, and passed.",
        **OTHER_STORIES,
    }
    dates = {"a.md": "2026-02-16", "b.md": "2026-02-15"}
    answer = engine_over(tmp_path, texts, dates).ask(
        "When did the Osk Express chairlift last pass its inspection before the breakdown?"
    )
    assert answer.answered
    (conflict,) = answer.conflicts
    assert {v.value for v in conflict.values} == {"Nov. 28", "Dec. 12, 2025"}


def test_a_time_given_of_the_event_a_question_dates_its_own_after_neither_answers_nor_disputes(
    tmp_path: Path,
) -> None:
    texts = {
        "a.md": "Investigators are examining the recorders of the Osk Air plane that overran the runway at "
        "Brill airport on the evening of 14 January.",
        "b.md": "Investigators said the Osk Air plane overran the runway at Brill airport on Jan. 14 after "
        "landing long in snow.",
        "c.md": "The plane was lifted away by crane late on Friday, and Brill airport reopened at 6 a.m. on "
        "Saturday, 16 January.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask("When did Brill airport reopen after the overrun?")
    assert answer.answered and "16 January" in answer.claims[0].text
    assert answer.conflicts == []  # the overrun's day is not the reopening's
