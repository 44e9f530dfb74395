"""Whole-answer grading on fact-check question sets (the format of FORMAT.md).

A question set is JSON Lines, one graded question per line::

    {"id", "question", "kind": "question"|"claim", "answerable", "answer_any": [...],
     "top_k", "sources": [doc_id, ...], "conflict": [...]|[]|null, "verdict": ...|null}

A question is fully right when every graded field holds: answered exactly
when `answerable`; the answering claim (the first claim whose text or one of
whose other wordings contains an `answer_any` substring, case-insensitive)
within `top_k`; that claim citing every listed source and no other (where the
sources disagree, the answering claims together); one reported conflict whose
values contain every `conflict` value, or none when `conflict` is `[]`; and the
`verdict` when one is given.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factbot.index.answers.models import Answer, Claim
from factbot.index.errors import QueryError
from factbot.index.retrieval.evaluate import json_object
from pydantic import BaseModel, Field

__all__ = [
    "GradedQuestion",
    "GradingReport",
    "QuestionResult",
    "grade",
    "grade_answer",
    "is_graded_set",
    "load_graded_questions",
]

_VERDICTS = (None, "supported", "contradicted", "disputed")


@dataclass(frozen=True, slots=True)
class GradedQuestion:
    """One question of a fact-check set, with what a right answer must hold."""

    id: str
    question: str
    kind: str
    answerable: bool
    answer_any: tuple[str, ...]
    top_k: int
    sources: frozenset[str]
    conflict: tuple[str, ...] | None
    verdict: str | None


class QuestionResult(BaseModel):
    """How one answer fared: what it got and which checks failed."""

    id: str
    question: str
    fully_right: bool
    answered: bool
    answer_rank: int | None = Field(None, description="1-based rank of the answering claim")
    cited: list[str] = Field(default_factory=list, description="documents the answering claims cite")
    conflict_reported: bool = False
    conflict_right: bool | None = None
    verdict: str | None = None
    failed: list[str] = Field(default_factory=list, description="one line per failed check")


class GradingReport(BaseModel):
    """Every figure FORMAT.md lists, over one question set; the JSON output is this model."""

    questions: int
    fully_right: int
    answered_right: float = Field(description="share answered exactly when answerable")
    rank1: float = Field(description="answerable questions whose answering claim is the first claim")
    within_top_k: float = Field(description="answerable questions whose answering claim is within top_k")
    grouping_recall: float = Field(description="micro-averaged over answerable questions")
    grouping_precision: float = Field(description="micro-averaged over answerable questions")
    conflict_precision: float = Field(description="reported conflicts that match the graded values")
    conflict_recall: float = Field(description="graded conflicts reported with every value")
    verdict_accuracy: float = Field(description="graded statements with the right verdict")
    verdicts_on_questions: int = Field(description="questions (not statements) that got a verdict")
    ms_per_question: float = 0.0
    results: list[QuestionResult] = Field(default_factory=list)


def is_graded_set(path: Path) -> bool:
    """Whether a questions file is a fact-check set (its first record has `answerable`)."""
    try:
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        record = json.loads(first) if first else None
    except (OSError, UnicodeDecodeError, ValueError):
        return False  # the SciFact reader gives the precise error
    return isinstance(record, dict) and "answerable" in record


def load_graded_questions(path: Path) -> list[GradedQuestion]:
    """Read a fact-check set; a malformed line is a QueryError naming its line and field."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read questions file {path}: {exc}") from None
    questions = [_graded(line, f"{path}:{n}") for n, line in enumerate(lines, 1) if line.strip()]
    if not questions:
        raise QueryError(f"questions file {path} holds no questions")
    return questions


def _graded(line: str, where: str) -> GradedQuestion:
    record = json_object(line, where)

    def field(name: str, check: Callable[[object], object], allowed: str, default: object = None) -> Any:
        value = record.get(name, default)
        if not check(value):
            raise QueryError(f"{where}: {name!r} must be {allowed}, got {value!r}")
        return value

    def strings(value: object) -> bool:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)

    conflict = field("conflict", lambda v: v is None or strings(v), "a list of strings or null")
    return GradedQuestion(
        id=str(field("id", lambda v: isinstance(v, str | int), "a string")),
        question=str(field("question", lambda v: isinstance(v, str) and v.strip(), "a non-empty string")),
        kind=str(field("kind", lambda v: v in ("question", "claim"), '"question" or "claim"', "question")),
        answerable=bool(field("answerable", lambda v: isinstance(v, bool), "true or false")),
        answer_any=tuple(field("answer_any", strings, "a list of strings", [])),
        top_k=int(field("top_k", lambda v: isinstance(v, int) and v >= 1, "an integer ≥ 1", 1)),
        sources=frozenset(field("sources", strings, "a list of doc ids", [])),
        conflict=None if conflict is None else tuple(conflict),
        verdict=field("verdict", lambda v: v in _VERDICTS, "supported, contradicted, disputed or null"),
    )


def grade_answer(q: GradedQuestion, answer: Answer) -> QuestionResult:
    """Check one answer against its question's graded fields."""
    failed: list[str] = []
    if answer.answered != q.answerable:
        failed.append("answered" if answer.answered else 'not answered ("not in the sources")')
    ranks = [i for i, claim in enumerate(answer.claims, 1) if _states(claim, q.answer_any)]
    rank = ranks[0] if ranks else None
    cited: set[str] = set()
    if q.answerable:
        if rank is None:
            failed.append(f"no claim contains any of {list(q.answer_any)}")
        elif rank > q.top_k:
            failed.append(f"answering claim at rank {rank}, not within {q.top_k}")
        answering = ranks if q.conflict else ranks[:1]
        cited = {c.doc_id for i in answering for c in answer.claims[i - 1].citations}
        if missing := sorted(q.sources - cited):
            failed.append(f"answering claim does not cite {missing}")
        if extra := sorted(cited - q.sources):
            failed.append(f"answering claim also cites {extra}")
    reported = bool(answer.conflicts)
    conflict_right = None
    if q.conflict is not None:
        conflict_right = _conflict_matches(answer, q.conflict) if q.conflict else not reported
        if not conflict_right:
            if q.conflict:
                failed.append(f"no conflict with every value of {list(q.conflict)}: {_conflicts(answer)}")
            else:
                failed.append(f"spurious conflict: {_conflicts(answer)}")
    verdict = answer.verdict
    if q.kind == "claim" and q.verdict is not None and verdict != q.verdict:
        failed.append(f"verdict {verdict!r}, expected {q.verdict!r}")
    if q.kind == "question" and verdict is not None:
        failed.append(f"a question got the verdict {verdict!r}")
    return QuestionResult(
        id=q.id,
        question=q.question,
        fully_right=not failed,
        answered=answer.answered,
        answer_rank=rank,
        cited=sorted(cited),
        conflict_reported=reported,
        conflict_right=conflict_right,
        verdict=verdict,
        failed=failed,
    )


def _states(claim: Claim, needles: Sequence[str]) -> bool:
    texts = [claim.text, *(w.text for w in claim.other_wordings)]
    return any(n.lower() in t.lower() for n in needles for t in texts)


def _conflict_matches(answer: Answer, expected: Sequence[str]) -> bool:
    """One reported conflict has a value containing each expected value."""
    return any(
        all(any(e.lower() in v.value.lower() for v in c.values) for e in expected) for c in answer.conflicts
    )


def _conflicts(answer: Answer) -> str:
    return (
        "; ".join(f"{c.about}: {' vs '.join(v.value for v in c.values)}" for c in answer.conflicts) or "none"
    )


def grade(ask: Callable[[str], Answer], questions: Sequence[GradedQuestion]) -> GradingReport:
    """Ask every question and compute the set's figures."""
    start = time.perf_counter()
    results = [grade_answer(q, ask(q.question)) for q in questions]
    elapsed = time.perf_counter() - start
    pairs = list(zip(questions, results, strict=True))
    answerable = [(q, r) for q, r in pairs if q.answerable]
    shared = sum(len(q.sources & set(r.cited)) for q, r in answerable)
    reported = [r for q, r in pairs if q.conflict is not None and r.conflict_reported]
    graded_conflicts = [r for q, r in pairs if q.conflict]
    statements = [(q, r) for q, r in pairs if q.kind == "claim" and q.verdict is not None]
    return GradingReport(
        questions=len(questions),
        fully_right=sum(r.fully_right for r in results),
        answered_right=_share(sum(r.answered == q.answerable for q, r in pairs), len(pairs)),
        rank1=_share(sum(r.answer_rank == 1 for _, r in answerable), len(answerable)),
        within_top_k=_share(
            sum(r.answer_rank is not None and r.answer_rank <= q.top_k for q, r in answerable),
            len(answerable),
        ),
        grouping_recall=_share(shared, sum(len(q.sources) for q, _ in answerable)),
        grouping_precision=_share(shared, sum(len(r.cited) for _, r in answerable)),
        conflict_precision=_share(sum(bool(r.conflict_right) for r in reported), len(reported)),
        conflict_recall=_share(sum(bool(r.conflict_right) for r in graded_conflicts), len(graded_conflicts)),
        verdict_accuracy=_share(sum(r.verdict == q.verdict for q, r in statements), len(statements)),
        verdicts_on_questions=sum(r.verdict is not None for q, r in pairs if q.kind == "question"),
        ms_per_question=round(1000 * elapsed / max(len(questions), 1), 3),
        results=results,
    )


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
