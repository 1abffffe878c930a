"""Units and aliases in a fact sheet are read the way an article's counted noun is (plural, case,
language), so `people` in a sheet matches an article's '25 people' and 'personas'."""
from __future__ import annotations

import pytest

from checker.extract import extract
from checker.intervals import point
from checker.link import index_facts, link_mentions, unit_relation
from checker.model import Fact, FactValue


def fact(unit: str, aliases: dict | None = None, language: str = "en") -> Fact:
    return Fact(id="refugees", statement="People who sought refuge at the embassy", kind="count",
                values=(FactValue(point(25), "25"),), unit=unit, aliases=aliases or {},
                cues={"en": ("embassy",), "es": ("embajada",)}, language=language)


@pytest.mark.parametrize("unit, aliases, sentence, language", [
    ("people", {}, "Officials said 25 people sought refuge at the embassy.", "en"),
    ("People", {}, "Officials said 25 people sought refuge at the embassy.", "en"),
    ("person", {}, "Officials said 25 people sought refuge at the embassy.", "en"),
    ("people", {}, "Officials said 25 persons sought refuge at the embassy.", "en"),
    ("soldiers", {}, "Officials said 25 troops sought refuge at the embassy.", "en"),
    ("refugee", {"en": ["people"]}, "Officials said 25 people sought refuge at the embassy.", "en"),
    ("people", {}, "Unas 25 personas se refugiaron en la embajada.", "es"),
    ("refugee", {"es": ["personas"]}, "Unas 25 personas se refugiaron en la embajada.", "es"),
])
def test_link_units_read_like_counted_nouns(unit, aliases, sentence, language):
    (mention,) = [m for m in extract(sentence, language) if m.kind == "count"]
    assert unit_relation(fact(unit, aliases), mention) == "match"
    (link,) = link_mentions([mention], index_facts((fact(unit, aliases),)))
    assert f"unit {mention.unit!r}" in link.reasons


def test_link_units_other_counted_noun_is_a_mismatch():
    (mention,) = extract("Officials said 25 soldiers sought refuge at the embassy.", "en")
    assert unit_relation(fact("people"), mention) == "mismatch"
