"""Claim identity beyond the measure (issue 8, item 6): the place or part a number is about. A breakdown
by place never pairs with the total, in any language; the same place pairs across scripts; a part
("47 of them") pairs only with parts of the same whole; a claim a fact of its event covers is no
conflict without a fact."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from checker.claims import claims_of
from checker.cluster import covered, group_claims
from checker.engine import analyse_seed
from checker.facts import load_facts
from checker.model import Seed

AUG_16, AUG_17 = date(2021, 8, 16), date(2021, 8, 17)

SHEET = """\
language: en
event:
  id: haiti-earthquake-2021
  names: {en: [Haiti earthquake], es: [terremoto de Haití], ar: [زلزال هايتي]}
  places: {en: [Haiti, Nippes, Grand'Anse, Les Cayes], es: [Haití, Nippes], ar: [هايتي, الجنوب, نيبس, غراند آنس]}
  window: {from: 2021-08-14, to: 2021-12-31}
facts:
  - id: haiti-magnitude
    statement: Magnitude of the earthquake of 14 August 2021
    kind: number
    measure: magnitude
    value: 7.2
    provenance: "USGS, 14 August 2021"
"""

KILLED = """\
  - id: haiti-killed
    statement: People killed by the earthquake
    kind: count
    measure: killed
    unit: person
    values:
      - {as_of: "2021-08-15", value: 1297}
    provenance: "Civil protection, 15 August 2021"
"""


def sheet(tmp_path, text=SHEET):
    path = tmp_path / "haiti.yaml"
    path.write_text(text, encoding="utf-8")
    return load_facts([path])


def groups_of(facts, *texts):
    """(seed id, language, published, text) -> groups of their claims."""
    results = [analyse_seed(Seed(id=i, path=f"seeds/{i}.txt", text=text, language=lang, published=day), facts)
               for i, lang, day, text in texts]
    return group_claims(claims_of(results), facts)


def together(groups, *pairs):
    """{(seed, said)} of every group, to ask which claims were grouped together."""
    return [{(c.seed.id, c.mention.text) for c in g.claims} for g in groups]


def test_cluster_roles_breakdown_pairs_by_place_across_scripts_never_with_the_total(tmp_path):
    facts = sheet(tmp_path)
    found = together(groups_of(
        facts,
        ("a", "en", AUG_16, "By department, the earthquake killed 1,054 people in Sud, 137 in Grand'Anse and 106 in Nippes, "
                            "the civil protection agency said.\n"),
        ("b", "ar", AUG_17, "وسجلت 1274 وفاة في إقليم الجنوب و176 وفاة في غراند آنس و128 وفاة في نيبس.\n"),
        ("c", "es", AUG_17, "El terremoto de Haití dejó 1.941 muertos, según la protección civil.\n")))
    assert any({("a", "137"), ("b", "176")} <= g for g in found)  # Grand'Anse in two scripts
    assert any({("a", "106"), ("b", "128")} <= g for g in found)  # Nippes
    assert not any({("a", "137"), ("b", "128")} <= g for g in found)  # two departments
    assert not any(("c", "1.941") in g and len(g & {("a", "137"), ("a", "106"), ("b", "176"), ("b", "128")}) for g in found)


def test_cluster_roles_a_name_of_the_whole_event_is_no_breakdown(tmp_path):
    facts = sheet(tmp_path)
    groups = groups_of(facts,
                       ("a", "en", AUG_16, "The toll of the earthquake rose to 1,419 dead in Haiti, officials said.\n"),
                       ("b", "es", AUG_17, "El terremoto de Haití dejó 1.941 muertos, según la protección civil.\n"))
    (group,) = [g for g in groups if {"a", "b"} <= set(g.seeds)]
    assert group.status == "series"  # the later toll is higher: an update


def test_cluster_roles_parts_pair_only_with_parts_of_the_same_whole(tmp_path):
    facts = sheet(tmp_path)
    found = together(groups_of(
        facts,
        ("a", "en", AUG_16, "The earthquake in Haiti wounded 2,868 people, 412 of them seriously, officials said.\n"),
        ("b", "es", AUG_16, "El terremoto de Haití dejó 2.868 heridos, 498 de ellos graves, según la protección civil.\n"),
        ("c", "pt", AUG_16, "O terremoto no Haiti deixou 5.700 feridos, 498 deles em estado grave.\n")))
    assert any({("a", "412"), ("b", "498")} <= g for g in found)  # parts of one whole: compared
    assert not any({("b", "498"), ("c", "498")} <= g for g in found)  # parts of two wholes
    assert not any({("a", "412"), ("b", "2.868")} <= g for g in found)  # a part and a total


def test_cluster_roles_a_fact_of_the_event_covers_its_measure(tmp_path):
    plain = sheet(tmp_path)
    with_killed = sheet(tmp_path, SHEET + KILLED)
    results = [analyse_seed(Seed(id="a", path="seeds/a.txt", language="es", published=AUG_17,
                                 text="El terremoto de Haití dejó 1.941 muertos. El de enero de 2010 dejó 2.200 muertos en Léogâne.\n"), ())]
    claims = {c.mention.text: replace(c, scope="haiti-earthquake-2021") for c in claims_of(results)}
    assert covered(claims["1.941"], with_killed)
    assert not covered(claims["1.941"], plain)  # no fact of its measure
    assert not covered(claims["2.200"], with_killed)  # another time: outside the fact's window


def test_cluster_roles_a_fact_covers_only_what_is_published_from_its_first_value(tmp_path):
    with_killed = sheet(tmp_path, SHEET + KILLED)  # its first value is of 15 August
    text = "El terremoto de Haití dejó 304 muertos.\n"
    results = [analyse_seed(Seed(id=i, path=f"seeds/{i}.txt", language="es", published=day, text=text), ())
               for i, day in (("early", date(2021, 8, 14)), ("late", AUG_16))]
    claims = {c.seed.id: replace(c, scope="haiti-earthquake-2021") for c in claims_of(results)}
    assert covered(claims["late"], with_killed)
    assert not covered(claims["early"], with_killed)  # a toll of before the fact: still a claim


@pytest.mark.parametrize("language, text", [
    ("en", "With 99.9 % of the ballots counted, Lula had 50.9 % of the valid votes.\n"),
    ("pt", "Com 99,9 % das urnas apuradas, Lula tinha 50,9 % dos votos válidos.\n"),
])
def test_cluster_roles_the_progress_of_a_count_is_no_claim(language, text):
    results = [analyse_seed(Seed(id="a", path="seeds/a.txt", language=language, published=date(2022, 10, 30),
                                 text=text), ())]
    said = {c.mention.text for c in claims_of(results)}
    assert not any(s.startswith("99") for s in said)  # when the share was counted, not a claim
    assert any(s.startswith("50") for s in said)


@pytest.mark.parametrize("language, text", [
    ("es", "El sismo, de magnitud 7,4 según el servicio geológico, es el más fuerte en Haití desde el de enero de 2010.\n"),
    ("en", "The quake, of magnitude 7.4 by the geological service's count, was the strongest in Haiti since January 2010.\n"),
])
def test_cluster_roles_a_date_of_another_part_of_the_clause_is_not_the_numbers_time(tmp_path, language, text):
    facts = sheet(tmp_path, SHEET.split("facts:")[0] + "facts:\n" + KILLED)  # no fact of the magnitude
    groups = groups_of(facts, ("a", language, AUG_16, text),
                       ("b", "ar", AUG_16, "وبلغت قوة زلزال هايتي 7.2 درجات على سلم ريختر.\n"))
    assert [g.status for g in groups if {"a", "b"} <= set(g.seeds)] == ["conflict"]  # 7.4 and 7.2, both of 2021
