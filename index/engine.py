"""The engine adapters are handed: an opened index that answers questions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
from factbot.index.answers.assembly import AnswerOptions, assemble_answer
from factbot.index.answers.models import Answer
from factbot.index.answers.questions import as_asked, expand_terms, question_terms
from factbot.index.documents import Sentence
from factbot.index.errors import IndexUnusableError, QueryError
from factbot.index.ranking.feedback import ForwardIndex
from factbot.index.retrieval.search import RankedSentence, Searcher, SearchOptions
from factbot.index.retrieval.stories import Stories
from factbot.index.store.manifest import MANIFEST, Manifest
from factbot.index.store.reader import StoredDocument, StoredIndex

__all__ = ["Engine", "IndexInfo"]


# How many ranked sentences feed answer assembly per quote asked for (room for merging).
_CANDIDATES_PER_QUOTE = 8


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """The index an engine answers from: where, which generation and format, how big, built when."""

    directory: str
    generation: str
    format_version: int
    documents: int
    sentences: int
    size_bytes: int  # of the generation's files on disk (0 once they are deleted)
    built: str  # ISO time the generation was written ("" once it is deleted)


class Engine:
    """Answers questions from one index directory (read-only; safe to share between threads)."""

    def __init__(
        self,
        directory: Path,
        search: SearchOptions | None = None,
        answer: AnswerOptions | None = None,
        *,
        resident: bool = False,
    ) -> None:
        """Open the live generation; `resident` reads its arrays into memory (for long-running processes)."""
        self.index = StoredIndex(directory, resident=resident)  # the open store (tests and tools)
        try:
            self._searcher = Searcher(self.index, search or SearchOptions())
            # Each sentence's term ids, for the question terms a hit's neighbours contain.
            self._forward = ForwardIndex.from_arrays(self.index.arrays("sentences", ForwardIndex.ARRAYS))
        except BaseException as exc:
            self.index.close()
            if isinstance(exc, OSError | ValueError):  # a missing or truncated array
                raise IndexUnusableError(f"index {directory} is corrupt: {exc}") from exc
            raise
        self.answer_options = answer or AnswerOptions()
        self._days: np.ndarray | None = None
        self._stories: Stories | None = None

    @property
    def manifest(self) -> Manifest:
        return self.index.manifest

    @property
    def documents(self) -> list[StoredDocument]:
        return self.index.documents

    def ask(self, question: str, max_quotes: int | None = None, since: date | None = None) -> Answer:
        """Answer one question with quotes and claims from the index.

        With `since`, only documents dated on or after it are used; undated
        documents are kept (their citations have an empty date).
        """
        options = self.answer_options
        if max_quotes is not None:
            if max_quotes < 1:
                raise QueryError(f"max quotes must be at least 1, got {max_quotes}")
            options = replace(options, max_quotes=max_quotes)
        asked = as_asked(question)
        terms = question_terms(asked, self._searcher.analyzer, self._searcher.knows)
        allowed = None if since is None else self._documents_since(since)
        k = options.max_quotes * _CANDIDATES_PER_QUOTE
        hits = self._searcher.search_terms(expand_terms(terms, asked), k, allowed)
        sentences = self.index.sentences([h.sentence_id for h in hits])
        context = self._neighbours([h.sentence_id for h in hits], terms)
        sources_total = len(self.documents) if allowed is None else int(allowed.sum())
        answer = assemble_answer(
            asked,
            hits,
            sentences,
            self.index.by_doc_id,
            self._searcher.term_weights(terms),
            self._searcher.analyzer,
            options,
            sources_total=sources_total,
            context=context,
            containing=self._containing,
            mentions=self._mentions,
            told_with=self._told_with,
            idf=self._searcher.term_weights,
        )
        return answer.model_copy(update={"question": question, "since": since.isoformat() if since else ""})

    def _containing(self, terms: Sequence[str], doc_ids: Sequence[str]) -> list[tuple[int, Sentence]]:
        """Each sentence of the given documents that contains every one of `terms`, with its id.

        Read from the sentence forward index, a document's slice at a time.
        """
        vocab = self.index.vocab
        if not all(t in vocab for t in terms):
            return []
        ids = [vocab[t] for t in terms]
        indptr, row_terms = self._forward.indptr, self._forward.terms
        found: list[int] = []
        for doc_id in doc_ids:
            doc = self.index.by_doc_id[doc_id]
            first, last = doc.first_sentence, doc.first_sentence + doc.n_sentences
            low, high = int(indptr[first]), int(indptr[last])
            segment = np.asarray(row_terms[low:high])
            rows: set[int] | None = None
            for term in ids:
                at = np.flatnonzero(segment == term) + low
                these = set(
                    (np.searchsorted(indptr[first : last + 1], at, side="right") - 1 + first).tolist()
                )
                rows = these if rows is None else rows & these
            found.extend(sorted(rows or ()))
        return list(zip(found, self.index.sentences(found), strict=True))

    def _mentions(self, terms: Sequence[str], doc_id: str) -> bool:
        """Whether a document contains one of `terms`, read from its slice of the sentence forward
        index (no text is fetched)."""
        vocab = self.index.vocab
        ids = [vocab[t] for t in terms if t in vocab]
        if not ids:
            return False
        doc = self.index.by_doc_id[doc_id]
        first, last = doc.first_sentence, doc.first_sentence + doc.n_sentences
        indptr = self._forward.indptr
        segment = np.asarray(self._forward.terms[int(indptr[first]) : int(indptr[last])])
        return bool(np.isin(segment, ids).any())

    def _told_with(self, story: Sequence[str], candidates: Sequence[str]) -> set[str]:
        """The candidate documents on the story of one of `story` (`retrieval.stories`)."""
        if self._stories is None:  # the IDF of every term, read once
            self._stories = Stories(self._forward, self._searcher.sentence_idf(), self.index.by_doc_id)
        return self._stories.told_with(story, candidates)

    def _neighbours(self, ids: list[int], terms: list[str]) -> dict[int, frozenset[str]]:
        """The question terms that the sentences just before and after each hit (same document) contain.

        Read from the sentence forward index (term ids per sentence), so no neighbour
        text is fetched or analysed.
        """
        vocab = self.index.vocab
        asked = {vocab[t]: t for t in set(terms) if t in vocab}
        out: dict[int, frozenset[str]] = {i: frozenset() for i in ids}
        if not ids or not asked:
            return out
        hits = np.asarray(ids, dtype=np.int64)
        near = np.concatenate([hits - 1, hits + 1])
        own = np.concatenate([hits, hits])
        inside = (near >= 0) & (near < self.index.n_sentences)
        near, own = near[inside], own[inside]
        doc_of = self.index.sentence_doc
        same = np.asarray(doc_of[near]) == np.asarray(doc_of[own])
        near, own = near[same], own[same]
        starts = np.asarray(self._forward.indptr[near])
        lengths = np.asarray(self._forward.indptr[near + 1]) - starts
        # Every neighbour's term ids in one read: neighbour after neighbour, each its own row.
        before = np.cumsum(lengths) - lengths
        positions = np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - before, lengths)
        row_terms = np.asarray(self._forward.terms[positions])
        wanted = np.zeros(len(row_terms), dtype=bool)
        for term in asked:  # (a few terms: one comparison each is faster than `np.isin`)
            wanted |= row_terms == term
        found: dict[int, set[str]] = {}
        for i, t in zip(np.repeat(own, lengths)[wanted].tolist(), row_terms[wanted].tolist(), strict=True):
            found.setdefault(i, set()).add(asked[t])
        out.update((i, frozenset(f)) for i, f in found.items())
        return out

    def _documents_since(self, since: date) -> np.ndarray:
        """A boolean per document number: dated on or after `since`, or undated."""
        if self._days is None:  # each document's date as a day number; undated ones are kept
            self._days = np.array([_day(d.date) for d in self.documents], dtype=np.int64)
        return self._days >= since.toordinal()

    def document(self, doc_id: str) -> tuple[StoredDocument, list[Sentence]]:
        """A document's metadata and its numbered sentences."""
        doc = self.index.by_doc_id.get(doc_id)
        if doc is None:
            raise QueryError(f"no document {doc_id!r} in the index: see the list of sources")
        return doc, self.index.document_sentences(doc_id)

    def context(self, doc_id: str, sentence: int, window: int = 2) -> tuple[StoredDocument, list[Sentence]]:
        """A document's metadata and the sentences around one of its sentences."""
        doc, sentences = self.document(doc_id)
        return doc, sentences[max(0, sentence - window) : sentence + window + 1]

    def rank(self, question: str, k: int) -> list[RankedSentence]:
        """The best `k` sentences for `question` by retrieval alone (no answer assembly), best first."""
        return self._searcher.rank(question, k)

    def verify(self) -> None:
        """Read every file of the open generation whole; IndexUnusableError names the first broken one."""
        self.index.verify()

    def info(self) -> IndexInfo:
        """Describe the open generation (its size and build time from disk)."""
        generation = self.index.generation
        size, built = 0, ""
        try:
            size = sum(p.stat().st_size for p in generation.iterdir() if p.is_file())
            mtime = (generation / MANIFEST).stat().st_mtime
            built = datetime.fromtimestamp(mtime, UTC).isoformat(timespec="seconds")
        except OSError:
            pass
        manifest = self.manifest
        return IndexInfo(
            directory=str(self.index.directory),
            generation=generation.name,
            format_version=manifest.format_version,
            documents=manifest.documents,
            sentences=manifest.sentences,
            size_bytes=size,
            built=built,
        )

    def changed_on_disk(self) -> str | None:
        """Which file of the open generation was deleted, replaced or changed since it was opened."""
        return self.index.changed_on_disk()

    def close(self) -> None:
        """Release the index files."""
        self.index.close()


def _day(value: str) -> int:
    """A date's day number; an undated or unparseable date is after every day (always kept)."""
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return date.max.toordinal() + 1
