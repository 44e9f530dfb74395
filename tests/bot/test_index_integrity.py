"""A damaged index as a user meets it: every command says so in one line (exit 2) or answers right."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.bot.helpers import factbot, user_env
from tests.conftest import ROOT, SAMPLE_CORPUS, kill_a_build_midway

TROOPS = "How many North Korean troops have been sent to Russia?"
TREATY = "when does the treaty take effect?"
TOKEN = "MTIz.integrity-test.token-0123456789"


def damaged_copy(sample_index: Path, home: Path) -> tuple[Path, Path]:
    """A private copy of the sample index, and its live generation, for a test to damage."""
    directory = home / "idx"
    shutil.copytree(sample_index, directory)
    return directory, directory / (directory / "CURRENT").read_text()


def run(
    home: Path, command: str, directory: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`factbot COMMAND --corpus SAMPLE --index DIRECTORY ARGS`, a token set: only the index can fail."""
    env = user_env(home, DISCORD_TOKEN=TOKEN)
    where = ["--corpus", str(SAMPLE_CORPUS), "--index", str(directory)]
    return factbot(home, command, *where, *args, stdin=stdin, env=env)


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2 and a single `factbot: index ... is corrupt: ...` line naming `words`."""
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factbot: index "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def doctor_fails_on_the_index(home: Path, directory: Path, *words: str) -> None:
    """`doctor` prints every check line, FAIL on the index naming `words`, and exits 2."""
    result = run(home, "doctor", directory)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stdout + result.stderr
    rows = {line.split()[1]: line for line in result.stdout.splitlines() if line[:5].strip()}
    assert {"config", "token", "corpus", "index"} <= rows.keys(), result.stdout
    assert rows["index"].startswith("FAIL"), result.stdout
    for word in words:
        assert word in rows["index"], rows["index"]


def test_an_edited_sentence_keeping_the_store_size_is_never_quoted(sample_index: Path, home: Path) -> None:
    directory, generation = damaged_copy(sample_index, home)
    store = generation / "store.sqlite"
    raw = store.read_bytes()
    assert raw.count(b"up to 12,000") == 2  # the sentence and its document's text
    store.write_bytes(raw.replace(b"up to 12,000", b"up to 92,000"))
    for args in ([TROOPS], ["--json", TROOPS]):
        result = run(home, "ask", directory, "--no-rebuild", *args)
        assert "92,000" not in result.stdout
        assert_one_line_error(result, "store.sqlite", "checksum")
    repl = run(home, "repl", directory, "--no-rebuild", stdin=TROOPS + "\n:quit\n")
    assert "92,000" not in repl.stdout and "store.sqlite: sentence" in repl.stdout
    assert "Traceback" not in repl.stderr
    doctor_fails_on_the_index(home, directory, "store.sqlite does not match its checksum")
    rebuilt = run(home, "ask", directory, TROOPS)  # found while answering: rebuilt, then answered
    assert rebuilt.returncode == 0 and "up to 12,000" in rebuilt.stdout and "92,000" not in rebuilt.stdout
    assert "store.sqlite: sentence" in rebuilt.stderr and "checksum: rebuilding the index" in rebuilt.stderr


def test_an_edited_vocabulary_term_is_refused_or_rebuilt(sample_index: Path, home: Path) -> None:
    directory, generation = damaged_copy(sample_index, home)
    right = run(home, "ask", directory, "--no-rebuild", "--json", "treaty").stdout
    vocab = generation / "vocab.json"
    vocab.write_text(vocab.read_text().replace('"treati"', '"treatj"'))
    assert_one_line_error(run(home, "ask", directory, "--no-rebuild", "treaty"), "vocab.json", "checksum")
    doctor_fails_on_the_index(home, directory, "vocab.json")
    rebuilt = run(home, "ask", directory, "--json", "treaty")
    assert rebuilt.returncode == 0 and rebuilt.stdout == right
    assert "vocab.json does not match its checksum" in rebuilt.stderr and "rebuilding" in rebuilt.stderr


def _flip(path: Path, offset: int, mask: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= mask
    path.write_bytes(bytes(raw))


def test_flipped_bits_in_array_data_are_reported_not_answered_from(sample_index: Path, home: Path) -> None:
    directory, generation = damaged_copy(sample_index, home)
    terms = json.loads((generation / "vocab.json").read_text())
    indptr = np.load(generation / "sentences.indptr.npy")
    first = int(indptr[terms.index("treati")])
    data = generation / "sentences.data.npy"
    header = data.stat().st_size - 4 * int(np.load(data).shape[0])
    _flip(data, header + 4 * first + 3, 0x40)  # the exponent of a "treaty" score: a silently other ranking
    _flip(generation / "sentence_doc.npy", 128, 0x40)  # sentence 0 in document 64: an IndexError before
    for args in (["treaty"], ["--json", TREATY]):
        result = run(home, "ask", directory, "--no-rebuild", *args)
        assert_one_line_error(result, "does not match its checksum")
    doctor_fails_on_the_index(home, directory, "does not match its checksum")


@pytest.mark.parametrize(
    "damage",
    [
        "empty sentence_doc.npy",
        "header of sentence_doc.npy",
        "store.sqlite cut by 1%",
        "schema of store.sqlite",
        "object dtype",
    ],
)
def test_broken_files_are_one_line_errors_for_every_command(
    sample_index: Path, home: Path, damage: str
) -> None:
    directory, generation = damaged_copy(sample_index, home)
    array = generation / "sentence_doc.npy"
    if damage == "empty sentence_doc.npy":
        array.write_bytes(b"")  # numpy raised EOFError: click printed only "Aborted!"
    elif damage == "header of sentence_doc.npy":
        _flip(array, 20, ord("r") ^ ord("("))  # "{'descr" -> "{'desc(": a tokenize.TokenError
    elif damage == "store.sqlite cut by 1%":
        store = generation / "store.sqlite"
        os.truncate(store, store.stat().st_size * 99 // 100)
    elif damage == "schema of store.sqlite":
        store = generation / "store.sqlite"
        raw = bytearray(store.read_bytes())
        raw[raw.index(b"PRIMARY KEY") + 8] = 0xD3  # "KEY" -> "\xd3EY": SQLite's message is not UTF-8
        store.write_bytes(bytes(raw))
    else:
        raw = array.read_bytes()
        array.write_bytes(raw.replace(b"'<i4'", b"'|O' ", 1))  # numpy's own "allow_pickle" message
    name = "store.sqlite" if "store" in damage else "sentence_doc.npy"
    for command, stdin in (("ask", ""), ("repl", ":quit\n")):
        args = ["--no-rebuild", "treaty"] if command == "ask" else ["--no-rebuild"]
        result = run(home, command, directory, *args, stdin=stdin)
        assert_one_line_error(result, name)
        assert "allow_pickle" not in result.stderr and "Aborted" not in result.stderr
    doctor_fails_on_the_index(home, directory, name)


_RACING_ASK = """
import sys
from pathlib import Path
from factbot.bot.cli import main
from factbot.index.store import build, reader

corpus, real = Path(sys.argv[1]), reader.live_generation
raced = []

def live_generation(directory):
    generation = real(directory)
    if not raced:  # a rebuild commits (and removes this generation) just after CURRENT is read
        raced.append(generation)
        build.build_index([corpus], directory, build.BuildOptions())
    return generation

reader.live_generation = live_generation
sys.argv = ["factbot", *sys.argv[2:]]
main()
"""


def test_ask_opening_the_index_while_a_rebuild_removes_it_answers_from_the_new_one(
    sample_index: Path, home: Path
) -> None:
    directory, generation = damaged_copy(sample_index, home)
    args = ["ask", "--index", str(directory), "--no-rebuild", "--json", TREATY]
    right = factbot(home, *args).stdout
    env = user_env(home, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", _RACING_ASK, str(SAMPLE_CORPUS), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=180,
    )
    assert not generation.exists()  # the rebuild did replace it
    assert result.returncode == 0, result.stderr
    assert result.stdout == right


def test_generations_left_by_killed_builds_are_reported_and_removed_by_the_next_build(
    sample_index: Path, home: Path, tmp_path: Path
) -> None:
    directory, live = damaged_copy(sample_index, home)
    left = directory / "gen-20260101T000000-0badc0de"  # what a build killed midway leaves
    left.mkdir()
    (left / "store.sqlite").write_bytes(b"\0" * 4096)
    doctor = run(home, "doctor", directory)
    assert doctor.returncode == 0, doctor.stdout
    assert "warn  index-unfinished 1 unfinished generation" in doctor.stdout and left.name in doctor.stdout
    kill_a_build_midway(tmp_path, directory)  # this build is killed too ...
    assert not left.exists()  # ... but it had removed the one left before it
    assert len([g for g in directory.glob("gen-*") if g != live]) == 1
    rebuilt = run(home, "index", directory, "--rebuild")
    assert rebuilt.returncode == 0 and [g.name for g in directory.glob("gen-*")] == [
        (directory / "CURRENT").read_text()
    ]
    healthy = run(home, "doctor", directory)
    assert healthy.returncode == 0 and "index-unfinished" not in healthy.stdout
