"""Conflicting figures: the sources give different values for what was asked.

The input is the figure each answering sentence gives for the question's slot
(see `index.slots`), so only values of the same quantity about the same thing
are compared. Values are compared normalised ("five" = 5, "$1.2 billion" =
"1.2bn dollars"); the same value with another qualifier ("about 10,000" and
"10,000"), or a rounding or bound of it ("about 4,800" and 4,812), is not a
disagreement, and neither is one document giving two values
(it needs two documents that give different values). When every document is dated and the values
of a quantity follow one another in time (a toll reported as 16 on one day and 22 the next), the
conflict is marked as a change over time rather than a disagreement; the time, date or year of one
event does not change between reports ("3:40 a.m." on Wednesday against "3:15 a.m." on Thursday).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from factbot.index.answers.counted import counted_noun
from factbot.index.answers.quantities import APPROXIMATE, VAGUE, Figure, consistent, measure
from factbot.index.answers.questions import QUANTITY_KINDS
from factbot.index.documents import Sentence

__all__ = ["FigureConflict", "find_conflicts"]

_NEXT_WORD = re.compile(r"(\s+|-|)([a-z][a-z-]*)")  # the word after a figure, or a unit on it ("16ft")


@dataclass(slots=True)
class FigureConflict:
    """One thing the sources give different values for, and which sentences say which value."""

    about: str
    kind: str
    values: dict[str, list[Sentence]] = field(default_factory=dict)  # value as written -> sentences
    over_time: bool = False  # dated documents whose values follow one another in time


# Qualifiers that put a value either side of what is written: one way of giving it ("nearly" and
# "almost" put it below).
_EITHER_WAY = APPROXIMATE - {"nearly", "almost"}


def find_conflicts(
    said: Sequence[tuple[Sentence, Figure]],
    date_of: Callable[[str], str],
    also: Sequence[tuple[Sentence, Figure]] = (),
    asked: frozenset[str] = frozenset(),
) -> list[FigureConflict]:
    """A conflict when two or more documents give different values (`date_of`: doc id -> YYYY-MM-DD or "").
    A number given by its order only ("hundreds of") is no value to dispute. `also` are more
    sentences giving a value: each that gives one of the disputed values (written alike, or a
    rounding of it) is cited for it and its wording shown, but they make or unmake no conflict (the
    lead claim's wordings that search found further from the question's words: "lowered themselves
    into the gallery at about 3:40 a.m." beside "The break-in happened at around 3.40am"). A count's
    conflict is about the noun the question counts (`asked`) when a figure counts it, or else the
    noun most figures count ("ship" for "How many container ships ...", whatever the sources call
    them)."""
    said = [(s, f) for s, f in said if f.qualifier != VAGUE]
    if len({f.value for _, f in said}) < 2 or len({s.doc_id for s, _ in said}) < 2:
        return []
    kept: dict[tuple[object, str], list[tuple[Sentence, Figure]]] = {}
    for sentence, figure in said:  # "around 10,000" and "at least 10,000" are listed apart,
        # "about 3:40 a.m.", "around 3:40 a.m." and "3:40 a.m." together (an approximation of a value
        # is the value as a source gives it: "about 5,200 votes" / "5,200 votes" against "6,536")
        qualifier = "" if figure.qualifier in _EITHER_WAY else figure.qualifier
        kept.setdefault((figure.value, qualifier), []).append((sentence, figure))
    shown = [pairs[0][1] for pairs in kept.values()]
    if all(consistent(a, b) for a, b in itertools.combinations(shown, 2)):
        return []  # roundings and bounds of one value ("4,812", "about 4,800", "more than 4,800")
    first = said[0][1]
    counted = [f.about for _, f in said if f.about]
    about = (
        max(dict.fromkeys(counted), key=lambda noun: (noun in asked, counted.count(noun)), default="")
        if first.kind == "count"
        else ""
    )
    conflict = FigureConflict(about=about or first.kind, kind=first.kind)
    figures_of: dict[str, list[Figure]] = {}  # each value's label -> the figures giving it
    ordered = sorted(kept.values(), key=lambda pairs: -len({s.doc_id for s, _ in pairs}))
    for pairs in ordered:
        writings: dict[str, str] = {}  # "More than 1,100" once, not also "more than 1,100"
        for s, f in pairs:
            written = _written(s.text, f)
            writings.setdefault(written.lower(), written)
        sentences: list[Sentence] = []
        for s, _ in pairs:
            if all(other.doc_id != s.doc_id for other in sentences):
                sentences.append(s)
        conflict.values[" / ".join(writings.values())] = sentences
        figures_of[" / ".join(writings.values())] = [f for _, f in pairs]
    reported: dict[object, list[Sentence]] = {}  # each value's sentences, however qualified
    for (value, _), pairs in kept.items():
        reported.setdefault(value, []).extend(s for s, _ in pairs)
    conflict.over_time = first.kind in QUANTITY_KINDS and _over_time(list(reported.values()), date_of)
    if conflict.over_time:  # an update lists its values in the order they were reported
        by_date = sorted(conflict.values.items(), key=lambda item: min(date_of(s.doc_id) for s in item[1]))
        conflict.values = dict(by_date)
    if also:
        conflict.values = _with_wordings(conflict.values, figures_of, also)
    return [conflict]


def _written(sentence: str, figure: Figure) -> str:
    """A figure as the sentence writes it; a measure with its unit when that follows at once
    ("18 months" against "20 months", "about 800 metres" against "about 1.2 km")."""
    if figure.kind == "count" and measure(figure.about) is not None:
        after = _NEXT_WORD.match(sentence, figure.end)
        if after and measure(counted_noun(after[2])) == measure(figure.about):
            return figure.text + after.group()
    return figure.text


def _with_wordings(
    values: dict[str, list[Sentence]],
    figures_of: Mapping[str, Sequence[Figure]],
    also: Sequence[tuple[Sentence, Figure]],
) -> dict[str, list[Sentence]]:
    """`values` (label -> sentences) with each of `also` whose figure is a writing or a rounding of
    one value's figures and of no other value's added to that value: its sentence cited, its
    writing added to the label."""
    fitting = [
        (s, f, [label for label, given in figures_of.items() if any(consistent(f, g) for g in given)])
        for s, f in also
    ]
    out: dict[str, list[Sentence]] = {}
    for label, sentences in values.items():
        writings = {w.lower(): w for w in label.split(" / ")}
        cited = list(sentences)
        for s, f, fits in fitting:
            if fits != [label]:
                continue
            written = _written(s.text, f)
            writings.setdefault(written.lower(), written)
            if all(other.doc_id != s.doc_id for other in cited):
                cited.append(s)
        out[" / ".join(writings.values())] = cited
    return out


def _over_time(groups: list[list[Sentence]], date_of: Callable[[str], str]) -> bool:
    """Every value dated, and each value's documents all later than the previous value's; a document
    giving two of the values tells of the change ("nine transits, up from six in the February
    preprint") and dates neither, when each value has a document giving it alone."""
    if not all(date_of(s.doc_id) for sentences in groups for s in sentences):
        return False
    if _ordered([[s.doc_id for s in sentences] for sentences in groups], date_of):
        return True
    giving = Counter(doc_id for sentences in groups for doc_id in {s.doc_id for s in sentences})
    alone = [[s.doc_id for s in sentences if giving[s.doc_id] == 1] for sentences in groups]
    return all(alone) and _ordered(alone, date_of)


def _ordered(groups: list[list[str]], date_of: Callable[[str], str]) -> bool:
    """Whether each group's documents are all dated later than the previous group's."""
    spans = sorted((min(days), max(days)) for days in ([date_of(d) for d in docs] for docs in groups))
    return all(earlier[1] < later[0] for earlier, later in itertools.pairwise(spans))
