"""'On which day ...?' asks a day, not a name: a sentence giving the day answers it, on a corpus
written here."""

from __future__ import annotations

from pathlib import Path

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "gazette.md": "The repair ship reached the broken cable on 17 February, a day late.",
    "chronicle.md": "Engineers were told the repair ship would sail as soon as the storm eased.",
    **OTHER_STORIES,
}


def test_a_day_answers_on_which_day(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS)
    answer = engine.ask("On which day did the repair vessel get to the broken cable?")
    assert answer.answered
    assert "17 February" in answer.claims[0].text
