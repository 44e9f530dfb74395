"""Answering: which sentences give what a question asks, and whether any does.

A question asking for a quantity is answered by a figure counting what it asks about, or amid its
words and governed by one; "when" by a date, a year, a condition or a time that is no date; "which"
by a name (or a common noun of the question and a number: "Article 51"). Only documents naming
one of the question's names give its figure. Claims whose best sentence gives what a figure
question wants lead the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from factbot.index.answers.claims import clause_span, fold
from factbot.index.answers.counted import singular
from factbot.index.answers.dissents import gives
from factbot.index.answers.names import who_or_what
from factbot.index.answers.nouns import counts_people, doers, is_noun, same_counted
from factbot.index.answers.quantities import MEASURES, VAGUE, Figure, currency
from factbot.index.answers.questions import (
    QUANTITY_KINDS,
    WEEKDAY,
    frame_noun,
    is_statement,
    named_agent,
    owned_role,
    stated_figure,
    without_name_frame,
)
from factbot.index.answers.ranked import Group, Ranked, said_terms
from factbot.index.answers.rerank import counted_as_asked
from factbot.index.answers.slots import governing, governing_terms
from factbot.index.answers.wanted import AGE, Wanted, per_period
from factbot.index.ranking.analysis import STOPWORDS, Analyzer

__all__ = [
    "Mentions",
    "answering_ids",
    "apposed",
    "asks_quantity",
    "from_naming_documents",
    "gives_figure",
    "has_answer_figure",
    "name_terms",
    "names_holder",
    "names_one",
    "naming_documents",
]

Mentions = Callable[[Sequence[str], str], bool]  # (terms, doc id) -> whether the document has one of them
# "How much will it cost?" is answered only by a figure of that kind with this share of the
# question's weight around it (0.2 / 0.3 / 0.4 measured on the dev and our own set: RESULTS.md).
_FIGURE_AMID = 0.3
# ... and governed by a question word among this many words before it in its clause (or after it).
_GOVERNING_REACH = 2
_WHEN_KINDS = frozenset({"date", "year"})  # what "when" asks for
_SUM = frozenset({"money"})  # what "how much ... cost?" asks for
# The verbs that govern what a thing costs, read as a question's words when it asks a sum (folded
# terms: "costs 49 euros", "priced at $120", "sells for £3").
_PRICED = ("cost", "price", "sell", "charg", "pay")
_HOW_MUCH_IS = re.compile(r"\s*how\s+much\s+(?:is|are|was|were|will\s+be)\b", re.I)  # no verb of its own
_CONDITION = re.compile(r"\b(?:once|from\s+the\s+day|as\s+soon\s+as|upon)\b", re.I)  # a "when" without a date
# A time that is no date: a season, a month, a period about the writing ("next year", "two weeks ago").
_TIME_WORDS = re.compile(
    r"\b(?:spring|summer|autumn|fall|winter|january|february|march|april|june|july|august|september"
    r"|october|november|december|today|tonight|tomorrow|yesterday|ago|soon|shortly"
    r"|(?:next|last|this|later\s+this|early\s+next|late\s+next)\s+(?:week|month|year|season|decade))\b"
    r"|\b(?:(?:mid|early|late)-?|(?:in|by|until|from|before|after)\s+)(?-i:May)\b",
    re.I,
)
_ON_WEEKDAY = re.compile(rf"\bon\s+{WEEKDAY.pattern}", re.I)
_DESIGNATION = re.compile(r"\b([A-Z][a-z]+)\s+\d+[A-Za-z]?\b")  # "Article 51", "Route 9", "Gate 4B"
_WORD = re.compile(r"[A-Za-z]+")
# A place in an order past the first, which a figure answering a question that names one must be given
# with ("second-place", "finished second"; "first" is too common a word to ask it).
_ORDINAL = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")


def has_answer_figure(
    question: str, want: Wanted | None, kept: Sequence[Ranked], answering: frozenset[int]
) -> bool:
    """A question asking for a quantity needs a sentence `answering` it (`answering_ids`). "When" needs
    a date or a year among the question's words, a condition ("once both sides sign"; not for what
    happened: "When did ...") or a time that is no date ("next spring", "in March", "two weeks
    ago"), and "What day ...?" also a day of the week ("announced the recall on Monday"): "The
    bridge, which opened in 1961, ..." does not say when its replacement is to open."""
    statement = is_statement(question)
    if want is not None and want.about >= AGE and not statement:  # "How old is the pipe?": a year or an age
        return any(r.slot is not None and r.slot.relevance > 0 for r in kept)
    if want is not None and want.kinds & _WHEN_KINDS and not statement:
        day = frame_noun(question) == "day"  # "On what day ...?": "announced the recall on Monday"
        return any(
            (r.slot is not None and r.slot.relevance > 0)
            or (not want.past and _CONDITION.search(r.sentence.text))
            or _TIME_WORDS.search(r.sentence.text)
            or (day and _ON_WEEKDAY.search(r.sentence.text))
            for r in kept
        )
    # (A statement asking a figure it does not give, "Nobody was hurt ...", is judged by its words
    # when no source gives one.)
    unstated = statement and want is not None and want.stated is None
    return want is None or unstated or not asks_quantity(question, want) or bool(answering)


def names_holder(
    question: str,
    kept: Sequence[Ranked],
    covers: Sequence[float],
    bar: float,
    around: Mapping[int, frozenset[str]],
    analyzer: Analyzer,
) -> bool:
    """For "Who is <owner>'s <role>?", whether a sentence stating `bar` of it names someone, with half
    the role's words and the owner in it or its neighbours (`around`: the question terms they hold):
    "chief executive Miriam Kolb" of the kettle maker is not Hallmart's, though its report names
    Hallmart as a seller. True for any other question."""
    asked = owned_role(question)
    if asked is None:
        return True
    owner, role = (frozenset(analyzer.terms(words)) for words in asked)
    return any(
        c >= bar
        and r.answer_name is not None
        and 2 * len(role & r.terms) >= len(role)
        and not owner.isdisjoint(r.terms | around.get(r.hit.sentence_id, frozenset()))
        for r, c in zip(kept, covers, strict=True)
    )


def names_one(
    question: str,
    kept: Sequence[Ranked],
    covers: Sequence[float],
    bar: float,
    analyzer: Analyzer,
    names_doc: Callable[[str], bool] | None = None,
) -> bool:
    """Whether a sentence stating `bar` of a "which" question (`covers`: each one's share) names one:
    by a name, or by a common noun of the question and a number ("in line with Article 51 of the
    United Nations Charter" for "Which article of the UN Charter ...?"; not "Unit 2" for "Which
    architects designed the Linden Maternity Unit?")."""
    asked = {w for w in _WORD.findall(question) if w.islower() and analyzer.terms(w)}
    agent = named_agent(question)
    return any(
        c >= bar
        and (
            (
                r.answer_name is not None
                and (names_doc is None or names_doc(r.sentence.doc_id))
                and (agent is None or apposed(r.sentence.text, agent))
            )
            or any(m[1].lower() in asked for m in _DESIGNATION.finditer(r.sentence.text))
        )
        for r, c in zip(kept, covers, strict=True)
    )


def apposed(sentence: str, agent: str) -> bool:
    """Whether a sentence gives a name beside the noun of the kind of agent asked: "driver Tom Hale",
    "the driver, Tom Hale", "Tom Hale, 54, the train's driver" (not "The driver of the 05:42 Kelbury
    to Ashcombe service")."""
    noun = rf"(?i:{re.escape(agent)}s?)"
    before = rf"\b{noun},?\s+[A-Z]"
    determiner = r"(?i:(?:the|a|an|its|their|his|her)\s+)?"
    after = rf"[A-Z][\w.'’-]*,(?:\s+\d+,)?\s+{determiner}(?:[\w'’-]+\s+){{0,2}}{noun}\b"
    return re.search(before, sentence) is not None or re.search(after, sentence) is not None


# A statement's or a question's first word, capitalised anyway, before a possessive or a lower-case
# word: a name when it is no noun nor function word ("Halloran's was fined", "Pryce conceded"; not
# "Residents were").
_FIRST_NAME = re.compile(r"\s*([A-Z][a-z]+)(?:['’]s\b|\s+[a-z])")


def name_terms(question: str, analyzer: Analyzer) -> list[str]:
    """The terms of the names a question gives, less their bare numbers: "Terrasight-2" is named by
    "terrasight" or "terrasight2", not by any "2" ("voted 9-2"); its first word when it gives no other
    and that word is a name (`_FIRST_NAME`)."""
    given = who_or_what(without_name_frame(question))
    first = _FIRST_NAME.match(question)
    if (
        not given
        and first is not None
        and first[1].lower() not in STOPWORDS
        and not is_noun(singular(first[1].lower()))
    ):
        given = [first[1]]
    return [t for name in given for t in analyzer.terms(name) if not t.isdigit()]


def naming_documents(named: Sequence[str], mentions: Mentions) -> Callable[[str], bool] | None:
    """Whether a document names one of the names the question gives (`named`: their terms; a word of
    one), read once per document; None when the question gives no name."""
    if not named:
        return None
    naming: dict[str, bool] = {}

    def names_one(doc_id: str) -> bool:
        if doc_id not in naming:
            naming[doc_id] = mentions(named, doc_id)
        return naming[doc_id]

    return names_one


def from_naming_documents(
    want: Wanted | None, about: list[Ranked], names_one: Callable[[str], bool]
) -> list[Ranked]:
    """The sentences that may give a question's figure: those of documents naming one of the names
    the question gives (`names_one`), and those counting what it asks about wherever they stand. A
    document that never names Ridgeway does not say what Ridgeway's buses cost. Read for questions
    only: a statement to check may name its subject as the sources do not ("NF-κB" for "NF-kappaB";
    SciFact lost five claims' evidence when statements were read so, RESULTS.md)."""
    return [
        r
        for r in about
        if (
            want is not None
            and r.slot is not None
            and r.slot.figure.about != "people"  # any story's people ("employs 23 people")
            and counted_as_asked(r.slot.figure.about, want.about)
        )
        or names_one(r.sentence.doc_id)
    ]


def asks_quantity(question: str, want: Wanted) -> bool:
    """Whether a question or statement is answered by a count, percentage, points or sum."""
    return is_statement(question) or want.kinds <= QUANTITY_KINDS


def answering_ids(
    question: str,
    want: Wanted,
    kept: Sequence[Ranked],
    weights: dict[str, float],
    analyzer: Analyzer,
    covering: frozenset[int] = frozenset(),
    mentions: Mentions | None = None,
) -> frozenset[int]:
    """The sentences giving a figure that answers a quantity question: one counting what it asks
    about, or amid its words and governed by one of them ("Van Aalst, which bought Pennock, will put
    £40m into ovens" does not say what it paid), or, if it counts no named thing ("480 teachers"),
    governed by one of them in a sentence that, with its neighbours, is `covering` the question ("The
    city-owned facility cost $38.5 million" after the sentence naming the pool). A statement's own
    figure (a rounding or bound of it too) answers from any sentence `covering` the statement."""
    statement = is_statement(question)
    stated = stated_figure(question) if statement else None
    # "How much prize money did Sandoval get for finishing second?": not the title's 25,000 crowns
    placed = frozenset(_ORDINAL.findall(question.lower())) if not statement else frozenset()
    # "How many of the claims has the city turned down?": the part's terms, read once
    part = [t for t in fold(analyzer.terms(want.part)) if t in weights] if want.whole else []
    if want.kinds == _SUM and _HOW_MUCH_IS.match(question):  # "How much is the cheapest ticket?": its cost
        weights = {**dict.fromkeys(_PRICED, 1.0), **weights}
    return frozenset(
        r.hit.sentence_id
        for r in kept
        if r.slot is not None
        and _as_asked(r.sentence.text, r.slot.figure, want)
        and (not part or _sets_part_apart(r, part, weights, analyzer))
        and (not placed or not placed.isdisjoint(_ORDINAL.findall(r.sentence.text.lower())))
        and (not want.margin or _margin(r.slot.figure))
        and (
            counted_as_asked(r.slot.figure.about, want.about)
            or _done_by_asked(r.sentence.text, r.slot.figure, want)
            or (want.change and not statement)  # a figure stated as a change answers "by how much"
            or want.margin  # ... and one stated as a difference a margin
            or (
                r.slot.relevance >= _FIGURE_AMID
                and (statement or _governed(r.sentence.text, r.slot.figure, weights, analyzer))
                and (statement or not _counts_other(r, want, analyzer, mentions))
            )
            # a statement's own figure, anywhere in a sentence `covering` it ("Library workers
            # ... have voted to accept the contract ..., with 88 percent in favor")
            or (stated is not None and r.hit.sentence_id in covering and gives(r.sentence.text, stated))
            or (
                not statement
                and r.slot.relevance > 0
                and r.hit.sentence_id in covering
                and not (r.slot.figure.kind == "count" and r.slot.figure.about)
                and _governed(r.sentence.text, r.slot.figure, weights, analyzer)
            )
        )
    )


def _as_asked(sentence: str, figure: Figure, want: Wanted) -> bool:
    """Whether a figure is given per the period a question asks it per ("2,100 births a year") and in
    the currency it asks it in ("in US dollars"), where it asks one."""
    return (not want.per or per_period(sentence, figure, want.per)) and (
        not want.currency or currency(figure) == want.currency
    )


def _margin(figure: Figure) -> bool:
    """Whether a figure can be a margin: a difference ("a margin of 6,536", "won by 6,536 votes") or
    a tally ("9-2"), not a level (her 41,286 votes)."""
    return figure.difference or figure.kind == "tally"


def _sets_part_apart(r: Ranked, part: list[str], weights: dict[str, float], analyzer: Analyzer) -> bool:
    """Whether a figure answers how many of a whole are of a part (`part`: the question's terms that
    set the part apart): it counts what the part counts ("38 fires" for "How many of the incidents
    led to fires?"), or its sentence states the part's heaviest word ("41 of which led to fires";
    "22 damage claims had been received" does not say how many the city turned down, nor "About 380
    of the jobs will go at headquarters" how many will be in Europe)."""
    figure = r.slot.figure if r.slot is not None else None
    if figure is None:
        return True
    if figure.about and not set(fold(analyzer.terms(figure.about))).isdisjoint(part):
        return True
    return max(part, key=weights.__getitem__) in said_terms(r)


def _counts_other(r: Ranked, want: Wanted, analyzer: Analyzer, mentions: Mentions | None) -> bool:
    """Whether a figure counts another thing than the question does, its own phrase having no word of
    what the question counts: people where it counts things, or things where it counts people
    ("Thousands of residents poured into the new library" for "How many parking spaces does the
    library have?"), or another thing in a report that uses the question's noun, which it would have
    counted if it meant it ("22 drawings without a winner" for "How many tickets were sold?"; not
    "eight objects" for "How many items ...?" in reports that never say "items", nor "11 midwife
    posts were still vacant" for "How many midwife vacancies ...?")."""
    assert r.slot is not None
    figure = r.slot.figure
    if figure.kind != "count" or not figure.about or figure.about in MEASURES or not want.counted:
        return False
    people = counts_people(figure.about)
    if people == any(counts_people(a) for a in want.about):  # of one class: the report's words decide
        asked = [t for a in want.about for t in analyzer.terms(a)]
        if people or mentions is None or not asked or any(same_counted(figure.about, a) for a in want.about):
            return False
        if not mentions(asked, r.sentence.doc_id):
            return False
    own = governing_terms(r.sentence.text, figure, analyzer, _GOVERNING_REACH)
    return own.isdisjoint(analyzer.terms(want.counted))


def _done_by_asked(sentence: str, figure: Figure, want: Wanted) -> bool:
    """Whether a count's clause, after it, has a verb form ("-ing", "-ed") whose doers the question
    counts ("three parties had expressed an interest in buying the depot" for "How many potential
    buyers ...?"; `nouns.doers`)."""
    if figure.kind != "count" or not want.about:
        return False
    after = sentence[figure.end : clause_span(sentence, figure.start, figure.end)[1]]
    verbs = (w.lower() for w in _WORD.findall(after) if w.lower().endswith(("ing", "ed")))
    return any(not doers(v).isdisjoint(want.about) for v in verbs)


def _governed(sentence: str, figure: Figure, weights: dict[str, float], analyzer: Analyzer) -> bool:
    """Whether a question word governs a figure: one of the few words before it in its clause, or
    of its own phrase after it."""
    return governing(sentence, figure, weights, analyzer, reach=_GOVERNING_REACH) > 0


def gives_figure(group: Group, want: Wanted | None, weights: dict[str, float], analyzer: Analyzer) -> bool:
    """Whether a claim's best sentence gives what a question asking for a figure wants: a figure
    amid the question's words, or counting what it asks about, or beside one of its words and
    governed by one ("District officials put the cost of the deal at $41 million" for "How much will
    the contract cost?"), or a time of day beside one of its words (any claim, for another question).
    Such claims lead; the others follow ("Voters approved Measure K" after "The measure received
    61% support" for "What share of voters supported Measure K?")."""
    if want is None:
        return True
    slot = group.best.slot
    if slot is not None and slot.figure.qualifier == VAGUE:
        return False  # "Dozens of ships" follows "42 ships"
    if slot is not None and want.margin and not _margin(slot.figure):
        return False  # "her 41,286 votes to his 34,750" follows "won by 6,536 votes"
    if slot is not None and not _as_asked(group.best.sentence.text, slot.figure, want):
        return False  # "employed 310 people" follows "carried about 14,000 passengers a day"
    if slot is not None and (
        slot.relevance >= _FIGURE_AMID
        or counted_as_asked(slot.figure.about, want.about)
        or want.change
        or want.margin
        or (slot.relevance > 0 and slot.figure.kind == "time")
        or (slot.relevance > 0 and _governed(group.best.sentence.text, slot.figure, weights, analyzer))
    ):
        # Asked by how much something changed, every figure stated as a change answers; asked what
        # time, a time of day beside any question word does ("The leak was discovered at about
        # 6:40 a.m."). (Dates too: another untuned set lost a question, RESULTS.md.)
        return True
    # "When" is also answered by a condition ("from the day when both sides exchange ...").
    # (Not for what happened: "When did the pool open?" is not answered by "Once operations begin".)
    return (
        not want.kinds.isdisjoint(_WHEN_KINDS)
        and not want.past
        and (
            _CONDITION.search(group.best.sentence.text) is not None
            or _TIME_WORDS.search(group.best.sentence.text) is not None
        )
    )
