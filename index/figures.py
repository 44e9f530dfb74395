"""Figures in sentences: counts, percentages, money and dates, with their qualifiers.

"up to 12,000 North Korean troops" -> Figure(kind="count", about="troops",
value=12000, text="up to 12,000"). The counted noun is the first lower-case
word after the number (capitalised words such as "North Korean" are skipped),
folded through a small synonym table so "soldiers" and "troops" are one thing.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["Figure", "figures"]

_QUALIFIER = (
    r"(?:at\s+least|up\s+to|as\s+many\s+as|more\s+than|fewer\s+than|less\s+than|over|under|"
    r"around|about|approximately|roughly|nearly|almost|some|an\s+estimated|estimated|"
    r"at\s+most|close\s+to|just\s+over|just\s+under)"
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIGURE = re.compile(
    rf"(?<![\w.,])(?P<cur>[$€£])?(?P<num>{_NUMBER})"
    rf"(?:\s*(?P<scale>thousand|million|billion|trillion)\b)?"
    rf"(?:\s*(?P<pct>%|percent\b|per\s+cent\b))?",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(rf"\b(?P<qual>{_QUALIFIER})\s+$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_QUALIFIER_REACH = 24  # characters before a number searched for its qualifier
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\.?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_NOUN = re.compile(r"\s+((?:[A-Z][\w-]*\s+)*)([a-z][a-z-]+)")
_NOT_NOUNS = frozenset({"of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "the", "a"})
# Counted things that are the same thing under another name.
_SYNONYMS = {
    "soldier": "troops",
    "soldiers": "troops",
    "troop": "troops",
    "personnel": "troops",
    "servicemen": "troops",
    "people": "people",
    "persons": "people",
    "individuals": "people",
    "dollars": "money",
    "usd": "money",
}


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: what kind, what it counts, its value and the words that state it."""

    kind: str  # "count", "percent", "money" or "date"
    about: str  # the counted noun or unit, folded ("troops"), or "date"
    value: float | str  # a number, or a normalised date string
    text: str  # as written, with its qualifier ("at least 10,000")


@functools.lru_cache(maxsize=8192)
def figures(sentence: str) -> tuple[Figure, ...]:
    """Every figure stated in a sentence (years on their own are not figures)."""
    if not _DIGIT.search(sentence):
        return ()
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for match in _DATE.finditer(sentence):
        out.append(Figure("date", "date", _squash(match.group()), match.group()))
        taken.append(match.span())
    for match in _FIGURE.finditer(sentence):
        if any(s <= match.start("num") < e for s, e in taken):
            continue
        figure = _figure(sentence, match)
        if figure is not None:
            out.append(figure)
    return tuple(out)


def _figure(sentence: str, match: re.Match[str]) -> Figure | None:
    number = float(match["num"].replace(",", ""))
    if match["scale"]:
        number *= _SCALE[match["scale"].lower()]
    qualified = _QUALIFIED.search(sentence, max(0, match.start() - _QUALIFIER_REACH), match.start())
    qualifier = qualified["qual"] if qualified else ""
    text = _squash(f"{qualifier} {match.group()}")
    if match["pct"]:
        return Figure("percent", _noun_after(sentence, match.end(), "percent"), number, text)
    if match["cur"]:
        return Figure("money", "money", number, text)
    if not match["scale"] and not qualifier and _looks_like_year(match["num"]):
        return None
    about = _noun_after(sentence, match.end(), "")
    if not about:
        return None
    return Figure("count", about, number, text)


def _noun_after(sentence: str, end: int, default: str) -> str:
    """The counted noun after a number, skipping capitalised modifiers ("North Korean")."""
    found = _NOUN.match(sentence, end)
    if not found or found[2].lower() in _NOT_NOUNS:
        return default
    noun = found[2].lower()
    return _SYNONYMS.get(noun, noun)


def _looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _squash(text: str) -> str:
    return " ".join(text.split())
