"""The engine: seeds + facts + assertions -> Report. The CLI and the pytest plugin are shells over it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .assertions import load_assertions, violations
from .compare import compare
from .corpus import load_seeds
from .extract import extract
from .facts import load_facts
from .findings import seed_findings, severity_rank, source_conflicts
from .link import index_facts, link_mentions
from .model import Assertion, Fact, Finding, Report, Seed, SeedResult


@dataclass(frozen=True)
class Inputs:
    seeds: Path
    facts: tuple[Path, ...]
    assertions: tuple[Path, ...]
    only: Optional[tuple[str, ...]] = None  # check only these seed files


def analyse_seed(seed: Seed, facts: tuple[Fact, ...], index=None) -> SeedResult:
    """Extract, link and compare one seed."""
    index = index if index is not None else index_facts(facts)
    by_id = {fact.id: fact for fact in facts}
    mentions = tuple(extract(seed.text, seed.language, seed.published))
    links = tuple(link_mentions(mentions, index, seed.published))
    comparisons = tuple(compare(link, by_id[link.fact_id], seed) for link in links)
    return SeedResult(seed, mentions, links, comparisons)


def build_report(results: list[SeedResult], facts: tuple[Fact, ...], assertions: tuple[Assertion, ...],
                 errors: Iterable[str] = ()) -> Report:
    by_id = {fact.id: fact for fact in facts}
    seeds = {r.seed.id: r.seed for r in results}
    base: list[Finding] = []
    for result in results:
        base += seed_findings(result.comparisons, by_id, result.seed)
    base += source_conflicts([c for r in results for c in r.comparisons], by_id, seeds)
    draft = Report(tuple(results), facts, tuple(base), tuple(errors))
    judged: dict[str, Finding] = {}
    extra: list[Finding] = []
    for assertion in assertions:
        for result in results:
            for finding in violations(assertion, result, draft):
                if finding.kind == "not-mentioned":
                    extra.append(finding)
                elif finding.fingerprint not in judged or _stronger(finding, judged[finding.fingerprint]):
                    judged[finding.fingerprint] = finding
    findings = [judged.get(f.fingerprint, f) for f in base] + extra
    findings.sort(key=lambda f: (f.seed, f.line, f.column, f.fact, f.kind, f.assertion, f.fingerprint))
    return Report(tuple(results), facts, tuple(findings), tuple(errors))


def _stronger(new: Finding, old: Finding) -> bool:
    """An unacknowledged violation outranks an acknowledged one; then the higher severity wins."""
    return (not new.acknowledged, severity_rank(new.severity)) > (not old.acknowledged, severity_rank(old.severity))


def run(inputs: Inputs) -> tuple[Report, tuple[Assertion, ...]]:
    """Check a corpus. Raises InputError when facts, assertions or the manifest are invalid;
    an unreadable seed is listed in report.errors and the others still run."""
    facts = load_facts(inputs.facts)
    assertions = load_assertions(inputs.assertions, facts)
    seeds, problems = load_seeds(inputs.seeds, list(inputs.only) if inputs.only else None)
    index = index_facts(facts)
    results = [analyse_seed(seed, facts, index) for seed in seeds]
    return build_report(results, facts, assertions, [str(p) for p in problems]), assertions


def failing(report: Report, fail_on: str) -> list[Finding]:
    """The findings that fail the gate: at or above the threshold and not acknowledged."""
    threshold = severity_rank(fail_on)
    return [f for f in report.findings if not f.acknowledged and f.severity != "none"
            and severity_rank(f.severity) >= threshold]
