"""Counted nouns that name one thing: "42 container ships" / "more than 40 vessels", "63 structures"
/ "57 buildings".

Each noun's kin are the other words of its first WordNet sense and of that sense's direct
hypernyms that are no broad category (`kin_nouns.txt`, written by benchmarks/kin_nouns.py); two
nouns are kin when either lists the other. The table is read once, when first needed.
"""

from __future__ import annotations

import functools
from importlib.resources import files

__all__ = ["kin_nouns", "same_counted"]


def same_counted(a: str, b: str) -> bool:
    """Whether two counted nouns count one thing: the same noun, or kin ones."""
    return a == b or kin_nouns(a, b)


def kin_nouns(a: str, b: str) -> bool:
    """Whether two counted nouns (singular, lower-case) can name the same thing."""
    table = _table()
    return b in table.get(a, ()) or a in table.get(b, ())


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    text = files(__package__).joinpath("kin_nouns.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            noun, *kin = line.split()
            out[noun] = frozenset(kin)
    return out
