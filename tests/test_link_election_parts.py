"""Figures of an election that are not its results: a figure read at an hour of polling day (the day's progress),
a figure of an age group (a part of the people), the ages bounding the group (no count). The cases are data
(tests/link_cases/election_parts.yaml); every sentence is our own, the election invented.
"""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("election_parts")


@pytest.mark.parametrize("case", case_params(DATA))
def test_an_election_figure_of_an_hour_or_a_part_is_no_result(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


@pytest.mark.parametrize("language,text,number,age", [
    ("en", "Only about 6% of voters aged 18 to 35 cast a ballot.", "18 to 35", True),
    ("en", "The mayor, aged 71, said the roll was wrong.", "71", True),
    ("pt", "O governo pagou indenizações aos 5 feridos.", "5", False),  # "aos" counts the injured
    ("ar", "وبلغ عدد الناخبين البالغ 300 ناخب في البلدة.", "300", False),  # no age is 300
])
def test_a_number_right_after_aged_is_an_age(language, text, number, age):
    from datetime import date

    from checker.extract import extract
    from checker.frames import frame_mentions
    from checker.frames.ages import AGE
    from checker.model import Seed

    seed = Seed("t", "t.txt", text + "\n", language, date(2031, 5, 12))
    mentions = extract(seed.text, language, seed.published)
    frames = {m.text: f for m, f in zip([m for m in mentions if m.section == "body"], frame_mentions(seed, mentions))}
    assert (frames[number].measures[:1] and frames[number].measures[0].what == AGE) == age
