"""Settings from the file and the environment, as a user sets them: one-line errors, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from factbot.bot.config import ConfigError, Settings, load_settings
from factbot.index.answers.models import Answer
from pydantic import BaseModel

from tests.bot.helpers import factbot, user_env
from tests.conftest import ROOT, SAMPLE_CORPUS

TREATY = "when does the treaty take effect?"
ZEBRAS = "How many zebras are in Kenya?"


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
        "1 <= value <= 50",
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


def float_keys() -> list[str]:
    keys = []
    for section, field in Settings.model_fields.items():
        model = field.annotation
        assert isinstance(model, type) and issubclass(model, BaseModel)
        keys += [f"{section}.{k}" for k, f in model.model_fields.items() if f.annotation is float]
    return keys


@pytest.mark.parametrize("key", float_keys())
@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e308"])
def test_every_float_key_must_be_finite_and_in_its_range(key: str, value: str) -> None:
    section, name = key.split(".")
    variable = f"FACTBOT_{section.upper()}__{name.upper()}"
    with pytest.raises(ConfigError) as raised:
        load_settings(None, {variable: value})
    message = str(raised.value)
    assert variable in message and repr(key) in message and "allowed: a finite number" in message
    assert re.search(r"value (<=|<) \d", message), message  # every float key has an upper bound


def test_an_infinite_float_in_the_config_file_is_refused_with_its_range(home: Path) -> None:
    config = home / "factbot.toml"
    config.write_text("[index]\nk1 = inf\ndoc_weight = 1e308\n")
    line = one_line_error(with_env(home, "--config", str(config), "ask", TREATY), f"config file {config}")
    assert "'index.k1': Input should be a finite number (allowed: a finite number, 0 <= value <= 10)" in line
    assert "'index.doc_weight'" in line and "0 <= value <= 100" in line
    one_line_error(with_env(home, "ask", TREATY, FACTBOT_INDEX__DOC_WEIGHT="inf"), "index.doc_weight")


def test_every_float_range_is_documented() -> None:
    readme = (ROOT / "README.md").read_text()
    example = (ROOT / "config.example.toml").read_text()
    for key in float_keys():
        section, name = key.split(".")
        field = Settings.model_fields[section].annotation.model_fields[name]  # type: ignore[union-attr]
        high = next(getattr(m, n) for m in field.metadata for n in ("le", "lt") if hasattr(m, n))
        row = next((line for line in readme.splitlines() if line.startswith("|") and f"`{key}`" in line), "")
        assert f"{high:g}" in row, (key, row)
        assert f"{high:g}" in comment_above(example, section, name), key


def comment_above(example: str, section: str, name: str) -> str:
    """The comment lines above a key in config.example.toml (above its group of keys, if grouped)."""
    lines = example.split(f"\n[{section}]\n")[1].split(f"\n{name} = ")[0].splitlines()
    while lines and not lines[-1].startswith("#"):
        lines.pop()  # keys of the same group
    comment = []
    while lines and lines[-1].startswith("#"):
        comment.append(lines.pop())
    return "\n".join(reversed(comment))
