"""Sides: which side of a yes/no question or a statement to check a sentence takes.

A statement with no figure is stated for or against, in other words, by sentences that each
state most of it (`StatementSides`), or corrected by the same other name in place of one of its
own (`Substitutes`). A yes/no question is denied by sentences with one of its words in a denying
clause (`Denials`), and two sentences that share its figures say the same only when the second,
with its neighbours, says what the first says beside them (`Saying`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factbot.index.answers.claims import CLAUSE, clause_span, fold, folded_weights, stated_as
from factbot.index.answers.figures import figures
from factbot.index.answers.names import answer_names, mentions, names, who_or_what
from factbot.index.answers.polarity import negated, opposition
from factbot.index.answers.questions import content_text
from factbot.index.answers.ranked import Ranked, said_terms
from factbot.index.answers.slots import answer_name
from factbot.index.ranking.analysis import Analyzer

__all__ = ["Denials", "Saying", "StatementSides", "Substitutes", "name_denied"]
# Two sentences that each state this share of a statement (with no figure) are one claim about it.
# (0.5, 0.6, 0.7, 0.8 measured on three sets; 0.4, 0.45, 0.5 on seven in session 22: RESULTS.md.)
_STATES_MOST = 0.45
# Where the words a speaker is reported to say start: a negation past the verb is not the speaker's clause's.
_REPORTING = re.compile(r"\b(?:said|says|told|tells|added|announced|confirmed|warned|insisted)\b", re.I)
# Where a subordinate clause starts: a negation past one is not the main clause's.
_SUBORDINATE = re.compile(
    r"\b(?:because|although|though|whereas|unless|since|if|after|before|when|while)\b", re.I
)


class Saying:
    """For a yes/no question: what of its words (`words`, as answer assembly weighs them: besides
    its names) a sentence says beside its figures, and what it says with its neighbours (`around`:
    the question terms they contain), read once per sentence."""

    def __init__(
        self,
        words: Sequence[tuple[frozenset[str], float]],
        around: Mapping[int, frozenset[str]],
        analyzer: Analyzer,
    ) -> None:
        self._words = words
        self._around = around
        self._analyzer = analyzer
        self._beside: dict[int, frozenset[int]] = {}
        self._near: dict[int, frozenset[int]] = {}

    def as_much(self, a: Ranked, b: Ranked) -> bool:
        """Whether `b`, with its neighbours, says the question's words `a` says only in clauses
        without a figure: "raised rates by a quarter point to 4.75 per cent, the third time this
        year it has increased borrowing costs" is not said by "lifted its rate a quarter point to
        4.75%", which shares its figures but not "this year", for "Is this the first increase
        this year?"."""
        return self._beside_figures(a) <= self._with_neighbours(b)

    def _stated(self, clause: str) -> frozenset[str]:
        return stated_as(self._analyzer.terms(clause))

    def _said(self, terms: frozenset[str]) -> frozenset[int]:
        return frozenset(i for i, (words, _) in enumerate(self._words) if words & terms)

    def _beside_figures(self, r: Ranked) -> frozenset[int]:
        key = r.hit.sentence_id
        if key not in self._beside:
            clauses = [c for c in CLAUSE.split(r.sentence.text) if c.strip()]
            bare = [c for c in clauses if not figures(c)]
            with_figures = self._said(frozenset().union(*(self._stated(c) for c in clauses if figures(c))))
            self._beside[key] = self._said(frozenset().union(*map(self._stated, bare))) - with_figures
        return self._beside[key]

    def _with_neighbours(self, r: Ranked) -> frozenset[int]:
        key = r.hit.sentence_id
        if key not in self._near:
            self._near[key] = self._said(said_terms(r) | self._around.get(key, frozenset()))
        return self._near[key]


# A negation in a relative or conditional clause restricts, it does not deny: "Anyone who does not
# pay faces a $60 penalty", "if they do not pay".
_RESTRICTING = re.compile(
    r"\b(?:who|that|if|unless)\s+(?:\w+\s+){0,2}(?:not|never)\b|\b(?:who|that|if)\s+\w+n't\b", re.I
)


class Denials:
    """For a yes/no question: sentences that deny what it asks, with one of its words besides its
    names in a denying clause of each ("Will Pellham pay the hackers?": "We will not pay criminals",
    "The hospital has refused to pay"), are one answer. Affirming sentences are not grouped this
    way: most sentences affirm something, and sharing a word is not saying yes."""

    def __init__(self, question: str, analyzer: Analyzer) -> None:
        self._question = question
        self._analyzer = analyzer
        named = {t for name in names(question) for t in analyzer.terms(name)}
        self._asked = frozenset(fold(analyzer.terms(content_text(question)))) - named
        self._denies: dict[int, frozenset[str]] = {}

    def alike(self, a: Ranked, b: Ranked) -> bool:
        return bool(self._denied(a) & self._denied(b))

    def denies(self, r: Ranked) -> bool:
        return bool(self._denied(r))

    def _denied(self, r: Ranked) -> frozenset[str]:
        """The question's words in the clauses of a sentence that deny what it asks ("No deaths have
        been reported": "death", "report"; not "report" of "In their report they noted the land is
        not among the best")."""
        key = r.hit.sentence_id
        if key not in self._denies:
            self._denies[key] = frozenset().union(
                *(
                    frozenset(fold(self._analyzer.terms(clause))) & self._asked
                    for clause in CLAUSE.split(r.sentence.text)
                    if clause.strip()
                    and opposition(self._question, clause) is not None
                    and not _RESTRICTING.search(clause)
                )
            )
        return self._denies[key]


class StatementSides:
    """Which side of a statement with no figure each sentence takes, worked out once per sentence.

    Two sentences that each state _STATES_MOST of the statement, in the same polarity, and both
    giving or both not giving each of its names, are one claim for or against it ("Eleven
    vehicles, including a city bus, fell" / "Nine vehicles ..., among them a Corvell Transit bus"
    for "A city bus was among the vehicles that fell": the counts are not what is checked; "to
    Poland" and "to Tilburg" stay apart).
    """

    def __init__(self, statement: str, weights: dict[str, float]) -> None:
        self._statement = statement
        self._names = names(statement)
        self._weights = weights
        self._needed = _STATES_MOST * (sum(weights.values()) or 1.0)
        self._folded = dict(zip(weights, fold(list(weights)), strict=True))
        self._sides: dict[int, tuple[object, ...] | None] = {}

    def alike(self, a: Ranked, b: Ranked) -> bool:
        side = self._side(a)
        return side is not None and side == self._side(b)

    def _side(self, r: Ranked) -> tuple[object, ...] | None:
        key = r.hit.sentence_id
        if key not in self._sides:
            # A word as written or folded ("closure" by "close"; the key's terms are folded).
            stated = sum(
                w for t, w in self._weights.items() if t in r.terms or self._folded[t] in r.key.terms
            )
            if stated >= self._needed:  # (its names and polarity read only then)
                text = r.sentence.text
                named = tuple(mentions(text, n) for n in self._names)
                self._sides[key] = (*named, opposition(self._statement, text))
            else:
                self._sides[key] = None
        return self._sides[key]


class Substitutes:
    """For a statement that names someone, something or somewhere: sentences that do not give one
    of its names but give the same other name amid its other words are one claim, the one that
    corrects it ("The inquiry is led by the city police": "A team from the State Safety Board",
    "The Safety Board, which is leading the inquiry"). Each sentence's names are read once."""

    def __init__(self, statement: str, weights: dict[str, float], analyzer: Analyzer) -> None:
        self._statement = statement
        self._named = who_or_what(statement)
        named_terms = {t for name in self._named for t in analyzer.terms(name)}
        self._frame = {t: w for t, w in folded_weights(weights).items() if t not in named_terms}
        self._analyzer = analyzer
        self._missed: dict[int, list[str]] = {}
        self._names: dict[int, dict[str, int]] = {}
        self._heads: dict[int, str | None] = {}

    def alike(self, a: Ranked, b: Ranked) -> bool:
        missing = self._missing(a)
        if not missing or (head := self._head(a)) is None:
            return False
        if head not in b.sentence.text.lower() or head not in self._given(b):  # (the text first: cheap)
            return False
        return (
            self._head(b) is not None
            and not any(mentions(b.sentence.text, n) for n in missing)
            and name_denied(a, head) == name_denied(b, head)
        )

    def _missing(self, r: Ranked) -> list[str]:
        """The statement's names a sentence does not give."""
        key = r.hit.sentence_id
        if key not in self._missed:
            self._missed[key] = [n for n in self._named if not mentions(r.sentence.text, n)]
        return self._missed[key]

    def _given(self, r: Ranked) -> dict[str, int]:
        """The names a sentence gives that the statement does not (their last words, where each stands)."""
        key = r.hit.sentence_id
        if key not in self._names:
            self._names[key] = answer_names(r.sentence.text, self._statement, places=True)
        return self._names[key]

    def _head(self, r: Ranked) -> str | None:
        """Of those, the one amid the statement's other words; None when none is."""
        key = r.hit.sentence_id
        if key not in self._heads:
            named = answer_name(self._given(r), r.sentence.text, self._frame, self._analyzer)
            self._heads[key] = named[0] if named is not None and named[1] > 0 else None
        return self._heads[key]


def name_denied(r: Ranked, name: str | None) -> bool:
    """Whether the clause that gives `name` in a sentence is negated; the whole sentence's
    negation when it does not give it ("'We did not want to be out here,' union president Rosalind
    Teague said": Teague's clause is not)."""
    text = r.sentence.text
    at = text.lower().find(name) if name else -1
    if at < 0:
        return r.key.negated
    return negated(_own_clause(text, at))


def _own_clause(text: str, at: int) -> str:
    """The clause of `text` holding offset `at`, cut also at the subordinating conjunctions either
    side of it ("OV-1750 kettles are being recalled because a defective switch may not turn the
    kettle off": the recall is not what "not" denies) and after a reporting verb after it."""
    first, last = clause_span(text, at, at)
    start = max((m.start() for m in _SUBORDINATE.finditer(text, first, at)), default=first)
    after = _SUBORDINATE.search(text, at, last)
    # ... and after the verb that reports a speaker's words ("Chief executive Malcolm Reddy said the
    # company would not appeal": what he said is denied, not that he is its chief executive)
    said = _REPORTING.search(text, at, last)
    ends = [m.end() if m is said else m.start() for m in (after, said) if m is not None]
    return text[start : min(ends, default=last)]
