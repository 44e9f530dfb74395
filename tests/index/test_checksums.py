"""Checked arrays over mapped files: what indexing reads is checked first, each block once."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from factbot.index.store.checksums import BLOCK, CheckedArray, CheckedFile, file_checksums, npy_array


class Damaged(Exception):
    pass


def _mapped(
    tmp_path: Path, values: np.ndarray, damage_at: int | None = None
) -> tuple[CheckedArray, CheckedFile]:
    """`values` saved as .npy and mapped as a checked array; the byte at `damage_at` flipped after
    the checksums were taken."""
    path = tmp_path / "values.npy"
    np.save(path, values)
    spec = file_checksums(path)
    if damage_at is not None:
        raw = bytearray(path.read_bytes())
        raw[damage_at] ^= 0x01
        path.write_bytes(bytes(raw))
    file = CheckedFile(path, spec["size"], spec["blocks"], Damaged, mapped=True)
    array = npy_array(file, Damaged)
    assert isinstance(array, CheckedArray)
    return array, file


def test_indexing_reads_what_a_plain_array_reads(tmp_path: Path) -> None:
    values = np.arange(100_000, dtype=np.int64) * 3
    array, file = _mapped(tmp_path, values)
    keys: list[object] = [5, -1, np.int64(70_000), slice(10, 20_000), slice(None, None, 7), [3, 99_999, 8]]
    keys += [np.array([0, 65_536 // 8, 99_999]), np.array([], dtype=np.int64)]
    for key in keys:
        got = array[key]  # type: ignore[index]
        assert np.array_equal(got, values[key])  # type: ignore[index]
        assert type(got) is not CheckedArray
    with pytest.raises(IndexError):
        array[np.array([1, 100_000])]
    array[:]
    assert file.all_checked


def test_a_damaged_block_is_found_by_every_kind_of_index_that_reads_it(tmp_path: Path) -> None:
    values = np.arange(100_000, dtype=np.int64)
    at = 3 * BLOCK + 100  # a byte of the fourth block (the header is in the first)
    element = (at - 128) // 8
    for key in (element, slice(element - 2, element + 2), np.array([1, element]), [element, 10]):
        array, file = _mapped(tmp_path, values, damage_at=at)
        assert array[np.array([0, 100, 5_000])].tolist() == [0, 100, 5_000]  # other blocks: fine
        with pytest.raises(Damaged, match="does not match its checksum"):
            array[key]  # type: ignore[index]
        assert not file.all_checked


def test_an_element_across_two_blocks_checks_both(tmp_path: Path) -> None:
    values = np.array([b"%03d" % (i % 1000) for i in range(30_000)], dtype="S3")
    element = (BLOCK - 128) // 3  # its first byte in block 0 (after the 128-byte header), its last in block 1
    assert (128 + element * 3) >> 16 == 0 and (128 + element * 3 + 2) >> 16 == 1
    array, _ = _mapped(tmp_path, values, damage_at=BLOCK + 1_000)
    assert array[np.array([0, element - 1])].tolist() == [b"000", values[element - 1]]
    for key in (element, slice(element, element + 1), np.array([element])):
        with pytest.raises(Damaged):
            array[key]  # type: ignore[index]
