"""The scoring of bench/accuracy.py on hand-made mention lists, the gold loader, and every gold file.

No third-party extractor is needed: the adapters' value conversions are pure functions, and the
harness itself (bench/accuracy.py, slow, optional packages) is not run here.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import accuracy  # noqa: E402
from accuracy import (Counts, Gold, GoldError, GoldMention, load_gold, load_golds, match_exact,  # noqa: E402
                      match_overlap, same_value, score, total)
from adapters import Found, NotInstalled  # noqa: E402
from adapters import dateparser_adapter, duckling  # noqa: E402
from checker.model import INF, Interval  # noqa: E402

TEXT = "On April 30, more than 50 soldiers and 25 others left within two hours."
DAY = date(2019, 4, 30).toordinal()


def point(x: float) -> Interval:
    return Interval(x, x)


def day(iso: str) -> Interval:
    ordinal = date.fromisoformat(iso).toordinal()
    return Interval(ordinal, ordinal, True, True, "date")


def gold_mention(span: str, kind: str, value: Interval, currency: str = "", section: str = "body") -> GoldMention:
    start = TEXT.index(span)
    return GoldMention(span, start, start + len(span), kind, value, "eq", section, currency)


def found(span: str, kind: str, value: Interval | None, currency: str = "", text: str = TEXT) -> Found:
    start = text.index(span)
    return Found(start, start + len(span), kind, value, currency)


def make_gold(*mentions: GoldMention, ignore=()) -> Gold:
    return Gold("hand", Path("hand.yaml"), "en", date(2019, 5, 3), TEXT, tuple(mentions), tuple(ignore))


GOLD = make_gold(
    gold_mention("April 30", "date", day("2019-04-30")),
    gold_mention("more than 50", "count", Interval(50, INF, False, False)),
    gold_mention("25", "count", point(25)),
    gold_mention("within two hours", "duration", Interval(0, 7200)),
)


# ---- precision, recall, F1 --------------------------------------------------------


def test_scoring_exact_spans_precision_recall_f1():
    got = [found("April 30", "date", day("2019-04-30")),  # right span, right value
           found("50", "number", point(50)),  # overlaps 'more than 50' only
           found("25", "number", point(25)),  # right span, right value (number and count are one group)
           found("two hours", "duration", point(7200)),  # overlaps 'within two hours', wrong value
           found("others", "number", point(1))]  # spurious
    counts = score(GOLD, got).counts()
    assert (counts.gold, counts.found, counts.exact, counts.overlap, counts.value_ok) == (4, 5, 2, 4, 2)
    assert counts.precision(counts.exact) == pytest.approx(2 / 5)
    assert counts.recall(counts.exact) == pytest.approx(2 / 4)
    assert counts.f1(counts.exact) == pytest.approx(2 * 2 / (4 + 5))
    assert counts.f1(counts.overlap) == pytest.approx(2 * 4 / 9)
    assert counts.value_accuracy == 1.0
    assert counts.f1(counts.overlap_value_ok) == pytest.approx(2 * 2 / 9)  # '50' and 'two hours' misread


def test_scoring_perfect_and_empty():
    perfect = [Found(m.start, m.end, m.kind, m.value) for m in GOLD.mentions]
    counts = score(GOLD, perfect).counts()
    assert counts.f1(counts.value_ok) == 1.0
    nothing = score(GOLD, []).counts()
    assert nothing.precision(nothing.exact) is None and nothing.recall(nothing.exact) == 0
    assert nothing.f1(nothing.exact) == 0
    assert Counts().f1(0) is None  # nothing expected, nothing found: no figure


def test_scoring_spurious_only_gives_zero_f1():
    counts = score(make_gold(), [found("others", "number", point(1))]).counts()
    assert counts.f1(counts.exact) == 0 and counts.recall(0) is None


def test_scoring_counts_add_up_over_texts():
    first = score(GOLD, [found("25", "count", point(25))])
    second = score(GOLD, [found("April 30", "date", day("2019-04-30"))])
    both = total([first, second])
    assert (both.gold, both.found, both.exact, both.value_ok) == (8, 2, 2, 2)


def test_scoring_one_found_span_matches_one_gold_mention():
    text_gold = make_gold(gold_mention("25", "count", point(25)))
    twice = [found("25", "count", point(25)), found("25", "count", point(25))]
    counts = score(text_gold, twice).counts()
    assert (counts.exact, counts.found) == (1, 2)


def test_scoring_by_kind_attributes_found_to_its_gold_match():
    got = [found("more than 50", "money", Interval(50, INF, True, False), "USD"),  # wrong kind, matched span
           found("others", "number", point(1))]
    scored = score(GOLD, got)
    counts = scored.counts({"count/number"})
    assert (counts.gold, counts.found, counts.exact, counts.value_ok) == (2, 2, 1, 0)
    assert scored.counts({"money"}).found == 0
    assert scored.counts({"date"}).gold == 1


def test_scoring_ignores_found_spans_in_ignored_regions():
    start = TEXT.index("others")
    gold = make_gold(gold_mention("25", "count", point(25)), ignore=[(start, start + 6)])
    counts = score(gold, [found("25", "count", point(25)), found("others", "number", point(1))]).counts()
    assert counts.found == 1 and counts.f1(counts.value_ok) == 1.0


# ---- overlap matching ------------------------------------------------------------------


def test_overlap_matching_is_one_to_one_largest_overlap_first():
    golds = [gold_mention("more than 50", "count", point(50)), gold_mention("25", "count", point(25))]
    got = [found("than", "number", point(0)), found("more than 50", "count", point(50)), found("2", "number", point(2))]
    assert match_overlap(golds, got) == {0: 1, 1: 2}
    assert match_exact(golds, got) == {0: 1}


def test_overlap_matching_needs_a_shared_character():
    golds = [gold_mention("April 30", "date", day("2019-04-30"))]
    touching = Found(golds[0].end, golds[0].end + 1, "number", point(1))
    assert match_overlap(golds, [touching]) == {}


# ---- value comparison -------------------------------------------------------------


@pytest.mark.parametrize("kind, want, have, have_kind, expected", [
    ("count", point(25), point(25), "number", True),
    ("count", point(25), point(25 * (1 + 1e-12)), "count", True),
    ("count", point(25), point(25.001), "count", False),
    ("count", Interval(50, INF, False, False), Interval(50, INF, True, False), "count", False),
    ("percent", Interval(61.2, 74.8), Interval(61.2, 74.8), "percent", True),
    ("date", day("2019-04-30"), day("2019-04-30"), "date", True),
    ("date", day("2019-04-30"), point(DAY), "number", False),
    ("duration", point(7200), None, "duration", False),
])
def test_same_value_compares_interval_kind_group_and_inclusiveness(kind, want, have, have_kind, expected):
    mention = GoldMention("x", 0, 1, kind, want, "eq", "body")
    assert same_value(mention, Found(0, 1, have_kind, have)) is expected


def test_same_value_compares_the_currency_of_money():
    mention = GoldMention("$5", 0, 2, "money", point(5), "eq", "body", "USD")
    assert same_value(mention, Found(0, 2, "money", point(5), "USD"))
    assert not same_value(mention, Found(0, 2, "money", point(5), "EUR"))
    assert not same_value(mention, Found(0, 2, "number", point(5)))


# ---- the gold loader ------------------------------------------------------------


def write_gold(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "g.yaml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """language: en
published: 2019-05-03
text: "More than 50 countries. On Tuesday."
mentions:
  - {span: "More than 50", start: 0, end: 12, kind: count, value: "(50, inf)", qualifier: gt, unit: country, section: body}
  - {span: "Tuesday", start: 27, end: 34, kind: date, value: "2019-04-30", qualifier: eq, section: body}
"""


def test_gold_loader_reads_a_good_file(tmp_path):
    gold = load_gold(write_gold(tmp_path, GOOD))
    assert gold.language == "en" and gold.published == date(2019, 5, 3)
    assert [m.span for m in gold.mentions] == ["More than 50", "Tuesday"]
    assert gold.mentions[0].value == Interval(50, INF, False, False) and gold.mentions[0].unit == "country"
    assert gold.mentions[1].line == 6


@pytest.mark.parametrize("change, message", [
    (("start: 27, end: 34", "start: 26, end: 33"), "offsets 26:33 cover ' Tuesda', not the span 'Tuesday'"),
    (("start: 27, end: 34", "start: 27, end: 99"), "0 <= start < end <= 35"),
    (("value: \"2019-04-30\"", "value: \"2019-04-31\""), "no such day"),
    (("kind: date", "kind: time"), "kind 'time' is not one of"),
    (("qualifier: gt", "qualifier: over"), "qualifier 'over' is not one of"),
    (("section: body}\n  - {span: \"Tue", "section: main}\n  - {span: \"Tue"), "section 'main' is not one of"),
    (("unit: country, ", "unit: country, colour: red, "), "unknown key 'colour'"),
    (("published: 2019-05-03", "published: May"), "published must be a date"),
    (("language: en\n", "language: en\nseed: seeds/x.txt\n"), "either seed"),
])
def test_gold_loader_rejects_a_broken_file(tmp_path, change, message):
    old, new = change
    assert old in GOOD
    with pytest.raises(GoldError) as caught:
        load_gold(write_gold(tmp_path, GOOD.replace(old, new, 1)))
    assert message in str(caught.value)


def test_gold_loader_rejects_overlapping_or_unordered_mentions(tmp_path):
    body = GOOD + '  - {span: "50", start: 10, end: 12, kind: count, value: "50", qualifier: eq, section: body}\n'
    with pytest.raises(GoldError, match="starts before the previous one ends"):
        load_gold(write_gold(tmp_path, body))


def test_gold_loader_rejects_a_mention_inside_an_ignored_region(tmp_path):
    body = GOOD + "ignore:\n  - {start: 20, end: 35, why: 'test'}\n"
    with pytest.raises(GoldError, match="gold mentions inside the ignored region 20:35: 'Tuesday'"):
        load_gold(write_gold(tmp_path, body))


def test_gold_loader_checks_sections_against_the_boilerplate_regions(tmp_path):
    body = GOOD.replace("mentions:", "boilerplate:\n  - {start: 24, end: 35, why: 'a footer'}\nmentions:")
    with pytest.raises(GoldError, match="'Tuesday' is section body but lies inside the boilerplate regions"):
        load_gold(write_gold(tmp_path, body))
    fixed = load_gold(write_gold(tmp_path, body.replace("qualifier: eq, section: body", "qualifier: eq, section: boilerplate")))
    assert fixed.section_at(30) == "boilerplate" and fixed.section_at(3) == "body"


def test_gold_loader_reads_a_seed_by_path(tmp_path):
    (tmp_path / "s.txt").write_text("Tens of thousands marched.", encoding="utf-8")
    body = ("seed: s.txt\nlanguage: en\npublished: 2019-05-03\nmentions:\n"
            "  - {span: Tens of thousands, start: 0, end: 17, kind: count, value: '[20000, 99999]', "
            "qualifier: vague, section: body}\n")
    gold = load_gold(write_gold(tmp_path, body), root=tmp_path)
    assert gold.text.startswith("Tens") and gold.mentions[0].value == Interval(20000, 99999)


# ---- every gold file of the repository -----------------------------------------------

GOLD_FILES = sorted((ROOT / "bench" / "gold").glob("*.yaml"))


def test_gold_files_exist_for_every_seed_and_language():
    names = {path.stem for path in GOLD_FILES}
    seeds = {path.stem for path in (ROOT / "seeds").glob("*.txt")}
    assert seeds <= names, f"seeds without gold: {sorted(seeds - names)}"
    for language in ("ar", "es", "pt"):
        assert any(name.startswith(f"{language}-") for name in names), f"no {language}-*.yaml gold"


def test_real_style_and_held_out_gold_in_every_language_each_with_its_own_table():
    golds = load_golds()
    for prefix in (accuracy.REALSTYLE_PREFIX, accuracy.HELDOUT_PREFIX):
        assert {g.language for g in golds if g.name.startswith(prefix)} == {"en", "es", "pt", "ar", "fa"}, prefix
    runs = [SimpleNamespace(name="none", extractor=None, status="not installed")]
    report = "\n".join(accuracy._realstyle(golds, runs))
    assert "## Strict F1 on the real-style gold" in report and "## Strict F1 on the held-out gold" in report


@pytest.mark.parametrize("path", GOLD_FILES, ids=[path.stem for path in GOLD_FILES])
def test_gold_file_loads_and_its_offsets_match_its_text(path):
    gold = load_gold(path)  # raises GoldError naming every offset that misses its span
    assert gold.mentions, "a gold text with no mention"
    for mention in gold.mentions:
        assert gold.text[mention.start:mention.end] == mention.span


def test_seed_gold_agrees_with_the_manifest():
    manifest = YAML(typ="safe").load((ROOT / "seeds" / "manifest.yaml").read_text(encoding="utf-8"))
    by_file = {entry["file"]: entry for entry in manifest["seeds"]}
    for gold in load_golds():
        if gold.seed:
            entry = by_file[Path(gold.seed).name]
            assert (gold.language, gold.published) == (entry["language"], entry["published"]), gold.name


# ---- adapters: their conversions, and a missing package ------------------------------


def test_duckling_repairs_mojibake_bodies():
    assert duckling.repair("Ù¢Ù¥") == "٢٥"
    assert duckling.repair("June 5") == "June 5"


@pytest.mark.parametrize("value, expected", [
    ({"type": "value", "value": "2019-06-05T00:00:00.000+00:00", "grain": "day"}, ("2019-06-05", "2019-06-05")),
    ({"type": "value", "value": "2019-01-01T00:00:00.000+00:00", "grain": "month"}, ("2019-01-01", "2019-01-31")),
    ({"type": "value", "value": "2019-05-27T00:00:00.000+00:00", "grain": "week"}, ("2019-05-27", "2019-06-02")),
    ({"type": "value", "value": "2018-01-01T00:00:00.000+00:00", "grain": "year"}, ("2018-01-01", "2018-12-31")),
    ({"type": "interval", "from": {"value": "2019-03-18T00:00:00.000+00:00", "grain": "day"},
      "to": {"value": "2019-04-11T00:00:00.000+00:00", "grain": "day"}}, ("2019-03-18", "2019-04-10")),
])
def test_duckling_times_become_intervals_of_days(value, expected):
    first, last = (date.fromisoformat(x).toordinal() for x in expected)
    assert duckling._time(value) == Interval(first, last, True, True, "date")


def test_duckling_open_intervals_durations_and_money():
    since = duckling._time({"type": "interval", "from": {"value": "2019-01-23T00:00:00.000+00:00", "grain": "day"}})
    assert since == Interval(date(2019, 1, 23).toordinal(), INF, True, False, "date")
    assert duckling._duration({"value": 72, "unit": "hour"}) == point(259200)
    assert duckling._money({"type": "interval", "from": {"value": 50, "unit": "unknown"}}) == \
        (Interval(50, INF, True, False), "unknown")
    money = duckling._found(0, 12, {"dim": "amount-of-money", "value": {"type": "value", "value": 5, "unit": "$"}})
    assert (money.kind, money.currency, money.value) == ("money", "USD", point(5))
    plain = duckling._found(0, 12, {"dim": "amount-of-money",
                                    "value": {"type": "interval", "from": {"value": 50, "unit": "unknown"}}})
    assert plain.kind == "number"


def test_dateparser_periods_become_intervals_of_days():
    assert dateparser_adapter._period(date(2019, 1, 17), "month") == Interval(
        date(2019, 1, 1).toordinal(), date(2019, 1, 31).toordinal(), True, True, "date")
    week = dateparser_adapter._period(date(2019, 5, 29), "week")
    assert (week.low, week.high) == (date(2019, 5, 27).toordinal(), date(2019, 6, 2).toordinal())


def test_an_adapter_whose_package_is_missing_is_reported_not_skipped(monkeypatch):
    def load():
        raise NotInstalled("some-package")

    fake = SimpleNamespace(NAME="Fake", PACKAGE="some-package", VALUES=True, SCOPE="", load=load)
    monkeypatch.setattr(accuracy, "load_module", lambda name: fake)
    run = accuracy.run_adapter("fake", [GOLD])
    assert run.status == "not installed (`pip install some-package`)"
    assert accuracy.strict_cell(run, "en") == "not installed"
    assert accuracy.cell(run, None, lambda c: "x") == "not installed"


def test_an_extractor_error_is_reported_per_text(monkeypatch):
    class Broken:
        version = "0"
        kinds = {"en": frozenset({"date"})}

        def extract(self, text, language, published):
            raise RuntimeError("boom")

    fake = SimpleNamespace(NAME="Broken", PACKAGE="", VALUES=True, SCOPE="", load=Broken)
    monkeypatch.setattr(accuracy, "load_module", lambda name: fake)
    run = accuracy.run_adapter("broken", [GOLD])
    assert run.errors == {"hand": "RuntimeError: boom"}
    assert run.scored["hand"].counts().found == 0  # it counts as nothing found
    assert accuracy.strict_cell(run, "en") == "0.000 (errors: see below)"
