"""Compare sentence splitters on accuracy, speed and pathological inputs.

Run from the repository root: `python benchmarks/splitters.py`. It prints a
Markdown table with, for each candidate: the share of the test table
(`tests/index/splitter_cases.json`, the same cases `tests/index/test_sentences.py`
runs) split exactly right, the share of SciFact abstracts whose gold sentence
split is reproduced, throughput in sentences per second on SciFact abstracts and
on `examples/corpus/*.txt`, and how it copes with pathological inputs (each run
in a subprocess with a timeout, so a hang cannot stall the benchmark).
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

__all__ = ["CANDIDATES", "PATHOLOGICAL", "main"]

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "index" / "splitter_cases.json"
SCIFACT = Path("/work/shared/bench/scifact/corpus.jsonl")
EXAMPLES = ROOT / "examples" / "corpus"

Span = tuple[int, int]
Splitter = Callable[[str], list[Span]]


def _factbot() -> Splitter:
    """Our rule-based splitter (index/ingest/sentences.py)."""
    sys.path.insert(0, str(ROOT))
    from factbot.index.ingest.sentences import split_spans

    return split_spans


def _pysbd() -> Splitter:
    """pysbd with character spans and no cleaning."""
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [(s.start, s.end) for s in seg.segment(text)]


def _blingfire() -> Splitter:
    """blingfire's default sentence model."""
    import blingfire

    return lambda text: list(blingfire.text_to_sentences_and_offsets(text)[1]) if text.strip() else []


def _syntok() -> Splitter:
    """syntok's segmenter, spans from its token offsets."""
    import syntok.segmenter as segmenter

    def split(text: str) -> list[Span]:
        return [
            (sent[0].offset, sent[-1].offset + len(sent[-1].value))
            for para in segmenter.analyze(text)
            for sent in para
        ]

    return split


def _nupunkt() -> Splitter:
    """nupunkt's pretrained Punkt model."""
    import nupunkt

    return nupunkt.sent_spans


def _sentencex() -> Splitter:
    """sentencex for English."""
    import sentencex

    def split(text: str) -> list[Span]:
        found = sentencex.get_sentence_boundaries("en", text)
        return [(b["start_index"], b["end_index"]) for b in found]

    return split


@dataclass(frozen=True)
class Candidate:
    """A splitter under test: its display name, PyPI name and factory."""

    name: str
    package: str
    factory: Callable[[], Splitter]


CANDIDATES = {
    c.name: c
    for c in (
        Candidate("factbot (rules)", "", _factbot),
        Candidate("pysbd", "pysbd", _pysbd),
        Candidate("blingfire", "blingfire", _blingfire),
        Candidate("syntok", "syntok", _syntok),
        Candidate("nupunkt", "nupunkt", _nupunkt),
        Candidate("sentencex", "sentencex", _sentencex),
    )
}


def _unicode_noise(n: int = 200_000) -> str:
    """Random code points (no surrogates) mixed with spaces and terminators."""
    rng = random.Random(0)
    out = []
    for _ in range(n):
        if rng.random() < 0.3:
            out.append(rng.choice(' .?!\n"”)'))
        else:
            c = rng.randrange(0x110000)
            out.append(chr(c if not 0xD800 <= c <= 0xDFFF else 0x2E))
    return "".join(out)


PATHOLOGICAL: dict[str, Callable[[], str]] = {
    "digits": lambda: "1234567890" * 10_000,
    "1MB-no-punct": lambda: ("lorem ipsum dolor sit amet " * 40_000)[:1_000_000],
    "periods": lambda: "." * 100_000,
    "spaced-periods": lambda: ". " * 100_000,
    "initials": lambda: "A. " * 50_000,
    "unicode": _unicode_noise,
}


def sentences(text: str, spans: Iterable[Span]) -> list[str]:
    """Return the stripped, non-empty sentence strings of spans."""
    return [s for a, b in spans if (s := text[a:b].strip())]


def table_accuracy(split: Splitter) -> float:
    """Share of test-table cases split exactly as expected."""
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    right = sum(sentences(c["text"], split(c["text"])) == c["expected"] for c in cases)
    return right / len(cases)


def load_scifact(limit: int) -> list[list[str]]:
    """Gold sentence lists of the first `limit` SciFact abstracts."""
    abstracts = []
    with SCIFACT.open(encoding="utf-8") as f:
        for line in f:
            gold = [s.strip() for s in json.loads(line)["sentences"] if s.strip()]
            if gold:
                abstracts.append(gold)
            if len(abstracts) >= limit:
                break
    return abstracts


def load_example_blocks() -> list[str]:
    """Non-empty lines of the example corpus, the blocks the loader would give."""
    return [
        line
        for p in sorted(EXAMPLES.glob("*.txt"))
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def scifact_scores(split: Splitter, abstracts: list[list[str]]) -> tuple[float, float]:
    """Share of abstracts split exactly as gold, and gold sentences per second."""
    texts = [" ".join(gold) for gold in abstracts]
    t0 = time.perf_counter()
    results = [split(text) for text in texts]
    elapsed = time.perf_counter() - t0
    exact = sum(sentences(t, r) == g for t, r, g in zip(texts, results, abstracts, strict=True))
    return exact / len(abstracts), sum(map(len, abstracts)) / elapsed


def examples_rate(split: Splitter, blocks: list[str], reference: int, budget: float = 1.0) -> float:
    """Sentences per second on the example corpus (sentence count from our splitter)."""
    rounds, t0 = 0, time.perf_counter()
    while rounds == 0 or time.perf_counter() - t0 < budget:
        for block in blocks:
            split(block)
        rounds += 1
    return rounds * reference / (time.perf_counter() - t0)


def run_pathological(name: str, timeout: float) -> str:
    """Run each pathological input in a subprocess; summarize failures and the slowest."""
    problems, slowest = [], 0.0
    for key in PATHOLOGICAL:
        cmd = [sys.executable, __file__, "--child", name, key]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            problems.append(f"{key}: timeout >{timeout:g} s")
            continue
        if out.returncode != 0:
            last = (out.stderr.strip().splitlines() or ["?"])[-1]
            problems.append(f"{key}: error {last[:60]}")
            continue
        result = json.loads(out.stdout)
        slowest = max(slowest, result["seconds"])
        if not result["valid"]:
            problems.append(f"{key}: invalid spans")
    summary = f"all {len(PATHOLOGICAL)} ok, max {slowest:.2f} s" if not problems else "; ".join(problems)
    return summary if not problems else f"{summary} (others max {slowest:.2f} s)"


def child(name: str, key: str) -> None:
    """Subprocess entry: split one pathological input and print timing as JSON."""
    split = CANDIDATES[name].factory()
    text = PATHOLOGICAL[key]()
    t0 = time.perf_counter()
    spans = split(text)
    seconds = time.perf_counter() - t0
    valid = all(0 <= a < b <= len(text) for a, b in spans) and all(
        b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans)
    )
    print(json.dumps({"seconds": seconds, "spans": len(spans), "valid": valid}))


def package_version(package: str) -> str:
    """Installed version of a PyPI package, or a marker for in-tree code."""
    if not package:
        return "in-tree"
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def main(argv: list[str] | None = None) -> None:
    """Measure every candidate and print the Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--abstracts", type=int, default=1000, help="SciFact abstracts to use")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per pathological input")
    parser.add_argument("--only", nargs="*", default=list(CANDIDATES), help="candidate names")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return
    abstracts, blocks = load_scifact(args.abstracts), load_example_blocks()
    reference = sum(len(_factbot()(b)) for b in blocks)
    print(
        f"SciFact: {len(abstracts)} abstracts, {sum(map(len, abstracts))} gold sentences; "
        f"examples: {len(blocks)} blocks, {reference} sentences\n"
    )
    print(
        "| library | version | table accuracy | SciFact abstracts exact | sentences/s SciFact "
        "| sentences/s examples | pathological inputs |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in args.only:
        cand = CANDIDATES[name]
        split = cand.factory()
        acc = table_accuracy(split)
        exact, rate = scifact_scores(split, abstracts)
        ex_rate = examples_rate(split, blocks, reference)
        patho = run_pathological(name, args.timeout)
        print(
            f"| {name} | {package_version(cand.package)} | {acc:.0%} | {exact:.0%} | {rate:,.0f} "
            f"| {ex_rate:,.0f} | {patho} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
