"""Markdown (and .txt files that start with YAML front matter) to plain text and blocks.

Front matter is a YAML mapping between two ``---`` lines at the very top; it may
give title, date, url (or origin_url), source (or category) and description.
When it is not valid YAML or not a mapping, it is ignored with one warning and
the body after it is still indexed as Markdown (no text is lost).

The Markdown body is stripped to plain text with markdown-it-py tokens: images
are dropped with their alt text, links keep their text, emphasis, heading and
list markers go, code keeps its text, HTML tags are dropped. `Document.text` is
that plain text, pieces joined by blank lines; its blocks are the paragraphs,
headings, list items and quotes (code blocks are in the text but not blocks:
they are not prose).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import yaml
from factbot.index.documents import Document
from factbot.index.ingest.text import Parsed, Piece, host_name, normalise_date, select_blocks
from markdown_it import MarkdownIt
from markdown_it.token import Token

__all__ = ["FrontMatter", "has_front_matter", "parse_markdown", "split_front_matter", "strip_markdown"]


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
_KEY_LINE = re.compile(r"\A\s*[\w-]+[ \t]*:")
_INLINE_TEXT = frozenset({"text", "text_special", "code_inline"})
_URL_KEYS = ("url", "origin_url", "canonical_url", "link")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_md = MarkdownIt("commonmark")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The metadata mapping (empty when unusable), the body after it, and any problem."""

    meta: Mapping[object, object]
    body: str
    problem: tuple[str, int | None] | None = None


def has_front_matter(text: str, keys_required: bool = False) -> bool:
    """True when `text` opens with a closed front-matter block (its YAML is not parsed)."""
    match = _FRONT.match(text) if text.startswith("---") else None
    return match is not None and (not keys_required or _KEY_LINE.match(match.group(1)) is not None)


def split_front_matter(text: str, keys_required: bool = False) -> FrontMatter | None:
    """Front matter at the top of `text`, or None when there is none.

    With `keys_required` (plain .txt files) the block must start with a ``key:`` line,
    so a text that merely opens with a ``---`` separator is left alone.
    """
    if not has_front_matter(text, keys_required):
        return None
    match = _FRONT.match(text)
    if match is None:
        return None
    body = text[match.end() :]
    try:
        meta = yaml.load(match.group(1), Loader=_Loader)  # a safe loader
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 2 if exc.problem_mark is not None else None
        return FrontMatter(
            {},
            body,
            (f"front matter ignored: not valid YAML ({exc.problem or exc.context or 'syntax error'})", line),
        )
    except Exception as exc:  # PyYAML raises ValueError and others for bad dates, deep nesting
        return FrontMatter(
            {}, body, (f"front matter ignored: not valid YAML ({type(exc).__name__}: {exc})", None)
        )
    if meta is None:
        return FrontMatter({}, body)
    if not isinstance(meta, Mapping):
        found = type(meta).__name__
        return FrontMatter(
            {}, body, (f"front matter ignored: not a mapping of keys to values (found {found})", 1)
        )
    return FrontMatter(meta, body)


def strip_markdown(markdown: str) -> tuple[str, list[Piece]]:
    """Plain text of a Markdown body, and its paragraph/heading/list-item pieces."""
    parts: list[str] = []
    found: list[Piece] = []
    offset = 0
    previous = ""
    for token in _md.parse(markdown):
        if token.type == "inline":
            chunk, prose, heading = _inline_text(token.children or []), True, previous == "heading_open"
        elif token.type in ("fence", "code_block"):
            chunk, prose, heading = token.content, False, False
        else:
            previous = token.type
            continue
        previous = token.type
        chunk = chunk.strip()
        if chunk:
            if parts:
                offset += 2
            if prose:
                found.append(Piece(offset, offset + len(chunk), heading))
            parts.append(chunk)
            offset += len(chunk)
    return "\n\n".join(parts), found


def _inline_text(children: list[Token]) -> str:
    out = []
    for child in children:
        if child.type in _INLINE_TEXT:
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
    return "".join(out)


def parse_markdown(text: str, doc_id: str, path: str, keys_required: bool = False) -> Parsed:
    """One Markdown document: front matter metadata, stripped text and blocks."""
    front = split_front_matter(text, keys_required)
    meta: Mapping[object, object] = front.meta if front else {}
    plain, candidates = strip_markdown(front.body if front else text)
    picked = select_blocks(plain, candidates, _scalar(meta.get("title")))
    url = next((u for key in _URL_KEYS if (u := _scalar(meta.get(key)))), picked.url)
    source = (
        _scalar(meta.get("source"))
        or host_name(url)
        or picked.source
        or _scalar(_first(meta.get("category")))
    )
    doc = Document(
        doc_id,
        plain,
        tuple(picked.blocks),
        title=picked.title,
        source=source,
        url=url,
        date=normalise_date(meta.get("date")) or picked.date,
        description=_scalar(meta.get("description")),
        path=path,
    )
    return Parsed([doc], [front.problem] if front and front.problem else [])


def _scalar(value: object) -> str:
    """A front-matter value as one line of text; lists, mappings and booleans give ""."""
    if isinstance(value, bool) or not isinstance(value, str | int | float | date):
        return ""
    return " ".join(str(value).split())


def _first(value: object) -> object:
    if isinstance(value, list) and value:
        return value[0]
    return value
