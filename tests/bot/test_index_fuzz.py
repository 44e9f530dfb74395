"""A seeded CI slice of the damaged-index fuzzer (benchmarks/fuzz_index.py runs 2,000 cases)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def fuzzer():  # type: ignore[no-untyped-def]
    """benchmarks/fuzz_index.py, by path (a site-packages `benchmarks` would shadow the folder)."""
    spec = importlib.util.spec_from_file_location("fuzz_index", ROOT / "benchmarks" / "fuzz_index.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [21, 22])
def test_damaged_index_files_give_an_error_a_rebuild_or_the_right_answer(tmp_path: Path, seed: int) -> None:
    summary = fuzzer().run(25, seed, tmp_path)
    assert summary["cases"] == 25 and summary["command_runs"] == 25 * 5
