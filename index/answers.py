"""Answers: ranked sentences become quotes and claims, each cited by every document that says it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from index.analysis import Analyzer
from index.claims import ClaimKey, claim_key, fold, same_claim
from index.conflicts import FigureConflict, find_conflicts
from index.documents import Sentence
from index.figures import Figure
from index.questions import has_cue, question_type
from index.search import Hit
from index.slots import Slot, answer_slot, wanted
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

    about: str = Field(description="the counted noun or unit (troops, percent, points, money, date)")
    values: list[ConflictValue]
    over_time: bool = Field(
        False, description="dated sources whose values follow one another in time: an update, not a dispute"
    )


class Answer(BaseModel):
    """What factbot says to a question; the JSON output is exactly this model."""

    question: str
    answered: bool
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    sources_total: int = Field(0, description="documents searched (after --since)")
    since: str = ""
    coverage: float = Field(
        0.0, description="share of the question's weighted terms the best sentence and its neighbours state"
    )


@dataclass(frozen=True, slots=True)
class AnswerOptions:
    """When a question counts as answered, and which quotes are shown."""

    max_quotes: int = 5
    min_coverage: float = 0.45  # share of the question's IDF weight some quote must match
    min_relative_score: float = 0.3  # quotes scoring below this share of the best are dropped
    same_quote_overlap: float = 0.85  # term-set overlap at which two sentences are one quote
    type_boost: float = 0.6  # score bonus for a sentence with what the question type asks for
    claim_overlap: float = 0.8  # weighted term overlap at which two sentences are one claim
    context_weight: float = 0.5  # weight of question terms found only in a sentence's neighbours
    corroboration: float = 0.25  # share of each other document's score a claim adds to its own


# A slot is centred on the question when this share of its weight is near the figure; two
# centred slots with the same value are the same answer even when they count other nouns.
_CENTRED = 0.5
# Slots this close to the best one's relevance are compared for conflicts.
_NEAR_TOP = 0.5


@dataclass(slots=True)
class _Ranked:
    hit: Hit
    score: float
    sentence: Sentence
    terms: frozenset[str]
    key: ClaimKey
    slot: Slot | None


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
    context: Mapping[int, str] | None = None,
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
    around = context or {}
    coverage = max(_coverage(r, around.get(r.hit.sentence_id, ""), weights, analyzer, options) for r in kept)
    coverage = round(coverage / total, 4)
    if coverage < options.min_coverage:
        return empty.model_copy(update={"coverage": coverage})
    quotes = _groups(kept, options.max_quotes, lambda a, b: _same_statement(a.terms, b.terms, options))
    focus = frozenset(fold(list(weights)))
    claims = _groups(
        ranked,
        options.max_quotes,
        lambda a, b: _same_claim(a, b, weights, options.claim_overlap, focus),
        floor,
    )
    claims.sort(key=lambda g: -_support(g, options.corroboration))
    dates = {doc_id: doc.date[:10] for doc_id, doc in documents.items()}
    conflicts = find_conflicts(_slot_figures(claims), dates)
    return Answer(
        question=question,
        answered=True,
        quotes=[_quote(g, documents) for g in quotes],
        claims=[_claim(g, documents) for g in claims],
        conflicts=[_conflict(c, documents) for c in conflicts],
        sources_total=sources_total,
        coverage=coverage,
    )


def _coverage(
    r: _Ranked, around: str, weights: dict[str, float], analyzer: Analyzer, options: AnswerOptions
) -> float:
    """The question weight a sentence states, plus `context_weight` of what only its neighbours state."""
    own = sum(w for t, w in weights.items() if t in r.terms)
    if not around or options.context_weight <= 0:
        return own
    near = set(analyzer.terms(around))
    return own + options.context_weight * sum(w for t, w in weights.items() if t in near and t not in r.terms)


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
    want = wanted(question)
    folded: dict[str, float] = {}
    for term, weight in weights.items():
        canonical = fold([term])[0]
        folded[canonical] = max(weight, folded.get(canonical, 0.0))
    ranked = []
    for hit, sentence in zip(hits, sentences, strict=True):
        boost = 1 + options.type_boost if has_cue(qtype, sentence.text) else 1.0
        key = claim_key(analyzer, sentence.text)
        slot = answer_slot(want, sentence.text, folded, analyzer)
        ranked.append(_Ranked(hit, hit.score * boost, sentence, key.analyzed, key, slot))
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


def _support(group: _Group, corroboration: float) -> float:
    """A claim's rank: its best sentence's score plus a share of each other document's best."""
    best: dict[str, float] = {}
    for m in group.members:
        best[m.sentence.doc_id] = max(m.score, best.get(m.sentence.doc_id, 0.0))
    others = sum(best.values()) - best[group.best.sentence.doc_id]
    return group.best.score + corroboration * others


def _same_claim(
    a: _Ranked, b: _Ranked, weights: dict[str, float], overlap: float, focus: frozenset[str]
) -> bool:
    """The same answer to the question (same slot value), or the same fact in other words."""
    if a.slot and b.slot and a.slot.relevance > 0 and b.slot.relevance > 0:
        fa, fb = a.slot.figure, b.slot.figure
        same_thing = fa.about == fb.about or min(a.slot.relevance, b.slot.relevance) >= _CENTRED
        return fa.kind == fb.kind and fa.value == fb.value and a.key.negated == b.key.negated and same_thing
    return same_claim(a.key, b.key, weights, overlap, focus)


def _slot_figures(claims: Sequence[_Group]) -> list[tuple[Sentence, Figure]]:
    """The slot figures of the answering sentences: the first claim's kind, near the question."""
    slotted = [m for g in claims for m in g.members if m.slot and m.slot.relevance > 0]
    if not slotted:
        return []
    lead = next((g.best.slot for g in claims if g.best.slot and g.best.slot.relevance > 0), None)
    lead = lead or slotted[0].slot
    assert lead is not None
    top = max(m.slot.relevance for m in slotted if m.slot and m.slot.figure.kind == lead.figure.kind)
    return [
        (m.sentence, m.slot.figure)
        for m in slotted
        if m.slot and _comparable(m.slot, lead) and m.slot.relevance >= _NEAR_TOP * top
    ]


def _comparable(slot: Slot, lead: Slot) -> bool:
    """The same quantity as the lead answer: same kind, and for counts the same thing counted."""
    same_kind = slot.figure.kind == lead.figure.kind
    if not same_kind or slot.figure.kind != "count":
        return same_kind
    return slot.figure.about == lead.figure.about or slot.relevance >= _CENTRED


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
    return Conflict(about=conflict.about, values=values, over_time=conflict.over_time)


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
