"""`factbot doctor` as an operator runs it: a subprocess, exit 0 when healthy and 2 otherwise."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from index.store import FORMAT_VERSION
from tests.bot.helpers import factbot, user_env
from tests.conftest import SAMPLE_CORPUS

SECRET = "MTIz.doctor-test.token-0123456789"


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def statuses(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """check name -> status, from the report."""
    rows = [line.split(maxsplit=2) for line in result.stdout.splitlines() if line[:5].strip()]
    return {row[1]: row[0] for row in rows if row[0] in ("ok", "warn", "FAIL")}


def test_a_healthy_setup_exits_0_and_never_prints_the_token(home: Path, sample_index: Path) -> None:
    # The corpus is named: an installed (not editable) factbot bundles its own copy elsewhere.
    args = ["doctor", "--corpus", str(SAMPLE_CORPUS), "--index", str(sample_index)]
    result = factbot(home, *args, env=user_env(home, DISCORD_TOKEN=SECRET))
    assert result.returncode == 0, result.stdout + result.stderr
    assert statuses(result) == {"config": "ok", "token": "ok", "corpus": "ok", "index": "ok"}
    assert "5 documents, 66 sentences" in result.stdout and f"format {FORMAT_VERSION}" in result.stdout
    assert result.stdout.rstrip().endswith("healthy")
    assert SECRET not in result.stdout + result.stderr and f"{len(SECRET)} characters" in result.stdout


def test_problems_are_listed_with_fixes_and_exit_2(home: Path, sample_index: Path) -> None:
    corpus = home / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    index = home / "idx"
    shutil.copytree(sample_index, index)
    (index / "CURRENT").write_text("gen-missing")
    (corpus / "extra.txt").write_text("A new article.\n")
    config = home / "factbot.toml"
    config.write_text(f'[corpus]\npaths = ["{corpus}", "gone"]\n[discord]\ntoken_env = "MY_TOKEN"\n')
    result = factbot(home, "--config", str(config), "doctor", "--index", str(index))
    assert result.returncode == 2
    assert statuses(result) == {"config": "ok", "token": "FAIL", "corpus": "FAIL", "index": "FAIL"}
    out = result.stdout
    assert "MY_TOKEN is not set" in out and "fix: export MY_TOKEN=" in out
    assert f"missing: {home / 'gone'}" in out
    assert "corrupt" in out and f"fix: factbot index --rebuild --index {index}" in out
    assert out.rstrip().endswith("3 problems to fix") and "Traceback" not in result.stderr


def test_an_old_index_format_and_a_stale_index(home: Path, sample_index: Path) -> None:
    index = home / "idx"
    shutil.copytree(sample_index, index)
    env = user_env(home, DISCORD_TOKEN=SECRET)
    corpus = home / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    stale = factbot(home, "doctor", "--index", str(index), "--corpus", str(corpus), env=env)
    assert stale.returncode == 0 and statuses(stale)["index-freshness"] == "warn"
    manifest = next(index.glob("gen-*/manifest.json"))
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "format_version": 0}))
    old = factbot(home, "doctor", "--index", str(index), env=env)
    assert old.returncode == 2 and statuses(old)["index-format"] == "FAIL"
    assert (
        f"has format 0; this factbot reads format {FORMAT_VERSION}" in old.stdout
        and "factbot index --rebuild" in old.stdout
    )
