"""An undated seed whose only time words are weekdays ("on Saturday", "el sábado", "يوم السبت") gets no date from
them: a weekday counts from the publication date, which nothing gives (issue 8, real-text development corpus of the
Pakistan floods of 2022). Its mentions stay unresolved, its claims are still checked, and each finding resting on it
says so (checker/published.py `note_inferred`: the seed is undated and which weekdays name no day). Every sentence is
our own; the floods are tests/sheet_run.py's invented ones in Sarvan."""
from __future__ import annotations

import pytest

from sheet_run import FLOOD_SHEET, checked

# (language, text, its weekday as written): the toll (12) contradicts the sheet's 9.
CASES = [
    ("en", "On Saturday, 12 people died in the Sarvan floods, the ministry said.", "Saturday"),
    ("es", "El sábado murieron 12 personas en las inundaciones de Sarván, informó el ministerio.", "sábado"),
    ("pt", "No sábado, 12 pessoas morreram nas cheias de Sarvã, informou o ministério.", "sábado"),
    ("ar", "لقي 12 شخصا حتفهم يوم السبت في فيضانات سروان، بحسب الوزارة.", "السبت"),
    ("fa", "روز شنبه ۱۲ نفر در سیل سروان جان باختند.", "شنبه"),
]


@pytest.mark.parametrize("language,text,weekday", CASES, ids=[c[0] for c in CASES])
def test_undated_weekdays_give_no_date_and_the_finding_says_so(tmp_path, language, text, weekday):
    report, result = checked(tmp_path, FLOOD_SHEET, text + "\n", language, "")
    assert result.seed.published is None
    assert all(m.unresolved for m in result.mentions if m.kind == "date"), result.mentions
    (finding,) = [f for f in report.findings if f.kind == "contradiction" and f.fact == "killed"]
    assert "undated" in finding.message and repr(weekday) in finding.message, finding.message


def test_a_dated_seeds_finding_says_nothing_of_its_weekdays(tmp_path):
    report, _ = checked(tmp_path, FLOOD_SHEET, CASES[0][1] + "\n", "en", "2024-03-10")
    (finding,) = [f for f in report.findings if f.kind == "contradiction" and f.fact == "killed"]
    assert "undated" not in finding.message and "Saturday" not in finding.message.split("says")[0], finding.message
