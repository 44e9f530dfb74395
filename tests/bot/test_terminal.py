"""Control characters from documents never reach the terminal raw (`factbot ask`, warnings, JSON)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from factbot.bot.terminal import printable, printable_text
from rich.text import Text

from tests.bot.helpers import factbot

# What a terminal acts on: window title, clear screen, clipboard (OSC 52), hyperlink (OSC 8), C1 CSI.
ATTACKS = [
    "\x1b]0;PWNED\x07",
    "\x1b[2J",
    "\x1b]52;c;ZWNobw==\x07",
    "\x1b]8;;https://evil.example\x07",
    "\x9b31m",
]
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ZEBRAS = "How many zebras are in Kenya?"


def write_evil_corpus(corpus: Path) -> Path:
    """A corpus whose text, title, outlet, URL and file names carry terminal control sequences."""
    corpus.mkdir(parents=True, exist_ok=True)
    title, clear, clip, link, csi = ATTACKS
    (corpus / "zebras.md").write_text(
        "---\n"
        f"title: {json.dumps('Zebra census ' + title + csi)}\n"
        f"source: {json.dumps('Outlet' + clear)}\n"
        f"url: {json.dumps('https://example.org/z' + link)}\n"
        "date: 2024-05-01\n"
        "---\n\n"
        f"The zebra count in Kenya rose to 4,242 animals{clear} this year{csi} says the census.\n\n"
        f"Zebras in Kenya are counted{clip} every year by the wildlife service.\n",
        encoding="utf-8",
    )
    (corpus / f"census{title}.txt").write_text("Census\n\nThe census counted zebras in Kenya by air.\n")
    (corpus / f"empty{clear}.txt").write_text("   \n")  # skipped: a warning names it
    return corpus


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    write_evil_corpus(home / "evil")
    return home


def assert_no_raw_controls(out: str) -> None:
    assert not RAW.search(out), repr(RAW.findall(out))


def test_ask_shows_control_sequences_from_documents_escaped(home: Path) -> None:
    result = factbot(home, "ask", "--corpus", "evil", ZEBRAS)
    assert result.returncode == 0, result.stderr
    assert "4,242" in result.stdout
    for out in (result.stdout, result.stderr):
        assert_no_raw_controls(out)
    assert "animals\\x1b[2J this year\\x9b31m" in result.stdout  # visibly escaped, not dropped
    assert "[census\\x1b]0;PWNED.txt #" in result.stdout  # the doc id (file name); rich drops the BEL
    assert "https://example.org/z\\x1b]8;;" in result.stdout
    assert "warning: " in result.stderr and "empty\\x1b[2J.txt" in result.stderr


def test_ask_json_escapes_c0_and_c1_controls_and_keeps_the_text_exact(home: Path) -> None:
    result = factbot(home, "ask", "--corpus", "evil", "--json", ZEBRAS)
    assert result.returncode == 0, result.stderr
    assert_no_raw_controls(result.stdout)
    assert "\\u009b" in result.stdout and "\\u001b" in result.stdout
    claims = json.loads(result.stdout)["claims"]
    texts = [c["text"] for c in claims]
    assert any("animals\x1b[2J this year\x9b31m" in t for t in texts), texts  # the index text, exactly
    assert claims[0]["citations"][0]["title"] == "Zebra census \x1b]0;PWNED\x07\x9b31m"


def test_a_batch_of_questions_and_errors_are_escaped_too(home: Path) -> None:
    batch = factbot(home, "ask", "--corpus", "evil", stdin=f"{ZEBRAS}\nzebra\x1b]0;typed\x07?\n")
    assert batch.returncode == 0, batch.stderr
    assert_no_raw_controls(batch.stdout)
    assert "Q: zebra\\x1b]0;typed?" in batch.stdout  # the question as typed; rich itself drops the BEL
    missing = factbot(home, "ask", "--corpus", "no\x1b]0;such\x07dir", ZEBRAS)
    assert missing.returncode == 2 and "no\\x1b]0;such\\x07dir" in missing.stderr
    assert_no_raw_controls(missing.stderr)


def test_printable_escapes_every_c0_c1_control_but_newline_and_tab() -> None:
    assert printable("a\x1b[2Jb\x9b\x7f\x00\n\tc\udcff") == "a\\x1b[2Jb\\x9b\\x7f\\x00\n\tc\\xff"
    text = Text()
    text.append("\x1b]0;x", style="bold")
    text.append(" tail\x9b", style="dim")
    safe = printable_text(text)
    assert safe.plain == "\\x1b]0;x tail\\x9b"
    assert [(s.start, s.end, s.style) for s in safe.spans] == [(0, 8, "bold"), (8, 17, "dim")]
