"""Date facts named in English only link in every language (checker/link.py; concepts.yaml, the `days` group):
the day of an event's occurrence, of an election, of taking office; and an aftershock's day, a runoff's, the day
results came, a day of reporting or of another verb do not. The cases are data
(tests/link_cases/date_measures.yaml); every sentence is our own, the events invented.
"""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("date_measures")


@pytest.mark.parametrize("case", case_params(DATA))
def test_a_date_fact_named_in_english_links_its_day_in_every_language(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


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
