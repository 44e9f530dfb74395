"""Validate the fresh28 fact-check question set against FORMAT.md and its corpus.

Run from anywhere with ``python3 check.py``. The script reads ``questions.jsonl`` and the
``corpus/`` folder that sit beside it, prints every problem it finds and exits with status 1 if
there are any (0 otherwise). Only the standard library is used.
"""

from __future__ import annotations

import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"

FIELDS = {
    "id": str,
    "question": str,
    "kind": str,
    "answerable": bool,
    "answer_any": list,
    "top_k": int,
    "sources": list,
    "conflict": (list, type(None)),
    "verdict": (str, type(None)),
    "note": str,
}
KINDS = {"question", "claim"}
VERDICTS = {"supported", "contradicted", None}
SKIP_TAGS = {"script", "style"}


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML page, skipping scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self.skip_depth += 1
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def normalise(text: str) -> str:
    """Lower-case the text and collapse runs of whitespace to single spaces."""
    return re.sub(r"\s+", " ", text).strip().lower()


def html_to_text(raw: str) -> str:
    """Strip tags from an HTML document and unescape its entities."""
    extractor = _TextExtractor()
    extractor.feed(raw)
    extractor.close()
    return html.unescape("".join(extractor.parts))


def load_corpus(root: Path) -> tuple[dict[str, str], list[str]]:
    """Map every document id (file path or JSONL record id) to its normalised text."""
    docs: dict[str, str] = {}
    problems: list[str] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for number, line in enumerate(raw.splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as err:
                    problems.append(f"{rel}:{number}: invalid JSON ({err})")
                    continue
                rec_id = record.get("id")
                if not isinstance(rec_id, str) or not rec_id:
                    problems.append(f"{rel}:{number}: record without a string id")
                    continue
                if rec_id in docs:
                    problems.append(f"{rel}:{number}: duplicate document id {rec_id!r}")
                pieces = [str(record.get(key, "")) for key in ("title", "text")]
                docs[rec_id] = normalise(" ".join(pieces))
        elif path.suffix in {".html", ".htm"}:
            docs[rel] = normalise(html_to_text(raw))
        else:
            docs[rel] = normalise(raw)
    return docs, problems


def check_types(item: dict, where: str) -> list[str]:
    """Check that an item has exactly the FORMAT.md fields with the right types."""
    problems: list[str] = []
    keys = set(item)
    missing = sorted(set(FIELDS) - keys)
    extra = sorted(keys - set(FIELDS))
    if missing:
        problems.append(f"{where}: missing fields {missing}")
    if extra:
        problems.append(f"{where}: unexpected fields {extra}")
    for name, expected in FIELDS.items():
        if name not in item:
            continue
        value = item[name]
        if expected is int and isinstance(value, bool):
            problems.append(f"{where}: field {name!r} must be an integer, not a boolean")
        elif not isinstance(value, expected):
            problems.append(f"{where}: field {name!r} has type {type(value).__name__}")
    for name in ("answer_any", "sources"):
        values = item.get(name)
        if isinstance(values, list) and not all(isinstance(val, str) and val for val in values):
            problems.append(f"{where}: {name} must hold non-empty strings")
    conflict = item.get("conflict")
    if isinstance(conflict, list) and not all(isinstance(val, str) and val for val in conflict):
        problems.append(f"{where}: conflict must hold non-empty strings")
    return problems


def check_item(item: dict, where: str, docs: dict[str, str]) -> list[str]:
    """Check the content rules for one well-typed item."""
    problems: list[str] = []
    if item["kind"] not in KINDS:
        problems.append(f"{where}: kind must be one of {sorted(KINDS)}")
    if item["verdict"] not in VERDICTS:
        problems.append(f"{where}: verdict {item['verdict']!r} is not allowed")
    if item["kind"] == "question" and item["verdict"] is not None:
        problems.append(f"{where}: a question must have verdict null")
    if item["top_k"] < 1:
        problems.append(f"{where}: top_k must be at least 1")
    if not item["question"].strip():
        problems.append(f"{where}: empty question text")

    sources = item["sources"]
    if len(set(sources)) != len(sources):
        problems.append(f"{where}: duplicate sources")
    unknown = [src for src in sources if src not in docs]
    for src in unknown:
        problems.append(f"{where}: source {src!r} is not a corpus file or JSONL record id")
    known_texts = [docs[src] for src in sources if src in docs]

    if item["answerable"]:
        if not item["answer_any"]:
            problems.append(f"{where}: answerable item without answer_any")
        if not sources:
            problems.append(f"{where}: answerable item without sources")
        for answer in item["answer_any"]:
            if not any(normalise(answer) in text for text in known_texts):
                problems.append(f"{where}: answer {answer!r} not found in any listed source")
    else:
        if sources:
            problems.append(f"{where}: unanswerable item must have no sources")
        if item["answer_any"]:
            problems.append(f"{where}: unanswerable item must have empty answer_any")
        if item["verdict"] is not None:
            problems.append(f"{where}: unanswerable item must have verdict null")

    conflict = item["conflict"]
    if conflict:
        if len(conflict) < 2:
            problems.append(f"{where}: a conflict needs at least two values")
        for value in conflict:
            if not any(normalise(value) in text for text in known_texts):
                problems.append(f"{where}: conflict value {value!r} not found in any listed source")
    return problems


def main() -> int:
    """Validate the question file and report the outcome."""
    docs, problems = load_corpus(CORPUS)
    seen_ids: set[str] = set()
    count = 0
    for number, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"questions.jsonl:{number}"
        if not line.strip():
            problems.append(f"{where}: blank line")
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: invalid JSON ({err})")
            continue
        if not isinstance(item, dict):
            problems.append(f"{where}: not a JSON object")
            continue
        count += 1
        type_problems = check_types(item, where)
        problems.extend(type_problems)
        if type_problems:
            continue
        where = f"{where} [{item['id']}]"
        if item["id"] in seen_ids:
            problems.append(f"{where}: duplicate id")
        seen_ids.add(item["id"])
        problems.extend(check_item(item, where, docs))

    for problem in problems:
        print(problem)
    status = "FAILED" if problems else "OK"
    print(f"{status}: {count} items, {len(docs)} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
