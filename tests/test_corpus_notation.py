"""The corpus value notation (tests/corpus_notation.py, docs/corpora.md)."""
from __future__ import annotations

from datetime import date

import pytest

from checker.model import INF, Interval
from corpus_notation import DURATION_SECONDS, date_span, parse_value

DAY = 86_400.0


def days(first: str, last: str, low_inclusive: bool = True, high_inclusive: bool = True) -> Interval:
    return Interval(date.fromisoformat(first).toordinal(), date.fromisoformat(last).toordinal(),
                    low_inclusive, high_inclusive, "date")


@pytest.mark.parametrize(("notation", "kind", "interval"), [
    ("25", "count", Interval(25, 25)),
    (25, "count", Interval(25, 25)),
    ("2.5", "count", Interval(2.5, 2.5)),
    (2.5, "percent", Interval(2.5, 2.5)),
    ("  68 ", "percent", Interval(68, 68)),
    ("2019", "count", Interval(2019, 2019)),
    ("-3", "number", Interval(-3, -3)),
    ("(50, inf)", "count", Interval(50, INF, False, False)),
    ("[40, inf)", "count", Interval(40, INF, True, False)),
    ("[61.2, 74.8]", "percent", Interval(61.2, 74.8)),
    ("[0, 10)", "percent", Interval(0, 10, True, False)),
    ("[63,70)", "count", Interval(63, 70, True, False)),
    ("(-inf, 5]", "number", Interval(-INF, 5, False, True)),
    ("[7, 7]", "count", Interval(7, 7)),
    ("2", "ordinal", Interval(2, 2)),
])
def test_notation_reads_numbers_and_intervals(notation, kind, interval):
    assert parse_value(notation, kind) == (interval, "")


@pytest.mark.parametrize(("notation", "interval"), [
    ("2019-04-30", days("2019-04-30", "2019-04-30")),
    (date(2019, 4, 30), days("2019-04-30", "2019-04-30")),
    ("2019-05", days("2019-05-01", "2019-05-31")),
    ("2019-02", days("2019-02-01", "2019-02-28")),
    ("2020-02", days("2020-02-01", "2020-02-29")),
    ("2019", days("2019-01-01", "2019-12-31")),
    (2019, days("2019-01-01", "2019-12-31")),
    ("[2019-04-29, 2019-05-05]", days("2019-04-29", "2019-05-05")),
    ("[2019-05, 2019-06]", days("2019-05-01", "2019-06-30")),
    ("(2019-04-29, 2019-05-05)", days("2019-04-29", "2019-05-05", False, False)),
    ("(2019-05, 2019-07)", days("2019-05-31", "2019-07-01", False, False)),
])
def test_notation_reads_dates_as_day_ordinals(notation, interval):
    assert parse_value(notation, "date") == (interval, "")


def test_notation_reads_open_date_intervals():
    after_2019 = parse_value("(2019, inf)", "date").interval
    assert after_2019 == Interval(date(2019, 12, 31).toordinal(), INF, False, False, "date")
    before_may = parse_value("(-inf, 2019-05)", "date").interval
    assert before_may == Interval(-INF, date(2019, 5, 1).toordinal(), False, False, "date")


@pytest.mark.parametrize(("notation", "seconds"), [
    ("72 hours", Interval(72 * 3600, 72 * 3600)),
    ("1 hour", Interval(3600, 3600)),
    ("45 seconds", Interval(45, 45)),
    ("30 minutes", Interval(1800, 1800)),
    ("3 days", Interval(3 * DAY, 3 * DAY)),
    ("2 weeks", Interval(14 * DAY, 14 * DAY)),
    ("18 months", Interval(18 * 30.436875 * DAY, 18 * 30.436875 * DAY)),
    ("6 years", Interval(6 * 365.2425 * DAY, 6 * 365.2425 * DAY)),
    ("2 decades", Interval(20 * 365.2425 * DAY, 20 * 365.2425 * DAY)),
    ("(3, inf) days", Interval(3 * DAY, INF, False, False)),
    ("[1.8, 2) decades", Interval(18 * 365.2425 * DAY, 20 * 365.2425 * DAY, True, False)),
])
def test_notation_reads_durations_in_seconds(notation, seconds):
    got = parse_value(notation, "duration")
    assert got.unit == ""
    assert got.interval.low == pytest.approx(seconds.low, rel=1e-12)
    assert got.interval.high == pytest.approx(seconds.high, rel=1e-12)
    assert (got.interval.low_inclusive, got.interval.high_inclusive) == \
        (seconds.low_inclusive, seconds.high_inclusive)


def test_duration_units_follow_the_extractor_contract():
    assert DURATION_SECONDS["month"] == 30.436875 * DAY
    assert DURATION_SECONDS["year"] == 365.2425 * DAY
    assert DURATION_SECONDS["decade"] == 10 * DURATION_SECONDS["year"]
    assert DURATION_SECONDS["week"] == 7 * DURATION_SECONDS["day"]


@pytest.mark.parametrize(("notation", "interval", "currency"), [
    ("282000000000 USD", Interval(282e9, 282e9), "USD"),
    ("1500000 EUR", Interval(1.5e6, 1.5e6), "EUR"),
    ("(5000000000, inf) USD", Interval(5e9, INF, False, False), "USD"),
    ("[18000000, 22000000] GBP", Interval(18e6, 22e6), "GBP"),
])
def test_notation_reads_money_with_its_currency(notation, interval, currency):
    assert parse_value(notation, "money") == (interval, currency)


@pytest.mark.parametrize(("notation", "kind"), [
    ("", "count"),
    ("   ", "count"),
    (None, "count"),
    (True, "count"),
    (["25"], "count"),
    ("25", "colour"),
    ("twenty", "count"),
    ("1,000", "count"),
    ("25,", "count"),
    ("1e6", "count"),
    (1e20, "count"),
    (".5", "percent"),
    ("5.", "percent"),
    ("+5", "count"),
    ("inf", "count"),
    ("[1, 2", "count"),
    ("1, 2]", "count"),
    ("(1 2)", "count"),
    ("[1, 2, 3]", "count"),
    ("{1, 2}", "count"),
    ("[5, 1]", "count"),
    ("[1, 1)", "count"),
    ("(1, 1]", "count"),
    ("[40, inf]", "count"),
    ("[-inf, 5)", "number"),
    ("(inf, 5)", "number"),
    ("(5, -inf)", "number"),
    ("(-inf, 5]", "count"),
    ("-3", "count"),
    ("[-1, 5]", "percent"),
    ("2.5", "ordinal"),
    ("0", "ordinal"),
    ("[1, 3]", "ordinal"),
    ("2019-13", "date"),
    ("2019-00", "date"),
    ("2019-02-30", "date"),
    ("2019-4-30", "date"),
    ("19-04-30", "date"),
    ("April 30", "date"),
    ("2019/04/30", "date"),
    ("[2019-05-05, 2019-04-29]", "date"),
    ("[2019-04-29, inf]", "date"),
    ("[2019-04-29, 5]", "date"),
    ("72", "duration"),
    ("72hours", "duration"),
    ("72 fortnights", "duration"),
    ("72 Hours", "duration"),
    ("hours 72", "duration"),
    ("-3 days", "duration"),
    ("282000000000", "money"),
    ("282000000000 usd", "money"),
    ("282000000000 US$", "money"),
    ("$282000000000 USD", "money"),
    ("282 billion USD", "money"),
    ("USD 282000000000", "money"),
])
def test_malformed_notation_raises_value_error(notation, kind):
    with pytest.raises(ValueError):
        parse_value(notation, kind)


def test_value_error_names_the_notation_and_the_kind():
    with pytest.raises(ValueError, match=r"duration value '72 fortnights'.*unknown duration unit"):
        parse_value("72 fortnights", "duration")


def test_a_datetime_is_not_a_date_value():
    from datetime import datetime
    with pytest.raises(ValueError):
        parse_value(datetime(2019, 4, 30, 12, 0), "date")


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2019-04-30", date(2019, 4, 30), date(2019, 4, 30)),
    ("2019-04", date(2019, 4, 1), date(2019, 4, 30)),
    ("2019", date(2019, 1, 1), date(2019, 12, 31)),
])
def test_date_span_gives_first_and_last_day(text, first, last):
    assert date_span(text) == (first, last)
