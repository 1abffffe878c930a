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


# A date inside the phrase a source word opens ("according to the figures available on Wednesday", "según la
# información disponible este miércoles") is the source's day, however far from the word: a reporting detail, not the
# day of the event its sentence names (trial 10, cr-es-03: "el recuento ... del atentado ..., según la información
# disponible este viernes" contradicted the attack's day).
@pytest.mark.parametrize("text,language", [
    ("Rescuers were still searching the villages where the earthquake struck, according to the official figures"
     " available on Wednesday.", "en"),
    ("El recuento de víctimas tras el terremoto se sitúa en 212 muertos, según la información oficial disponible este"
     " miércoles.", "es"),
    ("O balanço de vítimas depois que o terremoto atingiu o vale é de 212 mortos, segundo as informações oficiais"
     " disponíveis nesta quarta-feira.", "pt"),
    ("بلغت حصيلة ضحايا وقوع الزلزال 212 قتيلا، بحسب المعلومات الرسمية المتاحة يوم الأربعاء.", "ar"),
    ("شمار قربانیان وقوع زلزله به ۲۱۲ نفر رسید، بر اساس اطلاعات رسمی منتشرشده در روز چهارشنبه.", "fa"),
])
def test_a_date_inside_a_source_phrase_is_the_sources_day(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


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


# --- a foreshock's or a swarm's magnitude is not the main shock's ---------------------------------------

MAGNITUDE = SHEET + """\
  - id: magnitude
    statement: Magnitude of the main shock
    kind: number
    measure: magnitude
    value: 7.1
    provenance: seismological service
"""


def _magnitudes(tmp_path, text: str, language: str) -> set[tuple[str, str]]:
    return contradictions(tmp_path, MAGNITUDE, f"{PLACE[language]}\n\n{text}", language, "2025-02-05")


@pytest.mark.parametrize("text,language", [
    ("At 4:06 pm an earthquake of magnitude 5.5 began the sequence, followed by a stronger quake four minutes"
     " later.", "en"),
    ("A las 16.06 comenzó un terremoto de magnitud 5,5, seguido por otro sismo más fuerte cuatro minutos después.",
     "es"),
    ("Às 16h06 começou um sismo de magnitude 5,5, seguido por outro terremoto mais forte quatro minutos depois.",
     "pt"),
    ("بدأ زلزال بقوة 5.5 درجات، تلاه زلزال أقوى بعد أربع دقائق.", "ar"),
    ("ابتدا زلزله‌ای به بزرگی ۵.۵ رخ داد و به دنبال آن زلزله‌ای قوی‌تر آمد.", "fa"),
])
def test_a_quake_followed_by_another_is_a_foreshock(tmp_path, text, language):
    assert _magnitudes(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("Since then 21 tremors with a magnitude of 4.0 or more have been recorded.", "en"),
    ("Desde entonces se registraron 21 temblores con una magnitud de 4,0 o más.", "es"),
    ("Desde então foram registrados 21 tremores com magnitude de 4,0 ou mais.", "pt"),
    ("ومنذ ذلك الحين سجلت 21 هزة بقوة 4.0 درجات أو أكثر.", "ar"),
    ("از آن زمان ۲۱ لرزه با بزرگی ۴.۰ یا بیشتر ثبت شده است.", "fa"),
])
def test_the_magnitude_of_a_count_of_tremors_is_not_the_main_shocks(tmp_path, text, language):
    assert _magnitudes(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("The earthquake had a magnitude of 6.5 and was followed by dozens of aftershocks.", "en"),
    ("El terremoto, de magnitud 6,5, fue seguido por decenas de réplicas.", "es"),
    ("The magnitude 6.5 earthquake was followed by a tsunami.", "en"),
])
def test_the_main_shock_followed_by_aftershocks_still_contradicts(tmp_path, text, language):
    assert _magnitudes(tmp_path, text, language) == {("magnitude", "6.5")}


@pytest.mark.parametrize("text,language", [
    ("A magnitude 5.5 earthquake struck at 4:06 pm, followed by one of 7.1 four minutes later.", "en"),
    ("Comenzó un terremoto de magnitud 5,5, seguido por otro de 7,1 cuatro minutos después.", "es"),
])
def test_a_quake_followed_by_a_larger_magnitude_is_a_foreshock(tmp_path, text, language):
    assert _magnitudes(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("The magnitude 6.5 earthquake was followed by another quake of 5.1.", "en"),
    ("El terremoto de magnitud 6,5 fue seguido por otro de 5,1.", "es"),
])
def test_a_quake_followed_by_a_smaller_one_is_still_the_main_shock(tmp_path, text, language):
    assert ("magnitude", "6.5") in _magnitudes(tmp_path, text, language)


# --- a day counted back from the publication is no day of an event still to come -------------------------

RUNOFF = """\
language: en
event:
  id: valdoria-2025
  names: {en: [Valdorian runoff]}
  places: {en: [Valdoria], es: [Valdoria], pt: [Valdória], ar: [فالدوريا], fa: [والدوریا]}
  window: {from: 2025-03-01, to: 2025-09-30}
facts:
  - id: runoff-day
    statement: Day of the runoff
    kind: date
    value: "2025-04-06"
    cues:
      en: [runoff]
      es: [segunda vuelta]
      pt: [segundo turno]
      ar: [جولة الإعادة]
      fa: [دور دوم]
    provenance: electoral board
"""
VALDORIA = {"en": "Valdoria", "es": "Valdoria", "pt": "Valdória", "ar": "فالدوريا", "fa": "والدوریا"}


def _runoff(tmp_path, text: str, language: str) -> set[tuple[str, str]]:
    return contradictions(tmp_path, RUNOFF, f"{VALDORIA[language]}\n\n{text}", language, "2025-03-22")


@pytest.mark.parametrize("text,language", [
    ("Candidates began campaigning for the runoff on Thursday.", "en"),
    ("Los candidatos iniciaron el jueves la campaña para la segunda vuelta.", "es"),
    ("Os candidatos começaram na quinta-feira a campanha do segundo turno.", "pt"),
    ("بدأ المرشحان يوم الخميس حملتهما لجولة الإعادة.", "ar"),
    ("نامزدها روز پنجشنبه تبلیغات دور دوم را آغاز کردند.", "fa"),
    ("Yesterday the two candidates agreed to three debates before the runoff.", "en"),
])
def test_a_past_day_counted_from_the_publication_is_not_the_day_of_an_event_to_come(tmp_path, text, language):
    assert _runoff(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("The runoff will be held on Thursday.", "en"),
    ("The runoff is set for 30 March.", "en"),
    ("La segunda vuelta será el 30 de marzo.", "es"),
])
def test_a_wrong_day_for_an_event_to_come_still_contradicts(tmp_path, text, language):
    assert {fact for fact, _ in _runoff(tmp_path, text, language)} == {"runoff-day"}


# --- a day to come (a future clause) is no day of an event already past at publication -------------------

def _after_runoff(tmp_path, text: str, language: str) -> set[tuple[str, str]]:
    return contradictions(tmp_path, RUNOFF, f"{VALDORIA[language]}\n\n{text}", language, "2025-04-08")


@pytest.mark.parametrize("text,language", [
    ("If the court confirms the runoff, Pardo's term will begin on May 15.", "en"),
    ("Si el tribunal valida la segunda vuelta, el mandato de Pardo comenzará el 15 de mayo.", "es"),
    ("Se o tribunal validar o segundo turno, o mandato de Pardo começará em 15 de maio.", "pt"),
    ("وإذا صادقت المحكمة على جولة الإعادة فسوف تبدأ ولاية باردو في 15 مايو.", "ar"),
    ("اگر دادگاه دور دوم را تأیید کند، دوره باردو از ۱۵ مه آغاز خواهد شد.", "fa"),
])
def test_a_day_to_come_is_not_the_day_of_an_event_already_past(tmp_path, text, language):
    assert _after_runoff(tmp_path, text, language) == set()


def test_a_wrong_past_day_of_an_event_already_past_still_contradicts(tmp_path):
    assert {fact for fact, _ in _after_runoff(tmp_path, "The runoff was held on 30 March.", "en")} == {"runoff-day"}


@pytest.mark.parametrize("text,language", [
    ("On Wednesday, after 16 hours of tremors, the earthquake struck the valley.", "en"),
    ("El miércoles, después de las 16.00, el terremoto sacudió el valle.", "es"),
])
def test_a_preposition_before_a_number_opens_no_clause(tmp_path, text, language):
    assert {fact for fact, _ in _found(tmp_path, text, language)} == {"quake-day"}
