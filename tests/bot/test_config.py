"""Settings from the file and the environment, as a user sets them: one-line errors, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answers import Answer
from tests.bot.helpers import factbot, user_env
from tests.conftest import ROOT, SAMPLE_CORPUS

TREATY = "when does the treaty take effect?"
ZEBRAS = "How many zebras are in Kenya?"


@pytest.fixture()
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def one_line_error(result, *fragments: str) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def with_env(home: Path, *args: str, **env: str):
    return factbot(home, *args, env=user_env(home, **env))


def test_a_plain_path_in_corpus_paths_is_one_path(home: Path) -> None:
    zebras = home / "zebras"
    zebras.mkdir()
    (zebras / "kenya.txt").write_text("Census\n\nThe zebra count in Kenya rose to 4,242 animals.\n")
    result = with_env(home, "ask", ZEBRAS, FACTBOT_CORPUS__PATHS=str(zebras))
    assert result.returncode == 0 and "4,242" in result.stdout, result.stderr
    both = with_env(home, "ask", "--json", TREATY, FACTBOT_CORPUS__PATHS=f'["{zebras}", "{SAMPLE_CORPUS}"]')
    assert Answer.model_validate_json(both.stdout).sources_total == 6, both.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FACTBOT_CORPUS__PATHS", '["/x", '),
        ("FACTBOT_ANSWERS", "{max_quotes: 2}"),
        ("FACTBOT_DISCORD__GUILD_IDS", "[1,"),
    ],
)
def test_bad_json_in_an_environment_variable_is_named(home: Path, name: str, value: str) -> None:
    one_line_error(
        with_env(home, "ask", TREATY, **{name: value}), f"environment variable {name}", "not valid JSON"
    )


def test_an_error_from_the_environment_is_not_blamed_on_the_config_file(home: Path) -> None:
    config = str(ROOT / "config.example.toml")
    line = one_line_error(
        with_env(home, "--config", config, "ask", TREATY, FACTBOT_ANSWERS__MAX_QUOTES="0"),
        "environment variable FACTBOT_ANSWERS__MAX_QUOTES",
        "answers.max_quotes",
    )
    assert "config.example.toml" not in line
    bad_file = home / "factbot.toml"
    bad_file.write_text("[answers]\nmax_quotes = 0\n")
    line = one_line_error(
        with_env(home, "--config", str(bad_file), "ask", TREATY, FACTBOT_INDEX__K1="2"),
        f"config file {bad_file}",
        "answers.max_quotes",
    )
    assert "FACTBOT_" not in line


@pytest.mark.parametrize(
    ("name", "fragments"),
    [
        ("FACTBOT_ANSWERZ__X", ["unknown section 'answerz'", "answers"]),
        ("FACTBOT_ANSWERS__BOGUS", ["unknown key 'answers.bogus'", "max_quotes"]),
        ("factbot_index__nope", ["unknown key 'index.nope'", "k1"]),
    ],
)
def test_an_unknown_section_or_key_in_the_environment_is_an_error(
    home: Path, name: str, fragments: list[str]
) -> None:
    one_line_error(with_env(home, "ask", TREATY, **{name: "1"}), f"environment variable {name}", *fragments)


def test_other_factbot_variables_are_not_settings(home: Path) -> None:
    result = with_env(home, "ask", TREATY, FACTBOT_SHARED=str(home))
    assert result.returncode == 0, result.stderr


def test_a_tilde_in_a_path_from_the_environment_is_the_home_directory(home: Path) -> None:
    result = with_env(home, "index", FACTBOT_INDEX__DIR="~/fbidx", FACTBOT_REPL__HISTORY_FILE="~/hist")
    assert result.returncode == 0, result.stderr
    assert (home / "fbidx" / "CURRENT").exists() and not (home / "~").exists()
