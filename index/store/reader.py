"""Reading a generation: `StoredIndex` opens the live one read-only and checks what it reads.

See `index.store.manifest` for the directory layout and how readers and builds meet.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from factbot.index.documents import Sentence
from factbot.index.errors import IndexUnusableError
from factbot.index.store.checksums import CheckedFile, npy_array, row_crc
from factbot.index.store.manifest import Manifest, live_generation, read_generation_manifest

__all__ = ["StoredDocument", "StoredIndex"]

log = logging.getLogger(__name__)

_OPEN_ATTEMPTS = 5  # generations tried when rebuilds keep replacing the one being opened
_DOCUMENT_FIELDS = "num, doc_id, title, source, url, date, description, path, first_sentence, n_sentences"
_SENTENCE_FIELDS = "id, doc_num, idx, start, end, text"
_BATCH = 500  # sentence ids per query, well under SQLite's limit on variables (999 on old builds)


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
        manifest = read_generation_manifest(self.directory, generation)
        self.generation = generation
        self.manifest: Manifest = manifest
        self._arrays: dict[str, np.ndarray] = {}
        self._files = _snapshot(generation)
        if not {"vocab.json", "store.sqlite"} <= manifest.files.keys():
            raise self._corrupt("the manifest lists no files")
        for name, spec in manifest.files.items():
            mapped = name.endswith(".npy") and not self.resident
            file = CheckedFile(generation / name, spec.size, spec.blocks, self._corrupt, mapped=mapped)
            self._open_files[name] = file
        try:
            terms = json.loads(self._open_files["vocab.json"].read())
            if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                raise ValueError("vocab.json is not a list of terms")
            self.terms: list[str] = terms  # a term's id is its position
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
        documents: list[StoredDocument] = []
        first = 0
        for *row, crc in self._rows(f"SELECT {_DOCUMENT_FIELDS}, crc FROM documents ORDER BY num"):
            if row_crc(row) != crc or row[0] != len(documents) or row[8] != first:
                raise self._corrupt(f"store.sqlite: document {len(documents)} does not match its checksum")
            documents.append(StoredDocument(*row))
            first += row[9]
        counts = (self.manifest.documents, self.manifest.sentences)
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
        spec = self.manifest.arrays.get(name)
        file = self._open_files.get(f"{name}.npy")
        if spec is None or file is None:
            raise self._corrupt(f"the manifest lists no array {name!r}")
        array = npy_array(file, self._corrupt)
        if array.dtype.str != spec.dtype or list(array.shape) != spec.shape or array.ndim != 1:
            expected = spec.model_dump()
            raise self._corrupt(f"{name}.npy holds {array.dtype.str}{list(array.shape)}, expected {expected}")
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
        found: dict[int, Sentence] = {}
        for at in range(0, len(wanted), _BATCH):
            batch = wanted[at : at + _BATCH]
            marks = ",".join("?" * len(batch))
            rows = self._rows(f"SELECT {_SENTENCE_FIELDS}, crc FROM sentences WHERE id IN ({marks})", batch)
            found.update((row[0], self._sentence(row)) for row in rows)
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
        first, last = doc.first_sentence, doc.first_sentence + doc.n_sentences - 1
        sql = f"SELECT {_SENTENCE_FIELDS}, crc FROM sentences WHERE id BETWEEN ? AND ? ORDER BY id"
        rows = self._rows(sql, (first, last))
        for expected, row in zip(range(first, last + 1), rows, strict=False):
            if row[0] != expected:
                raise self._corrupt(f"store.sqlite has no sentence {expected}")
        if len(rows) != doc.n_sentences:
            raise self._corrupt(f"store.sqlite has no sentence {first + len(rows)}")
        return [self._sentence(row) for row in rows]

    def verify(self) -> None:
        """Read every file of the generation whole; IndexUnusableError names the first broken one.

        Every block of every file is compared with its checksum (blocks already read
        and checked are not read again), each array's header with the manifest, and
        the sentence store is checked by SQLite, so a damaged generation is found
        before a question reaches it.
        """
        for name in sorted(self._open_files):
            self._open_files[name].check_all()
        for name in sorted(self.manifest.arrays):
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


def _snapshot(generation: Path) -> dict[str, tuple[int, int, int]]:
    """Each file's inode, size and modification time, to notice changes made in place."""
    found = {}
    with contextlib.suppress(OSError):
        for path in generation.iterdir():
            with contextlib.suppress(OSError):
                st = path.stat()
                found[path.name] = (st.st_ino, st.st_size, st.st_mtime_ns)
    return found
