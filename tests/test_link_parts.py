"""Linking rules found by a second new-user trial on real coverage of an earthquake (an English-only sheet,
articles in en, es, pt, ar, fa). Every sentence here is our own; the sheet is about an invented quake.

- a count whose counted noun is another thing (villages, civilians) is not a count of houses;
- a count restricted to a sub-place ("in the two districts") is a part, not the total;
- a figure marked as an earlier one ("the previous toll") is no claim against the current value;
- the date of a statement or press conference is not the date of the event;
- a measurement on another day than the event's, or in an article about a new quake, is another occurrence's.
"""
from __future__ import annotations

from pathlib import Path

import pytest


from sheet_run import contradictions

SHEET = """\
language: en
event:
  id: quake
  names: {en: [Sarvan earthquake]}
  places: {en: [Sarvan, Kermanshah]}
  window: {from: 2024-03-02, to: 2024-03-20}
facts:
  - id: quake-date
    statement: Day the earthquake struck
    kind: date
    value: "2024-03-02"
    cues: {en: [earthquake, quake, struck]}
    provenance: seismological survey
  - id: quake-magnitude
    statement: Magnitude of the main shock
    kind: number
    measure: magnitude
    value: 7.1
    cues: {en: [magnitude]}
    provenance: seismological survey
  - id: killed
    statement: People killed
    kind: count
    measure: killed
    unit: people
    value: 310
    provenance: ministry
  - id: injured
    statement: People injured
    kind: count
    measure: injured
    unit: people
    value: 2500
    provenance: ministry
  - id: houses
    statement: Houses destroyed
    kind: count
    unit: houses
    measure: buildings-destroyed
    value: 1200
    cues: {en: [houses, homes]}
    provenance: ministry
"""


def _contradictions(tmp_path: Path, text: str, language: str) -> set[tuple[str, str]]:
    return contradictions(tmp_path, SHEET, text, language, "2024-03-05")


@pytest.mark.parametrize("text,language", [
    ("The Sarvan earthquake destroyed 40 villages.", "en"),
    ("El terremoto de Sarvan destruyó 40 aldeas.", "es"),
    ("O terremoto de Sarvan destruiu 40 aldeias.", "pt"),
    ("دمر زلزال سروان 40 قرية.", "ar"),
    ("زلزله سروان ۴۰ روستا را ویران کرد.", "fa"),
])
def test_a_count_of_villages_is_no_count_of_houses(tmp_path, text, language):
    assert "houses" not in {fact for fact, _ in _contradictions(tmp_path, text, language)}


@pytest.mark.parametrize("text,language", [
    ("The Sarvan earthquake injured people in 12 villages.", "en"),
    ("Los rescatistas llegaron a 12 aldeas donde el terremoto de Sarvan dejó heridos.", "es"),
    ("Os socorristas chegaram a 12 aldeias onde o terremoto de Sarvan deixou feridos.", "pt"),
])
def test_a_count_of_villages_is_no_count_of_people(tmp_path, text, language):
    assert "injured" not in {fact for fact, _ in _contradictions(tmp_path, text, language)}


@pytest.mark.parametrize("text,language", [
    ("The Sarvan earthquake destroyed 900 houses.", "en"),
    ("O terremoto de Sarvan destruiu 900 casas.", "pt"),
])
def test_a_count_of_houses_still_contradicts(tmp_path, text, language):
    assert ("houses", "900") in _contradictions(tmp_path, text, language)


@pytest.mark.parametrize("text,language", [
    ("The Sarvan earthquake injured 600 people in the two districts nearest the epicentre.", "en"),
    ("El terremoto de Sarvan hirió a 600 personas en tres provincias del oeste.", "es"),
    ("O terremoto de Sarvan feriu 600 pessoas em três províncias do oeste.", "pt"),
    ("أصاب زلزال سروان 600 شخص في ثلاث ولايات غربية.", "ar"),
    ("زلزله سروان در دو شهرستان ۶۰۰ نفر را زخمی کرد.", "fa"),
])
def test_a_count_in_sub_places_is_a_part_not_the_total(tmp_path, text, language):
    assert "injured" not in {fact for fact, _ in _contradictions(tmp_path, text, language)}


def test_a_count_without_a_sub_place_still_contradicts(tmp_path):
    assert ("injured", "600") in _contradictions(tmp_path, "The Sarvan earthquake injured 600 people.", "en")


@pytest.mark.parametrize("text,language", [
    ("In the previous toll of the Sarvan earthquake, the dead numbered about 200.", "en"),
    ("En el balance anterior del terremoto de Sarvan, los muertos eran unos 200.", "es"),
    ("No balanço anterior do terremoto de Sarvan, o número de mortos era de cerca de 200.", "pt"),
    ("وكانت الحصيلة السابقة لزلزال سروان نحو 200 قتيل.", "ar"),
    ("در آمار قبلی زلزله سروان شمار کشته ها حدود ۲۰۰ نفر بود.", "fa"),
])
def test_an_earlier_figure_is_no_claim_against_the_current_value(tmp_path, text, language):
    assert "killed" not in {fact for fact, _ in _contradictions(tmp_path, text, language)}


@pytest.mark.parametrize("text,language", [
    ("After the Sarvan earthquake the death toll rose from 200 to 290 overnight.", "en"),
    ("Tras el terremoto de Sarvan el número de muertos subió de 200 a 290 durante la noche.", "es"),
    ("Após o terremoto de Sarvan o número de mortos aumentou de 200 para 290 durante a noite.", "pt"),
    ("بعد زلزال سروان ارتفعت حصيلة القتلى من 200 إلى 290 خلال الليل.", "ar"),
    ("وارتفعت حصيلة القتلى في زلزال سروان من 200 إلى 290 قتيلا خلال الليل.", "ar"),
    ("شمار کشته‌های زلزله سروان در طول شب از ۲۰۰ به ۲۹۰ نفر رسید.", "fa"),
    ("After the Sarvan earthquake the death toll rose to 290 from 200 overnight.", "en"),
    ("Tras el terremoto de Sarvan el número de muertos subió a 290 desde 200.", "es"),
])
def test_a_change_gives_the_later_figure_only(tmp_path, text, language):
    """'rose from 200 to 290': 200 is the toll before (no claim against the toll now), the range 200 to 290 is
    none, and 290, the toll now, contradicts the sheet's 310."""
    assert _contradictions(tmp_path, text, language) == {("killed", "290")}


@pytest.mark.parametrize("text,language", [
    ("After the Sarvan earthquake the death toll went up to 290.", "en"),
    ("Tras el terremoto de Sarvan los muertos pasan de 350.", "es"),
    ("Após o terremoto de Sarvan os mortos passam de 350.", "pt"),
])
def test_a_verb_of_change_without_a_second_figure_is_no_change(tmp_path, text, language):
    """'os mortos passam de 350' (the dead exceed 350) names one figure, the toll now, as a lower bound: it is no
    earlier figure of a change 'from X to Y', and contradicts the sheet's 310 like any toll."""
    assert {fact for fact, _ in _contradictions(tmp_path, text, language)} == {"killed"}


@pytest.mark.parametrize("text,language", [
    ("After the Sarvan earthquake the death toll exceeds 290.", "en"),
    ("After the Sarvan earthquake the toll tops 290.", "en"),
    ("Tras el terremoto de Sarvan el saldo supera los 290 muertos.", "es"),
    ("Tras el terremoto de Sarvan la cifra de muertos rebasa los 290.", "es"),
    ("Tras el terremoto de Sarvan los muertos pasan de 290.", "es"),
    ("Após o terremoto de Sarvan os mortos passam de 290.", "pt"),
    ("Após o terremoto de Sarvan o número de mortos ultrapassa 290.", "pt"),
    ("بعد زلزال سروان يتجاوز عدد القتلى 290.", "ar"),
    ("بعد زلزال سروان وتجاوزت حصيلة القتلى 290 قتيلا.", "ar"),
    ("پس از زلزله سروان شمار کشته‌ها از ۲۹۰ نفر گذشت.", "fa"),
    ("پس از زلزله سروان شمار کشته‌ها از مرز ۲۹۰ نفر گذشته است.", "fa"),
])
def test_a_verb_of_passing_gives_a_lower_bound(tmp_path, text, language):
    """'os mortos passam de 290', 'exceeds 290', 'از ۲۹۰ نفر گذشت': more than 290, which the sheet's 310 is."""
    assert _contradictions(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("In a statement late on Monday, the ministry put the toll of the Sarvan earthquake at 310.", "en"),
    ("Rescue teams reached the Sarvan earthquake zone on Monday following a press conference.", "en"),
    ("En un comunicado del lunes, el ministerio cifró en 310 los muertos del terremoto de Sarvan.", "es"),
    ("Em comunicado na segunda-feira, o ministério elevou para 310 os mortos do terremoto de Sarvan.", "pt"),
    ("وفي بيان يوم الاثنين، وضعت الوزارة حصيلة زلزال سروان عند 310 قتلى.", "ar"),
    ("وزارت در بیانیه روز دوشنبه شمار کشته های زلزله سروان را ۳۱۰ نفر دانست.", "fa"),
])
def test_the_date_of_a_statement_is_not_the_events(tmp_path, text, language):
    assert "quake-date" not in {fact for fact, _ in _contradictions(tmp_path, text, language)}


def test_the_events_own_wrong_date_still_contradicts(tmp_path):
    assert ("quake-date", "2024-03-03") in _contradictions(tmp_path, "The Sarvan earthquake struck on Sunday.", "en")


@pytest.mark.parametrize("text,language", [
    ("Three tremors of magnitude 5.1, 4.9 and 4.7 were recorded in Sarvan today.", "en"),
    ("Hoy se registraron en Sarvan tres temblores de magnitud 5,1, 4,9 y 4,7.", "es"),
    ("Hoje foram registrados em Sarvan três tremores de magnitude 5,1, 4,9 e 4,7.", "pt"),
    ("سجلت اليوم في سروان ثلاث هزات بقوة 5.1 و4.9 و4.7 درجة.", "ar"),
    ("امروز سه تکان به بزرگی ۵.۱ و ۴.۹ و ۴.۷ ریشتر در سروان ثبت شد.", "fa"),
])
def test_a_measurement_of_another_day_is_another_occurrence(tmp_path, text, language):
    assert "quake-magnitude" not in {fact for fact, _ in _contradictions(tmp_path, text, language)}


def test_a_measurement_of_the_events_day_still_contradicts(tmp_path):
    text = "On Saturday, an earthquake of magnitude 6.8 struck Sarvan."
    assert ("quake-magnitude", "6.8") in _contradictions(tmp_path, text, "en")


@pytest.mark.parametrize("text,language", [
    ("New earthquake hits Sarvan\n\nA quake of magnitude 5.6 killed two people and injured 40 in Sarvan.", "en"),
    ("Nuevo terremoto sacude Sarvan\n\nUn sismo de magnitud 5,6 mató a dos personas e hirió a 40 en Sarvan.", "es"),
    ("Novo terremoto atinge Sarvan\n\nUm sismo de magnitude 5,6 matou duas pessoas e feriu 40 em Sarvan.", "pt"),
    ("زلزال جديد يضرب سروان\n\nضرب زلزال بقوة 5.6 درجة سروان وأسفر عن مقتل شخصين وإصابة 40.", "ar"),
    ("زلزله جدید سروان را لرزاند\n\nزلزله ای به بزرگی ۵.۶ ریشتر سروان را لرزاند و دو نفر کشته و ۴۰ نفر زخمی شدند.", "fa"),
])
def test_an_article_about_a_new_quake_speaks_of_another_occurrence(tmp_path, text, language):
    assert _contradictions(tmp_path, text, language) == set()


FLOOD_SHEET = """\
language: en
event:
  id: flood
  names: {en: [Arlan floods]}
  places: {en: [Arlan], es: [Arlán], pt: [Arlã], ar: [آرلان], fa: [آرلان]}
  window: {from: 2025-03-02, to: 2025-06-30}
facts:
  - id: flood-day
    statement: Day the flood struck Arlan
    kind: date
    value: "2025-03-02"
    cues: {en: [flood], es: [riada, inundación], pt: [cheia, enchente], ar: [فيضان, الفيضانات], fa: [سیل]}
    provenance: weather service
"""


@pytest.mark.parametrize("text,language", [
    ("It is the worst flood in Arlan since 1957.", "en"),
    ("Es la peor riada en Arlán desde la de 1957.", "es"),
    ("É a pior cheia em Arlã desde 1957.", "pt"),
    ("إنها أسوأ فيضان في آرلان منذ عام 1957.", "ar"),
    ("این بدترین سیل آرلان از سال ۱۹۵۷ است.", "fa"),
])
def test_a_point_of_comparison_is_not_the_events_day(tmp_path, text, language):
    assert contradictions(tmp_path, FLOOD_SHEET, text, language, "2025-03-05") == set()


@pytest.mark.parametrize("text,language", [
    ("The flood that struck Arlan on March 3 was the worst in years.", "en"),  # a day of its own
    ("Rescuers have searched Arlan since the flood of March 3.", "en"),  # since, but no comparison
    ("La riada que sufre Arlán desde el 3 de marzo ha dejado miles de afectados.", "es"),
])
def test_the_events_own_wrong_day_still_contradicts_with_since_or_a_superlative(tmp_path, text, language):
    assert {fact for fact, _ in contradictions(tmp_path, FLOOD_SHEET, text, language, "2025-03-05")} == {"flood-day"}


TOLL_SHEET = """\
language: en
event:
  id: flood
  names: {en: [Arlan floods]}
  places: {en: [Arlan, Norvia], es: [Arlán, Norvia], pt: [Arlã, Norvia], ar: [آرلان, نورفيا], fa: [آرلان, نورویا]}
  window: {from: 2025-03-02, to: 2025-06-30}
facts:
  - id: flood-killed
    statement: People killed by the floods in the whole country (all provinces)
    kind: count
    measure: killed
    unit: people
    value: 230
    provenance: civil protection
"""


@pytest.mark.parametrize("text,language", [
    ("The floods killed 180 people in Arlan and 45 in Norvia.", "en"),
    ("The number of dead reached 1,180 in Arlan province and 45 in Norvia.", "en"),
    ("En Arlán han muerto 180 personas y en Norvia, cinco.", "es"),
    ("Morreram 180 pessoas em Arlã, 45 em Norvia e uma em Teles.", "pt"),
    ("وبلغ عدد القتلى 180 بمحافظة آرلان، و45 بمحافظة نورفيا.", "ar"),
    ("در آرلان ۱۸۰ نفر و در نورویا ۴۵ نفر کشته شدند.", "fa"),
])
def test_a_count_of_one_place_of_a_breakdown_is_a_part(tmp_path, text, language):
    assert contradictions(tmp_path, TOLL_SHEET, text, language, "2025-03-05") == set()


@pytest.mark.parametrize("text,language", [
    ("The floods killed 180 people across the country, and rescuers reached Norvia.", "en"),  # one place, no breakdown
    ("Las inundaciones dejaron 180 muertos en Arlán, según Protección Civil en Norvia.", "es"),  # no other number
])
def test_a_count_with_one_place_is_still_linked(tmp_path, text, language):
    assert {fact for fact, _ in contradictions(tmp_path, TOLL_SHEET, text, language, "2025-03-05")} == {"flood-killed"}


@pytest.mark.parametrize("text,language", [
    ("Kerav and Dostan bore the brunt of the Sarvan earthquake, accounting for 120 and 95 deaths, respectively.", "en"),
    ("Kerav y Dostan, con 120 y 95 muertos respectivamente, fueron las ciudades más afectadas por el terremoto de Sarvan.", "es"),
    ("Kerav e Dostan registraram 120 e 95 mortos, respectivamente, no terremoto de Sarvan.", "pt"),
    ("سجلت كراف ودستان 120 و95 قتيلا على التوالي جراء زلزال سروان.", "ar"),
    ("در زلزله سروان کراو و دستان به ترتیب ۱۲۰ و ۹۵ کشته داشتند.", "fa"),
])
def test_numbers_given_respectively_are_parts_not_the_total(tmp_path, text, language):
    assert "killed" not in {fact for fact, _ in _contradictions(tmp_path, text, language)}


def test_a_total_beside_no_respectively_still_contradicts(tmp_path):
    assert ("killed", "120") in _contradictions(
        tmp_path, "The Sarvan earthquake caused 120 deaths, the ministry said.", "en")


@pytest.mark.parametrize("text,language", [
    ("The number of people killed by the magnitude 7.4 earthquake that hit Sarvan has climbed to 310.", "en"),
    ("El número de muertos por el terremoto de magnitud 7,4 que sacudió Sarvan ha subido a 310.", "es"),
])
def test_a_fraction_is_no_count_of_people(tmp_path, text, language):
    """A sheet that does not state the magnitude: its number must not fall to the death toll."""
    start = SHEET.index("  - id: quake-magnitude")
    without_magnitude = SHEET[:start] + SHEET[SHEET.index("  - id: killed"):]
    found = contradictions(tmp_path, without_magnitude, text, language, "2024-03-05")
    assert not {said for fact, said in found if fact == "killed"}
