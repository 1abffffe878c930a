"""A fact whose cues narrow its measure takes only a clause that names one of them (tests/link_cases/narrowing_cues.yaml)."""
import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("narrowing_cues")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_narrowing_cues_a_whole_value_is_no_narrower_facts(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])
