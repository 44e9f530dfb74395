"""What a question wants: the kind of figure that answers it, and the thing it counts.

"How many acres" wants a count of acres, "what percentage" a percentage or a point change, "how
much did it cost" a sum, "how long" a count of days, weeks or years, "when" a date or a year, "at
what time" a time of day and "how did they vote" a tally ("7-2"); a statement to check wants the
kind of the figure it states itself. A rate is wanted per its period ("how many ... a year"), and
`periods` reads the period a sentence gives a figure per.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factbot.index.answers.claims import clause_around
from factbot.index.answers.counted import counted_noun, is_plural, singular
from factbot.index.answers.figure_words import STOREYS, asked_dimension
from factbot.index.answers.figures import MAGNITUDE
from factbot.index.answers.names import who_or_what
from factbot.index.answers.nouns import counts_people, doers, is_kind
from factbot.index.answers.quantities import (
    AREA_UNITS,
    CHANGE_WORDS,
    DEGREES,
    LENGTH_UNITS,
    MASS_UNITS,
    SPEED_UNITS,
    STATED_BY,
    TEMPERATURE_UNITS,
    TIME_UNITS,
    Figure,
    currency_named,
    measure,
    same_measure,
)
from factbot.index.answers.questions import (
    AUXILIARY,
    IN_CURRENCY,
    POSSESSOR,
    QUANTITY_KINDS,
    TEMPERATURE_ASKED,
    WEEKDAY,
    frame_noun,
    is_statement,
    question_type,
    stated_figure,
)
from factbot.index.ranking.analysis import STOPWORDS

__all__ = ["AGE", "Wanted", "per_period", "periods", "wanted"]

_DAY_NOUNS = frozenset({"day", "date"})  # a question asking its time by them asks a day
AGE = frozenset({"year-old"})  # what "how old" counts: an age ("the 23-year-old", "Quintas, 23,", "aged 23")
# "How many points did she score?" counts points ("6.5 points"), as "how many" counts any noun; asked
# with a change ("By how many points did the index fall?") it asks percentage points.
_POINTS_SCORED = re.compile(r"\bhow\s+many\s+points\b", re.I)
# (Not a name's word: "the Keller Point plant".)
_PERCENT = re.compile(
    r"\b(percent(age)?|per\s+cent|%|(?-i:points?)|(?:share|proportion|fraction)\s+of)\b", re.I
)
_MONEY = re.compile(
    r"\b(cost|costs|pay|paid|spend|spent|price|priced|worth|value|fee|budget|money|invest|invested|"
    r"investment|fund|funded|funding|earn|earned|owe|owed|fine|fined|ransom|valued|insured|donated|"
    r"fare|fares|ticket|tickets|salary|salaries|wage|wages|rent|charge|charged|reward|bonus|bonuses|"
    r"compensation|refund|grant|bill)\b",
    re.I,
)
# "How much does the club lose per home game?": a sum; "How much power did the grid lose?" names
# what is lost.
_MONEY_LOST = re.compile(rf"^\s*how\s+much\s+{AUXILIARY}\b.*\b(?:lose|loses|losing|lost)\b", re.I)
# "What was the inflation rate", "What is the budget", "What fee did they pay": a figure named by the noun
# the question asks for, within five words of "what" ("What will the new daily maximum parking charge be";
# not "Which player did they pay a record fee for").
_NAMED = r"^\s*(?:what|which)\s+(?:" + AUXILIARY + r"\s+(?:[\w'-]+\s+){0,5}?|(?:[\w'-]+\s+){0,2}?)"
# A question ending "... cost?" or "... costing Wrenfield?" asks a sum.
_COST_ASKED = re.compile(
    r"\b(?:(?i:cost)|(?i:cost(?:s|ing))\s+[A-Z][\w'’-]*|(?i:costing)(?:\s+[\w'’-]+){1,2})\s*\??\s*$"
)
# "What did Dunmore pay for the sculpture?", "What had the mayor proposed to spend?": a sum (not "What
# will the money pay for?" nor "What did they spend it on?", which ask what it buys).
_PAID_ASKED = re.compile(
    r"^\s*what\s+" + AUXILIARY + r"\b.*\b(?:pay|paid|spend|spent|charge|charged|earn|earned|owe|owed|fined)\b"
    r"(?!.*\b(?:for|on|to|with)\s*\??\s*$)",
    re.I,
)
# A total asked: a level, not what was added ("bringing the total to 370", not "another 230 flights").
_TOTAL_ASKED = re.compile(r"\b(?:in\s+total|total|altogether|in\s+all|all\s+told|so\s+far|combined)\b", re.I)
# "What were the waived fees worth altogether?", "What is the contract worth?": a sum.
_WORTH_ASKED = re.compile(r"^\s*what\s+" + AUXILIARY + r"\b.*\bworth\b", re.I)
_RATE_NOUN = re.compile(_NAMED + r"(rate|percentage|share|proportion|turnout)\b", re.I)
# ... but a rate by the night, the hour or the day is a price: "What nightly rate ...?"
_SUM_NOUN = re.compile(
    _NAMED + r"(price|cost|value|budget|salary|fee|fine|revenue|charge|fare|rent|wage|reward|"
    r"compensation|(?:nightly|hourly|daily)\s+rate)\b",
    re.I,
)
# A change of a sum, given in percent as often as in money: "a pay rise", "the fare increase".
_SUM_CHANGE = re.compile(
    r"\b(?:pay|wage|salary|rent|fare|price|tax|tuition|fee)s?\s+(?:rise|raise|increase|hike|cut)s?\b", re.I
)
_DURATION_NOUN = re.compile(_NAMED + r"(length|duration|period|term)\b", re.I)
_COUNT_NOUN = re.compile(
    _NAMED
    + r"(number|count|total|amount|increase|rise|raise|hike|size|toll|population|attendance|capacity|crowd|"
    r"level|tally|estimate)\b",
    re.I,
)
# A reading on a scale: "What was the magnitude of the earthquake?" ("a magnitude 6.4 quake").
_SCALE_NOUN = re.compile(_NAMED + r"(magnitude)\b", re.I)
# A margin is won by a tally or by a difference: "by 9-3", "by 6,536 votes", "by 12 seconds".
_MARGIN_ASKED = re.compile(r"^\s*what\s+margin\b|\bwhat\s+(?:is|was)\s+the\s+margin\b", re.I)
# "How large was Almonte's lead over Pryce?", "How big was the margin?": a difference.
_LEAD_ASKED = re.compile(r"^\s*how\s+(?:large|big|wide)\b.*\b(?:lead|margin)\b", re.I)
# "How did the board vote?", "What was the final score?", "By what vote ...?" (read as "What vote
# ... by?"): a tally ("7-2").
_TALLY_ASKED = re.compile(
    r"^\s*how\s+did\b.*\bvote\b|\bwhat\s+was\s+the\s+(?:[\w-]+(?:['’]s?)?\s+){0,2}(?:vote|score|tally)\b"
    r"|\bby\s+what\s+(?:vote|score)\b|^\s*what\s+(?:vote|score)\b.*\bby\s*\??\s*$",
    re.I,
)
# A question about what is to come: "When will ...", "When should it be done?", "When is it due to
# ...", "... plan to ...".
_AHEAD = re.compile(
    r"\b(?:will|shall|should|(?:due|expected|supposed|set|scheduled|planned|going|plans?|intends?|aims?|aiming)\s+to)\b",
    re.I,
)
# ... and one about what happened: "When did ...", "When was ...".
_PAST = re.compile(r"\b(?:when|(?:what|which)\s+(?:year|month|day|date))\s+(?:did|was|were|had)\b", re.I)
# ... and one about the event before this one: "When was the previous strike?", "the last ... before".
_EARLIER = re.compile(r"\b(?:previous|prior|last\b.*\bbefore\b)", re.I)
# A value before it changed: "the initial estimate", "at first", "originally", "the earlier figure".
_BEFORE = re.compile(
    r"\b(?:initial|original|earlier|previous|prior|at\s+first|first\s+(?:estimate|report))", re.I
)
_WHAT_TIME = re.compile(r"\b(?:what|which)\s+(?:time|hours?)\b", re.I)
_HOW_LONG = re.compile(r"^\s*(?:for\s+)?how\s+long\b", re.I)
_HOW_HOT = re.compile(
    rf"^\s*how\s+(?:{TEMPERATURE_ASKED})\b|\bwhat\s+(?:[\w'’-]+\s+){{0,3}}temperatures?\b", re.I
)  # a temperature
_HOW_OLD = re.compile(r"^\s*(?:how\s+old|(?:at\s+)?what\s+age)\b", re.I)
_PEOPLE_WORDS = frozenset({"person", "people", "men", "women", "children"})  # (not kinds of a person)
# The thing "how old" asks about: "How old is the pipe that failed?": "pipe".
_OLD_THING = re.compile(
    r"^\s*how\s+old\s+(?:is|was|are|were)\s+(?:the|a|an|this|that|its|their)\s+([a-z'’-]+(?:\s+[a-z'’-]+)*?)"
    r"(?=\s+(?:who|that|which|of|in|at|on|from)\b|\s*\?|\s*$)",
    re.I,
)
_HOW_FAST = re.compile(r"^\s*(?:how\s+fast|(?:at\s+)?what\s+speed)\b", re.I)
_WHAT_SPEED = re.compile(
    r"\bwhat\s+(?:(?:is|was|are|were|will\s+be)\s+(?:[\w'’-]+\s+){1,5}|(?:[\w'’-]+\s+)?)speeds?\b", re.I
)  # "the top speed", "the Ingrid Solvang's top speed"
# ("What is the distance from the hospital to Inchmore?", as "What is the weight of ...?" asks a weight)
_HOW_FAR = re.compile(
    rf"^\s*(?:how\s+far|(?:at\s+|within\s+)?what\s+distance|what\s+{AUXILIARY}\s+(?:the\s+)?\w*\s*distance)\b",
    re.I,
)
# A size along one dimension: "How deep is the sinkhole?", "To what height ...", "What is the height of
# the tower?": "12 metres".
_HOW_DEEP = re.compile(
    rf"^\s*(?:how\s+(?:deep|tall|wide|thick)|(?:(?:at\s+|to\s+)?what|what\s+{AUXILIARY}(?:\s+[\w'’-]+){{0,4}}?)"
    r"\s+(?:depth|height|width|altitude|elevation|wingspan|radius|diameter))\b",
    re.I,
)
_HOW_TALL = re.compile(r"\bhow\s+tall\b|\bheight\b", re.I)
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
# The head noun of the phrase "how long is the" asks of: its last word before a preposition, a relative
# word, a participle or the end ("the Line 4 tram route", "the stretch of road", "the Mill Bridge").
_LONG_HEAD = re.compile(
    r"(?:\s+[\w'’-]+)*?\s+([A-Za-z][\w'’-]*)(?=\s*(?:\?|$|\b(?:of|that|which|who|where|when|in|inside|on|at|from|to|"
    r"into|out|with|without|for|by|between|before|after|during|[a-z]+ed|[a-z]+ing)\b))"
)
_HOW_LONG_IS = re.compile(
    r"^\s*(?i:how\s+long\s+(?:is|was|are|were|(?:will|would)(?=.*\sbe\s*\?\s*$)))"
    r"(?:\s+(?i:the|a|an|its|their)\b|(?=\s+[A-Z]))"  # or a name: "How long is Saltbourne Pier?"
)
_SUBJECT_WORDS = 4  # the words after "How long were" read for people ("the seven men stuck")
_SIZED = ("object", "location", "water")  # kinds of thing big in area or length (WordNet's)
_HOW_BIG_IS = re.compile(
    r"^\s*how\s+(?:big|large)\s+(?:is|was|are|were|(?:will|would)(?=.*\sbe\s*\?\s*$))\s+(?:the|a|an|its|their)\b",
    re.I,
)
_BE_LAST = re.compile(r"\s+be\s*(?=\?\s*$)", re.I)  # "How long will the new road be?": its noun before "be"
_HOW_HEAVY = re.compile(
    rf"^\s*(?:how\s+heavy|(?:how\s+much|what)\s+{AUXILIARY}\b.*\bweigh|what\s+{AUXILIARY}(?:\s+[\w'’-]+){{0,4}}?\s+weight"
    r"|(?:at\s+|to\s+)?what\s+weight)\b",
    re.I,
)
# A rate's period: "a year", "per day", "every week", "annually", "daily", "£3.2m-a-year".
_PER_PERIOD = re.compile(
    r"\b(?:a|an|per|each|every)[\s-]+(?:average\s+|typical\s+)?(year|day|week|month|weekday)\b"
    r"(?![\s-]+(?:old|ago|later|earlier|after|before|long)\b)"  # "a month old", "a year ago": no rate
    r"|\b(annual(?:ly)?|yearly|daily|weekly|monthly)\b",
    re.I,
)
_PERIOD_OF = {
    "weekday": "day",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
}
_HOW_MANY = re.compile(r"\bhow\s+many\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.I)
_WORDS_AFTER = re.compile(r"\s*((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_PARTICIPLE_ASKED = re.compile(r"(?!hundred)[a-z]{2,}ed")
# "How old is the man who found the hoard?": someone the question does not name.
_SOMEONE_WHO = re.compile(r"\bhow\s+old\s+(?:is|was|were|are)\s+(?:the|a|an)\s+[a-z]+\s+(?:who|that)\b", re.I)
_WORD = re.compile(r"\b[a-z]{3,}\b")  # a word a question's doer may be named after (not a name's)
_PARTITIVE = re.compile(
    r"of\s+(?:the|its|their|these|those|[\w-]+['’]s)\b", re.I
)  # "how many of the incidents", "of Corvane's jobs"
# "How much did the share price rise?", "By how much did the stock drop?": a change, in percent or money;
# not "How much rain fell?" (an amount of rain) or "How high did the river rise?" (a level).
_HOW_MUCH_CHANGE = re.compile(rf"\bby\s+how\s+much\b|\bhow\s+much\s+{AUXILIARY}\b", re.I)
# A change word, or a phrasal verb of change ("How much is council tax going up?")
_CHANGE_WORD = rf"(?:{CHANGE_WORDS}|(?:go|goes|going|went|gone)\s+(?:up|down))"
_CHANGE = re.compile(rf"\b{_CHANGE_WORD}\b", re.I)
_CHANGED_AFTER_AUXILIARY = re.compile(rf"\b{AUXILIARY}\b.*\b{_CHANGE_WORD}\b", re.I)  # its verb
# A preposition (or "to" of an infinitive) a word or two before a change word: the word is a noun of
# its phrase ("from the job cuts"), or another verb than the question's ("expected to raise each year").
_PHRASE_BEFORE = re.compile(
    r"\b(?:from|after|before|of|since|despite|with|without|within|over|under|to|for|on|at|into|during)\s+(?:[a-z][\w'’-]*\s+){0,2}$"
)


def _asks_change(question: str) -> bool:
    """Whether a question asks by how much something changed: a change word that is its verb ("How
    much did the shares fall?", "By how much did the Bank of Norvania raise its rate?"), not one in
    a phrase of its own ("How much does Corvane expect to save from the job cuts?", "How much is the
    levy expected to raise each year?": a sum)."""
    return any(not _PHRASE_BEFORE.search(question, 0, m.start()) for m in _CHANGE.finditer(question))


@dataclass(frozen=True, slots=True)
class Wanted:
    """The kind of figure that answers a question, and the thing it counts when named."""

    kinds: frozenset[str]
    about: frozenset[str] = frozenset()  # counted nouns that fit ("acre"); empty: any
    change: bool = False  # asks by how much something changed: a figure stated as a change answers
    whole: str = ""  # "how many of the incidents ...": the noun counted by the whole, not the answer
    part: str = ""  # and what sets the part apart, lower-case: "led to fires"
    measured: bool = False  # `about` are units (a weight): only a figure in one of them answers
    ahead: bool = False  # asks when something is to happen: not a date before the writing
    past: bool = False  # asks when something happened ("When did ..."): a date, not a condition
    day: str = ""  # the weekday a time is asked on ("What time on Monday ..."): not another day's time
    per: str = ""  # the period a rate is asked per ("how many ... a year"): "year", "day", "week", "month"
    earlier: bool = False  # asks when the event before this one was: a year (or month) before the writing's
    anyone: bool = False  # an age asked or stated of no one named ("A 71-year-old shopper"): anyone's
    counted: str = ""  # the words of "how many" up to what it counts, lower-case ("midwife vacancies")
    margin: bool = False  # asks a lead or a margin: a figure stated as a difference ("won by 6,536")
    total: bool = False  # asks a total ("in total", "altogether", "so far"): a level, not what was added
    before: bool = False  # asks a value before it changed ("the initial estimate"): "up from $250,000" too
    stated: Figure | None = None  # a statement's own figure
    across: str = ""  # the dimension a length is asked in ("How deep ...?": "depth"; not "distance")
    currency: str = ""  # a sum asked in a currency ("in US dollars"): "dollar"; only a sum in it answers

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


def wanted(question: str) -> Wanted | None:
    """What kind of figure answers `question`; None when no figure does. A quantity asked per
    period ("how many babies a year") is wanted per that period. A statement that no one (or
    someone) was hurt or killed wants the count of them, which it does not give itself."""
    want = _wanted(question)
    if want is None and (casualty := _CASUALTY_SAID.match(question)) is not None:
        # "Nobody was hurt when the bridge fell", giving no figure of its own: the count of the hurt,
        # as "How many people were hurt when the bridge fell?" asks it (`stated` none)
        want = _wanted(f"How many people were {casualty[1]}{casualty[2]}?")
    if want is not None and _BEFORE.search(question):
        want = replace(want, before=True)
    if want is None or not want.kinds <= QUANTITY_KINDS or is_statement(question):
        return want
    if _TOTAL_ASKED.search(question):
        want = replace(want, total=True)
    if _MARGIN_ASKED.search(question) or _LEAD_ASKED.search(question):
        want = replace(want, margin=True)
    if "money" in want.kinds and (named := IN_CURRENCY.search(question)) is not None:
        want = replace(want, currency=currency_named(named[0]))
    period = _PER_PERIOD.search(question)
    return want if period is None else replace(want, per=_period(period))


def _plural(word: str) -> bool:
    """Whether a question's word reads as a plural: not a singular noun ending in "s" ("bus routes")."""
    return is_plural(word) and not (word.endswith("s") and singular(word) == word)


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


# A statement that no one, or someone, was hurt or killed, and in what ("when ...", "in ...").
_CASUALTY_SAID = re.compile(
    r"^\s*(?:nobody|no\s+one|someone|somebody)\s+(?:was|were|has\s+been|had\s+been|got)\s+"
    r"(hurt|injured|killed)\b(.*?)\.?\s*$",
    re.I,
)


def _wanted(question: str) -> Wanted | None:
    """`wanted`, but for a rate's period."""
    if _HOW_BIG_GROWN.search(question):  # a size grown to: "about 9 centimetres", "3.5 inches"
        return Wanted(frozenset({"count"}), LENGTH_UNITS | MASS_UNITS, measured=True)
    if _HOW_HEAVY.search(question):  # a weight: "2,350 kilograms", "a 2.35-tonne spacecraft"
        return Wanted(frozenset({"count"}), MASS_UNITS, measured=True)
    if _HOW_FAR.search(question) or _HOW_DEEP.search(question):  # "about 1.2 km", "800 metres", "three miles"
        # a building's height is given in storeys too: "How tall is Carden House?": "a 22-storey block"
        storeys = STOREYS if _HOW_TALL.search(question) else frozenset()
        across = asked_dimension(question) or ""
        return Wanted(frozenset({"count"}), LENGTH_UNITS | storeys, measured=True, across=across)
    if _HOW_HOT.search(question):  # a temperature: "31C", "88 degrees Fahrenheit", "minus 14 Celsius"
        return Wanted(frozenset({"count"}), TEMPERATURE_UNITS | {DEGREES}, measured=True)
    if _WHAT_SPEED.search(question):  # "What is the top speed of ...?": "71 mph", "40 knots"
        return Wanted(frozenset({"count"}), SPEED_UNITS, measured=True)
    if _HOW_OLD.search(question):  # an age: "the 23-year-old", "23 years old"
        thing = _OLD_THING.match(question)
        if thing is not None and thing[1].split()[-1].islower() and not _names_people(thing[1]):
            # "How old is the pipe?": "installed in 1931", "90 years", "the 90-year-old pipe"
            return Wanted(frozenset({"count", "year"}), AGE | {"year"}, measured=True)
        anyone = not who_or_what(question) or _SOMEONE_WHO.search(question) is not None
        return Wanted(frozenset({"count"}), AGE, measured=True, anyone=anyone)
    if _LATE_BY.search(question):  # a delay: "40 minutes late", "two hours behind schedule"
        return Wanted(frozenset({"count"}), TIME_UNITS)
    if _HOW_LATE.search(question):
        return Wanted(frozenset({"time"}))
    if _HOW_FULL.search(question):
        return Wanted(frozenset({"percent"}))
    if (asked := _HOW_LONG_IS.search(question)) is not None:
        # "How long is the bridge?": a thing or a place is long in length; "... the strike?": either;
        # "... were the seven men stuck underground?": people are not long, the time is asked
        if _names_people(" ".join(question[asked.end() :].split()[:_SUBJECT_WORDS])):
            return Wanted(frozenset({"count"}), TIME_UNITS)
        if _asks_of_kind(question, asked.end(), ("artifact", "location")):
            return Wanted(frozenset({"count"}), LENGTH_UNITS, measured=True)
        return Wanted(frozenset({"count"}), TIME_UNITS | LENGTH_UNITS)
    # "How big is the building?": a thing or a place is big in area or length; "... the crowd?": a count
    if (asked := _HOW_BIG_IS.search(question)) is not None and _asks_of_kind(question, asked.end(), _SIZED):
        return Wanted(frozenset({"count"}), AREA_UNITS | LENGTH_UNITS, measured=True)
    qtype = question_type(question)
    if qtype == "when":
        if _WHAT_TIME.search(question):
            day = WEEKDAY.search(question)
            return Wanted(frozenset({"time"}), day=day[0].lower() if day else "")
        return Wanted(
            # "What day ...?", "What date ...?": a year alone does not say ("a 1912 bungalow")
            frozenset({"date"}) if frame_noun(question) in _DAY_NOUNS else frozenset({"date", "year"}),
            ahead=_AHEAD.search(question) is not None,
            past=_PAST.search(question) is not None,
            earlier=_EARLIER.search(question) is not None,
        )
    if qtype == "how_many":
        if _HOW_LONG.search(question):
            return Wanted(frozenset({"count"}), TIME_UNITS)
        if _PERCENT.search(question) and not (
            _POINTS_SCORED.search(question) and not _CHANGE.search(question)
        ):
            return Wanted(frozenset({"percent", "points"}))
        if _asks_change(question) and _HOW_MUCH_CHANGE.search(question):
            return Wanted(frozenset({"percent", "points", "money"}), change=True)
        counted = _HOW_MANY.search(question)
        if counted:  # the first plural names what is counted ("how many container ships were ...")
            # (Of a part, the words after "of the": "how many of the pothole damage claims".)
            partitive = _PARTITIVE.match(question, counted.start(1))
            read = (_WORDS_AFTER.match(question, partitive.end()) if partitive else None) or counted
            words = [w for w in read[1].lower().split() if w not in STOPWORDS and not POSSESSOR.search(w)]
            words = words or ["people"]
            first = next((w for w in words if _plural(w)), words[0])
            # "How many died?", "How many were evacuated?": a participle counts people.
            noun = "people" if _PARTICIPLE_ASKED.fullmatch(first) else counted_noun(first)
            if partitive:  # a part of them: any count but theirs ("41 of which")
                at = read[1].lower().find(first)
                part = question[read.start(1) + at + len(first) :] if at >= 0 else ""
                return Wanted(frozenset({"count"}), whole=noun, part=part.strip(" ?").lower())
            phrase = " ".join(words[: words.index(first) + 1])
            if noun == "people":  # "How many people ride the line?": "28,000 riders" too
                doers = _doers(question[counted.start(1) :])
                return Wanted(frozenset({"count"}), frozenset({noun}) | doers, counted=phrase)
            return Wanted(frozenset({"count"}), frozenset({noun}), counted=phrase)
        if _SUM_CHANGE.search(question):  # "How big a pay rise ...?": a share or a sum
            return Wanted(QUANTITY_KINDS)
        if _MONEY.search(question) or _MONEY_LOST.search(question):
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
        if _COST_ASKED.search(question) or _WORTH_ASKED.search(question) or _PAID_ASKED.search(question):
            return Wanted(frozenset({"money"}))
        if _RATE_NOUN.search(question) and not _SUM_NOUN.search(question):
            # "What percentage did absence fall by?": "fell by 38%" and "fell 34%" both answer (not
            # "What percentage raise do teachers get?": a level of the raise)
            changed = _asks_change(question) and _CHANGED_AFTER_AUXILIARY.search(question) is not None
            return Wanted(frozenset({"percent", "points"}), change=changed)
        if _DURATION_NOUN.search(question):
            return Wanted(frozenset({"count"}), TIME_UNITS)
        if _SUM_NOUN.search(question) or _names_a_sum(question):
            return Wanted(frozenset({"money"}))
        if _COUNT_NOUN.search(question):
            return Wanted(QUANTITY_KINDS)
        if _SCALE_NOUN.search(question):
            return Wanted(frozenset({"count"}), frozenset({MAGNITUDE}))
    if is_statement(question):
        stated = stated_figure(question)
        if stated is not None:  # a statement wants the kind of figure it states
            about = frozenset({stated.about}) if stated.kind == "count" and stated.about else frozenset()
            return Wanted(
                STATED_BY[stated.kind],
                about,
                anyone=about == AGE and not who_or_what(question),
                stated=stated,
            )
    return None


def _asks_of_kind(question: str, at: int, kinds: tuple[str, ...]) -> bool:
    """Whether the noun a "How long / How big is the ...?" question asks of (its head after `at`) is a
    WordNet kind of one of `kinds` and counts no people ("the bridge", "the building"; not "the crowd")."""
    head = _LONG_HEAD.match(_BE_LAST.sub("", question), at)
    noun = singular(head[1].lower()) if head else ""
    return bool(noun) and any(is_kind(noun, k) for k in kinds) and not counts_people(noun)


def _names_people(phrase: str) -> bool:
    """Whether a noun phrase names people: a word of it is a kind of person ("the oldest person",
    "the men's winner")."""
    words = (POSSESSOR.sub("", w).lower() for w in phrase.split())
    return any(w in _PEOPLE_WORDS or counts_people(singular(w)) for w in words)


def _names_a_sum(question: str) -> bool:
    """Whether "What is the ...?" asks of a noun naming money held or paid: "money" itself, or a WordNet
    kind of possession ("the prize money", "the estimated losses", "the basic allowance")."""
    named = _ASKED_NOUN.match(question)
    if named is None:
        return False
    noun = singular(named[1].lower())
    return noun == "money" or is_kind(noun, "possession")


# "What is the (one or two words) NOUN" up to a preposition, a determiner, a relative word or the end.
_ASKED_NOUN = re.compile(
    r"^\s*(?i:what|which)\s+(?:is|are|was|were|will\s+be)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?([a-z][\w'’-]*)"
    r"(?=\s*(?:\?|$|\b(?:of|for|from|to|in|on|at|by|with|the|a|an|that|which|who|when|after|before|during)\b))"
)


def _doers(text: str) -> frozenset[str]:
    """The nouns of the people who do what the lower-case words of `text` say (`nouns.doers`), up to its
    first preposition: "died in the rail crash" names no "crashers" ("to" is no cut: "expected to ride")."""
    if _DONE_TO.match(text):  # "How many people did rescuers fish out?": the people are done to
        return frozenset()
    verbs = _BEFORE_PREPOSITION.match(text)
    return frozenset(d for word in _WORD.findall(verbs[0] if verbs else text) for d in doers(word))


_DONE_TO = re.compile(r"\S+\s+(?:do|does|did)\b", re.I)  # "people did rescuers ...", "people does it employ"


_BEFORE_PREPOSITION = re.compile(
    r".*?(?=\b(?:in|at|on|from|for|of|by|with|during|after|before|near|into|since)\b)", re.I | re.S
)


def _amount_of_matter(question: str) -> bool:
    """Whether a question asks how much there is of a material or of precipitation ("How much water
    does the reservoir hold?", "How much rain fell?"): an amount, which a percentage of something
    ("54% full") does not give; not "How much support ...?", which one may."""
    found = _HOW_MUCH_OF_A_THING.search(question)
    if found is None:
        return False
    noun = found[1].lower()
    return is_kind(noun, "matter") or is_kind(noun, "precipitation")
