"""The REPL through a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from tests.bot.helpers import factbot, user_env
from tests.bot.test_terminal import ATTACKS, ZEBRAS, write_evil_corpus
from tests.index.test_verdicts import write_corpus

PROMPT = "factbot> "


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    assert factbot(home, "index").returncode == 0  # build once so the REPL starts at once
    return home


def _spawn(home: Path, *args: str) -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "factbot.bot", "repl", *args],
        env=user_env(home, TERM="xterm"),
        cwd=str(home),
        encoding="utf-8",
        codec_errors="replace",  # what readline echoes of bytes that are not UTF-8
        timeout=60,
        dimensions=(50, 200),
    )
    child.expect("documents indexed")
    child.expect_exact(PROMPT)
    return child


def _run(child: pexpect.spawn, line: str) -> str:
    child.sendline(line)
    child.expect_exact(PROMPT)
    return child.before


def test_repl_session(home: Path) -> None:
    child = _spawn(home)
    out = _run(child, "when does the treaty take effect?")
    assert "exchange" in out and "1. " in out
    assert "000_f385e8876dc56396.txt" in _run(child, ":sources")
    doc = _run(child, ":doc 001_e20d139b44c1d603.txt")
    assert "[0] " in doc and "Korean Central News Agency" in doc
    assert "[" in _run(child, ":context")
    assert '"answered":true' in _run(child, ":json")
    assert "1~ " in _run(child, ":more")  # first the other wordings of the claims
    more = _run(child, ":more")  # then more claims
    assert "6. " in more or "no more quotes" in more
    assert "or later" in _run(child, ":since 2024-11-13")
    assert "reported by" in _run(child, "when does the treaty take effect?")
    assert "not a date" in _run(child, ":since yesterday")
    assert "any date" in _run(child, ":since off")
    assert "Commands:" in _run(child, ":help")
    assert "unknown command" in _run(child, ":nope")
    assert "no document" in _run(child, ":doc nope.txt")
    assert "No answer in the sources" in _run(child, "What is the capital of Australia?")
    child.send("half a question")
    child.expect_exact("half a question")  # echoed: readline has the line
    child.sendintr()  # Ctrl-C clears the line and keeps the REPL
    child.expect_exact(PROMPT)
    child.sendline(":quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_d_exits_and_history_persists(home: Path) -> None:
    child = _spawn(home)
    _run(child, "Has Russia ratified the treaty?")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    history = home / ".local" / "state" / "factbot" / "repl_history"
    assert "Has Russia ratified the treaty?" in history.read_text()
    child = _spawn(home)
    child.send("\x1b[A")  # up arrow recalls the last question from the previous run
    child.sendline("")
    child.expect_exact(PROMPT)
    assert "ratif" in child.before
    child.sendline(":quit")
    child.expect(pexpect.EOF)


def test_repl_shows_a_statement_s_verdict_first(tmp_path: Path) -> None:
    home = tmp_path / "home"
    write_corpus(home / "schools")
    child = _spawn(home, "--corpus", "schools")
    out = _run(child, "The Wexford school board hired 840 new teachers.")
    assert "Contradicted: the sources say 480 (3 of 3 sources), not 840." in out
    assert out.index("Contradicted") < out.index("1. ")
    assert "Supported: the sources say 480" in _run(child, "The Wexford school board hired 480 new teachers.")
    partly = _run(child, "The Wexford school board hired 480 new teachers and raised bus fares.")
    assert "Supported in part: the sources say 480" in partly and "none states “raised bus fares”" in partly
    assert '"verdict":"supported"' in _run(child, ":json")
    child.sendline(":quit")
    child.expect(pexpect.EOF)


def test_control_sequences_from_documents_are_shown_escaped(tmp_path: Path) -> None:
    home = tmp_path / "home"
    write_evil_corpus(home / "evil")
    child = _spawn(home, "--corpus", "evil")
    shown = {
        "answer": _run(child, ZEBRAS),
        "sources": _run(child, ":sources"),
        "doc": _run(child, ":doc zebras.md"),
        "context": _run(child, ":context"),
    }
    for what, out in shown.items():
        for attack in ATTACKS:
            assert attack.rstrip("\x07") not in out, (what, attack, out)
    assert "animals\\x1b[2J this year\\x9b31m" in shown["answer"]
    assert "census\\x1b]0;PWNED.txt" in shown["sources"]
    assert "Zebra census \\x1b]0;PWNED\\x9b31m" in shown["doc"] and "Outlet\\x1b[2J" in shown["doc"]
    child.sendline(":quit")
    child.expect(pexpect.EOF)


def test_invalid_utf8_typed_is_replaced_and_json_still_works(home: Path) -> None:
    child = _spawn(home)
    os.write(child.child_fd, b"when does the treaty \xff take effect?\r")
    child.expect_exact(PROMPT)
    assert "exchange" in child.before
    out = _run(child, ":json")
    assert '"question":"when does the treaty \ufffd take effect?"' in out and '"answered":true' in out
    child.sendline(":quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_c_while_an_answer_prints_returns_to_the_prompt(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "big").mkdir(parents=True)
    lines = [f"Zebra herd number {n} grazed near the river at dawn." for n in range(20_000)]
    (home / "big" / "herds.txt").write_text("Herds\n\n" + "\n".join(lines) + "\n")
    child = _spawn(home, "--corpus", "big")
    child.sendline(":doc herds.txt")
    child.expect_exact("[200] ")  # printing has started; the rest waits on the full terminal
    child.sendintr()
    child.expect_exact("interrupted")
    child.expect_exact(PROMPT)
    out = _run(child, ":help")
    assert "Commands:" in out and "Zebra herd number 19999" not in out  # the rest is not replayed
    child.sendline(":quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
