"""The shortlist of documents that can hold a best hit: it keeps every sentence that could rank,
and search with it returns what search over every candidate returns."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from factbot.index.retrieval.search import Searcher, SearchOptions
from factbot.index.retrieval.shortlist import DocumentRanges, shortlist


def _corpus(rng: np.random.Generator, n_docs: int) -> tuple[DocumentRanges, np.ndarray, np.ndarray]:
    """Documents of 1 to 30 sentences: their ranges, each sentence's document, and document starts."""
    counts = rng.integers(1, 31, n_docs)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    sentence_doc = np.repeat(np.arange(n_docs), counts).astype(np.int32)
    starts = np.zeros(int(counts.sum()) + 1, dtype=bool)
    starts[first] = starts[-1] = True
    return DocumentRanges(first, counts), sentence_doc, starts


def _scores(rng: np.random.Generator, n: int, n_docs: int, tied: bool) -> tuple[np.ndarray, np.ndarray]:
    """Own scores (float64 sums, most 0) and document scores, from few values (ties) or many."""
    values = rng.integers(1, 6, n).astype(np.float64) if tied else rng.random(n) * 8
    own = np.where(rng.random(n) < rng.choice([0.02, 0.3, 0.9]), values, 0.0)
    context = (rng.integers(0, 4, n_docs) if tied else rng.random(n_docs) ** 4 * 20).astype(np.float32)
    return own, context


def _searcher(sentence_doc: np.ndarray, ranges: DocumentRanges, starts: np.ndarray) -> Searcher:
    searcher = object.__new__(Searcher)  # only what choosing needs
    searcher.options = SearchOptions()
    searcher.stored = SimpleNamespace(sentence_doc=sentence_doc)
    searcher._ranges = ranges
    searcher._starts = starts
    return searcher


@pytest.mark.parametrize("seed", range(4))
def test_every_sentence_that_could_rank_is_shortlisted(seed: int) -> None:
    rng = np.random.default_rng(seed)
    ranges, sentence_doc, starts = _corpus(rng, 2_000)
    searcher = _searcher(sentence_doc, ranges, starts)
    for trial in range(30):
        own, context = _scores(rng, len(sentence_doc), 2_000, tied=trial % 2 == 0)
        candidates = np.flatnonzero(own > 0)
        if not len(candidates):
            continue
        k = int(rng.integers(1, min(len(candidates), 300) + 1))
        own_scores = own[candidates].astype(np.float32)
        total = own_scores + 3.0 * context[sentence_doc[candidates]]
        total += 0.25 * searcher._neighbor_scores(own, candidates)
        kth = np.sort(total)[-k]
        found = shortlist(own, context, sentence_doc, ranges, (3.0, 0.25), k, len(own))
        if found is None:
            continue
        kept, kept_scores = found
        assert set(candidates[total >= kth].tolist()) <= set(kept.tolist())
        assert np.array_equal(kept_scores, own[kept].astype(np.float32))


@pytest.mark.parametrize("seed", range(4))
def test_search_with_the_shortlist_finds_what_search_over_every_candidate_finds(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    ranges, sentence_doc, starts = _corpus(rng, 2_000)
    searcher = _searcher(sentence_doc, ranges, starts)
    for trial in range(30):
        own, context = _scores(rng, len(sentence_doc), 2_000, tied=trial % 3 == 0)
        candidates = np.flatnonzero(own > 0)
        if not len(candidates):
            continue
        k = int(rng.integers(1, 200))
        hits = searcher._best_shortlisted(own, context, k)
        if hits is None:  # many documents can rank, or the k-th best is tied: every candidate is scored
            continue
        own_scores = own[candidates].astype(np.float32)
        partial = own_scores + 3.0 * context[sentence_doc[candidates]]
        top, total = searcher._best(own, candidates, partial, min(k, len(candidates)), own_scores.max())
        order = np.lexsort((candidates[top], -total))
        assert [h.sentence_id for h in hits] == candidates[top][order].tolist()
        assert [h.score for h in hits] == total[order].tolist()
        assert [h.sentence_score for h in hits] == own_scores[top][order].tolist()
