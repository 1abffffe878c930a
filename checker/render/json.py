"""JSON output: the findings and a summary, for scripts.

Each finding carries every field of model.Finding under its own name (kind,
severity, fact, seed, quote, line, column, expected, found, message,
fingerprint, ...). Keys are sorted and findings ordered, so two runs over the
same input give the same bytes.
"""
from __future__ import annotations

import json
from dataclasses import fields
from typing import Iterable

from ..model import Finding, Mention, Report
from .values import count_by, json_value, sorted_findings


def render(report: Report) -> str:
    """{"findings": [...], "summary": {...}} as indented JSON."""
    document = {
        "findings": [finding_dict(f) for f in sorted_findings(report.findings)],
        "summary": summary(report),
    }
    return _dump(document)


FINDING_FIELDS = tuple(f.name for f in fields(Finding))


def finding_dict(finding: Finding) -> dict:
    """Every field of a finding by its name, as dataclasses.asdict gives it to json (its values are
    strings, numbers and tuples of strings or of flat dicts), without asdict's copy of each value: a
    tenth of a rerun's CPU at 2,000 seeds."""
    return {name: getattr(finding, name) for name in FINDING_FIELDS}


def summary(report: Report) -> dict:
    """Counts by kind and by severity, the numbers of seeds and facts, and input errors."""
    findings = report.findings
    return {
        "by_kind": count_by(findings, "kind"),
        "by_severity": count_by(findings, "severity"),
        "findings": len(findings),
        "acknowledged": sum(1 for f in findings if f.acknowledged),
        "seeds": len(report.seeds),
        "facts": len(report.facts),
        "errors": list(report.errors),
        "out_of_scope": out_of_scope(report),
    }


def out_of_scope(report: Report) -> list[dict]:
    """The seeds out of scope for an event (checker/scope.py), with the reasons: they give no finding
    against that event's facts."""
    return [{"seed": r.seed.id, "event": d.event, "reasons": list(d.reasons)}
            for r in sorted(report.seeds, key=lambda r: r.seed.id) for d in r.scope if not d.in_scope]


def render_mentions(mentions: Iterable[Mention]) -> str:
    """{"mentions": [...]} in text order, each with its value as an interval."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end, m.text))
    return _dump({"mentions": [mention_dict(m) for m in ordered]})


def mention_dict(mention: Mention) -> dict:
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "line": mention.line,
        "column": mention.column,
        "kind": mention.kind,
        "value": json_value(mention.kind, mention.value),
        "stated": mention.stated,
        "precision": mention.precision,
        "qualifier": mention.qualifier,
        "unit": mention.unit,
        "section": mention.section,
        "rule": mention.rule,
        "sentence": mention.sentence,
        "granularity": mention.granularity,
        "unresolved": mention.unresolved,
    }


def _dump(document: dict) -> str:
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
