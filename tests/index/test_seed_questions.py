"""Every public seed question over the sample corpus (../shared/bench/seed_questions.jsonl)."""

from __future__ import annotations

import json

import pytest
from factbot.index.engine import Engine

from tests.conftest import SEED_QUESTIONS


def _seed_questions() -> list[dict]:
    if not SEED_QUESTIONS.exists():
        return [pytest.param({}, marks=pytest.mark.skip(reason=f"{SEED_QUESTIONS} is missing"))]
    rows = [json.loads(line) for line in SEED_QUESTIONS.read_text().splitlines() if line.strip()]
    return [pytest.param(row, id=row["question"]) for row in rows]


@pytest.mark.parametrize("seed", _seed_questions())
def test_seed_question(engine: Engine, seed: dict) -> None:
    answer = engine.ask(seed["question"])
    if not seed["answerable"]:
        assert not answer.answered and answer.quotes == []
        return
    assert answer.answered
    matching = [q for q in answer.quotes if any(e in q.text for e in seed["expect_any"])]
    assert matching, [q.text for q in answer.quotes]
    cited = {c.doc_id for q in matching for c in q.citations}
    expected = set(seed["expect_docs"])
    if "expect_docs_min" in seed:
        assert len(cited & expected) >= seed["expect_docs_min"], cited
    else:
        assert cited & expected, cited


def test_every_quote_is_an_exact_substring_of_its_documents(engine: Engine) -> None:
    for question in ("when does the treaty take effect?", "How many North Korean troops are in Russia?"):
        for quote in engine.ask(question).quotes:
            assert quote.text in engine.index.document_text(quote.citations[0].doc_id)


@pytest.mark.parametrize(
    "question",
    ["", "   ", "what is it?", "zzzyqx qqqpl", "What is the population of Brazil?", "?!"],
)
def test_empty_stopword_and_unknown_questions_are_unanswered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered and answer.quotes == []
