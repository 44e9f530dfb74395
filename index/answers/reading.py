"""Reading: what answer assembly reads once of a question and its retrieved sentences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factbot.index.answers.grouping import SameClaim
from factbot.index.answers.quantities import Figure
from factbot.index.answers.ranked import Ranked
from factbot.index.answers.reference_events import ReferenceEvent
from factbot.index.answers.wanted import Wanted
from factbot.index.ranking.analysis import Analyzer

__all__ = ["Reading"]


@dataclass(slots=True)
class Reading:
    """What answer assembly reads once of a question and its retrieved sentences, and every stage uses."""

    question: str
    want: Wanted | None
    on: list[Figure]  # the days the question names
    years: list[Figure]  # ... and the years
    published: Callable[[str], str | None] | None  # a document's date, when the question needs it
    asked: dict[str, float]  # what the sentences must state, each term's weight
    weights: dict[str, float]  # the question's terms' IDF
    analyzer: Analyzer
    ranked: list[Ranked]
    floor: float  # the score a sentence needs to start a claim
    same: SameClaim
    unnamed: list[tuple[frozenset[str], float]] | None  # the question's words besides its names
    named: tuple[str, ...]  # the terms of the names the question gives
    names_doc: Callable[[str], bool] | None  # whether a document names one of the question's names
    folded: dict[str, float]
    answering: frozenset[int]  # the sentences that give the asked-for figure
    coverage: float
    answerable: bool
    reference: ReferenceEvent | None = None  # the event a "when" question dates its answer after
