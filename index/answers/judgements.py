"""Judgements: a verdict on a statement and what decided it, and the claims it is judged on."""

from __future__ import annotations

from dataclasses import dataclass, field

from factbot.index.answers.models import Basis, Verdict
from factbot.index.answers.quantities import Figure

__all__ = ["MAJORITY", "ClaimView", "Judgement"]

MAJORITY = 2  # one side needs this many times the other side's documents to decide


@dataclass(frozen=True, slots=True)
class ClaimView:
    """What the judge needs of one answering claim."""

    index: int  # position among the answer's claims
    text: str  # every wording of the claim, joined
    docs: frozenset[str]
    figure: Figure | None  # the figure it gives for the statement's quantity
    relevance: float  # share of the statement's weight near that figure
    overlap: float  # weighted share of the statement's terms it states
    wordings: tuple[str, ...] = ()  # the wordings `text` joins with spaces (when known)
    stated: frozenset[str] = frozenset()  # the statement's terms (its figure left out) it states
    periods: frozenset[str] = frozenset()  # the periods its figure is given per ("a day": "day")
    measures: frozenset[str] = frozenset()  # what its figure measures, written before it ("a 14-metre crack")
    whose: str = ""  # the name its figure, an age, is set off after ("Gladys Moreno, 71,")
    weekdays: frozenset[str] = frozenset()  # the days of the week its figure's clause names ("by Thursday")
    reported: tuple[str, ...] = ()  # the ISO days its documents are dated ("" for none), by `docs` sorted


@dataclass(slots=True)
class Judgement:
    """A verdict and what decided it."""

    verdict: Verdict
    basis: Basis
    stated: str = ""
    sources_say: list[str] = field(default_factory=list)
    supporting: list[int] = field(default_factory=list)
    contradicting: list[int] = field(default_factory=list)
    unaddressed: list[str] = field(default_factory=list)  # parts of a supported statement none states
