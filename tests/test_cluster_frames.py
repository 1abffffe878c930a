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


@pytest.mark.parametrize("language,text", [
    ("en", "The death toll of the earthquake in Morocco rose from 2,122 to 2,497, the interior ministry said.\n"),
    ("es", "El número de muertos del terremoto de Marruecos subió de 2.122 a 2.497, según el ministerio del Interior.\n"),
    ("pt", "O número de mortos do terremoto no Marrocos subiu de 2.122 para 2.497, segundo o ministério do Interior.\n"),
    ("ar", "وارتفعت حصيلة القتلى في زلزال المغرب من 2122 إلى 2497 قتيلا، حسب وزارة الداخلية.\n"),
    ("fa", "به گفته وزارت کشور مراکش، شمار کشته‌های زلزله مراکش از ۲۱۲۲ به ۲۴۹۷ نفر رسید.\n"),
])
def test_cluster_frames_the_earlier_figure_of_a_change_is_no_current_claim(language, text):
    """'rose from 2,122 to 2,497': 2,122 is the toll before; beside another source's 2,497 it is no conflict."""
    found = groups_of(("a", language, text),
                      ("b", "en", "The earthquake in Morocco killed 2,497 people, the interior ministry said.\n"))
    assert not conflict_findings(found)
    assert not any(c.seed.id == "a" and c.mention.value.low == 2122 for g in found for c in g.claims)


@pytest.mark.parametrize("language,text", [
    ("en", "The earthquake in Morocco had a magnitude of 6.8. A 6.4 aftershock struck the next day.\n"),
    ("en", "The earthquake in Morocco had a magnitude of 6.8. A magnitude 6.4 aftershock struck the next day.\n"),
    ("es", "El terremoto de Marruecos tuvo una magnitud de 6,8. Una réplica de 6,4 sacudió la zona al día siguiente.\n"),
    ("pt", "O terremoto no Marrocos teve magnitude de 6,8. Uma réplica de magnitude 6,4 atingiu a região no dia seguinte.\n"),
    ("ar", "بلغت قوة زلزال المغرب 6.8 درجة. وضربت هزة ارتدادية بقوة 6.4 درجة المنطقة في اليوم التالي.\n"),
    ("fa", "بزرگی زلزله مراکش ۶.۸ ریشتر بود. پس‌لرزه ۶.۴ ریشتری روز بعد منطقه را لرزاند.\n"),
])
def test_cluster_frames_an_aftershocks_magnitude_joins_no_main_magnitude_group(language, text):
    found = groups_of(("a", language, text),
                      ("b", "en", "The Geological Survey put the magnitude of the earthquake in Morocco at 6.8.\n"))
    assert not conflict_findings(found)
    assert not any(c.mention.value.low == 6.4 for g in found for c in g.claims)


def test_cluster_frames_a_count_of_aftershocks_is_still_a_claim():
    found = groups_of(("a", "en", "Seismologists recorded 155 aftershocks of the earthquake in Morocco by Tuesday.\n"),
                      ("b", "en", "Seismologists recorded 155 aftershocks of the earthquake in Morocco, the institute said.\n"))
    assert any({"a", "b"} <= set(g.seeds) for g in found)


@pytest.mark.parametrize("language,text", [
    ("en", "In the first round, a quick count gave Lula between 48.2% and 48.6% of the valid votes.\n"),
    ("es", "En la primera vuelta, un conteo rápido dio a Lula entre el 48,2 % y el 48,6 % de los votos válidos.\n"),
    ("pt", "No primeiro turno, uma contagem rápida deu a Lula entre 48,2% e 48,6% dos votos válidos.\n"),
    ("ar", "في الجولة الأولى، منح الفرز السريع لولا ما بين 48.2% و48.6% من الأصوات الصحيحة.\n"),
    ("fa", "در دور نخست، شمارش سریع سهم لولا را بین ۴۸.۲ درصد تا ۴۸.۶ درصد آرای معتبر برآورد کرد.\n"),
])
def test_cluster_frames_a_range_is_one_interval_claim(language, text):
    """'between 48.2% and 48.6%': one claim [48.2, 48.6], which holds another source's 48.4 %; never two claims that
    conflict with each other or with it."""
    found = groups_of(("a", language, text),
                      ("b", "en", "In the first round, Lula won 48.4% of the valid votes, the electoral court said.\n"))
    assert not conflict_findings(found)
    mine = [c for g in found for c in g.claims if c.seed.id == "a" and c.mention.kind == "percent"]
    assert all(c.mention.qualifier == "between" for c in mine)


def test_cluster_frames_a_gapped_list_gives_each_name_its_own_count_and_share():
    """'Orsen 21,500,000 votes (55.4%), Pike 12,300,000 (31.7%)': Pike's count conflicts only with another source's
    count for Pike, and no share of one name is paired with another name's (names of a language without capitals
    are found through a sheet's entities: tests/test_link_gapped_lists.py)."""
    found = groups_of(
        ("a", "en", "The final count in Valdoria gave Orsen 21,500,000 votes (55.4%), Pike 12,300,000 (31.7%) and"
                    " Brant 4,100,000 (10.6%).\n"),
        ("b", "en", "Final results in Valdoria: Orsen, 21,500,000 votes (55.4%); Pike, 12,400,000 (31.7%); Brant,"
                    " 4,100,000 (10.6%).\n"))
    conflicting = [sorted(c.mention.value.low for c in g.claims) for g in found if g.status == "conflict"]
    assert conflicting == [[12300000, 12400000]]
