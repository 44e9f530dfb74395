"""`factbot eval` run as a user would, on a tiny JSONL corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factbot.index.answers.grading import GradingReport
from factbot.index.retrieval.evaluate import EvalReport

from tests.bot.helpers import factbot
from tests.index.test_evaluate import TINY_CORPUS, TINY_QUESTIONS, write_jsonl


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    write_jsonl(tmp_path / "home" / "corpus.jsonl", TINY_CORPUS)
    write_jsonl(tmp_path / "home" / "questions.jsonl", TINY_QUESTIONS)
    return tmp_path / "home"


def test_eval_json_is_the_report_model(home: Path) -> None:
    args = ["eval", "--corpus", "corpus.jsonl", "--questions", "questions.jsonl", "--json"]
    result = factbot(home, *args)
    assert result.returncode == 0, result.stderr
    report = EvalReport.model_validate_json(result.stdout)
    assert report.questions == 5 and report.with_evidence == 4 and report.candidates == 100
    assert set(json.loads(result.stdout)["recall"]) == {"1", "5", "10"}
    assert 0 <= report.mrr <= 1 and 0 < report.ndcg_at_10 <= 1
    assert "indexed 3 documents" in result.stderr
    assert len(list((home / ".cache" / "factbot").glob("index-*"))) == 1  # one per corpus
    again = factbot(home, *args)
    assert "rebuilding" not in again.stderr
    assert EvalReport.model_validate_json(again.stdout).recall == report.recall


def test_eval_prints_a_table_and_uses_the_given_index(home: Path) -> None:
    result = factbot(
        home, "eval", "--corpus", "corpus.jsonl", "--questions", "questions.jsonl", "--index", "idx"
    )
    assert result.returncode == 0, result.stderr
    assert (home / "idx" / "CURRENT").exists()
    lines = dict(line.split(None, 1) for line in result.stdout.splitlines() if line.startswith("recall@"))
    assert set(lines) == {"recall@1", "recall@5", "recall@10"}
    assert "MRR" in result.stdout and "nDCG@10 (documents)" in result.stdout
    assert "5 (4 with evidence sentences)" in result.stdout


def test_eval_bad_questions_file_is_a_one_line_error(home: Path) -> None:
    (home / "bad.jsonl").write_text('{"claim": "x"}\n{"evidence": {}}\n')
    result = factbot(home, "eval", "--corpus", "corpus.jsonl", "--questions", "bad.jsonl")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "bad.jsonl:2" in result.stderr
    missing = factbot(home, "eval", "--corpus", "corpus.jsonl", "--questions", "nope.jsonl")
    assert missing.returncode == 2 and "cannot read questions file" in missing.stderr


def _graded_home(tmp_path: Path) -> Path:
    home = tmp_path / "graded"
    (home / "corpus").mkdir(parents=True)
    (home / "corpus" / "a.txt").write_text(
        "Bridge reopens\n\nThe Halvard Bridge reopened on Monday after repairs costing $4 million.\n"
    )
    (home / "corpus" / "b.txt").write_text(
        "Halvard crossing open again\n\nRepairs to the Halvard Bridge cost $4 million, the city said.\n"
    )
    questions = [
        {
            "id": "cost",
            "question": "How much did the Halvard Bridge repairs cost?",
            "kind": "question",
            "answerable": True,
            "answer_any": ["$4 million"],
            "top_k": 1,
            "sources": ["a.txt", "b.txt"],
            "conflict": [],
            "verdict": None,
            "note": "",
        },
        {
            "id": "mayor",
            "question": "Who is the mayor of Oslo?",
            "kind": "question",
            "answerable": True,
            "answer_any": ["mayor"],
            "top_k": 1,
            "sources": ["a.txt"],
            "conflict": None,
            "verdict": None,
            "note": "nothing answers it, so this fails",
        },
    ]
    write_jsonl(home / "questions.jsonl", questions)
    return home


def test_eval_grades_a_fact_check_set(tmp_path: Path) -> None:
    home = _graded_home(tmp_path)
    args = ["eval", "--corpus", "corpus", "--questions", "questions.jsonl"]
    table = factbot(home, *args, "--show")
    assert table.returncode == 0, table.stderr
    assert table.stdout.strip().splitlines()[-1] == "fully right 1/2 (50%)"
    assert "FAIL mayor: Who is the mayor of Oslo?" in table.stdout and "FAIL cost" not in table.stdout
    assert "grouping recall" in table.stdout and "conflict precision" in table.stdout
    assert "FAIL" not in factbot(home, *args).stdout  # failures only with --show
    report = GradingReport.model_validate_json(factbot(home, *args, "--json").stdout)
    assert [r.fully_right for r in report.results] == [True, False]
    assert report.results[0].cited == ["a.txt", "b.txt"]
