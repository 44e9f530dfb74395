"""The factbot command line, run through subprocesses."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from factbot.index.answers.models import Answer
from factbot.index.store.manifest import FORMAT_VERSION

from tests.bot.helpers import factbot, user_env
from tests.conftest import ROOT, SAMPLE_CORPUS
from tests.index.test_verdicts import write_corpus

TREATY = "when does the treaty take effect?"


def test_ask_with_no_config_uses_the_bundled_corpus(home: Path) -> None:
    result = factbot(home, "ask", TREATY)
    assert result.returncode == 0, result.stderr
    assert "both sides exchange" in result.stdout
    cited = set(re.findall(r"\[(\d{3}_[0-9a-f]+\.txt) #\d+\]", result.stdout))
    assert len(cited) >= 3, result.stdout
    assert "no index yet: rebuilding" in result.stderr
    again = factbot(home, "ask", TREATY)
    assert "rebuilding" not in again.stderr and again.stdout == result.stdout


def test_ask_json_is_the_answer_model(home: Path) -> None:
    result = factbot(home, "ask", "--json", "--max-quotes", "2", TREATY)
    answer = Answer.model_validate_json(result.stdout)
    assert answer.answered and 1 <= len(answer.quotes) <= 2
    assert {"doc_id", "title", "source", "url", "date", "sentence"} <= set(
        json.loads(result.stdout)["quotes"][0]["citations"][0]
    )


def test_ask_reads_questions_from_stdin_as_json_lines(home: Path) -> None:
    result = factbot(home, "ask", "--json", stdin=f"{TREATY}\n\nWhat is the capital of Australia?\n")
    lines = [Answer.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [a.answered for a in lines] == [True, False, False]  # one line out per line in, blank too
    assert [a.question for a in lines] == [TREATY, "", "What is the capital of Australia?"]


def test_a_batch_repeats_each_question_and_keeps_blank_lines(home: Path) -> None:
    result = factbot(home, "ask", stdin=f"{TREATY}\n   \nWhat is the capital of Australia?\n")
    assert result.returncode == 0, result.stderr
    asked = [line for line in result.stdout.splitlines() if line.startswith("Q:")]
    assert asked == [f"Q: {TREATY}", "Q: ", "Q: What is the capital of Australia?"], result.stdout
    after_blank = result.stdout.split("Q: \n", 1)[1].splitlines()[0]
    assert after_blank == "(blank line: no question)"
    assert result.stdout.index("exchange") < result.stdout.index("No answer in the sources")


def test_an_empty_question_is_bad_usage(home: Path) -> None:
    for args in (["ask", ""], ["ask", "--json", "  "]):
        result = factbot(home, *args)
        assert result.returncode == 2 and result.stdout == "", (args, result.stdout)
        assert "QUESTION is empty" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["ask", "--bogus", TREATY], ["factbot: No such option '--bogus'", "factbot ask --help"]),
        (["ask", "--max-quotes", "0", TREATY], ["'--max-quotes'", "0 is not in the range 1<=x<=50"]),
        (["ask", "--since", "yesterday", TREATY], ["'--since'", "yesterday", "%Y-%m-%d"]),
        (["nope"], ["No such command 'nope'", "factbot --help"]),
        (["eval"], ["Missing option '--questions'", "factbot eval --help"]),
        (["ask", ""], ["QUESTION is empty"]),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(home: Path, args: list[str], fragments: list[str]) -> None:
    _one_line_error(factbot(home, *args), *fragments)


def test_no_command_still_shows_the_help(home: Path) -> None:
    result = factbot(home)
    assert result.stderr.startswith("Usage: factbot") and "Commands:" in result.stderr, result.stderr


def test_help_and_version_still_exit_0(home: Path) -> None:
    assert factbot(home, "ask", "--help").returncode == 0
    version = factbot(home, "--version")
    assert version.returncode == 0 and "version" in version.stdout


def _run_bytes(home: Path, args: list[bytes], stdin: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "factbot.bot", *args],
        input=stdin,
        capture_output=True,
        env=user_env(home, **env),
        cwd=home,
        timeout=180,
    )


@pytest.mark.parametrize("encoding", ["", "utf-8:strict"], ids=["default", "strict-stdin"])
def test_invalid_utf8_in_a_question_is_replaced_not_a_traceback(home: Path, encoding: str) -> None:
    bad = b"when does the treaty \xff take effect?"
    env = {"PYTHONIOENCODING": encoding} if encoding else {}
    for args, stdin in (([b"ask", b"--json"], bad + b"\n"), ([b"ask", b"--json", bad], b"")):
        result = _run_bytes(home, args, stdin, **env)
        assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr.decode()
        answer = Answer.model_validate_json(result.stdout)
        assert answer.question == "when does the treaty \ufffd take effect?" and answer.answered
    human = _run_bytes(home, [b"ask"], bad + b"\n", **env)
    assert human.returncode == 0, human.stderr.decode()
    assert (
        "Q: when does the treaty \ufffd take effect?" in human.stdout.decode() and b"exchange" in human.stdout
    )


def test_unanswerable_question_says_so_and_exits_zero(home: Path) -> None:
    result = factbot(home, "ask", "Who won the Tour de France in 1998?")
    assert result.returncode == 0
    assert "No answer in the sources" in result.stdout


def _one_line_error(result, *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_missing_corpus_path_is_one_line_exit_2(home: Path) -> None:
    _one_line_error(factbot(home, "index", "--corpus", "nope/none"), "nope/none", "does not exist")


def test_corpus_with_nothing_indexable_is_exit_2(home: Path) -> None:
    corpus = home / "empty"
    corpus.mkdir()
    (corpus / "blank.txt").write_text("   \n")
    result = factbot(home, "index", "--corpus", str(corpus), "--index", str(home / "idx"))
    assert result.returncode == 2
    assert "nothing indexable" in result.stderr.splitlines()[-1]
    assert "blank.txt" in result.stderr


def test_bad_config_key_and_value_are_named(home: Path) -> None:
    config = home / "factbot.toml"
    config.write_text("[answers]\nmax_quotes = 0\nbogus = 1\n")
    _one_line_error(factbot(home, "--config", str(config), "ask", TREATY), "answers.max_quotes", "bogus")
    config.write_text("[index\n")
    _one_line_error(factbot(home, "--config", str(config), "ask", TREATY), "not valid TOML")


def test_environment_overrides_the_config_file(home: Path) -> None:
    config = home / "factbot.toml"
    config.write_text("[answers]\nmax_quotes = 5\n")
    env = user_env(home, FACTBOT_ANSWERS__MAX_QUOTES="1")
    result = factbot(home, "--config", str(config), "ask", "--json", TREATY, env=env)
    assert len(Answer.model_validate_json(result.stdout).quotes) == 1


def test_example_config_runs(home: Path) -> None:
    result = factbot(home, "--config", str(ROOT / "config.example.toml"), "ask", TREATY)
    assert result.returncode == 0 and "exchange" in result.stdout


def test_changed_corpus_is_rebuilt_unless_no_rebuild(home: Path) -> None:
    corpus = home / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    args = ["--corpus", str(corpus), "--index", str(home / "idx")]
    assert factbot(home, "index", *args).returncode == 0
    (corpus / "extra.txt").write_text("The zebra count in Kenya rose to 4,242 animals.\n")
    stale = factbot(home, "ask", *args, "--no-rebuild", "How many zebras are in Kenya?")
    assert "rebuilding" not in stale.stderr and "No answer" in stale.stdout
    fresh = factbot(home, "ask", *args, "How many zebras are in Kenya?")
    assert "changed: rebuilding" in fresh.stderr and "4,242" in fresh.stdout


def test_an_index_of_another_format_is_rebuilt_and_says_why(home: Path) -> None:
    args = ["--index", str(home / "idx")]
    assert factbot(home, "index", *args).returncode == 0
    manifest = next((home / "idx").glob("gen-*/manifest.json"))
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "format_version": 1}))
    result = factbot(home, "ask", *args, TREATY)
    why = f"index {home / 'idx'} has format 1; this factbot reads format {FORMAT_VERSION}: rebuilding"
    assert why in result.stderr
    assert result.returncode == 0 and "exchange" in result.stdout


def test_corrupt_index_is_rebuilt_or_reported(home: Path) -> None:
    args = ["--index", str(home / "idx")]
    assert factbot(home, "index", *args).returncode == 0
    (home / "idx" / "CURRENT").write_text("gen-missing")
    _one_line_error(factbot(home, "ask", *args, "--no-rebuild", TREATY), "corrupt")
    result = factbot(home, "ask", *args, TREATY)
    assert result.returncode == 0 and "exchange" in result.stdout and "corrupt" in result.stderr


def test_index_may_name_a_missing_or_empty_directory(home: Path) -> None:
    (home / "empty-idx").mkdir()
    for target in ("empty-idx", "new/nested/idx"):
        result = factbot(home, "index", "--index", str(home / target))
        assert result.returncode == 0, result.stderr
        assert "indexed 5 documents" in result.stderr


def test_every_command_has_help_and_is_in_the_readme(home: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    top = factbot(home, "--help")
    commands = re.findall(r"^  (\w+)\s{2,}\S", top.stdout.split("Commands:")[1], re.M)
    assert {"index", "ask", "repl"} <= set(commands)
    for command in commands:
        result = factbot(home, command, "--help")
        assert result.returncode == 0 and "Example:" in result.stdout, command
        assert f"factbot {command}" in readme, command
        for option in re.findall(r"^\s+(--[a-z-]+)", result.stdout, re.M):
            if option != "--help":
                assert option in readme, (command, option)


CONTRADICTED = "The Wexford school board hired 840 new teachers."
PARTLY = "The Wexford school board hired 480 new teachers and raised bus fares."
NOT_STATED = "none states “raised bus fares”"


def test_a_statement_gets_its_verdict_first_and_in_json(home: Path) -> None:
    write_corpus(home / "schools")
    result = factbot(home, "ask", "--corpus", "schools", CONTRADICTED)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "Contradicted: the sources say 480 (3 of 3 sources), not 840.", result.stdout
    answer = Answer.model_validate_json(
        factbot(home, "ask", "--corpus", "schools", "--json", CONTRADICTED).stdout
    )
    assert answer.verdict == "contradicted" and answer.evidence is not None
    assert answer.evidence.stated == "840" and answer.evidence.sources_say == ["480"]
    question = factbot(home, "ask", "--corpus", "schools", "--json", "How many teachers did Wexford hire?")
    assert json.loads(question.stdout)["verdict"] is None
    partly = factbot(home, "ask", "--corpus", "schools", PARTLY).stdout.splitlines()[0]
    assert partly == f"Supported in part: the sources say 480 (3 of 3 sources), as stated; {NOT_STATED}."
