"""Answers: ranked sentences become claims, each cited by every document that says it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from factbot.index.answers.claims import (
    ClaimKey,
    TermWeights,
    answer_names,
    claim_key,
    fold,
    mentions,
    names,
    same_claim,
)
from factbot.index.answers.conflicts import FigureConflict, find_conflicts
from factbot.index.answers.figures import Figure, consistent, figures
from factbot.index.answers.models import (
    Answer,
    Citation,
    Claim,
    Conflict,
    ConflictValue,
    Evidence,
    Wording,
)
from factbot.index.answers.polarity import POLARITY_STEMS, opposition
from factbot.index.answers.questions import (
    QUANTITY_KINDS,
    asks_for_name,
    content_text,
    has_cue,
    is_statement,
    question_type,
)
from factbot.index.answers.slots import Slot, Wanted, answer_slot, wanted
from factbot.index.answers.verdicts import ClaimView, Judgement, judge, stated_figure
from factbot.index.documents import Sentence
from factbot.index.ranking.analysis import Analyzer
from factbot.index.retrieval.search import Hit
from factbot.index.store.reader import StoredDocument

__all__ = ["AnswerOptions", "assemble_answer"]


@dataclass(frozen=True, slots=True)
class AnswerOptions:
    """When a question counts as answered, and which quotes are shown."""

    max_quotes: int = 5
    min_coverage: float = 0.4  # share of the question's IDF weight some quote must match
    min_relative_score: float = 0.3  # quotes scoring below this share of the best are dropped
    type_boost: float = 0.6  # score bonus for a sentence with what the question type asks for
    claim_overlap: float = 0.8  # weighted term overlap at which two sentences are one claim
    context_weight: float = 1.0  # weight of question terms found only in a sentence's neighbours
    corroboration: float = 0.25  # share of each other document's score a claim adds to its own
    verdict_overlap: float = 0.3  # share of a statement's weighted words a claim states to take a side


# A slot is centred on the question when this share of its weight is near the figure; two
# centred slots with the same value are the same answer even when they count other nouns.
_CENTRED = 0.5
# Slots this close to the best one's relevance are compared for conflicts.
_NEAR_TOP = 0.5
# "How much will it cost?" is answered only by a figure of that kind with this share of the
# question's weight around it (0.2 / 0.3 / 0.4 measured on the dev and our own set: RESULTS.md).
_FIGURE_AMID = 0.3
# A dissenting value counts from a document scoring at least this share of the lead claim's
# document for the question (the same story, not another one that happens to give a date).
_SAME_STORY = 0.5
# Values within this factor of each other, in one article, can be one quantity that sources dispute.
_SAME_ORDER = 2.0
# Two sentences that each state this share of a statement (with no figure) are one claim about it.
# (0.5, 0.6, 0.7, 0.8 measured on the three sets: RESULTS.md.)
_STATES_MOST = 0.5
# Sentences that share this many figures (and differ on none) state one fact.
_SHARED_FIGURES = 2
# A count this large, given by two sentences of one story, counts one thing under two names
# ("6,500 dockworkers" / "6,500 members"); a smaller one ("three helicopters") may not.
_DISTINCT_COUNT = 100


@dataclass(slots=True)
class _Ranked:
    hit: Hit
    score: float
    sentence: Sentence
    terms: frozenset[str]
    key: ClaimKey
    slot: Slot | None
    names: frozenset[str]  # for a question that asks for a name: the name words it gives


@dataclass(slots=True)
class _Group:
    best: _Ranked
    members: list[_Ranked]


def assemble_answer(
    question: str,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    documents: dict[str, StoredDocument],
    weights: dict[str, float],
    analyzer: Analyzer,
    options: AnswerOptions,
    sources_total: int = 0,
    context: Mapping[int, frozenset[str]] | None = None,
) -> Answer:
    """Turn ranked hits (and their sentences, same order) into an Answer.

    `weights` gives each question term its IDF. Hits are re-ranked by question
    type; those under `min_relative_score` of the best can only corroborate a
    claim, not start one. Among the rest, at least one sentence must cover
    `min_coverage` of the question's weight, or the question is unanswered.
    """
    empty = Answer(question=question, answered=False, sources_total=sources_total)
    total = sum(weights.values())
    if not hits or total <= 0:
        return empty
    asked = _asserted(question, weights, analyzer, sentences)  # what the sentences must state
    want = wanted(question)
    ranked = _rerank(question, want, hits, sentences, asked, analyzer, options)
    floor = options.min_relative_score * ranked[0].score
    kept = [r for r in ranked if r.score >= floor]
    around = context or {}
    words = _word_weights(question, asked, analyzer)
    coverage = round(_best_coverage(kept, around, words, options) / (sum(w for _, w in words) or total), 4)
    if coverage < options.min_coverage or not _has_answer_figure(question, want, kept):
        return empty.model_copy(update={"coverage": coverage})
    focus = frozenset(fold(list(weights)))
    term_weights = TermWeights(weights)
    sides = _StatementSides(question, asked) if is_statement(question) and want is None else None

    def same(a: _Ranked, b: _Ranked) -> bool:
        if sides is not None and sides.alike(a, b):
            return True
        return _same_claim(a, b, want, term_weights, options.claim_overlap, focus)

    claims = _groups(ranked, options.max_quotes, same, floor)
    claims.sort(key=lambda g: -_support(g, options.corroboration))
    conflicts = find_conflicts(_slot_figures(claims, ranked), lambda doc_id: documents[doc_id].date[:10])
    judgement = judge(question, [_view(i, g, asked) for i, g in enumerate(claims)], options.verdict_overlap)
    return Answer(
        question=question,
        answered=True,
        claims=[_claim(g, documents) for g in claims],
        conflicts=[_conflict(c, documents) for c in conflicts],
        sources_total=sources_total,
        coverage=coverage,
        verdict=judgement.verdict if judgement else None,
        evidence=_evidence(judgement) if judgement else None,
    )


def _view(index: int, group: _Group, weights: dict[str, float]) -> ClaimView:
    """A claim as the verdict sees it: its wordings, documents, answering figure and reach."""
    words = {t: w for t, w in weights.items() if not t[0].isdigit()}  # the figure is compared apart
    negated = group.best.key.negated
    total = sum(words.values()) or 1.0
    best_slot = _best_slot(group)
    overlap = max(sum(w for t, w in words.items() if t in m.terms) for m in group.members) / total
    return ClaimView(
        index=index,
        # The wordings that agree with the best one on negation: one that joined for giving the
        # answering figure may deny something else ("... may not turn the kettle off").
        text=" ".join(dict.fromkeys(m.sentence.text for m in group.members if m.key.negated == negated)),
        docs=frozenset(m.sentence.doc_id for m in group.members),
        figure=best_slot.figure if best_slot else None,
        relevance=best_slot.relevance if best_slot else 0.0,
        overlap=overlap,
    )


def _evidence(judgement: Judgement) -> Evidence:
    return Evidence(
        basis=judgement.basis,
        stated=judgement.stated,
        sources_say=judgement.sources_say,
        supporting=judgement.supporting,
        contradicting=judgement.contradicting,
        unaddressed=judgement.unaddressed,
    )


def _asserted(
    question: str, weights: dict[str, float], analyzer: Analyzer, sentences: Sequence[Sentence]
) -> dict[str, float]:
    """What a statement's sentences must state: not its figure (its verdict judges it: "more
    than 40,000"), nor the words of its polarity ("refused", "cut": judged as opposition), nor
    a name no retrieved sentence gives ("at Aldermoor High School": judged as a name)."""
    if not is_statement(question):
        return weights
    stated = stated_figure(question)
    judged = set(analyzer.terms(stated.text)) if stated is not None else set()
    named = [set(analyzer.terms(name)) for name in names(question)]
    if named:  # each retrieved sentence analysed once, for every name
        given = [set(analyzer.terms(s.text)) for s in sentences]
        for words in named:
            if not any(words <= terms for terms in given):
                judged.update(words)
    return {t: w for t, w in weights.items() if t not in judged and t not in POLARITY_STEMS}


def _has_answer_figure(question: str, want: Wanted | None, kept: Sequence[_Ranked]) -> bool:
    """A question asking for a quantity needs a sentence giving one: counting what it asks about,
    or amid its words. ("When" is also answered by a condition: "once both sides exchange ...".)"""
    if is_statement(question) or want is None or not want.kinds <= QUANTITY_KINDS:
        return True
    return any(
        r.slot is not None and (r.slot.figure.about in want.about or r.slot.relevance >= _FIGURE_AMID)
        for r in kept
    )


def _word_weights(
    question: str, weights: dict[str, float], analyzer: Analyzer
) -> list[tuple[frozenset[str], float]]:
    """The question's words, each as the terms it gives and weighed once, by its heaviest term:
    "HORIZON-HF" gives "horizon", "hf" and "horizonhf" but is one word of the question."""
    words: dict[frozenset[str], float] = {}
    for word in content_text(question).split():
        terms = frozenset(t for t in analyzer.terms(word) if t in weights)
        if terms:
            words.setdefault(terms, max(weights[t] for t in terms))
    given = frozenset().union(*words)
    words.update((frozenset({t}), w) for t, w in weights.items() if t not in given)
    return list(words.items())


def _best_coverage(
    kept: Sequence[_Ranked],
    around: Mapping[int, frozenset[str]],
    words: Sequence[tuple[frozenset[str], float]],
    options: AnswerOptions,
) -> float:
    """The most question weight one sentence states, plus `context_weight` of what only its neighbours state.

    `words` are the question's words as `_word_weights` gives them; `around` gives, per
    sentence id, the question terms its neighbours contain.
    """
    best = 0.0
    for r in kept:
        near = around.get(r.hit.sentence_id, frozenset())
        own = sum(w for terms, w in words if terms & r.terms)
        gain = sum(w for terms, w in words if terms & near and not terms & r.terms)
        best = max(best, own + options.context_weight * gain)
    return best


def _rerank(
    question: str,
    want: Wanted | None,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    weights: dict[str, float],
    analyzer: Analyzer,
    options: AnswerOptions,
) -> list[_Ranked]:
    """Favour sentences with what the question type asks for (a date for "when", ...).

    When some sentence counts what the question counts ("31 countries" for "in how many
    countries"), only such sentences are favoured, not one whose figure counts something else.
    """
    qtype = question_type(question)
    naming = asks_for_name(question)
    folded = folded_weights(weights)
    slots = [answer_slot(want, s.text, folded, analyzer) for s in sentences]
    counted = want is not None and any(slot and slot.figure.about in want.about for slot in slots)
    ranked = []
    for hit, sentence, slot in zip(hits, sentences, slots, strict=True):
        key = claim_key(analyzer, sentence.text)
        if want is not None:  # what the question asks for, near what it asks about
            cue = slot is not None and slot.relevance >= _CENTRED
            cue = cue and not (counted and slot is not None and slot.figure.about not in want.about)
        else:
            cue = has_cue(qtype, sentence.text)
        boost = 1 + options.type_boost if cue else 1.0
        given = answer_names(sentence.text, question) if naming else frozenset()
        ranked.append(_Ranked(hit, hit.score * boost, sentence, key.analyzed, key, slot, given))
    ranked.sort(key=lambda r: (-r.score, r.hit.sentence_id))
    return ranked


def _groups(
    ranked: Sequence[_Ranked],
    limit: int,
    same: Callable[[_Ranked, _Ranked], bool],
    floor: float,
) -> list[_Group]:
    """Group sentences best first; only sentences scoring at least `floor` open a group."""
    groups: list[_Group] = []
    for r in ranked:
        group = next((g for g in groups if same(g.best, r)), None)
        if group is not None:
            group.members.append(r)
        elif len(groups) < limit and r.score >= floor:
            groups.append(_Group(r, [r]))
    return groups


def folded_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Each term's weight under its canonical synonym (the heavier where two fold together)."""
    folded: dict[str, float] = {}
    for term, weight in weights.items():
        canonical = fold([term])[0]
        folded[canonical] = max(weight, folded.get(canonical, 0.0))
    return folded


def _support(group: _Group, corroboration: float) -> float:
    """A claim's rank: its best sentence's score plus a share of each other document's best."""
    best: dict[str, float] = {}
    for m in group.members:
        best[m.sentence.doc_id] = max(m.score, best.get(m.sentence.doc_id, 0.0))
    others = sum(best.values()) - best[group.best.sentence.doc_id]
    return group.best.score + corroboration * others


def _same_claim(
    a: _Ranked, b: _Ranked, want: Wanted | None, weights: TermWeights, overlap: float, focus: frozenset[str]
) -> bool:
    """The same answer to the question (same slot value), or the same fact in other words."""
    if want is not None and _states_answer(a, b, want):
        return True  # the figure is the answer; a negation elsewhere ("no one has died") is not
    if want is None and _shares_figures(a, b) and a.key.negated == b.key.negated:
        return True
    if a.slot and b.slot and a.slot.relevance > 0 and b.slot.relevance > 0:
        fa, fb = a.slot.figure, b.slot.figure
        same_thing = fa.about == fb.about or min(a.slot.relevance, b.slot.relevance) >= _CENTRED
        return fa.kind == fb.kind and fa.value == fb.value and a.key.negated == b.key.negated and same_thing
    if a.names and a.names == b.names and a.key.negated == b.key.negated:
        return True  # the same names answer "who" ("Sheriff Marcus Oyelaran" and "Oyelaran")
    return same_claim(a.key, b.key, weights, overlap, focus)


class _StatementSides:
    """Which side of a statement with no figure each sentence takes, worked out once per sentence.

    Two sentences that each state at least half of the statement, in the same polarity, and both
    giving or both not giving each of its names, are one claim for or against it ("Eleven
    vehicles, including a city bus, fell" / "Nine vehicles ..., among them a Corvell Transit bus"
    for "A city bus was among the vehicles that fell": the counts are not what is checked; "to
    Poland" and "to Tilburg" stay apart).
    """

    def __init__(self, statement: str, weights: dict[str, float]) -> None:
        self._statement = statement
        self._names = names(statement)
        self._weights = weights
        self._needed = _STATES_MOST * (sum(weights.values()) or 1.0)
        self._sides: dict[int, tuple[object, ...] | None] = {}

    def alike(self, a: _Ranked, b: _Ranked) -> bool:
        side = self._side(a)
        return side is not None and side == self._side(b)

    def _side(self, r: _Ranked) -> tuple[object, ...] | None:
        key = r.hit.sentence_id
        if key not in self._sides:
            states = sum(w for t, w in self._weights.items() if t in r.terms) >= self._needed
            text = r.sentence.text
            named = tuple(mentions(text, n) for n in self._names)
            self._sides[key] = (*named, opposition(self._statement, text)) if states else None
        return self._sides[key]


def _states_answer(a: _Ranked, b: _Ranked, want: Wanted) -> bool:
    """`b` gives `a`'s answering figure, or a rounding or bound of it, for the same thing
    ("4,812 patients" / "more than 4,800 patients"; "more than 1,100 firefighters" / "over 1,100 crew").
    Only a figure that answers: one counting what the question counts, when it names a thing."""
    if a.slot is None or a.slot.relevance <= 0:
        return False
    answer = a.slot.figure
    if want.about and answer.about not in want.about:
        return False
    return any(_same_quantity(answer, other) for other in figures(b.sentence.text))


def _shares_figures(a: _Ranked, b: _Ranked) -> bool:
    """Two or more of the same figures and none that differs for the same thing: one fact
    ("raised by a quarter point to 4.75 per cent" / "raised 25 basis points to 4.75% from 4.5%").
    Only for a question that asks for no figure: one that does is answered by its figure alone."""
    ours, theirs = figures(a.sentence.text), figures(b.sentence.text)
    matched = [f for f in ours if any(f.about == g.about and consistent(f, g) for g in theirs)]
    if len({(f.kind, f.value) for f in matched}) < _SHARED_FIGURES:
        return False
    # Where both give a figure of one thing, some value of it is common ("from 4.5%" is one more).
    both = {(f.kind, f.about) for f in ours} & {(g.kind, g.about) for g in theirs}
    return both <= {(f.kind, f.about) for f in matched}


def _same_quantity(a: Figure, b: Figure) -> bool:
    """Two figures that can state the same quantity: same kind and value (or one rounds or bounds
    the other), both a level or both a difference, and for counts the same thing counted, or a
    number too large to recur for another thing in one story ("three people" is not "three
    miles")."""
    if a.difference != b.difference or not consistent(a, b):
        return False
    if a.kind != "count":
        return True
    if a.about and a.about == b.about:
        return True
    return min(float(a.value), float(b.value)) >= _DISTINCT_COUNT


def _slot_figures(claims: Sequence[_Group], ranked: Sequence[_Ranked]) -> list[tuple[Sentence, Figure]]:
    """The figures the answering sentences give for the question's slot.

    The lead is the best slot of the first claim that has one; every ranked
    sentence whose slot is the same quantity and near the question as much as
    half the best counts, shown as a claim or not (a dissenting figure may rank
    below the claims shown), from a document on the same story (its document
    score at least half the lead claim's). A value the lead claim's own
    sentences give for the same thing beside the lead value is another
    quantity, not a dissent; so is a value far from the lead value given only
    by documents that also give the lead value ("More than 1,100 firefighters
    ..." and "Two firefighters were hurt" in one article).
    """
    found = next(((g, slot) for g in claims if (slot := _best_slot(g)) is not None), None)
    if found is None:
        return []
    lead_claim, lead = found
    siblings = _siblings(lead_claim, lead)
    story = _SAME_STORY * lead_claim.best.hit.document_score
    slotted = [
        r
        for r in ranked
        if r.slot and r.slot.relevance > 0 and _comparable(r.slot, lead)
        if r.slot.figure.value not in siblings and r.hit.document_score >= story
    ]
    if not slotted:  # the lead came from a wording whose document is off the lead's story
        return []
    top = max(r.slot.relevance for r in slotted if r.slot)
    said = [(r.sentence, r.slot.figure) for r in slotted if r.slot and r.slot.relevance >= _NEAR_TOP * top]
    agreeing = {s.doc_id for s, f in said if consistent(f, lead.figure)}
    dissent: dict[float | str, set[str]] = {}
    for s, f in said:
        if not consistent(f, lead.figure):
            dissent.setdefault(f.value, set()).add(s.doc_id)
    told_apart = {
        value for value, docs in dissent.items() if docs <= agreeing and _far_apart(value, lead.figure.value)
    }
    return [(s, f) for s, f in said if f.value not in told_apart]


def _far_apart(value: float | str, lead: float | str) -> bool:
    """Two values too far apart to be one quantity in dispute: different dates, or numbers more than
    a factor _SAME_ORDER apart ("1,100 firefighters" and "two"; not "11,000" and "10,000", which one
    article can report from two sources)."""
    if isinstance(value, str) or isinstance(lead, str):
        return value != lead
    low, high = sorted((abs(value), abs(lead)))
    return high > _SAME_ORDER * low


def _siblings(claim: _Group, lead: Slot) -> set[float | str]:
    """Other values the lead claim's sentences give for the same kind and thing: other
    quantities, told apart by the sentence itself ("Three people died, and 22 were injured")."""
    lead_figure = lead.figure
    return {
        value
        for m in claim.members
        for kind, about, value in m.key.figures
        if kind == lead_figure.kind and about == lead_figure.about and value != lead_figure.value
    }


def _best_slot(group: _Group) -> Slot | None:
    """The claim's answering figure: the most relevant of its wordings' that agree with its best
    wording's (a member that joined for giving that figure may give another nearer the question)."""
    lead = group.best.slot if group.best.slot and group.best.slot.relevance > 0 else None
    slots = [
        m.slot
        for m in group.members
        if m.slot and m.slot.relevance > 0 and (lead is None or consistent(m.slot.figure, lead.figure))
    ]
    return max(slots, key=lambda slot: slot.relevance, default=None)


def _comparable(slot: Slot, lead: Slot) -> bool:
    """The same quantity as the lead answer: same kind and, for counts, the same thing counted.

    Two counted nouns that differ are two things ("six miles" is not "21,000 acres"),
    except that "people" counts anyone ("12,000 residents" against "9,500 people"); a
    bare number ("rose to 22") must be centred on the question.
    """
    if slot.figure.kind != lead.figure.kind or slot.figure.difference != lead.figure.difference:
        return False  # a margin or a change is not a level
    if slot.figure.kind != "count" or slot.figure.about == lead.figure.about:
        return True
    named = {slot.figure.about, lead.figure.about} - {""}
    return slot.relevance >= _CENTRED and (len(named) < 2 or "people" in named)


def _claim(group: _Group, documents: dict[str, StoredDocument]) -> Claim:
    """The best wording, every citing document, and the other wordings."""
    citations = _citations([m.sentence for m in group.members], documents)
    dates = sorted(c.date for c in citations if c.date)
    wordings: dict[str, list[Sentence]] = {}
    for m in group.members[1:]:
        if m.sentence.text != group.best.sentence.text:
            wordings.setdefault(m.sentence.text, []).append(m.sentence)
    return Claim(
        text=group.best.sentence.text,
        score=round(group.best.score, 4),
        citations=citations,
        sources_count=len(citations),
        earliest_date=dates[0] if dates else "",
        latest_date=dates[-1] if dates else "",
        other_wordings=[Wording(text=t, citations=_citations(s, documents)) for t, s in wordings.items()],
    )


def _conflict(conflict: FigureConflict, documents: dict[str, StoredDocument]) -> Conflict:
    values = [ConflictValue(value=v, citations=_citations(s, documents)) for v, s in conflict.values.items()]
    return Conflict(about=conflict.about, values=values, over_time=conflict.over_time)


def _citations(members: Sequence[Sentence], documents: dict[str, StoredDocument]) -> list[Citation]:
    """One citation per document (its first sentence saying it)."""
    seen: dict[str, Citation] = {}
    for s in members:
        if s.doc_id in seen:
            continue
        doc = documents[s.doc_id]
        seen[s.doc_id] = Citation(
            doc_id=doc.doc_id,
            title=doc.title,
            source=doc.source,
            url=doc.url,
            date=doc.date,
            sentence=s.index,
        )
    return list(seen.values())
