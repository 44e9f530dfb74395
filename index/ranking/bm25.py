"""BM25 scoring engines: a precomputed sparse one (default) and rank-bm25 as reference.

Both score a list of query terms against a list of units (sentences or whole
documents) with the same formula::

    score(q, d) = sum over query terms t of  idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * |d| / avgdl))

``idf="lucene"`` (default) is ``ln(1 + (N - df + 0.5) / (df + 0.5))``, which stays
positive in a corpus of two or three documents. ``idf="okapi"`` is rank-bm25's
``BM25Okapi``: ``ln((N - df + 0.5) / (df + 0.5))`` with negative values replaced by
``epsilon`` times the mean IDF.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, get_args

import numpy as np
from rank_bm25 import BM25Okapi

__all__ = [
    "ENGINES",
    "BM25Params",
    "EngineName",
    "IdfKind",
    "RankBM25",
    "ScoringEngine",
    "SparseBM25",
    "term_ids",
]

IdfKind = Literal["lucene", "okapi"]


@dataclass(frozen=True, slots=True)
class BM25Params:
    """BM25 parameters shared by every engine."""

    k1: float = 1.2
    b: float = 0.75
    idf: IdfKind = "lucene"
    epsilon: float = 0.25  # only for idf="okapi"


class ScoringEngine(Protocol):
    """What search needs from an engine: one BM25 score per unit for a query."""

    n_units: int

    def score(self, terms: Sequence[str]) -> np.ndarray:
        """Return a float array of length `n_units` (0 where nothing matches)."""
        ...

    def score_weighted(self, terms: Sequence[str], weights: Sequence[float] | np.ndarray) -> np.ndarray:
        """Like `score`, each term's contribution multiplied by its weight."""
        ...

    def sums(self, terms: Sequence[str], weights: Sequence[float] | np.ndarray | None = None) -> np.ndarray:
        """`score` (or `score_weighted`) as summed, before any rounding to float32: rounding a
        sum later gives `score`'s value."""
        ...


def idf_values(df: np.ndarray, n_units: int, params: BM25Params) -> np.ndarray:
    """IDF for each document frequency in `df` (terms with df 0 are ignored)."""
    df = df.astype(np.float64)
    if params.idf == "lucene":
        return np.log1p((n_units - df + 0.5) / (df + 0.5))
    idf = np.log(n_units - df + 0.5) - np.log(df + 0.5)
    present = df > 0
    if present.any():
        floor = params.epsilon * idf[present].mean()
        idf = np.where(present & (idf < 0), floor, idf)
    return idf


def term_ids(units: Sequence[Sequence[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """All units' terms as one flat id array (new terms added to `vocab`) and each unit's length."""
    lengths = np.fromiter((len(u) for u in units), dtype=np.int64, count=len(units))
    flat = np.fromiter(
        (vocab.setdefault(t, len(vocab)) for u in units for t in u), dtype=np.int64, count=int(lengths.sum())
    )
    return flat, lengths


class SparseBM25:
    """BM25 with every (term, unit) score precomputed in a CSC matrix of float32.

    Column `t` of the matrix (``data[indptr[t]:indptr[t+1]]`` at rows
    ``indices[...]``) holds the score term `t` adds to each unit containing it,
    so a query costs one slice and one scatter-add per query term.
    """

    ARRAYS = ("data", "indices", "indptr")

    def __init__(
        self,
        vocab: Mapping[str, int],
        data: np.ndarray,
        indices: np.ndarray,
        indptr: np.ndarray,
        n_units: int,
    ) -> None:
        self.vocab = vocab
        self.data = data
        self.indices = indices
        self.indptr = indptr
        self.n_units = n_units

    @classmethod
    def build(cls, units: Sequence[Sequence[str]], vocab: dict[str, int], params: BM25Params) -> SparseBM25:
        """Index `units` (lists of terms); new terms are added to `vocab`."""
        flat, lengths = term_ids(units, vocab)
        return cls.from_term_ids(flat, lengths, len(vocab), vocab, params)

    @classmethod
    def from_term_ids(
        cls,
        flat: np.ndarray,
        lengths: np.ndarray,
        n_terms: int,
        vocab: Mapping[str, int],
        params: BM25Params,
    ) -> SparseBM25:
        """Index units given as one flat term-id array and each unit's length."""
        n_units = len(lengths)
        unit_of = np.repeat(np.arange(n_units, dtype=np.int64), lengths)
        keys, tf = np.unique(flat * n_units + unit_of, return_counts=True)
        term, unit = np.divmod(keys, n_units) if n_units else (keys, keys)
        df = np.bincount(term, minlength=n_terms)
        idf = idf_values(df, n_units, params)
        avgdl = float(lengths.mean()) if n_units and lengths.sum() else 1.0
        norm = params.k1 * (1 - params.b + params.b * lengths[unit] / avgdl)
        data = (idf[term] * tf * (params.k1 + 1) / (tf + norm)).astype(np.float32)
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        # keys are sorted by term then unit: already in CSC order.
        return cls(vocab, data, unit.astype(np.int32), indptr, n_units)

    def term_ids(self, terms: Sequence[str]) -> np.ndarray:
        """Known query terms as ids (unknown ones dropped; repeats kept)."""
        ids = [self.vocab[t] for t in terms if t in self.vocab]
        return np.asarray(ids, dtype=np.int64)

    def score(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every unit for `terms`."""
        return self.score_ids(self.term_ids(terms))

    def score_weighted(self, terms: Sequence[str], weights: Sequence[float] | np.ndarray) -> np.ndarray:
        """BM25 score of every unit, each term's contribution times its weight."""
        known = [(self.vocab[t], w) for t, w in zip(terms, weights, strict=True) if t in self.vocab]
        ids = np.asarray([i for i, _ in known], dtype=np.int64)
        return self.score_ids(ids, np.asarray([w for _, w in known], dtype=np.float32))

    def sums(self, terms: Sequence[str], weights: Sequence[float] | np.ndarray | None = None) -> np.ndarray:
        """Every unit's score as float64 sums (`score` rounds them to float32), optionally weighted."""
        if weights is None:
            return self.sum_ids(self.term_ids(terms))
        known = [(self.vocab[t], w) for t, w in zip(terms, weights, strict=True) if t in self.vocab]
        ids = np.asarray([i for i, _ in known], dtype=np.int64)
        return self.sum_ids(ids, np.asarray([w for _, w in known], dtype=np.float32))

    def score_ids(self, ids: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
        """BM25 score of every unit for term ids (repeats count again), optionally weighted."""
        return self.sum_ids(ids, weights).astype(np.float32)

    def sum_ids(self, ids: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
        """`score_ids` before its rounding to float32: the float64 sum of each unit's float32 scores."""
        inside = ids < len(self.indptr) - 1
        ids = ids[inside]
        if not len(ids):
            return np.zeros(self.n_units, dtype=np.float64)
        bounds = list(zip(self.indptr[ids].tolist(), self.indptr[ids + 1].tolist(), strict=True))
        vals = [self.data[s:e] for s, e in bounds]
        if weights is not None:
            vals = [v * w for v, w in zip(vals, weights[inside], strict=True)]
        # Gathered straight into the types bincount counts in (exactly: int32 and float32 widen),
        # so it makes no converted copies: on a large index those are fresh pages every question.
        rows = np.concatenate([self.indices[s:e] for s, e in bounds], dtype=np.intp)
        return np.bincount(rows, weights=np.concatenate(vals, dtype=np.float64), minlength=self.n_units)

    def sums_in(self, ids: np.ndarray, first: np.ndarray, end: np.ndarray) -> np.ndarray:
        """`sum_ids` of only the units in the ranges [first, end) (ascending and disjoint), range after
        range: each column's postings in the ranges, found by bisection, summed as `sum_ids` sums them
        (term after term), so each unit's sum is the same float64."""
        lengths = end - first
        size = int(lengths.sum())
        ids = ids[ids < len(self.indptr) - 1]
        if not len(ids) or not size:
            return np.zeros(size, dtype=np.float64)
        keys = np.concatenate([first, end]).astype(self.indices.dtype)  # (so no column is converted)
        starts = self.indptr[ids].tolist()
        # Where each range's postings begin and end in the flat arrays, term after term.
        found = [
            np.searchsorted(self.indices[s:e], keys) + s
            for s, e in zip(starts, self.indptr[ids + 1].tolist(), strict=True)
        ]
        places = np.array(found).reshape(len(ids), 2, len(first))
        low, counts = places[:, 0].ravel(), (places[:, 1] - places[:, 0]).ravel()
        n = int(counts.sum())
        if not n:
            return np.zeros(size, dtype=np.float64)
        at = np.arange(n) + np.repeat(low - (np.cumsum(counts) - counts), counts)
        shift = np.tile(np.cumsum(lengths) - lengths - first, len(ids))  # a unit's id plus this is its place
        rows = np.asarray(self.indices[at]) + np.repeat(shift, counts)
        return np.bincount(rows, weights=np.asarray(self.data[at], dtype=np.float64), minlength=size)

    def maxima(self, ids: np.ndarray) -> np.ndarray:
        """The most each term id adds to a unit's score (0 if none adds more), in the order given."""
        ids = ids[ids < len(self.indptr) - 1]
        spans = zip(self.indptr[ids].tolist(), self.indptr[ids + 1].tolist(), strict=True)
        return np.array([max(float(self.data[s:e].max()), 0.0) if e > s else 0.0 for s, e in spans])

    def containing(self, ids: np.ndarray, weights: np.ndarray) -> np.ndarray | None:
        """Each unit's total of `weights` over the term ids it contains (a weight per id, repeats counting
        again); None when an id is outside the index."""
        if len(ids) and int(ids.max()) >= len(self.indptr) - 1:
            return None
        bounds = list(zip(self.indptr[ids].tolist(), self.indptr[ids + 1].tolist(), strict=True))
        if not bounds:
            return np.zeros(self.n_units, dtype=np.float64)
        rows = np.concatenate([self.indices[s:e] for s, e in bounds], dtype=np.intp)
        each = np.repeat(weights, [e - s for s, e in bounds])
        return np.bincount(rows, weights=each, minlength=self.n_units)

    def arrays(self) -> dict[str, np.ndarray]:
        """The arrays that make up the engine, by name (saved as NAME.data.npy etc.)."""
        return {a: getattr(self, a) for a in self.ARRAYS}

    @classmethod
    def from_arrays(
        cls, arrays: Mapping[str, np.ndarray], vocab: Mapping[str, int], n_units: int
    ) -> SparseBM25:
        """An engine over saved arrays (as `arrays` gave them)."""
        return cls(vocab, arrays["data"], arrays["indices"], arrays["indptr"], n_units=n_units)


class RankBM25:
    """The reference engine: rank-bm25's BM25Okapi, optionally with the Lucene IDF."""

    def __init__(self, units: Sequence[Sequence[str]], params: BM25Params) -> None:
        self.n_units = len(units)
        cls = BM25Okapi if params.idf == "okapi" else _LuceneOkapi
        self._bm25 = cls([list(u) for u in units], k1=params.k1, b=params.b, epsilon=params.epsilon)

    def score(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every unit for `terms` (rank-bm25 `get_scores`)."""
        if not self.n_units or not terms:
            return np.zeros(self.n_units, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(list(terms)), dtype=np.float32)

    def score_weighted(self, terms: Sequence[str], weights: Sequence[float] | np.ndarray) -> np.ndarray:
        """BM25 is a sum over query terms: weigh each term's own `get_scores`."""
        total = np.zeros(self.n_units, dtype=np.float64)
        for term, weight in zip(terms, weights, strict=True):
            total += weight * self.score([term])
        return total.astype(np.float32)

    def sums(self, terms: Sequence[str], weights: Sequence[float] | np.ndarray | None = None) -> np.ndarray:
        """`score` or `score_weighted` (already float32: rounding it again changes nothing)."""
        return self.score(terms) if weights is None else self.score_weighted(terms, weights)


class _LuceneOkapi(BM25Okapi):
    """BM25Okapi with the always-positive Lucene IDF."""

    def _calc_idf(self, nd: dict[str, int]) -> None:
        n = self.corpus_size
        self.idf = {w: math.log1p((n - f + 0.5) / (f + 0.5)) for w, f in nd.items()}


EngineName = Literal["sparse", "rank-bm25"]
ENGINES: tuple[EngineName, ...] = get_args(EngineName)
