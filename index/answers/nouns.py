"""What WordNet says about nouns: which name one thing, and which are kinds of which.

Counted nouns that name one thing: "42 container ships" / "more than 40 vessels", "63 structures"
/ "57 buildings". Each noun's kin are the other words of its first WordNet sense and of that
sense's direct hypernyms that are no broad category (more than `_BROAD` direct kinds); two nouns
are kin when either lists the other.

Synonyms: the other words of a noun's first sense ("debris" for "rubble"), which state it in a
question's coverage.

Kinds: a noun is a kind of another when some sense of the other is among all the hypernyms of the
noun's first sense, or of any of its senses when WordNet does not know which is most frequent
("leopard", whose pelt is listed before the cat, of "animal"; "acid" of "chemical").

Both are read from `nouns.txt` (WordNet's noun graph, written by benchmarks/nouns.py), once, when
first needed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files

__all__ = [
    "PARTICLES",
    "compound_of",
    "counts_people",
    "doers",
    "is_kind",
    "is_noun",
    "kin_nouns",
    "particle_noun",
    "same_counted",
    "synonyms",
]

_BROAD = 100  # direct kinds of a hypernym that is a category, not another name
# The particles of phrasal verbs that are also written as one noun: "turned out" / "turnout", "broke
# down" / "breakdown", "laid off" / "layoff", "took over" / "takeover".
PARTICLES = frozenset({"out", "off", "down", "over"})


def same_counted(a: str, b: str) -> bool:
    """Whether two counted nouns count one thing: the same noun, kin ones, or a compound of a noun and
    the other ("schoolchild" / "child", "farmworker" / "worker")."""
    return a == b or kin_nouns(a, b) or compound_of(a, b) or compound_of(b, a)


def compound_of(compound: str, head: str) -> bool:
    """Whether a noun is another's compound: a noun of three letters or more, then it."""
    return len(compound) - len(head) > 2 and compound.endswith(head) and is_noun(compound[: -len(head)])


def particle_noun(verb_stem: str, particle: str) -> str | None:
    """The noun a phrasal verb is also written as, as WordNet has it: "turnout" for "turn" (the stem or
    lemma stem of "turned") and "out"; None when it has none."""
    noun = verb_stem + particle
    return noun if particle in PARTICLES and len(verb_stem) > 2 and is_noun(noun) else None


def kin_nouns(a: str, b: str) -> bool:
    """Whether two counted nouns (singular, lower-case) can name the same thing."""
    return b in _kin(a) or a in _kin(b)


def synonyms(noun: str) -> frozenset[str]:
    """The other one-word lemmas of a lower-case singular noun's first sense ("debris", "junk",
    "detritus" for "rubble"); none for a noun WordNet does not know."""
    graph = _graph()
    sense = graph.first.get(noun)
    return frozenset(graph.words[sense]) - {noun} if sense is not None else frozenset()


def counts_people(noun: str) -> bool:
    """Whether a counted noun counts people: "people" or a kind of person ("residents", "voters")."""
    return noun == "people" or (bool(noun) and is_kind(noun, "person"))


def is_noun(word: str) -> bool:
    """Whether a lower-case word is a WordNet noun (some synset's one-word lemma)."""
    return word in _graph().lemmas


def doers(word: str) -> frozenset[str]:
    """The nouns of the people who do what a verb (in any form) says, as WordNet has them for kinds of
    person: "rider" for "ride", "voter" for "voted", "visitor" for "visited", "shopper" for "shop"."""
    verbs = {word}
    if word.endswith("ed"):
        verbs |= {word[:-1], word[:-2]}  # "voted": "vote"; "visited": "visit"
    elif word.endswith("ing"):
        verbs |= {word[:-3], word[:-3] + "e"}
    forms = (
        f for v in verbs if len(v) > 2 for f in (v + "r", v + "er", v + v[-1] + "er", v + "or", v + "ee")
    )
    return frozenset(form for form in forms if is_kind(form, "person"))


def is_kind(word: str, noun: str) -> bool:
    """Whether a lower-case singular noun (its first sense, or any sense when none is known to be
    most frequent) is a kind of some sense of `noun`."""
    graph = _graph()
    sense = graph.first.get(word)
    if sense is None:
        return False
    return any(noun in _above(s) for s in (sense, *graph.untagged.get(word, ())))


@dataclass(frozen=True)
class _Graph:
    hypernyms: tuple[tuple[int, ...], ...]  # by synset number
    words: tuple[tuple[str, ...], ...]  # one-word lemmas, by synset number
    first: dict[str, int]  # each noun's first sense
    untagged: dict[str, tuple[int, ...]]  # the later senses of nouns with no sense known most frequent
    kinds: tuple[int, ...]  # number of direct kinds (hyponyms), by synset number
    lemmas: frozenset[str]


@functools.cache
def _graph() -> _Graph:
    text = files(__package__).joinpath("nouns.txt").read_text(encoding="utf-8")
    hypernyms: list[tuple[int, ...]] = []
    words: list[tuple[str, ...]] = []
    first: dict[str, int] = {}
    untagged: dict[str, list[int]] = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        above, lemmas, nouns, later = line.split(" ")
        number = len(words)
        hypernyms.append(tuple(int(h) for h in above.split(",")) if above else ())
        words.append(tuple(lemmas.split(",")) if lemmas else ())
        for noun in nouns.split(",") if nouns else ():
            first[noun] = number
        for noun in later.split(",") if later else ():
            untagged.setdefault(noun, []).append(number)
    kinds = [0] * len(words)
    for direct in hypernyms:
        for h in direct:
            kinds[h] += 1
    return _Graph(
        hypernyms=tuple(hypernyms),
        words=tuple(words),
        first=first,
        untagged={noun: tuple(senses) for noun, senses in untagged.items()},
        kinds=tuple(kinds),
        lemmas=frozenset(w for ws in words for w in ws),
    )


@functools.lru_cache(maxsize=65536)
def _kin(noun: str) -> frozenset[str]:
    """The other words of a noun's first sense and of its direct hypernyms that are no broad category."""
    graph = _graph()
    sense = graph.first.get(noun)
    if sense is None:
        return frozenset()
    kin = set(graph.words[sense])
    for h in graph.hypernyms[sense]:
        if graph.kinds[h] <= _BROAD:
            kin.update(graph.words[h])
    kin.discard(noun)
    return frozenset(kin)


@functools.lru_cache(maxsize=16384)
def _above(sense: int) -> frozenset[str]:
    """The lemmas of every hypernym of a synset, however far up."""
    graph = _graph()
    out: set[str] = set()
    for h in graph.hypernyms[sense]:
        out.update(graph.words[h])
        out |= _above(h)
    return frozenset(out)
