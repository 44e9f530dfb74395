"""Writing a generation: the build lock, then arrays, the store and the manifest, made live atomically.

See `index.store.manifest` for the directory layout.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import sqlite3
import time
import uuid
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from factbot.index.documents import Document, Sentence
from factbot.index.errors import IndexUnusableError
from factbot.index.store.checksums import file_checksums, manifest_checksum, row_crc
from factbot.index.store.manifest import (
    CURRENT,
    FORMAT_VERSION,
    MANIFEST,
    unfinished_generations,
    validate_manifest,
)

__all__ = ["IndexWriter", "build_lock"]

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE documents (
    num INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, title TEXT, source TEXT,
    url TEXT, date TEXT, description TEXT, path TEXT, text TEXT NOT NULL,
    first_sentence INTEGER NOT NULL, n_sentences INTEGER NOT NULL,
    crc INTEGER NOT NULL, text_crc INTEGER NOT NULL
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY, doc_num INTEGER NOT NULL, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, crc INTEGER NOT NULL
);
"""


@contextlib.contextmanager
def build_lock(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on the index directory while building."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class IndexWriter:
    """Writes one new generation; `commit` makes it live, `abort` throws it away."""

    def __init__(self, directory: Path) -> None:
        if directory.exists() and not directory.is_dir():
            raise IndexUnusableError(f"index path {directory} exists and is not a directory")
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        _remove_unfinished(directory)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        self.generation = directory / f"gen-{stamp}-{uuid.uuid4().hex[:8]}"
        self.generation.mkdir()
        try:  # a full disk can fail the very first write: leave no empty generation behind
            self._db = sqlite3.connect(self.generation / "store.sqlite")
            self._db.executescript(_SCHEMA)
        except BaseException:
            shutil.rmtree(self.generation, ignore_errors=True)
            raise
        self._arrays: dict[str, dict[str, Any]] = {}

    def add_documents(self, docs: Sequence[Document], sentences: Sequence[Sequence[Sentence]]) -> None:
        """Store documents with their sentences; sentence ids run in insertion order."""
        cur = self._db.execute("SELECT COUNT(*) FROM sentences")
        next_id = cur.fetchone()[0]
        num = self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        doc_rows, sent_rows = [], []
        for doc, sents in zip(docs, sentences, strict=True):
            meta = (num, doc.doc_id, doc.title, doc.source, doc.url, doc.date, doc.description, doc.path)
            counts = (next_id, len(sents))
            doc_rows.append((*meta, doc.text, *counts, row_crc((*meta, *counts)), row_crc((doc.text,))))
            for i, s in enumerate(sents):
                row = (next_id + i, num, s.index, s.start, s.end, s.text)
                sent_rows.append((*row, row_crc(row)))
            next_id += len(sents)
            num += 1
        self._db.executemany("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", doc_rows)
        self._db.executemany("INSERT INTO sentences VALUES (?,?,?,?,?,?,?)", sent_rows)

    def save_array(self, name: str, array: np.ndarray) -> None:
        """Write one array as NAME.npy, without pickle; the manifest will list its checksum."""
        array = np.ascontiguousarray(array)
        np.save(self.generation / f"{name}.npy", array, allow_pickle=False)
        self._arrays[name] = {"dtype": array.dtype.str, "shape": list(array.shape), "crc32": _crc32(array)}

    def save_arrays(self, prefix: str, arrays: dict[str, np.ndarray]) -> None:
        """Write a group of arrays as PREFIX.NAME.npy."""
        for name, array in arrays.items():
            self.save_array(f"{prefix}.{name}", array)

    def save_json(self, name: str, value: Any) -> None:
        """Write one JSON file into the generation."""
        (self.generation / name).write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")

    def commit(self, manifest: dict[str, Any]) -> Path:
        """Finish the generation, make it live, and remove older generations.

        `manifest` holds the build's fields of `Manifest`; the format version, the
        arrays, the files and the checksum are added here, and the whole is validated
        before anything is made live.
        """
        self._db.commit()
        self._db.close()
        files = {p.name: file_checksums(p) for p in sorted(self.generation.iterdir())}
        sealed = {"format_version": FORMAT_VERSION, **manifest, "arrays": self._arrays, "files": files}
        content = {**sealed, "manifest_crc32": manifest_checksum(sealed)}
        validate_manifest(self.directory, content)
        self.save_json(MANIFEST, content)
        _fsync_tree(self.generation)
        tmp = self.directory / f".{CURRENT}.{uuid.uuid4().hex[:8]}"
        tmp.write_text(self.generation.name, encoding="utf-8")
        os.replace(tmp, self.directory / CURRENT)
        for old in self.directory.glob("gen-*"):
            if old != self.generation:
                shutil.rmtree(old, ignore_errors=True)
        return self.generation

    def abort(self) -> None:
        """Drop the unfinished generation; the live one is untouched."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        shutil.rmtree(self.generation, ignore_errors=True)


def _remove_unfinished(directory: Path) -> None:
    """Remove the generations builds left unfinished (call it holding the build lock)."""
    for generation in unfinished_generations(directory):
        log.info("removing %s, left unfinished by an earlier build", generation)
        shutil.rmtree(generation, ignore_errors=True)


def _crc32(array: np.ndarray) -> int:
    return zlib.crc32(np.ascontiguousarray(array).view(np.uint8).data)


def _fsync_tree(directory: Path) -> None:
    for path in directory.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
