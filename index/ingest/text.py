"""Plain text: lines or paragraphs to blocks, titles, and metadata shared by every format.

A block is a non-empty line (news files put one paragraph on a line), unless the
file is hard-wrapped (most lines 50-80 characters, many not ending a sentence):
then a block is a blank-line-separated paragraph. Block spans are stripped of
surrounding whitespace.

The title is the first line when it looks like a headline (short, no
sentence-final punctuation) and that line is then not a block; otherwise the
title is the first sentence, shortened to about 100 characters, and the line
stays indexed. Boilerplate lines (`index.boilerplate`) are not blocks; a
"Source: X" line sets the document's source, and a web address alone on a line
before the text its link.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from factbot.index.documents import Document, Span
from factbot.index.ingest.boilerplate import boilerplate_kind, source_line
from factbot.index.ingest.sentences import ENDS_SENTENCE, split_spans, strip_span

__all__ = [
    "Parsed",
    "Piece",
    "Selected",
    "host_name",
    "normalise_date",
    "parse_text",
    "pieces",
    "select_blocks",
    "title_from_sentence",
]

_TITLE_CHARS = 100
_HEADLINE_MAX_CHARS = 150
_HEADLINE_MAX_WORDS = 25
_LINE = re.compile(r"[^\n]+")
_WRAP_MIN, _WRAP_MAX = 50, 80
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\w)", re.I)  # before a date
_LABEL = re.compile(r"^(?:date|dated|published|posted|updated)\s*:\s*", re.I)  # "Published: ..."
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Piece:
    """A candidate block: a stripped span of the text, and whether it is a heading."""

    start: int
    end: int
    heading: bool = False


@dataclass(slots=True)
class Parsed:
    """What a format parser made of one file: documents and (reason, line) problems."""

    documents: list[Document] = field(default_factory=list)
    problems: list[tuple[str, int | None]] = field(default_factory=list)


def parse_text(text: str, doc_id: str, path: str) -> Parsed:
    """One plain-text document; `text` is kept as read (quotes are substrings of it)."""
    picked = select_blocks(text, pieces(text))
    doc = Document(
        doc_id,
        text,
        tuple(picked.blocks),
        title=picked.title,
        source=picked.source or host_name(picked.url),
        url=picked.url,
        date=picked.date,
        path=path,
    )
    return Parsed([doc])


def pieces(text: str) -> list[Piece]:
    """Stripped non-empty lines, or blank-line-separated paragraphs when the text is hard-wrapped."""
    lines = [span for match in _LINE.finditer(text) if (span := strip_span(text, *match.span()))]
    if not _hard_wrapped([text[a:b] for a, b in lines]):
        return [Piece(a, b) for a, b in lines]
    paragraphs: list[Piece] = []
    start = prev = -1
    for a, b in lines:
        if start >= 0 and text.count("\n", prev, a) > 1:
            paragraphs.append(Piece(start, prev))
            start = -1
        if start < 0:
            start = a
        prev = b
    if start >= 0:
        paragraphs.append(Piece(start, prev))
    return paragraphs


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    wrapped = sum(_WRAP_MIN <= len(line) <= _WRAP_MAX for line in lines)
    open_ended = sum(not ENDS_SENTENCE.search(line) for line in lines)
    continued = sum(line[:1].islower() for line in lines[1:])  # wrapped prose goes on mid-sentence
    return wrapped > len(lines) / 2 and open_ended >= 0.4 * len(lines) and continued >= 0.25 * len(lines)


@dataclass(slots=True)
class Selected:
    """What `select_blocks` picks: the title, the "Source:" value, the dateline's date (YYYY-MM-DD,
    or "" when no line before the text gives one), the link a line before the text gives alone ("")
    and the indexable blocks."""

    title: str
    source: str
    date: str
    blocks: list[Span]
    url: str = ""


def select_blocks(text: str, candidates: list[Piece], title: str = "") -> Selected:
    """Pick the title, the "Source:" value, the dateline and the indexable blocks among `candidates`.

    A given `title` wins; the first candidate that repeats it is then not a block.
    """
    title = " ".join(title.split())
    source = day = url = ""
    blocks: list[Span] = []
    opening = True  # no text yet but headlines: a dateline here dates the document
    title_piece: Piece | None = None
    for piece in candidates:
        line = " ".join(text[piece.start : piece.end].split())
        kind = boilerplate_kind(line)
        if title_piece is None and (kind is None or (kind == "short" and len(line.split()) > 1)):
            title_piece = piece
            if title:
                if line.casefold() == title.casefold():
                    continue
            elif piece.heading or looks_like_headline(line):
                title = line
                continue
            else:
                title = title_from_sentence(line)
        if kind == "source":
            source = source or (source_line(line) or "")
        elif kind == "date" and opening and not day:  # a dateline: "Tuesday 11 March 2025"
            day = _dateline(line)
        elif kind == "link" and not blocks and not url:
            url = line
        elif kind is None:
            blocks.append((piece.start, piece.end))
            # (a headline kept as text, "WHO PAYS?" or one under a masthead, still opens the document)
            opening = opening and looks_like_headline(line.rstrip("?"))
    if not blocks and title_piece is not None:
        blocks.append((title_piece.start, title_piece.end))  # a one-line document keeps its line
    return Selected(title, source, day, blocks, url)


def _dateline(line: str) -> str:
    """The date a dateline gives (YYYY-MM-DD), a label ("Published:") aside; "" when it gives none."""
    value = normalise_date(_LABEL.sub("", line))
    return value if _ISO_DAY.fullmatch(value) else ""


def looks_like_headline(line: str) -> bool:
    """Short, has a letter, and does not end like a sentence."""
    return (
        len(line) <= _HEADLINE_MAX_CHARS
        and len(line.split()) <= _HEADLINE_MAX_WORDS
        and any(ch.isalpha() for ch in line)
        and not ENDS_SENTENCE.search(line)
    )


def title_from_sentence(line: str) -> str:
    """The line's first sentence, cut at a word boundary to about 100 characters with "…"."""
    spans = split_spans(line)
    sentence = line[spans[0][0] : spans[0][1]] if spans else line
    if len(sentence) <= _TITLE_CHARS:
        return sentence
    head = sentence[:_TITLE_CHARS]
    if not sentence[_TITLE_CHARS].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-–—") + "…"


def host_name(url: str) -> str:
    """The URL's host without "www." ("bangkokpost.com"), or "" when there is none."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def normalise_date(value: object) -> str:
    """YYYY-MM-DD when the value is a date or a parseable date string, else the string as given."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    text = _WEEKDAY.sub("", " ".join(str(value).split())[:100])  # "Tuesday 11 March 2025"
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return text
