"""Causes: sentences that give the same answer to "why" or "what caused" are one claim."""

from __future__ import annotations

from pathlib import Path

import pytest
from factbot.index.answers.causes import CAUSE_ASKED, Causes
from factbot.index.answers.questions import as_asked
from factbot.index.ranking.analysis import Analyzer

from tests.index.corpora import OTHER_STORIES, engine_over

QUESTION = "What caused the Osk bridge to collapse?"


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        (
            "Officials said it was too early to say what caused the collapse.",
            "The cause is not yet known.",
            True,
        ),
        (
            "The cause of the collapse is under investigation.",
            "Investigators declined to speculate on a cause.",
            True,
        ),
        (
            "The launch was called off because of strong upper-level winds.",
            "The countdown stopped on Sunday because of high winds aloft, officials said.",
            True,
        ),
        (
            "The launch was called off because of strong winds.",
            "The second attempt was stopped because of a faulty pressure sensor.",
            False,
        ),
        ("The cause is not yet known.", "The bridge fell because of corroded steel.", False),
        ("The bridge carried 40,000 cars a day.", "The cause is not yet known.", False),  # gives no cause
    ],
)
def test_same_cause(a: str, b: str, alike: bool) -> None:
    causes = Causes(QUESTION, Analyzer())
    assert causes.alike(1, a, 2, b) is alike


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Why was the launch scrubbed?", True),
        ("What caused the fire?", True),
        ("What prompted the release of water?", True),
        ("What was the cause of the fire?", False),  # names the cause as its subject: a plain question
        ("How many people were hurt?", False),
        ("For what reason was the launch scrubbed?", True),
    ],
)
def test_which_questions_ask_for_a_cause(question: str, asks: bool) -> None:
    assert (CAUSE_ASKED.match(question) is not None) is asks
    assert (CAUSE_ASKED.match(as_asked(question)) is not None) is asks  # as answering reads it


def test_sources_that_say_the_cause_is_unknown_are_one_claim(tmp_path: Path) -> None:
    texts = {
        "a.md": "Officials said it was too early to say what caused the Osk bridge collapse.",
        "b.md": "The cause of the Osk bridge collapse has not yet been determined.",
        "c.md": "The Osk agency that leads the inquiry has not said what caused the failure of the bridge.",
        **OTHER_STORIES,
    }
    answer = engine_over(tmp_path, texts).ask(QUESTION)
    assert {c.doc_id for c in answer.claims[0].citations} == {"a.md", "b.md", "c.md"}
