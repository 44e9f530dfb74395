"""Retrieval quality: sentence recall@k, MRR and document nDCG@10 over a questions file.

A questions file is JSON Lines in the format of SciFact's ``claims_train.jsonl``::

    {"claim" | "question": str, "evidence": {doc_id: [sentence indices]}, "cited_doc_ids": [doc_id, ...]}

Sentences are ranked by retrieval alone (`Engine.rank` or `Searcher.rank`, not
the answer-assembly cut). A question's sentence hit at k is any gold evidence sentence
``(doc_id, index)`` among the first k ranked sentences; questions without
evidence are left out of the sentence metrics. MRR uses the rank of the first
gold sentence (0 when none is among the candidates). Documents are ranked by the
first appearance of their sentences in the ranked list; document nDCG@10 uses
binary relevance with ``cited_doc_ids`` as the gold documents.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factbot.index.errors import QueryError
from factbot.index.retrieval.search import RankedSentence
from pydantic import BaseModel, Field

__all__ = [
    "EvalQuestion",
    "EvalReport",
    "Rank",
    "evaluate",
    "first_hit_rank",
    "json_object",
    "load_questions",
    "ndcg_at_k",
    "rank_documents",
    "ranked_sentences",
]

SentenceKey = tuple[str, int]  # (doc_id, 0-based sentence index in the document)
Rank = Callable[[str, int], Sequence[RankedSentence]]  # (question, k) -> best first, e.g. Engine.rank

RECALL_KS = (1, 5, 10)
NDCG_K = 10


@dataclass(frozen=True, slots=True)
class EvalQuestion:
    """One question with its gold evidence sentences and cited documents."""

    text: str
    evidence: frozenset[SentenceKey]
    cited: tuple[str, ...]


class EvalReport(BaseModel):
    """What `factbot eval` prints; the JSON output is exactly this model."""

    questions: int = Field(description="questions evaluated")
    with_evidence: int = Field(description="questions with gold sentences (the sentence metrics' base)")
    recall: dict[int, float] = Field(description="sentence recall at 1, 5 and 10")
    mrr: float = Field(description="mean reciprocal rank of the first gold sentence")
    ndcg_at_10: float = Field(description="document nDCG@10, binary relevance, gold = cited documents")
    candidates: int = Field(description="ranked sentences per question")
    ms_per_question: float = 0.0


def load_questions(path: Path) -> list[EvalQuestion]:
    """Read a questions file; a malformed line is a QueryError naming its line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise QueryError(f"cannot read questions file {path}: {exc.strerror}") from None
    questions = [_question(line, path, n) for n, line in enumerate(lines, 1) if line.strip()]
    if not questions:
        raise QueryError(f"questions file {path} holds no questions")
    return questions


def json_object(line: str, where: str) -> dict[str, Any]:
    """One JSON Lines record; anything but a JSON object is a QueryError naming `where` (file:line)."""
    try:
        record = json.loads(line)
    except ValueError:
        raise QueryError(f"{where}: not valid JSON") from None
    if not isinstance(record, dict):
        raise QueryError(f"{where}: expected a JSON object")
    return record


def _question(line: str, path: Path, number: int) -> EvalQuestion:
    where = f"{path}:{number}"
    record = json_object(line, where)
    text = record.get("claim", record.get("question"))
    if not isinstance(text, str) or not text.strip():
        raise QueryError(f'{where}: needs a non-empty "claim" or "question" string')
    evidence = record.get("evidence") or {}
    cited = record.get("cited_doc_ids") or []
    try:
        gold = frozenset((str(doc), int(i)) for doc, indices in evidence.items() for i in indices)
        return EvalQuestion(text, gold, tuple(str(d) for d in cited))
    except (AttributeError, TypeError, ValueError):
        raise QueryError(
            f'{where}: "evidence" must map doc ids to lists of sentence indices, '
            '"cited_doc_ids" must be a list of doc ids'
        ) from None


def ranked_sentences(rank: Rank, question: str, k: int) -> list[SentenceKey]:
    """The top `k` sentences for `question` as (doc_id, sentence index), best first."""
    return [(ranked.doc_id, ranked.index) for ranked in rank(question, k)]


def first_hit_rank(ranked: Sequence[SentenceKey], gold: frozenset[SentenceKey]) -> int | None:
    """1-based rank of the first gold sentence, or None when none is ranked."""
    return next((rank for rank, key in enumerate(ranked, 1) if key in gold), None)


def rank_documents(ranked: Iterable[SentenceKey]) -> list[str]:
    """Documents in the order their first sentence appears."""
    return list(dict.fromkeys(doc for doc, _ in ranked))


def ndcg_at_k(docs: Sequence[str], gold: Iterable[str], k: int = NDCG_K) -> float:
    """Binary-relevance nDCG@k of a document ranking."""
    relevant = set(gold)
    if not relevant:
        return 0.0
    dcg = sum(1 / math.log2(rank + 1) for rank, doc in enumerate(docs[:k], 1) if doc in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(relevant), k) + 1))
    return dcg / ideal


def evaluate(rank: Rank, questions: Sequence[EvalQuestion], candidates: int = 100) -> EvalReport:
    """Rank `candidates` sentences per question with `rank` and average the metrics."""
    hits = dict.fromkeys(RECALL_KS, 0)
    reciprocal = ndcg = 0.0
    with_evidence = with_cited = 0
    start = time.perf_counter()
    for q in questions:
        ranked = ranked_sentences(rank, q.text, candidates)
        if q.evidence:
            with_evidence += 1
            position = first_hit_rank(ranked, q.evidence)
            if position is not None:
                reciprocal += 1 / position
                for k in RECALL_KS:
                    hits[k] += position <= k
        if q.cited:
            with_cited += 1
            ndcg += ndcg_at_k(rank_documents(ranked), q.cited)
    elapsed = time.perf_counter() - start
    base = max(with_evidence, 1)
    return EvalReport(
        questions=len(questions),
        with_evidence=with_evidence,
        recall={k: round(hits[k] / base, 4) for k in RECALL_KS},
        mrr=round(reciprocal / base, 4),
        ndcg_at_10=round(ndcg / max(with_cited, 1), 4),
        candidates=candidates,
        ms_per_question=round(1000 * elapsed / max(len(questions), 1), 3),
    )
