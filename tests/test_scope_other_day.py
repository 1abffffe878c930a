"""Event scope: a dated article whose lede dates ANOTHER attack, in the same country, months after the event (issue 8,
item 3; found on real coverage no one here had written: an article about gunmen's attacks in one region of a country,
three months after a concert hall attack in its capital, was in scope by the country's name and the window, and its
"on Sunday" became a contradiction of the day of the attack, its toll an imprecise toll).

The window says when articles about the event may be published, not when the event happened: what tells such an
article apart is the day its headline and lede give an occurrence of the event's kind ("attacked ... on Sunday",
counted back from its publication), a week or more from every day of the sheet's fact of the day of the event, when
its lede names the event by none of its names. An article whose lede dates the event's day wrong by a day or two stays
in: a contradiction to report.

The sheet is invented (an attack on the Orlov Hall in Vesk, Norland, on Friday 14 March 2031); every sentence is our
own.
"""
from __future__ import annotations

import pytest

from sheet_run import checked

SHEET = """\
event:
  id: orlov-hall-attack
  names:
    en: [Orlov Hall attack]
  places:
    en: [Orlov Hall, Vesk, Norland]
    ar: [نورلاند]
    fa: [نورلند]
  window: {from: 2031-03-14, to: 2031-12-31}
facts:
  - id: attack-day
    statement: Day of the attack on the Orlov Hall
    kind: date
    value: "2031-03-14"
    cues: {en: [attack, attacked, opened fire]}
    provenance: police
  - id: killed
    statement: People killed in the attack
    kind: count
    measure: killed
    unit: person
    value: 60
    provenance: police
"""

# Another attack in the same country, on Sunday 15 June 2031, told on Monday 16 June.
LATER = [
    ("Gunmen kill nine in Kardel\n\nGunmen on Sunday attacked a church and a police post in the town of Kardel in "
     "southern Norland, killing at least nine people, officials said.\n\nPolice said they had shot dead four of "
     "the attackers.", "en"),
    ("Hombres armados matan a nueve en Kardel\n\nHombres armados atacaron el domingo una iglesia y un puesto policial "
     "en la ciudad de Kardel, en el sur de Norland, y mataron al menos a nueve personas.", "es"),
    ("Homens armados matam nove em Kardel\n\nHomens armados atacaram no domingo uma igreja e um posto policial na "
     "cidade de Kardel, no sul de Norland, e mataram pelo menos nove pessoas.", "pt"),
    ("مسلحون يقتلون تسعة في كارديل\n\nهاجم مسلحون يوم الأحد كنيسة ومركزا للشرطة في بلدة كارديل جنوب نورلاند، ما أسفر "
     "عن مقتل تسعة أشخاص على الأقل.", "ar"),
    ("کشته شدن نه نفر در کاردل\n\nروز یکشنبه افراد مسلح به کلیسایی در کاردل حمله کردند و در جنوب نورلند "
     "دست‌کم نه نفر را کشتند.", "fa"),
]


def _run(tmp_path, text: str, language: str, published: str):
    return checked(tmp_path, SHEET, text, language, published)


@pytest.mark.parametrize("text, language", LATER, ids=[language for _, language in LATER])
def test_scope_an_article_whose_lede_dates_another_attack_months_later_is_out(tmp_path, text, language):
    report, result = _run(tmp_path, text, language, "2031-06-16")
    (decision,) = result.scope
    assert not decision.in_scope, decision
    assert any("another occurrence" in reason and "2031-03-14" in reason for reason in decision.reasons), decision
    assert not report.findings and not result.links, report.findings


@pytest.mark.parametrize("text, language, contradicts", [
    # the event's day a few days off in the lede: a contradiction, not another attack
    ("Gunmen attacked the Orlov Hall in Vesk, Norland, on Sunday, killing 60 people.", "en", ["attack-day"]),
    ("Hombres armados atacaron el domingo el Orlov Hall de Vesk, en Norland, y mataron a 60 personas.", "es",
     ["attack-day"]),
    # an article that names the event in its lede stays in (what its dates are is then the frames' question)
    ("Three months after the Orlov Hall attack, gunmen attacked a police post in Kardel, Norland, on Sunday.", "en",
     None),
])
def test_scope_an_article_of_the_event_or_naming_it_stays_in(tmp_path, text, language, contradicts):
    published = "2031-03-18" if contradicts else "2031-06-16"
    report, result = _run(tmp_path, text, language, published)
    (decision,) = result.scope
    assert decision.in_scope, decision
    if contradicts is not None:
        assert sorted(f.fact for f in report.findings if f.kind == "contradiction") == contradicts, report.findings


# The day after the attack: its lede recalls an older attack elsewhere in the country ("In September 2009, gunmen
# attacked a market in Kardel") and dates no occurrence of its own. An article's own occurrence is
# a recent one; a date of the lede years before its publication is history, not another occurrence it reports.
RECALLED = [
    ("Gunmen kill 60 at a concert hall in Vesk\n\nGunmen killed at least 60 people at a concert hall in Vesk, Norland. "
     "In September 2009, gunmen attacked a market in Kardel and killed 40 people.", "en"),
    ("Hombres armados matan a 60 en una sala de conciertos de Vesk\n\nHombres armados mataron al menos a 60 personas en "
     "una sala de conciertos de Vesk, en Norland. En septiembre de 2009, hombres armados atacaron un mercado en Kardel "
     "y mataron a 40 personas.", "es"),
    ("Homens armados matam 60 em casa de shows de Vesk\n\nHomens armados mataram pelo menos 60 pessoas em uma casa de "
     "shows em Vesk, em Norland. Em setembro de 2009, homens armados atacaram um mercado em Kardel e mataram 40 "
     "pessoas.", "pt"),
    ("مسلحون يقتلون 60 في قاعة حفلات في فيسك\n\nقتل مسلحون 60 شخصا على الأقل في قاعة حفلات في فيسك بنورلاند. وفي "
     "سبتمبر 2009 هاجم مسلحون سوقا في كارديل وقتلوا 40 شخصا.", "ar"),
    ("کشته شدن ۶۰ نفر در سالن کنسرت وسک\n\nافراد مسلح دست‌کم ۶۰ نفر را در یک سالن کنسرت در وسک در نورلند کشتند. "
     "در سپتامبر ۲۰۰۹ افراد مسلح به بازاری در کاردل حمله کردند و ۴۰ نفر را کشتند.", "fa"),
]


@pytest.mark.parametrize("text, language", RECALLED, ids=[language for _, language in RECALLED])
def test_scope_a_lede_recalling_an_old_attack_is_no_other_occurrence(tmp_path, text, language):
    report, result = _run(tmp_path, text, language, "2031-03-15")
    (decision,) = result.scope
    assert decision.in_scope, decision
    assert not any("another occurrence" in reason for reason in decision.reasons), decision
