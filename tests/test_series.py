"""Facts that change over time, and values that seeds report at different times.

Unit tests build facts, seeds and links by hand; the end-to-end tests run the
fixture corpus tests/fixtures/issue4 (the five bundled seeds plus two articles
written for these tests: seed 005, five dead a week after seed 002's four, and
seed 006, 48 hours for the US diplomats the day seed 004 says 72).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from checker.compare import compare
from checker.engine import Inputs, run
from checker.findings import rose, source_conflicts
from checker.intervals import point
from checker.model import Fact, FactValue, Interval, Link, Mention, Seed
from checker.render import markdown

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "issue4"
NO_ASSERTIONS = FIXTURE / "no-assertions"  # does not exist: the default assertion holds


def day(text: str) -> date:
    return date.fromisoformat(text)


def deaths(*series: tuple[str, float]) -> Fact:
    values = tuple(FactValue(point(v), f"{v:g}", as_of=day(when), line=10 + i) for i, (when, v) in enumerate(series))
    return Fact(id="deaths", statement="People killed", kind="count", values=values, unit="dead",
                path="facts/demo.yaml", line=3)


def seed(seed_id: str, published: str | None) -> Seed:
    return Seed(id=seed_id, path=f"seeds/{seed_id}.txt", text="", language="en",
                published=day(published) if published else None)


def said(value: float, sentence: str = "Clashes left {} dead.") -> Mention:
    text = f"{value:g}"
    sentence = sentence.format(text)
    start = sentence.index(text)
    return Mention(text=text, start=start, end=start + len(text), line=1, column=start + 1, kind="count",
                   value=point(value), unit="dead", sentence=sentence, language="en")


def judged(fact: Fact, seed_id: str, published: str | None, value: float):
    return compare(Link(said(value), fact.id, 0.8, ()), fact, seed(seed_id, published))


SERIES = deaths(("2019-04-30", 4), ("2019-05-06", 5))


@pytest.mark.parametrize("published, value, verdict", [
    ("2019-05-03", 4, "agrees"),  # the value in force
    ("2019-05-03", 5, "ahead"),  # a value that holds only later
    ("2019-05-10", 5, "agrees"),
    ("2019-05-10", 4, "outdated"),  # a value that held before
    ("2019-05-10", 7, "contradicts"),  # no value of the series
    (None, 5, "agrees"),  # an undated seed is judged by the last value
])
def test_series_judged_by_the_value_in_force(published, value, verdict):
    assert judged(SERIES, "a", published, value).verdict == verdict


def _ranged(*series) -> Fact:
    """A series whose values may be ranges ("the tolls of that day: 5 to 20")."""
    from checker.model import Interval

    values = tuple(FactValue(Interval(low, high), f"{low:g}-{high:g}", as_of=day(when), line=10 + i)
                   for i, (when, low, high) in enumerate(series))
    return Fact(id="deaths", statement="People killed", kind="count", values=values, unit="dead",
                path="facts/demo.yaml", line=3)


@pytest.mark.parametrize("published, value, verdict", [
    # a figure inside a later day's range was published by no one yet: no scoop, a contradiction
    ("2019-05-03", 12, "contradicts"),
    ("2019-05-03", 3, "agrees"),
    # a figure inside an earlier range is still an earlier toll
    ("2019-05-10", 3, "outdated"),
])
def test_series_a_later_range_is_no_ahead(published, value, verdict):
    series = _ranged(("2019-04-30", 1, 4), ("2019-05-06", 5, 20))
    assert judged(series, "a", published, value).verdict == verdict


def test_series_expected_is_the_value_in_force():
    comparison = judged(SERIES, "a", "2019-05-10", 4)
    assert (comparison.expected.as_of, comparison.expected.line) == (day("2019-05-06"), 11)


@pytest.mark.parametrize("kind, low, high, rises", [
    ("count", "2019-05-03", "2019-05-10", True),
    ("count", "2019-05-10", "2019-05-03", False),  # the higher value is older: it fell
    ("count", "2019-05-03", "2019-05-03", False),  # the same day
    ("count", None, "2019-05-03", False),  # an undated seed can't be ordered
    ("duration", "2019-05-03", "2019-05-10", False),  # only counts grow over time
])
def test_series_rose(kind, low, high, rises):
    assert rose(kind, low and day(low), high and day(high)) is rises


ONE_VALUE = deaths(("2019-04-30", 4))


@pytest.mark.parametrize("first, second, conflicts", [
    (("a", "2019-05-03", 4), ("b", "2019-05-10", 5), 0),  # rose, seeds in order: a series
    (("a", "2019-05-10", 4), ("b", "2019-05-03", 5), 1),  # fell
    (("a", "2019-05-03", 4), ("b", "2019-05-03", 5), 1),  # the same day
    (("a", "2019-05-03", 4), ("b", None, 5), 1),  # undated
])
def test_series_source_conflicts_of_a_single_value_fact(first, second, conflicts):
    comparisons = [judged(ONE_VALUE, *first), judged(ONE_VALUE, *second)]
    seeds = {s: seed(s, p) for s, p, _ in (first, second)}
    assert len(source_conflicts(comparisons, {"deaths": ONE_VALUE}, seeds)) == conflicts


def test_series_both_in_force_is_no_conflict():
    comparisons = [judged(SERIES, "a", "2019-05-10", 5), judged(SERIES, "b", "2019-05-03", 4)]
    seeds = {"a": seed("a", "2019-05-10"), "b": seed("b", "2019-05-03")}
    assert source_conflicts(comparisons, {"deaths": SERIES}, seeds) == []


def test_series_figures_of_one_day_inside_its_range_are_no_conflict():
    """The sheet gives a day's tolls as a range (the toll rose during the day): a seed's "at least 9" and
    another's 4 of that morning both fit the figures of that day, so they are updates the sheet records,
    not a conflict between the sources; a figure outside the day's range still conflicts."""
    fact = _ranged(("2024-04-03", 1, 9), ("2024-04-04", 9, 10))
    at_least = replace(said(9, "At least {} people died."), qualifier="ge", value=Interval(9, float("inf")))
    comparisons = [compare(Link(at_least, "deaths", 0.8, ()), fact, seed("a", "2024-04-03")),
                   judged(fact, "b", "2024-04-03", 4), judged(fact, "c", "2024-04-03", 12)]
    assert [c.verdict for c in comparisons] == ["imprecise", "agrees", "contradicts"]
    seeds = {s: seed(s, "2024-04-03") for s in "abc"}
    conflicts = source_conflicts(comparisons, {"deaths": fact}, seeds)
    assert sorted((f.seed, f.other_seed) for f in conflicts) == [("b", "c")]  # "at least 9" holds 12


def test_series_outdated_seed_is_no_source_conflict():
    """Seed c repeats the old toll after b gave the new one: c is outdated (its own finding says so), and
    the difference between b and c is one the sheet records, an update, so no source conflict."""
    comparisons = [judged(SERIES, "a", "2019-05-03", 4), judged(SERIES, "b", "2019-05-10", 5),
                   judged(SERIES, "c", "2019-05-12", 4)]
    assert [c.verdict for c in comparisons] == ["agrees", "agrees", "outdated"]
    seeds = {s.id: s for s in (seed("a", "2019-05-03"), seed("b", "2019-05-10"), seed("c", "2019-05-12"))}
    assert source_conflicts(comparisons, {"deaths": SERIES}, seeds) == []


def test_series_a_value_the_sheet_never_held_still_conflicts():
    """An outdated seed and a seed whose value the sheet never held: the second contradicts the sheet, and
    the two sources conflict; the message names the other seeds that said the same."""
    comparisons = [judged(SERIES, "a", "2019-05-12", 4), judged(SERIES, "b", "2019-05-12", 7),
                   judged(SERIES, "c", "2019-05-12", 4)]
    assert [c.verdict for c in comparisons] == ["outdated", "contradicts", "outdated"]
    seeds = {s: seed(s, "2019-05-12") for s in "abc"}
    (finding,) = source_conflicts(comparisons, {"deaths": SERIES}, seeds)
    assert (finding.seed, finding.other_seed) == ("a", "b")
    assert "seed c also says the same as a" in finding.message


def test_series_conflict_once_per_pair_of_values_naming_the_others():
    fact = deaths(("2019-04-30", 15))
    comparisons = [judged(fact, s, "2019-05-03", 4) for s in "abc"] + [judged(fact, s, "2019-05-03", 15) for s in "de"]
    seeds = {s: seed(s, "2019-05-03") for s in "abcde"}
    (finding,) = source_conflicts(comparisons, {"deaths": fact}, seeds)
    assert (finding.seed, finding.other_seed, finding.found, finding.expected) == ("a", "d", "4 dead", "15 dead")
    assert finding.quote == "Clashes left 4 dead." and finding.other_quote == "Clashes left 15 dead."
    assert "seeds b, c also say the same as a" in finding.message and "seed e also says the same as d" in finding.message


def test_series_source_conflicts_independent_of_order():
    fact = deaths(("2019-04-30", 15))
    comparisons = [judged(fact, s, p, v) for s, p, v in
                   (("a", "2019-05-03", 4), ("b", "2019-05-01", 4), ("c", "2019-05-02", 15), ("d", None, 15))]
    seeds = {c.seed_id: seed(c.seed_id, p) for c, p in zip(comparisons, ("2019-05-03", "2019-05-01", "2019-05-02", None))}
    forward = source_conflicts(comparisons, {"deaths": fact}, seeds)
    assert source_conflicts(comparisons[::-1], {"deaths": fact}, seeds) == forward
    assert len(forward) == 1


# --- the fixture corpus, end to end -----------------------------------------------------

@pytest.fixture(scope="module")
def with_series():
    """The fixture corpus against its own sheet, where protest deaths are 4, then 5 from 6 May."""
    return run(Inputs(FIXTURE / "seeds", (FIXTURE / "facts",), (NO_ASSERTIONS,)))[0]


@pytest.fixture(scope="module")
def with_bundled_facts():
    """The fixture corpus against the bundled sheet, where protest deaths are 4 and only 4."""
    return run(Inputs(FIXTURE / "seeds", (ROOT / "facts",), (NO_ASSERTIONS,)))[0]


def involving(report, seed_id: str) -> list:
    return [f for f in report.findings if seed_id in (f.seed, f.other_seed)]


def test_series_five_dead_a_week_later_agrees_with_the_later_value(with_series):
    (finding,) = [f for f in involving(with_series, "005") if f.fact == "protest-deaths-apr30-may1"]
    assert finding.kind == "agreement" and finding.expected == "5 dead (as of 2019-05-06)"
    assert not [f for f in involving(with_series, "005") if f.kind == "source-conflict"]
    assert [f.kind for f in with_series.findings if f.seed == "002" and f.fact == "protest-deaths-apr30-may1"] \
        == ["agreement"]


def test_series_five_dead_against_a_single_value_is_a_change_not_a_source_conflict(with_bundled_facts):
    mine = [f for f in involving(with_bundled_facts, "005") if f.fact == "protest-deaths-apr30-may1"]
    assert [f.kind for f in mine] == ["contradiction"]  # the sheet's one value is 4
    assert not [f for f in with_bundled_facts.findings if f.kind == "source-conflict"
                and {f.seed, f.other_seed} == {"002", "005"}]


@pytest.mark.parametrize("report", ["with_series", "with_bundled_facts"])
def test_series_48_hours_is_a_source_conflict_and_a_contradiction_once_each(report, request):
    found = involving(request.getfixturevalue(report), "006")
    kinds = sorted((f.kind, f.fact, f.seed, f.other_seed) for f in found if f.severity != "none")
    assert kinds == [("contradiction", "us-diplomats-deadline", "006", ""),
                     ("source-conflict", "us-diplomats-deadline", "004", "006")]
    conflict = next(f for f in found if f.kind == "source-conflict")
    assert (conflict.found, conflict.expected) == ("72 hours", "48 hours")
    assert "72 ساعت" in conflict.quote and "48 hours" in conflict.other_quote
    assert conflict.other_location.endswith("006_diplomats_48_hours.txt:3:123")


def test_series_no_conflict_without_a_fact_repeats_a_fact(with_series):
    grouped = {(c.seed.id, c.mention.start) for g in with_series.groups for c in g.claims}
    linked = {(r.seed.id, link.mention.start) for r in with_series.seeds for link in r.links}
    assert not grouped & linked
    assert not [f for f in with_series.findings if f.kind == "source-conflict" and not f.fact]


def test_series_report_shows_values_by_seed_and_a_timeline(with_series):
    text = markdown.render(with_series)
    values = text.split("## Values by seed and date")[1]
    assert "| protest-deaths-apr30-may1 | 2019-05-03 | 002 | four | 4 dead | 4 dead (as of 2019-04-30) | agrees |" \
        in values
    assert "| protest-deaths-apr30-may1 | 2019-05-10 | 005 | five | 5 dead | 5 dead (as of 2019-05-06) | agrees |" \
        in values
    timeline = text.split("## Timeline")[1].split("\n## ")[0]
    assert "```mermaid\ntimeline\n" in timeline
    assert "    2019-05-06 : protest-deaths-apr30-may1 = 5 dead" in timeline
    assert "protest-deaths-apr30-may1 - seed 005 says 5 dead (agrees)" in timeline
    assert "## Conflicts without a fact\n\nNone." in text
    discrepancy = text.split("source-conflict (warning): `us-diplomats-deadline` in `004`")[1].split("\n### ")[0]
    assert "and `006` (`" in discrepancy and "> CARACAS — Venezuelan President Nicolas Maduro broke off" in discrepancy
    assert "Maduro breaks off relations" not in discrepancy  # the headline is not glued to the quote


def test_series_report_without_facts_shows_conflicts_and_series_of_claims(tmp_path):
    empty = tmp_path / "facts"
    empty.mkdir()
    report = run(Inputs(FIXTURE / "seeds", (empty,), (NO_ASSERTIONS,)))[0]
    text = markdown.render(report)
    section = text.split("## Conflicts without a fact")[1].split("\n## ")[0]
    assert "### 1. duration of diplomats around 2019-01-25: 2 claims in 2 seeds (004, 006; confidence 0.45)" in section
    assert "- **warning** (FL002): seed 004 says '\u206872 ساعت\u2069' (72 hours), seed 006 says '48 hours' (48 hours)" in section
    assert "### Series without a fact" in section
    assert "#### 1. count of killed around 2019-05-01: 2 claims in 2 seeds (002, 005" in section  # the clause's 1 May
    assert "more groups of claims agree across seeds" in section
    conflict = next(f for f in report.findings if f.kind == "source-conflict")
    assert conflict.fact == "" and f"`{conflict.seed}`" not in text.split("## Discrepancies")[1].split("\n## ")[0]
    timeline = text.split("## Timeline")[1].split("\n## ")[0]
    assert "2019-05-10 : count of killed around 2019-05-01 (no fact) - seed 005 says 5 dead" in timeline


def _on(value: float, clause_day: str, sentence: str = "The toll rose to {} on Sunday.") -> Link:
    """A link whose frame dates the claim by a day of its own clause."""
    from checker.frames import Frame
    mention = said(value, sentence)
    ordinal = day(clause_day).toordinal()
    frame = Frame(mention.start, mention.end, time=(ordinal, ordinal), time_source="clause: 'Sunday'")
    return Link(mention, "deaths", 0.8, (), frame)


@pytest.mark.parametrize("value, clause_day, verdict, as_of", [
    (5, "2019-05-06", "agrees", "2019-05-06"),  # Monday's article gives Sunday's toll: right for Sunday
    (4, "2019-05-05", "agrees", "2019-04-30"),  # the toll of the day its clause names, before the update
    (7, "2019-05-06", "contradicts", "2019-05-07"),  # right on no day: judged at publication
    (4, "2019-04-29", "outdated", "2019-05-07"),  # a day before the sheet's first value: judged at publication
])
def test_series_a_claim_dated_by_its_clause_is_judged_on_that_day(value, clause_day, verdict, as_of):
    """A toll that its own clause dates ("rose to 48 on Sunday", in Monday's article) is judged against the
    value in force on that day, when the sheet has one; otherwise against the value at publication."""
    fact = deaths(("2019-04-30", 4), ("2019-05-06", 5), ("2019-05-07", 6))
    comparison = compare(_on(value, clause_day), fact, seed("a", "2019-05-07"))
    assert (comparison.verdict, comparison.expected.as_of) == (verdict, day(as_of))


def test_series_an_undated_seed_s_claim_dated_by_its_clause_is_judged_on_that_day():
    """An undated seed is judged against the latest value, unless its clause dates the claim ("the toll
    updated on 6 May was 5")."""
    fact = deaths(("2019-04-30", 4), ("2019-05-06", 5), ("2019-05-07", 6))
    comparison = compare(_on(5, "2019-05-06"), fact, seed("a", None))
    assert (comparison.verdict, comparison.expected.as_of) == ("agrees", day("2019-05-06"))
