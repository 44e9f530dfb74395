"""Polarity: whether a claim says the opposite of a statement about the same action.

Two signs flip what a sentence asserts:

- a **negation**: "not", "never", "no one", "-n't", and the verbs that deny
  the action that follows them ("refused to concede", "failed to pass",
  "declined to sign");
- a word of the **opposite sense** from a few pairs that news uses for changes
  and decisions: raise against cut, allow against ban, approve against reject,
  win against lose. "The bank cut rates" is contradicted by "the bank raised
  rates", not supported by the words the two share.

Both signs count together: "did not raise" and "cut" say the same thing. The
pairs are general English, kept short on purpose; a sense the list lacks is
simply not judged by this rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from factbot.index.ranking.analysis import NEGATIONS, shared_analyzer

__all__ = ["BOUND", "POLARITY_STEMS", "denied_words", "negated", "opposition"]

# "No" in a bound limits a figure and denies nothing: "no more than 26 students", "no later than May 4".
BOUND = re.compile(
    r"\bno\s+(?:more|fewer|less|later|earlier|sooner|greater|higher|lower|longer)\s+than\b", re.I
)
# The analyzer's negations and two it stems ("nobody", "nothing"), "-n't", and the verbs that
# deny the action after them.
_NEGATING = sorted(NEGATIONS | {"nobody", "nothing"})
_DENYING = ("refus", "declin", "fail")
_NEGATION = re.compile(
    r"\b(?:" + "|".join(_NEGATING) + r")\b|n't\b" + r"|\b(?:" + "|".join(_DENYING) + r")\w*\s+to\b",
    re.I,
)
# For lower-cased ASCII text, led by the letters a match can start with so the scan skips the others
# fast (a claim's text joins all its wordings: a thousand characters and more).
_STARTS = "".join(sorted({word[0] for word in (*_NEGATING, *_DENYING, "n't")}))
_NEGATION_LOWER = re.compile(f"(?=[{_STARTS}])(?:{_NEGATION.pattern})")
# Each pair: words of one sense, words of the opposite sense (base forms; inflections by stem).
_PAIRS = (
    (
        "rise raise increase lift hike grow gain climb jump boost strengthen",
        "fall cut lower reduce decrease drop shrink slash weaken",
    ),
    ("allow let permit", "ban bar forbid prohibit"),
    ("approve accept", "reject veto"),
    ("win", "lose"),
)
_IRREGULAR = {
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "grew": "grow",
    "grown": "grow",
    "won": "win",
    "lost": "lose",
}
_WORD = re.compile(r"[a-z]+")
_CLAUSE_END = re.compile(r"[,;:.!?]|\s+(?:but|while|whereas|although)\b")
_ANALYZER = shared_analyzer()


def _stem(word: str) -> str:
    return _ANALYZER.stem(_IRREGULAR.get(word, word))


_SENSE = {
    _stem(word): (pair, side)
    for pair, sides in enumerate(_PAIRS)
    for side, words in enumerate(sides)
    for word in words.split()
}


# The terms that carry polarity: a statement's are judged by `opposition`, not matched as
# content. "without" is a negation to `opposition` but not one of these: a statement's
# "without" is still a term its sentences must state.
POLARITY_STEMS = (
    frozenset(_SENSE)
    | {_ANALYZER.stem(w) for w in _IRREGULAR}  # the index stems "won" as "won"
    | (NEGATIONS - {"without"})
    | {_stem(w) for w in ("refused", "declined", "failed")}
)


@lru_cache(maxsize=4096)
def _senses(text: str) -> frozenset[tuple[int, int]]:
    """The (pair, side) of every sense word in the text (each distinct word looked up once)."""
    found = (_word_sense(w) for w in set(_WORD.findall(text.lower())))
    return frozenset(s for s in found if s is not None)


@lru_cache(maxsize=65536)
def _word_sense(word: str) -> tuple[int, int] | None:
    """The (pair, side) of one lower-case word, or None for a word of neither sense."""
    return _SENSE.get(_stem(word))


def denied_words(text: str) -> tuple[str, ...]:
    """What each negation in a text denies: the words from it to the end of its clause ("not a
    U-turn" of "A delay is not a U-turn, but it shows they are listening"; "Nobody was injured")."""
    return tuple(
        text[found.start() : end.start() if (end := _CLAUSE_END.search(text, found.end())) else len(text)]
        for found in _NEGATION.finditer(text)
        if not BOUND.match(text, found.start())
    )


@lru_cache(maxsize=4096)
def negated(text: str) -> bool:
    """Whether the text has a negation (a statement is asked about against many claims). ASCII
    text is searched lower-cased without IGNORECASE, which finds the same and is faster; a bound
    is looked for only in text with both its words (most text has a "no", few a "than")."""
    lowered = text.lower()
    if "no" in lowered and "than" in lowered:
        text = BOUND.sub(" ", text)  # "no more than 26": a bound, not a negation
        lowered = text.lower()
    if text.isascii():
        return _NEGATION_LOWER.search(lowered) is not None
    return _NEGATION.search(text) is not None


def opposition(
    statement: str, claim: str, wordings: Sequence[str] = ()
) -> Literal["negation", "opposite"] | None:
    """Why `claim` asserts the opposite of `statement`: "opposite" (a sense word of the other
    side), "negation" (one of them is negated), or None when they agree in polarity.

    `wordings`, when given, are the sentences `claim` joins with spaces: its sense words are
    theirs (no word spans a space), so each sentence's are looked up once, not the whole text's.
    """
    flipped = negated(statement) != negated(claim)
    said = _senses(statement)
    reversed_sense = bool(said) and _reverses(said, wordings or (claim,))
    if reversed_sense == flipped:
        return None  # same polarity, or two flips that cancel ("did not raise" / "cut")
    return "opposite" if reversed_sense else "negation"


def _reverses(said: frozenset[tuple[int, int]], wordings: Sequence[str]) -> bool:
    """Whether the sentences say some sense of `said` only on its other side; read only for a
    statement with sense words (most have none)."""
    stated = frozenset().union(*map(_senses, wordings))
    return any((pair, 1 - side) in stated and (pair, side) not in stated for pair, side in said)
