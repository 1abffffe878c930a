"""Markdown report: summary, fact x seed matrix, discrepancies with quotes,
information, unlinked claims, a timeline of dated facts, and facts that change
over time.

The renderer only shows what the engine decided: matrix cells come from the
seeds' comparisons, discrepancies from the findings. Everything is sorted and
no clock is read, so the same report renders to the same bytes.
"""
from __future__ import annotations

import math
from typing import Iterable

from ..model import Fact, Finding, Report, SeedResult
from .values import count_by, format_value, sorted_findings

CELLS = {"contradicts": "✗", "unresolved": "?", "imprecise": "≈", "agrees": "✓"}
NOT_MENTIONED = "·"
# When a seed says several things about one fact, the worst verdict fills the cell.
VERDICT_RANK = {"agrees": 1, "imprecise": 2, "unresolved": 3, "contradicts": 4}
LEGEND = "Legend: ✓ agrees, ✗ contradicts, ≈ imprecise, ? unresolved, · not mentioned."


def render(report: Report) -> str:
    """The whole report as one markdown document."""
    facts = {fact.id: fact for fact in report.facts}
    seeds = sorted(report.seeds, key=lambda s: s.seed.id)
    findings = sorted_findings(report.findings)
    parts = [
        _summary(report),
        _errors(report, seeds),
        _matrix(report.facts, seeds),
        _discrepancies(findings, facts, seeds),
        _information(findings),
        _unlinked(seeds),
        _timeline(report.facts, seeds),
        _changing(report.facts),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def cell(text: object) -> str:
    """Text safe inside a table cell: pipes escaped, on one line."""
    return " ".join(str(text).split()).replace("|", "\\|")


def table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    header = list(header)
    lines = [_row(header), _row(["---"] * len(header))]
    lines += [_row(cell(value) for value in row) for row in rows]
    return "\n".join(lines)


def _row(values: Iterable[str]) -> str:
    return "| " + " | ".join(values) + " |"


# --- summary --------------------------------------------------------------------------

def _summary(report: Report) -> str:
    findings = report.findings
    text = f"{_count(len(report.seeds), 'seed')}, {_count(len(report.facts), 'fact')}, "
    text += f"{_count(len(findings), 'finding')}"
    if findings:
        text += f" (by kind: {_counts(count_by(findings, 'kind'))}; "
        text += f"by severity: {_counts(count_by(findings, 'severity'))})"
    acknowledged = sum(1 for f in findings if f.acknowledged)
    text += f"; {acknowledged} acknowledged." if acknowledged else "."
    return f"# factlint report\n\n{text}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {name}" for name, n in counts.items())


def _errors(report: Report, seeds: list[SeedResult]) -> str:
    lines = [f"- {e}" for e in report.errors]
    lines += [f"- `{r.seed.id}`: {r.error}" for r in seeds if r.error]
    return "## Errors\n\n" + "\n".join(lines) if lines else ""


# --- matrix ---------------------------------------------------------------------------

def _matrix(facts: Iterable[Fact], seeds: list[SeedResult]) -> str:
    rows = [[fact.id] + [matrix_cell(r, fact.id) for r in seeds]
            for fact in sorted(facts, key=lambda f: f.id)]
    if not rows:
        return ""
    header = ["fact"] + [cell(r.seed.id) for r in seeds]
    return f"## Facts × seeds\n\n{table(header, rows)}\n\n{LEGEND}"


def matrix_cell(result: SeedResult, fact_id: str) -> str:
    """The symbol of the worst verdict the seed's comparisons give for the fact."""
    verdicts = [c.verdict for c in result.comparisons if c.link.fact_id == fact_id]
    if not verdicts:
        return NOT_MENTIONED
    worst = max(verdicts, key=lambda v: VERDICT_RANK.get(v, 0))
    return CELLS.get(worst, worst)


# --- discrepancies and information ----------------------------------------------------

def _discrepancies(findings: list[Finding], facts: dict[str, Fact], seeds: list[SeedResult]) -> str:
    chosen = [f for f in findings if f.severity in ("error", "warning")]
    chosen.sort(key=lambda f: bool(f.acknowledged))  # stable: active ones first
    if not chosen:
        return "## Discrepancies\n\nNone."
    published = {r.seed.id: r.seed.published for r in seeds}
    entries = [_discrepancy(i, f, facts.get(f.fact), published.get(f.seed))
               for i, f in enumerate(chosen, 1)]
    return "## Discrepancies\n\n" + "\n\n".join(entries)


def _discrepancy(number: int, finding: Finding, fact: Fact | None, published) -> str:
    mark = f"{finding.severity}, acknowledged" if finding.acknowledged else finding.severity
    lines = [f"### {number}. {finding.kind} ({mark}): `{finding.fact}` in `{finding.seed}`", ""]
    if fact is not None:
        lines += [f"*{fact.statement}*", ""]
    lines += [
        f"- **expected:** {_expected(finding, fact, published)}",
        f"- **found:** {finding.found or '—'}",
        f"- **where:** {_where(finding)}",
    ]
    if finding.message:
        lines.append(f"- **message:** {finding.message}")
    if finding.acknowledged:
        lines.append(f"- **acknowledged:** {finding.acknowledged}")
    if finding.quote:
        lines += [""] + [f"> {line}" for line in finding.quote.splitlines()]
    return "\n".join(lines)


def _expected(finding: Finding, fact: Fact | None, published) -> str:
    if finding.expected or fact is None:
        return finding.expected or "—"
    value = fact.value_at(published)
    return format_value(fact.kind, value.interval, fact.unit)


def _where(finding: Finding) -> str:
    places = []
    if finding.path:
        places.append(f"`{finding.path}:{finding.line}:{finding.column}`")
    if finding.fact_path:
        places.append(f"fact `{finding.fact_path}:{finding.fact_line}`")
    return " · ".join(places) or "—"


def _information(findings: list[Finding]) -> str:
    chosen = [f for f in findings if f.severity == "info"]
    if not chosen:
        return ""
    header = ["seed", "fact", "kind", "expected", "found", "where", "note"]
    rows = [[f.seed, f.fact, f.kind, f.expected, f.found, _place(f), _note(f)] for f in chosen]
    return "## Information\n\n" + table(header, rows)


def _place(finding: Finding) -> str:
    return f"{finding.path}:{finding.line}:{finding.column}" if finding.path else ""


def _note(finding: Finding) -> str:
    if finding.acknowledged:
        return f"acknowledged: {finding.acknowledged}"
    return finding.message


# --- unlinked claims ------------------------------------------------------------------

def _unlinked(seeds: list[SeedResult]) -> str:
    blocks = []
    for result in seeds:
        linked = {(link.mention.start, link.mention.end) for link in result.links}
        mentions = [m for m in result.mentions
                    if m.section == "body" and (m.start, m.end) not in linked]
        if mentions:
            rows = [[m.line, m.text, m.kind, format_value(m.kind, m.value), m.unit]
                    for m in sorted(mentions, key=lambda m: (m.start, m.end))]
            blocks.append(f"### `{result.seed.id}`\n\n" + table(["line", "text", "kind", "value", "unit"], rows))
    if not blocks:
        return "## Unlinked claims\n\nNone."
    return "## Unlinked claims\n\n" + "\n\n".join(blocks)


# --- timeline and changing facts ------------------------------------------------------

def _timeline(facts: Iterable[Fact], seeds: list[SeedResult]) -> str:
    dated = sorted((f for f in facts if f.kind == "date"), key=_date_key)
    if not dated:
        return ""
    rows = [[format_value("date", f.values[-1].interval), f.id, f.statement, _mentioned_by(f.id, seeds)]
            for f in dated]
    return "## Timeline\n\n" + table(["date", "fact", "statement", "mentioned by"], rows)


def _date_key(fact: Fact) -> tuple:
    interval = fact.values[-1].interval
    low = interval.low if math.isfinite(interval.low) else math.inf
    return (low, interval.high, fact.id)


def _mentioned_by(fact_id: str, seeds: list[SeedResult]) -> str:
    marks = [f"{r.seed.id} {matrix_cell(r, fact_id)}" for r in seeds
             if matrix_cell(r, fact_id) != NOT_MENTIONED]
    return ", ".join(marks) or "—"


def _changing(facts: Iterable[Fact]) -> str:
    changing = sorted((f for f in facts if len(f.values) > 1), key=lambda f: f.id)
    if not changing:
        return ""
    blocks = [_series(fact) for fact in changing]
    return "## Facts that change over time\n\n" + "\n\n".join(blocks)


def _series(fact: Fact) -> str:
    rows = [[value.as_of.isoformat() if value.as_of else "—",
             format_value(fact.kind, value.interval, fact.unit), value.text]
            for value in fact.values]
    return f"### `{fact.id}`: {fact.statement}\n\n" + table(["as of", "value", "as written"], rows)
