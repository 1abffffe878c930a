"""What a vague amount may contradict: a small indefinite amount a preposition of place governs is no count of those
things (tests/link_cases/vague.yaml)."""
import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("vague")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_vague_an_indefinite_amount_of_places_counts_none(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])
