"""Adjectives' synonyms: the other words of an adjective's first WordNet sense, in its degree.

"What was the biggest single donation?" is stated by "The largest single gift": "biggest" is the
superlative of "big", whose first sense is also "large". Forms of comparison are read by WordNet's
exception list ("worst": "bad") or by the regular endings ("larger", "largest", "happier",
"biggest"), and the synonyms are written in the same degree.

Read from `adjectives.txt` (written by benchmarks/attributes.py from WordNet 3.0), once, when first
needed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files

__all__ = ["adjective_synonyms"]

_DEGREES = ("est", "er")  # the superlative and the comparative endings
_VOWELS = frozenset("aeiou")


def adjective_synonyms(word: str) -> frozenset[str]:
    """The other words of the first sense of a lower-case adjective, in its degree ("largest" for
    "biggest", "large" for "big"); none for a word WordNet lists no such adjective for."""
    table = _table()
    base, degree = _compared(word, table)
    if not base:
        return frozenset()
    return frozenset(_inflected(other, degree, table) for other in table.synonyms[base])


@dataclass(frozen=True)
class _Table:
    synonyms: dict[str, tuple[str, ...]]  # an adjective's other words of its first sense
    forms: dict[str, tuple[str, str]]  # an irregular form of comparison: its adjective and degree
    irregular: dict[tuple[str, str], str]  # an adjective and degree: its irregular form


@functools.cache
def _table() -> _Table:
    text = files(__package__).joinpath("adjectives.txt").read_text(encoding="utf-8")
    synonyms: dict[str, tuple[str, ...]] = {}
    forms: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        fields = line.split(" ")
        if len(fields) == 2:
            synonyms[fields[0]] = tuple(fields[1].split(","))
        else:
            forms[fields[0]] = (fields[1], fields[2])
    irregular = {found: form for form, found in forms.items()}
    return _Table(synonyms, forms, irregular)


def _compared(word: str, table: _Table) -> tuple[str, str]:
    """The adjective a word is a form of and its degree ("" for the adjective itself); ("", "")
    for none."""
    if word in table.synonyms:
        return word, ""
    if word in table.forms:  # (or a synonym's, kept to write it in a degree: "worse" of "bad")
        base, degree = table.forms[word]
        return (base, degree) if base in table.synonyms else ("", "")
    for ending in _DEGREES:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""  # "biggest": "big"
        plain = stem[:-1] + "y" if stem.endswith("i") else ""  # "happiest": "happy"
        for base in (stem, stem + "e", doubled, plain):
            if base in table.synonyms:
                return base, ending
    return "", ""


def _inflected(adjective: str, degree: str, table: _Table) -> str:
    """An adjective in a degree: "large", "larger", "largest"; "bad", "worse", "worst"."""
    if not degree:
        return adjective
    if (adjective, degree) in table.irregular:
        return table.irregular[adjective, degree]
    if adjective.endswith("e"):
        return adjective + degree[1:]
    if adjective.endswith("y") and len(adjective) > 2 and adjective[-2] not in _VOWELS:
        return adjective[:-1] + "i" + degree
    return adjective + degree
