"""pytest plugin (entry point pytest11): assertions/*.yaml become test items, one per assertion and seed.

A failure shows, for each violation, what the fact sheet expects, what the seed
says, the quote, and `file:line` on both sides. Acknowledged discrepancies run
as strict xfails: when one is no longer found, the item fails. An item fails by
the rule `factlint check` fails by (checker.engine.fails, with --factlint-fail-on);
violations below that threshold are reported as warnings.

Settings, strongest first: command-line options (--factlint-…), ini options
(factlint_… in pytest.ini, tox.ini or [tool.pytest.ini_options]), [tool.factlint] in
pyproject.toml (the CLI's), then the defaults (seeds/ and facts/ beside the
assertions directory, .factlint-cache/). Findings listed in the baseline
(--factlint-baseline) do not fail, as in `factlint check --baseline`. In JUnit XML,
a failing item carries each violation's seed `file:line:column` as a
`factlint_seed` property (and the fact's as `factlint_fact`).
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from dataclasses import replace

from . import baseline as baselines
from . import config as settings
from .assertions import applies_to, violations
from .cache import MentionCache
from .engine import DEFAULT_FAIL_ON, Inputs, fails, run
from .errors import InputError

# option -> (ini name, [tool.factlint] dest, help)
OPTIONS = {
    "seeds": ("factlint_seeds", "seeds", "seeds directory (default: seeds/ beside the assertions directory)"),
    "facts": ("factlint_facts", "facts", "fact sheet or directory (default: facts/ beside the assertions directory)"),
    "fail-on": ("factlint_fail_on", "fail_on",
                f"fail an item on violations at or above this severity (error, warning, info), as "
                f"`factlint check --fail-on` (default: {DEFAULT_FAIL_ON})"),
    "baseline": ("factlint_baseline", "baseline", "accept the findings listed in this baseline file, as "
                                                  "`factlint check --baseline`"),
    "cache-dir": ("factlint_cache_dir", "cache_dir", "extraction cache directory (default: .factlint-cache)"),
}


class AcknowledgedDiscrepancy(AssertionError):
    """Raised for violations an assertion acknowledges: the item's strict xfail expects it."""


class Violation(AssertionError):
    """Raised for violations nobody acknowledged."""


def pytest_addoption(parser):
    group = parser.getgroup("factlint")
    for name, (ini, _, text) in OPTIONS.items():
        group.addoption(f"--factlint-{name}", help=text)
        parser.addini(ini, text)
    group.addoption("--factlint-no-cache", action="store_true", help="extract every seed, use no cache")
    parser.addini("factlint_no_cache", "extract every seed, use no cache", type="bool", default=False)


def setting(config, name: str):
    """An option's value: the command line, else the ini file, else [tool.factlint], else None."""
    ini, dest, _ = OPTIONS[name]
    given = config.getoption(f"--factlint-{name}") or config.getini(ini)
    if given:
        return given
    if _SETTINGS not in config.stash:
        config.stash[_SETTINGS] = settings.load(Path(config.rootpath))
    return config.stash[_SETTINGS].get(dest)


def _fail_on(config) -> str:
    value = setting(config, "fail-on") or DEFAULT_FAIL_ON
    if value not in ("error", "warning", "info"):
        raise pytest.UsageError(f"factlint fail-on: expected error, warning or info, got {value!r}")
    return value


def pytest_collect_file(parent, file_path: Path):
    if file_path.suffix == ".yaml" and file_path.parent.name == "assertions":
        return AssertionFile.from_parent(parent, path=file_path)
    return None


def _project(config, assertions_dir: Path) -> tuple:
    root = assertions_dir.parent
    seeds = Path(setting(config, "seeds") or root / "seeds")
    facts = Path(setting(config, "facts") or root / "facts")
    key = (seeds.resolve(), facts.resolve(), assertions_dir.resolve())
    cache = config.stash.setdefault(_CACHE, {})
    if key not in cache:
        no_cache = config.getoption("--factlint-no-cache") or config.getini("factlint_no_cache") \
            or (config.stash.get(_SETTINGS, settings.Config()).get("no_cache"))
        mentions = None if no_cache else MentionCache(Path(setting(config, "cache-dir") or
                                                           Path(config.rootpath) / ".factlint-cache"))
        report, assertions = run(Inputs(seeds, (facts,), (assertions_dir,)), mentions)
        baseline = setting(config, "baseline")
        accepted = baselines.load(baseline).by_fingerprint() if baseline else {}
        cache[key] = (report, assertions, accepted)
    return cache[key]


_CACHE = pytest.StashKey[dict]()
_SETTINGS = pytest.StashKey[settings.Config]()


class AssertionFile(pytest.File):
    def collect(self):
        try:
            report, assertions, accepted = _project(self.config, self.path.parent)
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
                                                     assertion=assertion, result=result, report=report,
                                                     accepted=accepted)
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
    def __init__(self, *, assertion, result, report, accepted=None, **kwargs):
        super().__init__(**kwargs)
        self.assertion = assertion
        self.result = result
        self.report = report
        self.accepted = accepted or {}  # the baseline's entries by fingerprint

    def runtest(self):
        found = [self._baselined(v) for v in violations(self.assertion, self.result, self.report)]
        failed = [v for v in found if fails(v, _fail_on(self.config))]
        if failed:
            for finding in failed:
                self.user_properties.append(("factlint_seed", f"{finding.path}:{finding.line}:{finding.column}"))
                if finding.fact_path:
                    self.user_properties.append(("factlint_fact", f"{finding.fact_path}:{finding.fact_line}"))
            raise Violation(failed)
        for finding in found:  # below the threshold, or in the baseline: reported, never failing
            if not finding.acknowledged or baselines.is_baselined(finding):
                warnings.warn(FactlintWarning(_describe(finding)))
        acknowledged = [v for v in found if v.acknowledged and not baselines.is_baselined(v)]
        if acknowledged:
            raise AcknowledgedDiscrepancy(acknowledged)

    def _baselined(self, finding):
        entry = self.accepted.get(finding.fingerprint)
        if entry is None or finding.acknowledged:
            return finding
        return replace(finding, acknowledged=baselines.PREFIX + entry.reason)

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
