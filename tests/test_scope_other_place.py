"""Event scope: a dated article whose headline counts in ANOTHER province of the event's country, a week or more after
the event (issue 8, item 3; found on real coverage no one here had written, trial 10: an article about flash floods in
one province of a country, a week after floods in another, was in scope by the country's name, a name of the event
that says nothing but its kind ("flash floods") and a recall of the event's toll in its last paragraph, and gave
eight findings).

What tells it apart is where its headline counts: in a sub-place the sheet does not list (a sub-place word with its
name, frames' `part_place`), while its headline and lede name none of the event's own places but its country, nor a
name of it that says more than its kind, and it was filed a week or more after the event's day. An article of the
event's week counting in a place the sheet does not list is the event's report of that place; one naming the event's
place stays in.

The sheet is invented (floods in Cusco, Peru, on 14 February 2031); every sentence is our own.
"""
from __future__ import annotations

import pytest

from sheet_run import checked

SHEET = """\
event:
  id: cusco-floods
  names:
    en: [Cusco floods, flash floods]
    es: [inundaciones del Cusco]
  places:
    en: [Peru, Cusco, Urubamba]
    es: [Perú, Cusco]
    pt: [Peru, Cusco]
    ar: [بيرو, كوسكو]
    fa: [پرو, کوسکو]
  window: {from: 2031-02-14, to: 2031-04-30}
facts:
  - id: flood-day
    statement: Day the flash floods struck Cusco
    kind: date
    value: "2031-02-14"
    cues: {en: [floods struck]}
    provenance: civil defence
  - id: killed
    statement: People killed by the floods in Cusco
    kind: count
    measure: killed
    unit: person
    value: 80
    provenance: civil defence
"""

# Floods in Puno a week later (Friday 21 February 2031), told on Saturday 22 February; the last paragraph recalls the
# Cusco toll.
LATER = [
    ("Flash floods kill at least 30 in Peru's Puno region\n\nAt least 30 people have died in flash floods in the Puno "
     "region of southern Peru, officials said on Saturday.\n\nSome 900 houses were destroyed.\n\nThe floods on Friday "
     "also cut the road to Juliaca.\n\nA week earlier, floods had killed 70 people in Cusco.", "en"),
    ("Las inundaciones dejan al menos 30 muertos en la región peruana de Puno\n\nAl menos 30 personas murieron en "
     "inundaciones repentinas en la región de Puno, en el sur de Perú, dijeron las autoridades el sábado.\n\nUnas 900 "
     "casas quedaron destruidas.\n\nLas lluvias del viernes también cortaron la carretera a Juliaca.\n\nUna semana "
     "antes, las inundaciones habían matado a 70 personas en Cusco.", "es"),
    ("Enchentes matam pelo menos 30 na região peruana de Puno\n\nPelo menos 30 pessoas morreram em enchentes na região "
     "de Puno, no sul do Peru, disseram as autoridades no sábado.\n\nCerca de 900 casas foram destruídas.\n\nAs chuvas "
     "de sexta-feira também cortaram a estrada para Juliaca.\n\nUma semana antes, as enchentes tinham matado 70 "
     "pessoas em Cusco.", "pt"),
    ("فيضانات تقتل 30 شخصا على الأقل في منطقة بونو في بيرو\n\nلقي 30 شخصا على الأقل حتفهم في فيضانات في منطقة بونو "
     "جنوب بيرو، بحسب ما قال مسؤولون السبت.\n\nودمرت نحو 900 منزل.\n\nوقطعت أمطار الجمعة أيضا الطريق إلى خولياكا.\n\n"
     "وقبل أسبوع، قتلت الفيضانات 70 شخصا في كوسكو.", "ar"),
    ("سیل دست‌کم ۳۰ نفر را در منطقه پونو در پرو کشت\n\nدست‌کم ۳۰ نفر در سیل در منطقه پونو در جنوب پرو جان باختند، "
     "مقام‌ها روز شنبه گفتند.\n\nحدود ۹۰۰ خانه ویران شد.\n\nباران روز جمعه جاده خولیاکا را هم بست.\n\nیک هفته "
     "پیش‌تر، سیل ۷۰ نفر را در کوسکو کشته بود.", "fa"),
]


@pytest.mark.parametrize("text, language", LATER, ids=[language for _, language in LATER])
def test_scope_an_article_whose_headline_counts_in_another_province_a_week_later_is_out(tmp_path, text, language):
    report, result = checked(tmp_path, SHEET, text, language, "2031-02-22")
    (decision,) = result.scope
    assert not decision.in_scope, decision
    assert any("a place the event does not list" in reason for reason in decision.reasons), decision
    assert not report.findings and not result.links, report.findings


@pytest.mark.parametrize("text, language, published", [
    # the event's week: its report of a place the sheet does not list
    ("Floods kill 12 in Peru's Calca province\n\nAt least 12 people died in Calca, officials said.", "en",
     "2031-02-16"),
    # a week later, but the headline names the event's place
    ("Floods kill 12 in Cusco's Calca province\n\nAt least 12 people died in Calca, officials said.", "en",
     "2031-02-22"),
    ("Inundaciones matan a 12 en la provincia de Calca\n\nAl menos 12 personas murieron en la provincia de Calca, en "
     "el Cusco, según las autoridades.", "es", "2031-02-22"),
    # a place the sheet lists
    ("Floods kill 12 in Peru's Urubamba province\n\nAt least 12 people died, officials said.", "en", "2031-02-22"),
    # the lede names the event by a name that says more than its kind
    ("Floods kill 12 in Peru's Calca province\n\nThe toll of the Cusco floods rose as 12 people died in Calca.", "en",
     "2031-02-22"),
])
def test_scope_an_article_of_the_event_or_its_place_stays_in(tmp_path, text, language, published):
    _, result = checked(tmp_path, SHEET, text, language, published)
    (decision,) = result.scope
    assert decision.in_scope, decision
