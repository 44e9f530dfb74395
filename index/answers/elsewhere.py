"""The answer said elsewhere: sentences of the story's documents that give the lead claim's figure.

Search finds sentences by the question's words, and a document may state the answer in none of
them ("The 23-year-old Portugal international signed ..." for "How old is Rafael Quintas?",
"She takes office May 4." for "When will Almonte be sworn in?"). Once the lead claim's answering
figure is known, the sentences of the other documents on its story that contain the words of
that figure are read, and each that gives the figure (or a rounding or bound of it) for the same
thing joins the claim, as a retrieved sentence would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from factbot.index.answers.claims import claim_key
from factbot.index.answers.grouping import Group, Ranked, states_answer
from factbot.index.answers.slots import Slot, Wanted, answer_slot
from factbot.index.documents import Sentence
from factbot.index.ranking.analysis import Analyzer
from factbot.index.retrieval.search import Hit

__all__ = ["Containing", "join_said_elsewhere"]

# (terms, doc_ids) -> (sentence id, sentence) for each sentence of those documents with every term.
Containing = Callable[[Sequence[str], Sequence[str]], list[tuple[int, Sentence]]]


def join_said_elsewhere(
    lead: Group,
    slot: Slot,
    ranked: Sequence[Ranked],
    story: dict[str, float],
    want: Wanted,
    containing: Containing,
    weights: dict[str, float],
    analyzer: Analyzer,
) -> None:
    """Add to the `lead` claim the sentences of the `story` documents (doc id -> document score)
    it does not cite that give its answering figure `slot` but were not retrieved."""
    cited = {m.sentence.doc_id for m in lead.members}
    docs = [d for d in story if d not in cited]
    terms = _figure_terms(slot.figure.text, analyzer)
    if not docs or not terms:
        return
    seen = {r.hit.sentence_id for r in ranked}
    for sentence_id, sentence in containing(terms, docs):
        if sentence_id in seen:
            continue
        hit = Hit(sentence_id, 0.0, 0.0, story[sentence.doc_id])
        key = claim_key(analyzer, sentence.text)
        found = answer_slot(want, sentence.text, weights, analyzer)
        candidate = Ranked(hit, 0.0, sentence, key.analyzed, key, found, frozenset())
        if states_answer(lead.best, candidate, want):
            lead.members.append(candidate)
            seen.add(sentence_id)


def _figure_terms(text: str, analyzer: Analyzer) -> list[str]:
    """The terms a sentence must contain to give a figure: those with digits ("38" of "$38
    million", "2" of "Oct. 2"), else all of its terms ("three")."""
    terms = list(dict.fromkeys(analyzer.terms(text)))
    digits = [t for t in terms if any(c.isdigit() for c in t)]
    return digits or terms
