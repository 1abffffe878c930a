"""What an election number is about, found on the held-out trial of issue 8 (bench/realworld/README.md):
the progress of the count, parallel pairs of numbers and names, a place's figure, a pronoun for the candidate
of the sentence before. Every sentence is our own; the election is invented (Orsen and Pike, a runoff in
Valdoria on 6 April 2025).
"""
from __future__ import annotations

import pytest

from sheet_run import contradictions

SHEET = """\
language: en
event:
  id: valdoria-2025
  names: {en: [Valdorian runoff]}
  places: {en: [Valdoria], es: [Valdoria], pt: [Valdória], ar: [فالدوريا], fa: [والدوریا]}
  entities:
    en: [Orsen, Pike]
    ar: [أورسن, بايك]
    fa: [اورسن, پایک]
  window: {from: 2025-03-01, to: 2025-09-30}
facts:
  - id: orsen-share
    statement: Share of the votes for Orsen in the runoff
    kind: percent
    measure: vote-share
    entities: {en: [Orsen], ar: [أورسن], fa: [اورسن]}
    unit: percent
    value: 54.3
    provenance: electoral board
  - id: pike-share
    statement: Share of the votes for Pike in the runoff
    kind: percent
    measure: vote-share
    entities: {en: [Pike], ar: [بايك], fa: [پایک]}
    unit: percent
    value: 45.7
    provenance: electoral board
  - id: orsen-votes
    statement: Votes for Orsen in the runoff
    kind: count
    measure: votes
    entities: {en: [Orsen], ar: [أورسن], fa: [اورسن]}
    unit: vote
    value: 6210000
    provenance: electoral board
  - id: pike-votes
    statement: Votes for Pike in the runoff
    kind: count
    measure: votes
    entities: {en: [Pike], ar: [بايك], fa: [پایک]}
    unit: vote
    value: 5230000
    provenance: electoral board
  - id: turnout
    statement: Turnout of the runoff, nationwide
    kind: percent
    measure: turnout
    unit: percent
    value: 71.4
    provenance: electoral board
"""


def _found(tmp_path, text: str, language: str) -> set[tuple[str, str]]:
    """The figures linked to a fact they differ from: contradictions, or partial counts (a figure beside the progress
    of the count, checker/compare.py): which candidate a figure is given to is what these tests check."""
    return contradictions(tmp_path, SHEET, text, language, "2025-04-07", kinds=("contradiction", "partial"))


HEADLINE = {"en": "Valdoria: Orsen and Pike", "es": "Valdoria: Orsen y Pike", "pt": "Valdória: Orsen e Pike",
            "ar": "فالدوريا: أورسن وبايك", "fa": "والدوریا: اورسن و پایک"}


def _in_valdoria(text: str, language: str) -> str:
    """The text under a headline naming the event's place and candidates (a sentence that names no candidate is
    then in scope)."""
    return f"{HEADLINE[language]}\n\n{text}"


# --- the progress of the count is its own measure --------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("With close to 88% of the votes counted, Orsen was ahead with 54.3%.", "en"),
    ("With 88% of polling stations reporting, Orsen led with 54.3% of the vote.", "en"),
    ("Con cerca del 88% de los votos contados, Orsen seguía con el 54,3%.", "es"),
    ("Con el 88% escrutado, Orsen obtenía el 54,3% de los votos.", "es"),
    ("Com perto de 88% dos votos contados, Orsen segue com 54,3%.", "pt"),
    ("Com 88% das urnas apuradas, Orsen tinha 54,3% dos votos.", "pt"),
    ("بعد فرز 88% من الأصوات، تقدم أورسن بنسبة 54.3%.", "ar"),
    ("با شمارش ۸۸ درصد آرا، اورسن با ۵۴.۳ درصد پیشتاز است.", "fa"),
])
def test_the_progress_of_the_count_is_no_share_of_a_candidate(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("With 88% of the votes counted, turnout stood at 71.4%.", "en"),
    ("Con el 88% de las mesas escrutadas, la participación era del 71,4%.", "es"),
    ("Com 88% dos votos apurados, a participação era de 71,4%.", "pt"),
])
def test_the_progress_of_the_count_is_no_turnout(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("With close to 88% of the votes counted, Orsen was ahead with 58.3% of the vote.", "en"),
    ("Com perto de 88% dos votos contados, Orsen segue com 58,3% dos votos.", "pt"),
    ("با شمارش ۸۸ درصد آرا، اورسن با ۵۸.۳ درصد آرا پیشتاز است.", "fa"),
])
def test_the_share_beside_the_progress_is_linked_as_a_partial_count(tmp_path, text, language):
    """The share beside the progress is the candidate's, read while the count went on: against the sheet's result
    it is a partial count (FL012), no contradiction (checker/compare.py, partial_counts)."""
    assert contradictions(tmp_path, SHEET, text, language, "2025-04-07", kinds=("partial",)) == {("orsen-share", "58.3%")}
    (tmp_path / "again").mkdir()
    assert contradictions(tmp_path / "again", SHEET, text, language, "2025-04-07") == set()


# --- a parallel pair: the numbers of a pair follow the order of the names before them -------------

@pytest.mark.parametrize("text,language", [
    ("Orsen led with 54.3% against 45.7% for Pike: 6,210,000 votes against 5,230,000.", "en"),
    ("Orsen won 54.3% of the vote to 45.7% for Pike, that is 6,210,000 votes for the senator and 5,230,000 for"
     " the governor.", "en"),
    ("Orsen se imponía con el 54,3% contra el 45,7% de Pike: 6.210.000 votos contra 5.230.000.", "es"),
    ("El recuento daba a Orsen el 54,3% de los votos contra el 45,7% de Pike, es decir 6.210.000 sufragios para"
     " el senador y 5.230.000 para el gobernador.", "es"),
    ("Orsen venceu com 54,3% dos votos contra 45,7% de Pike, ou seja, 6.210.000 votos contra 5.230.000.", "pt"),
    ("حصل أورسن على 54.3% من الأصوات مقابل 45.7% لبايك، أي 6210000 صوت مقابل 5230000 صوت.", "ar"),
    ("اورسن ۵۴.۳ درصد آرا را در برابر ۴۵.۷ درصد پایک به دست آورد، یعنی ۶۲۱۰۰۰۰ رأی در برابر ۵۲۳۰۰۰۰ رأی.", "fa"),
])
def test_a_pair_of_numbers_after_a_pair_of_names_follows_their_order(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("Orsen led with 54.3% against 45.7% for Pike: 6,210,000 votes against 5,930,000.", "en"),
    ("Orsen se imponía con el 54,3% contra el 45,7% de Pike: 6.210.000 votos contra 5.930.000.", "es"),
    ("حصل أورسن على 54.3% من الأصوات مقابل 45.7% لبايك، أي 6210000 صوت مقابل 5930000 صوت.", "ar"),
])
def test_a_wrong_second_number_of_a_pair_contradicts_the_second_name(tmp_path, text, language):
    assert {fact for fact, _ in _found(tmp_path, text, language)} == {"pike-votes"}


@pytest.mark.parametrize("text,language,found", [
    # a count whose separators slipped ("5.230,000"): as written it says 5,230; no measurement like a magnitude
    ("Orsen se imponía con el 54,3% contra el 45,7% de Pike: 6.210.000 votos contra 5.230,512.", "es", "5,230.512"),
    ("Orsen venceu com 54,3% dos votos contra 45,7% de Pike: 6.210.000 votos contra 5.230,512.", "pt", "5,230.512"),
    ("Pike received 5,230.512 votes.", "en", "5,230.512"),
])
def test_a_count_written_with_a_slipped_separator_still_contradicts(tmp_path, text, language, found):
    assert _found(tmp_path, text, language) == {("pike-votes", found)}


# --- a place's figure is a part, not the whole -------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("The province with the highest turnout was Alba, at 82.9%.", "en"),
    ("In Alba province, turnout reached 82.9%.", "en"),
    ("La provincia con mayor participación fue Alba, con el 82,9%.", "es"),
    ("En la provincia de Alba, Orsen obtuvo el 61,3% de los votos.", "es"),
    ("O estado com maior participação foi Alba, com 82,9%.", "pt"),
    ("وسجلت محافظة ألبا أعلى نسبة مشاركة بلغت 82.9%.", "ar"),
    ("بیشترین میزان مشارکت در استان آلبا با ۸۲.۹ درصد ثبت شد.", "fa"),
])
def test_the_figure_of_one_province_is_no_national_figure(tmp_path, text, language):
    assert _found(tmp_path, _in_valdoria(text, language), language) == set()


@pytest.mark.parametrize("text,language", [
    ("Turnout was 68.2%, and the province with the highest turnout was Alba, at 82.9%.", "en"),
    ("La participación fue del 68,2%; la provincia con mayor participación fue Alba, con el 82,9%.", "es"),
    ("A participação foi de 68,2%, e o estado com maior participação foi Alba, com 82,9%.", "pt"),
])
def test_the_national_figure_beside_a_provinces_still_contradicts(tmp_path, text, language):
    assert _found(tmp_path, _in_valdoria(text, language), language) == {("turnout", "68.2%")}


# --- a pronoun refers back to the candidate of the sentence before ------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Orsen was the most voted candidate in the capital.\n\nWith 98% of the ballots counted, he had 58.3% of the"
     " vote, against 45.7% for Pike.", "en"),
    ("Orsen ganó en la capital. Con el 98% de las mesas escrutadas, él tenía el 58,3% de los votos, contra el 45,7%"
     " de Pike.", "es"),
    ("O presidente eleito, Orsen, foi o mais votado na capital.\n\nCom 98% das urnas apuradas, ele tinha 58,3% dos"
     " votos, contra 45,7% de Pike.", "pt"),
    ("اورسن در پایتخت پیروز شد. او ۵۸.۳ درصد آرا را در برابر ۴۵.۷ درصد پایک به دست آورد.", "fa"),
])
def test_a_pronoun_gives_the_number_to_the_candidate_named_before(tmp_path, text, language):
    assert _found(tmp_path, text, language) == {("orsen-share", "58.3%")}


@pytest.mark.parametrize("text,language", [
    ("Pike conceded on Sunday night. He had 41.7% of the vote, against 54.3% for Orsen.", "en"),
    ("Pike reconoció la derrota. Él obtuvo el 41,7% de los votos, frente al 54,3% de Orsen.", "es"),
])
def test_a_pronoun_for_the_rival_gives_the_number_to_the_rival(tmp_path, text, language):
    assert _found(tmp_path, text, language) == {("pike-share", "41.7%")}


def test_a_pronoun_after_a_sentence_naming_both_candidates_gives_the_number_to_neither(tmp_path):
    text = "Orsen and Pike met on Sunday. He had 41.7% of the vote."
    assert _found(tmp_path, text, "en") == set()


# --- beside the progress of the count, a candidate's percent is a share of the votes --------------------

@pytest.mark.parametrize("text,language", [
    ("With 70% of the ballots counted, Orsen now has 58.3% against 45.7% for Pike.", "en"),
    ("Con el 70% de las mesas escrutadas, Orsen tiene el 58,3% contra el 45,7% de Pike.", "es"),
    ("Com 70% das urnas apuradas, Orsen vira e agora tem 58,3% contra 45,7% de Pike", "pt"),
    ("بعد فرز 70% من الأصوات، يتقدم أورسن بـ58.3% مقابل 45.7% لبايك.", "ar"),
])
def test_beside_the_progress_of_the_count_a_candidates_percent_is_his_share(tmp_path, text, language):
    assert _found(tmp_path, text, language) == {("orsen-share", "58.3%")}


@pytest.mark.parametrize("text,language", [
    ("Orsen now has 58.3% in the polls.", "en"),
])
def test_without_the_progress_of_the_count_a_percent_names_no_share(tmp_path, text, language):
    assert _found(tmp_path, _in_valdoria(text, language), language) == set()


# --- the name after 'over' is the defeated rival's, not the number's owner ------------------------------

@pytest.mark.parametrize("text,language", [
    ("Orsen won the runoff with 54.3% of the vote over Pike.", "en"),
    ("Orsen ganó la segunda vuelta con el 54,3% de los votos sobre Pike.", "es"),
    ("Orsen venceu o segundo turno com 54,3% dos votos sobre Pike.", "pt"),
    ("فاز أورسن في جولة الإعادة بنسبة 54.3% من الأصوات على بايك.", "ar"),
    ("اورسن، نامزد مخالف، در دور دوم با کسب ۵۴.۳ درصد آرا بر پایک پیروز شد.", "fa"),
])
def test_the_name_after_over_is_not_the_owner(tmp_path, text, language):
    assert _found(tmp_path, _in_valdoria(text, language), language) == set()


@pytest.mark.parametrize("text,language", [
    ("Orsen won the runoff with 58.3% of the vote over Pike.", "en"),
    ("اورسن، نامزد مخالف، در دور دوم با کسب ۵۸.۳ درصد آرا بر پایک پیروز شد.", "fa"),
])
def test_the_winners_wrong_share_over_the_rival_contradicts_his_fact(tmp_path, text, language):
    assert _found(tmp_path, _in_valdoria(text, language), language) == {("orsen-share", "58.3%")}


@pytest.mark.parametrize("text,language", [
    ("State television said turnout was 68.2%.", "en"),
    ("Turnout was 68.2%, state media reported.", "en"),
])
def test_an_area_word_used_as_an_adjective_places_nothing(tmp_path, text, language):
    assert _found(tmp_path, _in_valdoria(text, language), language) == {("turnout", "68.2%")}


@pytest.mark.parametrize("text,language", [
    ("Pike conceded on Sunday night. He had 45.7% of the vote against 58.3% of the vote for Orsen.", "en"),
    ("Pike reconoció la derrota. Él obtuvo el 45,7% de los votos frente al 58,3% de los votos de Orsen.", "es"),
])
def test_a_pronoun_owns_no_number_after_a_contrast_word(tmp_path, text, language):
    assert _found(tmp_path, text, language) == {("orsen-share", "58.3%")}


@pytest.mark.parametrize("text,language", [
    ("Pike congratulated Orsen, who won with 6,210,000 votes against 5,230,000.", "en"),
    ("Pike felicitó a Orsen, que ganó con 6.210.000 votos contra 5.230.000.", "es"),
])
def test_a_pair_after_two_names_but_no_pair_of_numbers_keeps_the_nearest_name(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()
