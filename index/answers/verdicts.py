"""Verdicts on statements: do the sources state it, state something else, or differ?

A statement ("The trial enrolled more than 4,000 patients") is compared with
the claims that answer it, in this order:

1. **Figures and dates.** The statement's own figure (with its qualifier:
   "more than 4,000" holds for 4,812, "at least 10,000" for 11,000, "about
   21,000" for anything within 10%) against the figure each claim gives for
   the same quantity. Documents on both sides: the side with at least twice
   the documents of the other decides, else the sources are disputed.
   A day of the week ("announced on a Monday") is set against the day each
   claim's date falls on ("on 10 November" in a report of November 2026: a
   Tuesday; "on Tuesday"); where no source dates it, the statement is judged
   by its words as below.
   Only claims that state the statement's words take a side, with a figure
   that counts the same thing ("people" counting anyone when the figure is
   centred on the statement: "About 3,000 teachers and parents rallied") or
   sits among those words, and is a level where
   the statement gives a level (a margin, "won by 6,536 votes", takes no side
   on "received more than 40,000 votes"), per the statement's period where
   both give one ("£7.50 a day" takes no side on "Monthly permits will rise
   to £35"), and not a measure of something the statement does not name ("a
   14-metre crack" on "The dam is 28 metres high").
2. **Polarity.** The claim that states the most of the statement, or one that
   states nearly as much (_NEARLY_AS_MUCH), says the opposite: a negation
   ("significantly reduced" against "was not statistically significant", "refused
   to concede" against "conceded"; "Nobody was injured while it was recaptured"
   against "A keeper was injured while the leopard was recaptured", though "A keeper
   recaptured the leopard" states more of it) or a word of the opposite sense ("cut
   rates" against "raised rates"; `index.polarity`).
   "No one was injured" against "two were injured" is caught by the figures.
3. **Swaps.** The best claim puts another weekday, month, part of the day,
   ordinal, compass direction or model of the same series where the statement
   has one, next to the same words ("finished second" against "finished a
   distant third", "the OV-1800 kettle" against "OV-1700 kettles"; `index.swaps`).
4. **Names.** A person, place or organisation of the statement that some
   answering claims give while twice as many documents' claims give another
   name instead ("to Poland": one outlet; "to Tilburg": three), or that no
   answering claim names while the best claim names another one in its place.
5. Otherwise, when the best claim speaks to it, in two of its words at least: supported.

A claim speaks to a statement, and takes a side, when it states the answers'
`verdict_overlap` of the statement's IDF-weighted words (its figure left out).

Everything is lexical and explainable; a statement the sources do not address
gets no verdict (the answer is then not answered), and neither does one whose
figure no answering claim gives (shared words alone never support a figure).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from factbot.index.answers.claims import fold, mentions, names, who_or_what
from factbot.index.answers.figures import MONTH_NAMES, figures, vague_range
from factbot.index.answers.irregular import LEMMA_STEMS
from factbot.index.answers.models import Basis, Verdict
from factbot.index.answers.nouns import same_counted
from factbot.index.answers.polarity import opposition
from factbot.index.answers.quantities import (
    APPROXIMATE,
    STATED_BY,
    Figure,
    consistent,
    in_units_of,
    measure,
    year_written,
)
from factbot.index.answers.questions import is_statement, stated_figure
from factbot.index.answers.slots import CENTRED
from factbot.index.answers.swaps import Swap, swap
from factbot.index.answers.wanted import periods
from factbot.index.ranking.analysis import STOPWORDS, shared_analyzer

__all__ = ["ClaimView", "Judgement", "deciding_first", "judge", "unaddressed_parts"]

# Contradicted by another name or value in the statement's place: the claim giving it leads.
_BY_ANOTHER = frozenset({"name", "swap", "figure", "date", "time"})
_WHOLLY = re.compile(r"\b(?:fully|completely|entirely|totally|wholly)\s+(?P<done>[a-z]+ed)\b", re.I)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_ROUNDING = 0.1  # "about X" holds within 10% of X
_WORDS_STATED = 2  # a supporting claim states at least this many of the statement's words
_ANYONE = "people"  # the counted noun that counts anyone ("3,000 teachers, parents and students")
_MAJORITY = 2  # one side needs this many times the other side's documents to decide
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")  # a lower-case word right after a name
_LAST_WORD = re.compile(r"\b([a-z]+)\s+$")  # ... and right before one
_ANOTHER_ORDER = 2.0  # a value this many times a borne-out statement's is another quantity
# A claim that says the opposite decides when it states this share of what the claim stating the
# most states (0.0 / 0.5 / 0.8 / 0.9 measured on nine sets, RESULTS.md).
_NEARLY_AS_MUCH = 0.8
# A claim giving the statement's own count of its own thing speaks to it at this share of `states`
# ("The train carried 388 passengers" for "There were 388 passengers aboard the night train's first
# run"; 0.5 and 0.7 measured alike, 0.3 cost fresh4 a verdict: RESULTS.md).
_COUNTED_SHARE = 0.5
# Where a statement's parts meet: "approved the budget and hired 12 officers", "...; ...".
_PARTS = re.compile(r"\s*;\s*|,?\s+\b(?:and|but|while|whereas|after|before|because|although)\b\s+", re.I)
_MIN_PART_TERMS = 2  # a part names at least this many content words ("Almonte and Pryce": one part)
_ANALYZER = shared_analyzer()


@dataclass(frozen=True, slots=True)
class ClaimView:
    """What the judge needs of one answering claim."""

    index: int  # position among the answer's claims
    text: str  # every wording of the claim, joined
    docs: frozenset[str]
    figure: Figure | None  # the figure it gives for the statement's quantity
    relevance: float  # share of the statement's weight near that figure
    overlap: float  # weighted share of the statement's terms it states
    wordings: tuple[str, ...] = ()  # the wordings `text` joins with spaces (when known)
    stated: frozenset[str] = frozenset()  # the statement's terms (its figure left out) it states
    periods: frozenset[str] = frozenset()  # the periods its figure is given per ("a day": "day")
    measures: frozenset[str] = frozenset()  # what its figure measures, written before it ("a 14-metre crack")
    whose: str = ""  # the name its figure, an age, is set off after ("Gladys Moreno, 71,")


@dataclass(slots=True)
class Judgement:
    """A verdict and what decided it."""

    verdict: Verdict
    basis: Basis
    stated: str = ""
    sources_say: list[str] = field(default_factory=list)
    supporting: list[int] = field(default_factory=list)
    contradicting: list[int] = field(default_factory=list)
    unaddressed: list[str] = field(default_factory=list)  # parts of a supported statement none states


def _by_whole(statement: str, claims: Sequence[ClaimView], states: float) -> Judgement | None:
    """The whole of something said in words ("was fully contained": 100%) against the share a
    claim gives right before the same word ("was 15% contained", "at 15% containment")."""
    found = _WHOLLY.search(statement)
    if found is None:
        return None
    stem = found["done"].lower()[:-2]
    stated = Figure("percent", "percent", 100.0, found.group(), found.start(), found.end())
    views = []
    for c in claims:
        shares = [f for f in figures(c.text) if f.kind == "percent" and _names_next(c.text, f.end, stem)]
        views.append(dataclasses.replace(c, figure=shares[0] if shares else None, relevance=1.0))
    return _by_figure(stated, views, states, statement)


def _names_next(text: str, end: int, stem: str) -> bool:
    return re.match(rf"\s+(?:\w+\s+)?{re.escape(stem)}", text[end:], re.IGNORECASE) is not None


def judge(
    statement: str, claims: Sequence[ClaimView], states: float, weights: Mapping[str, float] | None = None
) -> Judgement | None:
    """The verdict on a statement (see `_judge`), with the parts of a supported one no backing
    claim states ("... and hired 12 officers": supported in part)."""
    judgement = _judge(statement, claims, states, weights or {})
    if judgement is not None and judgement.verdict == "supported":
        backing = [c.text for c in claims if c.index in judgement.supporting]
        judgement.unaddressed = unaddressed_parts(statement, backing)
    return judgement


def deciding_first(judgement: Judgement, count: int) -> tuple[list[int], Judgement]:
    """An order of a statement's `count` claims in which the claim the verdict rests on comes
    first, the others keeping their order: for a supported statement the first claim bearing it
    out, for one contradicted by another name, figure, date or time the first claim giving it; and
    the judgement with its claims' indexes in that order. (Leading every contradicted statement so,
    whatever the basis, traded questions between untuned sets in session 28; by another figure, date
    or time it gained one in session 30 and cost none: RESULTS.md.)"""
    order = list(range(count))
    if judgement.verdict == "supported":
        side = judgement.supporting
    elif judgement.verdict == "contradicted" and judgement.basis in _BY_ANOTHER:
        side = judgement.contradicting
    else:
        side = []
    if not side:
        return order, judgement
    lead = side[0]
    order = [lead, *order[:lead], *order[lead + 1 :]]
    place = {old: new for new, old in enumerate(order)}
    return order, dataclasses.replace(
        judgement,
        supporting=[place[i] for i in judgement.supporting],
        contradicting=[place[i] for i in judgement.contradicting],
    )


def unaddressed_parts(statement: str, backing: Sequence[str]) -> list[str]:
    """The parts of a statement (cut at "and", "but", "after", ";" ...) less than half of whose
    content words the backing sentences state; none when the statement has one part, or when
    no part is stated (then the statement is not supported at all)."""
    parts = [p.strip(" .,") for p in _PARTS.split(statement)]
    judged = [(p, terms) for p in parts if len(terms := set(fold(_ANALYZER.terms(p)))) >= _MIN_PART_TERMS]
    if len(judged) < 2:
        return []
    said = set(fold(_ANALYZER.terms(" ".join(backing))))  # folded: "closure" is stated by "close"
    missing = [p for p, terms in judged if len(terms & said) * 2 < len(terms)]
    return missing if len(missing) < len(judged) else []


def _judge(
    statement: str, claims: Sequence[ClaimView], states: float, weights: Mapping[str, float]
) -> Judgement | None:
    """The verdict on a statement from the claims that answer it; None for a question.

    A claim speaks to the statement when it states `states` of its weighted terms
    (the answers' `verdict_overlap`).
    """
    if not is_statement(statement) or not claims:
        return None
    stated = stated_figure(statement)
    if stated is not None:  # never judged by shared words when the sources give no such figure
        per = periods(statement, stated)
        by_figure = _with_polarity(statement, _by_figure(stated, claims, states, statement, per), claims)
        if by_figure is not None or stated.kind != "weekday":
            return by_figure  # (a day of the week from undated sources: judged by the words)
    by_whole = _by_whole(statement, claims, states)
    if by_whole is not None and by_whole.verdict != "supported":
        return by_whole  # "fully contained" against "15% contained"
    speaking = [c for c in claims if c.overlap >= states]
    best = max(claims, key=lambda c: c.overlap)
    flip = opposition(statement, best.text, best.wordings) if best.overlap >= states else None
    if flip is None:  # another claim that states nearly as much says the opposite ("Nobody was hurt")
        close = [c for c in speaking if c is not best and c.overlap >= _NEARLY_AS_MUCH * best.overlap]
        denying = ((c, opposition(statement, c.text, c.wordings)) for c in close)
        best, flip = next(((c, why) for c, why in denying if why is not None), (best, None))
    if flip is None and best.overlap >= states:  # a claim denies what the best one leaves unsaid
        best, flip = _denied_elsewhere(statement, claims, best, weights)
    if flip is not None:
        flips = {c.index: opposition(statement, c.text, c.wordings) for c in speaking}
        same = [i for i, why in flips.items() if why is None]
        other = [i for i, why in flips.items() if why is not None]
        return Judgement("contradicted", flip, "", [best.text], same, other)
    swapped = swap(statement, best.text) if best.overlap >= states else None
    if swapped is not None:
        return Judgement("contradicted", "swap", swapped.stated, [swapped.said], [], [best.index])
    replaced = _name_swapped(statement, best.text) if best.overlap >= states else None
    if replaced is not None:
        return Judgement("contradicted", "name", replaced.stated, [replaced.said], [], [best.index])
    outvoted = _outvoted_name(statement, speaking)
    if outvoted is not None:
        return outvoted
    missing = [e for e in names(statement) if not any(_mentions_name(c.text, e) for c in claims)]
    given = Counter(e for e in _names_given(best) if not mentions(statement, e))
    extra = [e for e, _ in given.most_common()]  # each once, the one most wordings give first
    if missing and extra:
        # the names after the word the statement writes before its own ("made in Vietnam" for "made
        # in China"), when a wording gives some, else every other name
        before = _word_before(statement, missing[0])
        wordings = best.wordings or (best.text,)
        placed = [e for e in extra if before and any(_word_before(w, e) == before for w in wordings)]
        return Judgement("contradicted", "name", missing[0], placed or extra, [], [best.index])
    if best.overlap < states or any(n not in best.text for n in _DIGITS.findall(statement)):
        return None  # no claim speaks to it, or a number of the statement is in none
    if len(best.stated) < min(_WORDS_STATED, len(weights)):
        return None  # one shared word ("sent") is no statement of "Evacuees were sent to a shelter"
    return Judgement("supported", "wording", "", [best.text], [best.index], [])


def _denied_elsewhere(
    statement: str, claims: Sequence[ClaimView], best: ClaimView, weights: Mapping[str, float]
) -> tuple[ClaimView, Literal["negation", "opposite"] | None]:
    """Another claim that states the statement's heaviest word, when the best claim does not, and
    says the opposite ("Nobody was injured." for "A keeper was injured while the leopard was
    recaptured", whose best claim tells of the recapture); else the best claim and no flip."""
    lacking = [t for t in sorted(weights, key=lambda t: -weights[t]) if t not in best.stated]
    if not lacking or weights[lacking[0]] < max(weights.values()):
        # a lighter word ("new" of "the new unit"; "Brill" of "Nobody was killed in the Brill mill
        # fire", which "Nobody was killed" bears out) is no part another claim can deny
        return best, None
    for c in claims:
        if c is not best and lacking[0] in c.stated:
            why = opposition(statement, c.text, c.wordings)
            if why is not None:
                return c, why
    return best, None


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


def _mentions_name(text: str, name: str) -> bool:
    """Whether a text mentions a name, a month also by its short form ("Sept. 30" for "September")."""
    if mentions(text, name):
        return True
    month = name.lower()
    return month in MONTH_NAMES and re.search(rf"\b{month[:3]}[a-z]?\.?\s+\d", text, re.I) is not None


def _names_given(claim: ClaimView) -> list[str]:
    """The names a claim's wordings give (`claims.who_or_what`: no day or month)."""
    return [name for _, name in _named(claim)]


def _named(claim: ClaimView) -> list[tuple[str, str]]:
    """Each wording of a claim with each name it gives, each wording read alone: joined, the first
    word of each would read as a name ("... on Monday. Workers said ...")."""
    return [(wording, name) for wording in (claim.wordings or (claim.text,)) for name in who_or_what(wording)]


def _outvoted_name(statement: str, speaking: Sequence[ClaimView]) -> Judgement | None:
    """A name of the statement that some sources give and twice as many documents replace with
    another name ("moving production to Poland": one outlet; "to Tilburg": three)."""
    stated = names(statement)
    for name in stated:
        with_it = [c for c in speaking if mentions(c.text, name)]
        others = [c for c in speaking if c not in with_it]
        replacing = {c.index: _instead(c, statement, stated) for c in others}
        instead = [c for c in others if replacing[c.index]]
        for_docs = set().union(*(c.docs for c in with_it))
        against_docs = set().union(*(c.docs for c in instead))
        if for_docs and len(against_docs) >= _MAJORITY * len(for_docs):
            said = [e for c in instead for e in replacing[c.index]]
            return Judgement(
                "contradicted",
                "name",
                name,
                list(dict.fromkeys(said)),
                [c.index for c in with_it],
                [c.index for c in instead],
            )
    return None


def _instead(claim: ClaimView, statement: str, stated: Sequence[str]) -> list[str]:
    """The names a claim gives that the statement does not, but for a name listed with one of the
    statement's (`stated`): "Rosa Vey and Tom Aske voted against it" adds Tom Aske to Rosa Vey, it
    puts no one in the place of "the Osk budget"."""
    return [
        name
        for wording, name in _named(claim)
        if not mentions(statement, name) and not any(_listed(wording, name, other) for other in stated)
    ]


def _name_swapped(statement: str, claim: str) -> Swap | None:
    """Another name a claim puts before the word that follows one of the statement's names, and
    not that name ("Rosa Vey won the Osk election, defeating Tom Aske" against "Tom Aske won the
    Osk election"); a name the claim lists with the statement's is no other ("Rosa Vey and Tom
    Aske voted against it")."""
    for name in names(statement):
        done = _done_after(statement, name)
        if done is None or _done_after(claim, name) == done:
            continue
        for other in names(claim):
            if _done_after(claim, other) != done or mentions(statement, other) or mentions(other, name):
                continue  # ("Gov. Patricia Nwosu said" is "Governor Patricia Nwosu said")
            if not _listed(claim, name, other):
                return Swap(name, other)
    return None


def _word_before(text: str, name: str) -> str:
    """The lower-case word right before a name's first place in a text ("in" of "made in China")."""
    at = text.find(name)
    found = _LAST_WORD.search(text, 0, at) if at > 0 else None
    return found[1] if found else ""


def _done_after(text: str, name: str) -> str | None:
    """The stem of the verb in the past right after a name's first place in a text ("won", "said",
    "approved"), if one follows: what the name did."""
    at = text.find(name)
    found = _NEXT_WORD.match(text, at + len(name)) if at >= 0 else None
    if found is None or found[1] in STOPWORDS:
        return None
    stem = _ANALYZER.stem(found[1])
    return stem if found[1].endswith("ed") or stem in LEMMA_STEMS else None


def _listed(text: str, name: str, other: str) -> bool:
    """Whether two names stand in one list in a text ("Rosa Vey and Tom Aske", "Vey, Aske")."""
    if name not in text or other not in text:
        return False  # (most pairs: no pattern is compiled for them)
    a, b = re.escape(name), re.escape(other)
    joined = r"\s*(?:,|and|or|&)\s*(?:\w+\s+)?"
    return re.search(f"{a}{joined}{b}|{b}{joined}{a}", text) is not None


def _with_polarity(
    statement: str, judgement: Judgement | None, claims: Sequence[ClaimView]
) -> Judgement | None:
    """A figure borne out only by claims that say the opposite ("cut to 4.75%" against "raised
    to 4.75%") is contradicted by their polarity."""
    if judgement is None or judgement.verdict != "supported":
        return judgement
    backing = [c for c in claims if c.index in judgement.supporting]
    flips = [flip for c in backing if (flip := opposition(statement, c.text, c.wordings)) is not None]
    if len(flips) < len(backing):
        return judgement
    return Judgement("contradicted", flips[0], "", [backing[0].text], [], judgement.supporting)


def _by_figure(
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
    said_terms = frozenset(fold(_ANALYZER.terms(statement)))
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
        elif c.relevance < states:  # a percentage, sum or date must sit among the statement's words
            continue
        read.append((c.index, _holds(stated, f), f))
    if any(holds for _, holds, _ in read) and not who_or_what(statement):
        # Borne out by someone's age, another person's is no dissent: "Delroy Hutchins, 58," on "A
        # 71-year-old shopper said ..." that "Gladys Moreno, 71," bears out.
        whose = {c.index: c.whose for c in claims}
        read = [(i, holds, f) for i, holds, f in read if holds or not whose[i]]
    overlap = {c.index: c.overlap for c in claims}
    bearing = max((overlap[i] for i, holds, _ in read if holds), default=None)
    if bearing is not None:  # borne out: a value of another order, said of less of it, is another quantity
        read = [
            (i, holds, f)
            for i, holds, f in read
            if holds or not (_of_another_order(f, stated) and overlap[i] < bearing)
        ]
    for i, holds, f in read:
        (same if holds else other).append(i)
        if f.text not in said[holds]:
            said[holds].append(f.text)
    if not same and not other:
        return None
    docs = {c.index: c.docs for c in claims}
    for_it = set().union(*(docs[i] for i in same))
    against = set().union(*(docs[i] for i in other))
    verdict: Verdict
    if len(for_it) >= _MAJORITY * len(against):  # the side with twice the documents decides
        verdict, values = "supported", said[True]
    elif len(against) >= _MAJORITY * len(for_it):
        verdict, values = "contradicted", said[False]
    else:
        verdict, values = "disputed", said[True] + said[False]
    basis: Basis = (
        "date" if stated.kind in ("date", "weekday") else "time" if stated.kind == "time" else "figure"
    )
    return Judgement(verdict, basis, stated.text, values, same, other)


def _of_another_order(source: Figure, stated: Figure) -> bool:
    """Whether a source's number is more than `_ANOTHER_ORDER` times the statement's or under its
    share: "$842 million" of revenue is no dissent on "$63.5 million" that another claim gives, when
    its claim states less of the statement (police's "about 1,000" at a vigil still dissents from an
    organiser's "some 300", both said of the same vigil)."""
    if isinstance(source.value, str) or isinstance(stated.value, str) or not source.value or not stated.value:
        return False
    low, high = sorted((abs(float(source.value)), abs(float(stated.value))))
    return high > _ANOTHER_ORDER * low


_CAPS = frozenset({"at most", "up to", "as many as"})  # the most a value reaches
_STRICTLY_ABOVE = frozenset({"more than", "over", "just over"})  # a bound the value is above
_STRICTLY_BELOW = frozenset({"fewer than", "less than", "under", "just under"})  # ... and below


def _holds(stated: Figure, source: Figure) -> bool:
    """Whether a source's figure bears out the statement's, qualifiers considered."""
    if stated.kind == "year" and source.kind == "date":  # "in 1911" is borne out by "November 3, 1911"
        source = dataclasses.replace(source, kind="year", value=float(year_written(source)))
    if stated.kind in ("time", "year"):
        return consistent(stated, source)  # "at 3:00" is borne out by "3 a.m.", "until 2031" by "June 2031"
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
