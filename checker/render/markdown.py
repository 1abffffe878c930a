"""Markdown report: summary, fact x seed matrix, discrepancies with quotes,
conflicts without a fact, information, unlinked claims, a timeline of dated facts
(a table and a mermaid diagram that also shows values changing over time), facts
that change over time, and every fact's values by seed and date.

The renderer only shows what the engine decided: matrix cells come from the
seeds' comparisons, discrepancies from the findings. Everything is sorted and
no clock is read, so the same report renders to the same bytes.
"""
from __future__ import annotations

import math
import re
from typing import Iterable

from ..model import Fact, Finding, Report, SeedResult
from ..visible import visible_lines
from .values import count_by, fact_value, format_value, mention_value, sorted_findings

CELLS = {"contradicts": "✗", "unresolved": "?", "imprecise": "≈", "agrees": "✓"}
NOT_MENTIONED = "·"
# When a seed says several things about one fact, the worst verdict fills the cell.
VERDICT_RANK = {"agrees": 1, "imprecise": 2, "unresolved": 3, "contradicts": 4}
LEGEND = "Legend: ✓ agrees, ✗ contradicts, ≈ imprecise, ? unresolved, · not mentioned."
# A report stays readable at any size: each list stops at its cap and says how many more there are
# (every finding is in `--format json`); a matrix wider than MATRIX_WIDTH seeds is folded.
MAX_LISTED = 200
MAX_ROWS = 500
MATRIX_WIDTH = 20
# The matrix shows at most MATRIX_SEEDS seeds (those with a discrepancy first), in tables of MATRIX_WIDTH.
MATRIX_SEEDS = 100
# Findings are grouped by fact (and by group of claims no fact covers): at most MAX_PER_GROUP entries under
# each heading, at most MAX_GROUPS groups of claims.
MAX_PER_GROUP = 20
MAX_GROUPS = 50
NO_FACT = "(claims no fact covers)"
MAX_EVENTS = 100


def render(report: Report) -> str:
    """The whole report as one markdown document."""
    facts = {fact.id: fact for fact in report.facts}
    seeds = sorted(report.seeds, key=lambda s: s.seed.id)
    findings = sorted_findings(report.findings)
    parts = [
        _summary(report),
        _by_fact(report.findings, _claim_labels(report)),
        _seeds(seeds),
        _errors(report, seeds),
        _out_of_scope(seeds),
        _matrix(report.facts, seeds),
        _discrepancies(findings, facts, seeds, _grouped(report), _claim_labels(report)),
        _without_fact(report, findings),
        _information(findings, _claim_labels(report)),
        _unlinked(seeds),
        _timeline(report.facts, seeds, report.groups),
        _changing(report.facts),
        _values_by_seed(report.facts, seeds),
    ]
    return safe_markdown("\n\n".join(part for part in parts if part) + "\n")


def safe_markdown(text: str) -> str:
    """The document with no HTML and no hidden character from an input: a `<` opening a tag and a `&`
    opening an entity escaped outside code (fenced blocks and `code spans`), except the report's own
    tags (OWN_TAGS); every hidden character shown as ⟨U+XXXX⟩. Then, and only then, right-to-left runs
    inside a line are isolated (isolate_rtl): every bidi control left in the document is the report's own."""
    out, fenced = [], False
    for line in visible_lines(text).split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        out.append(line if fenced or line.startswith("```") else _escape_html(line))
        if not fenced and not line.startswith(("```", ">")):  # a quote is a block in its own direction
            out[-1] = isolate_rtl(out[-1])
    return "\n".join(out)


# Unicode isolates: FIRST STRONG ISOLATE takes the direction of the run it opens, POP DIRECTIONAL
# ISOLATE closes it. Around a Persian or Arabic run inside a left-to-right line (a table cell, a
# message) they keep its numbers and dates in order and keep the English around it in place.
FSI, PDI = "\u2068", "\u2069"
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
# A run: optional digits written before it ('25 سرباز'), a right-to-left letter or digit, then letters,
# digits, spaces, joiners and the punctuation of numbers, ending on a right-to-left letter or a digit.
_RTL_RUN = re.compile(rf"(?:(?<![\w.,])\d[\d.,/]*\s+(?=[{_RTL}]))?[{_RTL}]"
                      rf"(?:[{_RTL}\d\s.,:%/\-–\u200c\u200d]*[{_RTL}\d])?")


def isolate_rtl(line: str) -> str:
    """The line with each right-to-left run wrapped in FSI … PDI (a line already made visible: no bidi
    control of an input is left in it)."""
    if not re.search(f"[{_RTL}]", line):
        return line
    return _RTL_RUN.sub(lambda m: f"{FSI}{m.group()}{PDI}", line)


OWN_TAGS = ("<details>", "</details>", "<summary>", "</summary>")
_MARKUP = re.compile(r"<(?=[A-Za-z/!?])|&(?=#?\w+;)")


def _escape_html(line: str) -> str:
    parts = line.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: no code span to spare
        parts = [line]
    return "`".join(part if index % 2 else _MARKUP.sub(lambda m: _escaped(part, m), part)
                    for index, part in enumerate(parts))


def _escaped(text: str, match: re.Match) -> str:
    if any(text.startswith(tag, match.start()) for tag in OWN_TAGS):
        return match.group()
    return "&lt;" if match.group() == "<" else "&amp;"


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


def _more(left: int, what: str) -> str:
    """The line a capped list ends with."""
    return f"\n\n… and {left} more {what} (every finding is in `factlint check --format json`)." if left > 0 else ""


def seed_label(seed) -> str:
    """A seed's id with its outlet and publication date: `004 (Iran Press, 2019-01-25)`."""
    extra = ", ".join(x for x in (seed.outlet, seed.published.isoformat() if seed.published else "") if x)
    return f"{seed.id} ({extra})" if extra else seed.id


def _claim_labels(report: Report) -> dict[str, str]:
    """The group of claims each conflict without a fact belongs to, by the finding's fingerprint."""
    return {p.fingerprint: f"claims: {g.label}" for g in report.groups for p in g.conflicts}


def _group_key(finding: Finding, labels: dict) -> str:
    """What a finding is grouped under: its fact, else its group of claims."""
    return f"`{finding.fact}`" if finding.fact else labels.get(finding.fingerprint, NO_FACT)


def _by_group(findings: Iterable[Finding], labels: dict) -> dict[str, list[Finding]]:
    """Findings by fact or group of claims, the groups with most findings first (in finding order within)."""
    grouped: dict[str, list[Finding]] = {}
    for finding in findings:
        grouped.setdefault(_group_key(finding, labels), []).append(finding)
    return dict(sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def _seed_count(findings: list[Finding]) -> int:
    return len({s for f in findings for s in (f.seed, f.other_seed) if s})


def _by_fact(findings: Iterable[Finding], labels: dict | None = None) -> str:
    """Findings counted by fact and by group of claims no fact covers, most first: where to look at scale."""
    grouped = _by_group((f for f in findings if f.severity != "none"), labels or {})
    if not grouped:
        return ""
    rows = []
    for key, found in list(grouped.items())[:MAX_ROWS]:
        counts = count_by(found, "severity")
        rows.append([key, counts.get("error", ""), counts.get("warning", ""), counts.get("info", ""),
                     _seed_count(found)])
    return ("## Findings by fact\n\n" + table(["fact", "error", "warning", "info", "seeds"], rows)
            + _more(len(grouped) - MAX_ROWS, "facts"))


def _grouped_entries(grouped: dict[str, list[Finding]], what: str, entry) -> tuple[list[str], int]:
    """Under a heading per group (with its counts), at most MAX_PER_GROUP entries, MAX_LISTED in all;
    entry(number, finding) writes one. Returns the blocks and how many findings were left out."""
    blocks, shown, left, groups_left = [], 0, 0, 0
    for key, found in grouped.items():
        room = min(MAX_PER_GROUP, MAX_LISTED - shown)
        if room <= 0:
            left += len(found)
            groups_left += 1
            continue
        severities = count_by(found, "severity")
        counts = f" ({_counts(severities)})" if set(severities) - {"info"} else ""
        lines = [f"### {key}: {_count(len(found), 'finding')}{counts} in {_count(_seed_count(found), 'seed')}"]
        lines += [entry(shown + i, f) for i, f in enumerate(found[:room], 1)]
        if len(found) > room:
            lines.append(f"… and {len(found) - room} more about {key}.")
        shown += min(room, len(found))
        blocks.append("\n\n".join(lines))
    if left:
        blocks.append(f"… and {left} more {what} about {groups_left} more "
                      f"{'facts' if groups_left > 1 else 'fact'} (every finding is in `factlint check --format json`).")
    return blocks, left


def _seeds(seeds: list[SeedResult]) -> str:
    """Which article each seed id is: outlet, date, language, file."""
    rows = [[f"`{r.seed.id}`", r.seed.outlet or "—", r.seed.published.isoformat() if r.seed.published else "—",
             r.seed.language, r.seed.path] for r in seeds[:MAX_ROWS]]
    if not rows:
        return ""
    return ("## Seeds\n\n" + table(["seed", "outlet", "published", "language", "file"], rows)
            + _more(len(seeds) - MAX_ROWS, "seeds"))


def _errors(report: Report, seeds: list[SeedResult]) -> str:
    lines = [f"- {e}" for e in report.errors]
    lines += [f"- `{r.seed.id}`: {r.error}" for r in seeds if r.error]
    if not lines:
        return ""
    return "## Errors\n\n" + "\n".join(lines[:MAX_ROWS]) + _more(len(lines) - MAX_ROWS, "errors")


def _out_of_scope(seeds: list[SeedResult]) -> str:
    """Seeds out of scope for an event: they were not checked against its facts (checker/scope.py)."""
    rows = [(f"`{r.seed.id}`", f"`{d.event}`", "; ".join(d.reasons)) for r in seeds for d in r.scope if not d.in_scope]
    if not rows:
        return ""
    intro = f"{_count(len(rows), 'seed')} show no evidence of the event, and were not checked against its facts."
    return ("## Out of scope\n\n" + intro + "\n\n" + table(["seed", "event", "why"], rows[:MAX_ROWS])
            + _more(len(rows) - MAX_ROWS, "seeds out of scope"))


# --- matrix ---------------------------------------------------------------------------

def _matrix(facts: Iterable[Fact], seeds: list[SeedResult]) -> str:
    facts = sorted(facts, key=lambda f: f.id)
    if not facts:
        return ""
    cells = {r.seed.id: seed_cells(r) for r in seeds}  # once a seed, not once a cell
    if len(seeds) <= MATRIX_WIDTH:
        return f"## Facts × seeds\n\n{_matrix_table(facts, seeds, cells, every_fact=True)}\n\n{LEGEND}"
    shown = matrix_seeds(seeds, cells)
    body = "\n\n".join(_matrix_table(facts, shown[first:first + MATRIX_WIDTH], cells)
                       for first in range(0, len(shown), MATRIX_WIDTH))
    first = " (seeds with a discrepancy first)" if len(shown) < len(seeds) else ""
    return (f"## Facts × seeds\n\n{len(facts)} facts × {len(seeds)} seeds, folded into tables of {MATRIX_WIDTH} "
            f"seeds{first}; a table lists the facts its seeds mention.\n\n{body}"
            f"{_more(len(seeds) - len(shown), 'seeds')}\n\n{LEGEND}")


def matrix_seeds(seeds: list[SeedResult], cells: dict[str, dict[str, str]]) -> list[SeedResult]:
    """At most MATRIX_SEEDS seeds in their order: those with a cell other than ✓ first, then the others."""
    flagged = {r.seed.id for r in seeds if set(cells[r.seed.id].values()) - {CELLS["agrees"]}}
    ordered = sorted(seeds, key=lambda r: r.seed.id not in flagged)  # stable: the seeds' order within each
    chosen = {r.seed.id for r in ordered[:MATRIX_SEEDS]}
    return [r for r in seeds if r.seed.id in chosen]


def _matrix_table(facts: list[Fact], seeds: list[SeedResult], cells: dict, every_fact: bool = False) -> str:
    """One table of the matrix: a row for each fact (with every_fact) or for each fact its seeds mention."""
    columns = [cells[r.seed.id] for r in seeds]
    lines = [_row(["fact"] + [cell(r.seed.id) for r in seeds]), _row(["---"] * (len(seeds) + 1))]
    lines += [_row([cell(fact.id)] + [c.get(fact.id, NOT_MENTIONED) for c in columns])
              for fact in facts if every_fact or any(fact.id in c for c in columns)]
    return "\n".join(lines)


def seed_cells(result: SeedResult) -> dict[str, str]:
    """{fact id: the symbol of the worst verdict the seed's comparisons give for it} (facts it mentions)."""
    worst: dict[str, str] = {}
    for comparison in result.comparisons:
        fact_id, verdict = comparison.link.fact_id, comparison.verdict
        if fact_id not in worst or VERDICT_RANK.get(verdict, 0) > VERDICT_RANK.get(worst[fact_id], 0):
            worst[fact_id] = verdict
    return {fact_id: CELLS.get(verdict, verdict) for fact_id, verdict in worst.items()}


def matrix_cell(result: SeedResult, fact_id: str) -> str:
    """The symbol of the worst verdict the seed's comparisons give for the fact."""
    return seed_cells(result).get(fact_id, NOT_MENTIONED)


# --- discrepancies and information ----------------------------------------------------

def _discrepancies(findings: list[Finding], facts: dict[str, Fact], seeds: list[SeedResult],
                   grouped: frozenset = frozenset(), claim_labels: dict | None = None) -> str:
    """Errors and warnings under a heading per fact, most first; conflicts of claims no fact covers are
    shown with their group instead."""
    chosen = [f for f in findings if f.severity in ("error", "warning") and f.fingerprint not in grouped]
    chosen.sort(key=lambda f: bool(f.acknowledged))  # stable: active ones first
    if not chosen:
        return "## Discrepancies\n\nNone."
    published = {r.seed.id: r.seed.published for r in seeds}
    labels = {r.seed.id: seed_label(r.seed) for r in seeds}
    by_fact = _by_group(chosen, claim_labels or {})
    intro = (f"{len(chosen)} errors and warnings about {_count(len(by_fact), 'fact')}, most first."
             if len(chosen) > 1 else "")
    blocks, _ = _grouped_entries(by_fact, "discrepancies", lambda i, f: _discrepancy(
        i, f, facts.get(f.fact), published.get(f.seed), labels))
    return "## Discrepancies\n\n" + "\n\n".join(([intro] if intro else []) + blocks)


def _discrepancy(number: int, finding: Finding, fact: Fact | None, published, labels: dict | None = None) -> str:
    mark = f"{finding.severity}, acknowledged" if finding.acknowledged else finding.severity
    about = (labels or {}).get(finding.seed, "")
    about = about[len(finding.seed):] if about.startswith(finding.seed) else ""
    lines = [f"#### {number}. {finding.kind} ({mark}): `{finding.fact}` in `{finding.seed}`{about}", ""]
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
    if finding.other_seed and finding.other_quote:
        lines += ["", f"and `{finding.other_seed}` (`{finding.other_location}`):", ""]
        lines += [f"> {line}" for line in finding.other_quote.splitlines()]
    return "\n".join(lines)


def _expected(finding: Finding, fact: Fact | None, published) -> str:
    if finding.expected or fact is None:
        return finding.expected or "—"
    value = fact.value_at(published)
    return fact_value(fact, value.interval)


def _where(finding: Finding) -> str:
    places = []
    if finding.path:
        places.append(f"`{finding.path}:{finding.line}:{finding.column}`")
    if finding.fact_path:
        places.append(f"fact `{finding.fact_path}:{finding.fact_line}`")
    return " · ".join(places) or "—"


def _information(findings: list[Finding], claim_labels: dict | None = None) -> str:
    """Information findings in a table per fact, most first."""
    chosen = [f for f in findings if f.severity == "info"]
    if not chosen:
        return ""
    header = ["seed", "fact", "kind", "expected", "found", "where", "note"]
    blocks, _ = _info_blocks(chosen, claim_labels or {}, header)
    return "## Information\n\n" + "\n\n".join(blocks)


def _info_blocks(chosen: list[Finding], claim_labels: dict, header: list[str]) -> tuple[list[str], int]:
    """One table per fact (MAX_PER_GROUP rows), MAX_ROWS rows in all."""
    blocks, shown, left, groups_left = [], 0, 0, 0
    for key, found in _by_group(chosen, claim_labels).items():
        room = min(MAX_PER_GROUP, MAX_ROWS - shown)
        if room <= 0:
            left, groups_left = left + len(found), groups_left + 1
            continue
        rows = [[f.seed, f.fact, f.kind, f.expected, f.found, _place(f), _note(f)] for f in found[:room]]
        more = f"\n\n… and {len(found) - room} more about {key}." if len(found) > room else ""
        blocks.append(f"### {key}: {_count(len(found), 'finding')} in {_count(_seed_count(found), 'seed')}\n\n"
                      + table(header, rows) + more)
        shown += min(room, len(found))
    if left:
        blocks.append(f"… and {left} more information findings about {groups_left} more "
                      f"{'facts' if groups_left > 1 else 'fact'} (every finding is in `factlint check --format json`).")
    return blocks, left


def _place(finding: Finding) -> str:
    return f"{finding.path}:{finding.line}:{finding.column}" if finding.path else ""


def _note(finding: Finding) -> str:
    if finding.acknowledged:
        return f"acknowledged: {finding.acknowledged}"
    return finding.message


# --- unlinked claims ------------------------------------------------------------------

def _unlinked(seeds: list[SeedResult]) -> str:
    blocks, room, left = [], MAX_ROWS, 0
    for result in seeds:
        linked = {(link.mention.start, link.mention.end) for link in result.links}
        mentions = [m for m in result.mentions
                    if m.section == "body" and (m.start, m.end) not in linked]
        left += max(len(mentions) - room, 0)
        mentions, room = sorted(mentions, key=lambda m: (m.start, m.end))[:room], max(room - len(mentions), 0)
        if mentions:
            rows = [[m.line, m.text, m.kind, format_value(m.kind, m.value), m.unit]
                    for m in sorted(mentions, key=lambda m: (m.start, m.end))]
            blocks.append(f"### `{result.seed.id}`\n\n" + table(["line", "text", "kind", "value", "unit"], rows))
    if not blocks:
        return "## Unlinked claims\n\nNone."
    return "## Unlinked claims\n\n" + "\n\n".join(blocks) + _more(left, "unlinked claims")


# --- timeline and changing facts ------------------------------------------------------

def _timeline(facts: Iterable[Fact], seeds: list[SeedResult], groups: Iterable = ()) -> str:
    facts = list(facts)
    dated = sorted((f for f in facts if f.kind == "date"), key=_date_key)
    parts = []
    if dated:
        rows = [[format_value("date", f.values[-1].interval), f.id, f.statement, _mentioned_by(f.id, seeds)]
                for f in dated]
        parts.append(table(["date", "fact", "statement", "mentioned by"], rows))
    diagram = _mermaid(facts, seeds, groups)
    if diagram:
        parts.append(diagram)
    return "## Timeline\n\n" + "\n\n".join(parts) if parts else ""


def _mermaid(facts: list[Fact], seeds: list[SeedResult], groups: Iterable) -> str:
    """A mermaid timeline: dated facts, the values of series, and values seeds gave at their dates
    for facts (and claims no fact covers) whose value changes over time."""
    events: dict[str, list[str]] = {}

    def add(when: str, text: str) -> None:
        events.setdefault(when, []).append(_mermaid_text(text))

    for fact in facts:
        if fact.kind == "date" and len(fact.values) == 1:
            add(format_value("date", fact.values[0].interval), fact.id)
        if len(fact.values) > 1:
            for value in fact.values:
                if value.as_of:
                    add(value.as_of.isoformat(), f"{fact.id} = {fact_value(fact, value.interval)}")
    changing = {f.id for f in facts if len(f.values) > 1} | _reported_differently(facts, seeds)
    for result in seeds:
        if result.seed.published is None:
            continue
        for comparison in result.comparisons:
            if comparison.link.fact_id in changing:
                m = comparison.link.mention
                add(result.seed.published.isoformat(), f"{comparison.link.fact_id} - seed {result.seed.id} says "
                    f"{mention_value(m)} ({comparison.verdict})")
    for group in groups:
        if group.status == "series":
            for claim in group.claims:
                if claim.seed.published:
                    m = claim.mention
                    add(claim.seed.published.isoformat(), f"{group.label} (no fact) - seed {claim.seed.id} says "
                        f"{mention_value(m)}")
    if not events:
        return ""
    events = dict(sorted(events.items())[:MAX_EVENTS])  # a timeline of thousands of points says nothing
    lines = ["```mermaid", "timeline", "    title Dated facts and values over time"]
    lines += [f"    {when} : " + " : ".join(sorted(set(texts))) for when, texts in sorted(events.items())]
    return "\n".join(lines + ["```"])


def _reported_differently(facts: list[Fact], seeds: list[SeedResult]) -> set[str]:
    """Facts other than dates for which seeds gave two different values."""
    kinds = {f.id: f.kind for f in facts}
    values: dict[str, set] = {}
    for result in seeds:
        for comparison in result.comparisons:
            values.setdefault(comparison.link.fact_id, set()).add(repr(comparison.link.mention.value))
    return {fact_id for fact_id, found in values.items() if len(found) > 1 and kinds.get(fact_id) != "date"}


def _mermaid_text(text: str) -> str:
    """Text safe in a mermaid timeline event: ':' separates events, '#' and ';' start codes."""
    return " ".join(text.replace(":", " -").replace(";", ",").replace("#", "").split())


def _date_key(fact: Fact) -> tuple:
    interval = fact.values[-1].interval
    low = interval.low if math.isfinite(interval.low) else math.inf
    return (low, interval.high, fact.id)


def _mentioned_by(fact_id: str, seeds: list[SeedResult]) -> str:
    marks = [f"{r.seed.id} {symbol}" for r in seeds
             for symbol in (matrix_cell(r, fact_id),) if symbol != NOT_MENTIONED]
    return ", ".join(marks) or "—"


def _changing(facts: Iterable[Fact]) -> str:
    changing = sorted((f for f in facts if len(f.values) > 1), key=lambda f: f.id)
    if not changing:
        return ""
    blocks = [_series(fact) for fact in changing]
    return "## Facts that change over time\n\n" + "\n\n".join(blocks)


def _series(fact: Fact) -> str:
    rows = [[value.as_of.isoformat() if value.as_of else "—",
             fact_value(fact, value.interval), value.text]
            for value in fact.values]
    return f"### `{fact.id}`: {fact.statement}\n\n" + table(["as of", "value", "as written"], rows)


# --- values by seed and date ----------------------------------------------------------

def _values_by_seed(facts: Iterable[Fact], seeds: list[SeedResult]) -> str:
    """What each seed says of each fact, in publication order, with the value in force at its date."""
    known = {f.id: f for f in facts}
    rows = []
    for result in seeds:
        for c in result.comparisons:
            fact = known.get(c.link.fact_id)
            m = c.link.mention
            in_force = fact_value(fact, c.expected.interval) if fact else ""
            if c.expected.as_of and fact and len(fact.values) > 1:
                in_force += f" (as of {c.expected.as_of.isoformat()})"
            published = result.seed.published.isoformat() if result.seed.published else "—"
            rows.append((c.link.fact_id, published, result.seed.id, m.line, m.column,
                         [c.link.fact_id, published, result.seed.id, m.text, mention_value(m),
                          in_force, c.verdict]))
    if not rows:
        return ""
    rows.sort(key=lambda r: r[:5])
    header = ["fact", "published", "seed", "said", "value", "in force then", "verdict"]
    by_fact: dict[str, list] = {}
    for row in rows:
        by_fact.setdefault(row[0], []).append(row)
    blocks, shown = [], 0
    for fact_id, found in by_fact.items():
        room = min(MAX_PER_GROUP, MAX_ROWS - shown)
        if room <= 0:
            break
        more = f"\n\n… and {len(found) - room} more values of `{fact_id}`." if len(found) > room else ""
        blocks.append(f"### `{fact_id}`: {_count(len(found), 'value')} from {_count(len({r[2] for r in found}), 'seed')}"
                      f"\n\n" + table(header, [r[-1] for r in found[:room]]) + more)
        shown += min(room, len(found))
    left = len(by_fact) - len(blocks)
    if left:
        blocks.append(f"… and the values of {_count(left, 'more fact')} (every comparison is in `factlint check "
                      "--format json`).")
    return ("## Values by seed and date\n\nWhat each seed says of each fact, in order of publication, "
            "against the fact's value in force at the seed's date.\n\n" + "\n\n".join(blocks))


# --- conflicts without a fact ---------------------------------------------------------

def _grouped(report: Report) -> frozenset:
    """The fingerprints of the conflicts of claims that no fact covers."""
    return frozenset(p.fingerprint for g in report.groups for p in g.conflicts)


def _without_fact(report: Report, findings: list[Finding]) -> str:
    """Groups of claims across seeds that no fact covers: conflicts (most supported first), then series."""
    by_print = {f.fingerprint: f for f in findings}
    conflicts = [g for g in report.groups if g.status == "conflict"]
    series = [g for g in report.groups if g.status == "series"]
    agreeing = len(report.groups) - len(conflicts) - len(series)
    parts = ["## Conflicts without a fact"]
    if conflicts:
        parts.append(f"{_count(len(conflicts), 'group')} of claims conflict: claims of several seeds that speak "
                     "of the same thing (same kind and unit, close dates, shared names, words or concepts) and "
                     "that no fact covers, most supported first.")
        parts += [_group_block(i, g, by_print) for i, g in enumerate(conflicts[:MAX_GROUPS], 1)]
        if len(conflicts) > MAX_GROUPS:
            parts.append(f"… and {len(conflicts) - MAX_GROUPS} more groups of claims that conflict "
                         "(every finding is in `factlint check --format json`).")
    else:
        parts.append("None.")
    if series:
        parts.append(f"### Series without a fact\n\n{_count(len(series), 'group')} of counts that rose between "
                     "seeds published in that order: an update over time, not a conflict.")
        parts += [_group_block(i, g, by_print, level="####") for i, g in enumerate(series[:MAX_GROUPS], 1)]
        if len(series) > MAX_GROUPS:
            parts.append(f"… and {len(series) - MAX_GROUPS} more series of claims.")
    if agreeing:
        parts.append(f"{_count(agreeing, 'more group')} of claims agree across seeds and no fact covers "
                     f"{'them' if agreeing > 1 else 'it'}: `factlint suggest` proposes fact-sheet entries.")
    return "\n\n".join(parts)


def _group_block(number: int, group, by_print: dict, level: str = "###") -> str:
    seeds = group.seeds
    named = ", ".join(seeds[:MAX_PER_GROUP]) + (f" and {len(seeds) - MAX_PER_GROUP} more" if len(seeds) > MAX_PER_GROUP else "")
    lines = [f"{level} {number}. {group.label}: {_count(len(group.claims), 'claim')} in {_count(len(seeds), 'seed')} "
             f"({named}; confidence {group.confidence:g})", ""]
    if group.terms:
        lines += ["Shared: " + ", ".join(_term(t) for t in group.terms[:8]) + ".", ""]
    rows = [[c.seed.id, c.seed.published.isoformat() if c.seed.published else "—", c.mention.text,
             mention_value(c.mention),
             f"{c.seed.path}:{c.mention.line}:{c.mention.column}"] for c in group.claims[:MAX_PER_GROUP]]
    lines.append(table(["seed", "published", "said", "value", "where"], rows))
    if len(group.claims) > MAX_PER_GROUP:
        lines += ["", f"… and {len(group.claims) - MAX_PER_GROUP} more claims of this group."]
    pairs = group.conflicts + group.series
    for pair in pairs[:MAX_PER_GROUP]:
        finding = by_print.get(pair.fingerprint)
        mark = ""
        if finding is not None:
            mark = f"**{finding.severity}{', acknowledged' if finding.acknowledged else ''}** ({finding.code}): "
        a, b = pair.a.mention, pair.b.mention
        lines += ["", f"- {mark}seed {pair.a.seed.id} says {a.text!r} ({mention_value(a)}), "
                      f"seed {pair.b.seed.id} says {b.text!r} ({mention_value(b)}); "
                      f"confidence {pair.score:g} ({'; '.join(pair.evidence)})"]
        if finding is not None and finding.acknowledged:
            lines.append(f"- **acknowledged:** {finding.acknowledged}")
        lines += ["", f"> {a.sentence}", "", f"and `{pair.b.seed.id}`:", "", f"> {b.sentence}"]
    if len(pairs) > MAX_PER_GROUP:
        lines += ["", f"… and {len(pairs) - MAX_PER_GROUP} more pairs of values of this group."]
    return "\n".join(lines)


def _term(key: str) -> str:
    if key.startswith("m:"):
        return f"measure *{key[2:]}*"
    if key.startswith("u:"):
        return f"concept *{key[2:]}*"
    if key.startswith("c:"):
        return f"cue of `{key[2:]}`"
    return key
