"""Findings: the catalogue of finding kinds, and findings made from comparisons.

Every finding has a code and a default severity from CATALOGUE, the quote and
location of the mention, the fact sheet's file and line, and a fingerprint that
survives line moves (it hashes what was said, not where).

A fingerprint hashes the finding's kind, fact id, seed id, the mention's kind,
its text (folded, case and spacing ignored) and the value read from it (its canonical form,
`value_key`: how reports print a value may change without changing a fingerprint), plus the
number of earlier identical findings in the seed (0 for the first). It holds
no line, column, offset or fact-sheet position, so moving lines, editing other
sentences and reordering fact sheets keep it; a different value in the same
place changes it, so a baseline entry never hides a different finding.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from itertools import combinations
from typing import Optional

from .compare import FITS
from .event_year import year_note
from .extract.normalize import fold
from .intervals import overlaps
from .model import Comparison, Fact, Finding, Mention, Seed
from .render.values import fact_value, mention_value, value_key

SEVERITIES = ("none", "info", "warning", "error")


@dataclass(frozen=True)
class FindingKind:
    code: str
    severity: str
    title: str
    description: str


CATALOGUE: dict[str, FindingKind] = {
    "contradiction": FindingKind("FL001", "error", "Contradiction",
                                 "A seed's value for a fact is disjoint from the fact's value in force at its publication date."),
    "source-conflict": FindingKind("FL002", "warning", "Source conflict",
                                   "Two seeds give disjoint values for the same fact."),
    "imprecise": FindingKind("FL003", "info", "Imprecise",
                             "A seed's value overlaps the fact's value but is wider than it."),
    "unresolved": FindingKind("FL004", "info", "Unresolved",
                              "A mention needs a publication date or a year that is unknown."),
    "not-mentioned": FindingKind("FL005", "error", "Not mentioned",
                                 "An assertion requires a fact that a seed does not mention."),
    "outdated": FindingKind("FL006", "info", "Outdated",
                            "A seed gives a value of the fact that held before its publication date."),
    "ahead": FindingKind("FL007", "info", "Ahead",
                         "A seed gives a value of the fact that held only after its publication date."),
    "unsupported-language": FindingKind("FL008", "warning", "Unsupported language",
                                        "A seed is in a language factlint has no data for: only its digits are checked."),
    "suspicious-text": FindingKind("FL009", "error", "Suspicious text",
                                   "Bidi controls or invisible characters beside a mention: what a reader sees may "
                                   "differ from what is checked."),
    "encoding": FindingKind("FL010", "warning", "Encoding",
                            "A seed reads like mojibake, or has no letters of its language: probably decoded the wrong way."),
    "partial": FindingKind("FL012", "info", "Partial count",
                           "A seed gives a value read while the count was in progress; the sheet holds the result."),
    "attributed": FindingKind("FL011", "info", "Attributed",
                              "A seed gives the fact's value and, beside it, another source's value for it."),
    "agreement": FindingKind("FL000", "none", "Agreement", "A seed's value lies within the fact's value."),
}

VERDICT_KIND = {"agrees": "agreement", "contradicts": "contradiction", "imprecise": "imprecise",
                "unresolved": "unresolved", "outdated": "outdated", "ahead": "ahead", "attributed": "attributed",
                "partial": "partial"}


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1 << 16)
def _said(text: str) -> str:
    """What a mention says, as its fingerprints hash it: folded, lower-cased, its spaces one. Kept for the texts met
    (a corpus says '40' and 'quarenta soldados' thousands of times: 118,000 calls in a rerun of 10,000 seeds)."""
    return " ".join(fold(text).text.lower().split())


def _key(mention: Mention) -> str:
    """The value a fingerprint hashes: its canonical form, never its display ('35 (soldier)')."""
    return value_key(mention.kind, mention.value, mention.unit)


def comparison_finding(comparison: Comparison, fact: Fact, seed: Seed, occurrence: int = 0) -> Finding:
    mention = comparison.link.mention
    kind = VERDICT_KIND[comparison.verdict]
    expected = fact_value(fact, comparison.expected.interval)
    if comparison.expected.as_of:
        expected += f" (as of {comparison.expected.as_of.isoformat()})"
    found = mention_value(mention)
    end_line, end_column = _end(mention)
    messages = {
        "contradiction": f"seed {seed.id} says {mention.text!r} ({found}); the fact sheet says {expected}"
                         + (f": {comparison.why}" if comparison.why else ""),
        "imprecise": f"seed {seed.id} says {mention.text!r} ({found}), wider than {expected}",
        "unresolved": f"seed {seed.id} says {mention.text!r}, which {mention.unresolved}",
        "outdated": f"seed {seed.id} says {mention.text!r} ({found}), a value that held before; in force: {expected}",
        "ahead": f"seed {seed.id} says {mention.text!r} ({found}), a value that held only later; in force: {expected}",
        "agreement": f"seed {seed.id} says {mention.text!r} ({found}), within {expected}",
        "attributed": f"seed {seed.id} gives {mention.text!r} ({found}) as another source's figure, beside the"
                      f" sheet's {expected}",
        "partial": f"seed {seed.id} says {mention.text!r} ({found}) while the count was in progress; the result:"
                   f" {expected}" + (f" ({comparison.why})" if comparison.why else ""),
    }
    catalogued = CATALOGUE[kind]
    return Finding(
        kind=kind, severity=catalogued.severity, fact=fact.id, seed=seed.id, message=messages[kind] + year_note(mention),
        expected=expected, found=found, quote=mention.sentence, path=seed.path, line=mention.line,
        column=mention.column, end_line=end_line, end_column=end_column,
        fact_path=fact.path, fact_line=comparison.expected.line or fact.line, rule=mention.rule,
        fingerprint=fingerprint(kind, fact.id, seed.id, mention.kind, _said(mention.text), _key(mention), str(occurrence)),
        code=catalogued.code, confidence=comparison.link.score, reasons=tuple(comparison.link.reasons),
    )


def _end(mention) -> tuple[int, int]:
    """The line and column just past the mention (a mention may run over a line break)."""
    lines = mention.text.split("\n")
    if len(lines) == 1:
        return mention.line, mention.column + len(mention.text)
    return mention.line + len(lines) - 1, len(lines[-1]) + 1


def seed_findings(comparisons, facts: dict[str, Fact], seed: Seed) -> list[Finding]:
    """One finding per comparison; repeated identical mentions are numbered for their fingerprints
    (in text order, so swapping two identical mentions changes nothing)."""
    seen: dict[tuple, int] = {}
    findings = []
    for comparison in comparisons:
        mention = comparison.link.mention
        key = (comparison.verdict, comparison.link.fact_id, mention.kind, _said(mention.text),
               _key(mention))  # what the fingerprint hashes
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        findings.append(comparison_finding(comparison, facts[comparison.link.fact_id], seed, occurrence))
    return findings


# Kinds whose values may rise over time: a higher count in a later seed is a series, not a conflict.
SERIES_KINDS = ("count", "number")
# Verdicts of a value the sheet records: its value in force at the seed's date holds it (agrees) or overlaps
# it (imprecise: "at least 9" against the tolls 1 to 9 of a day the toll rose), or it held before (outdated:
# its own finding says so), or the seed gives it beside another source's figure (attributed). Two such values
# differ only as the sheet's own figures do, an update, or as sources do, so they are no source conflict.
FITS_THE_SHEET = (*FITS, "outdated", "attributed")


def rose(kind: str, low_published, high_published) -> bool:
    """Whether two disjoint values form a rising series: a count whose lower value was published
    strictly before its higher value (a death toll that grew), both dates known."""
    return (kind in SERIES_KINDS and low_published is not None and high_published is not None
            and low_published < high_published)


def source_conflicts(comparisons: list[Comparison], facts: dict[str, Fact], seeds: dict[str, Seed]) -> list[Finding]:
    """Disjoint values for one fact in two seeds: once per pair of disagreeing values, not per pair
    of seeds. Two seeds do not conflict when both values are the sheet's own, in force at their own seed's
    date or before it (FITS_THE_SHEET: an update the sheet records), nor when a count rose between two seeds published in
    that order (a series: see rose). A pair of values conflicts when any two of the seeds that said
    them do; it speaks through one such pair chosen by content alone (for counts the latest seed of
    the lower value and the earliest of the higher, otherwise the smallest id, then the smallest
    wording), so neither the order of the seeds nor where a seed says it matters. The message
    names the other seeds that gave the same values."""
    by_fact: dict[str, dict[str, list[Comparison]]] = {}
    for comparison in comparisons:
        if comparison.verdict in ("unresolved", "partial"):  # a count in progress conflicts with no source
            continue
        values = by_fact.setdefault(comparison.link.fact_id, {})
        values.setdefault(repr(comparison.link.mention.value), []).append(comparison)
    findings = []
    for fact_id in sorted(by_fact):
        fact = facts[fact_id]
        sides = {key: _sides(said, fact, seeds) for key, said in by_fact[fact_id].items()}
        for one, two in combinations(sorted(sides), 2):
            a, b = by_fact[fact_id][one][0].link.mention.value, by_fact[fact_id][two][0].link.mention.value
            if overlaps(a, b):
                continue
            low, high = (sides[one], sides[two]) if a.low < b.low else (sides[two], sides[one])
            pair = _disagreeing(low, high, fact, seeds)
            if pair is not None:
                findings.append(_conflict(*pair, fact, seeds, low, high))
    return findings


def _sides(said: list[Comparison], fact: Fact, seeds: dict[str, Seed]) -> tuple[list, list]:
    """The comparisons of one value, as the lower side (latest first) and as the higher (earliest first)."""
    ordered = fact.kind in SERIES_KINDS
    big = date.max.toordinal() + 1

    def day(comparison: Comparison, unknown: int) -> int:
        published = seeds[comparison.seed_id].published
        return published.toordinal() if ordered and published else (unknown if ordered else 0)

    as_low = sorted(said, key=lambda c: (-day(c, big), _speaker(c)))
    as_high = sorted(said, key=lambda c: (day(c, -big), _speaker(c)))
    return as_low, as_high


def _disagreeing(low: tuple, high: tuple, fact: Fact, seeds: dict[str, Seed]):
    """A pair (lower, higher) of comparisons from two seeds that conflict, or None. Only the first
    two seeds of each side can matter: the latest of the lower value and the earliest of the higher."""
    lows, highs = low[0], high[1]
    candidates = []
    for left, right in (([c for c in lows if c.verdict not in FITS_THE_SHEET], highs),
                        (lows, [c for c in highs if c.verdict not in FITS_THE_SHEET])):
        for a in _first_two(left):
            for b in _first_two(right):
                published = seeds[a.seed_id].published, seeds[b.seed_id].published
                if a.seed_id != b.seed_id and not (a.verdict in FITS_THE_SHEET and b.verdict in FITS_THE_SHEET) \
                        and not rose(fact.kind, *published):
                    candidates.append((lows.index(a), highs.index(b), a, b))
    if not candidates:
        return None
    _, _, a, b = min(candidates, key=lambda c: (c[0], c[1]))
    return a, b


def _first_two(ordered: list) -> list:
    """The first comparison, and the first after it from another seed."""
    if not ordered:
        return []
    other = next((c for c in ordered if c.seed_id != ordered[0].seed_id), None)
    return [ordered[0]] + ([other] if other is not None else [])


def _speaker(comparison: Comparison) -> tuple:
    mention = comparison.link.mention
    return (comparison.seed_id, _said(mention.text), mention.start)


def _conflict(a: Comparison, b: Comparison, fact: Fact, seeds: dict[str, Seed], low=(), high=()) -> Finding:
    others = [sorted({c.seed_id for c in side[0]} - {a.seed_id, b.seed_id}) for side in (low, high)]
    note = "".join(f"; seed{'s' * (len(who) > 1)} {', '.join(who)} also say{'s' * (len(who) == 1)} the same as {c.seed_id}"
                   for who, c in zip(others, (a, b)) if who)
    return conflict_finding(a.link.mention, seeds[a.seed_id], b.link.mention, seeds[b.seed_id], fact,
                            min(a.link.score, b.link.score), note)


def conflict_finding(ma: Mention, seed_a: Seed, mb: Mention, seed_b: Seed, fact: Optional[Fact],
                     confidence: float, note: str = "") -> Finding:
    """A source conflict between two mentions of two seeds, about a fact or (fact None) about a
    group of claims no fact covers; the seed whose mention comes first (by id, then place) speaks."""
    if (seed_a.id, ma.start) > (seed_b.id, mb.start):
        ma, seed_a, mb, seed_b = mb, seed_b, ma, seed_a
    found_a, found_b = mention_value(ma), mention_value(mb)
    fact_id = fact.id if fact is not None else ""
    catalogued = CATALOGUE["source-conflict"]
    return Finding(
        kind="source-conflict", severity=catalogued.severity, fact=fact_id, seed=seed_a.id,
        message=f"seed {seed_a.id} says {ma.text!r} ({found_a}) but seed {seed_b.id} says {mb.text!r} ({found_b})"
                + note,
        expected=found_b, found=found_a, quote=ma.sentence, path=seed_a.path, line=ma.line, column=ma.column,
        end_line=_end(ma)[0], end_column=_end(ma)[1], fact_path=fact.path if fact else "",
        fact_line=fact.line if fact else 0, rule=ma.rule, code=catalogued.code, confidence=confidence,
        fingerprint=fingerprint("source-conflict", fact_id, seed_a.id, _said(ma.text), _key(ma),
                                seed_b.id, _said(mb.text), _key(mb)),
        other_seed=seed_b.id, other_quote=mb.sentence, other_location=f"{seed_b.path}:{mb.line}:{mb.column}",
    )


def with_severity(finding: Finding, severity: str, assertion: str = "", acknowledged: str = "") -> Finding:
    return replace(finding, severity=severity, assertion=assertion, acknowledged=acknowledged)
