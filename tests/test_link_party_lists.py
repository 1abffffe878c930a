"""A list of parties with their counts ("Orbis came first with 80 seats, followed by the Civic Union with 77, and
Vanta with 50"): each count belongs to the party next to it, never to the first or the last party of the sentence,
also when the party next to it is none of the sheet's (issue 8, real-text development corpus of Portugal's 2024
election: "X with 78 seats, and Chega with 50" gave the 78 to Chega). A name after a number across a comma or a
conjunction, whose own part of the sentence holds another count of the list, speaks of that count
(checker/frames/names.py `_apart`). Every sentence is our own; the election is invented (Kestria, 2037)."""
from __future__ import annotations

import pytest

from sheet_run import contradictions

SHEET = """\
language: en
event:
  id: kestria-2037
  names: {en: [Kestrian parliamentary election]}
  places: {en: [Kestria], es: [Kestria], pt: [Késtria], ar: [كيستريا], fa: [کستریا]}
  entities:
    en: [Orbis, Vanta]
    ar: [أوربيس, فانتا]
    fa: [اوربیس, وانتا]
  window: {from: 2037-03-01, to: 2037-05-31}
facts:
  - id: orbis-seats
    statement: Seats won by Orbis
    kind: count
    measure: seats
    entities: {en: [Orbis], ar: [أوربيس], fa: [اوربیس]}
    value: 80
    provenance: invented for the test
  - id: vanta-seats
    statement: Seats won by Vanta
    kind: count
    measure: seats
    entities: {en: [Vanta], ar: [فانتا], fa: [وانتا]}
    value: 50
    provenance: invented for the test
"""

# The middle count (77) is a third party's, named next to it and none of the sheet's: it contradicts no fact.
MIDDLE = [
    ("en", "In the Kestrian parliamentary election, Orbis came first with 80 seats, followed by the Civic Union with 77 "
           "seats, and Vanta with 50."),
    ("en", "Orbis won 80 seats in the Kestrian parliamentary election, the Civic Union 77, and Vanta 50."),
    ("es", "En las elecciones parlamentarias de Kestria, Orbis quedó primero con 80 escaños, seguido de la Unión Cívica "
           "con 77 escaños, y Vanta con 50."),
    ("pt", "Nas eleições parlamentares da Késtria, o Orbis ficou em primeiro com 80 deputados, seguido da União Cívica, "
           "com 77 deputados, e do Vanta, com 50."),
    ("ar", "وفي الانتخابات البرلمانية في كيستريا، حل أوربيس أولا بـ80 مقعدا، يليه الاتحاد المدني بـ77 مقعدا، ثم فانتا "
           "بـ50 مقعدا."),
    ("fa", "در انتخابات پارلمانی کستریا، اوربیس با ۸۰ کرسی اول شد، اتحاد مدنی با ۷۷ کرسی دوم شد و وانتا با ۵۰ کرسی "
           "سوم شد."),
    ("en", "In the Kestrian parliamentary election, the Civic Union won 77 seats, and Vanta won 50."),
    ("en", "In the Kestrian parliamentary election, the Civic Union came second with 77 seats, and Vanta third with 50."),
    ("es", "En las elecciones parlamentarias de Kestria, la Unión Cívica obtuvo 77 escaños, y Vanta 50."),
    ("es", "En las elecciones parlamentarias de Kestria, la Unión Cívica quedó segunda con 77 escaños y Vanta tercera "
           "con 50."),
    ("pt", "Nas eleições parlamentares da Késtria, a União Cívica elegeu 77 deputados, e o Vanta, 50."),
    ("pt", "Nas eleições parlamentares da Késtria, a União Cívica ficou em segundo com 77 deputados e o Vanta em "
           "terceiro com 50."),
    ("ar", "وفي الانتخابات البرلمانية في كيستريا، حصل الاتحاد المدني على 77 مقعدا، وفانتا على 50 مقعدا."),
    ("ar", "وفي الانتخابات البرلمانية في كيستريا، حصل الاتحاد المدني على 77 مقعدا، بينما حصل فانتا على 50."),
    ("fa", "در انتخابات پارلمانی کستریا، اتحاد مدنی ۷۷ کرسی و وانتا ۵۰ کرسی به دست آوردند."),
    ("fa", "در انتخابات پارلمانی کستریا، اتحاد مدنی ۷۷ کرسی به دست آورد، و وانتا ۵۰ کرسی."),
]


@pytest.mark.parametrize("language,text", MIDDLE, ids=[f"{c[0]}-{n}" for n, c in enumerate(MIDDLE)])
def test_a_count_in_a_list_of_parties_is_the_party_next_to_it(tmp_path, language, text):
    assert contradictions(tmp_path, SHEET, text + "\n", language, "2037-04-02") == set()


# The last party's count is wrong (51): it, and only it, contradicts that party's fact.
LAST_WRONG = [
    ("en", "In the Kestrian parliamentary election, Orbis came first with 80 seats, followed by the Civic Union with 77 "
           "seats, and Vanta with 51.", "51"),
    ("es", "En las elecciones parlamentarias de Kestria, Orbis quedó primero con 80 escaños, seguido de la Unión Cívica "
           "con 77 escaños, y Vanta con 51.", "51"),
    ("pt", "Nas eleições parlamentares da Késtria, o Orbis ficou em primeiro com 80 deputados, seguido da União Cívica, "
           "com 77 deputados, e do Vanta, com 51.", "51"),
    ("ar", "وفي الانتخابات البرلمانية في كيستريا، حل أوربيس أولا بـ80 مقعدا، يليه الاتحاد المدني بـ77 مقعدا، ثم فانتا "
           "بـ51 مقعدا.", "51"),
    ("fa", "در انتخابات پارلمانی کستریا، اوربیس با ۸۰ کرسی اول شد، اتحاد مدنی با ۷۷ کرسی دوم شد و وانتا با ۵۱ کرسی "
           "سوم شد.", "51"),
]


@pytest.mark.parametrize("language,text,found", LAST_WRONG, ids=[c[0] for c in LAST_WRONG])
def test_a_wrong_count_of_the_last_party_of_a_list_contradicts_its_fact_only(tmp_path, language, text, found):
    assert contradictions(tmp_path, SHEET, text + "\n", language, "2037-04-02") == {("vanta-seats", found)}
