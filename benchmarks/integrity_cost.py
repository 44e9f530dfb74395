"""What the index checks cost: opening an index and answering one question, as `ask` does.

Usage: python benchmarks/integrity_cost.py INDEX_DIR [--questions FILE] [--n 50]

Each round opens the index afresh (mapped, as `ask` does: its checks start from nothing),
answers one question and closes it; then a resident open (the REPL, Discord) and a full
`verify` (what `doctor` and `/reload` add). Run it with this checkout and with one that has
no checks (PYTHONPATH=that checkout, an index built by it) to compare. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from factbot.index.engine import Engine

_DEFAULT_QUESTIONS = [
    "when does the treaty take effect?",
    "How many North Korean troops have been sent to Russia?",
    "Who signed the treaty?",
]


def _questions(path: Path | None, n: int) -> list[str]:
    if path is None:
        return (_DEFAULT_QUESTIONS * n)[:n]
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [r.get("claim") or r["question"] for r in rows][:n]


def _ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50": round(statistics.median(ordered) * 1000, 2),
        "p95": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2),
    }


def measure(directory: Path, questions: list[str]) -> dict[str, object]:
    """Open + first question, per round; resident open; full verify."""
    opens, asks, totals = [], [], []
    for question in questions:
        started = time.perf_counter()
        engine = Engine(directory)
        opened = time.perf_counter()
        engine.ask(question)
        done = time.perf_counter()
        engine.close()
        opens.append(opened - started)
        asks.append(done - opened)
        totals.append(done - started)
    started = time.perf_counter()
    resident = Engine(directory, resident=True)
    resident_s = time.perf_counter() - started
    resident.close()
    engine = Engine(directory)
    started = time.perf_counter()
    engine.verify()
    verify_s = time.perf_counter() - started
    engine.close()
    return {
        "rounds": len(questions),
        "open_ms": _ms(opens),
        "first_ask_ms": _ms(asks),
        "open_and_ask_ms": _ms(totals),
        "resident_open_s": round(resident_s, 3),
        "verify_s": round(verify_s, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--questions", type=Path, default=None)
    parser.add_argument("--n", type=int, default=50)
    args = parser.parse_args()
    json.dump(measure(args.index, _questions(args.questions, args.n)), sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
