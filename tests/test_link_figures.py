"""What an election figure is about (issue 8): a threshold nobody reached and what a candidate needs are no
candidate's result, so they never contradict one. The cases are data (tests/link_cases/figures.yaml), in five
languages."""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("figures")


@pytest.mark.parametrize("case", case_params(DATA))
def test_link_figures_a_figure_contradicts_only_what_it_is_about(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


@pytest.mark.parametrize("language, text, said, words", [
    ("en", "In Doran no candidate passed the 50% mark.", "50%", "no candidate"),
    ("en", "Orsen needs 50% plus one of the votes to win in Doran.", "50% plus", "needs"),
    ("es", "Orsen no alcanzó el 60 % de los votos en Dorán.", "60 %", "no"),
    ("ar", "لم يحصل أي من المرشحين على 50% من الأصوات في دوران.", "50%", "أي من"),
    ("fa", "اورسن در انتخابات دوران ۶۰ درصد آرا را کسب نکرد.", "۶۰ درصد", "کسب نکرد"),
])
def test_link_figures_a_threshold_says_its_words(tmp_path, language, text, said, words):
    """The frame of a bar records the words that make it one, and `factlint explain` shows them."""
    from checker.engine import analyse_seed
    from checker.model import Seed

    result = analyse_seed(Seed(id="a", path="a.txt", text=text + "\n", language=language, published=None), ())
    mention = next(m for m in result.mentions if m.text == said)
    frame = next(f for f in result.frames if (f.start, f.end) == (mention.start, mention.end))
    assert frame.threshold == words
    assert f"a threshold, not a result: {words!r}" in frame.describe()
