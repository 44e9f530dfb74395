"""The sentences that can rank among the best k: those of the few documents whose score leaves room.

A sentence totals its own score, `doc_weight` times its document's score, and
`neighbor_weight` times its better neighbour's own score, so no sentence of a
document totals more than `doc_weight * document + (1 + neighbor_weight) * best`,
where `best` is the best own score of any sentence. The k-th best partial score
(own plus document) among the sentences of the best-scoring documents is a floor
under the k-th best total; only the documents whose bound reaches it can hold one
of the best k. For most questions over a large index that is a few dozen documents,
so the scores of a hundred thousand matching sentences need not be gathered.
"""

from __future__ import annotations

import numpy as np

__all__ = ["DocumentRanges", "shortlist"]

_SEED_DOCUMENTS = 256  # about this many best-scoring documents' sentences give the floor
_SEED_SAMPLE = 2048  # document scores sampled to find them
_SLACK = 1e-4  # relative room in the bound for float32 rounding of the totals


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


def shortlist(
    own: np.ndarray,
    context: np.ndarray,
    sentence_doc: np.ndarray,
    ranges: DocumentRanges,
    weights: tuple[float, float],
    k: int,
    most: int,
) -> tuple[np.ndarray, np.ndarray] | None:
    """The sentences (with a positive own score) of every document that can hold one of the best
    `k`, and their own scores as float32; None when that is not known to be fewer than `most`.

    `own` is every sentence's own score (unrounded sums), `context` every document's score,
    `weights` the document and neighbour weights. The k sentences whose partial score gives
    the floor are among those returned, so at least k are.
    """
    doc_weight, neighbor_weight = weights
    if doc_weight < 0 or neighbor_weight < 0 or len(context) <= _SEED_DOCUMENTS or context.min() < 0:
        return None  # (the bound needs no term of a total below 0)
    best = float(np.float32(own.max()))  # rounding is monotone: the best rounded own score
    if best <= 0:
        return None
    seeds = ranges.sentences(_best_documents(context))
    seed_own = own[seeds].astype(np.float32)
    matching = seed_own > 0
    seed_partial = seed_own[matching] + doc_weight * context[np.asarray(sentence_doc[seeds[matching]])]
    if len(seed_partial) < k:
        return None
    floor = float(np.partition(seed_partial, len(seed_partial) - k)[len(seed_partial) - k])
    reach = doc_weight * context.astype(np.float64) + (1 + neighbor_weight) * best
    live = np.flatnonzero(reach >= floor - _SLACK * (abs(floor) + 1))
    if ranges.size(live) > most:
        return None
    ids = ranges.sentences(live)
    scores = own[ids].astype(np.float32)
    matching = scores > 0
    return ids[matching], scores[matching]


def _best_documents(context: np.ndarray) -> np.ndarray:
    """About `_SEED_DOCUMENTS` of the best-scoring documents (at most that many), found from a
    sample of the scores. Any documents give a floor; the better they score, the higher it is."""
    step = max(1, len(context) // _SEED_SAMPLE)
    sample = context[::step]
    place = max(1, len(sample) * _SEED_DOCUMENTS // len(context))
    cut = np.partition(sample, len(sample) - place)[len(sample) - place]
    chosen = context >= cut if cut > 0 else context > 0  # (few documents match: any that do)
    return np.flatnonzero(chosen)[:_SEED_DOCUMENTS]
