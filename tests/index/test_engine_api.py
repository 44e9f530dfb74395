"""What adapters and tools call on the engine: verify, info, rank; and a document of many sentences."""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pytest
from factbot.index.engine import Engine, IndexInfo
from factbot.index.errors import IndexUnusableError
from factbot.index.store.build import BuildOptions, build_index
from factbot.index.store.manifest import FORMAT_VERSION

from tests.conftest import SAMPLE_CORPUS

TREATY = "when does the treaty take effect?"


def test_info_describes_the_open_generation(engine: Engine, sample_index: Path) -> None:
    info = engine.info()
    generation = sample_index / (sample_index / "CURRENT").read_text()
    assert isinstance(info, IndexInfo)
    assert info.directory == str(sample_index) and info.generation == generation.name
    assert info.format_version == FORMAT_VERSION
    assert (info.documents, info.sentences) == (5, engine.manifest.sentences) and info.sentences > 30
    assert info.size_bytes == sum(p.stat().st_size for p in generation.iterdir())
    assert datetime.fromisoformat(info.built).tzinfo is not None


def test_info_of_a_deleted_generation_has_no_size(sample_index: Path, tmp_path: Path) -> None:
    directory = tmp_path / "index"
    shutil.copytree(sample_index, directory)
    engine = Engine(directory, resident=True)
    try:
        shutil.rmtree(directory)
        info = engine.info()
        assert (info.size_bytes, info.built, info.documents) == (0, "", 5)
    finally:
        engine.close()


def test_rank_gives_hits_best_first_with_their_documents(engine: Engine) -> None:
    ranked = engine.rank(TREATY, 10)
    assert 0 < len(ranked) <= 10
    scores = [r.hit.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    for r in ranked:
        assert r.document is engine.index.documents[int(engine.index.sentence_doc[r.hit.sentence_id])]
        assert 0 <= r.index < r.document.n_sentences and r.doc_id == r.document.doc_id
        _, sentences = engine.document(r.doc_id)
        assert sentences[r.index] == engine.index.sentences([r.hit.sentence_id])[0]
    assert engine.rank("xylophone", 5) == []


def test_verify_reads_every_file_and_names_the_broken_one(sample_index: Path, tmp_path: Path) -> None:
    directory = tmp_path / "index"
    shutil.copytree(sample_index, directory)
    healthy = Engine(directory)
    healthy.verify()
    healthy.close()
    engine = Engine(directory)
    try:
        generation = directory / (directory / "CURRENT").read_text()
        target = generation / "documents.fwd_tf.npy"  # read by RM3 only
        data = bytearray(target.read_bytes())
        data[-1] ^= 0x01
        target.write_bytes(bytes(data))  # in place, after opening: only a whole read finds it
        with pytest.raises(IndexUnusableError, match=r"documents\.fwd_tf\.npy does not match its checksum"):
            engine.verify()
    finally:
        engine.close()


def test_a_document_of_more_sentences_than_sqlite_has_variables(tmp_path: Path) -> None:
    """40,000 sentences of one document are read in one range query, not one variable each."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    n = 40_000
    (corpus / "long.txt").write_text("".join(f"Line {i} holds fact {i}.\n" for i in range(n)))
    (corpus / "short.txt").write_text("A short note.\n")
    build_index([corpus, SAMPLE_CORPUS], tmp_path / "idx", BuildOptions())
    engine = Engine(tmp_path / "idx")
    # SQLite's default limit is 32,766 (999 before 3.32); some builds raise it: hold it to 999.
    engine.index._db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    try:
        started = time.perf_counter()
        doc, sentences = engine.document("long.txt")
        assert time.perf_counter() - started < 5
        assert doc.n_sentences == n == len(sentences)
        assert [s.index for s in sentences] == list(range(n))
        assert sentences[-1].text == f"Line {n - 1} holds fact {n - 1}."
        ids = list(range(doc.first_sentence, doc.first_sentence + n))
        assert engine.index.sentences(ids) == sentences  # by ids, in batches
        assert engine.context("long.txt", n - 1, window=1)[1] == sentences[-2:]
    finally:
        engine.close()


def test_a_document_missing_a_stored_sentence_is_reported(sample_index: Path, tmp_path: Path) -> None:
    directory = tmp_path / "index"
    shutil.copytree(sample_index, directory)
    store = directory / (directory / "CURRENT").read_text() / "store.sqlite"
    engine = Engine(directory)
    doc = max(engine.documents, key=lambda d: d.n_sentences)
    engine.close()
    with sqlite3.connect(store) as db:
        db.execute("DELETE FROM sentences WHERE id = ?", (doc.first_sentence + 1,))
    engine = Engine(directory)  # the manifest's file checksums cover the store: read it row by row
    try:
        with pytest.raises(IndexUnusableError, match=f"has no sentence {doc.first_sentence + 1}"):
            engine.index.document_sentences(doc.doc_id)
    finally:
        engine.close()
