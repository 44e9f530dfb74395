"""Re-ranking: retrieved sentences read for what the question asks, and favoured when they give it.

Each sentence gets its answering figure (`slots.answer_slot`) or, for a question asking for a name,
the name given amid the question's words; one that gives what the question type asks for gets the
type boost. Read once per question, the result is what claims are grouped from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factbot.index.answers.claims import ClaimKey, fold, folded_weights
from factbot.index.answers.counted import singular
from factbot.index.answers.kinds import Kinds
from factbot.index.answers.names import answer_names, name_at, names
from factbot.index.answers.nouns import same_counted
from factbot.index.answers.quantities import SPEED_UNITS, Figure, measure, same_measure
from factbot.index.answers.questions import (
    asked_kind,
    asks_before,
    asks_for_name,
    content_text,
    gives_year,
    has_cue,
    is_statement,
    measured_by,
    question_type,
)
from factbot.index.answers.ranked import Ranked
from factbot.index.answers.relative_dates import relative_dates
from factbot.index.answers.slots import CENTRED, answer_name, answer_slot
from factbot.index.answers.wanted import Wanted
from factbot.index.documents import Sentence
from factbot.index.ranking.analysis import Analyzer
from factbot.index.retrieval.search import Hit

__all__ = ["asks_name", "counted_as_asked", "rerank"]


# A sentence that ends with a question mark, inside closing quotes or brackets or not.
_QUESTION_END = re.compile(r"\?[\s\"'”’)\]]*$")
# A name with this share of the question's weight near it gets the type boost when no sentence gives
# one centred on the question ("Harold Banerjee, a mediator from the state board, joined the talks";
# 0.35 / 0.4 / 0.45 / 0.5 measured on 17 sets, RESULTS.md session 28).
_NAME_AMID = 0.4
# A name of names joined by "of" ("Tour of the Fellmoor", "Bank of England"): one name of the question.
_NAME_OF_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)


def _with_measure(question: str, folded: dict[str, float], analyzer: Analyzer) -> dict[str, float]:
    """The question's folded terms and, for "How deep ...?", the nouns of its measure at the
    adjective's weight (`questions.measured_by`): "at a depth of 10 km" gives the figure near them."""
    measured = measured_by(question)
    weight = max((folded.get(t, 0.0) for t in analyzer.terms(measured[0])), default=0.0) if measured else 0.0
    if measured is None or weight <= 0:
        return folded
    return {**folded, **{t: max(weight, folded.get(t, 0.0)) for t in measured[1]}}


def rerank(
    question: str,
    want: Wanted | None,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    keys: Sequence[ClaimKey],
    weights: dict[str, float],
    analyzer: Analyzer,
    type_boost: float,
    published: Callable[[str], str | None] | None = None,
) -> list[Ranked]:
    """Favour sentences with what the question type asks for (a date for "when", ...).

    When some sentence counts what the question counts ("31 countries" for "in how many
    countries"), only such sentences are favoured, not one whose figure counts something else.
    """
    qtype = question_type(question)
    naming = asks_name(question)
    folded = _with_measure(question, folded_weights(weights), analyzer)
    # For what is to come a date before the writing is past; for how long, "since 1958" lasts to it;
    # "in November last year" is the November before the writing.
    written = (
        published
        if want is not None
        and (want.ahead or want.lasting or want.weekday or want.earlier or "date" in want.kinds)
        else None
    )
    slots = [
        answer_slot(want, s.text, folded, analyzer, (written(s.doc_id) or "") if written else "")
        for s in sentences
    ]
    if want is not None:  # a measure ("1.2 km") answers no question that counts things ("how many people")
        slots = [None if slot and _measures_other(slot.figure, want) else slot for slot in slots]
    counted = want is not None and any(slot and want.counts(slot.figure) for slot in slots)
    asking = not is_statement(question)
    before = asks_before(question)
    # "What did the finder do for a living?": a sentence giving an occupation ("a retired postman").
    reader = Kinds.asked(question) if want is None and not naming else None
    occupation = reader if reader is not None and reader.occupation else None
    givens = [answer_names(s.text, question) if naming else {} for s in sentences]
    role = _role_weights(question, folded, analyzer) if naming else folded
    nameds = [answer_name(given, s.text, role, analyzer) for given, s in zip(givens, sentences, strict=True)]
    # "In which journal ...": when some sentence's answer name is a journal's, only such are favoured.
    kind = asked_kind(question) if naming else None
    # A name amid the question's words is favoured; when some sentence gives one centred on them,
    # only such names are.
    centred_name = any(n is not None and n[1] >= CENTRED for n in nameds)
    name_bar = CENTRED if centred_name else _NAME_AMID
    kinds = [
        kind is not None and n is not None and _of_kind(s.text, n[0], kind)
        for n, s in zip(nameds, sentences, strict=True)
    ]
    ranked = []
    for hit, sentence, key, slot, given, named, of_kind in zip(
        hits, sentences, keys, slots, givens, nameds, kinds, strict=True
    ):
        if _QUESTION_END.search(sentence.text):
            continue  # a question in a document ("What do I get?") asserts nothing
        if want is not None:  # what the question asks for: near its words, or counting what it names
            # (under a kin name too: "40 vessels" for "how many ships"; which figure of a sentence
            # answers and which sentence joins a claim is read by the name itself: a kin one there
            # cost an untuned set a question, RESULTS.md session 28)
            counts_asked = asking and slot is not None and counted_as_asked(slot.figure.about, want.about)
            cue = slot is not None and (slot.relevance >= CENTRED or counts_asked or want.change)
            cue = cue and not (counted and slot is not None and not want.counts(slot.figure))
        elif naming:  # a name given amid the question's words, of the kind asked when some is
            cue = of_kind if any(kinds) else named is not None and named[1] >= name_bar
        else:  # ("Has the path been closed before?": "A smaller slip in 2018 closed the path")
            cue = has_cue(qtype, sentence.text) or (before and gives_year(sentence.text))
            cue = cue or (occupation is not None and occupation.kind(sentence.text) is not None)
        boost = 1 + type_boost if cue else 1.0
        head, near = named if named is not None else (None, 0.0)
        dated = relative_dates(sentence.text, published(sentence.doc_id) or "") if published else ()
        ranked.append(
            Ranked(
                hit, hit.score * boost, sentence, key.analyzed, key, slot, frozenset(given), head, near, dated
            )
        )
    ranked.sort(key=lambda r: (-r.score, r.hit.sentence_id))
    return ranked


def _role_weights(question: str, weights: dict[str, float], analyzer: Analyzer) -> dict[str, float]:
    """The question weights an answer name is judged near, for a question asking for a name: all but
    those of a name of two words or more the question gives ("Who is the chief executive of Corran
    Valley Regional Hospital?": the hospital is named beside everyone in the story, the role asked
    for is not; "the Tour of the Fellmoor" is one name). A one-word name ("the Kessford fire chief")
    stays: it may be part of the answer's."""
    text = content_text(question)
    joined = [m.group() for m in _NAME_OF_NAME.finditer(text)]  # "Tour of the Fellmoor"
    subject = {
        t for name in [*names(text), *joined] if len(name.split()) > 1 for t in fold(analyzer.terms(name))
    }
    return {t: w for t, w in weights.items() if t not in subject} or weights


def _measures_other(figure: Figure, want: Wanted) -> bool:
    """A measure ("50 meters", "1.2 km") where the question counts things that are none ("lifeguards")."""
    return (
        figure.kind == "count"
        and bool(want.about)
        and measure(figure.about) is not None
        and not any(measure(a) is not None or a in SPEED_UNITS for a in want.about)
    )


def counted_as_asked(noun: str, asked: frozenset[str]) -> bool:
    """Whether a counted noun is one the question counts, or kin to one (`kin_nouns`)."""
    return bool(noun) and (any(same_counted(noun, a) for a in asked) or same_measure(noun, asked))


def _of_kind(sentence: str, head: str, kind: str) -> bool:
    """Whether the name a sentence gives ending in `head` names the `kind` asked ("the Journal of
    Cardiac Medicine" for "journal"), in the singular or the plural."""
    words = {w.lower().strip(".,'’") for w in name_at(sentence, head).split()}
    return not words.isdisjoint({kind, singular(kind), kind + "s"})


def asks_name(question: str) -> bool:
    """A question answered by a name: "who", "which ...", "where"."""
    return asks_for_name(question) or question_type(question) == "where"
