"""Linking rules for the numbers of an election (issue 8, found on bench/realworld/): whose number it is,
totals and differences, rounds. Every sentence here is our own; the election and its candidates are
invented (Karimov and Dalton, a first round on 2 March 2025 and a runoff on 16 March 2025).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from sheet_run import contradictions

SHEET = """\
language: en
event:
  id: norland-2025
  names: {en: [Norland presidential election]}
  places: {en: [Norland], es: [Norlandia], pt: [Norlândia], ar: [نورلاند], fa: [نورلند]}
  entities:
    en: [Karimov, Dalton]
    ar: [كريموف, دالتون]
    fa: [کریموف, دالتون]
  window: {from: 2025-02-01, to: 2025-06-30}
facts:
  - id: karimov-share
    statement: Share of the votes for Karimov in the runoff
    kind: percent
    measure: vote-share
    entities: {en: [Karimov], ar: [كريموف], fa: [کریموف]}
    unit: percent
    value: 51.2
    provenance: electoral commission
  - id: dalton-share
    statement: Share of the votes for Dalton in the runoff
    kind: percent
    measure: vote-share
    entities: {en: [Dalton], ar: [دالتون], fa: [دالتون]}
    unit: percent
    value: 48.8
    provenance: electoral commission
  - id: karimov-votes
    statement: Votes for Karimov in the runoff
    kind: count
    measure: votes
    entities: {en: [Karimov], ar: [كريموف], fa: [کریموف]}
    unit: vote
    value: 5120000
    provenance: electoral commission
  - id: dalton-votes
    statement: Votes for Dalton in the runoff
    kind: count
    measure: votes
    entities: {en: [Dalton], ar: [دالتون], fa: [دالتون]}
    unit: vote
    value: 4880000
    provenance: electoral commission
"""


def _found(tmp_path: Path, text: str, language: str) -> set[tuple[str, str]]:
    return contradictions(tmp_path, SHEET, text, language, "2025-03-18")


# --- whose number it is -----------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    # a name after the number across a comma and a conjunction speaks of the next part
    ("Karimov won 5,120,000 votes, or 51.2%, and Dalton 4,880,000, or 48.8%.", "en"),
    # a name after the number with another quantity between belongs to that quantity
    ("Karimov won with 5,120,000 votes to 4,880,000 for Dalton.", "en"),
    ("Con el 90% de las actas, el candidato opositor tenía el 51,2% de los votos, contra el 48,8% de Dalton.", "es"),
    ("O candidato da oposição teve 51,2% dos votos, contra 48,8% de Dalton.", "pt"),
    ("حصل كريموف على 51.2% من الأصوات، فيما حصل دالتون على 48.8%.", "ar"),
    ("کریموف ۵۱.۲ درصد آرا و دالتون ۴۸.۸ درصد آرا را به دست آوردند.", "fa"),
])
def test_a_candidates_number_is_not_the_rivals(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language,expected", [
    ("Karimov won 51.2% of the vote, and Dalton 46.8%.", "en", ("dalton-share", "46.8%")),
    ("Karimov obtuvo el 51,2% de los votos, contra el 46,8% de Dalton.", "es", ("dalton-share", "46.8%")),
    ("حصل كريموف على 51.2% من الأصوات، فيما حصل دالتون على 46.8%.", "ar", ("dalton-share", "46.8%")),
])
def test_the_rivals_wrong_number_is_still_his(tmp_path, text, language, expected):
    assert _found(tmp_path, text, language) == {expected}


@pytest.mark.parametrize("text,language", [
    # a contrast word: the number after it is the rival's, not the name's before it
    ("Karimov had 51.2%, against 48.8% of the vote for his rival.", "en"),
    ("Karimov obtuvo el 51,2%, frente al 48,8% de los votos de su rival.", "es"),
    ("کریموف ۵۱.۲ درصد را در برابر ۴۸.۸ درصد آرای رقیبش به دست آورد.", "fa"),
])
def test_a_number_after_a_contrast_word_is_not_the_first_names(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


# --- totals and differences -------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Out of 10,000,000 votes cast, Karimov won 5,120,000.", "en"),
    ("De un total de 10.000.000 de votos, Karimov obtuvo 5.120.000.", "es"),
    ("من أصل 10 ملايين صوت، حصل كريموف على 5 ملايين و120 ألف صوت.", "ar"),
    ("از مجموع ۱۰ میلیون رأی، کریموف ۵ میلیون و ۱۲۰ هزار رأی به دست آورد.", "fa"),
])
def test_a_total_is_no_candidates_number(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("Karimov won with a margin of 240,000 votes over Dalton.", "en"),
    ("Karimov ganó con una ventaja de 240.000 votos sobre Dalton.", "es"),
    ("Karimov venceu com uma diferença de 240.000 votos sobre Dalton.", "pt"),
    ("فاز كريموف بفارق 240 ألف صوت عن دالتون.", "ar"),
    ("کریموف با اختلاف ۲۴۰ هزار رأی از دالتون پیروز شد.", "fa"),
])
def test_a_difference_is_no_count_of_votes(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


def test_a_fact_that_is_a_difference_still_links_its_difference(tmp_path):
    sheet = SHEET + """\
  - id: margin
    statement: Margin of Karimov's victory over Dalton (a difference of votes)
    kind: count
    measure: votes
    unit: vote
    value: 240000
    cues: {en: [margin]}
    provenance: electoral commission
"""
    found = contradictions(tmp_path, sheet, "Karimov won with a margin of 340,000 votes.", "en", "2025-03-18")
    assert found == {("margin", "340,000")}


# --- an article published before a fact's window ------------------------------------------------

RUNOFF_ONLY = SHEET.replace("    unit: percent\n", "    window: {from: 2025-03-16, to: 2025-06-30}\n    unit: percent\n")


@pytest.mark.parametrize("text,language", [
    ("Karimov won 44.0% of the vote and goes to the runoff.", "en"),
    ("Karimov obtuvo el 44,0% de los votos y pasa a la segunda vuelta.", "es"),
    ("حصل كريموف على 44.0% من الأصوات.", "ar"),
    ("کریموف ۴۴.۰ درصد آرا را به دست آورد.", "fa"),
])
def test_an_article_before_the_runoff_cannot_state_its_result(tmp_path, text, language):
    assert contradictions(tmp_path, RUNOFF_ONLY, text, language, "2025-03-04") == set()


def test_an_article_after_the_runoff_still_contradicts_it(tmp_path):
    found = contradictions(tmp_path, RUNOFF_ONLY, "Karimov won 44.0% of the vote.", "en", "2025-03-18")
    assert found == {("karimov-share", "44%")}


def test_an_inferred_publication_date_is_only_a_lower_bound():
    from datetime import date

    from checker.extract import extract
    from checker.frames import frame_mentions
    from checker.model import Seed

    text = "Karimov won 44.0% of the vote."
    seed = Seed("t", "t.txt", text, "en", date(2025, 3, 4), published_source="latest-date-bound")
    frame, = frame_mentions(seed, extract(text, "en", seed.published))
    assert frame.time_source == "article date (a lower bound)"


# --- rounds -----------------------------------------------------------------------------------

TWO_ROUNDS = SHEET + """\
  - id: karimov-share-r1
    statement: Share of the votes for Karimov in the first round
    kind: percent
    measure: vote-share
    entities: {en: [Karimov], ar: [كريموف], fa: [کریموف]}
    unit: percent
    value: 44.0
    provenance: electoral commission
"""


@pytest.mark.parametrize("text,language", [
    ("In the first round, Karimov won 44.0% of the vote.", "en"),
    ("Karimov obtuvo el 44,0% de los votos en la primera vuelta.", "es"),
    ("No primeiro turno, Karimov teve 44,0% dos votos.", "pt"),
    ("حصل كريموف في الجولة الأولى على 44.0% من الأصوات.", "ar"),
    ("کریموف در دور اول ۴۴.۰ درصد آرا را به دست آورد.", "fa"),
    ("Karimov won 51.2% of the vote in the runoff, after 44.0% in the first round.", "en"),
    ("Karimov tuvo el 51,2% de los votos en la segunda vuelta, frente al 44,0% en la primera vuelta.", "es"),
])
def test_a_number_of_one_round_is_not_the_other_rounds(tmp_path, text, language):
    assert contradictions(tmp_path, TWO_ROUNDS, text, language, "2025-03-18") == set()


@pytest.mark.parametrize("text,language", [
    ("Norland goes to a runoff on March 16 after Karimov won 44.0% of the vote on Sunday.", "en"),
    ("Norlandia irá a la segunda vuelta el 16 de marzo tras obtener Karimov el 44,0% de los votos.", "es"),
    ("A Norlândia terá segundo turno em 16 de março depois de Karimov obter 44,0% dos votos.", "pt"),
])
def test_a_round_named_in_another_clause_places_no_number(text, language):
    from datetime import date

    frames = _frames(text, language, date(2025, 3, 4))
    assert [f.round for t, f in frames.items() if t.startswith("44")] == [""]


@pytest.mark.parametrize("text,language,expected", [
    ("In the first round, Karimov won 41.0% of the vote.", "en", ("karimov-share-r1", "41%")),
    ("حصل كريموف في الجولة الثانية على 54.2% من الأصوات.", "ar", ("karimov-share", "54.2%")),
])
def test_a_wrong_number_of_a_round_contradicts_that_rounds_fact(tmp_path, text, language, expected):
    assert contradictions(tmp_path, TWO_ROUNDS, text, language, "2025-03-18") == {expected}


# --- the time of a number ---------------------------------------------------------------------

def _frames(text: str, language: str, published) -> dict:
    from checker.extract import extract
    from checker.frames import frame_mentions
    from checker.model import Seed

    seed = Seed("t", "t.txt", text, language, published)
    body = [m for m in extract(text, language, published) if m.section == "body"]
    return {m.text: f for m, f in zip(body, frame_mentions(seed, body))}


@pytest.mark.parametrize("text,language,later,dated", [
    ("Turnout was 52 percent, after 40 percent of voters stayed away on March 2.", "en", "52 percent", "40 percent"),
    ("La participación fue del 52%, tras un 40% de abstención el 2 de marzo.", "es", "52%", "40%"),
    ("A participação foi de 52%, depois de 40% de abstenção em 2 de março.", "pt", "52%", "40%"),
])
def test_a_date_after_another_quantity_is_that_quantitys_time(text, language, later, dated):
    from datetime import date

    frames = _frames(text, language, date(2025, 3, 18))
    assert frames[later].time_source == "article date"
    assert frames[dated].time == (date(2025, 3, 2).toordinal(),) * 2


@pytest.mark.parametrize("text,language,first", [
    ("Tremors of magnitude 5.1, 4.9 and 4.7 were recorded on March 2.", "en", "5.1"),
    ("Se registraron réplicas de magnitud 5,1, 4,9 y 4,7 el 2 de marzo.", "es", "5,1"),
])
def test_the_numbers_of_one_list_share_its_date(text, language, first):
    from datetime import date

    frames = _frames(text, language, date(2025, 3, 18))
    assert frames[first].time == (date(2025, 3, 2).toordinal(),) * 2


# --- a table under the heading of a sub-place ---------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Norland results by province\n\nProvince of Alta\nKarimov: 410,000 votes\nDalton: 290,000 votes\n", "en"),
    ("Resultados por provincia\n\nProvincia de Alta\nKarimov: 410.000 votos\nDalton: 290.000 votos\n", "es"),
    ("Resultados por estado\n\nEstado do Norte\nKarimov: 410.000 votos\nDalton: 290.000 votos\n", "pt"),
    ("نتایج به تفکیک استان\n\nاستان شمالی\nکریموف: ۴۱۰ هزار رأی\nدالتون: ۲۹۰ هزار رأی\n", "fa"),
    ("النتائج حسب المحافظات\n\nمحافظة الشمال\nكريموف: 410 آلاف صوت\nدالتون: 290 ألف صوت\n", "ar"),
])
def test_a_table_under_a_sub_place_heading_is_a_part(tmp_path, text, language):
    assert _found(tmp_path, text, language) == set()


@pytest.mark.parametrize("text,language", [
    ("Norland final results\n\nFinal count\nKarimov: 410,000 votes\n", "en"),
    ("نتایج نهایی\n\nشمارش نهایی\nکریموف: ۴۱۰ هزار رأی\n", "fa"),
])
def test_a_table_under_another_heading_still_contradicts(tmp_path, text, language):
    assert {fact for fact, _ in _found(tmp_path, text, language)} == {"karimov-votes"}


# --- factlint explain says which rule ruled a fact out ----------------------------------------------

@pytest.mark.parametrize("text,number,frame_part,rule", [
    ("In the first round, Karimov won 44.0% of the vote.", "44.0%", "round: first", "another round"),
    ("Out of 10,000,000 votes cast, Karimov won 5,120,000.", "10,000,000", "a total:", "a total"),
    ("Karimov won with a margin of 240,000 votes over Dalton.", "240,000", "a difference:", "a difference"),
])
def test_explain_shows_the_frame_part_and_the_rule(tmp_path, text, number, frame_part, rule):
    from checker.explain import explain_seed

    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir()
    facts.mkdir()
    (seeds / "a.txt").write_text(text + "\n", encoding="utf-8")
    (seeds / "manifest.yaml").write_text("seeds:\n  - {id: a, file: a.txt, language: en, published: 2025-03-18}\n",
                                         encoding="utf-8")
    (facts / "norland.yaml").write_text(TWO_ROUNDS, encoding="utf-8")
    explained = next(e for e in explain_seed(seeds, [facts], "a") if e.mention.text == number)
    assert any(line.startswith(frame_part) for line in explained.frame)
    assert any(c.ruled_out.startswith(rule) for c in explained.candidates)
