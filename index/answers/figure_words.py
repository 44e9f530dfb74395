"""Figure words: what the words around a figure say of it.

The words between a count and its noun ("two vacation days"), the dimension a length is given in
("28 metres high"), what a measure written before a noun measures ("a 65-meter waterslide"), and
whether a figure is sought rather than stated ("wants a ten percent raise").
"""

from __future__ import annotations

import re

from factbot.index.answers.counted import NOUN_AFTER, PHRASE_WORDS, counted_noun, noun_words
from factbot.index.answers.quantities import CHANGE_WORDS, MEASURES, SPEED_UNITS, Figure, measure

__all__ = [
    "STOREYS",
    "asked_dimension",
    "asked_for",
    "asks_changed_to",
    "asks_distance",
    "asks_sought",
    "capacity",
    "changed_to",
    "dimension",
    "measured_words",
    "noun_modifiers",
    "planned",
    "sought",
]

# What asks for, offers or proposes a figure, right before it (up to two words between) or after it.
_ASKING = (
    r"wants?|wanted|wanting|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing|al)|"
    r"request(?:s|ed|ing)?|(?:ask|call|push|hope)(?:s|ed|ing)?\s+for|bids?|targets?|targeted|"
    r"aim(?:s|ed|ing)?\s+(?:for|at)|goal"
)
_OFFERING = r"offer(?:s|ed|ing)?"
_BEFORE = r"(?:\s+(?:of|for))?(?:\s+[\w'-]+){0,2}\s+$"
_SOUGHT_BEFORE = re.compile(rf"\b(?:{_ASKING}|{_OFFERING}){_BEFORE}", re.I)
_ASKED_BEFORE = re.compile(rf"\b(?:{_ASKING}){_BEFORE}", re.I)
_SOUGHT_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:bid|offer|demand|proposal|request)s?\b", re.I)
_ASKED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:bid|demand|proposal|request)s?\b", re.I)
# What a thing can take, right before a figure (up to two words between: "built to hold up to"), or
# after it: "can hold 60,000 litres", "designed for 150 animals", "which seat 76", "a 76-seat jet".
_CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:can|could|to|will|which|that)\s+(?:hold|take|carry|seat|accommodate)|holds|seats|seating|"
    r"designed\s+for|built\s+for|room\s+for|space\s+for|capacity\s+(?:of|for))(?:\s+[\w'-]+){0,2}\s+$",
    re.I,
)
_CAPACITY_AFTER = re.compile(r"-(?:seat|seater|bed|berth)\b", re.I)
# What gives a figure as a plan, in its clause before it: "was scheduled for", "had been set to lift off
# at", "will now take place at".
_PLANNED = re.compile(
    r"\b(?:scheduled|timetabled|planned|originally|set\s+to|due\s+(?:to|at)|expected\s+to|will(?:\s+now)?"
    r"|would|was\s+to|were\s+to)\b",
    re.I,
)
# A value something must reach for another thing to happen: "must fall below", "once it is below".
# What is required ("must fall below", "will have to keep at least"), or what a change waits for ("once").
_REQUIRED_BEFORE = re.compile(
    r"\b(?:must|once|(?:ha(?:ve|s)|needs?|required|obliged)\s+to)(?:\s+[\w'-]+){1,4}\s+$", re.I
)
_SOUGHT_REACH = 60  # characters before a figure searched for what seeks it
_CLAUSE_CUT = re.compile(r"[,;:()]")
# A length's dimension after its unit: "28 metres high", "14 m long".
# (its unit and a conversion in brackets between: "700 ft (213 m) below the surface")
_DIMENSION = re.compile(
    r"(?:-|\s+)(?:[a-z]+\.?(?:-|\s+))?(?:\([^()]*\)\s+)?"
    r"(long|high|tall|deep|underground|below|beneath|underwater|wide|across|thick|inland|offshore|away|back|from)\b",
    re.I,
)
_DIMENSIONS = {
    "long": "length",
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "underground": "depth",
    "below": "depth",
    "beneath": "depth",
    "underwater": "depth",
    "wide": "width",
    "across": "width",
    "thick": "thickness",
    # how far a thing is or is moved ("slid 72 metres inland", "stood 120m back from the cliff")
    "inland": "distance",
    "offshore": "distance",
    "away": "distance",
    "back": "distance",
    "from": "distance",
}
_OF = re.compile(r" of\b")  # a noun phrase going on with "of"
_HYPHENED_UNIT = re.compile(r"-([a-z]+)\b")  # "-meter" of "65-meter"
_SPACED_SPEED = re.compile(r"[\s-]?(?:km/h|kph|kmh|mph)\b", re.I)  # "50 km/h" of "a 50 km/h speed limit"


def noun_modifiers(sentence: str, figure: Figure) -> list[str]:
    """The lower-case words between a count and the noun it counts ("two vacation days": "vacation";
    "42 container ships": "container"); none when it counts no noun."""
    if figure.kind != "count" or not figure.about:
        return []
    found = NOUN_AFTER.match(sentence, figure.end)
    if found is None:
        return []
    phrase = [found[2], *noun_words(sentence, found.end(), PHRASE_WORDS - 1)]
    for i, word in enumerate(phrase):
        if counted_noun(word) == figure.about:
            return phrase[:i]
    return []


def dimension(sentence: str, figure: Figure) -> str | None:
    """The dimension a length is given in, written after it ("28 metres high", "28m-high": height;
    "14 metres long": length); None when none is written. Storeys are a height ("the 21-storey
    block"), but a distance moved ("carried down 14 floors")."""
    if figure.kind == "count" and figure.about in STOREYS:
        return "distance" if _MOVED_UP_OR_DOWN.search(sentence, 0, figure.start) else "height"
    if figure.kind != "count" or measure(figure.about) != "length":
        return None
    found = _DIMENSION.match(sentence, figure.end)
    return _DIMENSIONS[found[1].lower()] if found else None


def asked_dimension(question: str) -> str | None:
    """The dimension a question asks a length in ("How tall is the tower?": height); None for none,
    and for "how long", which asks a time as often as a length."""
    found = _DIMENSION_ASKED.search(question)
    return _DIMENSIONS[found[1].lower()] if found else None


STOREYS = frozenset({"storey", "floor"})  # the nouns counting a building's floors ("22-storey", "14 floors")
_MOVED_UP_OR_DOWN = re.compile(r"\b(?:up|down)\s+$", re.I)


def asks_distance(question: str) -> bool:
    """Whether a question asks how far ("How far from the turbine did the blade land?")."""
    return _DISTANCE_ASKED.search(question) is not None


# ("How far below ground ...?" asks a depth)
_DISTANCE_ASKED = re.compile(r"\bhow\s+far\b(?!\s+(?:below|beneath)\b)|\bwhat\s+distance\b", re.I)
_DIMENSION_ASKED = re.compile(r"\bhow\s+(?:far\s+)?(high|tall|deep|wide|thick|below|beneath)\b", re.I)


def measured_words(sentence: str, figure: Figure) -> list[str]:
    """The lower-case words of what a measure written before a noun measures ("a 65-meter waterslide
    that loops": "waterslide"; "a 50-meter competition pool": "competition", "pool"; "a 50 km/h
    speed limit": "speed", "limit"); none for a measure written otherwise ("the pool is 50 meters
    long", "gusts of 95 km/h") or of a part of something ("a 150-metre stretch of the line")."""
    if figure.kind == "count" and figure.about in SPEED_UNITS:  # "a temporary 50 km/h speed limit"
        spaced = _SPACED_SPEED.match(sentence, figure.end)
        return noun_words(sentence, spaced.end(), PHRASE_WORDS) if spaced else []
    if figure.kind != "count" or figure.about not in MEASURES or measure(figure.about) == "time":
        return []  # "a five-year contract" and "a six-year deal" are one thing named two ways
    found = _HYPHENED_UNIT.match(sentence, figure.end)
    if found is None or counted_noun(found[1]) != figure.about:
        return []
    words = noun_words(sentence, found.end(), PHRASE_WORDS)
    end = found.end() + sum(1 + len(w) for w in words)
    if _OF.match(sentence, end):  # "a 150-metre stretch of the line": what follows "of" is measured
        return []
    return words


def capacity(sentence: str, figure: Figure) -> bool:
    """Whether a figure is how much a thing can take, not how much it takes ("can hold 60,000
    litres", "designed for 150 animals", "jets which seat 76 passengers", "a 76-seat jet"); a sum
    or a share never is ("selling one-way seats at £89")."""
    return figure.kind == "count" and bool(
        _CAPACITY_BEFORE.search(_clause_before(sentence, figure))
        or _CAPACITY_AFTER.match(sentence, figure.end)
    )


def planned(sentence: str, figure: Figure) -> bool:
    """Whether a figure is given as a plan ("had been set to lift off at 6:42 a.m.", "will now take
    place on Sunday at 8am"), not as what happened."""
    return _PLANNED.search(_clause_before(sentence, figure)) is not None


def _clause_before(sentence: str, figure: Figure) -> str:
    """The words of a figure's clause before it, up to _SOUGHT_REACH characters."""
    return _CLAUSE_CUT.split(sentence[max(0, figure.start - _SOUGHT_REACH) : figure.start])[-1]


def asks_sought(question: str) -> bool:
    """Whether a question asks of what someone asks for, offers, proposes or requires ("How much
    did the union demand?", "What raise was on the table?", "How low must the level fall?")."""
    return _SEEKING.search(question) is not None


_SEEKING = re.compile(
    rf"\b(?:{_ASKING}|{_OFFERING}|asking|on\s+the\s+table|must|ha(?:ve|s|d)\s+to|needs?|required)\b",
    re.I,
)


def asked_for(sentence: str, figure: Figure) -> bool:
    """Whether a figure is what someone asks for or proposes ("The agency had sought a four-year ban",
    "a €55m bid"), not what is, nor what is offered."""
    before = _clause_before(sentence, figure)
    return bool(_ASKED_BEFORE.search(before) or _ASKED_AFTER.match(sentence, figure.end))


def asks_changed_to(question: str) -> bool:
    """Whether a question asks what a figure was changed to ("What did Ambrel raise its credit for
    Hearth owners to?", "What was the fee cut to?")."""
    return _CHANGED_TO_ASKED.search(question) is not None


def changed_to(sentence: str, figure: Figure) -> bool:
    """Whether a figure is what something was changed to: "to" right before it, after a verb of change
    in its clause ("raised its credit to $120", "has been cut to 4.75%")."""
    return _CHANGED_TO_BEFORE.search(_clause_before(sentence, figure)) is not None


_CHANGE_VERBS = rf"(?:{CHANGE_WORDS}|lower(?:s|ed)?|reduce[sd]?|extend(?:s|ed)?|change[sd]?|double[sd]?)"
_CHANGED_TO_ASKED = re.compile(rf"\b{_CHANGE_VERBS}\b.*\bto\s*\?\s*$", re.I)
_CHANGED_TO_BEFORE = re.compile(rf"\b{_CHANGE_VERBS}\b.*\bto\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)


def sought(sentence: str, figure: Figure) -> bool:
    """Whether a figure is what someone asks for, offers, proposes or requires, not what is ("wants
    a ten percent raise", "had demanded 12%", "offered teachers 4%", "a demand of 4.5 million dollars",
    "a €55m bid", "the level must fall below 40 percent", "once the reservoir is below 40%")."""
    before = _clause_before(sentence, figure)
    return bool(
        _SOUGHT_BEFORE.search(before)
        or _REQUIRED_BEFORE.search(before)
        or _SOUGHT_AFTER.match(sentence, figure.end)
    )
