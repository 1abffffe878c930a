"""`factlint suggest`: fact-sheet entries proposed from claims in several seeds that no fact covers.

Each group of checker/cluster.py with claims from at least `min_sources` seeds
becomes one entry of a fact sheet, printed as YAML that loads as it is (the
schema's required fields are there; the statement and the provenance say TODO,
since only the curator knows them):

- `value`: the value said by the most seeds (then by the most claims, then the
  narrowest); a count that rose between seeds published in that order becomes a
  `values` series, each value as of the publication date of the first seed that
  gave it;
- `cues`: per language, the words of the claims' sentences that most claims
  share, then the rarest in the corpus (a name every article repeats is a poor
  cue), then plain words before names, then the nearest the number (at most
  MAX_CUES); a unit word counts;
- `id`: the unit or kind and the first two shared Latin-script terms or cues;
- `unit`: the canonical unit the claims were grouped by;
- `measure`: the measure concept the claims share, if any (it links in every language);
- as YAML comments: the values found and by which seeds, and every claim with
  its place and its sentence, so the curator can check the entry in seconds.

Claims linked to a fact are covered and never proposed; boilerplate is never a claim.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable, Sequence

from .claims import WORD_SCORE, Claim, Vocabulary, claims_of, terms
from .cluster import Group, group_claims
from .intervals import DURATION_SECONDS
from .model import Fact, Interval, SeedResult
from .render.values import mention_value

MAX_CUES = 4
QUOTE_CHARS = 240
# Units a duration is written in, largest first; under a week, whole hours read best ("72 hours").
DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
HOURS_BELOW = 7 * 86400.0


@dataclass(frozen=True)
class Proposal:
    id: str
    group: Group
    value: object  # the YAML value (None for a series)
    series: tuple  # ((as_of, YAML value, seed id), ...) for a count that rose
    cues: dict  # language -> tuple of cue words


def propose(results: Sequence[SeedResult], facts: Sequence[Fact] = (), min_sources: int = 2) -> list[Proposal]:
    """One proposal per group of claims from at least min_sources seeds, most supported first."""
    claims = claims_of(results)
    groups = group_claims(claims, facts, min_seeds=min_sources)
    vocabulary = Vocabulary.of(facts)
    spread = _spread(claims, vocabulary)
    taken = {fact.id for fact in facts}
    proposals = []
    days = [value.interval for fact in facts if fact.kind == "date" for value in fact.values]
    for group in groups:
        if _a_day_of_the_sheet(group, days):
            continue
        cues = _cues(group, vocabulary, spread)
        proposal_id = _unique(_slug(group, cues), taken)
        taken.add(proposal_id)
        series = _series(group) if group.status == "series" else ()
        best = _best(group).mention
        value = None if series else _yaml_value(group.kind, best.value, best.text)
        proposals.append(Proposal(proposal_id, group, value, series, cues))
    return proposals


def _a_day_of_the_sheet(group: Group, days: Sequence[Interval]) -> bool:
    """Whether every claim of a group of dates lies within one day (or span) a date fact of the sheets gives: the sheet
    holds that day already ("Sunday", "este domingo" of an election whose day it gives), whatever fact the articles'
    dates were not linked to, so it is no fact to propose."""
    return group.kind == "date" and any(all(day.low <= c.mention.value.low and c.mention.value.high <= day.high
                                                for c in group.claims) for day in days)


def _spread(claims: Sequence[Claim], vocabulary: Vocabulary) -> dict[str, int]:
    """In how many sentences of the corpus each term occurs (claims of one sentence count once)."""
    sentences: dict[str, set] = defaultdict(set)
    for claim in claims:
        for key in terms(claim, vocabulary):
            sentences[key].add((claim.seed.id, claim.mention.sentence_start))
    return {key: len(found) for key, found in sentences.items()}


def suggest(seeds_dir: Path, facts_paths: Iterable[Path], min_sources: int = 2, cache=None) -> tuple[str, list]:
    """The YAML proposals for a corpus (seeds are extracted, or read from the cache, and linked), and
    the problems of the seeds that could not be read."""
    from .corpus import load_seeds
    from .engine import analyse_seed
    from .facts import load_facts
    from .link import index_facts

    facts = load_facts(list(facts_paths))
    seeds, problems = load_seeds(seeds_dir)
    index = index_facts(facts)
    results = [analyse_seed(seed, facts, index, cache) for seed in seeds]
    return render(propose(results, facts, min_sources), min_sources), problems


# --- choosing ---------------------------------------------------------------------------

def _support(group: Group) -> dict[str, tuple[set, list[Claim]]]:
    said: dict[str, tuple[set, list[Claim]]] = {}
    for claim in group.claims:
        seeds, claims = said.setdefault(repr(claim.mention.value), (set(), []))
        seeds.add(claim.seed.id)
        claims.append(claim)
    return said


def _best(group: Group) -> Claim:
    """A claim with the value most seeds give (then most claims, then the narrowest value)."""
    said = _support(group)

    def rank(key: str) -> tuple:
        seeds, claims = said[key]
        value = claims[0].mention.value
        return (-len(seeds), -len(claims), value.high - value.low, min(seeds), key)

    return said[min(said, key=rank)][1][0]


def _series(group: Group) -> tuple:
    """(as_of, value, seed) in publication order, one per value, when the values rise; else ()."""
    dated = sorted((c for c in group.claims if c.seed.published), key=lambda c: (c.seed.published, c.seed.id))
    steps: list[tuple[date, Claim]] = []
    for claim in dated:
        if steps and _same(steps[-1][1].mention.value, claim.mention.value):
            continue
        if steps and (claim.seed.published <= steps[-1][0] or claim.mention.value.low <= steps[-1][1].mention.value.low):
            return ()
        steps.append((claim.seed.published, claim))
    if len(steps) < 2:
        return ()
    return tuple((when.isoformat(), _yaml_value(group.kind, c.mention.value, c.mention.text), c.seed.id)
                 for when, c in steps)


def _same(a: Interval, b: Interval) -> bool:
    return repr(a) == repr(b)


def _cues(group: Group, vocabulary: Vocabulary, spread: dict[str, int]) -> dict:
    """Per language, the words most claims of the group share (a concept counts in every language),
    then the rarest in the corpus, plain words before names, then the nearest the number."""
    found = [(claim.mention.language, terms(claim, vocabulary)) for claim in group.claims]
    shared = Counter(key for _, keyed in found for key in keyed)
    by_language: dict[str, dict[str, list]] = defaultdict(dict)
    for language, keyed in found:
        for key, term in keyed.items():
            if key.startswith("c:"):
                continue
            name = term.weight > WORD_SCORE and not key.startswith("u:")
            entry = by_language[language].setdefault(
                key, [-shared[key], spread.get(key, 0), name, term.distance, term.surface])
            if term.distance < entry[3]:
                entry[3], entry[4] = term.distance, term.surface
    cues = {}
    for language in sorted(by_language):
        words: list[str] = []
        for *_, surface in sorted(by_language[language].values()):
            if surface not in words:
                words.append(surface)
        cues[language] = tuple(words[:MAX_CUES])
    return cues


def _slug(group: Group, cues: dict) -> str:
    latin = [t for t in list(group.terms) + [w for words in cues.values() for w in words]
             if re.fullmatch(r"[a-z][a-z0-9-]*", t)]
    words = list(dict.fromkeys(latin))[:2]
    if not words:
        words = [_anchor(group).isoformat()]
    base = group.unit or group.kind
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join([base] + words).lower()).strip("-")
    return re.sub(r"-{2,}", "-", slug)


def _anchor(group: Group) -> date:
    claim = _best(group)
    return date.fromordinal(claim.event[0])


def _unique(proposal_id: str, taken: set) -> str:
    if proposal_id not in taken:
        return proposal_id
    n = 2
    while f"{proposal_id}-{n}" in taken:
        n += 1
    return f"{proposal_id}-{n}"


# --- values as a fact sheet writes them ------------------------------------------------

def _yaml_value(kind: str, value: Interval, written: str = ""):
    """A value in the fact-sheet format: an ISO date, a number, {amount, unit} or an interval (with
    the words that gave it as `as_written`, shown in reports)."""
    if kind == "date":
        return _date_value(value, written)
    if kind == "duration" and _point(value):
        return _amount(value.low)
    if _point(value):
        return _number(value.low)
    interval = {"low": _bound(value.low), "high": _bound(value.high)}
    if math.isfinite(value.low) and not value.low_inclusive:
        interval["low_inclusive"] = False
    if math.isfinite(value.high) and not value.high_inclusive:
        interval["high_inclusive"] = False
    if written:
        interval["as_written"] = " ".join(written.split())
    return interval


def _point(value: Interval) -> bool:
    return value.low == value.high and math.isfinite(value.low)


def _number(x: float):
    return int(x) if float(x).is_integer() else round(x, 6)


def _bound(x: float):
    return _number(x) if math.isfinite(x) else None


def _amount(seconds: float) -> dict:
    for unit in DURATION_UNITS:
        if unit in ("year", "month", "week", "day") and seconds < HOURS_BELOW:
            continue
        amount = seconds / DURATION_SECONDS[unit]
        if amount >= 1 and abs(amount - round(amount)) < 1e-9:
            return {"amount": int(round(amount)), "unit": unit}
    return {"amount": _number(seconds), "unit": "second"}


def _date_value(value: Interval, written: str = ""):
    first, last = date.fromordinal(int(value.low)), date.fromordinal(int(value.high))
    if first == last:
        return first.isoformat()
    if first.day == 1 and (last + timedelta(days=1)).day == 1 and first.month == last.month and first.year == last.year:
        return first.isoformat()[:7]
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return first.isoformat()[:4]
    span = {"low": first.isoformat(), "high": last.isoformat()}
    return {**span, "as_written": " ".join(written.split())} if written else span


# --- YAML -------------------------------------------------------------------------------

def render(proposals: Sequence[Proposal], min_sources: int = 2) -> str:
    """The proposals as a fact sheet (YAML), with the evidence as comments."""
    head = [f"# factlint suggest --min-sources {min_sources}: {len(proposals)} proposed "
            f"fact{'s' * (len(proposals) != 1)}, from claims in at least {min_sources} seeds that no fact covers.",
            "# Review each one: write its statement and provenance (where the curator found the value),",
            "# keep the value you can source, trim the cues (a measure links better than a word naming the event).",
            "# Paste the entries under `facts:` of a sheet."]
    if not proposals:
        return "\n".join(head) + "\n"
    lines = head + ["language: en", "facts:"]
    for proposal in proposals:
        lines += [""] + _entry(proposal)
    return "\n".join(lines) + "\n"


def _entry(proposal: Proposal) -> list[str]:
    group = proposal.group
    seeds = ", ".join(group.seeds)
    lines = [f"  # {len(group.claims)} claims in {len(group.seeds)} seeds ({seeds}); "
             f"grouped with confidence {group.confidence:g}; {_status(group)}"]
    lines += [f"  #   {c}" for c in _values_found(group)]
    lines += [f"  #   {_claim_line(claim)}" for claim in group.claims]
    lines += [
        f"  - id: {proposal.id}",
        f"    statement: {_quote(f'TODO: what this {group.kind} is (found in seeds {seeds})')}",
        f"    kind: {group.kind}",
    ]
    if proposal.series:
        lines.append("    values:  # as_of: the publication date of the first seed giving the value")
        lines += [f"      - {{as_of: {_quote(when)}, value: {_flow(value)}}}  # seed {seed}"
                  for when, value, seed in proposal.series]
    else:
        lines.append(f"    value: {_flow(proposal.value)}")
    if group.unit:
        lines.append(f"    unit: {_quote(group.unit)}")
    if group.measure:
        lines.append(f"    measure: {_quote(group.measure)}  # what its claims count, read in every language")
    if any(proposal.cues.values()):
        lines.append("    cues:")
        lines += [f"      {language}: [{', '.join(_quote(w) for w in words)}]"
                  for language, words in proposal.cues.items() if words]
    lines.append(f"    provenance: {_quote(f'TODO: the source of the value (factlint found it in seeds {seeds})')}")
    return lines


def _status(group: Group) -> str:
    if group.status == "conflict":
        return "the values DISAGREE: choose the one you can source"
    if group.status == "series":
        return "the values rose over time: a series"
    return "the values agree"


def _values_found(group: Group) -> list[str]:
    said = _support(group)
    ordered = sorted(said.items(), key=lambda kv: (-len(kv[1][0]), kv[0]))
    return ["values found: " + "; ".join(
        f"{mention_value(claims[0].mention)} "
        f"(seed{'s' * (len(seeds) > 1)} {', '.join(sorted(seeds))})" for _, (seeds, claims) in ordered)]


def _claim_line(claim: Claim) -> str:
    m = claim.mention
    value = mention_value(m)
    quote = m.sentence if len(m.sentence) <= QUOTE_CHARS else m.sentence[: QUOTE_CHARS - 1] + "…"
    published = claim.seed.published.isoformat() if claim.seed.published else "undated"
    return f"{claim.seed.id} ({published}) {claim.seed.path}:{m.line}:{m.column} {m.text!r} = {value}: \"{quote}\""


def _quote(text: str) -> str:
    """A YAML scalar in double quotes (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _flow(value) -> str:
    """A value in YAML flow style."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if value is None:
        return "null"
    if isinstance(value, str):
        return _quote(value)
    return json.dumps(value)
