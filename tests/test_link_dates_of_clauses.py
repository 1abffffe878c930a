"""Which day a date in a sentence is the day of, found on the held-out trial of issue 8 (bench/realworld/README.md):
a date before a subordinate clause is the main verb's, not the day of the event the clause names. Every sentence
is our own; the earthquake is invented (the Borovia earthquake of Monday 3 February 2025).
"""
from __future__ import annotations

import pytest

from sheet_run import contradictions

SHEET = """\
language: en
event:
  id: borovia-quake-2025
  names: {en: [Borovia earthquake]}
  places: {en: [Borovia], es: [Borovia], pt: [Boróvia], ar: [بوروفيا], fa: [بوروویا]}
  window: {from: 2025-02-03, to: 2025-12-31}
facts:
  - id: quake-day
    statement: Day the earthquake struck
    kind: date
    value: "2025-02-03"
    cues:
      en: [earthquake struck, quake hit]
      es: [terremoto sacudió, el terremoto]
      pt: [o terremoto, terremoto atingiu]
      ar: [وقوع الزلزال, ضرب الزلزال]
      fa: [وقوع زلزله]
    provenance: seismological service
"""

PLACE = {"en": "Borovia", "es": "Borovia", "pt": "Boróvia", "ar": "بوروفيا", "fa": "بوروویا"}


def _found(tmp_path, text: str, language: str) -> set[tuple[str, str]]:
    return contradictions(tmp_path, SHEET, f"{PLACE[language]}\n\n{text}", language, "2025-02-05")


@pytest.mark.parametrize("text,language", [
    ("Rescuers reached the mountain villages on Wednesday, a day after the earthquake struck the valley.", "en"),
    ("Los rescatistas llegaron a las aldeas el miércoles, dos días después de que el terremoto sacudiera el valle.", "es"),
    ("As equipes chegaram às aldeias na quarta-feira, dois dias depois de o terremoto atingir o vale.", "pt"),
    ("وصلت فرق الإنقاذ إلى القرى يوم الأربعاء، بعد يومين من وقوع الزلزال.", "ar"),
    ("امدادگران روز چهارشنبه به روستاها رسیدند، دو روز پس از وقوع زلزله.", "fa"),
])
def test_a_date_before_a_subordinate_clause_is_not_the_day_its_clause_names(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("The earthquake struck the valley on Wednesday.", "en"),
    ("El terremoto sacudió el valle el miércoles.", "es"),
    ("ضرب الزلزال المنطقة يوم الأربعاء.", "ar"),
])
def test_a_date_in_the_clause_of_its_cue_still_contradicts(tmp_path, text, language):
    assert {fact for fact, _ in _found(tmp_path, text, language)} == {"quake-day"}


# --- a year of an era is a label, never a count ----------------------------------------------------

TOLL = SHEET + """\
  - id: killed
    statement: People killed by the earthquake
    kind: count
    measure: killed
    unit: person
    value: 212
    provenance: civil protection
"""


@pytest.mark.parametrize("text,language,era", [
    ("The Earthquake of Year 6 of Reiwa Era killed 212 people.", "en", "6"),
    ("Rescuers searched the coast after the Reiwa 6 earthquake.", "en", "6"),
    ("El terremoto del año 6 de la era Reiwa dejó 212 muertos.", "es", "6"),
    ("Los daños del terremoto de Reiwa 6 siguen sin calcularse.", "es", "6"),
    ("O sismo do ano 6 da era Reiwa deixou 212 mortos.", "pt", "6"),
    ("أودى زلزال العام 6 من عهد ريوا بحياة 212 شخصا.", "ar", "6"),
    ("زلزله سال ۶ دوره ریوا ۲۱۲ کشته بر جا گذاشت.", "fa", "۶"),
])
def test_a_year_of_an_era_is_no_quantity(text, language, era):
    from checker.extract import extract

    assert [m.text for m in extract(text, language) if m.text == era and m.kind != "date"] == []


def test_a_year_of_an_era_is_no_count_of_the_dead(tmp_path):
    text = "Borovia\n\nThe Earthquake of Year 6 of Reiwa Era killed 212 people."
    assert contradictions(tmp_path, TOLL, text, "en", "2025-02-05") == set()


def test_a_year_of_an_era_takes_nothing_from_the_year_of_an_ordinary_date():
    from checker.extract import extract

    found = [m for m in extract("The dam was built in the year 2019.", "en") if m.kind == "date"]
    assert [m.text for m in found] == ["2019"]
