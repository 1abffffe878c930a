"""HTML report: one self-contained page (no network at view time) with the summary, a sortable and
filterable findings table, the fact × seed matrix and a timeline drawn as SVG.

Quotes stand in `<bdi dir="auto">`, so a right-to-left quote is laid out right to left and the numbers
and dates inside it keep their order; the number a finding is about is a `<mark>` in its quote. Like
every renderer it only shows what the engine decided, sorted, with no clock read: the same report
renders to the same bytes. The script and style are inline; with scripting off the page still shows
every table, unsorted.
"""
from __future__ import annotations

import html
from datetime import date
from typing import Iterable, Optional

from ..model import Fact, Finding, Report, SeedResult
from .markdown import (LEGEND, MATRIX_WIDTH, MAX_EVENTS, NOT_MENTIONED, matrix_seeds, seed_cells,
                       seed_label)
from .values import count_by, sorted_findings

SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1, "none": 0}
MAX_ROWS = 5000  # findings listed in the table; the rest are counted ("and N more")
TIMELINE_WIDTH, TIMELINE_ROW = 900, 22

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:80em;padding:0 1em;color:#1b1b1b}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
th{background:#f3f3f3;text-align:start}th[data-sort]{cursor:pointer}th[data-sort]:after{content:" \\2195";color:#888}
td.num{text-align:end}tr.error td:first-child{color:#b00020;font-weight:600}tr.warning td:first-child{color:#8a5a00}
mark{background:#ffe38a;padding:0 .1em}bdi.quote{display:block;max-width:45em}
.matrix{overflow:auto;max-width:100%}.matrix th:first-child,.matrix td:first-child{position:sticky;left:0;background:#fff}
.controls{display:flex;gap:1em;align-items:center;margin:.5em 0}.muted{color:#666}
svg text{font:12px system-ui,sans-serif}
"""

SCRIPT = """
(function(){
  var table=document.getElementById('findings');if(!table)return;
  var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
  var filter=document.getElementById('filter'),severity=document.getElementById('severity');
  var shown=document.getElementById('shown');
  function apply(){
    var words=filter.value.toLowerCase(),level=severity.value,count=0;
    rows.forEach(function(row){
      var ok=(!words||row.textContent.toLowerCase().indexOf(words)>=0)&&(!level||row.dataset.severity===level);
      row.hidden=!ok;if(ok)count++;});
    shown.textContent=count+' of '+rows.length+' findings shown';
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,index){
    if(!th.dataset.sort)return;
    th.addEventListener('click',function(){
      var up=th.getAttribute('aria-sort')!=='ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',up?'ascending':'descending');
      rows.sort(function(a,b){
        var x=a.cells[index].dataset.key||a.cells[index].textContent,y=b.cells[index].dataset.key||b.cells[index].textContent;
        var c=th.dataset.sort==='number'?(Number(x)-Number(y)):x.localeCompare(y);
        return up?c:-c;});
      rows.forEach(function(row){body.appendChild(row);});
    });
  });
  filter.addEventListener('input',apply);severity.addEventListener('change',apply);
  apply();document.body.dataset.ready='1';
})();
"""


def render(report: Report) -> str:
    """The whole report as one HTML document."""
    seeds = sorted(report.seeds, key=lambda r: r.seed.id)
    findings = sorted_findings(report.findings)
    parts = [_summary(report, findings), _errors(report), _findings(findings, seeds),
             _matrix(report.facts, seeds), _timeline(report.facts, seeds)]
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>factlint report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            + "\n".join(p for p in parts if p) + f"\n<script>{SCRIPT}</script>\n</body>\n</html>\n")


def e(text: object) -> str:
    """Text safe in HTML content and attribute values."""
    return html.escape(str(text), quote=True)


# --- summary --------------------------------------------------------------------------

def _summary(report: Report, findings: list[Finding]) -> str:
    counts = count_by(findings, "severity")
    cells = "".join(f"<tr><th>{e(name)}</th><td class=\"num\">{n}</td></tr>" for name, n in counts.items())
    acknowledged = sum(1 for f in findings if f.acknowledged)
    return (f"<h1>factlint report</h1>\n<p id=\"summary\">{len(report.seeds)} seeds, {len(report.facts)} facts, "
            f"{len(findings)} findings; {acknowledged} acknowledged.</p>\n"
            f"<table class=\"counts\"><caption>Findings by severity</caption>{cells}</table>")


def _errors(report: Report) -> str:
    if not report.errors:
        return ""
    return "<h2>Errors</h2>\n<ul>" + "".join(f"<li>{e(x)}</li>" for x in report.errors) + "</ul>"


# --- findings -------------------------------------------------------------------------

def _findings(findings: list[Finding], seeds: list[SeedResult]) -> str:
    listed = [f for f in findings if f.kind != "agreement"]
    if not listed:
        return "<h2>Findings</h2>\n<p>No discrepancies.</p>"
    by_id = {r.seed.id: r for r in seeds}
    rows = "\n".join(_finding_row(f, by_id) for f in listed[:MAX_ROWS])
    more = (f"<p class=\"muted\">… and {len(listed) - MAX_ROWS} more findings (see the JSON output).</p>"
            if len(listed) > MAX_ROWS else "")
    options = "".join(f"<option value=\"{s}\">{s}</option>" for s in ("error", "warning", "info"))
    return ("<h2>Findings</h2>\n<div class=\"controls\"><label>Filter <input id=\"filter\" type=\"search\" "
            "placeholder=\"fact, seed, words…\"></label><label>Severity <select id=\"severity\">"
            f"<option value=\"\">all</option>{options}</select></label><span id=\"shown\" class=\"muted\">"
            f"{len(listed[:MAX_ROWS])} findings</span></div>\n"
            "<table id=\"findings\"><thead><tr><th data-sort=\"number\">severity</th><th data-sort=\"text\">kind</th>"
            "<th data-sort=\"text\">fact</th><th data-sort=\"text\">seed</th><th>expected</th><th>found</th>"
            f"<th>quote</th><th data-sort=\"text\">where</th></tr></thead>\n<tbody>\n{rows}\n</tbody></table>{more}")


def _finding_row(finding: Finding, results: dict) -> str:
    result = results.get(finding.seed)
    label = seed_label(result.seed) if result else finding.seed
    if finding.other_seed:
        other = results.get(finding.other_seed)
        label += " ↔ " + (seed_label(other.seed) if other else finding.other_seed)
    severity = finding.severity + (" (accepted)" if finding.acknowledged else "")
    where = f"{finding.path}:{finding.line}:{finding.column}" if finding.path else ""
    return (f"<tr class=\"{e(finding.severity)}\" data-severity=\"{e(finding.severity)}\">"
            f"<td data-key=\"{SEVERITY_RANK.get(finding.severity, 0)}\">{e(severity)}</td>"
            f"<td>{e(finding.kind)}</td><td>{e(finding.fact or '—')}</td><td>{e(label)}</td>"
            f"<td>{e(finding.expected)}</td><td>{e(finding.found)}</td>"
            f"<td>{quote(finding.quote, said(finding, result))}</td><td>{e(where)}</td></tr>")


def said(finding: Finding, result: Optional[SeedResult]) -> str:
    """The words of the mention a finding is about (the seed's mention at its line and column)."""
    if result is None:
        return ""
    return next((m.text for m in result.mentions if (m.line, m.column) == (finding.line, finding.column)), "")


def quote(text: str, words: str = "") -> str:
    """A quote isolated in its own direction (`dir="auto"`: from its first strong letter), with the words
    it is about highlighted."""
    text = " ".join(text.split())
    if not text:
        return ""
    at = text.find(words) if words else -1
    inner = e(text) if at < 0 else f"{e(text[:at])}<mark>{e(words)}</mark>{e(text[at + len(words):])}"
    return f"<bdi class=\"quote\" dir=\"auto\">{inner}</bdi>"


# --- matrix ---------------------------------------------------------------------------

def _matrix(facts: Iterable[Fact], seeds: list[SeedResult]) -> str:
    """The fact × seed matrix; wide, it is folded and, like the markdown one, shows at most MATRIX_SEEDS
    seeds (those with a discrepancy first) and the facts they mention."""
    facts = sorted(facts, key=lambda f: f.id)
    if not facts or not seeds:
        return ""
    cells = {r.seed.id: seed_cells(r) for r in seeds}  # once a seed, not once a cell
    wide = len(seeds) > MATRIX_WIDTH
    shown = matrix_seeds(seeds, cells) if wide else seeds
    columns = [cells[r.seed.id] for r in shown]
    head = "".join(f"<th title=\"{e(seed_label(r.seed))}\">{e(r.seed.id)}</th>" for r in shown)
    rows = "\n".join(f"<tr><td>{e(f.id)}</td>" + "".join(f"<td>{c.get(f.id, NOT_MENTIONED)}</td>" for c in columns)
                     + "</tr>" for f in facts if not wide or any(f.id in c for c in columns))
    table = f"<div class=\"matrix\"><table id=\"matrix\"><thead><tr><th>fact</th>{head}</tr></thead>\n{rows}</table></div>"
    if wide:  # folded, open on demand
        more = f" (seeds with a discrepancy first; … and {len(seeds) - len(shown)} more seeds)" if len(shown) < len(seeds) else ""
        table = (f"<details><summary>{len(facts)} facts × {len(seeds)} seeds{more}; the facts these seeds mention"
                 f"</summary>{table}</details>")
    return f"<h2>Facts × seeds</h2>\n{table}\n<p class=\"muted\">{e(LEGEND)}</p>"


# --- timeline -------------------------------------------------------------------------

def _timeline(facts: Iterable[Fact], seeds: list[SeedResult]) -> str:
    """Dated facts and the seeds' publication dates on one axis, as SVG: the seeds of one day in one row
    (of one month when there are more than MAX_EVENTS rows), at most MAX_EVENTS rows."""
    dated = [(d, d.isoformat(), f.id, "fact") for f in facts if f.kind == "date" for d in [_day(f)] if d]
    events = sorted(dated + _publications(seeds, by_month=False))
    if len(events) > MAX_EVENTS:
        events = sorted(dated + _publications(seeds, by_month=True))
    if len(events) < 2:
        return ""
    shown = events[:MAX_EVENTS]
    first, last = shown[0][0].toordinal(), shown[-1][0].toordinal()
    span = max(last - first, 1)
    left, right = 110, TIMELINE_WIDTH - 20
    height = 40 + TIMELINE_ROW * (len(shown) + (len(events) > len(shown)))
    marks = []
    for row, (day, when, label, what) in enumerate(shown):
        x = left + (right - left) * (day.toordinal() - first) / span
        y = 30 + TIMELINE_ROW * row
        colour = "#1f5fbf" if what == "fact" else "#b05a00"
        anchor = "end" if x > TIMELINE_WIDTH / 2 else "start"
        shift = -8 if anchor == "end" else 8
        marks.append(f"<line x1=\"{x:.1f}\" y1=\"20\" x2=\"{x:.1f}\" y2=\"{y}\" stroke=\"#ddd\"/>"
                     f"<circle cx=\"{x:.1f}\" cy=\"{y}\" r=\"5\" fill=\"{colour}\"><title>{e(label)}</title></circle>"
                     f"<text x=\"{x + shift:.1f}\" y=\"{y + 4}\" text-anchor=\"{anchor}\">{e(when)} {e(label)}</text>")
    if len(events) > len(shown):
        marks.append(f"<text x=\"{left}\" y=\"{34 + TIMELINE_ROW * len(shown)}\">… and {len(events) - len(shown)} "
                     f"more dates</text>")
    axis = f"<line x1=\"{left}\" y1=\"20\" x2=\"{right}\" y2=\"20\" stroke=\"#555\"/>"
    return (f"<h2>Timeline</h2>\n<p class=\"muted\">Dated facts (blue) and publication dates (orange).</p>\n"
            f"<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{TIMELINE_WIDTH}\" height=\"{height}\" "
            f"viewBox=\"0 0 {TIMELINE_WIDTH} {height}\" role=\"img\" aria-label=\"timeline\">{axis}{''.join(marks)}</svg>")


def _publications(seeds: list[SeedResult], by_month: bool) -> list[tuple]:
    """(day, date as shown, label, 'seed') for each day (or month) seeds were published on."""
    published: dict[date, list] = {}
    for result in seeds:
        if result.seed.published:
            day = result.seed.published.replace(day=1) if by_month else result.seed.published
            published.setdefault(day, []).append(result.seed)
    events = []
    for day, group in sorted(published.items()):
        when = day.isoformat()[:7] if by_month else day.isoformat()
        if len(group) == 1 and not by_month:
            label = f"{group[0].id} ({group[0].outlet})" if group[0].outlet else group[0].id
        else:
            ids = ", ".join(seed.id for seed in group[:3]) + (" …" if len(group) > 3 else "")
            label = f"{len(group)} seed{'s' * (len(group) != 1)} published: {ids}"
        events.append((day, when, label, "seed"))
    return events


def _day(fact: Fact) -> Optional[date]:
    """The day of a date fact's latest value, when it is one day."""
    value = fact.values[-1].interval
    if value.low != value.high:
        return None
    return date.fromordinal(int(value.low))
