"""BM25 engines: IDF on tiny corpora, and parity between the sparse engine and rank-bm25."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from factbot.index.ranking.analysis import Analyzer
from factbot.index.ranking.bm25 import BM25Params, RankBM25, SparseBM25, idf_values

from tests.conftest import SCIFACT, require_shared


def test_lucene_idf_stays_positive_in_a_two_document_corpus() -> None:
    df = np.array([1, 2])
    assert (idf_values(df, 2, BM25Params(idf="lucene")) > 0).all()
    # Okapi's raw IDF is negative for a term in both documents; that is why it is not the default.
    assert np.log(2 - 2 + 0.5) - np.log(2 + 0.5) < 0


def test_term_in_every_document_of_a_tiny_corpus_still_scores() -> None:
    units = [["treati", "effect"], ["treati", "ratifi"]]
    engine = SparseBM25.build(units, {}, BM25Params())
    assert (engine.score(["treati"]) > 0).all()


def test_unknown_and_empty_queries_score_zero() -> None:
    engine = SparseBM25.build([["a", "b"], ["c"]], {}, BM25Params())
    assert not engine.score([]).any()
    assert not engine.score(["zzz"]).any()


@pytest.mark.parametrize("idf", ["lucene", "okapi"])
def test_sparse_matches_rank_bm25_on_random_corpora(idf: str) -> None:
    rng = random.Random(7)
    words = [f"w{i}" for i in range(40)]
    units = [[rng.choice(words[: rng.randint(1, 40)]) for _ in range(rng.randint(0, 12))] for _ in range(200)]
    params = BM25Params(idf=idf)  # type: ignore[arg-type]
    sparse, reference = SparseBM25.build(units, {}, params), RankBM25(units, params)
    for _ in range(50):
        query = [*rng.sample(words, 3), "unknown"]
        assert np.allclose(sparse.score(query), reference.score(query), rtol=1e-5, atol=1e-6)


def test_engine_rebuilt_from_its_arrays_scores_the_same() -> None:
    vocab: dict[str, int] = {}
    engine = SparseBM25.build([["a", "b"], ["b", "c", "c"]], vocab, BM25Params())
    copies = {name: array.copy() for name, array in engine.arrays().items()}
    loaded = SparseBM25.from_arrays(copies, vocab, 2)
    assert np.allclose(loaded.score(["c", "a"]), engine.score(["c", "a"]))


def _top10(scores: np.ndarray) -> list[int]:
    order = np.lexsort((np.arange(len(scores)), -scores))
    return [int(i) for i in order[:10] if scores[i] > 0]


@pytest.mark.scifact
@pytest.mark.parametrize("idf", ["okapi", "lucene"])
def test_parity_with_rank_bm25_on_scifact_claims(idf: str) -> None:
    """Same BM25 variant and parameters: same top-10 sentences for every training claim."""
    corpus = require_shared(SCIFACT / "corpus.jsonl")
    claims = require_shared(SCIFACT / "claims_train.jsonl")
    analyzer = Analyzer()
    units = [analyzer.terms(s) for line in corpus.open() for s in json.loads(line)["sentences"]]
    params = BM25Params(idf=idf)  # type: ignore[arg-type]
    sparse, reference = SparseBM25.build(units, {}, params), RankBM25(units, params)
    questions = [json.loads(line)["claim"] for line in claims.open()]
    if idf == "lucene":
        questions = questions[::4]  # the Okapi run covers every claim; this one checks the default IDF
    for claim in questions:
        terms = analyzer.terms(claim)
        a, b = sparse.score(terms), reference.score(terms)
        assert np.allclose(a, b, rtol=1e-4, atol=1e-5), claim
        top_a, top_b = _top10(a), _top10(b)
        if top_a != top_b:  # only float ties may reorder: the scores at each rank must agree
            assert np.allclose(a[top_a], b[top_b], rtol=1e-4), claim
