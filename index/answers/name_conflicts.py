"""Conflicting names: the sources name the answer to "who" or "which" two ways.

A name misspelt or misreported by one outlet ("federal mediator Harriet Lindqvist" in three
papers, "Harriet Lindgren" in a fourth) is a disagreement a reader should see. Two names are
taken for one person or body written two ways when, read as a first name and a surname (the
last two words), they share the first and differ in the last ("Harriet Lindqvist" / "Harriet
Lindgren"), or when their last words are spelt alike ("Lindqvist" / "Lindquist"). Different
names that are not alike ("Dr. Priya Ramanathan" leading the trial, "Dr. Michael Osei" leading
one site) are two answers, or an answer and a side figure, not a dispute. Only names given amid
the question's words count, from documents on the lead claim's story that never give the lead's
name.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from factbot.index.answers.claims import name_at
from factbot.index.answers.conflicts import FigureConflict
from factbot.index.answers.grouping import Ranked
from factbot.index.answers.slots import CENTRED
from factbot.index.documents import Sentence

__all__ = ["name_conflict"]

# Two last words spelt this alike (difflib's ratio) are one name ("Lindqvist" / "Lindquist":
# 0.89; "Johnson" / "Johnston": 0.93; "Osei" / "Ramanathan": 0.14).
_ALIKE = 0.8


def name_conflict(lead: Ranked, ranked: Sequence[Ranked], story: set[str]) -> FigureConflict | None:
    """The lead's answer name against the same name written otherwise by other documents of its
    `story`, if any."""
    if lead.answer_name is None or lead.name_relevance < CENTRED:
        return None
    head = lead.answer_name
    lead_words = _words(name_at(lead.sentence.text, head))
    naming_lead = {r.sentence.doc_id for r in ranked if head in r.names}
    values: dict[str, dict[str, Sentence]] = {}  # full name -> document -> first sentence
    for r in ranked:
        if r.answer_name is None or r.name_relevance < CENTRED or r.sentence.doc_id not in story:
            continue
        full = name_at(r.sentence.text, r.answer_name)
        if r.answer_name == head:
            key = " ".join(lead_words)
        elif r.sentence.doc_id not in naming_lead and _one_name(lead_words, _words(full)):
            key = " ".join(_words(full))
        else:
            continue
        values.setdefault(key, {}).setdefault(r.sentence.doc_id, r.sentence)
    if len(values) < 2:
        return None
    conflict = FigureConflict(about="name", kind="name")
    for name, by_doc in sorted(values.items(), key=lambda item: -len(item[1])):
        conflict.values[name] = list(by_doc.values())
    return conflict


def _words(name: str) -> list[str]:
    """A name's last two words, without titles ("Dr.", "Gov."): a first name and a surname, not a
    role that opens the sentence ("Referee Tomas Albrechtsen")."""
    return [w for w in name.split() if not w.endswith(".")][-2:]


def _one_name(a: list[str], b: list[str]) -> bool:
    """Two different names for one person or body: the same first word and another last word, or
    last words spelt alike."""
    if not a or not b or a[-1].lower() == b[-1].lower():
        return False
    if len(a) > 1 and len(b) > 1 and a[0].lower() == b[0].lower():
        return True
    return SequenceMatcher(None, a[-1].lower(), b[-1].lower()).ratio() >= _ALIKE
