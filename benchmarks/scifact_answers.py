"""What answer assembly does to SciFact: unanswered claims and gold sentences among the claims shown.

Usage: python benchmarks/scifact_answers.py [--limit N]  (a minute or two; rewrites the
"Answers on SciFact" section of benchmarks/RESULTS.md. With --limit only the first N
training claims are used and the table is printed, not written.)

Data: ../shared/bench/scifact (corpus.jsonl, claims_train.jsonl), read in place.
Each claim is asked as `factbot ask --json --max-quotes 10` asks it (`Engine.ask`
with `max_quotes=10`, default options). A claim with gold evidence is a hit at k
when a gold sentence (doc_id, sentence index) is cited by one of the first k
claims of the answer, in its best wording or one of its other wordings. The
ranking's own recall (`factbot eval`) on the same claims is printed beside it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factbot.index.answers.models import Answer, Claim
from factbot.index.engine import Engine
from factbot.index.retrieval.evaluate import EvalQuestion, EvalReport, evaluate, load_questions
from factbot.index.store.build import BuildOptions, build_index
from results import machine, markdown_table, write_section

SCIFACT = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "scifact"
MAX_QUOTES = 10
KS = (1, 5, 10)

SentenceKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Measured:
    """What the answers did to one set of claims."""

    with_evidence: int
    without_evidence: int
    unanswered_with: int
    unanswered_without: int
    hits: dict[int, int]  # claims with a gold sentence among the first k claims shown
    ms_per_claim: float


def shown(claims: Sequence[Claim]) -> set[SentenceKey]:
    """Every (doc_id, sentence) the claims cite, in their best wordings and their other wordings."""
    out = set()
    for claim in claims:
        citations = [*claim.citations, *(c for w in claim.other_wordings for c in w.citations)]
        out.update((c.doc_id, c.sentence) for c in citations)
    return out


def first_hit(answer: Answer, gold: frozenset[SentenceKey]) -> int | None:
    """1-based position of the first claim citing a gold sentence, or None."""
    return next((n for n, claim in enumerate(answer.claims, 1) if shown([claim]) & gold), None)


def measure(engine: Engine, questions: Sequence[EvalQuestion]) -> Measured:
    """Ask every claim once and count unanswered ones and hits at each k."""
    hits = dict.fromkeys(KS, 0)
    unanswered = {True: 0, False: 0}
    start = time.perf_counter()
    for q in questions:
        answer = engine.ask(q.text, max_quotes=MAX_QUOTES)
        has_evidence = bool(q.evidence)
        unanswered[has_evidence] += not answer.answered
        if has_evidence:
            rank = first_hit(answer, q.evidence)
            for k in KS:
                hits[k] += rank is not None and rank <= k
    elapsed = time.perf_counter() - start
    with_evidence = sum(bool(q.evidence) for q in questions)
    return Measured(
        with_evidence=with_evidence,
        without_evidence=len(questions) - with_evidence,
        unanswered_with=unanswered[True],
        unanswered_without=unanswered[False],
        hits=hits,
        ms_per_claim=1000 * elapsed / max(len(questions), 1),
    )


def table(m: Measured, ranking: EvalReport) -> str:
    """The measures as one Markdown table."""

    def share(count: int, base: int) -> str:
        return f"{count / max(base, 1):.4f} ({count}/{base})"

    rows: list[list[object]] = [
        ["unanswered, claims with gold evidence", share(m.unanswered_with, m.with_evidence)],
        [
            "unanswered, claims without evidence (not enough info)",
            share(m.unanswered_without, m.without_evidence),
        ],
    ]
    rows += [[f"sentence recall@{k} of the claims shown", share(m.hits[k], m.with_evidence)] for k in KS]
    rows += [[f"ranking's sentence recall@{k} (`factbot eval`)", ranking.recall[k]] for k in KS]
    rows.append(["ms per claim (`Engine.ask`)", f"{m.ms_per_claim:.1f}"])
    return markdown_table(["measure", "value"], rows)


def method(questions: int, with_evidence: int) -> str:
    return (
        f"`python benchmarks/scifact_answers.py` on {machine()}. SciFact training claims ({questions}; "
        f"{with_evidence} with gold evidence sentences), each asked as `factbot ask --json "
        f"--max-quotes {MAX_QUOTES}` asks it (`Engine.ask`, default options, index built with "
        "`BuildOptions()`). Unanswered: the answer's `answered` is false (the best sentence and its "
        "neighbours cover less than `min_coverage` of the claim's weight). Sentence recall@k of the "
        "claims shown: a claim with gold evidence counts when a gold sentence (doc_id, sentence "
        "index) is cited by one of the first k claims of the answer, in its best wording or one of "
        "its other wordings; an unanswered claim shows none. The ranking's recall is what `factbot "
        "eval` reports on the same claims (`Searcher.search`, 100 sentences, no answer-assembly cut)."
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N claims; print, do not write"
    )
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error(f"--limit must be at least 1, got {args.limit}")
    questions = load_questions(SCIFACT / "claims_train.jsonl")[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        build_index([SCIFACT / "corpus.jsonl"], Path(tmp) / "index", BuildOptions())
        engine = Engine(Path(tmp) / "index")
        try:
            measured = measure(engine, questions)
            ranking = evaluate(engine.rank, questions)
        finally:
            engine.close()
    body = table(measured, ranking)
    print(body, flush=True)
    if args.limit is None:
        write_section("Answers on SciFact", f"{method(len(questions), measured.with_evidence)}\n\n{body}")


if __name__ == "__main__":
    main()
