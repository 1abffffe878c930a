"""The human form of a value, shared by every renderer and by finding messages.

format_value(kind, interval, unit) reads like the article would write it:

- dates as ISO days: ``2019-04-30``; a whole month ``2019-05``; a whole year
  ``2019``; any other span ``2019-04-29..2019-05-05``; one open end
  ``≥ 2019-01-23``; no bound at all (an unresolved date) ``unknown``.
- numbers as math-like text: ``25``, ``> 50``, ``≥ 40``, ``< 10``, ``≤ 5``,
  ``61.2–74.8`` (both ends included), ``(50, 60]`` (otherwise). For kinds that
  cannot be negative, ``[0, 10)`` reads ``< 10``.
- percent with ``%``; money with the currency code, large amounts with a scale
  word (``282 billion USD``); counts with what is counted as people write it
  (``25 soldiers``: the article's noun, or the sheet's unit); ordinals as ``2nd``.
  value_key() is the canonical form fingerprints hash (``25 (soldier)``).
- durations (seconds in the interval) in one unit for both ends: the largest of
  year, month, week, day, hour, minute, second in which the largest end is at
  least 1 and every end has at most two decimals; under 7 days the hour is the
  largest unit tried, as news writes it: ``72 hours`` (not ``3 days``),
  ``64.8–79.2 hours``, ``6 years``, ``2 weeks``, ``10 days``, ``45 minutes``.

json_value(kind, interval) is the machine form: low, high and their inclusiveness,
dates as ISO strings, infinite ends as null.

The last helpers order and count findings the same way in every renderer.
"""
from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Callable, Iterable

from ..intervals import DURATION_SECONDS, NON_NEGATIVE_KINDS
from ..model import Finding, Interval

# Units a duration may be shown in, largest first ("decade" reads worse than "10 years").
DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
# Whole hours below this many seconds are shown in hours: news writes "72 hours", not "3 days".
HOURS_BELOW = 7 * 86400.0
MONEY_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2, "none": 3}


def format_value(kind: str, interval: Interval, unit: str = "") -> str:
    """The human form of a value of the given kind; for counts, numbers and ordinals `unit` is the
    words written after the number ('35 soldiers', '2nd term')."""
    return _value_text(kind, interval, unit, "{} {}")


def value_key(kind: str, interval: Interval, unit: str = "") -> str:
    """The canonical form of a value, with a count's unit as the engine reads it in parentheses
    ('35 (soldier)'): what fingerprints hash, so that how a value is displayed never changes them."""
    return _value_text(kind, interval, unit, "{} ({})")


def mention_value(mention) -> str:
    """A mention's value as the article wrote its unit: '35 soldiers', 'شخصا ١٢' (the counted noun
    as written), else the unit as the language's units table writes it."""
    if mention.kind == "count" and mention.unit:
        return format_value(mention.kind, mention.value, mention.noun or unit_word(mention.unit, mention.language, mention.value))
    return format_value(mention.kind, mention.value, mention.unit)


def fact_value(fact, interval: Interval) -> str:
    """A fact's value with the sheet's unit as written ('12 people'); a unit written in the engine's
    singular form ('unit: soldier') takes the plural the sheet's language writes for other amounts."""
    unit = fact.unit
    if fact.kind == "count" and unit:
        unit = unit_word(unit, fact.language, interval)
    return format_value(fact.kind, interval, unit)


def unit_word(unit: str, language: str, interval: Interval) -> str:
    """The word to print for a unit: as given, unless it is a unit name of the language's units table
    (whether or not the table lists the name itself as a word: 'protester' has only 'protesters') and
    the amount is not exactly one, then the table's first word for it (its usual plural)."""
    if interval.low == interval.high == 1:
        return unit
    try:
        from ..extract.lexicon import load
        units = load(language or "en").units
    except (ValueError, OSError, KeyError):
        return unit
    if unit.isalpha() and units.get(unit, unit) == unit and unit in units.values():
        return next((word for word, name in units.items() if name == unit and word.isalpha()), unit)
    return unit


def _value_text(kind: str, interval: Interval, unit: str, with_unit: str) -> str:
    if kind == "date" or interval.domain == "date":
        return _date_text(interval)
    if kind == "duration":
        return _duration_text(interval)
    if kind == "percent":
        return _shape(interval, number_text, kind) + "%"
    if kind == "money":
        return _money_text(interval, unit)
    show = _ordinal if kind == "ordinal" else number_text
    text = _shape(interval, show, kind)
    return with_unit.format(text, unit) if unit else text


def json_value(kind: str, interval: Interval) -> dict:
    """low, high, low_inclusive, high_inclusive; dates as ISO strings; infinite ends as null."""
    is_date = kind == "date" or interval.domain == "date"
    return {
        "low": _json_end(interval.low, is_date),
        "high": _json_end(interval.high, is_date),
        "low_inclusive": interval.low_inclusive,
        "high_inclusive": interval.high_inclusive,
    }


def number_text(x: float) -> str:
    """25, 1,500, 67.84; float noise (74.80000000000001) is rounded away."""
    if _is_whole(x):
        return f"{round(x):,}"
    return f"{x:,.10g}"


# --- interval shapes ------------------------------------------------------------------

def _shape(interval: Interval, show: Callable[[float], str], kind: str = "number") -> str:
    """Math-like text of a numeric interval, each end written by show()."""
    low, high = interval.low, interval.high
    if math.isinf(low) and math.isinf(high):
        return "any"
    if low == high and interval.low_inclusive and interval.high_inclusive:
        return show(low)
    if math.isinf(high):
        return ("≥ " if interval.low_inclusive else "> ") + show(low)
    floor_zero = kind in NON_NEGATIVE_KINDS and low == 0 and interval.low_inclusive
    if math.isinf(low) or floor_zero:
        return ("≤ " if interval.high_inclusive else "< ") + show(high)
    if interval.low_inclusive and interval.high_inclusive:
        return f"{show(low)}–{show(high)}"
    left = "[" if interval.low_inclusive else "("
    right = "]" if interval.high_inclusive else ")"
    return f"{left}{show(low)}, {show(high)}{right}"


def _finite_ends(interval: Interval) -> list[float]:
    return [x for x in (interval.low, interval.high) if math.isfinite(x)]


def _is_whole(x: float) -> bool:
    return math.isfinite(x) and abs(x - round(x)) <= 1e-9 * max(1.0, abs(x))


def _ordinal(x: float) -> str:
    if not _is_whole(x):
        return number_text(x)
    n = round(x)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"


# --- money ----------------------------------------------------------------------------

def _money_text(interval: Interval, unit: str) -> str:
    largest = max((abs(x) for x in _finite_ends(interval)), default=0.0)
    factor, word = next(((f, w) for f, w in MONEY_SCALES if largest >= f), (1.0, ""))
    text = _shape(interval, lambda x: number_text(x / factor), "money")
    return " ".join(part for part in (text, word, unit) if part)


# --- durations ------------------------------------------------------------------------

def _duration_text(interval: Interval) -> str:
    name = _duration_unit(_finite_ends(interval))
    size = DURATION_SECONDS[name]
    text = _shape(interval, lambda x: number_text(x / size), "duration")
    largest = max((abs(x) / size for x in _finite_ends(interval)), default=0.0)
    plural = "" if math.isclose(largest, 1.0) else "s"
    return f"{text} {name}{plural}"


def _duration_unit(ends: list[float]) -> str:
    """The largest unit giving every end with at most two decimals and the largest end >= 1;
    under 7 days the hour is the largest unit tried."""
    values = [abs(x) for x in ends]
    largest = max(values, default=0.0)
    names = DURATION_UNITS[DURATION_UNITS.index("hour"):] if largest < HOURS_BELOW else DURATION_UNITS
    for name in names:
        size = DURATION_SECONDS[name]
        if largest >= size and all(_is_whole(x * 100 / size) for x in values):
            return name
    return "second"


# --- dates ----------------------------------------------------------------------------

def _date_text(interval: Interval) -> str:
    first, last = _date_ends(interval)
    if first is None and last is None:
        return "unknown"
    if last is None:
        return f"≥ {first.isoformat()}"
    if first is None:
        return f"≤ {last.isoformat()}"
    if first > last:
        return "none"
    return _date_span_text(first, last)


def _date_ends(interval: Interval) -> tuple[date | None, date | None]:
    """The first and last day, exclusive ends moved inward; None for an open end."""
    first = last = None
    if math.isfinite(interval.low):
        first = date.fromordinal(int(interval.low) + (0 if interval.low_inclusive else 1))
    if math.isfinite(interval.high):
        last = date.fromordinal(int(interval.high) - (0 if interval.high_inclusive else 1))
    return first, last


def _date_span_text(first: date, last: date) -> str:
    if first == last:
        return first.isoformat()
    if first == date(first.year, 1, 1) and last == date(first.year, 12, 31):
        return f"{first.year:04d}"
    if first.day == 1 and last == _month_end(first):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.isoformat()}..{last.isoformat()}"


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _json_end(x: float, is_date: bool):
    if not math.isfinite(x):
        return None
    if is_date:
        return date.fromordinal(int(x)).isoformat()
    return round(x) if _is_whole(x) else x


# --- shared by the renderers: one order and one way to count -------------------------

def finding_key(finding: Finding) -> tuple:
    """Most severe first, then by kind, fact, seed and location."""
    return (SEVERITY_ORDER.get(finding.severity, 9), finding.severity, finding.kind, finding.fact,
            finding.seed, finding.path, finding.line, finding.column, finding.fingerprint, finding.message)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=finding_key)


def count_by(findings: Iterable[Finding], field: str) -> dict[str, int]:
    """How many findings have each value of a field, sorted by that value."""
    counts = Counter(getattr(f, field) for f in findings)
    return dict(sorted(counts.items()))
