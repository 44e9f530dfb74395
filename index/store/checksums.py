"""Checksums of an index generation: every file in 64 KiB blocks, the store row by row.

The manifest lists each file of a generation with its size and the CRC-32 of each
`BLOCK` bytes of it, and carries a CRC-32 of its own content. A reader keeps every
file open from the moment it opens the generation and checks the blocks of what it
reads before using them, once per block:

- `CheckedFile` is one such file (memory-mapped, or read through its descriptor);
- `CheckedArray` is an array over a mapped `.npy` whose indexing checks the blocks
  the elements it returns lie in, so a one-shot command checks only what a question
  touches;
- `row_crc` is the CRC-32 of one SQLite row (SQLite reads pages we cannot see, so
  the store's rows carry their own checksum, checked for every row read).
"""

from __future__ import annotations

import io
import json
import mmap
import os
import tokenize
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "BLOCK",
    "CheckedArray",
    "CheckedFile",
    "file_checksums",
    "manifest_checksum",
    "npy_array",
    "row_crc",
]

BLOCK = 1 << 16  # bytes per checksum block
_SHIFT = BLOCK.bit_length() - 1

Corrupt = Callable[[str], Exception]  # makes the error for "NAME: what is wrong"


def file_checksums(path: Path) -> dict[str, Any]:
    """A file's manifest entry: its size and the CRC-32 of each block."""
    blocks = []
    with open(path, "rb") as handle:
        while chunk := handle.read(BLOCK):
            blocks.append(zlib.crc32(chunk))
    return {"size": path.stat().st_size, "blocks": blocks}


def manifest_checksum(manifest: dict[str, Any]) -> int:
    """CRC-32 of a manifest's content (without its own checksum), in canonical JSON."""
    body = {k: v for k, v in manifest.items() if k != "manifest_crc32"}
    return zlib.crc32(json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8"))


def row_crc(row: Sequence[object]) -> int:
    """CRC-32 of one stored row, each value tagged with its type (so 5 and '5' differ)."""
    parts = []
    for value in row:
        if value is None:
            parts.append("n")
        elif isinstance(value, int):
            parts.append(f"i{value}")
        elif isinstance(value, str):
            parts.append("s" + value)
        else:
            parts.append(f"x{value!r}")
    return zlib.crc32("\x1f".join(parts).encode("utf-8", "surrogatepass"))


class CheckedFile:
    """One open file of a generation and its block checksums; reads are checked before use.

    `mapped` maps the file (pages are read only when touched); otherwise it is read
    through the descriptor opened here, so a file removed or replaced later is still
    the one opened.
    """

    def __init__(
        self, path: Path, size: int, blocks: Sequence[int], corrupt: Corrupt, *, mapped: bool
    ) -> None:
        """Open `path`, which the manifest lists as `size` bytes with these block CRC-32s."""
        self.name = path.name
        self._corrupt = corrupt
        self.size = size
        self._blocks = np.asarray(blocks, dtype=np.int64)
        if len(self._blocks) != -(-self.size // BLOCK):
            raise corrupt(f"the manifest's entry for {self.name} is malformed")
        try:
            self._handle = open(path, "rb", buffering=0)  # noqa: SIM115 - kept open with the index
        except OSError as exc:
            raise corrupt(f"{self.name}: {exc.strerror}") from exc
        actual = os.fstat(self._handle.fileno()).st_size
        if actual != self.size:
            self._handle.close()
            raise corrupt(f"{self.name} is {actual:,} bytes, the manifest says {self.size:,}")
        mapping = mmap.mmap(self._handle.fileno(), 0, access=mmap.ACCESS_READ) if mapped and actual else None
        self._map = mapping
        # Which blocks are checked: bytes the Python tests read (a scan for a 0 in a slice is C-fast),
        # the same memory as a bool array the vectorised ones read and write.
        self._flags = bytearray(len(self._blocks))
        self._ok = np.frombuffer(self._flags, dtype=bool)
        self._all_ok = not len(self._blocks)

    @property
    def buffer(self) -> mmap.mmap | None:
        """The mapping (mapped files only)."""
        return self._map

    def read(self, start: int = 0, stop: int | None = None) -> bytes:
        """Bytes [start, stop) after checking the blocks they lie in."""
        stop = self.size if stop is None else stop
        if stop <= start:
            return b""
        first, last = start >> _SHIFT, (stop - 1) >> _SHIFT
        raw = self._raw(first << _SHIFT, min((last + 1) << _SHIFT, self.size))
        self._check(np.arange(first, last + 1), raw, first << _SHIFT)
        return raw[start - (first << _SHIFT) : stop - (first << _SHIFT)]

    @property
    def n_blocks(self) -> int:
        return len(self._blocks)

    @property
    def all_checked(self) -> bool:
        """Whether every block has been checked (nothing more to check in this process)."""
        return self._all_ok

    def is_checked(self, start: int, stop: int) -> bool:
        """Whether every block of bytes [start, stop) has been checked."""
        if self._all_ok or stop <= start:
            return True
        first, last = start >> _SHIFT, (stop - 1) >> _SHIFT
        if first == last:
            return self._flags[first] != 0
        return 0 not in self._flags[first : last + 1]

    def are_checked(self, blocks: np.ndarray) -> bool:
        """Whether every one of the given blocks (block numbers) has been checked."""
        return self._all_ok or bool(self._ok[blocks].all())

    def check_range(self, start: int, stop: int) -> None:
        """Check the blocks of bytes [start, stop)."""
        if not self.is_checked(start, stop):
            self.check_blocks(np.arange(start >> _SHIFT, ((stop - 1) >> _SHIFT) + 1))

    def check_blocks(self, blocks: np.ndarray) -> None:
        """Check the given blocks (distinct block numbers) that have not been checked yet."""
        if self._all_ok:
            return
        for block in blocks[~self._ok[blocks]].tolist():
            start = block << _SHIFT
            self._check(np.array([block]), self._raw(start, min(start + BLOCK, self.size)), start)
        self._all_ok = bool(self._ok.all())

    def check_all(self) -> None:
        """Check every block of the file."""
        self.check_blocks(np.arange(len(self._blocks)))

    def _check(self, blocks: np.ndarray, raw: bytes, offset: int) -> None:
        view = memoryview(raw)
        for block in blocks.tolist():
            if self._ok[block]:
                continue
            start = (block << _SHIFT) - offset
            if zlib.crc32(view[start : start + BLOCK]) != self._blocks[block]:
                at = block << _SHIFT
                end = min(at + BLOCK, self.size)
                raise self._corrupt(f"{self.name} does not match its checksum (bytes {at:,}-{end:,})")
            self._ok[block] = True

    def _raw(self, start: int, stop: int) -> bytes:
        if self._map is not None:
            return self._map[start:stop]
        try:
            raw = os.pread(self._handle.fileno(), stop - start, start)
        except OSError as exc:
            raise self._corrupt(f"{self.name}: {exc.strerror}") from exc
        if len(raw) != stop - start:
            raise self._corrupt(f"{self.name} is shorter than the manifest says (changed on disk?)")
        return raw

    def close(self) -> None:
        """Close the descriptor; a mapping stays until the arrays over it are gone."""
        self._handle.close()


# What numpy's header parser raises on damaged bytes (it evaluates the header as a literal).
_BAD_HEADER = (ValueError, TypeError, SyntaxError, RecursionError, MemoryError, EOFError, tokenize.TokenError)
_HEADER_READERS = {
    (1, 0): np.lib.format.read_array_header_1_0,
    (2, 0): np.lib.format.read_array_header_2_0,
}


def npy_array(file: CheckedFile, corrupt: Corrupt) -> np.ndarray:
    """The array in a `.npy` file: mapped (a `CheckedArray`), or read whole and checked.

    A mapped file's header is parsed but not checked against its blocks: what it
    says (dtype, shape, size) is compared with the manifest by the caller, and its
    bytes are checked with the rest by `check_all`.
    """
    head = file.read(0, min(file.size, BLOCK)) if file.buffer is None else file.buffer[:BLOCK]
    try:
        stream = io.BytesIO(head)
        version = np.lib.format.read_magic(stream)
        read_header = _HEADER_READERS.get(version)
        if read_header is None:
            raise ValueError(f"unknown .npy version {version}")
        shape, fortran, dtype = read_header(stream)
    except _BAD_HEADER as exc:
        raise corrupt(f"{file.name} has no valid array header") from exc
    offset = stream.tell()
    count = int(np.prod(shape))
    if fortran or dtype.hasobject or offset + count * dtype.itemsize != file.size:
        raise corrupt(f"{file.name} does not hold a plain array of its size")
    if file.buffer is None:
        return np.frombuffer(file.read(), dtype=dtype, count=count, offset=offset).reshape(shape)
    array = np.frombuffer(file.buffer, dtype=dtype, count=count, offset=offset).reshape(shape)
    checked = array.view(CheckedArray)
    checked._source, checked._offset, checked._plain = file, offset, array
    return checked


class CheckedArray(np.ndarray):
    """A 1-D array over a mapped file; indexing checks the blocks of the elements it reads.

    Once every block of the file has been checked, indexing goes straight to the data;
    until then each read checks the blocks it touches that are not checked yet (a
    fancy index first asks whether the blocks between its smallest and largest
    element are all checked, which one pass over it answers).
    """

    _source: CheckedFile | None = None
    _offset: int = 0
    _plain: np.ndarray | None = None  # the same data as a plain array (set by `npy_array` only)

    def __array_finalize__(self, obj: object) -> None:
        self._source = getattr(obj, "_source", None)
        self._offset = getattr(obj, "_offset", 0)

    def __getitem__(self, key: Any) -> Any:
        source = self._source
        if source is not None and not source.all_checked and self.ndim == 1:
            self._check(source, key)
        if self._plain is not None:
            return self._plain[key]
        out = super().__getitem__(key)  # an array derived from a mapped one (a view, a reshape)
        return out.view(np.ndarray) if isinstance(out, np.ndarray) else out

    def _check(self, source: CheckedFile, key: Any) -> None:
        n, size = len(self), self.itemsize
        if isinstance(key, int | np.integer):
            i = int(key) + n if key < 0 else int(key)
            if 0 <= i < n:
                source.check_range(self._offset + i * size, self._offset + (i + 1) * size)
            return
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            if step == 1:
                source.check_range(self._offset + start * size, self._offset + stop * size)
                return
        elif isinstance(key, np.ndarray | list) and np.asarray(key).dtype.kind in "iu":
            index = np.asarray(key, dtype=np.int64).ravel()
            if not index.size:
                return
            low, high = int(index.min()), int(index.max())
            if low >= 0:  # (an element past the end is an IndexError once the rest is checked)
                self._check_elements(source, index, low, min(high, n - 1))
                return
        source.check_range(self._offset, self._offset + n * size)  # anything else: the whole array

    def _check_elements(self, source: CheckedFile, index: np.ndarray, low: int, high: int) -> None:
        """Check the blocks that the elements at `index` (none below `low`, the last `high`) lie in."""
        size = self.itemsize
        if source.is_checked(self._offset + low * size, self._offset + (high + 1) * size):
            return  # every block from the first element to the last is checked already
        last = source.n_blocks - 1
        firsts = np.minimum((self._offset + index * size) >> _SHIFT, last)
        lasts = np.minimum((self._offset + (index + 1) * size - 1) >> _SHIFT, last)
        if source.are_checked(firsts) and source.are_checked(lasts):
            return  # every block an element lies in is checked already (not all between them)
        wanted = np.zeros(source.n_blocks, dtype=bool)
        wanted[firsts] = True
        wanted[lasts] = True
        source.check_blocks(np.flatnonzero(wanted))
