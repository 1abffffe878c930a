"""Which day a weekday names, counted from the article's date, in every language (checker/extract/dates.py,
weekday_at; checker/published.py for an article dated by its url, its dateline or the latest date of its text). The
cases are data (tests/date_cases/weekdays.yaml): past clauses take the latest such day on or before publication, future
ones the next; a future marker of another clause, or a future date of the text, does not push a past weekday a week
later. Every sentence is our own.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ruamel.yaml import YAML

CASES = Path(__file__).parent / "date_cases" / "weekdays.yaml"
DATA = YAML(typ="safe", pure=True).load(CASES.read_text(encoding="utf-8"))


def _params() -> list:
    return [pytest.param(case, id=case["id"],
                         marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else [])
            for case in DATA["cases"]]


def _days(case: dict) -> dict[str, str]:
    from checker.corpus import seed_of
    from checker.detect import extract_seed

    entry = {"id": case["id"], "language": case["language"], "url": case.get("url", "")}
    if case.get("published"):
        entry["published"] = case["published"]
    seed = seed_of(Path("a.txt"), case["text"], entry)
    return {m.text: str(date.fromordinal(int(m.value.low))) if not m.unresolved else m.unresolved
            for m in extract_seed(seed) if m.kind == "date" and m.text in case["days"]}


@pytest.mark.parametrize("case", _params())
def test_extract_weekday_names_the_day_its_tense_counts_from_publication(case):
    assert _days(case) == {text: str(day) for text, day in case["days"].items()}


def test_extract_weekday_cases_cover_every_language():
    assert {case["language"] for case in DATA["cases"]} >= {"en", "es", "pt", "ar", "fa"}
