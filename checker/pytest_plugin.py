"""pytest plugin (entry point pytest11): assertions/*.yaml become test items, one per assertion and seed.

A failure shows, for each violation, what the fact sheet expects, what the seed
says, the quote, and `file:line` on both sides. Acknowledged discrepancies run
as strict xfails: when one is no longer found, the item fails. An item fails by
the rule `factlint check` fails by (checker.engine.fails, with --factlint-fail-on);
violations below that threshold are reported as warnings.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from .assertions import applies_to, violations
from .engine import DEFAULT_FAIL_ON, Inputs, fails, run
from .errors import InputError


class AcknowledgedDiscrepancy(AssertionError):
    """Raised for violations an assertion acknowledges: the item's strict xfail expects it."""


class Violation(AssertionError):
    """Raised for violations nobody acknowledged."""


def pytest_addoption(parser):
    group = parser.getgroup("factlint")
    group.addoption("--factlint-seeds", help="seeds directory (default: ../seeds next to the assertions directory)")
    group.addoption("--factlint-facts", help="facts directory (default: ../facts next to the assertions directory)")
    group.addoption("--factlint-fail-on", choices=("error", "warning", "info"),
                    help=f"fail an item on violations at or above this severity, as `factlint check --fail-on` "
                         f"(default: {DEFAULT_FAIL_ON})")


def pytest_collect_file(parent, file_path: Path):
    if file_path.suffix == ".yaml" and file_path.parent.name == "assertions":
        return AssertionFile.from_parent(parent, path=file_path)
    return None


def _project(config, assertions_dir: Path) -> tuple:
    root = assertions_dir.parent
    seeds = Path(config.getoption("--factlint-seeds") or root / "seeds")
    facts = Path(config.getoption("--factlint-facts") or root / "facts")
    key = (seeds.resolve(), facts.resolve(), assertions_dir.resolve())
    cache = config.stash.setdefault(_CACHE, {})
    if key not in cache:
        cache[key] = run(Inputs(seeds, (facts,), (assertions_dir,)))
    return cache[key]


_CACHE = pytest.StashKey[dict]()


class AssertionFile(pytest.File):
    def collect(self):
        try:
            report, assertions = _project(self.config, self.path.parent)
        except InputError as exc:
            raise self.CollectError("factlint could not load its inputs:\n" + "\n".join(map(str, exc.problems)))
        if report.errors:
            yield InputsItem.from_parent(self, name="inputs", errors=report.errors)
        for assertion in assertions:
            if Path(assertion.path).resolve() != self.path.resolve():
                continue
            for result in report.seeds:
                if applies_to(assertion, result.seed.id, result.seed.path):
                    item = AssertionItem.from_parent(self, name=f"{assertion.id}[{result.seed.id}]",
                                                     assertion=assertion, result=result, report=report)
                    reasons = [a.reason for a in assertion.acknowledged if a.seed == result.seed.id]
                    if reasons:
                        item.add_marker(pytest.mark.xfail(reason="; ".join(reasons), strict=True,
                                                          raises=AcknowledgedDiscrepancy))
                    yield item


class FactlintWarning(UserWarning):
    """A violation of an assertion whose severity is warning or info."""


class InputsItem(pytest.Item):
    """Fails when a seed could not be read: the run did not check everything."""

    def __init__(self, *, errors, **kwargs):
        super().__init__(**kwargs)
        self.errors = errors

    def runtest(self):
        raise Violation(self.errors)

    def repr_failure(self, excinfo, style=None):
        return "factlint could not read every input:\n" + "\n".join(self.errors)

    def reportinfo(self):
        return self.path, 0, "inputs"


class AssertionItem(pytest.Item):
    def __init__(self, *, assertion, result, report, **kwargs):
        super().__init__(**kwargs)
        self.assertion = assertion
        self.result = result
        self.report = report

    def runtest(self):
        found = violations(self.assertion, self.result, self.report)
        fail_on = self.config.getoption("--factlint-fail-on") or DEFAULT_FAIL_ON
        failed = [v for v in found if fails(v, fail_on)]
        if failed:
            raise Violation(failed)
        for finding in found:  # below the threshold: reported, never failing
            if not finding.acknowledged:
                warnings.warn(FactlintWarning(_describe(finding)))
        acknowledged = [v for v in found if v.acknowledged]
        if acknowledged:
            raise AcknowledgedDiscrepancy(acknowledged)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (Violation, AcknowledgedDiscrepancy)):
            return "\n\n".join(_describe(v) for v in excinfo.value.args[0])
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, max(self.assertion.line - 1, 0), f"{self.assertion.id}[{self.result.seed.id}]"


def _describe(finding) -> str:
    lines = [f"{finding.kind} ({finding.code}) of {finding.fact} in seed {finding.seed}: {finding.message}",
             f"  expected: {finding.expected}", f"  found:    {finding.found or '-'}"]
    if finding.quote:
        lines.append(f"  quote:    {finding.quote}")
    lines.append(f"  seed:     {finding.path}:{finding.line}:{finding.column}")
    if finding.fact_path:
        lines.append(f"  fact:     {finding.fact_path}:{finding.fact_line}")
    if finding.acknowledged:
        lines.append(f"  acknowledged: {finding.acknowledged}")
    return "\n".join(lines)
