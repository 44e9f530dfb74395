"""Sentence splitting: cut one block of prose into exact sentence spans.

A rule-based splitter tuned for English news, chosen over pysbd, blingfire,
syntok, nupunkt and sentencex after measuring them (`benchmarks/splitters.py`):
it is the most accurate on `tests/index/splitter_cases.json`, linear in the
input length, and needs no dependency.

A boundary is a run of terminators (`.`, `?`, `!`, `...`, `…`), then optional
closing quotes or brackets, then whitespace. Whether it ends a sentence depends
on the token before it and the word after it:

- `?`/`!` end a sentence unless a lower-case word follows (`"Why?" he asked`).
- An ellipsis ends one only before an upper-case word.
- `.` inside a quote or bracket (`."`, `.)`) ends one unless lower case follows.
- `.` after a title, month or numbering abbreviation (Mr., Gen., Jan., No.,
  Art.) or an initial (J. K. Rowling) never ends one.
- `.` after a company, state or dotted abbreviation (Inc., Ill., U.S., U.N.)
  ends one only before a common sentence starter (`...with the U.S. The deal`
  splits, `the U.S. Senate` does not); after a.m./p.m. unless a day, month or
  time zone follows (`5 p.m. Monday`).
- `.` after any other word ends one before an upper-case word, a digit or a
  lower-case word with a capital or digit inside (`eBay`, `iPhone`, `p53`);
  never before a plain lower-case word, taken as a sign of an unknown
  abbreviation.
- Nothing ends before further terminators, so dot leaders (`. . .`) stay whole.

Decimals, URLs and e-mail addresses never split because no whitespace follows
their periods. Newlines are ordinary whitespace. Every regular expression is
possessive or anchored, so the cost is linear even on 100,000 periods.
"""

from __future__ import annotations

import itertools
import re

from factbot.index.documents import Span

__all__ = ["ENDS_SENTENCE", "split_spans", "strip_span", "word_set"]

# A line or sentence that ends as a sentence does: a terminator, then any closing quotes or brackets.
ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")

_OPENERS = "\"'“‘«(["
_CLOSERS = "\"'”’»)]"
# Terminator run (only at its start), closers, whitespace; all possessive.
_BOUNDARY = re.compile(r"(?<![.!?…])([.!?…]++)([\"'”’»)\]]*+)\s++")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*+(\w[\w’'-]*+|\S?)")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
_LOOKBACK = 64  # longest token inspected before a terminator
_LOOKAHEAD = 48  # longest word inspected after a boundary


def word_set(spaced: str) -> frozenset[str]:
    """Turn a whitespace-separated word list into a set."""
    return frozenset(spaced.split())


# Never end a sentence: they precede a name or a number.
_NEVER = word_set(
    """Mr Mrs Ms Messrs Mmes Dr Drs Prof Gen Gens Sen Sens Rep Reps Gov Govs Lt
    Col Capt Cmdr Sgt Adm Maj Cpl Pvt Brig Rev Hon Pres Supt Det Insp Atty St
    Ste Mt Ft Fr Msgr Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos
    Art Arts Vol Vols Fig Figs fig figs Ref Refs ref refs Eq Eqs eq Sec Secs
    Ch Chap Para Pt Pts pp p Op Nr vs Vs v approx Approx ca cf e.g i.e E.g I.e
    viz sp spp"""
)
# May end a sentence, but usually continue it: split before a starter only.
_END_OK = word_set(
    """Inc Corp Co Cos Ltd Plc Bros Jr Sr Esq Ave Blvd Rd Dept Univ al Ala Ariz
    Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn
    Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo"""
)
_TIME = frozenset({"a.m", "p.m", "A.M", "P.M"})
_STARTERS = word_set(
    """The A An It Its He She They We I You This That These Those There Their
    His Her Our In On At By For From With But And Or So Yet If When While After
    Before As Since Although Though However Meanwhile Still Also Now Then
    Some Many Most No Not All Both Each What Who Why How Where"""
)
_TIME_FOLLOWERS = word_set(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed
    Thu Thur Thurs Fri Sat Sun January February March April May June July
    August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST
    CET CEST Eastern Central Mountain Pacific"""
)

_REGULAR, _DETACHED, _INITIAL, _NEVER_KIND, _END_OK_KIND, _TIME_KIND = range(6)


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split text[start:end] (one paragraph/block of prose) into sentence spans (absolute offsets into text)."""  # noqa: E501
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    first = end - len(text[start:end].lstrip())
    cuts = [start]
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, match, first, end):
            cuts.append(match.end(2))
    cuts.append(end)
    return [span for a, b in itertools.pairwise(cuts) if (span := strip_span(text, a, b))]


def strip_span(text: str, a: int, b: int) -> Span | None:
    """Narrow text[a:b] to its non-whitespace core, or None if nothing is left."""
    segment = text[a:b]
    left = len(segment) - len(segment.lstrip())
    right = len(segment.rstrip())
    return (a + left, a + right) if right > left else None


def _is_boundary(text: str, match: re.Match[str], first: int, end: int) -> bool:
    """Tell whether a terminator run matched by `_BOUNDARY` ends a sentence."""
    run, closers = match.group(1), match.group(2)
    nxt = _next_word(text, match.end(), end)
    initial = nxt[:1]
    if initial and initial in ".!?…":
        return False  # dot leaders ". . ." or stray punctuation, not a new sentence
    if "?" in run or "!" in run:
        return not initial.islower()
    if len(run) > 1 or "…" in run:
        return initial.isupper()
    if closers:
        return not initial.islower()
    token_start, token = _token_before(text, match.start(1), first)
    word = token.strip(_OPENERS + _CLOSERS)
    if token_start == first and word.isdigit() and len(word) <= 3:
        return False  # "1. Background": a list marker opening the block
    return _after_period(_kind(word), nxt)


def _next_word(text: str, pos: int, end: int) -> str:
    """Return the word after a boundary, skipping opening quotes and brackets."""
    match = _NEXT_WORD.match(text, pos, min(end, pos + _LOOKAHEAD))
    return match.group(1) if match else ""


def _token_before(text: str, pos: int, first: int) -> tuple[int, str]:
    """Return the start and text of the whitespace-free token ending at pos."""
    window = text[max(first, pos - _LOOKBACK) : pos]
    if not window or window[-1].isspace():
        return pos, ""
    token = window.rsplit(None, 1)[-1]
    return pos - len(token), token


def _kind(word: str) -> int:
    """Classify the word before a period by how likely it is to end a sentence."""
    if not word:
        return _DETACHED  # " ." as in dot leaders: only an upper-case word starts anew
    if len(word) == 1 and word.isalpha():
        return _INITIAL
    if word in _NEVER:
        return _NEVER_KIND
    if word in _TIME:
        return _TIME_KIND
    if word in _END_OK or _DOTTED.fullmatch(word):
        return _END_OK_KIND
    return _REGULAR


def _after_period(kind: int, nxt: str) -> bool:
    """Decide a single period given the kind of word before it and the word after."""
    initial = nxt[:1]
    if initial.islower():
        return kind == _REGULAR and any(c.isupper() or c.isdigit() for c in nxt[1:])
    if initial.isdigit():
        return kind == _REGULAR
    if kind in (_REGULAR, _DETACHED):
        return True
    if kind == _END_OK_KIND:
        return nxt in _STARTERS
    if kind == _TIME_KIND:
        return nxt not in _TIME_FOLLOWERS
    return False
