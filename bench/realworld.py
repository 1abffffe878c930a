"""factlint on the real-world development corpus (bench/realworld/), scored against its keys.

    .venv/bin/python bench/realworld.py                      every event, a text report
    .venv/bin/python bench/realworld.py --json               the same figures as JSON
    .venv/bin/python bench/realworld.py --markdown           the summary table of bench/realworld/README.md
    .venv/bin/python bench/realworld.py --event morocco-earthquake-2023

Each folder bench/realworld/<event>/ holds seeds/ (articles + manifest.yaml), facts/<event>.yaml and
key.yaml (format: bench/realworld/README.md). The engine (checker.engine.run) checks each folder on its
own, and `checker.suggest.propose` proposes facts from it. Three things are scored:

(1) contradictions against the sheet: a found contradiction is the pair (fact, seed) of a
    `contradiction` finding; it is right when the key lists that pair. Per language pair
    "<cue language(s) of the fact> -> <seed language>" (the languages a fact's cues and aliases are
    written in, or "concept" when it names only a measure).
(2) discrepancies without a fact: the engine's groups of claims no fact covers (report.groups), each
    with its pairs of disagreeing claims (`conflicts`, and `series`/`updates` as updates), plus any
    `source-conflict` finding without a fact that no group pair accounts for. A found pair is right
    when one keyed group has a member for each side (same seed, keyed value inside the claim's
    interval) and those two members really differ (different values whose written precision
    ranges, [value - precision/2, value + precision/2] or [value, inf) for a lower bound, do not
    overlap; a `compatible` group never differs). A found group is right when all its
    pairs are; a keyed group (conflict or update) is found when a right pair maps to it, and its
    class is right when the majority class of those pairs is the keyed one. Per language pair:
    found pairs, and keyed groups that differ across that pair of languages.
(3) suggest: a proposal is right when two of its claims' seeds or more are seeds of one keyed
    suggestion and one of its claims' values contains the keyed value; each keyed suggestion counts
    once (a second proposal for it is wrong). Per the languages of the proposal's seeds.
Out of scope: findings whose seed (or other seed, or any seed a grouped finding names) the key lists
as about another event, and update pairs of groups that involve such a seed; must be 0.

Until the issue-8 fact-sheet format (event:, measure:, entities:, window:) is on main, a sheet the
loader refuses is run with the keys the schema does not know removed; the output says so.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

CORPUS = ROOT / "bench" / "realworld"
CLASSES = ("conflict", "update", "compatible")
POSITIVE = ("conflict", "update")
# The names other helpers may give a pair's or a group's class, mapped to the key's classes.
CLASS_NAMES = {"conflict": "conflict", "conflicts": "conflict", "series": "update", "update": "update",
               "updates": "update", "rising": "update", "revision": "update", "revised": "update",
               "rounding": "compatible", "precision": "compatible", "compatible": "compatible",
               "agree": "compatible"}
# Finding kinds that count as "a finding" for the out-of-scope check (agreements, unresolved mentions
# and any note about scope do not).
COUNTED_KINDS = {"contradiction", "source-conflict", "imprecise", "outdated", "ahead"}


# ---- the keys ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    seed: str
    value: float
    precision: float = 0.0  # the width the written value stands for ("7" -> 1, "about 71" -> 14.2)
    as_written: str = ""
    lower_bound: bool = False  # "at least", "more than": the value and anything above

    @property
    def low(self) -> float:
        return self.value if self.lower_bound else self.value - self.precision / 2

    @property
    def high(self) -> float:
        return math.inf if self.lower_bound else self.value + self.precision / 2


@dataclass(frozen=True)
class KeyGroup:
    id: str
    measure: str
    cls: str
    members: tuple[Member, ...]

    def differ(self, a: Member, b: Member) -> bool:
        """Whether two members of this group are a discrepancy of the group's class."""
        if a.seed == b.seed or self.cls == "compatible" or a.value == b.value:
            return False
        return a.high <= b.low or b.high <= a.low  # what they stand for does not overlap


@dataclass(frozen=True)
class Expected:
    fact: str
    seed: str
    value: str
    planted: bool
    why: str


@dataclass(frozen=True)
class KeySuggestion:
    id: str
    value: float
    seeds: tuple[str, ...]


@dataclass(frozen=True)
class Key:
    event: str
    sheet: str
    out_of_scope: tuple[str, ...]
    contradictions: tuple[Expected, ...]
    discrepancies: tuple[KeyGroup, ...]
    suggest: tuple[KeySuggestion, ...]


def load_yaml(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def load_key(path: Path) -> Key:
    data = load_yaml(path) or {}
    groups = tuple(
        KeyGroup(str(g["id"]), str(g.get("measure", "")), str(g["class"]),
                 tuple(Member(str(m["seed"]), float(m["value"]), float(m.get("precision", 0) or 0),
                              str(m.get("as_written", "")), bool(m.get("lower_bound", False)))
                       for m in g.get("members") or ()))
        for g in data.get("discrepancies") or ())
    return Key(
        event=str(data.get("event", path.parent.name)), sheet=str(data.get("sheet", "")),
        out_of_scope=tuple(str(item["seed"]) for item in data.get("out_of_scope") or ()),
        contradictions=tuple(Expected(str(c["fact"]), str(c["seed"]), str(c.get("value", "")),
                                      bool(c.get("planted", False)), str(c.get("why", "")))
                             for c in data.get("contradictions") or ()),
        discrepancies=groups,
        suggest=tuple(KeySuggestion(str(s["id"]), float(s["value"]), tuple(str(x) for x in s["seeds"]))
                      for s in data.get("suggest") or ()),
    )


def key_problems(folder: Path) -> list[str]:
    """Everything wrong with an event folder's key: unknown seeds or facts, bad classes, groups
    that cannot be scored. Empty when the key is well-formed."""
    problems: list[str] = []
    where = folder / "key.yaml"
    try:
        key = load_key(where)
    except (KeyError, TypeError, ValueError) as error:
        return [f"{where}: cannot read: {error!r}"]
    seeds = manifest_seeds(folder)
    facts = {str(f["id"]) for sheet in sorted((folder / "facts").glob("*.yaml"))
             for f in (load_yaml(sheet) or {}).get("facts") or ()}
    files = {p.name for p in (folder / "seeds").glob("*.txt")}
    for seed_id, entry in seeds.items():
        if entry.get("file") not in files:
            problems.append(f"{folder}/seeds/manifest.yaml: {seed_id}: no file {entry.get('file')!r}")
    def seed(name: str, what: str) -> None:
        if name not in seeds:
            problems.append(f"{where}: {what}: unknown seed {name!r}")
    for name in key.out_of_scope:
        seed(name, "out_of_scope")
    for item in key.contradictions:
        seed(item.seed, f"contradiction {item.fact}")
        if item.fact not in facts:
            problems.append(f"{where}: contradiction: unknown fact {item.fact!r}")
        if item.seed in key.out_of_scope:
            problems.append(f"{where}: contradiction {item.fact}: seed {item.seed} is out of scope")
    for group in key.discrepancies:
        if group.cls not in CLASSES:
            problems.append(f"{where}: {group.id}: class {group.cls!r} is none of {CLASSES}")
        for member in group.members:
            seed(member.seed, group.id)
        if len({m.seed for m in group.members}) < 2:
            problems.append(f"{where}: {group.id}: fewer than two seeds")
        pairs = [(a, b) for i, a in enumerate(group.members) for b in group.members[i + 1:]]
        if group.cls in POSITIVE and not any(group.differ(a, b) for a, b in pairs):
            problems.append(f"{where}: {group.id}: a {group.cls} group whose members never differ")
    for item in key.suggest:
        for name in item.seeds:
            seed(name, f"suggest {item.id}")
        if len(set(item.seeds)) < 2:
            problems.append(f"{where}: suggest {item.id}: fewer than two seeds")
    ids = [g.id for g in key.discrepancies]
    problems += [f"{where}: duplicate discrepancy id {i!r}" for i, n in Counter(ids).items() if n > 1]
    return problems


def manifest_seeds(folder: Path) -> dict[str, dict]:
    data = load_yaml(folder / "seeds" / "manifest.yaml") or {}
    return {str(item["id"]): dict(item) for item in data.get("seeds") or ()}


# ---- what the engine found, as plain data --------------------------------------------------------

@dataclass(frozen=True)
class FoundPair:
    seed_a: str
    seed_b: str
    cls: str  # conflict | update
    low_a: float = -math.inf  # the claims' values (the whole line when unknown)
    high_a: float = math.inf
    low_b: float = -math.inf
    high_b: float = math.inf


@dataclass(frozen=True)
class FoundGroup:
    id: str
    pairs: tuple[FoundPair, ...]


@dataclass(frozen=True)
class FoundProposal:
    id: str
    seeds: tuple[str, ...]
    values: tuple[tuple[float, float], ...]  # (low, high) of each claim


@dataclass(frozen=True)
class Found:
    contradictions: tuple[tuple[str, str], ...]  # (fact, seed)
    groups: tuple[FoundGroup, ...]
    proposals: tuple[FoundProposal, ...]
    out_of_scope_findings: tuple[str, ...]  # descriptions
    languages: dict  # seed id -> language
    fact_languages: dict  # fact id -> "en", "concept", "en+fa"...
    notes: tuple[str, ...] = ()


def _class_of(name: str, holder: object = None) -> str:
    for attribute in ("classification", "difference", "relation", "status"):
        value = getattr(holder, attribute, None) if holder is not None else None
        if isinstance(value, str) and value in CLASS_NAMES:
            return CLASS_NAMES[value]
    return CLASS_NAMES.get(name, "conflict")


def pairs_of_group(group: object) -> list[FoundPair]:
    """The discrepancy pairs of one engine group, whatever names the engine gives them."""
    pairs = []
    for attribute in ("conflicts", "series", "updates", "revisions"):
        for pair in getattr(group, attribute, ()) or ():
            cls = _class_of(attribute, pair)
            if cls == "compatible":
                continue
            a, b = pair.a, pair.b
            pairs.append(FoundPair(a.seed.id, b.seed.id, cls, *as_keyed(a.mention), *as_keyed(b.mention)))
    return pairs


def as_keyed(mention: object) -> tuple[float, float]:
    """A mention's value (low, high) as a key writes it: a duration, which the engine holds in seconds, in the unit
    it is written with ("77 años": 77, as the key's value of an age)."""
    from checker.intervals import DURATION_SECONDS

    value = mention.value
    seconds = DURATION_SECONDS.get(getattr(mention, "unit", "")) if getattr(mention, "kind", "") == "duration" else None
    return (value.low / seconds, value.high / seconds) if seconds else (value.low, value.high)


def found_groups(report) -> list[FoundGroup]:
    """Groups with discrepancies from report.groups, and a group for each source conflict without a
    fact that no group accounts for (by the fingerprint of a pair, or because all the seeds it names
    are in one group: the one finding of a group)."""
    groups, printed, covered = [], set(), []
    for index, group in enumerate(getattr(report, "groups", ()) or ()):
        pairs = pairs_of_group(group)
        for attribute in ("conflicts", "series", "updates", "revisions"):
            printed.update(getattr(p, "fingerprint", "") for p in getattr(group, attribute, ()) or ())
        if pairs:
            groups.append(FoundGroup(str(getattr(group, "key", index)), tuple(pairs)))
            covered.append({p.seed_a for p in pairs} | {p.seed_b for p in pairs}
                           | {c.seed.id for c in getattr(group, "claims", ()) or ()})
    for finding in report.findings:
        if finding.kind != "source-conflict" or finding.fact or finding.fingerprint in printed:
            continue
        named = {finding.seed, getattr(finding, "other_seed", "")} | set(_extra_seeds(finding))
        if any(named - {""} <= seeds for seeds in covered):
            continue  # the finding of a group counted above (one finding per group)
        others = [finding.other_seed] + [s for s in _extra_seeds(finding) if s != finding.seed]
        pairs = tuple(FoundPair(finding.seed, other, _class_of("conflict", finding)) for other in others if other)
        if pairs:
            groups.append(FoundGroup(finding.fingerprint or f"finding-{len(groups)}", pairs))
    return groups


def _extra_seeds(finding: object) -> list[str]:
    """Seeds a grouped finding may list beyond seed and other_seed (names other helpers may use)."""
    extra = []
    for attribute in ("seeds", "sources", "other_seeds"):
        for item in getattr(finding, attribute, ()) or ():
            name = item.get("seed") if isinstance(item, dict) else getattr(item, "seed", item)
            if isinstance(name, str) and name not in extra:
                extra.append(name)
    return extra


def out_of_scope(report, seeds: set[str]) -> list[str]:
    found = []
    for f in report.findings:
        other = getattr(f, "other_seed", "")
        if f.kind in COUNTED_KINDS and ({f.seed, other} | set(_extra_seeds(f))) & seeds:
            found.append(f"{f.kind} {f.fact or '(no fact)'} {f.seed}:{getattr(f, 'line', 0)} {other}".strip())
    for group in getattr(report, "groups", ()) or ():
        for pair in pairs_of_group(group):
            if pair.cls == "update" and {pair.seed_a, pair.seed_b} & seeds:
                found.append(f"update {pair.seed_a} {pair.seed_b}")
    return found


def fact_languages(sheet: dict) -> dict[str, str]:
    """The language(s) each fact's cues and aliases are written in; "concept" for a measure alone."""
    default = str(sheet.get("language", "en"))
    labels = {}
    for fact in sheet.get("facts") or ():
        languages = set()
        for field_name in ("cues", "aliases"):
            words = fact.get(field_name)
            if isinstance(words, dict):
                languages.update(str(k) for k, v in words.items() if v)
            elif words:
                languages.add(default)
        measure = fact.get("measure")
        if isinstance(measure, dict):
            languages.update(str(k) for k in measure)
        labels[str(fact["id"])] = "+".join(sorted(languages)) or ("concept" if measure else default)
    return labels


# ---- running the engine --------------------------------------------------------------------------

def run_event(folder: Path, key: Key) -> Found:
    from checker.engine import Inputs, run
    from checker.errors import InputError
    from checker.suggest import propose

    notes: list[str] = []
    sheets = sorted((folder / "facts").glob("*.yaml"))
    with tempfile.TemporaryDirectory() as scratch:
        facts_dir = folder / "facts"
        try:
            report, _ = run(Inputs(folder / "seeds", (facts_dir,), ()))
        except InputError as error:
            facts_dir, removed = strip_unknown_keys(sheets, Path(scratch))
            notes.append(f"sheet refused ({len(error.problems)} problems); run without the keys the schema "
                         f"does not know: {', '.join(removed)}")
            report, _ = run(Inputs(folder / "seeds", (facts_dir,), ()))
    proposals = propose(report.seeds, report.facts, min_sources=2)
    labels = {}
    for sheet in sheets:
        labels.update(fact_languages(load_yaml(sheet) or {}))
    return Found(
        contradictions=tuple(sorted({(f.fact, f.seed) for f in report.findings if f.kind == "contradiction"})),
        groups=tuple(found_groups(report)),
        proposals=tuple(FoundProposal(p.id, tuple(sorted({c.seed.id for c in p.group.claims})),
                                      tuple(as_keyed(c.mention) for c in p.group.claims))
                        for p in proposals),
        out_of_scope_findings=tuple(out_of_scope(report, set(key.out_of_scope))),
        languages={r.seed.id: r.seed.language for r in report.seeds},
        fact_languages=labels, notes=tuple(notes),
    )


def strip_unknown_keys(sheets: Sequence[Path], scratch: Path) -> tuple[Path, list[str]]:
    """Copies of the sheets without the keys the fact-sheet schema does not know (for a main that
    predates the issue-8 format); the folder and the keys removed."""
    from checker.facts import schema

    known = schema()
    top = set(known["properties"])
    per_fact = set(known["$defs"]["fact"]["properties"])
    removed: set[str] = set()
    yaml = YAML(typ="safe")
    for sheet in sheets:
        data = load_yaml(sheet) or {}
        removed.update(k for k in data if k not in top)
        data = {k: v for k, v in data.items() if k in top}
        facts = []
        for fact in data.get("facts") or ():
            removed.update(k for k in fact if k not in per_fact)
            facts.append({k: v for k, v in fact.items() if k in per_fact})
        data["facts"] = facts
        with (scratch / sheet.name).open("w", encoding="utf-8") as out:
            yaml.dump(data, out)
    return scratch, sorted(removed)


# ---- scoring -------------------------------------------------------------------------------------

@dataclass
class Tally:
    """Right / found (precision) and found / expected (recall) for one slice."""

    right: int = 0
    found: int = 0
    recalled: int = 0
    expected: int = 0

    def add(self, other: "Tally") -> None:
        self.right += other.right
        self.found += other.found
        self.recalled += other.recalled
        self.expected += other.expected

    @property
    def precision(self) -> Optional[float]:
        return self.right / self.found if self.found else None

    @property
    def recall(self) -> Optional[float]:
        return self.recalled / self.expected if self.expected else None

    def as_dict(self) -> dict:
        return {"right": self.right, "found": self.found, "precision": _round(self.precision),
                "recalled": self.recalled, "expected": self.expected, "recall": _round(self.recall)}


def _round(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(x, 3)


def score_contradictions(found: Iterable[tuple[str, str]], expected: Iterable[Expected],
                         label) -> tuple[Tally, dict[str, Tally], list, list]:
    """Overall and per-label tallies, the wrong findings and the missed ones; label(fact, seed) names
    the slice."""
    wanted = {(e.fact, e.seed) for e in expected}
    found = set(found)
    total, slices = Tally(), defaultdict(Tally)
    for pair in sorted(found):
        one = Tally(right=int(pair in wanted), found=1)
        total.add(one)
        slices[label(*pair)].add(one)
    for pair in sorted(wanted):
        one = Tally(recalled=int(pair in found), expected=1)
        total.add(one)
        slices[label(*pair)].add(one)
    return total, dict(slices), sorted(found - wanted), sorted(wanted - found)


def _inside(value: float, low: float, high: float) -> bool:
    slack = 1e-9 * max(1.0, abs(value))
    return low - slack <= value <= high + slack


def match_pair(pair: FoundPair, groups: Sequence[KeyGroup]) -> Optional[tuple[KeyGroup, Member, Member, bool]]:
    """The keyed group and members a found pair speaks of, and whether they differ; a match whose
    members differ is preferred."""
    best = None
    for group in groups:
        sides_a = [m for m in group.members if m.seed == pair.seed_a and _inside(m.value, pair.low_a, pair.high_a)]
        sides_b = [m for m in group.members if m.seed == pair.seed_b and _inside(m.value, pair.low_b, pair.high_b)]
        for a in sides_a:
            for b in sides_b:
                differ = group.differ(a, b)
                if differ:
                    return group, a, b, True
                best = best or (group, a, b, False)
    return best


def language_pair(a: str, b: str) -> str:
    return "-".join(sorted((a, b)))


@dataclass
class DiscrepancyScore:
    groups: Tally
    pairs: Tally
    class_right: int
    class_judged: int
    per_language_pair: dict
    wrong: list
    missed: list


def score_discrepancies(found: Sequence[FoundGroup], key: Sequence[KeyGroup], languages: dict) -> DiscrepancyScore:
    positive = [g for g in key if g.cls in POSITIVE]
    groups, pairs = Tally(), Tally()
    per_pair: dict[str, Tally] = defaultdict(Tally)
    classes: dict[str, Counter] = defaultdict(Counter)
    spans: dict[str, set] = defaultdict(set)  # keyed group -> language pairs found across
    wrong = []
    for group in found:
        all_right = True
        for pair in group.pairs:
            match = match_pair(pair, key)
            right = bool(match and match[3])
            languages_of = language_pair(languages.get(pair.seed_a, "?"), languages.get(pair.seed_b, "?"))
            per_pair[languages_of].add(Tally(right=int(right), found=1))
            pairs.add(Tally(right=int(right), found=1))
            if right:
                keyed = match[0]
                classes[keyed.id][pair.cls] += 1
                spans[keyed.id].add(languages_of)
            else:
                all_right = False
                wrong.append(f"{pair.seed_a} / {pair.seed_b} ({pair.cls})"
                             + (f": keyed {match[0].id} ({match[0].cls}), no discrepancy" if match else ""))
        groups.add(Tally(right=int(all_right), found=1))
    missed = []
    for keyed in positive:
        found_it = keyed.id in classes
        groups.add(Tally(recalled=int(found_it), expected=1))
        if not found_it:
            missed.append(f"{keyed.id} ({keyed.cls})")
        members = keyed.members
        across = {language_pair(languages.get(a.seed, "?"), languages.get(b.seed, "?"))
                  for i, a in enumerate(members) for b in members[i + 1:] if keyed.differ(a, b)}
        for languages_of in across:
            per_pair[languages_of].add(Tally(recalled=int(languages_of in spans[keyed.id]), expected=1))
    judged = [g for g in positive if g.id in classes]
    class_right = sum(1 for g in judged if classes[g.id].most_common(1)[0][0] == g.cls)
    return DiscrepancyScore(groups, pairs, class_right, len(judged), dict(per_pair), wrong, missed)


def score_suggest(found: Sequence[FoundProposal], key: Sequence[KeySuggestion],
                  languages: dict) -> tuple[Tally, dict[str, Tally], list]:
    total, slices = Tally(), defaultdict(Tally)
    taken: set[str] = set()
    missed = []

    def label(seeds: Iterable[str]) -> str:
        return "+".join(sorted({languages.get(s, "?") for s in seeds}))

    for proposal in found:
        hit = None
        for keyed in key:
            shared = set(proposal.seeds) & set(keyed.seeds)
            if len(shared) >= 2 and any(_inside(keyed.value, low, high) for low, high in proposal.values):
                hit = keyed
                break
        right = hit is not None and hit.id not in taken
        if right:
            taken.add(hit.id)
        one = Tally(right=int(right), found=1)
        total.add(one)
        slices[label(proposal.seeds)].add(one)
    for keyed in key:
        one = Tally(recalled=int(keyed.id in taken), expected=1)
        total.add(one)
        slices[label(keyed.seeds)].add(one)
        if keyed.id not in taken:
            missed.append(keyed.id)
    return total, dict(slices), missed


# ---- the report ----------------------------------------------------------------------------------

def score_event(folder: Path) -> dict:
    key = load_key(folder / "key.yaml")
    found = run_event(folder, key)
    languages = found.languages

    def label(fact: str, seed: str) -> str:
        return f"{found.fact_languages.get(fact, '?')}->{languages.get(seed, '?')}"

    c_total, c_slices, c_wrong, c_missed = score_contradictions(found.contradictions, key.contradictions, label)
    d = score_discrepancies(found.groups, key.discrepancies, languages)
    s_total, s_slices, s_missed = score_suggest(found.proposals, key.suggest, languages)
    return {
        "event": key.event, "seeds": len(languages), "notes": list(found.notes),
        "languages": dict(sorted(Counter(languages.values()).items())),
        "contradictions": {**c_total.as_dict(), "per_language_pair": _dicts(c_slices),
                           "wrong": [f"{f} / {s}" for f, s in c_wrong],
                           "missed": [f"{f} / {s}" for f, s in c_missed]},
        "discrepancies": {"groups": d.groups.as_dict(), "pairs": d.pairs.as_dict(),
                          "class_right": d.class_right, "class_judged": d.class_judged,
                          "class_accuracy": _round(d.class_right / d.class_judged if d.class_judged else None),
                          "per_language_pair": _dicts(d.per_language_pair), "wrong": d.wrong, "missed": d.missed},
        "suggest": {**s_total.as_dict(), "per_languages": _dicts(s_slices), "missed": s_missed},
        "out_of_scope_findings": list(found.out_of_scope_findings),
    }


def _dicts(slices: dict) -> dict:
    return {name: tally.as_dict() for name, tally in sorted(slices.items())}


def totals(events: list[dict]) -> dict:
    """Micro-averaged figures over the events."""
    def summed(path: Sequence[str]) -> Tally:
        tally = Tally()
        for event in events:
            node = event
            for step in path:
                node = node[step]
            tally.add(Tally(node["right"], node["found"], node["recalled"], node["expected"]))
        return tally

    def by_slice(path: Sequence[str]) -> dict:
        merged: dict[str, Tally] = defaultdict(Tally)
        for event in events:
            node = event
            for step in path:
                node = node[step]
            for name, t in node.items():
                merged[name].add(Tally(t["right"], t["found"], t["recalled"], t["expected"]))
        return _dicts(merged)

    right = sum(e["discrepancies"]["class_right"] for e in events)
    judged = sum(e["discrepancies"]["class_judged"] for e in events)
    return {
        "seeds": sum(e["seeds"] for e in events),
        "contradictions": {**summed(["contradictions"]).as_dict(),
                           "per_language_pair": by_slice(["contradictions", "per_language_pair"])},
        "discrepancies": {"groups": summed(["discrepancies", "groups"]).as_dict(),
                          "pairs": summed(["discrepancies", "pairs"]).as_dict(),
                          "class_right": right, "class_judged": judged,
                          "class_accuracy": _round(right / judged if judged else None),
                          "per_language_pair": by_slice(["discrepancies", "per_language_pair"])},
        "suggest": {**summed(["suggest"]).as_dict(), "per_languages": by_slice(["suggest", "per_languages"])},
        "out_of_scope_findings": sum(len(e["out_of_scope_findings"]) for e in events),
    }


def _pr(t: dict) -> str:
    def show(x):
        return "  -  " if x is None else f"{x:.2f}"
    return f"P {show(t['precision'])} ({t['right']}/{t['found']})  R {show(t['recall'])} ({t['recalled']}/{t['expected']})"


def render(result: dict) -> str:
    lines = []
    for event in result["events"]:
        lines.append(f"== {event['event']}: {event['seeds']} seeds {event['languages']}")
        lines += [f"   note: {note}" for note in event["notes"]]
        lines.append(f"   contradictions          {_pr(event['contradictions'])}")
        d = event["discrepancies"]
        lines.append(f"   conflicts without fact  groups {_pr(d['groups'])}; pairs P "
                     f"{'-' if d['pairs']['precision'] is None else format(d['pairs']['precision'], '.2f')}"
                     f"; class right {d['class_right']}/{d['class_judged']}")
        lines.append(f"   suggest                 {_pr(event['suggest'])}")
        lines.append(f"   out-of-scope findings   {len(event['out_of_scope_findings'])}")
        for title, items in (("contradictions wrong", event["contradictions"]["wrong"]),
                             ("contradictions missed", event["contradictions"]["missed"]),
                             ("groups missed", d["missed"]), ("suggest missed", event["suggest"]["missed"]),
                             ("out of scope", event["out_of_scope_findings"])):
            if items:
                lines.append(f"   {title}: " + "; ".join(items[:12]) + (" ..." if len(items) > 12 else ""))
    t = result["total"]
    lines.append(f"== all events: {t['seeds']} seeds")
    lines.append(f"   contradictions          {_pr(t['contradictions'])}")
    d = t["discrepancies"]
    lines.append(f"   conflicts without fact  groups {_pr(d['groups'])}; class right {d['class_right']}/{d['class_judged']}")
    lines.append(f"   suggest                 {_pr(t['suggest'])}")
    lines.append(f"   out-of-scope findings   {t['out_of_scope_findings']} (must be 0)")
    for title, slices in (("contradictions by cue language -> seed language", t["contradictions"]["per_language_pair"]),
                          ("conflicts without a fact by language pair", d["per_language_pair"]),
                          ("suggest by languages of the seeds", t["suggest"]["per_languages"])):
        lines.append(f"   {title}:")
        lines += [f"     {name:<16} {_pr(tally)}" for name, tally in slices.items()]
    return "\n".join(lines)


def render_markdown(result: dict) -> str:
    """The figures as the table of bench/realworld/README.md ("Latest figures")."""
    def cell(t: dict, what: str) -> str:
        x = t[what]
        counts = f"{t['right']}/{t['found']}" if what == "precision" else f"{t['recalled']}/{t['expected']}"
        return f"{'-' if x is None else format(x, '.2f')} ({counts})"

    lines = ["| event | seeds | contradictions P | R | conflicts w/o fact P (groups) | R | class right "
             "| suggest P | R | out-of-scope findings |", "|---|---|---|---|---|---|---|---|---|---|"]
    rows = [(e["event"], e) for e in result["events"]] + [("**all**", result["total"])]
    for name, e in rows:
        c, d, s = e["contradictions"], e["discrepancies"], e["suggest"]
        oos = e["out_of_scope_findings"]
        lines.append(f"| {name} | {e['seeds']} | {cell(c, 'precision')} | {cell(c, 'recall')} "
                     f"| {cell(d['groups'], 'precision')} | {cell(d['groups'], 'recall')} "
                     f"| {d['class_right']}/{d['class_judged']} | {cell(s, 'precision')} | {cell(s, 'recall')} "
                     f"| {oos if isinstance(oos, int) else len(oos)} |")
    return "\n".join(lines)


def events(corpus: Path = CORPUS, only: Sequence[str] = ()) -> list[Path]:
    return [p for p in sorted(corpus.iterdir()) if (p / "key.yaml").is_file() and (not only or p.name in only)]


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the summary table of the README")
    parser.add_argument("--event", action="append", default=[], help="only this event folder (repeatable)")
    parser.add_argument("--corpus", default=str(CORPUS), help="the folder of event folders")
    args = parser.parse_args(argv)
    folders = events(Path(args.corpus), args.event)
    if not folders:
        print(f"no event folder with a key.yaml in {args.corpus}", file=sys.stderr)
        return 2
    problems = [p for folder in folders for p in key_problems(folder)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    scored = [score_event(folder) for folder in folders]
    result = {"events": scored, "total": totals(scored)}
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False, sort_keys=True))
    else:
        print(render_markdown(result) if args.markdown else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
