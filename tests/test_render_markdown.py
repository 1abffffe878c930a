"""The markdown report, on small reports built by hand."""
from datetime import date

import pytest

from checker.intervals import days, point
from checker.model import (Comparison, Fact, FactValue, Finding, Link, Mention, Report,
                           Seed, SeedResult)
from checker.render import markdown


def mention(text, start, kind="count", value=None, unit="soldier", line=1, section="body"):
    return Mention(text=text, start=start, end=start + len(text), line=line, column=start + 1,
                   kind=kind, value=value or point(25), unit=unit, section=section)


def fact(fact_id, kind="count", values=(point(25),), unit="soldier", as_of=(None,)):
    series = tuple(FactValue(interval=v, text=f"{v.low:g}", as_of=a) for v, a in zip(values, as_of))
    return Fact(id=fact_id, statement=f"Statement of {fact_id}", kind=kind, values=series,
                unit=unit, path="facts/demo.yaml", line=7)


def result(seed_id, verdicts=(), mentions=(), published=date(2019, 5, 1)):
    """A seed result whose comparisons give the verdicts, as (fact id, mention, verdict)."""
    seed = Seed(id=seed_id, path=f"seeds/{seed_id}.txt", text="", language="en", published=published)
    links = tuple(Link(m, fact_id, 1.0, ("unit",)) for fact_id, m, _ in verdicts)
    comparisons = tuple(Comparison(link, seed_id, FactValue(point(25), "25"), verdict)
                        for link, (_, _, verdict) in zip(links, verdicts))
    return SeedResult(seed, tuple(mentions) + tuple(m for _, m, _ in verdicts), links, comparisons)


def contradiction(seed_id="a", fact_id="troops", **extra):
    fields = dict(kind="contradiction", severity="error", fact=fact_id, seed=seed_id,
                  message="the article says 40, the fact sheet 25", expected="25 soldiers",
                  found="40 soldiers", quote="Officials said 40 soldiers defected.",
                  path=f"seeds/{seed_id}.txt", line=3, column=15, fact_path="facts/demo.yaml",
                  fact_line=7, fingerprint="fp-1")
    fields.update(extra)
    return Finding(**fields)


def sample_report():
    forty, twenty_five = mention("40 soldiers", 30, value=point(40)), mention("25 soldiers", 10)
    stray = mention("12 percent", 50, kind="percent", value=point(12), unit="percent", line=4)
    boiler = mention("3 comments", 90, section="boilerplate", line=9)
    election = days(date(2018, 5, 20), date(2018, 5, 20))
    facts = (
        fact("troops"),
        fact("election-day", kind="date", values=(election,), unit=""),
        fact("turnout", kind="percent", values=(point(46), point(48)), unit="percent",
             as_of=(None, date(2019, 3, 1))),
    )
    seeds = (
        result("b", [("troops", twenty_five, "agrees")]),
        result("a", [("troops", forty, "contradicts"), ("troops", twenty_five, "agrees"),
                     ("election-day", mention("May 20", 60, "date", election, ""), "imprecise")],
               mentions=(stray, boiler)),
    )
    findings = (
        contradiction(),
        Finding(kind="imprecise", severity="info", fact="election-day", seed="a",
                message="wider than the fact", expected="2018-05-20", found="2018-05",
                path="seeds/a.txt", line=5, column=1),
    )
    return Report(seeds=seeds, facts=facts, findings=findings)


def matrix_rows(text):
    section = text.split("## Facts × seeds")[1].split("##")[0]
    return {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in section.splitlines() if line.startswith("| ") and "---" not in line}


def test_markdown_matrix_worst_verdict_wins():
    rows = matrix_rows(markdown.render(sample_report()))
    assert rows["fact"] == ["a", "b"]
    assert rows["troops"] == ["✗", "✓"]
    assert rows["election-day"] == ["≈", "·"]
    assert rows["turnout"] == ["·", "·"]
    assert "Legend: ✓ agrees, ✗ contradicts" in markdown.render(sample_report())


@pytest.mark.parametrize("verdicts, expected", [
    (["agrees", "imprecise"], "≈"),
    (["imprecise", "unresolved"], "?"),
    (["unresolved", "contradicts", "agrees"], "✗"),
    (["agrees"], "✓"),
    ([], "·"),
])
def test_markdown_matrix_cell(verdicts, expected):
    triples = [("troops", mention("25 soldiers", 10 * i), v) for i, v in enumerate(verdicts)]
    assert markdown.matrix_cell(result("a", triples), "troops") == expected


def test_markdown_discrepancy_has_quote_and_locations():
    text = markdown.render(sample_report())
    section = text.split("## Discrepancies")[1].split("\n## ")[0]
    assert "### 1. contradiction (error): `troops` in `a`" in section
    assert "*Statement of troops*" in section
    assert "- **expected:** 25 soldiers" in section
    assert "- **found:** 40 soldiers" in section
    assert "> Officials said 40 soldiers defected." in section
    assert "`seeds/a.txt:3:15`" in section
    assert "`facts/demo.yaml:7`" in section


def test_markdown_expected_falls_back_to_the_fact_value():
    report = sample_report()
    report = Report(report.seeds, report.facts, (contradiction(expected=""),))
    assert "- **expected:** 25 soldiers" in markdown.render(report)


def test_markdown_summary_counts():
    text = markdown.render(sample_report())
    assert text.startswith("# factlint report\n\n2 seeds, 3 facts, 2 findings")
    assert "by kind: 1 contradiction, 1 imprecise" in text
    assert "by severity: 1 error, 1 info" in text


def test_markdown_information_table():
    section = markdown.render(sample_report()).split("## Information")[1].split("\n## ")[0]
    assert "| a | election-day | imprecise | 2018-05-20 | 2018-05 | seeds/a.txt:5:1 | wider than the fact |" in section


def test_markdown_unlinked_claims_only_body_mentions():
    section = markdown.render(sample_report()).split("## Unlinked claims")[1].split("\n## ")[0]
    assert "### `a`" in section
    assert "| 4 | 12 percent | percent | 12% | percent |" in section
    assert "3 comments" not in section
    assert "### `b`" not in section


def test_markdown_timeline_and_changing_facts():
    text = markdown.render(sample_report())
    timeline = text.split("## Timeline")[1].split("\n## ")[0]
    assert "| 2018-05-20 | election-day | Statement of election-day | a ≈ |" in timeline
    changing = text.split("## Facts that change over time")[1]
    assert "### `turnout`" in changing
    assert "| — | 46% | 46 |" in changing
    assert "| 2019-03-01 | 48% | 48 |" in changing


def test_markdown_timeline_sorted_by_date():
    later = fact("inauguration", kind="date", values=(days(date(2019, 1, 10), date(2019, 1, 10)),), unit="")
    earlier = fact("z-election", kind="date", values=(days(date(2018, 5, 20), date(2018, 5, 20)),), unit="")
    text = markdown.render(Report(seeds=(), facts=(later, earlier), findings=()))
    assert text.index("z-election") < text.index("inauguration", text.index("## Timeline"))


def test_markdown_escapes_pipes_in_cells():
    odd = mention("5 | 6 things", 0, value=point(5), unit="thing|s")
    report = Report(seeds=(result("a|b", mentions=(odd,)),), facts=(fact("x|y"),), findings=())
    text = markdown.render(report)
    assert "| 1 | 5 \\| 6 things | count | 5 | thing\\|s |" in text
    assert "| x\\|y | · |" in text
    assert "| fact | a\\|b |" in text


def test_markdown_acknowledged_findings_are_marked_with_reason():
    report = sample_report()
    acknowledged = contradiction(seed_id="b", acknowledged="the outlet corrected it later")
    report = Report(report.seeds, report.facts, report.findings + (acknowledged,))
    text = markdown.render(report)
    assert "### 2. contradiction (error, acknowledged): `troops` in `b`" in text
    assert "- **acknowledged:** the outlet corrected it later" in text
    assert "; 1 acknowledged." in text


def test_markdown_is_deterministic():
    report = sample_report()
    shuffled = Report(tuple(reversed(report.seeds)), tuple(reversed(report.facts)),
                      tuple(reversed(report.findings)))
    assert markdown.render(report) == markdown.render(report) == markdown.render(shuffled)


def test_markdown_empty_report():
    text = markdown.render(Report(seeds=(), facts=(), findings=()))
    assert "0 seeds, 0 facts, 0 findings." in text
    assert "## Discrepancies\n\nNone." in text


def test_markdown_lists_errors():
    report = Report(seeds=(), facts=(), findings=(), errors=("facts/bad.yaml:3: unknown kind",))
    assert "## Errors\n\n- facts/bad.yaml:3: unknown kind" in markdown.render(report)
