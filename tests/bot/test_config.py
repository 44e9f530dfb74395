"""Settings from the file and the environment, as a user sets them: one-line errors, never a traceback."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal, get_args, get_origin

import pytest
from factbot.bot.config import ConfigError, Settings, load_settings
from factbot.index.answers.assembly import AnswerOptions
from factbot.index.answers.models import Answer
from factbot.index.retrieval.search import SearchOptions
from factbot.index.store.build import BuildOptions
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from tests.bot.helpers import factbot, user_env
from tests.conftest import ROOT, SAMPLE_CORPUS

TREATY = "when does the treaty take effect?"
ZEBRAS = "How many zebras are in Kenya?"
EXAMPLE = ROOT / "config.example.toml"
SECTIONS: dict[str, type[BaseModel]] = {
    name: field.annotation  # type: ignore[misc]
    for name, field in Settings.model_fields.items()
}


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
    config = str(EXAMPLE)
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
    return [
        f"{s}.{k}"
        for s, model in SECTIONS.items()
        for k, f in model.model_fields.items()
        if f.annotation is float
    ]


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


def readme_rows() -> dict[str, tuple[str | None, str]]:
    """Each `section.key` of the README's key | default | meaning tables: its default and meaning.

    A row may name several keys and as many defaults; a default in words (not in backticks) is unset.
    """
    rows: dict[str, tuple[str | None, str]] = {}
    in_table = False
    for line in (ROOT / "README.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if cells == ["key", "default", "meaning"]:
            in_table = True
        in_table = in_table and len(cells) == 3
        if not in_table or cells[0] == "key" or set(cells[0]) <= set("- "):
            continue
        keys = re.findall(r"`(\w+\.\w+)`", cells[0])
        defaults = re.findall(r"`([^`]*)`", cells[1]) or [None] * len(keys)
        assert keys and len(defaults) == len(keys), line
        rows |= {key: (default, cells[2]) for key, default in zip(keys, defaults, strict=True)}
    return rows


def example_section(section: str) -> str:
    return "\n" + EXAMPLE.read_text().split(f"\n[{section}]\n")[1].split("\n[")[0]


def range_is_stated(field: FieldInfo, text: str) -> bool:
    """Whether `text` states a number key's range: 0–10 (0-10), (0–1], above 0, at most 60 or at least 1."""
    limits = {
        n: f"{getattr(m, n):g}" for m in field.metadata for n in ("gt", "ge", "le", "lt") if hasattr(m, n)
    }
    end = r"(?!\.?\d)"
    if "gt" in limits and "le" in limits:
        low, high = limits["gt"], limits["le"]
        pattern = rf"\({low}[–-]{high}\]|above {low}, at most {high}{end}"
    elif "ge" in limits and "le" in limits:
        pattern = rf"(?<![\d.]){limits['ge']}[–-]{limits['le']}{end}"
    elif set(limits) == {"ge"}:
        pattern = rf"at least {limits['ge']}{end}"
    else:
        return not limits
    return re.search(pattern, text) is not None


@pytest.mark.parametrize("section", list(SECTIONS))
def test_the_example_config_and_the_readme_give_every_key_its_default_and_range(section: str) -> None:
    model, defaults = SECTIONS[section], getattr(Settings(), section)
    assert getattr(load_settings(EXAMPLE), section) == defaults
    text = example_section(section)
    assert re.findall(r"^(\w+) = ", text, re.MULTILINE) == list(model.model_fields), section
    rows = readme_rows()
    assert sorted(k for k in rows if k.startswith(f"{section}.")) == sorted(
        f"{section}.{k}" for k in model.model_fields
    )
    for name, field in model.model_fields.items():
        key, comment = f"{section}.{name}", comment_above(text, name)
        default, meaning = rows[key]
        expected = getattr(defaults, name)
        assert (tomllib.loads(f"v = {default}")["v"] if default is not None else None) == expected, key
        assert comment, key
        assert range_is_stated(field, meaning), (key, meaning)
        assert range_is_stated(field, comment), (key, comment)
        for choice in get_args(field.annotation) if get_origin(field.annotation) is Literal else ():
            assert f'"{choice}"' in meaning and f'"{choice}"' in comment, (key, choice)


def test_the_readme_tables_name_only_settings() -> None:
    keys = {f"{section}.{name}" for section, model in SECTIONS.items() for name in model.model_fields}
    assert set(readme_rows()) == keys


def test_the_default_settings_give_the_default_options() -> None:
    """The settings take their defaults from the option dataclasses, and lose none on the way back."""
    settings = Settings()
    assert settings.build_options() == BuildOptions()
    assert settings.search_options() == SearchOptions()
    assert settings.answer_options() == AnswerOptions()


def comment_above(section: str, name: str) -> str:
    """The comment lines above a key in a config.example.toml section (above its group, if grouped)."""
    lines = section.split(f"\n{name} = ")[0].splitlines()
    while lines and not lines[-1].startswith("#"):
        lines.pop()  # keys of the same group
    comment = []
    while lines and lines[-1].startswith("#"):
        comment.append(lines.pop())
    return "\n".join(reversed(comment))


def test_the_lowest_title_weight_the_config_allows_builds_an_index(home: Path) -> None:
    # The index manifest refuses what the build cannot record: the config must refuse it first.
    field = SECTIONS["index"].model_fields["title_weight"]
    lowest = next(m.ge for m in field.metadata if hasattr(m, "ge"))
    result = with_env(home, "ask", TREATY, FACTBOT_INDEX__TITLE_WEIGHT=str(lowest))
    assert result.returncode == 0, result.stderr
    one_line_error(with_env(home, "ask", TREATY, FACTBOT_INDEX__TITLE_WEIGHT=str(lowest - 1)), "title_weight")
