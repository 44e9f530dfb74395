"""`factbot doctor` as an operator runs it: a subprocess, exit 0 when healthy and 2 otherwise."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from factbot.index.store.manifest import FORMAT_VERSION

from tests.bot.helpers import factbot, factbot_unprivileged, user_env
from tests.conftest import SAMPLE_CORPUS

SECRET = "MTIz.doctor-test.token-0123456789"


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
    # The fix rebuilds this very index: the same config and corpus, not the bundled sample.
    rebuild = f"FACTBOT_CONFIG={config} factbot index --rebuild --index {index} --corpus {corpus}"
    assert "corrupt" in out and f"fix: {rebuild} --corpus {home / 'gone'}\n" in out
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


def test_a_fifo_in_the_corpus_does_not_hang_doctor(home: Path, sample_index: Path) -> None:
    corpus = home / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    os.mkfifo(corpus / "pipe.txt")  # nobody ever writes to it: opening it to read would block
    args = [
        sys.executable,
        "-m",
        "factbot.bot",
        "doctor",
        "--corpus",
        str(corpus),
        "--index",
        str(sample_index),
    ]
    env = user_env(home, DISCORD_TOKEN=SECRET)
    result = subprocess.run(args, capture_output=True, text=True, env=env, cwd=home, timeout=60)
    assert statuses(result)["corpus"] == "warn", result.stdout
    assert (
        f"not a regular file (a FIFO or device; the build skips it): {corpus / 'pipe.txt'}" in result.stdout
    )


def test_an_unreadable_folder_is_reported(home: Path, sample_index: Path) -> None:
    corpus = home / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    (corpus / "private").mkdir()
    (corpus / "private" / "memo.txt").write_text("Memo\n\nThe budget rose by 4%.\n")
    (corpus / "private").chmod(0)
    try:
        result = factbot_unprivileged(home, "doctor", "--corpus", str(corpus), "--index", str(sample_index))
    finally:
        (corpus / "private").chmod(0o755)
    assert result.returncode == 2 and statuses(result)["corpus"] == "FAIL", result.stdout + result.stderr
    assert f"1 unreadable: folder {corpus / 'private'} (Permission denied)" in result.stdout
    assert "fix: give the user running factbot read access" in result.stdout


def test_following_the_fix_line_rebuilds_this_corpus_not_the_sample(home: Path) -> None:
    corpus = home / "my articles"  # a space: the fix line must quote it
    corpus.mkdir()
    for i in range(14):
        (corpus / f"{i:02}.txt").write_text(f"Story {i}\n\nThe council approved plan number {i} on Monday.\n")
    index = home / "idx"
    assert factbot(home, "index", "--corpus", str(corpus), "--index", str(index)).returncode == 0
    (index / "CURRENT").write_text("gen-missing")
    result = factbot(home, "doctor", "--corpus", str(corpus), "--index", str(index))
    fixes = [line.split("fix: ", 1)[1] for line in result.stdout.splitlines() if "fix: factbot index" in line]
    assert len(fixes) == 1, result.stdout
    command = fixes[0].replace("factbot ", f"{shlex.quote(sys.executable)} -m factbot.bot ", 1)
    followed = subprocess.run(
        command, shell=True, capture_output=True, text=True, env=user_env(home), cwd=home
    )
    assert followed.returncode == 0, followed.stderr
    assert "indexed 14 documents" in followed.stderr
    healthy = factbot(home, "doctor", "--corpus", str(corpus), "--index", str(index))
    assert statuses(healthy)["index"] == "ok" and "index-freshness" not in statuses(healthy)
