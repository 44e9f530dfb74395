"""Dissents: the values the answering sentences give for the question's slot, read against the lead's.

The lead is the first claim's answering figure; a sentence from a document on the lead's story
whose figure is the same quantity (same kind, the same thing counted or measured) and sits near
the question as much as the lead's counts as a value the sources give, and those that differ from
the lead's are dissents (`conflicts.find_conflicts` turns them into a conflict). Values told apart
as other quantities (a sibling in the lead's own sentence, an earlier year's event, a figure asked
for against one given, another dimension, another person's age) are left out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from factbot.index.answers.claims import WIDENED, clause_around, fold
from factbot.index.answers.figure_words import capacity, dimension, measured_words, noun_modifiers, sought
from factbot.index.answers.figures import aged_whom, figures
from factbot.index.answers.grouping import best_slot
from factbot.index.answers.names import mentions, owner_before
from factbot.index.answers.nouns import counts_people, same_counted
from factbot.index.answers.quantities import (
    DEGREES,
    WHEN_KINDS,
    Figure,
    consistent,
    currency,
    in_units_of,
    measure,
    year_written,
)
from factbot.index.answers.ranked import Group, Ranked
from factbot.index.answers.slots import CENTRED, Slot
from factbot.index.answers.wanted import AGE, Wanted
from factbot.index.documents import Sentence
from factbot.index.ranking.analysis import Analyzer
from factbot.index.store.reader import StoredDocument

__all__ = [
    "ToldWith",
    "apart",
    "gives",
    "in_units_of_lead",
    "lead_slot",
    "slot_figures",
    "story_documents",
    "telling_another_story",
]

# (documents of a story, candidate documents) -> the candidates that tell that story.
ToldWith = Callable[[Sequence[str], Sequence[str]], set[str]]
# Slots this close to the best one's relevance are compared for conflicts.
_NEAR_TOP = 0.5
# ... or this share, for a value of the same order as the lead's (a figure reworded further from the
# question's words: 0.25 / 0.3 / 0.35 measured on five sets, RESULTS.md).
_NEAR_TOP_SAME_ORDER = 0.3
# A dissenting value counts from a document scoring at least this share of the lead claim's middle
# document for the question (the same story, not another one that happens to give a date).
_SAME_STORY = 0.5
# Values within this factor of each other, in one article, can be one quantity that sources dispute.
_SAME_ORDER = 2.0
# A value this close to the lead's disputes it at any nearness to the question: a share of the larger
# number (0.1 / 0.15 / 0.2 / 0.25 measured: +5 / +6 / +6 / +6 on 37 sets, with one, one, two and
# two spurious conflicts; RESULTS.md, session 50), or years apart.
_CLOSE_SHARE = 0.15
_CLOSE_YEARS = 2
_SLIP_ORDERS = 3  # the most powers of ten a slip moves a value ("$1.2 million" for "$1.2 billion")
_SLIP_TOLERANCE = 1e-9  # in powers of ten: two values whose digits are the same
# Times of day this many hours apart can be one time in dispute ("6:15" against "6:40 a.m."); further
# apart they are two events of the story ("escaped at 6:10 p.m.", "spotted at 7:20 a.m.").
_SAME_HOURS = 3
_DAY_MINUTES = 24 * 60
# Measures whose values in other units are compared for a dissent (not durations: "18 months"
# against "two years" in one story are often two spans, RESULTS.md session 20).
_COMPARED_MEASURES = frozenset({"length", "mass", "temperature"})
# A clause telling when it happened of the time just named: "..., when 112 centimetres fell".
_WHEN_CLAUSE = re.compile(r"\s*(?:when|in\s+which|during\s+which)\b", re.I)
_CLOCK = re.compile(r"\d{1,2}:\d\d[ap]m")  # a time of day's value
_CLAUSE_END = re.compile(r"[;:]|\.\s")  # between a "whose" and a figure: another clause
_YEAR_DIGITS = re.compile(r"1\d{3}|20\d\d|2100")  # four digits that may write a year


def gives(text: str, figure: Figure) -> bool:
    """Whether a sentence gives the figure, or a rounding or bound of it, in any unit of what it
    measures ("a year and a half" for "18 months")."""
    return any(
        f.kind == figure.kind and consistent(in_units_of(f, figure.about), figure) for f in figures(text)
    )


def slot_figures(
    claims: Sequence[Group],
    ranked: Sequence[Ranked],
    restates: Callable[[Ranked, Ranked], bool],
    story_of: Callable[[Group], set[str]],
    change: bool,
    apart: Callable[[Ranked, Group], bool] = lambda r, claim: False,
    names_doc: Callable[[str], bool] | None = None,
    unnamed_near: Callable[[Ranked], float] | None = None,
    want: Wanted | None = None,
    named_on_story: bool = False,
    told_with: ToldWith | None = None,
) -> list[tuple[Sentence, Figure]]:
    """The figures the answering sentences give for the question's slot.

    The lead is the best slot of the first claim that has one; every ranked sentence whose slot is the
    same quantity and near the question as much as half the best of that quantity (not `apart`; a value of
    the same order as the lead: 0.3 of the best, "$340 million" worded further from the question than
    "$310 million") counts, shown as a claim or not (a dissenting figure may rank below the claims shown),
    from a document on the same story (its document score at least half the median one of the lead claim's
    sentences: one long article on the story does not set the bar for the short ones) or, for a question
    (`named_on_story`), from one naming one of its names (`names_doc`: a report telling the story in other
    words); so does one whose sentence says what a sentence of the lead claim says but for the figure,
    from a document on the story or naming one of the question's names (`names_doc`, when it gives any)
    (`restates`: "Nine vehicles were on that stretch" against "Eleven vehicles were on the section that
    fell"), and one from a document on the story whose sentence gives another figure of a sentence of the
    lead claim ("208 passengers and 17 crew" against "212 passengers and 17 crew"). When none of those
    gives the lead's value (a quantity whose lead sentences stand far from the question's words, "the
    168-kilometre run" against "the 172-km first stage"), the lead claim's sentences give it. A value the
    lead claim's own sentences give for the same thing beside the lead value is another quantity, not a
    dissent; so is a value given only by documents that also give the lead value (in the lead claim or in
    the answering figures), unless it is a count within a factor two of it ("More than 1,100 firefighters
    ..." and "Two firefighters were hurt" in one article; "well above the central bank's 2 percent target"
    and "expects inflation to average 3.4% in 2026"), or one far from the lead value whose digits are not
    the lead's ("One firefighter was hurt"; "13 million" against "1.3 million" is a slip of the same
    digits).
    """
    found = lead_slot(claims, want)
    if found is None:
        return []
    lead_claim, lead = found
    siblings = _siblings(lead_claim, lead)
    whose = _whose_age(lead_claim, lead)
    naming = names_doc if named_on_story else None  # a report naming the question's names in few of its words
    elsewhere = _other_stories(lead_claim, ranked, naming, told_with)
    comparable = [
        r
        for r in ranked
        if r.slot and r.slot.relevance > 0 and _comparable(r.slot, lead, change)
        if r.slot.figure.value not in siblings and not _another_age(r, whose)
        if r.sentence.doc_id not in elsewhere
    ]
    story = story_of(lead_claim)
    slotted = [
        r
        for r in comparable
        if r.sentence.doc_id in story or (naming is not None and naming(r.sentence.doc_id))
    ]
    if not slotted:  # the lead came from a wording whose document is off the lead's story
        return []
    # (the bar is set by figures of the lead's quantity: not "the 67-metre blade" for "150m from")
    top = max(
        (
            r.slot.relevance
            for r in slotted
            if r.slot and (consistent(r.slot.figure, lead.figure) or not apart(r, lead_claim))
        ),
        default=0.0,
    )
    near = {id(r) for r in slotted if r.slot and r.slot.relevance >= _near_top(r.slot, lead) * top}
    if unnamed_near is not None:  # near the question's other words, in a report not repeating its names
        shares = {id(r): unnamed_near(r) for r in slotted}
        best = max(shares.values())
        near |= {id(r) for r in slotted if r.slot and shares[id(r)] >= _near_top(r.slot, lead) * best > 0}
    # a value close to the lead's, at any nearness to the question: "some 330,000 bottles are
    # affected" against "About 380,000 bottles are covered by the recall"
    near |= {id(r) for r in slotted if r.slot and r.slot.relevance > 0 and _close(r.slot.figure, lead.figure)}
    said = [
        (r.sentence, in_units_of_lead(r.slot.figure, lead.figure))
        for r in comparable
        if r.slot
        and (
            id(r) in near
            or (_on_story(r, story, names_doc) and any(restates(m, r) for m in lead_claim.members))
            or (r.sentence.doc_id in story and any(_shares_a_figure(m, r) for m in lead_claim.members))
        )
        if consistent(r.slot.figure, lead.figure) or not apart(r, lead_claim)
    ]
    if lead.figure.kind not in WHEN_KINDS and said and not any(consistent(f, lead.figure) for _, f in said):
        # a quantity whose lead sentences all stand far from the question's words: they still give it
        said += [
            (m.sentence, in_units_of_lead(m.slot.figure, lead.figure))
            for m in lead_claim.members
            if m.slot is not None
            and m.slot.figure.kind == lead.figure.kind
            and consistent(m.slot.figure, lead.figure)
        ]
    agreeing = {s.doc_id for s, f in said if consistent(f, lead.figure)} | {
        m.sentence.doc_id for m in lead_claim.members if gives(m.sentence.text, lead.figure)
    }
    dissent: dict[float | str, set[str]] = {}
    for s, f in said:
        if not consistent(f, lead.figure):
            dissent.setdefault(f.value, set()).add(s.doc_id)
    # Counts of one thing within a factor two of each other are one quantity even when an article
    # gives both, from two sources ("around 11,000 troops" and "approximately 10,000"); a percentage,
    # sum or time an article gives beside the lead value is another one ("well above the central
    # bank's 2 percent target" and "expects inflation to average 3.4%").
    told_apart = {
        value
        for value, docs in dissent.items()
        if (docs <= agreeing and (lead.figure.kind != "count" or _far_apart(value, lead.figure.value)))
        or (_far_apart(value, lead.figure.value) and _unlike(value, lead.figure.value))
    }
    return [(s, f) for s, f in said if f.value not in told_apart]


def in_units_of_lead(figure: Figure, lead: Figure) -> Figure:
    """A figure in the `lead` figure's unit; a converted one is read as a rounding, as conversions
    are ("1.9 miles" is about 3.06 km, so no dissent on "3 km"), and as the lead's value when it
    rounds that ("roughly 700 miles" is 1,120 km, not 1,127)."""
    converted = in_units_of(figure, lead.about)
    if converted is figure:
        return converted
    if consistent(figure, lead):
        return replace(converted, value=lead.value, qualifier=figure.qualifier or "about")
    return converted if figure.qualifier else replace(converted, qualifier="about")


def apart(
    r: Ranked,
    lead_claim: Group,
    asked: frozenset[str],
    analyzer: Analyzer,
    documents: Mapping[str, StoredDocument],
) -> bool:
    """A figure that is not the lead's quantity: one asked for or offered against one that is
    ("wants a ten percent raise" against "will get a 6.5% raise"), or the other way; what a thing can
    take against what it takes ("can hold 60,000 litres" against "45,000 litres leaked"); or a count
    whose noun is qualified by a word neither the question nor the lead claim's best sentence has
    ("two vacation days" against "a three-day strike"); or a length in another dimension ("14
    metres long" against "28 metres high"), or the size of a thing against a distance ("the 67-metre
    blade" against "landed about 150m from the tower"); or a measure written before a thing that neither the
    question nor the lead's measure names ("a 65-meter waterslide" against "a 50-meter competition
    pool", "a 14-metre crack" against "The dam is 28 metres high"); or a figure of an earlier
    year's event (`_of_an_earlier_year`); or, asked of the dead or hurt, a count whose clause
    does not say so ("has sickened 41 people" against "Three people have died"; a sum is no count of
    them: "will now be paid €250 for each one" against "€180 for every sheep killed")."""
    assert r.slot is not None
    lead = lead_claim.best
    if lead.slot is not None and sought(r.sentence.text, r.slot.figure) != sought(
        lead.sentence.text, lead.slot.figure
    ):
        return True
    if lead.slot is not None and capacity(r.sentence.text, r.slot.figure) != capacity(
        lead.sentence.text, lead.slot.figure
    ):
        return True  # "jets which seat 76 passengers" against "carried 71 passengers"
    # a death or an injury asked: a count whose clause does not say it (an age is set off by itself:
    # "One patient, a 76-year-old man from Dunstow, died on 17 June")
    befell = (
        asked & WIDENED.keys()
        if r.slot.figure.kind == "count" and r.slot.figure.about not in AGE
        else frozenset()
    )
    clause = clause_around(r.sentence.text, r.slot.figure.start, r.slot.figure.end) if befell else ""
    if befell and befell.isdisjoint(fold(analyzer.terms(clause))):
        return True  # "has sickened 41 people" against "Three people have died"
    words = noun_modifiers(r.sentence.text, r.slot.figure)
    known = asked | lead_claim.best.terms | lead_claim.best.key.terms
    if any(not set(fold(analyzer.terms(w))) & known for w in words):
        return True
    if _of_an_earlier_year(r, lead, documents[r.sentence.doc_id].date[:4]):
        return True
    owner = _whose(r.sentence.text, r.slot.figure)
    if owner and not set(fold(analyzer.terms(owner))) & known:
        return True  # "Owen Pryce, 16, whose pumpkin weighed 1,986 pounds" against Kowalczyk's
    if lead.slot is None:
        return False
    given_in = dimension(lead.sentence.text, lead.slot.figure)
    other = dimension(r.sentence.text, r.slot.figure)
    if given_in is not None and other is not None and other != given_in:
        return True  # "14 metres long" is no dissent on "28 metres high"
    measured = measured_words(r.sentence.text, r.slot.figure)
    if not measured:
        return False
    if given_in == "distance":
        return True  # "the 67-metre blade" is no dissent on "landed about 150m from the tower"
    measures = measured_words(lead.sentence.text, lead.slot.figure)
    named = asked | {t for w in measures for t in fold(analyzer.terms(w))}
    return not any(set(fold(analyzer.terms(w))) & named for w in measured)


def _whose(text: str, figure: Figure) -> str:
    """The name a figure belongs to by a "whose" clause it stands in ("Owen Pryce, of Marlow Creek,
    whose pumpkin weighed 1,986 pounds": Owen Pryce), or ""."""
    at = text.rfind(" whose ", 0, figure.start)
    if at < 0 or _CLAUSE_END.search(text, at, figure.start):
        return ""
    since = max((end.end() for end in _CLAUSE_END.finditer(text, 0, at)), default=0)
    return owner_before(text, since, at)


def _of_an_earlier_year(r: Ranked, lead: Ranked, written: str) -> bool:
    """Whether a figure's clause names a year before the one its report was `written` in (YYYY),
    not named by the lead's sentence: it tells of another, earlier event ("A smaller slip in 2018
    closed the path for four months" against "the path will stay closed for six months")."""
    assert r.slot is not None
    if not written.isdigit():
        return False
    figure = r.slot.figure
    text = r.sentence.text
    clause = clause_around(text, figure.start, figure.end)
    first = text.find(clause)
    if _WHEN_CLAUSE.match(clause) and first > 0:  # "the blizzard of February 1987, when 112 cm fell"
        clause = clause_around(text, first - 1, first - 1) + clause
    earlier = {
        year
        for f in figures(clause)
        if f.value != figure.value and 0 < (year := year_written(f)) < int(written)
    }
    if not earlier:  # the lead's sentence is read only for a figure that names an earlier year
        return False
    return bool(earlier - {year_written(f) for f in figures(lead.sentence.text)})


def _whose_age(claim: Group, slot: Slot) -> str:
    """The name the lead age is set off after ("Gladys Moreno, 71,"), or "" (another figure)."""
    return next((aged_whom(m.sentence.text, slot.figure) for m in claim.members if m.slot is slot), "")


def _another_age(r: Ranked, whose: str) -> bool:
    """Whether a sentence's answering figure is the age of another person than the lead age's
    (`whose`): "Delroy Hutchins, 58," is no dissent on "Gladys Moreno, 71,"."""
    if not whose or r.slot is None:
        return False
    theirs = aged_whom(r.sentence.text, r.slot.figure)
    return bool(theirs) and not (mentions(theirs, whose) or mentions(whose, theirs))


def lead_slot(claims: Sequence[Group], want: Wanted | None = None) -> tuple[Group, Slot] | None:
    """The first claim with an answering figure, and that figure: the first whose figure counts what
    `want` counts, when one does ("the three chicks", not "two pairs are now breeding", for "Three
    veiled stilt chicks have hatched"; a count of some people counts "people"), in any of the claim's
    wordings of its value ("runs in 112 primary schools" beside "a club in each of its 112")."""
    slotted = [(g, slot) for g in claims if (slot := best_slot(g)) is not None]
    if want is not None and want.about:
        for claim, slot in slotted:
            counting = [
                m.slot
                for m in claim.members
                if m.slot
                and m.slot.relevance > 0
                and consistent(m.slot.figure, slot.figure)
                and _counts(want, m.slot.figure)
            ]
            if counting:
                return claim, max(counting, key=lambda counted: counted.relevance)
    return slotted[0] if slotted else None


def _counts(want: Wanted, figure: Figure) -> bool:
    """Whether a figure counts what `want` counts, or a kin noun of it ("9,400 youngsters" for "How
    many kids ...?"), a count of some people counting "people"."""
    return (
        want.counts(figure)
        or ("people" in want.about and counts_people(figure.about))
        or (bool(figure.about) and any(same_counted(figure.about, noun) for noun in want.about))
    )


def _other_stories(
    lead: Group, ranked: Sequence[Ranked], naming: Callable[[str], bool] | None, told_with: ToldWith | None
) -> set[str]:
    """The ranked sentences' documents that name none of the question's names (`naming`) and do not
    tell the lead claim's story (`told_with`): "built by Alpenwerk in 2004", of a chairlift, is no
    dissent on "The Neptune Pavilion was built in 1976"."""
    if naming is None or told_with is None:
        return set()
    ours = {m.sentence.doc_id for m in lead.members}
    unnamed = {r.sentence.doc_id for r in ranked if not naming(r.sentence.doc_id)} - ours
    return telling_another_story(ours, unnamed, told_with)


def telling_another_story(ours: set[str], others: set[str], told_with: ToldWith) -> set[str]:
    """The documents of `others` that tell the story of none of `ours` (`told_with`)."""
    return others - told_with(sorted(ours), sorted(others)) if others else set()


def story_documents(lead: Group, ranked: Sequence[Ranked], told_with: ToldWith | None) -> set[str]:
    """The documents of the ranked sentences on the lead claim's story: those scoring at least the
    story bar for the question, and those telling the story of one of the claim's documents
    (`told_with`: a report on the story that uses few of the question's words)."""
    bar = _story_bar(lead)
    docs = {r.sentence.doc_id for r in ranked if r.hit.document_score >= bar}
    rest = sorted({r.sentence.doc_id for r in ranked} - docs)
    if told_with is not None and rest:
        docs |= told_with([m.sentence.doc_id for m in lead.members], rest)
    return docs


def _story_bar(lead: Group) -> float:
    """The document score of a document on the lead claim's story: half the median of its sentences'
    (one long article on the story does not set the bar for the short ones)."""
    scores = sorted(m.hit.document_score for m in lead.members)
    return _SAME_STORY * scores[len(scores) // 2]


def _shares_a_figure(a: Ranked, b: Ranked) -> bool:
    """Whether a sentence of another document than `a`'s gives, besides its answering quantity, a
    figure `a` gives too, the same value of the same thing ("208 passengers and 17 crew were on board"
    against "had 212 passengers and 17 crew on board"): the same report, disputing the quantity. Not
    for a day or a time (those are said with their event's words), nor by a shared day, year or
    span of time ("seven days")."""
    if a.sentence.doc_id == b.sentence.doc_id or b.slot is None or b.slot.figure.kind in WHEN_KINDS:
        return False
    own = {a.slot.figure.start} if a.slot is not None else set()
    ours = {_companion(f) for f in figures(a.sentence.text) if f.start not in own} - {None}
    return any(_companion(f) in ours for f in figures(b.sentence.text) if f.start != b.slot.figure.start)


def _companion(figure: Figure) -> tuple[str, str, float | str] | None:
    """A figure as a companion of an answering one: its kind, what it counts and its value; None for
    a day, a time, a year, or a count of no thing or of time."""
    if figure.kind in WHEN_KINDS or (
        figure.kind == "count" and (not figure.about or measure(figure.about) == "time")
    ):
        return None
    return figure.kind, figure.about, figure.value


def _on_story(r: Ranked, story: set[str], names_doc: Callable[[str], bool] | None) -> bool:
    """Whether a sentence's document may tell the lead's story: it is on it, or it names one of the
    question's names, or the question names none ("It takes effect on January 1" of another story's
    arena is no dissent on when Calloway Falls' levy does)."""
    doc_id = r.sentence.doc_id
    return names_doc is None or doc_id in story or names_doc(doc_id)


def _near_top(slot: Slot, lead: Slot) -> float:
    """The share of the best relevance a dissenting slot needs: less for a value of the lead's order
    (a number within a factor _SAME_ORDER; a date in the lead's year, or month: "August 2027" against
    "September 2027"; a time within _SAME_HOURS; a tally of as many votes: "8-3" against "7-4")."""
    value, lead_value = slot.figure.value, lead.figure.value
    if slot.figure.kind == lead.figure.kind == "tally":  # "8-3" against "7-4": eleven votes either way
        same_order = _votes(str(value)) == _votes(str(lead_value))
    elif _clocks(value, lead_value):
        same_order = not _far_apart(value, lead_value)
    elif isinstance(value, str) and isinstance(lead_value, str):  # dates: all but the last field agree
        same_order = "-" in value and value.split("-")[:-1] == lead_value.split("-")[:-1]
    else:
        same_order = not _far_apart(value, lead_value)
    return _NEAR_TOP_SAME_ORDER if same_order else _NEAR_TOP


def _close(figure: Figure, lead: Figure) -> bool:
    """Whether a value differs from the lead's only a little, as sources that disagree on one
    quantity write it: a number within `_CLOSE_SHARE` of it ("£4.5m" against "£4.8m", "52" against
    "51"), a year within `_CLOSE_YEARS` ("dates to 1929" against "installed in 1931"), a time of day
    within `_SAME_HOURS` ("around 3:40 p.m." against "about 2:40 p.m."), a tally with one side the
    same and the other within `_CLOSE_SHARE` ("36 to 27" against "38-27")."""
    value, lead_value = figure.value, lead.value
    if value == lead_value:
        return False
    if _clocks(value, lead_value):
        return not _far_apart(value, lead_value)
    if figure.kind == lead.kind == "tally":  # "36 to 27" against "38-27": one side the same
        sides, lead_sides = str(value).split("-"), str(lead_value).split("-")
        if len(sides) != 2 or len(lead_sides) != 2 or not all(x.isdigit() for x in sides + lead_sides):
            return False
        (a, b), (c, d) = map(int, sides), map(int, lead_sides)
        return (a == c and abs(b - d) <= _CLOSE_SHARE * max(b, d)) or (
            b == d and abs(a - c) <= _CLOSE_SHARE * max(a, c)
        )
    if not isinstance(value, float) or not isinstance(lead_value, float):
        return False
    if figure.kind == "year":
        return abs(value - lead_value) <= _CLOSE_YEARS
    return abs(value - lead_value) <= _CLOSE_SHARE * max(abs(value), abs(lead_value))


def _votes(tally: str) -> int:
    """The votes a tally counts ("7-2": 9)."""
    return sum(int(side) for side in tally.split("-") if side.isdigit())


def _unlike(value: float | str, lead: float | str) -> bool:
    """Two numbers far apart whose digits differ: not one quantity misreported. A slip of a decimal
    point or a zero keeps the digits ("1.3 million" against "13 million", "$50,000" against
    "$500,000"); "one firefighter" against "more than 1,100" does not. So for times of day: "6:10
    a.m." against "6:10 p.m." is a slip, "7:20 a.m." against "6:10 p.m." two events."""
    if _clocks(value, lead):
        return str(value)[:-2] != str(lead)[:-2]
    if isinstance(value, str) or isinstance(lead, str) or not value or not lead:
        return False
    power = math.log10(abs(value) / abs(lead))
    if abs(power) > _SLIP_ORDERS + _SLIP_TOLERANCE:  # "$3.18" a share is no slip of "$3.18 billion"
        return True
    return abs(power - round(power)) >= _SLIP_TOLERANCE


def _far_apart(value: float | str, lead: float | str) -> bool:
    """Two values too far apart to be one quantity in dispute: different dates, or numbers more than
    a factor _SAME_ORDER apart ("1,100 firefighters" and "two"; not "11,000" and "10,000", which one
    article can report from two sources)."""
    if _clocks(value, lead):
        gap = abs(_minutes(str(value)) - _minutes(str(lead)))
        return min(gap, _DAY_MINUTES - gap) > _SAME_HOURS * 60
    if isinstance(value, str) or isinstance(lead, str):
        return value != lead
    low, high = sorted((abs(value), abs(lead)))
    return high > _SAME_ORDER * low


def _clocks(a: float | str, b: float | str) -> bool:
    """Whether both values are times of day ("6:10pm")."""
    return (
        isinstance(a, str) and isinstance(b, str) and bool(_CLOCK.fullmatch(a)) and bool(_CLOCK.fullmatch(b))
    )


def _minutes(clock: str) -> int:
    """A time of day's value ("6:10pm") in minutes after midnight."""
    hours, minutes = clock[:-2].split(":")
    return (int(hours) % 12 + (12 if clock.endswith("pm") else 0)) * 60 + int(minutes)


def _siblings(claim: Group, lead: Slot) -> set[float | str]:
    """Other values the lead claim's sentences give for the same kind and thing: other
    quantities, told apart by the sentence itself ("Three people died, and 22 were injured")."""
    lead_figure = lead.figure
    return {
        value
        for m in claim.members
        for kind, about, value in m.key.figures
        if kind == lead_figure.kind and about == lead_figure.about and value != lead_figure.value
    }


def _year_like(figure: Figure) -> bool:
    """A bare count written as four digits from 1000 to 2100 (a year the reader took for a number)."""
    return figure.kind == "count" and not figure.about and _YEAR_DIGITS.fullmatch(figure.text) is not None


def _comparable(slot: Slot, lead: Slot, change: bool = False) -> bool:
    """The same quantity as the lead answer: same kind (not a day of the week) and, for counts, the
    same thing counted.

    Two counted nouns that differ are two things ("six miles" is not "21,000 acres"), unless they
    are kin (`kin_nouns`: "63 structures" against "57 buildings"), and except that "people" counts
    anyone ("all 32 riders" against "28 people"; not "eight apartments") standing at least half as near
    the question as the lead (not "612 people signed up for cards" against "1,200 residents and
    businesses made donations"); a bare number ("rose to 22") must be centred on the question. For a
    question asking by how much something `change`d, every answering figure is a change, however it is
    worded ("lifts taxes 4.8 percent" against "raises the rate by 4.5%").
    """
    if slot.figure.kind != lead.figure.kind or slot.figure.kind == "weekday":
        return False  # another day of the week tells of another day, not of the same one in dispute
    if not change and slot.figure.difference != lead.figure.difference:
        return False  # a margin or a change is not a level
    if (money := {currency(slot.figure), currency(lead.figure)} - {""}) and len(money) > 1:
        return False  # a sum in dollars is not a value of one in euros ("about 91 million dollars", "€97m")
    if _year_like(slot.figure) or _year_like(lead.figure):
        return False  # "made in 1709" / "from the 1780s": years read as bare numbers, no counts
    if slot.figure.kind != "count" or slot.figure.about == lead.figure.about:
        return True
    if slot.figure.about and lead.figure.about and same_counted(slot.figure.about, lead.figure.about):
        return True
    if measure(slot.figure.about) in _COMPARED_MEASURES and measure(slot.figure.about) == measure(
        lead.figure.about
    ):
        return True  # "about 800 metres" against "about 1.2 km"
    if DEGREES in (slot.figure.about, lead.figure.about) and {
        measure(slot.figure.about),
        measure(lead.figure.about),
    } - {None} == {"temperature"}:
        return True  # "a chilly 12 degrees" against "14C": a temperature in either scale
    named = {slot.figure.about, lead.figure.about} - {""}
    if len(named) == 2 and "people" in named and all(counts_people(n) for n in named):
        return slot.relevance >= CENTRED * lead.relevance  # half as near the question as the lead
    return slot.relevance >= CENTRED and len(named) < 2
