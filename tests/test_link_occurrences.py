"""Linking rules found trying factlint, as a new user, on real coverage of an earthquake it had never seen
(an English-only fact sheet; articles in en, es, pt, ar, fa). Every sentence here is our own.

- another occurrence: an aftershock's magnitude is not the earthquake's;
- a plain-number fact (a magnitude) is not linked by a count of something else ("five aftershocks");
- a sum of two rivals ("killed and injured") is neither;
- a fact in a unit of measurement (km) is linked only by a number written with that unit, in any language;
- a name listed in Latin letters puts an Arabic-script article in scope.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.extract import extract
from checker.frames import frame_mentions
from checker.model import Seed

from sheet_run import contradictions

SHEET = """\
language: en
event:
  id: quake
  names: {en: [Sarvan earthquake]}
  places: {en: [Sarvan, Kermanshah]}
  window: {from: 2024-03-02, to: 2024-03-20}
facts:
  - id: quake-magnitude
    statement: Magnitude of the main shock
    kind: number
    measure: magnitude
    value: 7.1
    provenance: seismological survey
  - id: quake-distance
    statement: Distance of the epicentre from the city of Sarvan, in km
    kind: count
    unit: km
    value: 60
    cues: {en: [from the city of Sarvan, south of Sarvan, of Sarvan]}
    measure: distance
    provenance: seismological survey
  - id: quake-killed
    statement: People killed
    kind: count
    measure: killed
    unit: people
    value: 310
    provenance: ministry
"""


def _contradictions(tmp_path: Path, text: str, language: str) -> set[tuple[str, str]]:
    return contradictions(tmp_path, SHEET, text, language, "2024-03-03")


@pytest.mark.parametrize("text,language", [
    ("The Sarvan earthquake, of magnitude 7.1, was followed by aftershocks of 5.8, 6.0 and 5.2.", "en"),
    ("El terremoto de Sarvan, de magnitud 7,1, fue seguido por réplicas de 5,8; 6,0 y 5,2.", "es"),
    ("O terremoto de Sarvan, de magnitude 7,1, foi seguido por tremores secundários de 5,8; 6,0 e 5,2.", "pt"),
    ("ضرب زلزال بقوة 7.1 درجة مدينة سروان، وأعقبته هزات ارتدادية بقوة 5.8 و6.0 و5.2 درجة.", "ar"),
    ("زلزله ای به بزرگی ۷.۱ ریشتر سروان را لرزاند و پس لرزه هایی با قدرت ۵.۸ و ۶.۰ و ۵.۲ ریشتر ثبت شد.", "fa"),
    ("A 6.4 aftershock shook Sarvan on Sunday.", "en"),
    ("A magnitude 6.4 aftershock shook Sarvan on Sunday.", "en"),
    ("A 6.4-magnitude aftershock shook Sarvan on Sunday, a day after the earthquake.", "en"),
    ("Una réplica de 6,4 sacudió Sarvan el domingo.", "es"),
    ("Uma réplica de 6,4 atingiu Sarvan no domingo.", "pt"),
    ("پس‌لرزه ۶.۴ ریشتری روز یکشنبه سروان را لرزاند.", "fa"),
    ("وضربت هزة ارتدادية بقوة 6.4 درجة مدينة سروان يوم الأحد.", "ar"),
])
def test_an_aftershocks_magnitude_is_not_the_earthquakes(tmp_path, text, language):
    assert _contradictions(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("The Sarvan earthquake, of magnitude 6.8, was followed by aftershocks of 5.8 and 6.0.", "en"),
    ("ضرب زلزال بقوة 6.8 درجة مدينة سروان، وأعقبته هزات ارتدادية بقوة 5.8 و6.0 درجة.", "ar"),
])
def test_the_main_shocks_magnitude_still_contradicts(tmp_path, text, language):
    assert _contradictions(tmp_path, text, language) == {("quake-magnitude", "6.8")}


@pytest.mark.parametrize("text,language", [
    ("Seismologists in Sarvan recorded 12 aftershocks of magnitude 4 or more.", "en"),
    ("En Sarvan se registraron doce réplicas de magnitud superior a 4.", "es"),
    ("Em Sarvan foram registrados doze tremores secundários de magnitude superior a 4.", "pt"),
])
def test_a_count_of_aftershocks_is_no_magnitude(tmp_path, text, language):
    assert not {fact for fact, _ in _contradictions(tmp_path, text, language)} & {"quake-magnitude"}


@pytest.mark.parametrize("text,language", [
    ("در زلزله سروان دست کم ۳۲۰۰ نفر کشته و زخمی شدند.", "fa"),
    ("أسفر زلزال سروان عن 3200 قتيل وجريح.", "ar"),
    ("The Sarvan earthquake left 3,200 people killed or injured.", "en"),
    ("El terremoto de Sarvan dejó 3.200 muertos y heridos.", "es"),
])
def test_a_sum_of_killed_and_injured_is_neither(tmp_path, text, language):
    assert _contradictions(tmp_path, text, language) == set()


def test_a_sum_frame_names_its_words():
    # (a pair the concepts file does not name as one measure: "killed or injured" is concepts.yaml killed-or-injured)
    text = "The Sarvan earthquake left 3,200 people killed or hurt."
    seed = Seed("a", "a.txt", text, "en", date(2024, 3, 3))
    mentions = extract(text, "en", seed.published)
    (frame,) = frame_mentions(seed, mentions)
    assert frame.sum_of == ("killed", "injured") and "killed or hurt" in frame.sum_words


@pytest.mark.parametrize("text,language,found", [
    ("The epicentre lay 45 kilometres south of Sarvan, and nearly 300 homes collapsed in the city.", "en", "45"),
    ("El epicentro se situó a 45 kilómetros al sur de Sarvan y casi 300 viviendas se derrumbaron.", "es", "45"),
    ("O epicentro ficou a 45 quilômetros ao sul de Sarvan, e quase 300 casas desabaram.", "pt", "45"),
])
def test_a_distance_fact_is_linked_by_a_distance_only(tmp_path, text, language, found):
    assert _contradictions(tmp_path, text, language) == {("quake-distance", found)}


def test_a_bare_number_near_a_distance_cue_is_not_a_distance(tmp_path):
    text = "The death toll in the villages south of Sarvan rose to almost two thousand."
    assert "quake-distance" not in {fact for fact, _ in _contradictions(tmp_path, text, "en")}


@pytest.mark.parametrize("text,language", [
    ("زلزله سروان ۴۱۰ کشته برجای گذاشت.", "fa"),
    ("خلف زلزال سروان 410 قتيلا.", "ar"),
])
def test_a_latin_place_name_puts_an_arabic_script_article_in_scope(tmp_path, text, language):
    assert _contradictions(tmp_path, text, language) == {("quake-killed", "410")}
