"""Corpus loading: files and folders to `Document`s, with one warning per unusable input.

Paths may be files or folders; folders are walked recursively in sorted order,
skipping hidden files and folders and (silently) files of unsupported types. A
file named explicitly with an unsupported type gets a warning. Supported:
``.txt`` (`index.formats_text`; with YAML front matter it is read as Markdown),
``.md``/``.markdown`` (`index.formats_markdown`), ``.html``/``.htm``
(`index.formats_html`) and ``.jsonl`` (`index.formats_jsonl`).

A file's doc_id is its path relative to the corpus folder given, with ``/``
separators, or its file name when the file itself was given; a JSON Lines
document's doc_id is its ``id``. When two documents get the same doc_id the
first one (in load order) is kept.

Bad input never stops a load: a missing path raises `CorpusError`, but a file
that is binary, not UTF-8, empty, larger than `max_bytes`, unreadable or
malformed gives one `LoadWarning` in the result (not logged: the caller
reports it) and the rest is loaded. A JSON Lines file is streamed line by line
whatever its size: `max_record_bytes` applies to each line, and a line that is
too long or not UTF-8 is one warning with its line number. HTML that is not
UTF-8 is not refused: trafilatura decodes it by its declared charset. A file
whose front matter is malformed gives a warning and is still indexed. Symbolic
links to folders are not followed. After loading, short lines repeated across
most documents are removed (`index.boilerplate.drop_repeated_lines`) and
documents left with no indexable text are skipped with a warning.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from factbot.index.documents import Document, LoadResult, LoadWarning
from factbot.index.errors import CorpusError
from factbot.index.ingest.boilerplate import drop_repeated_lines
from factbot.index.ingest.html import parse_html
from factbot.index.ingest.jsonl import parse_jsonl_lines
from factbot.index.ingest.markdown import has_front_matter, parse_markdown
from factbot.index.ingest.text import Parsed, parse_text

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "iter_corpus_files", "load_corpus"]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
SUPPORTED_SUFFIXES = tuple(_FORMATS)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CHUNK = 1024 * 1024  # bytes read at a time
_SNIFF = 8192  # bytes of a JSON Lines file checked for NULs and UTF-16 before streaming it


def iter_corpus_files(
    paths: Sequence[str | os.PathLike[str]], problems: list[LoadWarning] | None = None
) -> Iterator[tuple[Path, Path]]:
    """(corpus root, file) for every file `load_corpus` would read, in load order.

    Folders that cannot be listed are appended to `problems` when it is given.
    Raises CorpusError naming the first path that does not exist.
    """
    for root, path, _explicit in _entries(_roots(paths), [] if problems is None else problems):
        if path.suffix.lower() in _FORMATS:
            yield root, path


def load_corpus(
    paths: Sequence[str | os.PathLike[str]],
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_record_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadResult:
    """Load every supported file under `paths`; unusable files become warnings, not errors.

    `max_bytes` limits each file, except JSON Lines files, whose every record
    (line) is limited to `max_record_bytes` instead.
    Raises CorpusError when a path does not exist or a limit is not positive.
    """
    for name, limit in (("max_bytes", max_bytes), ("max_record_bytes", max_record_bytes)):
        if limit <= 0:
            raise CorpusError(f"{name} must be a positive number of bytes, got {limit}")
    result = LoadResult()
    problems: list[LoadWarning] = []
    documents: list[Document] = []
    for root, path, explicit in _entries(_roots(paths), problems):
        _flush(result, problems)
        kind = _FORMATS.get(path.suffix.lower())
        if kind is None:
            if explicit:
                allowed = ", ".join(SUPPORTED_SUFFIXES)
                suffix = path.suffix or "(no extension)"
                result.warnings.append(
                    LoadWarning(str(path), f"skipped: unsupported file type {suffix} (use {allowed})")
                )
            else:
                result.unsupported.append(str(path))
            continue
        if kind == "jsonl":
            documents.extend(_load_jsonl(result, path, max_record_bytes))
        else:
            documents.extend(_load_file(result, root, path, kind, max_bytes))
    _flush(result, problems)
    documents = drop_repeated_lines(_unique(result, documents))
    for doc in documents:
        if any(doc.text[a:b].strip() for a, b in doc.blocks):
            result.documents.append(doc)
        else:
            result.warnings.append(LoadWarning(doc.path or doc.doc_id, "skipped: no indexable text"))
    return result


def _flush(result: LoadResult, problems: list[LoadWarning]) -> None:
    result.warnings.extend(problems)
    problems.clear()


def _roots(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists():
            raise CorpusError(
                f"corpus path {str(root)!r} does not exist: give a file or a folder of documents"
            )
    return roots


def _entries(roots: list[Path], problems: list[LoadWarning]) -> Iterator[tuple[Path, Path, bool]]:
    """(root, path, given explicitly) for each root file and each visible file under each root folder."""

    def on_error(exc: OSError) -> None:
        problems.append(LoadWarning(str(exc.filename), f"skipped folder: {exc.strerror or exc}"))

    for root in roots:
        if not root.is_dir():
            yield root, root, True
            continue
        found: list[tuple[str, Path]] = []
        for folder, dirs, files in os.walk(root, onerror=on_error):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            base = Path(folder)
            found.extend(
                ((base / f).relative_to(root).as_posix(), base / f) for f in files if not f.startswith(".")
            )
        for _relative, path in sorted(found):
            yield root, path, False


def _unique(result: LoadResult, documents: list[Document]) -> list[Document]:
    """The documents with the first of each doc_id; later ones are skipped with a warning."""
    first: dict[str, Document] = {}
    for doc in documents:
        seen = first.setdefault(doc.doc_id, doc)
        if seen is not doc:
            reason = f"skipped: document id {doc.doc_id!r} is already used by {seen.path or seen.doc_id}"
            result.warnings.append(LoadWarning(doc.path or doc.doc_id, reason))
    return list(first.values())


def _load_file(result: LoadResult, root: Path, path: Path, kind: str, max_bytes: int) -> list[Document]:
    """The documents of one file read whole (not JSON Lines); its problems go to `result.warnings`."""
    where = str(path)
    doc_id = path.name if path == root else path.relative_to(root).as_posix()
    data = _read(path, max_bytes)
    if isinstance(data, str):
        result.warnings.append(LoadWarning(where, data))
        return []
    text, problem = _decode(data)
    if problem and not (kind == "html" and problem.startswith("skipped: not UTF-8")):
        result.warnings.append(LoadWarning(where, problem))
        return []
    try:
        parsed = _parse(kind, data if text is None else text, doc_id, where)
    except Exception as exc:  # a parser bug or a pathological input must not stop the load
        log.debug("parsing %s failed", where, exc_info=True)
        result.warnings.append(
            LoadWarning(where, f"skipped: could not be parsed as {kind} ({type(exc).__name__}: {exc})"),
        )
        return []
    for reason, line in parsed.problems:
        result.warnings.append(LoadWarning(where, reason, line))
    return parsed.documents


def _parse(kind: str, content: str | bytes, doc_id: str, where: str) -> Parsed:
    if kind == "html":
        return parse_html(content, doc_id, where)
    if not isinstance(content, str):
        raise TypeError(f"{kind} content must be decoded text")
    if kind == "markdown" or has_front_matter(content, keys_required=True):
        return parse_markdown(content, doc_id, where, keys_required=kind == "text")
    return parse_text(content, doc_id, where)


def _load_jsonl(result: LoadResult, path: Path, max_record_bytes: int) -> list[Document]:
    """The documents of one JSON Lines file, streamed a line at a time; problems go to `result`."""
    where = str(path)
    try:
        parsed = _parse_jsonl_file(path, max_record_bytes)
    except PermissionError:
        parsed = "skipped: permission denied"
    except OSError as exc:
        parsed = f"skipped: could not be read ({exc.strerror or exc})"
    except Exception as exc:  # a parser bug or a pathological input must not stop the load
        log.debug("parsing %s failed", where, exc_info=True)
        parsed = f"skipped: could not be parsed as jsonl ({type(exc).__name__}: {exc})"
    if isinstance(parsed, str):
        result.warnings.append(LoadWarning(where, parsed))
        return []
    if not parsed.documents and not parsed.problems:
        result.warnings.append(LoadWarning(where, "skipped: only whitespace"))
    for reason, line in parsed.problems:
        result.warnings.append(LoadWarning(where, reason, line))
    return parsed.documents


def _parse_jsonl_file(path: Path, max_record_bytes: int) -> Parsed | str:
    """The parsed file, or why it is not JSON Lines text at all."""
    if not stat.S_ISREG(path.stat().st_mode):
        return "skipped: not a regular file"  # never opened: a FIFO would block
    with path.open("rb") as handle:
        problem = _sniff(handle.read(_SNIFF))
        if problem:
            return problem
        handle.seek(0)
        return parse_jsonl_lines(_jsonl_lines(handle, max_record_bytes), str(path))


def _sniff(head: bytes) -> str:
    """Why a file whose first bytes are `head` is not JSON Lines text at all, or ""."""
    if not head:
        return "skipped: empty file"
    if head.startswith(_UTF16_BOMS):
        return "skipped: UTF-16 or UTF-32 text (save it as UTF-8)"
    if b"\0" in head:
        return "skipped: binary file (contains NUL bytes)"
    return ""


def _jsonl_lines(handle: BinaryIO, max_record_bytes: int) -> Iterator[tuple[int, str, str]]:
    """(line number, line, why it is unusable or "") for each line; never holds more than one record."""
    offset = 0
    for number in itertools.count(1):
        raw = handle.readline(max_record_bytes + 1)
        if not raw:
            return
        start, size = offset, len(raw)
        if size > max_record_bytes and not raw.endswith(b"\n"):
            size += _skip_line(handle)
            offset += size
            record = f"record larger than the {_size(max_record_bytes)} limit ({_size(size)})"
            yield number, "", f"skipped: {record}"
            continue
        offset += size
        skip = len(codecs.BOM_UTF8) if number == 1 and raw.startswith(codecs.BOM_UTF8) else 0
        try:
            yield number, raw[skip:].decode("utf-8"), ""
        except UnicodeDecodeError as exc:
            at = skip + exc.start
            yield number, "", f"skipped: not UTF-8 text (byte 0x{raw[at]:02x} at offset {start + at})"


def _skip_line(handle: BinaryIO) -> int:
    """Read past the rest of the current line; the number of bytes skipped."""
    skipped = 0
    while chunk := handle.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _read(path: Path, max_bytes: int) -> bytes | str:
    """The file's bytes, or the reason it cannot be read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return "skipped: not a regular file"
        if info.st_size > max_bytes:
            return _too_large(info.st_size, max_bytes)
        with path.open("rb") as handle:
            data = _read_at_most(handle, max_bytes + 1)
    except PermissionError:
        return "skipped: permission denied"
    except OSError as exc:
        return f"skipped: could not be read ({exc.strerror or exc})"
    return _too_large(len(data), max_bytes) if len(data) > max_bytes else data


def _read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """Up to `limit` bytes, a chunk at a time (a huge limit never allocates a huge buffer)."""
    parts: list[bytes] = []
    left = limit
    while left > 0 and (chunk := handle.read(min(left, _CHUNK))):
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _too_large(size: int, max_bytes: int) -> str:
    return f"skipped: larger than the {_size(max_bytes)} limit ({_size(size)})"


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value, unit = (n / 1024, "KB") if n < 1024 * 1024 else (n / 1024 / 1024, "MB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"


def _decode(data: bytes) -> tuple[str | None, str]:
    """(text, "") for UTF-8 text (a BOM is dropped), else (None, the reason it is unusable)."""
    if not data:
        return None, "skipped: empty file"
    if data.startswith(_UTF16_BOMS):
        return None, "skipped: UTF-16 or UTF-32 text (save it as UTF-8)"
    if b"\0" in data:
        return None, "skipped: binary file (contains NUL bytes)"
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[skip + exc.start]
        return None, f"skipped: not UTF-8 text (byte 0x{bad:02x} at offset {skip + exc.start})"
    if not text.strip():
        return None, "skipped: only whitespace"
    return text, ""
