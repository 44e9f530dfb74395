"""Answers: ranked sentences become quotes and claims, each cited by every document that says it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from index.analysis import Analyzer
from index.claims import ClaimKey, claim_key, fold, same_claim
from index.conflicts import FigureConflict, find_conflicts
from index.documents import Sentence
from index.questions import has_cue, question_type
from index.search import Hit
from index.store import StoredDocument

__all__ = [
    "Answer",
    "AnswerOptions",
    "Citation",
    "Claim",
    "Conflict",
    "ConflictValue",
    "Quote",
    "Wording",
    "assemble_answer",
]


class Citation(BaseModel):
    """A document that states a quote, and where."""

    doc_id: str = Field(description="file path relative to the corpus root, or the JSONL id")
    title: str = ""
    source: str = ""
    url: str = ""
    date: str = Field("", description="YYYY-MM-DD when known; empty when the document is undated")
    sentence: int = Field(description="0-based index of the sentence within the document")


class Quote(BaseModel):
    """One sentence quoted word for word, with every document that says it."""

    text: str
    score: float
    citations: list[Citation]


class Wording(BaseModel):
    """Another sentence stating the same claim."""

    text: str
    citations: list[Citation]


class Claim(BaseModel):
    """One fact, in its best wording, cited by every document that states it."""

    text: str
    score: float
    citations: list[Citation]
    sources_count: int = Field(description="distinct documents stating the claim")
    earliest_date: str = ""
    latest_date: str = ""
    other_wordings: list[Wording] = Field(default_factory=list)


class ConflictValue(BaseModel):
    """One value a figure is given, as written (qualifier kept), and who gives it."""

    value: str
    citations: list[Citation]


class Conflict(BaseModel):
    """Sources giving different figures for the same thing."""

    about: str = Field(description="the counted noun or unit (troops, percent, money, date)")
    values: list[ConflictValue]


class Answer(BaseModel):
    """What factbot says to a question; the JSON output is exactly this model."""

    question: str
    answered: bool
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    sources_total: int = Field(0, description="documents searched (after --since)")
    since: str = ""


@dataclass(frozen=True, slots=True)
class AnswerOptions:
    """When a question counts as answered, and which quotes are shown."""

    max_quotes: int = 5
    min_coverage: float = 0.45  # share of the question's IDF weight some quote must match
    min_relative_score: float = 0.3  # quotes scoring below this share of the best are dropped
    same_quote_overlap: float = 0.85  # term-set overlap at which two sentences are one quote
    type_boost: float = 0.6  # score bonus for a sentence with what the question type asks for
    claim_overlap: float = 0.8  # weighted term overlap at which two sentences are one claim


@dataclass(slots=True)
class _Ranked:
    hit: Hit
    score: float
    sentence: Sentence
    terms: frozenset[str]
    key: ClaimKey


@dataclass(slots=True)
class _Group:
    best: _Ranked
    members: list[_Ranked]


def assemble_answer(
    question: str,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    documents: dict[str, StoredDocument],
    weights: dict[str, float],
    analyzer: Analyzer,
    options: AnswerOptions,
    sources_total: int = 0,
) -> Answer:
    """Turn ranked hits (and their sentences, same order) into an Answer.

    `weights` gives each question term its IDF. Hits are re-ranked by question
    type; those under `min_relative_score` of the best can only corroborate a
    claim, not start one. Among the rest, at least one sentence must cover
    `min_coverage` of the question's weight, or the question is unanswered.
    """
    empty = Answer(question=question, answered=False, sources_total=sources_total)
    total = sum(weights.values())
    if not hits or total <= 0:
        return empty
    ranked = _rerank(question, hits, sentences, weights, analyzer, options)
    floor = options.min_relative_score * ranked[0].score
    kept = [r for r in ranked if r.score >= floor]
    best_coverage = max(sum(w for t, w in weights.items() if t in r.terms) for r in kept) / total
    if best_coverage < options.min_coverage:
        return empty
    quotes = _groups(kept, options.max_quotes, lambda a, b: _same_statement(a.terms, b.terms, options))
    focus = frozenset(fold(list(weights)))
    claims = _groups(
        ranked,
        options.max_quotes,
        lambda a, b: same_claim(a.key, b.key, weights, options.claim_overlap, focus),
        floor,
    )
    claim_sentences = [m.sentence for g in claims for m in g.members]
    conflicts = find_conflicts(claim_sentences, include_dates=question_type(question) == "when")
    return Answer(
        question=question,
        answered=True,
        quotes=[_quote(g, documents) for g in quotes],
        claims=[_claim(g, documents) for g in claims],
        conflicts=[_conflict(c, documents) for c in conflicts],
        sources_total=sources_total,
    )


def _rerank(
    question: str,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    weights: dict[str, float],
    analyzer: Analyzer,
    options: AnswerOptions,
) -> list[_Ranked]:
    """Favour sentences with what the question type asks for (a date for "when", ...)."""
    qtype = question_type(question)
    ranked = []
    for hit, sentence in zip(hits, sentences, strict=True):
        boost = 1 + options.type_boost if has_cue(qtype, sentence.text) else 1.0
        key = claim_key(analyzer, sentence.text)
        ranked.append(_Ranked(hit, hit.score * boost, sentence, key.analyzed, key))
    ranked.sort(key=lambda r: (-r.score, r.hit.sentence_id))
    return ranked


def _groups(
    ranked: Sequence[_Ranked],
    limit: int,
    same: Callable[[_Ranked, _Ranked], bool],
    floor: float | None = None,
) -> list[_Group]:
    """Group sentences best first; only sentences scoring at least `floor` open a group."""
    groups: list[_Group] = []
    for r in ranked:
        group = next((g for g in groups if same(g.best, r)), None)
        if group is not None:
            group.members.append(r)
        elif len(groups) < limit and (floor is None or r.score >= floor):
            groups.append(_Group(r, [r]))
    return groups


def _same_statement(a: frozenset[str], b: frozenset[str], options: AnswerOptions) -> bool:
    """Near-identical after normalisation: same figures, and nearly the same terms."""
    if {t for t in a if t[0].isdigit()} != {t for t in b if t[0].isdigit()}:
        return False
    union = a | b
    return bool(union) and len(a & b) / len(union) >= options.same_quote_overlap


def _quote(group: _Group, documents: dict[str, StoredDocument]) -> Quote:
    citations = _citations([m.sentence for m in group.members], documents)
    return Quote(text=group.best.sentence.text, score=round(group.best.score, 4), citations=citations)


def _claim(group: _Group, documents: dict[str, StoredDocument]) -> Claim:
    """The best wording, every citing document, and the other wordings."""
    citations = _citations([m.sentence for m in group.members], documents)
    dates = sorted(c.date for c in citations if c.date)
    wordings: dict[str, list[Sentence]] = {}
    for m in group.members[1:]:
        if m.sentence.text != group.best.sentence.text:
            wordings.setdefault(m.sentence.text, []).append(m.sentence)
    return Claim(
        text=group.best.sentence.text,
        score=round(group.best.score, 4),
        citations=citations,
        sources_count=len(citations),
        earliest_date=dates[0] if dates else "",
        latest_date=dates[-1] if dates else "",
        other_wordings=[Wording(text=t, citations=_citations(s, documents)) for t, s in wordings.items()],
    )


def _conflict(conflict: FigureConflict, documents: dict[str, StoredDocument]) -> Conflict:
    values = [ConflictValue(value=v, citations=_citations(s, documents)) for v, s in conflict.values.items()]
    return Conflict(about=conflict.about, values=values)


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
