"""Incremental builds: reuse the live generation's analysis of sentences that did not change.

Analysis is a pure function of a sentence's text and the analyzer settings, so a
rebuild looks every sentence up by its exact text in the live generation (its
`sentences` forward index holds each sentence's terms and counts) and analyses
only the sentences it has not seen: those of new or changed files. The order of
terms within a sentence is not kept; BM25 needs only their counts.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import numpy as np
from factbot.index.errors import IndexUnusableError
from factbot.index.ranking.feedback import ForwardIndex
from factbot.index.store.manifest import read_manifest
from factbot.index.store.reader import StoredIndex

__all__ = ["PreviousAnalysis"]

log = logging.getLogger(__name__)


class PreviousAnalysis:
    """The terms of every sentence in the live generation, looked up by sentence text."""

    def __init__(self, directory: Path, analyzer_settings: object) -> None:
        self._rows: dict[str, int] = {}
        self._forward: ForwardIndex | None = None
        self._vocab: list[str] = []
        try:
            self._open(directory, analyzer_settings)
        except (IndexUnusableError, OSError, ValueError, sqlite3.Error) as exc:
            log.info("not reusing the previous analysis in %s: %s", directory, exc)
            self._rows = {}

    def _open(self, directory: Path, analyzer_settings: object) -> None:
        if read_manifest(directory) is None:
            return  # no index yet
        stored = StoredIndex(directory)
        try:
            if stored.manifest.analyzer.model_dump() != analyzer_settings:
                return
            # Read whole and checked once: every sentence's row is looked up.
            forward = ForwardIndex.from_arrays(
                {a: stored.whole_array(f"sentences.{a}") for a in ForwardIndex.ARRAYS}
            )
            if stored.n_sentences != len(forward.indptr) - 1:
                return
            self._vocab = stored.terms
            self._rows = {text: i for i, text in enumerate(stored.all_sentence_texts())}
            self._forward = forward
        finally:
            stored.close()

    def __len__(self) -> int:
        return len(self._rows)

    def terms(self, text: str) -> list[str] | None:
        """The terms of a sentence seen in the previous build, or None."""
        row = self._rows.get(text)
        if row is None or self._forward is None:
            return None
        a, b = int(self._forward.indptr[row]), int(self._forward.indptr[row + 1])
        ids = np.repeat(self._forward.terms[a:b], self._forward.tf[a:b])
        return [self._vocab[i] for i in ids.tolist()]
