"""Swaps: a claim puts another word of the same closed class where a statement has one.

"Tanaka-Reid finished second" against "Tanaka-Reid finished a distant third",
"collapsed during the evening rush hour" against "during the Monday morning
rush": the statement and the claim say the same thing about the same words
except for one word from a small closed class (a weekday, a month, a part of
the day, an ordinal, a compass direction, a colour: "with the white pieces"
against "with the black pieces"), or a model or code of the same series
("the OV-1800 kettle" against "OV-1700 and OV-1750 kettles"). The
claim's word must sit next to the same content word as the statement's, on
the same side (one of the two nearest, stopwords skipped), so an unrelated
"his first run for office" elsewhere in the sentence does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factbot.index.ranking.analysis import STOPWORDS, shared_analyzer

__all__ = ["Swap", "swap"]

_CLASSES = (
    "monday tuesday wednesday thursday friday saturday sunday",
    "january february march april june july august september october november december maymonth",
    "morning afternoon evening night midday noon midnight",
    "first second third fourth fifth sixth seventh eighth ninth tenth",
    "north south east west northeast northwest southeast southwest",
    "black white red blue green yellow orange purple pink brown grey silver gold",
)
_SAME = {"northern": "north", "southern": "south", "eastern": "east", "western": "west", "gray": "grey"}
_MONTH_MAY = "maymonth"  # the month May, told from the modal by its capital inside a sentence
_MAY_MONTH = re.compile(r"(?<=[a-z0-9,] )May\b")
_CLASS_OF = {w: str(i) for i, words in enumerate(_CLASSES) for w in words.split()}
# A model or code: letters, an optional hyphen, digits ("ov-1800", "a320"); its series is its letters.
_CODE = re.compile(r"(?P<series>[a-z]{1,4})-?\d+[a-z]?")
_REACH = 2  # content words either side of the class word that anchor it
_WORD = re.compile(r"[a-z]{1,4}-?\d+[a-z]?\b|[a-z]+(?:'[a-z]+)?")
_ANALYZER = shared_analyzer()


@dataclass(frozen=True, slots=True)
class Swap:
    stated: str  # the statement's word ("second")
    said: str  # the claim's word in its place ("third")


def swap(statement: str, claim: str) -> Swap | None:
    """The first closed-class word the claim replaces, anchored by a shared neighbour; else None.

    Where several words of the class are anchored, the one anchored nearest wins.
    """
    ours = _words(statement)
    theirs: list[str] | None = None  # the claim's, read once the statement has a class word
    for i, word in enumerate(ours):
        kind = _class(word)
        if kind is None:
            continue
        if theirs is None:
            theirs = _words(claim)
        here = _neighbours(ours, i)
        anchored = {
            j: _anchoring(here, _neighbours(theirs, j)) for j, w in enumerate(theirs) if _class(w) == kind
        }
        placed = [j for j, score in anchored.items() if score > 0]
        if not placed or any(theirs[j] == word for j in placed):
            continue  # the claim says it too, or nothing in its place
        said = theirs[max(placed, key=lambda j: anchored[j])]
        return Swap(_shown(word), _shown(said))
    return None


def _shown(word: str) -> str:
    return "may" if word == _MONTH_MAY else word


@lru_cache(maxsize=65536)
def _class(word: str) -> str | None:
    """The closed class of a word, or the series of a code ("code ov" for "ov-1800"); else None
    (remembered: a statement's words are classed against every claim's)."""
    code = _CODE.fullmatch(word)
    return f"code {code['series']}" if code else _CLASS_OF.get(word)


def _words(text: str) -> list[str]:
    """The content words in order (stopwords dropped, class words kept; "May" inside a sentence is
    the month, "may" the modal)."""
    text = _MAY_MONTH.sub(_MONTH_MAY, text)
    words = (_SAME.get(w, w) for w in _WORD.findall(text.lower()))
    return [w for w in words if w not in STOPWORDS or _class(w) is not None]


_Sides = tuple[dict[str, int], dict[str, int]]


def _neighbours(words: list[str], at: int) -> _Sides:
    """The stems of the `_REACH` content words before and after position `at` (class words
    aside), each weighted by nearness (the next word `_REACH`, the one after it 1)."""

    def side(near: list[str]) -> dict[str, int]:
        weighted: dict[str, int] = {}
        for distance, w in enumerate(near):
            if _class(w) is None:
                stem = _ANALYZER.stem(w)
                weighted[stem] = max(weighted.get(stem, 0), _REACH - distance)
        return weighted

    return side(words[max(0, at - _REACH) : at][::-1]), side(words[at + 1 : at + 1 + _REACH])


def _anchoring(ours: _Sides, theirs: _Sides) -> int:
    """How strongly shared neighbours on the same side anchor a word ("finished second" /
    "finished a distant third"): the sum of the products of their nearness weights."""
    total = 0
    for mine, other in zip(ours, theirs, strict=True):
        total += sum(weight * other[stem] for stem, weight in mine.items() if stem in other)
    return total
