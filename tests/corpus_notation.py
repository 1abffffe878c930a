"""The value notation of the extraction corpora (docs/corpora.md), read into Intervals.

    25   2.5                     a number: the point interval [25, 25]
    (50, inf)   [0, 10)          an interval: brackets say whether an end is included
    2019-04-30  2019-05  2019    a date (kind date): one day, a whole month, a whole year
    [2019-04-29, 2019-05-05]     an interval of days (kind date); an end may be a month or a year
    72 hours   (3, inf) days     a duration: a number or an interval, then a unit (kept in seconds)
    282000000000 USD             money: a number or an interval, then an ISO 4217 code
    2                            an ordinal: a whole number from 1 up

Dates become proleptic Gregorian ordinals (date.toordinal()), as Mention values do.
Anything else raises ValueError naming the notation and the kind.
"""
from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime
from typing import NamedTuple

from checker import intervals
from checker.intervals import NON_NEGATIVE_KINDS
from checker.model import INF, KINDS, QUALIFIERS, Interval

# Seconds per duration unit, as the engine reads them; singular and plural name the same unit.
DURATION_SECONDS = intervals.DURATION_SECONDS

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?\Z")
_INTERVAL = re.compile(r"([\[(])\s*([^\s,\[\]()]+)\s*,\s*([^\s,\[\]()]+)\s*([\])])\Z")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")
_WITH_UNIT = re.compile(r"(\S.*?)\s+(\S+)\Z")
_CURRENCY = re.compile(r"[A-Z]{3}\Z")


class ExpectedValue(NamedTuple):
    """What a corpus value stands for: the interval, and the currency for money ('' otherwise)."""

    interval: Interval
    unit: str = ""


def parse_value(notation: object, kind: str) -> ExpectedValue:
    """Read a corpus value of the given mention kind: parse_value('(50, inf)', 'count')."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
    text = _as_text(notation)
    try:
        if kind == "date":
            return ExpectedValue(_date_value(text))
        if kind == "duration":
            amount, word = _split_unit(text)
            if _unit_name(word) not in DURATION_SECONDS:
                raise ValueError(f"unknown duration unit {word!r} (known: {', '.join(DURATION_SECONDS)})")
            interval = _quantity(amount, kind)
            factor = DURATION_SECONDS[_unit_name(word)]
            return ExpectedValue(_scale(interval, factor))
        if kind == "money":
            amount, currency = _split_unit(text)
            if not _CURRENCY.match(currency):
                raise ValueError(f"a currency is three capital letters (ISO 4217), not {currency!r}")
            return ExpectedValue(_quantity(amount, kind), currency)
        interval = _quantity(text, kind)
        if kind == "ordinal":
            _check_ordinal(interval)
        return ExpectedValue(interval)
    except ValueError as error:
        raise ValueError(f"{kind} value {text!r}: {error}") from None


def date_span(text: str) -> tuple[date, date]:
    """The first and last day of '2019-04-30', '2019-05' or '2019'."""
    match = _DATE.match(text)
    if not match:
        raise ValueError(f"a date is YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    year, month, day = (int(part) if part else None for part in match.groups())
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month} in {text!r}")
    if day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    try:
        one = date(year, month, day)
    except ValueError:
        raise ValueError(f"no such day {text!r}") from None
    return one, one


def _as_text(notation: object) -> str:
    """YAML may hand over an int, a float or a date when a value was left unquoted."""
    if isinstance(notation, bool) or notation is None:
        raise ValueError(f"a value is a number, an interval, a date or an amount, not {notation!r}")
    if isinstance(notation, datetime):
        raise ValueError(f"a date value has no time of day: {notation!r}")
    if isinstance(notation, date):
        return notation.isoformat()
    if isinstance(notation, int):
        return str(notation)
    if isinstance(notation, float):
        return repr(float(notation))
    if not isinstance(notation, str):
        raise ValueError(f"a value is written as text, not {type(notation).__name__}")
    text = notation.strip()
    if not text:
        raise ValueError("a value may not be empty")
    return text


def _split_unit(text: str) -> tuple[str, str]:
    match = _WITH_UNIT.match(text)
    if not match:
        raise ValueError(f"expected an amount and a unit separated by a space, as in '72 hours', got {text!r}")
    return match.group(1), match.group(2)


def _unit_name(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in DURATION_SECONDS else word


def _quantity(text: str, kind: str) -> Interval:
    """A number or a numeric interval, checked against the kind's floor."""
    if _NUMBER.match(text):
        interval = Interval(float(text), float(text))
    else:
        match = _INTERVAL.match(text)
        if not match:
            raise ValueError(f"expected a number such as 25 or an interval such as (50, inf), got {text!r}")
        left, low, high, right = match.groups()
        interval = _checked(Interval(_end(low), _end(high), left == "[", right == "]"))
    if kind in NON_NEGATIVE_KINDS and interval.low < 0:
        raise ValueError(f"a {kind} cannot be negative")
    return interval


def _end(text: str) -> float:
    if text in ("inf", "-inf"):
        return float(text)
    if not _NUMBER.match(text):
        raise ValueError(f"an interval end is a number, inf or -inf, not {text!r}")
    return float(text)


def _date_value(text: str) -> Interval:
    """One day, month or year, or an interval whose ends are dates or infinities."""
    match = _INTERVAL.match(text)
    if not match:
        first, last = date_span(text)
        return Interval(first.toordinal(), last.toordinal(), True, True, "date")
    left, low, high, right = match.groups()
    low_inclusive, high_inclusive = left == "[", right == "]"
    # An included end takes the outer day of its period, an excluded end the inner one:
    # "[2019-05, 2019-06]" is May 1 to June 30, "(2019, inf)" starts after December 31, 2019.
    low_value = _date_end(low, first=low_inclusive)
    high_value = _date_end(high, first=not high_inclusive)
    return _checked(Interval(low_value, high_value, low_inclusive, high_inclusive, "date"))


def _date_end(text: str, first: bool) -> float:
    if text in ("inf", "-inf"):
        return float(text)
    start, end = date_span(text)
    return float((start if first else end).toordinal())


def _checked(interval: Interval) -> Interval:
    if interval.low == INF or interval.high == -INF:
        raise ValueError("an interval runs from its low end to its high end")
    if (math.isinf(interval.low) and interval.low_inclusive) or (math.isinf(interval.high) and interval.high_inclusive):
        raise ValueError("an infinite end is always open: write (-inf or inf)")
    if interval.low > interval.high:
        raise ValueError("the low end is above the high end")
    if interval.low == interval.high and not (interval.low_inclusive and interval.high_inclusive):
        raise ValueError("the interval is empty")
    return interval


def _scale(interval: Interval, factor: float) -> Interval:
    return Interval(interval.low * factor, interval.high * factor,
                    interval.low_inclusive, interval.high_inclusive, interval.domain)


def _check_ordinal(interval: Interval) -> None:
    if interval.low != interval.high or interval.low < 1 or interval.low != int(interval.low):
        raise ValueError("an ordinal is one whole number from 1 up")


def mention_problems(item: dict) -> tuple[list[str], "ExpectedValue | None"]:
    """What is wrong with the span, kind, value, qualifier and unit of one expected mention (a corpus case's or
    a gold file's), and its value when it reads."""
    problems: list[str] = []
    span, kind, value = item.get("span"), item.get("kind"), None
    if not isinstance(span, str) or not span or span != span.strip():
        problems.append(f"span must be non-empty text without outer spaces, not {span!r}")
    if kind not in KINDS:
        problems.append(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    elif "value" in item:
        try:
            value = parse_value(item["value"], kind)
        except ValueError as exc:
            problems.append(str(exc))
    if "qualifier" in item and item["qualifier"] not in QUALIFIERS:
        problems.append(f"qualifier {item['qualifier']!r} is not one of {', '.join(QUALIFIERS)}")
    if "unit" in item and (not isinstance(item["unit"], str) or not item["unit"]):
        problems.append(f"unit must be non-empty text, not {item['unit']!r}")
    for name in ("stated", "precision"):  # the number as written and its last digit's place (issue 9, item 9)
        if name in item and (isinstance(item[name], bool) or not isinstance(item[name], (int, float))):
            problems.append(f"{name} must be a number, not {item[name]!r}")
    return problems, value
