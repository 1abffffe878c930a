"""Comparison: a linked mention against the fact value in force at the seed's publication date."""
from __future__ import annotations

from .intervals import relation, widen
from .model import Comparison, Fact, Link, Seed


def expected_interval(fact: Fact, value):
    return widen(value.interval, fact.tolerance) if fact.tolerance else value.interval


def compare(link: Link, fact: Fact, seed: Seed) -> Comparison:
    """agrees, contradicts, imprecise or unresolved; for a series, outdated or ahead when the
    mention matches a value in force before or after the seed's date."""
    expected = fact.value_at(seed.published)
    if link.mention.unresolved:
        return Comparison(link, seed.id, expected, "unresolved")
    verdict = relation(link.mention.value, expected_interval(fact, expected))
    if verdict == "contradicts" and len(fact.values) > 1:
        position = fact.values.index(expected)
        for index, other in enumerate(fact.values):
            if other is not expected and relation(link.mention.value, expected_interval(fact, other)) == "agrees":
                return Comparison(link, seed.id, expected, "outdated" if index < position else "ahead")
    return Comparison(link, seed.id, expected, verdict)
