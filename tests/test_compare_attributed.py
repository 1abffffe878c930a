"""Another source's figure set beside the sheet's in one article is no contradiction (checker/compare.py).

Quake coverage gives the magnitude of two or three agencies side by side ("7.2 by the local agency and 7.4
by the USGS"); an article that does so states the sheet's figure and reports a discrepancy between sources.
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
  places: {en: [Kaga, Japan], ar: [كاغا, اليابان], fa: [کاگا, ژاپن]}
  window: {from: 2031-03-04, to: 2031-12-31}
facts:
  - id: kaga-magnitude
    statement: Moment magnitude of the main shock, by the USGS
    kind: number
    measure: magnitude
    value: 7.4
    provenance: invented
"""


def _verdicts(tmp_path, text: str, language: str) -> dict[str, str]:
    sheet = tmp_path / "kaga.yaml"
    sheet.write_text(SHEET, encoding="utf-8")
    seed = Seed("s", "s.txt", text + "\n", language, date(2031, 3, 5))
    result = analyse_seed(seed, tuple(load_facts([sheet])))
    return {c.link.mention.text: c.verdict for c in result.comparisons}


@pytest.mark.parametrize("text,language,other", [
    ("The Kaga earthquake in Japan, measured as 7.2 magnitude by local officials and 7.4 by the USGS, "
     "killed 9 people.", "en", "7.2"),
    ("El terremoto de Kaga, en Japón, tuvo una magnitud de 7,2 según la agencia japonesa y de 7,4 según el "
     "USGS.", "es", "7,2"),
    ("O terremoto de Kaga, no Japão, teve magnitude 7,4 segundo o USGS. A agência japonesa estimou a "
     "magnitude do terremoto em 7,2.", "pt", "7,2"),
    ("بلغت قوة زلزال كاغا في اليابان 7.4 درجة بحسب المعهد الأمريكي للمسح الجيولوجي. وقدرت الوكالة اليابانية "
     "قوة الزلزال بـ 7.2 درجة.", "ar", "7.2"),
    ("زلزله کاگا در ژاپن به گفته مرکز زمین‌شناسی آمریکا ۷.۴ ریشتر بود.\n\nسازمان هواشناسی ژاپن شدت این "
     "زمین‌لرزه را ۷.۲ ریشتر ثبت کرد.", "fa", "۷.۲"),
    # the unit in another of its forms (ریشتری, ریشتر)
    ("زلزله کاگا در ژاپن به گفته مرکز زمین‌شناسی آمریکا ۷.۴ ریشتر بود.\n\nسازمان هواشناسی ژاپن یک زمین‌لرزه "
     "۷.۲ ریشتری در کاگا ثبت کرد.", "fa", "۷.۲"),
])
def test_compare_another_sources_figure_beside_the_sheets_is_attributed(tmp_path, text, language, other):
    verdicts = _verdicts(tmp_path, text, language)
    assert verdicts.get(other) == "attributed", verdicts


@pytest.mark.parametrize("text", [
    # no other figure the article gives fits the sheet: its figure contradicts it
    "The Kaga earthquake in Japan had a magnitude of 7.2, the local agency said.",
    # the sheet's figure in one paragraph, another in the next, nobody named for it: a slip, not a source
    "The Kaga earthquake in Japan had a magnitude of 7.4 and killed 9 people.\n\nThe Kaga earthquake, of "
    "magnitude 7.2, destroyed 300 homes.",
])
def test_compare_an_unattributed_or_lone_other_figure_still_contradicts(tmp_path, text):
    verdicts = _verdicts(tmp_path, text, "en")
    assert verdicts.get("7.2") == "contradicts", verdicts
