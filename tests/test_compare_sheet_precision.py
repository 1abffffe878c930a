"""A sheet's decimal value stands for what it rounds from, as an article's does (checker/compare.py).

The sheet and the sentences are invented for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from checker.engine import analyse_seed
from checker.facts import load_facts
from checker.model import Seed

SHEET = """\
language: en
event:
  id: kaga-quake-2031
  names: {en: [Kaga earthquake]}
  places: {en: [Kaga, Japan]}
  window: {from: 2031-03-04, to: 2031-12-31}
facts:
  - id: kaga-magnitude
    statement: Moment magnitude of the main shock
    kind: number
    measure: magnitude
    value: 7.4
    provenance: invented
  - id: kaga-turnout
    statement: Share of the voters who voted in Kaga's referendum
    kind: percent
    cues: {en: [turnout]}
    value: 61.2%
    provenance: invented
"""


def _verdicts(tmp_path, text: str) -> list[tuple[str, str]]:
    sheet = tmp_path / "kaga.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    seed = Seed("s", "s.txt", text, "en", date(2031, 3, 5))
    result = analyse_seed(seed, tuple(load_facts([sheet])))
    return [(c.link.mention.text, c.verdict) for c in result.comparisons]


@pytest.mark.parametrize("text,said", [
    ("The Kaga earthquake in Japan had a magnitude of 7.44, the USGS said.", "7.44"),
    ("The Kaga earthquake in Japan had a magnitude of 7.36, the USGS said.", "7.36"),
    ("In Kaga, Japan, turnout in the referendum after the earthquake was 61.24 percent.", "61.24 percent"),
])
def test_compare_a_more_precise_figure_that_rounds_to_the_sheets_is_no_contradiction(tmp_path, text, said):
    verdicts = dict(_verdicts(tmp_path, text))
    assert verdicts.get(said) in ("agrees", "imprecise"), verdicts


@pytest.mark.parametrize("text,said", [
    ("The Kaga earthquake in Japan had a magnitude of 7.2, the weather agency said.", "7.2"),
    ("The Kaga earthquake in Japan had a magnitude of 7.46, the USGS said.", "7.46"),
])
def test_compare_a_figure_outside_what_the_sheets_value_rounds_from_contradicts(tmp_path, text, said):
    verdicts = dict(_verdicts(tmp_path, text))
    assert verdicts.get(said) == "contradicts", verdicts
