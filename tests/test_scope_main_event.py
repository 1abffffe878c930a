"""Event scope: what an article is MAINLY about (issue 8, item 3; found on a corpus no one here had seen).

An article about another occurrence of the same kind (another earthquake, months later, in another country)
that names the event's places once, in passing ("the deadliest since the quake that struck Nepal in
November"), is not about the event: its tolls are another quake's. A name counts as evidence only where the
article speaks of its own event, not inside a comparison (concepts.yaml `comparisons`: a `since` word after
a superlative, or a `recalls` phrase); and an article whose headline and lede speak of an event of some kind
without naming the event is about another occurrence, whatever it names further down.

The sheet is the real Jajarkot (Nepal) earthquake of 3 November 2023 (153 dead); the other article is about
the real Jishishan (Gansu, China) earthquake of 18 December 2023 (magnitude 6.2, at least 111 dead by the
morning after). Every sentence is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from checker.detect import extract_seed
from checker.model import Event, Seed
from checker.scope import decide

NEPAL = Event("jajarkot-quake-2023", names={"en": ("Jajarkot earthquake", "Nepal earthquake")},
              places={"en": ("Nepal", "Jajarkot", "Rukum West", "Kathmandu"), "es": ("Nepal", "Jajarkot"),
                      "pt": ("Nepal", "Jajarkot"), "ar": ("نيبال", "جاجاركوت"), "fa": ("نپال", "جاجرکوت")},
              entities={"en": ("National Seismological Centre",)},
              window=(date(2023, 11, 3), date(2024, 6, 30)))
GANSU_DAY = date(2023, 12, 19)


def _decide(text: str, language: str, published=GANSU_DAY):
    seed = Seed("s", "s.txt", text, language, published)
    return decide(seed, tuple(extract_seed(seed)), NEPAL)


# --- the event's places named only in a comparison: no evidence --------------------------------------

IN_PASSING = [
    ("Earthquake kills 111 in northwest China\n\nAn earthquake of magnitude 6.2 struck Jishishan county in "
     "China's Gansu province late on Monday and killed at least 111 people, the deadliest quake since the one "
     "that struck Nepal's Jajarkot district in November. Rescuers searched collapsed homes in the cold.", "en"),
    ("Earthquake kills 111 in northwest China\n\nAn earthquake of magnitude 6.2 struck Jishishan county in "
     "China's Gansu province late on Monday and killed at least 111 people, in scenes that recalled the quake "
     "that hit Jajarkot in Nepal six weeks ago. Rescuers searched collapsed homes in the cold.", "en"),
    ("Un terremoto deja 111 muertos en el noroeste de China\n\nUn terremoto de magnitud 6,2 sacudió el lunes por "
     "la noche el condado de Jishishan, en la provincia china de Gansu, y dejó al menos 111 muertos, el más "
     "mortífero desde el que golpeó el distrito de Jajarkot, en Nepal, en noviembre.", "es"),
    ("Un terremoto deja 111 muertos en el noroeste de China\n\nUn terremoto de magnitud 6,2 sacudió el lunes por "
     "la noche el condado de Jishishan, en la provincia china de Gansu, y dejó al menos 111 muertos, en escenas "
     "que recordaron el terremoto de Jajarkot, en Nepal, en noviembre.", "es"),
    ("Terremoto deixa 111 mortos no noroeste da China\n\nUm terremoto de magnitude 6,2 atingiu na segunda-feira "
     "à noite o condado de Jishishan, na província chinesa de Gansu, e deixou pelo menos 111 mortos, o mais "
     "mortal desde o que atingiu o distrito de Jajarkot, no Nepal, em novembro.", "pt"),
    ("زلزال يقتل 111 شخصا في شمال غرب الصين\n\nضرب زلزال بقوة 6.2 درجات مقاطعة جيشيشان في إقليم قانسو الصيني "
     "مساء الاثنين وأودى بحياة 111 شخصا على الأقل، وهو الأكثر دموية منذ الزلزال الذي ضرب منطقة جاجاركوت في "
     "نيبال في نوفمبر.", "ar"),
    ("زلزال يقتل 111 شخصا في شمال غرب الصين\n\nضرب زلزال بقوة 6.2 درجات مقاطعة جيشيشان في إقليم قانسو الصيني "
     "مساء الاثنين وأودى بحياة 111 شخصا على الأقل، في مشاهد أعادت إلى الأذهان زلزال جاجاركوت في نيبال.", "ar"),
    ("Earthquake kills 111 in northwest China\n\nAn earthquake of magnitude 6.2 struck Jishishan county in "
     "China's Gansu province late on Monday, six weeks after a deadly quake in Nepal, and killed at least 111 "
     "people. Rescuers searched collapsed homes in the cold.", "en"),
    ("Un terremoto deja 111 muertos en el noroeste de China\n\nUn terremoto de magnitud 6,2 sacudió el lunes el "
     "condado de Jishishan, en Gansu, seis semanas después del sismo de Jajarkot, en Nepal, y dejó al menos 111 "
     "muertos.", "es"),
    ("Terremoto deixa 111 mortos no noroeste da China\n\nUm terremoto de magnitude 6,2 atingiu na segunda-feira o "
     "condado de Jishishan, em Gansu, semanas depois do terremoto de Jajarkot, no Nepal, e deixou pelo menos 111 "
     "mortos.", "pt"),
    ("زلزال يقتل 111 شخصا في شمال غرب الصين\n\nضرب زلزال بقوة 6.2 درجات مقاطعة جيشيشان الصينية مساء الاثنين، بعد "
     "أسابيع من الزلزال الذي ضرب نيبال، وأودى بحياة 111 شخصا على الأقل.", "ar"),
    ("زلزله در شمال غرب چین ۱۱۱ کشته بر جا گذاشت\n\nزلزله‌ای به بزرگی ۶.۲ دوشنبه شب، چند هفته پس از زلزله "
     "جاجرکوت نپال، شهرستان جیشیشان در استان گانسو چین را لرزاند و دست کم ۱۱۱ نفر را کشت.", "fa"),
    ("زلزله در شمال غرب چین ۱۱۱ کشته بر جا گذاشت\n\nزلزله‌ای به بزرگی ۶.۲ دوشنبه شب شهرستان جیشیشان در "
     "استان گانسو چین را لرزاند و دست کم ۱۱۱ نفر را کشت؛ این مرگبارترین زلزله از زمان زلزله جاجرکوت در نپال "
     "در ماه نوامبر است.", "fa"),
]


@pytest.mark.parametrize("text,language", IN_PASSING)
def test_scope_the_event_named_in_passing_in_an_article_about_another_quake_is_out(text, language):
    decision = _decide(text, language)
    assert not decision.in_scope, decision
    assert any("only in passing" in reason for reason in decision.reasons), decision


# --- the headline and lede speak of another occurrence: names further down are not its subject ------------

@pytest.mark.parametrize("text,language", [
    ("Earthquake kills 111 in northwest China\n\nAn earthquake of magnitude 6.2 struck Jishishan county in "
     "China's Gansu province late on Monday. At least 111 people were killed and more than 200 injured. "
     "Rescuers searched collapsed homes in temperatures below minus 10 degrees.\n\nNepal, where an earthquake "
     "killed 153 people in Jajarkot in November, sent its condolences.", "en"),
    ("Un terremoto deja 111 muertos en China\n\nUn terremoto de magnitud 6,2 sacudió el lunes el condado de "
     "Jishishan, en Gansu. Al menos 111 personas murieron y más de 200 resultaron heridas. Los rescatistas "
     "buscaron entre los escombros a diez grados bajo cero.\n\nNepal, donde un terremoto mató a 153 personas en "
     "Jajarkot en noviembre, envió sus condolencias.", "es"),
])
def test_scope_an_article_whose_lede_speaks_of_another_quake_is_out(text, language):
    decision = _decide(text, language)
    assert not decision.in_scope, decision
    assert any("headline and lede" in reason for reason in decision.reasons), decision


# --- articles about the event stay in scope ------------------------------------------------------------

@pytest.mark.parametrize("text,language,published", [
    # a look back from the event's own aftermath still names it as its own subject
    ("Nepal quake survivors face winter in tents\n\nSix weeks after the earthquake, families in Jajarkot still "
     "live in tents, and the district office said 153 people died in the quake.", "en", date(2023, 12, 15)),
    # the event compared with an older one: its own names stand before the comparison
    ("Nepal quake toll rises to 153\n\nThe Jajarkot earthquake was the deadliest in Nepal since the 2015 quake "
     "that killed about 9,000 people, officials said on Sunday.", "en", date(2023, 11, 5)),
    # 'since' as a time, not a comparison
    ("Rescuers search for survivors\n\nRescuers in Jajarkot have searched the rubble since Saturday, after the "
     "earthquake that killed 153 people in western Nepal.", "en", date(2023, 11, 6)),
    # the event's places only in the headline, the lede speaks of 'the earthquake'
    ("Terremoto en Nepal: 153 muertos\n\nEl terremoto del viernes dejó 153 muertos y más de 140 heridos, "
     "informó la policía el domingo.", "es", date(2023, 11, 5)),
    # the lede names the event, the article then compares it with a later quake elsewhere
    ("زلزله نپال؛ ۱۵۳ کشته\n\nزلزله روز جمعه در جاجرکوت نپال دست کم ۱۵۳ کشته بر جا گذاشت.", "fa",
     date(2023, 11, 5)),
    ("مقتل 153 شخصا في زلزال نيبال\n\nأودى الزلزال الذي ضرب منطقة جاجاركوت في نيبال ليل الجمعة بحياة 153 شخصا، "
     "وهو الأكثر دموية منذ زلزال عام 2015.", "ar", date(2023, 11, 5)),
])
def test_scope_articles_about_the_event_stay_in(text, language, published):
    decision = _decide(text, language, published)
    assert decision.in_scope, decision


# --- a date named in passing is not the article's own ----------------------------------------------------

SHORT_WINDOW = Event(NEPAL.id, names=NEPAL.names, places=NEPAL.places, entities=NEPAL.entities,
                     window=(date(2023, 11, 3), date(2023, 12, 3)))


@pytest.mark.parametrize("text,language", [
    ("Earthquake in western Nepal kills four\n\nAn earthquake struck Nepal's Jajarkot district again on Monday and "
     "killed four people, the deadliest since the quake of 3 November that killed 153.", "en"),
    ("Un sismo deja cuatro muertos en el oeste de Nepal\n\nUn terremoto sacudió de nuevo el lunes el distrito de "
     "Jajarkot, en Nepal, y dejó cuatro muertos, el más mortífero desde el del 3 de noviembre, que mató a 153.", "es"),
])
def test_scope_a_later_quake_in_the_same_place_is_not_a_look_back_for_its_comparison(text, language):
    # published after the window, its own dates decide: the day of the comparison ("since the quake of 3
    # November") is not one of them, so the later quake is not taken for a look back at the event
    seed = Seed("s", "s.txt", text, language, date(2024, 1, 23))
    decision = decide(seed, tuple(extract_seed(seed)), SHORT_WINDOW)
    assert not decision.in_scope, decision
    assert any("in passing" in reason and "date" in reason for reason in decision.reasons), decision


@pytest.mark.parametrize("text,language", [
    ("Jajarkot, Nepal, 28 September 2024\n\nFloods swept through western Nepal's Jajarkot district, where many "
     "families still live in tents after the earthquake last November that killed 153 people.", "en"),
    ("Jajarkot, Nepal, 28 de septiembre de 2024\n\nLas inundaciones arrasaron el distrito de Jajarkot, donde "
     "muchas familias aún viven en tiendas tras el terremoto del pasado noviembre, que mató a 153 personas.", "es"),
])
def test_scope_as_many_own_dates_outside_as_inside_is_no_look_back(text, language):
    """Published after the window with one own date outside it (its dateline) and one inside ("last
    November"): a later event of the same place, not a look back at the event (a real trial: an article on
    Hurricane John a year later, naming Otis's "last October", was checked against Otis's toll)."""
    seed = Seed("s", "s.txt", text, language, date(2024, 9, 29))
    decision = decide(seed, tuple(extract_seed(seed)), SHORT_WINDOW)
    assert not decision.in_scope, decision


# --- end to end: the other quake's tolls give no finding, and the report says why ---------------------------

NEPAL_SHEET = """\
language: en
event:
  id: jajarkot-quake-2023
  names: {en: [Jajarkot earthquake, Nepal earthquake]}
  places: {en: [Nepal, Jajarkot, Rukum West]}
  window: {from: 2023-11-03, to: 2024-06-30}
facts:
  - id: killed
    statement: People killed in Nepal by the earthquake
    kind: count
    measure: killed
    unit: people
    values:
      - {as_of: "2023-11-04", value: {low: 69, high: 157}}
      - {as_of: "2023-11-06", value: 153}
    provenance: Nepal's home ministry
"""


def test_engine_an_article_about_another_quake_gives_no_finding_and_says_why(tmp_path):
    from checker.engine import Inputs, run

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "nepal.txt").write_text("Nepal quake toll rises\n\nThe Jajarkot earthquake killed 153 people in Nepal, "
                                     "the home ministry said on Monday.", encoding="utf-8")
    (seeds / "gansu.txt").write_text(IN_PASSING[0][0], encoding="utf-8")
    (seeds / "manifest.yaml").write_text(
        "seeds:\n  - {id: nepal, file: nepal.txt, language: en, published: 2023-11-06}\n"
        "  - {id: gansu, file: gansu.txt, language: en, published: 2023-12-19}\n", encoding="utf-8")
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "nepal.yaml").write_text(NEPAL_SHEET, encoding="utf-8")
    report, _ = run(Inputs(seeds, (facts,), ()))
    assert not [f for f in report.findings if "gansu" in (f.seed, getattr(f, "other_seed", ""))], report.findings
    (gansu,) = [r for r in report.seeds if r.seed.id == "gansu"]
    (decision,) = gansu.scope
    assert not decision.in_scope and any("only in passing" in reason for reason in decision.reasons), decision
    (nepal,) = [r for r in report.seeds if r.seed.id == "nepal"]
    assert [link.fact_id for link in nepal.links] == ["killed"]
