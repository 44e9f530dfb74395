"""The index directory: manifest, arrays, sentence store, and atomic generations.

Layout of an index directory::

    DIR/CURRENT              name of the live generation (replaced atomically)
    DIR/.lock                held by a build, so two builds never interleave
    DIR/gen-*/manifest.json  format version, analyzer and BM25 settings, fingerprint, counts,
                             and each array's dtype, shape and CRC-32
    DIR/gen-*/store.sqlite   documents and sentences (texts read lazily)
    DIR/gen-*/vocab.json     term list; a term's id is its position
    DIR/gen-*/*.npy          sparse BM25 arrays, forward indexes, sentence -> document map

A build writes a new generation beside the live one and then replaces
``CURRENT``; a build that dies midway leaves the previous generation live.
Readers never lock: a generation is never modified once written.

A reader either memory-maps the arrays (quick to open: a one-shot command touches
only the pages its question needs) or, with ``resident=True``, reads them into its
own memory and checks each against its CRC-32 (a long-running process: a file of
the generation damaged or truncated in place later cannot reach a loaded array,
where a mapped page would fault).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from index.documents import Document, Sentence
from index.errors import IndexUnusableError

__all__ = ["FORMAT_VERSION", "IndexWriter", "StoredIndex", "build_lock", "read_manifest"]

log = logging.getLogger(__name__)

FORMAT_VERSION = 2  # 2: the manifest lists every array with its CRC-32
_CURRENT = "CURRENT"
_SCHEMA = """
CREATE TABLE documents (
    num INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, title TEXT, source TEXT,
    url TEXT, date TEXT, description TEXT, path TEXT, text TEXT NOT NULL,
    first_sentence INTEGER NOT NULL, n_sentences INTEGER NOT NULL
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY, doc_num INTEGER NOT NULL, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
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
            doc_rows.append(
                (
                    num,
                    doc.doc_id,
                    doc.title,
                    doc.source,
                    doc.url,
                    doc.date,
                    doc.description,
                    doc.path,
                    doc.text,
                    next_id,
                    len(sents),
                )
            )
            sent_rows.extend((next_id + i, num, s.index, s.start, s.end, s.text) for i, s in enumerate(sents))
            next_id += len(sents)
            num += 1
        self._db.executemany("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)", doc_rows)
        self._db.executemany("INSERT INTO sentences VALUES (?,?,?,?,?,?)", sent_rows)

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
        """Finish the generation, make it live, and remove older generations."""
        self._db.commit()
        self._db.close()
        self.save_json(
            "manifest.json", {"format_version": FORMAT_VERSION, **manifest, "arrays": self._arrays}
        )
        _fsync_tree(self.generation)
        tmp = self.directory / f".{_CURRENT}.{uuid.uuid4().hex[:8]}"
        tmp.write_text(self.generation.name, encoding="utf-8")
        os.replace(tmp, self.directory / _CURRENT)
        for old in self.directory.glob("gen-*"):
            if old != self.generation:
                shutil.rmtree(old, ignore_errors=True)
        return self.generation

    def abort(self) -> None:
        """Drop the unfinished generation; the live one is untouched."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        shutil.rmtree(self.generation, ignore_errors=True)


def _crc32(array: np.ndarray) -> int:
    return zlib.crc32(memoryview(np.ascontiguousarray(array)).cast("B"))


def _fsync_tree(directory: Path) -> None:
    for path in directory.iterdir():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())


def _snapshot(generation: Path) -> dict[str, tuple[int, int, int]]:
    """Each file's inode, size and modification time, to notice changes made in place."""
    found = {}
    with contextlib.suppress(OSError):
        for path in generation.iterdir():
            with contextlib.suppress(OSError):
                st = path.stat()
                found[path.name] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return found


def live_generation(directory: Path) -> Path | None:
    """The generation `CURRENT` names, or None when there is no index yet."""
    try:
        name = (directory / _CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexUnusableError(f"cannot read index {directory}: {exc.strerror}") from exc
    generation = directory / name
    if not name.startswith("gen-") or not generation.is_dir():
        raise IndexUnusableError(f"index {directory} is corrupt: CURRENT names a missing generation {name!r}")
    return generation


def read_manifest(directory: Path) -> dict[str, Any] | None:
    """The live manifest, or None when the directory holds no index."""
    generation = live_generation(directory)
    if generation is None:
        return None
    try:
        manifest = json.loads((generation / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexUnusableError(f"index {directory} is corrupt: unreadable manifest ({exc})") from exc
    if not isinstance(manifest, dict):
        raise IndexUnusableError(f"index {directory} is corrupt: manifest is not an object")
    return manifest


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document's metadata as stored, with the range of its sentence ids."""

    num: int
    doc_id: str
    title: str
    source: str
    url: str
    date: str
    description: str
    path: str
    first_sentence: int
    n_sentences: int


class StoredIndex:
    """A live generation opened read-only: arrays mapped or resident, texts from SQLite."""

    def __init__(self, directory: Path, *, resident: bool = False) -> None:
        manifest = read_manifest(directory)
        if manifest is None:
            raise IndexUnusableError(f"no index in {directory}: run `factbot index` first")
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexUnusableError(
                f"index {directory} has format {manifest.get('format_version')!r}, "
                f"this factbot reads format {FORMAT_VERSION}: rebuild it with `factbot index --rebuild`"
            )
        self.directory = directory
        self.generation = live_generation(directory)
        self.manifest = manifest
        self.resident = resident
        self._checked: set[str] = set()  # arrays read and found to match their checksum
        self._files = _snapshot(self.generation)
        try:
            self.vocab: dict[str, int] = {
                t: i for i, t in enumerate(json.loads((self.generation / "vocab.json").read_text("utf-8")))
            }
            self.sentence_doc = self.array("sentence_doc")
            uri = f"file:{self.generation / 'store.sqlite'}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except (OSError, ValueError, sqlite3.Error) as exc:
            raise self._corrupt(str(exc)) from exc
        self._lock = threading.Lock()
        rows = self._rows(
            "SELECT num, doc_id, title, source, url, date, description, path,"
            " first_sentence, n_sentences FROM documents ORDER BY num"
        )
        self.documents = [StoredDocument(*row) for row in rows]
        self.by_doc_id = {d.doc_id: d for d in self.documents}

    def arrays(self, prefix: str, names: Sequence[str]) -> dict[str, np.ndarray]:
        """The arrays PREFIX.NAME, by NAME."""
        return {n: self.array(f"{prefix}.{n}") for n in names}

    def array(self, name: str) -> np.ndarray:
        """One saved array, mapped or (resident) read and checked; IndexUnusableError when damaged."""
        if self.resident:
            return self._read_checked(name)
        array, _ = self._load(name, mmap_mode="r")
        return array

    def _read_checked(self, name: str) -> np.ndarray:
        """Read one array into memory (never mapped) and compare it with its manifest entry."""
        array, spec = self._load(name, mmap_mode=None)
        if _crc32(array) != spec["crc32"]:
            raise self._corrupt(f"{name}.npy does not match its checksum")
        self._checked.add(name)
        return array

    def _load(self, name: str, mmap_mode: Literal["r"] | None) -> tuple[np.ndarray, dict[str, Any]]:
        """Load (or map) one array and check its dtype and shape against the manifest."""
        spec = self._spec(name)
        try:
            array = np.load(self.generation / f"{name}.npy", mmap_mode=mmap_mode, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise self._corrupt(f"{name}.npy: {exc}") from exc
        if array.dtype.str != spec["dtype"] or list(array.shape) != spec["shape"]:
            raise self._corrupt(f"{name}.npy holds {array.dtype.str}{list(array.shape)}, expected {spec}")
        return array, spec

    def _spec(self, name: str) -> dict[str, Any]:
        spec = self.manifest.get("arrays", {}).get(name)
        if not isinstance(spec, dict) or not {"dtype", "shape", "crc32"} <= spec.keys():
            raise self._corrupt(f"the manifest lists no array {name!r}")
        return spec

    def _corrupt(self, what: str) -> IndexUnusableError:
        return IndexUnusableError(f"index {self.directory} is corrupt: {what}")

    def changed_on_disk(self) -> str | None:
        """Which file of this generation was deleted, replaced or changed since it was opened."""
        now = _snapshot(self.generation)
        for name, before in self._files.items():
            after = now.get(name)
            if after is None:
                return f"{self.generation / name} was deleted"
            if after != before:
                sizes = f"{before[1]:,} bytes when opened, now {after[1]:,}"
                return f"{self.generation / name} changed on disk ({sizes})"
        return None

    @property
    def n_sentences(self) -> int:
        return int(self.sentence_doc.shape[0])

    def sentences(self, ids: Sequence[int]) -> list[Sentence]:
        """Fetch sentences by id, in the order given."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._rows(
            "SELECT s.id, d.doc_id, s.idx, s.start, s.end, s.text FROM sentences s"
            f" JOIN documents d ON d.num = s.doc_num WHERE s.id IN ({marks})",
            [int(i) for i in ids],
        )
        found = {row[0]: Sentence(*row[1:]) for row in rows}
        return [found[int(i)] for i in ids if int(i) in found]

    def document_text(self, doc_id: str) -> str:
        """The full text of one document (what every quote is a substring of)."""
        rows = self._rows("SELECT text FROM documents WHERE doc_id = ?", (doc_id,))
        return rows[0][0] if rows else ""

    def all_sentence_texts(self) -> Iterator[str]:
        """Every sentence text in id order (for engines built at load time)."""
        return (row[0] for row in self._rows("SELECT text FROM sentences ORDER BY id"))

    def all_document_texts(self) -> Iterator[str]:
        """Each document's context text (title and sentences) in document order."""
        rows = self._rows(
            "SELECT d.title, group_concat(s.text, ' ') FROM documents d"
            " LEFT JOIN sentences s ON s.doc_num = d.num GROUP BY d.num ORDER BY d.num"
        )
        return (f"{title or ''} {text or ''}" for title, text in rows)

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        """Run one query on the sentence store; a damaged store raises IndexUnusableError."""
        try:
            with self._lock:
                return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._corrupt(f"cannot read the sentence store store.sqlite ({exc})") from exc

    def document_sentences(self, doc_id: str) -> list[Sentence]:
        """All sentences of one document, in order."""
        doc = self.by_doc_id.get(doc_id)
        if doc is None:
            return []
        return self.sentences(range(doc.first_sentence, doc.first_sentence + doc.n_sentences))

    def verify(self) -> None:
        """Read every file of the generation once; IndexUnusableError names the first broken one.

        Each array listed in the manifest is read (not mapped) and compared with its
        checksum, unless it was already read that way, and the sentence store is checked,
        so a damaged generation is found before a question reaches it.
        """
        listed = self.manifest.get("arrays")
        if not isinstance(listed, dict) or not listed:
            raise self._corrupt("the manifest lists no arrays")
        for name in sorted(listed.keys() - self._checked):
            self._read_checked(name)
        ((check,),) = self._rows("PRAGMA quick_check")
        ((count,),) = self._rows("SELECT count(*) FROM sentences")
        if check != "ok":
            raise self._corrupt(f"sentence store: {check}")
        expected = self.manifest.get("sentences")
        if count != expected or self.n_sentences != expected:
            raise self._corrupt(f"{count} stored sentences, manifest says {expected}")

    def close(self) -> None:
        """Close the SQLite connection."""
        self._db.close()
