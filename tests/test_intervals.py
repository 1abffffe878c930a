"""checker/intervals.py: what qualifiers, vague words and rounded numbers mean, and the interval algebra.

Tables first (one row per case, each addressable with -k), then properties
checked by hypothesis against a plain membership test (`_member`).
Convention of the module: an infinite end is never inclusive.
"""
from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.intervals import (
    APPROX_TOLERANCE,
    NEARLY_TOLERANCE,
    NON_NEGATIVE_KINDS,
    VAGUE_RANGES,
    contains,
    days,
    intersect,
    is_empty,
    overlaps,
    point,
    qualified,
    relation,
    rounded,
    scale,
    vague,
    widen,
)
from checker.model import INF, KINDS, Interval

settings.register_profile("intervals", max_examples=200, deadline=None)
PROPERTIES = settings.get_profile("intervals")


def iv(text: str) -> Interval:
    """An interval written as in mathematics: '[0, 5)', '(50, inf)', '(-inf, 10]'."""
    text = text.strip()
    low, high = (part.strip() for part in text[1:-1].split(","))
    return Interval(float(low), float(high), text[0] == "[", text[-1] == "]")


def same(a: Interval, b: Interval) -> bool:
    """Equal ends (up to float rounding), equal inclusivity and domain."""
    return (a.low == pytest.approx(b.low) and a.high == pytest.approx(b.high)
            and (a.low_inclusive, a.high_inclusive, a.domain) == (b.low_inclusive, b.high_inclusive, b.domain))


def _member(x: float, a: Interval) -> bool:
    above = a.low < x or (a.low == x and a.low_inclusive)
    below = x < a.high or (x == a.high and a.high_inclusive)
    return above and below


def _witnesses(*intervals: Interval) -> list[float]:
    """Points that decide every set relation between the intervals: their finite ends, the
    midpoints between consecutive ends, and a point beyond each side."""
    ends = sorted({x for a in intervals for x in (a.low, a.high) if abs(x) != INF})
    if not ends:
        return [0.0]
    middles = [(x + y) / 2 for x, y in zip(ends, ends[1:])]
    return [ends[0] - 1, *ends, *middles, ends[-1] + 1]


# --- qualified: every operator, with its inclusivity ------------------------------------

QUALIFIED = [
    # id, operator, x, kind, extra keyword arguments, expected interval
    ("eq", "eq", 25, "count", {}, "[25, 25]"),
    ("eq-number", "eq", -3, "number", {}, "[-3, -3]"),
    ("gt", "gt", 50, "count", {}, "(50, inf)"),
    ("ge", "ge", 40, "count", {}, "[40, inf)"),
    ("lt-number", "lt", 10, "number", {}, "(-inf, 10)"),
    ("lt-percent", "lt", 10, "percent", {}, "[0, 10)"),
    ("le-number", "le", 10, "number", {}, "(-inf, 10]"),
    ("le-count", "le", 10, "count", {}, "[0, 10]"),
    ("approx", "approx", 68, "percent", {}, "[61.2, 74.8]"),
    ("approx-tolerance", "approx", 68, "percent", {"tolerance": 0.05}, "[64.6, 71.4]"),
    ("approx-negative", "approx", -10, "number", {}, "[-11, -9]"),
    ("approx-zero-tolerance", "approx", 68, "percent", {"tolerance": 0.0}, "[68, 68]"),
    ("nearly", "nearly", 70, "count", {}, "[63, 70)"),
    ("nearly-tolerance", "nearly", 70, "count", {"tolerance": 0.2}, "[56, 70)"),
    ("just-over", "just_over", 70, "count", {}, "(70, 77]"),
    ("between", "between", 20, "count", {"high": 35}, "[20, 35]"),
    ("between-reversed", "between", 35, "count", {"high": 20}, "[20, 35]"),
    ("between-point", "between", 4, "count", {"high": 4}, "[4, 4]"),
]


@pytest.mark.parametrize("op,x,kind,extra,expected", [case[1:] for case in QUALIFIED],
                         ids=[case[0] for case in QUALIFIED])
def test_intervals_qualified_table(op, x, kind, extra, expected):
    assert same(qualified(op, x, kind, **extra), iv(expected))


def test_intervals_qualified_default_tolerances():
    assert (APPROX_TOLERANCE, NEARLY_TOLERANCE) == (0.10, 0.10)


@pytest.mark.parametrize("op,extra,message", [
    ("between", {}, "between needs a high value"),
    ("vague", {}, "unknown qualifier 'vague'"),
    ("about", {}, "unknown qualifier 'about'"),
    ("", {}, "unknown qualifier ''"),
], ids=["between-without-high", "vague-is-not-a-qualifier", "surface-word", "empty"])
def test_intervals_qualified_rejects(op, extra, message):
    with pytest.raises(ValueError, match=message):
        qualified(op, 5, "count", **extra)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("op,high_inclusive", [("lt", False), ("le", True)])
def test_intervals_qualified_upper_bound_floor_by_kind(kind, op, high_inclusive):
    """'less than 10' starts at 0 for kinds that cannot be negative, at -inf otherwise."""
    got = qualified(op, 10, kind)
    if kind in NON_NEGATIVE_KINDS:
        assert got == Interval(0.0, 10, True, high_inclusive)
    else:
        assert got == Interval(-INF, 10, False, high_inclusive)


def test_intervals_non_negative_kinds():
    assert NON_NEGATIVE_KINDS == {"count", "percent", "money", "duration", "ordinal"}
    assert NON_NEGATIVE_KINDS <= set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("op", ["eq", "gt", "ge", "approx", "nearly"])
def test_intervals_qualified_kind_only_matters_for_upper_bounds(kind, op):
    assert qualified(op, 10, kind) == qualified(op, 10, "number")


# --- vague quantities and rounded numbers -----------------------------------------------

VAGUE = [
    ("few", 1, 2, 9),
    ("several", 1, 3, 9),
    ("dozen", 1, 12, 12),
    ("dozens", 1, 24, 99),
    ("tens", 1, 20, 99),
    ("scores", 1, 40, 99),
    ("hundreds", 1, 200, 999),
    ("thousands", 1, 2_000, 9_999),
    ("tens_of_thousands", 1, 20_000, 99_999),
    ("hundreds_of_thousands", 1, 200_000, 999_999),
    ("millions", 1, 2_000_000, 999_999_999),
    ("tens_of_millions", 1, 20_000_000, 99_999_999),
    ("hundreds_of_millions", 1, 200_000_000, 999_999_999),
    ("billions", 1, 2_000_000_000, 999_999_999_999),
    ("hundreds", 1_000, 200_000, 999_000),
    ("thousands", 0.5, 1_000, 4_999.5),
]


@pytest.mark.parametrize("key,multiplier,low,high", VAGUE,
                         ids=[f"{k}-x{m:g}" for k, m, *_ in VAGUE])
def test_intervals_vague_table(key, multiplier, low, high):
    assert vague(key, multiplier) == Interval(low, high, True, True)


def test_intervals_vague_table_covers_every_key():
    assert {key for key, *_ in VAGUE} == set(VAGUE_RANGES)


@pytest.mark.parametrize("key", sorted(VAGUE_RANGES))
def test_intervals_vague_ranges_are_non_empty_and_positive(key):
    low, high = VAGUE_RANGES[key]
    assert 0 < low <= high


def test_intervals_vague_unknown_key():
    with pytest.raises(KeyError):
        vague("umpteen")


ROUNDED = [
    # written, scale, low, high (the range is [low, high))
    ("1.5", 1e6, 1.45e6, 1.55e6),
    ("2", 1e6, 1.5e6, 2.5e6),
    ("1.25", 1e9, 1.245e9, 1.255e9),
    ("0.5", 1e3, 450, 550),
    ("12", 1e3, 11_500, 12_500),
    ("3.0", 1e6, 2.95e6, 3.05e6),
]


@pytest.mark.parametrize("written,factor,low,high", ROUNDED,
                         ids=[f"{w}x{f:g}" for w, f, *_ in ROUNDED])
def test_intervals_rounded_table(written, factor, low, high):
    got = rounded(written, factor)
    assert same(got, Interval(low, high, True, False))
    assert _member(float(written) * factor, got)


def test_intervals_rounded_one_and_a_half_million_exact():
    """The case from the module's docstring, to the last bit."""
    assert rounded("1.5", 1e6) == Interval(1.45e6, 1.55e6, True, False)
    assert contains(rounded("1.5", 1e6), point(1.45e6))
    assert not contains(rounded("1.5", 1e6), point(1.55e6))


# --- contains, overlaps, intersect and relation at shared ends ---------------------------

OVERLAPS = [
    ("closed-closed-touch", "[0, 5]", "[5, 10]", True),
    ("open-closed-touch", "[0, 5)", "[5, 10]", False),
    ("closed-open-touch", "[0, 5]", "(5, 10]", False),
    ("open-open-touch", "[0, 5)", "(5, 10]", False),
    ("gap", "[0, 5]", "[6, 10]", False),
    ("same-open", "(0, 5)", "(0, 5)", True),
    ("point-in-closed", "[5, 5]", "[0, 5]", True),
    ("point-at-open-end", "[5, 5]", "[0, 5)", False),
    ("nested", "[0, 10]", "(2, 3)", True),
    ("rays-same-direction", "(50, inf)", "(5, inf)", True),
    ("rays-touch-open", "(-inf, 10)", "[10, inf)", False),
    ("rays-touch-closed", "(-inf, 10]", "[10, inf)", True),
    ("everything", "(-inf, inf)", "[3, 3]", True),
    ("empty", "[5, 5)", "[0, 10]", False),
]


@pytest.mark.parametrize("a,b,expected", [c[1:] for c in OVERLAPS], ids=[c[0] for c in OVERLAPS])
def test_intervals_overlaps_table(a, b, expected):
    assert overlaps(iv(a), iv(b)) is expected
    assert overlaps(iv(b), iv(a)) is expected


INTERSECT = [
    ("closed-touch", "[0, 5]", "[5, 10]", "[5, 5]"),
    ("half-open", "[0, 5)", "[3, 10]", "[3, 5)"),
    ("open-ends-win", "(0, 5]", "[0, 5)", "(0, 5)"),
    ("nested", "[0, 10]", "(2, 3)", "(2, 3)"),
    ("rays", "(50, inf)", "[40, inf)", "(50, inf)"),
    ("ray-and-segment", "(-inf, 10]", "[5, 20)", "[5, 10]"),
    ("same", "[1, 2)", "[1, 2)", "[1, 2)"),
]


@pytest.mark.parametrize("a,b,expected", [c[1:] for c in INTERSECT], ids=[c[0] for c in INTERSECT])
def test_intervals_intersect_table(a, b, expected):
    assert intersect(iv(a), iv(b)) == iv(expected)
    assert intersect(iv(b), iv(a)) == iv(expected)


@pytest.mark.parametrize("a,b", [("[0, 5)", "[5, 10]"), ("[0, 5]", "(5, 10]"), ("[0, 1]", "[2, 3]"),
                                 ("(-inf, 0)", "(0, inf)")],
                         ids=["open-left", "open-right", "gap", "rays-apart"])
def test_intervals_intersect_disjoint_is_empty(a, b):
    assert is_empty(intersect(iv(a), iv(b)))


def test_intervals_intersect_keeps_date_domain():
    april = days(date(2019, 4, 1), date(2019, 4, 30))
    got = intersect(april, days(date(2019, 4, 30), date(2019, 5, 1)))
    assert got == days(date(2019, 4, 30), date(2019, 4, 30))
    assert got.domain == "date"


CONTAINS = [
    ("reflexive-closed", "[0, 10]", "[0, 10]", True),
    ("open-right-vs-closed", "[0, 10)", "[0, 10]", False),
    ("open-left-vs-closed", "(0, 10]", "[0, 10]", False),
    ("closed-holds-open", "[0, 10]", "(0, 10)", True),
    ("reflexive-open", "(0, 10)", "(0, 10)", True),
    ("point-inside-open", "(0, 10)", "[5, 5]", True),
    ("point-at-open-end", "(0, 10)", "[10, 10]", False),
    ("point-at-closed-end", "(0, 10]", "[10, 10]", True),
    ("sticks-out", "[0, 10]", "[5, 11]", False),
    ("ray-holds-point", "(50, inf)", "[51, 51]", True),
    ("ray-misses-its-end", "(50, inf)", "[50, 50]", False),
    ("closed-ray-holds-open-ray", "[50, inf)", "(50, inf)", True),
    ("open-ray-misses-closed-ray", "(50, inf)", "[50, inf)", False),
    ("wider-ray", "(5, inf)", "(50, inf)", True),
    ("narrower-ray", "(50, inf)", "(5, inf)", False),
    ("everything", "(-inf, inf)", "(-inf, 3]", True),
    ("empty-inner", "[0, 1]", "[5, 5)", True),
    ("empty-outer", "[5, 5)", "[5, 5]", False),
    ("both-empty", "(5, 5)", "[7, 6]", True),
]


@pytest.mark.parametrize("outer,inner,expected", [c[1:] for c in CONTAINS], ids=[c[0] for c in CONTAINS])
def test_intervals_contains_table(outer, inner, expected):
    assert contains(iv(outer), iv(inner)) is expected


RELATION = [
    ("same-point", "[25, 25]", "[25, 25]", "agrees"),
    ("other-point", "[35, 35]", "[25, 25]", "contradicts"),
    ("lower-bound-too-low", "(5, inf)", "(50, inf)", "imprecise"),
    ("lower-bound-higher", "(50, inf)", "(5, inf)", "agrees"),
    ("about-68-vs-67.84", "[61.2, 74.8]", "[67.84, 67.84]", "imprecise"),
    ("fewer-than-20-vs-more-than-50", "[0, 20)", "(50, inf)", "contradicts"),
    ("touch-open", "[0, 5)", "[5, 5]", "contradicts"),
    ("touch-closed", "[0, 5]", "[5, 5]", "imprecise"),
    ("point-on-open-end", "[50, 50]", "(50, inf)", "contradicts"),
    ("point-on-closed-end", "[40, 40]", "[40, inf)", "agrees"),
    ("nearly-70-vs-70", "[63, 70)", "[70, 70]", "contradicts"),
    ("vague-inside", "[20000, 99999]", "[20000, 99999]", "agrees"),
    ("hundreds-vs-tens-of-thousands", "[200, 999]", "[20000, 99999]", "contradicts"),
]


@pytest.mark.parametrize("found,expected,verdict", [c[1:] for c in RELATION], ids=[c[0] for c in RELATION])
def test_intervals_relation_table(found, expected, verdict):
    assert relation(iv(found), iv(expected)) == verdict


DAY = date.fromisoformat


@pytest.mark.parametrize("found,expected,verdict", [
    (("2019-04-30", "2019-04-30"), ("2019-04-30", "2019-04-30"), "agrees"),
    (("2019-01-01", "2019-01-31"), ("2019-01-23", "2019-01-23"), "imprecise"),
    (("2019-01-18", "2019-01-18"), ("2019-01-11", "2019-01-11"), "contradicts"),
    (("2019-01-23", "2019-01-23"), ("2019-01-01", "2019-01-31"), "agrees"),
    (("2017-05-01", "2017-05-31"), ("2018-05-20", "2018-05-20"), "contradicts"),
], ids=["same-day", "month-vs-day", "week-off", "day-in-month", "other-year"])
def test_intervals_relation_dates(found, expected, verdict):
    assert relation(days(*map(DAY, found)), days(*map(DAY, expected))) == verdict


@pytest.mark.parametrize("interval,empty", [
    ("[5, 5]", False), ("[5, 5)", True), ("(5, 5]", True), ("(5, 5)", True), ("[6, 5]", True),
    ("(0, 1)", False), ("(-inf, inf)", False),
], ids=["point", "half-open-point-right", "half-open-point-left", "open-point", "upside-down", "open", "all"])
def test_intervals_is_empty_table(interval, empty):
    assert is_empty(iv(interval)) is empty


# --- widen, scale, point, days ------------------------------------------------------------

WIDEN = [
    ("point", "[10, 10]", 0.1, "[9, 11]"),
    ("around-zero", "[-10, 10]", 0.1, "[-11, 11]"),
    ("negative", "[-20, -10]", 0.5, "[-30, -5]"),
    ("keeps-open-ends", "[0, 5)", 0.1, "[0, 5.5)"),
    ("zero-stays", "[0, 0]", 0.1, "[0, 0]"),
    ("ray-up", "(50, inf)", 0.1, "(45, inf)"),
    ("ray-down", "(-inf, 10)", 0.5, "(-inf, 15)"),
    ("everything", "(-inf, inf)", 0.5, "(-inf, inf)"),
    ("no-tolerance", "(1, 2]", 0.0, "(1, 2]"),
]


@pytest.mark.parametrize("interval,tolerance,expected", [c[1:] for c in WIDEN], ids=[c[0] for c in WIDEN])
def test_intervals_widen_table(interval, tolerance, expected):
    got = widen(iv(interval), tolerance)
    assert same(got, iv(expected))
    assert contains(got, iv(interval))


def test_intervals_widen_keeps_date_domain():
    day = days(date(2019, 1, 10), date(2019, 1, 10))
    assert widen(day, 0.0) == day


@pytest.mark.parametrize("interval,factor,expected", [
    ("[72, 72]", 3600, "[259200, 259200]"),
    ("(50, inf)", 2, "(100, inf)"),
    ("[0, 10)", 60, "[0, 600)"),
], ids=["hours", "ray", "half-open"])
def test_intervals_scale_table(interval, factor, expected):
    assert scale(iv(interval), factor) == iv(expected)


def test_intervals_point_and_days():
    assert point(3) == Interval(3, 3, True, True, "number")
    assert days(date(2019, 4, 30), date(2019, 5, 1)) == Interval(
        date(2019, 4, 30).toordinal(), date(2019, 5, 1).toordinal(), True, True, "date")


# --- properties ----------------------------------------------------------------------------

# Ends on a coarse grid (halves from -3 to 3) so that shared ends are common; infinite ends open.
_ENDS = st.integers(-6, 6).map(lambda n: n / 2)


@st.composite
def intervals(draw, allow_empty: bool = True) -> Interval:
    low = draw(st.one_of(_ENDS, st.just(-INF)))
    high = draw(st.one_of(_ENDS, st.just(INF)))
    if not allow_empty and low > high:
        low, high = high, low
    low_inclusive = draw(st.booleans()) and low != -INF
    high_inclusive = draw(st.booleans()) and high != INF
    return Interval(low, high, low_inclusive, high_inclusive)


def _same_set(a: Interval, b: Interval) -> bool:
    if is_empty(a) or is_empty(b):
        return is_empty(a) and is_empty(b)
    return (a.low, a.high, a.low_inclusive, a.high_inclusive) == (b.low, b.high, b.low_inclusive, b.high_inclusive)


@PROPERTIES
@given(intervals(), intervals())
def test_intervals_property_agrees_iff_contained(a, b):
    assert (relation(a, b) == "agrees") == contains(b, a)


@PROPERTIES
@given(intervals(), intervals())
def test_intervals_property_relation_matches_membership(found, expected):
    points = _witnesses(found, expected)
    inside = all(_member(x, expected) for x in points if _member(x, found))
    shared = any(_member(x, found) and _member(x, expected) for x in points)
    verdict = "agrees" if inside else "imprecise" if shared else "contradicts"
    assert relation(found, expected) == verdict


@PROPERTIES
@given(intervals(), intervals())
def test_intervals_property_intersect_commutative(a, b):
    assert _same_set(intersect(a, b), intersect(b, a))


@PROPERTIES
@given(intervals(), intervals())
def test_intervals_property_intersect_within_both(a, b):
    both = intersect(a, b)
    assert contains(a, both) and contains(b, both)
    for x in _witnesses(a, b):
        assert _member(x, both) == (_member(x, a) and _member(x, b))


@PROPERTIES
@given(intervals(), intervals())
def test_intervals_property_overlaps_symmetric(a, b):
    assert overlaps(a, b) == overlaps(b, a)
    assert overlaps(a, b) == any(_member(x, a) and _member(x, b) for x in _witnesses(a, b))


@PROPERTIES
@given(intervals())
def test_intervals_property_contains_reflexive(a):
    assert contains(a, a)


@PROPERTIES
@given(intervals(), intervals(), intervals())
def test_intervals_property_contains_transitive(a, b, c):
    for outer, middle, inner in [(a, b, c), (a, c, b), (b, a, c), (b, c, a), (c, a, b), (c, b, a)]:
        if contains(outer, middle) and contains(middle, inner):
            assert contains(outer, inner)


@PROPERTIES
@given(intervals(), intervals())
def test_intervals_property_contains_matches_membership(outer, inner):
    points = _witnesses(outer, inner)
    assert contains(outer, inner) == all(_member(x, outer) for x in points if _member(x, inner))


_VALUES = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


@PROPERTIES
@given(st.sampled_from(["eq", "ge", "le", "approx"]), _VALUES, st.sampled_from(KINDS),
       st.one_of(st.none(), st.floats(0, 1)))
def test_intervals_property_qualified_contains_its_number(op, x, kind, tolerance):
    if kind in NON_NEGATIVE_KINDS:
        x = abs(x)  # "at most -5 soldiers" is empty: a count is never negative
    assert contains(qualified(op, x, kind, tolerance), point(x))


@PROPERTIES
@given(st.sampled_from(["gt", "lt", "nearly"]), _VALUES, st.sampled_from(KINDS),
       st.one_of(st.none(), st.floats(0, 1)))
def test_intervals_property_qualified_excludes_its_number(op, x, kind, tolerance):
    got = qualified(op, x, kind, tolerance)
    assert not _member(x, got)
    assert not overlaps(got, point(x))


@PROPERTIES
@given(_VALUES, _VALUES, st.sampled_from(KINDS))
def test_intervals_property_between_contains_both_ends(x, y, kind):
    got = qualified("between", x, kind, high=y)
    assert contains(got, point(x)) and contains(got, point(y))


@PROPERTIES
@given(intervals(allow_empty=False), st.floats(0, 2))
def test_intervals_property_widen_contains_original(a, tolerance):
    assert contains(widen(a, tolerance), a)


@PROPERTIES
@given(st.integers(1, 10**6), st.integers(0, 4), st.sampled_from([1.0, 1e3, 1e6, 1e9]))
def test_intervals_property_rounded_contains_written_value(digits, decimals, factor):
    written = f"{digits / 10**decimals:.{decimals}f}"
    got = rounded(written, factor)
    assert got.low_inclusive and not got.high_inclusive
    assert _member(float(written) * factor, got)
    assert got.high - got.low == pytest.approx(10.0 ** -decimals * factor)


def test_conventions_each_have_a_rationale_and_an_ordered_range():
    from checker.intervals import RATIONALE, VAGUE_RANGES

    assert set(VAGUE_RANGES) | {"approx", "nearly", "just_over", "bounded_below_by_zero"} == set(RATIONALE)
    assert all(why.strip() for why in RATIONALE.values())
    assert all(0 < low <= high for low, high in VAGUE_RANGES.values())


def test_vague_durations_have_a_rationale_a_known_unit_and_an_ordered_range():
    from checker.intervals import DURATION_SECONDS, VAGUE_DURATION_RANGES, VAGUE_DURATION_RATIONALE, vague_duration

    assert set(VAGUE_DURATION_RANGES) == set(VAGUE_DURATION_RATIONALE) <= set(DURATION_SECONDS)
    assert all(why.strip() for why in VAGUE_DURATION_RATIONALE.values())
    assert all(1 < low < high for low, high in VAGUE_DURATION_RANGES.values())
    hours = vague_duration("hour")  # 'hours later': two hours or more, less than a day
    assert (hours.low, hours.high, hours.low_inclusive, hours.high_inclusive) == (7200, 86400, True, False)


@pytest.mark.parametrize("args", [(1.0, 2.0), (1.0, 2.0, False), (3, 3, True, False, "date"),
                                  (-math.inf, 5.0, False, True, "number")])
def test_an_interval_is_made_with_its_fields_at_once(args):
    """Interval's __init__ gives a new interval the dict of its fields at once (one is made for every number and
    date read, linked and compared; the generated __init__ of a frozen dataclass sets each field through
    object.__setattr__): it holds every field in the dataclass's order, with the defaults, and equals, orders and
    hashes as the generated one's would."""
    from dataclasses import fields, make_dataclass, replace

    assert not Interval.__dataclass_params__.init
    generated = make_dataclass("Generated", [(f.name, f.type, f.default) for f in fields(Interval)], frozen=True,
                               order=True)
    made, plain = Interval(*args), generated(*args)
    assert list(vars(made).items()) == list(vars(plain).items())
    assert made == Interval(**vars(plain)) and hash(made) == hash(Interval(**vars(plain)))
    assert replace(made, high=made.high + 1) > made
    with pytest.raises(AttributeError):
        made.low = 0
