"""Figures in sentences: counts, percentages, points, money, dates, years, times and tallies, with
their qualifiers.

"up to 12,000 North Korean troops" -> Figure(kind="count", about="troops",
value=12000, text="up to 12,000"). The counted noun is the first lower-case
word after the number (capitalised words such as "North Korean" are skipped),
singular, folded through a small synonym table so "soldiers" and "troops" are
one thing. Number words are figures too ("Sixty-three structures", "a
four-year deal"; parsed by text2num), and values are normalised: "$1.2 billion"
and "1.2bn dollars" are both money 1.2e9, "25 basis points" and "a quarter
point" both 0.25 points, "Aug. 12" and "August 12" both the date 08-12,
"3.40am" and "3:40 a.m." both the time 3:40am ("3:40" alone is either half of
the day). A year on its own ("in 1961", "the 2024 Act") is a year, not a count;
a vote or a score ("a 5-2 vote", "voted nine to two") is a tally, not two
counts; a ratio ("3:1") and a model number ("AF-58") are not figures. A margin
or a change ("beat Pryce by 6,536 votes", "raised rates by 25 basis points", "a
5,200-vote lead") is marked a difference: it is never compared with a level
("received 41,286 votes").
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator

from factbot.index.answers.counted import (
    NEXT_WORD,
    NOUN_AFTER,
    PARTICIPLE,
    PHRASE_WORDS,
    counted_noun,
    is_plural,
    noun_like,
    noun_words,
)
from factbot.index.answers.nouns import counts_people, is_kind, is_noun
from factbot.index.answers.quantities import (
    CHANGE_WORDS,
    DECADE,
    DEGREES,
    SPEED_UNIT_NAMES,
    SPELLED_UNDER_TWENTY,
    UNANIMOUS,
    VAGUE,
    Figure,
    measure,
)
from factbot.index.ranking.analysis import STOPWORDS
from text_to_num import text2num

__all__ = [
    "MAGNITUDE",
    "MONTH_NAMES",
    "QUALIFIER",
    "aged_whom",
    "as_weight",
    "figures",
    "vague_range",
]

QUALIFIER = (
    r"(?:at\s+least|up\s+to|as\s+many\s+as|as\s+much\s+as|more\s+than|fewer\s+than|less\s+than|over|under|"
    r"around|about|approximately|roughly|nearly|almost|some|an\s+estimated|estimated|"
    r"at\s+most|close\s+to|just\s+over|just\s+under|a\s+minimum\s+of|a\s+maximum\s+of|upwards\s+of|"
    r"ha(?:s|d|ve)\s+passed|topped|exceeded|surpassed)"
)
# Qualifiers read as others of the same sense ("a minimum of six weeks" is at least six weeks).
_SAME_QUALIFIER = {
    "a minimum of": "at least",
    "a maximum of": "at most",
    "upwards of": "more than",
    # a verb of going beyond a value ("the petition had passed 12,000 signatures"; not "Congress
    # passed 12 bills")
    **dict.fromkeys(
        ("has passed", "had passed", "have passed", "topped", "exceeded", "surpassed"), "more than"
    ),
    **{
        f"{near} {side}": f"just {side}"
        for near in ("shortly", "soon", "right")
        for side in ("before", "after")
    },
}
# A street address: a house number before a capitalised street name ("410 Carver Avenue"). Its
# value is the number, `about` the street; it states only an address on that street.
_STREETS = (
    "Street|St|Avenue|Ave|Road|Rd|Lane|Boulevard|Blvd|Drive|Dr|Way|Place|Square|Terrace|Crescent|"
    "Parkway|Highway"
)
_ADDRESS = re.compile(
    r"\b(?:at|on)\s+(?:the\s+)?(?P<number>\d{1,5}[A-Za-z]?)\s+(?P<street>(?:[A-Z][a-z]+\s+){1,3}"
    rf"(?:{_STREETS})\b)"
)
_STREET_WORDS = frozenset(_STREETS.lower().split("|"))  # (a street `_ADDRESS` reads is a whole word run)
_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "m": 1e6,
    "bn": 1e9,
    "k": 1e3,
    "dozen": 12,
}
_VAGUE_UNITS = {
    "dozen": 12.0,
    "score": 20.0,
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
}
_VAGUE_WORDS = frozenset(_VAGUE_UNITS) | {f"{unit}s" for unit in _VAGUE_UNITS}  # the words it needs
_VAGUE_FACTOR = (2, 10)  # "a few hundred": 200 up to (not including) 1,000
_VAGUE_PATTERN = re.compile(
    r"\b(?:(?:a\s+few|several|a\s+couple\s+of)\s+(?P<unit>hundred|thousand|million|billion|dozen)\b"
    r"|(?P<tens>tens|hundreds)\s+of\s+(?P<of>thousands|millions|billions)(?:\s+of\b)?"
    r"|(?P<many>dozens|scores|hundreds|thousands|millions|billions)\s+of\b)",
    re.IGNORECASE,
)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# English cardinal words, for finding spelled-out numbers; text2num parses what is found.
_UNITS = "|".join(SPELLED_UNDER_TWENTY)
_UNIT_VALUES = {word: float(value) for value, word in enumerate(_UNITS.split("|"), 1)}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_UNITS}|hundred|thousand)"
# ("and" joins words after a hundred or a thousand: "one hundred and twenty", not "two and ten")
_WORDS = (  # "a" alone before a scale: "a million"
    rf"(?:(?:a\s+(?=hundred|thousand))?{_WORD}(?:(?:(?:(?<=hundred)|(?<=thousand))\s+and)?[\s-]+{_WORD})*"
    r"|a(?=\s+(?:million|billion|trillion)\b))"
)
# Currencies by their English names (not those that are also common words: "won", "real", "mark").
_CURRENCY_WORDS = (
    r"dollars?|euros?|pounds?|yen|francs?|kronor|kronur|krona|krone|crowns?|rupees?|yuan|renminbi|pesos?|"
    r"rand|zlotys?|roubles?|rubles?|liras?|shekels?|baht|rupiah|ringgit|dirhams?|dinars?|riyals?|forints?|"
    r"reais|naira|shillings?|usd|eur|gbp"
)
# A country's name before a currency word: "1.2 billion US dollars", "5 million Hong Kong dollars".
_CURRENCY_OF = r"(?:\s+(?-i:U\.S\.|[A-Z][a-z]*|[A-Z]{2,3})){0,2}"
# A currency before a sum: a sign, a country's dollar or a code ("$5m", "US$5m", "EUR 28 million").
_CURRENCY_SIGNS = r"[$€£]|(?:US|A|C|NZ|HK)\$|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)(?=\s?\d)"
_FIGURE_PATTERN = (
    rf"(?<![\w.,:/])(?<![\w]-)(?P<cur>{_CURRENCY_SIGNS})?\s?(?:(?P<num>{_NUMBER})(?!\d)|(?P<words>{_WORDS})\b)"
    rf"(?![-:/]\d)(?![.,]\d)"
    rf"(?:(?:\s*|-)(?P<scale>thousand|million|billion|trillion|bn|m|k|dozen)\b)?"
    rf"(?:\s*(?P<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b|basis\s+points?\b|bps?\b))?"
    rf"(?:(?:{_CURRENCY_OF}\s+|-(?=dollar|euro))(?P<curword>{_CURRENCY_WORDS})\b)?"  # "a three-dollar fee"
)
# (A lookahead before a pattern names every character its matches can start with, so the scan
# skips the others fast: a sign, a space, a digit, the first letter of a number word, or the
# capital a currency code or a country's dollar starts with.)
_FIGURE = re.compile(rf"(?=(?-i:[$€£\s\daefhnostAEFHNOSTUCGJ])){_FIGURE_PATTERN}", re.IGNORECASE)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)  # after a number, a place: "16th", "the 29th Tour"
_FRACTION_POINT = re.compile(
    r"\b(?P<frac>a\s+quarter|a\s+half|half\s+a|three\s+quarters)(?:\s+of\s+a)?[\s-]+(?:percentage[\s-]+)?point\b",
    re.IGNORECASE,
)
_FRACTIONS = {"a quarter": 0.25, "a half": 0.5, "half a": 0.5, "three quarters": 0.75}
# "half a million patients", "a quarter of a billion dollars": a fraction of a scale word.
_FRACTION_SCALE = re.compile(
    r"\b(?P<frac>half|a\s+quarter\s+of|three\s+quarters\s+of)\s+an?\s+(?P<scale>million|billion|trillion)\b"
    rf"(?:{_CURRENCY_OF}\s+(?P<curword>{_CURRENCY_WORDS})\b)?",
    re.IGNORECASE,
)
_FRACTION_OF = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75}
# A share written as a ratio of small numbers: "one in five homes", "2 in 3 voters" (a percentage).
_SMALL_WORDS = "one two three four five six seven eight nine ten".split()
_SMALL = {word: float(i) for i, word in enumerate(_SMALL_WORDS, 1)}
# Searched from " in " back to the part, as most sentences have an " in " and few a share.
_IN_WHOLE = re.compile(
    rf"\s+in\s+(?:every\s+)?(?P<whole>{'|'.join(_SMALL_WORDS)}|\d{{1,3}})\b(?![.,:]\d)", re.IGNORECASE
)
_PART_BEFORE = re.compile(rf"(?<![\w.,])(?P<part>{'|'.join(_SMALL_WORDS)}|\d{{1,2}})$", re.IGNORECASE)
_PART_REACH = 6  # characters before " in " searched for the part ("three")
_A_DOZEN = re.compile(r"\b(?P<half>half\s+)?a\s+dozen\b", re.IGNORECASE)  # "a dozen buses", "half a dozen"
_DOZEN = 12.0
# A share of a whole: "more than half of voters", "two-thirds of the homes" (a percentage).
# Not "the northern half of", "the first quarter of 2026": a determiner or ordinal before it.
# A duration with a half: "an hour and a half", "two years and a half", "half an hour".
# The units a half is written of: "an hour and a half", "half a kilometre" ("half a pound" may be a sum).
_HALVED = r"minute|hour|day|week|month|year|mile|kilomet(?:re|er)|met(?:re|er)|yard|tonne|kilogram"
# ... and other parts of one: "a quarter of a mile", "three-quarters of an hour"; "a fortnight", two weeks.
_AND_A_HALF = re.compile(
    rf"\b(?:(?P<n>an?|{'|'.join(_SMALL_WORDS)}|\d+)\s+(?P<unit>{_HALVED})s?"
    rf"\s+and\s+a\s+half|half\s+an?\s+(?P<half>{_HALVED})"
    rf"|(?P<part>a\s+quarter|three[\s-]quarters|a\s+third|two[\s-]thirds)\s+of\s+an?\s+(?P<of>{_HALVED})"
    rf"|(?P<fortnight>a\s+fortnight))\b",
    re.IGNORECASE,
)
_PARTS = {"a quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3, "two thirds": 2 / 3}
_PART_WORDS = ("half", "quarter", "third", "fortnight")  # a sentence without one has no such figure
# A sentence about weight, where "pounds" after a number are a weight, not a sum.
_WEIGHT_WORDS = re.compile(
    r"\b(?:weigh\w*|heav(?:y|ier|iest)|kg|kgs|kilo(?:gram)?s?|kilogrammes?|tonnes?|tons?|ounces?|oz|lbs?|grams?)\b",
    re.IGNORECASE,
)
# A clause after a number naming what it counts: "212 passengers, 31 of whom were children".
_PART_NAMED = re.compile(r",?\s+of\s+(?:whom|which|them)\s+(?:were|are|was|is)\s+([a-z]+)\b")
# The noun a number's "of" follows, with a qualifier between: "a crowd of about 6,500".
_OF_BEFORE = re.compile(rf"\b([a-z]+)\s+of\s+(?:{QUALIFIER}\s+)?$", re.IGNORECASE)
# A sum in pounds before what it pays for: "a 300,000-pound emergency fund" (the nouns after it).
_PRICED_IN_POUNDS = re.compile(r"-pound\s+([a-z]+)(?:\s+([a-z]+))?")
_POUNDS_WRITTEN = re.compile(r"^[^£]*\bpounds?$", re.IGNORECASE)  # "2,417 pounds", not "£2,417"
# "pounds of" a thing that is not money: a weight ("pounds of frozen vegetables").
_POUNDS_OF = re.compile(
    r"\s+of\s+(?!(?:money|cash|funding|funds|taxpayers|public|investment|damage|debt|revenue|spending)\b)[a-z]",
    re.IGNORECASE,
)
# A whole and a half before what it counts or its scale: "two and a half hours", "six and a half
# thousand people", "two and a half million dollars".
_WHOLE_AND_A_HALF = re.compile(
    rf"\b(?P<n>(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_UNITS}|\d+)\s+and\s+a\s+half\b"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    rf"(?:{_CURRENCY_OF}\s+(?P<curword>{_CURRENCY_WORDS})\b)?",
    re.IGNORECASE,
)
# A share named by its fraction: "half of", "two-thirds of", "nine-tenths of" (100 / denominator each).
_DENOMINATORS: dict[str, float] = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
_SHARE_WORDS = tuple(_DENOMINATORS)  # one of which a share's text holds
_DENOMINATOR_WORDS = "|".join(f"{d}s?" for d in _DENOMINATORS if d != "half")  # "thirds?|quarters?|..."
_SHARE = re.compile(
    r"\b(?P<share>half|(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    rf"(?:{_DENOMINATOR_WORDS}))\s+of\b"
    r"|\b(?P<half>half)\s+(?=(?:the|its|their|all)\s)"  # "half the vote", "half their homes"
    # ... and written with a hyphen, without "of": "a two-thirds majority", "cut by three-quarters"
    rf"|\b(?P<hyphened>(?:one|two|three|four|five|six|seven|eight|nine)-(?:{_DENOMINATOR_WORDS}))\b(?!-)",
    re.IGNORECASE,
)
_NOT_SHARE_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|this|that|first|second|third|fourth|last|final|[a-z]+ern)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
# (an age's word may come between: "under age 3", "over age 65")
_QUALIFIED = re.compile(rf"(?=[acefhjlmnorstu])\b(?P<qual>{QUALIFIER})\s+(?:age\s+)?$", re.IGNORECASE)
_DIGIT_OR_WORD = re.compile(
    rf"\d|\b(?:{_UNITS}|{_TENS}|hundreds?|thousands?|millions?|billions?|dozens?|scores|half|fortnight|{_DENOMINATOR_WORDS})\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# A date, a time, an address, a tally and a number each start with a digit after no letter or digit,
# or with a currency code ("EUR5"): "NLRP3", "p18" and "CD4" give none.
_CODES = ("usd", "eur", "gbp", "chf", "jpy", "cad", "aud")
_WORD_RUN = re.compile(r"\w+")
# The letters outside ASCII that a case-blind pattern of ASCII letters matches ("İ", "ı", "ſ" and the
# Kelvin sign): in text without them, the lower-cased text holds every word such a pattern can match.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
# In ASCII text a spelled-out figure is whole words of these: without one, `_FIGURE` reads digits only.
_CARDINALS = frozenset(f"{_UNITS}|{_TENS}|hundred|thousand|million|billion|trillion".split("|"))
_NUMBER_WORDS = (
    _CARDINALS | set(_DENOMINATORS) | {f"{d}s" for d in _DENOMINATORS} | {"fortnight"}
)  # `_DIGIT_OR_WORD`'s
_FIGURE_DIGITS = re.compile(
    r"(?=(?-i:[$€£\s\dUACNHEGJ]))" + _FIGURE_PATTERN.replace(f"(?P<words>{_WORDS})", "(?P<words>(?!))"),
    re.IGNORECASE,
)
_QUALIFIER_REACH = 24  # characters before a number searched for its qualifier
MONTH_NAMES = "january february march april may june july august september october november december".split()
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"(?=[JFMASOND\d])\b(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})\.?(?:\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTHS})\.?\s+(?P<y3>\d{{4}})|(?P<y4>\d{{4}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}}))\b"
)
# The last day of a month, as a deadline is written: "until the end of January" (31 January). With a
# year ("the end of September 2027") it is read as that month of that year, as `_DATE` reads it.
_NO_LEAP_YEAR = 2001  # the year a month's end is read in when none is given (February has 28 days)
_MONTH_END = re.compile(rf"(?<![\w-])end\s+of\s+(?P<m>{_MONTHS})\b(?!\.?,?\s+\d{{4}}\b)")
# A time of day: "2:40 p.m.", "3am", "3.40am", "3 o'clock", "15:40", "noon". Not "3:1" (a ratio),
# "7-2" (a tally) or "3.40" alone (a decimal).
_TIME = re.compile(
    r"(?=[\dnm])(?<![\w.,:$€£-])(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<half>[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
    # "at 4.20 in the morning", "at 11 at night": the half of the day in words
    r"|(?:(?<=\bat\s)|(?<=about\s)|(?<=around\s)|(?<=until\s)|(?<=before\s)|(?<=after\s)|(?<=\bby\s)"
    r"|(?<=between\s)|(?<=from\s)|(?<=\bto\s))"
    r"(?P<hd>1[0-2]|0?[1-9])(?:[:.](?P<md>[0-5]\d))?(?=\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)"
    r"|at\s+night)\b)"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?P<s24>:[0-5]\d)?(?![\d:])"
    r"|(?P<hc>1[0-2]|[1-9])\s+o['’]clock\b|\b(?P<word>noon|midday|midnight)\b)",
    re.IGNORECASE,
)
# A time of day in words: "12 minutes past five in the morning", "a quarter to eight", "half past six".
_UNDER_SIXTY = rf"\d{{1,2}}|(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_UNITS}"
_HOURS = rf"1[0-2]|[1-9]|{'|'.join(SPELLED_UNDER_TWENTY[:12])}"
_CLOCK_PHRASE = re.compile(
    rf"\b(?:(?P<minutes>{_UNDER_SIXTY})\s+minutes?\s+(?P<side>past|after|to|before)|(?P<bare>{_UNDER_SIXTY})\s+past"
    rf"|(?P<quarter>(?:a\s+)?quarter)\s+(?P<qside>past|after|to|before)|(?P<half>half)\s+past)"
    rf"\s+(?P<hour>{_HOURS}|midnight|noon|midday)\b(?:\s+o['’]clock)?"
    r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|\s+at\s+(?P<night>night))?",
    re.IGNORECASE,
)
# A duration in several units: "1 hour 50 minutes", "9 hours, 41 minutes and 12 seconds", "3 minutes 12
# seconds", read in its smallest unit as one figure.
_SEVERAL_UNITS = re.compile(
    rf"\b(?:(?P<h>\d{{1,3}}|an?|{_UNITS})\s+hours?,?\s+(?:and\s+)?(?P<m>{_UNDER_SIXTY})\s+minutes?"
    rf"(?:,?\s+(?:and\s+)?(?P<s>{_UNDER_SIXTY})\s+seconds?)?"
    rf"|(?P<m2>\d{{1,3}}|{_UNITS})\s+minutes?,?\s+(?:and\s+)?(?P<s2>{_UNDER_SIXTY})\s+seconds?)\b",
    re.IGNORECASE,
)
# A tally: "a 7-2 vote", "voted 7 to 2", "by six votes to three", "a nine-to-two decision", "won 3-1",
# with a vote or a result within _TALLY_REACH characters; not "AF-58", "2019-2021", "a 23-year-old", "3:1".
_TALLY_SIDE = rf"\d{{1,2}}(?:\.5|½)?|½|{_UNITS}"  # a half point in chess: "1.5-0.5", "6½-2½"
_TALLY = re.compile(
    rf"(?=[\dotfsen])(?<![\w.,:/-])(?P<a>{_TALLY_SIDE})(?:\s*[-–]\s*|\s+(?:votes?\s+)?to\s+|-to-)(?P<b>{_TALLY_SIDE})(?![\w.,:/-]*\w)(?!-)"
    r"(?!\s*(?:%|per\s*cent|percent))",  # "rose 2-3%" is a range
    re.IGNORECASE,
)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)  # a tally with no side against
_UNANIMOUS_WORDS = frozenset({"unanimous", "unanimously"})
_GLUED_CLOCK = re.compile(r"\d[ap]m\b")
_TALLY_WORDS = frozenset(
    "vote votes voted voting decision ruling verdict majority split won win wins winning beat beats beating "
    "lost lose loses losing defeat defeated defeats victory score approved rejected passed backed".split()
)
_TALLY_CONTEXT = re.compile(rf"\b(?:{'|'.join(sorted(_TALLY_WORDS))})\b", re.IGNORECASE)
_TALLY_REACH = 50
# A score in a game under way, right before it: "led 3-1", "trailing 2-0", "tied 2-2", "level at 1-1".
_SCORE_BEFORE = re.compile(r"\b(?:led|leads?|leading|trail(?:s|ed|ing)?|tied|drew|level\s+at)\s+$", re.I)
_SCORE_REACH = 16
_SCORE_WORDS = frozenset("led lead leads leading trail trails trailed trailing tied drew level".split())
_CLOCK_WORDS = frozenset({"noon", "midday", "midnight"})
_CLOCK_WORD = re.compile(r"\b(?:noon|midday|midnight)\b", re.IGNORECASE)
_MONTH_STARTS = tuple(m[:3].title() for m in MONTH_NAMES)  # every month `_DATE` reads begins so
_MONTH_START = re.compile("|".join(_MONTH_STARTS))  # one scan for all of them
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_WORDS = frozenset(_MONTHS.lower().split("|"))  # (a month `_DATE` reads is a whole word run)
_SIZE_AFTER = re.compile(  # a size, or a place that far from another ("60 m below ground", "120m back")
    r"(?:-|\s+)(?:long|high|deep|wide|tall|thick|across|away|below|above|beneath|underground|under|"
    r"downstream|upstream|offshore|inland|north|south|east|west|back|behind|ahead|apart|from|along|further|"
    r"farther|closer|nearer)\b|\s*\(\s*\d[\d,.]*\s*(?:ft|feet)\b",
    re.I,
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_AT_BEFORE = re.compile(r"\bat\s+(?:about\s+|around\s+)?$", re.I)  # a time of day with its seconds
_WITHIN_BEFORE = re.compile(r"\bwithin\s+$", re.I)
_SUM_NOUNS = frozenset(
    "fund deal budget contract fee bid loss profit investment package bonus salary payment grant loan "
    "price sale transfer offer takeover settlement fine bill revenue turnover debt".split()
)
MAGNITUDE = "magnitude"  # what a reading on an earthquake's scale is about
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+(?:of|at|was|is|to))?\s+$", re.I)
_ATTACHED_UNIT = re.compile(r"([a-z]{2,3})\b")  # "cm" of "30cm" (not "m": "2.5m" is a sum)
# An amount of data by its unit's capitals, on the number or after it ("1.2TB", "1.2 TB of files"; not
# "five TB patients", tuberculosis).
_DATA_UNIT = re.compile(r"\s?([KMGTP]B)(?=\s+of\b|[^\w\s]|\s*$)")
# Power by its unit's capitals, on the number or after it ("1.15GW", "680 MW", "560 kW").
_POWER_UNIT = re.compile(r"\s?([kMG]W)\b")
# An area by a unit's short name, on the number or after it ("92,000 sq ft", "8,500 sq. m", "40m²",
# "12 km2"): the square of a length unit.
_SHORT_AREA = re.compile(r"(?:\s?sq\.?\s?(ft|m|km|mi)\b|\s?(m|km|ft)(?:²|2\b))", re.IGNORECASE)
_SQUARED = {"ft": "foot", "m": "metre", "km": "kilometre", "mi": "mile"}
# A difference, not a level: "beat Pryce by 6,536 votes", "raised rates by 25 basis points", "her
# lead was closer to 5,200 votes", "a 6,536-vote win". Not an agent: "a strike by 6,500 dockworkers",
# "was predicted by 22 economists".
_BY_BEFORE = re.compile(r"(?=b)\bby\s+$", re.IGNORECASE)
_AGENT_BEFORE = re.compile(
    r"\b(?:(?:a|an|the)\s+[a-z]+|(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?[a-z]+(?:ed|en|wn))\s+by\s+$",
    re.IGNORECASE,
)
_CHANGED_BY = re.compile(rf"\b(?:{CHANGE_WORDS})\s+by\s+$", re.IGNORECASE)  # "fallen by 1,500 students"
_MARGIN = r"(?:lead|margin|edge|win|victory|gap|advantage)"
_MARGIN_BEFORE = re.compile(
    rf"(?=[aeglmvw])\b{_MARGIN}\s+(?:of|was|is|stood\s+at|at|to|grew\s+to|narrowed\s+to)\s+(?:closer\s+to\s+)?$",
    re.IGNORECASE,
)
_MORE_BEFORE = re.compile(r"(?=[af])\b(?:another|a\s+further|an\s+(?:extra|additional))\s+$", re.IGNORECASE)
_MARGIN_AFTER = re.compile(rf"-[a-z]+\s+{_MARGIN}\b", re.IGNORECASE)
_DIFFERENCE_REACH = 40  # characters before a figure searched for "by" or a margin noun
# "no one", "any one": a pronoun; "Phase 3", "Local 22": a label after a capitalised word.
_PRONOUN_ONE = re.compile(r"\b(?:no|any|every|each|some|the|this|that)\s+$", re.IGNORECASE)
_ONE_WHERE = re.compile(r"\s+(?:in|from|at|near)\s+(?:the\s+)?[A-Z]")  # "one in Calder Province"
# A name after a lower-case word that is no article, preposition or possessive: "lent Ridgeway ".
_AFTER_VERB = re.compile(
    r"(?<![\w'’-])(?!(?:a|an|the|of|on|in|at|to|for|from|by|with|into|onto|via|and|or|its|their|his|her|"
    r"our|this|that|these|those)\s)[a-z]+\s+[A-Z][A-Za-z]+\s+$"
)
_LABEL_ABOUT = "number"  # what a number after "No." or "number" is: a label
_NUMBERED = re.compile(r"(?:\b[Nn]o\.\s*|\bNo\s+|\bnumber\s+|#)$")
_LABEL = re.compile(
    r"(?=[A-Z])\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|All|Some|About)\s)[A-Z][A-Za-z]+\s+$"
)
# "16 injured", "19 were injured", "31 were hurt": a participle (after an auxiliary) in place of a noun.
_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been|been)\s+)?"
    r"(?:[a-z]{3,}ed|hurt|hit|shot|struck|taken|held|left|found|caught)\b"
    r"|\s+(?:are|were)\s+(?:still\s+|now\s+)?[a-z]{3,}\b"  # "212 homes were damaged and 19 are unsafe"
)
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}(?:ing|ed)\s+$")  # "killing two people and injuring 19"
_VERB_REACH = 20  # characters before a number searched for its verb
# "The number of people hurt ... has risen to 27": the count counts what "number of" names.
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:the\s+)?([a-z]+(?:[\s-]+[a-z]+){0,3})\b", re.I)
# A level a plural subject has reached: "confirmed cases have reached 23", "deaths rose to 12" (not a
# change: "Prices rose 10 ...").
_PLURAL_REACHED = re.compile(
    r"\b([a-z]+s)\s+(?:(?:have|has|had|now)\s+)*(?:(?:risen|rose|climbed|grown|grew|jumped|increased|fallen|"
    r"fell|dropped)\s+to|(?:stand|stood)\s+at|reached|hit|totalled|totaled|numbered)\s+$",
    re.IGNORECASE,
)
_REACHED_REACH = 60  # characters before a number searched for its subject and verb
_REACHED_WORDS = (
    "ris",
    "rose",
    "climb",
    "gr",
    "jump",
    "incr",
    "fall",
    "fell",
    "drop",
    "st",
    "reach",
    "hit",
    "tot",
    "numb",
)
# A total a count is brought to: "bringing the total to 370", "the tally now stands at 12".
_TOTAL_BEFORE = re.compile(r"\b(?:total|tally)\b", re.I)
_TOTAL_REACH = 50  # characters before a number searched for "total"
# What a level follows: "risen to 27", not "from 310,000".
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|reached|reaching|hit|hitting|is|was|now)\s+$", re.I)
# A temperature's scale after its number: "31C", "25°C", "7°F", "88 degrees Fahrenheit", "14 Celsius".
_TEMPERATURE_AFTER = re.compile(
    r"(?:\s*(?:°|degrees?\b)\s*|(?=[CF]\b)|\s+(?=(?i:celsius|centigrade|fahrenheit)))"
    r"(?P<unit>(?-i:[CF])\b|(?i:celsius|centigrade|fahrenheit))"
)
# A scale's letter apart from its number, read only below zero or in a sentence about temperatures
# ("about minus 14 C"; not "Grade C and 4 F").
_SPACED_SCALE = re.compile(r"\s+(?P<unit>(?-i:[CF]))\b")
_TEMPERATURE_BEFORE = re.compile(r"\btemperatures?\b", re.I)
# Below zero: "minus 14", "-14C" (a sign right before the number, not a hyphen after a word).
_BELOW_ZERO = re.compile(r"(?:\bminus\s+|(?<![\w-])[-−])$", re.I)
_BELOW_ZERO_REACH = 6
# ... and in words after its unit: "six degrees below freezing", "10 degrees below zero".
_BELOW_AFTER = re.compile(
    r"(?:\s*°\s*(?P<sign>[CF])?|\s+degrees?)(?:\s+(?P<scale>celsius|centigrade|fahrenheit))?"
    r"\s+below\s+(?P<mark>zero|freezing)\b",
    re.I,
)
_FAHRENHEIT_FREEZING = 32.0
_YEARS_OLD = re.compile(r"\s+years?\s+old\b", re.I)
# A length per hour or second after a number: "71 miles per hour", "52 km/h", "110 kilometres an
# hour", "18 km per second", "340 metres a second".
_PER_TIME = re.compile(
    r"[\s-]*(?P<length>miles?|kilomet(?:re|er)s?|kms?|met(?:re|er)s?)\s*"
    r"(?:(?:per|an?)\s+(?P<time>hour|second)|/\s*(?P<short>h(?:r|our)?|s(?:ec)?))\b",
    re.I,
)
# The unit of speed of a length ("mi", "km", "me") per hour ("h") or second ("s").
_LENGTHS_TIMED = frozenset({"mile", "kilometre", "km", "metre"})
_SPEEDS = {
    ("mi", "h"): "mph",
    ("km", "h"): "km/h",
    ("ki", "h"): "km/h",
    ("km", "s"): "km/s",
    ("ki", "s"): "km/s",
    ("me", "s"): "m/s",
}
# An age set off by commas after a name, as news writes it: "Quintas, 23, is expected ...".
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][\w'.-]*,\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_NAME_BRACKET_BEFORE = re.compile(r"\b[A-Z][\w'.-]*\s*\(\s*$")  # "Quintas (23)"
_BRACKET_AFTER = re.compile(r"\s*\)")
_AGE_BEFORE = re.compile(
    r"\b(?:aged|age\s+of|turned|turns|turning)\s+$", re.I
)  # "aged 23", "at the age of 23"
_OLDEST = 120  # years: a larger number after a name is no age
_NAME_REACH = 40  # characters before an age searched for the name
_TOLL_BEFORE = re.compile(r"\btoll\s+(?:\w+\s+){0,3}$", re.I)  # "toll rose to", "toll remained at"
_TOLL_REACH = 40  # characters before a number searched for "toll"
_YEAR_BEFORE = re.compile(
    r"(?=[abdfiostu])\b(?:the|a|an|in|since|by|of|from|until|before|after|during|between|and|to|its|this|that)"
    r"\s+$",
    re.I,
)


@functools.lru_cache(maxsize=8192)
def figures(sentence: str) -> tuple[Figure, ...]:
    """Every figure stated in a sentence."""
    digit = _DIGIT.search(sentence) is not None
    # In ASCII text, what the case-blind patterns need can be looked for in the lower-cased text
    # (re's IGNORECASE also matches a few letters outside ASCII: "ſ", "ı", the Kelvin sign).
    ascii_text = sentence.isascii()
    lowered = sentence.lower() if ascii_text or not _FOLDS_TO_ASCII.search(sentence) else None
    runs = None if lowered is None else set(_WORD_RUN.findall(lowered))
    clock = runs is None or not _CLOCK_WORDS.isdisjoint(runs)
    month_end = runs is None or ("end" in runs and not _MONTH_WORDS.isdisjoint(runs))
    if digit and ascii_text and runs is not None and lowered is not None:
        digit = _starts_figure(runs, lowered)  # not "NLRP3", "p18" and "CD4" alone
    if runs is None:
        if (
            not digit
            and not _DIGIT_OR_WORD.search(sentence)
            and not _CLOCK_WORD.search(sentence)
            and not _UNANIMOUS.search(sentence)
            and not _MONTH_END.search(sentence)
        ):
            return ()
    elif (
        not digit
        and not clock
        and _NUMBER_WORDS.isdisjoint(runs)
        and _VAGUE_WORDS.isdisjoint(runs)
        and _UNANIMOUS_WORDS.isdisjoint(runs)
        and not month_end
    ):
        return ()
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    # Cheap tests on the word runs first: most sentences give no time of day and no tally.
    timed = (
        lowered is None
        or runs is None
        or clock
        or (digit and (":" in sentence or _clock_mark(runs, lowered)))
    )
    voted = runs is None or not _TALLY_WORDS.isdisjoint(runs) or not _SCORE_WORDS.isdisjoint(runs)
    dated = digit and _may_date(sentence, runs if ascii_text else None)
    for match in _MONTH_END.finditer(sentence) if month_end else ():
        out.append(Figure("date", "date", _month_end(match), _squash(match.group()), *match.span()))
        taken.append(match.span())
    for match in _DATE.finditer(sentence) if dated else ():
        if not any(s <= match.start() < e for s, e in taken):
            out.append(Figure("date", "date", _date_value(match), _squash(match.group()), *match.span()))
            taken.append(match.span())
    for match in _SEVERAL_UNITS.finditer(sentence) if _may_say(lowered, "minute") else ():
        out.append(_with_difference(sentence, _several_units(sentence, match)))
        taken.append(match.span())
    for match in _CLOCK_PHRASE.finditer(sentence) if _may_say(lowered, "past", "quarter", "minute") else ():
        out.append(_clock_phrase(sentence, match))
        taken.append(match.span())
    for match in _TIME.finditer(sentence) if timed else ():
        if match["s24"] and not _AT_BEFORE.search(sentence, max(0, match.start() - 10), match.start()):
            continue  # "won in 2:17:45" is a duration; "timed second contact at 19:32:11" a time
        if not any(s <= match.start() < e for s, e in taken):
            out.append(_time(sentence, match))
            taken.append(match.span())
    addressed = digit and (runs is None or not ascii_text or not _STREET_WORDS.isdisjoint(runs))
    for match in _ADDRESS.finditer(sentence) if addressed else ():  # "410 Carver Avenue": no count
        street = _squash(match["street"]).lower()  # (the street's words stay the sentence's)
        out.append(Figure("address", street, match["number"], match["number"], *match.span("number")))
        taken.append(match.span("number"))
    for match in _TALLY.finditer(sentence) if voted else ():
        if _TALLY_CONTEXT.search(
            sentence, max(0, match.start() - _TALLY_REACH), match.end() + _TALLY_REACH
        ) or _SCORE_BEFORE.search(sentence, max(0, match.start() - _SCORE_REACH), match.start()):
            out.append(_tally(match))
            taken.append(match.span())
    for match in _UNANIMOUS.finditer(sentence) if _may_say(lowered, "nanim") else ():
        out.append(Figure("tally", "tally", UNANIMOUS, match.group(), *match.span()))  # no vote against
        taken.append(match.span())
    pointed = _may_say(lowered, "point") and _may_say(lowered, "quarter", "half")
    for match in _FRACTION_POINT.finditer(sentence) if pointed else ():
        value = _lookup(_FRACTIONS, _squash(match["frac"]))
        out.append(Figure("points", "points", value, _squash(match.group()), *match.span()))
        taken.append(match.span())
    for match in _FRACTION_SCALE.finditer(sentence) if _may_say(lowered, "illion") else ():
        out.append(_fraction_of_scale(sentence, match))
        taken.append(match.span())
    for match in _wholes_after_in(sentence, lowered if ascii_text else None):
        part = _PART_BEFORE.search(sentence, max(0, match.start() - _PART_REACH), match.start())
        share = _share_in(sentence, part["part"], match) if part else None
        if part and share is not None:
            span = (part.start(), match.end())
            qualifier = _qualifier_before(sentence, part.start())  # "more than nine in ten"
            text = _squash(f"{qualifier} {sentence[span[0] : span[1]]}")
            out.append(Figure("percent", "percent", share, text, *span, _qualifier_read(qualifier)))
            taken.append(span)
    for match in _A_DOZEN.finditer(sentence) if _may_say(lowered, "dozen") else ():
        out.append(_dozen(sentence, match))
        taken.append(match.span())
    for match in _AND_A_HALF.finditer(sentence) if _may_say(lowered, *_PART_WORDS) else ():
        out.append(_and_a_half(match))
        taken.append(match.span())
    for match in _WHOLE_AND_A_HALF.finditer(sentence) if _may_say(lowered, "half") else ():
        if not any(s <= match.start() < e for s, e in taken):
            out.append(_whole_and_a_half(sentence, match))
            taken.append(match.span())
    for match in _SHARE.finditer(sentence) if _may_say(lowered, *_SHARE_WORDS) else ():
        if any(s <= match.start() < e for s, e in taken):
            continue
        if not _NOT_SHARE_BEFORE.search(sentence, max(0, match.start() - _QUALIFIER_REACH), match.start()):
            given = _share(sentence, match)  # ("cut costs by three-quarters": a change)
            out.append(_with_difference(sentence, given) if match["hyphened"] else given)
            taken.append(match.span())
    vague = runs is None or not _VAGUE_WORDS.isdisjoint(runs)
    for match in _VAGUE_PATTERN.finditer(sentence) if vague else ():
        if not any(s <= match.start() < e for s, e in taken):
            out.append(_vague(sentence, match))
            taken.append(match.span())
    spelled = runs is None or not _CARDINALS.isdisjoint(runs)
    scan = _FIGURE if spelled else _FIGURE_DIGITS if digit else None  # (a number needs a digit or a word)
    for match in scan.finditer(sentence) if scan is not None else ():
        if any(s <= match.start() < e for s, e in taken):
            continue
        if match["num"] and (suffix := _ORDINAL.match(sentence, match.end("num"))):  # "the 29th Tour"
            number = match["num"].replace(",", "")
            out.append(
                Figure(
                    "rank",
                    "rank",
                    float(number),
                    sentence[match.start("num") : suffix.end()],
                    match.start("num"),
                    suffix.end(),
                )
            )
            continue
        figure = _figure(sentence, match)
        if figure is not None:
            counted = _tolled(
                sentence,
                _aged(
                    sentence, _temperature(sentence, _speed(sentence, _others_counted(sentence, figure, out)))
                ),
            )
            out.append(_with_difference(sentence, counted))
    return tuple(_ends_counted(sentence, _parts_counted(sentence, sorted(out, key=lambda f: f.start))))


# A part given of a whole: "eleven of the company's 26 routes", "three of its 12 pumps", "eleven of
# fourteen counts".
_PART_OF = re.compile(
    r"\s+of\s+(?:(?:(?:the\s+)?[A-Za-z]+['’]s|the|its|their|these|those)\s+(?:[a-z-]+\s+)?)?$"
)


def _parts_counted(sentence: str, ordered: list[Figure]) -> list[Figure]:
    """A bare count that is a part of a counted whole counts what the whole counts ("eleven of the
    company's 26 routes": routes; not "41 of which", whose whole is named before it), and the whole
    is marked so (what the sentence says is the part: "guilty on eleven of fourteen counts")."""
    out = list(ordered)
    for i, (part, whole) in enumerate(itertools.pairwise(ordered)):
        if (
            part.kind == whole.kind == "count"
            and not part.about
            and whole.about
            and _PART_OF.match(sentence[part.end : whole.start])
        ):
            out[i] = dataclasses.replace(part, about=whole.about)
            out[i + 1] = dataclasses.replace(whole, whole=True)
    return out


# The two ends of a range or a change, one written with its unit: "from four days to two", "from 21 to
# 23 cases", "between two and ten days", "fell from 12 percent to 9".
_ENDS_BEFORE = re.compile(r"\b(?:from|between)\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
_ENDS_BETWEEN = re.compile(
    r"(?P<unit>(?:\s+[a-z]+){0,2}?)\s+(?:to|and)\s+(?:about\s+|around\s+|roughly\s+)?", re.IGNORECASE
)
_ENDS_REACH = 24  # characters before a range's first end for its "from" or "between"


def _ends_counted(sentence: str, ordered: list[Figure]) -> list[Figure]:
    """A bare number at one end of a range or a change whose other end is written with its unit or as
    a percentage counts that unit, or is that percentage ("from four days to two": two days; "from 21
    to 23 cases": 21 cases; "fell from 12 percent to 9": 9 percent)."""
    out = list(ordered)
    for i, (first, second) in enumerate(itertools.pairwise(ordered)):
        between = _ENDS_BETWEEN.fullmatch(sentence[first.end : second.start])
        if not between or not _ENDS_BEFORE.search(sentence, max(0, first.start - _ENDS_REACH), first.start):
            continue
        if between["unit"] and not first.about:  # "from 21 people in 2019 to 23" ... the words are its unit
            continue
        for at, bare, other in ((i, first, second), (i + 1, second, first)):
            if bare.kind != "count" or bare.about or not isinstance(bare.value, float):
                continue
            if other.kind == "count" and other.about:
                out[at] = dataclasses.replace(bare, about=other.about)
            elif other.kind == "percent":
                out[at] = dataclasses.replace(bare, kind="percent", about=other.about)
    return out


def _speed(sentence: str, figure: Figure) -> Figure:
    """A speed counts its unit of speed: "71 miles per hour" and "71 mph" are 71 mph, "52 km/h" and
    "52 kilometres an hour" 52 km/h, "18 km per second" 18 km/s, "40 knots" 40 knots (not miles or
    kilometres, which are lengths)."""
    if figure.kind != "count":
        return figure
    per = _PER_TIME.match(sentence, figure.end) if figure.about in _LENGTHS_TIMED else None
    if per is not None:
        unit = _SPEEDS.get((per["length"][:2].lower(), (per["time"] or per["short"])[0].lower()))
        return dataclasses.replace(figure, about=unit) if unit else figure
    unit = SPEED_UNIT_NAMES.get(figure.about)
    return dataclasses.replace(figure, about=unit) if unit else figure


def _temperature(sentence: str, figure: Figure) -> Figure:
    """A temperature counts its scale, below zero when written so: "31C", "88 degrees Fahrenheit",
    "25°C", "minus 14 Celsius", "-14C" (a bare "88 degrees" names no scale and stays degrees)."""
    if figure.kind != "count":
        return figure
    if (words := _BELOW_AFTER.match(sentence, figure.end)) is not None and isinstance(figure.value, float):
        return _below_in_words(sentence, figure, words)
    below = _BELOW_ZERO.search(sentence, max(0, figure.start - _BELOW_ZERO_REACH), figure.start)
    found = _TEMPERATURE_AFTER.match(sentence, figure.end)
    if found is None and (below is not None or _TEMPERATURE_BEFORE.search(sentence, 0, figure.start)):
        found = _SPACED_SCALE.match(sentence, figure.end)  # "minus 14 C", "Temperatures were 31 C"
    if found is None:
        return figure
    scale = "fahrenheit" if found["unit"].lower().startswith("f") else "celsius"
    if below is None:
        return dataclasses.replace(figure, about=scale)
    value = -float(figure.value)
    text = _squash(sentence[below.start() : figure.end])
    return dataclasses.replace(figure, about=scale, value=value, text=text, start=below.start())


def _below_in_words(sentence: str, figure: Figure, words: re.Match[str]) -> Figure:
    """A temperature written below zero or freezing in words ("six degrees below freezing": -6 degrees,
    either scale's, as a bare "degrees" is; "20 degrees Fahrenheit below freezing": 12F)."""
    scale = (words["scale"] or words["sign"] or "").lower()
    about = "fahrenheit" if scale.startswith("f") else "celsius" if scale else DEGREES
    value = -float(figure.value)
    if about == "fahrenheit" and words["mark"].lower() == "freezing":
        value += _FAHRENHEIT_FREEZING
    text = _squash(sentence[figure.start : words.end()])
    return dataclasses.replace(figure, about=about, value=value, text=text, end=words.end())


def _tolled(sentence: str, figure: Figure) -> Figure:
    """A bare number given as a toll counts people ("the death toll remained at three")."""
    if figure.kind != "count" or figure.about:
        return figure
    if _TOLL_BEFORE.search(sentence, max(0, figure.start - _TOLL_REACH), figure.start):
        return dataclasses.replace(figure, about="people")
    return figure


def _aged(sentence: str, figure: Figure) -> Figure:
    """An age written "23 years old", set off after a name ("Quintas, 23,", "Quintas (23)") or after
    "aged" or "the age of", as "the 23-year-old" is one."""
    if figure.kind != "count":
        return figure
    if figure.about == "year" and _YEARS_OLD.match(sentence, figure.end):
        return dataclasses.replace(figure, about="year-old")
    if figure.about or not figure.text.isdigit() or not 0 < int(figure.text) <= _OLDEST:
        return figure
    reach = max(0, figure.start - _NAME_REACH)
    if _name_set_off(sentence, figure) or _AGE_BEFORE.search(sentence, reach, figure.start):
        return dataclasses.replace(figure, about="year-old")
    return figure


def aged_whom(sentence: str, figure: Figure) -> str:
    """The name an age is set off after ("Reinholt, 27,", "Reinholt (27)": "Reinholt"); "" for an
    age written otherwise ("the 23-year-old") or any other figure."""
    return _name_set_off(sentence, figure) if figure.about == "year-old" else ""


def _name_set_off(sentence: str, figure: Figure) -> str:
    """The name a number is set off after, by commas or brackets ("Reinholt, 27,", "Reinholt (27)"),
    or ""."""
    reach = max(0, figure.start - _NAME_REACH)
    for before, after in ((_NAME_COMMA_BEFORE, _COMMA_AFTER), (_NAME_BRACKET_BEFORE, _BRACKET_AFTER)):
        found = before.search(sentence, reach, figure.start)
        if found and after.match(sentence, figure.end):
            return found.group().rstrip(",( ")
    return ""


def _others_counted(sentence: str, figure: Figure, before: list[Figure]) -> Figure:
    """A count of "others", or with a verb in place of a noun, counts what the count before it
    counts ("killed 3 people and injured 22 others", "3 people were killed and 16 injured", "killing
    two people and injuring 19"); a bare count the number of X is said to be, or to have reached,
    counts X ("the number of people hurt has risen to 27"; not "from an earlier estimate of 310,000")."""
    if figure.kind != "count" or figure.about not in ("", "other"):
        return figure
    if (
        not figure.about
        and _LEVEL_BEFORE.search(sentence, max(0, figure.start - _VERB_REACH), figure.start)
        and (number_of := _NUMBER_OF.search(sentence, 0, figure.start)) is not None
    ):
        words = re.split(r"[\s-]+", number_of[1])  # "yellow-legged hornet nests": the first plural
        plural = next((w for w in words if is_plural(w) and noun_like(w)), words[0])  # not "has"
        return dataclasses.replace(figure, about=counted_noun(plural))
    window = sentence[max(0, figure.start - _REACHED_REACH) : figure.start]
    reached = _PLURAL_REACHED.search(window) if any(w in window for w in _REACHED_WORDS) else None
    if not figure.about and reached is not None and is_plural(reached[1]) and noun_like(reached[1]):
        return dataclasses.replace(figure, about=counted_noun(reached[1]))  # "cases have reached 23"
    if not (
        figure.about == "other"
        or _total_of_before(sentence, figure)
        or _PARTICIPLE_AFTER.match(sentence, figure.end)
        or _VERB_BEFORE.search(sentence, max(0, figure.start - _VERB_REACH), figure.start)
    ):
        return figure
    named = (f.about for f in reversed(before) if f.kind == "count" and f.about not in ("", "other"))
    counted = next(named, "")
    return dataclasses.replace(figure, about=counted) if counted else figure


def _total_of_before(sentence: str, figure: Figure) -> bool:
    """Whether a bare count is a total the sentence brings its earlier count to ("cancelled another
    230 flights, bringing the total since the airspace closed to 370")."""
    reach = max(0, figure.start - _TOTAL_REACH)
    return (
        not figure.about
        and _LEVEL_BEFORE.search(sentence, reach, figure.start) is not None
        and _TOTAL_BEFORE.search(sentence, reach, figure.start) is not None
    )


def _in_metres(sentence: str, match: re.Match[str]) -> bool:
    """Whether the "m" after a number is metres, not millions: with no currency, before a word of
    size ("14 m long", "a 28m-high wall", "14 m (46 ft)"), after "within" ("within 500m of the
    depot"), or between an article and a noun that is no sum ("the 14m crack"; not "a 2.5m fund",
    "3m people")."""
    if match["cur"] or match["curword"]:
        return False
    after = sentence[match.end() :]
    if _SIZE_AFTER.match(after) or _WITHIN_BEFORE.search(sentence, max(0, match.start() - 8), match.start()):
        return True  # "14 m long", "within 500m of the depot"
    following = NEXT_WORD.match(sentence, match.end())
    if following is None or is_plural(following[1]) or following[1].lower() in _SUM_NOUNS:
        return False
    if following[1] == "of":  # "1.5 m of level ice", not "3m of its customers" nor "2m of funding"
        words = noun_words(sentence, following.end(), PHRASE_WORDS)
        return bool(words) and not any(is_plural(w) or _owned(w.lower()) for w in words)
    return _ARTICLE_BEFORE.search(sentence, max(0, match.start() - 5), match.start()) is not None


def _owned(word: str) -> bool:
    """Whether a word names a sum or a thing owned ("debt", "funding"), which millions, not metres,
    are of."""
    return word in _SUM_NOUNS or _money_or_possession(word)


def _money_or_possession(word: str) -> bool:
    """Whether a lower-case noun is a kind of money or of possession in WordNet."""
    return is_kind(word, "money") or is_kind(word, "possession")


def _starts_figure(runs: set[str], lowered: str) -> bool:
    """Whether ASCII text lower-cased (and its word runs, one at least) has a digit a figure can start
    with: one that starts a word run ("12", "3pm"), or one after a currency code ("eur5")."""
    if min(runs)[0] <= "9":  # (digits sort before letters and "_")
        return True
    return any(c in lowered for c in _CODES) and any(r[:3] in _CODES and r[3:4].isdigit() for r in runs)


def _may_date(sentence: str, runs: set[str] | None) -> bool:
    """Whether `_DATE` can match: a month (capitalised; in ASCII text one of its word `runs`, as
    `_DATE` reads a month only whole) or a date written 2024-01-31."""
    if _MONTH_START.search(sentence) if runs is None else not _MONTH_WORDS.isdisjoint(runs):
        return True
    return "-" in sentence and _ISO_DATE.search(sentence) is not None


def _may_say(lowered: str | None, *words: str) -> bool:
    """Whether ASCII text lower-cased contains one of the words a pattern needs (other text: maybe)."""
    return lowered is None or any(map(lowered.__contains__, words))  # (no generator: 4 times a sentence)


def _figure(sentence: str, match: re.Match[str]) -> Figure | None:
    number = _number(match)
    if number is None:
        return None
    qualifier = _qualifier_before(sentence, match.start())
    text = _squash(f"{qualifier} {match.group()}")
    span = (match.start(), match.end(), _qualifier_read(qualifier))
    if match["scale"] and match["scale"].lower() == "m" and _in_metres(sentence, match):
        return Figure("count", "metre", number, text, *span)  # "the 14m crack": metres, not millions
    if match["scale"]:
        number *= _lookup(_SCALE, match["scale"])
    unit = (match["pct"] or "").lower()
    if unit.startswith(("basis", "bp")):
        return Figure("points", "points", number / 100, text, *span)
    if unit.startswith("percentage"):
        return Figure("points", "points", number, text, *span)
    if unit:
        return Figure("percent", "percent", number, text, *span)
    if not match["cur"] and match["curword"] and _weighed_in_pounds(sentence, match):
        return Figure("count", "pound", number, text, *span)
    if match["cur"] or match["curword"]:
        return Figure("money", "money", number, text, *span)
    if match["words"] and match["scale"] and match["scale"].lower() in ("m", "k"):
        return None  # "one m" is not a million
    before = sentence[max(0, match.start() - _QUALIFIER_REACH) : match.start()]
    if match["num"] and not match["scale"] and not qualifier and _looks_like_year(match["num"]):
        counted = (
            _noun_after(sentence, match.end(), "")
            and not _YEAR_BEFORE.search(before)
            and _counts_many(sentence, match.end())
        )
        if not counted:  # "in 2019", "the 2024 Act", "the 2019 election"; but "hired 1800 teachers"
            if sentence[match.end() : match.end() + 1] == "s" and number % 10 == 0:  # "the 1930s"
                return Figure("year", "year", number, f"{text}s", match.start(), match.end() + 1, DECADE)
            return Figure("year", "year", number, text, *span)
    if match["words"] and match["words"].lower() == "one" and _PRONOUN_ONE.search(before):
        return None
    if match["words"] and match["words"].lower() == "one" and _ONE_WHERE.match(sentence, match.end()):
        return None  # "Two patients, one in Calder Province and one in Westmere, have died": where
    if _NUMBERED.search(before):  # "turbine No. 7", "the number 9 shirt": a label, counting nothing
        return Figure("count", _LABEL_ABOUT, number, text, *span)
    label = _LABEL.search(before) if match["num"] and not qualifier else None
    if (
        label
        and label.group().strip().lower() not in STOPWORDS  # "Only 104 of the 132 riders", "Just 104 riders"
        and not _QUALIFIED.search(before)
        and not _given_to(sentence, match, before)
        and measure(_noun_after(sentence, match.end(), "")) is None  # "in Merrowvale 31 hours after"
    ):
        return None  # "Local 22", "Route 6", "Phase 3"
    if _MAGNITUDE_BEFORE.search(before):  # "a magnitude 6.4 quake", "put the magnitude at 6.2"
        return Figure("count", MAGNITUDE, number, text, *span)
    if _priced_in_pounds(sentence, match.end()):  # "a 300,000-pound emergency fund"
        return Figure(
            "money", "money", number, f"{text}-pound", match.start(), match.end() + len("-pound"), span[2]
        )
    noun = (
        _noun_after(sentence, match.end(), "") or _group_before(before) or _part_named(sentence, match.end())
    )
    return Figure("count", noun, number, text, *span)


def _part_named(sentence: str, end: int) -> str:
    """What a number with no noun of its own counts when a clause after it names them ("212
    passengers, 31 of whom were children": children); "" for none ("41 of which led to fires")."""
    found = _PART_NAMED.match(sentence, end)
    if found is None or not is_plural(found[1]):
        return ""
    noun = counted_noun(found[1])
    return noun if is_noun(noun) else ""


def _group_before(before: str) -> str:
    """What a number with no noun of its own after a group and "of" counts: the people a gathering
    holds ("a crowd of 6,214", "an audience of about 900": a kind of gathering in WordNet), else the
    group's members ("a crew of 32", "a herd of seven": a kind of group); "" for none ("a total of
    40")."""
    found = _OF_BEFORE.search(before)
    if found is None:
        return ""
    if is_kind(found[1].lower(), "gathering"):
        return "people"
    noun = counted_noun(found[1])
    return noun if is_kind(noun, "group") else ""


def _priced_in_pounds(sentence: str, end: int) -> bool:
    """Whether "-pound" after a number at `end` makes it a sum: before a kind of money or of
    possession in WordNet ("a 300,000-pound emergency fund", "a 50-pound goodwill payment"), not
    before a thing it weighs ("a 467-pound bell")."""
    found = _PRICED_IN_POUNDS.match(sentence, end)
    return found is not None and any(_money_or_possession(word) for word in found.groups() if word)


def _weighed_in_pounds(sentence: str, match: re.Match[str]) -> bool:
    """Whether "pounds" after a number is a weight: in a sentence about weight ("weighed 2,417 pounds
    (1,096 kg)"), or a weight of something ("1.4 million pounds of frozen vegetables"; not "pounds of
    public money")."""
    if not match["curword"].lower().startswith("pound"):
        return False
    return _WEIGHT_WORDS.search(sentence) is not None or _POUNDS_OF.match(sentence, match.end()) is not None


def as_weight(figure: Figure) -> Figure | None:
    """A sum written in pounds with no sign, read as the weight it may as well be ("it read 2,417
    pounds", where the sentence says nothing of weight); None for any other figure."""
    if figure.kind != "money" or not _POUNDS_WRITTEN.search(figure.text):
        return None
    return dataclasses.replace(figure, kind="count", about="pound")


def _given_to(sentence: str, match: re.Match[str], before: str) -> bool:
    """Whether a number after a capitalised word counts things given to that name, not labels it:
    a number written with thousands ("sent Russia 11,000 troops"), or one after a name that follows
    a verb and before a plural ("lent Ridgeway 12 buses"; not "on Route 6 buses", "Local 22 members")."""
    if "," in match["num"]:
        return True
    following = NEXT_WORD.match(sentence, match.end())
    return following is not None and is_plural(following[1]) and _AFTER_VERB.search(before) is not None


def _vague(sentence: str, match: re.Match[str]) -> Figure:
    """A count given by its order only, at the bottom of its range (`VAGUE`)."""
    if match["tens"]:
        tens = 10 if match["tens"].lower() == "tens" else 100
        unit = _VAGUE_UNITS[match["of"].lower().rstrip("s")] * tens
    else:
        unit = _VAGUE_UNITS[(match["unit"] or match["many"]).lower().rstrip("s")]
    about = _noun_after(sentence, match.end(), "")
    kind = "money" if about == "money" else "count"  # "hundreds of thousands of dollars"
    return Figure(kind, about, unit * _VAGUE_FACTOR[0], match.group(), *match.span(), VAGUE)


def vague_range(figure: Figure) -> tuple[float, float] | None:
    """The range a count given by its order only stands for (`VAGUE`); None for any other figure."""
    if figure.qualifier != VAGUE:
        return None
    low = float(figure.value)
    return low, low / _VAGUE_FACTOR[0] * _VAGUE_FACTOR[1]


def _with_difference(sentence: str, figure: Figure) -> Figure:
    """The figure, marked when it states a difference: a margin or a change."""
    lead = sentence[max(0, figure.start - _DIFFERENCE_REACH) : figure.start]
    qualified = _QUALIFIED.search(lead)
    if qualified:  # "won by more than 6,500 votes": look before the qualifier
        lead = lead[: qualified.start()]
    by = (
        _BY_BEFORE.search(lead) is not None
        and _AGENT_BEFORE.search(lead) is None
        and not (counts_people(figure.about) and _CHANGED_BY.search(lead) is None)  # "signed by 1,850 people"
    )
    margin = _MARGIN_BEFORE.search(lead) is not None or _MARGIN_AFTER.match(sentence, figure.end) is not None
    # "cancelled another 230 flights": a count of what was added (a share "fell a further 3%" is read
    # as a level, as "fell 14%" is)
    more = figure.kind == "count" and _MORE_BEFORE.search(lead) is not None
    return dataclasses.replace(figure, difference=True) if by or margin or more else figure


def _clock_mark(runs: set[str], lowered: str) -> bool:
    """Whether ASCII text lower-cased (and its word runs) holds a clock time's mark: "a.m." ("a",
    "m"), "3 pm", "3am", "o'clock", "4.20 in the morning"."""
    if "m" in runs or "clock" in runs or "am" in runs or "pm" in runs or not _DAY_PARTS.isdisjoint(runs):
        return True
    return ("am" in lowered or "pm" in lowered) and _GLUED_CLOCK.search(lowered) is not None


def _tally(match: re.Match[str]) -> Figure:
    """A vote or a score: its two numbers, larger first ("voted 7-2", "a two-to-seven vote": 7-2)."""
    sides = [_tally_side(side) for side in (match["a"], match["b"])]
    high, low = max(sides), min(sides)
    return Figure("tally", "tally", f"{high:g}-{low:g}", match.group(), *match.span())


def _tally_side(side: str) -> float:
    """One side of a tally: "7", "1.5", "6½", "½" or a word ("two")."""
    if side == "½":
        return 0.5
    if side[0].isdigit():
        return float(side.replace("½", ".5"))
    return _lookup(_UNIT_VALUES, side)


def _time(sentence: str, match: re.Match[str]) -> Figure:
    """A time of day, its value on a 12-hour clock with the half of the day when the text says it."""
    if match["word"]:
        word = match["word"].lower()
        value = "12:00am" if word == "midnight" else "12:00pm"
    else:
        hour = int(match["h"] or match["h24"] or match["hc"] or match["hd"])
        minute = int(match["m"] or match["m24"] or match["md"] or 0)
        half = (match["half"] or "").lower().replace(".", "")
        if match["hd"]:  # "in the morning": am; "in the evening", "at night" (from six): pm
            part = (match["part"] or "night").lower()
            half = "am" if part == "morning" or (part == "night" and hour < _NIGHT_FROM) else "pm"
        if match["h24"] and (hour == 0 or hour > 12 or match["h24"].startswith("0")):
            half = "am" if hour < 12 else "pm"
        value = f"{(hour - 1) % 12 + 1}:{minute:02d}{half}"
    return _qualified(sentence, match, "time", "time", value, timed=True)


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_NIGHT_FROM = 6  # "at night" is pm from six o'clock ("11 at night"), am before it ("2 at night")
_NAMED_HOURS = frozenset({"midnight", "noon", "midday"})  # twelve o'clock, by its half of the day


def _clock_phrase(sentence: str, match: re.Match[str]) -> Figure:
    """A time of day in words, on a 12-hour clock with the half of the day when the text says it
    ("a quarter to eight": 7:45; "12 minutes past five in the morning": 5:12am)."""
    minutes = (
        15 if match["quarter"] else 30 if match["half"] else int(_whole(match["minutes"] or match["bare"]))
    )
    named = match["hour"].lower()
    hour = 12 if named in _NAMED_HOURS else int(_whole(named))
    before = (match["side"] or match["qside"] or "").lower() in {"to", "before"}
    if before:
        minutes, hour = 60 - minutes, (hour - 2) % 12 + 1
    part = (match["part"] or match["night"] or "").lower()
    half = "am" if part == "morning" else "pm" if part else ""
    if named in _NAMED_HOURS:  # "eight minutes before midnight": 11:52pm; "a quarter past noon": 12:15pm
        half = "pm" if (named == "midnight") == before else "am"
    return _qualified(sentence, match, "time", "time", f"{hour}:{minutes:02d}{half}", timed=True)


def _several_units(sentence: str, match: re.Match[str]) -> Figure:
    """A duration given in hours, minutes and seconds, as one count of its smallest unit ("1 hour 50
    minutes": 110 minutes; "2 hours, 5 minutes and 38 seconds": 7,538 seconds)."""
    hours = _whole(match["h"]) if match["h"] else 0.0
    minutes = _whole(match["m"] or match["m2"])
    seconds = _whole(match["s"] or match["s2"]) if (match["s"] or match["s2"]) else None
    total = hours * 60 + minutes
    about, value = ("minute", total) if seconds is None else ("second", total * 60 + seconds)
    return _qualified(sentence, match, "count", about, value)


def _qualified(
    sentence: str, match: re.Match[str], kind: str, about: str, value: float | str, timed: bool = False
) -> Figure:
    """The figure a match writes, with the qualifier before it ("about 6:10 a.m."; of a time of day
    also "just before 4 p.m.")."""
    qualifier = _qualifier_before(sentence, match.start())
    if timed and not qualifier:
        beside = _BESIDE_TIME.search(sentence, max(0, match.start() - _QUALIFIER_REACH), match.start())
        qualifier = beside["qual"] if beside else ""
    text = _squash(f"{qualifier} {match.group()}")
    return Figure(kind, about, value, text, *match.span(), _qualifier_read(qualifier))


def _and_a_half(match: re.Match[str]) -> Figure:
    """A duration or a measure with a half, in its unit: "an hour and a half" is 1.5 hours, "half a
    day" 0.5 days, "half a kilometre" 0.5 km; or another part of one ("a quarter of a mile": 0.25
    miles); "a fortnight" is two weeks."""
    if match["fortnight"]:
        return Figure("count", "week", 2.0, match.group(), *match.span())
    if match["part"]:
        part = _PARTS[re.sub(r"[\s-]+", " ", match["part"].lower())]
        return Figure("count", counted_noun(match["of"]), part, match.group(), *match.span())
    if match["half"]:
        return Figure("count", counted_noun(match["half"]), 0.5, match.group(), *match.span())
    value = _whole(match["n"]) + 0.5
    return Figure("count", counted_noun(match["unit"]), value, match.group(), *match.span())


def _whole_and_a_half(sentence: str, match: re.Match[str]) -> Figure:
    """A whole and a half, times its scale, counting what follows or a sum: "two and a half hours"
    is 2.5 hours, "six and a half thousand people" 6,500 people."""
    value = _whole(match["n"]) + 0.5
    return _scaled(sentence, match, value * (_lookup(_SCALE, match["scale"]) if match["scale"] else 1))


def _whole(written: str) -> float:
    """The whole before "and a half": "a" or "an" (1), a number word under a hundred ("thirty-eight")
    or digits."""
    word = written.lower()
    return 1.0 if word in ("a", "an") else float(word) if word.isdigit() else float(text2num(word, "en"))


def _share(sentence: str, match: re.Match[str]) -> Figure:
    share = match["share"] or match["half"] or match["hyphened"]
    words = share.lower().replace("-", " ").split()
    value = (
        100
        / _lookup(_DENOMINATORS, words[-1].removesuffix("s"))
        * (1 if words[0] in ("half", "a", "one") else text2num(words[0], "en"))
    )
    qualifier = _qualifier_before(sentence, match.start())
    text = _squash(f"{qualifier} {share}")
    return Figure("percent", "percent", round(value, 2), text, *match.span(), _qualifier_read(qualifier))


def _fraction_of_scale(sentence: str, match: re.Match[str]) -> Figure:
    fraction = _lookup(_FRACTION_OF, _squash(match["frac"]))
    return _scaled(sentence, match, fraction * _lookup(_SCALE, match["scale"]))


def _scaled(sentence: str, match: re.Match[str], value: float) -> Figure:
    """A value written with words of its scale ("half a million", "six and a half thousand"): a sum
    when a currency word follows, else a count of what follows."""
    qualifier = _qualifier_before(sentence, match.start())
    text = _squash(f"{qualifier} {match.group()}")
    span = (match.start(), match.end(), _qualifier_read(qualifier))
    if match["curword"]:
        return Figure("money", "money", value, text, *span)
    return Figure("count", _noun_after(sentence, match.end(), ""), value, text, *span)


def _wholes_after_in(sentence: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """Each " in " followed by a number (the whole of a share: "one in five"), found by a plain
    search for " in " in ASCII text (other text may space it otherwise: "in\u00a0five"), as most
    sentences have one and few a share."""
    if lowered is None:
        yield from _IN_WHOLE.finditer(sentence)
        return
    at = lowered.find(" in ")
    while at >= 0:
        if (found := _IN_WHOLE.match(sentence, at)) is not None:
            yield found
        at = lowered.find(" in ", at + 3)


def _share_in(sentence: str, part_written: str, match: re.Match[str]) -> float | None:
    """A share written as "one in five": 20 (a percentage); None for a part larger than its whole,
    or a whole that is a measure ("2 in 3 minutes")."""
    after = NEXT_WORD.match(sentence, match.end())
    if after and measure(counted_noun(after[1])) is not None:
        return None
    part, whole = (_SMALL.get(n.lower()) or float(n) for n in (part_written, match["whole"]))
    return round(100 * part / whole, 2) if 0 < part < whole else None


def _dozen(sentence: str, match: re.Match[str]) -> Figure:
    """A dozen of a thing: "a dozen buses" is 12 buses, "half a dozen" 6."""
    qualifier = _qualifier_before(sentence, match.start())
    text = _squash(f"{qualifier} {match.group()}")
    value = _DOZEN / 2 if match["half"] else _DOZEN
    about = _noun_after(sentence, match.end(), "")
    return Figure("count", about, value, text, match.start(), match.end(), _qualifier_read(qualifier))


def _qualifier_before(sentence: str, start: int) -> str:
    """The qualifier written just before a figure ("at least", "about"), as written, or ""."""
    qualified = _QUALIFIED.search(sentence, max(0, start - _QUALIFIER_REACH), start)
    return qualified["qual"] if qualified else ""


def _number(match: re.Match[str]) -> float | None:
    if match["num"]:
        return float(match["num"].replace(",", ""))
    words = " ".join(match["words"].lower().replace("-", " ").split())
    if words == "a":  # "a million"
        return 1.0
    if words.startswith("a "):  # "a thousand"
        words = "one " + words[2:]
    try:
        return float(text2num(words, "en"))
    except ValueError:  # a run text2num does not read as one number ("one two")
        return None


def _date_value(match: re.Match[str]) -> str:
    """`MM-DD`, or `YYYY-MM` for a month and year, comparable across ways of writing a date."""
    if match["y4"]:
        return f"{match['m4']}-{match['d4']}"
    month = next(match[g] for g in ("m1", "m2", "m3") if match[g])
    number = _month_number(month)
    if match["m3"]:
        return f"{match['y3']}-{number:02d}"
    return f"{number:02d}-{int(match['d1'] or match['d2']):02d}"


def _month_number(month: str) -> int:
    """A month's number (1-12) from its name or abbreviation ("Sept", "January")."""
    return next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(month.lower()[:3]))


def _month_end(match: re.Match[str]) -> str:
    """`MM-DD` of the last day of the month "end of <month>" names (of February, the 28th)."""
    number = _month_number(match["m"])
    return f"{number:02d}-{calendar.monthrange(_NO_LEAP_YEAR, number)[1]:02d}"


_POWERS = frozenset({"square", "cubic"})  # a length unit after one of these measures an area or a volume


_COORDINATING = frozenset({"and", "or"})  # modifiers of one noun joined ("unsuccessful and waiting-list")


def _noun_after(sentence: str, end: int, default: str) -> str:
    """The counted noun after a number: a unit written on it ("30cm"), else the first plural among
    the lower-case words that follow.

    Capitalised modifiers are skipped ("North Korean troops"), and so are words before
    the plural ("480 new teachers" counts teachers, "42 container ships" ships).
    """
    attached = _ATTACHED_UNIT.match(sentence, end)
    if attached and measure(counted_noun(attached[1])) is not None:
        return counted_noun(attached[1])  # "30cm", "5km", "20kg": a unit written on the number
    data = _DATA_UNIT.match(sentence, end)
    if data:
        return counted_noun(data[1])  # "1.2 TB of files": terabytes
    power = _POWER_UNIT.match(sentence, end)
    if power:
        return counted_noun(power[1])  # "1.15GW", "680 MW": megawatts
    area = _SHORT_AREA.match(sentence, end)
    if area:
        return "square " + _SQUARED[(area[1] or area[2]).lower()]  # "92,000 sq ft": square feet
    found = NOUN_AFTER.match(sentence, end)
    word, at = (found[2], found.end()) if found else ("", end)
    unit, _, rest = word.partition("-")
    if rest and not rest.startswith("old") and measure(counted_noun(unit)) is not None:
        return counted_noun(unit)  # "a 22-metre-deep crevasse": metres (not "a 4-year-old": an age)
    if word == "more":  # "24 more counselors": the counselors (not "rose 10 more than expected")
        following = NEXT_WORD.match(sentence, at)
        if following and is_plural(following[1]):
            word, at = following[1], following.end()
    if word and PARTICIPLE.fullmatch(word):  # "three masked thieves": a participle before its noun
        # ("three veiled stilt chicks": the noun may follow a modifier of its own)
        scan = at
        for _ in range(PHRASE_WORDS - 1):
            following = NEXT_WORD.match(sentence, scan)
            if following is None or not noun_like(following[1]):
                break  # ("the 14 reported in this week's paper": no noun of its own)
            scan = following.end()
            if is_plural(following[1]):
                word, at = following[1], scan
                break
    if not word or not noun_like(word):
        return default
    phrase = [word]
    hyphenated = sentence[end : end + 1] == "-"  # "a four-year contract": the unit is what counts
    for _ in range(0 if hyphenated else PHRASE_WORDS - 1):
        more = NEXT_WORD.match(sentence, at)
        if more and more[1] in _COORDINATING and not any(is_plural(w) for w in phrase):
            more = NEXT_WORD.match(sentence, more.end())  # "2,130 unsuccessful and waiting-list applicants"
        if not more or not noun_like(more[1]):
            break
        phrase.append(more[1])
        at = more.end()
    # The first plural is the counted noun ("new teachers", "teachers ahead of"); else the first word.
    at_noun = next((i for i, w in enumerate(phrase) if is_plural(w)), 0)
    noun = counted_noun(phrase[at_noun])
    if phrase[at_noun].lower() in _POWERS and at_noun + 1 < len(phrase):
        noun = counted_noun(phrase[at_noun + 1])  # "12 square metre rooms": the unit is "square metre"
        at_noun += 1
    if at_noun > 0 and phrase[at_noun - 1].lower() == "nautical" and noun == "mile":
        return "nautical mile"  # "18 nautical miles": 1,852 metres each
    if at_noun > 0 and phrase[at_noun - 1].lower() == "metric" and noun == "ton":
        return "tonne"  # "1,450 metric tons": a tonne each, not a short ton
    if at_noun > 0 and phrase[at_noun - 1].lower() in _POWERS and measure(noun) == "length":
        return f"{phrase[at_noun - 1].lower()} {noun}"  # "1.5 cubic metres", "40 square miles": no length
    return noun


def _counts_many(sentence: str, end: int) -> bool:
    """Whether the words after a number name many things or a unit ("1800 teachers", "1900 km"); a
    year stands before a thing in the singular ("the earlier 2019 fire", "a 2019 blaze")."""
    found = NOUN_AFTER.match(sentence, end)
    if found is None:
        return True
    words = [found[2], *noun_words(sentence, found.end(), PHRASE_WORDS - 1)]
    return any(is_plural(w) or measure(counted_noun(w)) is not None for w in words)


def _looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


# Just before or after a time of day ("shortly before 4 p.m."), read as "just before" / "just after".
_BESIDE_TIME = re.compile(r"\b(?P<qual>(?:just|shortly|soon|right)\s+(?:before|after))\s+$", re.I)


def _qualifier_read(qualifier: str) -> str:
    """A qualifier as a figure keeps it: lower-case, one space apart, in its usual words."""
    read = _squash(qualifier).lower()
    return _SAME_QUALIFIER.get(read, read)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _lookup(table: dict[str, float], word: str) -> float:
    """A table's value for a word its pattern matched without regard to case: re's IGNORECASE also
    lets a dotless "ı" or a long "ſ" match "i" or "s", which lower() does not turn back."""
    found = table.get(word.lower())
    if found is None:
        found = next(v for k, v in table.items() if re.fullmatch(re.escape(k), word, re.IGNORECASE))
    return found
