"""Shared fixtures: the sample corpus, a built index, and the SciFact data from ../shared."""

from __future__ import annotations

import os
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
