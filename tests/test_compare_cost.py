"""What comparing a seed costs (issue 11): the article's words about an unfinished count are read only when a
contradicting party figure asks for them (checker/compare.py, `partial_counts`), not for every seed with a
contradiction. The sentences are invented for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from checker import compare
from sheet_run import FLOOD_SHEET, verdicts

# A toll above the sheet's (9 killed), in each language: a contradiction of no party's figure.
TOLLS = [
    ("The Sarvan floods left 40 dead, officials said.", "en", "40"),
    ("Las inundaciones de Sarván dejaron 40 muertos, dijeron las autoridades.", "es", "40"),
    ("As enchentes de Sarvã deixaram 40 mortos, disseram as autoridades.", "pt", "40"),
    ("أسفرت فيضانات سروان عن مقتل 40 شخصا، وفق المسؤولين.", "ar", "40"),
    ("در سیل سروان ۴۰ نفر کشته شدند، به گفته مقامات.", "fa", "۴۰"),
]


@pytest.mark.parametrize("text,language,said", TOLLS)
def test_compare_reads_the_articles_count_words_only_for_a_party_figure(tmp_path, monkeypatch, text, language, said):
    asked = []
    stage = compare._article_stage
    monkeypatch.setattr(compare, "_article_stage", lambda *args: asked.append(args) or stage(*args))
    found = verdicts(tmp_path, FLOOD_SHEET, text, language, date(2024, 3, 5))
    assert found[said][0] == "contradicts", found
    assert not asked
