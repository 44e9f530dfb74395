"""Causes: what a sentence gives as the answer to "why" or "what caused".

Two answers are the same cause when both say it is not known yet ("The cause is under
investigation", "Officials said it was too early to say what caused the collapse") or when the
clauses that give the cause share a content word that the question does not already have
("because of strong upper-level winds" and "because of high winds aloft"); a sentence with no such
clause gives its cause in all its words besides the question's, and is the same cause as another
when they share `_LOOSE_SHARED` of them. Everything else in
the sentences (a figure, a date) is not what was asked, so it does not keep them apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factbot.index.ranking.analysis import Analyzer

__all__ = ["CAUSE_ASKED", "Causes"]

# "Why ...", "What caused / prompted / led to / triggered / sparked ...", "For what reason ...".
CAUSE_ASKED = re.compile(
    r"^\s*(?:why\b|what\s+(?:caused|prompted|led\s+to|triggered|sparked|started)\b|(?:for\s+)?what\s+reason\b)",
    re.I,
)
# A cause said to be unknown: a word for the cause near one for not knowing it.
_CAUSE_WORD = re.compile(r"\b(?:caus\w*|why|what\s+(?:started|sparked|triggered|led\s+to)|reason)\b", re.I)
_UNKNOWN = re.compile(
    r"\b(?:unknown|unclear|under\s+investigation|not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:known|determined|established|clear|said|identified|released)|too\s+early\s+to\s+(?:say|tell)|"
    r"declined\s+to\s+(?:speculate|say|comment)|yet\s+to\s+(?:be\s+)?(?:determined|established|identified|say))\b",
    re.I,
)
# What gives the cause: the words after one of these, to the end of their clause.
_BECAUSE = re.compile(
    r"\b(?:because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|caused\s+by|blamed\s+on|"
    r"after|following|amid)\b",
    re.I,
)

_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]")
# Two sentences that give no cause clause give the same cause when they share this many words
# besides the question's ("High winds had grounded the helicopter" / "Monday's high winds grounded
# the helicopter": high, wind, ground); 2 joined more claims wrongly for the same gain (RESULTS.md).
_LOOSE_SHARED = 3


@dataclass(frozen=True, slots=True)
class _Cause:
    unknown: bool
    words: frozenset[str]  # the content terms of the clause that gives the cause
    loose: bool = False  # no clause gives it: the sentence's words besides the question's


class Causes:
    """The cause each sentence gives, for one question that asks for one."""

    def __init__(self, question: str, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._asked = frozenset(analyzer.terms(question))
        self._causes: dict[int, _Cause | None] = {}

    def alike(self, a_id: int, a_text: str, b_id: int, b_text: str) -> bool:
        """Whether two sentences (by sentence id and text) give the same cause."""
        a, b = self._cause(a_id, a_text), self._cause(b_id, b_text)
        if a is None or b is None:
            return False
        if a.unknown or b.unknown:
            return a.unknown and b.unknown
        if a.loose or b.loose:
            return len(a.words & b.words) >= _LOOSE_SHARED
        return not a.words.isdisjoint(b.words)

    def _cause(self, key: int, text: str) -> _Cause | None:
        if key not in self._causes:
            self._causes[key] = self._read(text)
        return self._causes[key]

    def _read(self, text: str) -> _Cause | None:
        if _CAUSE_WORD.search(text) and _UNKNOWN.search(text):
            return _Cause(True, frozenset())
        given = _BECAUSE.search(text)
        if given is None:
            words = frozenset(t for t in self._analyzer.terms(text) if not t[0].isdigit()) - self._asked
            return _Cause(False, words, loose=True) if len(words) >= _LOOSE_SHARED else None
        clause = _CLAUSE_END.split(text[given.end() :], maxsplit=1)[0]
        words = frozenset(t for t in self._analyzer.terms(clause) if not t[0].isdigit()) - self._asked
        return _Cause(False, words) if words else None
