"""Pseudo-relevance feedback (RM3): expand a question with the top documents' terms.

RM3 (Lavrenko and Croft's relevance model, as in Anserini and Pyserini): take the
`docs` best documents of a first pass, weigh each by its share of their scores,
estimate P(t|R) = sum_D w(D) * tf(t, D) / |D|, keep the `terms` most likely terms,
and mix them with the question: each original term keeps weight 1 per occurrence,
the expansion terms share ``(1 - original_weight) / original_weight * |q|``
in proportion to P(t|R). Scores stay on the scale of the plain question.

The document term frequencies come from a forward index (documents -> terms)
stored beside the BM25 arrays as ``NAME.fwd_*.npy``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

__all__ = ["ForwardIndex", "RM3Options", "rm3_expand"]


@dataclass(frozen=True, slots=True)
class RM3Options:
    """RM3 settings (from `SearchOptions`); `docs` = 0 turns feedback off."""

    docs: int
    terms: int
    original_weight: float


class ForwardIndex:
    """Each unit's distinct term ids and their frequencies, in CSR form."""

    ARRAYS = ("fwd_indptr", "fwd_terms", "fwd_tf")

    def __init__(self, indptr: np.ndarray, terms: np.ndarray, tf: np.ndarray) -> None:
        self.indptr = indptr
        self.terms = terms
        self.tf = tf

    @classmethod
    def from_term_ids(cls, flat: np.ndarray, lengths: np.ndarray, n_terms: int) -> ForwardIndex:
        """Build from one flat term-id array and each unit's length."""
        n_units = len(lengths)
        unit_of = np.repeat(np.arange(n_units, dtype=np.int64), lengths)
        keys, tf = np.unique(unit_of * max(n_terms, 1) + flat, return_counts=True)
        unit, term = np.divmod(keys, max(n_terms, 1))
        indptr = np.zeros(n_units + 1, dtype=np.int64)
        np.cumsum(np.bincount(unit, minlength=n_units), out=indptr[1:])
        return cls(indptr, term.astype(np.int32), np.minimum(tf, 65535).astype(np.uint16))

    def arrays(self) -> dict[str, np.ndarray]:
        """The arrays, by name (saved as NAME.fwd_*.npy)."""
        return {a: getattr(self, a.removeprefix("fwd_")) for a in self.ARRAYS}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray]) -> ForwardIndex:
        """A forward index over saved arrays (as `arrays` gave them)."""
        return cls(*(arrays[a] for a in cls.ARRAYS))


def rm3_expand(
    query_ids: np.ndarray,
    doc_scores: np.ndarray,
    forward: ForwardIndex,
    options: RM3Options,
) -> tuple[np.ndarray, np.ndarray]:
    """Term ids and weights of the expanded question (original terms first, weight 1 each)."""
    ones = np.ones(len(query_ids), dtype=np.float32)
    n = min(options.docs, int((doc_scores > 0).sum()))
    if n < 1 or not len(query_ids):
        return query_ids, ones
    top = np.argpartition(-doc_scores, n - 1)[:n]
    weights = doc_scores[top].astype(np.float64)
    weights /= weights.sum()
    terms, probs = [], []
    for doc, w in zip(top, weights, strict=True):
        start, end = forward.indptr[doc], forward.indptr[doc + 1]
        tf = forward.tf[start:end].astype(np.float64)
        terms.append(forward.terms[start:end])
        probs.append(w * tf / max(tf.sum(), 1.0))
    all_terms = np.concatenate(terms)
    model_terms, inverse = np.unique(all_terms, return_inverse=True)
    model = np.bincount(inverse, weights=np.concatenate(probs))
    keep = np.argsort(-model, kind="stable")[: options.terms]
    share = model[keep] / model[keep].sum()
    scale = (1 - options.original_weight) / options.original_weight * len(query_ids)
    ids = np.concatenate([query_ids, model_terms[keep].astype(np.int64)])
    return ids, np.concatenate([ones, (scale * share).astype(np.float32)])
