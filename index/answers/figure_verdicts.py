"""Figure verdicts: whether the claims' figures bear out a statement's figure, deny it or give another."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from itertools import zip_longest

from factbot.index.answers.claims import fold
from factbot.index.answers.figures import figures, vague_range
from factbot.index.answers.judgements import MAJORITY, ClaimView, Judgement
from factbot.index.answers.models import Basis, Verdict
from factbot.index.answers.names import who_or_what
from factbot.index.answers.nouns import same_counted
from factbot.index.answers.quantities import (
    APPROXIMATE,
    STATED_BY,
    Figure,
    consistent,
    in_units_of,
    measure,
    year_written,
)
from factbot.index.answers.questions import WEEKDAY
from factbot.index.answers.slots import CENTRED
from factbot.index.ranking.analysis import shared_analyzer

__all__ = ["by_figure"]

_ANALYZER = shared_analyzer()

_GROWING = frozenset({"count", "money"})  # the kinds of a total that grows over time
_ROUNDING = 0.1  # "about X" holds within 10% of X
_ANYONE = "people"  # the counted noun that counts anyone ("3,000 teachers, parents and students")
_ANOTHER_ORDER = 2.0  # a value this many times a borne-out statement's is another quantity
# A claim giving the statement's own count of its own thing speaks to it at this share of `states`
# ("The train carried 388 passengers" for "There were 388 passengers aboard the night train's first
# run"; 0.5 and 0.7 measured alike, 0.3 cost fresh4 a verdict: RESULTS.md).
_COUNTED_SHARE = 0.5


def _counts_it(stated: Figure, f: Figure) -> bool:
    """Whether a figure gives the statement's count of its own thing ("388 passengers" for "There
    were 388 passengers aboard the night train's first run")."""
    return (
        stated.kind == f.kind == "count"
        and bool(stated.about)
        and measure(stated.about) is None  # a thing, not a unit ("five years" of anything)
        and f.about == stated.about
        and _holds(stated, f)
    )


def by_figure(
    stated: Figure,
    claims: Sequence[ClaimView],
    states: float,
    statement: str = "",
    per: frozenset[str] = frozenset(),
) -> Judgement | None:
    """The verdict on a `statement`'s figure (see the module docstring); `per` are the periods the
    statement gives it per ("Monthly permits will rise to £35": "month")."""
    same: list[int] = []
    other: list[int] = []
    said: dict[bool, list[str]] = {True: [], False: []}
    read: list[tuple[int, bool, Figure]] = []  # each speaking claim's figure and whether it bears it out
    # a claim's figure as shown where not as written: the statement's own value on another day
    shown: dict[int, str] = {}
    said_terms = frozenset(fold(_ANALYZER.terms(statement)))
    alone = len(figures(statement)) == 1 and WEEKDAY.search(statement) is None
    days = (
        frozenset(day.lower() for day in WEEKDAY.findall(statement))
        if stated.kind != "weekday"
        else frozenset()
    )
    for c in claims:
        f = c.figure
        if (
            f is None
            or f.kind not in STATED_BY[stated.kind]
            or f.difference != stated.difference
            or c.overlap < states * (_COUNTED_SHARE if _counts_it(stated, f) else 1.0)
        ):
            continue  # a margin or a change ("won by 6,536 votes") is not a level ("received 41,286")
        if stated.kind == "year" and f.kind == "date" and not year_written(f):
            continue  # "on Oct. 18" takes no side on "was built in 1969"
        another_day = bool(days and c.weekdays and days.isdisjoint(c.weekdays))
        if per and c.periods and not per & c.periods:
            continue  # "£7.50 a day" takes no side on "monthly permits will rise to £35"
        if c.measures and said_terms.isdisjoint(fold(_ANALYZER.terms(" ".join(c.measures)))):
            continue  # "a 14-metre crack" takes no side on "The dam is 28 metres high"
        if stated.kind == "count" and stated.about:
            # as for grouping: a count of some people, centred on the statement, counts "people"
            anyone = stated.about == _ANYONE and measure(f.about) is None and c.relevance >= CENTRED
            if (
                not same_counted(f.about, stated.about)
                and not anyone
                and (measure(f.about) is None or measure(f.about) != measure(stated.about))
            ):
                continue  # a count of something else takes no side; a measure in other units does
            f = in_units_of(f, stated.about)
        elif stated.kind == "address" and f.about != stated.about:
            continue  # an address on another street takes no side
        elif c.relevance < states and not (alone and _holds(stated, f)):
            continue  # a percentage, sum or date must sit among the statement's words, or be its own
            # value when it gives no other figure or day, anywhere in a claim stating the statement
            # ("with 88 percent of those voting in favor"; not "fell 14% on Tuesday" for "on Wednesday")
        holds = _holds(stated, f)
        if another_day and not holds:
            continue  # "had raised 172,000 pounds by Thursday" takes no side on "126,500 by Tuesday"
        if another_day:  # "trapped two on Monday": against, and shown with its day
            shown[c.index] = f"{f.text} on {_days_named(c.weekdays)}"
        read.append((c.index, holds and not another_day, f))
    if any(holds for _, holds, _ in read) and not who_or_what(statement):
        # Borne out by someone's age, another person's is no dissent: "Delroy Hutchins, 58," on "A
        # 71-year-old shopper said ..." that "Gladys Moreno, 71," bears out.
        whose = {c.index: c.whose for c in claims}
        read = [(i, holds, f) for i, holds, f in read if holds or not whose[i]]
    overlap = {c.index: c.overlap for c in claims}
    bearing = max((overlap[i] for i, holds, _ in read if holds), default=None)
    if bearing is not None:  # borne out: a value of another order, said of less of it, is another quantity
        # (and another year or date, said of less of it, another event's: "The Corvina sank on November
        # 3, 1911" against "was built in 1898", which "The 78-metre Corvina was built in 1898" bears out)
        read = [
            (i, holds, f)
            for i, holds, f in read
            if holds or not ((_of_another_order(f, stated) or _dated(stated)) and overlap[i] < bearing)
        ]
    for i, holds, f in read:
        (same if holds else other).append(i)
        text = shown.get(i, f.text)
        if text not in said[holds]:
            said[holds].append(text)
    if not same and not other:
        return None
    docs = {c.index: c.docs for c in claims}
    for_it = set().union(*(docs[i] for i in same))
    against = set().union(*(docs[i] for i in other))
    verdict: Verdict
    # A total that grew over time ("more than 1,800 signatures"), its value borne out by every later
    # report than any giving another, lower value, is supported: the others were earlier counts.
    later = not days and stated.kind in _GROWING and _reported_later(claims, same, other)
    later = later and all(_below(f, stated) for _, holds, f in read if not holds)
    if later or len(for_it) >= MAJORITY * len(against):  # the side with twice the documents decides
        verdict, values = "supported", said[True]
    elif len(against) >= MAJORITY * len(for_it):
        verdict, values = "contradicted", said[False]
    else:
        verdict, values = "disputed", said[True] + said[False]
    basis: Basis = (
        "date" if stated.kind in ("date", "weekday") else "time" if stated.kind == "time" else "figure"
    )
    return Judgement(verdict, basis, stated.text, values, same, other)


def _days_named(days: frozenset[str]) -> str:
    return " and ".join(day.title() for day in sorted(days))


def _reported_later(claims: Sequence[ClaimView], same: Sequence[int], other: Sequence[int]) -> bool:
    """Whether every report bearing the statement out is dated after every one giving another value
    (none undated); a report bearing it out that gives the other value too tells of the change ("nine
    transits, up from six in the February preprint") and is no report of the other value."""
    days = {d: day for c in claims for d, day in zip_longest(sorted(c.docs), c.reported, fillvalue="")}
    ours = {d for c in claims if c.index in same for d in c.docs}
    theirs = {d for c in claims if c.index in other for d in c.docs} - ours
    if not ours or not theirs or any(not days[d] for d in ours | theirs):
        return False
    return min(days[d] for d in ours) > max(days[d] for d in theirs)


def _below(source: Figure, stated: Figure) -> bool:
    """Whether a source's value is a number below the statement's."""
    return isinstance(source.value, float) and isinstance(stated.value, float) and source.value < stated.value


def _dated(figure: Figure) -> bool:
    return figure.kind in ("year", "date")


def _of_another_order(source: Figure, stated: Figure) -> bool:
    """Whether a source's number is more than `_ANOTHER_ORDER` times the statement's or under its
    share: "$842 million" of revenue is no dissent on "$63.5 million" that another claim gives, when
    its claim states less of the statement (police's "about 1,000" at a vigil still dissents from an
    organiser's "some 300", both said of the same vigil)."""
    if isinstance(source.value, str) or isinstance(stated.value, str) or not source.value or not stated.value:
        return False
    low, high = sorted((abs(float(source.value)), abs(float(stated.value))))
    return high > _ANOTHER_ORDER * low


_CAPS = frozenset({"at most", "up to", "as many as", "as much as"})  # the most a value reaches
_STRICTLY_ABOVE = frozenset({"more than", "over", "just over"})  # a bound the value is above
_STRICTLY_BELOW = frozenset({"fewer than", "less than", "under", "just under"})  # ... and below


def _holds(stated: Figure, source: Figure) -> bool:
    """Whether a source's figure bears out the statement's, qualifiers considered."""
    if stated.kind == "year" and source.kind == "date":  # "in 1911" is borne out by "November 3, 1911"
        source = dataclasses.replace(source, kind="year", value=float(year_written(source)))
    if stated.kind in ("time", "year", "tally"):
        # "at 3:00" is borne out by "3 a.m.", "until 2031" by "June 2031", "unanimously" by "9-0"
        return consistent(stated, source)
    if stated.kind == "date" or isinstance(stated.value, str) or isinstance(source.value, str):
        return stated.value == source.value
    x, y = float(stated.value), float(source.value)
    if (ranged := vague_range(stated)) is not None:  # "a few hundred" against 3,000
        return ranged[0] <= y < ranged[1]
    if (ranged := vague_range(source)) is not None:  # "about 300" against "hundreds of"
        return ranged[0] <= x < ranged[1]
    q = stated.qualifier
    if q in _STRICTLY_ABOVE:  # "over 300" bears out "more than 300"
        return y > x or (y == x and source.qualifier in _STRICTLY_ABOVE)
    if q == "at least":
        return y >= x
    if q in _STRICTLY_BELOW:
        return y < x or (y == x and source.qualifier in _STRICTLY_BELOW)
    if q in _CAPS:  # a cap the source gives too is the same cap: "up to $750" is no "up to $1,000"
        return y == x if source.qualifier in _CAPS else y <= x
    if q in APPROXIMATE or source.qualifier in APPROXIMATE:
        return abs(y - x) <= _ROUNDING * abs(x)
    return y == x
