"""Terminal summary with rich: finding counts by kind and severity, then the first
errors and warnings, one per line as `path:line:col kind fact: message`."""
from __future__ import annotations

import os

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Finding, Report
from .values import SEVERITY_ORDER, count_by, sorted_findings

MAX_LINES = 20


def stdout_console() -> Console:
    """Standard output: styled on a terminal only (rich tells), plain text whenever NO_COLOR is set."""
    return Console(color_system=None) if os.environ.get("NO_COLOR") else Console()


def render(report: Report, console: Console | None = None) -> None:
    """Print the summary to console (standard output when none is given)."""
    console = console or stdout_console()
    console.print(counts_table(report.findings))
    shown = [f for f in sorted_findings(report.findings)
             if f.severity in ("error", "warning") and not f.acknowledged]
    for finding in shown[:MAX_LINES]:
        console.print(finding_line(finding), markup=False, highlight=False, soft_wrap=True)
    if len(shown) > MAX_LINES:
        console.print(f"… and {len(shown) - MAX_LINES} more", markup=False, highlight=False)
    acknowledged = sum(1 for f in report.findings if f.acknowledged)
    if acknowledged:
        console.print(f"{acknowledged} acknowledged", markup=False, highlight=False)
    for error in report.errors:
        console.print(f"error: {error}", markup=False, highlight=False, soft_wrap=True)


def counts_table(findings: tuple[Finding, ...]) -> Table:
    """Rows: finding kinds; columns: severities; cells: counts."""
    severities = sorted(count_by(findings, "severity"), key=lambda s: (SEVERITY_ORDER.get(s, 9), s))
    table = Table(title=f"{len(findings)} findings")
    table.add_column("kind")
    for severity in severities:
        table.add_column(severity, justify="right")
    for kind in count_by(findings, "kind"):
        row = [sum(1 for f in findings if f.kind == kind and f.severity == s) for s in severities]
        table.add_row(Text(kind), *(str(n) if n else "" for n in row))
    return table


def finding_line(finding: Finding) -> str:
    place = f"{finding.path}:{finding.line}:{finding.column}" if finding.path else finding.seed
    return f"{place} {finding.kind} {finding.fact}: {finding.message}"
