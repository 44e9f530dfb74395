"""Scale benchmark: factbot's default engine against rank-bm25 and bm25s at 10K-1M sentences.

Usage: python benchmarks/scale.py --sizes 10000 100000 1000000 [--work /tmp/factbot-scale]

For each size it grows SciFact to that many sentences (benchmarks/grow.py), then
runs each measurement in a fresh subprocess so that load time and RSS are a
cold process's:

- factbot: `build_index` from the raw JSONL (end to end), index size on disk,
  `Engine(...)` load time and RSS after load, and `Engine.ask` latency (answer
  assembly included) over the SciFact claims, both memory-mapped (one-shot commands)
  and resident (`resident=True`, as the REPL and the bot open it); then one new file is added to the
  corpus and the index rebuilt (incremental build).
- rank-bm25: `BM25Okapi` (Lucene IDF, factbot's sentence k1/b, factbot's analyzer
  terms, so the scoring is factbot's sentence BM25) built from the raw text,
  `get_scores` + top-10 per question. It is slow at 1M, so it runs on a
  subsample of the questions (the table says how many).
- bm25s: its own tokenizer and Snowball stemmer, `method="lucene"`, same k1/b,
  saved and loaded memory-mapped; `tokenize` + `retrieve(k=10)` per question.

Top-10 agreement compares factbot's sentence BM25 (the same scoring) with
rank-bm25 on rank-bm25's questions. The table goes into the "Scale" section of
benchmarks/RESULTS.md with the machine it ran on.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from grow import SCIFACT, grow  # noqa: E402
from results import machine, markdown_table, write_section  # noqa: E402

if TYPE_CHECKING:  # the workers import it themselves, so that load time is measured
    from factbot.index.engine import Engine

CLAIMS = SCIFACT.parent / "claims_train.jsonl"
QUESTIONS = 300
RANK_BM25_QUESTIONS = {10_000: 300, 100_000: 100, 1_000_000: 20}


def claims(n: int) -> list[str]:
    rows = [json.loads(line) for line in CLAIMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["claim"] for r in rows][:n]


def corpus_texts(corpus: Path) -> list[str]:
    """Every sentence of the grown corpus, in file and document order (factbot's sentence ids)."""
    out = []
    for part in sorted(corpus.glob("*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.extend(json.loads(line)["sentences"])
    return out


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def percentiles(ms: list[float]) -> dict[str, float]:
    p50, p95, p99 = np.percentile(ms, [50, 95, 99])
    return {"p50": float(p50), "p95": float(p95), "p99": float(p99), "n": len(ms)}


# --- workers (each runs in its own process) -----------------------------------------------------


def factbot_build(corpus: Path, work: Path) -> dict:
    from factbot.index.store.build import BuildOptions, build_index

    index_dir = work / "factbot-index"
    shutil.rmtree(index_dir, ignore_errors=True)
    start = time.perf_counter()
    report = build_index([corpus], index_dir, BuildOptions())
    seconds = time.perf_counter() - start
    return {
        "sentences": report.sentences,
        "build_s": seconds,
        "build_peak_mb": peak_mb(),
        "size_mb": dir_mb(index_dir),
    }


def factbot_incremental(corpus: Path, work: Path) -> dict:
    """Add one new file of 200 documents with new sentences and rebuild the existing index.

    The new sentences are the first part's sentences with their words reversed, so none of
    them can be reused from the previous build.
    """
    from factbot.index.store.build import BuildOptions, build_index

    first = sorted(corpus.glob("part-*.jsonl"))[0]
    added = corpus / "zz-added.jsonl"
    lines = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()[:200]]
    new = [
        {**d, "id": f"{d['id']}-added", "sentences": [" ".join(s.split()[::-1]) for s in d["sentences"]]}
        for d in lines
    ]
    added.write_text("".join(json.dumps(d) + "\n" for d in new))
    try:
        start = time.perf_counter()
        build_index([corpus], work / "factbot-index", BuildOptions())
        return {"incremental_s": time.perf_counter() - start}
    finally:
        added.unlink()


def ask_latencies(engine: Engine, questions: list[str]) -> list[float]:
    """Milliseconds per `engine.ask`, after five warm-up questions."""
    for q in questions[:5]:
        engine.ask(q)
    ms = []
    for q in questions:
        t = time.perf_counter()
        engine.ask(q)
        ms.append(1000 * (time.perf_counter() - t))
    return ms


def factbot_query(corpus: Path, work: Path, rank_questions: int) -> dict:
    from factbot.index.engine import Engine
    from factbot.index.retrieval.search import Searcher, SearchOptions
    from factbot.index.store.reader import StoredIndex

    before = rss_mb()
    start = time.perf_counter()
    engine = Engine(work / "factbot-index")
    load_s = time.perf_counter() - start
    after_load = rss_mb()
    questions = claims(QUESTIONS)
    ms = ask_latencies(engine, questions)
    engine.close()
    searcher = Searcher(StoredIndex(work / "factbot-index"), SearchOptions())  # raw sentence BM25 scores
    top = [_top10(searcher.sentences.score(searcher.analyzer.terms(q))) for q in questions[:rank_questions]]
    np.save(work / "factbot-top10.npy", np.asarray(top))
    return {"load_s": load_s, "rss_mb": after_load, "rss_before_mb": before, "ask_ms": percentiles(ms)}


def factbot_resident(corpus: Path, work: Path) -> dict:
    """Open the index as the REPL and the Discord bot do: arrays read into memory and checked."""
    from factbot.index.engine import Engine

    start = time.perf_counter()
    engine = Engine(work / "factbot-index", resident=True)
    load_s = time.perf_counter() - start
    after_load = rss_mb()
    ms = ask_latencies(engine, claims(QUESTIONS))
    return {"resident_load_s": load_s, "resident_rss_mb": after_load, "resident_ask_ms": percentiles(ms)}


def rank_bm25_run(corpus: Path, work: Path, rank_questions: int) -> dict:
    from factbot.index.ranking.analysis import Analyzer
    from factbot.index.ranking.bm25 import RankBM25
    from factbot.index.store.build import BuildOptions

    start = time.perf_counter()
    analyzer = Analyzer()
    engine = RankBM25(analyzer.terms_many(corpus_texts(corpus)), BuildOptions().bm25)
    build_s = time.perf_counter() - start
    ms, top = [], []
    for q in claims(rank_questions):
        t = time.perf_counter()
        scores = engine.score(analyzer.terms(q))
        top.append(_top10(scores))
        ms.append(1000 * (time.perf_counter() - t))
    mine = np.load(work / "factbot-top10.npy")
    agreement = float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(mine, top, strict=True)]))
    return {"build_s": build_s, "rss_mb": rss_mb(), "query_ms": percentiles(ms), "agreement": agreement}


def bm25s_build(corpus: Path, work: Path) -> dict:
    import bm25s
    import Stemmer
    from factbot.index.store.build import BuildOptions

    params = BuildOptions().bm25
    start = time.perf_counter()
    tokens = bm25s.tokenize(
        corpus_texts(corpus), stopwords="en", stemmer=Stemmer.Stemmer("english"), show_progress=False
    )
    retriever = bm25s.BM25(method="lucene", k1=params.k1, b=params.b)
    retriever.index(tokens, show_progress=False)
    build_s = time.perf_counter() - start
    shutil.rmtree(work / "bm25s-index", ignore_errors=True)
    retriever.save(work / "bm25s-index")
    return {"build_s": build_s, "build_peak_mb": peak_mb(), "size_mb": dir_mb(work / "bm25s-index")}


def bm25s_query(corpus: Path, work: Path) -> dict:
    import bm25s
    import Stemmer

    start = time.perf_counter()
    retriever = bm25s.BM25.load(work / "bm25s-index", mmap=True, show_progress=False)
    load_s = time.perf_counter() - start
    after_load = rss_mb()
    stemmer = Stemmer.Stemmer("english")
    ms = []
    questions = claims(QUESTIONS)
    for q in questions[:5] + questions:
        t = time.perf_counter()
        tokens = bm25s.tokenize([q], stopwords="en", stemmer=stemmer, return_ids=False, show_progress=False)
        known = [[t for t in tokens[0] if t in retriever.vocab_dict]]
        if known[0]:
            retriever.retrieve(known, k=10, show_progress=False, n_threads=1)
        ms.append(1000 * (time.perf_counter() - t))
    return {"load_s": load_s, "rss_mb": after_load, "query_ms": percentiles(ms[5:])}


def _top10(scores: np.ndarray) -> list[int]:
    k = min(10, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    return [int(i) for i in top[np.argsort(-scores[top], kind="stable")]]


WORKERS = {
    "factbot_build": factbot_build,
    "factbot_incremental": factbot_incremental,
    "factbot_query": factbot_query,
    "factbot_resident": factbot_resident,
    "rank_bm25": rank_bm25_run,
    "bm25s_build": bm25s_build,
    "bm25s_query": bm25s_query,
}


def run_worker(name: str, corpus: Path, work: Path, *extra: int) -> dict:
    """Run one worker in a fresh Python process and return its JSON result."""
    cmd = [sys.executable, __file__, "--worker", name, "--corpus", str(corpus), "--work", str(work)]
    cmd += [str(e) for e in extra]
    print(f"  {name} ...", file=sys.stderr, flush=True)
    result = subprocess.run(
        cmd, capture_output=True, text=True, check=False, env={**os.environ, "PYTHONHASHSEED": "0"}
    )
    if result.returncode:
        raise SystemExit(f"{name} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(size: int, work: Path) -> dict:
    corpus = grow(size, work / f"corpus-{size}")
    out = work / f"run-{size}"
    out.mkdir(parents=True, exist_ok=True)
    n_rank = RANK_BM25_QUESTIONS.get(size, 20)
    row = {"size": size}
    row["factbot"] = run_worker("factbot_build", corpus, out)
    row["factbot"] |= run_worker("factbot_query", corpus, out, n_rank)
    row["factbot"] |= run_worker("factbot_resident", corpus, out)
    row["factbot"] |= run_worker("factbot_incremental", corpus, out)
    row["bm25s"] = run_worker("bm25s_build", corpus, out) | run_worker("bm25s_query", corpus, out)
    row["rank_bm25"] = run_worker("rank_bm25", corpus, out, n_rank)
    (out / "result.json").write_text(json.dumps(row, indent=2))
    return row


def table(rows: list[dict]) -> str:
    header = ["metric"] + [f"{r['size']:,} sentences" for r in rows]

    def line(name: str, fn) -> list[object]:
        return [name] + [fn(r) for r in rows]

    f, s, k = (lambda r: r["factbot"]), (lambda r: r["bm25s"]), (lambda r: r["rank_bm25"])
    lines = [
        line("factbot build (sentences/s)", lambda r: f"{r['size'] / f(r)['build_s']:,.0f}"),
        line("bm25s build (sentences/s)", lambda r: f"{r['size'] / s(r)['build_s']:,.0f}"),
        line("rank-bm25 build (sentences/s)", lambda r: f"{r['size'] / k(r)['build_s']:,.0f}"),
        line("factbot build peak RSS (MB)", lambda r: f"{f(r)['build_peak_mb']:,.0f}"),
        line(
            "factbot add 200 new documents, rebuild (s)",
            lambda r: f"{f(r)['incremental_s']:.1f} (full {f(r)['build_s']:.1f})",
        ),
        line("index size factbot / bm25s (MB)", lambda r: f"{f(r)['size_mb']:,.0f} / {s(r)['size_mb']:,.0f}"),
        line("load factbot / bm25s (s)", lambda r: f"{f(r)['load_s']:.2f} / {s(r)['load_s']:.2f}"),
        line(
            "RSS after load factbot / bm25s (MB)", lambda r: f"{f(r)['rss_mb']:,.0f} / {s(r)['rss_mb']:,.0f}"
        ),
        line("factbot ask p50 / p95 / p99 (ms)", lambda r: _p(f(r)["ask_ms"])),
        line(
            "factbot resident (REPL, Discord): load (s) / RSS (MB)",
            lambda r: f"{f(r)['resident_load_s']:.2f} / {f(r)['resident_rss_mb']:,.0f}",
        ),
        line("factbot resident ask p50 / p95 / p99 (ms)", lambda r: _p(f(r)["resident_ask_ms"])),
        line("bm25s tokenize+retrieve p50 / p95 / p99 (ms)", lambda r: _p(s(r)["query_ms"])),
        line("rank-bm25 get_scores+top10 p50 / p95 / p99 (ms)", lambda r: _p(k(r)["query_ms"])),
        line("rank-bm25 questions measured", lambda r: k(r)["query_ms"]["n"]),
        line(
            "rank-bm25 p50 ÷ factbot ask p50",
            lambda r: f"{k(r)['query_ms']['p50'] / f(r)['ask_ms']['p50']:,.1f}×",
        ),
        line(
            "factbot ask p50 ÷ bm25s p50", lambda r: f"{f(r)['ask_ms']['p50'] / s(r)['query_ms']['p50']:.2f}×"
        ),
        line("top-10 agreement with rank-bm25", lambda r: f"{k(r)['agreement']:.3f}"),
    ]
    return markdown_table(header, lines)


def _p(d: dict) -> str:
    return f"{d['p50']:.2f} / {d['p95']:.2f} / {d['p99']:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/factbot-scale"))
    parser.add_argument("--worker", choices=sorted(WORKERS))
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("extra", type=int, nargs="*")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args.corpus, args.work, *args.extra)))
        return
    rows = []
    for size in args.sizes:
        print(f"{size:,} sentences", file=sys.stderr, flush=True)
        rows.append(measure(size, args.work))
    command = f"python benchmarks/scale.py --sizes {' '.join(map(str, args.sizes))}"
    body = f"`{command}` on {machine()}.\n\n{table(rows)}"
    write_section("Scale", body)
    print(table(rows))


if __name__ == "__main__":
    main()
