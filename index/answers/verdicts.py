"""Verdicts on statements: do the sources state it, state something else, or differ?

A statement ("The trial enrolled more than 4,000 patients") is compared with
the claims that answer it, in this order:

0. **No one dead or hurt.** A count of dead or hurt ("Two walkers were injured when the cliff gave
   way") is contradicted by a claim that no one was ("No one was hurt", "There were no
   fatalities"), whatever figures other claims give; that claim leads. A statement that no one
   was ("Nobody was hurt in the robbery") is borne out by such a claim when no claim counts any.
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
   14-metre crack" on "The dam is 28 metres high"). A count borne out only by claims giving it
   for the other side of a vote ("61,442 votes against" on "61,442 votes in favor") is
   contradicted.
2. **Polarity.** The claim that states the most of the statement, or one that
   states nearly as much (_NEARLY_AS_MUCH), says the opposite: a negation
   ("significantly reduced" against "was not statistically significant", "refused
   to concede" against "conceded"; "Nobody was injured while it was recaptured"
   against "A keeper was injured while the leopard was recaptured", though "A keeper
   recaptured the leopard" states more of it) or a word of the opposite sense ("cut
   rates" against "raised rates"; `index.polarity`).
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
from typing import Literal

from factbot.index.answers.claims import WIDENED, fold
from factbot.index.answers.figure_verdicts import by_figure
from factbot.index.answers.figures import figures
from factbot.index.answers.judgements import ClaimView, Judgement
from factbot.index.answers.name_verdicts import (
    mentions_name,
    name_swapped,
    names_given,
    outvoted_name,
    word_before,
)
from factbot.index.answers.names import mentions, names
from factbot.index.answers.polarity import denied_words, negated, opposition
from factbot.index.answers.quantities import (
    WHEN_KINDS,
    Figure,
)
from factbot.index.answers.questions import is_statement, stated_figure
from factbot.index.answers.swaps import swap
from factbot.index.answers.wanted import periods
from factbot.index.ranking.analysis import shared_analyzer

__all__ = ["deciding_first", "judge", "unaddressed_parts"]

# Contradicted by another name or value in the statement's place: the claim giving it leads.
_BY_ANOTHER = frozenset({"name", "swap", "figure", "date", "time"})
# A denial of any dead or hurt: "No one was hurt", "nobody was seriously injured", "no deaths".
_NO_CASUALTY = re.compile(
    r"\b(?:no|nobody|no\s+one|none)\b(?:\W+\w+){0,3}?\W+(?:killed|hurt|injured|injuries|injury|died|deaths?|"
    r"dead|fatalit(?:y|ies)|wounded|casualties)\b",
    re.I,
)
_WHOLLY = re.compile(r"\b(?:fully|completely|entirely|totally|wholly)\s+(?P<done>[a-z]+ed)\b", re.I)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_WORDS_STATED = 2  # a supporting claim states at least this many of the statement's words
# A claim that says the opposite decides when it states this share of what the claim stating the
# most states (0.0 / 0.5 / 0.8 / 0.9 measured on nine sets, RESULTS.md).
_NEARLY_AS_MUCH = 0.8
# Where a statement's parts meet: "approved the budget and hired 12 officers", "...; ...".
_PARTS = re.compile(r"\s*;\s*|,?\s+\b(?:and|but|while|whereas|after|before|because|although)\b\s+", re.I)
_MIN_PART_TERMS = 2  # a part names at least this many content words ("Almonte and Pryce": one part)
_ANALYZER = shared_analyzer()


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
    return by_figure(stated, views, states, statement)


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
        return _part_denied(judgement.unaddressed, claims) or judgement
    return judgement


def _part_denied(parts: Sequence[str], claims: Sequence[ClaimView]) -> Judgement | None:
    """A statement whose part no backing claim states is contradicted by a claim stating half that
    part's words and denying it ("Nine people were burned; no one has died" against "A customer died
    after one of the kettles caught fire", which "the kettle can ... catch fire" bears out in part)."""
    for part in parts:
        terms = set(fold(_ANALYZER.terms(part)))
        for c in claims:
            if len(terms & set(fold(_ANALYZER.terms(c.text)))) * 2 < len(terms):
                continue
            why = opposition(part, c.text, c.wordings)
            if why is not None and negated(c.text):
                return Judgement("contradicted", why, "", [c.text], [], [c.index])
    return None


def deciding_first(judgement: Judgement, count: int) -> tuple[list[int], Judgement]:
    """An order of a statement's `count` claims in which the claim the verdict rests on comes
    first, the others keeping their order: for a supported statement the first claim bearing it
    out, for one contradicted by another name, figure, date or time the first claim giving it, for
    a count of dead or hurt the claim that no one was (`_casualty_denied`, its figure `stated`); and
    the judgement with its claims' indexes in that order. (Leading every contradicted statement so,
    whatever the basis, traded questions between untuned sets in session 28; by another figure, date
    or time it gained one in session 30 and cost none: RESULTS.md.)"""
    order = list(range(count))
    if judgement.verdict == "supported":
        side = judgement.supporting
    elif judgement.verdict == "contradicted" and (
        judgement.basis in _BY_ANOTHER or (judgement.basis == "negation" and judgement.stated)
    ):
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
    someone = _SOMEONE.match(statement) if stated is None else None  # "Someone was hurt ...": at least one
    counted = stated.text if stated is not None else someone[1] if someone is not None else None
    if counted is not None and (denied := _casualty_denied(statement, counted, claims)) is not None:
        return denied
    if stated is not None and stated.kind in WHEN_KINDS:  # "fully completed by the end of March":
        by_whole = _by_whole(statement, claims, states)  # the whole is what it says, the day when
        if by_whole is not None and by_whole.verdict != "supported":
            return by_whole
    if stated is not None:  # never judged by shared words when the sources give no such figure
        per = periods(statement, stated)
        on_figure = _with_polarity(statement, by_figure(stated, claims, states, statement, per), claims)
        on_figure = _on_the_other_side(statement, stated, on_figure, claims)
        if on_figure is not None or stated.kind != "weekday":
            return on_figure  # (a day of the week from undated sources: judged by the words)
    spared = _casualty_spared(statement, claims)
    if spared is not None:
        return spared
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
    replaced = name_swapped(statement, best.text) if best.overlap >= states else None
    if replaced is not None:
        return Judgement("contradicted", "name", replaced.stated, [replaced.said], [], [best.index])
    outvoted = outvoted_name(statement, speaking)
    if outvoted is not None:
        return outvoted
    missing = [e for e in names(statement) if not any(mentions_name(c.text, e) for c in claims)]
    # The claim's other names, each once, the one most wordings give first (read only when one of the
    # statement's is missing: most claims give many names).
    given = Counter(e for e in names_given(best) if not mentions(statement, e)) if missing else Counter()
    extra = [e for e, _ in given.most_common()]
    if missing and extra:
        # the names after the word the statement writes before its own ("made in Vietnam" for "made
        # in China"), when a wording gives some, else every other name
        before = word_before(statement, missing[0])
        wordings = best.wordings or (best.text,)
        placed = [e for e in extra if before and any(word_before(w, e) == before for w in wordings)]
        return Judgement("contradicted", "name", missing[0], placed or extra, [], [best.index])
    if best.overlap < states or any(n not in best.text for n in _DIGITS.findall(statement)):
        return None  # no claim speaks to it, or a number of the statement is in none
    if len(best.stated) < min(_WORDS_STATED, len(weights)):
        return None  # one shared word ("sent") is no statement of "Evacuees were sent to a shelter"
    return Judgement("supported", "wording", "", [best.text], [best.index], [])


# A statement that at least one person was dead or hurt, giving no count ("Someone was hurt when ...").
_SOMEONE = re.compile(r"^\s*(someone|somebody|a\s+person|at\s+least\s+one\s+person)\b", re.I)


def _casualty_denied(statement: str, stated: str, claims: Sequence[ClaimView]) -> Judgement | None:
    """A statement of a count of dead or hurt (`stated`, as written: "Two walkers were injured when the
    cliff gave way", "Someone was hurt when ...") contradicted by a claim saying no one was ("No one
    was hurt", "There were no fatalities"): the one stating the most of the statement, which the
    verdict rests on, whatever figures the others give."""
    if set(fold(_ANALYZER.terms(statement))).isdisjoint(WIDENED) or negated(statement):
        return None
    found = _saying_no_one(claims)
    if found is None:
        return None
    best, said = found
    return Judgement("contradicted", "negation", stated, [said], [], [best.index])


def _on_the_other_side(
    statement: str, stated: Figure, judgement: Judgement | None, claims: Sequence[ClaimView]
) -> Judgement | None:
    """A count borne out only by claims giving it for the other side of a vote ("61,442 votes
    against and 46,718 in favor" on "Measure K got 61,442 votes in favor") is contradicted."""
    if judgement is None or judgement.verdict != "supported":
        return judgement
    side = _side(statement, stated.end)
    if side is None:
        return judgement
    backing = [c for c in claims if c.index in judgement.supporting]
    sides = []
    for c in backing:
        found = [
            _side(w, f.end)
            for w in c.wordings or (c.text,)
            for f in figures(w)
            if f.kind == stated.kind and f.value == stated.value
        ]
        sides.append(next((x for x in found if x is not None), None))
    if not sides or any(x != _OTHER_SIDE[side] for x in sides):
        return judgement
    return Judgement("contradicted", "opposite", "", [backing[0].text], [], judgement.supporting)


def _side(text: str, end: int) -> str | None:
    """The side of a vote a count ending at `end` is given for, by the words after it ("votes in
    favor", "for", "yes"; "against", "no"), or None ("$5 million for the arena" is no side)."""
    found = _SIDE_AFTER.match(text, end)
    if found is None:
        return None
    return "against" if found[1].lower() in ("against", "no") else "for"


_SIDE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in\s+)?(favou?r|for|against|yes|no)\b(?!\s+(?:the|a|an)\b)", re.I
)
_OTHER_SIDE = {"for": "against", "against": "for"}


def _casualty_spared(statement: str, claims: Sequence[ClaimView]) -> Judgement | None:
    """A statement that no one was dead or hurt ("Nobody was hurt in the robbery") borne out by a
    claim saying so in any words ("No one was injured"), the one stating the most of it, when no
    claim gives a count of the dead or hurt it denies (which the figures judge: "Nine people were
    injured")."""
    if not _NO_CASUALTY.search(statement):
        return None
    found = _saying_no_one(claims)
    # (a count of the other casualty judges nothing: "Nine people were hurt" for "No one was killed")
    asked = WIDENED.keys() & set(fold(_ANALYZER.terms(statement))) or WIDENED.keys()
    counting = [
        c
        for c in claims
        for w in c.wordings or (c.text,)
        if not negated(w)
        and not asked.isdisjoint(fold(_ANALYZER.terms(w)))
        and any(f.kind == "count" for f in figures(w))
    ]
    if found is None or counting:
        return None
    best, _ = found
    return Judgement("supported", "wording", "", [best.text], [best.index], [])


def _saying_no_one(claims: Sequence[ClaimView]) -> tuple[ClaimView, str] | None:
    """The claim stating the most of the statement among those with a wording that no one was dead
    or hurt (`_NO_CASUALTY`), and that wording; None when no claim says so."""
    saying = [
        (c, w)
        for c in claims
        if (w := next((w for w in c.wordings or (c.text,) if _NO_CASUALTY.search(w)), None))
    ]
    return max(saying, key=lambda found: found[0].overlap, default=None)


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
            # (the other claim must deny or say the opposite: a statement that itself denies, "Nobody
            # was hurt when the meteorite came down", is not contradicted by a quote that "it came")
            if why == "opposite" or (why is not None and negated(c.text) and _denies(c, lacking[0])):
                return c, why
    return best, None


def _denies(claim: ClaimView, term: str) -> bool:
    """Whether a negation of a claim's denies a (folded) term: the term is among the words it denies,
    not before it ("A delay is not a U-turn" says there is a delay; "Nobody was injured")."""
    return any(term in fold(_ANALYZER.terms(words)) for words in denied_words(claim.text))


_WITHOUT = re.compile(r"\bwithout\b", re.I)


def _with_polarity(
    statement: str, judgement: Judgement | None, claims: Sequence[ClaimView]
) -> Judgement | None:
    """A figure borne out only by claims that say the opposite ("cut to 4.75%" against "raised
    to 4.75%") is contradicted by their polarity."""
    if judgement is None or judgement.verdict != "supported":
        return judgement
    backing = [c for c in claims if c.index in judgement.supporting]
    # ("working without a contract ..., and 94% backed a walkout": "without" denies its noun only)
    said = _WITHOUT.sub(" ", statement)
    flips = [
        flip for c in backing if (flip := opposition(said, _WITHOUT.sub(" ", c.text), c.wordings)) is not None
    ]
    if len(flips) < len(backing):
        return judgement
    return Judgement("contradicted", flips[0], "", [backing[0].text], [], judgement.supporting)
