"""Dates written relative to the day a document was published: "today", "yesterday", "on Thursday".

A report dated Friday, Dec. 5 that says the rocket "lifted off on Thursday" gives Dec. 4, as one that
writes "Dec. 4" does; a report dated Dec. 4 that says it launched "today" gives Dec. 4 too. A day of
the week is the one on or before the publication day, or on or after it when the sentence speaks
of what is to come ("will", "is due to", "next Thursday"): news tells of the week it is written
in. A sentence that writes a date itself ("Thursday, Dec. 4") is read by that date alone, and an
undated document gives no relative date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factbot.index.answers.figures import MONTH_NAMES, figures
from factbot.index.answers.quantities import Figure

__all__ = [
    "RELATIVE_WORDS",
    "durations_since",
    "months_relative",
    "relative_dates",
    "stated_weekday",
    "weekdays",
    "years_back",
]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHIFTS = {"today": 0, "yesterday": -1, "tomorrow": 1}
RELATIVE_WORDS = (*_SHIFTS, *_WEEKDAYS)  # the words that write such a date
_RELATIVE = re.compile(r"\b(?:(last|next)\s+)?(" + "|".join(RELATIVE_WORDS) + r")\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|scheduled|plans?\s+to|expected\s+to)\b",
    re.I,
)
_WEEK = 7
# How a count of years reads as a year back from the writing: "in 17 years", "for the past 17
# years", "over the last 17 years" before it; "years ago", "-year high" after it. Not "for 12
# years" alone: "has lived there for 12 years" says how long, not since when (RESULTS.md session 53).
_YEARS_BEFORE = re.compile(
    r"\b(?:(?:in|over)\s+(?:the\s+(?:past|last)\s+)?|for\s+the\s+(?:past|last)\s+)$", re.I
)
_YEARS_AFTER = re.compile(r"(?:\s+years?\s+ago\b|-year\s+(?:high|low)\b)", re.I)
_YEARS_REACH = 30  # characters before a count of years searched for its preposition
_YEARS_BACK = 200  # a longer span gives no year news would write
_SINCE = re.compile(r"\bsince\s+$", re.I)
_SINCE_REACH = 8  # characters before a year searched for "since"
# A day of the week a statement says something happened on: "on a Monday", "on Monday night",
# "announced Monday"; not a limit ("by Wednesday", "through Wednesday") nor a name ("Black Friday").
_STATED_WEEKDAY = re.compile(r"\b(?:on\s+)?(?:a\s+|last\s+)?(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]*\s+$")
_LIMIT_BEFORE = re.compile(
    r"\b(?:by|until|till|through|thru|before|after|since|from|to|every|each|next)\s+$", re.I
)
_YEAR_WRITTEN = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def relative_dates(sentence: str, published: str) -> tuple[Figure, ...]:
    """The dates `sentence` gives relative to `published` (an ISO date, or "" when unknown), each as
    a date figure ("12-04") written by its word ("Thursday"), and the years it gives by how long
    ago they were ("its highest level in 17 years" in 2025: 2008)."""
    if len(published) < 10:
        return ()
    return (*_days(sentence, published), *_years_ago(sentence, published))


def years_back(year: float, published: str) -> int | None:
    """How many years before the year `published` (ISO) `year` is, when news would write it so."""
    if not published[:4].isdigit() or not float(year).is_integer():
        return None
    back = int(published[:4]) - int(year)
    return back if 0 < back < _YEARS_BACK else None


def durations_since(sentence: str, published: str) -> list[Figure]:
    """How long each "since YEAR" of a sentence lasts to the year it was `published` (ISO): "has made
    biscuits since 1958" in 2025 is 67 years of it."""
    out = []
    for f in figures(sentence):
        if f.kind != "year" or not _SINCE.search(sentence, max(0, f.start - _SINCE_REACH), f.start):
            continue
        back = years_back(f.value, published) if isinstance(f.value, float) else None
        if back is not None:
            out.append(Figure("count", "year", float(back), f.text, f.start, f.end))
    return out


# A month of a year written relative to the writing: "last November", "next March", "in November last
# year", "March next year", "this June".
_MONTH_WORDS = "|".join(MONTH_NAMES)
_MONTH_RELATIVE = re.compile(
    rf"\b(?:(?P<which>last|next|this)\s+(?P<m1>{_MONTH_WORDS})|(?P<m2>{_MONTH_WORDS})\s+(?P<year>last|next|this)\s+year)\b",
    re.I,
)


def months_relative(sentence: str, published: str) -> list[Figure]:
    """Each month of a year a sentence gives relative to the day it was `published` (ISO), as a date
    figure of that month ("2025-11"): "in November last year" and "last November" in a report of
    March 2026 are November 2025, "next March" in one of December 2025 March 2026."""
    if len(published) < 7 or not published[:4].isdigit() or not published[5:7].isdigit():
        return []
    year, now = int(published[:4]), int(published[5:7])
    out = []
    for match in _MONTH_RELATIVE.finditer(sentence):
        month = MONTH_NAMES.index((match["m1"] or match["m2"]).lower()) + 1
        if match["year"]:  # "November last year": the year is said
            when = year + {"last": -1, "next": 1, "this": 0}[match["year"].lower()]
        elif match["which"].lower() == "last":  # the one before the writing
            when = year if month < now else year - 1
        elif match["which"].lower() == "next":  # the one after it
            when = year if month > now else year + 1
        else:
            when = year
        out.append(Figure("date", "date", f"{when}-{month:02d}", match.group(), match.start(), match.end()))
    return out


def _years_ago(sentence: str, published: str) -> list[Figure]:
    """Each year a sentence gives as a whole number of years back from the year it was written:
    "in 17 years", "for the past 17 years", "17 years ago", "a 17-year high" (not what will run for
    17 years; not "about 70 years", which gives no one year)."""
    if _FUTURE.search(sentence) or not published[:4].isdigit():
        return []
    out = []
    for f in figures(sentence):
        if f.kind != "count" or f.about != "year" or f.qualifier or not isinstance(f.value, float):
            continue
        if not f.value.is_integer() or not 0 < f.value < _YEARS_BACK:
            continue
        back = _YEARS_BEFORE.search(sentence[max(0, f.start - _YEARS_REACH) : f.start])
        if back or _YEARS_AFTER.match(sentence, f.end):
            year = float(int(published[:4]) - int(f.value))
            out.append(Figure("year", "year", year, f.text, f.start, f.end))
    return out


def _days(sentence: str, published: str) -> list[Figure]:
    """The days of `relative_dates`."""
    if not _RELATIVE.search(sentence):
        return []
    if any(f.kind == "date" for f in figures(sentence)):
        return []  # "on Thursday, Dec. 4": the date written
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return []
    ahead = _FUTURE.search(sentence) is not None
    out = []
    for match in _RELATIVE.finditer(sentence):
        before, word = match[1], match[2].lower()
        if word in _SHIFTS:
            if before:
                continue  # "last today" is no date
            when = day + timedelta(days=_SHIFTS[word])
        else:
            gap = (_WEEKDAYS.index(word) - day.weekday()) % _WEEK  # days on to that weekday
            forward = before.lower() == "next" if before else ahead
            if forward:
                when = day + timedelta(days=gap or (_WEEK if before else 0))
            else:
                back = (_WEEK - gap) % _WEEK
                when = day - timedelta(days=back or (_WEEK if before else 0))
        out.append(
            Figure("date", "date", f"{when.month:02d}-{when.day:02d}", match[2], match.start(2), match.end(2))
        )
    return out


def stated_weekday(statement: str) -> Figure | None:
    """The day of the week a statement says something happened on ("Pennock announced the closure
    on a Monday"), as a weekday figure written by that word; None when it gives none, or gives one
    only as a limit ("contained by Wednesday") or in a name ("Black Friday sales")."""
    for match in _STATED_WEEKDAY.finditer(statement):
        head = statement[: match.start()]
        if _LIMIT_BEFORE.search(head) or _NAME_BEFORE.search(head):
            continue
        word = match[1]
        return Figure("weekday", "weekday", word.lower(), word, match.start(1), match.end(1))
    return None


def weekdays(sentence: str, published: str) -> tuple[Figure, ...]:
    """The day of the week of each date a sentence gives, written out ("10 November" in a report
    published in November 2026: a Tuesday) or relative to the report's day ("on Tuesday",
    "yesterday"), each as a weekday figure about the day it falls on ("2026-11-10": two sentences
    say the same only of the same day). A date written without its year is in the year that puts
    it nearest the day of publication. An undated document gives none. The figure's text names the
    day and, when the sentence writes another word, that word ("Tuesday, 10 November")."""
    if len(published) < 10:
        return ()
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return ()
    written = [f for f in figures(sentence) if f.kind == "date"]
    out = []
    for f in (*written, *_days(sentence, published)):
        when = _on_calendar(str(f.value), _YEAR_WRITTEN.search(f.text), day)
        if when is None:
            continue
        name = _WEEKDAYS[when.weekday()]
        text = f.text if f.text.lower() == name else f"{name.capitalize()}, {f.text}"
        out.append(Figure("weekday", when.isoformat(), name, text, f.start, f.end))
    return tuple(out)


def _on_calendar(value: str, year: re.Match[str] | None, near: date) -> date | None:
    """The day a month-day value ("11-10") names: in the `year` written, else in the year that puts
    it nearest `near`. None for a month of a year ("2031-06") or no such day."""
    parts = value.split("-")
    if len(parts) != 2 or len(parts[0]) != 2:
        return None
    month, dom = int(parts[0]), int(parts[1])
    years = [int(year[1])] if year else [near.year - 1, near.year, near.year + 1]
    days = []
    for y in years:
        try:
            days.append(date(y, month, dom))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - near).days), default=None)
