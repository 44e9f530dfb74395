"""Coverage: how much of a question a sentence states, the measure of "not in the sources".

A question is weighed word by word (each word once, by its heaviest term; a phrase of
`claims.PHRASES` as one word; a light word at half weight), and a sentence states a word as
written, folded or by an irregular form of its verb, a noun also by a synonym of its first WordNet
sense, its neighbours adding what they state at `context_weight`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from factbot.index.answers.adjectives import adjective_synonyms
from factbot.index.answers.claims import PHRASES, stated_as
from factbot.index.answers.counted import singular
from factbot.index.answers.kinds import Kinds
from factbot.index.answers.named_times import gives_day, reported_on
from factbot.index.answers.nouns import doers, is_noun, synonyms
from factbot.index.answers.quantities import Figure
from factbot.index.answers.questions import (
    asks_which_kind,
    content_text,
    measured_by,
    phrasal_nouns,
    question_type,
)
from factbot.index.answers.ranked import Ranked, said_terms
from factbot.index.answers.roles import role_titles
from factbot.index.ranking.analysis import Analyzer

__all__ = ["coverages", "unnamed_words", "word_weights"]

# Words that carry little meaning of their own in a question: light verbs ("come out on top", "get
# better", "take part", "put to sleep": the answer says what the rest of the phrase says, often in
# other words, "won", "sedated") and adverbs of time and focus ("still", "now", "already": "Is the
# cave off limits now?" is answered by "The cave is closed to cavers"). Each weighs this share of
# its term's weight in the coverage (0.5 and 0 measured on 31 sets, RESULTS.md session 39).
_LIGHT_WORDS = frozenset(
    "come comes came coming get gets got gotten getting go goes went gone going give gives gave given "
    "giving keep keeps kept keeping let lets letting make makes made making put puts putting set sets "
    "setting take takes took taken taking "
    "also still already ever exactly currently actually really yet now just even recently".split()
)
_LIGHT_WEIGHT = 0.5
# A question's clause of time sets when, not what is asked: "Was anybody hurt when the test trams came
# to a sudden stop?" is answered by "No one on the trams was injured", which need not say they stopped.
# Its words are light (0 and a quarter measured too: RESULTS.md session 57). Not a phrase naming the
# event ("By how much did the stock drop after the recall?"), nor "during" (it takes only those).
_TIME_CLAUSE = re.compile(
    r"(?<=\w)[,;]?\s+(?:when|while|(?:before|after|since|until)\s+(?:it|they|he|she|we|i|you)\b)", re.I
)
_HOW_MANY_PEOPLE = re.compile(r"\bhow\s+many\s+people\b", re.I)
_PUNCTUATION = "\"'“”‘’.,;:!?()[]"


def word_weights(
    question: str, weights: dict[str, float], analyzer: Analyzer
) -> list[tuple[frozenset[str], float]]:
    """The question's words, each as the terms it gives and weighed once, by its heaviest term:
    "HORIZON-HF" gives "horizon", "hf" and "horizonhf" but is one word of the question; a model or
    code with digits is stated only whole ("Halcyon-1" does not state "Halcyon-2"). A phrase
    of `PHRASES` is one word, given by its canonical term ("lost their lives": "die"). A light
    word weighs `_LIGHT_WEIGHT` of its term's weight: "came out on top" says little by "came"; so
    do the words of a clause of time ("... when the trams came to a stop?": `_TIME_CLAUSE`). A
    noun is also stated by the other words of its first sense (`nouns.synonyms`: "rubble" by
    "debris"). For "who", a verb of leading or owning is also stated by its titles
    (`roles.role_titles`); for "how many people", a verb by the nouns of its doers (`nouns.doers`:
    "ride" by "riders"); for "how deep", the adjective by the nouns of its measure
    (`questions.measured_by`: "depth")."""
    words: dict[frozenset[str], float] = {}
    asks_who = question_type(question) == "who"
    counts_people = _HOW_MANY_PEOPLE.search(question) is not None
    given: set[str] = set()
    previous: list[str] = []
    # "Which bank ...", "Which architecture firm ...": the kind asked, which the answer's name gives
    kind = asks_which_kind(question)
    measured = measured_by(question)
    text = content_text(question)
    timed = _TIME_CLAUSE.search(text)
    context = timed.start() if timed else len(text)  # where its clause of time begins
    phrasal = phrasal_nouns(text, analyzer)  # "turned out" is also stated by "turnout"
    for written in re.finditer(r"\S+", text):
        word = written[0]
        found = [t for t in analyzer.terms(word) if t in weights]
        bare = word.lower().strip(_PUNCTUATION)
        kind = kind and bool(found) and is_noun(singular(bare))
        if not found:
            continue
        given.update(found)
        light = bare in _LIGHT_WORDS or kind or written.start() > context
        share = _LIGHT_WEIGHT if light else 1.0
        if len(found) > 2 and any(c.isdigit() for c in found[-1]):
            # A model or code ("Halcyon-2") is stated whole, not by its series ("Halcyon-1").
            found = found[-1:]
        phrase = PHRASES.get((previous[-1], found[0])) if previous else None
        if phrase is not None:  # this word and the one before are one phrase
            words.pop(stated_as(previous), None)
            words[frozenset({phrase})] = max(weights[previous[-1]], weights[found[0]])
            previous = []
        else:
            stating = stated_as(found)
            if asks_who:
                stating = stating.union(*map(role_titles, found))
            if measured is not None and bare == measured[0]:  # "How deep ...?": "at a depth of 10 km"
                stating = stating.union(measured[1])
            if bare in phrasal:
                stating = stating | {phrasal[bare]}
                given.add(phrasal[bare])
            if word.islower():  # a noun by the other words of its first sense: "rubble" by "debris"
                stating = stating.union(*(analyzer.terms(s) for s in synonyms(singular(bare))))
                # ... and an adjective, in its degree: "biggest" by "largest"
                stating = stating.union(*(analyzer.terms(s) for s in adjective_synonyms(bare)))
            if counts_people and word.islower():  # "How many people ride ...?": "28,000 riders"
                stating = stating.union(*(analyzer.terms(d) for d in doers(word.strip(_PUNCTUATION))))
            words.setdefault(stating, share * max(weights[t] for t in found))
            previous = found
    words.update((frozenset({t}), w) for t, w in weights.items() if t not in given)
    return list(words.items())


def unnamed_words(
    words: list[tuple[frozenset[str], float]], named: frozenset[str]
) -> list[tuple[frozenset[str], float]] | None:
    """The question's words (as `word_weights` gives them) besides its names (`named`: their
    terms); None unless it gives a name and some other word. A "who" question is answered only by a
    sentence that, with its neighbours, states one of them ("Who designed the Pellham Museum
    building?" is not answered by thieves breaking into the Pellham Museum), and asked for no
    figure, the claims whose best sentence states one lead."""
    unnamed = [w for w in words if not w[0] & named]
    return unnamed if unnamed and len(unnamed) < len(words) else None


def coverages(
    kept: Sequence[Ranked],
    around: Mapping[int, frozenset[str]],
    words: Sequence[tuple[frozenset[str], float]],
    context_weight: float,
    on: Sequence[Figure] = (),
    day: frozenset[str] = frozenset(),
    kinds: Kinds | None = None,
    kind: frozenset[str] = frozenset(),
    published: Callable[[str], str | None] | None = None,
    frame: frozenset[str] = frozenset(),
) -> list[float]:
    """The question weight each sentence states, plus `context_weight` of what only its neighbours state.

    `words` are the question's words as `word_weights` gives them; `around` gives, per
    sentence id, the question terms its neighbours contain. The question's date (`on`, its terms
    `day`) is stated by a sentence that gives that day in any way: "on Friday" in a report dated
    Friday, Oct. 24, or "24 October" for "Oct. 24"; or by one from a report `published` on that day
    (a document's date, YYYY-MM-DD), which gives its figures as of that day. The noun a question asks a
    kind of (`kinds`, its terms `kind`) is stated by a sentence giving a kind of it: "A snow leopard
    escaped" states "What animal escaped?". The noun a question asks its figure by (`frame`, its terms:
    "What day did the storm hit?") is stated by a sentence giving the figure asked or a day relative
    to its report ("hail fell on Sunday").
    """
    out = []
    for r in kept:
        near = around.get(r.hit.sentence_id, frozenset())
        # As written, folded ("killed" states "die"), and irregular verbs' lemmas ("stole": "steal").
        stated = said_terms(r)
        if on and (gives_day(r, on) or reported_on(r.sentence.doc_id, on, published)):
            stated = stated | day
        if kinds is not None and kinds.kind(r.sentence.text) is not None:
            stated = stated | kind
        if frame and (r.slot is not None or r.dated):
            stated = stated | frame
        own = sum(w for terms, w in words if terms & stated)
        gain = sum(w for terms, w in words if terms & near and not terms & stated)
        out.append(own + context_weight * gain)
    return out
