"""Text analysis: one analyzer turns sentences, documents and queries into terms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import Stemmer
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

__all__ = ["ANALYZER_VERSION", "NEGATIONS", "STOPWORDS", "Analyzer", "american_spelling", "shared_analyzer"]

ANALYZER_VERSION = 4

# Words that flip a fact: never dropped, never stemmed away. (The verdict's polarity rule,
# `answers.polarity`, reads these too, with "nobody" and "nothing", which are stemmed.)
NEGATIONS = frozenset({"no", "not", "nor", "never", "without", "none", "neither", "cannot"})

# English function words (Lucene/Snowball lists, trimmed). Negations, "against" (who voted
# against), "us" (the country) and modal verbs such as "will" stay searchable on purpose.
STOPWORDS = frozenset(
    """
    a about above after again all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself of off on once only or other
    our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why with would you your
    yours yourself yourselves
    """.split()
)

# Curly quotes and typographic hyphens folded to ASCII before tokenizing.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
    }
)
# A run of letters/digits, possibly joined by hyphens, apostrophes, dots or digit commas.
_TOKEN = re.compile(r"[^\W_]+(?:(?:[-'.]|(?<=\d),(?=\d{3}))[^\W_]+)*")
_IRREGULAR_NEGATIONS = {"can't": "can", "won't": "will", "shan't": "shall"}
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_DECIMAL_HYPHENED = re.compile(r"\d+\.\d+-|.*-\d+\.\d+(?:-|$)")  # a decimal number joined by a hyphen
_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]\.?")
_STEMS_KEPT = 500_000  # stems remembered per analyzer
_TOKENS_KEPT = 100_000  # raw tokens' terms remembered per analyzer (about 20 MB)


class Analyzer:
    """Normalise, tokenize, drop stopwords and stem; the same for index and queries."""

    def __init__(self, language: str = "english") -> None:
        self.language = language
        self._stemmer = Stemmer.Stemmer(language)
        self._english = language == "english"
        self._stems: dict[str, str] = {}
        self._tokens: dict[str, tuple[str, ...]] = {}  # raw token -> its terms (texts repeat most tokens)

    @property
    def settings(self) -> dict[str, object]:
        """What the index manifest records so a changed analyzer forces a rebuild."""
        return {"version": ANALYZER_VERSION, "stemmer": self.language}

    def terms(self, text: str) -> list[str]:
        """Return the index terms of `text`, in order, duplicates kept."""
        out: list[str] = []
        known = self._tokens
        for token in _TOKEN.findall(normalize(text)):
            found = known.get(token)
            if found is None:
                found = self._token_terms(token)
                if len(known) < _TOKENS_KEPT:
                    known[token] = found
            out += found
        return out

    def _token_terms(self, token: str) -> tuple[str, ...]:
        """The terms of one raw token (see `words`): negations and numbers whole, stopwords dropped."""
        out: list[str] = []
        for word in [token] if token.isalnum() else _split_token(token):
            if word in NEGATIONS or word[0].isdigit():
                out.append(word)
            elif word not in STOPWORDS:
                out.append(self.stem(word))
        return tuple(out)

    def terms_many(self, texts: Iterable[str]) -> list[list[str]]:
        """Analyze several texts."""
        return [self.terms(text) for text in texts]

    def stem(self, word: str) -> str:
        """The stem of one word (cached), as `terms` gives it for a word that is not kept whole."""
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stemmer.stemWord(american_spelling(word) if self._english else word)
            if len(self._stems) < _STEMS_KEPT:
                self._stems[word] = stem
        return stem


_SHARED: dict[str, Analyzer] = {}


def shared_analyzer(language: str = "english") -> Analyzer:
    """One analyzer per language, and so one stemmer, for code not handed one (the answer rules)."""
    analyzer = _SHARED.get(language)
    return analyzer if analyzer is not None else _SHARED.setdefault(language, Analyzer(language))


def american_spelling(word: str) -> str:
    """A lower-case English word in its American spelling ("centres" -> "centers", "tumour" -> "tumor"),
    from breame's table: outlets and readers write either, and English text is analysed as one."""
    return BRITISH_ENGLISH_SPELLINGS.get(word, word)


def normalize(text: str) -> str:
    """Unicode-normalise (NFKC), fold curly quotes and hyphens, and case-fold."""
    if text.isascii():  # NFKC leaves ASCII as it is, and every character folded is not ASCII
        return text.lower()
    return unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()


def words(text: str) -> list[str]:
    """Split normalised text into words before stopwords and stemming."""
    out: list[str] = []
    for match in _TOKEN.finditer(normalize(text)):
        token = match.group()
        if token.isalnum():  # the common case: nothing to split or normalise
            out.append(token)
        else:
            out.extend(_split_token(token))
    return out


def _split_token(token: str) -> list[str]:
    """Turn one raw token into words: numbers, acronyms, possessives, hyphen forms."""
    if _NUMBER.fullmatch(token):
        return [_number(token)]
    if _ACRONYM.fullmatch(token):
        return [token.replace(".", "")]
    if _DECIMAL_HYPHENED.match(token):  # "2.35-tonne", "1.5-fold": the number stays whole
        parts = token.split("-")
        pieces = [w for part in parts for w in _split_token(part)] if all(parts) else []
        return [*pieces, "".join(pieces)] if len(pieces) > 1 else pieces
    out: list[str] = []
    for piece in token.split("."):
        out.extend(_split_apostrophes(piece))
    return out


def _split_apostrophes(piece: str) -> list[str]:
    """Handle "n't" (a negation), possessives and other apostrophes, then hyphens."""
    negated = False
    if piece in _IRREGULAR_NEGATIONS:
        piece, negated = _IRREGULAR_NEGATIONS[piece], True
    elif piece.endswith("n't"):
        piece, negated = piece[:-3], True
    elif piece.endswith("'s"):
        piece = piece[:-2]
    piece = piece.strip("'").replace("'", "")
    out = _split_hyphens(piece) if piece else []
    if negated:
        out.append("not")
    return out


def _split_hyphens(piece: str) -> list[str]:
    """Hyphenated words match both their parts and the joined form."""
    parts = [_number(p) if p[:1].isdigit() else p for p in piece.split("-") if p]
    if len(parts) <= 1:
        return parts
    return [*parts, "".join(parts)]


def _number(token: str) -> str:
    """ "10,000" and "10000" are one term; a trailing ".0" is kept as written."""
    return token.replace(",", "")
