"""What a disaster's count is about (issue 8, precision on real text): bodies recovered so far, the dead identified so
far, a toll someone says it could approach and a count of storeys are no toll, so they never contradict one; the toll
itself still does. The cases are data (tests/link_cases/tolls.yaml), in five languages."""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("tolls")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_tolls_a_count_contradicts_only_what_it_is_about(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])
