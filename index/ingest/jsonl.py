"""JSON Lines: one document per line, ``{"id", "title"?, "text"? | "sentences"?, "url"?, ...}``.

Optional string fields: title, url, date, source, description.

`id` (a string or an integer) becomes the doc_id as given, so evaluation data
can refer to it. With `sentences` (which wins when both are given) the text is
the sentences joined by single spaces, `presplit` is true and each block is one
sentence's exact span, kept as given: block i is sentence i, always. An empty
sentence is a zero-length block at its place in the text (the indexer stores it
as an empty sentence, so the numbering never shifts); a whitespace-only one
spans its whitespace. With `text`, the blocks are its lines (or paragraphs when
hard-wrapped), with no boilerplate filtering: JSON Lines is already clean data.

A bad line (not JSON, not an object, missing or duplicate id, a field of the
wrong type, neither text nor sentences, nothing indexable) is one problem with
its line number; the rest of the file still loads. `parse_jsonl_lines` takes the
lines one by one (the loader streams a file of any size and applies its limit to
each record), with the reason a line could not even be read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from factbot.index.documents import Document, Span
from factbot.index.ingest.text import Parsed, normalise_date, pieces

__all__ = ["parse_jsonl", "parse_jsonl_lines"]


_OPTIONAL_TEXT = ("title", "url", "date", "source", "description")


def parse_jsonl(text: str, path: str) -> Parsed:
    """Every well-formed line of a JSON Lines text as a document, and a problem per bad line."""
    return parse_jsonl_lines(((number, line, "") for number, line in enumerate(text.split("\n"), 1)), path)


def parse_jsonl_lines(lines: Iterable[tuple[int, str, str]], path: str) -> Parsed:
    """Documents from (line number, line, why it could not be read or "") triples."""
    parsed = Parsed()
    first_line: dict[str, int] = {}
    for number, line, unreadable in lines:
        if unreadable:
            parsed.problems.append((unreadable, number))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            parsed.problems.append((f"skipped: not valid JSON ({exc.msg} at column {exc.colno})", number))
            continue
        except (ValueError, RecursionError) as exc:
            parsed.problems.append((f"skipped: not valid JSON ({type(exc).__name__})", number))
            continue
        doc = _document(record, path)
        if isinstance(doc, str):
            parsed.problems.append((f"skipped: {doc}", number))
        elif doc.doc_id in first_line:
            where = first_line[doc.doc_id]
            parsed.problems.append((f"skipped: duplicate id {doc.doc_id!r} (first on line {where})", number))
        elif not any(doc.text[a:b].strip() for a, b in doc.blocks):
            parsed.problems.append((f"skipped: document {doc.doc_id!r} has no indexable text", number))
        else:
            first_line[doc.doc_id] = number
            parsed.documents.append(doc)
    return parsed


def _document(record: object, path: str) -> Document | str:
    """The record as a Document, or why it cannot be one."""
    if not isinstance(record, dict):
        return f"not a JSON object (found {_json_type(record)})"
    doc_id = record.get("id")
    if doc_id is None:
        return 'missing "id"'
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int):
        return f'"id" must be a string or an integer, not {_json_type(doc_id)}'
    if not str(doc_id).strip():
        return '"id" is empty'
    fields: dict[str, str] = {}
    for key in _OPTIONAL_TEXT:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return f'"{key}" must be a string, not {_json_type(value)}'
        fields[key] = value or ""
    sentences, body = record.get("sentences"), record.get("text")
    if sentences is not None:
        if not isinstance(sentences, list) or not all(isinstance(s, str) for s in sentences):
            return '"sentences" must be a list of strings'
        text, blocks, presplit = " ".join(sentences), _sentence_spans(sentences), True
    elif body is not None:
        if not isinstance(body, str):
            return f'"text" must be a string, not {_json_type(body)}'
        text, blocks, presplit = body, tuple((p.start, p.end) for p in pieces(body)), False
    else:
        return 'neither "text" nor "sentences"'
    fields["date"] = normalise_date(fields["date"]) if fields["date"] else ""
    return Document(str(doc_id), text, blocks, presplit=presplit, path=path, **fields)


def _sentence_spans(sentences: list[str]) -> tuple[Span, ...]:
    spans = []
    offset = 0
    for sentence in sentences:
        spans.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    return tuple(spans)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", int: "a number"}
    if value is None:
        return "null"
    return names.get(type(value), "a number" if isinstance(value, float) else type(value).__name__)
