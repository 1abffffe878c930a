"""Every case of tests/corpora/<lang>/*.yaml as its own test (docs/corpora.md).

    pytest tests/test_corpora.py -k en-dates-12      one case
    pytest tests/test_corpora.py -k en-dates         one dimension

A case passes when extract() yields exactly the listed mentions, in order of position:
same span text, kind and value, and the unit and qualifier where the case gives them.
A case with `xfail:` is a known gap: a strict xfail that only a wrong answer satisfies
(a crash, or a broken case, still fails). Nothing is skipped: a file that does not load
or breaks the format fails test_corpus_file_is_well_formed.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from checker.model import Interval
from corpus_notation import mention_problems, parse_value

CORPORA = Path(__file__).parent / "corpora"
SEEDS = Path(__file__).parent.parent / "seeds"
FILE_KEYS = {"language", "published", "cases"}
CASE_KEYS = {"id", "text", "mentions", "why", "xfail"}
MENTION_KEYS = {"span", "kind", "value", "unit", "qualifier", "stated", "precision"}
REL_TOL = 1e-9


class CorpusError(Exception):
    """A corpus case that breaks docs/corpora.md: never an expected failure."""


@dataclass(frozen=True)
class Expected:
    span: str
    kind: str
    value: Interval
    unit: str | None  # None: not checked
    qualifier: str | None
    stated: float | None = None  # the number as written (issue 9, item 9); None: not checked
    precision: float | None = None  # the place of its last written digit; None: not checked


@dataclass
class Case:
    id: str
    path: Path
    line: int
    language: str
    published: Any
    data: Any
    problems: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(CORPORA.parent.parent)}:{self.line}"


@dataclass
class CorpusFile:
    path: Path
    data: Any = None
    error: str = ""
    cases: list[Case] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.relative_to(CORPORA).as_posix()


# ---- loading ------------------------------------------------------------------


def load_corpora(root: Path = CORPORA) -> list[CorpusFile]:
    return [load_corpus(path) for path in sorted(root.glob("*/*.yaml"))]


def load_corpus(path: Path) -> CorpusFile:
    corpus = CorpusFile(path)
    try:
        corpus.data = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError) as exc:
        corpus.error = f"cannot load: {exc}"
        return corpus
    data = corpus.data if isinstance(corpus.data, dict) else {}
    cases = data.get("cases")
    if not isinstance(cases, list):
        return corpus
    language, published = data.get("language"), data.get("published")
    for index, raw in enumerate(cases):
        line = cases.lc.item(index)[0] + 1 if hasattr(cases, "lc") else 0
        case_id = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(case_id, str) or not case_id:
            case_id = f"{path.parent.name}-{path.stem}-case{index + 1}-without-id"
        case = Case(case_id, path, line, language, published, raw)
        case.problems = case_problems(case, path)
        corpus.cases.append(case)
    return corpus


# ---- what a well-formed corpus is ---------------------------------------------


def file_problems(corpus: CorpusFile) -> list[str]:
    """What breaks the file format; the cases' own problems included."""
    if corpus.error:
        return [corpus.error]
    data = corpus.data
    if not isinstance(data, dict):
        return ["the file must be a mapping with language, published and cases"]
    problems = [f"missing key {key!r}" for key in sorted(FILE_KEYS - set(data))]
    problems += [f"unknown key {key!r} (known: {', '.join(sorted(FILE_KEYS))})" for key in data if key not in FILE_KEYS]
    if "language" in data and data["language"] != corpus.path.parent.name:
        problems.append(f"language {data['language']!r} is not the folder's {corpus.path.parent.name!r}")
    if "published" in data and not _is_day(data["published"]):
        problems.append(f"published must be a date such as 2019-05-03, not {data['published']!r}")
    if "cases" in data and (not isinstance(data["cases"], list) or not data["cases"]):
        problems.append("cases must be a non-empty list")
    for case in corpus.cases:
        problems += [f"{case.id} (line {case.line}): {problem}" for problem in case.problems]
    return problems


def case_problems(case: Case, path: Path) -> list[str]:
    raw = case.data
    if not isinstance(raw, dict):
        return ["a case must be a mapping with id, text and mentions"]
    problems = [f"missing key {key!r}" for key in ("id", "text", "mentions") if key not in raw]
    problems += [f"unknown key {key!r} (known: {', '.join(sorted(CASE_KEYS))})" for key in raw if key not in CASE_KEYS]
    language = case.language if isinstance(case.language, str) else "?"
    if "id" in raw and not re.fullmatch(rf"{re.escape(language)}-[a-z]+-\d+", str(raw["id"])):
        problems.append(f"id {raw['id']!r} does not match {language}-<dimension>-<n>")
    elif "id" in raw and not _dimension_fits(str(raw["id"]).split("-")[1], path.stem):
        problems.append(f"id {raw['id']!r} names another dimension than the file {path.name}")
    text = raw.get("text")
    if "text" in raw and (not isinstance(text, str) or not text.strip()):
        problems.append("text must be a non-empty string")
    for key in ("why", "xfail"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            problems.append(f"{key} must be a non-empty string saying why")
    mentions = raw.get("mentions")
    if "mentions" in raw and not isinstance(mentions, list):
        problems.append("mentions must be a list ([] for a negative case)")
        return problems
    if mentions == [] and "why" not in raw:
        problems.append("a negative case (mentions: []) needs a why")
    elif path.stem.startswith("negative") and "why" not in raw:
        problems.append(f"every case of {path.name} needs a why: what must not be read, and why")
    position = 0
    for number, mention in enumerate(mentions or [], 1):
        found, position = _mention_problems(mention, text if isinstance(text, str) else "", position)
        problems += [f"mention {number}: {problem}" for problem in found]
    return problems


def _mention_problems(mention: Any, text: str, position: int) -> tuple[list[str], int]:
    """Problems of one expected mention; its span must follow the previous one in the text."""
    if not isinstance(mention, dict):
        return ["a mention must be a mapping with span, kind and value"], position
    problems = [f"missing key {key!r}" for key in ("span", "kind", "value") if key not in mention]
    problems += [f"unknown key {key!r} (known: {', '.join(sorted(MENTION_KEYS))})"
                 for key in mention if key not in MENTION_KEYS]
    shape, value = mention_problems(mention)
    problems += shape
    span = mention.get("span")
    if isinstance(span, str) and span and span == span.strip():
        at = text.find(span, position)
        if at < 0:
            where = "after the previous span (spans go in order of position)" if span in text else "in the text"
            problems.append(f"span {span!r} not found {where}")
        else:
            position = at + len(span)
    unit = mention.get("unit")
    if value is not None and value.unit and unit is not None and unit != value.unit:
        problems.append(f"unit {unit!r} contradicts the currency {value.unit!r} of the value")
    return problems, position


def _dimension_fits(dimension: str, stem: str) -> bool:
    """en-counts-1 in counts.yaml, en-seeds-101 in seeds-001.yaml, en-negative-1 in negatives.yaml."""
    file_dimension = re.sub(r"-\d+$", "", stem)
    return dimension in (file_dimension, file_dimension.rstrip("s"))


def _is_day(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


# ---- comparing ----------------------------------------------------------------


def expected_mentions(case: Case) -> list[Expected]:
    result = []
    for mention in case.data["mentions"]:
        value = parse_value(mention["value"], mention["kind"])
        unit = mention.get("unit", value.unit or None)
        result.append(Expected(mention["span"], mention["kind"], value.interval, unit, mention.get("qualifier"),
                               _number(mention.get("stated")), _number(mention.get("precision"))))
    return result


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def same_interval(a: Interval, b: Interval) -> bool:
    return (math.isclose(a.low, b.low, rel_tol=REL_TOL) and math.isclose(a.high, b.high, rel_tol=REL_TOL)
            and a.low_inclusive == b.low_inclusive and a.high_inclusive == b.high_inclusive)


def differences(expected: list[Expected], got: list, text: str) -> list[str]:
    found = []
    if len(expected) != len(got):
        found.append(f"expected {len(expected)} mention(s), got {len(got)}")
    for number, (want, have) in enumerate(zip(expected, got), 1):
        if have.text != want.span:
            found.append(f"mention {number}: span {have.text!r} != expected {want.span!r}")
        if text[have.start:have.end] != have.text:
            found.append(f"mention {number}: offsets {have.start}:{have.end} cover "
                         f"{text[have.start:have.end]!r}, not its text {have.text!r}")
        if have.kind != want.kind:
            found.append(f"mention {number}: kind {have.kind!r} != expected {want.kind!r}")
        if not same_interval(have.value, want.value):
            found.append(f"mention {number}: value {_show(have.value, have.kind)} != expected "
                         f"{_show(want.value, want.kind)}")
        if want.unit is not None and have.unit != want.unit:
            found.append(f"mention {number}: unit {have.unit!r} != expected {want.unit!r}")
        if want.qualifier is not None and have.qualifier != want.qualifier:
            found.append(f"mention {number}: qualifier {have.qualifier!r} != expected {want.qualifier!r}")
        for name in ("stated", "precision"):
            expected, got = getattr(want, name), getattr(have, name, None)
            if expected is not None and (got is None or not math.isclose(got, expected, rel_tol=REL_TOL)):
                found.append(f"mention {number}: {name} {got!r} != expected {expected!r}")
    return found


def _show(value: Interval, kind: str) -> str:
    """An interval as the corpus writes it: dates as days, durations in seconds, 12 digits."""
    left = "[" if value.low_inclusive else "("
    right = "]" if value.high_inclusive else ")"
    shown = f"{left}{_end(value.low, kind)}, {_end(value.high, kind)}{right}"
    return f"{shown} s" if kind == "duration" else shown


def _end(x: float, kind: str) -> str:
    if math.isinf(x):
        return "-inf" if x < 0 else "inf"
    if kind == "date" and x == int(x) and 1 <= x <= date.max.toordinal():
        return date.fromordinal(int(x)).isoformat()
    return f"{x:.12g}"


def _row(number: int, span: str, kind: str, value: str, unit: Any, qualifier: Any, rule: str = "") -> str:
    parts = [f"  {number}. {span!r:<28}", f"{kind:<9}", f"{value:<28}",
             f"unit={unit if unit is not None else '(any)'}", f"qualifier={qualifier if qualifier is not None else '(any)'}"]
    if rule:
        parts.append(f"rule={rule}")
    return "  ".join(parts)


def report(case: Case, expected: list[Expected], got: list, found: list[str]) -> str:
    lines = [f"{case.id} ({case.where})", f"text:      {case.data['text']!r}",
             f"published: {case.published}", f"expected {len(expected)} mention(s):"]
    lines += [_row(n, e.span, e.kind, _show(e.value, e.kind), e.unit, e.qualifier) for n, e in enumerate(expected, 1)]
    lines.append(f"got {len(got)} mention(s):")
    lines += [_row(n, m.text, m.kind, _show(m.value, m.kind), m.unit, m.qualifier, m.rule or "?")
              for n, m in enumerate(got, 1)]
    lines.append("differences:")
    lines += [f"  - {difference}" for difference in found]
    return "\n".join(lines)


# ---- the tests ----------------------------------------------------------------

CORPUS_FILES = load_corpora()
CASES = [case for corpus in CORPUS_FILES for case in corpus.cases]


def _param(case: Case):
    marks = []
    xfail = case.data.get("xfail") if isinstance(case.data, dict) else None
    if xfail:
        marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=str(xfail)))
    return pytest.param(case, id=case.id, marks=marks)


def test_corpora_are_found():
    assert CORPUS_FILES, f"no corpus file under {CORPORA}/<lang>/*.yaml"
    assert CASES, "the corpus files hold no case"


@pytest.mark.parametrize("corpus", CORPUS_FILES, ids=[corpus.name for corpus in CORPUS_FILES])
def test_corpus_file_is_well_formed(corpus: CorpusFile):
    problems = file_problems(corpus)
    assert not problems, f"{corpus.name}:\n" + "\n".join(f"  - {problem}" for problem in problems)


def test_case_ids_are_unique_across_corpora():
    seen: dict[str, str] = {}
    clashes = []
    for case in CASES:
        if case.id in seen:
            clashes.append(f"{case.id}: {seen[case.id]} and {case.where}")
        seen.setdefault(case.id, case.where)
    assert not clashes, "duplicate case ids:\n" + "\n".join(clashes)


SEED_CORPORA = [corpus for corpus in CORPUS_FILES if re.fullmatch(r"seeds-\d+", corpus.path.stem)]


@pytest.mark.parametrize("corpus", SEED_CORPORA, ids=[corpus.name for corpus in SEED_CORPORA])
def test_seed_cases_quote_their_seed(corpus: CorpusFile):
    """seeds-000.yaml quotes seeds/000_*.txt: every case text is a passage of that seed, verbatim."""
    number = corpus.path.stem.split("-")[1]
    found = sorted(SEEDS.glob(f"{number}_*.txt"))
    assert len(found) == 1, f"{corpus.name}: expected one seed file seeds/{number}_*.txt, found {len(found)}"
    seed = found[0].read_text(encoding="utf-8")
    misquoted = [case.id for case in corpus.cases
                 if isinstance(case.data, dict) and case.data.get("text") not in seed]
    assert not misquoted, f"not quoted verbatim from {found[0].name}: {', '.join(misquoted)}"


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_corpus_case(case: Case):
    __tracebackhide__ = True
    if case.problems or not _is_day(case.published):
        raise CorpusError(f"{case.where}: the case breaks docs/corpora.md: "
                          + "; ".join(case.problems or ["the file has no published date"]))
    from checker.extract import extract

    expected = expected_mentions(case)
    got = sorted(extract(case.data["text"], case.language, case.published), key=lambda m: (m.start, m.end))
    found = differences(expected, got, case.data["text"])
    if found:
        raise AssertionError(report(case, expected, got, found))


def test_the_format_check_catches_broken_corpora(tmp_path: Path):
    """The checks above are not vacuous: a corpus with every kind of mistake is refused."""
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "negatives.yaml").write_text(
        "language: en\npublished: 2019-05-03T10:00:00\nextra: 1\ncases:\n"
        "  - id: en-negatives-1\n    text: 'a coup'\n    mentions: []\n"
        "  - id: en-dates-2\n    text: 'on May 1'\n    mentions: []\n    why: 'x'\n"
        "  - id: en_negative_3\n    text: 'x'\n    mentions: []\n    why: 'x'\n    xfial: 'typo'\n"
        "  - id: en-negative-4\n    text: 'left four dead'\n    why: 'x'\n    mentions:\n"
        "      - {span: 'dead', kind: count, value: '4'}\n      - {span: 'four', kind: tally, value: '4'}\n"
        "      - {span: 'four', kind: count, value: '1,000', qualifier: roughly}\n"
        "  - id: en-negative-1\n    text: 'x'\n",
        encoding="utf-8")
    (folder / "counts.yaml").write_text(
        "language: fa\npublished: 2019-05-03\ncases:\n  - {id: en-counts-1, text: '25', mentions: []}\n",
        encoding="utf-8")
    (folder / "broken.yaml").write_text("language: en\ncases: [\n", encoding="utf-8")
    corpora = {corpus.path.name: corpus for corpus in load_corpora(tmp_path)}
    problems = "\n".join(file_problems(corpora["negatives.yaml"]))
    for expected in ["published must be a date", "unknown key 'extra'",
                     "en-negatives-1 (line 5): a negative case (mentions: []) needs a why",
                     "names another dimension", "does not match en-<dimension>-<n>", "unknown key 'xfial'",
                     "span 'four' not found after the previous span", "kind 'tally' is not one of",
                     "count value '1,000'", "qualifier 'roughly' is not one of", "missing key 'mentions'"]:
        assert expected in problems
    problems = "\n".join(file_problems(corpora["counts.yaml"]))
    assert "language 'fa' is not the folder's 'en'" in problems
    assert "does not match fa-<dimension>-<n>" in problems
    assert file_problems(corpora["broken.yaml"])[0].startswith("cannot load")
