"""Fact sheets (facts/*.yaml): load, validate, and turn into model.Fact.

Validation runs in two passes and reports every problem, not just the first:
the JSON Schema (schema/fact-sheet.schema.json, also used by editors) checks
the shape, then the checks a schema cannot express: values that do not parse,
impossible dates, as_of series out of order, fact ids used twice.
Each problem reads `file:line: field: message`.
"""
from __future__ import annotations

import json
import math
import re
from calendar import monthrange
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Optional

from jsonschema import Draft202012Validator

from . import yamlio
from .errors import InputError, Problem
from .intervals import DURATION_SECONDS, days, point, qualified
from .model import INF, Event, Fact, FactValue, Interval

SCHEMA_PATH = Path(__file__).parent / "schema" / "fact-sheet.schema.json"

# Dates written in a sheet: 2019-04-30 (a day), 2019-04 (a month), 2019 (a year).
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")



def load_facts(paths: Iterable[str | Path]) -> tuple[Fact, ...]:
    """Every fact of the sheets at paths (files, or directories of *.yaml).

    Raises InputError carrying every problem found in any sheet.
    """
    facts, problems = _read_all(paths)
    if problems:
        raise InputError(problems)
    return facts


def validate_facts(paths: Iterable[str | Path]) -> list[Problem]:
    """The problems of the sheets at paths; empty when they all load."""
    return _read_all(paths)[1]


def sheet_files(paths: Iterable[str | Path]) -> list[Path]:
    """The sheet files named by paths: files as given, directories as their *.yaml; sorted."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: set[Path] = set()
    for path in map(Path, paths):
        files.update(path.glob("*.yaml") if path.is_dir() else [path])
    return sorted(files)


@cache
def schema() -> dict:
    """The fact-sheet JSON Schema."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def date_span(text: str) -> tuple[date, date]:
    """The first and last day of 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'; ValueError if impossible."""
    match = ISO_DATE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a date: {text!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if day is not None:
            return date(year, month, day), date(year, month, day)
        if month is not None:
            return date(year, month, 1), date(year, month, monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"impossible date {text!r}: {exc}") from None


# --- reading sheets ---------------------------------------------------------------------

def _read_all(paths: Iterable[str | Path]) -> tuple[tuple[Fact, ...], list[Problem]]:
    """The facts and problems of the sheets, the cycle collector waiting while they are built (yamlio)."""
    with yamlio.collector_waiting():
        return _read_sheets(paths)


def _read_sheets(paths: Iterable[str | Path]) -> tuple[tuple[Fact, ...], list[Problem]]:
    facts: list[Fact] = []
    problems: list[Problem] = []
    ids: list[tuple[str, str, int]] = []
    for path in sheet_files(paths):
        sheet_facts, sheet_problems, sheet_ids = _read_sheet(str(path))
        facts += sheet_facts
        problems += sheet_problems
        ids += sheet_ids
    problems += _duplicate_ids(ids)
    ordered = sorted(dict.fromkeys(problems), key=lambda p: (p.path, p.line, p.field, p.message))
    return tuple(facts), ordered


def _read_sheet(path: str) -> tuple[list[Fact], list[Problem], list[tuple[str, str, int]]]:
    try:
        data = yamlio.load(path, inside=Path(path).parent)
    except InputError as exc:
        return [], exc.problems, []
    problems, flawed, blocked = _schema_problems(data, path)
    items = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return [], problems, []
    language = data.get("language") if isinstance(data.get("language"), str) else "en"
    event, event_problems = _read_event(data, path, language)
    problems += event_problems
    facts = []
    for index, item in enumerate(items):
        if index in blocked:
            continue
        ref = _ref(item, index)
        languages = _language_problems(item, ref, path) + _unit_problems(item, ref, path, language)
        problems += languages
        flawed |= {index} if languages else set()
        values, value_problems = _read_values(item, ref, path, language)
        meaning, meaning_problems = _read_meaning(item, ref, path, language, event)
        problems += value_problems + meaning_problems
        if index not in flawed and not value_problems and not meaning_problems:
            fact = _make_fact(item, values, yamlio.line_of(items, index), path, language)
            facts.append(replace(fact, **meaning))
    return facts, problems, _ids(items, path)


# --- events, measures, windows (checker/frames/ and checker/scope.py use them) -----------

def _read_event(data: dict, path: str, language: str) -> tuple[Optional[Event], list[Problem]]:
    """The sheet's `event:` block; None when absent or malformed (the schema reports the shape)."""
    raw = data.get("event")
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None, []
    window, problems = _read_window(raw.get("window"), raw, path, "event.window")
    event = Event(id=raw["id"], names=_words(raw.get("names"), language), places=_words(raw.get("places"), language),
                  entities=_words(raw.get("entities"), language), window=window, path=path,
                  line=yamlio.line_of(data, "event"))
    return event, problems


def _read_window(raw: Any, holder: dict, path: str, field: str) -> tuple[Optional[tuple[date, date]], list[Problem]]:
    if not isinstance(raw, dict):
        return None, []
    ends, problems = [date.min, date.max], []
    for i, end in enumerate(("from", "to")):
        if isinstance(raw.get(end), str):
            try:
                ends[i] = date_span(raw[end])[i]
            except ValueError as exc:
                problems.append(Problem(path, yamlio.line_of(raw, end), str(exc), f"{field}.{end}"))
    if not problems and ends[0] > ends[1]:
        problems.append(Problem(path, yamlio.line_of(holder, "window"),
                                f"the window is empty: from {ends[0]} is after to {ends[1]}", field))
    return (None if problems else (ends[0], ends[1])), problems


def _read_meaning(item: dict, ref: str, path: str, language: str,
                  event: Optional[Event]) -> tuple[dict, list[Problem]]:
    """A fact's measure (concept ids, and words no concept knows), entities, window and event."""
    if not isinstance(item, dict):
        return {}, []
    measure, words, problems = _read_measure(item.get("measure"), item, ref, path, language)
    source = ""
    if not measure and not words and item.get("kind") == "date":
        measure = _day_of(item, language)
    elif not measure and not words:
        measure, source = _measure_of_cues(item, language)
    window, window_problems = _read_window(item.get("window"), item, path, f"{ref}.window")
    if window is None and event is not None:
        window = event.window
    which, round_problems = _read_round(item, ref, path)
    meaning = {"measure": measure, "measure_words": words, "measure_source": source,
               "entities": _words(item.get("entities"), language), "window": window, "event": event,
               "places": _words(item.get("place"), language), "round": which}
    return meaning, problems + window_problems + round_problems


def _read_round(item: dict, ref: str, path: str) -> tuple[str, list[Problem]]:
    """A fact's declared `round:` (a round of concepts.yaml `rounds`: first, second), '' when none."""
    from .concepts import round_names

    raw = item.get("round")
    if raw is None or not isinstance(raw, str):
        return "", []  # a value of another type is the schema's problem
    if raw not in round_names():
        return "", [Problem(path, yamlio.line_of(item, "round"),
                            f"unknown round {raw!r} (known: {', '.join(round_names())})", f"{ref}.round")]
    return raw, []


def _read_measure(raw: Any, item: dict, ref: str, path: str,
                  language: str) -> tuple[tuple[str, ...], dict, list[Problem]]:
    from .concepts import concepts_of_word, known, vocabulary

    if isinstance(raw, str):
        if known(raw):
            return (raw,), {}, []
        listed = ", ".join(vocabulary().ids)
        return (), {}, [Problem(path, yamlio.line_of(item, "measure"),
                                f"unknown concept {raw!r} (known: {listed})", f"{ref}.measure")]
    concepts: set[str] = set()
    unknown: dict = {}
    for lang, words in _words(raw, language).items():
        for word in words:
            found = concepts_of_word(lang, word, item.get("kind") == "date")
            if found:
                concepts |= found
            else:
                unknown.setdefault(lang, ())
                unknown[lang] += (word,)
    return tuple(sorted(concepts)), unknown, []


def _day_of(item: dict, language: str) -> tuple[str, ...]:
    """What a date fact without `measure` is the day of, as its cues name it in any language, else its statement
    ("Day of the earthquake", cues "struck": occurred; concepts.yaml, the `days` group): so it links in every
    language."""
    from .concepts import days_named

    cues = [(lang, cue) for lang, words in _words(item.get("cues"), language).items() for cue in words]
    statement = [(language, str(item.get("statement", "")))]
    return days_named(cues) or days_named(statement)


def _measure_of_cues(item: dict, language: str) -> tuple[tuple[str, ...], str]:
    """What a fact without `measure` measures, as the whole phrase of a cue names a concept that can measure its
    kind, in any language ("electoral votes": electoral-votes), and the cue it came from: so it links in every
    language. Its cues stay cues."""
    from .concepts import concepts_of_word, measures_kind

    found: dict[str, str] = {}
    for lang, cues in _words(item.get("cues"), language).items():
        for cue in cues:
            for concept in sorted(concepts_of_word(lang, cue)):
                if measures_kind(concept, str(item.get("kind", ""))):
                    found.setdefault(concept, cue)
    cues = tuple(dict.fromkeys(found.values()))
    source = f"measure from cue{'s' if len(cues) > 1 else ''} {', '.join(map(repr, cues))}"
    return tuple(sorted(found)), (source if found else "")


def _schema_problems(data: Any, path: str) -> tuple[list[Problem], set[int], set[int]]:
    """Problems the JSON Schema finds; the facts they concern; the facts whose values cannot be read."""
    problems, flawed, blocked = [], set(), set()
    for error in Draft202012Validator(schema()).iter_errors(data):
        problems += yamlio.schema_problems(error, data, path)
        where = list(error.absolute_path)
        if len(where) >= 2 and where[0] == "facts":
            flawed.add(where[1])
            if _blocks_values(error, where):
                blocked.add(where[1])
    return problems, flawed, blocked


def _blocks_values(error: Any, where: list) -> bool:
    """Whether a schema error leaves a fact's values unreadable (so they are not checked further)."""
    if len(where) > 2:
        return where[2] in ("kind", "value", "values", "tolerance")
    if error.validator == "required":
        return "'kind'" in error.message
    return error.validator != "additionalProperties"


def _language_problems(item: dict, ref: str, path: str) -> list[Problem]:
    """Cues and aliases under a language code no language file in checker/lang/ reads."""
    from .extract.lexicon import available
    known = available()
    problems = []
    for key in ("aliases", "cues"):
        words = item.get(key)
        for code in words if isinstance(words, dict) else ():
            if isinstance(code, str) and code.islower() and code not in known:
                problems.append(Problem(path, yamlio.line_of(words, code), f"no language data for {code!r} "
                                        f"(have: {', '.join(known)})", f"{ref}.{key}.{code}"))
    return problems


def _unit_problems(item: dict, ref: str, path: str, language: str) -> list[Problem]:
    """A count's unit that an article's counted noun could never be: linking would never use it."""
    unit = item.get("unit")
    if item.get("kind") != "count" or not isinstance(unit, str) or not unit.strip():
        return []
    from .link import read_unit
    if read_unit(unit, language):
        return []
    return [Problem(path, yamlio.line_of(item, "unit"), f"{unit!r} is not read as a counted noun ('25 {unit}' "
                    f"counts nothing); write the noun an article counts, as in '25 soldiers'", f"{ref}.unit")]


def _ref(item: dict, index: int) -> str:
    """How problems name a fact: its id, or its place when the id is missing."""
    return item["id"] if isinstance(item.get("id"), str) else f"facts[{index}]"


def _ids(items: list, path: str) -> list[tuple[str, str, int]]:
    return [(item["id"], path, yamlio.line_of(items, index)) for index, item in enumerate(items)
            if isinstance(item, dict) and isinstance(item.get("id"), str)]


def _duplicate_ids(ids: list[tuple[str, str, int]]) -> list[Problem]:
    first: dict[str, tuple[str, int]] = {}
    problems = []
    for fact_id, path, line in ids:
        if fact_id in first:
            where = "%s:%d" % first[fact_id]
            problems.append(Problem(path, line, f"duplicate fact id {fact_id!r}, first defined at {where}",
                                    f"{fact_id}.id"))
        else:
            first[fact_id] = (path, line)
    return problems


# --- building facts ---------------------------------------------------------------------

def _make_fact(item: dict, values: list[FactValue], line: int, path: str, language: str) -> Fact:
    tolerance = item.get("tolerance")
    return Fact(
        id=str(item["id"]), statement=str(item["statement"]), kind=str(item["kind"]), values=tuple(values),
        unit=str(item.get("unit", "")), aliases=_words(item.get("aliases"), language),
        cues=_words(item.get("cues"), language), language=str(language), provenance=str(item["provenance"]),
        tolerance=None if tolerance is None else float(tolerance), path=path, line=line,
    )


def _read_values(item: dict, ref: str, path: str, language: str) -> tuple[list[FactValue], list[Problem]]:
    if "values" in item:
        return _read_series(item, ref, path, language)
    line = yamlio.line_of(item, "value")
    try:
        return [_fact_value(item, item, None, line, language)], []
    except ValueError as exc:
        return [], [Problem(path, line, str(exc), f"{ref}.value")]


def _read_series(item: dict, ref: str, path: str, language: str) -> tuple[list[FactValue], list[Problem]]:
    values, problems, as_of_lines = [], [], []
    for index, entry in enumerate(item["values"]):
        field, as_of_line = f"{ref}.values[{index}]", yamlio.line_of(entry, "as_of")
        line = yamlio.line_of(entry, "value")
        try:
            as_of = date_span(entry["as_of"])[0]
        except ValueError as exc:
            problems.append(Problem(path, as_of_line, str(exc), f"{field}.as_of"))
            continue
        try:
            values.append(_fact_value(item, entry, as_of, line, language))
            as_of_lines.append(as_of_line)
        except ValueError as exc:
            problems.append(Problem(path, line, str(exc), f"{field}.value"))
    return values, problems + _order_problems(values, as_of_lines, path, ref)


def _order_problems(values: list[FactValue], lines: list[int], path: str, ref: str) -> list[Problem]:
    problems = []
    for (before, before_line), (after, after_line) in zip(zip(values, lines), zip(values[1:], lines[1:])):
        if after.as_of <= before.as_of:
            problems.append(Problem(
                path, after_line,
                f"as_of {after.as_of} is not after the previous as_of {before.as_of} (line {before_line});"
                " list a series in date order", f"{ref}.values"))
    return problems


def _fact_value(item: dict, holder: dict, as_of: Optional[date], line: int, language: str) -> FactValue:
    """The FactValue of holder["value"] (holder is the fact, or an entry of its series)."""
    kind, tolerance = item["kind"], item.get("tolerance")
    interval, qualifier, text = parse_fact_value(holder["value"], kind, language, tolerance)
    return FactValue(interval=interval, text=str(text), qualifier=str(qualifier), as_of=as_of, line=line)


def _words(raw: Any, language: str) -> dict:
    if not raw:
        return {}
    if isinstance(raw, list):
        raw = {language: raw}
    return {str(lang): tuple(str(word) for word in words) for lang, words in raw.items()}


# --- values -----------------------------------------------------------------------------

def parse_fact_value(raw: Any, kind: str, language: str = "en",
                     tolerance: Optional[float] = None) -> tuple[Interval, str, str]:
    """The interval, qualifier and display text of a value as written in a sheet; ValueError if invalid."""
    if isinstance(raw, dict) and "amount" in raw:
        return _amount(raw, kind)
    if isinstance(raw, dict):
        return _structured(raw, kind)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _number(raw, kind)
    if isinstance(raw, str):
        return _text(raw, kind, language, tolerance)
    raise ValueError(f"not a value: {raw!r}")


def _text(text: str, kind: str, language: str, tolerance: Optional[float]) -> tuple[Interval, str, str]:
    if kind == "date" and ISO_DATE.fullmatch(text.strip()):
        return days(*date_span(text)), "eq", text
    interval, qualifier = _parse_value()(text, kind, language)
    if qualifier == "approx" and tolerance is not None:
        interval = qualified("approx", (interval.low + interval.high) / 2, kind, tolerance)
    return interval, qualifier, text


def _parse_value():
    """The article grammar's parser, imported late: it loads language data and spaCy."""
    try:
        from checker.extract import parse_value
    except ImportError as exc:
        raise ValueError("this text value needs checker.extract.parse_value,"
                         f" which cannot be imported ({exc})") from None
    return parse_value


def _number(x: float, kind: str) -> tuple[Interval, str, str]:
    if kind == "date":
        if not isinstance(x, int):
            raise ValueError(f"a date must be YYYY-MM-DD, YYYY-MM or YYYY, not {x!r}")
        return days(*date_span(f"{x:04d}")), "eq", str(x)
    if kind == "duration":
        raise ValueError(f"a duration needs a unit: write '{x:g} hours' or {{amount: {x:g}, unit: hour}}")
    return point(_finite(x)), "eq", f"{x:g}"


def _finite(x: Any) -> float:
    """A number a fact can hold: NaN and infinities are refused (write 'more than' for a ray)."""
    if not math.isfinite(float(x)):
        raise ValueError(f"not a finite number: {x!r}")
    return float(x)


def _amount(raw: dict, kind: str) -> tuple[Interval, str, str]:
    if kind != "duration":
        raise ValueError(f"{{amount, unit}} is for durations, not for a {kind}")
    amount, unit = raw["amount"], raw["unit"]
    plural = "" if amount == 1 else "s"
    return point(float(amount) * DURATION_SECONDS[unit]), "eq", f"{amount:g} {unit}{plural}"


def _structured(raw: dict, kind: str) -> tuple[Interval, str, str]:
    low, low_inclusive = _bound(raw.get("low"), kind, "low"), raw.get("low_inclusive", True)
    high, high_inclusive = _bound(raw.get("high"), kind, "high"), raw.get("high_inclusive", True)
    if math.isinf(low) and math.isinf(high):
        raise ValueError("an interval needs at least one bound (low or high)")
    domain = "date" if kind == "date" else "number"
    interval = Interval(low, high, low_inclusive and math.isfinite(low),
                        high_inclusive and math.isfinite(high), domain)
    if low > high or (low == high and not (interval.low_inclusive and interval.high_inclusive)):
        raise ValueError(f"the interval is empty: {repr(interval)[1:-1]}")
    qualifier = raw.get("qualifier") or _qualifier_of(interval)
    return interval, qualifier, raw.get("as_written") or repr(interval)[1:-1]


def _bound(value: Any, kind: str, end: str) -> float:
    """One end of a structured interval: a number, a date (its first or last day), or null."""
    if value is None:
        return -INF if end == "low" else INF
    if kind == "date":
        first, last = date_span(str(value))
        return float((first if end == "low" else last).toordinal())
    if isinstance(value, str):
        raise ValueError(f"{end} must be a number for a {kind}, not {value!r}")
    return _finite(value)


def _qualifier_of(interval: Interval) -> str:
    if interval.low == interval.high:
        return "eq"
    if math.isinf(interval.high):
        return "ge" if interval.low_inclusive else "gt"
    if math.isinf(interval.low):
        return "le" if interval.high_inclusive else "lt"
    return "between"
