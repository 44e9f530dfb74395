"""What a sentence answers: the figure it gives for what the question asks.

The question says what kind of figure answers it (`wanted`): "how many
acres" a count of acres, "what percentage" a percentage or point change, "how
much did it cost" a sum, "how long" a count of days, weeks or years, "when" a
date or a year, "at what time" a time of day and "how did they vote" a tally
("7-2"); a statement to check wants the kind of the figure it states itself
("The trial enrolled more than 4,000 patients": a count of patients). A sentence often states several figures
("burned 18,400 acres and was 15% contained"): the one that answers is a figure
of the wanted kind, counting the wanted thing when the question names one, with
the most of the question's weight within a few words of it. Sentences that give
the same value are one claim; different values across documents are a conflict
(see `index.answers`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, replace

from factbot.index.answers.claims import clause_around, fold, lemma_stems, name_at, who_or_what
from factbot.index.answers.figures import SPEED_UNITS, aged_whom, counted_noun, figures, is_plural
from factbot.index.answers.irregular import LEMMA_STEMS
from factbot.index.answers.nouns import is_kind
from factbot.index.answers.quantities import (
    LENGTH_UNITS,
    MASS_UNITS,
    STATED_BY,
    TIME_UNITS,
    Figure,
    measure,
    same_measure,
)
from factbot.index.answers.questions import (
    AUXILIARY,
    QUANTITY_KINDS,
    WEEKDAY,
    is_statement,
    question_type,
    stated_figure,
)
from factbot.index.answers.relative_dates import durations_since, weekdays
from factbot.index.ranking.analysis import STOPWORDS, Analyzer

__all__ = [
    "CENTRED",
    "Slot",
    "Wanted",
    "answer_name",
    "answer_slot",
    "governing",
    "governing_terms",
    "per_period",
    "periods",
    "reported_on",
    "wanted",
]

# A slot is centred on the question when this share of its weight is near the figure; two
# centred slots with the same value are the same answer even when they count other nouns.
CENTRED = 0.5
_AGE = frozenset({"year-old"})  # what "how old" counts: an age ("the 23-year-old", "Quintas, 23,", "aged 23")
_REACH = 12  # words on each side of a figure that count as its context
_COUNTED_BONUS = 0.1  # a figure counting what the question counts is preferred by this much
_WORD_TERMS: dict[str, dict[str, list[str]]] = {}
_WORD_CACHE = 100_000  # words remembered per language before the memory is cleared
_WORD = re.compile(r"[^\W_]+(?:[-'.][^\W_]+)*")
_PERCENT = re.compile(r"\b(percent(age)?|per\s+cent|%|points?|(?:share|proportion|fraction)\s+of)\b", re.I)
_MONEY = re.compile(
    r"\b(cost|costs|pay|paid|spend|spent|price|priced|worth|value|fee|budget|money|invest|invested|"
    r"investment|fund|funded|funding|earn|earned|owe|owed|fine|fined|ransom|valued|insured|donated|"
    r"fare|fares|ticket|tickets|salary|salaries|wage|wages|rent|charge|charged|reward|bonus|bonuses|"
    r"compensation|refund|grant|bill)\b",
    re.I,
)
# "What was the inflation rate", "What is the budget", "What fee did they pay": a figure named by the noun
# the question asks for, within five words of "what" ("What will the new daily maximum parking charge be";
# not "Which player did they pay a record fee for").
_NAMED = r"^\s*(?:what|which)\s+(?:" + AUXILIARY + r"\s+(?:[\w'-]+\s+){0,5}?|(?:[\w'-]+\s+){0,2}?)"
_COST_ASKED = re.compile(r"\bcost\s*\??\s*$", re.I)  # a question ending "... cost?" asks a sum
_RATE_NOUN = re.compile(_NAMED + r"(rate|percentage|share|proportion|turnout)\b", re.I)
_SUM_NOUN = re.compile(
    _NAMED + r"(price|cost|value|budget|salary|fee|fine|revenue|charge|fare|rent|wage)\b", re.I
)
_DURATION_NOUN = re.compile(_NAMED + r"(length|duration|period|term)\b", re.I)
_COUNT_NOUN = re.compile(
    _NAMED
    + r"(number|count|total|amount|increase|rise|size|toll|population|attendance|capacity|crowd|level)\b",
    re.I,
)
# A margin is won by a tally or by a difference: "by 9-3", "by 6,536 votes", "by 12 seconds".
_MARGIN_ASKED = re.compile(r"^\s*what\s+margin\b|\bwhat\s+(?:is|was)\s+the\s+margin\b", re.I)
# "How did the board vote?", "What was the final score?", "By what vote ...?" (read as "What vote
# ... by?"): a tally ("7-2").
_TALLY_ASKED = re.compile(
    r"^\s*how\s+did\b.*\bvote\b|\bwhat\s+was\s+the\s+(?:[\w-]+(?:'s|’s)?\s+){0,2}(?:vote|score|tally)\b"
    r"|\bby\s+what\s+(?:vote|score)\b|^\s*what\s+(?:vote|score)\b.*\bby\s*\??\s*$",
    re.I,
)
# A figure's own phrase after it ends at a clause: punctuation (not a comma inside a number, "207,500")
# or a word that joins clauses.
_CLAUSE_END = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()]|\b(?:and|or|but|while|when|which|who|after|before|as|than)\b", re.I
)
_PHRASE_CHARS = 40  # characters before and after a figure searched for the words that govern it
# A question about what is to come: "When will ...", "When is it due to ...", "... plan to ...".
_AHEAD = re.compile(
    r"\b(?:will|shall|(?:due|expected|set|scheduled|planned|going|plans?|intends?)\s+to)\b",
    re.I,
)
# ... and one about what happened: "When did ...", "When was ...".
_PAST = re.compile(r"\bwhen\s+(?:did|was|were|had)\b", re.I)
# ... and one about the event before this one: "When was the previous strike?", "the last ... before".
_EARLIER = re.compile(r"\b(?:previous|prior|last\b.*\bbefore\b)", re.I)
_MONTH_DAY = re.compile(r"\d\d-\d\d")
_YEAR_MONTH = re.compile(r"\d{4}-\d\d")
_HALF_YEAR = 6 * 31  # days, as months of 31 days are counted in `_before`
# A figure that is the level something is at or comes to: its clause before it is what governs it
# ("could reach £12 million", "will be £12m", "topped 400").
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|reach(?:es|ed)?|hits?|be|is|was|were|are|now|totals?|totall?ed|tops?|topped|exceed(?:s|ed)?)"
    r"\s*$",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\b", re.I)  # a part of a whole: "10 of the 11 cubesats"
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom|them|those)\b", re.I)
_LAST_WORD = re.compile(r"([^\W_]+)\W*$")
_NOUN_OF = re.compile(r"([^\W_]+)\s+of\s*$")  # "a generating capacity of 32 megawatts": "capacity" governs it
_ON_WEEKDAY = re.compile(
    r",?\s+(?:on\s+|last\s+|this\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I
)
_WHAT_TIME = re.compile(r"\b(?:what|which)\s+(?:time|hours?)\b", re.I)
_HOW_LONG = re.compile(r"^\s*(?:for\s+)?how\s+long\b", re.I)
_HOW_OLD = re.compile(r"^\s*(?:how\s+old|(?:at\s+)?what\s+age)\b", re.I)
_HOW_FAST = re.compile(r"^\s*(?:how\s+fast|(?:at\s+)?what\s+speed)\b", re.I)
_HOW_FAR = re.compile(r"^\s*(?:how\s+far|(?:at\s+|within\s+)?what\s+distance)\b", re.I)
# A size along one dimension: "How deep is the sinkhole?", "To what height ...": "12 metres".
_HOW_DEEP = re.compile(
    r"^\s*(?:how\s+(?:deep|tall|wide|thick)|(?:at\s+|to\s+)?what\s+(?:depth|height|width|altitude|elevation))\b",
    re.I,
)
# "How much water ...", "How much rain ...": an amount of a thing (`_amount_of_matter`).
_HOW_MUCH_OF_A_THING = re.compile(rf"^\s*how\s+much\s+(?!of\b|{AUXILIARY}\b)([a-z]+)", re.I)
# A level: "How low must the reservoir fall?", "How high did the river rise?" (a sum when money is named).
_HOW_HIGH = re.compile(r"^\s*how\s+(?:high|low)\b", re.I)
# A share of capacity or of the whole: "54% full", "81 per cent of capacity", "about 70% complete".
_HOW_FULL = re.compile(r"^\s*how\s+(?:full|complete)\b", re.I)
_HOW_BIG_GROWN = re.compile(
    r"^\s*how\s+(?:big|large|long|tall|heavy)\s+(?:does|do|did|can|will|could)\b.*\b(?:get|grow)\b", re.I
)
_LATE_BY = re.compile(r"\bby\s+how\s+(?:much|long)\b.*\b(?:late|early|delayed|behind)\b", re.I)
_HOW_LATE = re.compile(r"^\s*how\s+(?:late|early)\b", re.I)  # a time of day ("until 10 p.m.")
# "How long is the crack?" asks a length or a time ("How long is the delay?"); "How long did ..." a time.
_HOW_LONG_IS = re.compile(r"^\s*how\s+long\s+(?:is|was|are|were)\s+(?:the|a|an|its|their)\b", re.I)
_HOW_HEAVY = re.compile(
    rf"^\s*(?:how\s+heavy|how\s+much\s+{AUXILIARY}\b.*\bweigh|what\s+{AUXILIARY}\s+(?:the\s+)?\w*\s*weight)\b",
    re.I,
)
# A rate's period: "a year", "per day", "every week", "annually", "daily".
_PER_PERIOD = re.compile(
    r"\b(?:a|an|per|each|every)\s+(year|day|week|month)\b|\b(annual(?:ly)?|yearly|daily|weekly|monthly)\b",
    re.I,
)
_PERIOD_OF = {
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
}
_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.I)
# "the company confirmed on Monday": the day of the report, not of what it reports.
_REPORTED_ON = re.compile(
    r"\b(?:said|says|confirmed|confirms|announced|announces|reported|reports|added|told\s+\w+)\s+(?:on\s+)?$",
    re.I,
)
_REPORTED_REACH = 30  # characters before a day searched for the verb it is the day of
_REPORTING_TERMS = ("said", "say", "confirm", "announc", "report", "told", "tell", "add")  # their stems
_PARTICIPLE_ASKED = re.compile(r"(?!hundred)[a-z]{2,}ed")
_PARTITIVE = re.compile(r"of\s+(?:the|its|their|these|those)\b", re.I)  # "how many of the incidents"
# "How much did the share price rise?", "By how much did the stock drop?": a change, in percent or money;
# not "How much rain fell?" (an amount of rain) or "How high did the river rise?" (a level).
_HOW_MUCH_CHANGE = re.compile(rf"\bby\s+how\s+much\b|\bhow\s+much\s+{AUXILIARY}\b", re.I)
_CHANGE_WORDS = (
    r"rise|rose|risen|fall|fell|fallen|drop|dropped|climb|climbed|jump|jumped|gain|gained|grow|grew|"
    r"increase|increased|decrease|decreased|decline|declined|slide|slid|sink|sank|surge|surged|plunge|plunged|"
    r"raise|raises|raised|lift|lifts|lifted|hike|hikes|hiked|cut|cuts|boost|boosts|boosted"
)
_CHANGE = re.compile(rf"\b(?:{_CHANGE_WORDS})\b", re.I)
# A change word before a figure (up to four words, a qualifier, may stand between, but not "to" or
# "at": "fell to $12" is a level; "lifts the property tax levy 3.4%" is a change): the figure is it.
_CHANGED_BY = re.compile(
    rf"\b(?:{_CHANGE_WORDS}|rises|falls|drops|up|down|off|lost|shed|added|by)\s+(?:(?!to\b|at\b)\w+\s+){{0,4}}$",
    re.I,
)
# ... or a change named right after the figure: "3.1% more", "a 3.4% increase", "a quarter-point hike".
_CHANGE_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|increase|rise|hike|cut|drop|decrease|decline|gain|jump|fall)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Wanted:
    """The kind of figure that answers a question, and the thing it counts when named."""

    kinds: frozenset[str]
    about: frozenset[str] = frozenset()  # counted nouns that fit ("acre"); empty: any
    change: bool = False  # asks by how much something changed: a figure stated as a change answers
    whole: str = ""  # "how many of the incidents ...": the noun counted by the whole, not the answer
    measured: bool = False  # `about` are units (a weight): only a figure in one of them answers
    ahead: bool = False  # asks when something is to happen: not a date before the writing
    past: bool = False  # asks when something happened ("When did ..."): a date, not a condition
    day: str = ""  # the weekday a time is asked on ("What time on Monday ..."): not another day's time
    per: str = ""  # the period a rate is asked per ("how many ... a year"): "year", "day", "week", "month"
    earlier: bool = False  # asks when the event before this one was: a year (or month) before the writing's
    anyone: bool = False  # an age a statement naming no one states ("A 71-year-old shopper"): anyone's

    @property
    def weekday(self) -> bool:
        """Whether a day of the week answers: a statement says on which one something happened."""
        return "weekday" in self.kinds

    @property
    def lasting(self) -> bool:
        """Whether it asks how long something has lasted: a count of time."""
        return "count" in self.kinds and any(measure(unit) == "time" for unit in self.about)

    def counts(self, figure: Figure) -> bool:
        """Whether a figure counts what the question counts (any figure when it names no thing)."""
        return not self.about or figure.about in self.about or same_measure(figure.about, self.about)


@dataclass(frozen=True, slots=True)
class Slot:
    """The figure a sentence gives for what was asked, and how much of the question is near it."""

    figure: Figure
    relevance: float  # share of the question's weight within _REACH words of the figure


def _word_terms(analyzer: Analyzer, word: str) -> list[str]:
    """One word's folded terms and the stems of the lemmas of its irregular verb forms ("stole":
    "steal"), remembered per analyzer (sentences repeat most words)."""
    cache = _WORD_TERMS.setdefault(analyzer.language, {})
    found = cache.get(word)
    if found is None:
        if len(cache) > _WORD_CACHE:
            cache.clear()
        folded = fold(analyzer.terms(word))
        found = cache[word] = [*folded, *lemma_stems(folded)]
    return found


def _given_as(term: str, terms: Container[str]) -> str | None:
    """The term by which a sentence's `terms` give a question term: itself, or the stem of its lemma
    when it is an irregular verb form ("stolen" given by "stole", both "steal", as coverage reads
    them); None when they do not give it."""
    if term in terms:
        return term
    lemma = LEMMA_STEMS.get(term)
    return lemma if lemma is not None and lemma in terms else None


def wanted(question: str) -> Wanted | None:
    """What kind of figure answers `question`; None when no figure does. A quantity asked per
    period ("how many babies a year") is wanted per that period."""
    want = _wanted(question)
    if want is None or not want.kinds <= QUANTITY_KINDS or is_statement(question):
        return want
    period = _PER_PERIOD.search(question)
    return want if period is None else replace(want, per=_period(period))


def per_period(sentence: str, figure: Figure, period: str) -> bool:
    """Whether a sentence gives a figure per `period`, in the figure's clause ("2,100 births a year",
    "an annual budget of $4m")."""
    return period in periods(sentence, figure)


def periods(sentence: str, figure: Figure) -> frozenset[str]:
    """The periods a sentence gives a figure per, in the figure's clause ("£7.50 a day": "day";
    "the monthly fee will rise to £35": "month"); none for a figure given per no period."""
    clause = clause_around(sentence, figure.start, figure.end)
    return frozenset(_period(found) for found in _PER_PERIOD.finditer(clause))


def _period(found: re.Match[str]) -> str:
    word = (found[1] or found[2]).lower()
    return _PERIOD_OF.get(word, word)


def _wanted(question: str) -> Wanted | None:
    """`wanted`, but for a rate's period."""
    if _HOW_BIG_GROWN.search(question):  # a size grown to: "about 9 centimetres", "3.5 inches"
        return Wanted(frozenset({"count"}), LENGTH_UNITS | MASS_UNITS, measured=True)
    if _HOW_HEAVY.search(question):  # a weight: "2,350 kilograms", "a 2.35-tonne spacecraft"
        return Wanted(frozenset({"count"}), MASS_UNITS, measured=True)
    if _HOW_FAR.search(question) or _HOW_DEEP.search(question):  # "about 1.2 km", "800 metres", "three miles"
        return Wanted(frozenset({"count"}), LENGTH_UNITS, measured=True)
    if _HOW_OLD.search(question):  # an age: "the 23-year-old", "23 years old"
        return Wanted(frozenset({"count"}), _AGE, measured=True)
    if _LATE_BY.search(question):  # a delay: "40 minutes late", "two hours behind schedule"
        return Wanted(frozenset({"count"}), TIME_UNITS)
    if _HOW_LATE.search(question):
        return Wanted(frozenset({"time"}))
    if _HOW_FULL.search(question):
        return Wanted(frozenset({"percent"}))
    if _HOW_LONG_IS.search(question):
        return Wanted(frozenset({"count"}), TIME_UNITS | LENGTH_UNITS)
    qtype = question_type(question)
    if qtype == "when":
        if _WHAT_TIME.search(question):
            day = WEEKDAY.search(question)
            return Wanted(frozenset({"time"}), day=day[0].lower() if day else "")
        return Wanted(
            frozenset({"date", "year"}),
            ahead=_AHEAD.search(question) is not None,
            past=_PAST.search(question) is not None,
            earlier=_EARLIER.search(question) is not None,
        )
    if qtype == "how_many":
        if _HOW_LONG.search(question):
            return Wanted(frozenset({"count"}), TIME_UNITS)
        if _PERCENT.search(question):
            return Wanted(frozenset({"percent", "points"}))
        if _CHANGE.search(question) and _HOW_MUCH_CHANGE.search(question):
            return Wanted(frozenset({"percent", "points", "money"}), change=True)
        counted = _HOW_MANY.search(question)
        if counted:  # the first plural names what is counted ("how many container ships were ...")
            words = [w for w in counted[1].lower().split() if w not in STOPWORDS] or ["people"]
            first = next((w for w in words if is_plural(w)), words[0])
            # "How many died?", "How many were evacuated?": a participle counts people.
            noun = "people" if _PARTICIPLE_ASKED.fullmatch(first) else counted_noun(first)
            if _PARTITIVE.match(counted[1]):  # a part of them: any count but theirs ("41 of which")
                return Wanted(frozenset({"count"}), whole=noun)
            return Wanted(frozenset({"count"}), frozenset({noun}))
        if _MONEY.search(question):
            return Wanted(frozenset({"money"}))
        if _HOW_HIGH.search(question):  # a level ("below 40 percent", "24.6 feet"), not a sum
            return Wanted(QUANTITY_KINDS - {"money"})
        if _amount_of_matter(question):  # "How much water does it hold?": not "54% full"
            return Wanted(QUANTITY_KINDS - {"percent", "points"})
        return Wanted(QUANTITY_KINDS)
    if qtype is None:
        if _HOW_FAST.search(question):  # a speed: "71 mph", "52 km/h", "40 knots"
            return Wanted(frozenset({"count"}), SPEED_UNITS)
        if _TALLY_ASKED.search(question):
            return Wanted(frozenset({"tally"}))
        if _MARGIN_ASKED.search(question):
            return Wanted(QUANTITY_KINDS | {"tally"})
        if _COST_ASKED.search(question):  # "What does a membership share cost?": not a "share"
            return Wanted(frozenset({"money"}))
        if _RATE_NOUN.search(question):
            return Wanted(frozenset({"percent", "points"}))
        if _DURATION_NOUN.search(question):
            return Wanted(frozenset({"count"}), TIME_UNITS)
        if _SUM_NOUN.search(question):
            return Wanted(frozenset({"money"}))
        if _COUNT_NOUN.search(question):
            return Wanted(QUANTITY_KINDS)
    if is_statement(question):
        stated = stated_figure(question)
        if stated is not None:  # a statement wants the kind of figure it states
            about = frozenset({stated.about}) if stated.kind == "count" and stated.about else frozenset()
            return Wanted(STATED_BY[stated.kind], about, anyone=about == _AGE and not who_or_what(question))
    return None


def _amount_of_matter(question: str) -> bool:
    """Whether a question asks how much there is of a material or of precipitation ("How much water
    does the reservoir hold?", "How much rain fell?"): an amount, which a percentage of something
    ("54% full") does not give; not "How much support ...?", which one may."""
    found = _HOW_MUCH_OF_A_THING.search(question)
    if found is None:
        return False
    noun = found[1].lower()
    return is_kind(noun, "matter") or is_kind(noun, "precipitation")


def reported_on(sentence: str, figure: Figure) -> bool:
    """Whether a figure is the day something was said or announced, right after the verb ("the
    authority said on Thursday", "announced Thursday")."""
    return _REPORTED_ON.search(sentence, max(0, figure.start - _REPORTED_REACH), figure.start) is not None


def _on_day(sentence: str, figure: Figure) -> str:
    """The weekday a time is given on, right after it ("at noon on Tuesday"), lower-case; "" if none."""
    found = _ON_WEEKDAY.match(sentence, figure.end)
    return found[1].lower() if found else ""


def answer_slot(
    want: Wanted | None,
    sentence: str,
    weights: Mapping[str, float],
    analyzer: Analyzer,
    published: str = "",
) -> Slot | None:
    """The figure of the wanted kind that sits closest to what the question asks about.

    `weights` maps the question's folded terms to their IDF. None when nothing
    is wanted or the sentence has no figure of the kind. For a question about what is to come
    ("When will the museum reopen?"), a date before the day the sentence was `published` (ISO)
    does not answer; for one about the event before this one ("When was the previous strike?"),
    only a year before the year it was published, or a month of a year before its month, does.
    """
    if want is None:
        return None
    candidates = [f for f in figures(sentence) if f.kind in want.kinds]
    if published and want.lasting:  # "since 1958": how long to the writing
        candidates += durations_since(sentence, published)
    if published and want.weekday:  # "on a Monday": the day of the week of each date given
        given = weekdays(sentence, published)
        if not any(t in weights for t in _REPORTING_TERMS):  # "announced on a Monday" asks that day
            given = tuple(f for f in given if not reported_on(sentence, f))
        candidates += given
    if want.ahead and published:
        candidates = [f for f in candidates if not _before(f, published)]
    if want.earlier and published:  # "since 1998", not "began on October 3" (a day of this year)
        candidates = [
            f for f in candidates if not _MONTH_DAY.fullmatch(str(f.value)) and _before(f, published)
        ]
    if want.day:  # "What time on Monday ...": not "at noon on Tuesday"
        candidates = [f for f in candidates if _on_day(sentence, f) in ("", want.day)]
    if want.about == _AGE and not want.anyone:  # "How old is Bellisari?": not "Reinholt, 27,"
        candidates = [f for f in candidates if not _aged_other(sentence, f, weights, analyzer)]
    if want.about:  # the thing the question counts, else any count ("zebras": "4,242 animals")
        counting = [f for f in candidates if f.about in want.about]
        if not counting and not want.measured:  # nor one that counts another of its nouns: "Three
            # masked thieves stole eight objects" for "How many items did the thieves take?"
            counting = [
                f for f in candidates if not f.about or weights.keys().isdisjoint(analyzer.terms(f.about))
            ]
        candidates = counting if counting or want.measured else candidates
    elif want.whole:  # "212 incidents, 41 of which led to fires": the part, not the whole
        candidates = [
            f for f in candidates if f.about != want.whole or _OF_AFTER.match(sentence, f.end)
        ] or candidates
    else:  # a duration answers "how long", not "how much rain fell" ("7.4 inches ... in 36 hours")
        amounts = [f for f in candidates if not (f.kind == "count" and f.about in TIME_UNITS)]
        candidates = amounts or candidates
    if want.change:  # "fell 6.2%", "closed down 6.2%", "rose by 0.8%", not "revenue of $1.9 billion"
        candidates = [
            f
            for f in candidates
            if _CHANGED_BY.search(sentence, max(0, f.start - _PHRASE_CHARS), f.start)
            or _CHANGE_AFTER.match(sentence, f.end)
        ]
    if not candidates:
        return None
    words = _sentence_words(sentence, analyzer)
    total = sum(weights.values()) or 1.0
    best: Slot | None = None
    best_score = -1.0
    for figure in candidates:
        relevance, nearness = _around(words, figure.start, weights)
        # Nearer question words count more, the words that govern the figure more still, and
        # counting the wanted thing most.
        score = (nearness + governing(sentence, figure, weights, analyzer)) / total
        if want.about and figure.about in want.about:
            score += _COUNTED_BONUS
        if score > best_score:
            best, best_score = Slot(figure, relevance / total), score
    return best


def _aged_other(sentence: str, figure: Figure, weights: Mapping[str, float], analyzer: Analyzer) -> bool:
    """Whether an age is set off after a name the question does not give ("Reinholt, 27,")."""
    whom = aged_whom(sentence, figure)
    return bool(whom) and weights.keys().isdisjoint(analyzer.terms(whom))


def _before(figure: Figure, published: str) -> bool:
    """Whether a date ("10-22") falls in the half year before the day `published` ("2025-10-24"),
    a month of a year ("2025-08") before its month, or a year before its year."""
    if figure.kind == "year" and isinstance(figure.value, float) and published[:4].isdigit():
        return figure.value < int(published[:4])
    if figure.kind == "date" and _YEAR_MONTH.fullmatch(str(figure.value)) and len(published) >= 7:
        return str(figure.value) < published[:7]
    if figure.kind != "date" or not _MONTH_DAY.fullmatch(str(figure.value)) or len(published) < 10:
        return False
    month, day = map(int, str(figure.value).split("-"))
    then = month * 31 + day
    now = int(published[5:7]) * 31 + int(published[8:10])
    return 0 < (now - then) % (12 * 31) < _HALF_YEAR


def governing(
    sentence: str, figure: Figure, weights: Mapping[str, float], analyzer: Analyzer, reach: int = 1
) -> float:
    """The question weight of the words that govern a figure (`governing_terms`)."""
    terms = governing_terms(sentence, figure, analyzer, reach)
    return sum(w for t, w in weights.items() if _given_as(t, terms) is not None)


def governing_terms(sentence: str, figure: Figure, analyzer: Analyzer, reach: int = 1) -> set[str]:
    """The terms of the words that govern a figure: the word just before it, or the noun before an
    "of" just before it ("a generating capacity of 32 megawatts") (the `reach` words before it in
    its clause) and its own phrase after it, up to the next clause ("killed 3 people and injured 22
    others": "injured" governs 22, not 3; "22 people were injured when ...": "injured" governs 22)."""
    head = sentence[max(0, figure.start - _PHRASE_CHARS) : figure.start].rstrip()
    if figure.qualifier and head.lower().endswith(figure.qualifier):
        head = head[: -len(figure.qualifier)]  # "rose more than 40": "rose" governs 40
    if reach == 1:
        last = _NOUN_OF.search(head) or _LAST_WORD.search(head)
        before = [last[1]] if last else []
    else:  # "held up 1.2bn dollars", "wage increases totaling 18%"; a level: its clause
        clause = _CLAUSE_END.split(head)[-1]  # ("The zebra count in Kenya rose to 4,242")
        # ("cost the company an estimated $18 million": a determiner is no word between)
        words = [w for w in _WORD.findall(clause) if w.lower() not in _DETERMINERS]
        before = words[(0 if _LEVEL_BEFORE.search(clause) else -reach) :]
    after = sentence[figure.end : figure.end + _PHRASE_CHARS]
    of_which = _OF_WHICH.match(after)  # "41 of which led to fires": the clause is the figure's own
    after = _CLAUSE_END.split(after[of_which.end() :] if of_which else after, maxsplit=1)[0]
    words = before + _WORD.findall(after)
    return {t for word in words for t in _word_terms(analyzer, word)}


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
# A description set off after a name: ", a mediator from ...", ", who manages ...".
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|who|whose)\s+([^,.;:]{1,80})")


def answer_name(
    given: Mapping[str, int], sentence: str, weights: Mapping[str, float], analyzer: Analyzer
) -> tuple[str, float] | None:
    """Of the names a sentence gives (`claims.answer_names`: head word -> where it stands), the one
    with the most question weight near it: the answer to "who" ("said Imogen Laird, who manages
    the Halcyon program"), not the story's subject named further off; with the share of the
    question's weight within reach of it."""
    if not given:
        return None
    words = _sentence_words(sentence, analyzer)
    total = sum(weights.values()) or 1.0
    best: tuple[str, float] | None = None
    best_score = 0.0
    for head, start in given.items():
        relevance, nearness = _around(words, start, weights)
        nearness += _described(sentence, head, start, weights, analyzer)
        if nearness > best_score:
            best, best_score = (head, relevance / total), nearness
    return best


def _described(
    sentence: str, head: str, start: int, weights: Mapping[str, float], analyzer: Analyzer
) -> float:
    """The question weight of the words that describe a name set off right after it ("Harold
    Banerjee, a mediator from the state board", "Imogen Laird, who manages the program"), counted
    as if they stood beside it: the name they describe is the answer, not the board named in them."""
    name = name_at(sentence, head)
    at = sentence.find(name, start)
    described = _APPOSITIVE.match(sentence, at + len(name)) if at >= 0 else None
    if described is None:
        return 0.0
    terms = {t for word in _WORD.findall(described[1]) for t in _word_terms(analyzer, word)}
    return sum(w for t, w in weights.items() if _given_as(t, terms) is not None)


def _sentence_words(sentence: str, analyzer: Analyzer) -> list[tuple[int, list[str]]]:
    """Each word's end offset and folded terms."""
    return [(m.end(), _word_terms(analyzer, m.group())) for m in _WORD.finditer(sentence)]


def _around(
    words: list[tuple[int, list[str]]], start: int, weights: Mapping[str, float]
) -> tuple[float, float]:
    """The question weight within _REACH words of the word at offset `start`, and the same weight
    with each term counted less the further it stands (1 beside it, 1/13 at _REACH words)."""
    at = next((i for i, (end, _) in enumerate(words) if end > start), len(words))
    distance: dict[str, int] = {}
    for i in range(max(0, at - _REACH), min(len(words), at + _REACH + 1)):
        for term in words[i][1]:
            distance[term] = min(abs(i - at), distance.get(term, _REACH))
    given = {t: by for t in weights if (by := _given_as(t, distance)) is not None}
    weight = sum(w for t, w in weights.items() if t in given)
    nearness = sum(w / (1 + distance[given[t]]) for t, w in weights.items() if t in given)
    return weight, nearness
