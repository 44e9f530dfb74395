"""The index directory: manifest, arrays, sentence store, and atomic generations.

Layout of an index directory::

    DIR/CURRENT              name of the live generation (replaced atomically)
    DIR/.lock                held by a build, so two builds never interleave
    DIR/gen-*/manifest.json  format version, analyzer and BM25 settings, fingerprint, counts,
                             each array's dtype, shape and CRC-32, each file's size and block
                             CRC-32s, and the CRC-32 of the manifest itself
    DIR/gen-*/store.sqlite   documents and sentences (texts read lazily)
    DIR/gen-*/vocab.json     term list; a term's id is its position
    DIR/gen-*/*.npy          sparse BM25 arrays, forward indexes, sentence -> document map

A build writes a new generation beside the live one and then replaces
``CURRENT``; a build that dies midway leaves the previous generation live.
Readers never lock: a generation is never modified once written. A reader opens
every file of the generation at once and keeps it open; when that fails and
``CURRENT`` meanwhile names another generation (a build committed and removed the
old one), it opens the new one instead. A build first removes the generations
earlier builds left unfinished.

A reader either memory-maps the arrays (quick to open: a one-shot command touches
only the pages its question needs, and checks the checksum blocks of those) or,
with ``resident=True``, reads them into its own memory and checks them whole (a
long-running process: a file of the generation damaged or truncated in place later
cannot reach a loaded array, where a mapped page would fault). Either way every
sentence and document row read from the store is checked against its own CRC-32
(see `index.checksums`).
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
from typing import Any

import numpy as np
from factbot.index.documents import Document, Sentence
from factbot.index.errors import IndexUnusableError
from factbot.index.store.checksums import CheckedFile, file_checksums, manifest_checksum, npy_array, row_crc

__all__ = [
    "FORMAT_VERSION",
    "IndexWriter",
    "StoredIndex",
    "build_lock",
    "read_manifest",
    "unfinished_generations",
]

log = logging.getLogger(__name__)

# 2: the manifest lists every array with its CRC-32;
# 3: and every file with its block CRC-32s, the manifest its own, each stored row its own.
FORMAT_VERSION = 3
_CURRENT = "CURRENT"
_MANIFEST = "manifest.json"
_OPEN_ATTEMPTS = 5  # generations tried when rebuilds keep replacing the one being opened
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
_DOCUMENT_FIELDS = "num, doc_id, title, source, url, date, description, path, first_sentence, n_sentences"
_SENTENCE_FIELDS = "id, doc_num, idx, start, end, text"


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
        """Finish the generation, make it live, and remove older generations."""
        self._db.commit()
        self._db.close()
        files = {p.name: file_checksums(p) for p in sorted(self.generation.iterdir())}
        sealed = {"format_version": FORMAT_VERSION, **manifest, "arrays": self._arrays, "files": files}
        self.save_json(_MANIFEST, {**sealed, "manifest_crc32": manifest_checksum(sealed)})
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


def _remove_unfinished(directory: Path) -> None:
    """Remove the generations builds left unfinished (call it holding the build lock)."""
    for generation in unfinished_generations(directory):
        log.info("removing %s, left unfinished by an earlier build", generation)
        shutil.rmtree(generation, ignore_errors=True)


def unfinished_generations(directory: Path) -> list[Path]:
    """The generations other than the live one: left by builds that were stopped midway.

    While a build runs, the generation it is writing is among them.
    """
    try:
        live = (directory / _CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        live = ""
    return sorted(p for p in directory.glob("gen-*") if p.name != live and p.is_dir())


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
    return None if generation is None else _read_manifest(directory, generation)


def _read_manifest(directory: Path, generation: Path) -> dict[str, Any]:
    """A generation's manifest; one of this format must match its own checksum."""
    try:
        manifest = json.loads((generation / _MANIFEST).read_bytes())
    except (OSError, ValueError) as exc:
        raise IndexUnusableError(f"index {directory} is corrupt: unreadable manifest ({exc})") from exc
    if not isinstance(manifest, dict):
        raise IndexUnusableError(f"index {directory} is corrupt: manifest is not an object")
    if manifest.get("format_version") == FORMAT_VERSION and manifest.get(
        "manifest_crc32"
    ) != manifest_checksum(manifest):
        raise IndexUnusableError(f"index {directory} is corrupt: {_MANIFEST} does not match its checksum")
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
        self.directory = directory
        self.resident = resident
        self._open_files: dict[str, CheckedFile] = {}
        for attempt in range(_OPEN_ATTEMPTS):
            generation = live_generation(directory)
            if generation is None:
                raise IndexUnusableError(f"no index in {directory}: run `factbot index` first")
            try:
                self._open(generation)
                return
            except IndexUnusableError:
                self.close()
                if attempt + 1 == _OPEN_ATTEMPTS or not _replaced(directory, generation):
                    raise
                log.info("%s was replaced while it was being opened: opening the new one", generation.name)

    def _open(self, generation: Path) -> None:
        """Open every file of one generation and read what every question needs."""
        manifest = _read_manifest(self.directory, generation)
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexUnusableError(
                f"index {self.directory} has format {manifest.get('format_version')!r}, "
                f"this factbot reads format {FORMAT_VERSION}: rebuild it with `factbot index --rebuild`"
            )
        self.generation = generation
        self.manifest = manifest
        self._arrays: dict[str, np.ndarray] = {}
        self._files = _snapshot(generation)
        listed = manifest.get("files")
        if not isinstance(listed, dict) or not {"vocab.json", "store.sqlite"} <= listed.keys():
            raise self._corrupt("the manifest lists no files")
        for name, spec in listed.items():
            mapped = name.endswith(".npy") and not self.resident
            self._open_files[name] = CheckedFile(generation / name, spec, self._corrupt, mapped=mapped)
        try:
            terms = json.loads(self._open_files["vocab.json"].read())
            self.vocab: dict[str, int] = {t: i for i, t in enumerate(terms)}
            self.sentence_doc = self.array("sentence_doc")
            uri = f"file:{generation / 'store.sqlite'}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except (OSError, ValueError, TypeError, sqlite3.Error) as exc:
            raise self._corrupt(str(exc)) from exc
        self._lock = threading.Lock()
        self.documents = self._read_documents()
        self.by_doc_id = {d.doc_id: d for d in self.documents}

    def _read_documents(self) -> list[StoredDocument]:
        """Every document row, each checked against its CRC and the sentence ranges against the manifest."""
        documents, first = [], 0
        for *row, crc in self._rows(f"SELECT {_DOCUMENT_FIELDS}, crc FROM documents ORDER BY num"):
            if row_crc(row) != crc or row[0] != len(documents) or row[8] != first:
                raise self._corrupt(f"store.sqlite: document {len(documents)} does not match its checksum")
            documents.append(StoredDocument(*row))
            first += row[9]
        counts = (self.manifest.get("documents"), self.manifest.get("sentences"))
        if (len(documents), first) != counts or first != self.n_sentences:
            raise self._corrupt(
                f"store.sqlite holds {len(documents)} documents and {first} sentences, the manifest says "
                f"{counts[0]} and {counts[1]}"
            )
        return documents

    def arrays(self, prefix: str, names: Sequence[str]) -> dict[str, np.ndarray]:
        """The arrays PREFIX.NAME, by NAME."""
        return {n: self.array(f"{prefix}.{n}") for n in names}

    def array(self, name: str) -> np.ndarray:
        """One saved array: mapped, its blocks checked as they are read, or (resident) read and checked whole.

        IndexUnusableError when it is damaged or not what the manifest lists.
        """
        if name in self._arrays:
            return self._arrays[name]
        spec = self.manifest.get("arrays", {}).get(name)
        file = self._open_files.get(f"{name}.npy")
        if not isinstance(spec, dict) or not {"dtype", "shape"} <= spec.keys() or file is None:
            raise self._corrupt(f"the manifest lists no array {name!r}")
        array = npy_array(file, self._corrupt)
        if array.dtype.str != spec["dtype"] or list(array.shape) != spec["shape"] or array.ndim != 1:
            raise self._corrupt(f"{name}.npy holds {array.dtype.str}{list(array.shape)}, expected {spec}")
        self._arrays[name] = array
        return array

    def whole_array(self, name: str) -> np.ndarray:
        """One saved array, checked whole (for reading all of it element by element)."""
        array = self.array(name)
        self._open_files[f"{name}.npy"].check_all()
        return np.asarray(array)

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
        """Fetch sentences by id, in the order given; each row is checked against its CRC."""
        if not ids:
            return []
        wanted = [int(i) for i in ids]
        marks = ",".join("?" * len(wanted))
        rows = self._rows(f"SELECT {_SENTENCE_FIELDS}, crc FROM sentences WHERE id IN ({marks})", wanted)
        found = {row[0]: self._sentence(row) for row in rows}
        missing = [i for i in wanted if i not in found]
        if missing:
            raise self._corrupt(f"store.sqlite has no sentence {missing[0]}")
        return [found[i] for i in wanted]

    def _sentence(self, row: Sequence[Any]) -> Sentence:
        """One sentence row (with its CRC last) as a Sentence, once it matches its checksum."""
        sid, doc_num, idx, start, end, text, crc = row
        if row_crc(row[:-1]) != crc or not 0 <= doc_num < len(self.documents):
            raise self._corrupt(f"store.sqlite: sentence {sid} does not match its checksum")
        return Sentence(self.documents[doc_num].doc_id, idx, start, end, text)

    def document_text(self, doc_id: str) -> str:
        """The full text of one document (what every quote is a substring of)."""
        rows = self._rows("SELECT text, text_crc FROM documents WHERE doc_id = ?", (doc_id,))
        if not rows:
            return ""
        text, crc = rows[0]
        if row_crc((text,)) != crc:
            raise self._corrupt(f"store.sqlite: the text of {doc_id} does not match its checksum")
        return str(text)

    def all_sentence_texts(self) -> Iterator[str]:
        """Every sentence text in id order (for engines built at load time), each row checked."""
        rows = self._rows(f"SELECT {_SENTENCE_FIELDS}, crc FROM sentences ORDER BY id")
        if len(rows) != self.n_sentences:
            held = f"store.sqlite holds {len(rows)} sentences"
            raise self._corrupt(f"{held}, the manifest says {self.n_sentences}")
        for expected, row in enumerate(rows):
            if row[0] != expected:
                raise self._corrupt(f"store.sqlite has no sentence {expected}")
            yield self._sentence(row).text

    def all_document_texts(self) -> Iterator[str]:
        """Each document's context text (title and sentences) in document order."""
        texts = list(self.all_sentence_texts())
        for doc in self.documents:
            sentences = " ".join(texts[doc.first_sentence : doc.first_sentence + doc.n_sentences])
            yield f"{doc.title or ''} {sentences}"

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        """Run one query on the sentence store; a damaged store raises IndexUnusableError."""
        try:
            with self._lock:
                return self._db.execute(sql, params).fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as exc:  # a damaged schema can garble SQLite's message
            raise self._corrupt(f"cannot read the sentence store store.sqlite ({exc})") from exc

    def document_sentences(self, doc_id: str) -> list[Sentence]:
        """All sentences of one document, in order."""
        doc = self.by_doc_id.get(doc_id)
        if doc is None:
            return []
        return self.sentences(range(doc.first_sentence, doc.first_sentence + doc.n_sentences))

    def verify(self) -> None:
        """Read every file of the generation whole; IndexUnusableError names the first broken one.

        Every block of every file is compared with its checksum (blocks already read
        and checked are not read again), each array's header with the manifest, and
        the sentence store is checked by SQLite, so a damaged generation is found
        before a question reaches it.
        """
        for name in sorted(self._open_files):
            self._open_files[name].check_all()
        for name in sorted(self.manifest.get("arrays", {})):
            self.array(name)
        ((check,),) = self._rows("PRAGMA quick_check")
        ((count,),) = self._rows("SELECT count(*) FROM sentences")
        if check != "ok":
            raise self._corrupt(f"sentence store: {check}")
        if count != self.n_sentences:
            raise self._corrupt(f"{count} stored sentences, manifest says {self.n_sentences}")

    def close(self) -> None:
        """Close the files (mapped arrays stay readable until they are dropped)."""
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
        for file in self._open_files.values():
            file.close()
        self._open_files = {}


def _replaced(directory: Path, generation: Path) -> bool:
    """Whether `CURRENT` now names another generation than `generation`."""
    try:
        return live_generation(directory) not in (None, generation)
    except IndexUnusableError:
        return False
