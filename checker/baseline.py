"""Baselines: findings accepted for now, in a reviewed and committed YAML file.

`factlint baseline` records the unacknowledged findings at or above a severity,
each with its fingerprint, kind, fact, seed, a `path:line: message` line for
people and the reason it was accepted. `factlint check --baseline FILE` marks
the findings whose fingerprint is listed as accepted (they do not fail the gate)
and reports the entries no longer found as stale.

Updating an existing baseline never adds a finding silently: without
`accept_new` the new findings are refused (listed, and the caller exits 1)
while stale entries are still dropped. A missing or malformed file is an
InputError naming the file and line: a gate must not pass because it could not
read what it was told to accept.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Optional

from . import yamlio
from .errors import InputError, Problem
from .findings import CATALOGUE, severity_rank
from .model import Finding, Report

DEFAULT_FILE = ".factlint-baseline.yaml"
DEFAULT_REASON = "accepted when the baseline was created; review"
ACCEPT_NEW_REASON = "accepted with --accept-new; review"
DEFAULT_SEVERITY = "warning"
VERSION = 1
PREFIX = "baseline: "  # how an accepted finding's `acknowledged` starts
REQUIRED = ("fingerprint", "kind", "seed", "reason")
OPTIONAL = ("fact", "finding", "other_seed")  # no fact: a source conflict between claims no fact covers
FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")
HEADER = """\
# factlint baseline: findings accepted for now, each with the reason it was accepted.
# `factlint check --baseline {name}` fails only on findings not listed here and reports
# entries no longer found as stale. Review each reason; `factlint baseline` drops stale
# entries and adds new findings only with --accept-new.
"""


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    kind: str
    fact: str
    seed: str
    reason: str
    finding: str = ""  # `path:line: message`, for people
    other_seed: str = ""  # the other side of a source conflict
    line: int = 0  # where the entry stands in the baseline file

    def __str__(self) -> str:
        return self.finding or f"{self.kind} of {self.fact} in seed {self.seed}"


@dataclass(frozen=True)
class Baseline:
    path: str
    entries: tuple[Entry, ...]

    def by_fingerprint(self) -> dict[str, Entry]:
        return {entry.fingerprint: entry for entry in self.entries}


@dataclass(frozen=True)
class Update:
    """What `factlint baseline` does to a file: the entries it writes, and what changed."""

    entries: tuple[Entry, ...]
    added: tuple[Entry, ...]
    refused: tuple[Entry, ...]  # new findings not added (no --accept-new)
    dropped: tuple[Entry, ...]  # stale entries removed


# --- reading --------------------------------------------------------------------------

def load(path: str | Path) -> Baseline:
    """The baseline at path; InputError with `file:line: message` problems when it is missing or malformed."""
    path = Path(path)
    if not path.is_file():
        raise InputError(Problem(str(path), 0, "no such baseline file (create it with `factlint baseline`)"))
    data = yamlio.load(path)
    name = str(path)
    if not isinstance(data, dict):
        raise InputError(Problem(name, yamlio.line_of(data) or 1, "expected a mapping with `version: 1` and `entries:`"))
    problems = [Problem(name, yamlio.line_of(data, key), f"unknown key {key!r} (known: entries, version)", str(key))
                for key in data if key not in ("version", "entries")]
    if data.get("version") != VERSION:
        problems.append(Problem(name, yamlio.line_of(data, "version") or 1,
                                f"expected version: {VERSION}, got {data.get('version')!r}", "version"))
    items = data.get("entries")
    if not isinstance(items, list):
        problems.append(Problem(name, yamlio.line_of(data, "entries") or 1, "expected a list under 'entries'", "entries"))
        raise InputError(problems)
    entries = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        entry, found = _entry(item, index, yamlio.line_of(items, index), name)
        problems += found
        if entry is None:
            continue
        if entry.fingerprint in seen:
            problems.append(Problem(name, entry.line, f"fingerprint {entry.fingerprint} already listed at line "
                                                      f"{seen[entry.fingerprint]}", f"entries[{index}].fingerprint"))
        seen[entry.fingerprint] = entry.line
        entries.append(entry)
    if problems:
        raise InputError(problems)
    return Baseline(name, tuple(entries))


def _entry(item, index: int, line: int, name: str) -> tuple[Optional[Entry], list[Problem]]:
    where = f"entries[{index}]"
    if not isinstance(item, dict):
        return None, [Problem(name, line, "expected a mapping (fingerprint, kind, fact, seed, reason)", where)]
    if "fact" in item and not isinstance(item["fact"], (str, int, type(None))):
        return None, [Problem(name, yamlio.line_of(item, "fact"), "expected a fact id, or nothing for a conflict "
                                                                 "no fact covers", f"{where}.fact")]
    problems = [Problem(name, yamlio.line_of(item, key), f"unknown key {key!r} (known: "
                        f"{', '.join(REQUIRED + OPTIONAL)})", f"{where}.{key}")
                for key in item if key not in REQUIRED + OPTIONAL]
    for key in REQUIRED:
        if key not in item:
            problems.append(Problem(name, line, f"missing required key {key!r}", f"{where}.{key}"))
        elif not isinstance(item[key], (str, int)) or not str(item[key]).strip():
            problems.append(Problem(name, yamlio.line_of(item, key), "expected non-empty text", f"{where}.{key}"))
    if problems:
        return None, problems
    fingerprint, kind = str(item["fingerprint"]), str(item["kind"])
    if not FINGERPRINT.match(fingerprint):
        problems.append(Problem(name, yamlio.line_of(item, "fingerprint"),
                                f"not a fingerprint: {fingerprint!r} (16 hexadecimal digits)", f"{where}.fingerprint"))
    if kind not in CATALOGUE:
        problems.append(Problem(name, yamlio.line_of(item, "kind"), f"unknown kind {kind!r} (expected one of: "
                                f"{', '.join(CATALOGUE)})", f"{where}.kind"))
    entry = Entry(fingerprint, kind, str(item.get("fact") or ""), str(item["seed"]), str(item["reason"]),
                  str(item.get("finding") or ""), str(item.get("other_seed") or ""), line)
    return (None if problems else entry), problems


# --- applying -------------------------------------------------------------------------

def apply(report: Report, baseline: Baseline, partial: bool = False) -> tuple[Report, list[Entry]]:
    """The report with the baseline's findings accepted, and the stale entries.

    An accepted finding keeps its severity and gets `acknowledged: "baseline: REASON"` (one an
    assertion acknowledges already keeps that reason). In a partial run (only some seeds checked)
    an entry can only be found stale when one of its seeds was checked."""
    listed = baseline.by_fingerprint()
    findings = tuple(_accepted(f, listed[f.fingerprint]) if f.fingerprint in listed else f
                     for f in report.findings)
    found = {f.fingerprint for f in report.findings}
    checked = {r.seed.id for r in report.seeds}
    stale = [e for e in baseline.entries if e.fingerprint not in found
             and (not partial or e.seed in checked or e.other_seed in checked)]
    return replace(report, findings=findings), stale


def _accepted(finding: Finding, entry: Entry) -> Finding:
    if finding.acknowledged:
        return finding
    return replace(finding, acknowledged=PREFIX + entry.reason)


def is_baselined(finding: Finding) -> bool:
    return finding.acknowledged.startswith(PREFIX)


# --- recording ------------------------------------------------------------------------

def recordable(report: Report, severity: str = DEFAULT_SEVERITY) -> list[Finding]:
    """The findings a baseline records: not acknowledged, at or above the severity."""
    threshold = severity_rank(severity)
    return [f for f in report.findings if not f.acknowledged and f.severity != "none"
            and severity_rank(f.severity) >= threshold]


def entry_for(finding: Finding, reason: str) -> Entry:
    return Entry(finding.fingerprint, finding.kind, finding.fact, finding.seed, reason,
                 describe(finding), finding.other_seed)


def describe(finding: Finding) -> str:
    """`path:line: message`, the line people read in the baseline."""
    place = f"{finding.path}:{finding.line}" if finding.path else f"seed {finding.seed}"
    return f"{place}: {finding.message}"


def update(existing: Optional[Baseline], report: Report, severity: str = DEFAULT_SEVERITY,
           accept_new: bool = False, reason: str = "") -> Update:
    """The entries of the baseline after this run.

    Without an existing file every recordable finding is added with the reason (default: accepted
    when the baseline was created). With one, entries whose finding is still there are kept with
    their reason (their `finding` line refreshed), stale ones dropped, and new findings added only
    with accept_new."""
    current = {f.fingerprint: f for f in report.findings}
    if existing is None:
        added = tuple(entry_for(f, reason or DEFAULT_REASON) for f in recordable(report, severity))
        return Update(_sorted(added), added, (), ())
    listed = existing.by_fingerprint()
    kept = [replace(e, finding=describe(current[e.fingerprint]), line=0)
            for e in existing.entries if e.fingerprint in current]
    dropped = tuple(e for e in existing.entries if e.fingerprint not in current)
    new = tuple(entry_for(f, reason or ACCEPT_NEW_REASON) for f in recordable(report, severity)
                if f.fingerprint not in listed)
    if accept_new:
        return Update(_sorted(kept + list(new)), new, (), dropped)
    return Update(_sorted(kept), (), new, dropped)


def _sorted(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """In a stable order that line moves do not change: by seed, kind, fact, fingerprint."""
    return tuple(sorted(entries, key=lambda e: (e.seed, e.kind, e.fact, e.other_seed, e.fingerprint)))


# --- writing --------------------------------------------------------------------------

def dump(entries: Iterable[Entry], name: str = DEFAULT_FILE) -> str:
    """The baseline file's text: a header, `version: 1` and the entries, every value quoted."""
    lines = [HEADER.format(name=Path(name).name).rstrip("\n"), f"version: {VERSION}"]
    entries = list(entries)
    if not entries:
        return "\n".join(lines + ["entries: []"]) + "\n"
    lines.append("entries:")
    for entry in entries:
        fields = [("fingerprint", entry.fingerprint), ("kind", entry.kind)]
        fields += [("fact", entry.fact)] if entry.fact else []  # none: a conflict no fact covers
        fields.append(("seed", entry.seed))
        if entry.other_seed:
            fields.append(("other_seed", entry.other_seed))
        fields += [("finding", entry.finding), ("reason", entry.reason)]
        for number, (key, value) in enumerate(fields):
            lines.append(f"{'  - ' if number == 0 else '    '}{key}: {_quoted(value)}")
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one), on one line."""
    return json.dumps(" ".join(str(text).split()), ensure_ascii=False)
