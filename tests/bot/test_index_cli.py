"""`factbot index` as a user meets it: big JSON Lines files, killed builds, unwritable index
directories, and what the summary says. Each runs the command line in a subprocess."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot.helpers import factbot, factbot_unprivileged, user_env
from tests.conftest import SAMPLE_CORPUS


def one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr and len(lines) >= 1, result.stderr
    assert lines[-1].startswith("factbot: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[-1], lines[-1]


def write_jsonl(path: Path, records: int, sentences: int = 10) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(records):
            said = [
                f"Report {i} counted {i * 7 + j} zebras in district {j} of region {i}."
                for j in range(sentences)
            ]
            handle.write(json.dumps({"id": f"r{i}", "title": f"Report {i}", "sentences": said}) + "\n")


def generation_files(index: Path) -> dict[str, bytes]:
    return {str(p.relative_to(index)): p.read_bytes() for p in sorted(index.rglob("*")) if p.is_file()}


# JSON Lines: streamed, limited per record -------------------------------------------------


def test_a_jsonl_file_over_max_file_mb_is_streamed(home: Path) -> None:
    corpus = home / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "reports.jsonl", 3000)  # about 2 MB, over the 1 MB file limit
    with (corpus / "reports.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "last", "text": "The last record counted 4,242 giraffes."}) + "\n")
    (corpus / "big.txt").write_text("A text file over the file limit.\n" * 40_000)
    config = home / "factbot.toml"
    config.write_text("[corpus]\nmax_file_mb = 1\n")
    args = ["--corpus", str(corpus), "--index", str(home / "idx")]
    result = factbot(home, "--config", str(config), "index", *args)
    assert result.returncode == 0, result.stderr
    assert "indexed 3001 documents (30,001 sentences" in result.stderr
    assert f"{corpus / 'big.txt'}: skipped: larger than the 1 MB limit" in result.stderr  # text: per file
    answer = factbot(
        home, "--config", str(config), "ask", *args, "How many giraffes did the last record count?"
    )
    assert "4,242 giraffes" in answer.stdout and "rebuilding" not in answer.stderr


def test_a_jsonl_record_over_max_record_mb_is_skipped_alone(home: Path) -> None:
    corpus = home / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "first", "text": "The first record counted 12 lions."}) + "\n")
        handle.write(json.dumps({"id": "huge", "text": "Too long. " * 20_000}) + "\n")  # 200 KB
        handle.write(json.dumps({"id": "last", "text": "The last record counted 4,242 giraffes."}) + "\n")
    config = home / "factbot.toml"
    config.write_text("[corpus]\nmax_record_mb = 0.125\n")
    result = factbot(
        home, "--config", str(config), "index", "--corpus", str(corpus), "--index", str(home / "i")
    )
    assert result.returncode == 0, result.stderr
    assert f"{corpus}:2: skipped: record larger than the 128 KB limit (195.3 KB)" in result.stderr
    assert "indexed 2 documents (2 sentences" in result.stderr and "skipped 1" in result.stderr


def test_a_huge_max_file_mb_reads_files_without_allocating_it(home: Path) -> None:
    # The largest limit the config allows, in a process that may use less memory than that
    # (as in a container): reading a file must not allocate a buffer of the limit's size.
    config = home / "factbot.toml"
    config.write_text("[corpus]\nmax_file_mb = 10240\n")
    args = ["--config", str(config), "index", "--corpus", str(SAMPLE_CORPUS), "--index", str(home / "i")]
    result = subprocess.run(
        [sys.executable, "-m", "factbot.bot", *args],
        capture_output=True,
        text=True,
        env=user_env(home),
        cwd=home,
        timeout=180,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE)),
    )
    assert result.returncode == 0 and "MemoryError" not in result.stderr, result.stderr
    assert "indexed 5 documents" in result.stderr


_ADDRESS_SPACE = 4 * 1024**3  # bytes of virtual memory: plenty for factbot, less than the 10 GB limit


# Analysis workers --------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    """Every process's children, from /proc."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
                tree.setdefault(parent, []).append(int(entry))
    return tree


def _descendants(pid: int) -> list[int]:
    tree, found, todo = _children(), [], [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _cmdline(pid: int) -> str:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    return ""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited


def _analysis_workers(pid: int) -> list[int]:
    """The build's worker processes: descendants with no children, not multiprocessing's helpers."""
    tree = _children()
    helpers = [c for c in tree.get(pid, []) if "multiprocessing.resource_tracker" in _cmdline(c)]
    helpers += [c for c in tree.get(pid, []) if "multiprocessing.forkserver" in _cmdline(c)]
    return [p for p in _descendants(pid) if not tree.get(p) and p not in helpers]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see the worker processes")
def test_analysis_workers_are_not_forks_of_the_build_and_die_with_it(home: Path) -> None:
    corpus = home / "big.jsonl"
    write_jsonl(corpus, 20_000)  # 200,000 sentences: analysed by worker processes
    proc = subprocess.Popen(
        [sys.executable, "-m", "factbot.bot", "index", "--corpus", str(corpus), "--index", str(home / "idx")],
        env=user_env(home),
        cwd=home,
        stderr=subprocess.DEVNULL,
    )
    everyone: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers := _analysis_workers(proc.pid)) < 2 and proc.poll() is None:
            assert time.monotonic() < deadline, "no analysis workers appeared"
            time.sleep(0.02)
        assert proc.poll() is None, "the build ended before its workers were seen"
        everyone = _descendants(proc.pid)
        # A fork of the (possibly threaded: /reload) process runs its command line.
        forked = [_cmdline(w) for w in workers if _cmdline(w) == _cmdline(proc.pid)]
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 15
        while any(_alive(p) for p in everyone) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [(p, _cmdline(p)) for p in everyone if _alive(p)]
        assert not left, f"still running 15 s after the build was killed: {left}"
        assert not forked, f"analysis workers forked from the building process: {forked}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in everyone:  # survivors (reparented by now) must not outlive the test
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


# Index directories that cannot be written ---------------------------------------------------


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted at `where` (skips the test when mounting is not permitted)."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill or make read-only ({mounted.stderr.strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _rebuild_fails_and_old_index_answers(home: Path, index: Path, run=factbot) -> str:
    """Rebuild, which must fail in one line naming the index; the old index must answer as before."""
    before = generation_files(index)
    corpus = home / "corpus"
    result = run(home, "index", "--rebuild", "--corpus", str(corpus), "--index", str(index))
    one_line_error(result, f"cannot write the index in {index}: ")
    assert generation_files(index) == before  # the old index untouched, nothing half-written left
    answer = run(home, "ask", "--no-rebuild", "--index", str(index), "when does the treaty take effect?")
    assert answer.returncode == 0 and "exchange" in answer.stdout
    return result.stderr.strip().splitlines()[-1]


def _build_on(home: Path, index: Path) -> None:
    shutil.copytree(SAMPLE_CORPUS, home / "corpus", dirs_exist_ok=True)
    built = factbot(home, "index", "--corpus", str(home / "corpus"), "--index", str(index))
    assert built.returncode == 0, built.stderr


def test_a_full_disk_is_one_line_and_the_old_index_stays(home: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root")
    with small_tmpfs(home / "disk", "2m") as disk:
        index = disk / "idx"
        _build_on(home, index)
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as handle:
            while True:  # fill the disk to the last block
                handle.write(b"\0" * 65536)
                handle.flush()
        line = _rebuild_fails_and_old_index_answers(home, index)
        assert "No space left on device" in line or "disk is full" in line, line


def test_a_read_only_index_directory_is_one_line(home: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("remounting a tmpfs read-only needs root")
    with small_tmpfs(home / "ro", "8m") as disk:
        index = disk / "idx"
        _build_on(home, index)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        line = _rebuild_fails_and_old_index_answers(home, index)
        assert "Read-only file system" in line, line


def test_an_unwritable_index_directory_is_one_line(home: Path) -> None:
    index = home / "idx"
    _build_on(home, index)
    index.chmod(0o555)
    try:
        line = _rebuild_fails_and_old_index_answers(home, index, run=factbot_unprivileged)
        assert "Permission denied" in line, line
    finally:
        index.chmod(0o755)


def test_an_index_path_under_a_file_is_one_line(home: Path) -> None:
    (home / "afile").write_text("not a folder\n")
    for command in (["index"], ["ask", "when does the treaty take effect?"]):
        result = factbot(home, *command, "--index", str(home / "afile" / "sub"))
        one_line_error(result, str(home / "afile" / "sub"), f"{home / 'afile'} is a file, not a directory")


# The summary -------------------------------------------------------------------------------


def test_the_summary_counts_skipped_files_not_warnings_and_is_not_repeated(home: Path) -> None:
    corpus = home / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Good news\n\nThe bridge opened on Monday after two years of work.\n")
    (corpus / "front.md").write_text("---\ntitle: [unclosed\n---\nThe museum reopened in May.\n")
    (corpus / "empty.txt").write_text("")
    args = ["index", "--corpus", str(corpus), "--index", str(home / "idx")]
    first = factbot(home, *args)
    assert first.returncode == 0, first.stderr
    assert "indexed 2 documents" in first.stderr
    assert "skipped 1 (1 warning about indexed files)" in first.stderr
    assert "up to date" not in first.stderr  # the build's own summary says it all
    again = factbot(home, *args)
    assert "index is up to date: 2 documents" in again.stderr and "rebuilding" not in again.stderr
    os.utime(corpus / "good.txt")  # touch: same content
    touched = factbot(home, *args)
    assert "index is up to date" in touched.stderr and "changed" not in touched.stderr
    with (corpus / "good.txt").open("a") as handle:
        handle.write("The toll was cut by half.\n")
    changed = factbot(home, *args)
    assert "the corpus or settings changed: rebuilding" in changed.stderr


def test_a_folder_of_unsupported_files_names_them(home: Path) -> None:
    corpus = home / "papers"
    corpus.mkdir()
    (corpus / "report.pdf").write_bytes(b"%PDF-1.4\n")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    result = factbot(home, "index", "--corpus", str(corpus), "--index", str(home / "idx"))
    one_line_error(
        result, "nothing indexable", str(corpus / "notes.docx"), str(corpus / "report.pdf"), ".jsonl"
    )
    assert "0 file(s) skipped" not in result.stderr


def test_a_file_made_readable_after_the_build_is_indexed(home: Path) -> None:
    shared = home
    corpus = shared / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    (corpus / "locked.txt").write_text("Locked news\n\nThe zebra count in Kenya rose to 4,242 animals.\n")
    (corpus / "locked.txt").chmod(0)
    args = ["index", "--corpus", str(corpus), "--index", str(shared / "idx")]
    first = factbot_unprivileged(shared, *args)
    assert "locked.txt: skipped: permission denied" in first.stderr and "indexed 5 documents" in first.stderr
    (corpus / "locked.txt").chmod(0o644)
    again = factbot_unprivileged(shared, *args)
    assert "the corpus or settings changed: rebuilding" in again.stderr, again.stderr
    assert "indexed 6 documents" in again.stderr
