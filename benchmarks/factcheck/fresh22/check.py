#!/usr/bin/env python3
"""Sanity checks for questions.jsonl against corpus/ (standard library only).

Checks the fields described in FORMAT.md and, for every answerable item, that
each answer_any string occurs (case-insensitively) in at least one listed source.
It also checks that every listed source exists and contains at least one
answer_any string, and that every conflict value occurs in a listed source.
Exits non-zero if any problem is found.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QUESTIONS = os.path.join(HERE, "questions.jsonl")
REQUIRED = [
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
]


def load_corpus():
    docs = {}
    for root, _dirs, files in os.walk(CORPUS):
        for name in sorted(files):
            path = os.path.join(root, name)
            rel = os.path.relpath(path, CORPUS).replace(os.sep, "/")
            if name.endswith(".jsonl"):
                with open(path, encoding="utf-8") as f:
                    for n, line in enumerate(f, 1):
                        if not line.strip():
                            continue
                        rec = json.loads(line)
                        rid = rec.get("id")
                        if not rid:
                            raise ValueError(f"{rel}:{n}: wire record without id")
                        if rid in docs:
                            raise ValueError(f"{rel}:{n}: duplicate doc id {rid}")
                        docs[rid] = " ".join(str(rec.get(k, "")) for k in ("title", "text"))
            elif name.endswith((".txt", ".md", ".html")):
                with open(path, encoding="utf-8") as f:
                    docs[rel] = f.read()
    return docs


def is_str_list(x):
    return isinstance(x, list) and all(isinstance(s, str) and s for s in x)


def main():
    problems = []
    try:
        docs = load_corpus()
    except (ValueError, json.JSONDecodeError) as e:
        print(f"corpus: {e}")
        return 1
    lowered = {k: v.lower() for k, v in docs.items()}
    seen = set()
    items = 0
    with open(QUESTIONS, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                it = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"line {n}: invalid JSON ({e})")
                continue
            items += 1
            qid = it.get("id", f"line {n}")
            missing = [k for k in REQUIRED if k not in it]
            if missing:
                problems.append(f"{qid}: missing fields {missing}")
                continue
            if not isinstance(it["id"], str) or not it["id"]:
                problems.append(f"line {n}: id must be a non-empty string")
            elif it["id"] in seen:
                problems.append(f"{qid}: duplicate id")
            seen.add(it["id"])
            if not isinstance(it["question"], str) or not it["question"].strip():
                problems.append(f"{qid}: empty question")
            if it["kind"] not in ("question", "claim"):
                problems.append(f"{qid}: kind must be 'question' or 'claim'")
            if not isinstance(it["answerable"], bool):
                problems.append(f"{qid}: answerable must be true/false")
            if not isinstance(it["top_k"], int) or isinstance(it["top_k"], bool) or it["top_k"] < 1:
                problems.append(f"{qid}: top_k must be a positive integer")
            if it["verdict"] not in (None, "supported", "contradicted"):
                problems.append(f"{qid}: verdict must be supported, contradicted or null")
            if it["kind"] == "question" and it["verdict"] is not None:
                problems.append(f"{qid}: a question must have verdict null")
            if not isinstance(it["note"], str):
                problems.append(f"{qid}: note must be a string")
            conflict = it["conflict"]
            if conflict is not None and not (
                isinstance(conflict, list) and all(isinstance(s, str) and s for s in conflict)
            ):
                problems.append(f"{qid}: conflict must be null or a list of strings")
            if isinstance(conflict, list) and len(conflict) == 1:
                problems.append(f"{qid}: conflict needs at least two values or []")
            if not is_str_list(it["answer_any"]) or not is_str_list(it["sources"]):
                problems.append(f"{qid}: answer_any and sources must be lists of non-empty strings")
                continue
            for s in it["sources"]:
                if s not in docs:
                    problems.append(f"{qid}: unknown source {s!r}")
            if len(set(it["sources"])) != len(it["sources"]):
                problems.append(f"{qid}: duplicate source")
            if it["answerable"] is False:
                if it["answer_any"] or it["sources"] or conflict:
                    problems.append(
                        f"{qid}: unanswerable item must have empty answer_any, sources and conflict"
                    )
                if it["kind"] == "claim" and it["verdict"] is not None:
                    problems.append(f"{qid}: unanswerable claim cannot have a verdict")
                continue
            if not it["answer_any"]:
                problems.append(f"{qid}: answerable item needs answer_any")
            if not it["sources"]:
                problems.append(f"{qid}: answerable item needs sources")
            known = [s for s in it["sources"] if s in docs]
            for a in it["answer_any"]:
                if not any(a.lower() in lowered[s] for s in known):
                    problems.append(f"{qid}: answer {a!r} not found in any listed source")
            for s in known:
                if not any(a.lower() in lowered[s] for a in it["answer_any"]):
                    problems.append(f"{qid}: source {s} contains none of answer_any")
            for v in conflict or []:
                if not any(v.lower() in lowered[s] for s in known):
                    problems.append(f"{qid}: conflict value {v!r} not found in any listed source")
    if items == 0:
        problems.append("questions.jsonl is empty")
    for p in problems:
        print(p)
    print(f"{items} items, {len(docs)} documents, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
