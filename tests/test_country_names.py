"""Country names across languages (checker/countries.py): a sheet that lists its places in English finds the
country in articles in Arabic, Persian, Spanish, Portuguese, French and Turkish, in scope and in clauses. The
cases are data (tests/link_cases/countries.yaml); every sentence is our own.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from checker.frames import NameIndex, tokenize_sentence
from checker.model import Event, Seed
from checker.scope import decide

CASES = Path(__file__).parent / "link_cases" / "countries.yaml"
DATA = YAML(typ="safe", pure=True).load(CASES.read_text(encoding="utf-8"))
EVENT = Event("quake", {"en": ("Borovia earthquake",)}, {"en": tuple(DATA["places"])}, {})


def _params():
    for case in DATA["cases"]:
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_countries_a_sheet_lists_in_english_are_found_in_other_languages(case):
    found = NameIndex.of([EVENT]).find(tokenize_sentence(case["text"]).keys, case["language"])
    assert sorted({name for _, _, name, _ in found}) == sorted(case["names"])


@pytest.mark.parametrize("text,language", [
    ("ضرب زلزال قوي وسط اليابان مساء الاثنين.", "ar"),
    ("زلزله شدید ژاپن را لرزاند.", "fa"),
    ("Un terremoto sacudió el centro de Japón.", "es"),
    ("Um sismo atingiu o centro do Japão.", "pt"),
])
def test_an_article_naming_the_country_in_its_language_and_the_kind_is_in_scope(text, language):
    seed = Seed(id="a", path="a.txt", text=text, language=language)
    decision = decide(seed, (), Event("quake", {"en": ("Noto earthquake",)}, {"en": ("Japan", "Ishikawa")}, {}))
    assert decision.in_scope, decision
    assert "place 'Japan'" in "; ".join(decision.reasons)


def test_every_name_of_a_country_is_one_piece_of_evidence():
    text = "ضرب زلزال اليابان، وقالت السلطات اليابانية إن اليابان في حالة تأهب."
    seed = Seed(id="a", path="a.txt", text=text, language="ar")
    event = Event("quake", {"en": ("Noto earthquake",)}, {"en": ("Japan",), "ar": ("اليابان",)}, {})
    decision = decide(seed, (), event)
    assert decision.in_scope  # one place (counted once, though listed twice) and the kind


@pytest.mark.parametrize("language,listed,text,found", [
    ("ar", "مراكش", "ضرب زلزال المغرب", []),  # Arabic: Marrakesh, not Morocco
    ("fa", "مراکش", "ضرب زلزال المغرب", ["مراکش"]),  # Persian: Morocco
    ("es", "Marruecos", "ضرب زلزال المغرب", ["Marruecos"]),
])
def test_a_name_names_a_country_in_the_language_it_is_listed_under(language, listed, text, found):
    index = NameIndex.of([Event("e", {}, {language: (listed,)}, {})])
    assert sorted({name for _, _, name, _ in index.find(tokenize_sentence(text).keys, "ar")}) == found


@pytest.mark.parametrize("text,language,place", [
    ("ضرب زلزال قوي وسط تشيلي مساء الخميس.", "ar", "Chile"),
    ("زلزله شدید شیلی را لرزاند.", "fa", "Chile"),
    ("جرت الانتخابات في الأوروغواي بهدوء.", "ar", "Uruguay"),
])
def test_a_short_country_name_in_its_own_catalogue_spelling_is_no_guess(text, language, place):
    """A short name found in another script by its vowels alone counts only beside a second name; the name of a
    country as pycountry's catalogue spells it in the article's language is no such guess."""
    seed = Seed(id="a", path="a.txt", text=text, language=language)
    kind = "earthquake" if "زل" in text else "election"
    decision = decide(seed, (), Event(place, {"en": (f"{place} {kind}",)}, {"en": (place,)}, {}))
    assert decision.in_scope, decision


@pytest.mark.parametrize("text,language,place", [
    ("زلزله شدید کره جنوبی را لرزاند.", "fa", "South Korea"),
    ("ضرب زلزال قوي كوريا الجنوبية مساء الخميس.", "ar", "South Korea"),
    ("زلزله شدید کره شمالی را لرزاند.", "fa", "North Korea"),
    ("ضرب زلزال قوي كوريا الشمالية مساء الخميس.", "ar", "North Korea"),
    ("زلزله شدید روسیه را لرزاند.", "fa", "Russia"),
    ("ضرب زلزال قوي روسيا مساء الخميس.", "ar", "Russia"),
])
def test_a_country_by_the_name_news_use_where_the_catalogue_gives_only_its_formal_name(text, language, place):
    """pycountry's Arabic and Persian catalogues give some countries only a formal name ("جمهوری کره", "الاتّحاد
    الرّوسي"), or one name for two ("کره"): the name news use is concepts.yaml `country_names: common`."""
    seed = Seed(id="a", path="a.txt", text=text, language=language)
    decision = decide(seed, (), Event(place, {"en": (f"{place} earthquake",)}, {"en": (place,)}, {}))
    assert decision.in_scope, decision
    assert f"place '{place}'" in "; ".join(decision.reasons)
