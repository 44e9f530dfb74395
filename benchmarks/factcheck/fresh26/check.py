#!/usr/bin/env python3
"""Standalone validator for the fresh26 fact-check question set (stdlib only).

Checks: every line of questions.jsonl is a JSON object with exactly the FORMAT.md fields and types;
ids are unique; every source exists in the corpus (a file path relative to corpus/, or the id of a
record in a corpus .jsonl file); each answerable item has answer_any and sources, and every
answer_any substring occurs (case-insensitively) in at least one listed source; each conflict value
occurs in some listed source; claims carry a verdict and questions do not; unanswerable items have
no sources. Exit status 0 when everything passes.
"""

import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QFILE = os.path.join(HERE, "questions.jsonl")

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


def html_text(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def load_corpus():
    docs = {}
    for root, _, files in os.walk(CORPUS):
        for name in files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, CORPUS).replace(os.sep, "/")
            with open(path, encoding="utf-8") as f:
                raw = f.read()
            if name.endswith(".jsonl"):
                for n, line in enumerate(raw.splitlines(), 1):
                    if not line.strip():
                        continue
                    rec = json.loads(line)
                    for key in ("id", "title", "date", "source", "url", "text"):
                        if not isinstance(rec.get(key), str):
                            raise SystemExit(f"{rel}:{n}: record lacks string field {key!r}")
                    if rec["id"] in docs:
                        raise SystemExit(f"duplicate doc id {rec['id']}")
                    docs[rec["id"]] = rec["title"] + "\n" + rec["text"]
            elif name.endswith((".html", ".htm")):
                docs[rel] = raw + "\n" + html_text(raw)
            else:
                docs[rel] = raw
    return docs


def main():
    docs = load_corpus()
    lowered = {k: v.lower() for k, v in docs.items()}
    errors, ids = [], set()
    n = answerable = claims = 0
    with open(QFILE, encoding="utf-8") as f:
        lines = [row for row in f.read().splitlines() if row.strip()]
    for lineno, line in enumerate(lines, 1):
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {lineno}: bad JSON ({e})")
            continue
        n += 1
        where = f"line {lineno} ({item.get('id')})"
        if set(item) != set(FIELDS):
            errors.append(f"{where}: fields {sorted(item)} != {sorted(FIELDS)}")
            continue
        bad = [
            k
            for k, t in FIELDS.items()
            if not isinstance(item[k], t) or (t is int and isinstance(item[k], bool))
        ]
        if bad:
            errors.append(f"{where}: wrong type for {bad}")
            continue
        if item["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(item["id"])
        if item["kind"] not in ("question", "claim"):
            errors.append(f"{where}: kind must be question or claim")
        if item["top_k"] < 1:
            errors.append(f"{where}: top_k must be >= 1")
        if not all(isinstance(s, str) and s for s in item["answer_any"] + item["sources"]):
            errors.append(f"{where}: answer_any/sources must be non-empty strings")
            continue
        if item["conflict"] is not None and not all(isinstance(c, str) and c for c in item["conflict"]):
            errors.append(f"{where}: conflict values must be non-empty strings")
            continue
        if len(set(item["sources"])) != len(item["sources"]):
            errors.append(f"{where}: repeated source")
        for s in item["sources"]:
            if s not in docs:
                errors.append(f"{where}: unknown source {s!r}")
        if item["kind"] == "claim":
            claims += 1
            if item["answerable"] and item["verdict"] not in ("supported", "contradicted"):
                errors.append(f"{where}: claim needs verdict supported/contradicted")
        elif item["verdict"] is not None:
            errors.append(f"{where}: verdict must be null for a question")
        if not item["answerable"]:
            if item["sources"] or item["answer_any"]:
                errors.append(f"{where}: unanswerable item must have no sources/answer_any")
            if item["conflict"]:
                errors.append(f"{where}: unanswerable item must not list conflict values")
            continue
        answerable += 1
        if not item["answer_any"] or not item["sources"]:
            errors.append(f"{where}: answerable item needs answer_any and sources")
            continue
        texts = [lowered[s] for s in item["sources"] if s in lowered]
        for sub in item["answer_any"]:
            if not any(sub.lower() in t for t in texts):
                errors.append(f"{where}: answer_any {sub!r} not found in any listed source")
        if item["conflict"]:
            if len(item["conflict"]) < 2:
                errors.append(f"{where}: a conflict needs at least two values")
            for c in item["conflict"]:
                if not any(c.lower() in t for t in texts):
                    errors.append(f"{where}: conflict value {c!r} not found in any listed source")
    for e in errors:
        print("FAIL", e)
    print(
        f"{n} items ({answerable} answerable, {n - answerable} unanswerable, {claims} claims); "
        f"{len(docs)} corpus documents/records"
    )
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
