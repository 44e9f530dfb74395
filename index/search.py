"""Sentence search: BM25 over sentences, mixed with their document's and neighbours' scores.

rank(s) = bm25(s) + doc_weight * bm25(document of s) + neighbor_weight * max(bm25(s - 1), bm25(s + 1))

where the neighbours count only inside the same document, and only sentences that
match the question themselves (bm25(s) > 0) are ranked. The neighbour term lets a
sentence that continues a matching headline ("...came from over 28,000 donations")
rank with it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.analysis import Analyzer
from index.bm25 import ENGINES, BM25Params, RankBM25, ScoringEngine, SparseBM25
from index.errors import QueryError
from index.store import StoredIndex

__all__ = ["Hit", "SearchOptions", "Searcher"]


@dataclass(frozen=True, slots=True)
class SearchOptions:
    """How sentences are ranked."""

    engine: str = "sparse"  # one of ENGINES
    doc_weight: float = 0.3  # weight of the document's score
    neighbor_weight: float = 0.5  # weight of the better-scoring adjacent sentence of the same document


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked sentence and why it ranked there."""

    sentence_id: int
    score: float
    sentence_score: float
    document_score: float


class Searcher:
    """Ranks the sentences of a stored index for a question."""

    def __init__(self, stored: StoredIndex, options: SearchOptions) -> None:
        if options.engine not in ENGINES:
            raise QueryError(f"unknown engine {options.engine!r}: use one of {', '.join(ENGINES)}")
        self.stored = stored
        self.options = options
        self.analyzer = Analyzer(stored.manifest["analyzer"]["stemmer"])
        params = BM25Params(**stored.manifest["bm25"])
        n_docs = len(stored.documents)
        self._sentence_df = SparseBM25.load(stored.generation, "sentences", stored.vocab, stored.n_sentences)
        if options.engine == "sparse":
            self.sentences: ScoringEngine = self._sentence_df
            self.documents: ScoringEngine = SparseBM25.load(
                stored.generation, "documents", stored.vocab, n_docs
            )
        else:
            self.sentences = RankBM25(self.analyzer.terms_many(stored.all_sentence_texts()), params)
            self.documents = RankBM25(
                [self.analyzer.terms(text) for text in stored.all_document_texts()], params
            )

    def search(self, query: str, k: int) -> list[Hit]:
        """The best `k` sentences with a positive own score, best first."""
        if k < 1:
            raise QueryError(f"k must be at least 1, got {k}")
        terms = self.analyzer.terms(query)
        if not terms:
            return []
        own = self.sentences.score(terms)
        candidates = np.flatnonzero(own > 0)
        if not len(candidates):
            return []
        context = self.documents.score(terms)
        doc_of = np.asarray(self.stored.sentence_doc[candidates])
        total = (
            own[candidates]
            + self.options.doc_weight * context[doc_of]
            + self.options.neighbor_weight * self._neighbor_scores(own, candidates, doc_of)
        )
        k = min(k, len(candidates))
        top = np.argpartition(-total, k - 1)[:k] if k < len(candidates) else np.arange(len(candidates))
        top = top[np.lexsort((candidates[top], -total[top]))]
        return [
            Hit(int(candidates[i]), float(total[i]), float(own[candidates[i]]), float(context[doc_of[i]]))
            for i in top
        ]

    def _neighbor_scores(self, own: np.ndarray, candidates: np.ndarray, doc_of: np.ndarray) -> np.ndarray:
        """The better own score of each candidate's previous and next sentence in its document."""
        n = len(own)
        best = np.zeros(len(candidates), dtype=np.float32)
        for step in (-1, 1):
            near = np.clip(candidates + step, 0, max(n - 1, 0))
            same_doc = (near != candidates) & (np.asarray(self.stored.sentence_doc[near]) == doc_of)
            best = np.maximum(best, np.where(same_doc, own[near], 0))
        return best

    def term_weights(self, terms: Sequence[str]) -> dict[str, float]:
        """Sentence-level IDF of each distinct term; unknown terms weigh the most."""
        n = max(self.stored.n_sentences, 1)
        weights = {}
        for term in dict.fromkeys(terms):
            tid = self.stored.vocab.get(term)
            df = 0 if tid is None else int(self._sentence_df.indptr[tid + 1] - self._sentence_df.indptr[tid])
            weights[term] = math.log1p((n - df + 0.5) / (df + 0.5))
        return weights
