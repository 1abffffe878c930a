"""Event scope: attacks and crashes are kinds of event, and a place alone is never evidence (issue 8, item 3).

Found on a never-tuned corpus (trial 12, aggregate figures only): its two events whose names said no kind the
concept data knew (an attack, a plane crash) gave 8 findings from articles about other events, the event whose name
said one (an explosion) none. An event's kinds come from its names (scope._event_kinds); with none, one place of the
event (its country) was enough evidence, so a bus crash in the same country, in the window, was checked against an
attack's toll. Now the kinds include attacks and crashes in every language, a bombing is both an attack and an
explosion (concepts.yaml `event_kind_families`).

The sheets are invented (an attack on the Orlov Hall in Vesk, Norland; a train collision near Karsk, Norland); every
sentence is our own.
"""
from __future__ import annotations

import pytest

from checker.model import Event
from checker.scope import _event_kinds
from sheet_run import checked

ATTACK = """\
event:
  id: orlov-hall-attack
  names:
    en: [Orlov Hall attack]
  places:
    en: [Orlov Hall, Vesk, Norland]
    es: [Norlandia]
    pt: [Norlândia]
    ar: [نورلاند]
    fa: [نورلند]
  window: {from: 2031-03-14, to: 2031-12-31}
facts:
  - id: killed
    statement: People killed in the attack
    kind: count
    measure: killed
    unit: person
    value: 60
    provenance: police
"""

COLLISION = ATTACK.replace("orlov-hall-attack", "karsk-collision").replace("Orlov Hall attack", "Karsk train collision") \
    .replace("Orlov Hall, Vesk, Norland", "Karsk, Norland").replace("in the attack", "in the collision")

# Another event in the same country, in the window: a bus crash (for the attack's sheet), an attack (for the
# collision's sheet). Each names the country and no name or other place of the sheet's event.
BUS_CRASH = [
    ("Bus crash kills 22 in Norland\n\nA bus crashed into a ravine in northern Norland on Sunday, killing 22 people, "
     "police said. The crash happened on a mountain road.", "en"),
    ("Un choque de autobús deja 22 muertos en Norlandia\n\nUn autobús se estrelló el domingo en un barranco del norte "
     "de Norlandia y murieron 22 personas, según la policía.", "es"),
    ("Acidente de ônibus deixa 22 mortos na Norlândia\n\nUm ônibus caiu numa ribanceira no norte da Norlândia no "
     "domingo e 22 pessoas morreram, segundo a polícia. A colisão ocorreu numa estrada de montanha.", "pt"),
    ("مقتل 22 في تحطم حافلة في نورلاند\n\nلقي 22 شخصا مصرعهم يوم الأحد في تحطم حافلة سقطت في واد شمال نورلاند، "
     "بحسب الشرطة.", "ar"),
    ("۲۲ کشته در سقوط اتوبوس در نورلند\n\nیک اتوبوس روز یکشنبه در شمال نورلند به دره سقوط کرد و ۲۲ نفر کشته شدند. "
     "این تصادف در یک جاده کوهستانی رخ داد.", "fa"),
]
GUNMEN = [
    ("Gunmen kill 22 in Norland\n\nGunmen attacked a market in northern Norland on Sunday, killing 22 people, police "
     "said. It was the deadliest attack this year.", "en"),
    ("Un ataque armado deja 22 muertos en Norlandia\n\nHombres armados atacaron el domingo un mercado del norte de "
     "Norlandia y mataron a 22 personas, según la policía.", "es"),
    ("Ataque deixa 22 mortos na Norlândia\n\nHomens armados atacaram no domingo um mercado no norte da Norlândia e "
     "mataram 22 pessoas, segundo a polícia.", "pt"),
    ("مقتل 22 في هجوم مسلح في نورلاند\n\nهاجم مسلحون يوم الأحد سوقا شمال نورلاند وقتلوا 22 شخصا، بحسب الشرطة.", "ar"),
    ("۲۲ کشته در حمله افراد مسلح در نورلند\n\nافراد مسلح روز یکشنبه به بازاری در شمال نورلند حمله کردند و ۲۲ نفر را "
     "کشتند.", "fa"),
]


@pytest.mark.parametrize("name, language, kinds", [
    ("Orlov Hall attack", "en", {"attack", "explosion"}),
    ("atentado de Vesk", "es", {"attack", "explosion"}),
    ("Vesk mosque bombing", "en", {"attack", "explosion"}),
    ("Karsk train collision", "en", {"crash"}),
    ("accidente ferroviario de Karsk", "es", {"crash"}),
    ("سقوط هواپیما در کارسک", "fa", {"crash"}),
    ("تحطم طائرة كارسك", "ar", {"crash"}),
    ("Vesk market fire", "en", {"fire"}),
    ("آتش‌سوزی بازار وسک", "fa", {"fire"}),
    ("Vesk siege", "en", set()),
])
def test_scope_attacks_and_crashes_are_kinds_of_event(name, language, kinds):
    event = Event("e", names={language: (name,)}, places={}, entities={}, window=None)
    assert _event_kinds(event) == kinds


@pytest.mark.parametrize("sheet, text, language",
                         [(ATTACK, t, lang) for t, lang in BUS_CRASH] + [(COLLISION, t, lang) for t, lang in GUNMEN],
                         ids=[f"crash-{lang}" for _, lang in BUS_CRASH] + [f"attack-{lang}" for _, lang in GUNMEN])
def test_scope_another_kind_of_event_in_the_same_country_is_out(tmp_path, sheet, text, language):
    report, result = checked(tmp_path, sheet, text, language, "2031-03-20")
    (decision,) = result.scope
    assert not decision.in_scope, decision
    assert not report.findings, report.findings


# An event whose names say no kind (a siege), in a real country.
SIEGE = ATTACK.replace("Orlov Hall attack", "Orlov Hall siege").replace(
    "en: [Orlov Hall, Vesk, Norland]\n    es: [Norlandia]\n    pt: [Norlândia]\n    ar: [نورلاند]\n    fa: [نورلند]",
    "en: [Orlov Hall, Vesk, Chile]")


# A fire in a real country: its name and the kind are evidence enough; "opened fire" is an attack, no fire.
FIRE = SIEGE.replace("Orlov Hall siege", "Orlov Hall fire")


@pytest.mark.parametrize("text, language, in_scope", [
    ("A fire at a wedding hall in Chile killed 12 people on Monday.", "en", True),
    ("آتش‌سوزی تالار عروسی در شیلی روز دوشنبه ۱۲ کشته بر جا گذاشت.", "fa", True),
    ("حريق في قاعة أعراس في تشيلي يودي بحياة 12 شخصا.", "ar", True),
    ("Gunmen opened fire on a bus in Chile on Monday, killing 12 people.", "en", False),
    ("Hombres armados abrieron fuego contra un autobús en Chile y mataron a 12 personas.", "es", False),
])
def test_scope_a_fire_is_a_kind_and_opened_fire_an_attack(tmp_path, text, language, in_scope):
    _, result = checked(tmp_path, FIRE, text, language, "2031-03-20")
    (decision,) = result.scope
    assert decision.in_scope == in_scope, decision


# The event named with quotation marks inside its name, in the lede: its name, not another occurrence.
@pytest.mark.parametrize("text, language", [
    ('New list raises the toll\n\nA new list of the dead of the "Orlov Hall" attack raised the toll to 60.\n\n'
     "The hall stands in Vesk.", "en"),
    ("قائمة جديدة ترفع الحصيلة\n\nرفعت قائمة جديدة بأسماء قتلى هجوم \"أورلوف\" الحصيلة إلى 60 قتيلا.\n\n"
     "وتقع القاعة في نورلاند.", "ar"),
    ("فهرست تازه شمار کشته‌ها را بالا برد\n\nفهرست تازه کشته‌های حمله «اورلوف» شمار کشته‌ها را به ۶۰ رساند.\n\n"
     "این سالن در نورلند است.", "fa"),
])
def test_scope_a_name_with_quotation_marks_inside_is_the_events_name(tmp_path, text, language):
    sheet = ATTACK.replace("    en: [Orlov Hall attack]", "    en: [Orlov Hall attack]\n    ar: [هجوم أورلوف]\n"
                                                               "    fa: [حمله اورلوف]")
    _, result = checked(tmp_path, sheet, text, language, "2031-03-20")
    (decision,) = result.scope
    assert decision.in_scope, decision
    assert any(reason.startswith("name ") for reason in decision.reasons), decision


# A run of the article's function words is no name in another script: "for the" has the consonants of فارش (Varesh),
# which a sheet lists beside Varesh, so an English article naming Varesh once, and not the fire, had two places of
# the event: evidence enough without the kind.
def test_scope_function_words_are_no_name_written_in_another_script(tmp_path):
    sheet = FIRE.replace("en: [Orlov Hall, Vesk, Chile]", "en: [Varesh]\n    ar: [فارش]")
    _, result = checked(tmp_path, sheet, "The prosecutor issued four warrants for the owners of the Varesh hall.", "en",
                        "2031-03-20")
    (decision,) = result.scope
    assert "place 'فارش'" not in decision.reasons, decision
    assert not decision.in_scope, decision
