"""Grading whole answers against a fact-check question set (FORMAT.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factbot.index.answers.grading import (
    GradedQuestion,
    grade,
    grade_answer,
    is_graded_set,
    load_graded_questions,
)
from factbot.index.answers.models import Answer, Citation, Claim, Conflict, ConflictValue, Wording
from factbot.index.errors import QueryError


def _cite(doc: str) -> Citation:
    return Citation(doc_id=doc, sentence=0)


def _claim(text: str, *docs: str, wordings: tuple[str, ...] = ()) -> Claim:
    return Claim(
        text=text,
        score=1.0,
        citations=[_cite(d) for d in docs],
        sources_count=len(docs),
        other_wordings=[Wording(text=w, citations=[_cite(docs[0])]) for w in wordings],
    )


def _question(**fields: object) -> GradedQuestion:
    base: dict[str, object] = {
        "id": "q1",
        "question": "How many?",
        "kind": "question",
        "answerable": True,
        "answer_any": ("12 officers",),
        "top_k": 1,
        "sources": frozenset({"a", "b"}),
        "conflict": (),
        "verdict": None,
    }
    base.update(fields)
    return GradedQuestion(**base)  # type: ignore[arg-type]


def _answer(*claims: Claim, conflicts: tuple[Conflict, ...] = ()) -> Answer:
    return Answer(question="How many?", answered=True, claims=list(claims), conflicts=list(conflicts))


def test_a_complete_answer_is_fully_right() -> None:
    result = grade_answer(_question(), _answer(_claim("Twelve... 12 officers came.", "a", "b")))
    assert result.fully_right and result.failed == [] and result.answer_rank == 1


def test_the_answering_claim_may_match_through_another_wording_case_insensitively() -> None:
    claim = _claim("Police came.", "a", "b", wordings=("Some 12 OFFICERS came.",))
    assert grade_answer(_question(), _answer(claim)).fully_right


def test_rank_missing_and_extra_sources_each_fail() -> None:
    answer = _answer(_claim("Police came.", "a"), _claim("12 officers came.", "a", "c"))
    result = grade_answer(_question(), answer)
    assert result.answer_rank == 2 and not result.fully_right
    assert any("rank 2" in f for f in result.failed)
    assert any("does not cite ['b']" in f for f in result.failed)
    assert any("also cites ['c']" in f for f in result.failed)
    assert grade_answer(_question(top_k=2, sources=frozenset({"a", "c"})), answer).fully_right


def test_unanswerable_questions_must_be_unanswered() -> None:
    q = _question(answerable=False, answer_any=(), sources=frozenset(), conflict=None)
    assert grade_answer(q, Answer(question="x", answered=False)).fully_right
    assert grade_answer(q, _answer(_claim("12 officers came.", "a"))).failed == ["answered"]


def test_conflicts_are_graded_only_when_asked_and_need_every_value() -> None:
    spread = Conflict(
        about="officers",
        values=[
            ConflictValue(value="12", citations=[_cite("a")]),
            ConflictValue(value="about 10", citations=[_cite("c")]),
        ],
    )
    claims = (_claim("12 officers came.", "a", "b"), _claim("About 10 officers came.", "c"))
    agreeing = grade_answer(_question(), _answer(*claims, conflicts=(spread,)))
    assert not agreeing.fully_right and any("spurious conflict" in f for f in agreeing.failed)
    # Where the sources disagree the answering claims together must cite every source.
    q = _question(
        conflict=("12", "10"), answer_any=("12 officers", "10 officers"), sources=frozenset({"a", "b", "c"})
    )
    assert grade_answer(q, _answer(*claims, conflicts=(spread,))).fully_right
    assert not grade_answer(q, _answer(*claims)).fully_right
    assert not grade_answer(
        _question(conflict=("12", "9")), _answer(*claims, conflicts=(spread,))
    ).fully_right
    assert grade_answer(_question(conflict=None), _answer(claims[0], conflicts=(spread,))).fully_right


def test_a_graded_statement_needs_its_verdict() -> None:
    q = _question(kind="claim", verdict="supported")
    result = grade_answer(q, _answer(_claim("12 officers came.", "a", "b")))
    assert result.failed == ["verdict None, expected 'supported'"]


def test_grade_computes_the_set_figures() -> None:
    questions = [
        _question(id="right"),
        _question(id="wrong-rank", sources=frozenset({"a"})),
        _question(id="unanswerable", answerable=False, answer_any=(), sources=frozenset(), conflict=None),
    ]
    answers = {
        "right": _answer(_claim("12 officers came.", "a", "b")),
        "wrong-rank": _answer(_claim("Police came.", "a"), _claim("12 officers came.", "a", "c")),
        "unanswerable": Answer(question="x", answered=False),
    }
    by_text = {q.id: answers[q.id] for q in questions}
    order = iter(questions)
    report = grade(lambda _text: by_text[next(order).id], questions)
    assert report.questions == 3 and report.fully_right == 2
    assert report.answered_right == 1.0 and report.rank1 == 0.5 and report.within_top_k == 0.5
    assert report.grouping_recall == 1.0  # a, b of "right"; a of "wrong-rank"
    assert report.grouping_precision == pytest.approx(3 / 4)


def test_a_set_is_told_from_scifact_claims_by_its_fields(tmp_path: Path) -> None:
    graded = tmp_path / "set.jsonl"
    graded.write_text(json.dumps({"id": "x", "question": "When?", "answerable": False}) + "\n")
    scifact = tmp_path / "claims.jsonl"
    scifact.write_text(json.dumps({"claim": "x", "evidence": {}, "cited_doc_ids": []}) + "\n")
    assert is_graded_set(graded) and not is_graded_set(scifact)
    (q,) = load_graded_questions(graded)
    assert q.top_k == 1 and q.kind == "question" and q.conflict is None and q.sources == frozenset()


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ('{"id": "x", "question": "", "answerable": true}', "'question'"),
        ('{"id": "x", "question": "Q?", "answerable": "yes"}', "'answerable'"),
        ('{"id": "x", "question": "Q?", "answerable": true, "top_k": 0}', "'top_k'"),
        ('{"id": "x", "question": "Q?", "answerable": true, "verdict": "maybe"}', "'verdict'"),
        ('{"id": "x", "question": "Q?", "answerable": true, "sources": "a"}', "'sources'"),
        ("[1]", "expected a JSON object"),
    ],
)
def test_a_malformed_line_names_its_line_and_field(tmp_path: Path, line: str, named: str) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "ok", "question": "Q?", "answerable": false}\n' + line + "\n")
    with pytest.raises(QueryError, match=f"set.jsonl:2: .*{named}"):
        load_graded_questions(path)


SETS = sorted((Path(__file__).resolve().parents[2] / "benchmarks" / "factcheck").glob("*/questions.jsonl"))


@pytest.mark.parametrize("path", SETS, ids=[p.parent.name for p in SETS])
def test_every_benchmark_set_loads_and_cites_documents_of_its_corpus(path: Path) -> None:
    corpus = path.parent / "corpus"
    doc_ids = {str(p.relative_to(corpus)) for p in corpus.rglob("*") if p.is_file()}
    for wire in corpus.rglob("*.jsonl"):
        doc_ids |= {
            json.loads(line)["id"] for line in wire.read_text(encoding="utf-8").splitlines() if line.strip()
        }
    questions = load_graded_questions(path)
    assert questions
    for q in questions:
        assert set(q.sources) <= doc_ids, (q.id, set(q.sources) - doc_ids)
