"""A markdown job summary ($GITHUB_STEP_SUMMARY): the verdict, the counts, the open findings.

GitHub takes at most 1 MiB of summary per step, so the text is kept under a byte
budget: the verdict, counts, errors and stale baseline entries come first (each
list capped), then one table row per open finding (not acknowledged by an
assertion nor accepted by a baseline), most severe first, until the budget is
spent, then "… and N more findings".

baseline_section() is also appended to report.md when a baseline is applied.
"""
from __future__ import annotations

from typing import Iterable, Optional

from ..baseline import is_baselined
from ..findings import severity_rank
from ..model import Finding, Report
from .markdown import table
from .values import count_by, sorted_findings

LIMIT = 1024 * 1024 - 1  # bytes: under GitHub's 1 MiB per step
LIST_CAP = 50  # errors and stale entries shown at most
HEADER = ["severity", "kind", "fact", "seed", "where", "message"]


def render(report: Report, fail_on: str = "error", stale: Iterable[object] = (),
           baseline: Optional[str] = None, limit: int = LIMIT) -> str:
    """The summary, at most `limit` bytes in UTF-8."""
    open_ones = [f for f in sorted_findings(report.findings) if f.severity != "none" and not f.acknowledged]
    failing = [f for f in open_ones if severity_rank(f.severity) >= severity_rank(fail_on)]
    head = "\n\n".join(part for part in (
        "## factlint",
        _verdict(report, failing, fail_on),
        _counts(report, open_ones, baseline),
        _listed("Could not check", [str(e) for e in report.errors]),
        baseline_section(stale, baseline) if baseline else "",
    ) if part)
    if not open_ones:
        return fit(head + "\n", limit)
    return _with_rows(head + "\n\n### Open findings\n\n", open_ones, limit)


def _verdict(report: Report, failing: list[Finding], fail_on: str) -> str:
    if report.errors:
        return f"**Could not check** ({len(report.errors)} input error{'s' * (len(report.errors) != 1)}): exit 2."
    if failing:
        verb = "fails" if len(failing) == 1 else "fail"
        return f"**{len(failing)} finding{'s' * (len(failing) != 1)} at or above `{fail_on}` {verb} the gate.**"
    return f"**No finding at or above `{fail_on}`: the gate passes.**"


def _counts(report: Report, open_ones: list[Finding], baseline: Optional[str]) -> str:
    shown = [f for f in report.findings if f.severity != "none"]
    text = f"{len(report.seeds)} seeds checked against {len(report.facts)} facts; {len(shown)} findings"
    if shown:
        text += " (" + ", ".join(f"{n} {s}" for s, n in count_by(shown, "severity").items()) + ")"
    accepted = sum(1 for f in shown if is_baselined(f))
    acknowledged = sum(1 for f in shown if f.acknowledged) - accepted
    text += f": {len(open_ones)} open, {acknowledged} acknowledged by assertions"
    if baseline:
        text += f", {accepted} accepted by the baseline `{baseline}`"
    return text + "."


def baseline_section(stale: Iterable[object], baseline: Optional[str], level: str = "###") -> str:
    """The stale entries of the baseline (entries no longer found), or that there are none."""
    stale = [str(entry) for entry in stale]
    if not stale:
        return f"{level} Baseline\n\nNo stale entry in `{baseline}`."
    intro = (f"{level} Baseline\n\n{len(stale)} entr{'ies' if len(stale) != 1 else 'y'} of `{baseline}` "
             f"no longer found (stale): remove with `factlint baseline`.")
    return intro + "\n\n" + _items(stale)


def _listed(title: str, items: list[str]) -> str:
    return f"### {title}\n\n{_items(items)}" if items else ""


def _items(items: list[str]) -> str:
    lines = [f"- {_one_line(item)}" for item in items[:LIST_CAP]]
    if len(items) > LIST_CAP:
        lines.append(f"- … and {len(items) - LIST_CAP} more")
    return "\n".join(lines)


def _row(finding: Finding) -> list[str]:
    where = f"`{finding.path}:{finding.line}:{finding.column}`" if finding.path else ""
    return [finding.severity, finding.kind, finding.fact, finding.seed, where, finding.message]


def _with_rows(head: str, findings: list[Finding], limit: int) -> str:
    """The head, the table's header and as many rows as fit, then the count of the others."""
    text = head + table(HEADER, [])
    size = _size(text)
    for shown, finding in enumerate(findings):
        line = "\n" + table(HEADER, [_row(finding)]).split("\n", 2)[2]
        rest = len(findings) - shown - 1
        reserve = _size(f"\n\n… and {len(findings)} more findings\n")
        if size + _size(line) + (reserve if rest else 1) > limit:
            return fit(text + f"\n\n… and {len(findings) - shown} more findings\n", limit)
        text += line
        size += _size(line)
    return text + "\n"


def fit(text: str, limit: int) -> str:
    """Text cut to the byte limit on a character boundary (only a tiny limit needs it)."""
    data = text.encode("utf-8")
    return text if len(data) <= limit else data[:limit].decode("utf-8", "ignore")


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _one_line(text: str) -> str:
    return " ".join(text.split())
