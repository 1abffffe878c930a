"""Whose number a claim is, for conflicts without a fact (issue 8, item 6): claims of two entities of the sheet are
never compared, however far the owner's name stands from the number ("Castor won the presidency of Norland with 312
electoral votes"), and a list of names followed by as many numbers gives each number the name of its rank ("Castor
and Pollux finished with 277 and 224"). Found by a real-text trial on an unseen election: both candidates' electoral
votes were one group. Every sentence is written for the test, about an invented election in the invented Norland."""
from __future__ import annotations

from datetime import date

import pytest

from checker.claims import claims_of
from checker.cluster import group_claims
from checker.engine import analyse_seed
from checker.facts import load_facts
from checker.model import Seed

NOV_6, NOV_7 = date(2031, 11, 6), date(2031, 11, 7)

SHEET = """\
language: en
event:
  id: norland-election-2031
  names: {en: [Norland presidential election]}
  places: {en: [Norland, Ostmark, Vell], ar: [نورلاند, أوستمارك], fa: [نورلند, اوستمارک]}
  window: {from: 2031-10-01, to: 2031-12-31}
facts:
  - id: castor-votes
    statement: Castor's popular votes
    kind: count
    measure: votes
    value: 74000000
    entities: {en: [Castor], ar: [كاستور], fa: [کاستور]}
    provenance: "invented for the test"
  - id: pollux-votes
    statement: Pollux's popular votes
    kind: count
    measure: votes
    value: 71000000
    entities: {en: [Pollux], ar: [بولوكس], fa: [پولوکس]}
    provenance: "invented for the test"
"""

# (seed, language, published, text, {number as written: its owner})
ARTICLES = [
    ("a", "en", NOV_6, "Castor won the presidency of Norland on Tuesday with 312 electoral votes.\n", {"312": "Castor"}),
    ("b", "en", NOV_7, "Pollux conceded the Norland race on Wednesday after winning 226 electoral votes.\n", {"226": "Pollux"}),
    ("c", "es", NOV_7, "Castor ganó la presidencia de Norland con un total de 292 votos electorales.\n", {"292": "Castor"}),
    ("d", "es", NOV_7, "Pollux reconoció su derrota en Norland tras sumar apenas 224 votos electorales.\n", {"224": "Pollux"}),
    ("e", "pt", NOV_7, "Em Norland, Castor e Pollux terminaram com 277 e 224 votos eleitorais.\n", {"277": "Castor", "224": "Pollux"}),
    ("f", "ar", NOV_7, "وأعلن بولوكس في نورلاند اعترافه بالهزيمة بعد حصوله على 187 صوتا في المجمع الانتخابي.\n", {"187": "Pollux"}),
    ("g", "fa", NOV_7, "کاستور در انتخابات نورلند با کسب ۳۱۲ رای الکترال پیروز شد.\n", {"۳۱۲": "Castor"}),
    ("h", "en", NOV_7, "The final Norland tally was 312 electoral votes for Castor against 226 for Pollux.\n",
     {"312": "Castor", "226": "Pollux"}),
]


# A count located in another place of the sheet is that place's part, no entity's total ("En Ostmark, Castor obtuvo
# los 54 votos electorales del estado"): a real-text trial grouped the states' electoral votes with the totals.
BY_PLACE = [
    ("p", "es", NOV_7, "En Ostmark, Castor obtuvo los 54 votos electorales del estado.\n", {"54": "Ostmark"}),
    ("q", "pt", NOV_7, "Em Ostmark, Castor ficou com 54 votos eleitorais.\n", {"54": "Ostmark"}),
    ("r", "ar", NOV_7, "وحصل كاستور في أوستمارك على 55 صوتا في المجمع الانتخابي.\n", {"55": "Ostmark"}),
    ("s", "fa", NOV_7, "کاستور در اوستمارک ۵۵ رای الکترال به دست آورد.\n", {"۵۵": "Ostmark"}),
    ("t", "en", NOV_7, "In Vell, Pollux won 40 electoral votes.\n", {"40": "Vell"}),
]


def groups_by_owner(tmp_path, articles):
    """The groups of the articles' claims, each as the set of the owners of its numbers ('?' for another number)."""
    path = tmp_path / "norland.yaml"
    path.write_text(SHEET, encoding="utf-8")
    facts = load_facts([path])
    results = [analyse_seed(Seed(id=i, path=f"seeds/{i}.txt", text=text, language=lang, published=day), facts)
               for i, lang, day, text, _ in articles]
    owner = {(i, said): who for i, _, _, _, owners in articles for said, who in owners.items()}
    return [{owner.get((c.seed.id, c.mention.text), "?") for c in g.claims} for g in group_claims(claims_of(results), facts)]


def test_cluster_owners_claims_of_two_entities_are_never_one_group(tmp_path):
    groups = groups_by_owner(tmp_path, ARTICLES)
    assert not [g for g in groups if len(g) > 1], groups
    assert {"Castor"} in groups and {"Pollux"} in groups  # each candidate's numbers still meet


def test_cluster_owners_a_count_located_in_another_place_is_no_total(tmp_path):
    groups = groups_by_owner(tmp_path, ARTICLES + BY_PLACE)
    assert not [g for g in groups if len(g) > 1], groups
    assert {"Ostmark"} in groups  # a place's count still meets the same place's in other languages


# The whole a count is a part of, or the size of a body ("312 electoral votes out of 538", "المجمع الانتخابي المؤلف
# من 538 عضوا"): no one's total; a real-text trial grouped the Electoral College's 538 with the candidates' votes.
TOTALS = [
    ("u", "en", NOV_7, "Castor won 312 electoral votes out of 538 in Norland.\n", {"312": "Castor", "538": "all"}),
    ("v", "es", NOV_7, "Castor obtuvo 292 votos electorales de un total de 538 en Norland.\n", {"292": "Castor", "538": "all"}),
    ("w", "pt", NOV_7, "Castor obteve 277 votos eleitorais num total de 538 em Norland.\n", {"277": "Castor", "538": "all"}),
    ("x", "ar", NOV_7, "حصل كاستور في نورلاند على 312 صوتا في المجمع الانتخابي المؤلف من 538 عضوا.\n",
     {"312": "Castor", "538": "all"}),
    ("x2", "ar", NOV_7, "فاز كاستور برئاسة نورلاند بحصوله على 312 صوتا من أصوات المجمع الانتخابي الذي يضم 538 عضوا.\n",
     {"312": "Castor", "538": "all"}),
    ("y", "fa", NOV_7, "کاستور در نورلند از مجموع ۵۳۸ رای الکترال ۳۱۲ رای به دست آورد.\n", {"۳۱۲": "Castor", "۵۳۸": "all"}),
    ("z", "es", NOV_7, "El Colegio Electoral de Norland, compuesto por 538 delegados, votó por Castor.\n", {"538": "all"}),
]


def test_cluster_owners_the_whole_of_a_count_is_no_total_of_an_entity(tmp_path):
    groups = groups_by_owner(tmp_path, [a for a in ARTICLES if a[0] != "c"] + TOTALS)
    assert not [g for g in groups if len(g) > 1], groups
    assert {"all"} in groups  # the wholes still meet each other


# "con un total de 292" is the candidate's total, no whole: a bare "a total of" / "un total de" is no phrase of a whole.
def test_cluster_owners_a_total_of_an_entity_is_no_whole(tmp_path):
    groups = groups_by_owner(tmp_path, ARTICLES + TOTALS)
    assert not [g for g in groups if len(g) > 1], groups


# A name next to a number of a measure the sheets give per entity that is none of their entities nor the event's
# names is a part's (a state the sheet does not list: "Calvia, with 54 electoral votes"), no entity's total.
UNLISTED_PLACES = [
    ("k", "en", NOV_7, "Castor's biggest prize in Norland was Calvia, with 54 electoral votes.\n", {"54": "Calvia"}),
    ("l", "en", NOV_7, "In Norland, Castor also carried Tessar with 40 electoral votes.\n", {"40": "Tessar"}),
]


def test_cluster_owners_a_name_that_is_no_entity_is_a_part(tmp_path):
    groups = groups_by_owner(tmp_path, ARTICLES + UNLISTED_PLACES)
    assert not [g for g in groups if len(g) > 1], groups


# Two entities next to one number: the nearest owns it, a name before it on a tie ("حصل كاستور على 277 وبولوكس على
# 224": the conjunction glued to the second name sets no part apart).
BOTH_NAMED = [
    ("m", "ar", NOV_7, "وفي نورلاند حصل كاستور على 277 وبولوكس على 224 صوتا في المجمع الانتخابي.\n",
     {"277": "Castor", "224": "Pollux"}),
]


def test_cluster_owners_a_number_between_two_entities_is_one_entity(tmp_path):
    groups = groups_by_owner(tmp_path, ARTICLES + BOTH_NAMED)
    assert not [g for g in groups if len(g) > 1], groups


# A name before a number, with "while" opening another subject between, owns no number after it (trial 7: "Gálvez
# alcanzó 16 millones ... votos, esto es, el 27.45 por ciento en tanto que el abanderado de Movimiento Ciudadano
# alcanzó 6 millones ..." gave the third candidate's votes to the second): concepts.yaml `contrasts`.
WHILE = [
    ("w1", "en", NOV_7, "In Norland, Castor won 74,100,000 votes, or 51.2%, while the Ochre Party's nominee won 2,300,000 votes.\n",
     {"74,100,000": "Castor", "2,300,000": "Ochre"}),
    ("w2", "es", NOV_7, "En Norland, Castor alcanzó 74 millones 100 mil votos, esto es, el 51,2 por ciento en tanto que el abanderado "
     "del Partido Ocre alcanzó 2 millones 300 mil votos.\n", {"74 millones 100 mil": "Castor", "2 millones 300 mil": "Ochre"}),
    ("w3", "pt", NOV_7, "Em Norland, Castor obteve 74.100.000 votos, ou 51,2%, enquanto o candidato do Partido Ocre obteve "
     "2.300.000 votos.\n", {"74.100.000": "Castor", "2.300.000": "Ochre"}),
    ("w4", "ar", NOV_7, "وفي نورلاند حصل كاستور على 74100000 صوت أي 51.2% بينما حصل مرشح الحزب الأصفر على 2300000 صوت.\n",
     {"74100000": "Castor", "2300000": "Ochre"}),
    ("w5", "fa", NOV_7, "در نورلند کاستور ۷۴۱۰۰۰۰۰ رأی یعنی ۵۱.۲ درصد آرا را به دست آورد در حالی که نامزد حزب اخرایی ۲۳۰۰۰۰۰ رأی "
     "به دست آورد.\n", {"۷۴۱۰۰۰۰۰": "Castor", "۲۳۰۰۰۰۰": "Ochre"}),
    ("w6", "en", NOV_6, "Castor had 74,000,000 votes in Norland on Tuesday night.\n", {"74,000,000": "Castor"}),
]


def test_cluster_owners_a_name_before_while_owns_no_number_after_it(tmp_path):
    path = tmp_path / "norland.yaml"
    path.write_text(SHEET, encoding="utf-8")
    facts = load_facts([path])
    results = [analyse_seed(Seed(id=i, path=f"seeds/{i}.txt", text=text, language=lang, published=day), facts)
               for i, lang, day, text, _ in WHILE]
    others = {(i, said) for i, _, _, _, owners in WHILE for said, who in owners.items() if who == "Ochre"}
    owned = {(c.seed.id, c.mention.text): c.owners for c in claims_of(results) if (c.seed.id, c.mention.text) in others}
    assert set(owned) == others
    assert not [(said, owners) for said, owners in owned.items() if {"Castor", "كاستور", "کاستور"} & set(owners)], owned


# Names of two words or more listed before numbers given in their order: each number is its whole name's ("Mohammad
# Baqer Qalibaf and Mostafa Pourmohammadi took 13.78% and 0.84%" gave 13.78% to Pourmohammadi and 0.84% to no one:
# the words of one name were read as names of a list). Found when an undated seed got its date (tests/undated_cases).
# (English only: the frames of es and pt read no capitalized word the sheets do not name as a name.)
@pytest.mark.parametrize("language, text, owners", [
    ("en", "Lena Marta Castor and Ivo Pollux took 61.2% and 38.8%.", {"61.2%": "Castor", "38.8%": "Pollux"}),
    ("en", "In Norland, Lena Castor and Ivo Dan Pollux took 61.2% and 38.8%.", {"61.2%": "Castor", "38.8%": "Pollux"}),
    ("en", "Mohammad Lena Castor and Ivo Pollux came first and second with 277 and 224 electoral votes.",
     {"277": "Castor", "224": "Pollux"}),
])
def test_cluster_owners_names_of_several_words_listed_before_their_numbers(language, text, owners):
    result = analyse_seed(Seed(id="u", path="seeds/u.txt", text=text + "\n", language=language, published=NOV_7), ())
    roles = {c.mention.text: c.roles for c in claims_of([result])}
    for said, owner in owners.items():
        other = next(o for o in owners.values() if o != owner)
        assert owner in roles[said] and other not in roles[said], roles
