"""Answers: ranked sentences become quotes, each cited by every document that says it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from index.analysis import Analyzer
from index.documents import Sentence
from index.search import Hit
from index.store import StoredDocument

__all__ = ["Answer", "AnswerOptions", "Citation", "Quote", "assemble_answer"]


class Citation(BaseModel):
    """A document that states a quote, and where."""

    doc_id: str = Field(description="file path relative to the corpus root, or the JSONL id")
    title: str = ""
    source: str = ""
    url: str = ""
    date: str = ""
    sentence: int = Field(description="0-based index of the sentence within the document")


class Quote(BaseModel):
    """One sentence quoted word for word, with every document that says it."""

    text: str
    score: float
    citations: list[Citation]


class Answer(BaseModel):
    """What factbot says to a question; the JSON output is exactly this model."""

    question: str
    answered: bool
    quotes: list[Quote] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class AnswerOptions:
    """When a question counts as answered, and which quotes are shown."""

    max_quotes: int = 5
    min_coverage: float = 0.45  # share of the question's IDF weight some quote must match
    min_relative_score: float = 0.3  # quotes scoring below this share of the best are dropped
    same_quote_overlap: float = 0.85  # term-set overlap at which two sentences are one quote


@dataclass(slots=True)
class _Group:
    hit: Hit
    sentence: Sentence
    terms: frozenset[str]
    members: list[Sentence]


def assemble_answer(
    question: str,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    documents: dict[str, StoredDocument],
    weights: dict[str, float],
    analyzer: Analyzer,
    options: AnswerOptions,
) -> Answer:
    """Turn ranked hits (and their sentences, same order) into an Answer.

    `weights` gives each question term its IDF. Hits scoring under
    `min_relative_score` of the best are dropped; among the rest, at least one
    sentence must cover `min_coverage` of the question's weight, or the question
    is unanswered.
    """
    total = sum(weights.values())
    if not hits or total <= 0:
        return Answer(question=question, answered=False)
    floor = options.min_relative_score * hits[0].score
    kept = [
        (h, s, frozenset(analyzer.terms(s.text)))
        for h, s in zip(hits, sentences, strict=True)
        if h.score >= floor
    ]
    best_coverage = max(sum(w for t, w in weights.items() if t in terms) for _, _, terms in kept) / total
    if best_coverage < options.min_coverage:
        return Answer(question=question, answered=False)
    groups: list[_Group] = []
    for hit, sentence, terms in kept:
        same = next((g for g in groups if _same_statement(g.terms, terms, options.same_quote_overlap)), None)
        if same is not None:
            same.members.append(sentence)
        elif len(groups) < options.max_quotes:
            groups.append(_Group(hit, sentence, terms, [sentence]))
    quotes = [
        Quote(text=g.sentence.text, score=round(g.hit.score, 4), citations=_citations(g.members, documents))
        for g in groups
    ]
    return Answer(question=question, answered=bool(quotes), quotes=quotes)


def _same_statement(a: frozenset[str], b: frozenset[str], overlap: float) -> bool:
    """Near-identical after normalisation: same figures, and nearly the same terms."""
    if {t for t in a if t[0].isdigit()} != {t for t in b if t[0].isdigit()}:
        return False
    union = a | b
    return bool(union) and len(a & b) / len(union) >= overlap


def _citations(members: Sequence[Sentence], documents: dict[str, StoredDocument]) -> list[Citation]:
    """One citation per document (its first sentence saying it)."""
    seen: dict[str, Citation] = {}
    for s in members:
        if s.doc_id in seen:
            continue
        doc = documents[s.doc_id]
        seen[s.doc_id] = Citation(
            doc_id=doc.doc_id,
            title=doc.title,
            source=doc.source,
            url=doc.url,
            date=doc.date,
            sentence=s.index,
        )
    return list(seen.values())
