"""Incremental builds: reuse the live generation's analysis of sentences that did not change.

Analysis is a pure function of a sentence's text and the analyzer settings, so a
rebuild looks every sentence up by its exact text in the live generation (its
`sentences` forward index holds each sentence's terms and counts) and analyses
only the sentences it has not seen: those of new or changed files. The order of
terms within a sentence is not kept; BM25 needs only their counts.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import numpy as np

from index.errors import IndexUnusableError
from index.feedback import ForwardIndex
from index.store import live_generation, read_manifest

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
        manifest = read_manifest(directory)
        if manifest is None or manifest.get("analyzer") != analyzer_settings:
            return
        generation = live_generation(directory)
        forward = ForwardIndex.load(generation, "sentences") if generation else None
        if generation is None or forward is None:
            return
        self._vocab = json.loads((generation / "vocab.json").read_text(encoding="utf-8"))
        uri = f"file:{generation / 'store.sqlite'}?mode=ro&immutable=1"
        with sqlite3.connect(uri, uri=True) as db:
            texts = db.execute("SELECT text FROM sentences ORDER BY id").fetchall()
        if len(texts) != len(forward.indptr) - 1:
            return
        self._rows = {text: i for i, (text,) in enumerate(texts)}
        self._forward = forward

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
