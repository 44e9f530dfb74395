"""The shortlist of documents that can hold a best hit: it keeps every sentence that could rank,
and search with it returns what search over every candidate returns, whether the sentences' own
scores are summed for all of them or read from the postings of the question's terms."""

from __future__ import annotations

from itertools import chain
from types import SimpleNamespace

import numpy as np
import pytest
from factbot.index.ranking.bm25 import BM25Params, SparseBM25
from factbot.index.retrieval.search import Searcher, SearchOptions
from factbot.index.retrieval.shortlist import DenseScores, DocumentRanges, PostingScores, shortlist


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
        found = shortlist(DenseScores(own, ranges), context, sentence_doc, ranges, (3.0, 0.25), k, len(own))
        if found is None:
            continue
        kept, kept_sums = found
        assert set(candidates[total >= kth].tolist()) <= set(kept.tolist())
        assert np.array_equal(kept_sums, own[kept])


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
        hits = searcher._best_shortlisted(DenseScores(own, ranges), context, k)
        if hits is None:  # many documents can rank, or the k-th best is tied: every candidate is scored
            continue
        own_scores = own[candidates].astype(np.float32)
        partial = own_scores + 3.0 * context[sentence_doc[candidates]]
        top, total = searcher._best(own, candidates, partial, min(k, len(candidates)), own_scores.max())
        order = np.lexsort((candidates[top], -total))
        assert [h.sentence_id for h in hits] == candidates[top][order].tolist()
        assert [h.score for h in hits] == total[order].tolist()
        assert [h.sentence_score for h in hits] == own_scores[top][order].tolist()


def _engines(
    rng: np.random.Generator, n_docs: int, vocabulary: int
) -> tuple[SparseBM25, SparseBM25, DocumentRanges, np.ndarray, np.ndarray]:
    """Sentence and document engines over random sentences (a document's terms are its sentences'
    and a few of its own, as a title's), their document ranges, sentence documents and starts."""
    counts = rng.integers(1, 12, n_docs)
    sentences = [rng.integers(0, vocabulary, rng.integers(1, 15)).tolist() for _ in range(int(counts.sum()))]
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    documents = [
        [*chain.from_iterable(sentences[f : f + c]), *rng.integers(0, vocabulary, 2).tolist()]
        for f, c in zip(first.tolist(), counts.tolist(), strict=True)
    ]
    vocab = {str(t): t for t in range(vocabulary)}
    engines = [
        SparseBM25.from_term_ids(
            np.fromiter(chain.from_iterable(units), dtype=np.int64),
            np.array([len(u) for u in units]),
            vocabulary,
            vocab,
            params,
        )
        for units, params in ((sentences, BM25Params(k1=1.2, b=0.5)), (documents, BM25Params()))
    ]
    sentence_doc = np.repeat(np.arange(n_docs), counts).astype(np.int32)
    starts = np.zeros(len(sentences) + 1, dtype=bool)
    starts[first] = starts[-1] = True
    return engines[0], engines[1], DocumentRanges(first, counts), sentence_doc, starts


@pytest.mark.parametrize("seed", range(3))
def test_scores_read_from_the_postings_are_the_summed_ones(seed: int) -> None:
    rng = np.random.default_rng(200 + seed)
    sentences, documents, ranges, _, _ = _engines(rng, 400, 300)
    for _ in range(20):
        ids = rng.integers(0, 300, rng.integers(1, 12))
        own = sentences.sum_ids(ids)
        read = PostingScores(sentences, documents, ids, ranges)
        chosen = np.flatnonzero(rng.random(400) < rng.choice([0.02, 0.3, 1.0]))
        assert np.array_equal(read.of_documents(chosen), own[ranges.sentences(chosen)])  # the same float64
        most = read.most()
        assert most is not None
        assert np.all(np.maximum.reduceat(own, ranges.first) <= most)


def test_postings_give_no_bound_for_a_term_outside_the_documents() -> None:
    rng = np.random.default_rng(7)
    sentences, documents, ranges, _, _ = _engines(rng, 300, 50)
    narrower = SparseBM25(documents.vocab, documents.data, documents.indices, documents.indptr[:-5], 300)
    assert PostingScores(sentences, narrower, np.array([1, 48]), ranges).most() is None


@pytest.mark.parametrize("seed", range(3))
def test_search_with_scores_read_from_the_postings_finds_what_it_finds_with_summed_ones(seed: int) -> None:
    rng = np.random.default_rng(300 + seed)
    sentences, documents, ranges, sentence_doc, starts = _engines(rng, 1_500, 200)
    searcher = _searcher(sentence_doc, ranges, starts)
    read_some = 0
    for _ in range(30):
        ids = rng.integers(0, 200, rng.integers(1, 10))
        context = documents.score_ids(ids)
        k = int(rng.integers(1, 100))
        read = searcher._best_shortlisted(PostingScores(sentences, documents, ids, ranges), context, k)
        summed = searcher._best_shortlisted(DenseScores(sentences.sum_ids(ids), ranges), context, k)
        if read is not None:
            read_some += 1
            assert read == summed
    assert read_some
