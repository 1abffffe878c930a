"""Event scope: an undated article about ANOTHER occurrence in the same place (issue 8, item 3; found on real
coverage no one here had written: a news archive served undated pieces about a Hualien earthquake six years
before the one the sheet covered, and every figure of them became a finding).

Such an article names the event's places and kind and no date outside the window ("on Friday"), so names and
dates keep it in scope; what tells it apart is the figure that names the occurrence: a magnitude a whole unit
from the event's is another earthquake, not a slip (agencies differ by a few tenths, a local scale against the
moment magnitude by up to about seven tenths). The rule reads only undated seeds: a dated article in the window
stating another magnitude is a contradiction to report.

The sheet is the real Noto earthquake of 1 January 2024 (magnitude 7.5, USGS; 7.6, JMA); the other articles
are about the real Noto earthquake of 5 May 2023 (magnitude 6.5, one dead). Every sentence is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from sheet_run import checked

SHEET = """\
event:
  id: noto-2024
  names:
    en: [Noto earthquake]
  places:
    en: [Noto, Ishikawa, Wajima, Suzu, Japan]
    es: [Noto, Ishikawa, Japón]
    pt: [Noto, Ishikawa, Japão]
    ar: [نوتو, إيشيكاوا, اليابان]
    fa: [نوتو, ایشیکاوا, ژاپن]
  window: {from: 2024-01-01, to: 2024-06-30}
facts:
  - id: magnitude
    statement: Moment magnitude of the Noto earthquake of 1 January 2024
    kind: number
    measure: magnitude
    value: 7.5
    provenance: USGS
"""

# An earlier quake in the same place, told without a date outside the window.
EARLIER = [
    ("Strong quake jolts Noto\n\nA magnitude 6.5 earthquake struck the Noto peninsula in Ishikawa, Japan, on "
     "Friday afternoon, killing one person and damaging dozens of houses in Suzu.", "en"),
    ("Fuerte sismo en Noto\n\nUn terremoto de magnitud 6,5 sacudió el viernes la península de Noto, en la "
     "prefectura de Ishikawa (Japón), y dejó un muerto y decenas de casas dañadas.", "es"),
    ("Terremoto atinge Noto\n\nUm terremoto de magnitude 6,5 atingiu na sexta-feira a península de Noto, em "
     "Ishikawa, no Japão, deixando um morto e dezenas de casas danificadas.", "pt"),
    ("زلزال يضرب نوتو\n\nضرب زلزال بقوة 6.5 درجات شبه جزيرة نوتو في محافظة إيشيكاوا في اليابان يوم الجمعة، "
     "ما أسفر عن مقتل شخص وتضرر عشرات المنازل.", "ar"),
    ("زلزله در نوتو\n\nزلزله‌ای به بزرگی ۶.۵ ریشتر روز جمعه شبه‌جزیره نوتو در استان ایشیکاوا ژاپن را لرزاند و "
     "یک نفر کشته شد.", "fa"),
]


def _run(tmp_path, text: str, language: str, published: str = ""):
    return checked(tmp_path, SHEET, text, language, published)


@pytest.mark.parametrize("text, language", EARLIER)
def test_scope_an_undated_article_with_another_magnitude_is_another_occurrence(tmp_path, text, language):
    report, result = _run(tmp_path, text, language)
    (decision,) = result.scope
    assert not decision.in_scope, decision
    assert any("another occurrence" in reason and "7.5" in reason for reason in decision.reasons), decision
    assert not report.findings and not result.links, report.findings


@pytest.mark.parametrize("text, language", EARLIER)
def test_scope_a_dated_article_of_the_window_with_another_magnitude_is_a_contradiction(tmp_path, text, language):
    report, result = _run(tmp_path, text, language, published="2024-01-06")
    (decision,) = result.scope
    assert decision.in_scope, decision
    assert [(f.kind, f.fact) for f in report.findings] == [("contradiction", "magnitude")], report.findings


@pytest.mark.parametrize("text, language", [
    # another agency's figure, a few tenths off: the same quake
    ("Quake hits Noto\n\nA magnitude 7.6 earthquake struck the Noto peninsula in Ishikawa, Japan, on Monday, "
     "killing dozens in Wajima and Suzu.", "en"),
    # an aftershock a unit smaller beside the main shock's own figure
    ("Sismo en Noto\n\nUn terremoto de magnitud 7,5 sacudió el lunes la península de Noto, en Ishikawa (Japón), "
     "seguido de réplicas de magnitud 6,2.", "es"),
])
def test_scope_an_undated_article_with_the_events_magnitude_stays_in(tmp_path, text, language):
    _, result = _run(tmp_path, text, language)
    (decision,) = result.scope
    assert decision.in_scope, decision
    assert [link.fact_id for link in result.links] == ["magnitude"]
