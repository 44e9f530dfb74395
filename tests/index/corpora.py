"""Small corpora written by tests: Markdown files with a title, built into an index."""

from __future__ import annotations

from pathlib import Path

from factbot.index.engine import Engine
from factbot.index.store.build import BuildOptions, build_index

__all__ = ["OTHER_STORIES", "engine_over"]

# Documents on other stories beside a small corpus, so that its own words weigh (inverse document frequency).
OTHER_STORIES = {
    "osk-board.md": "The Osk school board voted on its budget on Monday.",
    "osk-bakery.md": "A new bakery opened in Osk last week, its owner said.",
}


def engine_over(root: Path, texts: dict[str, str], dates: dict[str, str] | None = None) -> Engine:
    """An engine over one Markdown document per (file name, text), each titled by its name and
    dated by `dates` (file name -> ISO date) where given."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        day = (dates or {}).get(name)
        dated = f"date: {day}\n" if day else ""
        (corpus / name).write_text(f"---\ntitle: {name.removesuffix('.md')}\n{dated}---\n\n{text}\n")
    build_index([corpus], root / "idx", BuildOptions())
    return Engine(root / "idx")
