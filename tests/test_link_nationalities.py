"""A toll broken down by nationality is a part of the toll (issue 8, a never-tuned real-text trial: "464 Iranians died",
"the number of Egyptians killed rose to 74" contradicted the total toll in es, fa and pt). The cases are data
(tests/link_cases/nationalities.yaml), in five languages; the people of one country group across languages, and
with no total."""
from __future__ import annotations

from datetime import date

import pytest

from checker.claims import claims_of
from checker.cluster import group_claims
from checker.engine import analyse_seed
from checker.model import Seed
from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("nationalities")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_nationalities_a_part_by_nationality_never_contradicts_the_toll(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


def _groups(*texts: tuple[str, str, str]):
    results = [analyse_seed(Seed(i, f"seeds/{i}.txt", text, language, date(2033, 6, 6)), ())
               for i, language, text in texts]
    return group_claims(claims_of(results))


@pytest.mark.parametrize("language,text", [
    ("pt", "Morreram 44 jordanianos no tumulto em Tamrin, disse o governo em Amã."),
    ("es", "Murieron 44 jordanos en la avalancha de Tamrin, dijo el gobierno en Amán."),
    ("ar", "وقالت الحكومة في عمان إن 44 أردنيا لقوا حتفهم في تدافع تامرين."),
    ("fa", "۴۴ زائر اردنی در ازدحام تامرین جان باختند."),
])
def test_the_dead_of_one_country_group_across_languages_and_with_no_total(language, text):
    found = _groups(("a", "en", "The Tamrin crush killed 350 pilgrims on Friday.\n"),
                    ("b", "en", "Officials in Amman said 41 Jordanians died in the Tamrin crush.\n"),
                    ("c", language, text + "\n"))
    assert any({"b", "c"} <= set(g.seeds) for g in found), found
    assert not any("a" in g.seeds and ({"b", "c"} & set(g.seeds)) for g in found), found
