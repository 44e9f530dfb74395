"""Claims: ranked sentences grouped, each group one fact that every document in it states.

Two sentences are one claim when one gives the other's answering figure, or a rounding or bound
of it, for the same thing, or gives its answering count under another noun where a word besides the
nouns governs both or each counts what the question counts by its noun or a word governing it ("17
attacks on pets" / "17 pets have been attacked") (from documents that both name one of the
question's names, when it gives any);
when, for a "when" question, one gives no written date but a day
relative to its report and the other gives that day, written or relative to its own; when, for a
question that asks for no figure (or when neither gives the kind asked: "12,310 votes for
and 9,874 against" is no written tally), they share two figures and differ on none (for a yes/no
question, when the second, with its neighbours, also says the question's words that the first
says beside its figures); when, for a
statement with no figure, each states most of it (`sides.StatementSides`) in the
same polarity and agrees on its names, or each gives in place of one of its names the same other
name (`sides.Substitutes`); when they give the same names to a "who" question, or one gives the
other's answer name more fully ("Ostrander & Vale Architects") (a sentence naming no one is never
one with a "who" answer given by name); when, for a question
asking no figure and no name, the second has the first one's `_RARE_SHARED` rarest words besides
the question's; or else when `claims.same_claim` finds them the same fact in other words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from factbot.index.answers.causes import CAUSE_ASKED, Causes
from factbot.index.answers.claims import ClaimKey, TermWeights, clause_around, fold, same_claim
from factbot.index.answers.figures import as_weight, figures
from factbot.index.answers.kinds import Kinds
from factbot.index.answers.names import name_at, names
from factbot.index.answers.nouns import is_noun, same_counted
from factbot.index.answers.polarity import negated
from factbot.index.answers.quantities import VAGUE, Figure, consistent, in_units_of, measure
from factbot.index.answers.questions import AUXILIARY, asks_for_name, is_statement, question_type
from factbot.index.answers.ranked import Group, Ranked
from factbot.index.answers.sides import Denials, Saying, StatementSides, Substitutes, name_denied
from factbot.index.answers.slots import CENTRED, Slot, governing_terms, reported_on
from factbot.index.answers.wanted import Wanted
from factbot.index.ranking.analysis import Analyzer

__all__ = [
    "SameClaim",
    "asks_provisional",
    "best_slot",
    "group_claims",
    "provisional",
    "states_answer",
]

_YES_NO = re.compile(r"^\s*" + AUXILIARY + r"\b", re.I)  # "Will ...", "Has ...", "Did ..."
# A value given as the one a change started from: "up from 3,400", "from about 3,400 to 5,200".
_PREVIOUS = re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", re.I)
_PREVIOUS_REACH = 30  # characters before a figure searched for it
# A day is where a change starts ("From 2 March, visitors will pay ..."), never its earlier value.
_STARTING = frozenset({"date", "weekday"})
# For a question asking no figure and no name, two sentences sharing this many of the first one's
# rarest words besides the question's are one answer (1: -3 on 25 sets; 2 and 3: +2; RESULTS.md).
_RARE_SHARED = 3
# Sentences that share this many figures (and differ on none) state one fact.
_SHARED_FIGURES = 2
# A count this large, given by two sentences of one story, counts one thing under two names
# ("6,500 dockworkers" / "6,500 members"); a smaller one ("three helicopters") may not.
_DISTINCT_COUNT = 100
_POUND = "pound"  # the unit of a weight in pounds ("2,251 lb"), which a sum in "pounds" may be


# A provisional report, not the outcome: "was leading Mayor Gordon Pryce by about 5,200 votes", "with
# 92% of precincts reporting" (not "with all 212 precincts reporting"), "was on course to win", "early
# returns showed" (not a role: "who is leading the excavation"): another claim than the outcome's.
_PROVISIONAL = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:leading|ahead)\b[^.;]{0,60}?\bby\s+(?:[a-z]+\s+)?\d|on\s+course\s+to|"
    r"early\s+(?:returns|results)|(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?precincts\s+reporting|"
    r"votes\s+counted\s+so\s+far)\b",
    re.I,
)
_PROVISIONAL_WORDS = ("lead", "ahead", "course", "early", "precinct", "so far")  # one is in each
_PROVISIONAL_ASKED = re.compile(r"\b(?:lead|leads|leading|ahead|course|early|so\s+far)\b", re.I)


def provisional(text: str) -> bool:
    """Whether a sentence is a provisional report (`_PROVISIONAL`); most sentences have none of its
    words and are not searched."""
    lowered = text.lower()
    return any(w in lowered for w in _PROVISIONAL_WORDS) and _PROVISIONAL.search(text) is not None


def asks_provisional(question: str) -> bool:
    """Whether a question asks the provisional state ("leading", "early", "so far"), not the outcome."""
    return _PROVISIONAL_ASKED.search(question) is not None


def group_claims(
    ranked: Sequence[Ranked],
    limit: int,
    same: Callable[[Ranked, Ranked], bool],
    floor: float,
    answering: frozenset[int] = frozenset(),
) -> list[Group]:
    """Group sentences best first; only sentences scoring at least `floor` open a group, and only
    `limit` groups are opened but by sentences `answering` (that give the asked-for figure): those
    open one wherever they rank, and a sentence ranked above one that is its claim joins it then
    ("The city-owned facility cost $38.5 million" ranks below ten sentences on the pool). An
    answering sentence joins the first claim an answering sentence opened that it is one with, before
    any other ("Four judges from the committee checked every lamb" joins "The four-member judging
    panel", not "Every lamb was checked by a panel from the committee"); and a sentence giving a
    figure joins, of those, one whose figure is consistent with its own first ("revenue came in at
    $842m ... and it posted a net loss of $63.5m" joins the claim of $842 million revenue, not the
    one of the net loss it also gives)."""
    groups: list[Group] = []
    unplaced: list[Ranked] = []
    for r in ranked:
        # A sentence giving the answer joins a claim giving one before a claim it shares only words with.
        giving = r.hit.sentence_id in answering
        order = (
            sorted(
                groups,
                key=lambda g: (
                    giving and g.best.hit.sentence_id not in answering,
                    not _figures_alike(g.best, r),
                ),
            )
            if giving or r.slot is not None
            else groups
        )
        group = next((g for g in order if same(g.best, r)), None)
        if group is not None:
            group.members.append(r)
        elif (len(groups) < limit or r.hit.sentence_id in answering) and r.score >= floor:
            groups.append(Group(r, [r]))
        else:
            unplaced.append(r)
    answers = [g for g in groups if g.best.hit.sentence_id in answering]
    for r in unplaced if answers else ():
        group = next((g for g in answers if same(g.best, r)), None)
        if group is not None:
            group.members.append(r)
    return groups


def _figures_alike(a: Ranked, b: Ranked) -> bool:
    """Whether two sentences' answering figures are of one kind and consistent."""
    if a.slot is None or b.slot is None:
        return False
    return a.slot.figure.kind == b.slot.figure.kind and consistent(a.slot.figure, b.slot.figure)


class SameClaim:
    """Whether two ranked sentences are one claim, for one question."""

    def __init__(
        self,
        question: str,
        want: Wanted | None,
        asked: dict[str, float],
        weights: dict[str, float],
        overlap: float,
        analyzer: Analyzer,
        names_doc: Callable[[str], bool] | None = None,
        idf: Callable[[Sequence[str]], dict[str, float]] | None = None,
        saying: Saying | None = None,
    ) -> None:
        self._want = want
        self._names_doc = names_doc  # whether a document names one of the question's names
        self._statement = is_statement(question)
        self._naming = asks_for_name(question) and not self._statement
        self._question_lower = question.lower()
        self._who = self._naming and question_type(question) == "who"
        self._provisional_asked = asks_provisional(question)
        self._provisionals: dict[int, bool] = {}  # whether a sentence is a provisional report, read once
        self._weights = TermWeights(weights)
        self._overlap = overlap
        self._focus = frozenset(fold(list(weights)))
        self._sides = StatementSides(question, asked) if self._statement and want is None else None
        self._substitutes = Substitutes(question, asked, analyzer) if self._sides is not None else None
        self._analyzer = analyzer
        self._given = figures(question)  # the question's own figures name its subject ("the Nov. 30 attempt")
        self._worded: dict[int, ClaimKey] = {}
        self._causes = Causes(question, analyzer) if CAUSE_ASKED.match(question) else None
        yes_no = want is None and _YES_NO.match(question) is not None
        # (A question that itself denies, "Can people who aren't members shop there?", is affirmed
        # and denied by no "not": every sentence without one would read as denying it.)
        self._denials = Denials(question, analyzer) if yes_no and not negated(question) else None
        self._saying = saying if yes_no else None
        self.kinds = Kinds.asked(question) if want is None and not self._statement else None
        # For a question asking no figure and no name, the words of an answer that it does not ask
        # (`_RARE_SHARED` of the rarest), read once per sentence.
        answering = want is None and not self._statement and not self._naming
        self._idf = idf if answering else None
        self._asked = frozenset(weights) | self._focus
        self._rarest: dict[int, tuple[str, ...]] = {}
        self._named: dict[int, frozenset[str]] = {}  # a sentence's name terms
        self._governed: dict[int, frozenset[str]] = {}  # the words governing its answering figure
        # the terms of the nouns a question asking a count counts, folded ("pet attacks": "attack")
        counted = [t for noun in want.about for t in analyzer.terms(noun)] if want is not None else []
        self._counted = frozenset(fold(counted))

    def __call__(self, a: Ranked, b: Ranked) -> bool:
        """The same answer to the question, or the same fact in other words."""
        if not self._provisional_asked and self._provisional(a) != self._provisional(b):
            return False  # "was leading Pryce by about 5,200 votes" is not "defeated Pryce"
        if self._sides is not None and self._sides.alike(a, b):
            return True
        if self._causes is not None and self._causes.alike(
            a.hit.sentence_id, a.sentence.text, b.hit.sentence_id, b.sentence.text
        ):
            return True  # the same cause, or both say it is not known yet
        if self._denials is not None and self._denials.alike(a, b) and self._both_named(a, b):
            return True  # both deny what a yes/no question asks ("won't pay", "refused to pay")
        want = self._want
        if want is not None and states_answer(a, b, want) and self._both_named(a, b):
            return True  # the figure is the answer; a negation elsewhere ("no one has died") is not
        if (
            want is not None
            and (a.slot is None or a.slot.relevance <= 0 or not want.counts(a.slot.figure))
            and states_answer(b, a, want)
            and self._both_named(a, b)
        ):
            return True  # `a` gives `b`'s answer, but far from the question's words or counting another noun
        if want is not None and self._counts_alike(a, b, want) and self._both_named(a, b):
            return True  # "Nine people were burned" / "nine burn injuries"
        if (
            want is not None
            and "date" in want.kinds
            and not self._statement
            and a.slot is None
            and a.key.negated == b.key.negated
            and _same_day(a, b)
        ):
            return True  # "a collapse on Sunday night" (a report of Tuesday 4 November) / "on 2 November"
        if (
            (want is None or (a.slot is None and b.slot is None))  # neither gives what is asked
            and _shares_figures(a, b, self._given)
            and a.key.negated == b.key.negated
            and self._both_named(a, b)
        ):
            # For a yes/no question the figures name the event, not the answer: "raised rates by a
            # quarter point to 4.75%" does not say "the third time this year".
            return self._saying is None or self._saying.as_much(a, b)
        if want is not None and a.slot is not None and _dated_otherwise(a.slot.figure, b):
            return False  # "work is expected to resume on Wednesday" is not "vote on Oct. 28"
        if a.slot and b.slot and a.slot.relevance > 0 and b.slot.relevance > 0:
            fa, fb = a.slot.figure, b.slot.figure
            centred = min(a.slot.relevance, b.slot.relevance) >= CENTRED and fa.kind != "weekday"
            same_thing = fa.about == fb.about or centred
            return (
                fa.kind == fb.kind
                and fa.value == fb.value
                and _figure_denied(a) == _figure_denied(b)
                and same_thing
            )
        if want is not None and a.slot is not None and a.slot.relevance > 0 and not self._statement:
            # A claim giving the answer is joined only by sentences that give it, not by one that
            # shares its other words ("... 54% full on Thursday, having been 96% full when engineers
            # found a crack" and "Engineers found a 14-metre crack" for "How full was it?").
            return False
        if self._substitutes is not None:  # a statement: its names are not the answer's
            return self._substitutes.alike(a, b) or same_claim(
                a.key, b.key, self._weights, self._overlap, self._focus
            )
        shared = a.names if a.names and a.names == b.names else set()
        if not shared and a.answer_name is not None and a.answer_name in b.names:
            shared = {a.answer_name}
        if not shared and self._naming and _named_more_fully(a, b) and a.key.negated == b.key.negated:
            return True  # "the firm Ostrander & Vale" / "Ostrander & Vale Architects of Port Linley"
        same_names = bool(shared) and all(_one_name(a.sentence.text, b.sentence.text, h) for h in shared)
        said = a.answer_name if a.answer_name in shared else min(shared, default=None)
        if same_names and name_denied(a, said) == name_denied(b, said):
            # the same names answer "who" ("Sheriff Marcus Oyelaran" and "Oyelaran"), each in a
            # clause that does not deny it (a "not" elsewhere in the sentence is not about it)
            return True
        if self._naming and a.answer_name is not None and b.answer_name is not None:
            return False  # "who"/"which": two sentences naming their answers are one claim by that name only
        if self._who and a.answer_name is not None and not b.names and not self._names_other(b):
            return False  # "Who organized the petition?": not "The petition has 1,400 signatures"
        if self._idf is not None and a.key.negated == b.key.negated and self._rare_shared(a, b):
            return True  # "a faulty gasket on the bottom outlet valve" / "the outlet valve's gasket failed"
        kinds = self.kinds
        if (
            kinds is not None
            and a.key.negated == b.key.negated
            and kinds.alike(a.sentence.text, b.sentence.text)
        ):
            return True  # "What animal escaped?": both name a snow leopard
        return same_claim(a.key, b.key, self._weights, self._overlap, self._focus)

    def _provisional(self, r: Ranked) -> bool:
        """`provisional`, read once per sentence."""
        key = r.hit.sentence_id
        if key not in self._provisionals:
            self._provisionals[key] = provisional(r.sentence.text)
        return self._provisionals[key]

    def _names_other(self, r: Ranked) -> bool:
        """Whether a sentence gives a name the question does not (a place's too)."""
        return any(n.lower() not in self._question_lower for n in names(r.sentence.text))

    def denies(self, r: Ranked) -> bool:
        """For a yes/no question, whether a sentence denies what it asks from a document naming its
        names ("Nobody was injured" for "Was anyone injured when the spire collapsed?")."""
        return self._denials is not None and self._denials.denies(r) and self._from_naming_document(r)

    def _counts_alike(self, a: Ranked, b: Ranked, want: Wanted) -> bool:
        """Whether `b`'s answering figure is `a`'s answering count under another noun: the same value,
        the words governing each sharing one besides the nouns counted and the names ("Nine people
        were burned" / "nine burn injuries"; "stole eight objects" / "the eight pieces stolen"), or
        each counting what the question counts by its noun or a word governing it."""
        if a.slot is None or a.slot.relevance <= 0 or b.slot is None:
            return False
        ours, theirs = a.slot.figure, b.slot.figure
        if ours.kind != "count" or theirs.kind != "count":
            return False
        if ours.difference != theirs.difference or not consistent(ours, theirs):
            return False
        if b.slot.relevance > 0 and self._counts_asked(a) and self._counts_asked(b):
            return True  # "17 coyote attacks on pets" / "17 pets have been attacked", for "pet attacks"
        return want.counts(ours) and bool(self._governing(a) & self._governing(b))

    def _counts_asked(self, r: Ranked) -> bool:
        """Whether a sentence's answering count counts what the question does by its noun or by a word
        governing it ("17 pets have been attacked" counts attacks)."""
        assert r.slot is not None
        said = self._governing(r) | set(self._analyzer.terms(r.slot.figure.about))
        return not self._counted.isdisjoint(fold(list(said)))

    def _governing(self, r: Ranked) -> frozenset[str]:
        """The terms of the words governing a sentence's answering figure, besides its counted noun and
        the sentence's names, read once per sentence."""
        key = r.hit.sentence_id
        if key not in self._governed:
            assert r.slot is not None
            figure = r.slot.figure
            terms = governing_terms(r.sentence.text, figure, self._analyzer)
            self._governed[key] = frozenset(
                terms - self._name_terms(r) - set(self._analyzer.terms(figure.about))
            )
        return self._governed[key]

    def _name_terms(self, r: Ranked) -> frozenset[str]:
        """The terms of the names a sentence gives, read once per sentence."""
        key = r.hit.sentence_id
        if key not in self._named:
            self._named[key] = frozenset(
                t for name in names(r.sentence.text) for t in self._analyzer.terms(name)
            )
        return self._named[key]

    def _both_named(self, a: Ranked, b: Ranked) -> bool:
        """Whether both sentences' documents name one of the question's names (when it gives any):
        "about 40 km from the finish" of a cycle race is no rounding of the "41 km stretch of Route 9"
        a snowstorm closed."""
        return self._from_naming_document(a) and self._from_naming_document(b)

    def _from_naming_document(self, r: Ranked) -> bool:
        """Whether a sentence's document names one of the question's names (when it gives any)."""
        return self._names_doc is None or self._names_doc(r.sentence.doc_id)

    def _rare_shared(self, a: Ranked, b: Ranked) -> bool:
        """Whether `b` has the `_RARE_SHARED` rarest words of `a` that are neither the question's
        nor a name's nor a number: the words of the answer."""
        key = a.hit.sentence_id
        rarest = self._rarest.get(key)
        if rarest is None:
            assert self._idf is not None
            own = [t for t in a.terms - self._asked - self._name_terms(a) if not any(c.isdigit() for c in t)]
            idf = self._idf(own)
            rarest = self._rarest[key] = tuple(
                sorted(own, key=lambda t: (-idf.get(t, 0.0), t))[:_RARE_SHARED]
            )
        return len(rarest) == _RARE_SHARED and all(t in b.terms for t in rarest)

    def restates(self, a: Ranked, b: Ranked) -> bool:
        """Whether `b` says what `a` says but for its figures: a dissent on the same fact."""
        if a.sentence.doc_id == b.sentence.doc_id:
            return False
        return same_claim(
            self._without_figures(a), self._without_figures(b), self._weights, self._overlap, self._focus
        )

    def _without_figures(self, r: Ranked) -> ClaimKey:
        """A sentence's claim key without its figures or the words that write them ("eleven")."""
        key = r.hit.sentence_id
        if key not in self._worded:
            written = " ".join(f.text for f in figures(r.sentence.text))
            numbers = frozenset(self._analyzer.terms(written))
            self._worded[key] = replace(r.key, terms=r.key.terms - numbers, figured="")
        return self._worded[key]


def _figure_denied(r: Ranked) -> bool:
    """Whether the clause giving a sentence's answering figure has a negation ("Three people were
    killed, but no children were hurt" gives its three unnegated)."""
    assert r.slot is not None
    return r.key.negated and negated(clause_around(r.sentence.text, r.slot.figure.start, r.slot.figure.end))


def _named_more_fully(a: Ranked, b: Ranked) -> bool:
    """Whether one sentence's answer name is the other's, of two words or more, with words after it
    ("Ostrander & Vale" / "Ostrander & Vale Architects"; not "Kowalczyk" / "Bernadette Kowalczyk":
    one word may be anyone's)."""
    if a.answer_name is None or b.answer_name is None:
        return False
    ours, theirs = name_at(a.sentence.text, a.answer_name), name_at(b.sentence.text, b.answer_name)
    longer, shorter = (ours, theirs) if len(ours) > len(theirs) else (theirs, ours)
    return len(shorter.split()) > 1 and longer.startswith(shorter + " ")


def _one_name(a: str, b: str, head: str) -> bool:
    """Whether the names two sentences give ending in `head` can name one thing: not two names of
    two words or more that share only a last word that is a common noun ("Portlow General Hospital"
    and "Corran Valley Regional Hospital"; "Gov. Patricia Nwosu" and "Governor Patricia Nwosu" end
    in a name)."""
    if not is_noun(head):
        return True
    ours, theirs = _name_words(name_at(a, head)), _name_words(name_at(b, head))
    return len(ours) < 2 or len(theirs) < 2 or len(ours & theirs) > 1


def _name_words(name: str) -> set[str]:
    return {w.lower().strip(".,'’") for w in name.split()}


def states_answer(a: Ranked, b: Ranked, want: Wanted) -> bool:
    """`b` gives `a`'s answering figure, or a rounding or bound of it, for the same thing
    ("4,812 patients" / "more than 4,800 patients"; "more than 1,100 firefighters" / "over 1,100 crew").
    Only a figure that answers: one counting what the question counts, when it names a thing; and
    not a value `b` gives as the one before a change ("5,200, up from 3,400 on Sunday")."""
    if a.slot is None or a.slot.relevance <= 0:
        return False
    answer = a.slot.figure
    if not want.counts(answer):
        return False
    text = b.sentence.text
    return any(
        _same_quantity(answer, other)
        and (
            answer.kind in _STARTING
            or not _PREVIOUS.search(text, max(0, other.start - _PREVIOUS_REACH), other.start)
        )
        for other in (*figures(text), *b.dated, *_report_day(a, b))
    )


def _report_day(a: Ranked, b: Ranked) -> tuple[Figure, ...]:
    """`b`'s day of the week, however far from the question's words, when both sentences give
    theirs as the day something was said ("... the company and the authority announced Thursday" /
    "... the Consumer Safety Authority said on Thursday", for "The recall was announced on a
    Monday"); else none (any other day a sentence names is no answer by itself)."""
    assert a.slot is not None
    ours, theirs = a.slot.figure, b.slot.figure if b.slot is not None else None
    if theirs is None or ours.kind != "weekday" or theirs.kind != "weekday":
        return ()
    both = reported_on(a.sentence.text, ours) and reported_on(b.sentence.text, theirs)
    return (theirs,) if both else ()


def _same_day(a: Ranked, b: Ranked) -> bool:
    """Whether `b` gives, written or relative to its report, a day that `a` gives only relative to
    its report ("on Sunday night" in a report of Tuesday 4 November: 2 November)."""
    days = [d for d in a.dated if d.kind == "date"]
    if not days:
        return False
    theirs = [*b.dated, *figures(b.sentence.text)]
    return any(t.kind == "date" and consistent(d, t) for d in days for t in theirs)


def _dated_otherwise(answer: Figure, b: Ranked) -> bool:
    """Whether `b` gives a date only by a weekday or "today" ..., and not the answering date."""
    days = [d for d in b.dated if d.kind == "date"]
    return answer.kind == "date" and bool(days) and not any(consistent(answer, d) for d in days)


def _shares_figures(a: Ranked, b: Ranked, given: Sequence[Figure]) -> bool:
    """Two or more of the same figures and none that differs for the same thing: one fact
    ("raised by a quarter point to 4.75 per cent" / "raised 25 basis points to 4.75% from 4.5%").
    Only for a question that asks for no figure: one that does is answered by its figure alone.
    A figure the question `given` gives names what it asks about, not the answer ("Nov. 30" for
    "Why was the Nov. 30 attempt scrubbed?"): it is not one of the two."""
    ours = figures(a.sentence.text)
    if len(ours) < _SHARED_FIGURES:
        return False  # (the most `ours` can share; `b`'s figures are not read then)
    theirs = figures(b.sentence.text)
    if not theirs:
        return False
    if any(f.about == _POUND for f in (*ours, *theirs)):  # "2,251 lb" / "2,251 pounds": one weight
        ours, theirs = tuple(as_weight(f) or f for f in ours), tuple(as_weight(g) or g for g in theirs)
    matched = [f for f in ours if any(f.about == g.about and consistent(f, g) for g in theirs)]
    answering = [f for f in matched if not any(f.kind == g.kind and consistent(f, g) for g in given)]
    if len({(f.kind, f.value) for f in answering}) < _SHARED_FIGURES:
        return False
    # Where both give a figure of one thing, some value of it is common ("from 4.5%" is one more).
    both = {(f.kind, f.about) for f in ours} & {(g.kind, g.about) for g in theirs}
    return both <= {(f.kind, f.about) for f in matched}


def _same_quantity(a: Figure, b: Figure) -> bool:
    """Two figures that can state the same quantity: same kind and value (or one rounds or bounds
    the other), both a level or both a difference, and for counts the same thing counted, under
    its name or a kin one (`kin_nouns`: "42 container ships" / "more than 40 vessels"), or a number
    too large to recur for another thing in one story ("three people" is not "three miles")."""
    if a.kind != b.kind:  # a sum in "pounds" may be the weight the other gives
        a, b = as_weight(a) or a, as_weight(b) or b
    if a.difference != b.difference or not consistent(a, b):  # in any unit of what they measure
        return False  # ("about 90 minutes" / "an hour and a half"; "1.2 km" / "1,200 metres")
    if a.kind == "count" and a.about != b.about and measure(a.about) is not None:
        b = in_units_of(b, a.about)
    if a.kind == "weekday":
        return a.about == b.about  # the same day, not another week's Tuesday
    if a.kind != "count":
        return True
    if a.about and b.about and same_counted(a.about, b.about):
        return True
    if "temperature" in (measure(a.about), measure(b.about)):
        return True  # consistent in some scale ("44.1 degrees Celsius" / "a 44.1-degree reading")
    if VAGUE in (a.qualifier, b.qualifier):
        return False  # "a few hundred metres" is no number that recurs only for one thing
    if measure(a.about) != measure(b.about) and None not in (measure(a.about), measure(b.about)):
        return False  # "38,000 pounds" is no "38,000 kilometres"
    return min(float(a.value), float(b.value)) >= _DISTINCT_COUNT


def best_slot(group: Group) -> Slot | None:
    """The claim's answering figure: the most relevant of its wordings' that agree with its best
    wording's (a member that joined for giving that figure may give another nearer the question)."""
    lead = group.best.slot if group.best.slot and group.best.slot.relevance > 0 else None
    slots = [
        m.slot
        for m in group.members
        if m.slot and m.slot.relevance > 0 and (lead is None or consistent(m.slot.figure, lead.figure))
    ]
    return max(slots, key=lambda slot: slot.relevance, default=None)
