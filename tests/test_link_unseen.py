"""Claims as unseen articles write them (issue 8): each case is data (tests/link_cases/unseen.yaml), an article of
one or two sentences against the fact sheet of an invented event, and the facts it contradicts."""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("unseen")


@pytest.mark.parametrize("case", case_params(DATA))
def test_an_unseen_article_contradicts_what_it_gets_wrong(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


def test_a_date_read_in_the_events_year_says_so(tmp_path):
    from checker.engine import Inputs, run

    case = next(c for c in DATA["cases"] if c["id"] == "es-undated-weekday-day-month")
    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir(), facts.mkdir()
    (seeds / "a.txt").write_text(case["text"], encoding="utf-8")
    (seeds / "manifest.yaml").write_text("seeds:\n  - {id: a, file: a.txt, language: es}\n", encoding="utf-8")
    (facts / "election.yaml").write_text(DATA["sheets"]["election"], encoding="utf-8")
    report, _ = run(Inputs(seeds, (facts,), ()))
    [finding] = [f for f in report.findings if f.kind == "contradiction"]
    assert "its year, 2029, inferred from the event's date window" in finding.message


def test_a_dari_dateline_dates_an_undated_article(tmp_path):
    """An undated Dari article whose dateline is in the Afghan Solar months ('۲۰ جوزا ۱۴۰۴', 10 June 2025) is
    judged on that day: its 300 dead contradict the toll in force then (400), and the finding says where the date
    came from."""
    from checker.engine import Inputs, run

    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir(), facts.mkdir()
    (seeds / "a.txt").write_text("زلزله تارسا\n\nکابل، ۲۰ جوزا ۱۴۰۴ - زلزله شدید تارسا تاکنون ۳۰۰ کشته بر جا"
                                 " گذاشته است.\n", encoding="utf-8")
    (seeds / "manifest.yaml").write_text("seeds:\n  - {id: a, file: a.txt, language: fa}\n", encoding="utf-8")
    (facts / "quake.yaml").write_text(DATA["sheets"]["series"], encoding="utf-8")
    report, _ = run(Inputs(seeds, (facts,), ()))
    [finding] = [f for f in report.findings if f.kind == "contradiction"]
    assert "as of 2025-06-10" in finding.expected and finding.published_inferred == "dateline"
