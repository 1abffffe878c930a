"""Fact sheets: loading, validation problems at file:line, the schema, the curated facts."""
from __future__ import annotations

import importlib
import json
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from checker import yamlio
from checker.errors import InputError
from checker.extract.lexicon import available
from checker.facts import SCHEMA_PATH, load_facts, parse_fact_value, validate_facts
from checker.intervals import DURATION_SECONDS, days
from checker.model import INF, KINDS, QUALIFIERS, Interval

ROOT = Path(__file__).resolve().parent.parent
FACTS_DIR = ROOT / "facts"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "facts"
GOOD = FIXTURES / "good"
BAD = FIXTURES / "bad"


def _has_parse_value() -> bool:
    try:
        return hasattr(importlib.import_module("checker.extract"), "parse_value")
    except ImportError:
        return False


# Tests of text values ("more than 50", "72 hours"): they exercise the article
# grammar's checker.extract.parse_value and run once it exists.
needs_parse_value = pytest.mark.skipif(
    not _has_parse_value(), reason="text values wait for checker.extract.parse_value")


# fixture, the sheet that is reported (under fixtures/facts), its line, a key part of the message
BAD_CASES = [
    ("syntax-error", "bad/syntax-error", 4, "syntax: expected <block end>"),
    ("unknown-key", "bad/unknown-key", 6, "misspelt-unit.unitt: unknown key 'unitt' (did you mean 'unit'?)"),
    ("missing-key", "bad/missing-key", 2, "no-statement.statement: missing required key 'statement'"),
    ("unknown-kind", "bad/unknown-kind", 4, "strange-kind.kind: unknown kind 'amount'"),
    ("value-and-values", "bad/value-and-values", 2, "give exactly one of value or values (found value and values)"),
    ("no-value", "bad/no-value", 2, "give exactly one of value or values (found none)"),
    ("bad-id", "bad/bad-id", 2, "Renegade_Soldiers.id: 'Renegade_Soldiers' does not match the pattern"),
    ("impossible-date", "bad/impossible-date", 5, "impossible date '2019-02-30': day is out of range for month"),
    ("impossible-month", "bad/impossible-month", 5, "impossible date '2019-13': month must be in 1..12"),
    ("impossible-as-of", "bad/impossible-as-of", 7, "series-bad-day.values[1].as_of: impossible date '2019-02-30'"),
    ("as-of-order", "bad/as-of-order", 7, "as_of 2019-02-04 is not after the previous as_of 2019-04-01 (line 6)"),
    ("duplicate-id", "bad/duplicate-id", 7, "duplicate fact id 'twice', first defined at {bad}/duplicate-id.yaml:2"),
    ("duplicate-id-across", "good/minimal", 3,
     "duplicate fact id 'uprising-day', first defined at {bad}/duplicate-id-across.yaml:3"),
    ("empty-interval", "bad/empty-interval", 5, "upside-down.value: the interval is empty: [60, 50]"),
    ("bound-not-a-number", "bad/bound-not-a-number", 5, "low must be a number for a count, not 'many'"),
    ("duration-without-unit", "bad/duration-without-unit", 5, "a duration needs a unit"),
    ("amount-not-duration", "bad/amount-not-duration", 5, "{amount, unit} is for durations, not for a count"),
    ("unknown-amount-unit", "bad/unknown-amount-unit", 5, "plural-unit.value.unit: unknown unit 'hours'"),
    ("wrong-type", "bad/wrong-type", 5, "boolean-value.value: expected text, number or mapping, got boolean"),
    ("bad-language-key", "bad/bad-language-key", 7, "upper-case-language.cues.EN: invalid key: 'EN'"),
    ("misspelt-qualifier", "bad/misspelt-qualifier", 5,
     "countries-recognizing.value: cannot read 'more then' in 'more then 50'"),
    ("unknown-language", "bad/unknown-language", 7,
     f"embassy-soldiers.aliases.xx: no language data for 'xx' (have: {', '.join(available())})"),
    ("unreadable-unit", "bad/unreadable-unit", 6,
     "embassy-soldiers.unit: 'the' is not read as a counted noun ('25 the' counts nothing)"),
    ("unknown-language", "bad/unknown-language", 10,
     f"embassy-soldiers.cues.zz: no language data for 'zz' (have: {', '.join(available())})"),
    ("empty-sheet", "bad/empty-sheet", 1, "sheet: expected mapping, got null"),
    ("several-problems", "bad/several-problems", 4, "first-problem.kind: unknown kind 'cont'"),
    ("several-problems", "bad/several-problems", 10, "second-problem.value: impossible date '2019-02-29'"),
    ("several-problems", "bad/several-problems", 12, "third-problem.provenance: missing required key 'provenance'"),
    ("unknown-measure", "bad/unknown-measure", 6, "misspelt-measure.measure: unknown concept 'kiled' (known: abstention, affected,"),
    ("empty-window", "bad/empty-window", 3, "event.window: the window is empty: from 2031-06-01 is after to 2031-05-01"),
    ("empty-window", "bad/empty-window", 9, "fine-fact.window.from: impossible date '2031-13'"),
]

# Sheets loaded together with a bad fixture.
PARTNERS = {"duplicate-id-across": [GOOD / "minimal.yaml"]}


def _bad_paths(name: str) -> list[Path]:
    return [BAD / f"{name}.yaml", *PARTNERS.get(name, [])]


def _problem_lines(name: str) -> list[str]:
    return [str(problem) for problem in validate_facts(_bad_paths(name))]


@pytest.mark.parametrize("name,reported,line,message", BAD_CASES, ids=[f"{c[0]}-{c[2]}" for c in BAD_CASES])
def test_facts_bad_sheet_reports_file_line(name, reported, line, message):
    where = f"{FIXTURES / reported}.yaml:{line}: "
    message = message.replace("{bad}", str(BAD))
    lines = _problem_lines(name)
    assert any(text.startswith(where) and message in text for text in lines), lines


@pytest.mark.parametrize("path", sorted(BAD.glob("*.yaml")), ids=lambda path: path.stem)
def test_facts_bad_sheet_raises_input_error(path):
    with pytest.raises(InputError) as caught:
        load_facts(_bad_paths(path.stem))
    assert caught.value.problems
    assert all(problem.line >= 1 for problem in caught.value.problems)


@pytest.mark.parametrize("path", sorted(BAD.glob("*.yaml")), ids=lambda path: path.stem)
def test_facts_bad_sheet_has_expected_case(path):
    assert path.stem in {case[0] for case in BAD_CASES}


def test_facts_several_problems_all_reported():
    assert len(_problem_lines("several-problems")) == 3


@pytest.mark.parametrize("path", sorted(GOOD.glob("*.yaml")), ids=lambda path: path.stem)
def test_facts_good_sheet_loads(path):
    facts = load_facts([path])
    assert facts
    assert all(fact.path == str(path) and fact.line > 0 for fact in facts)
    assert all(value.line > 0 for fact in facts for value in fact.values)


def test_facts_directory_loads_sorted():
    facts = load_facts([GOOD])
    assert [Path(fact.path).name for fact in facts] == ["minimal.yaml"] + ["persian.yaml"] + ["values.yaml"] * 5


def _good_fact(fact_id: str):
    return {fact.id: fact for fact in load_facts([GOOD])}[fact_id]


@pytest.mark.parametrize("fact_id,interval,qualifier,text", [
    ("uprising-day", days(date(2019, 4, 30), date(2019, 4, 30)), "eq", "2019-04-30"),
    ("embassy-soldiers", Interval(25, 25), "eq", "25"),
    ("diplomats-deadline", Interval(259200, 259200), "eq", "72 hours"),
    ("spring-days", days(date(2019, 4, 1), date(2019, 5, 1)), "between", "[2019-04-01, 2019-05-01]"),
    ("election-year", days(date(2018, 1, 1), date(2018, 12, 31)), "eq", "2018"),
    ("diplomats-hours", Interval(259200, 259200), "eq", "3 days"),
])
def test_facts_value_forms(fact_id, interval, qualifier, text):
    value = _good_fact(fact_id).values[0]
    assert (value.interval, value.qualifier, value.text) == (interval, qualifier, text)


def test_facts_series_in_date_order():
    fact = _good_fact("recognizing-countries")
    assert [value.as_of for value in fact.values] == [date(2019, 1, 24), date(2019, 4, 1)]
    assert [value.qualifier for value in fact.values] == ["ge", "gt"]
    assert fact.values[1].interval == Interval(50, INF, False, False)
    assert fact.values[1].text == "more than 50"
    assert [value.line for value in fact.values] == [18, 20]
    assert fact.value_at(date(2019, 2, 1)) is fact.values[0]


def test_facts_words_per_language():
    assert _good_fact("embassy-soldiers").aliases == {"en": ("soldiers", "troops"), "fa": ("سرباز",)}
    persian = _good_fact("diplomats-hours")
    assert (persian.language, persian.cues) == ("fa", {"fa": ("دیپلمات",)})


def test_facts_fields_are_plain_types():
    fact = _good_fact("embassy-soldiers")
    assert type(fact.id) is str and type(fact.statement) is str and type(fact.tolerance) is float
    assert all(type(word) is str for words in fact.cues.values() for word in words)


def test_facts_missing_file_is_a_problem(tmp_path):
    problems = validate_facts([tmp_path / "absent.yaml"])
    assert len(problems) == 1 and "cannot read" in problems[0].message


# --- text values: checker.extract.parse_value ------------------------------------------

def _fake_extract(monkeypatch, parse_value=None):
    module = types.ModuleType("checker.extract")
    if parse_value:
        module.parse_value = parse_value
    monkeypatch.setitem(sys.modules, "checker.extract", module)


def test_facts_text_value_without_parser_is_a_problem(monkeypatch, tmp_path):
    _fake_extract(monkeypatch)
    sheet = tmp_path / "text.yaml"
    sheet.write_text("facts:\n  - id: a\n    statement: s\n    kind: count\n"
                     "    value: more than 50\n    provenance: p\n", encoding="utf-8")
    (problem,) = validate_facts([sheet])
    assert str(problem).startswith(f"{sheet}:5: a.value: this text value needs checker.extract.parse_value")


def test_facts_text_value_rejected_by_parser_is_a_problem(monkeypatch, tmp_path):
    def parse_value(text, kind, language):
        raise ValueError(f"no {kind} in {text!r}")

    _fake_extract(monkeypatch, parse_value)
    sheet = tmp_path / "text.yaml"
    sheet.write_text("facts:\n  - id: a\n    statement: s\n    kind: count\n"
                     "    value: lots\n    provenance: p\n", encoding="utf-8")
    assert [str(p) for p in validate_facts([sheet])] == [f"{sheet}:5: a.value: no count in 'lots'"]


def test_facts_text_value_tolerance_sets_about_band(monkeypatch):
    _fake_extract(monkeypatch, lambda text, kind, language: (Interval(61.2, 74.8), "approx"))
    interval, qualifier, text = parse_fact_value("about 68 percent", "percent", "en", tolerance=0.05)
    assert (interval, qualifier, text) == (Interval(64.6, 71.4), "approx", "about 68 percent")


@needs_parse_value
@pytest.mark.parametrize("text,kind,language,interval,qualifier", [
    ("25", "count", "en", Interval(25, 25), "eq"),
    ("more than 50", "count", "en", Interval(50, INF, False, False), "gt"),
    ("at least 11", "count", "en", Interval(11, INF, True, False), "ge"),
    ("40-plus", "count", "en", Interval(40, INF, True, False), "ge"),
    ("72 hours", "duration", "en", Interval(259200, 259200), "eq"),
    ("72 ساعت", "duration", "fa", Interval(259200, 259200), "eq"),
])
def test_facts_parse_value_text(text, kind, language, interval, qualifier):
    assert parse_fact_value(text, kind, language)[:2] == (interval, qualifier)


@needs_parse_value
def test_facts_parse_value_about_percent():
    interval, qualifier, _ = parse_fact_value("about 68 percent", "percent", "en")
    assert qualifier == "approx" and interval.low < 68 < interval.high


# --- the schema and the curated facts ---------------------------------------------------

def _schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_facts_schema_is_valid():
    Draft202012Validator.check_schema(_schema())


def test_facts_schema_matches_model():
    definitions = _schema()["$defs"]
    assert tuple(definitions["fact"]["properties"]["kind"]["enum"]) == KINDS
    assert tuple(definitions["interval"]["properties"]["qualifier"]["enum"]) == QUALIFIERS
    assert list(definitions["amount"]["properties"]["unit"]["enum"]) == list(DURATION_SECONDS)


def _properties(node):
    if isinstance(node, dict):
        for name, child in node.get("properties", {}).items():
            yield name, child
        for child in node.values():
            yield from _properties(child)
    elif isinstance(node, list):
        for child in node:
            yield from _properties(child)


@pytest.mark.parametrize("name,definition", list(_properties(_schema())),
                         ids=lambda x: x if isinstance(x, str) else "")
def test_facts_schema_documents_every_property(name, definition):
    assert definition.get("title") and definition.get("description")


@pytest.mark.parametrize("path", sorted(FACTS_DIR.glob("*.yaml")), ids=lambda path: path.name)
def test_facts_shipped_sheet_validates_against_schema(path):
    errors = list(Draft202012Validator(_schema()).iter_errors(yamlio.load(path)))
    assert not errors, [error.message for error in errors]


def test_facts_shipped_facts_load():
    facts = load_facts([FACTS_DIR])
    assert len(facts) >= 20
    assert all(fact.provenance and fact.statement for fact in facts)


@pytest.mark.parametrize("fact", load_facts([FACTS_DIR]), ids=lambda fact: fact.id)
def test_facts_shipped_fact_has_english_and_persian_cues(fact):
    assert fact.cues.get("en") and fact.cues.get("fa")


# --- events, measures, entities, windows (issue 8) -----------------------------------------

EVENT_SHEET = FIXTURES / "event" / "election.yaml"


def _event_fact(fact_id: str):
    return {fact.id: fact for fact in load_facts([EVENT_SHEET])}[fact_id]


def test_facts_event_block_is_read():
    event = _event_fact("rassendyll-vote-share").event
    assert event.id == "ruritania-election-2031"
    assert event.names == {"en": ("Ruritanian election",), "es": ("elecciones de Ruritania",)}
    assert event.places == {"en": ("Ruritania", "Strelsau")}
    assert event.entities["ar"] == ("راسنديل",)
    assert event.window == (date(2031, 3, 1), date(2031, 6, 30))
    assert event.line == 3


def test_facts_measure_concept_and_entities():
    fact = _event_fact("rassendyll-vote-share")
    assert fact.measure == ("vote-share",)
    assert fact.entities == {"en": ("Rassendyll",)}
    assert fact.window == (date(2031, 3, 1), date(2031, 6, 30))  # the event's window


def test_facts_measure_words_resolve_to_concepts():
    fact = _event_fact("election-dead")
    assert (fact.measure, fact.measure_words) == (("killed",), {})
    assert fact.window == (date(2031, 5, 1), date(2031, 5, 31))  # its own window narrows the event's


def test_facts_measure_words_no_concept_knows_stay_words():
    fact = _event_fact("ballot-boxes-seized")
    assert (fact.measure, fact.measure_words) == ((), {"en": ("ballot boxes seized",)})


def test_facts_sheet_without_event_has_none():
    fact = _good_fact("embassy-soldiers")
    assert (fact.event, fact.window, fact.measure) == (None, None, ())


# --- yamlio ------------------------------------------------------------------------------

YAML_TEXT = "a: 1\nlist:\n  - x\n  - {k: v}\nnested:\n  deep:\n    key: 3\n"


@pytest.mark.parametrize("path,line", [
    ([], 1), (["a"], 1), (["list"], 2), (["list", 0], 3), (["list", 1], 4), (["list", 1, "k"], 4),
    (["nested", "deep", "key"], 7), (["nested", "missing"], 5), (["list", 9], 2),
])
def test_yamlio_line_at(path, line):
    assert yamlio.line_at(yamlio.loads(YAML_TEXT), path) == line


@pytest.mark.parametrize("text,line,message", [
    ("a: [1, 2\n", 2, "expected ',' or ']'"),
    ("a: 1\na: 2\n", 2, 'found duplicate key "a"'),
    ("a: b: c\n", 1, "mapping values are not allowed here"),
])
def test_yamlio_syntax_error_has_line(text, line, message):
    with pytest.raises(InputError) as caught:
        yamlio.loads(text, "x.yaml")
    (problem,) = caught.value.problems
    assert (problem.path, problem.line, problem.field) == ("x.yaml", line, "syntax")
    assert message in problem.message


def test_yamlio_timestamps_stay_text():
    assert yamlio.loads("day: 2019-02-30\n") == {"day": "2019-02-30"}


@pytest.mark.parametrize("name", ["misspelt-qualifier", "unknown-language"])
def test_facts_validate_command_refuses_what_it_cannot_read(name, capsys):
    from checker.cli import main
    code = main(["validate", "--facts", str(BAD / f"{name}.yaml"), "--assertions", str(BAD / "none")])
    assert code == 2
    assert f"{BAD / name}.yaml:" in capsys.readouterr().err
