"""What values mean: qualifiers as intervals, and interval algebra.

Language data maps surface phrases ("more than", "بیش از", "40-plus") to the
canonical operators of model.QUALIFIERS; this module alone decides what those
operators, the vague quantities and rounded numbers mean as intervals.
"""
from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from pathlib import Path

from ruamel.yaml import YAML

from .model import INF, Interval

CONVENTIONS_PATH = Path(__file__).resolve().parent / "conventions.yaml"


def _conventions() -> dict:
    """The conventions of checker/conventions.yaml: tolerances, vague ranges, each with its rationale."""
    with open(CONVENTIONS_PATH, encoding="utf-8") as handle:
        return YAML(typ="safe", pure=True).load(handle)


_DATA = _conventions()
# The whole file, for the conventions other modules read (time-zone names, legend bins).
CONVENTIONS: dict = _DATA
# "about 68 percent" is 68 plus or minus this fraction of 68 (a fact may override it).
APPROX_TOLERANCE: float = float(_DATA["approx"]["tolerance"])
# "nearly 70" lies in [70 * (1 - NEARLY_TOLERANCE), 70).
NEARLY_TOLERANCE: float = float(_DATA["nearly"]["tolerance"])
# "just over 70" lies in (70, 70 * (1 + JUST_OVER_TOLERANCE)].
JUST_OVER_TOLERANCE: float = float(_DATA["just_over"]["tolerance"])
# Vague quantities, by canonical key (the language files map words to these keys).
VAGUE_RANGES: dict[str, tuple[float, float]] = {
    key: (float(entry["range"][0]), float(entry["range"][1])) for key, entry in _DATA["vague"].items()}
# Vague durations ("hours later", "for days"), by unit: [low, high) in that unit.
VAGUE_DURATION_RANGES: dict[str, tuple[float, float]] = {
    unit: (float(entry["range"][0]), float(entry["range"][1])) for unit, entry in _DATA["vague_durations"].items()}
# Kinds whose values cannot be negative: "less than 10 percent" is [0, 10).
NON_NEGATIVE_KINDS = frozenset(_DATA["bounded_below_by_zero"]["kinds"])
# Why each convention holds, by name ("approx", "nearly", "hundreds", ...), for people and reports.
RATIONALE: dict[str, str] = {
    **{name: str(_DATA[name]["why"]) for name in ("approx", "nearly", "just_over", "bounded_below_by_zero")},
    **{key: str(entry["why"]) for key, entry in _DATA["vague"].items()}}
# Why each vague duration's range holds, by unit.
VAGUE_DURATION_RATIONALE: dict[str, str] = {unit: str(entry["why"]) for unit, entry in _DATA["vague_durations"].items()}


def point(x: float, domain: str = "number") -> Interval:
    return Interval(x, x, True, True, domain)


def days(first: date, last: date) -> Interval:
    """The closed interval of days from first to last."""
    return Interval(first.toordinal(), last.toordinal(), True, True, "date")


def qualified(op: str, x: float, kind: str = "number", tolerance: float | None = None,
              high: float | None = None) -> Interval:
    """The interval a qualified number stands for: qualified('gt', 50) is (50, inf)."""
    floor = 0.0 if kind in NON_NEGATIVE_KINDS else -INF
    if op == "eq":
        return point(x)
    if op == "gt":
        return Interval(x, INF, False, False)
    if op == "ge":
        return Interval(x, INF, True, False)
    if op == "lt":
        return Interval(floor, x, floor != -INF, False)
    if op == "le":
        return Interval(floor, x, floor != -INF, True)
    if op == "approx":
        width = abs(x) * (APPROX_TOLERANCE if tolerance is None else tolerance)
        return Interval(x - width, x + width)
    if op == "nearly":
        width = abs(x) * (NEARLY_TOLERANCE if tolerance is None else tolerance)
        return Interval(x - width, x, True, False)
    if op == "just_over":
        width = abs(x) * (JUST_OVER_TOLERANCE if tolerance is None else tolerance)
        return Interval(x, x + width, False, True)
    if op == "between":
        if high is None:
            raise ValueError("between needs a high value")
        return Interval(min(x, high), max(x, high))
    raise ValueError(f"unknown qualifier {op!r}")


def vague(key: str, multiplier: float = 1.0) -> Interval:
    """The documented range of a vague quantity ("tens of thousands")."""
    low, high = VAGUE_RANGES[key]
    return Interval(low * multiplier, high * multiplier)


def vague_duration(unit: str) -> Interval:
    """A plural of a unit without a number ('hours later'): [low, high) of the unit, in seconds."""
    low, high = VAGUE_DURATION_RANGES[unit]
    return Interval(low * DURATION_SECONDS[unit], high * DURATION_SECONDS[unit], True, False)


def rounded(written: str, scale: float) -> Interval:
    """'1.5' million stands for [1.45, 1.55) million: half a unit of the last written digit."""
    exponent = Decimal(written).as_tuple().exponent
    half = 0.5 * (10.0 ** int(exponent)) * scale
    centre = float(Decimal(written)) * scale
    return Interval(centre - half, centre + half, True, False)


def scale(interval: Interval, factor: float) -> Interval:
    """Multiply both ends (for units: 72 hours -> seconds)."""
    return Interval(interval.low * factor, interval.high * factor,
                    interval.low_inclusive, interval.high_inclusive, interval.domain)


def widen(interval: Interval, tolerance: float) -> Interval:
    """Widen a finite interval by a relative tolerance on each side."""
    low = interval.low - abs(interval.low) * tolerance if math.isfinite(interval.low) else interval.low
    high = interval.high + abs(interval.high) * tolerance if math.isfinite(interval.high) else interval.high
    return Interval(low, high, interval.low_inclusive, interval.high_inclusive, interval.domain)


def is_empty(a: Interval) -> bool:
    return a.low > a.high or (a.low == a.high and not (a.low_inclusive and a.high_inclusive))


def intersect(a: Interval, b: Interval) -> Interval:
    if a.low > b.low or (a.low == b.low and not a.low_inclusive):
        low, low_inc = a.low, a.low_inclusive
    else:
        low, low_inc = b.low, b.low_inclusive
    if a.high < b.high or (a.high == b.high and not a.high_inclusive):
        high, high_inc = a.high, a.high_inclusive
    else:
        high, high_inc = b.high, b.high_inclusive
    return Interval(low, high, low_inc, high_inc, a.domain)


def overlaps(a: Interval, b: Interval) -> bool:
    return not is_empty(intersect(a, b))


def contains(outer: Interval, inner: Interval) -> bool:
    """Whether every value of inner lies in outer."""
    if is_empty(inner):
        return True
    low_ok = outer.low < inner.low or (outer.low == inner.low and (outer.low_inclusive or not inner.low_inclusive))
    high_ok = outer.high > inner.high or (outer.high == inner.high and (outer.high_inclusive or not inner.high_inclusive))
    return low_ok and high_ok


def relation(found: Interval, expected: Interval) -> str:
    """agrees (found within expected), contradicts (disjoint) or imprecise (overlapping, wider)."""
    if contains(expected, found):
        return "agrees"
    if not overlaps(found, expected):
        return "contradicts"
    return "imprecise"

# Durations are compared in seconds.
DURATION_SECONDS: dict[str, float] = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 7 * 86400.0,
    "month": 30.436875 * 86400.0,
    "year": 365.2425 * 86400.0,
    "decade": 3652.425 * 86400.0,
}
