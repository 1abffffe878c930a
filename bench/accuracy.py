"""Extraction accuracy against the gold, factlint beside Duckling, spaCy's NER and dateparser, in one run.

    .venv/bin/python bench/accuracy.py                       print the comparison (markdown)
    .venv/bin/python bench/accuracy.py --write docs/accuracy.md
    .venv/bin/python bench/accuracy.py --repeat 3 --gold bench/gold

The gold (bench/gold/*.yaml, format in bench/gold/README.md) lists every number and date expression of
each text with its character offsets and value. Each extractor (bench/adapters/) runs on every gold text
of a language it supports, and is scored on:

    span P / R / F1     exact match: the same start and end as a gold mention (one to one)
    overlap F1          a found span that shares a character with a gold span counts (one to one,
                        largest overlap first)
    value accuracy      of the exact matches, the share whose interval equals the gold's (ends within
                        1e-9 relative, same inclusiveness, same kind group, same currency): the
                        comparison the corpus runner makes
    strict P / R / F1   a found mention counts only when its span and its value are both right
    lenient strict F1   the same with overlap matches: the value right on a span that shares a character
                        (separates reading values from span conventions such as "on Tuesday")

Figures are micro-averaged over mentions. Per kind, a found mention counts under the kind of the gold
mention it matches (under its own kind when it matches none); count and number are one group. A found
span that touches a region the gold leaves unannotated (`ignore:`) is not scored. Speed is MB/s of
UTF-8 text in this one process, best of N repeats, on the English gold texts (the language every
extractor supports), and on all gold texts of the extractor's languages.
"""
from __future__ import annotations

import argparse
import math
import platform
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT, ROOT / "tests", Path(__file__).resolve().parent):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from ruamel.yaml import YAML  # noqa: E402
from ruamel.yaml.error import YAMLError  # noqa: E402

from adapters import ADAPTERS, Found, NotInstalled, load_module  # noqa: E402
from checker.model import Interval  # noqa: E402
from corpus_notation import mention_problems  # noqa: E402

GOLD_DIR = ROOT / "bench" / "gold"
TOP_KEYS = {"seed", "text", "language", "published", "mentions", "boilerplate", "ignore"}
MENTION_KEYS = {"span", "start", "end", "kind", "value", "qualifier", "section", "unit", "note"}
REQUIRED = ("span", "start", "end", "kind", "value", "qualifier", "section")
SECTIONS = ("body", "boilerplate")
REL_TOL = 1e-9
GROUPS = {"count": "count/number", "number": "count/number"}
GROUP_ORDER = ("count/number", "percent", "money", "duration", "date", "ordinal")
LANGUAGE_ORDER = ("en", "fa", "ar", "es", "pt")


def group(kind: str) -> str:
    return GROUPS.get(kind, kind)


# ---- the gold ------------------------------------------------------------------


class GoldError(ValueError):
    """A gold file that breaks bench/gold/README.md; the message lists every problem with its line."""


@dataclass(frozen=True)
class GoldMention:
    span: str
    start: int
    end: int
    kind: str
    value: Interval
    qualifier: str
    section: str
    currency: str = ""
    unit: str = ""
    line: int = 0


@dataclass(frozen=True)
class Gold:
    name: str
    path: Path
    language: str
    published: date
    text: str
    mentions: tuple[GoldMention, ...]
    ignore: tuple[tuple[int, int], ...] = ()
    seed: str = ""
    boilerplate: tuple[tuple[int, int], ...] = ()

    def section_at(self, offset: int) -> str:
        """boilerplate inside a boilerplate region, body elsewhere."""
        return "boilerplate" if any(start <= offset < end for start, end in self.boilerplate) else "body"

    def line_column(self, offset: int) -> str:
        line = self.text.count("\n", 0, offset) + 1
        return f"{line}:{offset - (self.text.rfind(chr(10), 0, offset) + 1) + 1}"


def load_golds(folder: Path = GOLD_DIR) -> list[Gold]:
    return [load_gold(path) for path in sorted(folder.glob("*.yaml"))]


def load_gold(path: Path, root: Path = ROOT) -> Gold:
    """Read and check one gold file; GoldError names every problem as path:line: message."""
    try:
        data = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError) as error:
        raise GoldError(f"{path}: cannot load: {error}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file is a mapping (language, published, seed or text, mentions)")
    problems: list[str] = []
    text = _gold_text(data, root, problems)
    problems += [f"unknown key {key!r} (known: {', '.join(sorted(TOP_KEYS))})" for key in data if key not in TOP_KEYS]
    problems += [f"missing key {key!r}" for key in ("language", "published", "mentions") if key not in data]
    if "language" in data and not (isinstance(data["language"], str) and data["language"]):
        problems.append(f"language must be a language code such as en, not {data['language']!r}")
    published = data.get("published")
    if "published" in data and not (isinstance(published, date) and not isinstance(published, datetime)):
        problems.append(f"published must be a date such as 2019-05-03, not {published!r}")
    mentions = _gold_mentions(data.get("mentions"), text, problems)
    ignore = _gold_regions(data.get("ignore"), "ignore", text, problems)
    for start, end in ignore:
        inside = [m.span for m in mentions if m.start < end and start < m.end]
        if inside:
            problems.append(f"gold mentions inside the ignored region {start}:{end}: {', '.join(map(repr, inside))}")
    boilerplate = _gold_regions(data.get("boilerplate"), "boilerplate", text, problems)
    if "boilerplate" in data:
        for mention in mentions:
            inside = any(start <= mention.start < end for start, end in boilerplate)
            if inside != (mention.section == "boilerplate"):
                problems.append(f"line {mention.line}: {mention.span!r} is section {mention.section} but lies "
                                f"{'inside' if inside else 'outside'} the boilerplate regions")
    if problems:
        raise GoldError("\n".join(f"{path}: {problem}" for problem in problems))
    return Gold(path.stem, path, data["language"], published, text, tuple(mentions), tuple(ignore),
                str(data.get("seed", "")), tuple(boilerplate))


def _gold_text(data: dict, root: Path, problems: list[str]) -> str:
    if ("seed" in data) == ("text" in data):
        problems.append("give either seed (a path from the repository root) or text, not both or neither")
        return ""
    if "text" in data:
        if not isinstance(data["text"], str) or not data["text"].strip():
            problems.append("text must be non-empty text")
            return ""
        return str(data["text"])
    try:
        return (root / str(data["seed"])).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"seed {data['seed']!r} cannot be read: {error}")
        return ""


def _line(seq, index: int) -> int:
    return seq.lc.item(index)[0] + 1 if hasattr(seq, "lc") else 0


def _gold_mentions(raw, text: str, problems: list[str]) -> list[GoldMention]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append("mentions must be a list")
        return []
    mentions: list[GoldMention] = []
    for index, item in enumerate(raw):
        line = _line(raw, index)
        found: list[str] = []
        mention = _gold_mention(item, text, line, found)
        problems += [f"line {line}: mention {index + 1}: {problem}" for problem in found]
        if mention:
            if mentions and mention.start < mentions[-1].end:
                problems.append(f"line {line}: mention {index + 1} ({mention.span!r}) starts before the previous one "
                                f"ends: mentions go in order of position and do not overlap")
            mentions.append(mention)
    return mentions


def _gold_mention(item, text: str, line: int, problems: list[str]) -> Optional[GoldMention]:
    if not isinstance(item, dict):
        problems.append("a mention is a mapping with span, start, end, kind, value, qualifier, section")
        return None
    problems += [f"missing key {key!r}" for key in REQUIRED if key not in item]
    problems += [f"unknown key {key!r} (known: {', '.join(sorted(MENTION_KEYS))})" for key in item
                 if key not in MENTION_KEYS]
    span, start, end, kind = item.get("span"), item.get("start"), item.get("end"), item.get("kind")
    shape, value = mention_problems(item)
    problems += shape
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        problems.append(f"start and end must be character offsets with 0 <= start < end <= {len(text)}, "
                        f"not {start!r}, {end!r}")
    elif isinstance(span, str) and text[start:end] != span:
        problems.append(f"offsets {start}:{end} cover {text[start:end]!r}, not the span {span!r}")
    if "section" in item and item["section"] not in SECTIONS:
        problems.append(f"section {item['section']!r} is not one of {', '.join(SECTIONS)}")
    if problems or value is None:
        return None
    return GoldMention(span, start, end, kind, value.interval, item["qualifier"], item["section"], value.unit,
                       item.get("unit", ""), line)


def _gold_regions(raw, key: str, text: str, problems: list[str]) -> list[tuple[int, int]]:
    """The {start, end, why} regions of ignore: or boilerplate:, checked against the text."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(f"{key} must be a list of {{start, end, why}}")
        return []
    regions = []
    for index, item in enumerate(raw):
        where = f"line {_line(raw, index)}: {key} {index + 1}"
        if not isinstance(item, dict) or set(item) != {"start", "end", "why"}:
            problems.append(f"{where}: a region is {{start, end, why}}")
            continue
        start, end = item["start"], item["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"{where}: start and end must be offsets with 0 <= start < end <= {len(text)}")
            continue
        regions.append((start, end))
    return regions


# ---- matching and scoring ------------------------------------------------------


def same_interval(a: Interval, b: Interval) -> bool:
    """Equal ends (1e-9 relative) and inclusiveness: the corpus runner's comparison."""
    return (math.isclose(a.low, b.low, rel_tol=REL_TOL) and math.isclose(a.high, b.high, rel_tol=REL_TOL)
            and a.low_inclusive == b.low_inclusive and a.high_inclusive == b.high_inclusive)


def same_value(gold: GoldMention, found: Found) -> bool:
    """Whether a found mention reads the gold's value: same kind group, interval and currency."""
    if found.value is None or group(found.kind) != group(gold.kind):
        return False
    if gold.kind == "money" and found.currency != gold.currency:
        return False
    return same_interval(gold.value, found.value)


def match_exact(gold: list[GoldMention], found: list[Found]) -> dict[int, int]:
    """Gold index -> found index for identical spans, one to one."""
    by_span: dict[tuple[int, int], list[int]] = {}
    for index, mention in enumerate(found):
        by_span.setdefault((mention.start, mention.end), []).append(index)
    pairs = {}
    for index, mention in enumerate(gold):
        candidates = by_span.get((mention.start, mention.end))
        if candidates:
            pairs[index] = candidates.pop(0)
    return pairs


def match_overlap(gold: list[GoldMention], found: list[Found]) -> dict[int, int]:
    """Gold index -> found index for spans sharing at least one character, largest overlap first."""
    candidates = []
    for g, want in enumerate(gold):
        for f, have in enumerate(found):
            shared = min(want.end, have.end) - max(want.start, have.start)
            if shared > 0:
                candidates.append((-shared, g, f))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, f in sorted(candidates):
        if g not in pairs and f not in taken:
            pairs[g] = f
            taken.add(f)
    return pairs


def outside(found: Iterable[Found], ignore: Iterable[tuple[int, int]]) -> list[Found]:
    """The found mentions that touch no ignored region."""
    regions = list(ignore)
    return [m for m in found if not any(m.start < end and start < m.end for start, end in regions)]


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    exact: int = 0
    overlap: int = 0
    value_ok: int = 0  # exact matches with the right value: the strict hits
    overlap_value_ok: int = 0  # overlap matches with the right value: the lenient strict hits

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.gold + other.gold, self.found + other.found, self.exact + other.exact,
                      self.overlap + other.overlap, self.value_ok + other.value_ok,
                      self.overlap_value_ok + other.overlap_value_ok)

    def precision(self, hits: int) -> Optional[float]:
        return hits / self.found if self.found else None

    def recall(self, hits: int) -> Optional[float]:
        return hits / self.gold if self.gold else None

    def f1(self, hits: int) -> Optional[float]:
        """2 tp / (gold + found): 0 when something was expected or found and nothing matched."""
        return 2 * hits / (self.gold + self.found) if self.gold + self.found else None

    @property
    def value_accuracy(self) -> Optional[float]:
        return self.value_ok / self.exact if self.exact else None


@dataclass
class Scored:
    """One extractor on one gold text: what it found and how that matches the gold."""

    gold: Gold
    found: list[Found]
    exact: dict[int, int] = field(default_factory=dict)
    overlap: dict[int, int] = field(default_factory=dict)
    value_ok: set[int] = field(default_factory=set)  # gold indices: exact match, right value
    overlap_value_ok: set[int] = field(default_factory=set)  # gold indices: overlap match, right value

    def attributed_group(self, f: int) -> str:
        """The kind a found mention counts under: its gold match's, else its own."""
        for pairs in (self.exact, self.overlap):
            for g, have in pairs.items():
                if have == f:
                    return group(self.gold.mentions[g].kind)
        return group(self.found[f].kind)

    def counts(self, groups: Optional[Iterable[str]] = None) -> Counts:
        keep = set(groups) if groups is not None else None
        gold_in = {g for g, m in enumerate(self.gold.mentions) if keep is None or group(m.kind) in keep}
        found_in = [f for f in range(len(self.found)) if keep is None or self.attributed_group(f) in keep]
        return Counts(len(gold_in), len(found_in), len(gold_in & self.exact.keys()),
                      len(gold_in & self.overlap.keys()), len(gold_in & self.value_ok),
                      len(gold_in & self.overlap_value_ok))


def score(gold: Gold, found: list[Found]) -> Scored:
    """Match what an extractor found in a gold text against the gold mentions."""
    found = sorted(outside(found, gold.ignore), key=lambda m: (m.start, m.end))
    mentions = list(gold.mentions)
    exact = match_exact(mentions, found)
    overlap = match_overlap(mentions, found)
    value_ok = {g for g, f in exact.items() if same_value(mentions[g], found[f])}
    overlap_value_ok = {g for g, f in overlap.items() if same_value(mentions[g], found[f])}
    return Scored(gold, found, exact, overlap, value_ok, overlap_value_ok)


def total(scored: Iterable[Scored], groups: Optional[Iterable[str]] = None) -> Counts:
    result = Counts()
    for one in scored:
        result = result + one.counts(groups)
    return result


# ---- running the extractors ----------------------------------------------------


@dataclass
class Run:
    """One adapter over the gold: its results per gold text, or why it has none."""

    module: object
    extractor: object = None
    status: str = ""  # "" when it ran; "not installed (pip install X)" otherwise
    scored: dict[str, Scored] = field(default_factory=dict)  # gold name -> scored
    errors: dict[str, str] = field(default_factory=dict)  # gold name -> error
    speed: dict[str, Optional[float]] = field(default_factory=dict)  # "en" / "all" -> MB/s

    @property
    def name(self) -> str:
        return self.module.NAME

    def supports(self, language: str) -> bool:
        return self.extractor is not None and language in self.extractor.kinds

    def for_language(self, language: Optional[str]) -> list[Scored]:
        return [s for s in self.scored.values() if language is None or s.gold.language == language]


def run_adapter(name: str, golds: list[Gold]) -> Run:
    module = load_module(name)
    run = Run(module)
    try:
        run.extractor = module.load()
    except NotInstalled as error:
        run.status = f"not installed (`pip install {error.args[0] if error.args else module.PACKAGE}`)"
        return run
    for gold in golds:
        if not run.supports(gold.language):
            continue
        try:
            found = run.extractor.extract(gold.text, gold.language, gold.published)
        except Exception as error:  # an extractor that fails on a text is reported, and found nothing there
            run.errors[gold.name] = f"{type(error).__name__}: {error}"
            found = []
        run.scored[gold.name] = score(gold, found)
    return run


def measure_speeds(runs: list[Run], golds: list[Gold], repeat: int) -> None:
    """MB/s on the English gold texts and on every gold text of each extractor's languages.

    The extractors take turns within each repeat, so that a busy spell of a shared machine does not
    fall on one of them only; each figure is the best of its repeats.
    """
    jobs = []
    for run in runs:
        if run.extractor is None:
            continue
        for key, language in (("en", "en"), ("all", None)):
            chosen = [g for g in golds if run.supports(g.language) and g.name not in run.errors
                      and (language is None or g.language == language)]
            run.speed[key] = None
            if chosen:
                jobs.append((run, key, chosen, sum(len(g.text.encode("utf-8")) for g in chosen) / 1e6))
    best: dict[tuple[int, str], float] = {}
    for _ in range(repeat):
        for run, key, chosen, _megabytes in jobs:
            started = time.perf_counter()
            for gold in chosen:
                run.extractor.extract(gold.text, gold.language, gold.published)
            seconds = time.perf_counter() - started
            best[(id(run), key)] = min(seconds, best.get((id(run), key), math.inf))
    for run, key, _chosen, megabytes in jobs:
        run.speed[key] = megabytes / best[(id(run), key)]


# ---- the report ----------------------------------------------------------------


def fmt(x: Optional[float]) -> str:
    return "–" if x is None else f"{x:.3f}"


def languages_of(golds: list[Gold]) -> list[str]:
    present = {g.language for g in golds}
    return [code for code in LANGUAGE_ORDER if code in present] + sorted(present - set(LANGUAGE_ORDER))


def cell(run: Run, language: Optional[str], figure) -> str:
    """A table cell: the figure, or why there is none."""
    if run.status:
        return run.status.split(" (")[0]
    if language is not None and not run.supports(language):
        return "no language data" if run.name == "factlint" else "not supported"
    scored = run.for_language(language)
    if not scored:
        return "–"
    failed = any(s.gold.name in run.errors for s in scored)
    return figure(total(scored)) + (" (errors: see below)" if failed else "")


def strict_cell(run: Run, language: Optional[str], lenient: bool = False) -> str:
    if not run.status and not run.module.VALUES:
        return "n/a (no values)"
    return cell(run, language, lambda c: fmt(c.f1(c.overlap_value_ok if lenient else c.value_ok)))


def render(golds: list[Gold], runs: list[Run], command: str, repeat: int) -> str:
    languages = languages_of(golds)
    out = ["# Extraction accuracy: factlint and the anchors on the gold\n",
           f"Generated by `{command}` on {date.today().isoformat()} (Python {platform.python_version()}, "
           f"{platform.system()} {platform.machine()}). Regenerate it with the same command after installing the "
           f"`bench` extra (bench/README.md); it is not run in CI. Scoring rules: the docstring of "
           f"`bench/accuracy.py`; gold format: `bench/gold/README.md`.\n"]
    out += _gold_summary(golds, languages)
    out += _versions(runs)
    out += _headline(runs, languages, golds)
    out += _realstyle(golds, runs)
    out += _margins(runs, languages)
    out += _detail(runs, languages)
    out += _by_kind(runs)
    out += _scoped(runs, languages)
    out += _speed(runs, golds, repeat)
    out += _factlint_rest(runs)
    out += _scope_notes(runs)
    out += _factlint_disagreements(runs)
    return "\n".join(out).rstrip() + "\n"


def _gold_summary(golds: list[Gold], languages: list[str]) -> list[str]:
    lines = ["## The gold\n", "| language | texts | MB | mentions | body | boilerplate | "
             + " | ".join(GROUP_ORDER) + " |", "|---" * (6 + len(GROUP_ORDER)) + "|"]
    for language in languages:
        chosen = [g for g in golds if g.language == language]
        mentions = [m for g in chosen for m in g.mentions]
        kinds = [sum(1 for m in mentions if group(m.kind) == k) for k in GROUP_ORDER]
        megabytes = sum(len(g.text.encode("utf-8")) for g in chosen) / 1e6
        lines.append(f"| {language} | {len(chosen)} | {megabytes:.4f} | {len(mentions)} | "
                     f"{sum(m.section == 'body' for m in mentions)} | {sum(m.section == 'boilerplate' for m in mentions)} | "
                     + " | ".join(map(str, kinds)) + " |")
    lines.append("\nTexts: " + ", ".join(f"`{g.name}` ({g.language}, {g.published})" for g in golds) + ".\n")
    return lines


def _versions(runs: list[Run]) -> list[str]:
    lines = ["## Extractors\n", "| extractor | package | version | languages |", "|---|---|---|---|"]
    for run in runs:
        version = run.status or run.extractor.version
        langs = ", ".join(k for k in LANGUAGE_ORDER if run.supports(k)) if run.extractor else "–"
        lines.append(f"| {run.name} | {run.module.PACKAGE or '(this repository)'} | {version} | {langs} |")
    return lines + [""]


def _headline(runs: list[Run], languages: list[str], golds: list[Gold]) -> list[str]:
    lines = ["## Strict F1 by language (span and value both right)\n"]
    lines += _language_table(runs, languages, golds, strict_cell, counts=True)
    lines.append("\nLenient strict F1 (the value right on an overlapping span, so that a span convention such as "
                 "\"on Tuesday\" for \"Tuesday\" costs nothing):\n")
    lines += _language_table(runs, languages, golds, lambda r, lang: strict_cell(r, lang, lenient=True))
    lines.append("\nSpan F1 (exact spans, values not looked at):\n")
    lines += _language_table(runs, languages, golds, lambda r, lang: cell(r, lang, lambda c: fmt(c.f1(c.exact))))
    return lines + [""]


# The real-style gold (issue 9): paragraphs written in the shape of real coverage, one file a language; and
# the held-out gold, written after the engine work in phrasings no corpus uses, to show the figures hold on text
# the engine was not tuned on.
REALSTYLE_PREFIX = "realstyle-"
HELDOUT_PREFIX = "heldout-"
_OWN_TABLES = (
    (REALSTYLE_PREFIX, "## Strict F1 on the real-style gold (`bench/gold/realstyle-*.yaml`)\n",
     "Paragraphs written for the benchmark in the shape of real coverage (separators mixed on one page, "
     "numbers mixing digits and words, hedges after the noun or carried over a coordination, times of day); "
     "the same texts are also part of every table above.\n"),
    (HELDOUT_PREFIX, "## Strict F1 on the held-out gold (`bench/gold/heldout-*.yaml`)\n",
     "Reports on other events, written after the engine work of issue 9 in phrasings no corpus or other gold "
     "file uses (their first figures, before any fix they led to, are in the commit that added them); the same "
     "texts are also part of every table above.\n"),
)


def _realstyle(golds: list[Gold], runs: list[Run]) -> list[str]:
    """Strict F1 by language on the real-style and on the held-out gold alone (the extractors run again on
    those texts)."""
    lines: list[str] = []
    for prefix, title, about in _OWN_TABLES:
        chosen = [g for g in golds if g.name.startswith(prefix)]
        if not chosen:
            continue
        again = [run_adapter(run.module.__name__.rsplit(".", 1)[-1], chosen) if run.extractor else run for run in runs]
        lines += [title, about] + _language_table(again, languages_of(chosen), chosen, strict_cell, counts=True) + [""]
    return lines


def _language_table(runs: list[Run], languages: list[str], golds: list[Gold], figure, counts=False) -> list[str]:
    lines = [f"| language{' (gold mentions)' if counts else ''} | " + " | ".join(r.name for r in runs) + " |",
             "|---" * (len(runs) + 1) + "|"]
    for language in languages + [None]:
        label = language or "all its languages"
        if counts:
            label += f" ({sum(len(g.mentions) for g in golds if language is None or g.language == language)})"
        lines.append(f"| {label} | " + " | ".join(figure(r, language) for r in runs) + " |")
    return lines


def _strict(run: Run, language: str, groups=None) -> Optional[float]:
    scored = run.for_language(language)
    if not scored:
        return None
    counts = total(scored, groups)
    return counts.f1(counts.value_ok if run.module.VALUES else counts.exact)


def _margins(runs: list[Run], languages: list[str]) -> list[str]:
    ours = next((r for r in runs if r.name == "factlint"), None)
    lines = ["## factlint's margin over each anchor\n"]
    if ours is None or ours.extractor is None:
        return lines + ["factlint did not run.\n"]
    lines.append(_lead(ours, runs, languages) + "\n")
    for anchor in runs:
        if anchor is ours:
            continue
        if anchor.status:
            lines.append(f"- **{anchor.name}**: {anchor.status}; no margin can be stated.")
            continue
        measure = "strict F1" if anchor.module.VALUES else "span F1 (it gives no values, so its strict F1 is 0)"
        parts = []
        for language in languages:
            if not anchor.supports(language):
                continue
            if not ours.supports(language):
                parts.append(f"{language}: factlint has no language data yet, no margin")
                continue
            groups = {group(k) for k in anchor.extractor.kinds[language]}
            mine, theirs = _scored_pair(ours, anchor, language, None)
            scoped_mine, scoped_theirs = _scored_pair(ours, anchor, language, groups)
            if mine is None or theirs is None:
                parts.append(f"{language}: –")
                continue
            parts.append(f"{language} {mine - theirs:+.3f} ({fmt(mine)} vs {fmt(theirs)}; within its scope "
                         f"{_scoped_words(ours, anchor, language, groups, scoped_mine, scoped_theirs)})")
        lines.append(f"- **{anchor.name}**, {measure}: " + ("; ".join(parts) if parts else "no language in common")
                     + ".")
    return lines + ["\nWithin its scope: the gold restricted to the kinds the anchor produces in that language "
                    "(for dateparser, dates; for Duckling in fa, numbers), and factlint scored on the same mentions.\n"]


def _lead(ours: Run, runs: list[Run], languages: list[str]) -> str:
    """One sentence: is factlint ahead of every anchor in every language the anchor supports, and by how much."""
    margins, behind, missing = [], [], []
    for anchor in runs:
        if anchor is ours or anchor.status:
            continue
        for language in languages:
            if not anchor.supports(language):
                continue
            if not ours.supports(language):
                missing.append(f"{anchor.name} in {language}")
                continue
            mine, theirs = _scored_pair(ours, anchor, language, None)
            if mine is None or theirs is None:
                continue
            margins.append((mine - theirs, anchor.name, language))
            if mine <= theirs:
                behind.append(f"{anchor.name} in {language} ({mine - theirs:+.3f})")
    if not margins:
        return "No anchor ran on a language factlint reads: no margin can be stated."
    smallest = min(margins)
    sentence = ("factlint is ahead of every anchor in every language the anchor supports that factlint reads"
                if not behind else "factlint is not ahead of " + ", ".join(behind))
    sentence += (f" (strict F1; span F1 against spaCy NER, which gives no values); the smallest margin is "
                 f"{smallest[0]:+.3f}, over {smallest[1]} in {smallest[2]}.")
    if missing:
        sentence += " No margin for " + ", ".join(missing) + ": factlint has no language data there."
    return sentence


def _span(run: Run, language: str, groups=None) -> Optional[float]:
    scored = run.for_language(language)
    if not scored:
        return None
    counts = total(scored, groups)
    return counts.f1(counts.exact)


def _scored_pair(ours: Run, anchor: Run, language: str, groups) -> tuple[Optional[float], Optional[float]]:
    if anchor.module.VALUES:
        return _strict(ours, language, groups), _strict(anchor, language, groups)
    return _span(ours, language, groups), _span(anchor, language, groups)


def _scoped_words(ours: Run, anchor: Run, language: str, groups, mine: Optional[float],
                  theirs: Optional[float]) -> str:
    if mine is not None and theirs is not None:
        return f"{mine - theirs:+.3f}: {fmt(mine)} vs {fmt(theirs)}"
    gold = total(anchor.for_language(language), groups)
    if gold.gold == 0:
        spurious = f"{anchor.name} reports {gold.found}, all spurious" if gold.found else "neither reports any"
        return f"the gold has no mention of those kinds; {spurious}, factlint {total(ours.for_language(language), groups).found}"
    return "–"


def _detail(runs: list[Run], languages: list[str]) -> list[str]:
    lines = ["## Each extractor by language\n",
             "| extractor | language | gold | found | span P | span R | span F1 | overlap F1 | value acc. | "
             "strict P | strict R | strict F1 | lenient strict F1 |", "|---" * 13 + "|"]
    for run in runs:
        if run.status:
            lines.append(f"| {run.name} | – | " + " | ".join([run.status.split(" (")[0]] + ["–"] * 10) + " |")
            continue
        for language in languages + [None]:
            label = language or "all"
            if language is not None and not run.supports(language):
                continue
            scored = run.for_language(language)
            if not scored:
                continue
            c = total(scored)
            values = run.module.VALUES
            strict = [fmt(c.precision(c.value_ok)), fmt(c.recall(c.value_ok)), fmt(c.f1(c.value_ok)),
                      fmt(c.f1(c.overlap_value_ok))] if values else ["n/a"] * 4
            lines.append(f"| {run.name} | {label} | {c.gold} | {c.found} | {fmt(c.precision(c.exact))} | "
                         f"{fmt(c.recall(c.exact))} | {fmt(c.f1(c.exact))} | {fmt(c.f1(c.overlap))} | "
                         f"{fmt(c.value_accuracy) if values else 'n/a'} | " + " | ".join(strict) + " |")
    errors = [f"- {run.name} on `{name}`: {error}" for run in runs for name, error in run.errors.items()]
    if errors:
        lines += ["", "Errors (texts an extractor failed on; they count as nothing found):", *errors]
    return lines + [""]


def _by_kind(runs: list[Run]) -> list[str]:
    lines = ["## By kind (every language each extractor supports)\n",
             "Span F1 / strict F1; gold mentions in brackets are those of the extractor's languages.\n",
             "| kind | " + " | ".join(r.name for r in runs) + " |", "|---" * (len(runs) + 1) + "|"]
    for kind in GROUP_ORDER:
        cells = []
        for run in runs:
            if run.status:
                cells.append(run.status.split(" (")[0])
                continue
            c = total(run.for_language(None), {kind})
            strict = fmt(c.f1(c.value_ok)) if run.module.VALUES else "n/a"
            cells.append(f"{fmt(c.f1(c.exact))} / {strict} ({c.gold})")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines + [""]


def _scoped(runs: list[Run], languages: list[str]) -> list[str]:
    ours = next((r for r in runs if r.name == "factlint" and not r.status), None)
    lines = ["## Within each anchor's scope\n",
             "The gold restricted to the kinds the anchor can produce in the language; strict F1 (span F1 for "
             "spaCy NER, which gives no values).\n",
             "| anchor | language | kinds | gold | anchor | factlint | margin |", "|---" * 7 + "|"]
    for anchor in runs:
        if anchor is ours or anchor.name == "factlint":
            continue
        if anchor.status:
            lines.append(f"| {anchor.name} | – | – | – | {anchor.status.split(' (')[0]} | – | – |")
            continue
        for language in languages:
            if not anchor.supports(language):
                continue
            groups = {group(k) for k in anchor.extractor.kinds[language]}
            gold = total(anchor.for_language(language), groups).gold
            mine, theirs = (_scored_pair(ours, anchor, language, groups) if ours and ours.supports(language)
                            else (None, _strict(anchor, language, groups) if anchor.module.VALUES
                                  else _span(anchor, language, groups)))
            margin = f"{mine - theirs:+.3f}" if mine is not None and theirs is not None else "–"
            kinds = ", ".join(k for k in GROUP_ORDER if k in groups)
            lines.append(f"| {anchor.name} | {language} | {kinds} | {gold} | {fmt(theirs)} | "
                         f"{fmt(mine) if ours and ours.supports(language) else 'no language data'} | {margin} |")
    return lines + [""]


def _speed(runs: list[Run], golds: list[Gold], repeat: int) -> list[str]:
    english = sum(len(g.text.encode("utf-8")) for g in golds if g.language == "en") / 1e6
    lines = ["## Speed\n",
             f"MB/s of UTF-8 text, one process, best of {repeat} (the extractors take turns within each repeat), "
             f"after a warm-up run (models and language data loaded). The machine is shared: compare the "
             f"extractors with each other rather than with another run. The English gold texts are {english:.4f} MB; the second column runs every gold text of "
             f"the extractor's languages. The adapters' conversion to intervals is included.\n",
             "| extractor | MB/s, English texts | MB/s, all its languages |", "|---|---|---|"]
    for run in runs:
        if run.status:
            lines.append(f"| {run.name} | {run.status} | – |")
            continue
        lines.append(f"| {run.name} | {_mbs(run.speed.get('en'))} | {_mbs(run.speed.get('all'))} |")
    return lines + [""]


def _mbs(x: Optional[float]) -> str:
    return "–" if x is None else f"{x:.4f}" if x < 0.1 else f"{x:.3f}"


def _factlint_rest(runs: list[Run]) -> list[str]:
    ours = next((r for r in runs if r.name == "factlint" and not r.status), None)
    if ours is None:
        return []
    units = qualifiers = units_ok = qualifiers_ok = boiler_as_body = body_as_boiler = 0
    for scored in ours.scored.values():
        for g, f in scored.exact.items():
            want, have = scored.gold.mentions[g], scored.found[f]
            if want.unit:
                units += 1
                units_ok += have.unit == want.unit
            qualifiers += 1
            qualifiers_ok += have.qualifier == want.qualifier
        for g, f in scored.overlap.items():
            want, have = scored.gold.mentions[g], scored.found[f]
            boiler_as_body += want.section == "boilerplate" and have.section == "body"
            body_as_boiler += want.section == "body" and have.section == "boilerplate"
    spurious_body = sum(1 for s in ours.scored.values() for f, m in enumerate(s.found)
                        if m.section == "body" and f not in s.overlap.values()
                        and s.gold.section_at(m.start) == "boilerplate")
    return ["## factlint: units, qualifiers, sections\n",
            f"- unit (counted noun) right on {units_ok} of {units} exact matches whose gold gives one",
            f"- qualifier right on {qualifiers_ok} of {qualifiers} exact matches",
            f"- gold boilerplate mentions reported as body: {boiler_as_body}; body mentions reported as "
            f"boilerplate: {body_as_boiler}; spurious mentions reported as body inside boilerplate: {spurious_body}",
            ""]


def _scope_notes(runs: list[Run]) -> list[str]:
    lines = ["## What each extractor can and cannot do\n"]
    lines += [f"- **{run.name}**: {run.module.SCOPE}." for run in runs]
    return lines + [""]


def notation(interval: Optional[Interval], kind: str, currency: str = "") -> str:
    """A value as the gold writes it: dates as days, durations in seconds, money with its currency."""
    if interval is None:
        return "(no value)"
    if interval.low == interval.high and interval.low_inclusive and interval.high_inclusive:
        shown = _end(interval.low, interval.domain)
    else:
        shown = (("[" if interval.low_inclusive else "(") + f"{_end(interval.low, interval.domain)}, "
                 f"{_end(interval.high, interval.domain)}" + ("]" if interval.high_inclusive else ")"))
    suffix = " s" if kind == "duration" else f" {currency}" if currency else ""
    return shown + suffix


def _end(x: float, domain: str) -> str:
    if math.isinf(x):
        return "-inf" if x < 0 else "inf"
    if domain == "date" and x == int(x) and 1 <= x <= date.max.toordinal():
        return date.fromordinal(int(x)).isoformat()
    return f"{x:.12g}"


def disagreements(scored: Scored) -> list[str]:
    """Every gold mention an extractor misses or misreads (value, unit), and every one it adds to the gold."""
    gold, found, rows = scored.gold, scored.found, []
    matched = set(scored.exact.values())
    for g, want in enumerate(gold.mentions):
        where = f"{gold.name}:{gold.line_column(want.start)}"
        expected = f"{want.kind} {notation(want.value, want.kind, want.currency)}"
        if g not in scored.exact:
            near = scored.overlap.get(g)
            got = (f"reads {found[near].kind} {gold.text[found[near].start:found[near].end]!r} "
                   f"{notation(found[near].value, found[near].kind, found[near].currency)}" if near is not None
                   else "finds nothing")
            rows.append(f"| {where} | {want.span!r} | {expected} | {got} |")
        elif g not in scored.value_ok:
            have = found[scored.exact[g]]
            rows.append(f"| {where} | {want.span!r} | {expected} | {have.kind} "
                        f"{notation(have.value, have.kind, have.currency)} |")
        elif want.unit and found[scored.exact[g]].unit != want.unit:
            rows.append(f"| {where} | {want.span!r} | unit {want.unit} | unit {found[scored.exact[g]].unit or '(none)'} |")
    overlapped = set(scored.overlap.values())
    for f, have in enumerate(found):
        if f not in matched and f not in overlapped:
            rows.append(f"| {gold.name}:{gold.line_column(have.start)} | {gold.text[have.start:have.end]!r} | "
                        f"(nothing: not a mention) | {have.kind} {notation(have.value, have.kind, have.currency)} "
                        f"({have.section or 'body'}) |")
    return rows


def _factlint_disagreements(runs: list[Run]) -> list[str]:
    ours = next((r for r in runs if r.name == "factlint" and not r.status), None)
    if ours is None:
        return []
    rows = [row for scored in ours.scored.values() for row in disagreements(scored)]
    lines = ["## factlint against the gold, mention by mention\n",
             "Every gold mention factlint misses or reads differently (its value, or its unit where the gold gives "
             "one), and every mention it reports that the gold does not have (position is text:line:column).\n"]
    if not rows:
        return lines + ["None.\n"]
    return lines + ["| where | span | gold | factlint |", "|---|---|---|---|", *rows, ""]


# ---- the command ---------------------------------------------------------------


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", metavar="PATH", help="write the markdown report there (else print it)")
    parser.add_argument("--repeat", type=int, default=5, help="speed: best of N runs (default 5)")
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="the gold folder (default bench/gold)")
    args = parser.parse_args(argv)
    try:
        golds = load_golds(args.gold)
    except GoldError as error:
        print(error, file=sys.stderr)
        return 2
    if not golds:
        print(f"no gold file in {args.gold}", file=sys.stderr)
        return 2
    runs = []
    for name in ADAPTERS:
        started = time.perf_counter()
        run = run_adapter(name, golds)
        runs.append(run)
        print(f"{run.name}: {run.status or 'scored'} ({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    started = time.perf_counter()
    measure_speeds(runs, golds, args.repeat)
    print(f"speed: best of {args.repeat} ({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    command = ".venv/bin/python bench/accuracy.py" + (f" --write {args.write}" if args.write else "")
    if args.repeat != 5:
        command += f" --repeat {args.repeat}"
    report = render(golds, runs, command, args.repeat)
    if args.write:
        target = Path(args.write)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(target.suffix + ".tmp")
        temporary.write_text(report, encoding="utf-8")
        temporary.replace(target)
        print(f"wrote {target}", file=sys.stderr)
    else:
        print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
