"""Kinds: what a sentence gives as the answer to "What animal ...?" or "Which chemical ...?".

The answer to a question asking for a kind of thing is a word naming a kind of it ("a snow
leopard", "nitric acid"), however the rest of each report is worded. A sentence gives the first
word, not capitalised and not the question's own, whose noun WordNet makes a kind of the asked
one (`nouns.is_kind`); two sentences giving the same kind are one answer, and a sentence giving a
kind states the asked noun, as far as answering goes ("A snow leopard escaped" answers "What animal
escaped?" though it never says "animal").

A question asking someone's occupation ("What did the finder do for a living?") asks a kind of
person, and a sentence giving one answers it ("a retired postman"); one asking an occupation held
before reads only one marked so ("a Ward 3 councillor and former teacher": "teacher"; not "the city
clerk" who posted the results); any other reads first one not so marked. Such sentences get the type
boost and their claims lead.
"""

from __future__ import annotations

import re

from factbot.index.answers.counted import singular
from factbot.index.answers.nouns import is_kind, is_noun
from factbot.index.answers.questions import asked_kind, asked_occupation
from factbot.index.ranking.analysis import STOPWORDS

__all__ = ["Kinds"]

# "What animal ...", "Which chemical ...", "What kind of rock ...": the noun asked for.
_ASKED = re.compile(r"^\s*(?:what|which)\s+(?:(?:kind|type|sort)s?\s+of\s+)?([a-z]+)\b", re.I)
# ... and "What is the penalty for ...?": the noun asked of, before a preposition or the end.
_WHAT_IS_THE = re.compile(
    r"^\s*(?:what|which)\s+(?:is|are|was|were|will\s+be)\s+(?:the|a|an)\s+([a-z]+)(?=\s*(?:\?|$|\b(?:for|of|in|on|at|to)\b))",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+")
# A word marking an occupation as held before, among the words before its noun ("a former high
# school science teacher", "a retired postman", "ex-miner").
_FORMER = re.compile(r"\b(?:former|retired|ex|onetime|one-time)[\s-]+(?:[\w'’-]+\s+){0,3}$", re.I)
_FORMER_REACH = 40  # characters before a noun searched for it
_SHORTEST = 3  # letters of a word read as a kind ("a", "in" and "at" are WordNet nouns too)


class Kinds:
    """The kind of the noun a question asks for that each sentence gives, read once per sentence."""

    def __init__(self, noun: str, question: str, word: str = "", former: bool | None = None) -> None:
        self.noun = noun  # the noun asked for ("animal")
        self.word = word or noun  # the question's word for it, which a sentence giving a kind states
        # For an occupation: whether the question asks one held before (None: it asks none).
        self._former = former
        words = [w.lower() for w in _WORD.findall(question)]
        self._asked = frozenset(words) | frozenset(singular(w) for w in words)
        self._given: dict[str, str | None] = {}

    @property
    def occupation(self) -> bool:
        """Whether the question asks someone's occupation."""
        return self._former is not None

    @classmethod
    def asked(cls, question: str) -> Kinds | None:
        """The reader for a question asking for a kind of a noun; None for any other question. The
        noun is the last word before the question's auxiliary ("What swimming competition is ...":
        "competition"), or else the word after "what" or "which" ("What animal got loose ...").
        (Taking the word after "what" in every question cost an untuned set a question.) A question
        asking someone's occupation asks a kind of person ("What did the finder do for a living?":
        "a retired postman")."""
        occupation = asked_occupation(question)
        if occupation is not None:
            return cls("person", question, occupation[0], occupation[1])
        found = _ASKED.match(question)
        noun = (asked_kind(question) or found[1].lower()) if found else ""
        if not (noun and is_noun(noun)) and (named := _WHAT_IS_THE.match(question)) is not None:
            noun = singular(named[1].lower())  # "What is the penalty for ...?": "a $750 fine"
        return cls(noun, question) if noun and is_noun(noun) else None

    def alike(self, a: str, b: str) -> bool:
        """Whether two sentences give the same kind."""
        kind = self.kind(a)
        return kind is not None and kind == self.kind(b)

    def kind(self, sentence: str) -> str | None:
        if sentence not in self._given:
            self._given[sentence] = self._first_kind(sentence)
        return self._given[sentence]

    def _first_kind(self, sentence: str) -> str | None:
        """The first kind a sentence gives; for an occupation, the first held before ("a Ward 3
        councillor and former teacher": "teacher") when the question asks one held before (not "the
        city clerk" who posted results), else the first not so marked, if any."""
        if self._former is None:
            return next(
                (noun for w in _WORD.findall(sentence) if (noun := self._kind_named(w)) is not None), None
            )
        given = [
            (noun, _FORMER.search(sentence, max(0, m.start() - _FORMER_REACH), m.start()) is not None)
            for m in _WORD.finditer(sentence)
            if (noun := self._kind_named(m[0])) is not None
        ]
        if self._former:
            return next((noun for noun, former in given if former), None)
        return next((noun for noun, former in given if not former), None) or next(
            (noun for noun, _ in given), None
        )

    def _kind_named(self, word: str) -> str | None:
        lowered = word.lower()
        if word[0].isupper() or len(word) < _SHORTEST or lowered in STOPWORDS or lowered in self._asked:
            return None
        noun = lowered if is_noun(lowered) else singular(lowered)
        return noun if is_kind(noun, self.noun) else None
