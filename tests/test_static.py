"""Static checks of the checkout: ruff (lint and format) and mypy on `factbot.index` and `factbot.bot`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing_to_fix() -> None:
    for check in (["check", "."], ["format", "--check", "."]):
        result = _run([sys.executable, "-m", "ruff", *check], cwd=ROOT)
        assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_index_and_bot(tmp_path: Path) -> None:
    """The folders are checked under their installed names (`factbot.index`, `factbot.bot`)."""
    (tmp_path / "factbot").mkdir()
    for package in ("index", "bot"):
        (tmp_path / "factbot" / package).symlink_to(ROOT / package, target_is_directory=True)
    args = ["-p", "factbot.index", "-p", "factbot.bot", "--config-file", str(ROOT / "pyproject.toml")]
    env = {**os.environ, "MYPYPATH": str(tmp_path)}
    result = _run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), *args], cwd=tmp_path, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
