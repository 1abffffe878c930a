"""What grouping costs (issue 11): a pair's scoring asks what only decides a close call, a group's finding built once.

Grouping scores every pair of neighbouring claims (checker/cluster.py `_score`); whether two claims say different
things (differences.differ) only moves the bar a pair must clear, so it is asked only of a pair whose score lies
between the bars. A group with a conflict gets one finding, its fingerprint carried by its conflicts. The sentences
are invented for these tests.
"""
from __future__ import annotations

from collections import Counter

import pytest

from checker import cluster
from checker.cluster import conflict_findings, group_claims
from checker.intervals import point
from tests.test_cluster import FIFTEEN, FOUR, MAY_3, claim

# Sentences of one story in each language, each with a number: their pairs share many words (a score above both bars).
STORY = {
    "en": "Clashes with security forces in Caracas left {} dead, rights groups said on Friday.",
    "es": "Los choques con las fuerzas de seguridad en Caracas dejaron {} muertos, dijeron grupos de derechos.",
    "pt": "Os confrontos com as forças de segurança em Caracas deixaram {} mortos, disseram grupos de direitos.",
    "ar": "خلفت الاشتباكات مع قوات الأمن في كراكاس {} قتلى، وفق جماعات حقوقية.",
    "fa": "درگیری با نیروهای امنیتی در کاراکاس {} کشته برجای گذاشت، به گفته گروه‌های حقوق بشر.",
}


def _counted(monkeypatch, name: str) -> Counter:
    calls: Counter = Counter()
    original = getattr(cluster, name)

    def counted(*args, **kwargs):
        calls[name] += 1
        return original(*args, **kwargs)
    monkeypatch.setattr(cluster, name, counted)
    return calls



@pytest.mark.parametrize("language", sorted(STORY))
def test_a_pair_above_both_bars_is_scored_without_asking_whether_its_claims_differ(language, monkeypatch):
    text = STORY[language]
    claims = [claim(s, text.format(n), str(n), point(n), language=language, unit="")
              for s, n in (("a", 12), ("b", 12), ("c", 40))]
    calls = _counted(monkeypatch, "differ")
    groups = group_claims(claims)
    assert groups and groups[0].seeds == ("a", "b", "c")
    pairs = [(g.confidence, p.score) for g in groups for p in g.conflicts]
    assert pairs and all(score >= cluster.DISAGREE_SAME_LANGUAGE for _, score in pairs), pairs
    assert not calls, calls


def test_a_groups_finding_is_built_once(monkeypatch):
    calls = _counted(monkeypatch, "group_finding")
    groups = group_claims([claim("a", FOUR, "four"), claim("b", FIFTEEN, "15", point(15))])
    (finding,) = conflict_findings(groups)
    assert groups[0].conflicts[0].fingerprint == finding.fingerprint
    assert calls["group_finding"] == 1, calls


def test_a_pair_is_scored_once_whatever_lists_of_its_block_it_is_in(monkeypatch):
    scored: Counter = Counter()
    original = cluster._score

    def counted(a, b, window):
        scored[(a.claim.seed.id, a.place, b.claim.seed.id, b.place)] += 1
        return original(a, b, window)
    monkeypatch.setattr(cluster, "_score", counted)
    # two figures of one seed that do not overlap (a pair rejected at once) in sentences sharing their words, each
    # word a sorted list of its own: the pair is in several lists
    claims = [claim("a", FOUR, "four"), claim("a", FIFTEEN, "15", point(15)), claim("b", FOUR, "four")]
    group_claims(claims)
    assert scored and max(scored.values()) == 1, scored.most_common(2)
