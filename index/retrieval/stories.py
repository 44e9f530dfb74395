"""Documents on one story: two reports of the same event share most of their rarer words.

A document tells the lead claim's story when the words it shares with one of the claim's documents
carry at least `_SAME_STORY` of the smaller one's weight (each distinct word weighed by its
sentence-level IDF, so names and rare words count and "said" barely does). Containment in the
smaller document, not overlap of the union: a two-line brief is on the story of the long article
it summarises. On the corpora of the dev, own, holdout and fresh sets (155 pairs of documents on
one story, 431 on two), pairs on one story score 0.17-0.72 and pairs on two 0.00-0.20; at 0.25,
136 of the 155 are found and none of the 431 (RESULTS.md, session 22).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
from factbot.index.ranking.feedback import ForwardIndex
from factbot.index.store.reader import StoredDocument

__all__ = ["Stories"]

_SAME_STORY = 0.25
_REMEMBERED = 10_000  # documents whose word sets are kept before the memory is cleared


class Stories:
    """Which documents tell the same story as given ones, read from the sentence forward index."""

    def __init__(
        self, forward: ForwardIndex, idf: np.ndarray, by_doc_id: Mapping[str, StoredDocument]
    ) -> None:
        self._forward = forward
        self._idf = idf
        self._by_doc_id = by_doc_id
        self._words: dict[str, tuple[np.ndarray, float]] = {}

    def told_with(self, story: Iterable[str], candidates: Iterable[str]) -> set[str]:
        """The `candidates` that tell the story of one of the `story` documents."""
        told = [self._read(d) for d in dict.fromkeys(story)]
        found = set()
        for doc_id in dict.fromkeys(candidates):
            words, weight = self._read(doc_id)
            for lead_words, lead_weight in told:
                shared = self._idf[np.intersect1d(words, lead_words, assume_unique=True)].sum()
                if shared >= _SAME_STORY * min(weight, lead_weight) > 0:
                    found.add(doc_id)
                    break
        return found

    def _read(self, doc_id: str) -> tuple[np.ndarray, float]:
        """A document's distinct term ids (those in some sentence) and their summed weight."""
        known = self._words.get(doc_id)
        if known is None:
            doc = self._by_doc_id[doc_id]
            indptr = self._forward.indptr
            low, high = int(indptr[doc.first_sentence]), int(indptr[doc.first_sentence + doc.n_sentences])
            words = np.unique(np.asarray(self._forward.terms[low:high]))
            words = words[words < len(self._idf)]
            if len(self._words) >= _REMEMBERED:
                self._words.clear()
            known = self._words[doc_id] = (words, float(self._idf[words].sum()))
        return known
