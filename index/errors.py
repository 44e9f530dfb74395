"""Errors the engine raises; each message names the bad value and what is allowed."""

from __future__ import annotations

__all__ = ["CorpusError", "FactbotError", "IndexUnusableError", "IndexWriteError", "QueryError"]


class FactbotError(Exception):
    """Base of every error factbot reports as one line (exit code 2 in the CLI)."""


class CorpusError(FactbotError):
    """The corpus cannot be used: missing path, or nothing indexable."""


class IndexUnusableError(FactbotError):
    """The index directory is missing, incompatible or corrupt."""


class IndexWriteError(FactbotError):
    """The index cannot be written: a full disk, a read-only or unwritable directory, or not a directory."""


class QueryError(FactbotError):
    """A query or its options are out of range."""
