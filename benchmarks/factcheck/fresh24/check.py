#!/usr/bin/env python3
"""Validate questions.jsonl against corpus/ (standard library only).

Checks, per FORMAT.md: fields and types, unique ids, kind/verdict/answerable consistency,
every listed source exists and states at least one answer_any string (or the note names the
source and explains a paraphrase), every answer_any string occurs in some listed source, and
every conflict value occurs in a listed source.

Usage: python3 check.py [--warn]   (--warn also lists unlisted documents that contain an
answer_any string; these are often distractors, so they are only reported, never failed.)
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
    "id",
    "question",
    "kind",
    "answerable",
    "answer_any",
    "top_k",
    "sources",
    "conflict",
    "verdict",
    "note",
}
OPTIONAL = {"top_k"}


def norm(text):
    return re.sub(r"\s+", " ", text).lower()


def html_text(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def load_corpus():
    docs = {}
    for root, _dirs, files in os.walk(CORPUS):
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, CORPUS).replace(os.sep, "/")
            with open(path, encoding="utf-8") as fh:
                raw = fh.read()
            if name.endswith(".jsonl"):
                for n, line in enumerate(raw.splitlines(), 1):
                    if not line.strip():
                        continue
                    rec = json.loads(line)
                    for key in ("id", "title", "date", "source", "url", "text"):
                        if key not in rec:
                            sys.exit(f"{rel}:{n}: record lacks {key!r}")
                    if rec["id"] in docs:
                        sys.exit(f"{rel}:{n}: duplicate doc id {rec['id']}")
                    docs[rec["id"]] = norm(rec["title"] + " \n " + rec["text"])
            elif name.endswith((".html", ".htm")):
                docs[rel] = norm(html_text(raw))
            else:
                docs[rel] = norm(raw)
    return docs


def short_name(doc_id):
    return os.path.splitext(os.path.basename(doc_id))[0].lower()


def check_item(it, docs, errors, warnings, want_warn):
    iid = it.get("id", "?")

    def err(msg):
        errors.append(f"{iid}: {msg}")

    missing = FIELDS - OPTIONAL - set(it)
    extra = set(it) - FIELDS
    if missing:
        err(f"missing fields {sorted(missing)}")
    if extra:
        err(f"unknown fields {sorted(extra)}")
    if missing:
        return
    if not isinstance(it["id"], str) or not it["id"]:
        err("id must be a non-empty string")
    if not isinstance(it["question"], str) or not it["question"].strip():
        err("question must be a non-empty string")
    if it["kind"] not in ("question", "claim"):
        err(f"bad kind {it['kind']!r}")
    if not isinstance(it["answerable"], bool):
        err("answerable must be true/false")
    top_k = it.get("top_k", 1)
    if not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 1:
        err("top_k must be a positive integer")
    for key in ("answer_any", "sources"):
        val = it[key]
        if not isinstance(val, list) or not all(isinstance(x, str) and x for x in val):
            err(f"{key} must be a list of non-empty strings")
            return
    if len(set(it["sources"])) != len(it["sources"]):
        err("duplicate entry in sources")
    conflict = it["conflict"]
    if conflict is not None and (
        not isinstance(conflict, list) or not all(isinstance(x, str) and x for x in conflict)
    ):
        err("conflict must be null or a list of non-empty strings")
        return
    verdict = it["verdict"]
    if verdict not in (None, "supported", "contradicted"):
        err(f"bad verdict {verdict!r}")
    if it["kind"] == "question" and verdict is not None:
        err("a question must have verdict null")
    if not isinstance(it["note"], str):
        err("note must be a string")
        return

    if not it["answerable"]:
        if it["answer_any"] or it["sources"]:
            err("unanswerable item must have empty answer_any and sources")
        if conflict:
            err("unanswerable item cannot list conflict values")
        if verdict is not None:
            err("unanswerable item must have verdict null")
        return

    if it["kind"] == "claim" and verdict is None:
        err("answerable claim needs a verdict")
    if not it["answer_any"]:
        err("answerable item needs answer_any")
    if not it["sources"]:
        err("answerable item needs sources")
    note = it["note"].lower()
    answers = [norm(a) for a in it["answer_any"]]
    for src in it["sources"]:
        if src not in docs:
            err(f"source not in corpus: {src}")
            continue
        if not any(a in docs[src] for a in answers):
            named = short_name(src) in note or src.lower() in note
            if not ("paraphrase" in note and named):
                err(f"{src} contains no answer_any string and the note does not explain a paraphrase for it")
    listed = [docs[s] for s in it["sources"] if s in docs]
    for a, raw in zip(answers, it["answer_any"], strict=True):
        if not any(a in text for text in listed):
            err(f"answer_any {raw!r} occurs in no listed source")
    if conflict:
        if len(conflict) < 2:
            err("a conflict needs at least two distinct values")
        if len({norm(v) for v in conflict}) != len(conflict):
            err("conflict values must be distinct")
        for val in conflict:
            if not any(norm(val) in text for text in listed):
                err(f"conflict value {val!r} occurs in no listed source")
    if want_warn:
        for doc_id, text in sorted(docs.items()):
            if doc_id not in it["sources"] and any(a in text for a in answers):
                warnings.append(f"{iid}: unlisted {doc_id} contains an answer_any string")


def main():
    want_warn = "--warn" in sys.argv[1:]
    docs = load_corpus()
    errors, warnings, ids = [], [], set()
    count = 0
    with open(QUESTIONS, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                it = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON ({exc})")
                continue
            if not isinstance(it, dict):
                errors.append(f"line {n}: not a JSON object")
                continue
            count += 1
            if it.get("id") in ids:
                errors.append(f"line {n}: duplicate id {it.get('id')}")
            ids.add(it.get("id"))
            check_item(it, docs, errors, warnings, want_warn)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{count} items, {len(docs)} documents, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
