"""Shared fixtures: the sample corpus, a built index, and the SciFact data from ../shared."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "examples" / "corpus"
SHARED = Path(os.environ.get("FACTBOT_SHARED", ROOT.parent / "shared"))
SCIFACT = SHARED / "bench" / "scifact"
SEED_QUESTIONS = SHARED / "bench" / "seed_questions.jsonl"


def require_shared(path: Path) -> Path:
    """Skip (with a clear reason) when a file from ../shared is missing."""
    if not path.exists():
        pytest.skip(f"{path} is missing: these tests need the shared data beside the checkout (../shared)")
    return path


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample corpus indexed once for the session."""
    directory = tmp_path_factory.mktemp("sample-index")
    build_index([SAMPLE_CORPUS], directory, BuildOptions())
    return directory


@pytest.fixture(scope="session")
def engine(sample_index: Path) -> Engine:
    """An engine over the sample index."""
    return Engine(sample_index)


_BUILDER = """
import sys
from pathlib import Path
from factbot.index.store.build import BuildOptions, build_index
build_index([Path(sys.argv[1])], Path(sys.argv[2]), BuildOptions())
"""


def kill_a_build_midway(work: Path, directory: Path) -> None:
    """Start a build of a large corpus (made in `work`) into `directory` and SIGKILL it once it
    has begun writing its new generation."""
    before = {g.name for g in directory.glob("gen-*")}
    big = work / "big"
    big.mkdir()
    sentence = "The harbour authority counted {n} ships and {m} cranes at dawn on day {n}. "
    for i in range(400):
        (big / f"doc{i}.txt").write_text("".join(sentence.format(n=i * 97 + j, m=j) for j in range(60)))
    proc = subprocess.Popen([sys.executable, "-c", _BUILDER, str(big), str(directory)], cwd=ROOT)
    deadline = time.monotonic() + 120
    while not [g for g in directory.glob("gen-*") if g.name not in before] and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
