"""The days and years a question names: the claims that give them lead (then those reported on the
day), and a figure a source gives for another day or year is no dissent on theirs.

"How many signatures did the petition have on 13 January?" asks for that day's figure, and "How
many buses were damaged in the earlier 2019 fire?" for that year's: "17 buses were destroyed in
Sunday's fire" answers neither and disputes neither.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factbot.index.answers.claims import clause_around
from factbot.index.answers.figures import figures
from factbot.index.answers.quantities import Figure, consistent
from factbot.index.answers.questions import WEEKDAY
from factbot.index.answers.ranked import Group, Ranked
from factbot.index.documents import Sentence

__all__ = [
    "gives_day",
    "named_times",
    "not_of_other_days",
    "not_of_other_years",
    "not_on_other_weekdays",
    "not_reported_later",
    "of_day",
    "of_report_day",
    "of_year",
    "reported_on",
    "weekdays_of",
]

Said = Sequence[tuple[Sentence, Figure]]


def named_times(question: str) -> tuple[list[Figure], list[Figure]]:
    """The days ("on 13 January") and the years ("in 2019", "the earlier 2019 fire") a question names."""
    given = figures(question)
    return [f for f in given if f.kind == "date"], [f for f in given if f.kind == "year"]


def _days_given(r: Ranked) -> list[Figure]:
    """The days a sentence gives, written out or relative to its report's day."""
    return [*r.dated, *(f for f in figures(r.sentence.text) if f.kind == "date")]


def gives_day(r: Ranked, on: Sequence[Figure]) -> bool:
    """Whether a sentence gives one of the dates `on`, written out or relative to its report's day."""
    return any(consistent(d, f) for d in _days_given(r) for f in on)


def of_day(group: Group, on: Sequence[Figure]) -> bool:
    """Whether a claim gives one of the days `on` in one of its wordings ("had 2,300 signatures on
    Tuesday" in a report of Tuesday 13 January, for "How many signatures did it have on 13 January?")."""
    return bool(on) and any(gives_day(m, on) for m in group.members)


def of_report_day(group: Group, on: Sequence[Figure], published: Callable[[str], str | None] | None) -> bool:
    """Whether one of a claim's wordings comes from a report published on one of the days `on`
    (`reported_on`)."""
    return any(reported_on(m.sentence.doc_id, on, published) for m in group.members)


def reported_on(doc_id: str, on: Sequence[Figure], published: Callable[[str], str | None] | None) -> bool:
    """Whether a document is a report `published` (its date, YYYY-MM-DD) on one of the days `on`,
    which gives its figures as of that day ("Nine pets have been attacked since March" in a report
    of 7 May, for "How many pets had been attacked as of May 7?")."""
    return published is not None and any((published(doc_id) or "")[5:10] == d.value for d in on)


def of_year(group: Group, years: Sequence[Figure]) -> bool:
    """Whether a claim gives one of the `years` in one of its wordings."""
    return bool(years) and any(_years(m.sentence.text, years)[1] for m in group.members)


def not_of_other_days(
    said: Said, ranked: Sequence[Ranked], on: Sequence[Figure]
) -> list[tuple[Sentence, Figure]]:
    """The figures of `said` but those whose sentence gives a day, written out or relative to its
    report's, and not one of the days `on` ("was down to 67% on Wednesday" for Thursday's level)."""
    read = _read(ranked)

    def other_day(sentence: Sentence) -> bool:
        r = read.get((sentence.doc_id, sentence.index))
        return r is not None and bool(_days_given(r)) and not gives_day(r, on)

    return [(sentence, figure) for sentence, figure in said if not other_day(sentence)]


def not_on_other_weekdays(said: Said, question: str) -> list[tuple[Sentence, Figure]]:
    """The figures of `said` but those whose clause names a day of the week and none the question
    names ("eight riders who left the race on Saturday" for "How many riders abandoned during
    Friday's opening stage?")."""
    asked = {day.lower() for day in WEEKDAY.findall(question)}

    def other_day(sentence: Sentence, figure: Figure) -> bool:
        days = weekdays_of(sentence.text, figure)
        return bool(days) and days.isdisjoint(asked)

    return [(sentence, figure) for sentence, figure in said if not other_day(sentence, figure)]


def weekdays_of(sentence: str, figure: Figure) -> frozenset[str]:
    """The days of the week, lower-case, that the clause giving a figure names ("had raised 172,000
    pounds by Thursday": "thursday")."""
    return frozenset(
        day.lower() for day in WEEKDAY.findall(clause_around(sentence, figure.start, figure.end))
    )


def not_reported_later(
    said: Said, ranked: Sequence[Ranked], lead: Group, value: Figure, published: Callable[[str], str]
) -> list[tuple[Sentence, Figure]]:
    """For a question about one day's figure: the figures of `said` but another value than the lead
    claim's `value` that a report published after all of the lead claim's gives with no day at all
    ("A total of 86 cm of snow fell during the storm", in Thursday's report, for "How much snow had
    fallen as of Tuesday afternoon?": the later total, not a dissent on Tuesday's). `published` gives
    a document's ISO date ("" when it has none)."""
    last = max(published(m.sentence.doc_id)[:10] for m in lead.members)
    if not last:
        return list(said)
    read = _read(ranked)

    def later(sentence: Sentence, figure: Figure) -> bool:
        r = read.get((sentence.doc_id, sentence.index))
        return (
            r is not None
            and published(sentence.doc_id)[:10] > last
            and not consistent(figure, value)
            and not _days_given(r)
            and WEEKDAY.search(sentence.text) is None
        )

    return [(sentence, figure) for sentence, figure in said if not later(sentence, figure)]


def not_of_other_years(
    said: Said, ranked: Sequence[Ranked], years: Sequence[Figure], year_of: Callable[[str], str]
) -> list[tuple[Sentence, Figure]]:
    """The figures of `said` but those whose sentence gives another year and none of the `years`,
    or, giving no year, a day of a report (doc id -> its year, `year_of`) of another year ("17 buses
    were destroyed on 9 November" for the 2019 fire)."""
    read = _read(ranked)
    asked = {str(int(float(y.value))) for y in years}

    def other_year(sentence: Sentence) -> bool:
        r = read.get((sentence.doc_id, sentence.index))
        if r is None:
            return False
        given, named = _years(sentence.text, years)
        if given:
            return not named
        return bool(_days_given(r)) and year_of(sentence.doc_id) not in asked

    return [(sentence, figure) for sentence, figure in said if not other_year(sentence)]


def _years(text: str, years: Sequence[Figure]) -> tuple[bool, bool]:
    """Whether a text gives a year, and whether it gives one of `years`."""
    given = [f for f in figures(text) if f.kind == "year"]
    return bool(given), any(consistent(f, y) for f in given for y in years)


def _read(ranked: Sequence[Ranked]) -> dict[tuple[str, int], Ranked]:
    return {(r.sentence.doc_id, r.sentence.index): r for r in ranked}
