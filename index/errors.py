"""Errors the engine raises; each message names the bad value and what is allowed."""

from __future__ import annotations

__all__ = ["CorpusError", "FactbotError", "IndexUnusableError", "QueryError"]


class FactbotError(Exception):
    """Base of every error factbot reports as one line (exit code 2 in the CLI)."""


class CorpusError(FactbotError):
    """The corpus cannot be used: missing path, or nothing indexable."""


class IndexUnusableError(FactbotError):
    """The index directory is missing, incompatible or corrupt."""


class QueryError(FactbotError):
    """A query or its options are out of range."""
