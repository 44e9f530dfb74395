"""Conflicting figures: the sources give different numbers for the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from index.documents import Sentence
from index.figures import figures

__all__ = ["FigureConflict", "find_conflicts"]


@dataclass(slots=True)
class FigureConflict:
    """One thing the sources count differently, and which sentences say which value."""

    about: str
    kind: str
    values: dict[str, list[Sentence]] = field(default_factory=dict)  # value as written -> sentences


def find_conflicts(sentences: Sequence[Sentence], include_dates: bool) -> list[FigureConflict]:
    """Figures about the same thing with two or more different values.

    Values are compared as numbers (qualifiers kept in the text shown: "at least
    10,000" and "around 11,000" differ; "about 10,000" and "10,000" are listed
    apart but are not by themselves a conflict). Dates count only when the
    question asks "when".
    """
    found: dict[tuple[str, str], FigureConflict] = {}
    numbers: dict[tuple[str, str], set[object]] = {}
    for sentence in sentences:
        for figure in figures(sentence.text):
            if figure.kind == "date" and not include_dates:
                continue
            key = (figure.kind, figure.about)
            conflict = found.setdefault(key, FigureConflict(about=figure.about, kind=figure.kind))
            said = conflict.values.setdefault(figure.text, [])
            if all(s.doc_id != sentence.doc_id for s in said):
                said.append(sentence)
            numbers.setdefault(key, set()).add(figure.value)
    return [c for key, c in found.items() if len(numbers[key]) > 1 and _from_two_documents(c)]


def _from_two_documents(conflict: FigureConflict) -> bool:
    """A disagreement needs at least two documents behind it."""
    return len({s.doc_id for said in conflict.values.values() for s in said}) > 1
