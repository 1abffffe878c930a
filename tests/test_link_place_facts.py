"""A fact of one town of the event takes only counts placed in that town (tests/link_cases/place_facts.yaml)."""
import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("place_facts")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_place_facts_a_town_fact_takes_only_counts_placed_there(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])
