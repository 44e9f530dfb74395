"""The sentences that can rank among the best k: those of the few documents whose score leaves room.

A sentence totals its own score, `doc_weight` times its document's score, and
`neighbor_weight` times its better neighbour's own score, so no sentence of a
document totals more than `doc_weight * document + (1 + neighbor_weight) * best`,
where `best` is the best own score of any sentence. The k-th best partial score
(own plus document) among the sentences of the best-scoring documents is a floor
under the k-th best total; only the documents whose bound reaches it can hold one
of the best k. For most questions over a large index that is a few dozen documents,
so the scores of a hundred thousand matching sentences need not be gathered.

Nor need every sentence be scored: `PostingScores` reads the own scores of the
seeds' and shortlisted documents' sentences from the postings of the question's
terms, and bounds each document's sentences by the terms it holds, in place of the
best own score of all.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
from factbot.index.ranking.bm25 import SparseBM25

__all__ = ["DenseScores", "DocumentRanges", "OwnScores", "PostingScores", "shortlist"]

_SEED_DOCUMENTS = 128  # about this many best-scoring documents' sentences give the floor
_SEED_SAMPLE = 2048  # document scores sampled to find them
_SLACK = 1e-4  # relative room in the bound for float32 rounding of the totals
_ROUNDING = 1e-6  # relative room for float32 rounding of a document's weighted score


class DocumentRanges:
    """Each document's sentence ids, as the range [first, end)."""

    def __init__(self, first: np.ndarray, counts: np.ndarray) -> None:
        self.first = first.astype(np.int64)
        self.end = self.first + counts.astype(np.int64)

    def sentences(self, documents: np.ndarray) -> np.ndarray:
        """The sentence ids of `documents`, document after document."""
        starts = self.first[documents]
        lengths = self.end[documents] - starts
        before = np.cumsum(lengths) - lengths  # where each document's ids begin in the result
        return np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - before, lengths)

    def size(self, documents: np.ndarray) -> int:
        return int((self.end[documents] - self.first[documents]).sum())


class OwnScores(Protocol):
    """The sentences' own scores (unrounded sums) as the shortlist reads them."""

    def of_documents(self, documents: np.ndarray) -> np.ndarray:
        """The own score of each sentence of `documents` (ascending), document after document."""
        ...

    def most(self) -> float | np.ndarray | None:
        """No less than the own score of any sentence: one bound for all, or one per document
        (by document number); None when there is none."""
        ...


class DenseScores:
    """Own scores held for every sentence; the most is the best of them."""

    def __init__(self, own: np.ndarray, ranges: DocumentRanges) -> None:
        self.own, self._ranges = own, ranges

    def of_documents(self, documents: np.ndarray) -> np.ndarray:
        return self.own[self._ranges.sentences(documents)]

    def most(self) -> float:
        return float(np.float32(self.own.max()))  # rounding is monotone: the best rounded own score


class PostingScores:
    """Own scores read for the sentences asked for, from the postings of the question's term ids.

    A sentence scores at most the sum, over the question's terms that its document contains,
    of the most each term adds to any sentence's score (a document holds every term of its
    sentences, `store.build`): that sum is each document's `most`.
    """

    def __init__(
        self, sentences: SparseBM25, documents: SparseBM25, ids: np.ndarray, ranges: DocumentRanges
    ) -> None:
        self._sentences, self._documents, self._ranges = sentences, documents, ranges
        self._ids = ids[ids < len(sentences.indptr) - 1]

    def of_documents(self, documents: np.ndarray) -> np.ndarray:
        ranges = self._ranges
        return self._sentences.sums_in(self._ids, ranges.first[documents], ranges.end[documents])

    def most(self) -> np.ndarray | None:
        return self._documents.containing(self._ids, self._sentences.maxima(self._ids))


def shortlist(
    own: OwnScores,
    context: np.ndarray,
    sentence_doc: np.ndarray,
    ranges: DocumentRanges,
    weights: tuple[float, float],
    k: int,
    most: int,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Every sentence of the documents that can hold one of the best `k`, and their own scores
    (unrounded sums); None when that is not known to be fewer than `most` sentences.

    `context` is every document's score, `weights` the document and neighbour weights. The k
    sentences whose partial score gives the floor are among those returned, so at least k
    have a positive own score.
    """
    doc_weight, neighbor_weight = weights
    if doc_weight < 0 or neighbor_weight < 0 or len(context) <= _SEED_DOCUMENTS or context.min() < 0:
        return None  # (the bound needs no term of a total below 0)
    bound = own.most()
    if bound is None:
        return None
    top = float(np.max(bound))
    if top <= 0:
        return None
    seed_documents = _best_documents(context)
    seeds = ranges.sentences(seed_documents)
    seed_own = own.of_documents(seed_documents).astype(np.float32)
    matching = seed_own > 0
    seed_partial = seed_own[matching] + doc_weight * context[np.asarray(sentence_doc[seeds[matching]])]
    if len(seed_partial) < k:
        return None
    floor = float(np.partition(seed_partial, len(seed_partial) - k)[len(seed_partial) - k])
    least = floor - _SLACK * (abs(floor) + 1)
    # First the documents whose own score leaves room for the most any sentence can add (compared
    # with room for the float32 products), then their bound.
    room = least - (1 + neighbor_weight) * top
    near = np.flatnonzero(doc_weight * context >= room - _ROUNDING * (abs(room) + 1))
    reach = doc_weight * context[near].astype(np.float64) + (1 + neighbor_weight) * _at(bound, near)
    live = near[reach >= least]
    if ranges.size(live) > most:
        return None
    return ranges.sentences(live), own.of_documents(live)


def _at(bound: float | np.ndarray, documents: np.ndarray) -> float | np.ndarray:
    """A bound on the documents' own scores: one for all, or each one's."""
    return bound[documents] if isinstance(bound, np.ndarray) else bound


def _best_documents(context: np.ndarray) -> np.ndarray:
    """About `_SEED_DOCUMENTS` of the best-scoring documents (at most that many), found from a
    sample of the scores. Any documents give a floor; the better they score, the higher it is."""
    step = max(1, len(context) // _SEED_SAMPLE)
    sample = context[::step]
    place = max(1, len(sample) * _SEED_DOCUMENTS // len(context))
    cut = np.partition(sample, len(sample) - place)[len(sample) - place]
    chosen = context >= cut if cut > 0 else context > 0  # (few documents match: any that do)
    return np.flatnonzero(chosen)[:_SEED_DOCUMENTS]
