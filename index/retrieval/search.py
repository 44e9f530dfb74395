"""Sentence search: BM25 over sentences, mixed with their document's and neighbours' scores.

rank(s) = bm25(s) + doc_weight * bm25(document of s) + neighbor_weight * max(bm25(s - 1), bm25(s + 1))

where the neighbours count only inside the same document, and only sentences that
match the question themselves (bm25(s) > 0) are ranked. The neighbour term lets a
sentence that continues a matching headline ("...came from over 28,000 donations")
rank with it.

With RM3 on (``rm3_docs`` > 0), the document scores come from the question
expanded with the best documents' terms (see `index.feedback`); the sentences'
own scores use the expanded question too only when ``rm3_sentences`` is set.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from factbot.index.errors import QueryError
from factbot.index.ranking.analysis import Analyzer
from factbot.index.ranking.bm25 import ENGINES, EngineName, RankBM25, ScoringEngine, SparseBM25
from factbot.index.ranking.feedback import ForwardIndex, RM3Options, rm3_expand
from factbot.index.retrieval.shortlist import DenseScores, DocumentRanges, OwnScores, PostingScores, shortlist
from factbot.index.store.reader import StoredDocument, StoredIndex

__all__ = ["Hit", "RankedSentence", "SearchOptions", "Searcher"]

_TOP_SAMPLE = 4096  # values sampled to bound the best k from below
_SHORTLIST_MOST = 50_000  # sentences of the shortlisted documents worth scoring apart from the rest


@dataclass(frozen=True, slots=True)
class SearchOptions:
    """How sentences are ranked."""

    engine: EngineName = "sparse"
    doc_weight: float = 3.0  # weight of the document's score
    neighbor_weight: float = 0.25  # weight of the better-scoring adjacent sentence of the same document
    rm3_docs: int = 0  # RM3 feedback documents; 0 = no pseudo-relevance feedback
    rm3_terms: int = 10  # expansion terms
    rm3_weight: float = 0.5  # weight of the original question in the expanded one (0 < w <= 1)
    rm3_sentences: bool = False  # also score sentences with the expanded question


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked sentence and why it ranked there."""

    sentence_id: int
    score: float
    sentence_score: float
    document_score: float


@dataclass(frozen=True, slots=True)
class RankedSentence:
    """A ranked hit with the document its sentence belongs to."""

    hit: Hit
    document: StoredDocument

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def index(self) -> int:
        """The sentence's 0-based position in its document."""
        return self.hit.sentence_id - self.document.first_sentence


class Searcher:
    """Ranks the sentences of a stored index for a question."""

    def __init__(self, stored: StoredIndex, options: SearchOptions) -> None:
        if options.engine not in ENGINES:
            raise QueryError(f"unknown engine {options.engine!r}: use one of {', '.join(ENGINES)}")
        if not 0 < options.rm3_weight <= 1:
            raise QueryError(f"rm3_weight must be in (0, 1], got {options.rm3_weight}")
        self.stored = stored
        self.options = options
        manifest = stored.manifest
        self.analyzer = Analyzer(manifest.analyzer.stemmer)
        params, doc_params = manifest.bm25.params(), manifest.doc_bm25.params()
        n_docs = len(stored.documents)
        self._sentence_df = SparseBM25.from_arrays(
            stored.arrays("sentences", SparseBM25.ARRAYS), stored.vocab, stored.n_sentences
        )
        first = np.array([d.first_sentence for d in stored.documents], dtype=np.int64)
        # True at each document's first sentence id (and one past the last sentence): a sentence
        # and the next one are in the same document unless the next one starts a document.
        self._starts = np.zeros(stored.n_sentences + 1, dtype=bool)
        self._starts[first] = True
        self._starts[-1] = True
        self._ranges = DocumentRanges(
            first, np.array([d.n_sentences for d in stored.documents], dtype=np.int64)
        )
        self._forward = (
            ForwardIndex.from_arrays(stored.arrays("documents", ForwardIndex.ARRAYS))
            if options.rm3_docs
            else None
        )
        if options.engine == "sparse":
            self.sentences: ScoringEngine = self._sentence_df
            self.documents: ScoringEngine = SparseBM25.from_arrays(
                stored.arrays("documents", SparseBM25.ARRAYS), stored.vocab, n_docs
            )
        else:
            self.sentences = RankBM25(self.analyzer.terms_many(stored.all_sentence_texts()), params)
            extra_titles = manifest.title_weight - 1
            doc_terms = [
                self.analyzer.terms(doc.title) * extra_titles + self.analyzer.terms(text)
                for doc, text in zip(stored.documents, stored.all_document_texts(), strict=True)
            ]
            self.documents = RankBM25(doc_terms, doc_params)

    def search(self, query: str, k: int) -> list[Hit]:
        """The best `k` sentences with a positive own score, best first."""
        return self.search_terms(self.analyzer.terms(query), k)

    def rank(self, query: str, k: int) -> list[RankedSentence]:
        """`search`, each hit with its document."""
        stored = self.stored
        return [
            RankedSentence(hit, stored.documents[int(stored.sentence_doc[hit.sentence_id])])
            for hit in self.search(query, k)
        ]

    def search_terms(self, terms: list[str], k: int, documents: np.ndarray | None = None) -> list[Hit]:
        """Like `search`, for a query already analyzed (and perhaps expanded by the caller).

        `documents`, a boolean per document number, keeps only the sentences of the
        documents it marks, before the best `k` are chosen.
        """
        if k < 1:
            raise QueryError(f"k must be at least 1, got {k}")
        if not terms:
            return []
        context = self.documents.score(terms)
        expanded = self._expand(terms, context)
        if expanded is not None:
            context = self.documents.score_weighted(*expanded)
        weighted = bool(expanded) and self.options.rm3_sentences
        read = self._posting_scores(terms) if documents is None and not weighted else None
        if read is not None:  # the shortlist's own scores read from their postings, not summed for all
            found = self._best_shortlisted(read, context, k)
            if found is not None:
                return found
        # The sentences' own scores stay unrounded sums: only the candidates' and their
        # neighbours' are rounded to float32 (the engine's `score`), not a million of them.
        own = self.sentences.sums(*expanded) if expanded and weighted else self.sentences.sums(terms)
        if documents is None:
            found = self._best_shortlisted(DenseScores(own, self._ranges), context, k)
            if found is not None:
                return found
        candidates = np.flatnonzero(own > 0)  # rounding is monotone: no sum <= 0 rounds above 0
        own_scores = own[candidates].astype(np.float32)
        positive = own_scores > 0
        if not positive.all():
            candidates, own_scores = candidates[positive], own_scores[positive]
        doc_of = np.asarray(self.stored.sentence_doc[candidates])
        if documents is not None:
            kept = documents[doc_of]
            candidates, doc_of, own_scores = candidates[kept], doc_of[kept], own_scores[kept]
        if not len(candidates):
            return []
        partial = own_scores + self.options.doc_weight * context[doc_of]
        top, total = self._best(own, candidates, partial, min(k, len(candidates)), own_scores.max())
        return _hits(candidates[top], total, own_scores[top], context[doc_of[top]])

    def _posting_scores(self, terms: list[str]) -> PostingScores | None:
        """The sentences' own scores for `terms` as the shortlist reads them from the postings (sparse
        engines only)."""
        sentences, documents = self.sentences, self.documents
        if not isinstance(sentences, SparseBM25) or not isinstance(documents, SparseBM25):
            return None
        return PostingScores(sentences, documents, sentences.term_ids(terms), self._ranges)

    def _best_shortlisted(self, own: OwnScores, context: np.ndarray, k: int) -> list[Hit] | None:
        """The best `k` hits found among the sentences of the documents that can hold one
        (`shortlist`), or None when those are many or the k-th best total is tied with another
        (which of the tied sentences ranks is then chosen among all candidates, as before)."""
        o = self.options
        weights = (o.doc_weight, o.neighbor_weight)
        found = shortlist(own, context, self.stored.sentence_doc, self._ranges, weights, k, _SHORTLIST_MOST)
        if found is None:
            return None
        ids, sums = found
        scores = sums.astype(np.float32)
        matching = np.flatnonzero(scores > 0)
        candidates, own_scores = ids[matching], scores[matching]
        context_scores = context[np.asarray(self.stored.sentence_doc[candidates])]
        partial = own_scores + o.doc_weight * context_scores
        total = partial + o.neighbor_weight * self._shortlisted_neighbors(ids, sums, matching)
        top = _unique_top(total, k)
        if top is None:
            return None
        return _hits(candidates[top], total[top], own_scores[top], context_scores[top])

    def _shortlisted_neighbors(self, ids: np.ndarray, sums: np.ndarray, at: np.ndarray) -> np.ndarray:
        """`_neighbor_scores` of the sentences at positions `at` of `ids`, whole documents' sentences in
        order with their own scores `sums`: a neighbour in the same document is the next place."""
        starts = self._starts
        candidates = ids[at]
        padded = np.concatenate(([0.0], sums, [0.0]))  # (read only where masked)
        following = np.where(starts[candidates + 1], 0, padded[at + 2])
        preceding = np.where(starts[candidates], 0, padded[at])
        return np.maximum(np.maximum(following, preceding), 0).astype(np.float32, copy=False)

    def _best(
        self, own: np.ndarray, candidates: np.ndarray, partial: np.ndarray, k: int, own_best: np.floating
    ) -> tuple[np.ndarray, np.ndarray]:
        """The positions in `candidates` of the best `k` by total score, and their totals (in no order).

        The total is `partial` plus `neighbor_weight` times the better neighbour's own score,
        which is at most `own_best`, the best own score of all candidates (a neighbour that
        matches is a candidate too). Among many candidates, only those whose partial score plus that much
        reaches the k-th best of a sample of partial scores (which no k-th best total is below)
        are scored with their neighbours; if the k-th best total is tied among them, all are.
        """
        weight = self.options.neighbor_weight
        if len(candidates) > _TOP_SAMPLE and weight >= 0:
            floor = _sampled_floor(partial, k)
            near = np.flatnonzero(partial + weight * own_best >= floor)
            total = partial[near] + weight * self._neighbor_scores(own, candidates[near])
            top = _unique_top(total, k)
            if top is not None:
                return near[top], total[top]
        total = partial + weight * self._neighbor_scores(own, candidates)
        top = _top(total, k)
        return top, total[top]

    def _expand(self, terms: list[str], doc_scores: np.ndarray) -> tuple[list[str], np.ndarray] | None:
        """The RM3-expanded question as terms and weights, or None when feedback is off."""
        o = self.options
        if self._forward is None or o.rm3_docs < 1:
            return None
        rm3 = RM3Options(docs=o.rm3_docs, terms=o.rm3_terms, original_weight=o.rm3_weight)
        ids, weights = rm3_expand(self._sentence_df.term_ids(terms), doc_scores, self._forward, rm3)
        return [self.stored.terms[i] for i in ids], weights

    def _neighbor_scores(self, own: np.ndarray, candidates: np.ndarray) -> np.ndarray:
        """The better own score of each candidate's previous and next sentence in its document.

        `own` may hold unrounded sums: rounding to float32 after taking the maximum gives what
        rounding first would (rounding is monotone).
        """
        starts = self._starts
        after = candidates + 1
        following = np.where(starts[after], 0, own[np.minimum(after, len(own) - 1)])
        preceding = np.where(starts[candidates], 0, own[candidates - 1])  # own[-1] only where masked
        return np.maximum(np.maximum(following, preceding), 0).astype(np.float32, copy=False)

    def sentence_idf(self) -> np.ndarray:
        """Every term's sentence-level IDF, by term id (the weight `term_weights` gives it)."""
        n = max(self.stored.n_sentences, 1)
        df = np.diff(np.asarray(self._sentence_df.indptr))
        return np.log1p((n - df + 0.5) / (df + 0.5))

    def knows(self, term: str) -> bool:
        """Whether some sentence has the term."""
        return self._sentence_count(term) > 0

    def term_weights(self, terms: Sequence[str]) -> dict[str, float]:
        """Sentence-level IDF of each distinct term; unknown terms weigh the most."""
        n = max(self.stored.n_sentences, 1)
        weights = {}
        for term in dict.fromkeys(terms):
            df = self._sentence_count(term)
            weights[term] = math.log1p((n - df + 0.5) / (df + 0.5))
        return weights

    def _sentence_count(self, term: str) -> int:
        """How many sentences have the term (terms only in titles are in the vocabulary but in none)."""
        tid = self.stored.vocab.get(term)
        indptr = self._sentence_df.indptr
        return 0 if tid is None or tid + 1 >= len(indptr) else int(indptr[tid + 1] - indptr[tid])


def _hits(ids: np.ndarray, total: np.ndarray, own: np.ndarray, context: np.ndarray) -> list[Hit]:
    """Hits best first (ties by sentence id), from their sentence ids and scores in any order."""
    order = np.lexsort((ids, -total))
    return [Hit(int(ids[i]), float(total[i]), float(own[i]), float(context[i])) for i in order.tolist()]


def _top(values: np.ndarray, k: int) -> np.ndarray:
    """The positions of the `k` largest values (in no order), as `np.argpartition(-values, k - 1)`
    picks them: found among the values at least the k-th largest of a sample when the k-th
    largest value is not tied with one left out, else by argpartition over all of them."""
    if k >= len(values):
        return np.arange(len(values))
    if len(values) > _TOP_SAMPLE:
        near = np.flatnonzero(values >= _sampled_floor(values, k))
        top = _unique_top(values[near], k)
        if top is not None:
            return near[top]
    return np.argpartition(-values, k - 1)[:k]


def _sampled_floor(values: np.ndarray, k: int) -> float:
    """The k-th largest of a sample of about `_TOP_SAMPLE` values (at most the k-th largest of all)."""
    sample = values[:: max(1, len(values) // _TOP_SAMPLE)]
    if len(sample) <= k:
        return -np.inf
    return float(np.partition(sample, len(sample) - k)[len(sample) - k])


def _unique_top(values: np.ndarray, k: int) -> np.ndarray | None:
    """The positions of the `k` largest values, or None when the k-th largest is tied with one left out."""
    if k >= len(values):
        return np.arange(len(values))
    kth = np.partition(values, len(values) - k)[len(values) - k]
    chosen = values >= kth
    return np.flatnonzero(chosen) if np.count_nonzero(chosen) == k else None
