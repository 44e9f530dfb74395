"""Build an index directory from corpus paths: load, split, analyze, score, store."""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.analysis import Analyzer
from index.bm25 import BM25Params, SparseBM25, term_ids
from index.documents import Document, LoadWarning, Sentence
from index.errors import CorpusError
from index.feedback import ForwardIndex
from index.loaders import iter_corpus_files, load_corpus
from index.reuse import PreviousAnalysis
from index.sentences import split_spans
from index.store import FORMAT_VERSION, IndexWriter, build_lock, read_manifest

__all__ = [
    "BuildOptions",
    "BuildReport",
    "build_index",
    "corpus_fingerprint",
    "index_is_current",
    "split_document",
]

log = logging.getLogger(__name__)

ANALYSIS_WORKERS = 2  # processes analysing a large corpus (capped by the CPU count)
_PARALLEL_FROM = 50_000  # sentences; smaller corpora are analysed in-process
_CHUNK = 5_000  # sentences per analysis job

Progress = Callable[[int, int, int], None]  # (documents done, documents in all, sentences so far)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """Everything that changes what an index contains."""

    # Sentences are short: less length normalisation than whole documents (see benchmarks/RESULTS.md).
    bm25: BM25Params = field(default_factory=lambda: BM25Params(k1=1.0, b=0.4))
    doc_bm25: BM25Params = field(default_factory=lambda: BM25Params(k1=1.2, b=0.75))
    title_weight: int = 3  # how many times a title's terms count in its document's BM25 unit
    language: str = "english"
    max_file_bytes: int = 20 * 1024 * 1024

    def settings(self) -> dict[str, object]:
        """The part of the manifest that must match for an index to be reused."""
        return {
            "format_version": FORMAT_VERSION,
            "analyzer": Analyzer(self.language).settings,
            "bm25": _params(self.bm25),
            "doc_bm25": _params(self.doc_bm25),
            "title_weight": self.title_weight,
            "max_file_bytes": self.max_file_bytes,
        }


def _params(params: BM25Params) -> dict[str, object]:
    return {"k1": params.k1, "b": params.b, "idf": params.idf, "epsilon": params.epsilon}


@dataclass(slots=True)
class BuildReport:
    """What a build did: counts and the per-file warnings."""

    documents: int = 0
    sentences: int = 0
    skipped: int = 0
    warnings: list[LoadWarning] = field(default_factory=list)
    reused: int = 0  # sentences whose analysis came from the previous build


def corpus_fingerprint(paths: Sequence[str | os.PathLike[str]], options: BuildOptions) -> str:
    """A cheap hash of the corpus files (names, sizes, mtimes) and the build settings."""
    digest = hashlib.sha256(json.dumps(options.settings(), sort_keys=True).encode())
    for root, path in iter_corpus_files(paths):
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{root}\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def index_is_current(directory: Path, fingerprint: str) -> bool:
    """True when the live index was built from this exact corpus and settings."""
    manifest = read_manifest(directory)
    return manifest is not None and manifest.get("fingerprint") == fingerprint


def split_document(doc: Document) -> list[Sentence]:
    """Cut a document's blocks into sentences; pre-split blocks are kept as given."""
    if doc.presplit:
        spans = list(doc.blocks)
    else:
        spans = [span for start, end in doc.blocks for span in split_spans(doc.text, start, end)]
    return [Sentence(doc.doc_id, i, s, e, doc.text[s:e]) for i, (s, e) in enumerate(spans)]


def build_index(
    paths: Sequence[str | os.PathLike[str]],
    directory: Path,
    options: BuildOptions,
    progress: Progress | None = None,
) -> BuildReport:
    """Build a new generation of the index in `directory` and make it live.

    Raises CorpusError when no document is indexable; the previous index stays live.
    """
    fingerprint = corpus_fingerprint(paths, options)
    loaded = load_corpus(paths, max_bytes=options.max_file_bytes)
    report = BuildReport(skipped=loaded.skipped, warnings=list(loaded.warnings))
    analyzer = Analyzer(options.language)
    docs: list[Document] = []
    sentences: list[list[Sentence]] = []
    for doc in loaded.documents:
        sents = split_document(doc)
        if not any(s.text.strip() for s in sents):
            report.warnings.append(LoadWarning(doc.path or doc.doc_id, "skipped: no sentences found"))
            report.skipped += 1
            continue
        docs.append(doc)
        sentences.append(sents)
        report.sentences += len(sents)
    previous = PreviousAnalysis(directory, options.settings()["analyzer"])
    terms, report.reused = _analyze(sentences, options.language, progress, len(loaded.documents), previous)
    if not docs:
        where = ", ".join(str(p) for p in paths)
        reasons = "; ".join(str(w) for w in report.warnings[:3]) + (
            "; ..." if len(report.warnings) > 3 else ""
        )
        raise CorpusError(
            f"nothing indexable in {where}: {report.skipped} file(s) skipped"
            + (f" ({reasons})" if reasons else "")
        )
    report.documents = len(docs)
    with build_lock(directory):
        writer = IndexWriter(directory)
        try:
            _write(writer, docs, sentences, terms, analyzer, options)
            writer.commit(
                {
                    **options.settings(),
                    "fingerprint": fingerprint,
                    "corpus": [str(Path(p).resolve()) for p in paths],
                    "documents": report.documents,
                    "sentences": report.sentences,
                    "skipped": report.skipped,
                }
            )
        except BaseException:
            writer.abort()
            raise
    return report


def _analyze(
    sentences: list[list[Sentence]],
    language: str,
    progress: Progress | None,
    n_loaded: int,
    previous: PreviousAnalysis,
) -> tuple[list[list[list[str]]], int]:
    """Each document's sentences as terms, and how many were reused from the previous build.

    Only sentences the previous build did not have are analysed; large batches
    are analysed by `ANALYSIS_WORKERS` processes.
    """
    texts = [s.text for sents in sentences for s in sents]
    flat: list[list[str] | None] = (
        [previous.terms(t) for t in texts] if len(previous) else [None] * len(texts)
    )
    missing = [i for i, terms in enumerate(flat) if terms is None]
    ends = np.cumsum([len(sents) for sents in sentences], dtype=np.int64)
    done = len(texts) - len(missing)
    for offset, chunk_terms in enumerate(_analyze_texts([texts[i] for i in missing], language)):
        base = offset * _CHUNK
        for j, terms in enumerate(chunk_terms):
            flat[missing[base + j]] = terms
        done += len(chunk_terms)
        if progress:
            progress(int(np.searchsorted(ends, done, side="right")), n_loaded, done)
    starts = [0, *ends.tolist()][:-1]
    analysed = [terms if terms is not None else [] for terms in flat]
    return [analysed[a:b] for a, b in zip(starts, ends.tolist(), strict=True)], len(texts) - len(missing)


def _analyze_texts(texts: list[str], language: str) -> Iterator[list[list[str]]]:
    """Analyse texts in chunks of `_CHUNK`, in two processes when there are many."""
    chunks = [texts[i : i + _CHUNK] for i in range(0, len(texts), _CHUNK)]
    workers = min(ANALYSIS_WORKERS, os.cpu_count() or 1)
    if len(texts) < _PARALLEL_FROM or workers < 2:
        analyzer = Analyzer(language)
        yield from (analyzer.terms_many(c) for c in chunks)
        return
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from pool.map(_analyze_chunk, [(language, c) for c in chunks])
    finally:
        pool.shutdown(cancel_futures=True)


def _analyze_chunk(job: tuple[str, list[str]]) -> list[list[str]]:
    language, texts = job
    return Analyzer(language).terms_many(texts)


def _write(
    writer: IndexWriter,
    docs: list[Document],
    sentences: list[list[Sentence]],
    terms: list[list[list[str]]],
    analyzer: Analyzer,
    options: BuildOptions,
) -> None:
    """Score and save both engines, their forward indexes, the store and the vocabulary.

    Each term is looked up in the vocabulary once: a document unit's ids are its
    title's (repeated `title_weight` times) followed by its sentences' ids.
    """
    vocab: dict[str, int] = {}
    sent_ids, sent_lengths = term_ids([t for per_doc in terms for t in per_doc], vocab)
    titles = [analyzer.terms(d.title) * options.title_weight for d in docs]
    title_ids, title_lengths = term_ids(titles, vocab)
    sentence_doc = np.repeat(np.arange(len(docs), dtype=np.int32), [len(s) for s in sentences])
    per_doc = np.bincount(sentence_doc, weights=sent_lengths, minlength=len(docs)).astype(np.int64)
    sent_bounds = np.concatenate([[0], np.cumsum(per_doc)])
    title_bounds = np.concatenate([[0], np.cumsum(title_lengths)])
    doc_ids = np.concatenate(
        [
            part
            for i in range(len(docs))
            for part in (
                title_ids[title_bounds[i] : title_bounds[i + 1]],
                sent_ids[sent_bounds[i] : sent_bounds[i + 1]],
            )
        ]
        or [np.zeros(0, dtype=np.int64)]
    )
    doc_lengths = title_lengths + per_doc
    n_terms = len(vocab)
    writer.add_documents(docs, sentences)
    sentence_engine = SparseBM25.from_term_ids(sent_ids, sent_lengths, n_terms, vocab, options.bm25)
    writer.save_arrays("sentences", sentence_engine.arrays())
    writer.save_arrays("sentences", ForwardIndex.from_term_ids(sent_ids, sent_lengths, n_terms).arrays())
    document_engine = SparseBM25.from_term_ids(doc_ids, doc_lengths, n_terms, vocab, options.doc_bm25)
    writer.save_arrays("documents", document_engine.arrays())
    writer.save_arrays("documents", ForwardIndex.from_term_ids(doc_ids, doc_lengths, n_terms).arrays())
    writer.save_array("sentence_doc", sentence_doc)
    vocab_list = [""] * n_terms
    for term, i in vocab.items():
        vocab_list[i] = term
    writer.save_json("vocab.json", vocab_list)
