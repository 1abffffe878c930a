"""GitHub Actions workflow commands: findings as annotations on the seed files.

One line per finding that is not acknowledged (by an assertion or a baseline):

    ::error file=seeds/x.txt,line=33,col=182,endColumn=184,title=FL001 contradiction: renegade-soldiers::seed 000 says …

error -> `::error`, warning -> `::warning`, info -> `::notice`. GitHub shows at
most 10 error, 10 warning and 10 notice annotations of a step, so at most that
many of each are written, most severe first in the renderers' order, and one
plain line more counts the rest. Input errors come first, as errors. Values are
escaped as the runner reads them: `%`, CR and LF in messages, and also `:` and
`,` in properties. Columns are factlint's (Unicode code points); for text in the
Basic Multilingual Plane, Persian included, they equal GitHub's UTF-16 columns.
"""
from __future__ import annotations

from collections import Counter

from ..model import Finding, Report
from .values import sorted_findings

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
LIMIT = 10  # per command and step, as GitHub shows them


def render(report: Report, limit: int = LIMIT) -> str:
    """The workflow commands, one a line, and an overflow line when some were left out."""
    used: Counter = Counter()
    left: Counter = Counter()
    lines = []
    for error in report.errors:
        if used["error"] < limit:
            used["error"] += 1
            lines.append(f"::error title=factlint could not check::{escape_data(str(error))}")
        else:
            left["error"] += 1
    for finding in sorted_findings(report.findings):
        command = COMMANDS.get(finding.severity)
        if command is None or finding.acknowledged:
            continue
        if used[command] < limit:
            used[command] += 1
            lines.append(annotation(finding, command))
        else:
            left[command] += 1
    if left:
        counts = ", ".join(f"{left[c]} {c}" for c in ("error", "warning", "notice") if left[c])
        lines.append(f"factlint: {sum(left.values())} more not annotated ({counts}; GitHub shows at most "
                     f"{limit} of each kind per step); see the job summary or the report")
    return "".join(line + "\n" for line in lines)


def annotation(finding: Finding, command: str) -> str:
    properties = [("file", finding.path), ("line", finding.line)]
    end_line = finding.end_line or finding.line
    if end_line == finding.line:
        properties.append(("col", finding.column))
        if finding.end_column > finding.column:
            properties.append(("endColumn", finding.end_column))
    else:
        properties.append(("endLine", end_line))
    subject = finding.fact or f"seeds {finding.seed} and {finding.other_seed}"  # a conflict no fact covers
    properties.append(("title", f"{finding.code} {finding.kind}: {subject}"))
    head = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties if value not in ("", 0))
    return f"::{command} {head}::{escape_data(_message(finding))}"


def _message(finding: Finding) -> str:
    text = finding.message
    if finding.fact_path:
        text += f"\nfact: {finding.fact_path}:{finding.fact_line}"
    if finding.quote:
        text += f"\nquote: {finding.quote}"
    return text


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
