"""What a disaster's count is about (issue 8, precision on real text): bodies recovered so far, the dead identified so
far, a toll someone says it could approach and a count of storeys are no toll, so they never contradict one; the toll
itself still does. A toll its sentence says is still rising, below the sheet's, is a count in progress (`partial`). The cases are data (tests/link_cases/tolls.yaml), in five languages."""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, contradictions, link_cases

DATA = link_cases("tolls")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_tolls_a_count_contradicts_only_what_it_is_about(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


@pytest.mark.parametrize("language, text, words", [
    ("en", "Thirty people were killed in Korvath, and the toll is expected to rise.", "expected to rise"),
    ("ar", "أسفر الانهيار الأرضي في كورفاث عن مقتل 30 شخصا وسط توقعات بارتفاع عدد الضحايا.", "توقعات بارتفاع"),
], ids=["en", "ar"])
def test_link_tolls_a_rising_toll_below_the_sheet_is_a_partial_count_that_says_why(tmp_path, language, text, words):
    """The finding of a toll still rising is a partial count (info), and its message names the words that say so."""
    from checker.engine import Inputs, run

    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir()
    facts.mkdir()
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    (seeds / "manifest.yaml").write_text(
        f"seeds:\n  - {{id: a, file: a.txt, language: {language}, published: 2031-03-15}}\n", encoding="utf-8")
    (facts / "landslide.yaml").write_text(DATA["sheets"]["landslide"], encoding="utf-8")
    report, _ = run(Inputs(seeds, (facts,), ()))
    partial = [f for f in report.findings if f.kind == "partial"]
    assert [(f.fact, f.severity) for f in partial] == [("killed", "info")]
    assert words in partial[0].message
