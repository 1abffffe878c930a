"""factlint's Python API: the few functions a script needs, over the same engine as the CLI.

    from checker import api

    report = api.check("seeds", facts="facts", assertions="assertions")
    for finding in api.failing(report):
        print(f"{finding.path}:{finding.line}: {finding.message}")
    mentions = api.extract("Officials said 25 soldiers sought refuge.", language="en")
    print(api.suggest("seeds", facts="facts"))
    for line in api.explain("seeds", "000", facts="facts", line=33):
        print(line.why)

`check` returns a checker.model.Report (frozen dataclasses: seeds, facts, findings, errors);
`failing` applies the gate's one rule (checker.engine.fails). Invalid fact sheets, assertions or a
malformed baseline raise checker.errors.InputError, whose `problems` read `file:line: field: message`.
`explain` returns checker.explain.Explanation objects: each mention's candidate facts with their scores
and reasons, and why it was or was not linked (`factlint explain`).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional

from .baseline import apply as _apply_baseline
from .baseline import load as _load_baseline
from .cache import MentionCache
from .engine import DEFAULT_FAIL_ON, Inputs, fails, run
from .errors import InputError
from .extract import extract as _extract
from .model import Finding, Mention, Report

__all__ = ["InputError", "check", "explain", "extract", "failing", "suggest"]



def check(seeds: str | Path = "seeds", facts: str | Path = "facts", assertions: str | Path = "assertions",
          baseline: str | Path | None = None, only: Optional[list[str]] = None,
          cache_dir: str | Path | None = None, jobs: int = 1) -> Report:
    """Check the corpus (or only the seed files in `only`) as `factlint check` does; the findings a
    baseline file lists come back acknowledged ("baseline: REASON"). No cache unless cache_dir is given."""
    accepted = _load_baseline(baseline) if baseline else None
    cache = MentionCache(Path(cache_dir)) if cache_dir else None
    inputs = Inputs(Path(seeds), (Path(facts),), (Path(assertions),), tuple(map(str, only)) if only else None)
    report, _ = run(inputs, cache, jobs)
    if accepted is not None:
        report, _ = _apply_baseline(report, accepted, partial=only is not None)
    return report


def failing(report: Report, fail_on: str = DEFAULT_FAIL_ON) -> list[Finding]:
    """The findings that fail the gate at fail_on (error, warning or info), by the CLI's and pytest's rule."""
    return [finding for finding in report.findings if fails(finding, fail_on)]


def extract(text: str, language: str = "en", published: date | str | None = None) -> list[Mention]:
    """Every number and date of a text, with its interval, qualifier, unit, line and column."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return list(_extract(text, language, published))


def suggest(seeds: str | Path = "seeds", facts: str | Path = "facts", min_sources: int = 2) -> str:
    """Fact-sheet entries (YAML) for what at least min_sources seeds say and no fact covers."""
    from .suggest import suggest as _suggest

    text, problems = _suggest(Path(seeds), [Path(facts)], min_sources)
    if problems:
        raise InputError(problems)
    return text


def explain(seeds: str | Path = "seeds", seed: str = "", facts: str | Path = "facts", line: Optional[int] = None,
            fact: str = "", limit: int = 20) -> list:
    """Why each mention of a seed (on one line, if given) was or was not linked, as `factlint explain SEED[:LINE]`;
    with `fact`, the mentions of every seed that came closest to that fact (`factlint explain --fact ID`)."""
    from .explain import explain_fact, explain_seed

    if fact:
        return explain_fact(seeds, [facts], fact, limit)
    if not seed:
        raise ValueError("explain needs a seed (id or file) or a fact id")
    return explain_seed(seeds, [facts], seed, line)
