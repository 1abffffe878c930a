"""Names compared across scripts by their consonant skeleton, and partitive phrases (checker/roles.py)."""
from __future__ import annotations

import re

import pytest

from checker.roles import part_index, partitive_spans, same_name, skeletons


@pytest.mark.parametrize("a, b", [
    ("Nippes", "نيبس"),  # a department of Haiti, Latin and Arabic
    ("Grand'Anse", "غراند آنس"),
    ("Tarudant", "تارودانت"),  # Spanish spelling, Arabic
    ("Chichaoua", "شيشاوة"),  # ch is sh; the final ة is a vowel
    ("Pezeshkian", "پزشکیان"),  # Persian پ
    ("Pezeshkian", "بزشكيان"),  # Arabic writes it with ب and ك
    ("Castilla-La Mancha", "Castela-La Mancha"),
    ("Al Haouz", "الحوز"),  # the article and the vowels go
    ("Benghazi", "بنغازي"),
    ("Mohammed", "محمد"),  # a doubled consonant is written once
])
def test_roles_same_name_across_scripts(a, b):
    assert same_name(a, b) and set(skeletons(a)) & set(skeletons(b))  # one reading in common


@pytest.mark.parametrize("a, b", [
    ("Taroudant", "Chichaoua"),
    ("Jalili", "Pezeshkian"),
    ("Qalibaf", "جليلي"),
    ("Nippes", "Sud"),
    ("Morocco", "المغرب"),  # exonyms are not one name by their letters
])
def test_roles_different_names(a, b):
    assert not same_name(a, b)


@pytest.mark.parametrize("text, language, part", [
    ("the blast wounded 312 people, 47 of them seriously", "en", 1),
    ("la explosión dejó 312 heridos, 61 de ellos graves", "es", 1),
    ("a explosão deixou 540 feridos, 61 deles em estado grave", "pt", 1),
    ("خلف الانفجار 312 جريحا منهم 47 في حالة خطيرة", "ar", 1),  # the phrase before the part
    ("312 blessés, dont 47 grièvement", "fr", 1),
    ("the blast wounded 312 people and 47 soldiers", "en", None),
])
def test_roles_partitive_makes_the_next_number_a_part(text, language, part):
    numbers = [(m.start(), m.end()) for m in re.finditer(r"\d[\d,.]*", text)]
    found = part_index(partitive_spans(text, language), numbers)
    assert found == ({part} if part is not None else set())
