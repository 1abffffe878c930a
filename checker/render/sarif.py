"""SARIF 2.1.0 output: findings as results on the seed files, for code-scanning tools.

- One rule per kind of the catalogue (checker/findings.CATALOGUE): id the code
  (FL001), name the kind, short and full descriptions, default level.
- One result per finding of severity error, warning or info (agreements are not
  results); level from severity: error -> error, warning -> warning, info -> note.
- Every result has a physical location in its seed: startLine, startColumn,
  endLine, endColumn (end exclusive, as SARIF defines it). Paths stay as they were
  given, relative ones under the uriBaseId %SRCROOT%.
- Columns count Unicode code points, and the run says so: columnKind
  "unicodeCodePoints". factlint's columns are 1 + the number of characters of a
  Python str before the mention on its line, and a Python str is a sequence of
  code points. SARIF's other unit, UTF-16 code units, differs only for characters
  outside the Basic Multilingual Plane (emoji, some CJK), which count two;
  Persian and Arabic letters, ZWNJ (U+200C), Persian digits and combining marks
  are all in the BMP and count one in both units, and a combining mark counts as
  its own column in both (SARIF counts code points, not what the eye sees as
  one letter).
- partialFingerprints holds the finding's fingerprint under "factlint/v1"; the
  fact sheet line (and, for a source conflict, the other seed) are
  relatedLocations.
- Acknowledged findings (by an assertion or a baseline) carry an external,
  accepted suppression with the reason; with a baseline, baselineState says
  "new" or "unchanged". Input errors and stale baseline entries are tool
  notifications of the invocation.

The output depends only on the report: keys sorted, results in the renderers' order.
"""
from __future__ import annotations

import json
from importlib import metadata
from pathlib import PurePosixPath, PureWindowsPath
from typing import Iterable, Optional
from urllib.parse import quote

from ..baseline import is_baselined
from ..findings import CATALOGUE
from ..model import Finding, Report
from .values import sorted_findings

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
VERSION = "2.1.0"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
COLUMN_KIND = "unicodeCodePoints"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "factlint/v1"
RULE_KINDS = tuple(CATALOGUE)


def render(report: Report, stale: Iterable[object] = (), baseline: Optional[str] = None) -> str:
    """The SARIF log as JSON text. stale: the stale baseline entries (shown as notifications);
    baseline: the baseline file, when one was applied."""
    return json.dumps(log(report, stale, baseline), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def log(report: Report, stale: Iterable[object] = (), baseline: Optional[str] = None) -> dict:
    results = [result(f, baseline is not None) for f in sorted_findings(report.findings) if f.severity in LEVELS]
    run = {
        "tool": {"driver": driver()},
        "columnKind": COLUMN_KIND,
        "results": results,
        "invocations": [invocation(report, stale)],
    }
    return {"$schema": SCHEMA, "version": VERSION, "runs": [run]}


def driver() -> dict:
    return {"name": "factlint", "version": _version(), "rules": [rule(kind) for kind in RULE_KINDS]}


def rule(kind: str) -> dict:
    entry = CATALOGUE[kind]
    return {
        "id": entry.code,
        "name": "".join(part.capitalize() for part in kind.split("-")),
        "shortDescription": {"text": entry.title},
        "fullDescription": {"text": entry.description},
        "defaultConfiguration": {"level": LEVELS.get(entry.severity, "none")},
        "properties": {"kind": kind, "tags": ["fact-consistency", kind]},
    }


def result(finding: Finding, with_baseline: bool = False) -> dict:
    item = {
        "ruleId": CATALOGUE[finding.kind].code,
        "ruleIndex": RULE_KINDS.index(finding.kind),
        "level": LEVELS[finding.severity],
        "message": {"text": _message(finding)},
        "locations": [{"physicalLocation": physical(finding.path, *_region(finding))}],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {"fact": finding.fact, "seed": finding.seed, "expected": finding.expected,
                       "found": finding.found, "confidence": finding.confidence},
    }
    related = related_locations(finding)
    if related:
        item["relatedLocations"] = related
    if finding.acknowledged:
        item["suppressions"] = [{"kind": "external", "status": "accepted", "justification": finding.acknowledged}]
    if with_baseline:
        item["baselineState"] = "unchanged" if is_baselined(finding) else "new"
    return item


def _message(finding: Finding) -> str:
    text = finding.message or f"{finding.kind} of {finding.fact} in seed {finding.seed}"
    if finding.quote:
        text += f"\nQuote: {finding.quote}"
    return text


def _region(finding: Finding) -> tuple[int, int, int, int]:
    """start line and column, end line and column (exclusive); at least one character."""
    line, column = max(finding.line, 1), max(finding.column, 1)
    end_line = finding.end_line if finding.end_line >= line else line
    end_column = finding.end_column if finding.end_column > 0 else column + 1
    if end_line == line and end_column <= column:
        end_column = column + 1
    return line, column, end_line, end_column


def physical(path: str, line: int, column: int = 0, end_line: int = 0, end_column: int = 0) -> dict:
    region = {"startLine": line}
    if column:
        region["startColumn"] = column
    if end_line:
        region["endLine"] = end_line
    if end_column:
        region["endColumn"] = end_column
    return {"artifactLocation": artifact(path), "region": region}


def artifact(path: str) -> dict:
    """A relative path under %SRCROOT%, percent-encoded; an absolute one as a file: URI."""
    windows = PureWindowsPath(path)
    if PurePosixPath(path).is_absolute() or windows.drive:
        posix = windows.as_posix() if windows.drive else path
        prefix = "file:///" if windows.drive else "file://"
        return {"uri": prefix + quote(posix, safe="/:")}
    return {"uri": quote(PurePosixPath(*PureWindowsPath(path).parts).as_posix(), safe="/"), "uriBaseId": SRCROOT}


def related_locations(finding: Finding) -> list[dict]:
    related = []
    if finding.fact_path:
        location = {"physicalLocation": {"artifactLocation": artifact(finding.fact_path)}}
        if finding.fact_line:
            location["physicalLocation"]["region"] = {"startLine": finding.fact_line}
        location["message"] = {"text": f"fact sheet: {finding.fact}" + (f" ({finding.expected})" if finding.expected else "")}
        related.append(location)
    other = _place(finding.other_location)
    if other:
        path, line, column = other
        related.append({"physicalLocation": physical(path, line, column),
                        "message": {"text": f"seed {finding.other_seed} says {finding.expected}"}})
    for number, location in enumerate(related, 1):
        location["id"] = number
    return related


def _place(location: str) -> Optional[tuple[str, int, int]]:
    """`path:line:column` split, or None."""
    parts = location.rsplit(":", 2)
    if len(parts) != 3 or not parts[1].isdigit() or not parts[2].isdigit() or int(parts[1]) < 1:
        return None
    return parts[0], int(parts[1]), max(int(parts[2]), 1)


def invocation(report: Report, stale: Iterable[object]) -> dict:
    notes = [{"level": "error", "message": {"text": str(error)}} for error in report.errors]
    notes += [{"level": "warning", "message": {"text": f"stale baseline entry (no longer found): {entry}"}}
              for entry in stale]
    item = {"executionSuccessful": not report.errors}
    if notes:
        item["toolExecutionNotifications"] = notes
    return item


def _version() -> str:
    try:
        return metadata.version("factlint")
    except metadata.PackageNotFoundError:
        return "0"
