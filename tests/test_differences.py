"""How two claims of the same thing differ (checker/differences.py): agree, rounding, update or conflict."""
from __future__ import annotations

from datetime import date

import pytest

from checker.claims import Claim, seed_claims
from checker.differences import difference, stated
from checker.intervals import days, point, qualified
from checker.model import Interval, Mention, Seed

SEP_9, SEP_10 = date(2023, 9, 9), date(2023, 9, 10)


def claim(seed_id: str, text: str, value, kind: str = "count", unit: str = "dead", published: date = SEP_9,
          sentence: str = "", qualifier: str = "eq"):
    sentence = sentence or f"The quake left {text} {unit} in the province."
    start = sentence.index(text)
    mention = Mention(text=text, start=start, end=start + len(text), line=1, column=start + 1, kind=kind,
                      value=value, qualifier=qualifier, unit=unit, sentence=sentence, language="en")
    seed = Seed(id=seed_id, path=f"{seed_id}.txt", text=sentence, language="en", published=published)
    return Claim(seed, mention, (published.toordinal(),) * 2)


@pytest.mark.parametrize("why, a, b, expected", [
    ("68 % stands for 67.5-68.5", ("68", point(68), "percent", "percent"), ("67.84", point(67.84), "percent", "percent"),
     "rounding"),
    ("7 stands for 6.5-7.5", ("7", point(7), "number", ""), ("6.8", point(6.8), "number", ""), "rounding"),
    ("6.8 and 6.9 at one decimal", ("6.8", point(6.8), "number", ""), ("6.9", point(6.9), "number", ""), "conflict"),
    ("about 300 holds 310", ("about 300", qualified("approx", 300), "count", "dead"), ("310", point(310), "count", "dead"),
     "agree"),
    ("counts are exact", ("628", point(628), "count", "dead"), ("629", point(629), "count", "dead"), "conflict"),
    ("18.5 km at one decimal is no 18", ("18.5", point(18.5), "count", "km"), ("18", point(18), "count", "km"),
     "conflict"),
    ("18.5 km and about 18 km", ("18.5", point(18.5), "count", "km"), ("about 18", qualified("approx", 18), "count", "km"),
     "agree"),
    # A hedged bound and its own number are one report with and without its hedge ("more than 150 injured", "150
    # injured"): no conflict (group-a, the Hamdaniya fire of bench/realworld); a number beyond the bound still is.
    ("more than 150 is written with 150", ("more than 150", qualified("gt", 150), "count", "injured"),
     ("150", point(150), "count", "injured"), "rounding"),
    ("fewer than 50 is written with 50", ("fewer than 50", qualified("lt", 50), "count", "dead"),
     ("50", point(50), "count", "dead"), "rounding"),
    ("more than 150 is no 149", ("more than 150", qualified("gt", 150), "count", "injured"),
     ("149", point(149), "count", "injured"), "conflict"),
])
def test_differences_at_stated_precision(why, a, b, expected):
    one = claim("a", a[0], a[1], a[2], a[3])
    two = claim("b", b[0], b[1], b[2], b[3])
    assert difference(one, two) == expected, why
    assert difference(two, one) == expected, why


@pytest.mark.parametrize("first, second, expected", [
    ((SEP_9, 6), (SEP_10, 7), "update"),  # 6 dead, then 7 dead a day later
    ((SEP_10, 6), (SEP_9, 7), "conflict"),  # a toll that fell: one of them is wrong
    ((SEP_9, 205), (SEP_9, 250), "conflict"),  # the same day's toll
])
def test_differences_counts_over_time(first, second, expected):
    one = claim("a", str(first[1]), point(first[1]), published=first[0])
    two = claim("b", str(second[1]), point(second[1]), published=second[0])
    assert difference(one, two) == expected
    assert difference(two, one) == expected


@pytest.mark.parametrize("newer_published, expected", [
    (SEP_10, "update"),  # the same day's reports: the clause's day (8 September) is earlier
    (SEP_9, "conflict"),  # the higher count was published first: publication dates come first
])
def test_differences_the_day_in_the_clause_orders_reports_of_one_day(newer_published, expected):
    older = claim("a", "296", point(296), published=SEP_10)
    newer = claim("b", "632", point(632), published=newer_published)
    dated = Mention(text="September 8", start=0, end=11, line=1, column=1, kind="date",
                    value=days(date(2023, 9, 8), date(2023, 9, 8)), granularity="day", sentence=older.mention.sentence,
                    language="en")
    (older,) = [c for c in seed_claims(older.seed, [dated, older.mention]) if c.mention.kind == "count"]
    assert difference(older, newer) == expected


def test_differences_a_measurement_does_not_rise_like_a_count():
    one = claim("a", "6.8", point(6.8), "number", "", published=SEP_9)
    two = claim("b", "6.9", point(6.9), "number", "", published=SEP_10)
    assert difference(one, two) == "conflict"


@pytest.mark.parametrize("text, value, kind, width", [
    ("68", point(68), "percent", 1.0),
    ("67.84", point(67.84), "percent", 0.01),
    ("628", point(628), "count", 0.0),
    ("18.5", point(18.5), "count", 0.1),
    ("about 300", qualified("approx", 300), "count", 60.0),
])
def test_differences_stated_width(text, value, kind, width):
    interval = stated(claim("a", text, value, kind).mention)
    assert interval.high - interval.low == pytest.approx(width)


def measured(one, measure: str):
    """The claim with a measure concept (checker/lang/concepts/concepts.yaml)."""
    from dataclasses import replace
    return replace(one, measure=measure)


@pytest.mark.parametrize("language, written, unit", [("en", "7", "degrees"), ("ar", "7", "درجات"), ("es", "7", "grados")])
def test_differences_a_whole_measurement_is_rounded(language, written, unit):
    whole = measured(claim("a", written, point(7), "count", unit), "magnitude")
    decimal = measured(claim("b", "6.8", point(6.8), "number", ""), "magnitude")
    assert difference(whole, decimal) == "rounding"  # "7 degrees" of magnitude holds 6.8
    assert difference(measured(claim("c", "6.9", point(6.9), "number", ""), "magnitude"), decimal) == "conflict"


@pytest.mark.parametrize("measure, expected", [
    ("missing", "update"),  # the missing go down as people are found: a later, lower count is news
    ("displaced", "update"),
    ("killed", "conflict"),  # the dead do not come back: a later, lower toll contradicts the earlier one
])
def test_differences_varying_measures_change_either_way(measure, expected):
    earlier = measured(claim("a", "89", point(89), unit="people", published=SEP_9), measure)
    later = measured(claim("b", "13", point(13), unit="people", published=SEP_10), measure)
    assert difference(earlier, later) == expected
    assert difference(later, earlier) == expected


@pytest.mark.parametrize("text", ["dozens", "decenas"])
def test_differences_a_vague_amount_states_no_number(text):
    vague = claim("a", text, Interval(24, 99, True, True, "number"), qualifier="vague", unit="missing")
    exact = claim("b", "14", point(14), unit="missing")
    assert difference(vague, exact) == "rounding"


def test_differences_a_preliminary_count_and_the_result_are_two_moments():
    """A candidate's votes read at the preliminary count (claims.claim.PRELIMINARY) and the same day's result: an
    update, and the reason names the stage."""
    from dataclasses import replace

    from checker.claims.claim import PRELIMINARY
    from checker.differences import reason

    early = replace(claim("a", "4,210,000", point(4210000), unit="votes"), progress=PRELIMINARY)
    final = claim("b", "4,390,000", point(4390000), unit="votes")
    assert difference(early, final) == "update"
    assert "the preliminary count in a" in reason(early, final)
