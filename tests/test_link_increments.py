"""What a casualty count is about, part two (issue 8): the deaths added since the last report ("five new deaths were
recorded overnight", "otras seis personas murieron", "ستة قتلى جدد", "۵ فوتی جدید"), the injured who later died ("three
of the injured later died") and the victims identified so far are no toll, so they never contradict one; the toll an
increment raises it to still does. The cases are data (tests/link_cases/increments.yaml), in five languages."""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("increments")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_increments_a_count_contradicts_only_what_it_is_about(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])
