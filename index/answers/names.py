"""Names: the capitalised names a text gives, and the ones that answer a question.

People, bodies, places and things (`names`, `who_or_what`), whether a text mentions one
(`mentions`), the names a sentence gives that a question does not (`answer_names`: its answer), and
those it gives as places (`places`).
"""

from __future__ import annotations

import functools
import re

from factbot.index.answers.counted import singular
from factbot.index.answers.nouns import is_kind, is_noun
from factbot.index.answers.questions import asked_kind
from factbot.index.ranking.analysis import STOPWORDS

__all__ = ["answer_names", "mentions", "name_at", "names", "owner_before", "places", "who_or_what"]

_NAME = re.compile(r"(?=[A-Z])\b[A-Z][\w&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.-]*)*")
_OPENING = " \"'“‘(["  # what may come before the first word of a sentence or a quote
# A news dateline opening a sentence: "KESSFORD - ", "ASHBY CROSS (Meridian) — ".
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]*)*(?:\s*\([^()]{1,40}\))?\s+[-–—]+\s+")
_AGED = re.compile(r",\s+\d{1,3},")  # a person's age after the name: "Gwen Hartley, 67, ..."
# What follows a person's name: "Whitcombe, who ...", "Ruiz, 34, ...".
_TOLD_OF = re.compile(_AGED.pattern + r"\s|,\s+(?:who|whose|whom)\s")
# Titles abbreviated before a person's name ("Dr. Priya Ramanathan"), lower-case without the dot.
_HONORIFICS = frozenset("dr mr mrs ms mx prof sen rep gov lt sgt capt cllr rev".split())
# A name right after one of these is a place or a thing, not who did something.
_PLACE_WORDS = r"in|at|near|from|into|across|outside|inside|(?<!according\s)to|of|around"
_PLACE_BEFORE = re.compile(rf"\b(?:{_PLACE_WORDS})\s+(?:the\s+)?$", re.I)
# ... and, with "on", where something is or goes ("on Tanner's Row", "to Copenhagen").
_PLACED_BEFORE = re.compile(rf"\b(?:{_PLACE_WORDS}|on)\s+(?:the\s+)?$", re.I)
# ... and a name right after one of these is where someone is from ("of Marlow Creek"), not whom.
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|from|of)\s+(?:the\s+)?$", re.I)
# (The question as `questions.as_asked` reads it: "Which journal was it published in?")
_PLACE_ASKED = re.compile(
    r"^\s*(?:where\b|(?:in|at|from|to|into|near)\s+(?:which|what)\b|(?:which|what)\b.*\b(?:in|at|from|to|into|near)\s*\??\s*$)",
    re.I,
)
# A question a possessor may answer ("at Ridgeway Transit's depot" for "Which company runs it?").
_WHO_ASKED = re.compile(r"^\s*(?:who|whom|whose|which)\b", re.I)
# The kind of thing a question asks for by name: "Which hospital ...", "In what town ...".
_KIND_ASKED = re.compile(r"^\s*(?:(?:in|at|from|to|into|near|by)\s+)?(?:which|what)\s+([a-z]+)\b", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_POSSESSIVE_WORD = re.compile(r"['’]s\s+(\w+)")  # after a name: "'s planning"
_PLACE_REACH = 16  # characters before a name searched for its preposition
_LISTED = re.compile(r"\s*(?:,\s*)?(?:and|or|&)?\s*")  # between two names of one list
_LEADING = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
# Capitalised words that name a day or a month, not who did something.
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WORD_CHARS = re.compile(r"\w+")


def names(text: str) -> list[str]:
    """Capitalised names, not counting the sentence's first word unless a name follows it."""
    return [name for name, _ in _name_spans(text)]


@functools.lru_cache(maxsize=1024)
def _name_spans(text: str) -> tuple[tuple[str, int], ...]:
    """Each capitalised name and where it starts (a lone first word, or one opening a quote, is no name).

    Remembered: a claim's text is read for names against each name of the statement it is judged on.
    """
    dateline = _DATELINE.match(text)
    after = dateline.end() if dateline else 0  # a dateline names where the story was written
    first = after + len(text[after:]) - len(text[after:].lstrip(_OPENING))  # where the first word starts
    out = []
    for match in _NAME.finditer(text, after):
        words = [w for w in match.group().split() if w.lower() not in _LEADING]
        if len(words) > 1 and match.start() == first and words[0].lower() in STOPWORDS:
            words = words[1:]  # "By August 18, ...", "In Corvell, ...": the first word is no name's
        elif len(words) == 1 and match.start() == first and not _told_of(text, words[0], match.end()):
            continue  # the first word of a sentence or of a quote is capitalised anyway
        if words:
            out.append((" ".join(words).rstrip(".-"), match.start()))
    return tuple(out)


def _told_of(text: str, word: str, end: int) -> bool:
    """Whether a sentence's first word is someone's name by what follows it ("Whitcombe, who has pushed
    for a levy", "Castillo, 34, ..."; not "Officials, who declined to be named, ...": a noun)."""
    return _TOLD_OF.match(text, end) is not None and not is_noun(singular(word.lower().strip(".,'")))


def owner_before(text: str, since: int, at: int) -> str:
    """The last name between `since` and `at` that is no place (none after "in", "of", "from" ...):
    whom a "whose" at `at` tells of ("Owen Pryce, 16, of Marlow Creek, whose ...": Owen Pryce), or ""."""
    for name, start in reversed(_name_spans(text)):
        if since <= start < at and not _WHERE_BEFORE.search(text, max(0, start - _PLACE_REACH), start):
            return name
    return ""


def who_or_what(text: str) -> list[str]:
    """The names of people, bodies, places or things a text gives, without a possessive "'s" and
    not a day or a month ("Wexcombe's schools reopened on Monday": "Wexcombe")."""
    found = (_without_when(re.sub(r"['’]s$", "", name)) for name in names(text))
    return [name for name in found if name.lower() not in _CALENDAR]


def _without_when(name: str) -> str:
    """A name without a day or month before "of" ("Sunday of Lumen Fields": "Lumen Fields")."""
    first, _, rest = name.partition(" of ")
    return rest if rest and first.lower() in _CALENDAR else name


def mentions(text: str, name: str) -> bool:
    """Most of a name's words appear in the text (so "Gov. Elena Voss" names "Governor Elena Voss")."""
    words = [w.strip(".,").lower() for w in name.split() if len(w.strip(".,")) > 1]
    found = sum(1 for w in words if _has_whole_word(text, w))
    return bool(words) and found * 2 > len(words)


def _has_whole_word(text: str, word: str) -> bool:
    """Whether `word` (lower-case) stands in `text` lower-cased as a whole word (``\\bword\\b``). A
    word of word characters only does exactly when it is one of the text's maximal runs of them, so
    no pattern is compiled."""
    if _WORD_CHARS.fullmatch(word):
        return word in _word_runs(text)
    return _whole_word(word).search(text.lower()) is not None


@functools.lru_cache(maxsize=4096)
def _word_runs(text: str) -> frozenset[str]:
    """The maximal runs of word characters of `text` lower-cased (remembered by the text as given:
    a claim's text is asked about one name after another)."""
    return frozenset(_WORD_CHARS.findall(text.lower()))


@functools.lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


@functools.lru_cache(maxsize=256)
def _asking(question: str) -> tuple[frozenset[str], frozenset[str], bool, bool, str | None, bool]:
    """A question's words, the words of the names it gives, whether it asks for a place, whether
    it asks who or which, the kind of thing it asks for by name ("bakery" in "Which bakery ...?")
    and whether that kind is a body ("Which agency ...?": a kind of organization in WordNet): read
    once per question, not once per sentence `answer_names` is given."""
    words = [w.lower().strip(".,'?!") for w in question.split()]
    asked = frozenset(words) | {_POSSESSIVE_END.sub("", w) for w in words}  # "Farrant's": "farrant" too
    subject = frozenset(w.lower().strip(".,'?!") for name in names(question) for w in name.split())
    found = _KIND_ASKED.search(question)
    # the noun before the auxiliary ("Which police unit is ...": "unit"), else the word after "which"
    kind = asked_kind(question) or (found[1].lower() if found else None)
    return (
        asked,
        subject,
        _PLACE_ASKED.match(question) is not None,
        _WHO_ASKED.match(question) is not None,
        kind,
        kind is not None and is_kind(singular(kind), "organization"),
    )


def _person_before(sentence: str, start: int) -> bool:
    """Whether a name follows a noun of a kind of person ("balloonist Rafe Okonkwo"): a person's."""
    before = _LAST_LOWER.search(sentence, 0, start)
    return before is not None and is_kind(before[1], "person")


_POSSESSIVE_END = re.compile(r"['’]s$")
_LAST_LOWER = re.compile(r"\b([a-z]+)\s+$")


def _titled(name: str) -> bool:
    """Whether a name is a person's given with a title ("Councillor Ravi Pemberton", "Dr. Priya
    Ramanathan"): a kind of person in WordNet or an honorific, before two words or more (not "King
    Street")."""
    words = name.split()
    title = words[0].lower().strip(".,'")
    return len(words) > 2 and (title in _HONORIFICS or is_kind(title, "person"))


def answer_names(sentence: str, question: str, places: bool = False) -> dict[str, int]:
    """The last word of each name a sentence gives that the question does not ("Oyelaran", "Flats"),
    with where it first stands. A name after "in", "at", "of", "to" (not "according to") ... is a
    place, not who did something, unless the question asks for one ("Where ...", "In which town
    ...") or `places` are wanted, or it is a possessor and the question asks who or which ("at
    Ridgeway Transit's depot" for "Which company runs the depot?"). Asked where, a name set off
    after an age ("Gwen Hartley, 67,") or after a noun of a kind of person ("balloonist Rafe
    Okonkwo") is someone's, no place."""
    asked, subject, place_asked, owners, kind, body_asked = _asking(question)
    places = places or place_asked
    heads: dict[str, int] = {}
    place_end = -1
    subject_end = -1
    for name, start in _name_spans(sentence):
        # A word right after the question's name and its "'s" is that name's ("St Brennan's Hospital").
        owned = subject_end >= 0 and _POSSESSIVE_GAP.fullmatch(sentence, subject_end, start) is not None
        subject_end = start + len(name) if name.split()[0].lower().strip(".,'") in subject else -1
        if owned and len(name.split()) == 1:
            continue
        head = name.split()[-1].lower().strip(".,'")
        if (
            not places
            and (
                _PLACE_BEFORE.search(sentence, max(0, start - _PLACE_REACH), start)
                or (place_end >= 0 and _LISTED.fullmatch(sentence, place_end, start))
            )
            and not (owners and _POSSESSIVE.match(sentence, start + len(name)))
            and not (body_asked and is_kind(head, "organization"))
            and not _titled(name)
            and head != kind
        ):
            # "residents of Fenwick Flats", "a plant in Tilburg", "of Aldermoor and Fenwick Flats"; but
            # a name of the kind asked answers ("in Morland Royal Hospital" for "Which hospital ...?"),
            # for "who" or "which", "at Ridgeway Transit's depot" names an owner, and for "Which
            # agency ...?" "Inspectors from the Provincial Workplace Safety Board" a body (a kind of
            # organization in WordNet)
            place_end = start + len(name)
            continue
        place_end = -1
        if place_asked and (_AGED.match(sentence, start + len(name)) or _person_before(sentence, start)):
            continue  # "Gwen Hartley, 67, who spent the night at the school shelter" is no place
        if name.split()[0].lower().strip(".,'") in subject:
            # A name the question gives, written more fully ("Pennock Foods" for "Pennock"), unless
            # a name of two words or more follows the question's words ("Kessford Fire Chief Dana
            # Okafor" for "the Kessford fire chief").
            words = name.split()
            while words and words[0].lower().strip(".,'") in asked:
                words = words[1:]
            # "Brackwater District Council's planning committee" for "the Brackwater planning committee";
            # "Drummond Ridge Wind Farm" for "Drummond Ridge": what it is, in common nouns
            if (
                len(words) < 2
                or _owns_asked(sentence, start + len(name), asked)
                or all(is_noun(w.lower().strip(".,'")) for w in words)
            ):
                continue
            name = " ".join(words)
        # "Dr. Priya Ramanathan of Kingsbridge University Hospital" gives Ramanathan and Hospital
        for part in dict.fromkeys((name.split(" of ")[0], name)):
            head = part.split()[-1].lower().strip(".,'")
            named = head not in asked or _of_kind(part, head, kind, asked)
            if named and head not in _CALENDAR and len(head) > 1:
                heads.setdefault(head, start)
    return heads


def _of_kind(name: str, head: str, kind: str | None, asked: frozenset[str]) -> bool:
    """Whether a name ending in the kind of thing a question asks for names one of that kind by words
    the question does not give ("Portlow General Hospital" for "Which hospital ...?")."""
    return head == kind and any(w.lower().strip(".,'") not in asked for w in name.split()[:-1])


def _owns_asked(sentence: str, end: int, asked: frozenset[str]) -> bool:
    """Whether a name ending at `end` is followed by "'s" and a word of the question: the thing asked
    about is its own ("Brackwater District Council's planning committee")."""
    found = _POSSESSIVE_WORD.match(sentence, end)
    return found is not None and found[1].lower() in asked


def places(sentence: str, question: str) -> list[str]:
    """The names a sentence gives after a preposition of place ("a Nordavia flight to Copenhagen",
    "held in Bellmont") that the question does not give."""
    asked = _asking(question)[0]
    return [
        name
        for name, start in _name_spans(sentence)
        if _PLACED_BEFORE.search(sentence, max(0, start - _PLACE_REACH), start)
        and name.split()[-1].lower().strip(".,'") not in _CALENDAR
        and name.split()[0].lower().strip(".,'") not in asked
    ]


def name_at(sentence: str, head: str) -> str:
    """The whole name whose last word is `head` (as `answer_names` gives it): "Harriet Lindgren"
    for "lindgren"; `head` itself when no name of the sentence ends in it."""
    for name, _ in _name_spans(sentence):
        for part in (name.split(" of ")[0], name):
            if part.split()[-1].lower().strip(".,'") == head:
                return part
    return head
