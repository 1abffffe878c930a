"""Seeds without a publication date (issue 8, item 7): an undated seed whose date its url, a dateline or a header
line gives ("Atualizado em", "آخر تحديث", "تاریخ انتشار" with a Jalali day, a Hijri day, a Unix timestamp in the
url) groups and contradicts as its dated version does, and a seed dated only by a lower bound (the latest date in its
text) as well where the bound is compatible; every finding on such a seed says its date was inferred and how. The
cases are data, tests/undated_cases/*.yaml: each event runs twice, with every date in the manifest and without those
of its `undated` seeds."""
from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest

from checker.corpus import load_seeds
from checker.engine import Inputs, run
from sheet_run import case_files

CASES = sorted((Path(__file__).parent / "undated_cases").glob("*.yaml"))


@cache
def events() -> dict:
    return case_files(CASES)


def _manifest_line(article: dict, dated: bool) -> str:
    undated = article.get("undated") or {}
    fields = [f"id: {article['seed']}", f"file: {article['seed']}.txt", f"language: {article['language']}"]
    if undated.get("url"):
        fields.append(f"url: '{undated['url']}'")
    if dated or not undated:
        fields.append(f"published: {article['published']}")
    return "  - {" + ", ".join(fields) + "}\n"


@cache
def outcome(event: str, dated: bool):
    """(seeds by id, contradictions, groups, findings) of an event's corpus, with or without the undated seeds' dates."""
    case = events()[event]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "facts").mkdir()
        (root / "facts" / "sheet.yaml").write_text(case["sheet"], encoding="utf-8")
        seeds = root / "seeds"
        seeds.mkdir()
        (seeds / "manifest.yaml").write_text(
            "seeds:\n" + "".join(_manifest_line(a, dated) for a in case["articles"]), encoding="utf-8")
        for article in case["articles"]:
            (seeds / f"{article['seed']}.txt").write_text(article["text"] + "\n", encoding="utf-8")
        loaded = {s.id: s for s in load_seeds(seeds)[0]}
        report, _ = run(Inputs(seeds=seeds, facts=(root / "facts",), assertions=()))
    contradictions = {(f.fact, f.seed, f.found) for f in report.findings if f.kind == "contradiction"}
    groups = {(frozenset((c.seed.id, c.mention.text) for c in g.claims), g.status) for g in report.groups}
    return loaded, contradictions, groups, report.findings


def _gap(event: str) -> list:
    """A strict xfail when the event names a known gap (its `xfail`)."""
    reason = events()[event].get("xfail")
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def undated_articles() -> list:
    return [pytest.param(event, a, id=f"{event}-{a['seed']}-{a['language']}-{a['undated']['source']}")
            for event, case in events().items() for a in case["articles"] if a.get("undated")]


def whole_events() -> list:
    return [pytest.param(event, id=event, marks=_gap(event)) for event in sorted(events())]


def findings_of_undated() -> list:
    return [pytest.param(event, a, id=f"{event}-{a['seed']}-{a['language']}-{a['undated']['source']}",
                         marks=_gap(event))
            for event, case in events().items() for a in case["articles"] if a.get("undated")]


@pytest.mark.parametrize("event,article", undated_articles())
def test_undated_seeds_date_is_inferred_from_its_source(event, article):
    seed = outcome(event, False)[0][article["seed"]]
    expected = article["undated"]
    day = expected.get("day", article["published"])
    assert (seed.published, seed.published_source) == (day, expected["source"])


@pytest.mark.parametrize("event", whole_events())
def test_undated_seeds_give_the_contradictions_of_their_dated_version(event):
    assert outcome(event, False)[1] == outcome(event, True)[1]


@pytest.mark.parametrize("event", whole_events())
def test_undated_seeds_give_the_groups_of_their_dated_version(event):
    dated, undated = _given(event, outcome(event, True)[2]), outcome(event, False)[2]
    assert undated == dated, (sorted(dated - undated, key=str), sorted(undated - dated, key=str))


def _given(event: str, groups: set) -> set:
    """The groups without the members an undated seed cannot give (its `not_given`: a weekday counted from a lower
    bound is a day of an unknown week), those left with one seed dropped."""
    left = {(a["seed"], said) for a in events()[event]["articles"] for said in a.get("not_given") or ()}
    kept = {(frozenset(members - left), status) for members, status in groups}
    return {(members, status) for members, status in kept if len({seed for seed, _ in members}) > 1}


@pytest.mark.parametrize("event,article", findings_of_undated())
def test_undated_seeds_findings_say_the_date_was_inferred_and_how(event, article):
    seed, source = article["seed"], article["undated"]["source"]
    findings = [f for f in outcome(event, False)[3]
                if seed in {f.seed, f.other_seed} | {s.get("seed") for s in f.sources if isinstance(s, dict)}]
    assert findings, "no finding rests on the seed"
    for finding in findings:
        assert f"seed {seed}: publication date" in finding.message and "inferred from" in finding.message, finding.message
        assert source in finding.published_inferred.split(","), finding.published_inferred
