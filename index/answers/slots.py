"""What a sentence answers: the figure it gives for what the question asks.

The question says what kind of figure answers it (`wanted.wanted`). A sentence often states
several figures ("burned 18,400 acres and was 15% contained"): the one that answers is a figure
of the wanted kind, counting the wanted thing when the question names one, with the most of the
question's weight within a few words of it. Sentences that give the same value are one claim;
different values across documents are a conflict (see `index.answers`). For a question asking for
a name, `answer_name` picks, among the names a sentence gives, the one amid the question's words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from operator import itemgetter

from factbot.index.answers.claims import WIDENED, clause_around, fold, lemma_stems
from factbot.index.answers.counted import is_plural, noun_like, singular
from factbot.index.answers.figure_words import dimension
from factbot.index.answers.figures import aged_whom, figures
from factbot.index.answers.irregular import LEMMA_STEMS
from factbot.index.answers.names import name_at
from factbot.index.answers.nouns import is_noun, same_counted
from factbot.index.answers.quantities import (
    CHANGE_WORDS,
    MONTH_DAY,
    TIME_UNITS,
    YEAR_MONTH,
    Figure,
    consistent,
    measure,
    year_written,
)
from factbot.index.answers.relative_dates import durations_since, months_relative, weekdays
from factbot.index.answers.wanted import AGE, Wanted
from factbot.index.ranking.analysis import Analyzer

__all__ = [
    "CENTRED",
    "Slot",
    "answer_name",
    "answer_slot",
    "changed_from",
    "governing",
    "governing_terms",
    "near_terms",
    "reported_on",
]

# A slot is centred on the question when this share of its weight is near the figure; two
# centred slots with the same value are the same answer even when they count other nouns.
CENTRED = 0.5
_REACH = 12  # words on each side of a figure that count as its context
_COUNTED_BONUS = 0.1  # a figure counting what the question counts is preferred by this much
# ... and a statement's own value, among a sentence's figures, by as much ("can still enter between 6am
# and 10am" for "may enter between 6 a.m. and 10 a.m."; 0.1 / 0.3 / always measured, RESULTS.md)
_STATED_BONUS = _COUNTED_BONUS
_WORD_TERMS: dict[str, dict[str, list[str]]] = {}
_WORD_CACHE = 100_000  # words remembered per language before the memory is cleared
_WORD = re.compile(r"[^\W_]+(?:[-'.][^\W_]+)*")
# A figure's own phrase after it ends at a clause: punctuation (not a comma inside a number, "207,500")
# or a word that joins clauses.
_CLAUSE_END = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()]|\b(?:and|or|but|while|when|which|who|after|before|as|than)\b", re.I
)
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose|where)\s+")  # a relative clause set off by commas
_PHRASE_CHARS = 40  # characters before and after a figure searched for the words that govern it
# A measure of a part: "120 metres of the line", "100m of deck"; not a distance from a place ("within
# 50 miles of", "a 3km radius of").
_PART_OF = re.compile(r"(?:\s*(?!radius\b)[a-z]+)?\s+of\b")
_WITHIN = re.compile(r"\bwithin\s+(?:\S+\s+)?$", re.I)
_WITHIN_REACH = 20  # characters before a measure searched for "within"
_HALF_YEAR = 6 * 31  # days, as months of 31 days are counted in `_before`
# A day of a month this many days or more before a report is an earlier event's, for "When did the lift
# last pass its inspection before the breakdown?" ("on Nov. 28" in February); a day within the month
# is the story's own ("The strike began on October 3" in a report of October 14). (7 cost dev
# port-09; 31 and 60 measured alike: RESULTS.md, session 60.)
_EARLIER_EVENT_DAYS = 31
# A figure that is the level something is at or comes to: its clause before it is what governs it
# ("could reach £12 million", "will be £12m", "topped 400").
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|reach(?:es|ed)?|hits?|be|is|was|were|are|now|totals?|totall?ed|tops?|topped|exceed(?:s|ed)?)"
    r"\s*$",
    re.I,
)
_OF_AFTER = re.compile(r"\s+of\b", re.I)  # a part of a whole: "10 of the 11 cubesats"
# A figure stated for each one of many, not their total: "an average of £612 to each of the 3,800
# households", "612 pounds on average to each", "£40 a head", "$5 per ticket".
_EACH_AFTER = re.compile(
    r"\s+(?:on\s+average\s+)?(?:(?:to|for|from)\s+)?(?:each|every|per|apiece|a\s+head)\b", re.I
)
_AVERAGE_BEFORE = re.compile(r"\baverage(?:\s+of)?\s+$", re.I)
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom|them|those)\b", re.I)
_LAST_WORD = re.compile(r"([^\W_]+)\W*$")
_NOUN_OF = re.compile(r"([^\W_]+)\s+of\s*$")  # "a generating capacity of 32 megawatts": "capacity" governs it
_ON_WEEKDAY = re.compile(
    r",?\s+(?:on\s+|last\s+|this\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I
)
# "the company confirmed on Monday": the day of the report, not of what it reports.
_REPORTED_ON = re.compile(
    r"\b(?:said|says|confirmed|confirms|announced|announces|reported|reports|added|told\s+\w+)\s+(?:on\s+)?$",
    re.I,
)
_REPORTED_REACH = 30  # characters before a day searched for the verb it is the day of
# A value a change started from: "up from 3,400", "climbed from the initial estimate of $250,000".
_CHANGED_FROM = re.compile(rf"\b(?:up|down|{CHANGE_WORDS})\s+from\s+(?:[\w'’-]+\s+){{0,4}}$", re.I)
_CHANGED_FROM_REACH = 50  # characters before a figure searched for it
# What had been planned before a change: "had been due to begin on", "had been scheduled for".
_SUPERSEDED = re.compile(
    r"\bhad\s+been\s+(?:due|scheduled|expected|planned|set|meant|supposed|slated)\b(?:\s+[\w'’-]+){0,4}\s+$",
    re.I,
)
_REPORTING_TERMS = ("said", "say", "confirm", "announc", "report", "told", "tell", "add")  # their stems
# A change word before a figure (up to four words, a qualifier, may stand between, but not "to" or
# "at": "fell to $12" is a level; "lifts the property tax levy 3.4%" is a change): the figure is it.
_CHANGED_BY = re.compile(
    rf"\b(?:{CHANGE_WORDS}|rises|falls|drops|up|down|off|lost|shed|added|by)\s+(?:(?!to\b|at\b)\w+\s+){{0,4}}$",
    re.I,
)
# ... or a change named right after the figure: "3.1% more", "a 3.4% increase", "a quarter-point hike".
_CHANGE_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|increase|rise|hike|cut|drop|decrease|decline|gain|jump|fall)\b", re.I
)


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


def reported_on(sentence: str, figure: Figure) -> bool:
    """Whether a figure is the day something was said or announced, right after the verb ("the
    authority said on Thursday", "announced Thursday")."""
    return _REPORTED_ON.search(sentence, max(0, figure.start - _REPORTED_REACH), figure.start) is not None


def changed_from(sentence: str, figure: Figure) -> bool:
    """Whether a figure is the value a change started from ("$410,000, up from the initial estimate of
    $250,000"; "rose from 3,400 to 5,200"; not "bans cars from 14 streets", "from 1969 until 1994"),
    or what had been planned before ("The first phase, which had been due to begin on September 1,
    will now start on October 5")."""
    start = max(0, figure.start - _CHANGED_FROM_REACH)
    before = sentence[start : figure.start].lower()
    if "had been" in before and _SUPERSEDED.search(sentence, start, figure.start):
        return True  # a plan given up: "which had been due to begin on September 1"
    if "from" not in before:  # (no "from" before it: most figures, read fast)
        return False
    return _CHANGED_FROM.search(sentence, start, figure.start) is not None


def _for_each(sentence: str, figure: Figure) -> bool:
    """Whether a figure is stated for each one of many, or as their average, not as their total."""
    return bool(
        _EACH_AFTER.match(sentence, figure.end)
        or _AVERAGE_BEFORE.search(sentence, max(0, figure.start - _PHRASE_CHARS), figure.start)
    )


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
    if published and "date" in want.kinds:  # "in November last year": that month
        candidates += months_relative(sentence, published)
    if published and want.weekday:  # "on a Monday": the day of the week of each date given
        given = weekdays(sentence, published)
        if not any(t in weights for t in _REPORTING_TERMS):  # "announced on a Monday" asks that day
            given = tuple(f for f in given if not reported_on(sentence, f))
        candidates += given
    if want.ahead and published:
        candidates = [f for f in candidates if not _before(f, published)]
    if want.earlier and published:  # "since 1998" or "on Nov. 28", not "began on October 3"
        candidates = [
            f
            for f in candidates
            if _before(f, published)
            and (
                not MONTH_DAY.fullmatch(str(f.value))
                or _of_an_earlier_year(f, published)
                or _long_before(f, published)
            )
        ]
    if want.day:  # "What time on Monday ...": not "at noon on Tuesday"
        candidates = [f for f in candidates if _on_day(sentence, f) in ("", want.day)]
    if not want.change and not want.before:  # "$410,000, up from $250,000": the value it came to
        candidates = [f for f in candidates if not changed_from(sentence, f)] or candidates
    if want.total:  # "How many flights in total ...?": "bringing the total to 370", not "another 230"
        candidates = [f for f in candidates if not f.difference] or candidates
        candidates = [f for f in candidates if not _for_each(sentence, f)]  # nor "£612 to each"
    if want.margin:  # "How large was her lead?": "a margin of 6,536", not her 41,286 votes
        candidates = [f for f in candidates if f.difference] or candidates
    elif not want.change and want.about >= TIME_UNITS:  # asks how long: "How long was the first
        candidates = [f for f in candidates if not f.difference]  # stage?" is not "won by 38 seconds"
    # "How old is Bellisari?", "... the python?": not "Reinholt, 27,"
    if want.about >= AGE and not want.anyone:
        candidates = [f for f in candidates if not _aged_other(sentence, f, weights, analyzer)]
    if want.about:  # the thing the question counts, else any count ("zebras": "4,242 animals")
        asked = WIDENED.keys() & weights.keys()  # a death or an injury asked ("How many died?")
        if asked:  # ... is no count of the other ("243 people had been injured")
            candidates = [f for f in candidates if not _befell_other(sentence, f, asked, analyzer)]
        counting = [f for f in candidates if _counts_asked(f, want)]
        if not counting and not want.measured:  # nor one that counts another of its nouns: "Three
            # masked thieves stole eight objects" for "How many items did the thieves take?"
            counting = [
                f
                for f in candidates
                if not f.about or (f.about not in AGE and weights.keys().isdisjoint(analyzer.terms(f.about)))
            ]  # (an age counts no thing: "Tennant-Marsh, 52, guilty of 11 counts")
        candidates = counting if counting or want.measured else candidates
        if want.measured:  # "How long is the railway?": not "buried about 120 metres of the railway"
            candidates = [f for f in candidates if not _measures_part(sentence, f)]
        if want.across:  # "How tall is Carden House?": "the 21-storey block", not "down 14 floors"; "How
            # deep were the miners?": "about 700 feet underground", not "1.7 miles from the portal"
            candidates = [f for f in candidates if dimension(sentence, f) != "distance"] or candidates
    elif want.whole:  # "212 incidents, 41 of which led to fires": the part, never the whole
        candidates = [f for f in candidates if f.about != want.whole or _OF_AFTER.match(sentence, f.end)]
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
    best = _nearest(want, sentence, words, candidates, weights, analyzer)
    if not _aside(sentence, best.figure, weights, analyzer):
        return best
    # A figure in a relative clause set off by commas, stating none of the question's words, tells of
    # the clause's noun ("The bakery, which has operated on Quarry Street since 1987, shut its doors
    # on Tuesday, May 13"): another figure answers when one does (of the thing asked, if it is).
    rest = [f for f in candidates if not _aside(sentence, f, weights, analyzer)]
    other = _nearest(want, sentence, words, rest, weights, analyzer) if rest else None
    if other is None or (
        want.about and _counts_asked(best.figure, want) and not _counts_asked(other.figure, want)
    ):
        return best
    return other


def _nearest(
    want: Wanted,
    sentence: str,
    words: list[tuple[int, list[str]]],
    candidates: list[Figure],
    weights: Mapping[str, float],
    analyzer: Analyzer,
) -> Slot:
    """The candidate figure nearest the question's words (`words`: the sentence's, `_sentence_words`):
    nearer words count more, the words that govern the figure more still, and counting the wanted
    thing most."""
    giving = _giving_terms(weights)
    total = sum(weights.values()) or 1.0
    # the weight of the dimension asked ("depth"), which a length given in it states in other words
    across = (
        max((weights.get(t, 0.0) for t in analyzer.terms(want.across)), default=0.0) if want.across else 0.0
    )
    best = Slot(candidates[0], 0.0)
    best_score = -1.0
    for figure in candidates:
        relevance, nearness = _around(words, (figure.start, figure.end), weights, giving)
        score = (nearness + governing(sentence, figure, weights, analyzer)) / total
        if want.about and _counts_asked(figure, want):
            score += _COUNTED_BONUS
        if want.stated is not None and figure.kind == want.stated.kind and consistent(figure, want.stated):
            score += _STATED_BONUS
        if across and dimension(sentence, figure) == want.across:  # "about 700 feet underground"
            relevance = max(relevance, across)
        if score > best_score:
            best, best_score = Slot(figure, relevance / total), score
    return best


def _aside(sentence: str, figure: Figure, weights: Mapping[str, float], analyzer: Analyzer) -> bool:
    """Whether a figure stands in a relative clause set off by commas (", which ... ,", ", who ... ,")
    whose words state none of the question's terms."""
    openings = list(_RELATIVE_OPENING.finditer(sentence, 0, figure.start))
    if not openings or "," in sentence[openings[-1].end() : figure.start]:
        return False
    opened = openings[-1]
    end = sentence.find(",", figure.end)
    return end >= 0 and set(fold(analyzer.terms(sentence[opened.end() : end]))).isdisjoint(weights)


def _counts_asked(figure: Figure, want: Wanted) -> bool:
    """Whether a figure counts what the question counts: the same noun, a kin one or its compound
    (`nouns.same_counted`: "1,800 children" for "How many schoolchildren ...?"). Not a measure in
    another unit, as `rerank.counted_as_asked` also reads (that here cost a question: RESULTS.md
    session 53), but for a statement, which gives its own figure: "has lived there for 41 years"
    measures the time of "for more than four decades" (not "The house at 1418")."""
    if not figure.about:
        return False
    if any(same_counted(figure.about, noun) for noun in want.about):
        return True
    unit = measure(figure.about) if want.stated is not None else None
    return unit is not None and any(measure(noun) == unit for noun in want.about)


def near_terms(
    sentence: str, figure: Figure, weights: Mapping[str, float], analyzer: Analyzer
) -> frozenset[str]:
    """The question's terms (`weights`, folded) that a sentence gives within reach of a figure, as
    its slot's relevance reads them."""
    words = _sentence_words(sentence, analyzer)
    return frozenset(_near(words, (figure.start, figure.end), weights, _giving_terms(weights))[0])


def _aged_other(sentence: str, figure: Figure, weights: Mapping[str, float], analyzer: Analyzer) -> bool:
    """Whether an age is set off after a name the question does not give ("Reinholt, 27,")."""
    whom = aged_whom(sentence, figure)
    return bool(whom) and weights.keys().isdisjoint(analyzer.terms(whom))


def _long_before(figure: Figure, published: str) -> bool:
    """Whether a day of a month ("11-28") falls `_EARLIER_EVENT_DAYS` or more before the day
    `published`, within a year."""
    return _days_before(figure, published) >= _EARLIER_EVENT_DAYS


def _of_an_earlier_year(figure: Figure, published: str) -> bool:
    """Whether a date writes a year before the one `published` ("Dec. 12, 2025" in 2026)."""
    year = year_written(figure)
    return bool(year) and published[:4].isdigit() and year < int(published[:4])


def _measures_part(sentence: str, figure: Figure) -> bool:
    """Whether a measure is given of a part of something ("buried about 120 metres of the railway"),
    not of a distance within which ("within 50 miles of the school")."""
    return _PART_OF.match(sentence, figure.end) is not None and not _WITHIN.search(
        sentence, max(0, figure.start - _WITHIN_REACH), figure.start
    )


def _before(figure: Figure, published: str) -> bool:
    """Whether a date ("10-22") falls in the half year before the day `published` ("2025-10-24"),
    a month of a year ("2025-08") before its month, or a year before its year."""
    if figure.kind == "year" and isinstance(figure.value, float) and published[:4].isdigit():
        return figure.value < int(published[:4])
    if figure.kind == "date" and YEAR_MONTH.fullmatch(str(figure.value)) and len(published) >= 7:
        return str(figure.value) < published[:7]
    if figure.kind != "date" or not MONTH_DAY.fullmatch(str(figure.value)) or len(published) < 10:
        return False
    return 0 < _days_before(figure, published) < _HALF_YEAR


def _days_before(figure: Figure, published: str) -> int:
    """How many days (months counted as 31) a day of a month ("10-22") falls before the day
    `published` ("2025-10-24"), within a year."""
    month, day = map(int, str(figure.value).split("-"))
    then = month * 31 + day
    now = int(published[5:7]) * 31 + int(published[8:10])
    return (now - then) % (12 * 31)


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
    others": "injured" governs 22, not 3; "22 people were injured when ...": "injured" governs 22).
    A figure in a clause that leaves its verb out shares the words that govern the figure of its kind
    before it ("Adults pay $12 to enter the museum, and children $6": "pay", "enter", "museum" and
    "children" govern $6)."""
    head = sentence[max(0, figure.start - _PHRASE_CHARS) : figure.start].rstrip()
    if figure.qualifier and head.lower().endswith(figure.qualifier):
        head = head[: -len(figure.qualifier)]  # "rose more than 40": "rose" governs 40
    if reach == 1:
        last = _NOUN_OF.search(head) or _LAST_WORD.search(head)
        before = [last[1]] if last else []
    else:  # "held up 1.2bn dollars", "wage increases totaling 18%"; a level: its clause
        clause = _CLAUSE_END.split(head)[-1]  # ("The zebra count in Kenya rose to 4,242")
        if not _WORD.search(clause) and head.endswith(":"):  # "Set-up cost: £240,000": its label
            clause = _CLAUSE_END.split(head[:-1])[-1]
        # ("cost the company an estimated $18 million": a determiner is no word between)
        words = [w for w in _WORD.findall(clause) if w.lower() not in _DETERMINERS]
        before = words[(0 if _LEVEL_BEFORE.search(clause) else -reach) :]
    after = sentence[figure.end : figure.end + _PHRASE_CHARS]
    of_which = _OF_WHICH.match(after)  # "41 of which led to fires": the clause is the figure's own
    after = _CLAUSE_END.split(after[of_which.end() :] if of_which else after, maxsplit=1)[0]
    words = before + _WORD.findall(after)
    terms = {t for word in words for t in _word_terms(analyzer, word)}
    gapped = _GAPPED.search(head) if not _WORD.search(after) else None
    if gapped and all(_plain_noun(w) for w in gapped[1].split()):  # "..., and children $6": no verb
        end = figure.start - len(gapped[0])
        shared = [f for f in figures(sentence) if f.kind == figure.kind and f.end <= end]
        if shared:  # what governs the figure before it governs this one too
            terms |= governing_terms(sentence, shared[-1], analyzer, reach)
    return terms


# A figure after "and" (or "while", a semicolon) and a noun or two, with nothing after it in its clause:
# a clause whose verb is left out ("Adults pay $12 to enter the museum, and children $6").
_GAPPED = re.compile(r"(?:,?\s+and|;|,?\s+while)\s+((?:[A-Za-z][\w'-]*\s+)?[A-Za-z][\w'-]*)\s*$")


def _plain_noun(word: str) -> bool:
    """Whether a word reads as a noun, not a verb or its participle ("children", "motorcycles"; not
    "injured")."""
    low = word.lower()
    return (
        noun_like(low)
        and not low.endswith("ed")
        and (is_noun(low) or is_noun(singular(low)) or is_plural(low))
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
# A description set off after a name: ", a mediator from ...", ", who manages ...".
_APPOSITIVE = re.compile(r",(?:\s+\d{1,3},)?\s+(?:a|an|the|who|whose)\s+([^,.;:]{1,80})")  # (past an age)


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
    giving = _giving_terms(weights)
    total = sum(weights.values()) or 1.0
    best: tuple[str, float] | None = None
    best_score = 0.0
    for head, start in given.items():
        relevance, nearness = _around(words, (start, start), weights, giving)
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
    known = _WORD_TERMS.get(analyzer.language, {})  # (`_word_terms` for the words not yet in it)
    out: list[tuple[int, list[str]]] = []
    for m in _WORD.finditer(sentence):
        found = known.get(m.group())
        out.append((m.end(), found if found is not None else _word_terms(analyzer, m.group())))
    return out


def _befell_other(sentence: str, figure: Figure, asked: AbstractSet[str], analyzer: Analyzer) -> bool:
    """Whether a count is of another casualty than the `asked` one (deaths or injuries, `WIDENED`):
    one the words governing it say ("243 people had been injured"), or its clause says and not the
    asked one ("The number of people hurt in the collapse has climbed to twenty-two")."""
    other = WIDENED.keys() - asked
    if not other.isdisjoint(fold(list(governing_terms(sentence, figure, analyzer, 2)))):
        return True
    clause = set(fold(analyzer.terms(clause_around(sentence, figure.start, figure.end))))
    return not other.isdisjoint(clause) and asked.isdisjoint(clause)


def _giving_terms(weights: Mapping[str, float]) -> frozenset[str]:
    """The terms by which a sentence gives one of the question's (`_given_as`): each, and the stem of
    its lemma."""
    return frozenset(weights).union(LEMMA_STEMS[t] for t in weights if t in LEMMA_STEMS)


def _near(
    words: list[tuple[int, list[str]]],
    span: tuple[int, int],
    weights: Mapping[str, float],
    giving: frozenset[str],
) -> tuple[dict[str, str], dict[str, int]]:
    """The question's terms given within _REACH words of the word at the start of `span` (character
    offsets), each with the sentence term that gives it, and each giving term's distance in words;
    the words of the span itself are not read (a statement's "until 5am" is not beside its 5am)."""
    start, end = span
    at = bisect_right(words, start, key=itemgetter(0))  # the first word ending after `start`
    distance: dict[str, int] = {}
    for i in range(max(0, at - _REACH), min(len(words), at + _REACH + 1)):
        if start < words[i][0] <= end:
            continue
        for term in words[i][1]:
            if term in giving:
                distance[term] = min(abs(i - at), distance.get(term, _REACH))
    if not distance:
        return {}, distance
    return {t: by for t in weights if (by := _given_as(t, distance)) is not None}, distance


def _around(
    words: list[tuple[int, list[str]]],
    span: tuple[int, int],
    weights: Mapping[str, float],
    giving: frozenset[str],
) -> tuple[float, float]:
    """The question weight within _REACH words of the start of `span` (`_near`), and the same weight
    with each term counted less the further it stands (1 beside it, 1/13 at _REACH words).
    `giving` is `_giving_terms(weights)`: no other term's distance is read."""
    given, distance = _near(words, span, weights, giving)
    if not distance:  # none of the question's terms within reach (the sums below of nothing)
        return 0, 0
    weight = sum(w for t, w in weights.items() if t in given)
    nearness = sum(w / (1 + distance[given[t]]) for t, w in weights.items() if t in given)
    return weight, nearness
