#!/usr/bin/env python3
"""Validate questions.jsonl against the corpus in this folder (stdlib only).

Checks, per FORMAT.md:
  * every line is a JSON object with exactly the expected fields and types;
  * ids are unique;
  * every source is a file path relative to corpus/ or the id of a record in a corpus .jsonl file;
  * answerable items have answer_any and sources, and each answer_any string occurs
    (case-insensitively) in at least one listed source;
  * conflict values occur in some listed source;
  * claims carry a verdict and questions do not;
  * unanswerable items have no sources or answers.

HTML documents are compared as text: tags stripped and entities unescaped.
Exit status 0 when the set is valid, 1 otherwise.
"""

import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QUESTIONS = os.path.join(HERE, "questions.jsonl")

FIELDS = {
    "id": (str,),
    "question": (str,),
    "kind": (str,),
    "answerable": (bool,),
    "answer_any": (list,),
    "top_k": (int,),
    "sources": (list,),
    "conflict": (list, type(None)),
    "verdict": (str, type(None)),
    "note": (str,),
}
KINDS = {"question", "claim"}
VERDICTS = {"supported", "contradicted"}


def html_to_text(raw):
    """Strip scripts, styles and tags from an HTML page and unescape entities."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
    text = re.sub(r"(?s)<!--.*?-->", " ", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text)


def load_corpus():
    """Return a dict mapping doc_id to its searchable text."""
    docs = {}
    for root, _dirs, files in os.walk(CORPUS):
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, CORPUS).replace(os.sep, "/")
            with open(path, encoding="utf-8") as handle:
                raw = handle.read()
            if name.endswith(".jsonl"):
                for number, line in enumerate(raw.splitlines(), 1):
                    if not line.strip():
                        continue
                    record = json.loads(line)
                    rec_id = record.get("id")
                    if not isinstance(rec_id, str) or rec_id in docs:
                        raise ValueError(f"{rel}:{number}: missing or duplicate record id")
                    docs[rec_id] = " ".join(str(record.get(key, "")) for key in ("title", "text"))
            elif name.endswith((".html", ".htm")):
                docs[rel] = html_to_text(raw)
            else:
                docs[rel] = re.sub(r"\s+", " ", raw)
    return docs


def check_item(item, docs, errors, where):
    """Append every problem found in one question item to errors."""
    if not isinstance(item, dict):
        errors.append(f"{where}: not a JSON object")
        return
    keys = set(item)
    if keys != set(FIELDS):
        missing = sorted(set(FIELDS) - keys)
        extra = sorted(keys - set(FIELDS))
        errors.append(f"{where}: fields differ (missing {missing}, extra {extra})")
        return
    for field, types in FIELDS.items():
        value = item[field]
        if isinstance(value, bool) and bool not in types:
            errors.append(f"{where}: {field} must not be a boolean")
        elif not isinstance(value, types):
            errors.append(f"{where}: {field} has type {type(value).__name__}")
    if any(not isinstance(item[field], FIELDS[field]) for field in FIELDS):
        return
    for field in ("answer_any", "sources"):
        if not all(isinstance(entry, str) and entry for entry in item[field]):
            errors.append(f"{where}: {field} must hold non-empty strings")
            return
    if item["conflict"] is not None and not all(
        isinstance(entry, str) and entry for entry in item["conflict"]
    ):
        errors.append(f"{where}: conflict must hold non-empty strings")
        return
    if not item["id"].strip() or not item["question"].strip():
        errors.append(f"{where}: empty id or question")
    if item["kind"] not in KINDS:
        errors.append("{}: kind {!r}".format(where, item["kind"]))
    if item["top_k"] < 1:
        errors.append(f"{where}: top_k must be at least 1")
    if item["kind"] == "claim" and item["verdict"] not in VERDICTS:
        errors.append(f"{where}: a claim needs a verdict")
    if item["kind"] == "question" and item["verdict"] is not None:
        errors.append(f"{where}: a question must not carry a verdict")
    if len(set(item["sources"])) != len(item["sources"]):
        errors.append(f"{where}: duplicate sources")
    for source in item["sources"]:
        if source not in docs:
            errors.append(f"{where}: unknown source {source!r}")
    if not item["answerable"]:
        if item["sources"] or item["answer_any"]:
            errors.append(f"{where}: unanswerable item lists sources or answers")
        if item["conflict"]:
            errors.append(f"{where}: unanswerable item lists a conflict")
        return
    if not item["answer_any"] or not item["sources"]:
        errors.append(f"{where}: answerable item needs answer_any and sources")
        return
    texts = [docs[source].lower() for source in item["sources"] if source in docs]
    for answer in item["answer_any"]:
        if not any(answer.lower() in text for text in texts):
            errors.append(f"{where}: answer {answer!r} not found in any listed source")
    for value in item["conflict"] or []:
        if not any(value.lower() in text for text in texts):
            errors.append(f"{where}: conflict value {value!r} not found in any listed source")
    if item["conflict"] is not None and len(item["conflict"]) == 1:
        errors.append(f"{where}: a conflict needs at least two values")


def main():
    errors = []
    try:
        docs = load_corpus()
    except (OSError, ValueError) as exc:
        print(f"corpus error: {exc}")
        return 1
    seen = set()
    count = 0
    with open(QUESTIONS, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"line {number}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            count += 1
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                where = f"line {number} ({item['id']})"
                if item["id"] in seen:
                    errors.append(f"{where}: duplicate id")
                seen.add(item["id"])
            check_item(item, docs, errors, where)
    for error in errors:
        print(error)
    print(f"{len(docs)} documents, {count} items, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
