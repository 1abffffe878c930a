"""Findings: the catalogue of finding kinds, and findings made from comparisons.

Every finding has a code and a default severity from CATALOGUE, the quote and
location of the mention, the fact sheet's file and line, and a fingerprint that
survives line moves (it hashes what was said, not where).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from itertools import combinations

from .extract.normalize import fold
from .intervals import overlaps
from .model import Comparison, Fact, Finding, Seed
from .render.values import format_value

SEVERITIES = ("none", "info", "warning", "error")


@dataclass(frozen=True)
class FindingKind:
    code: str
    severity: str
    title: str
    description: str


CATALOGUE: dict[str, FindingKind] = {
    "contradiction": FindingKind("FL001", "error", "Contradiction",
                                 "A seed's value for a fact is disjoint from the fact's value in force at its publication date."),
    "source-conflict": FindingKind("FL002", "warning", "Source conflict",
                                   "Two seeds give disjoint values for the same fact."),
    "imprecise": FindingKind("FL003", "info", "Imprecise",
                             "A seed's value overlaps the fact's value but is wider than it."),
    "unresolved": FindingKind("FL004", "info", "Unresolved",
                              "A mention needs a publication date or a year that is unknown."),
    "not-mentioned": FindingKind("FL005", "error", "Not mentioned",
                                 "An assertion requires a fact that a seed does not mention."),
    "outdated": FindingKind("FL006", "info", "Outdated",
                            "A seed gives a value of the fact that held before its publication date."),
    "ahead": FindingKind("FL007", "info", "Ahead",
                         "A seed gives a value of the fact that held only after its publication date."),
    "agreement": FindingKind("FL000", "none", "Agreement", "A seed's value lies within the fact's value."),
}

VERDICT_KIND = {"agrees": "agreement", "contradicts": "contradiction", "imprecise": "imprecise",
                "unresolved": "unresolved", "outdated": "outdated", "ahead": "ahead"}


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _said(text: str) -> str:
    return " ".join(fold(text).text.lower().split())


def comparison_finding(comparison: Comparison, fact: Fact, seed: Seed, occurrence: int = 0) -> Finding:
    mention = comparison.link.mention
    kind = VERDICT_KIND[comparison.verdict]
    expected = format_value(fact.kind, comparison.expected.interval, fact.unit)
    if comparison.expected.as_of:
        expected += f" (as of {comparison.expected.as_of.isoformat()})"
    found = format_value(mention.kind, mention.value, mention.unit)
    messages = {
        "contradiction": f"seed {seed.id} says {mention.text!r} ({found}); the fact sheet says {expected}",
        "imprecise": f"seed {seed.id} says {mention.text!r} ({found}), wider than {expected}",
        "unresolved": f"seed {seed.id} says {mention.text!r}, which {mention.unresolved}",
        "outdated": f"seed {seed.id} says {mention.text!r} ({found}), a value that held before; in force: {expected}",
        "ahead": f"seed {seed.id} says {mention.text!r} ({found}), a value that held only later; in force: {expected}",
        "agreement": f"seed {seed.id} says {mention.text!r} ({found}), within {expected}",
    }
    catalogued = CATALOGUE[kind]
    return Finding(
        kind=kind, severity=catalogued.severity, fact=fact.id, seed=seed.id, message=messages[kind],
        expected=expected, found=found, quote=mention.sentence, path=seed.path, line=mention.line,
        column=mention.column, end_line=mention.line, end_column=mention.column + len(mention.text),
        fact_path=fact.path, fact_line=comparison.expected.line or fact.line, rule=mention.rule,
        fingerprint=fingerprint(kind, fact.id, seed.id, mention.kind, _said(mention.text), str(occurrence)),
        code=catalogued.code, confidence=comparison.link.score,
    )


def seed_findings(comparisons, facts: dict[str, Fact], seed: Seed) -> list[Finding]:
    """One finding per comparison; repeated identical mentions are numbered for their fingerprints."""
    seen: dict[tuple, int] = {}
    findings = []
    for comparison in comparisons:
        mention = comparison.link.mention
        key = (comparison.verdict, comparison.link.fact_id, _said(mention.text))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        findings.append(comparison_finding(comparison, facts[comparison.link.fact_id], seed, occurrence))
    return findings


def source_conflicts(comparisons: list[Comparison], facts: dict[str, Fact], seeds: dict[str, Seed]) -> list[Finding]:
    """Disjoint values for one fact in two seeds: once per pair of disagreeing values, not per pair
    of seeds; values that each agree with the fact in force at their own seed's date are an update
    over time, not a conflict."""
    by_fact: dict[str, dict[str, Comparison]] = {}
    for comparison in comparisons:
        if comparison.verdict == "unresolved":
            continue
        values = by_fact.setdefault(comparison.link.fact_id, {})
        values.setdefault(repr(comparison.link.mention.value), comparison)  # first seed that said it
    findings = []
    for fact_id in sorted(by_fact):
        for (_, a), (_, b) in combinations(sorted(by_fact[fact_id].items()), 2):
            if a.seed_id == b.seed_id or overlaps(a.link.mention.value, b.link.mention.value):
                continue
            if a.verdict == "agrees" and b.verdict == "agrees":
                continue
            findings.append(_conflict(a, b, facts[fact_id], seeds))
    return findings


def _conflict(a: Comparison, b: Comparison, fact: Fact, seeds: dict[str, Seed]) -> Finding:
    if (a.seed_id, a.link.mention.start) > (b.seed_id, b.link.mention.start):
        a, b = b, a
    ma, mb = a.link.mention, b.link.mention
    found_a = format_value(ma.kind, ma.value, ma.unit)
    found_b = format_value(mb.kind, mb.value, mb.unit)
    seed = seeds[a.seed_id]
    catalogued = CATALOGUE["source-conflict"]
    return Finding(
        kind="source-conflict", severity=catalogued.severity, fact=fact.id, seed=a.seed_id,
        message=f"seed {a.seed_id} says {ma.text!r} ({found_a}) but seed {b.seed_id} says {mb.text!r} ({found_b})",
        expected=found_b, found=found_a, quote=ma.sentence, path=seed.path, line=ma.line, column=ma.column,
        end_line=ma.line, end_column=ma.column + len(ma.text), fact_path=fact.path, fact_line=fact.line,
        rule=ma.rule, code=catalogued.code, confidence=min(a.link.score, b.link.score),
        fingerprint=fingerprint("source-conflict", fact.id, a.seed_id, _said(ma.text), b.seed_id, _said(mb.text)),
        other_seed=b.seed_id, other_quote=mb.sentence, other_location=f"{seeds[b.seed_id].path}:{mb.line}:{mb.column}",
    )


def with_severity(finding: Finding, severity: str, assertion: str = "", acknowledged: str = "") -> Finding:
    return replace(finding, severity=severity, assertion=assertion, acknowledged=acknowledged)
