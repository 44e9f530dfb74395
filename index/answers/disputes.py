"""Disputes: the values the sources dispute for what was asked, and the claims ordered by them.

The values come from the answering sentences (`dissents.slot_figures`), less those of another day,
weekday or year than the one asked, and are compared by `conflicts.find_conflicts`; for a question
asking a name, the names written two ways (`name_conflicts`). When the sources disagree, the claims
giving a disputed value lead by how many documents give it, and no claim keeps a wording without a
figure from a document that gives only another value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from factbot.index.answers.claims import fold
from factbot.index.answers.conflicts import FigureConflict, find_conflicts
from factbot.index.answers.dissents import (
    ToldWith,
    apart,
    gives,
    in_units_of_lead,
    lead_slot,
    slot_figures,
    story_documents,
)
from factbot.index.answers.figure_words import changed_to, planned
from factbot.index.answers.figures import figures
from factbot.index.answers.grouping import best_slot
from factbot.index.answers.name_conflicts import name_conflict
from factbot.index.answers.named_times import (
    not_of_other_days,
    not_of_other_years,
    not_on_other_weekdays,
    not_reported_later,
    of_day,
    of_report_day,
    of_year,
)
from factbot.index.answers.quantities import WHEN_KINDS, Figure, consistent, in_units_of
from factbot.index.answers.questions import (
    asks_earliest,
    asks_latest,
    is_statement,
    names_month,
    names_weekday,
)
from factbot.index.answers.ranked import Group, Ranked
from factbot.index.answers.reading import Reading
from factbot.index.answers.reference_events import not_of_the_reference
from factbot.index.answers.rerank import asks_name
from factbot.index.answers.slots import Slot, changed_from, near_terms
from factbot.index.answers.wanted import Wanted
from factbot.index.documents import Sentence
from factbot.index.store.reader import StoredDocument

__all__ = ["disputes", "quoting_every_value"]

# Kinds of figure that tell when an event happened, within a day: another one given for the same
# event is said with the event's words (a year is not: "had stood there since 2001" disputes
# "installed in 2011" in other words, RESULTS.md session 47).
_EVENT_TIMES = frozenset({"date", "time"})
# An earlier value a report calls provisional: "according to an initial estimate", "Early estimates put".
_INITIAL = re.compile(
    r"\b(?:initial|early|earlier|preliminary|provisional|first)\s+(?:estimates?|counts?|figures?|tall(?:y|ies)|"
    r"assessments?|reports?|offers?)\b",
    re.I,
)


def disputes(
    reading: Reading,
    claims: list[Group],
    documents: dict[str, StoredDocument],
    story: Callable[[Group], set[str]],
    elsewhere: Callable[[Sequence[tuple[Group, Slot]]], None] | None,
    told_with: ToldWith | None = None,
) -> tuple[list[Group], list[FigureConflict]]:
    """The values the sources dispute for what was asked, and the claims reordered by them."""
    question, want, ranked = reading.question, reading.want, reading.ranked
    on, years = reading.on, reading.years
    weights = reading.weights
    # Dissents come only from documents scoring the story bar for the question: counting those
    # that tell the story in other words too cost an untuned set a question (RESULTS.md).
    said = slot_figures(
        claims,
        ranked,
        reading.same.restates,
        partial(story_documents, ranked=ranked, told_with=None),
        want is not None and want.change,
        partial(
            apart,
            asked=frozenset(weights) | frozenset(fold(list(weights))),
            analyzer=reading.analyzer,
            documents=documents,
        ),
        reading.names_doc,
        _unnamed_near(reading),
        want,
        named_on_story=not is_statement(question),  # a statement's own figure is not disputed so widely
        told_with=told_with,
    )
    if reading.reference is not None:  # nor is a time given of the event it dates its own after
        said = not_of_the_reference(said, reading.reference, reading.analyzer)
    lead = lead_slot(claims, want)
    if lead is not None:
        said = _of_the_event(said, reading, *lead)
    if on:  # "How full was the reservoir on Thursday?": what a source gives for another day is no dissent
        said = not_of_other_days(said, ranked, on)
    if names_weekday(question):  # nor, for "Friday's stage", what a source gives "on Saturday"
        said = not_on_other_weekdays(said, question)
    if (on or names_weekday(question)) and lead is not None:  # nor a later report's total
        said = not_reported_later(
            said, ranked, lead[0], lead[1].figure, lambda doc_id: documents[doc_id].date
        )
    if years:  # nor is what it gives for another year on the year asked
        said = not_of_other_years(said, ranked, years, lambda doc_id: documents[doc_id].date[:4])
    wordings = _lead_wordings(*lead) if lead is not None else []

    def date_of(doc_id: str) -> str:
        return documents[doc_id].date[:10]

    conflicts = find_conflicts(said, date_of, wordings, want.about if want is not None else frozenset())
    updates = [c for c in conflicts if c.over_time]
    timed = bool(on) or names_weekday(question) or names_month(question)  # asked of a time it names
    if asks_latest(question):  # "How much has the appeal raised so far?": the last value reported leads
        claims = _reported_first(claims, updates, -1)
    elif asks_earliest(question):  # "What did it cost when first announced?": the first value leads
        claims = _reported_first(claims, updates, 0) if updates else _first_reported(claims, date_of)
    elif updates and len(updates) == len(conflicts) and not timed:
        # a figure that only changed over time, asked of no time: of values as many reports give, the
        # last leads ("had collected 4,100 signatures by Wednesday" before an earlier "more than 2,300";
        # `_most_said_first` still puts a value more reports give first)
        claims = _reported_first(claims, updates, -1)
    superseded = (
        bool(updates)
        and len(updates) == len(conflicts)
        and not timed
        and not asks_earliest(question)
        and _said_superseded(updates[0], said)
    )
    if timed or asks_latest(question) or asks_earliest(question):
        # "How many buses were lost by Monday?" (or "on 10 November", "by April", or "What was the
        # final total?"): that time's figure, not its change
        conflicts = [c for c in conflicts if not c.over_time]
    if not conflicts and asks_name(question) and claims[0].best.answer_name is not None:
        found = name_conflict(claims[0].best, ranked, story(claims[0]))
        conflicts = [found] if found is not None else []
        if found is not None:
            claims = _most_named_first(claims, found)
    if conflicts:
        if elsewhere is not None:  # each disputed value is said elsewhere too, as the lead's is
            elsewhere(_disputing(claims, said, want))
        claims = _most_said_first([_without_dissenters(g, said) for g in claims], said)
        if superseded:  # "has risen to an estimated £2.4m" before "Early estimates put ... £1.8 million"
            claims = _reported_first(claims, updates, -1)
        claims.sort(  # still led by them
            key=lambda g: (
                not of_day(g, on),
                not of_report_day(g, on, reading.published),
                not of_year(g, years),
            )
        )
    if not timed and not asks_earliest(question) and not (want is not None and want.before):
        claims = _replacing_first(claims)
    return claims, conflicts


def _replacing_first(claims: list[Group]) -> list[Group]:
    """The claims with one whose answering figure replaced the lead's first: a sentence giving
    another value of its kind changed from the lead's ("will now receive GBP 25 for every day, up
    from GBP 10" before "are being paid £10 a day")."""
    lead = best_slot(claims[0]) if claims else None
    if lead is None:
        return claims
    for i, group in enumerate(claims[1:], start=1):
        slot = best_slot(group)
        if slot is None or slot.figure.kind != lead.figure.kind or slot.figure.value == lead.figure.value:
            continue
        texts = [
            m.sentence.text
            for m in group.members
            if m.slot is not None and m.slot.figure.value == slot.figure.value
        ]
        if any(f.value == lead.figure.value and changed_from(t, f) for t in texts for f in figures(t)):
            return _moved_first(claims, i)
    return claims


def _moved_first(claims: list[Group], i: int) -> list[Group]:
    """The claims with the `i`th first, the others keeping their order."""
    return [claims[i], *claims[:i], *claims[i + 1 :]]


def quoting_every_value(
    claims: list[Group], conflicts: Sequence[FigureConflict], ranked: Sequence[Ranked], limit: int
) -> list[Group]:
    """The claims with a quote of each disputed value no claim quotes ("2,600 trips over the opening
    weekend" beside "about 2,300 trips over its first weekend"), cited by every document giving it.
    It follows the last claim quoting a value of its conflict; claims quoting no disputed value give
    way to it, to keep `limit` of them."""
    of_sentence = {(r.sentence.doc_id, r.sentence.index): r for r in ranked}
    out = list(claims)
    for conflict in conflicts:
        each = [{(s.doc_id, s.index) for s in sentences} for sentences in conflict.values.values()]
        every = set().union(*each)
        for keys in each:
            members = sorted((of_sentence[k] for k in keys if k in of_sentence), key=lambda r: -r.score)
            quoting = next((g for g in out if _quotes(g, keys)), None)
            if quoting is not None:  # the value's other documents join the claim quoting it
                cited = {m.sentence.doc_id for m in quoting.members}
                quoting.members.extend(r for r in members if r.sentence.doc_id not in cited)
            elif members:
                after = max((i for i, g in enumerate(out) if _quotes(g, every)), default=0)
                out.insert(after + 1, Group(members[0], members))
        while len(out) > limit:
            spare = [i for i, g in enumerate(out) if not _quotes(g, every)]
            del out[spare[-1] if spare else limit]
    return out


def _quotes(group: Group, sentences: set[tuple[str, int]]) -> bool:
    """Whether one of a claim's wordings is one of `sentences` (doc id, index)."""
    return any((m.sentence.doc_id, m.sentence.index) in sentences for m in group.members)


def _reported_first(claims: list[Group], updates: Sequence[FigureConflict], which: int) -> list[Group]:
    """The claims with the one giving the last (`which` -1) or the first (0) value of a figure that
    changed over time first (`updates`: its values in the order they were reported), the others
    keeping their order."""
    if not updates:
        return claims
    latest = {(s.doc_id, s.index) for s in list(updates[0].values.values())[which]}
    giving = [any((m.sentence.doc_id, m.sentence.index) in latest for m in g.members) for g in claims]
    first = giving.index(True) if any(giving) else 0
    return _moved_first(claims, first)


def _first_reported(claims: list[Group], date_of: Callable[[str], str]) -> list[Group]:
    """The claims with the one giving the figure of the lead's kind in the earliest-dated report first,
    when the sources that give a later value give the first one only as where it changed from
    ("raised the budget to 97 million euros from 84 million euros"): no update is seen, yet the
    first report gave the first value. Not for a day, a time or a year: "When was the scheme first
    introduced?" asks when it first happened, which a later report dates as well as an earlier one."""
    slots = [best_slot(g) for g in claims]
    found = next(((i, slot) for i, slot in enumerate(slots) if slot is not None), None)
    if found is None or found[1].figure.kind in WHEN_KINDS:
        return claims
    lead, kind = found[0], found[1].figure.kind

    def first_day(g: Group) -> str:
        return min((date_of(m.sentence.doc_id) or "9999" for m in g.members), default="9999")

    giving = [i for i, slot in enumerate(slots) if slot is not None and slot.figure.kind == kind]
    first = min(giving, key=lambda i: (first_day(claims[i]), i))
    if first_day(claims[first]) >= first_day(claims[lead]):
        return claims
    return _moved_first(claims, first)


def _of_the_event(
    said: list[tuple[Sentence, Figure]], reading: Reading, lead_claim: Group, lead: Slot
) -> list[tuple[Sentence, Figure]]:
    """The values said, less another day or time of day given with none of the question's words
    besides its names near it (a day is said with the event it is the day of: "will go before the
    tribunal on 12 November" is no dissent on when the licence expires), or given for the plan of
    what the lead says happened, or the other way round ("had been set to lift off at 6:42 a.m."
    against "lifted off at 7:15 a.m."; not for a question about what is to come, all plans)."""
    named = set(fold(list(reading.named)))
    words = {t: w for t, w in reading.folded.items() if t not in named}
    if not words:
        return said
    ahead = reading.want is not None and reading.want.ahead
    giving = next((m.sentence.text for m in lead_claim.members if m.slot is lead), None)
    as_plan = giving is not None and not ahead and planned(giving, lead.figure)
    return [
        (s, f)
        for s, f in said
        if f.kind not in _EVENT_TIMES
        or consistent(f, lead.figure)
        or (
            near_terms(s.text, f, words, reading.analyzer)
            and (giving is None or ahead or planned(s.text, f) == as_plan)
        )
    ]


def _unnamed_near(reading: Reading) -> Callable[[Ranked], float] | None:
    """The share of the question's weight besides its names' that stands near a sentence's
    answering figure ("The 64-metre chimney" is as near "How high was the Hatherley Brickworks
    chimney?" as "The 61-metre Hatherley Brickworks chimney"); None when it gives no name."""
    if reading.names_doc is None:
        return None
    analyzer = reading.analyzer
    named = set(fold(list(reading.named)))
    weights = {t: w for t, w in reading.folded.items() if t not in named}
    if not weights or len(weights) == len(reading.folded):
        return None
    heaviest = max(weights, key=weights.__getitem__)
    total = sum(weights.values())

    def share(r: Ranked) -> float:
        near = near_terms(r.sentence.text, r.slot.figure, weights, analyzer) if r.slot is not None else ()
        return sum(w for t, w in weights.items() if t in near) / total if heaviest in near else 0.0

    return share


def _disputing(
    claims: Sequence[Group],
    said: Sequence[tuple[Sentence, Figure]],
    want: Wanted | None = None,
) -> list[tuple[Group, Slot]]:
    """The claims after the lead that give a value the sources dispute, with that value."""
    lead = lead_slot(claims, want)
    if lead is None:
        return []
    disputed = {f.value for _, f in said}
    slots = ((group, best_slot(group)) for group in claims if group is not lead[0])
    return [(group, slot) for group, slot in slots if slot is not None and slot.figure.value in disputed]


def _said_superseded(update: FigureConflict, said: Sequence[tuple[Sentence, Figure]]) -> bool:
    """Whether the reports of a figure that changed over time say its last value replaced the
    others: a report of the last value gives it as what the figure changed to ("has risen to an
    estimated £2.4m"), or a report of an earlier one calls it provisional ("according to an initial
    estimate")."""
    *earlier, last = update.values.values()
    latest = {(s.doc_id, s.index) for s in last}
    return any((s.doc_id, s.index) in latest and changed_to(s.text, f) for s, f in said) or any(
        _INITIAL.search(s.text) for sentences in earlier for s in sentences
    )


def _most_said_first(claims: list[Group], said: Sequence[tuple[Sentence, Figure]]) -> list[Group]:
    """When the sources disagree, the claims giving a disputed value are ordered by how many
    documents give it (or a rounding of it), in the places those claims held: the answer leads with
    what most sources say."""
    slots = [best_slot(g) for g in claims]
    reach = {
        i: len(
            {s.doc_id for s, f in said if consistent(f, slot.figure)}
            | {m.sentence.doc_id for m in claims[i].members if gives(m.sentence.text, slot.figure)}
        )
        for i, slot in enumerate(slots)
        if slot is not None and any(f.value == slot.figure.value for _, f in said)
    }
    places = sorted(reach)
    order = sorted(places, key=lambda i: -reach[i])  # stable: ties keep their rank
    moved = list(claims)
    for place, i in zip(places, order, strict=True):
        moved[place] = claims[i]
    return moved


def _most_named_first(claims: list[Group], conflict: FigureConflict) -> list[Group]:
    """When the sources write the answer's name two ways, a claim writing it as most documents do
    (those the conflict counts and those of the claims that write it) leads, the others keeping
    their order."""

    def naming(name: str) -> set[str]:
        writing = (g for g in claims if name in g.best.sentence.text)
        return {s.doc_id for s in conflict.values[name]} | {
            m.sentence.doc_id for g in writing for m in g.members
        }

    lead = claims[0].best.sentence.text
    most = max(conflict.values, key=lambda name: (len(naming(name)), name in lead))  # ties: the lead's
    first = next((i for i, g in enumerate(claims) if most in g.best.sentence.text), 0)
    return _moved_first(claims, first)


def _without_dissenters(group: Group, said: Sequence[tuple[Sentence, Figure]]) -> Group:
    """A claim giving a disputed value without the wordings that give no figure from documents
    that give only another value: "Measure K, the transit bond, also passed easily" is no report
    of a $310 million bond from an outlet that says it is $340 million."""
    slot = best_slot(group)
    if slot is None or not any(consistent(f, slot.figure) for _, f in said):
        return group
    agreeing = {s.doc_id for s, f in said if consistent(f, slot.figure)}
    others = {s.doc_id for s, f in said if not consistent(f, slot.figure)} - agreeing
    kept = [
        m
        for m in group.members
        if m is group.best or m.sentence.doc_id not in others or gives(m.sentence.text, slot.figure)
    ]
    return group if len(kept) == len(group.members) else Group(group.best, kept)


def _lead_wordings(group: Group, slot: Slot) -> list[tuple[Sentence, Figure]]:
    """Each wording of the lead claim that gives its answering figure (`slot`'s), with that figure
    in the lead's unit (cited for the lead's value in a dispute, wherever search ranked it)."""
    out = []
    for m in group.members:
        given = (
            f
            for f in figures(m.sentence.text)
            if f.kind == slot.figure.kind and consistent(in_units_of(f, slot.figure.about), slot.figure)
        )
        figure = next(given, None)
        if figure is not None:
            out.append((m.sentence, in_units_of_lead(figure, slot.figure)))
    return out
