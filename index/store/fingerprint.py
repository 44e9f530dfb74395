"""Corpus fingerprints: has anything a build would read changed since the live index was built?

A fingerprint hashes the build settings and, for every corpus file in load
order, its root, path, size and a digest of its content, so only a change of
content counts: `touch` alone changes nothing. Given the entries of an earlier
scan (`known`, kept in the manifest as `corpus_files`), only the files whose size or
modification time differ are read again, and every file that could not be read then
(one made readable since, with `chmod`, counts as changed). Files that are not regular (a FIFO) are
never opened, and a file over the size limit is not read (its content cannot
matter: the build skips it).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factbot.index.ingest.loaders import iter_corpus_files

__all__ = ["CorpusScan", "FileEntry", "scan_corpus"]

_UNREADABLE = "unreadable"
_TOO_LARGE = "too-large"
_SPECIAL = "not-a-regular-file"
_MISSING = "missing"
_NOT_LIMITED = (".jsonl",)  # read a record at a time, whatever the file's size

FileEntry = list[Any]  # [root, path, size, mtime_ns, digest]


@dataclass(frozen=True, slots=True)
class CorpusScan:
    """The fingerprint of a corpus and settings, and the per-file entries a manifest keeps."""

    fingerprint: str
    files: list[FileEntry]


def scan_corpus(
    paths: Sequence[str | os.PathLike[str]],
    settings: Mapping[str, object],
    max_file_bytes: int,
    known: Mapping[tuple[str, str], FileEntry] | None = None,
) -> CorpusScan:
    """Fingerprint the corpus, reusing `known` digests of files whose size and mtime are unchanged."""
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    files: list[FileEntry] = []
    for root, path in iter_corpus_files(paths):
        entry = _entry(str(root), path, max_file_bytes, (known or {}).get((str(root), str(path))))
        files.append(entry)
        digest.update(f"{entry[0]}\0{entry[1]}\0{entry[2]}\0{entry[4]}\n".encode())
    return CorpusScan(digest.hexdigest(), files)


def _entry(root: str, path: Path, max_file_bytes: int, known: FileEntry | None) -> FileEntry:
    try:
        info = path.stat()
    except OSError:
        return [root, str(path), -1, 0, _MISSING]
    if known is not None and known[2:4] == [info.st_size, info.st_mtime_ns] and known[4] != _UNREADABLE:
        return [root, str(path), info.st_size, info.st_mtime_ns, known[4]]
    if not stat.S_ISREG(info.st_mode):
        content = _SPECIAL
    elif info.st_size > max_file_bytes and path.suffix.lower() not in _NOT_LIMITED:
        content = _TOO_LARGE
    else:
        content = _content_digest(path)
    return [root, str(path), info.st_size, info.st_mtime_ns, content]


def _content_digest(path: Path) -> str:
    """A digest of the file's bytes, or "unreadable"; a file that turns out not to be regular is not read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return _UNREADABLE
    with open(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return _SPECIAL
        try:
            return hashlib.file_digest(handle, lambda: hashlib.blake2b(digest_size=16)).hexdigest()
        except OSError:
            return _UNREADABLE
