"""A rate said of one place is that place's, not the whole country's (checker/frames/places.py): a turnout or a share
"in Karvos" (a place the sheet does not name: a province, a city, a region an article names alone, as "turnout in
Punjab was 52 %") or in one electoral constituency ("No círculo Fora da Europa, a AD elegeu um deputado com 22,9%",
"in the constituency of the voters abroad") is no value of the sheet's national turnout or share. A place the sheet
names, a country, a month, or the election's own name after "in" are no such part.

The sheet and the sentences are invented for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from sheet_run import ZEMBLA_ELECTION, ZEMBLA_FRONT_SHARE, verdicts as sheet_verdicts

SHEET = ZEMBLA_ELECTION + "facts:\n" + """\
  - id: turnout
    statement: Turnout in the parliamentary election
    kind: percent
    measure: turnout
    unit: percent
    value: 61.2
    provenance: invented
""" + ZEMBLA_FRONT_SHARE


def _verdicts(tmp_path, text: str, language: str) -> dict[str, str]:
    found = sheet_verdicts(tmp_path, SHEET, text, language, date(2031, 4, 7))
    return {said: verdict for said, (verdict, _) in found.items()}


@pytest.mark.parametrize("text,language,said", [
    # a place the sheet does not name, after "in"
    ("In the Zemblan parliamentary election, turnout in Karvos was 52 percent.", "en", "52 percent"),
    ("Turnout in Karvos reached 52 percent, the highest of the Zemblan parliamentary election.", "en", "52 percent"),
    ("En las elecciones parlamentarias de Zembla, la participación en Karvos fue del 52 %.", "es", "52 %"),
    ("Nas eleições parlamentares de Zembla, a participação em Karvos foi de 52%.", "pt", "52%"),
    ("Nas eleições parlamentares de Zembla, a Frente Liberal teve 22,9% dos votos no Algarve.", "pt", "22,9%"),
    # one electoral constituency
    ("In the constituency of the voters abroad, the Liberal Front won 22.9 percent in the Zemblan parliamentary "
     "election.", "en", "22.9 percent"),
    ("En la circunscripción del exterior, el Frente Liberal obtuvo el 22,9 % en las elecciones parlamentarias de "
     "Zembla.", "es", "22,9 %"),
    ("No círculo Fora da Europa, a Frente Liberal elegeu um deputado com 22,9% dos votos nas eleições parlamentares "
     "de Zembla.", "pt", "22,9%"),
    ("وفي دائرة الخارج حصلت الجبهة الليبرالية على 22.9 في المئة من الأصوات في الانتخابات البرلمانية في زمبلا.", "ar",
     "22.9 في المئة"),
    ("در حوزه انتخابیه خارج از کشور، جبهه لیبرال ۲۲.۹ درصد آرا را در انتخابات پارلمانی زمبلا به دست آورد.", "fa",
     "۲۲.۹ درصد"),
])
def test_link_a_rate_of_one_place_is_not_the_whole(tmp_path, text, language, said):
    verdicts = _verdicts(tmp_path, text, language)
    assert verdicts.get(said) != "contradicts", verdicts


@pytest.mark.parametrize("text,language,said", [
    ("Turnout in Zembla was 52 percent in the parliamentary election.", "en", "52 percent"),
    ("In March, turnout in the Zemblan parliamentary election was 52 percent.", "en", "52 percent"),
    ("Turnout in the Zemblan parliamentary election was 52 percent.", "en", "52 percent"),
    ("La participación en Zembla fue del 52 % en las elecciones parlamentarias.", "es", "52 %"),
    ("A participação na eleição de Zembla foi de 52%.", "pt", "52%"),
    ("Nas eleições parlamentares de Zembla, a Frente Liberal teve 22,9% dos votos em Março.", "pt", "22,9%"),
])
def test_link_a_rate_of_the_sheets_place_or_a_month_still_contradicts(tmp_path, text, language, said):
    verdicts = _verdicts(tmp_path, text, language)
    assert verdicts.get(said) == "contradicts", verdicts
