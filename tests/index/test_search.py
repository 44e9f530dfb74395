"""Choosing the best sentences: the shortcuts pick what argpartition over every candidate picks."""

from __future__ import annotations

import numpy as np
import pytest
from factbot.index.retrieval.search import Searcher, SearchOptions, _top


def _argpartition_top(values: np.ndarray, k: int) -> np.ndarray:
    return np.argpartition(-values, k - 1)[:k] if k < len(values) else np.arange(len(values))


@pytest.mark.parametrize("seed", range(4))
def test_the_best_k_are_those_argpartition_picks_ties_included(seed: int) -> None:
    rng = np.random.default_rng(seed)
    for trial in range(300):
        n = int(rng.integers(1, 30_000))
        k = int(rng.integers(1, min(n, 400) + 1))
        values = rng.random(n) if trial % 2 else rng.integers(0, 40, n)  # many ties
        values = values.astype(np.float32)
        assert np.array_equal(np.sort(_top(values, k)), np.sort(_argpartition_top(values, k)))


def _searcher(starts: np.ndarray, neighbor_weight: float) -> Searcher:
    searcher = object.__new__(Searcher)  # only what choosing needs: options and document starts
    searcher.options = SearchOptions(neighbor_weight=neighbor_weight)
    searcher._starts = starts
    return searcher


@pytest.mark.parametrize("seed", range(4))
def test_candidates_left_unscored_by_their_neighbours_could_not_have_been_chosen(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 40_000
    starts = np.zeros(n + 1, dtype=bool)
    starts[np.unique(rng.integers(0, n, 4_000))] = starts[0] = starts[n] = True
    for trial in range(20):
        tied = trial % 2 == 0  # scores from a few values (ties at the k-th best), or from many
        scores = rng.integers(1, 8, n) if tied else rng.random(n) * 8
        own = np.where(rng.random(n) < 0.5, scores, 0).astype(np.float32)
        candidates = np.flatnonzero(own > 0)
        m = len(candidates)
        context = (rng.integers(0, 5, m) if tied else rng.random(m)).astype(np.float32)
        partial = own[candidates] + 3.0 * context
        weight = (0.25, 1.0, 0.0)[trial % 3]
        searcher = _searcher(starts, weight)
        k = int(rng.integers(1, 200))
        top, total = searcher._best(own, candidates, partial, k, own[candidates].max())
        full = partial + weight * searcher._neighbor_scores(own, candidates)
        expected = _argpartition_top(full, k)
        assert np.array_equal(np.sort(top), np.sort(expected))
        assert np.array_equal(total, full[top])
