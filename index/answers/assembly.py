"""Answers: ranked sentences become claims, each cited by every document that says it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from factbot.index.answers.answering import (
    Mentions,
    answering_ids,
    apposed,
    asks_quantity,
    from_naming_documents,
    gives_figure,
    has_answer_figure,
    name_terms,
    names_holder,
    names_one,
    naming_documents,
)
from factbot.index.answers.citations import Citations
from factbot.index.answers.claims import ClaimKey, claim_key, fold_phrases, folded_weights, stated_as
from factbot.index.answers.conflicts import FigureConflict
from factbot.index.answers.counted import singular
from factbot.index.answers.coverage import coverages, unnamed_words, word_weights
from factbot.index.answers.disputes import disputes, quoting_every_value
from factbot.index.answers.dissents import (
    ToldWith,
    lead_slot,
    story_documents,
    telling_another_story,
)
from factbot.index.answers.elsewhere import Containing, said_elsewhere, worded_elsewhere
from factbot.index.answers.figure_words import (
    asked_dimension,
    asked_for,
    asks_changed_to,
    asks_distance,
    asks_sought,
    changed_to,
    dimension,
    measured_words,
)
from factbot.index.answers.figures import aged_whom
from factbot.index.answers.grouping import SameClaim, asks_provisional, best_slot, group_claims, provisional
from factbot.index.answers.judgements import ClaimView, Judgement
from factbot.index.answers.models import (
    Answer,
    Claim,
    Conflict,
    ConflictValue,
    Evidence,
    Wording,
)
from factbot.index.answers.named_times import (
    named_times,
    of_day,
    of_report_day,
    of_year,
    weekdays_of,
)
from factbot.index.answers.names import names, places, who_or_what
from factbot.index.answers.nouns import counts_people, is_kind
from factbot.index.answers.polarity import POLARITY_STEMS
from factbot.index.answers.questions import (
    asks_which,
    content_text,
    frame_noun,
    is_statement,
    named_agent,
    question_type,
    stated_figure,
)
from factbot.index.answers.ranked import Group
from factbot.index.answers.reading import Reading
from factbot.index.answers.reference_events import ReferenceEvent, reference_event
from factbot.index.answers.rerank import asks_name, rerank
from factbot.index.answers.roles import role_titles
from factbot.index.answers.sides import Saying
from factbot.index.answers.slots import Slot
from factbot.index.answers.verdicts import deciding_first, judge
from factbot.index.answers.wanted import Wanted, periods, wanted
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
    if not hits or sum(weights.values()) <= 0:
        return empty
    reading = _read(question, hits, sentences, documents, weights, analyzer, options, context, mentions, idf)
    if reading is None:
        return empty
    if not reading.answerable:
        return empty.model_copy(update={"coverage": reading.coverage})
    claims = _ordered_claims(reading, options)
    if told_with is not None and reading.names_doc is not None:
        claims = [_on_story(g, told_with, reading.names_doc) for g in claims]
    story = partial(story_documents, ranked=reading.ranked, told_with=told_with)
    elsewhere = _said_elsewhere(reading, claims, options, containing, story, idf)
    claims, conflicts = disputes(reading, claims, documents, story, elsewhere, told_with)
    claims = quoting_every_value(claims, conflicts, reading.ranked, options.max_quotes)
    judged = {t: w for t, w in reading.asked.items() if not t[0].isdigit()}  # the figure is compared apart
    forms = {t: (w, stated_as([t])) for t, w in judged.items()}  # read once for every claim
    # (another story's claim neither bears out nor contradicts a statement, nor does a provisional
    # report one of the outcome: "was ahead by about 1,900 votes" for "Tom Ellery won")
    outcome = not asks_provisional(question)
    views = [
        _view(i, g, forms, documents)
        for i, g in enumerate(claims)
        if not _off_story(reading, g) and not (outcome and provisional(g.best.sentence.text))
    ]
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
        coverage=reading.coverage,
        verdict=judgement.verdict if judgement else None,
        evidence=_evidence(judgement) if judgement else None,
    )


def _read(
    question: str,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    documents: dict[str, StoredDocument],
    weights: dict[str, float],
    analyzer: Analyzer,
    options: AnswerOptions,
    context: Mapping[int, frozenset[str]] | None,
    mentions: Mentions | None,
    idf: Callable[[Sequence[str]], dict[str, float]] | None,
) -> Reading | None:
    """The sentences re-ranked, how much of the question they state, and whether it is answered;
    None when no sentence is left to read."""
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
        return None
    floor = options.min_relative_score * ranked[0].score
    kept = [r for r in ranked if r.score >= floor]
    around = context or {}
    words = word_weights(question, asked, analyzer)
    day = frozenset(t for f in on for t in analyzer.terms(f.text))
    whole = sum(w for _, w in words) or sum(weights.values())
    # The question's names' terms ("Latin" in "What's the Latin name of ...?" is none).
    named = name_terms(question, analyzer)
    names_doc = naming_documents(named, mentions) if mentions is not None else None
    unnamed = unnamed_words(words, frozenset(named))
    beside = Saying(unnamed if unnamed is not None else words, around, analyzer)
    same = SameClaim(question, want, asked, weights, options.claim_overlap, analyzer, names_doc, idf, beside)
    kind = frozenset(analyzer.terms(same.kinds.word)) if same.kinds is not None else frozenset()
    noun = frame_noun(question)  # "What day ...?": a sentence giving a day states "day"
    frame = frozenset(analyzer.terms(noun)) if noun else frozenset()
    covers = [
        c / whole
        for c in coverages(
            kept, around, words, options.context_weight, on, day, same.kinds, kind, published, frame
        )
    ]
    coverage = round(max(covers, default=0.0), 4)
    bar = options.min_statement_coverage if is_statement(question) else options.min_coverage
    if unnamed is not None and question_type(question) == "who":  # it says more than who is named
        saying = coverages(
            kept, around, unnamed, options.context_weight, on, day, same.kinds, kind, published, frame
        )
        covers = [c if said > 0 else 0.0 for c, said in zip(covers, saying, strict=True)]
        coverage = round(max(covers, default=0.0), 4)
    folded = folded_weights(weights)
    # The answering figure comes from a sentence about the question ("a two-tonne branch" does
    # not say what the leopard weighs), if not from the one that states the most of it.
    about = [r for r, c in zip(kept, covers, strict=True) if c >= _FIGURE_SENTENCE_SHARE * bar]
    if names_doc is not None and not is_statement(question):  # not the dam's cost for Ridgeway's buses
        about = from_naming_documents(want, about, names_doc)
    # (A statement's own figure answers from a sentence stating the bar of it: `answering_ids`.)
    stating = bar if is_statement(question) else _GOVERNED_COVERAGE
    covering = frozenset(r.hit.sentence_id for r, c in zip(kept, covers, strict=True) if c >= stating)
    if want is not None and asks_quantity(question, want):
        answering = answering_ids(question, want, about, folded, analyzer, covering, mentions)
    elif want is not None and want.kinds == _TIME_KIND:  # "At what time ...": any time beside its words
        answering = frozenset(r.hit.sentence_id for r in kept if r.slot is not None and r.slot.relevance > 0)
    else:
        answering = frozenset()
    answerable = (
        coverage >= bar
        and has_answer_figure(question, want, about, answering)
        # "Which firm ...?" is not answered by "appointed consultants"
        and (not asks_which(question) or names_one(question, kept, covers, bar, analyzer, names_doc))
        and names_holder(question, kept, covers, bar, around, analyzer)
    )
    return Reading(
        question=question,
        want=want,
        on=on,
        years=years,
        published=published,
        asked=asked,
        weights=weights,
        analyzer=analyzer,
        ranked=ranked,
        floor=floor,
        same=same,
        unnamed=unnamed,
        named=tuple(named),
        names_doc=names_doc,
        folded=folded,
        answering=answering,
        coverage=coverage,
        answerable=answerable,
        reference=reference_event(question, named, analyzer) if want is not None else None,
    )


def _counts_one_of(nouns: frozenset[str], claim: Group) -> bool:
    """Whether a claim's answering figure counts one of `nouns`."""
    slot = best_slot(claim)
    return slot is not None and slot.figure.about in nouns


def _giving(claim: Group) -> tuple[Slot | None, str]:
    """A claim's answering figure's slot, and the wording that gives it ("" for none)."""
    slot = best_slot(claim)
    return slot, next((m.sentence.text for m in claim.members if slot and m.slot is slot), "")


def _gives_sought(claim: Group) -> bool:
    """Whether a claim's answering figure is what someone asks for or proposes."""
    slot, giving = _giving(claim)
    return slot is not None and bool(giving) and asked_for(giving, slot.figure)


def _given_in(claim: Group) -> str | None:
    """The dimension a claim's answering figure is given in ("26m-tall": height), if any."""
    slot, giving = _giving(claim)
    return dimension(giving, slot.figure) if slot is not None and giving else None


def _measures_a_thing(claim: Group) -> bool:
    """Whether a claim's answering length is the size of a thing ("a 67-metre blade", "67m long"),
    not how far something is or went."""
    slot, giving = _giving(claim)
    if slot is None or not giving:
        return False
    return dimension(giving, slot.figure) not in (None, "distance") or bool(
        measured_words(giving, slot.figure)
    )


def _dates_reference(claim: Group, reference: ReferenceEvent, analyzer: Analyzer) -> bool:
    """Whether a claim's answering time is given of the event the question dates its own after."""
    slot, giving = _giving(claim)
    return slot is not None and bool(giving) and reference.dates(giving, slot.figure, analyzer)


def _changed_to(claim: Group) -> bool:
    """Whether a claim's answering figure is what something was changed to ("raised ... to $120")."""
    slot, giving = _giving(claim)
    return slot is not None and bool(giving) and changed_to(giving, slot.figure)


def _ordered_claims(reading: Reading, options: AnswerOptions) -> list[Group]:
    """The claims formed of the ranked sentences, in the order they are shown, `max_quotes` of them."""
    question, want = reading.question, reading.want
    limit = _FORMED_PER_SHOWN * options.max_quotes
    claims = group_claims(reading.ranked, limit, reading.same, reading.floor, reading.answering)
    gives = partial(gives_figure, want=want, weights=reading.folded, analyzer=reading.analyzer)
    # A claim none of whose documents names one of the question's names comes last, whatever it gives:
    # another story's ("The new name takes effect on January 1, 2026" for "The Calloway Falls visitor
    # levy will take effect on January 1, 2026"; "Brill workers will get more pay" for "What will the
    # Measure K money pay for?"). Not for a statement giving no figure: those lost SciFact evidence
    # from their first five claims. (For "who", "which" and "where" the answer name is read amid the
    # question's words, and its document need not repeat the story's names: a quote naming the
    # trial's lead investigator.)
    # A question naming a day or a year asks for its figure: the claims giving it come first.
    # Asked for no figure (a question), a claim whose best sentence says more than the question's
    # names comes first ("The $340 million measure will pay for a bus rapid transit route" before
    # "Measure K, the transit bond, also passed easily" for "What will the Measure K money pay for?").
    beyond = reading.unnamed if want is None and not is_statement(question) else None
    off_story = partial(_off_story, reading)
    # "Which company ...?", "Where ...?": a claim giving a name first (not a kind: "brown trout").
    where = question_type(question) == "where" and not is_statement(question)
    naming = where or (asks_which(question) and not is_statement(question))
    kinds = reading.same.kinds
    stated = _stated_difference(question, want)
    titles = _leader_titles(question, reading.analyzer)
    agent = named_agent(question) if question_type(question) == "who" else None
    # "Which judge ...?": "judge", the kind of person asked
    person = kinds.noun if kinds is not None and counts_people(kinds.noun) else None
    outcome = not asks_provisional(question)  # a provisional report follows the outcome's claims
    # "How many people work for the operator?": a count of who does it ("all 58 staff") before a count
    # of people ("Some 240 people cut off at the summit"), when a claim gives one
    doers = want.about - {"people"} if want is not None and "people" in want.about else frozenset()
    doing = partial(_counts_one_of, doers)
    by_doers = bool(doers) and any(doing(g) for g in claims)
    # "How long has Ferrand been banned for?": "was banned for two years" before "The agency had
    # sought a four-year ban", unless the question asks what was sought
    seeking = asks_sought(question)
    reference = reading.reference  # the event a "when" question dates its own after
    across = asked_dimension(question)  # "How tall ...?": height
    far = asks_distance(question)
    to_value = asks_changed_to(question)  # "What did they raise it to?"
    claims.sort(
        key=lambda g: (
            off_story(g),
            outcome and provisional(g.best.sentence.text),  # "was ahead ... with 60% of ballots counted" last
            not gives(g),
            not seeking and _gives_sought(g),
            # "When did the airport reopen after the overrun?": not "overran ... on 14 January"
            reference is not None and _dates_reference(g, reference, reading.analyzer),
            # "How tall is the tower?": "the 26m-tall tower" before "moved 72m inland"
            across is not None and _given_in(g) != across,
            # "How far from the turbine did the blade end up?": "about 150m from" before "the 67-metre blade"
            far and _measures_a_thing(g),
            # "What did Ambrel raise its credit to?": "raised the credit to $120" before "a $50 credit"
            to_value and not _changed_to(g),
            by_doers and not doing(g),
            # A statement's figure is checked against a claim's like it: "Almonte received more than
            # 40,000 votes" against her 41,286 votes, not the 6,536-vote margin more sources give.
            stated is not None and (slot := best_slot(g)) is not None and slot.figure.difference != stated,
            not reading.same.denies(g.best),  # "Was anyone hurt?": "Nobody was injured" first
            naming
            and g.best.answer_name is None
            and (kinds is None or kinds.kind(g.best.sentence.text) is None),
            # "Where was the first flight headed?": "a Nordavia flight to Copenhagen" before a quote
            # naming who said it
            where and not places(g.best.sentence.text, question),
            # "What did the finder do for a living?": a claim giving a kind of person first.
            kinds is not None and kinds.occupation and kinds.kind(g.best.sentence.text) is None,
            # "Who runs Greyling Estates?": "Greyling's managing director, Helen Marsh" before
            # "The Valley Voice is an independent, volunteer-run news site"
            bool(titles) and (g.best.answer_name is None or titles.isdisjoint(g.best.terms)),
            # "Who is the captain of the Gearhounds?": "Team captain Owen Achterberg" first
            agent is not None and not apposed(g.best.sentence.text, agent),
            # "Which judge decided the case?": a claim naming someone beside that word ("Judge Celia Brandt")
            person is not None and not any(apposed(m.sentence.text, person) for m in g.members),
            not of_day(g, reading.on),
            not of_report_day(g, reading.on, reading.published),
            not of_year(g, reading.years),
            beyond is not None and coverages([g.best], {}, beyond, options.context_weight)[0] <= 0,
            -_support(g, options.corroboration),
        )
    )
    del claims[options.max_quotes :]
    return claims


def _off_story(reading: Reading, group: Group) -> bool:
    """Whether none of a claim's documents names one of the question's names, for a question that
    does not ask for a name or a statement giving a figure: the claim is another story's."""
    question, names_doc = reading.question, reading.names_doc
    figure_stated = reading.want is not None and reading.want.stated is not None
    if names_doc is None or asks_name(question) or (is_statement(question) and not figure_stated):
        return False
    return not any(names_doc(m.sentence.doc_id) for m in group.members)


def _on_story(group: Group, told_with: ToldWith, names_doc: Callable[[str], bool]) -> Group:
    """A claim without the members of documents that name none of the question's names and tell
    another story than the claim's other documents (its best sentence's and those naming one):
    "Nobody was hurt" of a landslide is not said of a spire that fell."""
    docs = {m.sentence.doc_id for m in group.members}
    others = {d for d in docs if not names_doc(d)} - {group.best.sentence.doc_id}
    dropped = telling_another_story(docs - others, others, told_with)
    if not dropped:
        return group
    return Group(group.best, [m for m in group.members if m.sentence.doc_id not in dropped])


def _leader_titles(question: str, analyzer: Analyzer) -> frozenset[str]:
    """For a question asking who leads or owns a body, named or of a kind of organization ("Who runs
    Greyling Estates?", "Who heads the union local?", "Who is the head of ...?"), the terms of the
    titles that name such a person (`roles.role_titles`, less the question's own words); else none."""
    if question_type(question) != "who" or is_statement(question):
        return frozenset()
    words = content_text(question).split()
    if not who_or_what(question) and not any(is_kind(singular(w.lower()), "organization") for w in words):
        return frozenset()  # a body led, by its name or its kind; not "Who will lead the review?"
    terms = analyzer.terms(" ".join(words))
    return frozenset().union(*map(role_titles, terms)) - frozenset(terms)


def _stated_difference(question: str, want: Wanted | None) -> bool | None:
    """Whether a statement's figure (`stated_figure`, the one its `want` is read from) is a difference
    (a margin or a change: "won by 6,536 votes") or a level; None for a question or a statement with
    no figure."""
    stated = stated_figure(question) if want is not None and is_statement(question) else None
    return stated.difference if stated is not None else None


def _said_elsewhere(
    reading: Reading,
    claims: list[Group],
    options: AnswerOptions,
    containing: Containing | None,
    story: Callable[[Group], set[str]],
    idf: Callable[[Sequence[str]], dict[str, float]] | None,
) -> Callable[[Sequence[tuple[Group, Slot]]], None] | None:
    """Join to the lead claim the sentences of its story's documents that give its answer unretrieved;
    the joining, for a question asking a figure, to do again for disputed values (else None)."""
    question, want, ranked = reading.question, reading.want, reading.ranked
    elsewhere = None
    if containing is not None and want is not None:
        read = (question, want, ranked, reading.asked, reading.analyzer, options.type_boost)
        elsewhere = partial(said_elsewhere, *read, containing, story, reading.published)
    if elsewhere is not None and (lead := lead_slot(claims, want)) is not None:
        elsewhere([lead])
    elif want is None and containing is not None and idf is not None and not is_statement(question):
        worded_elsewhere(
            question,
            ranked,
            reading.asked,
            reading.analyzer,
            options.type_boost,
            containing,
            story,
            reading.published,
            idf,
            reading.same,
            claims[0],
        )
    return elsewhere


def _view(
    index: int,
    group: Group,
    words: dict[str, tuple[float, frozenset[str]]],
    documents: Mapping[str, StoredDocument],
) -> ClaimView:
    """A claim as the verdict sees it: its wordings, documents, answering figure and reach.
    `words` gives each of the statement's words (its figure left out) its weight and the terms that
    state it, as written or folded, as coverage reads them ("payment" by "pay")."""
    negated = group.best.key.negated
    total = sum(w for w, _ in words.values()) or 1.0
    slot, giving = _giving(group)  # its answering figure and the wording that gives it
    forms = [(form, t) for t, (_, written) in words.items() for form in written]
    stating = [{t for form, t in forms if form in m.terms or form in m.key.terms} for m in group.members]
    overlap = max(sum(words[t][0] for t in found) for found in stating) / total
    # The wordings that agree with the best one on negation: one that joined for giving the
    # answering figure may deny something else ("... may not turn the kettle off").
    wordings = tuple(dict.fromkeys(m.sentence.text for m in group.members if m.key.negated == negated))
    docs = frozenset(m.sentence.doc_id for m in group.members)
    return ClaimView(
        index=index,
        text=" ".join(wordings),
        docs=docs,
        reported=tuple(documents[d].date[:10] for d in sorted(docs)),
        figure=slot.figure if slot else None,
        relevance=slot.relevance if slot else 0.0,
        overlap=overlap,
        wordings=wordings,
        stated=frozenset(t for found in stating for t in found),
        periods=periods(giving, slot.figure) if slot and giving else frozenset(),
        measures=frozenset(measured_words(giving, slot.figure)) if slot and giving else frozenset(),
        whose=aged_whom(giving, slot.figure) if slot and giving else "",
        weekdays=weekdays_of(giving, slot.figure) if slot and giving else frozenset(),
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
    a name no retrieved sentence gives ("at Aldermoor High School": judged as a name). A polarity
    word of a phrase that says one word is kept ("lost their lives": died)."""
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
    phrased = {t for _, terms in fold_phrases(list(weights)) if len(terms) > 1 for t in terms}
    polar = POLARITY_STEMS - phrased  # "lost" of "lost their lives" says "died"
    return {t: w for t, w in weights.items() if t not in judged and t not in polar}


def _terms(text: str, key: ClaimKey, analyzer: Analyzer) -> frozenset[str]:
    """A sentence's terms. In ASCII text no token crosses a clause cut (a cut comma is never one
    between digits that a token joins), so its claim key's clause terms are the same set."""
    return key.analyzed if text.isascii() else frozenset(analyzer.terms(text))


def _published(documents: Mapping[str, StoredDocument], doc_id: str) -> str:
    """A document's date (YYYY-MM-DD...), or "" when it has none."""
    return documents[doc_id].date


def _support(group: Group, corroboration: float) -> float:
    """A claim's rank: its best sentence's score plus a share of each other document's best."""
    best: dict[str, float] = {}
    for m in group.members:
        best[m.sentence.doc_id] = max(m.score, best.get(m.sentence.doc_id, 0.0))
    others = sum(best.values()) - best[group.best.sentence.doc_id]
    return group.best.score + corroboration * others


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
