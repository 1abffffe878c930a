"""A party's figure read before its count was finished is no contradiction of the final result a sheet holds
(checker/compare.py, `partial_counts`): election-night articles give seats and shares while the count goes on ("with
98 percent of the vote counted"), in one sentence of the article and not in the others, or they say that some of the
count is still to come ("the four seats of the voters abroad are still to be allotted"). A sheet written from the
final result, with no value of that night, does not know those moments: the figure is `partial`, with the words that
made it so. A figure of an article whose count is complete still contradicts.

The sheet and the sentences are invented for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from sheet_run import ZEMBLA_ELECTION, ZEMBLA_FRONT_SHARE, verdicts as sheet_verdicts

SHEET = ZEMBLA_ELECTION + "facts:\n" + """\
  - id: front-seats
    statement: Seats won by the Liberal Front (final result, with the seats of the voters abroad)
    kind: count
    measure: seats
    entities: {en: [Liberal Front], es: [Frente Liberal], pt: [Frente Liberal], ar: [الجبهة الليبرالية], fa: [جبهه لیبرال]}
    unit: seat
    value: 64
    provenance: invented
  - id: front-votes
    statement: Votes won by the Liberal Front (final result)
    kind: count
    measure: votes
    entities: {en: [Liberal Front], es: [Frente Liberal], pt: [Frente Liberal], ar: [الجبهة الليبرالية], fa: [جبهه لیبرال]}
    unit: vote
    value: 1850000
    provenance: invented
""" + ZEMBLA_FRONT_SHARE


def _verdicts(tmp_path, text: str, language: str) -> dict[str, tuple[str, str]]:
    """{the figure as written: (its verdict, why)} of an article published the day after the vote."""
    return sheet_verdicts(tmp_path, SHEET, text, language, date(2031, 4, 7))


# The progress of the count in the figure's own sentence, in the words wire copy uses ("of the vote counted").
OWN_SENTENCE = [
    ("With 98 percent of the vote counted, the Liberal Front had 29.8 percent in the Zemblan parliamentary "
     "election.", "en", "29.8 percent"),
    ("Con el 98 % de los sufragios escrutados, el Frente Liberal obtenía el 29,8 % en las elecciones "
     "parlamentarias de Zembla.", "es", "29,8 %"),
]

# The progress given in another sentence of the article: the one moment of its figures.
ANOTHER_SENTENCE = [
    ("With 98 percent of the ballots counted, the Zemblan parliamentary election was close.\n\nThe Liberal Front "
     "won 61 seats in the new parliament.", "en", "61"),
    ("Con el 98 % de los votos escrutados, las elecciones parlamentarias de Zembla seguían abiertas.\n\nEl Frente "
     "Liberal logró 61 escaños en el parlamento.", "es", "61"),
    ("Com 98% dos votos apurados, as eleições parlamentares de Zembla seguiam indefinidas.\n\nA Frente Liberal "
     "conquistou 61 cadeiras no parlamento.", "pt", "61"),
    ("بعد فرز 98 في المئة من الأصوات، بقيت الانتخابات البرلمانية في زمبلا مفتوحة.\n\nوحصلت الجبهة الليبرالية على "
     "61 مقعدا في البرلمان.", "ar", "61"),
    ("با شمارش ۹۸ درصد آرا، نتیجه انتخابات پارلمانی زمبلا هنوز روشن نیست.\n\nجبهه لیبرال ۶۱ کرسی پارلمان را به "
     "دست آورد.", "fa", "۶۱"),
]

# The article says part of the count is still to come.
UNFINISHED = [
    ("The Liberal Front won 61 seats in the Zemblan parliamentary election. The four seats of the voters abroad "
     "are still to be allotted.", "en", "61"),
    ("The Liberal Front won 61 seats in the Zemblan parliamentary election, with the votes cast abroad yet to be "
     "counted.", "en", "61"),
    ("El Frente Liberal logró 61 escaños en las elecciones parlamentarias de Zembla. Quedan por asignar los "
     "cuatro escaños del voto exterior.", "es", "61"),
    ("El Frente Liberal logró 61 escaños en las elecciones parlamentarias de Zembla, a falta de conocerse el "
     "resultado final.", "es", "61"),
    ("A Frente Liberal elegeu 61 deputados nas eleições parlamentares de Zembla, numa altura em que ainda falta "
     "apurar os quatro deputados da emigração.", "pt", "61"),
    ("A Frente Liberal conquistou 61 cadeiras nas eleições parlamentares de Zembla. Os resultados finais ainda "
     "aguardam a apuração dos votos do exterior.", "pt", "61"),
    ("وحصلت الجبهة الليبرالية على 61 مقعدا في الانتخابات البرلمانية في زمبلا. ولم يتم فرز أصوات المغتربين بعد.",
     "ar", "61"),
    ("جبهه لیبرال در انتخابات پارلمانی زمبلا ۶۱ کرسی به دست آورد. آرای خارج از کشور هنوز شمارش نشده است.",
     "fa", "۶۱"),
    # a running tally of the results declared so far, or results still to be announced (real-text dev corpus dev11b:
    # "A tracker built from the official results announced so far put Tinubu on 3,331,041 votes")
    ("Results announced so far give the Liberal Front 61 seats in the Zemblan parliamentary election.", "en", "61"),
    ("The Liberal Front won 61 seats in the Zemblan parliamentary election; the results of two provinces are still "
     "to be announced.", "en", "61"),
    ("Según los resultados anunciados hasta ahora, el Frente Liberal logra 61 escaños en las elecciones "
     "parlamentarias de Zembla.", "es", "61"),
    ("Segundo os resultados divulgados até agora, a Frente Liberal conquista 61 cadeiras nas eleições parlamentares "
     "de Zembla.", "pt", "61"),
    ("وحصلت الجبهة الليبرالية حتى الآن على 61 مقعدا في الانتخابات البرلمانية في زمبلا.", "ar", "61"),
    ("جبهه لیبرال تاکنون ۶۱ کرسی در انتخابات پارلمانی زمبلا به دست آورده است.", "fa", "۶۱"),
    ("Results announced so far give the Liberal Front 1,200,000 votes in the Zemblan parliamentary election.", "en",
     "1,200,000"),
]

# A tally of votes only grows while it is counted: a count of votes above the final result is no moment of it
# (bench/realworld iran-election-2024: "Até agora ... Pezeshkian obteve mais de 17 milhões", final 16.4 million).
ABOVE_THE_FINAL = [
    ("Results announced so far give the Liberal Front 1,900,000 votes in the Zemblan parliamentary election.", "en",
     "1,900,000"),
    ("Según los resultados anunciados hasta ahora, el Frente Liberal suma 1.900.000 votos en las elecciones "
     "parlamentarias de Zembla.", "es", "1.900.000"),
    ("Segundo os resultados divulgados até agora, a Frente Liberal soma 1.900.000 votos nas eleições parlamentares "
     "de Zembla.", "pt", "1.900.000"),
    ("وحصلت الجبهة الليبرالية حتى الآن على 1900000 صوت في الانتخابات البرلمانية في زمبلا.", "ar", "1900000"),
    ("جبهه لیبرال تاکنون ۱۹۰۰۰۰۰ رأی در انتخابات پارلمانی زمبلا به دست آورده است.", "fa", "۱۹۰۰۰۰۰"),
]


@pytest.mark.parametrize("text,language,said", OWN_SENTENCE + ANOTHER_SENTENCE + UNFINISHED)
def test_compare_a_figure_of_an_unfinished_count_is_partial(tmp_path, text, language, said):
    verdicts = _verdicts(tmp_path, text, language)
    verdict, why = verdicts.get(said, ("", ""))
    assert verdict == "partial", verdicts


@pytest.mark.parametrize("text,language,said,words", [
    (UNFINISHED[0][0], "en", "61", "to be allotted"),
    (UNFINISHED[2][0], "es", "61", "quedan por asignar"),
    (ANOTHER_SENTENCE[0][0], "en", "61", "98"),
])
def test_compare_a_partial_figure_says_why(tmp_path, text, language, said, words):
    verdict, why = _verdicts(tmp_path, text, language).get(said, ("", ""))
    assert verdict == "partial" and words in why.lower(), (verdict, why)


@pytest.mark.parametrize("text,language,said", [
    # nothing says the count is unfinished: the final result's figure is what the article claims
    ("The Liberal Front won 61 seats in the Zemblan parliamentary election, the final results showed.", "en",
     "61"),
    ("El Frente Liberal logró 61 escaños en las elecciones parlamentarias de Zembla.", "es", "61"),
    # a complete count
    ("With 100 percent of the ballots counted, the Zemblan parliamentary election was settled.\n\nThe Liberal "
     "Front won 61 seats in the new parliament.", "en", "61"),
    # a toll's words of a count still to come are no words of a vote's count: another measure than a party's
    ("جبهه لیبرال در انتخابات پارلمانی زمبلا ۶۱ کرسی به دست آورد.", "fa", "۶۱"),
])
def test_compare_a_figure_of_a_finished_count_still_contradicts(tmp_path, text, language, said):
    verdicts = _verdicts(tmp_path, text, language)
    assert verdicts.get(said, ("", ""))[0] == "contradicts", verdicts


@pytest.mark.parametrize("text,language,said", ABOVE_THE_FINAL)
def test_compare_a_count_of_votes_above_the_final_result_still_contradicts(tmp_path, text, language, said):
    verdicts = _verdicts(tmp_path, text, language)
    assert verdicts.get(said, ("", ""))[0] == "contradicts", verdicts
