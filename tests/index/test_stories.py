"""Documents on one story: found by the rarer words they share, not by the question's words."""

from __future__ import annotations

from pathlib import Path

from factbot.index.retrieval.stories import Stories

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "wire.md": "The Harnley reservoir dam at Quillby failed on Sunday, flooding 300 homes along the Tewe. "
    "Engineers from Marrow & Pike had inspected the Quillby dam in May.",
    "brief.md": "Marrow & Pike engineers said the Quillby dam showed no cracks in May.",
    "recap.md": "The Tewe burst through the Harnley embankment above Quillby, and 300 homes took water.",
    "match.md": "Quillby Rovers beat Dunmore Athletic 3-1 at home, their fourth straight league win.",
    **OTHER_STORIES,
}


def test_reports_of_one_event_tell_one_story_and_a_report_of_another_does_not(tmp_path: Path) -> None:
    engine = engine_over(tmp_path, TEXTS)
    searcher = engine._searcher
    stories = Stories(engine._forward, searcher.sentence_idf(), engine.index.by_doc_id)
    candidates = ["brief.md", "recap.md", "match.md", "osk-board.md", "osk-bakery.md"]
    assert stories.told_with(["wire.md"], candidates) == {"brief.md", "recap.md"}
    assert stories.told_with(["osk-board.md"], ["wire.md"]) == set()
