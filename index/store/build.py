"""Build an index directory from corpus paths: load, split, analyze, score, store."""

from __future__ import annotations

import errno
import functools
import hashlib
import importlib
import multiprocessing
import multiprocessing.connection
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from factbot.index.documents import Document, LoadWarning, Sentence
from factbot.index.errors import CorpusError, IndexUnusableError, IndexWriteError
from factbot.index.ingest.loaders import SUPPORTED_SUFFIXES, load_corpus
from factbot.index.ingest.sentences import split_spans
from factbot.index.ranking.analysis import Analyzer
from factbot.index.ranking.bm25 import BM25Params, SparseBM25, term_ids
from factbot.index.ranking.feedback import ForwardIndex
from factbot.index.store.fingerprint import scan_corpus
from factbot.index.store.manifest import FORMAT_VERSION, read_manifest
from factbot.index.store.reuse import PreviousAnalysis
from factbot.index.store.writer import IndexWriter, build_lock

__all__ = [
    "BuildOptions",
    "BuildReport",
    "build_index",
    "split_document",
    "staleness",
]


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
    max_file_bytes: int = 20 * 1024 * 1024  # per file, except JSON Lines
    max_record_bytes: int = 20 * 1024 * 1024  # per JSON Lines record (line)

    def settings(self) -> dict[str, object]:
        """The part of the manifest that must match for an index to be reused."""
        return {
            "format_version": FORMAT_VERSION,
            "analyzer": Analyzer(self.language).settings,
            "bm25": _params(self.bm25),
            "doc_bm25": _params(self.doc_bm25),
            "title_weight": self.title_weight,
            "max_file_bytes": self.max_file_bytes,
            "max_record_bytes": self.max_record_bytes,
            "code": content_code_digest(),
        }


# The modules whose code decides what an index holds (which text is a sentence, its terms, the
# arrays): any change to them rebuilds an index, so an upgraded factbot never answers from
# sentences its old rules cut or kept.
_CONTENT_MODULES = (
    "factbot.index.documents",
    "factbot.index.ingest.boilerplate",
    "factbot.index.ingest.html",
    "factbot.index.ingest.jsonl",
    "factbot.index.ingest.loaders",
    "factbot.index.ingest.markdown",
    "factbot.index.ingest.sentences",
    "factbot.index.ingest.text",
    "factbot.index.ranking.analysis",
    "factbot.index.ranking.bm25",
    "factbot.index.ranking.feedback",
    "factbot.index.store.build",
    "factbot.index.store.checksums",
    "factbot.index.store.manifest",
    "factbot.index.store.reader",
    "factbot.index.store.reuse",
    "factbot.index.store.writer",
)


@functools.cache
def content_code_digest() -> str:
    """A digest of the source of `_CONTENT_MODULES`, as installed."""
    digest = hashlib.blake2b(digest_size=8)
    for name in _CONTENT_MODULES:
        module = importlib.import_module(name)
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()


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


def staleness(directory: Path, paths: Sequence[str | os.PathLike[str]], options: BuildOptions) -> str | None:
    """Why the index in `directory` must be rebuilt for this corpus and settings, or None when current.

    The reasons: no index yet, another format (`format_mismatch`), an unusable
    manifest or directory (the error's message), or a changed corpus or settings.
    """
    try:
        manifest = read_manifest(directory)
    except IndexUnusableError as exc:
        return str(exc)
    if manifest is None:
        return "no index yet"
    known = {(str(entry[0]), str(entry[1])): entry for entry in manifest.corpus_files}
    scan = scan_corpus(paths, options.settings(), options.max_file_bytes, known)
    if manifest.fingerprint != scan.fingerprint:
        return "the corpus or settings changed"
    return None


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

    Raises CorpusError when no document is indexable and IndexWriteError when the
    directory cannot be written (full, read-only, unwritable, not a directory); either
    way the previous index stays live.
    """
    scan = scan_corpus(paths, options.settings(), options.max_file_bytes)
    loaded = load_corpus(paths, max_bytes=options.max_file_bytes, max_record_bytes=options.max_record_bytes)
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
        raise CorpusError(_nothing_indexable(paths, report, loaded.unsupported))
    report.documents = len(docs)
    try:
        with build_lock(directory):
            writer = IndexWriter(directory)
            try:
                _write(writer, docs, sentences, terms, analyzer, options)
                writer.commit(
                    {
                        **options.settings(),
                        "fingerprint": scan.fingerprint,
                        "corpus_files": scan.files,
                        "corpus": [str(Path(p).resolve()) for p in paths],
                        "documents": report.documents,
                        "sentences": report.sentences,
                        "skipped": report.skipped,
                    }
                )
            except BaseException:
                writer.abort()
                raise
    except (OSError, sqlite3.Error) as exc:
        raise IndexWriteError(f"cannot write the index in {directory}: {_write_problem(exc)}") from exc
    return report


def _write_problem(exc: OSError | sqlite3.Error) -> str:
    """What went wrong writing the index, in a few words (and which path is not a directory)."""
    if not isinstance(exc, OSError):
        return str(exc)
    if exc.errno in (errno.ENOTDIR, errno.EEXIST) and exc.filename:
        blocker = next((p for p in Path(exc.filename).parents if p.exists()), None)
        if blocker is not None and not blocker.is_dir():
            return f"{blocker} is a file, not a directory"
        if Path(exc.filename).exists() and not Path(exc.filename).is_dir():
            return f"{exc.filename} is a file, not a directory"
    return f"{exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "")


def _nothing_indexable(
    paths: Sequence[str | os.PathLike[str]], report: BuildReport, unsupported: list[str]
) -> str:
    """Why a corpus gave no document: what was skipped and which files are of no supported type."""
    where = ", ".join(str(p) for p in paths)
    parts = []
    if report.skipped or not unsupported:
        reasons = _first([str(w) for w in report.warnings if w.skips])
        parts.append(f"{report.skipped} skipped" + (f" ({reasons})" if reasons else ""))
    if unsupported:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        parts.append(f"{len(unsupported)} file(s) of no supported type ({kinds}): {_first(unsupported)}")
    return f"nothing indexable in {where}: " + "; ".join(parts)


def _first(items: list[str], shown: int = 3) -> str:
    return "; ".join(items[:shown]) + (f"; and {len(items) - shown} more" if len(items) > shown else "")


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
    pool = _worker_pool(workers)
    try:
        yield from pool.map(_analyze_chunk, [(language, c) for c in chunks])
    finally:
        pool.shutdown(cancel_futures=True)


def _worker_pool(workers: int) -> ProcessPoolExecutor:
    """Analysis processes started by a fork server, never forked from the building process.

    A build may run on a thread of the running bot (`/reload`), and a fork of a process
    with threads can deadlock in the child (a lock held by another thread stays held).
    The fork server is a fresh, single-threaded interpreter with `index.build` preloaded,
    so a worker starts without re-importing numpy (see benchmarks/RESULTS.md for spawn).
    Each worker exits as soon as the process that started the build is gone. As with any
    start method but fork, a script that builds a large corpus needs the usual
    ``if __name__ == "__main__":`` guard (the `factbot` command has it).
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_exit_with_parent)


def _exit_with_parent() -> None:
    """In a worker: end this process when the build's process dies (killed, or crashed)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="factbot-exit-with-parent", daemon=True).start()


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
