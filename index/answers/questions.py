"""Question types and the lexical cues that favour sentences answering them.

"when" favours a date, time or condition ("when both sides exchange..."),
"how many/much" a quantity, "who" a person or organisation, "where" a place,
"what is X called" a sentence that introduces a name. Cues are regular
expressions over the sentence: no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factbot.index.answers.attributes import MEASURED_STEMS
from factbot.index.answers.claims import WIDENED, fold
from factbot.index.answers.counted import singular
from factbot.index.answers.figures import QUALIFIER, figures
from factbot.index.answers.irregular import LEMMA_STEMS
from factbot.index.answers.nouns import PARTICLES, counts_people, is_kind, particle_noun
from factbot.index.answers.quantities import STATED_BY, Figure
from factbot.index.answers.relative_dates import stated_weekday
from factbot.index.answers.roles import role_titles
from factbot.index.ranking.analysis import Analyzer

__all__ = [
    "AUXILIARY",
    "IN_CURRENCY",
    "POSSESSOR",
    "QUANTITY_KINDS",
    "TEMPERATURE_ASKED",
    "WEEKDAY",
    "as_asked",
    "asked_kind",
    "asked_occupation",
    "asks_before",
    "asks_earliest",
    "asks_for_name",
    "asks_latest",
    "asks_which",
    "asks_which_kind",
    "content_text",
    "expand_terms",
    "frame_noun",
    "gives_year",
    "has_cue",
    "is_statement",
    "measured_by",
    "named_agent",
    "names_month",
    "names_weekday",
    "owned_role",
    "phrasal_nouns",
    "question_terms",
    "question_type",
    "stated_figure",
    "without_name_frame",
]

# The figure kinds that answer "how many/much/long".
QUANTITY_KINDS = frozenset({"count", "percent", "points", "money"})

_TYPES = (
    (
        "how_many",
        re.compile(
            r"^\s*(?:(?:by|in|for|to|of|on|at|from)\s+)?how\s+"
            r"(many|much|long|far|old|big|large|high|strong|powerful|low)\b"
            r"|\b(number|amount|percentage|share|rate)\s+of\b",
            re.I,
        ),
    ),
    (
        "when",
        re.compile(
            r"^\s*(?:(?:on|in|at|by|since|until|from)\s+)?(when|how\s+soon|(?:what|which)\s+(dates?|days?|years?|times?|months?|hours?))\b"
            r"|\bby\s+when\b"
            # "What is the closing date for bids?", "What's the last date to ...", "What was the deadline?"
            r"|^\s*what(?:'s|\s+(?:is|was|are|were|will\s+be))\s+the\s+(?:[a-z-]+\s+){0,2}(?:date|deadline)\b"
            r"(?=\s+(?:for|of|to|by|on|when|that|set)\b|\s*\?|\s*$)",
            re.I,
        ),
    ),
    ("who", re.compile(r"^\s*(who|whom|whose)\b", re.I)),
    ("where", re.compile(r"^\s*where\b", re.I)),
    ("name", re.compile(r"^\s*what\s+(is|was|are|were)\b.*\b(called|named|known\s+as)\s*\??\s*$", re.I)),
)
# A day a figure is given as of: "By August 18, ...", "as of Monday".
_AS_OF = re.compile(r"\b(?:by|as\s+of|through|until)\s+(?:the\s+)?$", re.I)
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ONE_OF = re.compile(r"\b(?:after|when|because|before|while|if|once|since|until|as)\s+(one)\s+of\b", re.I)
# The last value asked for: "the final total", "the latest estimate", "raised so far", "now".
_LATEST = re.compile(
    r"\b(?:final|latest|eventual|ultimate|most\s+recent|so\s+far|to\s+date|currently|(?<!than\s)now|in\s+total|altogether|all\s+told|in\s+all|in\s+the\s+end|(?:ended|end)\s+up\b(?=\s+\w))\b",
    re.I,
)
# ... and the first value: "the initial estimate", "originally", "at first", "when it was first announced".
_EARLIEST = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|at\s+first|first\s+(?:announced|reported|estimated|proposed|"
    r"put|given|stated|said|unveiled|quoted|set|published|released))\b",
    re.I,
)
# ... or "first" before the verb of a question ("did the agency first authorise", "was it first found").
_FIRST_DONE = re.compile(
    r"\b(?:did|do|does|was|were|had|has|have|is|are)\s+(?:[\w'-]+\s+){0,4}?(?<!\bthe\s)(?<!\ba\s)"
    r"(?<!'s\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bvery\s)first\s+(?!of\b)[a-z]+",
    re.I,
)
WEEKDAY = re.compile(rf"\b(?:{_WEEKDAYS})\b", re.I)  # a day of the week named
_WHEN_CUE = re.compile(
    rf"\b(({_WEEKDAYS})|today|yesterday|tomorrow|(last|next|this)\s+(week|month|year)|\d{{4}}|"
    r"\d{1,2}(:\d{2})?\s*(a\.m\.|p\.m\.|am|pm)|when|once|after|before|until|from\s+the\s+day|"
    r"as\s+soon\s+as|upon|within\s+\d+)(?!\w)",  # (not \b: "at 4 a.m." ends on its full stop)
    re.I,
)
_WHO_CUE = re.compile(
    r"\b(President|Minister|leader|Secretary|spokes(man|woman|person)|officials?|"
    r"[A-Z][a-z]+\s+[A-Z][a-z]+|Agency|Ministry|Council|Parliament|Assembly|Committee)\b"
)
_WHERE_CUE = re.compile(
    r"\b(in|at|near|around|across|into|from)\s+(the\s+)?[A-Z][a-z]+|"
    r"\b(region|city|town|village|province|border|capital|country)\b"
)
_NAME_CUE = re.compile(r"\b(called|named|known\s+as|dubbed|titled|the\s+[A-Z][a-z]+\s+[A-Z][a-z]+)\b")


# The frame of a question: the interrogative phrase (with a preposition before it and an
# auxiliary after it) or a leading auxiliary. It says what kind of answer is wanted, not what
# the answer is about, so it is neither searched nor weighed when deciding "not in the sources".
TEMPERATURE_ASKED = r"hot|cold|warm|cool"  # "how hot": a temperature, and the question's frame
AUXILIARY = r"(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)"
_LEADING_PREPOSITION = r"^\s*(?:(?:on|in|at|by|for|to|from|since|until|of)\s+)?"
_QUESTION_WORD = r"(?:what|which|when|where|who|whom|whose|why|how)"
_PREPOSITION = (
    r"at|in|into|on|onto|by|for|from|to|of|with|during|under|within|over|through|after|before|since|"
    r"until|near|across|along|against|among|between|behind|beyond|toward|towards|outside|inside|around"
)
_FRAME = re.compile(
    _LEADING_PREPOSITION
    + r"(?:(?:how\s+(?:much(?:\s+money)?|many|long|far|often|old|soon|big|large|high|low|fast|early|late|"
    + TEMPERATURE_ASKED
    + r")|"
    + r"what\s+(?:percentage|proportion|share|fraction)(?:\s+of)?\b|"
    + _QUESTION_WORD
    + r")\b(?:\s+"
    + AUXILIARY
    + r"\b)?|"
    + AUXILIARY
    + r"\b(?=.*\?\s*$))",  # a leading auxiliary only in a question ("May 4 was...")
    re.IGNORECASE | re.DOTALL,
)


_ASKING = re.compile(
    _LEADING_PREPOSITION + r"(?:" + _QUESTION_WORD + "|" + AUXILIARY + r")\b(?!\s+\d)",  # not "May 4 ..."
    re.IGNORECASE,
)


# "What is the (full, Latin, official ...) name of ...?", "What is the salamander's scientific name?"
_WHAT_IS = r"what(?:'s|\s+(?:is|was|are|were))\s+"
_NAME_WORDS = r"(?:[a-z-]+\s+){0,2}?names?"  # "name", "Latin name", "full legal name"
# The words after "name of": "the train driver" (of "... who spotted the landslip?"), "the winner's wife".
_AGENT_PHRASE = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?((?:(?!who\b|whom\b|whose\b|that\b|of\b|in\b|on\b|at\b|for\b)[a-z'’-]+\s*){1,4})",
    re.I,
)
_AFTER_AGENT = re.compile(r"[a-z]+ed")  # a participle after the agent's noun ("arrested", "injured")
POSSESSOR = re.compile(r"['’]s?$")  # a possessor's ending: "the train's carriages", "the winner's wife"
_NAME_OF_START = re.compile(_LEADING_PREPOSITION + _WHAT_IS + r"(?:the\s+)?" + _NAME_WORDS + r"\s+of\b", re.I)
_NAME_OF_END = re.compile(r"['’]s?\s+" + _NAME_WORDS + r"\s*\?\s*$", re.I)
_NAME_OF = _WHAT_IS + r"(?:(?:the\s+)?" + _NAME_WORDS + r"\s+of\b|.*" + _NAME_OF_END.pattern + ")"
_ASKED_KIND = re.compile(r"\b(?:which|what)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+" + AUXILIARY + r"\b", re.I)
# "What was the first baby called?", "What is the new ferry named?"
_CALLED = re.compile(r"\s*what\b.*\b(?:called|named)\s*\?\s*$", re.I | re.DOTALL)
_WHICH = re.compile(_LEADING_PREPOSITION + r"which\b", re.I)
_WHAT_NOUN = re.compile(_LEADING_PREPOSITION + r"what\s+([a-z]+)\b", re.I)  # "What company ..."
# "What did the finder do for a living?", "What was Almonte's job before she entered politics?", "What
# is her profession?" (not "What was Canada's trade deficit?"): the question's word for an occupation.
_OCCUPATION = re.compile(
    r"^\s*what\b(?:.*\b(?:do|does|did)\b.*\bfor\s+(?:a\s+)?(living|work)\b"
    r"|.*(?:['’]s|\bhis|\bher|\btheir)\s+(?:(?:former|previous|old|first|current|new)\s+)?"
    r"(job|occupation|profession|trade|career)(?=\s*(?:\?|,|$|\s(?:or|and|before|after|when|while|until|prior|at|in|during|since)\b)))",
    re.I,
)
# A question about an occupation held before ("... before he retired?", "... before entering politics?").
_HELD_BEFORE = re.compile(r"\b(?:before|prior\s+to|retir\w*|previous(?:ly)?|former(?:ly)?|used\s+to)\b", re.I)
# "Who is the captain of ...?": the frame before the kind of person asked.
_WHO_IS_THE = re.compile(r"\s*who\s+(?:is|was|are|were|will\s+be)\s+the\b", re.I)
_NAME_OF_QUESTION = re.compile(_LEADING_PREPOSITION + _NAME_OF, re.I)
_NAME_QUESTION = re.compile(_LEADING_PREPOSITION + r"(?:(?:who|whom|whose|which)\b|" + _NAME_OF + r")", re.I)


def asks_for_name(question: str) -> bool:
    """Whether the answer is a name: "who ...", "which mediator ...", "in which country ...",
    "what company ...", "what is the baby called?"."""
    return bool(_NAME_QUESTION.match(question) or _CALLED.match(question)) or _asks_which_body(question)


def asks_which(question: str) -> bool:
    """Whether a question asks which one of some named things, or asks for the name itself: "Which
    firm designed ...", "In which country ...", "What is the name of the winner's wife?", "What is the
    new ferry called?". Its answer names one; "who" may be answered without a name ("a dog walker")."""
    return asks_which_kind(question) or bool(_NAME_OF_QUESTION.match(question) or _CALLED.match(question))


def asks_which_kind(question: str) -> bool:
    """Whether a question asks which one of a kind of thing it names first ("Which bank ...?", "In
    which country ...?", "What company runs ...?": a kind of organization), not for a name itself
    ("What is the name of ...?")."""
    return _WHICH.match(question) is not None or _asks_which_body(question)


def _asks_which_body(question: str) -> bool:
    """Whether a "what" question asks which body of a kind ("What company operates the bike
    share?", "What agency ..."): its asked noun is a kind of organization in WordNet."""
    found = _WHAT_NOUN.match(question)
    if found is None or re.fullmatch(AUXILIARY, found[1], re.I):
        return False
    noun = (asked_kind(question) or found[1]).lower()
    return is_kind(noun, "organization") or is_kind(singular(noun), "organization")


def without_name_frame(question: str) -> str:
    """A question without the frame asking for a name, whose words name nothing it is about: "What's
    the Latin name of the new cave salamander?" is about " the new cave salamander?", "What is the
    salamander's Latin name?" about "What is the salamander?"."""
    if not _NAME_OF_QUESTION.match(question):
        return question
    return _NAME_OF_END.sub("?", _NAME_OF_START.sub("", question, count=1))


def named_agent(question: str) -> str | None:
    """The kind of person (or other agent: WordNet's causal agents, "driver", "pilot") whose name
    "What is the name of the <agent> ...?" or "Who is the <agent> of ...?" asks, lower-case ("What is
    the name of the train driver who spotted the landslip?": "driver"; "... of the winner's wife?":
    "wife"; "Who is the captain of the robotics team?": "captain"); None for any other question, or
    a thing named ("the fault that ruptured", "the ship")."""
    start = _NAME_OF_START.match(question) or _WHO_IS_THE.match(question)
    if start is None:
        return None
    words = _AGENT_PHRASE.match(question, start.end())
    phrase = words[1].split() if words else []
    while len(phrase) > 1 and _AFTER_AGENT.fullmatch(phrase[-1].lower()):
        phrase.pop()  # "the lorry driver arrested at Stallhaven": the driver
    noun = POSSESSOR.sub("", phrase[-1].lower()) if phrase else ""
    return noun if noun and (counts_people(noun) or is_kind(noun, "cause")) else None


# "Who is Hallmart's new chief executive?": a named owner of the role asked, then the role.
_OWNER_ROLE = re.compile(
    r"^\s*(?i:who\s+(?:is|was|are|were))\s+((?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*)['’]s\s+(.+)$"
)


def owned_role(question: str) -> tuple[str, str] | None:
    """The name owning the role a "who" question asks the holder of, and the role ("Who is
    Hallmart's new chief executive?": ("Hallmart", "new chief executive?")); None for any other."""
    found = _OWNER_ROLE.match(question)
    return (found[1], found[2]) if found else None


def asked_occupation(question: str) -> tuple[str, bool] | None:
    """The word a question asking someone's occupation uses for it, and whether it asks one held
    before ("What was the finder's job before he retired?": ("job", True); "What did Hale do for a
    living?": ("living", False)); None for any other question."""
    found = _OCCUPATION.match(question)
    if found is None:
        return None
    return (found[1] or found[2]).lower(), _HELD_BEFORE.search(question) is not None


def asked_kind(question: str) -> str | None:
    """The kind of thing a "which" or "what" question asks to name, lower-case: the last word
    before its auxiliary ("In which journal were ...": "journal"; "Which criminal group is ...":
    "group"); None when it has none there ("What is the name of ...", "Which company built ...")."""
    found = _ASKED_KIND.search(question)
    return found[1].split()[-1].lower() if found else None


def stated_figure(statement: str) -> Figure | None:
    """The figure a statement asserts: its first count, percentage, sum, date, year, time or tally
    (not "one of" opening a clause that sets when or why: "A customer died after one of the kettles
    caught fire" says "a kettle"; "One of the students died" counts); else the day of the week it says
    something happened on ("announced on a Monday")."""
    indefinite = {m.start(1) for m in _ONE_OF.finditer(statement)}
    given = [f for f in figures(statement) if f.kind in STATED_BY and f.start not in indefinite]
    # "By August 18, firefighters had the blaze 80 percent contained": the day is when, 80 is what
    quantities = [f for f in given if f.kind in QUANTITY_KINDS]
    if quantities:
        given = [f for f in given if not (f.kind == "date" and _AS_OF.search(statement, 0, f.start))]
    return next(iter(given), None) or stated_weekday(statement)


def asks_earliest(question: str) -> bool:
    """Whether a question asks for a figure's first value ("What price tag did the expansion have
    when it was first announced?", "How many mussels were found at first?", "What had the mayor
    originally proposed?", "How many packs did the agency first authorise?"), not for what it came
    to."""
    earliest = _EARLIEST.search(question) or _FIRST_DONE.search(question)
    return earliest is not None and not is_statement(question)


def asks_latest(question: str) -> bool:
    """Whether a question asks for a figure's last value ("What was the final snowfall total?",
    "What is the latest death toll?", "How much has the appeal raised so far?", "How many birds
    have been culled in total?"), not for what it was at some time."""
    return _LATEST.search(question) is not None and not is_statement(question)


def names_weekday(question: str) -> bool:
    """Whether a question names a day of the week ("How many buses had been lost by Monday?")."""
    return WEEKDAY.search(question) is not None


def frame_noun(question: str) -> str | None:
    """The noun a question asks its figure by, lower-case: a time ("What day did the storm hit?":
    "day"; "At what time ...", "Which year ..."), a sum, a count, a share or a measure ("What price
    did the museum pay ...?", "What was the final tally ...?", "What is the distance from the hospital
    to Inchmore?"); None for any other question. A sentence giving the figure asked states it."""
    found = _FRAME_NOUN_ASKED.match(question)
    return found[1].lower() if found else None


_FRAME_NOUN_ASKED = re.compile(
    r"^\s*(?:(?:on|at|in|by)\s+)?(?:what|which)\s+(?:(?:is|was|were|are|will\s+be)\s+the\s+(?:[a-z]+\s+)?)?"
    r"(day|date|time|year|month|price|cost|fee|sum|amount|number|tally|count|total|share|proportion|percentage"
    r"|distance|height|depth|width|altitude|elevation|weight|speed)s?\b",
    re.I,
)


def names_month(question: str) -> bool:
    """Whether a question asks of a time by its month ("How much had the appeal raised by April?",
    "... in early June?", "... by mid-February?")."""
    return _MONTH_ASKED.search(question) is not None


_MONTH_ASKED = re.compile(
    r"\b(?:by|in|during|until|before|after|since)\s+(?:(?:early|mid|late|the\s+(?:end|start)\s+of)[\s-]+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def is_statement(text: str) -> bool:
    """A claim to check, not a question: no question mark, no question word or auxiliary first."""
    return not text.rstrip().endswith("?") and not _ASKING.match(text)


# A qualifier before a figure ("more than 4,000") constrains the value; its words are not content.
_QUALIFIER_BEFORE_FIGURE = re.compile(
    rf"\b{QUALIFIER}\s+(?=[$€£]?\d|a\s+(?:hundred|thousand)|[a-z]+\b)", re.I
)


# A sum asked in a currency: "How much did it sell for in US dollars?" (the unit asked, no content).
IN_CURRENCY = re.compile(
    r"\bin\s+(?:(?:US|U\.S\.|American|Canadian|Australian|New\s+Zealand|Hong\s+Kong)\s+)?"
    r"(?:dollars|euros|pounds|sterling|yen)\b",
    re.I,
)
# Who or what, left open: "Has anyone been arrested?" asks whether someone was, it names no one.
_INDEFINITE = re.compile(r"\b(?:some|any|every)(?:one|body|thing)\b", re.IGNORECASE)


# A phrase set off by a comma before the question word or auxiliary, opening with a preposition,
# "according to", a condition or an exception ("If the odor continues, what is the fine?",
# "Besides Skylark, which airline flies there?"); the question word may follow a preposition.
_OPENING = (
    r"by|as|in|on|at|during|after|before|since|until|for|over|from|within|following|according|if|"
    r"under|besides|apart|aside|except|excluding|including|with|without|despite|unlike|among|between|"
    r"once|while|right|when(?!\s+" + AUXILIARY + r"\b)"
)
_LEADING_PHRASE = re.compile(
    r"^\s*(?P<phrase>(?:" + _OPENING + r")\b[^,?]{1,80}),\s+(?P<rest>(?:(?:" + _PREPOSITION + r")\s+)?"
    r"(?:" + _QUESTION_WORD + "|" + AUXILIARY + r")\b.*)$",
    re.I | re.DOTALL,
)
# A preposition before "what" or "which" ("At what price did the shares close?", "In which journal
# was it published?"): read as "What price did the shares close at?".
_PREPOSITION_FIRST = re.compile(
    r"^\s*(?P<preposition>"
    + _PREPOSITION
    + r")\s+(?P<rest>(?:what|which|whose|whom)\b.*?)\s*(?P<mark>\??)\s*$",
    re.I | re.DOTALL,
)
# "What's the price ...?" asks "What is the price ...?" (not "What's happened?": "has").
_WHAT_IS_SHORT = re.compile(r"^\s*(what|who|where|when|how)['’]s\b(?!\s+\w+ed\b)", re.I)
# A rounding word before "how" asks the same question: "Roughly how many people attended?"
_ROUNDING_FIRST = re.compile(r"^\s*(?:roughly|about|approximately|around|nearly|almost)\s+(?=how\b)", re.I)


def as_asked(question: str) -> str:
    """The question as it is read: without a rounding word before its "how" ("Roughly how many
    people attended?" asks "How many people attended?"), with a phrase set off before its
    question word put after it ("By the end of Saturday's stage, how many riders had abandoned?"
    asks "How many riders had abandoned by the end of Saturday's stage?"; so is a clause opened by
    "when", "once" or "while": "When the fault was found, how long ...?"), and with a preposition
    before "what" or "which" put last ("At what price did the shares close?" asks "What price did
    the shares close at?", as every rule reading a question's first words reads it)."""
    found = _LEADING_PHRASE.match(question)
    if found:
        rest = found["rest"].rstrip()
        mark = "?" if rest.endswith("?") else ""
        phrase = found["phrase"][0].lower() + found["phrase"][1:]
        question = f"{rest[0].upper()}{rest[1:].rstrip('?').rstrip()} {phrase}{mark}"
    found = _PREPOSITION_FIRST.match(question)
    if found:
        rest = found["rest"]
        question = f"{rest[0].upper()}{rest[1:]} {found['preposition'].lower()}{found['mark']}"
    question = _WHAT_IS_SHORT.sub(r"\1 is", question, count=1)
    return _ROUNDING_FIRST.sub("", question, count=1)


def content_text(question: str) -> str:
    """The question without its frame, qualifiers or indefinite pronouns: "How much did Rovers
    pay?" -> "Rovers pay?", "Has anyone been arrested?" -> "been arrested?"."""
    return _INDEFINITE.sub("", IN_CURRENCY.sub("", _strip_qualifiers(_FRAME.sub("", question, count=1))))


def _strip_qualifiers(text: str) -> str:
    """Drop each qualifier that a figure directly follows."""
    out, last = [], 0
    for match in _QUALIFIER_BEFORE_FIGURE.finditer(text):
        following = figures(text[match.end() :])
        if following and following[0].start == 0:
            out.append(text[last : match.start()])
            last = match.end()
    return "".join(out) + text[last:]


def question_type(question: str) -> str | None:
    """One of how_many, when, who, where, name; None for other questions."""
    for name, pattern in _TYPES:
        if pattern.search(question):
            return name
    return None


def asks_before(question: str) -> bool:
    """Whether a yes/no question asks if something happened before ("Has the path been closed
    before?", "Has the dam ever failed?", "Did it happen previously?")."""
    return (
        _ASKING.match(question) is not None
        and question_type(question) is None
        and bool(_BEFORE_ASKED.search(question))
    )


def gives_year(sentence: str) -> bool:
    """Whether a sentence gives a year, alone or in a date ("a smaller slip in 2018", "in February 2019")."""
    return any(f.kind == "year" or (f.kind == "date" and _YEAR.search(f.text)) for f in figures(sentence))


def has_cue(qtype: str | None, sentence: str) -> bool:
    """Whether the sentence has what the question type asks for."""
    if qtype == "how_many":
        return any(f.kind in QUANTITY_KINDS for f in figures(sentence))
    if qtype == "when":
        return bool(_WHEN_CUE.search(sentence)) or any(f.kind == "date" for f in figures(sentence))
    if qtype == "who":
        return bool(_WHO_CUE.search(sentence))
    if qtype == "where":
        return bool(_WHERE_CUE.search(sentence))
    if qtype == "name":
        return bool(_NAME_CUE.search(sentence))
    return False


_BEFORE_ASKED = re.compile(r"\b(?:before\s*\?|previously|ever|in\s+the\s+past)", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def measured_by(question: str) -> tuple[str, tuple[str, ...]] | None:
    """For a question asking a measure by an adjective of its own words ("How deep was the
    earthquake?", "How heavy are the coins?"), the adjective and the stems of the nouns naming what
    it measures (WordNet's attributes, `attributes.MEASURED_STEMS`: "depth", "weight"), which state
    it; None for another question, or one whose adjective is its frame ("How long ...?", "How old
    ...?": asked by the figure alone, and searched by no noun of a measure)."""
    how = _HOW_ADJECTIVE.match(question)
    if how is None or not content_text(question).lstrip().lower().startswith(how[1].lower()):
        return None
    stems = MEASURED_STEMS.get(how[1].lower())
    return (how[1].lower(), stems) if stems else None


_HOW_ADJECTIVE = re.compile(r"\s*how\s+([a-z]+)\b", re.I)
# "Who is the head of ...?": a leader asked for by a noun of the role.
_ROLE_ASKED = re.compile(
    r"^\s*who\s+(?:is|was|are|were)\s+(?:the\s+)?(?:new\s+|current\s+)?(head|leader|boss|chief)\s+of\b", re.I
)


# (not "turned out to be": that is "proved")
_PHRASAL = re.compile(rf"\b([a-z]+)\s+({'|'.join(sorted(PARTICLES))})\b(?!\s+to\s+(?:be|have)\b)")


def phrasal_nouns(text: str, analyzer: Analyzer) -> dict[str, str]:
    """Each lower-case verb of a phrasal verb in `text` written also as one noun ("turned out":
    "turnout", "broke down": "breakdown", `nouns.particle_noun`), with that noun's term."""
    nouns: dict[str, str] = {}
    for verb, particle in _PHRASAL.findall(text):
        for stem in analyzer.terms(verb)[:1]:
            noun = particle_noun(LEMMA_STEMS.get(stem, stem), particle)
            if noun is not None:
                nouns[verb] = analyzer.terms(noun)[0]
    return nouns


def question_terms(question: str, analyzer: Analyzer, known: Callable[[str], bool]) -> list[str]:
    """The terms a question is searched and weighed by: its content words' and, for a phrasal verb
    also written as one noun that the documents use (`known`), that noun's ("turned out":
    "turnout", `phrasal_nouns`)."""
    terms = analyzer.terms(content_text(question))
    nouns = dict.fromkeys(phrasal_nouns(question, analyzer).values())
    return [*terms, *(t for t in nouns if t not in terms and known(t))]


def expand_terms(terms: list[str], question: str = "") -> list[str]:
    """Add the canonical form of each term or phrase that has one ("come into force" -> "take effect",
    "lost their lives" -> "die"); for "Who is the head of ...?", the titles of whoever leads a body
    ("chief executive Marcus Adeyemi", `roles.role_titles`); for "How deep ...?", the nouns of the
    measure asked (`measured_by`: "at a depth of 10 km"); for a death or an injury, every word of it
    (`claims.WIDENED`: "Has anyone died?" also searches "No deaths were reported")."""
    extra = [t for t in fold(terms) if t not in terms]
    role = _ROLE_ASKED.match(question)
    if role is not None:
        extra += sorted(role_titles(role[1].lower()))
    measured = measured_by(question)
    if measured is not None:
        extra += measured[1]
    for canonical in dict.fromkeys(fold(terms)):  # "died" also searches "deaths", "killed"
        extra += WIDENED.get(canonical, ())
    return [*terms, *dict.fromkeys(t for t in extra if t not in terms)]
