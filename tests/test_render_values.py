"""format_value and json_value: the human and machine forms of values."""
from datetime import date

import pytest

from checker.intervals import DURATION_SECONDS, days, point, qualified, rounded
from checker.model import INF, Interval
from checker.render.values import format_value, json_value

HOUR = DURATION_SECONDS["hour"]
YEAR = DURATION_SECONDS["year"]
UNKNOWN_DATE = Interval(-INF, INF, False, False, "date")


def day(text: str) -> float:
    return float(date.fromisoformat(text).toordinal())


def span(first: str, last: str) -> Interval:
    return days(date.fromisoformat(first), date.fromisoformat(last))


@pytest.mark.parametrize("kind, interval, unit, expected", [
    ("count", point(25), "soldier", "25 soldier"),
    ("count", point(25), "", "25"),
    ("count", point(1500), "", "1,500"),
    ("count", qualified("gt", 50, "count"), "", "> 50"),
    ("count", qualified("ge", 40, "count"), "", "≥ 40"),
    ("count", qualified("lt", 10, "count"), "", "< 10"),
    ("count", qualified("le", 5, "count"), "", "≤ 5"),
    ("number", qualified("lt", 10, "number"), "", "< 10"),
    ("number", Interval(50, 60, False, True), "", "(50, 60]"),
    ("number", rounded("1.5", 1e6), "", "[1,450,000, 1,550,000)"),
    ("number", point(-3), "", "-3"),
    ("percent", point(67.84), "percent", "67.84%"),
    ("percent", qualified("approx", 68, "percent"), "percent", "61.2–74.8%"),
    ("percent", qualified("gt", 50, "percent"), "percent", "> 50%"),
    ("money", point(282e9), "USD", "282 billion USD"),
    ("money", point(1.5e6), "USD", "1.5 million USD"),
    ("money", point(250), "EUR", "250 EUR"),
    ("money", qualified("approx", 282e9, "money"), "USD", "253.8–310.2 billion USD"),
    ("duration", point(72 * HOUR), "hour", "72 hours"),
    ("duration", point(24 * HOUR), "day", "24 hours"),
    ("duration", point(1 * HOUR), "", "1 hour"),
    ("duration", point(45 * 60), "", "45 minutes"),
    ("duration", point(6 * YEAR), "year", "6 years"),
    ("duration", point(14 * 24 * HOUR), "", "2 weeks"),
    ("duration", point(10 * 24 * HOUR), "", "10 days"),
    ("duration", qualified("approx", 72 * HOUR, "duration"), "", "64.8–79.2 hours"),
    ("duration", Interval(48 * HOUR, 72 * HOUR), "", "48–72 hours"),
    ("ordinal", point(2), "term", "2nd term"),
    ("ordinal", point(11), "", "11th"),
    ("ordinal", point(23), "", "23rd"),
    ("date", span("2019-04-30", "2019-04-30"), "", "2019-04-30"),
    ("date", span("2019-05-01", "2019-05-31"), "", "2019-05"),
    ("date", span("2020-02-01", "2020-02-29"), "", "2020-02"),
    ("date", span("2019-12-01", "2019-12-31"), "", "2019-12"),
    ("date", span("2019-01-01", "2019-12-31"), "", "2019"),
    ("date", span("2019-04-29", "2019-05-05"), "", "2019-04-29..2019-05-05"),
    ("date", Interval(day("2019-04-29"), day("2019-05-01"), False, False, "date"), "", "2019-04-30"),
    ("date", Interval(day("2019-01-23"), INF, True, False, "date"), "", "≥ 2019-01-23"),
    ("date", UNKNOWN_DATE, "", "unknown"),
])
def test_format_value_cases(kind, interval, unit, expected):
    assert format_value(kind, interval, unit) == expected


def test_format_value_date_kind_wins_over_number_domain():
    interval = Interval(day("2019-04-30"), day("2019-04-30"))
    assert format_value("date", interval) == "2019-04-30"


@pytest.mark.parametrize("kind, interval, expected", [
    ("count", point(25), {"low": 25, "high": 25, "low_inclusive": True, "high_inclusive": True}),
    ("count", qualified("gt", 50, "count"),
     {"low": 50, "high": None, "low_inclusive": False, "high_inclusive": False}),
    ("percent", qualified("approx", 50, "percent"),
     {"low": 45, "high": 55, "low_inclusive": True, "high_inclusive": True}),
    ("number", Interval(0.5, 1.25), {"low": 0.5, "high": 1.25, "low_inclusive": True, "high_inclusive": True}),
    ("date", span("2019-05-01", "2019-05-31"),
     {"low": "2019-05-01", "high": "2019-05-31", "low_inclusive": True, "high_inclusive": True}),
    ("date", UNKNOWN_DATE, {"low": None, "high": None, "low_inclusive": False, "high_inclusive": False}),
])
def test_json_value_cases(kind, interval, expected):
    assert json_value(kind, interval) == expected
