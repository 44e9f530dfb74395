#!/usr/bin/env python3
"""Validate the fresh29 fact-check question set against FORMAT.md's rules.

Run from this folder:  python3 check.py
Exits 0 when the set is valid, 1 otherwise. Warnings do not fail the run.
"""

import html
import json
import re
import sys
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


def html_to_text(raw: str) -> str:
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def load_corpus() -> tuple[dict[str, str], list[str]]:
    """Map doc_id -> normalised lower-case text, as FORMAT.md names documents."""
    docs: dict[str, str] = {}
    errors: list[str] = []
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(CORPUS).as_posix()
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for n, line in enumerate(raw.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{rel}:{n}: bad JSON ({exc})")
                    continue
                rid = rec.get("id")
                if not isinstance(rid, str) or not rid:
                    errors.append(f"{rel}:{n}: record without a string id")
                    continue
                if rid in docs:
                    errors.append(f"{rel}:{n}: duplicate doc id {rid!r}")
                docs[rid] = normalise(f"{rec.get('title', '')} {rec.get('text', '')}")
        elif path.suffix in {".html", ".htm"}:
            docs[rel] = normalise(html_to_text(raw))
        else:
            docs[rel] = normalise(raw)
    return docs, errors


def check_item(item: dict, where: str, docs: dict[str, str]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []

    missing = [f for f in FIELDS if f not in item]
    if missing:
        errors.append(f"{where}: missing fields {missing}")
    extra = [f for f in item if f not in FIELDS]
    if extra:
        errors.append(f"{where}: unknown fields {extra}")
    for field, types in FIELDS.items():
        if field not in item:
            continue
        value = item[field]
        if field == "top_k" and isinstance(value, bool):
            errors.append(f"{where}: top_k must be an integer, not a boolean")
        elif not isinstance(value, types):
            errors.append(f"{where}: field {field!r} has type {type(value).__name__}")
    if errors:
        return errors, warnings

    if not item["id"].strip():
        errors.append(f"{where}: empty id")
    if not item["question"].strip():
        errors.append(f"{where}: empty question")
    if item["kind"] not in KINDS:
        errors.append(f"{where}: kind must be one of {sorted(KINDS)}")
    if item["top_k"] < 1:
        errors.append(f"{where}: top_k must be >= 1")
    for field in ("answer_any", "sources"):
        values = item[field]
        if not all(isinstance(v, str) and v.strip() for v in values):
            errors.append(f"{where}: {field} must hold non-empty strings")
            return errors, warnings
        if len(set(values)) != len(values):
            errors.append(f"{where}: duplicate entries in {field}")
    conflict = item["conflict"]
    if conflict is not None:
        if not all(isinstance(v, str) and v.strip() for v in conflict):
            errors.append(f"{where}: conflict must hold non-empty strings")
            return errors, warnings
        if conflict and len({v.lower() for v in conflict}) < 2:
            errors.append(f"{where}: a conflict needs at least two distinct values")

    # Verdict rules: only claims carry a verdict, and only these values.
    verdict = item["verdict"]
    if verdict not in VERDICTS:
        errors.append(f"{where}: verdict must be 'supported', 'contradicted' or null")
    if item["kind"] == "question" and verdict is not None:
        errors.append(f"{where}: a question (kind 'question') must have verdict null")

    if not item["answerable"]:
        if item["answer_any"]:
            errors.append(f"{where}: unanswerable item must have empty answer_any")
        if item["sources"]:
            errors.append(f"{where}: unanswerable item must have empty sources")
        if conflict:
            errors.append(f"{where}: unanswerable item cannot have conflict values")
        if verdict is not None:
            errors.append(f"{where}: unanswerable item must have verdict null")
        return errors, warnings

    if not item["answer_any"]:
        errors.append(f"{where}: answerable item needs answer_any")
    if not item["sources"]:
        errors.append(f"{where}: answerable item needs sources")

    unknown = [s for s in item["sources"] if s not in docs]
    if unknown:
        errors.append(f"{where}: unknown source doc ids {unknown}")
    known = [s for s in item["sources"] if s in docs]

    for ans in item["answer_any"]:
        if not any(ans.lower() in docs[s] for s in known):
            errors.append(f"{where}: answer_any {ans!r} is in none of the listed sources")

    for value in conflict or []:
        if not any(value.lower() in text for text in docs.values()):
            errors.append(f"{where}: conflict value {value!r} appears in no document")
        elif not any(value.lower() in docs[s] for s in known):
            errors.append(f"{where}: conflict value {value!r} appears in none of the listed sources")

    # Each listed source should carry an answer string or one of the conflicting values.
    needles = [a.lower() for a in item["answer_any"]] + [c.lower() for c in conflict or []]
    for s in known:
        if not any(n in docs[s] for n in needles):
            warnings.append(f"{where}: source {s} contains no answer_any or conflict string")

    return errors, warnings


def main() -> int:
    docs, errors = load_corpus()
    warnings: list[str] = []
    if not docs:
        errors.append("corpus is empty")
    if not QUESTIONS.exists():
        print(f"FAIL: {QUESTIONS.name} not found")
        return 1

    seen: dict[str, int] = {}
    items = 0
    counts = {"answerable": 0, "unanswerable": 0, "claim": 0, "conflict": 0}
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        where = f"questions.jsonl:{n}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(item, dict):
            errors.append(f"{where}: not a JSON object")
            continue
        items += 1
        item_id = item.get("id")
        if isinstance(item_id, str):
            where = f"{where} ({item_id})"
            if item_id in seen:
                errors.append(f"{where}: id already used on line {seen[item_id]}")
            seen[item_id] = n
        errs, warns = check_item(item, where, docs)
        errors.extend(errs)
        warnings.extend(warns)
        if not errs:
            counts["answerable" if item["answerable"] else "unanswerable"] += 1
            counts["claim"] += item["kind"] == "claim"
            counts["conflict"] += bool(item["conflict"])

    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    print(f"{len(docs)} documents, {items} items ({summary})")
    if errors:
        print(f"FAIL: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
