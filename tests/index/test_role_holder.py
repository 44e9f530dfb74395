""" "Who is <owner>'s <role>?" is answered only by a sentence naming someone in that role with the owner
in it or beside it, on a small corpus written here."""

from __future__ import annotations

from pathlib import Path

from factbot.index.answers.questions import owned_role

from tests.index.corpora import OTHER_STORIES, engine_over

TEXTS = {
    "maker.md": "Orrin & Vale is recalling 1.3 million kettles sold at Hallmart and Penrose Home. "
    "A faulty switch can let them overheat. "
    "It is the first recall in the company's history, chief executive Miriam Kolb told analysts.",
    "trade.md": "Orrin & Vale's kettles were sold at Hallmart stores. The switch can fail. Chief "
    "executive Miriam Kolb apologised to customers.",
    **OTHER_STORIES,
}


def test_the_owner_and_role_asked_are_read() -> None:
    assert owned_role("Who is Hallmart's new chief executive?") == ("Hallmart", "new chief executive?")
    assert owned_role("Who is the chief executive of Hallmart?") is None


def test_a_role_holder_of_another_owner_does_not_answer(tmp_path: Path) -> None:
    assert not engine_over(tmp_path, TEXTS).ask("Who is Hallmart's new chief executive?").answered


def test_the_role_holder_of_the_owner_answers(tmp_path: Path) -> None:
    texts = {**TEXTS, "retail.md": "Hallmart has named Joanna Reed as its new chief executive."}
    answer = engine_over(tmp_path, texts).ask("Who is Hallmart's new chief executive?")
    assert answer.answered and "Joanna Reed" in answer.claims[0].text
