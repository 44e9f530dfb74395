"""A seeded CI slice of the malformed-file fuzzer (benchmarks/fuzz_loaders.py runs 10,000 cases)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import ROOT


def fuzzer():  # type: ignore[no-untyped-def]
    """benchmarks/fuzz_loaders.py, by path (a site-packages `benchmarks` would shadow the folder)."""
    spec = importlib.util.spec_from_file_location("fuzz_loaders", ROOT / "benchmarks" / "fuzz_loaders.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_malformed_files_never_break_the_loaders(tmp_path: Path, seed: int) -> None:
    summary = fuzzer().run(50, seed, tmp_path)
    assert summary["cases"] == 50 and summary["max_ms"] < 5000
