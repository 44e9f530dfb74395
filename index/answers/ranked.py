"""Ranked sentences as answer assembly reads them, and the claims being formed of them."""

from __future__ import annotations

from dataclasses import dataclass

from factbot.index.answers.claims import ClaimKey, lemma_stems
from factbot.index.answers.quantities import Figure
from factbot.index.answers.slots import Slot
from factbot.index.documents import Sentence
from factbot.index.retrieval.search import Hit

__all__ = ["Group", "Ranked", "said_terms"]


@dataclass(slots=True)
class Ranked:
    """A retrieved sentence as answer assembly sees it: its score after the type boost, terms,
    claim key, answering figure and, for a "who" question, the names it gives."""

    hit: Hit
    score: float
    sentence: Sentence
    terms: frozenset[str]
    key: ClaimKey
    slot: Slot | None
    names: frozenset[str]  # for a question that asks for a name: the name words it gives
    answer_name: str | None = None  # of those, the one nearest the question's words
    name_relevance: float = 0.0  # the share of the question's weight within reach of it
    dated: tuple[Figure, ...] = ()  # dates given relative to the document's day ("on Thursday")


@dataclass(slots=True)
class Group:
    """A claim being formed: its best wording and every member."""

    best: Ranked
    members: list[Ranked]


def said_terms(r: Ranked) -> frozenset[str]:
    """The terms by which a ranked sentence states a word: as written, folded ("killed" states
    "die") and the lemmas of its irregular verb forms ("stole": "steal")."""
    return r.terms | r.key.terms | lemma_stems(r.terms)
