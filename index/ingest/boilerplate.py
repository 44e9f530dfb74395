"""Boilerplate: the lines of a page that are not the article's prose.

Every rule is general (no list of one site's strings). A line is boilerplate when it is

- a separator: no letter or digit at all (``...``, ``---``, ``***``, a lone nbsp);
- a bare date or time: only numbers, month and weekday names, am/pm, time zones
  and words like "Updated" (``05/09/2025``, ``Nov. 12, 2024``, ``Tuesday, November
  12, 2024 10:04 AM``);
- a ``Source: X`` line (the loaders keep X as the document's source) or a credit
  line (``Photo: Reuters``, ``(Reporting by Jane Doe; editing by John Roe)``);
- a bare link: a web address alone on its line (the loaders keep the first one
  before the text as the document's link);
- a byline: ``by:``, ``By Jane Doe``, ``Written by Jane Doe and John Roe, AP``;
- a call to action: a short line that starts with a CTA verb (read, follow,
  subscribe, sign up, share, click, ...) and addresses the reader (you, our, here,
  now, a "!" or a CTA noun such as newsletter or app), or one that addresses the
  reader (you/your/us/our) and names a CTA noun (``We will send you breaking news
  right to your inbox``, ``Have a tip? Let us know!``);
- a rights notice: ``Copyright 2025 X``, ``© 2026 X``, ``(c) 2024 X``, ``All rights
  reserved``, ``This material may not be published, ...``, ``Reproduction without
  permission is prohibited``;
- a disclaimer about the page itself: ``This article is for informational purposes``,
  ``This newsletter does not constitute investment advice``, ``This story was produced
  with the help of ...``, ``This article is available to X subscribers``;
- a prompt: ``Share this story: Facebook · X``, ``Share on Facebook``, ``Follow us``,
  ``Follow Jane Doe on Instagram``, ``Subscribe ...``, ``Sign up for ... alerts``,
  ``Unsubscribe``, ``Forwarded this?``;
- a pointer: a label and a colon (``Related: ...``, ``Read more: ...``, ``See also:``,
  ``More coverage:``), ``Read the full report here``, ``Click here to ...``;
- a lead-in: one word, or a determiner or question word and a word, or two
  capitalised words, and a full stop (``Taxes.``, ``The numbers.``, ``What's next.``,
  ``Next Steps.``), but not an answer (``Yes.``, ``False.``, ``Exactly.``);
- too short to be a sentence: at most 3 words, no digit, no sentence-final
  punctuation (``Recent Articles``, ``Share``).

Headlines (``Fed holds rates steady despite pressure from Trump``), short quotes
(``"No," she said.``) and short statements (``Prices rose.``) are kept. Lines that
quote someone or report speech are never calls to action, prompts or "read the full"
pointers.

`drop_boilerplate_sentences` applies the rights, credit, disclaimer, prompt and pointer rules
to each sentence of a block (``X is reader-supported. Sign up for our newsletter.``
keeps its first sentence) and drops a paragraph's lead-in: a first sentence as above
or a short bold one (``**Costs.** The project will cost $4 million.`` keeps ``The
project will cost $4 million.``). It narrows or splits block spans, so every sentence
stays an exact span of the text.

`drop_repeated_lines` is the corpus-level rule: a short block that appears verbatim
in at least 3 documents and in more than half of all documents is a site template.
It runs `drop_boilerplate_sentences` first, being the pass the loaders call.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from factbot.index.documents import Document, Span
from factbot.index.ingest.sentences import ENDS_SENTENCE, split_spans, word_set

__all__ = [
    "boilerplate_kind",
    "drop_boilerplate_sentences",
    "drop_repeated_lines",
    "is_boilerplate",
    "source_line",
    "strip_bullet",
]

log = logging.getLogger(__name__)


_MAX_LINE = 300  # longer lines are prose (or separators, checked first)
_CTA_MAX_WORDS = 12
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)  # a web address, as a line's whole text
_SHORT_MAX_WORDS = 3
_REPEAT_MAX_WORDS = 12
_NOTICE_MAX_WORDS = 30  # a notice, prompt or pointer sentence
_BOLD_LEAD_IN_MAX_WORDS = 4

_BULLET = re.compile(r"^[•·▪‣◦●○■□*+\-–—]+\s+")
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")
_QUOTE = re.compile(r"[\"“”«»]")
_SPEECH = re.compile(r"\b(?:said|says|told|tells|according|asked|added|reported|announced)\b", re.IGNORECASE)

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_WEEKDAY_ABBREVIATIONS = "mon tue tues wed thu thur thurs fri sat sun"
_ZONES = "am pm a.m p.m utc gmt z t et est edt ct cst cdt mt mst mdt pt pst pdt bst cet cest ist jst kst aest"
_DATE_WORDS = word_set(
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
_BYLINE_WORDS = word_set(
    "and & of the in for at de da di du van von der den la le staff writer writers reporter "
    "reporters correspondent correspondents editor editors contributor contributors",
)

_CTA_VERBS = word_set(
    "read follow subscribe share click tap download join watch listen get like comment see view "
    "continue shop buy donate support contact visit install try discover explore register "
    "learn check sign log let send tell email",
)
_READER_WORDS = word_set("you your yours you're us our here now today below more free daily online live")
_CTA_NOUNS = word_set(
    "newsletter newsletters inbox email e-mail news tip tips app apps alerts alert notifications "
    "updates stories articles headlines podcast podcasts subscribe subscription subscribers "
    "social networks channel feed",
)
_PRONOUNS = word_set("you your yours you're us our")

# Notices, disclaimers, prompts and pointers: patterns for the start of a sentence.
_PLATFORMS = (
    r"(?:x|twitter|facebook|instagram|linkedin|threads|tiktok|youtube|bluesky|mastodon|telegram"
    r"|whatsapp|reddit|pinterest|snapchat|social\s+media)"
)
_SELF = (  # the page itself
    r"this\s+(?:article|story|newsletter|post|page|piece|content|material|email|e-mail|episode"
    r"|podcast|broadcast|website|site|blog|column)"
)
_RIGHTS_PATTERN = (
    r"copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*(?:\d{4}|copyright\b)"
    r"|(?:all|some)\s+rights\s+reserved\b"
    rf"|(?:{_SELF}|no\s+part\s+of\s+this\s+\w+)\s+(?:may|must|can|cannot|shall)\s+(?:not\s+)?be\s+"
    r"(?:\w+,?\s+){0,6}?(?:published|republished|reproduced|broadcast|rewritten|redistributed|copied)\b"
    r"|unauthori[sz]ed\s+(?:reproduction|republication|redistribution|copying|use)\b"
    r"|(?:reproduction|republication|redistribution)\b[^.!?]{0,80}\bwithout\s+(?:\w+\s+){0,2}permission\b"
)
_DISCLAIMER_PATTERN = (
    rf"{_SELF}\s+(?:"
    r"(?:is|are)\s+(?:provided\s+)?(?:only\s+|solely\s+)?for\s+(?:general\s+)?information(?:al)?\s+purposes"
    r"|(?:is|does)\s+not\s+(?:\w+\s+){0,3}?(?:substitute|constitute|intended|meant)\w*\s+(?:\w+\s+){0,4}?advice"
    r"|(?:was|has\s+been|is)\s+(?:\w+\s+){0,2}?(?:produced|written|created|generated|prepared|translated|made)"
    r"\s+(?:with|in|using|by)\s+(?:[\w-]+\s+){0,4}?(?:help|assistance|support|partnership|collaboration"
    r"|funding|grant|ai|artificial\s+intelligence|automated|automation)\b"
    r"|(?:is|are)\s+(?:only\s+)?available\s+(?:only\s+)?(?:to|for)\s+(?:[\w&'’-]+\s+){0,6}?(?:subscribers|members)\b)"
)
_LABEL_PATTERN = (  # a pointer label and its colon: "Related: ...", "Read more: ..."
    r"(?:related(?:\s+(?:stories|story|articles?|coverage|content|links?|reading|news|videos?|topics?))?"
    r"|(?:read|see|watch)\s+(?:more|also|next)|(?:also|more)\s+(?:read|see)|see\s+also"
    r"|more(?:\s+(?:coverage|stories|news|reading|on\s+(?:this|the)\s+(?:story|topic)))?|further\s+reading"
    r"|recommended(?:\s+(?:reading|stories|for\s+you))?|up\s+next|don['’]t\s+miss|you\s+may\s+also\s+like"
    r"|editor['’]?s\s+picks?|top\s+stories|most\s+read)\s*:"
)
_PROMPT_PATTERN = (  # share, follow, subscribe
    r"share\s+(?:this|on|via)\b|(?:follow|like|find|connect\s+with)\s+us\b"
    rf"|follow\s+(?:[\w@.&'’-]+\s+){{1,4}}on\s+{_PLATFORMS}\b|(?:un)?subscribe\b|sign\s+up\b"
    r"|forwarded\s+this\b|was\s+this\s+(?:\w+\s+)?forwarded\b"
)
_POINTER_PATTERN = (  # "Read the full report here", "Continue reading", "Click here to ..."
    r"(?:read|see|view|download|watch|listen\s+to)\s+(?:the\s+|our\s+)?(?:full|complete|entire|whole|original)\b"
    r"|read\s+more\b|(?:continue|keep)\s+reading\b"
    r"|(?:click|tap)\s+(?:here|below|to\b|on\s+(?:the\s+|this\s+)?(?:link|button|image)|(?:the|this)\s+(?:link|button))"
)
_CREDIT_PATTERN = (  # a news agency's credits: "(Reporting by Jane Doe; editing by John Roe)"
    r"\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|research)\s+by\s+(?-i:[A-Z])"
)
_NOTICE_PATTERNS = (  # (kind, pattern, also when the sentence quotes or reports speech)
    ("rights", _RIGHTS_PATTERN, True),
    ("credit", _CREDIT_PATTERN, False),
    ("disclaimer", _DISCLAIMER_PATTERN, True),
    ("pointer", _LABEL_PATTERN, True),
    ("prompt", _PROMPT_PATTERN, False),
    ("pointer", _POINTER_PATTERN, False),
)
_NOTICES = tuple(
    (kind, re.compile(pattern, re.IGNORECASE), quoted) for kind, pattern, quoted in _NOTICE_PATTERNS
)
# Any of them at a sentence start (the block's, or after a terminator and closers): a cheap test
# that spares splitting most blocks into sentences.
_ANY_NOTICE = re.compile(r"[*_]*(?:" + "|".join(p for _, p, _ in _NOTICE_PATTERNS) + ")", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?…][\"'”’»)\]*_]*\s+")

# Lead-ins: "Taxes.", "The numbers.", "What's next.", "Next Steps."; "**Costs.** The ..." in plain text.
_LEAD_IN = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+)?\.")
_LEAD_IN_PREFIX = re.compile(r"[*_]*[A-Z][\w'’-]*(?:\s+[\w'’-]+)?\.(?:[*_\s]|$)")
_BOLD_LEAD_IN = re.compile(r"(\*\*?|__?)([^*_\n]{1,60}?)\1([.:]?)\s+")
_LEAD_IN_STARTS = word_set("the a an our their its his her my your what what's why how who where when which")
_ANSWER_WORDS = word_set(  # one-word sentences that are answers or verdicts, not lead-ins
    "yes no not none nothing nobody never always ok okay sure thanks indeed exactly absolutely certainly "
    "right wrong true false correct incorrect misleading unproven unclear unknown maybe perhaps agreed "
    "done fine good great well wow oh ah hello hi goodbye sorry please one two three four five six seven "
    "eight nine ten",
)


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
    if not value or len(value) > 80 or len(value.split()) > 8 or ENDS_SENTENCE.search(value):
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
    if _LINK.fullmatch(text):
        return "link"
    if _CREDIT.match(text) and len(text.split()) <= 10:
        return "credit"
    words = _WORD.findall(text)
    if _is_byline(text):
        return "byline"
    if _is_cta(text, words):
        return "cta"
    notice = _line_notice(text)
    if notice is not None:
        return notice
    if len(words) <= 2 and _is_lead_in(_plain(text)):
        return "lead-in"
    unfinished = not ENDS_SENTENCE.search(text)
    if len(words) <= _SHORT_MAX_WORDS and unfinished and not any(c.isdigit() for c in text):
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
    if ENDS_SENTENCE.search(rest) and not re.search(r"\b[A-Z][a-z]?\.$", rest):
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


def _plain(text: str) -> str:
    """The text without Markdown emphasis markers (left in plain text) around it."""
    return text.strip().strip("*_").strip()


def _notice_kind(sentence: str) -> str | None:
    """Which notice rule one sentence meets ("rights", "disclaimer", "prompt", "pointer"), else None."""
    text = _plain(sentence)
    if not text or len(text.split()) > _NOTICE_MAX_WORDS:
        return None
    speech = _QUOTE.search(text) is not None or _SPEECH.search(text) is not None
    return next(
        (kind for kind, regex, quoted in _NOTICES if (quoted or not speech) and regex.match(text)), None
    )


def _may_hold_notice(text: str) -> bool:
    """True when a notice, prompt or pointer pattern matches where a sentence of `text` may start."""
    return _ANY_NOTICE.match(text) is not None or any(
        _ANY_NOTICE.match(text, m.end()) for m in _SENTENCE_START.finditer(text)
    )


def _line_notice(text: str) -> str | None:
    """The notice rule of the line's first sentence when every sentence of it is a notice."""
    if not _may_hold_notice(text):
        return None
    kinds = [_notice_kind(text[a:b]) for a, b in split_spans(text)]
    return kinds[0] if kinds and all(kinds) else None


def _is_lead_in(text: str) -> bool:
    """One or two words and a full stop that head a paragraph rather than say something."""
    if not _LEAD_IN.fullmatch(text) or any(ch.isdigit() for ch in text):
        return False
    words = text[:-1].replace("’", "'").split()
    if len(words) == 1:
        word = words[0].lower()
        return word not in _ANSWER_WORDS and not word.endswith("ly")  # "Yes.", "Exactly."
    first, second = words
    return first.lower() in _LEAD_IN_STARTS or second[:1].isupper()


def _bold_lead_in_end(block: str) -> int:
    """Where a short bold lead-in ("**Costs.** ") at the start of the block ends, else 0."""
    match = _BOLD_LEAD_IN.match(block)
    if match is None:
        return 0
    lead = (match.group(2) + match.group(3)).strip()
    short = len(lead.split()) <= _BOLD_LEAD_IN_MAX_WORDS and not any(ch.isdigit() for ch in lead)
    return match.end() if lead[-1:] in ".:" and short and not _QUOTE.search(lead) else 0


def drop_boilerplate_sentences(documents: Sequence[Document]) -> list[Document]:
    """Drop notice, prompt and pointer sentences and paragraph lead-ins from every block.

    A block is narrowed or split around them, or goes when nothing is left; documents
    without any are returned as they are. Pre-split documents are left alone.
    """
    out = []
    for doc in documents:
        if doc.presplit:
            out.append(doc)
            continue
        blocks = tuple(span for start, end in doc.blocks for span in _prose_spans(doc.text, start, end))
        out.append(doc if blocks == doc.blocks else replace(doc, blocks=blocks))
    return out


def _prose_spans(text: str, start: int, end: int) -> list[Span]:
    """The spans of block text[start:end] left without its lead-in and notice sentences."""
    block = text[start:end]
    lead_end = _bold_lead_in_end(block)
    if not lead_end and not _LEAD_IN_PREFIX.match(block) and not _may_hold_notice(block):
        return [(start, end)]
    spans: list[Span] = []
    run: Span | None = None
    sentences = split_spans(text, start + lead_end, end)
    for i, (a, b) in enumerate(sentences):
        lead_in = i == 0 and len(sentences) > 1 and _is_lead_in(_plain(text[a:b]))
        if lead_in or _notice_kind(text[a:b]) is not None:
            if run is not None:
                spans.append(run)
            run = None
        else:
            run = (a, b) if run is None else (run[0], b)
    if run is not None:
        spans.append(run)
    return spans


def drop_repeated_lines(
    documents: Sequence[Document], min_documents: int = 3, min_share: float = 0.5
) -> list[Document]:
    """Remove short blocks that appear verbatim in >= `min_documents` and > `min_share` of documents.

    Boilerplate sentences inside blocks go first (`drop_boilerplate_sentences`): this is
    the pass the loaders run. Pre-split documents are left alone: their blocks are
    numbered sentences.
    """
    documents = drop_boilerplate_sentences(documents)
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
