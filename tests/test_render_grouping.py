"""The markdown report grouped at scale: discrepancies and information under one heading per fact (and per
group of claims no fact covers) with their counts, each group and each list capped with "… and N more"."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from checker.claims import Claim
from checker.cluster import Group, Pair
from checker.intervals import point
from checker.model import Finding, Report
from checker.render import markdown

from test_render_markdown import contradiction, mention, result
from test_render_scale import big_report


def section(text: str, title: str) -> str:
    return text.split(f"## {title}")[1].split("\n## ")[0]


def test_render_grouping_discrepancies_under_one_heading_per_fact_with_counts():
    found = section(markdown.render(big_report()), "Discrepancies")
    assert found.startswith("\n\n300 errors and warnings about 3 facts, most first.")
    assert "### `fact-0`: 120 findings (120 error) in 30 seeds" in found
    assert "### `fact-2`: 90 findings (90 error) in 30 seeds" in found
    assert found.index("### `fact-0`") < found.index("### `fact-1`") < found.index("### `fact-2`")
    assert "#### 1. contradiction (error): `fact-0` in `s000` (Outlet 0, 2019-05-01)" in found


def test_render_grouping_each_fact_capped_with_and_n_more():
    found = section(markdown.render(big_report()), "Discrepancies")
    assert found.count("\n#### ") == 3 * markdown.MAX_PER_GROUP
    assert "… and 100 more about `fact-0`." in found and "… and 70 more about `fact-1`." in found


def test_render_grouping_many_facts_capped_in_total():
    seeds = big_report(3, 1).seeds
    findings = tuple(contradiction(seed_id="s000", fact_id=f"f{n:04d}", fingerprint=f"p{n}") for n in range(600))
    found = section(markdown.render(Report(seeds, (), findings)), "Discrepancies")
    assert found.count("\n#### ") == markdown.MAX_LISTED
    assert found.count("\n### ") == markdown.MAX_LISTED
    assert "… and 400 more discrepancies about 400 more facts" in found


def test_render_grouping_information_by_fact_with_counts():
    seeds = big_report(3, 1).seeds
    info = tuple(Finding(kind="imprecise", severity="info", fact=f"f{n % 2}", seed="s000", message="wider",
                         expected="25", found="20–30", path="seeds/s000.txt", line=n + 1, column=1,
                         fingerprint=f"i{n}") for n in range(50))
    found = section(markdown.render(Report(seeds, (), info)), "Information")
    assert "### `f0`: 25 findings in 1 seed" in found and "### `f1`: 25 findings in 1 seed" in found
    assert found.count("| s000 |") == 2 * markdown.MAX_PER_GROUP
    assert "… and 5 more about `f0`." in found


def test_render_grouping_findings_by_fact_names_each_group_of_claims():
    report = _with_groups(2)
    table = section(markdown.render(report), "Findings by fact")
    assert "| claims: count of dead around 2019-05-01 | " in table
    assert "(claims no fact covers)" not in table


def test_render_grouping_conflicts_without_a_fact_capped_with_counts():
    report = _with_groups(markdown.MAX_GROUPS + 3, claims=markdown.MAX_PER_GROUP + 4)
    found = section(markdown.render(report), "Conflicts without a fact")
    assert f"{markdown.MAX_GROUPS + 3} groups of claims conflict" in found
    assert found.count("\n### ") == markdown.MAX_GROUPS
    assert "… and 3 more groups of claims that conflict" in found
    assert "… and 4 more claims of this group" in found


def _with_groups(groups: int, claims: int = 2) -> Report:
    seeds = [replace(result(f"s{i:03d}").seed, published=date(2019, 5, 1)) for i in range(claims)]
    made, findings = [], []
    for g in range(groups):
        said = [Claim(seeds[i], mention(str(10 + i), 5, unit="dead", value=point(10 + i)),
                      (date(2019, 5, 1).toordinal(),) * 2) for i in range(claims)]
        print_ = f"g{g}"
        pair = Pair(said[0], said[1], 0.9, ("unit dead",), fingerprint=print_)
        made.append(Group(key=f"k{g:03d}", kind="count", unit="dead", claims=tuple(said), terms=(),
                          conflicts=(pair,), confidence=0.9))
        findings.append(Finding(kind="source-conflict", severity="warning", fact="", seed=seeds[0].id,
                                other_seed=seeds[1].id, message="disagree", fingerprint=print_,
                                path="seeds/s000.txt", line=1, column=1))
    return Report(tuple(result(s.id) for s in seeds), (), tuple(findings), groups=tuple(made))


def test_render_grouping_values_by_seed_under_each_fact_capped():
    from checker.model import Fact, FactValue
    facts = tuple(Fact(id=f"f{n}", statement="s", kind="count", values=(FactValue(point(25), "25"),), unit="soldier")
                  for n in range(2))
    seeds = tuple(result(f"s{i:03d}", [(f"f{n}", mention("25", 10 * n, unit="soldier"), "agrees") for n in range(2)])
                  for i in range(30))
    found = section(markdown.render(Report(seeds, facts, ())), "Values by seed and date")
    assert "### `f0`: 30 values from 30 seeds" in found and "### `f1`: 30 values from 30 seeds" in found
    assert found.count("| agrees |") == 2 * markdown.MAX_PER_GROUP
    assert "… and 10 more values of `f0`." in found
