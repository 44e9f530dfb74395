#!/usr/bin/env python3
"""Validate questions.jsonl against corpus/ (standard library only).

Checks, per FORMAT.md:
  * every line is a JSON object with the fields id, question, kind, answerable,
    answer_any, top_k, sources, conflict, verdict, note, with the right types;
  * ids are unique;
  * answerable items list at least one answer_any string and one source;
    unanswerable items list none and grade no conflict / verdict;
  * claims carry a verdict ("supported" / "contradicted" / null), questions carry null;
  * every listed source exists (a file path relative to corpus/, or a JSONL record id);
  * every listed source contains at least one answer_any string (case-insensitive,
    after HTML entity decoding, tag stripping and whitespace folding), unless the
    note names that source and says the answer is a paraphrase there;
  * a non-empty conflict has at least two distinct values, and each value occurs
    in at least one listed source;
  * set-level counts: 55-58 items, >=3 unanswerable on-topic items per story,
    2-3 off-topic unanswerable items.

Warnings (not failures): documents of the same story (same corpus folder as a
listed file source, or a wire record whose id contains the item's id prefix)
that are NOT listed in sources but contain an answer_any string, so a writer
can double-check source completeness.

Usage: python3 check.py [--quiet]
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
OFF_TOPIC_PREFIX = "off"


def normalise(text):
    text = html.unescape(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text)
    return text.lower()


def strip_html(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return raw


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
                            raise SystemExit(f"{rel}:{n}: wire record lacks {key!r}")
                    if rec["id"] in docs:
                        raise SystemExit(f"{rel}:{n}: duplicate doc id {rec['id']}")
                    docs[rec["id"]] = normalise(rec["title"] + " \n " + rec["text"])
            else:
                text = strip_html(raw) if name.endswith((".html", ".htm")) else raw
                docs[rel] = normalise(text)
    return docs


def main():
    quiet = "--quiet" in sys.argv
    docs = load_corpus()
    errors, warnings = [], []
    items, ids = [], set()

    with open(QUESTIONS, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: bad JSON: {exc}")
                continue
            items.append((n, q))

    for n, q in items:
        where = f"line {n} ({q.get('id', '?')})"
        missing = [f for f in FIELDS if f not in q]
        extra = [f for f in q if f not in FIELDS]
        if missing:
            errors.append(f"{where}: missing fields {missing}")
            continue
        if extra:
            errors.append(f"{where}: unknown fields {extra}")
        for field, typ in FIELDS.items():
            if not isinstance(q[field], typ) or (typ is int and isinstance(q[field], bool)):
                errors.append(f"{where}: field {field!r} has wrong type")
        if q["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(q["id"])
        if q["kind"] not in ("question", "claim"):
            errors.append(f"{where}: kind must be question or claim")
        if q["top_k"] < 1:
            errors.append(f"{where}: top_k must be >= 1")
        if not all(isinstance(s, str) and s for s in q["answer_any"]):
            errors.append(f"{where}: answer_any must hold non-empty strings")
        if not all(isinstance(s, str) and s for s in q["sources"]):
            errors.append(f"{where}: sources must hold non-empty strings")
        if len(set(q["sources"])) != len(q["sources"]):
            errors.append(f"{where}: duplicate source")
        if q["kind"] == "claim":
            if q["verdict"] not in ("supported", "contradicted", None):
                errors.append(f"{where}: verdict must be supported, contradicted or null")
            if q["answerable"] and q["verdict"] is None:
                errors.append(f"{where}: answerable claim should carry a verdict")
        elif q["verdict"] is not None:
            errors.append(f"{where}: a question's verdict must be null")

        if not q["answerable"]:
            if q["answer_any"] or q["sources"]:
                errors.append(f"{where}: unanswerable item must have empty answer_any and sources")
            if q["conflict"] is not None:
                errors.append(f"{where}: unanswerable item must have conflict null")
            if q["verdict"] is not None:
                errors.append(f"{where}: unanswerable item must have verdict null")
            continue

        if not q["answer_any"]:
            errors.append(f"{where}: answerable item needs answer_any")
        if not q["sources"]:
            errors.append(f"{where}: answerable item needs sources")
        needles = [normalise(a) for a in q["answer_any"]]
        note = q["note"].lower()
        for src in q["sources"]:
            if src not in docs:
                errors.append(f"{where}: source {src!r} not in corpus")
                continue
            if not any(nd in docs[src] for nd in needles):
                base = src.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
                if "paraphrase" in note and (src.lower() in note or base in note):
                    continue
                errors.append(
                    f"{where}: source {src!r} contains no answer_any string "
                    f"and the note does not explain a paraphrase"
                )
        if q["conflict"]:
            values = q["conflict"]
            if len({normalise(v) for v in values}) < 2:
                errors.append(f"{where}: a conflict needs at least two distinct values")
            for v in values:
                nv = normalise(v)
                if not any(nv in docs[s] for s in q["sources"] if s in docs):
                    errors.append(f"{where}: conflict value {v!r} occurs in no listed source")
        story = q["id"].split("-")[0]
        folders = {s.split("/")[0] for s in q["sources"] if "/" in s}
        for doc_id, text in docs.items():
            if doc_id in q["sources"]:
                continue
            same_story = (
                doc_id.split("/")[0] in folders if "/" in doc_id else story in doc_id.lower().split("-")
            )
            if not same_story:
                continue
            if any(nd in text for nd in needles):
                warnings.append(f"{where}: unlisted doc {doc_id} contains an answer_any string")

    # set-level counts
    total = len(items)
    if not 55 <= total <= 58:
        errors.append(f"set has {total} items, expected 55-58")
    per_story = {}
    for _n, q in items:
        story = q.get("id", "?").split("-")[0]
        s = per_story.setdefault(story, {"items": 0, "unanswerable": 0})
        s["items"] += 1
        if q.get("answerable") is False:
            s["unanswerable"] += 1
    for story, s in sorted(per_story.items()):
        if story == OFF_TOPIC_PREFIX:
            if not 2 <= s["unanswerable"] == s["items"] <= 3:
                errors.append(f"off-topic group must hold 2-3 unanswerable items, has {s}")
        elif s["unanswerable"] < 3:
            errors.append(f"story {story!r} has only {s['unanswerable']} unanswerable items")

    if not quiet:
        for w in warnings:
            print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(
        f"{total} items, {len(docs)} documents, groups: "
        + ", ".join(
            f"{k}={v['items']}({v['unanswerable']} unanswerable)" for k, v in sorted(per_story.items())
        )
    )
    if errors:
        print(f"FAIL: {len(errors)} error(s)")
        return 1
    print(f"PASS ({len(warnings)} warning(s) about unlisted documents; review with the notes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
