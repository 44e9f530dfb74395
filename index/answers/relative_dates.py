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

from factbot.index.answers.figures import Figure, figures

__all__ = ["RELATIVE_WORDS", "relative_dates"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHIFTS = {"today": 0, "yesterday": -1, "tomorrow": 1}
RELATIVE_WORDS = (*_SHIFTS, *_WEEKDAYS)  # the words that write such a date
_RELATIVE = re.compile(r"\b(?:(last|next)\s+)?(" + "|".join(RELATIVE_WORDS) + r")\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|scheduled|plans?\s+to|expected\s+to)\b",
    re.I,
)
_WEEK = 7


def relative_dates(sentence: str, published: str) -> tuple[Figure, ...]:
    """The dates `sentence` gives relative to `published` (an ISO date, or "" when unknown), each as
    a date figure ("12-04") written by its word ("Thursday")."""
    if len(published) < 10 or not _RELATIVE.search(sentence):
        return ()
    if any(f.kind == "date" for f in figures(sentence)):
        return ()  # "on Thursday, Dec. 4": the date written
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return ()
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
    return tuple(out)
