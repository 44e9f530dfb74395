"""The layering rule (the engine, `index/`, never imports the delivery layer, `bot/`) and public APIs."""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED, require_shared

# The packages of `index/`, in the order data flows: each imports only from itself, from the
# shared models at the top of `index/` (documents, errors) and from the packages before it.
_STAGES = ("ingest", "ranking", "store", "retrieval", "answers")
_SHARED = ("factbot.index.documents", "factbot.index.errors")


def _imports(path: Path) -> list[str]:
    """The modules a file imports (`import x.y` and `from x.y import z` both give `x.y`)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def _within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def test_index_never_imports_bot() -> None:
    for path in sorted((ROOT / "index").rglob("*.py")):
        for name in _imports(path):
            assert not name.startswith("factbot.bot"), (path.name, name)
            assert name.split(".")[0] not in {"bot", "discord", "click", "tenacity"}, (path.name, name)


@pytest.mark.parametrize("stage", _STAGES)
def test_each_stage_of_index_imports_only_the_stages_before_it(stage: str) -> None:
    allowed = tuple(f"factbot.index.{s}" for s in _STAGES[: _STAGES.index(stage) + 1]) + _SHARED
    paths = sorted((ROOT / "index" / stage).glob("*.py"))
    assert paths, stage
    for path in paths:
        for name in _imports(path):
            if name.startswith("factbot."):
                assert _within(name, allowed), (f"{stage}/{path.name}", name)


def test_the_shared_models_import_no_stage() -> None:
    for module in _SHARED:
        path = ROOT / "index" / f"{module.rsplit('.', 1)[1]}.py"
        assert not [name for name in _imports(path) if name.startswith("factbot.")], path.name


def test_every_index_package_is_a_stage_or_shared() -> None:
    folders = {p.name for p in (ROOT / "index").iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == set(_STAGES)


def test_only_the_discord_adapter_imports_discord_py() -> None:
    """The terminal side of `bot/` (CLI, REPL, renderers) works without loading discord.py."""
    for path in sorted((ROOT / "bot").glob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] == "discord" or name.startswith("factbot.bot.discord"):
                assert path.name == "cli.py", (path.name, name)  # `factbot discord` imports it lazily


def test_sample_corpus_ships_unchanged() -> None:
    shared = require_shared(SHARED / "corpus" / "news")
    for original in shared.iterdir():
        assert (ROOT / "examples" / "corpus" / original.name).read_bytes() == original.read_bytes()


def _imported_names() -> list[tuple[str, str, str]]:
    """Every (file, module, name) of a `from factbot.X import name` in bot/, index/ and benchmarks/."""
    found = []
    for folder in ("bot", "index", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("factbot."):
                    where = str(path.relative_to(ROOT))
                    found += [(where, str(node.module), alias.name) for alias in node.names]
    return found


def test_every_imported_name_is_in_its_modules_all() -> None:
    """What the code imports from a factbot module is that module's public API (or a submodule)."""
    wrong = []
    for where, module, name in _imported_names():
        imported = importlib.import_module(module)
        public = getattr(imported, "__all__", ())
        submodule = hasattr(imported, "__path__") and importlib.util.find_spec(f"{module}.{name}") is not None
        if name not in public and not submodule:
            wrong.append(f"{where}: {name} is not in {module}.__all__")
    assert not wrong, "\n".join(wrong)


def test_the_package_exports_its_public_names() -> None:
    import factbot.index as api

    assert sorted(api.__all__) == sorted(api._MODULE_OF)
    for name in api.__all__:
        assert getattr(api, name) is not None, name
    assert api.Engine.__module__ == "factbot.index.engine"
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = api.no_such_name  # type: ignore[attr-defined]
