"""Date facts named in English only link in every language (checker/link.py; concepts.yaml, the `days` group):
the day of an event's occurrence, of an election, of taking office; and an aftershock's day, a runoff's, the day
results came, a day of reporting or of another verb do not. The cases are data
(tests/link_cases/date_measures.yaml); every sentence is our own, the events invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from sheet_run import contradictions

CASES = Path(__file__).parent / "link_cases" / "date_measures.yaml"
DATA = YAML(typ="safe", pure=True).load(CASES.read_text(encoding="utf-8"))


def _params():
    for case in DATA["cases"]:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_a_date_fact_named_in_english_links_its_day_in_every_language(tmp_path, case):
    found = contradictions(tmp_path, DATA["sheets"][case["sheet"]], case["text"], case["language"],
                           str(case["published"]))
    assert sorted({fact for fact, _ in found}) == sorted(case["contradicts"])


@pytest.mark.parametrize("sheet,fact,measure", [
    ("quake", "quake-day", ("occurred",)),
    ("election", "election-day", ("election-held",)),
    ("election", "office-day", ("took-office",)),
    ("rounds", "runoff-day", ("election-held",)),
    ("concept", "quake-day", ("occurred",)),
])
def test_a_date_fact_without_measure_is_the_day_its_english_cues_name(tmp_path, sheet, fact, measure):
    from checker.facts import load_facts

    path = tmp_path / "sheet.yaml"
    path.write_text(DATA["sheets"][sheet], encoding="utf-8")
    assert {f.id: f.measure for f in load_facts([path])}[fact] == measure
