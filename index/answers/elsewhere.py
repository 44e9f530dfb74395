"""The answer said elsewhere: sentences of the story's documents that give the lead claim's answer.

Search finds sentences by the question's words, and a document may state the answer in none of
them ("The 23-year-old Portugal international signed ..." for "How old is Rafael Quintas?",
"She takes office May 4." for "When will Almonte be sworn in?"). Once the lead claim's answer (its
answering figure) is known, the sentences of the other documents on its story that contain the
words of that answer are read, and each that gives it for the same thing joins the claim, as a
retrieved sentence would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from factbot.index.answers.claims import claim_key
from factbot.index.answers.grouping import states_answer
from factbot.index.answers.quantities import MONTH_DAY, Figure, rounded_forms, written_forms
from factbot.index.answers.ranked import Group, Ranked
from factbot.index.answers.relative_dates import RELATIVE_WORDS, years_back
from factbot.index.answers.rerank import rerank
from factbot.index.answers.slots import Slot
from factbot.index.answers.wanted import Wanted
from factbot.index.documents import Sentence
from factbot.index.ranking.analysis import Analyzer
from factbot.index.retrieval.search import Hit

__all__ = ["Containing", "answer_terms", "join_said_elsewhere", "said_elsewhere", "worded_elsewhere"]

# The lead's words, rarest first, by which its story's unretrieved sentences are looked up.
_RAREST_WORDS = 4
# (terms, doc_ids) -> (sentence id, sentence) for each sentence of those documents with every term.
Containing = Callable[[Sequence[str], Sequence[str]], list[tuple[int, Sentence]]]


def join_said_elsewhere(
    lead: Group,
    terms: Sequence[Sequence[str]],
    ranked: Sequence[Ranked],
    story: dict[str, float],
    containing: Containing,
    read: Callable[[list[Hit], list[Sentence]], list[Ranked]],
    joins: Callable[[Ranked, Ranked], bool],
) -> None:
    """Add to the `lead` claim each sentence of the `story` documents (doc id -> document score) it
    does not cite, not retrieved, that contains one of `terms` (the answer's ways of being written,
    each as terms) and, `read` as answer assembly reads a retrieved one, `joins` the claim's best
    sentence."""
    cited = {m.sentence.doc_id for m in lead.members}
    docs = [d for d in story if d not in cited]
    if not docs:
        return
    retrieved = {r.hit.sentence_id for r in ranked}
    found: dict[int, Sentence] = {}
    for words in terms:  # each way of writing the answer
        found.update((i, s) for i, s in containing(words, docs) if i not in retrieved)
    hits = [Hit(i, 0.0, 0.0, story[s.doc_id]) for i, s in found.items()]
    for candidate in read(hits, list(found.values())):
        if joins(lead.best, candidate):
            lead.members.append(candidate)


def answer_terms(figure: Figure, analyzer: Analyzer, published: str = "") -> list[list[str]]:
    """The terms a sentence must contain to give a figure, for each way of writing it, roundings too
    ("more than 6,500" for 6,536): those with
    digits ("38" of "$38 million", "2" of "Oct. 2"), else all ("three"); for a year given in a
    report `published` (ISO) on, the years back to it too ("2008" in 2025: "17", as in "its highest
    level in 17 years")."""
    out = []
    back = (
        years_back(figure.value, published)
        if figure.kind == "year" and isinstance(figure.value, float)
        else None
    )
    if back is not None:
        out.append([str(back)])
    for form in [*written_forms(figure), *rounded_forms(figure)]:
        terms = list(dict.fromkeys(analyzer.terms(form)))
        digits = [t for t in terms if any(c.isdigit() for c in t)]
        if digits or terms:
            out.append(digits or terms)
    if figure.kind == "date" and MONTH_DAY.fullmatch(str(figure.value)):  # "on Thursday", "today"
        out.extend([term] for word in RELATIVE_WORDS for term in analyzer.terms(word))
    return out


def said_elsewhere(
    question: str,
    want: Wanted,
    ranked: Sequence[Ranked],
    asked: dict[str, float],
    analyzer: Analyzer,
    type_boost: float,
    containing: Containing,
    story_of: Callable[[Group], set[str]],
    published: Callable[[str], str | None] | None,
    answering: Sequence[tuple[Group, Slot]],
) -> None:
    """Join to each answering claim the sentences of its story's documents that give its answering
    figure though search did not find them (`join_said_elsewhere`). (For "who" and "which", the name the
    lead gives was tried too: it joined sentences about the named company that do not answer.)"""
    reading = (question, want, ranked, asked, analyzer, type_boost, containing, story_of, published)
    for group, slot in answering:
        written = (published(group.best.sentence.doc_id) or "") if published else ""
        terms = answer_terms(slot.figure, analyzer, written)
        _join_elsewhere(*reading, group, terms, partial(states_answer, want=want))


def worded_elsewhere(
    question: str,
    ranked: Sequence[Ranked],
    asked: dict[str, float],
    analyzer: Analyzer,
    type_boost: float,
    containing: Containing,
    story_of: Callable[[Group], set[str]],
    published: Callable[[str], str | None] | None,
    idf: Callable[[Sequence[str]], dict[str, float]],
    same: Callable[[Ranked, Ranked], bool],
    lead: Group,
) -> None:
    """Join to the lead claim of a question asking for no figure the sentences of its story's
    documents that search did not find and that say the same thing: those with one of the lead's
    rarest words the question does not have, that form one claim with its best sentence ("an oak
    branch came down on the roof" for "How did the leopard get out?", led by "a branch tore
    through the netting")."""
    own = [t for t in lead.best.terms if t not in asked and not any(c.isdigit() for c in t)]
    weights = idf(own)
    rarest = sorted(own, key=lambda t: (-weights.get(t, 0.0), t))[:_RAREST_WORDS]
    reading = (question, None, ranked, asked, analyzer, type_boost, containing, story_of, published)
    _join_elsewhere(*reading, lead, [[t] for t in rarest], same)


def _join_elsewhere(
    question: str,
    want: Wanted | None,
    ranked: Sequence[Ranked],
    asked: dict[str, float],
    analyzer: Analyzer,
    type_boost: float,
    containing: Containing,
    story_of: Callable[[Group], set[str]],
    published: Callable[[str], str | None] | None,
    group: Group,
    terms: Sequence[Sequence[str]],
    joins: Callable[[Ranked, Ranked], bool],
) -> None:
    """Join to `group` the unretrieved sentences of its story's documents with one of `terms` (each
    a list of terms a sentence must all contain) that `joins` its best sentence, read as answer
    assembly reads a retrieved one."""

    def read(hits: list[Hit], sentences: list[Sentence]) -> list[Ranked]:
        keys = [claim_key(analyzer, s.text) for s in sentences]
        return rerank(question, want, hits, sentences, keys, asked, analyzer, type_boost, published)

    docs = story_of(group)
    story: dict[str, float] = {}
    for r in ranked:
        if r.sentence.doc_id in docs:
            story[r.sentence.doc_id] = max(r.hit.document_score, story.get(r.sentence.doc_id, 0.0))
    join_said_elsewhere(group, terms, ranked, story, containing, read, joins)
