"""Render Answer models and index listings for terminals (REPL, `ask`) and as JSON."""

from __future__ import annotations

from collections.abc import Sequence

from factbot.bot.terminal import json_safe
from factbot.index.answers.grading import GradingReport
from factbot.index.answers.models import Answer, Citation, Claim, Conflict
from factbot.index.documents import Sentence
from factbot.index.retrieval.evaluate import EvalReport
from factbot.index.store.reader import StoredDocument
from rich.text import Text

__all__ = [
    "NO_ANSWER",
    "answer_json",
    "answer_text",
    "citation_label",
    "conflict_line",
    "document_text",
    "grading_text",
    "reported_line",
    "retrieval_text",
    "sources_text",
    "verdict_line",
    "wordings_text",
]

NO_ANSWER = "No answer in the sources: none of the indexed documents says this."


def answer_json(answer: Answer) -> str:
    """The Answer model as one line of JSON, every control character escaped as `\\uXXXX`."""
    return json_safe(answer.model_dump_json())


def citation_label(c: Citation) -> str:
    """`Title — Outlet, 2024-11-12` with whatever metadata exists."""
    details = ", ".join(part for part in (c.source, c.date or "undated") if part)
    return f"{c.title or c.doc_id} — {details}"


def answer_text(answer: Answer, first: int = 1) -> Text:
    """A terminal rendering: numbered claims with their sources, then any disagreement."""
    out = Text()
    if not answer.answered:
        out.append(NO_ANSWER, style="yellow")
        if answer.since:
            out.append(f" (searched documents dated {answer.since} or later, and undated ones)", style="dim")
        return out
    line = verdict_line(answer)
    if line and first == 1:
        out.append(line + "\n\n", style=VERDICT_STYLES[answer.verdict or ""])
    for n, claim in enumerate(answer.claims, start=first):
        if n > first:
            out.append("\n")
        _claim(out, n, claim, answer.sources_total)
    for conflict in answer.conflicts:
        out.append("\n")
        out.append(conflict_line(conflict), style="bold red")
    return out


def conflict_line(conflict: Conflict) -> str:
    """`Sources differ on troops: up to 12,000 (NBC News); around 11,000 (003_x.txt)`.

    A figure that changed over time reads `Updated over time, people: 16 (Clarion, 2026-03-02) → 22 (...)`.
    """
    if conflict.over_time:
        steps = " → ".join(
            f"{v.value} ({', '.join(f'{c.source or c.doc_id}, {c.date}' for c in v.citations)})"
            for v in conflict.values  # in the order they were reported
        )
        return f"Updated over time, {conflict.about}: {steps}"
    values = "; ".join(
        f"{v.value} ({', '.join(c.source or c.doc_id for c in v.citations)})" for v in conflict.values
    )
    return f"Sources differ on {conflict.about}: {values}"


VERDICT_STYLES = {"supported": "bold green", "contradicted": "bold red", "disputed": "bold yellow", "": ""}


def verdict_line(answer: Answer) -> str:
    """`Contradicted: the sources say $48.6 million (3 of 4 sources), not $50 million.`; "" for questions."""
    evidence = answer.evidence
    if answer.verdict is None or evidence is None:
        return ""

    def sources(indexes: Sequence[int]) -> str:
        docs = {c.doc_id for i in indexes if i < len(answer.claims) for c in answer.claims[i].citations}
        return f"{len(docs)} of {answer.sources_total} sources"

    said = " / ".join(evidence.sources_say)
    if answer.verdict == "disputed":
        return (
            f"Disputed: the sources differ ({said}); {sources(evidence.supporting)} agree with "
            f"{evidence.stated}, {sources(evidence.contradicting)} do not."
        )
    if answer.verdict == "supported":
        part = " in part" if evidence.unaddressed else ""
        rest = "".join(f"; none states “{p}”" for p in evidence.unaddressed)
        backing = sources(evidence.supporting)
        if evidence.basis in ("figure", "date", "time"):
            return f"Supported{part}: the sources say {said} ({backing}), as stated{rest}."
        return f"Supported{part}: {backing} state it (claim {_first(evidence.supporting)}){rest}."
    against = sources(evidence.contradicting)
    if evidence.basis in ("figure", "date", "time", "swap"):
        return f"Contradicted: the sources say {said} ({against}), not {evidence.stated}."
    if evidence.basis == "name":
        return f"Contradicted: the sources name {said} ({against}), not {evidence.stated}."
    return f"Contradicted: the sources say otherwise ({against}; claim {_first(evidence.contradicting)})."


def _first(indexes: Sequence[int]) -> int:
    return min(indexes, default=0) + 1


def reported_line(claim: Claim, sources_total: int) -> str:
    """`reported by 4 of 5 sources, 2024-11-12 to 2024-11-13 (1 undated)`."""
    line = f"reported by {claim.sources_count} of {sources_total} sources"
    if claim.earliest_date:
        span = claim.earliest_date
        if claim.latest_date != claim.earliest_date:
            span += f" to {claim.latest_date}"
        line += f", {span}"
    undated = sum(1 for c in claim.citations if not c.date)
    if undated:
        line += f" ({undated} undated)"
    return line


def _claim(out: Text, n: int, claim: Claim, sources_total: int) -> None:
    out.append(f"{n}. ", style="bold")
    out.append(f"“{claim.text}”\n", style="bold")
    out.append(f"   {reported_line(claim, sources_total)}\n", style="green")
    for c in claim.citations:
        out.append("   — ", style="dim")
        out.append(citation_label(c), style="cyan")
        out.append(f"  [{c.doc_id} #{c.sentence}]", style="dim")
        if c.url:
            out.append(f"\n     {c.url}", style="dim underline")
        out.append("\n")
    if claim.other_wordings:
        out.append(f"   ({len(claim.other_wordings)} other wordings: :more)\n", style="dim")


def wordings_text(answer: Answer) -> Text:
    """Every claim's other wordings, each with its citations."""
    out = Text()
    for n, claim in enumerate(answer.claims, start=1):
        for wording in claim.other_wordings:
            out.append(f"{n}~ ", style="bold")
            out.append(f"“{wording.text}”\n")
            for c in wording.citations:
                out.append("   — ", style="dim")
                out.append(citation_label(c), style="cyan")
                out.append(f"  [{c.doc_id} #{c.sentence}]\n", style="dim")
    return out


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


def retrieval_text(report: EvalReport) -> str:
    """`factbot eval` on SciFact-style claims: one metric per line."""
    rows = [
        ("questions", f"{report.questions} ({report.with_evidence} with evidence sentences)"),
        *((f"recall@{k}", f"{v:.4f}") for k, v in report.recall.items()),
        ("MRR", f"{report.mrr:.4f}"),
        ("nDCG@10 (documents)", f"{report.ndcg_at_10:.4f}"),
        ("ms per question", f"{report.ms_per_question:.2f}"),
    ]
    return "\n".join(f"{name:<20} {value}" for name, value in rows)


def grading_text(report: GradingReport, show: bool) -> str:
    """`factbot eval` on a fact-check set: the failures (with `show`), then every figure."""
    lines = []
    if show:
        for r in report.results:
            if not r.fully_right:
                lines.append(f"FAIL {r.id}: {r.question}")
                lines.extend(f"     - {reason}" for reason in r.failed)
        lines.append("")
    figures = [
        ("answered or not right", report.answered_right),
        ("answering claim at rank 1", report.rank1),
        ("answering claim within top_k", report.within_top_k),
        ("grouping recall", report.grouping_recall),
        ("grouping precision", report.grouping_precision),
        ("conflict precision", report.conflict_precision),
        ("conflict recall", report.conflict_recall),
        ("verdict accuracy", report.verdict_accuracy),
    ]
    lines.extend(f"{name:<30} {value:.1%}" for name, value in figures)
    lines.append(f"{'verdicts on questions':<30} {report.verdicts_on_questions}")
    lines.append(f"{'ms per question':<30} {report.ms_per_question:.2f}")
    share = report.fully_right / max(report.questions, 1)
    lines.append(f"fully right {report.fully_right}/{report.questions} ({share:.0%})")
    return "\n".join(lines)
