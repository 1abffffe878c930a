"""The markdown report at scale: seeds named with outlet and date, findings counted by fact, a wide
matrix folded, every list capped with "and N more", right-to-left quotes isolated."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from checker.model import Finding, Report, Seed, SeedResult
from checker.render import markdown

from test_render_markdown import contradiction, fact, mention, result


def big_report(seeds: int = 30, per_seed: int = 10) -> Report:
    results = tuple(replace(result(f"s{i:03d}"), seed=Seed(id=f"s{i:03d}", path=f"seeds/s{i:03d}.txt", text="",
                                                           language="en", published=date(2019, 5, 1),
                                                           outlet=f"Outlet {i}"))
                    for i in range(seeds))
    findings = tuple(contradiction(seed_id=r.seed.id, fact_id=f"fact-{n % 3}", fingerprint=f"{r.seed.id}-{n}", line=n + 1)
                     for r in results for n in range(per_seed))
    return Report(results, (fact("fact-0"), fact("fact-1"), fact("fact-2")), findings)


def test_render_scale_lists_are_capped_with_and_n_more():
    text = markdown.render(big_report())
    section = text.split("## Discrepancies")[1].split("\n## ")[0]
    assert section.count("\n#### ") == 3 * markdown.MAX_PER_GROUP  # grouped by fact: tests/test_render_grouping.py
    assert "… and 100 more about `fact-0`." in section


def test_render_scale_size_grows_with_the_caps_not_the_findings():
    small, large = markdown.render(big_report(30, 10)), markdown.render(big_report(300, 30))
    assert len(large.encode("utf-8")) < 4 * len(small.encode("utf-8"))
    assert "… and 2980 more about `fact-0`." in large


def test_render_scale_findings_counted_by_fact():
    section = markdown.render(big_report()).split("## Findings by fact")[1].split("\n## ")[0]
    assert "| `fact-0` | 120 |  |  | 30 |" in section  # 4 of every 10 findings of each of 30 seeds
    assert "| `fact-2` | 90 |  |  | 30 |" in section


def test_render_scale_seeds_named_with_outlet_and_date():
    text = markdown.render(big_report())
    assert "| `s004` | Outlet 4 | 2019-05-01 | en | seeds/s004.txt |" in text
    assert "### 1. contradiction (error): `fact-0` in `s000` (Outlet 0, 2019-05-01)" in text


def test_render_scale_wide_matrix_is_folded():
    section = markdown.render(big_report()).split("## Facts × seeds")[1].split("\n## ")[0]
    assert section.count("| fact |") == 2  # 30 seeds: tables of 20 and 10
    assert "3 facts × 30 seeds, folded into tables of 20 seeds;" in section
    narrow = markdown.render(big_report(5, 1)).split("## Facts × seeds")[1].split("\n## ")[0]
    assert "folded" not in narrow and narrow.count("| fact |") == 1


def test_render_scale_right_to_left_quote_is_a_block_of_its_own():
    """Markdown viewers give each block its own direction (GitHub: dir="auto"), so a right-to-left quote
    stands alone on its line, without isolates (runs inside other lines are isolated: test_render_rtl.py)."""
    quote = "مادورو می 2018 با کسب حدود 68 درصد آرا پیروز شد."
    text = markdown.render(Report((result("a"),), (fact("troops"),), (contradiction(quote=quote),)))
    assert f"\n\n> {quote}\n" in text
    assert not any(c in text for c in "\u2066\u2067\u2068\u2069\u202a\u202b\u202e")


def wide_matrix_report(seeds: int, facts: int = 100, flagged: tuple = ()) -> Report:
    """Each seed agrees with two of the facts; the seeds of `flagged` contradict the first of theirs."""
    said = mention("25 soldiers", 10)
    results = tuple(result(f"s{i:04d}", [(f"f{i % facts:03d}", said, "contradicts" if i in flagged else "agrees"),
                                         (f"f{i * 7 % facts:03d}", said, "agrees")]) for i in range(seeds))
    return Report(results, tuple(fact(f"f{n:03d}") for n in range(facts)), ())


def matrix_section(report: Report) -> str:
    return markdown.render(report).split("## Facts × seeds")[1].split("\n## ")[0]


def test_render_scale_matrix_is_capped_at_any_size():
    """1,500 seeds × 100 facts made a matrix of 75 tables of 100 rows (890 kB of a 1.2 MB report.md)."""
    small, large = matrix_section(wide_matrix_report(100)), matrix_section(wide_matrix_report(3000))
    assert len(large.encode("utf-8")) < 1.2 * len(small.encode("utf-8"))
    assert large.count("| fact |") == markdown.MATRIX_SEEDS // markdown.MATRIX_WIDTH
    assert "… and 2900 more seeds" in large


def test_render_scale_matrix_shows_the_seeds_with_a_discrepancy_first():
    section = matrix_section(wide_matrix_report(1500, flagged=(7, 911, 1400)))
    shown = [c.strip() for line in section.splitlines() if line.startswith("| fact |") for c in line.split("|")[2:-1]]
    assert len(shown) == markdown.MATRIX_SEEDS and {"s0007", "s0911", "s1400"} <= set(shown)
    assert shown == sorted(shown)  # in the order of the seeds
    assert section.split("Legend:")[0].count("✗") == 3


def test_render_scale_folded_matrix_lists_the_facts_its_seeds_mention():
    section = matrix_section(wide_matrix_report(40))
    tables = section.split("| fact |")[1:]
    rows = [[line for line in t.splitlines()[2:] if line.startswith("| ")] for t in tables]
    assert len(tables) == 2 and all(0 < len(r) <= 2 * markdown.MATRIX_WIDTH for r in rows)
    assert all("✓" in line for r in rows for line in r)
    assert "a table lists the facts its seeds mention" in section
