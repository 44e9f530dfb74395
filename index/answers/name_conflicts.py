"""Conflicting names: the sources name the answer to "who" or "which" two ways.

A name misspelt or misreported by one outlet ("federal mediator Harriet Lindqvist" in three
papers, "Harriet Lindgren" in a fourth) is a disagreement a reader should see. Two names are
taken for one person or body written two ways when, read as a first name and a surname (the
last two words), they share the first and differ in the last ("Harriet Lindqvist" / "Harriet
Lindgren"), their last words are spelt alike ("Lindqvist" / "Lindquist"), or they share the last
and their first words are spelt alike ("Rosalind Teague" / "Rosalyn Teague") or one misreport apart
("Marcus Hale" / "Martin Hale", not "Sam Hale" / "Samuel Hale"); a name of three
words or more that ends as the lead's is compared whole ("Bramwell Civil Engineering" /
"Bracewell Civil Engineering"), and found in any sentence of the story. Different names
that are not alike ("Dr. Priya Ramanathan" leading the trial, "Dr. Michael Osei" leading one
site) are two answers, or an answer and a side figure, not a dispute. The lead claim's answer name
counts when a word of the question stands within reach of it; a name spelt alike counts however
far from the question's words (a misspelling comes in other wordings too), from documents on the
lead claim's story; a document that gives both writings sides with neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from factbot.index.answers.conflicts import FigureConflict
from factbot.index.answers.names import name_at, names
from factbot.index.answers.ranked import Ranked
from factbot.index.documents import Sentence

__all__ = ["name_conflict"]

# Two words spelt this alike (difflib's ratio) are one name ("Lindqvist" / "Lindquist": 0.89;
# "Rosalind" / "Rosalyn": 0.80; "John" / "Joan": 0.75; "Osei" / "Ramanathan": 0.0).
_ALIKE = 0.8
# ... and first names of one surname this alike, with the same initial, are one person's misreported
# ("Marguerite" / "Margaret": 0.67; "Marcus" / "Martin": 0.5; "Imogen" / "Ian": 0.25, two people).
_VARIANT = 0.5
_PET_FORMS = ("ie", "y")


def name_conflict(lead: Ranked, ranked: Sequence[Ranked], story: set[str]) -> FigureConflict | None:
    """The lead's answer name against the same name written otherwise by other documents of its
    `story`, if any."""
    if lead.answer_name is None or lead.name_relevance <= 0:
        return None
    lead_full = _all_words(name_at(lead.sentence.text, lead.answer_name))
    lead_words = lead_full[-2:]
    found: list[tuple[list[str], Sentence]] = []
    for r in ranked:
        if r.sentence.doc_id not in story:
            continue
        if r.answer_name is not None and r.name_relevance > 0:
            found.append((_all_words(name_at(r.sentence.text, r.answer_name)), r.sentence))
            continue
        # A name spelt otherwise counts however far from the question's words.
        given = (_all_words(name) for name in names(r.sentence.text))
        full = next((words for words in given if _spelt_otherwise(words, lead_full)), None)
        if full is not None:
            found.append((full, r.sentence))
    # A name whose last two words are the lead's but whose first is spelt otherwise ("Bramwell Civil
    # Engineering" / "Bracewell Civil Engineering"): the names are told apart by all their words.
    whole = any(_spelt_otherwise(full, lead_full) for full, _ in found)
    if whole:
        lead_words = lead_full
    written: dict[str, dict[str, Sentence]] = {}  # the name as written -> document -> first sentence
    for full, sentence in found:
        words = full if whole and len(full) == len(lead_full) else full[-2:]
        if _same(words, lead_words):
            words = lead_words
        elif not _one_name(lead_words, words) and not _spelt_otherwise(words, lead_words):
            continue
        written.setdefault(" ".join(words), {}).setdefault(sentence.doc_id, sentence)
    lead_name = " ".join(lead_words)
    naming_lead = set(written.get(lead_name, {}))
    values = {
        name: by_doc
        for name, by_doc in written.items()
        if name == lead_name
        or not set(by_doc) <= naming_lead  # a document giving both names sides with neither
    }
    if len(values) < 2:
        return None
    conflict = FigureConflict(about="name", kind="name")
    for name, by_doc in sorted(values.items(), key=lambda item: -len(item[1])):
        conflict.values[name] = [
            s for doc_id, s in by_doc.items() if name == lead_name or doc_id not in naming_lead
        ]
    return conflict


def _all_words(name: str) -> list[str]:
    """A name's words without titles ("Dr.", "Gov."); its last two are a person's first name and
    surname, not a role that opens the sentence ("Referee Tomas Albrechtsen")."""
    return [w for w in name.split() if not w.endswith(".")]


def _spelt_otherwise(a: list[str], b: list[str]) -> bool:
    """Two names of three or more words, the same but for words spelt alike before their last two
    ("Bramwell Civil Engineering" / "Bracewell Civil Engineering")."""
    if len(a) != len(b) or len(a) < 3 or not _same(a[-2:], b[-2:]) or _same(a, b):
        return False
    return all(x.lower() == y.lower() or _alike(x, y) for x, y in zip(a, b, strict=True))


def _same(a: list[str], b: list[str]) -> bool:
    """One name as written: the same words, case aside."""
    return [w.lower() for w in a] == [w.lower() for w in b]


def _one_name(a: list[str], b: list[str]) -> bool:
    """Two writings of one name that differ: another surname after the same first name, or a surname
    spelt alike ("Lindqvist" / "Lindquist"); or, with the same surname, a first name spelt alike
    ("Rosalind" / "Rosalyn"), or one misreported (`_variant`: "Marcus" / "Martin"; "Imogen" / "Harold"
    are two people of one family)."""
    if not a or not b or _same(a, b):
        return False
    first = len(a) > 1 and len(b) > 1
    if a[-1].lower() == b[-1].lower():
        return first and (_alike(a[0], b[0]) or _variant(a[0], b[0]))
    return (first and a[0].lower() == b[0].lower()) or _alike(a[-1], b[-1])


def _variant(a: str, b: str) -> bool:
    """Two first names one misreport apart: the same initial, spelt `_VARIANT` alike ("Marguerite" /
    "Margaret", "Marcus" / "Martin"), neither a short form of the other ("Sam" / "Samuel") nor a pet
    form, which ends in "-ie" or "-y" ("Maggie", "Jimmy")."""
    x, y = a.lower(), b.lower()
    if x.startswith(y) or y.startswith(x) or any(w.endswith(_PET_FORMS) for w in (x, y)):
        return False
    return x[:1] == y[:1] and SequenceMatcher(None, x, y).ratio() >= _VARIANT


def _alike(a: str, b: str) -> bool:
    return SequenceMatcher(None, a.lower(), b.lower()).ratio() >= _ALIKE
