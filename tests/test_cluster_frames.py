"""Claims grouped on their frames (issue 8, item 6): the same measure, the same event, compatible times,
in any languages; never dead with wounded, never one candidate's votes with another's."""
from __future__ import annotations

from datetime import date

import pytest

from checker.claims import claims_of
from checker.cluster import conflict_findings, group_claims
from checker.engine import analyse_seed
from checker.model import Seed

SEP_10 = date(2023, 9, 10)


def results(*texts: tuple[str, str, str], published: date = SEP_10):
    """(seed id, language, text) -> analysed seeds."""
    return [analyse_seed(Seed(id=i, path=f"seeds/{i}.txt", text=text, language=lang, published=published), ())
            for i, lang, text in texts]


def groups_of(*texts, published: date = SEP_10):
    return group_claims(claims_of(results(*texts, published=published)))


def test_cluster_frames_never_pair_killed_with_injured():
    found = groups_of(("a", "en", "The earthquake in Morocco killed 2,012 people, the interior ministry said.\n"),
                      ("b", "en", "The earthquake in Morocco injured 2,059 people, the interior ministry said.\n"))
    assert not any({"a", "b"} <= set(g.seeds) for g in found)


def test_cluster_frames_same_measure_across_languages_conflicts():
    found = groups_of(("a", "en", "The earthquake in Morocco killed 2,012 people, the interior ministry said.\n"),
                      ("b", "es", "El terremoto de Marruecos dejó 2.122 muertos, según el ministerio del Interior.\n"))
    (group,) = [g for g in found if {"a", "b"} <= set(g.seeds)]
    assert group.status == "conflict"
    (finding,) = conflict_findings([group])
    assert {s["seed"] for s in finding.sources} == {"a", "b"}


@pytest.mark.parametrize("other, status", [
    ("El terremoto tuvo una magnitud de 6,9, según el Servicio Geológico.\n", "conflict"),
    ("El terremoto tuvo una magnitud de 7, según el instituto de geofísica.\n", "agree"),  # 7 holds 6.8
])
def test_cluster_frames_bare_numbers_with_a_measure_are_claims(other, status):
    found = groups_of(("a", "en", "The Geological Survey put the earthquake's magnitude at 6.8.\n"), ("b", "es", other))
    assert [g.status for g in found if {"a", "b"} <= set(g.seeds)] == [status]


def test_cluster_frames_never_pair_two_candidates_votes():
    found = groups_of(("a", "en", "In the first round, Lula won 48.4 % of the valid votes, the electoral court said.\n"),
                      ("b", "en", "In the first round, Bolsonaro won 43.2 % of the valid votes, the electoral court said.\n"))
    assert not any(g.status == "conflict" for g in found)


def test_cluster_frames_provinces_are_roles():
    found = groups_of(("a", "en", "The quake caused 1,293 deaths in Al Haouz province, the ministry said.\n"),
                      ("b", "en", "The quake caused 452 deaths in Taroudant province, the ministry said.\n"))
    assert not any(g.status == "conflict" for g in found)


def test_cluster_frames_dates_conflict_only_on_a_shared_concept():
    found = groups_of(("a", "en", "Rescue teams in Al Haouz province resumed the search on Monday in the mountain villages.\n"),
                      ("b", "en", "Rescue teams in Al Haouz province resumed the search on Wednesday in the mountain villages.\n"),
                      published=date(2023, 9, 14))
    assert [g.kind for g in found] == ["date"]  # the same words: grouped
    assert not conflict_findings(found)  # but nothing says they are dates of one thing
