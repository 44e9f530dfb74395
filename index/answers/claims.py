"""Claims: sentences from different documents that state the same fact, grouped.

Two sentences state the same claim when

- they give no different figure for the same thing (a count of the same noun,
  a percentage, a sum or a date that differs means a different claim, or a
  conflict: see `index.conflicts`; a figure only one of them gives is fine),
- they agree on negation ("has ratified" vs "has not ratified"),
- the people, places and organisations they share appear in the same order
  ("Russia attacked Ukraine" vs "Ukraine attacked Russia"), and
- the IDF-weighted content words of the shorter one are mostly in the longer
  one (and make up at least a quarter of it), after folding a small table of
  synonyms ("instruments" ~ "documents", "nations" ~ "sides", "become
  effective" ~ "take effect", "lost their lives" ~ "died") and a noun of an
  act to its verb ("closure" ~ "close", from WordNet), either for the
  whole sentences or for one clause of each (clauses are cut at punctuation,
  so "..., adding that it takes effect when both sides exchange the
  ratification instruments" matches a sentence that says only that). When a
  question is given, the matching clauses must both contain a question word.

All of it is lexical: no model is downloaded.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain, repeat

from factbot.index.answers.derivations import DERIVED_STEMS
from factbot.index.answers.figures import figures
from factbot.index.answers.irregular import LEMMA_STEMS
from factbot.index.answers.polarity import BOUND
from factbot.index.ranking.analysis import NEGATIONS, STOPWORDS, Analyzer

__all__ = [
    "CLAUSE",
    "PHRASES",
    "SYNONYMS",
    "WIDENED",
    "ClaimKey",
    "TermWeights",
    "claim_key",
    "clause_around",
    "clause_span",
    "fold",
    "fold_phrases",
    "folded_weights",
    "lemma_stems",
    "same_claim",
    "stated_as",
    "weighted_overlap",
]

# Stems that say the same thing in news about agreements, forces, figures and casualties.
_NEWS_SYNONYMS: dict[str, str] = {
    "instrument": "document",
    "nation": "side",
    "countri": "side",
    "parti": "side",
    "pact": "treati",
    "agreement": "treati",
    "accord": "treati",
    "deal": "treati",
    "soldier": "troop",
    "becom": "take",
    "come": "take",
    "enter": "take",
    "forc": "effect",
    "onc": "when",
    "approv": "ratifi",
    "ratif": "ratifi",
    "kept": "held",
    "keep": "held",
    "hold": "held",
    "bind": "requir",
    "oblig": "requir",
    "commit": "requir",
    "deploy": "sent",
    "dispatch": "sent",
    "send": "sent",
    "staff": "worker",
    "employe": "worker",
    "hous": "home",
    # titles as news abbreviates them before a name ("Cllr Hugh Penrose", "Det. Sgt. Ana Ruiz")
    "cllr": "councilor",
    "sgt": "sergeant",
    "supt": "superintend",
    "insp": "inspector",
    "det": "detect",
    "lt": "lieuten",
    "capt": "captain",
    "prof": "professor",
    "gov": "governor",
    "sen": "senat",
    # common news verbs
    "demand": "ask",
    "seek": "ask",
    "sought": "ask",
    "acquir": "buy",
    "purchas": "buy",
    "bought": "buy",
    "detain": "arrest",
    "shut": "close",
    "began": "start",
    "begin": "start",
    "begun": "start",
    "quit": "resign",
    "recruit": "hire",
    "valu": "worth",
    "valuat": "worth",
    "ill": "sick",
    "sicken": "sick",
    # casualties
    "dead": "die",
    "death": "die",
    "kill": "die",
    "fatal": "die",
    "injuri": "injur",
    "hurt": "injur",
    "wound": "injur",
}
# The canonical stems whose every synonym above search reads too: deaths and injuries, which news
# words many ways ("died", "killed", "dead", "deaths", "fatal"; "hurt", "injured", "wounded") and
# denies in few words ("No deaths were reported", "Nobody was hurt"). (Search read every class: -5;
# the news table: -3; these two: +2, RESULTS.md session 48.)
WIDENED: dict[str, tuple[str, ...]] = {
    canonical: tuple(sorted({canonical} | {t for t, to in _NEWS_SYNONYMS.items() if to == canonical}))
    for canonical in ("die", "injur")
}
# ... and a noun of an act said with its verb ("the closure" / "will close", "the decision" /
# "decided": WordNet's derivations, `index.answers.derivations`); the news table decides first.
SYNONYMS: dict[str, str] = {
    **{noun: _NEWS_SYNONYMS.get(verb, verb) for noun, verb in DERIVED_STEMS.items()},
    **_NEWS_SYNONYMS,
}
# (Each leads with a lookahead for the capital a match starts with, so the scan skips the rest fast.)
_ENTITY = re.compile(r"(?=[A-Z])\b([A-Z][a-z]+(?:\s[A-Z][a-z]+|-[A-Za-z][a-z]+)*)")
_DEFAULT_OVERLAP = 0.8
# (The lookahead names every character a cut can start with, so the scan skips the others fast.)
CLAUSE = re.compile(r"(?=[,;:()\[\]\"“”—–\s])(?:(?:,(?!\d{3})|[;:()\[\]\"“”—–])+|\s-\s)")
_ATTRIBUTION = re.compile(r"\s*(?:according\s+to|as\s+(?:reported|announced)\s+by)\b", re.I)  # a source named
# ... or a clause that only says who said it: "the state Forest Fire Service said.", "said Celia Marchetti"
_SAID_BY = re.compile(
    r"\s*(?:said|says|told|added)\s+(?:(?-i:[a-z])+\s+){0,3}(?:(?-i:[A-Z])[\w.'’-]*\s*)+[.!?\"”']*\s*$"
    r"|^[^,;:]*\b(?:said|says|told|added|reported|announced)"
    r"(?:\s+on)?(?:\s+\w+day)?\s*[.!?]?[\"”']*\s*$",
    re.I,
)
# The negations as analyzed terms: the analyzer's and the stem of "nobody" (not "nothing": "reduced
# visibility to almost nothing" denies nothing).
_NEGATING = NEGATIONS | {"nobodi"}
_NO_ONE = re.compile(r"\bno[\s-]+one\b", re.I)
_ONE = re.compile(r"\bone\b", re.I)
_MIN_CLAUSE_TERMS = 5  # shorter clauses are noun phrases or attributions, not claims
# A short sentence is one claim with a long one only if it states this share of the long one too
# ("The study was funded by Halden" is not the long sentence about Halden's shares and its study);
# a long sentence that contains it as a clause still matches clause by clause.
# (0.25, 0.35 and 0.5 measured on four sets: RESULTS.md.)
_HEAVIER_SHARE = 0.25
_KEYS_KEPT = 20_000  # claim keys remembered before the memory is cleared


# Two stems in a row that say what one word says ("lost their lives": died).
PHRASES: dict[tuple[str, str], str] = {
    ("lost", "live"): "die",
    ("lose", "live"): "die",
    ("lost", "life"): "die",
    ("lose", "life"): "die",
    # a raise in pay, British and American: "a pay rise", "a pay increase", "a wage increase"
    ("pay", "rise"): "rais",
    ("pay", "increas"): "rais",
    ("wage", "increas"): "rais",
    ("wage", "rise"): "rais",
    ("pay", "rais"): "rais",
}
_PHRASE_STARTS = frozenset(first for first, _ in PHRASES)


def lemma_stems(terms: Iterable[str]) -> frozenset[str]:
    """The stems of the lemmas of the irregular verb forms among `terms` ("stole" -> "steal")."""
    return frozenset(LEMMA_STEMS[t] for t in terms if t in LEMMA_STEMS)


def fold(terms: list[str]) -> list[str]:
    """Map analyzed terms to their canonical synonym, and each phrase of `PHRASES` to its word."""
    if _PHRASE_STARTS.isdisjoint(terms):
        return list(map(SYNONYMS.get, terms, terms))
    return [canonical for canonical, _ in fold_phrases(terms)]


def stated_as(terms: list[str]) -> frozenset[str]:
    """The terms that state a word: its own, their canonical synonyms and the lemmas of irregular
    verb forms ("killed" is stated by "died", as a sentence's terms are folded before they are
    matched, and "stolen" by "stole")."""
    return frozenset(terms) | frozenset(fold(terms)) | lemma_stems(terms)


def fold_phrases(terms: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Each canonical term of `fold` with the analyzed terms it stands for."""
    out: list[tuple[str, tuple[str, ...]]] = []
    at = 0
    while at < len(terms):
        pair = (terms[at], terms[at + 1]) if at + 1 < len(terms) else None
        if pair in PHRASES:
            out.append((PHRASES[pair], pair))
            at += 2
        else:
            out.append((SYNONYMS.get(terms[at], terms[at]), (terms[at],)))
            at += 1
    return out


def folded_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """Each term's weight under its canonical synonym or phrase word (the heavier where two fold together)."""
    folded: dict[str, float] = {}
    for canonical, terms in fold_phrases(list(weights)):
        weight = max(weights[t] for t in terms)
        folded[canonical] = max(weight, folded.get(canonical, 0.0))
    return folded


@dataclass(frozen=True, slots=True)
class ClaimKey:
    """What a sentence asserts, in comparable form."""

    analyzed: frozenset[str]  # the sentence's terms as the analyzer gives them
    terms: frozenset[str]  # folded through SYNONYMS, negations left out
    clauses: tuple[frozenset[str], ...]
    negated: bool
    entities: tuple[str, ...]
    figured: str  # the sentence whose figures it states ("" for none)
    # for a negated sentence, the terms of its clauses that deny nothing ("They can choose a full
    # refund ..." of "..., and do not need a receipt")
    affirmed: frozenset[str] = frozenset()

    @property
    def figures(self) -> frozenset[tuple[str, str, float | str]]:
        """The figures the sentence states (not a whole its parts count), read when first asked for:
        many sentences are grouped before two keys' figures are compared."""
        return _stated_figures(self.figured) if self.figured else frozenset()


@functools.lru_cache(maxsize=_KEYS_KEPT)
def _stated_figures(sentence: str) -> frozenset[tuple[str, str, float | str]]:
    """`ClaimKey.figures` of a sentence."""
    return frozenset((f.kind, f.about, f.value) for f in figures(sentence) if not f.whole)


_KEYS: dict[tuple[str, str], ClaimKey] = {}  # (analyzer language, sentence) -> its key


def claim_key(analyzer: Analyzer, sentence: str) -> ClaimKey:
    """Reduce a sentence to its folded content terms, figures, negation and entities.

    Remembered per analyzer language: answers to related questions retrieve many of the
    same sentences.
    """
    cache_key = (analyzer.language, sentence)
    found = _KEYS.get(cache_key)
    if found is None:
        if len(_KEYS) >= _KEYS_KEPT:
            _KEYS.clear()
        found = _KEYS[cache_key] = _claim_key(analyzer, sentence)
    return found


def _negated(analyzer: Analyzer, sentence: str, terms: frozenset[str]) -> bool:
    """Whether a sentence has a negation ("nobody" too), "no" in a bound aside ("no more than 26
    students")."""
    if _NEGATING.isdisjoint(terms):
        return False
    if "no" not in terms or not BOUND.search(sentence):
        return True
    return not NEGATIONS.isdisjoint(analyzer.terms(BOUND.sub(" ", sentence)))


def _claim_key(analyzer: Analyzer, sentence: str) -> ClaimKey:
    """`claim_key`, computed."""
    parts = CLAUSE.split(sentence)
    clause_terms = [analyzer.terms(c) for c in parts]
    analyzed = frozenset(chain.from_iterable(clause_terms))  # clause cuts never split a token
    # Each clause folded (the test for phrases made once, for the whole sentence).
    simple = _PHRASE_STARTS.isdisjoint(analyzed)
    folded = [frozenset(map(SYNONYMS.get, c, c) if simple else fold(c)) for c in clause_terms]
    terms = frozenset().union(*folded)  # fold(analyzed), clause by clause
    # A clause that only says who reports it ("according to the Midshire Fire and Rescue Service", "the
    # state Forest Fire Service said", "said Celia Marchetti") states no fact: two sentences citing one
    # source are not one claim by it.
    stating = [
        c
        for c, part in zip(folded, parts, strict=True)
        if not _ATTRIBUTION.match(part) and not _SAID_BY.match(part)
    ]
    clauses = (c - NEGATIONS for c in stating)
    negated = _negated(analyzer, sentence, terms)
    return ClaimKey(
        analyzed=analyzed,
        terms=(frozenset().union(*stating) if stating else terms) - _NEGATING - _no_one(sentence),
        clauses=tuple(c for c in clauses if len(c) >= _MIN_CLAUSE_TERMS),
        negated=negated,
        entities=tuple(dict.fromkeys(_entities(sentence))),
        figured=sentence,
        affirmed=_affirmed(analyzer, parts, clause_terms, folded) if negated else frozenset(),
    )


def _no_one(sentence: str) -> frozenset[str]:
    """The term "one" of a sentence's "no one" (a negation, as "nobody" is; not "at least one")."""
    return (
        frozenset({"one"})
        if _NO_ONE.search(sentence) and not _ONE.search(_NO_ONE.sub("", sentence))
        else frozenset()
    )


def _affirmed(
    analyzer: Analyzer, parts: list[str], clause_terms: list[list[str]], folded: list[frozenset[str]]
) -> frozenset[str]:
    """The folded terms of a sentence's clauses that deny nothing (`parts`: the clauses' text, with
    their analyzed and folded terms)."""
    kept = [
        c
        for c, raw, part in zip(folded, clause_terms, parts, strict=True)
        if not _negated(analyzer, part, frozenset(raw))
    ]
    return frozenset().union(*kept) - NEGATIONS


def _entities(sentence: str) -> list[str]:
    """Capitalised names ("North Korea", "Kim Jong-un"), minus capitalised function words."""
    out = []
    for match in _ENTITY.finditer(sentence):
        words = match.group(1).lower().replace("-", " ").split()
        while words and words[0] in STOPWORDS:
            words.pop(0)
        if words:
            out.append(" ".join(words))
    return out


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of `text` holding the span `start`-`end`: from the last `CLAUSE` cut before it to
    the first at or after its end."""
    first, last = clause_span(text, start, end)
    return text[first:last]


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where `clause_around` starts and ends."""
    first = max((cut.end() for cut in CLAUSE.finditer(text, 0, start)), default=0)
    last = next((cut.start() for cut in CLAUSE.finditer(text, end)), len(text))
    return first, last


def same_claim(
    a: ClaimKey,
    b: ClaimKey,
    weights: TermWeights,
    overlap: float = _DEFAULT_OVERLAP,
    focus: frozenset[str] = frozenset(),
) -> bool:
    """Whether two sentences state the same fact (see the module docstring).

    `focus` is the question's folded terms: a clause-level match counts only for
    clauses that both contain one of them.
    """
    if not _same_order(a.entities, b.entities):
        return False
    if a.negated != b.negated:  # the same fact when what the negated one affirms is the other's
        denying, affirming = (a, b) if a.negated else (b, a)
        said = denying.affirmed
        return bool(said) and _worded(said, affirming.terms, weights, overlap) and _compatible_figures(a, b)
    worded = _worded(a.terms, b.terms, weights, overlap) or any(
        weighted_overlap(ca, cb, weights) >= overlap
        for ca in a.clauses
        if not focus or ca & focus
        for cb in b.clauses
        if not focus or cb & focus
    )
    # The figures last: most pairs differ in words, and a sentence's figures are read on first use.
    return worded and _compatible_figures(a, b)


def _worded(a: frozenset[str], b: frozenset[str], weights: TermWeights, overlap: float) -> bool:
    """Whether two sets of terms say the same: `overlap` of the lighter one's weight is shared, and
    `_HEAVIER_SHARE` of the heavier one's."""
    return weighted_overlap(a, b, weights) >= overlap and _heavier_share(a, b, weights) >= _HEAVIER_SHARE


def _heavier_share(a: frozenset[str], b: frozenset[str], weights: TermWeights) -> float:
    """IDF-weighted share of the heavier sentence's terms that the other one has."""
    return weights.shared(a, b) / max(weights.total(a), weights.total(b))


def _compatible_figures(x: ClaimKey, y: ClaimKey) -> bool:
    """No figure of the same kind about the same thing with another value (an extra figure is fine);
    `y`'s figures are read only when `x` states some."""
    a = x.figures
    b = y.figures if a else frozenset()
    if not a or not b:
        return True
    values_a: dict[tuple[str, str], set[object]] = {}
    values_b: dict[tuple[str, str], set[object]] = {}
    for kind, about, value in a:
        values_a.setdefault((kind, about), set()).add(value)
    for kind, about, value in b:
        values_b.setdefault((kind, about), set()).add(value)
    return all(values_a[key] == values_b[key] for key in values_a.keys() & values_b.keys())


class TermWeights:
    """Term weights for comparing sentences: the question's IDF for its terms, 1.0 for any
    other; the total of each term set is remembered (one question compares the same sets
    many times)."""

    __slots__ = ("_totals", "_weights")

    def __init__(self, weights: Mapping[str, float]) -> None:
        self._weights = weights
        self._totals: dict[frozenset[str], float] = {}

    def total(self, terms: frozenset[str]) -> float:
        found = self._totals.get(terms)
        if found is None:
            found = self._totals[terms] = self.shared(terms, terms)
        return found

    def shared(self, a: frozenset[str], b: frozenset[str]) -> float:
        """The weight of the terms both sets have."""
        return sum(map(self._weights.get, a & b if a is not b else a, repeat(1.0)))  # 1.0 if not asked


def weighted_overlap(a: frozenset[str], b: frozenset[str], weights: TermWeights) -> float:
    """IDF-weighted share of the lighter sentence's terms that the other one has."""
    if not a or not b:
        return 0.0
    return weights.shared(a, b) / min(weights.total(a), weights.total(b))


def _same_order(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Entities both sentences name appear in the same order in each."""
    if not a or not b:
        return True
    shared = set(a) & set(b)
    return [e for e in a if e in shared] == [e for e in b if e in shared]
