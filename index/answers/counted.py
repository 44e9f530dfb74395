"""Counted nouns: the noun a figure counts, as figures name it.

The first lower-case word after a number, past capitalised ones ("12,000 North Korean troops"),
in the singular and folded through a small table of synonyms ("soldiers" -> "troops", "km" ->
"kilometre"), so that two figures counting one thing under two names compare.
"""

from __future__ import annotations

import re

from factbot.index.answers.nouns import compound_of, is_noun
from factbot.index.answers.quantities import MEASURES, UNIT_NAMES
from factbot.index.ranking.analysis import american_spelling

__all__ = [
    "NEXT_WORD",
    "NOUN_AFTER",
    "PARTICIPLE",
    "PHRASE_WORDS",
    "counted_noun",
    "is_plural",
    "noun_like",
    "noun_words",
    "singular",
]

# The words after a number up to its counted noun: capitalised ones, then the first lower-case word.
NOUN_AFTER = re.compile(r"(?:\s+|-)((?:[A-Z][\w-]*,?\s+(?:(?:and|or|&)\s+)?)*)([a-z][a-z-]+)")
NEXT_WORD = re.compile(r" ([a-z][a-z-]+)\b")  # the lower-case word that follows
PHRASE_WORDS = 3  # the counted noun is among the first three lower-case words
_NOT_NOUNS = frozenset(
    {"of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "the", "a", "than", "as", "per"}
    | {"is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "who", "that"}
    | {"later", "ago", "earlier", "each", "apiece", "more", "less", "so", "far", "into", "after", "before"}
    | {"which", "while", "when", "but", "over", "under", "against", "up", "down", "out", "off", "across"}
    | {"since", "along", "near", "through", "during", "until", "around", "among", "within"}
)
# "16 injured", "3 killed": a participle after a number, not the counted noun.
PARTICIPLE = re.compile(r"[a-z]{3,}ed")
# Counted things that are the same thing under another name (singular forms).
_SYNONYMS = {
    "soldier": "troops",
    "troop": "troops",
    "personnel": "troops",
    "servicemen": "troops",
    "serviceman": "troops",
    "person": "people",
    "individual": "people",
    "injured": "people",  # "the number of injured has risen to 27": people, as "the dead", "the missing"
    "wounded": "people",
    "dead": "people",
    "missing": "people",
    "staff": "worker",
    "employee": "worker",
    "house": "home",
    "household": "home",  # "enough power for 12,000 households" counts homes
    "kid": "child",  # school-age people, however a report calls them
    "pupil": "child",
    "student": "child",
    "dollar": "money",
    "usd": "money",
    **UNIT_NAMES,  # units written short or irregular
}


def noun_words(sentence: str, at: int, limit: int) -> list[str]:
    """Up to `limit` lower-case words of a noun phrase that go on from `at`."""
    words: list[str] = []
    while len(words) < limit and (more := NEXT_WORD.match(sentence, at)) and noun_like(more[1]):
        words.append(more[1])
        at = more.end()
    return words


def counted_noun(word: str) -> str:
    """A counted noun as figures name it: singular, in American spelling, folded through the synonyms
    ("soldiers" -> "troops")."""
    noun = singular(word.lower())
    if noun not in MEASURES:  # ("tonne" is no "ton"; "metres" and "meters" are both "metre")
        noun = american_spelling(noun)  # "centres" and "centers" count one thing
    return _SYNONYMS.get(noun, noun)


def noun_like(word: str) -> bool:
    """Not a function word, nor a participle ("injured"; "speed" and "shed" are nouns)."""
    lowered = word.lower()
    return lowered not in _NOT_NOUNS and not (PARTICIPLE.fullmatch(lowered) and not is_noun(lowered))


# Irregular plural endings and their singulars, also ending compounds ("schoolchildren", "firemen").
_IRREGULAR_ENDINGS = {
    "children": "child",
    "men": "man",
    "women": "woman",
    "geese": "goose",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
}
# Plurals that do not end in "s" ("how many people ..."), and nouns for a group counted by its
# members ("120 staff").
_IRREGULAR_PLURALS = frozenset(_IRREGULAR_ENDINGS) | frozenset(
    "people police cattle staff crew personnel".split()
    + "fish sheep deer aircraft spacecraft livestock species".split()  # the same in the plural
)


def is_plural(word: str) -> bool:
    """Whether a word reads as a plural noun: an irregular plural, or one that ends in "s" (not "ss")."""
    lowered = word.lower()
    return lowered in _IRREGULAR_PLURALS or (lowered.endswith("s") and not lowered.endswith("ss"))


def singular(noun: str) -> str:
    """A plural noun's singular by the common English rules ("acres" -> "acre", "inches" -> "inch"),
    and of an irregular plural, alone or ending a compound whose first part is a noun
    ("schoolchildren" -> "schoolchild"; not "specimen")."""
    for plural, one in _IRREGULAR_ENDINGS.items():
        if noun == plural or compound_of(noun, plural):
            return noun[: -len(plural)] + one
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses")):  # "inches", "boxes", "passes"
        return noun[:-2]
    if noun.endswith("ses") and not is_noun(noun[:-1]) and is_noun(noun[:-2]):  # "buses", "gases"
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun
