"""Render Answer models and index listings as Discord messages: escaped, and within every limit.

Discord rejects a message that breaks a limit, so every piece is shortened with an
ellipsis first: 2,000 characters of content, 256 for a title or field name, 4,096 for
an embed description, 1,024 for a field value, 2,048 for a footer, 25 fields per embed,
10 embeds and 6,000 embed characters per message. Text from documents and users is
escaped (Discord markdown, and a zero-width space in every mention) so a quote never
formats or pings, and control characters are shown one for one (ESC as ␛, C1 controls
as �) in every message, so no limit is broken by showing them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import discord
from discord.utils import escape_markdown, escape_mentions
from factbot.bot.render import NO_ANSWER, conflict_line, reported_line, verdict_line
from factbot.bot.terminal import CONTROLS
from factbot.index.answers.models import Answer, Citation, Claim, Conflict, Wording
from factbot.index.documents import Sentence
from factbot.index.store.reader import StoredDocument

if TYPE_CHECKING:
    from factbot.bot.ops import IndexInfo, Stats

__all__ = [
    "Limits",
    "Reply",
    "answer_reply",
    "clip",
    "document_pages",
    "embed_size",
    "escape",
    "notice",
    "safe",
    "sources_pages",
    "stats_reply",
    "visible",
]

ELLIPSIS = "…"
ZWSP = "\u200b"
COLOUR_ANSWER = 0x2B7A78
COLOUR_NO_ANSWER = 0xC27C0E
COLOUR_LISTING = 0x4F5D75
COLOUR_CONFLICT = 0xB23A48
VERDICT_COLOURS = {"supported": 0x2E8B57, "contradicted": 0xB23A48, "disputed": 0xC27C0E}


@dataclass(frozen=True, slots=True)
class Limits:
    """Discord's message limits (characters unless named otherwise)."""

    content: int = 2000
    title: int = 256
    description: int = 4096
    field_name: int = 256
    field_value: int = 1024
    footer: int = 2048
    fields: int = 25
    embeds: int = 10
    total: int = 6000


LIMITS = Limits()
_SENTENCE_ON_PAGE = 900  # longest sentence shown on a /doc page before it is shortened
_SOURCES_PER_PAGE = 10
_SENTENCES_PER_PAGE = 20
_LONGEST_LINK = 512  # longer URLs are shown as plain titles

# Discord parses `<@id>`, `<@!id>` and `<@&id>` as mentions whatever the id's length.
_MENTION_TAG = re.compile(r"<@([!&]?\d)")


@dataclass(slots=True)
class Reply:
    """One Discord message: optional content and up to 10 embeds."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)


def escape(text: str) -> str:
    """Escape Discord markdown and defuse every mention in text from a document or a user."""
    return _defuse(escape_markdown(text))


def _defuse(text: str) -> str:
    """Only the mentions defused (inside code spans, where escapes would show)."""
    return _MENTION_TAG.sub(lambda m: f"<@{ZWSP}{m.group(1)}", escape_mentions(text))


def _picture(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    return "\u2421" if code == 0x7F else "\ufffd"  # ␡; C1 controls and lone surrogates: �


def visible(value: Any) -> Any:
    """Every string in `value` (an embed dict, a list, a string) with its control characters shown."""
    if isinstance(value, str):
        return CONTROLS.sub(lambda m: _picture(m.group()), value)
    if isinstance(value, dict):
        return {k: visible(v) for k, v in value.items()}
    if isinstance(value, list):
        return [visible(v) for v in value]
    return value


def _embed(data: dict[str, Any]) -> discord.Embed:
    """The embed Discord gets: control characters shown, never sent."""
    return discord.Embed.from_dict(visible(data))


def clip(text: str, limit: int) -> str:
    """`text` if it fits in `limit` characters, else its start and an ellipsis."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS[:limit]
    return text[: limit - 1].rstrip() + ELLIPSIS


def safe(raw: str, limit: int, transform: Callable[[str], str] = escape) -> str:
    """Escape `raw` and fit it in `limit`, cutting the raw text so no escape is split."""
    out = transform(raw)
    if len(out) <= limit:
        return out
    best = ELLIPSIS[:limit]
    low, high = 0, min(len(raw), limit - 1)  # escaping never shortens, so keep at most limit - 1
    while low <= high:  # the longest raw prefix whose escaped form still fits
        keep = (low + high) // 2
        out = transform(raw[:keep].rstrip()) + ELLIPSIS
        if len(out) <= limit:
            best, low = out, keep + 1
        else:
            high = keep - 1
    return best


def block_quote(raw: str, limit: int) -> str:
    """The text as a Discord block quote (`> ` on every line), escaped and within `limit`."""
    return safe(raw, limit, lambda t: "\n".join(f"> {line}" for line in escape(t).splitlines() or [""]))


def _link_url(url: str) -> str | None:
    """A URL usable in a masked link, or None."""
    url = url.strip()
    if not url.startswith(("https://", "http://")) or len(url) > _LONGEST_LINK:
        return None
    return quote(url, safe=":/?#@!$&'*+,;=%~-._[]")


def _title_text(raw: str, limit: int) -> str:
    """A title for inside a masked link: escaped, brackets too."""
    return safe(raw, limit, lambda t: escape(t).replace("[", "\\[").replace("]", "\\]"))


def _code(text: str, limit: int = 120) -> str:
    """An inline code span (document ids): backticks become quotes, mentions are defused."""
    return f"`{safe(text.replace('`', chr(39)), limit, _defuse)}`"


def citation_line(c: Citation, limit: int = 300) -> str:
    """`[Title](url) — Outlet, date · `doc` #n`, escaped and within `limit`."""
    url = _link_url(c.url)
    title = _title_text(c.title or c.doc_id, 120)
    head = f"[{title}]({url})" if url else f"**{title}**"
    details = ", ".join(p for p in (c.source, c.date or "undated") if p)
    tail = f" — {escape(details)} · {_code(c.doc_id)} #{c.sentence}"
    if len(head) + len(tail) > limit:
        head = f"**{_title_text(c.title or c.doc_id, 80)}**"
    return clip(head + tail, limit)


def _also_reported(citations: Sequence[Citation], limit: int) -> str:
    """Extra citations, one per line, ending in `…and N more` when they do not all fit."""
    lines: list[str] = []
    for n, c in enumerate(citations):
        line = citation_line(c, min(300, limit))
        rest = len(citations) - n - 1
        more = f"\n…and {rest} more" if rest else ""
        if len("\n".join([*lines, line])) + len(more) > limit:
            lines.append(f"…and {len(citations) - n} more")
            break
        lines.append(line)
    return clip("\n".join(lines), limit)


def _claim_embed(n: int, claim: Claim, reported: str) -> dict[str, Any]:
    """One claim: its best wording as a block quote, its first source, who else reports it, other wordings."""
    citations, wordings = claim.citations, claim.other_wordings
    source = citation_line(citations[0], LIMITS.field_value)
    fields = [{"name": "Source", "value": source, "inline": False}]
    if len(citations) > 1:
        extra = citations[1:]
        name = f"Also reported by {len(extra)} more" if len(extra) > 1 else "Also reported by"
        fields.append({"name": name, "value": _also_reported(extra, LIMITS.field_value), "inline": False})
    if wordings:
        fields.append(
            {
                "name": f"Other wordings ({len(wordings)})",
                "value": _other_wordings(wordings, LIMITS.field_value),
                "inline": False,
            }
        )
    footer = f"Quote {n}" + (f" · {reported}" if reported else "")
    return {
        "description": block_quote(claim.text, LIMITS.description),
        "fields": fields[: LIMITS.fields],
        "color": COLOUR_ANSWER,
        "footer": {"text": clip(footer, LIMITS.footer)},  # footers show no markdown and never ping
    }


def _other_wordings(wordings: Sequence[Wording], limit: int) -> str:
    """Each other wording as a short block quote with its first source."""
    share = max(limit // len(wordings) - 4, 40)
    lines = [
        f"{block_quote(w.text, share * 2 // 3)}\n— {escape(w.citations[0].source or w.citations[0].doc_id)}"
        for w in wordings
    ]
    return clip("\n".join(lines), limit)


def _conflicts_embed(conflicts: Sequence[Conflict]) -> dict[str, Any]:
    """Where the sources give different figures, one line each."""
    lines = [f"• {escape(conflict_line(c))}" for c in conflicts]
    return {
        "title": "Sources differ",
        "description": _pages(lines, len(lines), LIMITS.description)[0],
        "color": COLOUR_CONFLICT,
    }


def answer_reply(answer: Answer) -> Reply:
    """The answer as one message: an embed per claim, conflicts last; or the notice."""
    title = safe(answer.question, LIMITS.title)
    if not answer.answered or not answer.claims:
        embed = {"title": title, "description": NO_ANSWER, "color": COLOUR_NO_ANSWER}
        return Reply(embeds=[_embed(embed)])
    verdict = verdict_line(answer)
    room = LIMITS.embeds - (1 if answer.conflicts else 0) - (1 if verdict else 0)
    embeds = [
        _claim_embed(n, c, reported_line(c, answer.sources_total) if answer.sources_total else "")
        for n, c in enumerate(answer.claims[:room], start=1)
    ]
    embeds[0]["title"] = title
    if verdict:  # the verdict comes first, coloured by what it says
        verdict_title = clip(verdict.split(":", 1)[0], LIMITS.title)
        colour = VERDICT_COLOURS[answer.verdict or "disputed"]
        embeds.insert(
            0, {"title": verdict_title, "description": safe(verdict, LIMITS.description), "color": colour}
        )
    if answer.conflicts:
        embeds.append(_conflicts_embed(answer.conflicts))
    _fit_total(embeds, LIMITS.total)
    return Reply(embeds=[_embed(e) for e in embeds])


def notice(text: str) -> Reply:
    """A short plain message (cooldown, refusal, errors); `text` must already be safe."""
    return Reply(content=visible(clip(text, LIMITS.content)))


def embed_size(embed: dict[str, Any]) -> int:
    """What counts toward the 6,000-character message total, as Discord counts it."""
    size = len(embed.get("title", "")) + len(embed.get("description", ""))
    size += sum(len(f.get("name", "")) + len(f.get("value", "")) for f in embed.get("fields", []))
    size += len(embed.get("footer", {}).get("text", "")) + len(embed.get("author", {}).get("name", ""))
    return size


def _fit_total(embeds: list[dict[str, Any]], limit: int) -> None:
    """Shorten the longest texts (descriptions first, as they are longest) until the total fits."""
    while embeds:
        excess = sum(embed_size(e) for e in embeds) - limit
        if excess <= 0:
            return
        slots = [(e, "description") for e in embeds if e.get("description")]
        slots += [(f, "value") for e in embeds for f in e.get("fields", [])]
        holder, key = max(slots, key=lambda s: len(s[0][s[1]]), default=({}, ""))
        if len(holder.get(key, "")) <= 32:
            embeds.pop()
            continue
        text = holder[key]
        holder[key] = clip(text, max(len(text) - excess, 32))


def _pages(lines: Sequence[str], per_page: int, limit: int) -> list[str]:
    """Pack lines into pages of at most `per_page` lines and `limit` characters."""
    pages: list[list[str]] = [[]]
    size = 0
    for line in lines:
        line = clip(line, limit)
        page = pages[-1]
        if page and (len(page) >= per_page or size + 1 + len(line) > limit):
            pages.append([])
            page, size = pages[-1], 0
        page.append(line)
        size += len(line) + (1 if len(page) > 1 else 0)
    return ["\n".join(p) for p in pages]


def sources_pages(documents: Sequence[StoredDocument]) -> list[discord.Embed]:
    """The indexed documents, ten to a page, each with its id for /doc."""
    lines = []
    for n, d in enumerate(documents, start=1):
        url = _link_url(d.url)
        title = _title_text(d.title or "(untitled)", 120)
        head = f"[{title}]({url})" if url else f"**{title}**"
        meta = ", ".join(p for p in (d.source, d.date or "undated", f"{d.n_sentences} sentences") if p)
        lines.append(f"{n}. {head}\n{_code(d.doc_id)} · {escape(meta)}")
    if not lines:
        lines = ["The index has no documents."]
    pages = _pages(lines, _SOURCES_PER_PAGE, LIMITS.description)
    heading = f"Indexed sources ({len(documents)} document{'s' if len(documents) != 1 else ''})"
    return _paged_embeds(heading, pages, "/doc id:<id> shows a document's sentences", None)


def document_pages(doc: StoredDocument, sentences: Sequence[Sentence]) -> list[discord.Embed]:
    """A document's numbered sentences, paginated."""
    lines = [f"`[{s.index}]` {safe(s.text, _SENTENCE_ON_PAGE)}" for s in sentences] or ["(no sentences)"]
    pages = _pages(lines, _SENTENCES_PER_PAGE, LIMITS.description)
    meta = _defuse(" · ".join(p for p in (doc.doc_id, doc.source, doc.date or "undated") if p))
    return _paged_embeds(safe(doc.title or doc.doc_id, LIMITS.title), pages, meta, _link_url(doc.url))


def _paged_embeds(title: str, pages: Sequence[str], note: str, url: str | None) -> list[discord.Embed]:
    embeds = []
    for n, text in enumerate(pages, start=1):
        footer = clip(f"{note} · page {n}/{len(pages)}", LIMITS.footer)
        embed = {"title": clip(title, LIMITS.title), "description": text, "color": COLOUR_LISTING}
        embed["footer"] = {"text": footer}
        if url:
            embed["url"] = url
        embeds.append(_embed(embed))
    return embeds


def stats_reply(stats: Stats, info: IndexInfo | None, shard: int, shards: int, latency: float) -> Reply:
    """/stats: uptime, shard, index, questions served (refused, busy), answer rate and latency percentiles."""
    up = int(stats.uptime_seconds)
    days, rest = divmod(up, 86_400)
    uptime = (
        f"{days}d {rest // 3600}h {rest % 3600 // 60}m" if days else f"{rest // 3600}h {rest % 3600 // 60}m"
    )

    def ms(value: float | None) -> str:
        return "–" if value is None else f"{value:,.0f} ms"

    rate = "–" if stats.answer_rate is None else f"{stats.answer_rate:.0%}"
    gateway = f"{latency * 1000:,.0f} ms" if latency == latency and latency < 1e6 else "–"  # NaN/inf: no beat
    if info is None:
        index = "not loaded"
    else:
        index = (
            f"{info.documents:,} documents, {info.sentences:,} sentences, "
            f"{info.size_bytes / 1_048_576:,.1f} MB\nbuilt {info.built or 'unknown'} · "
            f"format {info.format_version} · `{_defuse(info.generation)}`"
        )
    fields = [
        ("Uptime", f"{uptime} (since {stats.started_at:%Y-%m-%d %H:%M} UTC)"),
        ("Shard", f"{shard} of {shards} · gateway latency {gateway}"),
        ("Index", index),
        (
            "Questions",
            f"{stats.served:,} served · {rate} answered · {stats.refused:,} refused · {stats.busy:,} busy",
        ),
        ("Latency", f"p50 {ms(stats.percentile(50))} · p95 {ms(stats.percentile(95))}"),
    ]
    if stats.failed_sends:
        fields.append(("Failed replies", f"{stats.failed_sends:,} could not be sent (see the log)"))
    embed = {
        "title": "factbot stats",
        "fields": [{"name": n, "value": clip(v, LIMITS.field_value), "inline": False} for n, v in fields],
        "color": COLOUR_LISTING,
    }
    return Reply(embeds=[_embed(embed)])
