"""The index directory's layout and its manifest: format version, settings, counts, checksums.

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
(see `index.store.checksums`).

The manifest is read and validated once, into `Manifest`; its checksum is
computed over the JSON as stored, so the model never changes what is checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factbot.index.errors import IndexUnusableError
from factbot.index.ranking.bm25 import BM25Params, IdfKind
from factbot.index.store.checksums import manifest_checksum
from pydantic import BaseModel, ConfigDict, Field, ValidationError

__all__ = [
    "CURRENT",
    "FORMAT_VERSION",
    "MANIFEST",
    "AnalyzerSettings",
    "ArraySpec",
    "BM25Settings",
    "FileSpec",
    "IndexFormatError",
    "Manifest",
    "format_mismatch",
    "live_generation",
    "read_generation_manifest",
    "read_manifest",
    "unfinished_generations",
    "validate_manifest",
]

# 2: the manifest lists every array with its CRC-32;
# 3: and every file with its block CRC-32s, the manifest its own, each stored row its own.
FORMAT_VERSION = 3
CURRENT = "CURRENT"
MANIFEST = "manifest.json"


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, strict=True)  # the JSON types as written, no coercion


class AnalyzerSettings(_Part):
    """The analyzer an index was built with (`Analyzer.settings`)."""

    version: int
    stemmer: str


class BM25Settings(_Part):
    """One engine's BM25 parameters, as stored."""

    k1: float
    b: float
    idf: IdfKind
    epsilon: float

    def params(self) -> BM25Params:
        """These settings as the engine's parameters."""
        return BM25Params(k1=self.k1, b=self.b, idf=self.idf, epsilon=self.epsilon)


class ArraySpec(_Part):
    """What one saved array must be: its dtype, shape and CRC-32."""

    dtype: str
    shape: list[int]
    crc32: int


class FileSpec(_Part):
    """One file of a generation: its size and the CRC-32 of each block."""

    size: int = Field(ge=0)
    blocks: list[int]


class Manifest(_Part):
    """A generation's manifest.json (this format), validated once when it is read."""

    format_version: int
    analyzer: AnalyzerSettings
    bm25: BM25Settings
    doc_bm25: BM25Settings
    title_weight: int = Field(ge=1)
    max_file_bytes: int
    max_record_bytes: int
    code: str
    fingerprint: str
    # Each corpus file's [root, path, size, mtime_ns, content digest] when the index was built:
    # a staleness check reads again only the files whose size or mtime changed. Indexes
    # written before this field have none, and every check reads the whole corpus.
    corpus_files: list[list[str | int]] = Field(default_factory=list)
    corpus: list[str]
    documents: int = Field(ge=0)
    sentences: int = Field(ge=0)
    skipped: int = Field(ge=0)
    arrays: dict[str, ArraySpec]
    files: dict[str, FileSpec]
    manifest_crc32: int


class IndexFormatError(IndexUnusableError):
    """The index was written in another format than this factbot reads: it must be rebuilt."""

    def __init__(self, directory: Path, found: object) -> None:
        super().__init__(format_mismatch(directory, found))
        self.found = found


def format_mismatch(directory: Path, found: object) -> str:
    """The one wording of "this index has another format"."""
    return f"index {directory} has format {found!r}; this factbot reads format {FORMAT_VERSION}"


def live_generation(directory: Path) -> Path | None:
    """The generation `CURRENT` names, or None when there is no index yet."""
    try:
        name = (directory / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IndexUnusableError(f"cannot read index {directory}: {exc.strerror}") from exc
    generation = directory / name
    if not name.startswith("gen-") or not generation.is_dir():
        raise IndexUnusableError(f"index {directory} is corrupt: CURRENT names a missing generation {name!r}")
    return generation


def unfinished_generations(directory: Path) -> list[Path]:
    """The generations other than the live one: left by builds that were stopped midway.

    While a build runs, the generation it is writing is among them.
    """
    try:
        live = (directory / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        live = ""
    return sorted(p for p in directory.glob("gen-*") if p.name != live and p.is_dir())


def read_manifest(directory: Path) -> Manifest | None:
    """The live manifest, or None when the directory holds no index.

    IndexFormatError when it is of another format; IndexUnusableError when it is
    unreadable, does not match its checksum or does not validate.
    """
    generation = live_generation(directory)
    return None if generation is None else read_generation_manifest(directory, generation)


def read_generation_manifest(directory: Path, generation: Path) -> Manifest:
    """One generation's manifest, checked against its own checksum and validated."""
    raw = _raw_manifest(directory, generation)
    if raw.get("format_version") != FORMAT_VERSION:
        raise IndexFormatError(directory, raw.get("format_version"))
    if raw.get("manifest_crc32") != manifest_checksum(raw):
        raise IndexUnusableError(f"index {directory} is corrupt: {MANIFEST} does not match its checksum")
    return validate_manifest(directory, raw)


def validate_manifest(directory: Path, raw: dict[str, Any]) -> Manifest:
    """`raw` as a Manifest; IndexUnusableError naming the index and the first bad field otherwise."""
    try:
        return Manifest.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        problem = f"{MANIFEST} field {field}: {first['msg']}{more}"
        raise IndexUnusableError(f"index {directory} is corrupt: {problem}") from None


def _raw_manifest(directory: Path, generation: Path) -> dict[str, Any]:
    try:
        raw = json.loads((generation / MANIFEST).read_bytes())
    except (OSError, ValueError) as exc:
        raise IndexUnusableError(f"index {directory} is corrupt: unreadable manifest ({exc})") from exc
    if not isinstance(raw, dict):
        raise IndexUnusableError(f"index {directory} is corrupt: manifest is not an object")
    return raw
