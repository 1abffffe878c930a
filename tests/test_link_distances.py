"""A distance from a place with its bearing after it links in every language, the cardinal bearings as the others
(concepts.yaml distance). The cases are data (tests/link_cases/distances.yaml); every sentence is our own, the event
invented.
"""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("distances")


@pytest.mark.parametrize("case", case_params(DATA))
def test_a_distance_with_its_bearing_links_in_every_language(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])
