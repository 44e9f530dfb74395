"""Render Answer models and index listings for terminals (REPL, `ask`) and as JSON."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from index.answers import Answer, Citation, Quote
from index.documents import Sentence
from index.store import StoredDocument

__all__ = ["NO_ANSWER", "answer_json", "answer_text", "citation_label", "document_text", "sources_text"]

NO_ANSWER = "No answer in the sources: none of the indexed documents says this."


def answer_json(answer: Answer) -> str:
    """The Answer model as one line of JSON."""
    return answer.model_dump_json()


def citation_label(c: Citation) -> str:
    """`Title — Outlet, 2024-11-12` with whatever metadata exists."""
    details = ", ".join(part for part in (c.source, c.date or "undated") if part)
    return f"{c.title or c.doc_id} — {details}"


def answer_text(answer: Answer, first: int = 1) -> Text:
    """A terminal rendering: numbered quotes, each with its citations."""
    out = Text()
    if not answer.answered:
        out.append(NO_ANSWER, style="yellow")
        return out
    for n, quote in enumerate(answer.quotes, start=first):
        if n > first:
            out.append("\n")
        _quote(out, n, quote)
    return out


def _quote(out: Text, n: int, quote: Quote) -> None:
    out.append(f"{n}. ", style="bold")
    out.append(f"“{quote.text}”\n", style="bold")
    if len(quote.citations) > 1:
        out.append(f"   stated by {len(quote.citations)} documents\n", style="green")
    for c in quote.citations:
        out.append("   — ", style="dim")
        out.append(citation_label(c), style="cyan")
        out.append(f"  [{c.doc_id} #{c.sentence}]", style="dim")
        if c.url:
            out.append(f"\n     {c.url}", style="dim underline")
        out.append("\n")


def sources_text(documents: Sequence[StoredDocument]) -> Text:
    """One line per indexed document: id, title, outlet, date, sentence count."""
    out = Text()
    for d in documents:
        out.append(d.doc_id, style="bold")
        out.append(f"  {d.title or '(untitled)'}")
        meta = ", ".join(p for p in (d.source, d.date or "undated", f"{d.n_sentences} sentences") if p)
        out.append(f"  ({meta})\n", style="dim")
    return out


def document_text(doc: StoredDocument, sentences: Sequence[Sentence], highlight: int | None = None) -> Text:
    """A document's header and its numbered sentences."""
    out = Text()
    out.append(f"{doc.title or doc.doc_id}\n", style="bold")
    meta = " · ".join(p for p in (doc.doc_id, doc.source, doc.date or "undated", doc.url) if p)
    out.append(f"{meta}\n", style="dim")
    for s in sentences:
        style = "bold" if s.index == highlight else ""
        out.append(f"[{s.index}] ", style="dim")
        out.append(f"{s.text}\n", style=style)
    return out
