"""When to say "not in the sources": both errors over one table, per coverage threshold.

Usage: python benchmarks/answerability.py  (rewrites the "Answerability" section of RESULTS.md)

Each question is asked once with no coverage cut, so the answer's `coverage` (the share of
the question's weighted content terms that the best sentence states, plus `context_weight`
of those only its neighbours state) can be compared with every threshold. False "not in the
sources": answerable questions whose coverage is under the threshold. False answers:
unanswerable ones whose coverage reaches it. Questions and statements to check have a
threshold each (`min_coverage`, `min_statement_coverage`), so they have a table each:
questions of the dev set, of our own set and of every set (the dev set and every set in
benchmarks/factcheck, counted together); statements of every set (counted together), and
SciFact training claims (with gold evidence: answerable; without, SciFact's "not enough info":
not).
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factbot.index.answers.assembly import AnswerOptions
from factbot.index.answers.questions import is_statement
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index
from results import machine, markdown_table, write_section

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
FACTCHECK = ROOT / "benchmarks" / "factcheck"
SETS = {
    "dev": SHARED / "factcheck" / "dev",
    **{path.name: path for path in sorted(FACTCHECK.iterdir()) if (path / "questions.jsonl").exists()},
}
SCIFACT = SHARED / "scifact"
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
STATEMENT_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
CONTEXT_WEIGHTS = (0.0, 0.5, 0.75, 1.0)
QUESTION_SETS = ("dev", "own")  # the sets the question table shows apart (all sets are counted too)


def coverages(engine: Engine, questions: list[tuple[str, bool]]) -> list[tuple[str, float, bool]]:
    return [(text, engine.ask(text).coverage, answerable) for text, answerable in questions]


def corpora() -> dict[str, tuple[Path, list[tuple[str, bool]]]]:
    out = {}
    for name, folder in SETS.items():
        lines = (folder / "questions.jsonl").read_text().splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        out[name] = (folder / "corpus", [(r["question"], r["answerable"]) for r in rows])
    claims = [json.loads(line) for line in (SCIFACT / "claims_train.jsonl").read_text().splitlines()]
    out["scifact"] = (SCIFACT / "corpus.jsonl", [(c["claim"], bool(c.get("evidence"))) for c in claims])
    return out


def errors(got: list[tuple[float, bool]], threshold: float) -> list[str]:
    """False "not in the sources" and false answers at `threshold`, each as "n/of"."""
    answerable = [c for c, a in got if a]
    unanswerable = [c for c, a in got if not a]
    missed = sum(c < threshold for c in answerable)
    wrong = sum(c >= threshold for c in unanswerable)
    return [f"{missed}/{len(answerable)}", f"{wrong}/{len(unanswerable)}"]


def main() -> None:
    measured: dict[tuple[str, float], list[tuple[str, float, bool]]] = {}
    for name, (corpus, questions) in corpora().items():
        directory = Path(tempfile.mkdtemp())
        build_index([corpus], directory, BuildOptions())
        weights = CONTEXT_WEIGHTS if name in SETS else (AnswerOptions().context_weight,)
        for weight in weights:
            options = replace(
                AnswerOptions(), min_coverage=0.0, min_statement_coverage=0.0, context_weight=weight
            )
            engine = Engine(directory, answer=options)
            measured[(name, weight)] = coverages(engine, questions)
            engine.close()
    header = ["context_weight", "min_coverage"]
    for name in QUESTION_SETS:
        header += [f"{name} false 'not in the sources'", f"{name} false answers"]
    header += ["all sets: false 'not in the sources'", "all sets: false answers", "all sets: errors"]
    rows = []
    for weight in CONTEXT_WEIGHTS:
        for threshold in THRESHOLDS:
            row: list[object] = [weight, threshold]
            for name in QUESTION_SETS:
                asked = [(c, a) for text, c, a in measured[(name, weight)] if not is_statement(text)]
                row += errors(asked, threshold)
            every = [
                (c, a) for name in SETS for text, c, a in measured[(name, weight)] if not is_statement(text)
            ]
            missed, wrong = errors(every, threshold)
            row += [missed, wrong, int(missed.split("/")[0]) + int(wrong.split("/")[0])]
            rows.append(row)
    weight = AnswerOptions().context_weight
    fact_sets = list(SETS)
    statements = [
        (c, a) for name in fact_sets for text, c, a in measured[(name, weight)] if is_statement(text)
    ]
    scifact = [(c, a) for _, c, a in measured[("scifact", weight)]]
    statement_rows = [
        [threshold, *errors(statements, threshold), *errors(scifact, threshold)]
        for threshold in STATEMENT_THRESHOLDS
    ]
    statement_table = markdown_table(
        [
            "min_statement_coverage",
            "fact sets' statements: false 'not in the sources'",
            "fact sets' statements: false answers",
            "scifact false 'not in the sources'",
            "scifact false answers",
        ],
        statement_rows,
    )
    table = markdown_table(header, rows)
    body = (
        f"`python benchmarks/answerability.py` on {machine()}. Coverage is measured with the "
        "question's frame removed; each cell counts questions.\n\nQuestions (not statements):\n\n"
        + table
        + f"\n\nStatements to check, at context_weight {weight}: those of the fact-check sets "
        f"({', '.join(fact_sets)}, counted together) and SciFact training claims (with / without "
        "gold evidence).\n\n" + statement_table
    )
    write_section("Answerability", body)
    print(table)
    print(statement_table)


if __name__ == "__main__":
    main()
