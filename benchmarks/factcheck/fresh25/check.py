#!/usr/bin/env python3
"""Validate questions.jsonl against FORMAT.md and the corpus (standard library only).

Usage: python3 check.py [--coverage]

Checks: unique ids; required fields and their types; kind/verdict values; every source doc id
exists in the corpus; every answer_any substring occurs (case-insensitive) in at least one listed
source; every listed source contains at least one answer_any or conflict substring; conflict values
occur in the corpus (and in at least one listed source); unanswerable items have no sources and no
answer_any.  With --coverage it also lists, for each answerable item, corpus documents that are NOT
listed as sources but contain an answer_any substring (for the author to review by hand; not an
error, since a substring can occur in an unrelated sentence).
"""

import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
QUESTIONS = os.path.join(HERE, "questions.jsonl")

REQUIRED = {
    "id": (str,),
    "question": (str,),
    "kind": (str,),
    "answerable": (bool,),
    "answer_any": (list,),
    "top_k": (int,),
    "sources": (list,),
    "conflict": (list, type(None)),
    "verdict": (str, type(None)),
}
OPTIONAL = {"note": (str,)}
KINDS = {"question", "claim"}
VERDICTS = {"supported", "contradicted", None}


def html_to_text(raw):
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
                            raise SystemExit(f"{rel}:{n}: wire record lacks '{key}'")
                    if rec["id"] in docs:
                        raise SystemExit(f"{rel}:{n}: duplicate doc id {rec['id']}")
                    docs[rec["id"]] = rec["title"] + "\n" + rec["text"]
            elif name.endswith((".html", ".htm")):
                docs[rel] = html_to_text(raw)
            else:
                docs[rel] = raw
    return docs


def main():
    coverage = "--coverage" in sys.argv[1:]
    docs = load_corpus()
    low = {k: v.lower() for k, v in docs.items()}
    errors, warnings = [], []
    seen = set()
    items = []
    with open(QUESTIONS, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON: {exc}")
                continue
            if not isinstance(item, dict):
                errors.append(f"line {n}: not a JSON object")
                continue
            items.append((n, item))

    for n, it in items:
        tag = f"line {n} ({it.get('id', '?')})"
        bad = False
        for key, types in REQUIRED.items():
            if key not in it:
                errors.append(f"{tag}: missing field '{key}'")
                bad = True
            elif not isinstance(it[key], types) or (key == "top_k" and isinstance(it[key], bool)):
                errors.append(f"{tag}: field '{key}' has wrong type {type(it[key]).__name__}")
                bad = True
        for key in it:
            if key not in REQUIRED and key not in OPTIONAL:
                errors.append(f"{tag}: unknown field '{key}'")
        if "note" in it and not isinstance(it["note"], str):
            errors.append(f"{tag}: field 'note' must be a string")
        if bad:
            continue
        if it["id"] in seen:
            errors.append(f"{tag}: duplicate id")
        seen.add(it["id"])
        if not it["question"].strip():
            errors.append(f"{tag}: empty question")
        if it["kind"] not in KINDS:
            errors.append(f"{tag}: kind must be 'question' or 'claim'")
        if it["verdict"] not in VERDICTS:
            errors.append(f"{tag}: bad verdict {it['verdict']!r}")
        if it["kind"] == "question" and it["verdict"] is not None:
            errors.append(f"{tag}: a question must have verdict null")
        if it["kind"] == "claim" and it["verdict"] is None:
            warnings.append(f"{tag}: claim with ungraded (null) verdict")
        if it["top_k"] < 1:
            errors.append(f"{tag}: top_k must be >= 1")
        for key in ("answer_any", "sources"):
            if not all(isinstance(x, str) and x.strip() for x in it[key]):
                errors.append(f"{tag}: {key} must hold non-empty strings")
        if len(set(it["sources"])) != len(it["sources"]):
            errors.append(f"{tag}: duplicate entries in sources")
        if it["conflict"] is not None:
            if not all(isinstance(x, str) and x.strip() for x in it["conflict"]):
                errors.append(f"{tag}: conflict must hold non-empty strings")
            elif len(it["conflict"]) == 1:
                errors.append(f"{tag}: a conflict needs at least two values (or [] / null)")

        for src in it["sources"]:
            if src not in docs:
                errors.append(f"{tag}: source {src!r} is not a corpus document")
        srcs = [s for s in it["sources"] if s in docs]

        if not it["answerable"]:
            if it["sources"]:
                errors.append(f"{tag}: unanswerable item must have no sources")
            if it["answer_any"]:
                errors.append(f"{tag}: unanswerable item must have empty answer_any")
            if it["verdict"] is not None:
                errors.append(f"{tag}: unanswerable item must have verdict null")
            if it["conflict"]:
                errors.append(f"{tag}: unanswerable item cannot have conflict values")
            continue

        if not it["answer_any"]:
            errors.append(f"{tag}: answerable item needs answer_any")
        if not it["sources"]:
            errors.append(f"{tag}: answerable item needs sources")
        for sub in it["answer_any"]:
            if not any(sub.lower() in low[s] for s in srcs):
                errors.append(f"{tag}: answer_any {sub!r} not found in any listed source")
        markers = [s.lower() for s in it["answer_any"] + (it["conflict"] or [])]
        for s in srcs:
            if not any(m in low[s] for m in markers):
                errors.append(f"{tag}: source {s!r} contains none of answer_any/conflict")
        for val in it["conflict"] or []:
            if not any(val.lower() in t for t in low.values()):
                errors.append(f"{tag}: conflict value {val!r} not found in the corpus")
            elif not any(val.lower() in low[s] for s in srcs):
                errors.append(f"{tag}: conflict value {val!r} not found in any listed source")

        if coverage:
            extra = [
                d
                for d in docs
                if d not in it["sources"] and any(a.lower() in low[d] for a in it["answer_any"])
            ]
            if extra:
                print(
                    f"[coverage] {it['id']}: also contain an answer_any substring: {', '.join(sorted(extra))}"
                )

    kinds = {}
    for _n, it in items:
        if not isinstance(it.get("kind"), str):
            continue
        if it.get("answerable") is False:
            k = "unanswerable"
        elif it.get("kind") == "claim":
            k = "claim"
        elif it.get("conflict"):
            k = "conflict"
        else:
            k = "question"
        kinds[k] = kinds.get(k, 0) + 1
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(
        f"{len(docs)} documents, {len(items)} items: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
