"""Assertions (assertions/*.yaml): load them, and evaluate one assertion against one seed.

Without an assertions file, the default holds: every fact must not be
contradicted by any seed. A violation is a finding with the assertion's
severity; an acknowledged one carries its reason and does not fail the gate.
"""
from __future__ import annotations

import fnmatch
import json
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Iterable

from jsonschema import Draft202012Validator

from . import yamlio
from .errors import InputError, Problem
from .findings import CATALOGUE, fingerprint
from .model import Acknowledged, Assertion, Fact, Finding, Report, SeedResult

SCHEMA_PATH = Path(__file__).parent / "schema" / "assertions.schema.json"
DEFAULT = Assertion(id="no-contradictions", rule="not-contradict", facts=(), seeds=(),
                    description="Every fact must not be contradicted by any seed (the default).")

# The finding kinds each rule fails on.
RULE_FAILS_ON = {
    "not-contradict": {"contradiction"},
    "agree": {"contradiction", "imprecise", "unresolved", "outdated", "ahead"},
    "mentioned": {"not-mentioned"},
    "sources-agree": {"source-conflict"},
}


@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def assertion_files(paths: Iterable[str | Path]) -> list[Path]:
    files: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            files.update(path.glob("*.yaml"))
        elif path.exists():
            files.add(path)
    return sorted(files)


def _as_tuple(value) -> tuple[str, ...]:
    return () if value in (None, "all") else tuple(str(v) for v in value)


def _read(path: Path, fact_ids: set[str] | None) -> tuple[list[Assertion], list[Problem]]:
    try:
        data = yamlio.load(path, inside=Path(path).parent)
    except InputError as exc:
        return [], exc.problems
    problems = [p for e in Draft202012Validator(schema()).iter_errors(data)
                for p in yamlio.schema_problems(e, data, str(path))]
    if problems:
        return [], problems
    found = []
    for index, item in enumerate(data["assertions"]):
        line = yamlio.line_of(data["assertions"], index)
        acknowledged = tuple(Acknowledged(str(a["fact"]), str(a["seed"]), str(a["reason"]),
                                          yamlio.line_of(item["acknowledged"], i))
                             for i, a in enumerate(item.get("acknowledged", [])))
        assertion = Assertion(id=str(item["id"]), rule=str(item["rule"]), facts=_as_tuple(item.get("facts")),
                              seeds=_as_tuple(item.get("seeds")), severity=str(item.get("severity", "error")),
                              acknowledged=acknowledged, description=str(item.get("description", "")),
                              path=str(path), line=line)
        for fact_id in assertion.facts + tuple(a.fact for a in acknowledged):
            if fact_ids is not None and fact_id not in fact_ids:
                problems.append(Problem(str(path), line, f"no fact with id {fact_id!r}", f"{assertion.id}.facts"))
        found.append(assertion)
    return found, problems


def load_assertions(paths: Iterable[str | Path], facts: tuple[Fact, ...] | None = None) -> tuple[Assertion, ...]:
    """The assertions of the files at paths, or the default one when there are none."""
    fact_ids = {f.id for f in facts} if facts is not None else None
    assertions: list[Assertion] = []
    problems: list[Problem] = []
    for path in assertion_files(paths):
        found, found_problems = _read(path, fact_ids)
        assertions += found
        problems += found_problems
    seen: dict[str, Assertion] = {}
    for assertion in assertions:
        if assertion.id in seen:
            problems.append(Problem(assertion.path, assertion.line,
                                    f"assertion id {assertion.id!r} already used at {seen[assertion.id].path}:{seen[assertion.id].line}", "id"))
        seen[assertion.id] = assertion
    if problems:
        raise InputError(problems)
    return tuple(assertions) or (DEFAULT,)


def applies_to(assertion: Assertion, seed_id: str, seed_path: str) -> bool:
    if not assertion.seeds:
        return True
    name = Path(seed_path).name
    return any(seed_id == s or fnmatch.fnmatch(name, s) or fnmatch.fnmatch(seed_id, s) for s in assertion.seeds)


def _covers(assertion: Assertion, fact_id: str) -> bool:
    return not assertion.facts or fact_id in assertion.facts


def acknowledgement(assertion: Assertion, fact_id: str, seed_id: str) -> str:
    for ack in assertion.acknowledged:
        if ack.fact == fact_id and ack.seed == seed_id:
            return ack.reason
    return ""


def _not_mentioned(assertion: Assertion, result: SeedResult, facts: tuple[Fact, ...]) -> list[Finding]:
    linked = {link.fact_id for link in result.links}
    seed = result.seed
    catalogued = CATALOGUE["not-mentioned"]
    return [Finding(kind="not-mentioned", severity=catalogued.severity, fact=fact.id, seed=seed.id,
                    message=f"seed {seed.id} does not mention {fact.id} ({fact.statement})",
                    expected=fact.statement, path=seed.path, line=1, column=1, fact_path=fact.path,
                    fact_line=fact.line, code=catalogued.code,
                    fingerprint=fingerprint("not-mentioned", fact.id, seed.id))
            for fact in facts if _covers(assertion, fact.id) and fact.id not in linked]


def violations(assertion: Assertion, result: SeedResult, report: Report) -> list[Finding]:
    """The findings of one seed that break the assertion, with its severity and acknowledgements."""
    if not applies_to(assertion, result.seed.id, result.seed.path):
        return []
    failing = RULE_FAILS_ON[assertion.rule]
    found = [f for f in report.findings if f.kind in failing and f.seed == result.seed.id
             or (f.kind == "source-conflict" and f.other_seed == result.seed.id and "source-conflict" in failing)]
    if assertion.rule == "mentioned":
        found = _not_mentioned(assertion, result, report.facts)
    return [replace(f, severity=assertion.severity, assertion=assertion.id,
                    acknowledged=acknowledgement(assertion, f.fact, result.seed.id))
            for f in found if _covers(assertion, f.fact)]
