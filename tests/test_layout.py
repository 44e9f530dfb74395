"""The layering rule: the engine (`index/`) never imports the delivery layer (`bot/`)."""

from __future__ import annotations

import ast

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
