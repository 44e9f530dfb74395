"""Name verdicts: a statement's name that the sources give, replace with another or put elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factbot.index.answers.figures import MONTH_NAMES
from factbot.index.answers.irregular import LEMMA_STEMS
from factbot.index.answers.judgements import MAJORITY, ClaimView, Judgement
from factbot.index.answers.names import mentions, names, who_or_what
from factbot.index.answers.swaps import Swap
from factbot.index.ranking.analysis import STOPWORDS, shared_analyzer

__all__ = ["mentions_name", "name_swapped", "names_given", "outvoted_name", "word_before"]

_ANALYZER = shared_analyzer()

_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")  # a lower-case word right after a name
_LAST_WORD = re.compile(r"\b([a-z]+)\s+$")  # ... and right before one
_LIST_JOINT = re.compile(r"\s*(?:,|and|or|&)\s*")  # between two names in one list
_WORD_GAP = re.compile(r"\w+\s+")  # one word more after a list joint


def mentions_name(text: str, name: str) -> bool:
    """Whether a text mentions a name, a month also by its short form ("Sept. 30" for "September")."""
    if mentions(text, name):
        return True
    month = name.lower()
    return month in MONTH_NAMES and re.search(rf"\b{month[:3]}[a-z]?\.?\s+\d", text, re.I) is not None


def names_given(claim: ClaimView) -> list[str]:
    """The names a claim's wordings give (`claims.who_or_what`: no day or month)."""
    return [name for _, name in _named(claim)]


def _named(claim: ClaimView) -> list[tuple[str, str]]:
    """Each wording of a claim with each name it gives, each wording read alone: joined, the first
    word of each would read as a name ("... on Monday. Workers said ...")."""
    return [(wording, name) for wording in (claim.wordings or (claim.text,)) for name in who_or_what(wording)]


def outvoted_name(statement: str, speaking: Sequence[ClaimView]) -> Judgement | None:
    """A name of the statement that some sources give and twice as many documents replace with
    another name ("moving production to Poland": one outlet; "to Tilburg": three)."""
    stated = names(statement)
    for name in stated:
        with_it = [c for c in speaking if mentions(c.text, name)]
        for_docs = set().union(*(c.docs for c in with_it))
        if not for_docs:
            continue  # no source gives it (the others' names are not read then)
        others = [c for c in speaking if c not in with_it]
        replacing = {c.index: _instead(c, statement, stated) for c in others}
        instead = [c for c in others if replacing[c.index]]
        against_docs = set().union(*(c.docs for c in instead))
        if len(against_docs) >= MAJORITY * len(for_docs):
            said = [e for c in instead for e in replacing[c.index]]
            return Judgement(
                "contradicted",
                "name",
                name,
                list(dict.fromkeys(said)),
                [c.index for c in with_it],
                [c.index for c in instead],
            )
    return None


def _instead(claim: ClaimView, statement: str, stated: Sequence[str]) -> list[str]:
    """The names a claim gives that the statement does not, but for a name listed with one of the
    statement's (`stated`): "Rosa Vey and Tom Aske voted against it" adds Tom Aske to Rosa Vey, it
    puts no one in the place of "the Osk budget"."""
    return [
        name
        for wording, name in _named(claim)
        if not mentions(statement, name) and not any(_listed(wording, name, other) for other in stated)
    ]


def name_swapped(statement: str, claim: str) -> Swap | None:
    """Another name a claim puts before the word that follows one of the statement's names, and
    not that name ("Rosa Vey won the Osk election, defeating Tom Aske" against "Tom Aske won the
    Osk election"); a name the claim lists with the statement's is no other ("Rosa Vey and Tom
    Aske voted against it")."""
    for name in names(statement):
        done = _done_after(statement, name)
        if done is None or _done_after(claim, name) == done:
            continue
        for other in names(claim):
            if _done_after(claim, other) != done or mentions(statement, other) or mentions(other, name):
                continue  # ("Gov. Patricia Nwosu said" is "Governor Patricia Nwosu said")
            if not _listed(claim, name, other):
                return Swap(name, other)
    return None


def word_before(text: str, name: str) -> str:
    """The lower-case word right before a name's first place in a text ("in" of "made in China")."""
    at = text.find(name)
    found = _LAST_WORD.search(text, 0, at) if at > 0 else None
    return found[1] if found else ""


def _done_after(text: str, name: str) -> str | None:
    """The stem of the verb in the past right after a name's first place in a text ("won", "said",
    "approved"), if one follows: what the name did."""
    at = text.find(name)
    found = _NEXT_WORD.match(text, at + len(name)) if at >= 0 else None
    if found is None or found[1] in STOPWORDS:
        return None
    stem = _ANALYZER.stem(found[1])
    return stem if found[1].endswith("ed") or stem in LEMMA_STEMS else None


def _listed(text: str, name: str, other: str) -> bool:
    """Whether two names stand in one list in a text ("Rosa Vey and Tom Aske", "Vey, Aske")."""
    if name not in text or other not in text:
        return False
    return _list_follows(text, name, other) or _list_follows(text, other, name)


def _list_follows(text: str, first: str, second: str) -> bool:
    """Whether `second` follows some place of `first` in a text across a list joint (", ", " and ",
    " & "), maybe with one word between ("Vey and Dr Aske")."""
    at = text.find(first)
    while at >= 0:
        joint = _LIST_JOINT.match(text, at + len(first))
        if joint is not None:
            if text.startswith(second, joint.end()):
                return True
            word = _WORD_GAP.match(text, joint.end())
            if word is not None and text.startswith(second, word.end()):
                return True
        at = text.find(first, at + 1)
    return False
