"""The layering rule (the engine, `index/`, never imports the delivery layer, `bot/`) and public APIs."""

from __future__ import annotations

import ast
import importlib
import importlib.util

import pytest

from tests.conftest import ROOT, SHARED, require_shared


def test_index_never_imports_bot() -> None:
    for path in sorted((ROOT / "index").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith("factbot.bot"), (path.name, name)
                assert name.split(".")[0] not in {"bot", "discord", "click", "tenacity"}, (path.name, name)


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
