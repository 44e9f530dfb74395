"""Documents and sentences: what the corpus loaders produce and the index stores."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Document", "LoadResult", "LoadWarning", "Sentence", "Span"]

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus document as plain text plus metadata.

    `text` is the text every quote is a substring of. `blocks` are the spans of
    `text` that hold indexable prose (boilerplate, title line and metadata lines
    excluded); the splitter cuts each block into sentences. When `presplit` is
    true the blocks *are* the sentences (JSONL `sentences`), kept as given.
    """

    doc_id: str
    text: str
    blocks: tuple[Span, ...]
    title: str = ""
    source: str = ""
    url: str = ""
    date: str = ""  # ISO 8601 date (YYYY-MM-DD) when known, else ""
    description: str = ""
    presplit: bool = False
    path: str = ""  # the file it came from, for messages


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: an exact span of its document's text."""

    doc_id: str
    index: int  # 0-based position within its document
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class LoadWarning:
    """A file (or line of a file) that was skipped, or a problem in one that was still indexed.

    A reason that skips something starts with "skipped" ("skipped: empty file");
    any other ("front matter ignored: ...") leaves the document indexed.
    """

    path: str
    reason: str
    line: int | None = None

    @property
    def skips(self) -> bool:
        """True when the file (or the line) was left out of the index."""
        return self.reason.startswith("skipped")

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class LoadResult:
    """What loading a corpus produced: documents, warnings, and skip counts."""

    documents: list[Document] = field(default_factory=list)
    warnings: list[LoadWarning] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)  # files in folders, of no supported type

    @property
    def skipped(self) -> int:
        """Files and JSON Lines records left out (warnings about indexed files not counted)."""
        return sum(w.skips for w in self.warnings)
