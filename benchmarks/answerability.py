"""When to say "not in the sources": both errors over one table, per coverage threshold.

Usage: python benchmarks/answerability.py  (rewrites the "Answerability" section of RESULTS.md)

Each question is asked once with no coverage cut, so the answer's `coverage` (the share of
the question's weighted content terms that the best sentence states, plus `context_weight`
of those only its neighbours state) can be compared with every threshold. False "not in the
sources": answerable questions of the dev set and of our own set, and SciFact training
claims with gold evidence, whose coverage is under the threshold. False answers: the
unanswerable questions of both sets, and SciFact claims without evidence (SciFact's "not
enough info"), whose coverage reaches it.
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
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index
from results import machine, markdown_table, write_section

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "bench"
SETS = {
    "dev": (SHARED / "factcheck" / "dev" / "corpus", SHARED / "factcheck" / "dev" / "questions.jsonl"),
    "own": (
        ROOT / "benchmarks" / "factcheck" / "own" / "corpus",
        ROOT / "benchmarks" / "factcheck" / "own" / "questions.jsonl",
    ),
}
SCIFACT = SHARED / "scifact"
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
CONTEXT_WEIGHTS = (0.0, 0.5, 1.0)


def coverages(engine: Engine, questions: list[tuple[str, bool]]) -> list[tuple[float, bool]]:
    return [(engine.ask(text).coverage, answerable) for text, answerable in questions]


def corpora() -> dict[str, tuple[Path, list[tuple[str, bool]]]]:
    out = {}
    for name, (corpus, path) in SETS.items():
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        out[name] = (corpus, [(r["question"], r["answerable"]) for r in rows])
    claims = [json.loads(line) for line in (SCIFACT / "claims_train.jsonl").read_text().splitlines()]
    out["scifact"] = (SCIFACT / "corpus.jsonl", [(c["claim"], bool(c.get("evidence"))) for c in claims])
    return out


def main() -> None:
    measured: dict[tuple[str, float], list[tuple[float, bool]]] = {}
    for name, (corpus, questions) in corpora().items():
        directory = Path(tempfile.mkdtemp())
        build_index([corpus], directory, BuildOptions())
        for weight in CONTEXT_WEIGHTS:
            options = replace(AnswerOptions(), min_coverage=0.0, context_weight=weight)
            engine = Engine(directory, answer=options)
            measured[(name, weight)] = coverages(engine, questions)
            engine.close()
    header = ["context_weight", "min_coverage"]
    for name in ("dev", "own", "scifact"):
        header += [f"{name} false 'not in the sources'", f"{name} false answers"]
    rows = []
    for weight in CONTEXT_WEIGHTS:
        for threshold in THRESHOLDS:
            row: list[object] = [weight, threshold]
            for name in ("dev", "own", "scifact"):
                got = measured[(name, weight)]
                answerable = [c for c, a in got if a]
                unanswerable = [c for c, a in got if not a]
                missed = sum(c < threshold for c in answerable)
                wrong = sum(c >= threshold for c in unanswerable)
                row += [f"{missed}/{len(answerable)}", f"{wrong}/{len(unanswerable)}"]
            rows.append(row)
    table = markdown_table(header, rows)
    body = (
        f"`python benchmarks/answerability.py` on {machine()}. Coverage is measured with the "
        "question's frame removed; each cell counts questions (SciFact: training claims with / "
        "without gold evidence).\n\n" + table
    )
    write_section("Answerability", body)
    print(table)


if __name__ == "__main__":
    main()
