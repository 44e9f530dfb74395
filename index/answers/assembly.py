"""Answers: ranked sentences become claims, each cited by every document that says it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from factbot.index.answers.answering import (
    Mentions,
    answering_ids,
    asks_quantity,
    from_naming_documents,
    gives_figure,
    has_answer_figure,
    names_one,
    naming_documents,
)
from factbot.index.answers.citations import Citations
from factbot.index.answers.claims import ClaimKey, claim_key, fold, folded_weights, stated_as
from factbot.index.answers.conflicts import FigureConflict, find_conflicts
from factbot.index.answers.coverage import coverages, unnamed_words, word_weights
from factbot.index.answers.dissents import (
    ToldWith,
    apart,
    gives,
    in_units_of_lead,
    lead_slot,
    slot_figures,
    story_documents,
)
from factbot.index.answers.elsewhere import Containing, said_elsewhere, worded_elsewhere
from factbot.index.answers.figure_words import measured_words
from factbot.index.answers.figures import aged_whom, figures
from factbot.index.answers.grouping import SameClaim, best_slot, group_claims
from factbot.index.answers.judgements import ClaimView, Judgement
from factbot.index.answers.models import (
    Answer,
    Claim,
    Conflict,
    ConflictValue,
    Evidence,
    Wording,
)
from factbot.index.answers.name_conflicts import name_conflict
from factbot.index.answers.named_times import (
    named_times,
    not_of_other_days,
    not_of_other_years,
    not_on_other_weekdays,
    not_reported_later,
    of_day,
    of_year,
)
from factbot.index.answers.names import names, who_or_what
from factbot.index.answers.polarity import POLARITY_STEMS
from factbot.index.answers.quantities import Figure, consistent, in_units_of
from factbot.index.answers.questions import (
    asks_latest,
    asks_which,
    is_statement,
    names_weekday,
    question_type,
    stated_figure,
)
from factbot.index.answers.ranked import Group
from factbot.index.answers.rerank import asks_name, rerank
from factbot.index.answers.sides import Saying
from factbot.index.answers.slots import Slot
from factbot.index.answers.verdicts import deciding_first, judge
from factbot.index.answers.wanted import periods, wanted
from factbot.index.documents import Sentence
from factbot.index.ranking.analysis import Analyzer
from factbot.index.retrieval.search import Hit
from factbot.index.store.reader import StoredDocument

__all__ = ["AnswerOptions", "Mentions", "ToldWith", "assemble_answer"]


@dataclass(frozen=True, slots=True)
class AnswerOptions:
    """When a question counts as answered, and which quotes are shown."""

    max_quotes: int = 5
    min_coverage: float = 0.4  # share of the question's IDF weight some quote must match
    min_statement_coverage: float = 0.2  # the same for a statement to check (RESULTS.md: Answerability)
    min_relative_score: float = 0.3  # quotes scoring below this share of the best are dropped
    type_boost: float = 0.6  # score bonus for a sentence with what the question type asks for
    claim_overlap: float = 0.8  # weighted term overlap at which two sentences are one claim
    context_weight: float = 1.0  # weight of question terms found only in a sentence's neighbours
    corroboration: float = 0.25  # share of each other document's score a claim adds to its own
    verdict_overlap: float = 0.3  # share of a statement's weighted words a claim states to take a side


# Claims formed for each one shown: the shown ones are the best of these, so a claim that gives
# the asked-for figure is not crowded out by higher-scoring sentences that do not (1 / 2 / 4
# measured on eight sets, RESULTS.md).
_FORMED_PER_SHOWN = 2
# A sentence gives the answering figure to a quantity question only when it states this share of
# the coverage bar (1.0 and 0.75 cost our own set a question: RESULTS.md, session 27).
_FIGURE_SENTENCE_SHARE = 0.5
# ... and a figure a question word governs answers however little of the question is near it, from
# a sentence stating this share of the question with its neighbours (0.4 cost our own set a
# question, "How much does a bus pass cost in Corvell?" answered by another cost; RESULTS.md).
_GOVERNED_COVERAGE = 0.6
_TIME_KIND = frozenset({"time"})  # what "at what time" asks for


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
    containing: Containing | None = None,
    mentions: Mentions | None = None,
    told_with: ToldWith | None = None,
    idf: Callable[[Sequence[str]], dict[str, float]] | None = None,
) -> Answer:
    """Turn ranked hits (and their sentences, same order) into an Answer.

    `weights` gives each question term its IDF. Hits are re-ranked by question
    type; those under `min_relative_score` of the best can only corroborate a
    claim, not start one. Among the rest, at least one sentence must cover
    `min_coverage` of the question's weight (`min_statement_coverage` of a
    statement's), or the question is unanswered.
    """
    empty = Answer(question=question, answered=False, sources_total=sources_total)
    total = sum(weights.values())
    if not hits or total <= 0:
        return empty
    keys = [claim_key(analyzer, s.text) for s in sentences]
    asked = _asserted(question, weights, analyzer, sentences, keys)  # what the sentences must state
    want = wanted(question)
    on, years = named_times(question)  # the day or year a question asks about
    dating = want is not None and ("date" in want.kinds or want.lasting or want.weekday)
    published = partial(_published, documents) if dating or on else None
    ranked = rerank(question, want, hits, sentences, keys, asked, analyzer, options.type_boost, published)
    if want is not None and want.weekday and not any(r.slot for r in ranked):
        want = None  # no source dates what it tells: a statement of the weekday is read by its words
        ranked = rerank(question, want, hits, sentences, keys, asked, analyzer, options.type_boost, published)
    if not ranked:
        return empty
    floor = options.min_relative_score * ranked[0].score
    kept = [r for r in ranked if r.score >= floor]
    around = context or {}
    words = word_weights(question, asked, analyzer)
    day = frozenset(t for f in on for t in analyzer.terms(f.text))
    whole = sum(w for _, w in words) or total
    named = [t for name in who_or_what(question) for t in analyzer.terms(name)]  # the question's names' terms
    names_doc = naming_documents(named, mentions) if mentions is not None else None
    unnamed = unnamed_words(words, frozenset(named))
    beside = Saying(unnamed if unnamed is not None else words, around, analyzer)
    same = SameClaim(question, want, asked, weights, options.claim_overlap, analyzer, names_doc, idf, beside)
    kind = frozenset(analyzer.terms(same.kinds.noun)) if same.kinds is not None else frozenset()
    covers = [
        c / whole for c in coverages(kept, around, words, options.context_weight, on, day, same.kinds, kind)
    ]
    coverage = round(max(covers, default=0.0), 4)
    bar = options.min_statement_coverage if is_statement(question) else options.min_coverage
    if unnamed is not None and question_type(question) == "who":  # it says more than who is named
        saying = coverages(kept, around, unnamed, options.context_weight, on, day, same.kinds, kind)
        covers = [c if said > 0 else 0.0 for c, said in zip(covers, saying, strict=True)]
        coverage = round(max(covers, default=0.0), 4)
    folded = folded_weights(weights)
    # The answering figure comes from a sentence about the question ("a two-tonne branch" does
    # not say what the leopard weighs), if not from the one that states the most of it.
    about = [r for r, c in zip(kept, covers, strict=True) if c >= _FIGURE_SENTENCE_SHARE * bar]
    if names_doc is not None and not is_statement(question):  # not the dam's cost for Ridgeway's buses
        about = from_naming_documents(want, about, names_doc)
    covering = frozenset(
        r.hit.sentence_id for r, c in zip(kept, covers, strict=True) if c >= _GOVERNED_COVERAGE
    )
    if want is not None and asks_quantity(question, want):
        answering = answering_ids(question, want, about, folded, analyzer, covering)
    elif want is not None and want.kinds == _TIME_KIND:  # "At what time ...": any time beside its words
        answering = frozenset(r.hit.sentence_id for r in kept if r.slot is not None and r.slot.relevance > 0)
    else:
        answering = frozenset()
    if coverage < bar or not has_answer_figure(question, want, about, answering):
        return empty.model_copy(update={"coverage": coverage})
    if asks_which(question) and not names_one(question, kept, covers, bar, analyzer):
        return empty.model_copy(update={"coverage": coverage})  # "Which firm ...?": "appointed consultants"
    claims = group_claims(ranked, _FORMED_PER_SHOWN * options.max_quotes, same, floor, answering)
    gives = partial(gives_figure, want=want, weights=folded, analyzer=analyzer)
    # A question naming a day or a year asks for its figure: the claims giving it come first.
    # Asked for no figure (a question; statements lost SciFact evidence from their first five claims),
    # a claim whose best sentence says more than the question's names, from a document naming one of
    # them, comes first ("The $340 million measure will pay for a bus rapid transit route" before
    # "Measure K, the transit bond, also passed easily" for "What will the Measure K money pay for?";
    # not another story's "Brill workers will get more pay").
    beyond = unnamed if want is None and not is_statement(question) else None
    # (For "who", "which" and "where" the answer name is read amid the question's words, and its
    # document need not repeat the story's names: a quote naming the trial's lead investigator.)
    on_story = names_doc if names_doc is not None and not asks_name(question) else None
    claims.sort(
        key=lambda g: (
            not gives(g),
            not of_day(g, on),
            not of_year(g, years),
            beyond is not None
            and (
                coverages([g.best], {}, beyond, options.context_weight)[0] <= 0
                or (on_story is not None and not on_story(g.best.sentence.doc_id))
            ),
            -_support(g, options.corroboration),
        )
    )
    del claims[options.max_quotes :]
    story = partial(story_documents, ranked=ranked, told_with=told_with)
    elsewhere = None
    if containing is not None and want is not None:
        reading = (question, want, ranked, asked, analyzer, options.type_boost)
        elsewhere = partial(said_elsewhere, *reading, containing, story, published)
    if elsewhere is not None and (lead := lead_slot(claims)) is not None:
        elsewhere([lead])
    elif want is None and containing is not None and idf is not None and not is_statement(question):
        worded_elsewhere(
            question,
            ranked,
            asked,
            analyzer,
            options.type_boost,
            containing,
            story,
            published,
            idf,
            same,
            claims[0],
        )
    # Dissents come only from documents scoring the story bar for the question: counting those
    # that tell the story in other words too cost an untuned set a question (RESULTS.md).
    said = slot_figures(
        claims,
        ranked,
        same.restates,
        partial(story_documents, ranked=ranked, told_with=None),
        want is not None and want.change,
        partial(
            apart,
            asked=frozenset(weights) | frozenset(fold(list(weights))),
            analyzer=analyzer,
            documents=documents,
        ),
    )
    if on:  # "How full was the reservoir on Thursday?": what a source gives for another day is no dissent
        said = not_of_other_days(said, ranked, on)
    if names_weekday(question):  # nor, for "Friday's stage", what a source gives "on Saturday"
        said = not_on_other_weekdays(said, question)
    lead = lead_slot(claims)
    if (on or names_weekday(question)) and lead is not None:  # nor a later report's total
        said = not_reported_later(
            said, ranked, lead[0], lead[1].figure, lambda doc_id: documents[doc_id].date
        )
    if years:  # nor is what it gives for another year on the year asked
        said = not_of_other_years(said, ranked, years, lambda doc_id: documents[doc_id].date[:4])
    wordings = _lead_wordings(*lead) if lead is not None else []
    conflicts = find_conflicts(said, lambda doc_id: documents[doc_id].date[:10], wordings)
    if on or names_weekday(question) or asks_latest(question):  # "How many buses were lost by Monday?"
        # (or "on 10 November", or "What was the final total?"): that day's figure, not its change
        conflicts = [c for c in conflicts if not c.over_time]
    if not conflicts and asks_name(question) and claims[0].best.answer_name is not None:
        found = name_conflict(claims[0].best, ranked, story(claims[0]))
        conflicts = [found] if found is not None else []
        if found is not None:
            claims = _most_named_first(claims, found)
    if conflicts:
        if elsewhere is not None:  # each disputed value is said elsewhere too, as the lead's is
            elsewhere(_disputing(claims, said))
        claims = _most_said_first([_without_dissenters(g, said) for g in claims], said)
        claims.sort(key=lambda g: (not of_day(g, on), not of_year(g, years)))  # still led by them
    judged = {t: w for t, w in asked.items() if not t[0].isdigit()}  # the figure is compared apart
    forms = {t: (w, stated_as([t])) for t, w in judged.items()}  # read once for every claim
    views = [_view(i, g, forms) for i, g in enumerate(claims)]
    judgement = judge(question, views, options.verdict_overlap, judged)
    if judgement is not None:  # the claim the verdict rests on leads
        order, judgement = deciding_first(judgement, len(claims))
        claims = [claims[i] for i in order]
    cite = Citations(documents)
    return Answer(
        question=question,
        answered=True,
        claims=[_claim(g, cite) for g in claims],
        conflicts=[_conflict(c, cite) for c in conflicts],
        sources_total=sources_total,
        coverage=coverage,
        verdict=judgement.verdict if judgement else None,
        evidence=_evidence(judgement) if judgement else None,
    )


def _view(index: int, group: Group, words: dict[str, tuple[float, frozenset[str]]]) -> ClaimView:
    """A claim as the verdict sees it: its wordings, documents, answering figure and reach.
    `words` gives each of the statement's words (its figure left out) its weight and the terms that
    state it, as written or folded, as coverage reads them ("payment" by "pay")."""
    negated = group.best.key.negated
    total = sum(w for w, _ in words.values()) or 1.0
    slot = best_slot(group)
    forms = [(form, t) for t, (_, written) in words.items() for form in written]
    stating = [{t for form, t in forms if form in m.terms or form in m.key.terms} for m in group.members]
    overlap = max(sum(words[t][0] for t in found) for found in stating) / total
    # The wordings that agree with the best one on negation: one that joined for giving the
    # answering figure may deny something else ("... may not turn the kettle off").
    wordings = tuple(dict.fromkeys(m.sentence.text for m in group.members if m.key.negated == negated))
    giving = next((m.sentence.text for m in group.members if slot and m.slot is slot), "")  # its figure's
    return ClaimView(
        index=index,
        text=" ".join(wordings),
        docs=frozenset(m.sentence.doc_id for m in group.members),
        figure=slot.figure if slot else None,
        relevance=slot.relevance if slot else 0.0,
        overlap=overlap,
        wordings=wordings,
        stated=frozenset(t for found in stating for t in found),
        periods=periods(giving, slot.figure) if slot and giving else frozenset(),
        measures=frozenset(measured_words(giving, slot.figure)) if slot and giving else frozenset(),
        whose=aged_whom(giving, slot.figure) if slot and giving else "",
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
    question: str,
    weights: dict[str, float],
    analyzer: Analyzer,
    sentences: Sequence[Sentence],
    keys: Sequence[ClaimKey],
) -> dict[str, float]:
    """What a statement's sentences must state: not its figure (its verdict judges it: "more
    than 40,000"), nor the words of its polarity ("refused", "cut": judged as opposition), nor
    a name no retrieved sentence gives ("at Aldermoor High School": judged as a name)."""
    if not is_statement(question):
        return weights
    stated = stated_figure(question)
    judged = set(analyzer.terms(stated.text)) if stated is not None else set()
    named = [set(analyzer.terms(name)) for name in names(question)]
    if named:  # each retrieved sentence's terms, for every name
        given = [_terms(s.text, key, analyzer) for s, key in zip(sentences, keys, strict=True)]
        for words in named:
            if not any(words <= terms for terms in given):
                judged.update(words)
    return {t: w for t, w in weights.items() if t not in judged and t not in POLARITY_STEMS}


def _terms(text: str, key: ClaimKey, analyzer: Analyzer) -> frozenset[str]:
    """A sentence's terms. In ASCII text no token crosses a clause cut (a cut comma is never one
    between digits that a token joins), so its claim key's clause terms are the same set."""
    return key.analyzed if text.isascii() else frozenset(analyzer.terms(text))


def _published(documents: Mapping[str, StoredDocument], doc_id: str) -> str:
    """A document's date (YYYY-MM-DD...), or "" when it has none."""
    return documents[doc_id].date


def _disputing(claims: Sequence[Group], said: Sequence[tuple[Sentence, Figure]]) -> list[tuple[Group, Slot]]:
    """The claims after the lead that give a value the sources dispute, with that value."""
    lead = lead_slot(claims)
    if lead is None:
        return []
    disputed = {f.value for _, f in said}
    slots = ((group, best_slot(group)) for group in claims if group is not lead[0])
    return [(group, slot) for group, slot in slots if slot is not None and slot.figure.value in disputed]


def _support(group: Group, corroboration: float) -> float:
    """A claim's rank: its best sentence's score plus a share of each other document's best."""
    best: dict[str, float] = {}
    for m in group.members:
        best[m.sentence.doc_id] = max(m.score, best.get(m.sentence.doc_id, 0.0))
    others = sum(best.values()) - best[group.best.sentence.doc_id]
    return group.best.score + corroboration * others


def _most_said_first(claims: list[Group], said: Sequence[tuple[Sentence, Figure]]) -> list[Group]:
    """When the sources disagree, the claims giving a disputed value are ordered by how many
    documents give it (or a rounding of it), in the places those claims held: the answer leads with
    what most sources say."""
    slots = [best_slot(g) for g in claims]
    reach = {
        i: len(
            {s.doc_id for s, f in said if consistent(f, slot.figure)}
            | {m.sentence.doc_id for m in claims[i].members if gives(m.sentence.text, slot.figure)}
        )
        for i, slot in enumerate(slots)
        if slot is not None and any(f.value == slot.figure.value for _, f in said)
    }
    places = sorted(reach)
    order = sorted(places, key=lambda i: -reach[i])  # stable: ties keep their rank
    moved = list(claims)
    for place, i in zip(places, order, strict=True):
        moved[place] = claims[i]
    return moved


def _most_named_first(claims: list[Group], conflict: FigureConflict) -> list[Group]:
    """When the sources write the answer's name two ways, a claim writing it as most documents do
    (those the conflict counts and those of the claims that write it) leads, the others keeping
    their order."""

    def naming(name: str) -> set[str]:
        writing = (g for g in claims if name in g.best.sentence.text)
        return {s.doc_id for s in conflict.values[name]} | {
            m.sentence.doc_id for g in writing for m in g.members
        }

    lead = claims[0].best.sentence.text
    most = max(conflict.values, key=lambda name: (len(naming(name)), name in lead))  # ties: the lead's
    first = next((i for i, g in enumerate(claims) if most in g.best.sentence.text), 0)
    return [claims[first], *claims[:first], *claims[first + 1 :]]


def _without_dissenters(group: Group, said: Sequence[tuple[Sentence, Figure]]) -> Group:
    """A claim giving a disputed value without the wordings that give no figure from documents
    that give only another value: "Measure K, the transit bond, also passed easily" is no report
    of a $310 million bond from an outlet that says it is $340 million."""
    slot = best_slot(group)
    if slot is None or not any(consistent(f, slot.figure) for _, f in said):
        return group
    agreeing = {s.doc_id for s, f in said if consistent(f, slot.figure)}
    others = {s.doc_id for s, f in said if not consistent(f, slot.figure)} - agreeing
    kept = [
        m
        for m in group.members
        if m is group.best or m.sentence.doc_id not in others or gives(m.sentence.text, slot.figure)
    ]
    return group if len(kept) == len(group.members) else Group(group.best, kept)


def _lead_wordings(group: Group, slot: Slot) -> list[tuple[Sentence, Figure]]:
    """Each wording of the lead claim that gives its answering figure (`slot`'s), with that figure
    in the lead's unit (cited for the lead's value in a dispute, wherever search ranked it)."""
    out = []
    for m in group.members:
        given = (
            f
            for f in figures(m.sentence.text)
            if f.kind == slot.figure.kind and consistent(in_units_of(f, slot.figure.about), slot.figure)
        )
        figure = next(given, None)
        if figure is not None:
            out.append((m.sentence, in_units_of_lead(figure, slot.figure)))
    return out


def _claim(group: Group, cite: Citations) -> Claim:
    """The best wording, every citing document, and the other wordings."""
    citations = cite([m.sentence for m in group.members])
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
        other_wordings=[Wording(text=t, citations=cite(s)) for t, s in wordings.items()],
    )


def _conflict(conflict: FigureConflict, cite: Citations) -> Conflict:
    values = [ConflictValue(value=v, citations=cite(s)) for v, s in conflict.values.items()]
    return Conflict(about=conflict.about, values=values, over_time=conflict.over_time)
