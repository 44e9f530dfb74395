"""Boilerplate: the lines of a page that are not the article's prose.

Every rule is general (no list of one site's strings). A line is boilerplate when it is

- a separator: no letter or digit at all (``...``, ``---``, ``***``, a lone nbsp);
- a bare date or time: only numbers, month and weekday names, am/pm, time zones
  and words like "Updated" (``05/09/2025``, ``Nov. 12, 2024``, ``Tuesday, November
  12, 2024 10:04 AM``);
- a ``Source: X`` line (the loaders keep X as the document's source) or a credit
  line (``Photo: Reuters``);
- a byline: ``by:``, ``By Jane Doe``, ``Written by Jane Doe and John Roe, AP``;
- a call to action: a short line that starts with a CTA verb (read, follow,
  subscribe, sign up, share, click, ...) and addresses the reader (you, our, here,
  now, a "!" or a CTA noun such as newsletter or app), or one that addresses the
  reader (you/your/us/our) and names a CTA noun (``We will send you breaking news
  right to your inbox``, ``Have a tip? Let us know!``);
- too short to be a sentence: at most 3 words, no digit, no sentence-final
  punctuation (``Recent Articles``, ``Share``).

Headlines (``Fed holds rates steady despite pressure from Trump``) and short quotes
(``"No," she said.``) are kept. Lines that quote someone or report speech are never
taken for calls to action.

`drop_repeated_lines` is the corpus-level rule: a short block that appears verbatim
in at least 3 documents and in more than half of all documents is a site template.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from index.documents import Document

__all__ = ["boilerplate_kind", "drop_repeated_lines", "is_boilerplate", "source_line", "strip_bullet"]

log = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    """The space-separated words of `text` as a set."""
    return frozenset(text.split())


_MAX_LINE = 300  # longer lines are prose (or separators, checked first)
_CTA_MAX_WORDS = 12
_SHORT_MAX_WORDS = 3
_REPEAT_MAX_WORDS = 12

_BULLET = re.compile(r"^[•·▪‣◦●○■□*+\-–—]+\s+")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_FINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_QUOTE = re.compile(r"[\"“”«»]")
_SPEECH = re.compile(r"\b(?:said|says|told|tells|according|asked|added|reported|announced)\b", re.IGNORECASE)

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_WEEKDAY_ABBREVIATIONS = "mon tue tues wed thu thur thurs fri sat sun"
_ZONES = "am pm a.m p.m utc gmt z t et est edt ct cst cdt mt mst mdt pt pst pdt bst cet cest ist jst kst aest"
_DATE_WORDS = _words(
    f"{_MONTHS} {_WEEKDAYS} {_WEEKDAY_ABBREVIATIONS} {_ZONES} "
    "at on of updated published posted modified last date time "
    "ago hour hours minute minutes min mins day days week weeks month months year years"
)
_DATE_TOKEN = re.compile(r"(?i)[ap]\.m\.?|[a-z]+\.?|\d+(?:st|nd|rd|th)?|[,/:.\-–—|()+]|\S")
_DATE_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?", re.IGNORECASE)

_SOURCE = re.compile(r"^source\s*:\s*(.+)$", re.IGNORECASE)
_CREDIT = re.compile(
    r"^(?:photo|photos|image|images|picture|video|credit|illustration)(?:\s+credit)?\s*:",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:(?:written|posted|reported|reporting|story|words|text|photos?|edited)\s+)?by\b\s*:?\s*(.*)$",
    re.IGNORECASE,
)
_BYLINE_WORDS = _words(
    "and & of the in for at de da di du van von der den la le staff writer writers reporter "
    "reporters correspondent correspondents editor editors contributor contributors",
)

_CTA_VERBS = _words(
    "read follow subscribe share click tap download join watch listen get like comment see view "
    "continue shop buy donate support contact visit install try discover explore register "
    "learn check sign log let send tell email",
)
_READER_WORDS = _words("you your yours you're us our here now today below more free daily online live")
_CTA_NOUNS = _words(
    "newsletter newsletters inbox email e-mail news tip tips app apps alerts alert notifications "
    "updates stories articles headlines podcast podcasts subscribe subscription subscribers "
    "social networks channel feed",
)
_PRONOUNS = _words("you your yours you're us our")


def strip_bullet(line: str) -> str:
    """The line without surrounding whitespace and a leading bullet ("•", "-", "*")."""
    stripped = line.strip()
    return _BULLET.sub("", stripped, count=1) if stripped[:1] in "•·▪‣◦●○■□*+-–—" else stripped


def source_line(line: str) -> str | None:
    """The X of a short "Source: X" metadata line, else None."""
    match = _SOURCE.match(strip_bullet(line))
    if match is None:
        return None
    value = match.group(1).strip()
    if not value or len(value) > 80 or len(value.split()) > 8 or _FINAL.search(value):
        return None
    return value


def is_boilerplate(line: str) -> bool:
    """True when the line is not article prose (see the module docstring for the rules)."""
    return boilerplate_kind(line) is not None


def boilerplate_kind(line: str) -> str | None:
    """Which boilerplate rule the line meets ("separator", "date", ...), or None for prose."""
    text = " ".join(strip_bullet(line).split())
    if not any(ch.isalnum() for ch in text):
        return "separator"
    if len(text) > _MAX_LINE:
        return None
    if _is_date(text):
        return "date"
    if source_line(text) is not None:
        return "source"
    if _CREDIT.match(text) and len(text.split()) <= 10:
        return "credit"
    words = _WORD.findall(text)
    if _is_byline(text):
        return "byline"
    if _is_cta(text, words):
        return "cta"
    if len(words) <= _SHORT_MAX_WORDS and not _FINAL.search(text) and not any(c.isdigit() for c in text):
        return "short"
    return None


def _is_date(text: str) -> bool:
    tokens = _DATE_TOKEN.findall(text)
    if len(tokens) > 24 or not any(t[:1].isdigit() for t in tokens):
        return False
    for token in tokens:
        if _DATE_NUMBER.fullmatch(token) or token in ",/:.-–—|()+":
            continue
        if token.lower().rstrip(".") not in _DATE_WORDS:
            return False
    return True


def _is_byline(text: str) -> bool:
    match = _BYLINE.match(text)
    if match is None:
        return False
    rest = match.group(1).strip()
    if not rest:
        return True
    if _FINAL.search(rest) and not re.search(r"\b[A-Z][a-z]?\.$", rest):
        return False
    tokens = re.findall(r"[^\s,|/–—-]+", rest)
    if len(tokens) > 10 or _SPEECH.search(rest):
        return False
    return all(t[:1].isupper() or t[:1].isdigit() or t.lower() in _BYLINE_WORDS for t in tokens)


def _is_cta(text: str, words: list[str]) -> bool:
    if not words or len(words) > _CTA_MAX_WORDS or _QUOTE.search(text) or _SPEECH.search(text):
        return False
    # "US" in capitals is the country, not the reader.
    lowered = {w.lower() for w in words if w != "US"}
    statement = text.endswith(".")  # a CTA rarely ends with a full stop; a sentence does
    if words[0].lower() in _CTA_VERBS:
        if text[len(words[0]) :].lstrip().startswith(":") or text.endswith("!"):
            return True
        reader, noun = bool(lowered & _READER_WORDS), bool(lowered & _CTA_NOUNS)
        if (reader and noun) or (not statement and (reader or noun)):
            return True
    return not statement and bool(lowered & _PRONOUNS) and bool(lowered & _CTA_NOUNS)


def drop_repeated_lines(
    documents: Sequence[Document], min_documents: int = 3, min_share: float = 0.5
) -> list[Document]:
    """Remove short blocks that appear verbatim in >= `min_documents` and > `min_share` of documents.

    Pre-split documents are left alone: their blocks are numbered sentences.
    """
    counts: Counter[str] = Counter()
    for doc in documents:
        if not doc.presplit:
            counts.update({_repeat_key(doc.text[s:e]) for s, e in doc.blocks} - {""})
    needed = max(min_documents, int(len(documents) * min_share) + 1)
    repeated = {line for line, n in counts.items() if n >= needed}
    if not repeated:
        return list(documents)
    log.debug("dropping %d line(s) repeated across documents", len(repeated))
    out = []
    for doc in documents:
        if doc.presplit:
            out.append(doc)
            continue
        kept = tuple((s, e) for s, e in doc.blocks if _repeat_key(doc.text[s:e]) not in repeated)
        out.append(doc if len(kept) == len(doc.blocks) else replace(doc, blocks=kept))
    return out


def _repeat_key(block: str) -> str:
    """The block's text when short enough to be a template line, else ""."""
    if len(block) > _MAX_LINE:
        return ""
    normal = " ".join(block.split())
    return normal if 0 < len(normal.split()) <= _REPEAT_MAX_WORDS else ""
