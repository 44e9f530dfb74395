"""The event a "when" question dates its answer after: "When did the airport reopen after the
overrun?" asks when it reopened, so a time a source gives in a clause telling of the overrun ("overran
the runway ... on the evening of 14 January") neither answers the question first nor disputes its
answer ("reopened at 6 a.m. on Saturday, 16 January").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factbot.index.answers.claims import fold, lemma_stems
from factbot.index.answers.quantities import Figure
from factbot.index.documents import Sentence
from factbot.index.ranking.analysis import Analyzer

__all__ = ["ReferenceEvent", "not_of_the_reference", "reference_event"]

# "... after the overrun?", "... following the crash?": the event a question's own is dated after.
# (With "before" and "since" too, "When did the Falcons last win before this title?" lost "first since
# 1989", a clause telling of the title that gives the answer: RESULTS.md, session 60.)
_AFTER = re.compile(r"\s(?:after|following)\s+(?P<event>.+)$", re.I)
# A time's clause, before it, ends at a comma (not in a number), a semicolon or colon, a bracket or a
# word joining clauses.
_CLAUSE_CUT = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()]|\b(?:and|but|while|when|which|who|after|before|as)\b", re.I
)
_CLAUSE_CHARS = 80  # characters before a time searched for its clause
_TIMES = frozenset({"date", "year", "time", "weekday"})


@dataclass(frozen=True, slots=True)
class ReferenceEvent:
    """The terms of the event a question dates its own after, besides its names and the words of its
    own clause ("overrun" for "When did Skelmouth airport reopen after the overrun?")."""

    event: frozenset[str]

    def dates(self, sentence: str, figure: Figure, analyzer: Analyzer) -> bool:
        """Whether a time is given in a clause stating the event, before the time ("that overran the
        runway at Skelmouth Regional Airport on the evening of 14 January"; "reopened after the
        overrun on 14 January")."""
        if figure.kind not in _TIMES:
            return False
        clause = _CLAUSE_CUT.split(sentence[max(0, figure.start - _CLAUSE_CHARS) : figure.start])[-1]
        return not _stated(clause, analyzer).isdisjoint(self.event)


def reference_event(question: str, named: Sequence[str], analyzer: Analyzer) -> ReferenceEvent | None:
    """The event a question dates its own after; None when it names none, or only in its own words."""
    found = _AFTER.search(question.rstrip(" ?"))
    if found is None:
        return None
    own = _stated(question[: found.start()], analyzer)
    event = _stated(found["event"], analyzer) - own - set(named)
    return ReferenceEvent(event) if event else None


def not_of_the_reference(
    said: Sequence[tuple[Sentence, Figure]], reference: ReferenceEvent, analyzer: Analyzer
) -> list[tuple[Sentence, Figure]]:
    """The figures of `said` but the times given of the reference event."""
    return [(s, f) for s, f in said if not reference.dates(s.text, f, analyzer)]


def _stated(text: str, analyzer: Analyzer) -> frozenset[str]:
    """The terms a text states a word by: as written, folded and as its irregular verbs' lemmas."""
    terms = analyzer.terms(text)
    return frozenset(terms) | frozenset(fold(terms)) | lemma_stems(terms)
