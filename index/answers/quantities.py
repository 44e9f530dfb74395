"""Quantities: what a figure states and how two figures compare.

A `Figure` is one value a sentence gives (`figures.figures` reads them). Two figures state the same
value when they are equal, or one is a rounding or a bound of the other at its precision
(`consistent`: "about 4,800" covers 4,812; "more than 40" covers 42), in any unit of what they
measure (`MEASURES`: "1.2 km" and "1,200 metres"; `in_units_of`). `written_forms` gives the ways
news writes a figure ("three" and "3", "2.35" tonnes for "2,350 kilograms", "3.40am" for "3:40am"),
by which sentences that may give it are looked up.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "APPROXIMATE",
    "AREA_UNITS",
    "CHANGE_WORDS",
    "DECADE",
    "DEGREES",
    "LENGTH_UNITS",
    "MASS_UNITS",
    "MEASURES",
    "MONTH_DAY",
    "SPEED_UNITS",
    "SPEED_UNIT_NAMES",
    "SPELLED_UNDER_TWENTY",
    "STATED_BY",
    "TEMPERATURE_UNITS",
    "TIME_UNITS",
    "UNANIMOUS",
    "UNIT_NAMES",
    "VAGUE",
    "WHEN_KINDS",
    "YEAR_MONTH",
    "Figure",
    "consistent",
    "currency",
    "currency_named",
    "in_units_of",
    "measure",
    "rounded_forms",
    "same_measure",
    "written_forms",
    "year_written",
]

TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})  # what a duration counts
WHEN_KINDS = frozenset({"date", "time", "year", "weekday"})  # figures that say when
# The values a date is given by: a day of a month ("11-12"), or a month of a year ("2024-11").
MONTH_DAY = re.compile(r"\d\d-\d\d")
YEAR_MONTH = re.compile(r"\d{4}-\d\d")
# Qualifiers that round a value ("about 4,800" is 4,812 rounded) and bounds ("more than 40" is 42).
APPROXIMATE = frozenset(
    {
        "about",
        "around",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "some",
        "an estimated",
        "estimated",
        "close to",
    }
)
# The kinds of figure a statement to check can assert, each with the kinds that can bear its value
# out or deny it: its own, and for a year a date in it ("until 2031" / "to June 2031");
# `consistent` compares them.
STATED_BY = {
    kind: frozenset({kind})
    for kind in ("count", "percent", "points", "money", "date", "time", "tally", "rank", "address")
} | {"year": frozenset({"year", "date"}), "weekday": frozenset({"weekday"})}
# Each unit of measure: what it measures and its size in that measure's base unit (days, metres,
# kilograms), to compare a figure given in one unit with one given in another.
MEASURES: dict[str, tuple[str, float]] = {
    "second": ("time", 1 / 86400),
    "minute": ("time", 1 / 1440),
    "hour": ("time", 1 / 24),
    "day": ("time", 1.0),
    "week": ("time", 7.0),
    "month": ("time", 30.44),
    "year": ("time", 365.25),
    "decade": ("time", 3652.5),
    "kilometre": ("length", 1000.0),
    "metre": ("length", 1.0),
    "centimetre": ("length", 0.01),
    "millimetre": ("length", 0.001),
    "mile": ("length", 1609.344),
    "nautical mile": ("length", 1852.0),
    "yard": ("length", 0.9144),
    "foot": ("length", 0.3048),
    "inch": ("length", 0.0254),
    "light-year": ("length", 9.4607304725808e15),  # the distances of astronomy ("112 light-years")
    "parsec": ("length", 3.0856775814913673e16),
    "kilogram": ("mass", 1.0),
    "gram": ("mass", 0.001),
    "tonne": ("mass", 1000.0),
    "pound": ("mass", 0.45359237),
    "ounce": ("mass", 0.028349523),
    # amounts of data, in the decimal units news gives them ("1.2 terabytes", "1.2 TB")
    "byte": ("data", 1.0),
    "kilobyte": ("data", 1e3),
    "megabyte": ("data", 1e6),
    "gigabyte": ("data", 1e9),
    "terabyte": ("data", 1e12),
    "petabyte": ("data", 1e15),
    # areas, as counted nouns read them ("a 14,000-square-foot store", "48 hectares")
    **{
        form: ("area", size)
        for unit, size in (
            ("square metre", 1.0),
            ("square foot", 0.09290304),
            ("square kilometre", 1e6),
            ("square mile", 2589988.110336),
        )
        for form in (unit, unit.replace(" ", "-"))
    },
    # power, as news gives a plant's or a grid's ("a 1,150-megawatt reactor", "1.15GW", "560 kW")
    "watt": ("power", 1.0),
    "kilowatt": ("power", 1e3),
    "megawatt": ("power", 1e6),
    "gigawatt": ("power", 1e9),
    "hectare": ("area", 1e4),
    "acre": ("area", 4046.8564224),
    "mph": ("speed", 0.44704),  # metres a second
    "km/h": ("speed", 1 / 3.6),
    "km/s": ("speed", 1000.0),
    "m/s": ("speed", 1.0),
    "knot": ("speed", 1852 / 3600),
    "celsius": ("temperature", 1.0),
    "fahrenheit": ("temperature", 5 / 9),
    "kelvin": ("temperature", 1.0),
}
# A unit whose zero is not its measure's: a value in its base unit is (value - zero) x size
# (32 degrees Fahrenheit is 0 degrees Celsius).
_ZEROS = {"fahrenheit": 32.0, "kelvin": 273.15}
# Two temperatures converted from one another meet within this many degrees (news rounds a
# conversion to whole degrees: "31C" for 88F, 31.1C); a share of the value means nothing for them.
_TEMPERATURE_SLACK = 0.5
MASS_UNITS = frozenset(unit for unit, (what, _) in MEASURES.items() if what == "mass")  # a weight's
LENGTH_UNITS = frozenset(unit for unit, (what, _) in MEASURES.items() if what == "length")  # a distance's
AREA_UNITS = frozenset(unit for unit, (what, _) in MEASURES.items() if what == "area")  # a floor's, a site's
TEMPERATURE_UNITS = frozenset(unit for unit, (what, _) in MEASURES.items() if what == "temperature")
DEGREES = "degree"  # a temperature without its scale ("The old record of 42.6 degrees"): either one
# The units of speed, by the names news gives them ("71 mph", "52 km/h", "40 knots").
SPEED_UNIT_NAMES = {"mph": "mph", "kph": "km/h", "kmh": "km/h", "km/s": "km/s", "m/s": "m/s", "knot": "knot"}
SPEED_UNITS = frozenset(SPEED_UNIT_NAMES.values())  # what a speed counts
# Units written short or irregular, as a counted noun reads them ("94mm", "10 ft", "kilometers").
UNIT_NAMES = {
    "feet": "foot",
    "ft": "foot",
    "km": "kilometre",
    "kilometer": "kilometre",
    "meter": "metre",
    "centimeter": "centimetre",
    "cm": "centimetre",
    "mm": "millimetre",
    "millimeter": "millimetre",
    "kg": "kilogram",
    "lb": "pound",
    "lbs": "pound",
    "mi": "mile",
    "kb": "kilobyte",
    "mb": "megabyte",
    "gb": "gigabyte",
    "tb": "terabyte",
    "pb": "petabyte",
    "kw": "kilowatt",
    "mw": "megawatt",
    "gw": "gigawatt",
    "ha": "hectare",
}
# A unit's short names, as news glues them to a number ("94mm", "10km"): a sentence writes the
# figure in one term.
_SHORT_UNITS: dict[str, tuple[str, ...]] = {}
for _short, _unit in UNIT_NAMES.items():
    if len(_short) <= 3 and _unit in MEASURES:
        _SHORT_UNITS[_unit] = (*_SHORT_UNITS.get(_unit, ()), _short)
# ... and "m" for metres ("67m long"), which is no unit name, as a glued "m" is millions as often
_SHORT_UNITS["metre"] = ("m",)
# The numbers under twenty in words, as news writes a count ("three" for 3).
SPELLED_UNDER_TWENTY = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_SPELLED = dict(enumerate(SPELLED_UNDER_TWENTY, 1))
_PRECISION_SHARE = 20  # a rounded figure is read to at most a twentieth of its value
_BELOW = frozenset(
    {
        "nearly",
        "almost",
        "fewer than",
        "less than",
        "under",
        "just under",
        "up to",
        "at most",
        "as many as",
        "as much as",
    }
)
_ABOVE = frozenset({"more than", "over", "just over", "at least"})
# A number given only by its order ("a few hundred people", "hundreds of residents", "tens of
# thousands of fans", "dozens of crews"): read as the range from two to ten of its unit, with the
# qualifier VAGUE. It bears out or denies a statement ("Only a few hundred turned out" against
# "3,000"), but it does not state a value in its range, nor is it a value the sources dispute.
VAGUE = "some number of"
# The verbs of a change in a figure ("rose by 5%", "cut 200 jobs").
CHANGE_WORDS = (
    r"rise|rose|risen|fall|fell|fallen|drop|dropped|climb|climbed|jump|jumped|gain|gained|grow|grew|"
    r"increase|increased|decrease|decreased|decline|declined|slide|slid|sink|sank|surge|surged|plunge|plunged|"
    r"raise|raises|raised|lift|lifts|lifted|hike|hikes|hiked|cut|cuts|boost|boosts|boosted"
)
UNANIMOUS = "unanimous"  # a tally's value with no side against ("voted unanimously"): any "N-0"
DECADE = "the decade of"  # a year written as its decade ("the 1930s"): any year of it
# A converted measure this near a value of two decimals is that value: a month is 30.44 days, so
# 18 months are 1.50007 years.
_NEAR_EXACT = 1e-3
# Two exact measures in different units are one value within this share of it: a conversion is
# rounded as news writes it ("5 miles (8 km)": 8.05; "100 feet (30 metres)": 30.48). (0.01 and 0.02
# measured alike on 30 sets; 0.05 cost fresh24 a dispute: RESULTS.md.)
_CONVERTED_SLACK = 0.02
_WEEKS_A_MONTH = 4  # as news counts a month in weeks ("eight weeks" for "two months")
_MONTH_AND_WEEK = frozenset({"month", "week"})
_WRITTEN_UNDER = 1e5  # a measure converted to this much or more is not how news writes it (1.1m metres)
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")  # the year a date's text writes
_CLOCK_VALUE = re.compile(r"(?P<h>\d{1,2}):(?P<m>\d\d)(?P<half>am|pm|)")

_CURRENCY = re.compile(
    r"(?P<dollar>\$|\bdollars?\b|\busd\b)|(?P<euro>€|\beuros?\b|\beur\b)"
    r"|(?P<pound>£|\bpounds?\b|\bsterling\b|\bgbp\b)|(?P<yen>¥|\byen\b)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: what kind, what it counts, its value and the words that state it."""

    kind: str  # "count", "percent", "points", "money", "date", "year", "time", "tally", "weekday", "rank"
    # or "address"
    # the counted noun ("troops"; empty when none follows: "rose to 22"), the day a weekday falls
    # on ("2026-11-10"; a statement's own: "weekday"), or the kind
    about: str
    value: float | str  # a number (a year too), a normalised date ("08-12"), time ("3:40am") or tally ("7-2")
    text: str  # as written, with its qualifier ("at least 10,000")
    start: int = 0  # character offsets of the number in the sentence
    end: int = 0
    qualifier: str = ""  # "at least", "about", ... lower-case, or empty
    difference: bool = False  # a margin or a change ("won by 6,536 votes", "a 5,200-vote lead")
    whole: bool = False  # the whole a part is given of ("eleven of the 14 counts": 14)


def consistent(a: Figure, b: Figure) -> bool:
    """Whether two figures can state the same value: equal, or one a rounding or bound of the other
    (a year of a month and year: "in 2031" of "June 2031").

    A qualified value is read at its own precision, the place of its last non-zero digit (at
    most a twentieth of it): "about 4,800" covers 4,750-4,850 and so 4,812; "more than 40" covers
    up to 42; "more than 9,500" does not cover 12,000, nor "about 60 million" 62 million. A bound
    and a rounding state the same value when what they cover overlaps ("more than two thousand",
    2,000-2,100, and "around 2,100", 2,050-2,150); two different roundings, two different bounds or
    two different exact values are never the same, but for a whole count or percentage written for
    one with a fraction (`_whole_of`: "every 19 days" and "19.3 days").
    """
    if {a.kind, b.kind} == {"year", "date"}:  # "in 2031" and "June 2031"
        year, date = (a, b) if a.kind == "year" else (b, a)
        return str(date.value).startswith(f"{int(float(year.value))}-")
    if a.kind != b.kind:
        return False
    if a.kind == "date" and (_in_month(a, b) or _in_month(b, a)):  # "Nov. 12, 2024" in "November 2024"
        return True
    if a.kind == "address":  # the same number on the same street
        return a.about == b.about and a.value == b.value
    if a.kind == "year" and DECADE in (a.qualifier, b.qualifier):  # "the 1930s" holds 1932
        decade, year = (a, b) if a.qualifier == DECADE else (b, a)
        start = float(decade.value)
        return start <= float(year.value) < start + 10 and (year.qualifier != DECADE or year.value == start)
    if a.kind == b.kind == "count" and DEGREES in (a.about, b.about) and a.about != b.about:
        bare, scaled = (a, b) if a.about == DEGREES else (b, a)  # "42.6 degrees" and "108.7°F"
        return measure(scaled.about) == "temperature" and any(
            consistent(dataclasses.replace(bare, about=unit), scaled) for unit in TEMPERATURE_UNITS
        )
    if a.kind == "count" and a.about != b.about and same_measure(a.about, (b.about,)):
        if b.qualifier and not a.qualifier:  # read in the unit of the one whose rounding is written
            a, b = b, a
        if not (a.qualifier or b.qualifier):  # news converts at its own rounding: "5 miles (8 km)"
            return _converted_alike(a, b) or _converted_alike(b, a)
        b = in_units_of(b, a.about)  # "roughly 700 miles" and "1,120 km"
        if a.qualifier and b.qualifier and VAGUE not in (a.qualifier, b.qualifier):
            (low, high), (other_low, other_high) = _covered(a), _covered(b)  # "about 60 m", "nearly 200 feet"
            return low <= other_high and other_low <= high
    if a.value == b.value:
        return True
    if a.kind == "tally" and UNANIMOUS in (a.value, b.value):  # "unanimously" and "7-0"
        other = str(b.value if a.value == UNANIMOUS else a.value)
        return other.endswith("-0")
    if a.kind == "time":  # "3:00" is "3:00am" or "3:00pm"; "just before 4 p.m." holds 3:50 p.m.
        return _same_time(a, b)
    if _whole_of(a, b) or _whole_of(b, a):  # "every 19 days" and "19.3 days"
        return True
    if isinstance(a.value, str) or isinstance(b.value, str) or not (a.qualifier or b.qualifier):
        return False
    if VAGUE in (a.qualifier, b.qualifier):
        return False  # "dozens of ships" does not say 42 ships (a verdict reads its range: `vague_range`)
    # A bound and a rounding that meet ("more than two thousand", "around 2,100").
    if a.qualifier and b.qualifier:
        rounded, bound = (a, b) if a.qualifier in APPROXIMATE else (b, a)
        if bound.qualifier in APPROXIMATE or rounded.qualifier not in APPROXIMATE:
            return False  # two roundings, or two bounds, of different values
        low, high = _covered(rounded)
        bound_low, bound_high = _covered(bound)
        return low < bound_high and bound_low < high
    bound, exact = (a, b) if a.qualifier else (b, a)
    low, high = _covered(bound)
    return low <= float(exact.value) <= high


# The minutes a qualified time of day covers, before and after it: "about 4 p.m." is 3:50 to 4:10,
# "just before 4 p.m." 3:45 to 4:00. (Sources giving "about 6:15" and "6:40" disagree.)
_ABOUT_MINUTES = 10
_BESIDE_MINUTES = 15
_TIME_WINDOWS = {
    **dict.fromkeys(("about", "around", "approximately", "roughly"), (_ABOUT_MINUTES, _ABOUT_MINUTES)),
    **dict.fromkeys(("nearly", "almost", "just before"), (_BESIDE_MINUTES, 0)),
    "just after": (0, _BESIDE_MINUTES),
}
_HALF_DAY = 12 * 60


def _same_time(a: Figure, b: Figure) -> bool:
    """Whether two times of day can be one time: the same clock time, the half of the day said by one
    or both; or, qualified, when the minutes they cover meet (`_TIME_WINDOWS`: "about 7:40" and
    "shortly before 8 a.m.", but not "about 6:15" and "about 6:40")."""
    clock_a, clock_b = _CLOCK_VALUE.fullmatch(str(a.value)), _CLOCK_VALUE.fullmatch(str(b.value))
    if clock_a is None or clock_b is None:
        return False
    halves_said = bool(clock_a["half"] and clock_b["half"])
    if a.qualifier not in _TIME_WINDOWS and b.qualifier not in _TIME_WINDOWS:
        return clock_a.group().rstrip("apm") == clock_b.group().rstrip("apm") and not halves_said
    (low_a, high_a), (low_b, high_b) = _covered_minutes(a, clock_a), _covered_minutes(b, clock_b)
    shifts = (0,) if halves_said else (0, _HALF_DAY, -_HALF_DAY)
    return any(low_a <= high_b + shift and low_b + shift <= high_a for shift in shifts)


def _covered_minutes(figure: Figure, clock: re.Match[str]) -> tuple[int, int]:
    """The minutes of the day a time covers (of a 12-hour clock's morning when it says no half)."""
    at = int(clock["h"]) % 12 * 60 + int(clock["m"]) + (_HALF_DAY if clock["half"] == "pm" else 0)
    before, after = _TIME_WINDOWS.get(figure.qualifier, (0, 0))
    return at - before, at + after


def _in_month(day: Figure, month: Figure) -> bool:
    """Whether a day of a month (`MM-DD`) falls in a month of a year (`YYYY-MM`)."""
    days, months = str(day.value), str(month.value)
    return bool(MONTH_DAY.fullmatch(days) and YEAR_MONTH.fullmatch(months)) and days[:2] == months[5:]


def _converted_alike(a: Figure, b: Figure) -> bool:
    """Whether an unqualified measure `b`, given in `a`'s unit, is `a` as news converts it: within
    half the place of `a`'s last digit, at most a twentieth of it ("a 14-mile road" is 22.5 km, the
    "23-kilometre stretch"), or within `_CONVERTED_SLACK` of it (a temperature: `_TEMPERATURE_SLACK`)."""
    value, other = float(a.value), float(in_units_of(b, a.about).value)
    if measure(a.about) == "temperature":
        return abs(value - other) <= _TEMPERATURE_SLACK
    if {a.about, b.about} == _MONTH_AND_WEEK:  # "within 12 weeks" is "within three months"
        months, weeks = (a, b) if a.about == "month" else (b, a)
        if _WEEKS_A_MONTH * float(months.value) == float(weeks.value):
            return True
    rounding = min(_precision(value) / 2, value / _PRECISION_SHARE)  # "2 hours" is not 90 minutes
    return abs(value - other) <= max(_CONVERTED_SLACK * max(value, 1e-9), rounding)


def _whole_of(whole: Figure, exact: Figure) -> bool:
    """Whether an unqualified whole number is an exact count or percentage with a fraction, written
    to the unit ("every 19 days" of "an orbital period of 19.3 days"; "turnout of 38%" of 38.4%). A
    sum ("$4" and "$4.50") is not: its fraction is a price of its own."""
    if whole.kind not in _ROUNDED_KINDS or exact.kind != whole.kind or whole.qualifier or exact.qualifier:
        return False
    if isinstance(whole.value, str) or isinstance(exact.value, str):
        return False
    value, other = float(whole.value), float(exact.value)
    return value.is_integer() and not other.is_integer() and abs(value - other) < 0.5


def currency(figure: Figure) -> str:
    """The currency a sum is written in ("dollar", "euro", "pound", "yen"), or "" when it names none:
    "97 million euros" and "about 91 million dollars" are two sums, not two values of one."""
    return currency_named(figure.text) if figure.kind == "money" else ""


def currency_named(text: str) -> str:
    """The first currency a text names ("dollar" of "in US dollars"), or ""."""
    found = _CURRENCY.search(text)
    return next((name for name, written in found.groupdict().items() if written), "") if found else ""


def year_written(figure: Figure) -> int:
    """The year a year or a date writes ("1911" of "November 3, 1911", "February 1987"); 0 for a
    date that writes none ("Oct. 18": its value keeps only the month and day)."""
    if figure.kind == "year" and isinstance(figure.value, float):
        return int(figure.value)
    if figure.kind != "date":
        return 0
    found = _WRITTEN_YEAR.search(figure.text)
    return int(found[0]) if found else 0


def _covered(figure: Figure) -> tuple[float, float]:
    """The values a qualified figure covers at its precision (`consistent`); none for another qualifier."""
    x = float(figure.value)
    step = _precision(x)
    if figure.qualifier in _ABOVE:
        return x, x + step
    if figure.qualifier in _BELOW:
        return x - step, x
    if figure.qualifier in APPROXIMATE:
        return x - step / 2, x + step / 2
    return math.inf, -math.inf


def _precision(value: float) -> float:
    """The place of a number's last non-zero digit, at most a twentieth of the number (1 for 1 to 10)."""
    magnitude = abs(value)
    if magnitude < 10 or magnitude != int(magnitude):
        return 1.0 if magnitude >= 1 else max(magnitude / 10, 1e-9)
    place = 1
    while int(magnitude) % (place * 10) == 0:
        place *= 10
    return float(min(place, magnitude / _PRECISION_SHARE))


def written_forms(figure: Figure) -> list[str]:
    """The ways a sentence may write a figure: as the figure itself; for a count under twenty, in
    digits and in words ("three" and "3"); for a measure, in each other unit of what it measures
    as news would write it ("2,350 kilograms": "2.35" tonnes; "90 minutes": "1.5" hours, "an hour
    and a half")."""
    forms = [figure.text]
    value = figure.value
    if figure.kind == "time" and isinstance(value, str):
        return list(dict.fromkeys([*forms, *_clock_forms(value)]))
    if figure.kind in ("money", "count") and isinstance(value, float):
        forms += _scaled_forms(value)
    if not (figure.kind == "count" and isinstance(value, float)):
        return list(dict.fromkeys(forms))
    if value.is_integer() and int(value) in _SPELLED:
        forms += [str(int(value)), _SPELLED[int(value)]]
    here = MEASURES.get(figure.about)
    if here is None:
        return list(dict.fromkeys(forms))
    forms += [f"{value:g}{short}" for short in _SHORT_UNITS.get(figure.about, ())]
    measured, _ = here
    for unit, (what, _size) in MEASURES.items():
        converted = _converted(value, figure.about, unit)
        written = f"{converted:.2f}".rstrip("0").rstrip(".")
        if what == measured and unit != figure.about and _plain(converted, written):
            forms.append(written)
            forms += [f"{written}{short}" for short in _SHORT_UNITS.get(unit, ())]
            if abs(converted - 1.5) < _NEAR_EXACT:  # "18 months": "a year and a half"
                forms.append(f"{unit} and a half")
        elif (
            what == measured and unit != figure.about and figure.qualifier and 1 <= converted < _WRITTEN_UNDER
        ):
            # a rounding converted as news rounds it: "about 9 cm", "roughly 3.5 inches"
            rounded = (_significant(converted, digits) for digits in (2, 3))
            forms += [r for r in rounded if len(r.replace(".", "")) > 1]
    return list(dict.fromkeys(forms))


_ROUNDED_KINDS = frozenset({"count", "percent"})  # kinds whose whole number may round a fraction
_ROUNDED_FROM = 100  # a smaller count is written exactly ("five", "42"), not rounded


def rounded_forms(figure: Figure) -> list[str]:
    """The ways a sentence may write an exact sum or count of a hundred or more as news rounds it, to
    two significant digits ("6,536": "6500", as in "more than 6,500"; "1,312,000": "1.3 million")."""
    value = figure.value
    if figure.qualifier or figure.kind not in ("money", "count") or not isinstance(value, float):
        return []
    if value < _ROUNDED_FROM:
        return []
    rounded = float(f"{value:.2g}")
    if rounded == value:
        return []
    return [_significant(rounded, 2), *_scaled_forms(rounded)]


def _significant(value: float, digits: int) -> str:
    """A value at so many significant digits, as written ("3.5", "1130")."""
    return f"{float(f'{value:.{digits}g}'):f}".rstrip("0").rstrip(".")


def _scaled_forms(value: float) -> list[str]:
    """A sum or count of millions or billions as news writes it, in words or glued to a short scale
    ("2.4 billion", "2.4bn"; "310 million", "310m", each one term or two as the analyzer reads it)."""
    for size, word, short in ((1e9, "billion", ("bn", "b")), (1e6, "million", ("m", "mn"))):
        if value >= size:
            amount = f"{value / size:.3f}".rstrip("0").rstrip(".")
            return [f"{amount} {word}", *(f"{amount}{s}" for s in short)]
    return []


def _clock_forms(value: str) -> list[str]:
    """The ways news writes a time of day ("3:40am"): "3:40", "3.40am", "3:40am"; on the hour also
    "3am" ("3 a.m." is written "3")."""
    clock = _CLOCK_VALUE.fullmatch(value)
    if clock is None:
        return []
    hour, minute, half = clock["h"], clock["m"], clock["half"]
    forms = [f"{hour}:{minute}", f"{hour}:{minute}{half}", f"{hour}.{minute}{half}"]
    if minute == "00":
        forms += [hour, f"{hour}{half}"]
    return forms


def _plain(value: float, written: str) -> bool:
    """A value as news writes a measure: of two decimals (within _NEAR_EXACT), in two to four digits
    ("2.35", "0.8", "1200"; not "5259600", nor "1")."""
    exact = abs(value * 100 - round(value * 100)) < _NEAR_EXACT * 100
    return exact and len(written) >= 2 and len(written.replace(".", "").lstrip("0")) <= 4


def measure(unit: str) -> str | None:
    """What a unit measures ("time", "length", "mass"), or None for a counted thing."""
    found = MEASURES.get(unit)
    return found[0] if found else None


def same_measure(unit: str, units: Iterable[str]) -> bool:
    """Whether a unit measures what one of `units` measures ("70 years" is "six decades" in other
    units)."""
    what = measure(unit)
    return what is not None and any(measure(u) == what for u in units)


def in_units_of(figure: Figure, unit: str) -> Figure:
    """A measure in another unit of what it measures ("nearly 70 years" in decades: 7; "800
    metres" in kilometres: 0.8), else the figure as it is."""
    here, there = MEASURES.get(figure.about), MEASURES.get(unit)
    if figure.about == unit or here is None or there is None or here[0] != there[0]:
        return figure
    if not isinstance(figure.value, float):
        return figure
    value = float(f"{_converted(figure.value, figure.about, unit):.4g}")  # 18 months: 1.5 years, not 1.50007
    return dataclasses.replace(figure, value=value, about=unit)


def _converted(value: float, unit: str, other: str) -> float:
    """A value in `unit` given in `other`, a unit of the same measure (`MEASURES`, `_ZEROS`)."""
    size, other_size = MEASURES[unit][1], MEASURES[other][1]
    return (value - _ZEROS.get(unit, 0.0)) * size / other_size + _ZEROS.get(other, 0.0)
