"""factbot's engine: build an index from a corpus, open it, and answer questions from it.

The public names, importable from here::

    from factbot.index import BuildOptions, Engine, build_index, staleness

    build_index([Path("articles")], Path("idx"), BuildOptions())
    engine = Engine(Path("idx"))
    answer = engine.ask("when does the treaty take effect?")

Each name is imported from its module on first use, so importing one part of the
engine (a worker that only analyses text) does not load the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factbot.index.answers.assembly import AnswerOptions
    from factbot.index.answers.models import Answer, Citation, Claim, Conflict, ConflictValue, Quote
    from factbot.index.documents import Document, Sentence
    from factbot.index.engine import Engine, IndexInfo
    from factbot.index.errors import (
        CorpusError,
        FactbotError,
        IndexUnusableError,
        IndexWriteError,
        QueryError,
    )
    from factbot.index.retrieval.search import Hit, RankedSentence, SearchOptions
    from factbot.index.store.build import BuildOptions, BuildReport, build_index, staleness
    from factbot.index.store.manifest import FORMAT_VERSION, IndexFormatError, Manifest, read_manifest
    from factbot.index.store.reader import StoredDocument

_WHERE = {
    "factbot.index.answers.assembly": ["AnswerOptions"],
    "factbot.index.answers.models": ["Answer", "Citation", "Claim", "Conflict", "ConflictValue", "Quote"],
    "factbot.index.documents": ["Document", "Sentence"],
    "factbot.index.engine": ["Engine", "IndexInfo"],
    "factbot.index.errors": [
        "CorpusError",
        "FactbotError",
        "IndexUnusableError",
        "IndexWriteError",
        "QueryError",
    ],
    "factbot.index.retrieval.search": ["Hit", "RankedSentence", "SearchOptions"],
    "factbot.index.store.build": ["BuildOptions", "BuildReport", "build_index", "staleness"],
    "factbot.index.store.manifest": ["FORMAT_VERSION", "IndexFormatError", "Manifest", "read_manifest"],
    "factbot.index.store.reader": ["StoredDocument"],
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "FORMAT_VERSION",
    "Answer",
    "AnswerOptions",
    "BuildOptions",
    "BuildReport",
    "Citation",
    "Claim",
    "Conflict",
    "ConflictValue",
    "CorpusError",
    "Document",
    "Engine",
    "FactbotError",
    "Hit",
    "IndexFormatError",
    "IndexInfo",
    "IndexUnusableError",
    "IndexWriteError",
    "Manifest",
    "QueryError",
    "Quote",
    "RankedSentence",
    "SearchOptions",
    "Sentence",
    "StoredDocument",
    "build_index",
    "read_manifest",
    "staleness",
]


def __getattr__(name: str) -> object:
    """Import a public name from its module the first time it is asked for."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
