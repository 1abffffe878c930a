"""What an election figure is about (issue 8): a threshold nobody reached, what a candidate needs and the counts of a
count's progress are no candidate's result, so they never contradict one. The cases are data (tests/link_cases/figures.yaml), in five
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
def test_link_figures_a_threshold_says_its_words(language, text, said, words):
    """The frame of a bar records the words that make it one, and `factlint explain` shows them."""
    frame = frame_of(language, text, said)
    assert frame.threshold == words
    assert f"a threshold, not a result: {words!r}" in frame.describe()


@pytest.mark.parametrize("language, text, said, progress, whole", [
    ("en", "Orsen was ahead with 95% of ballot boxes counted in Doran.", "95%", "of ballot boxes counted", ""),
    ("en", "With 3,900,000 of 4,120,000 votes counted in Doran, Orsen led.", "3,900,000",
     "3,900,000 of 4,120,000 (votes counted)", ""),
    ("en", "With 3,900,000 of 4,120,000 votes counted in Doran, Orsen led.", "4,120,000", "", "of"),
    ("en", "Orsen had 2,300,000 of the 3,900,000 votes counted in Doran.", "3,900,000", "", "of"),
    ("en", "Orsen had 2,300,000 of the 3,900,000 votes counted in Doran.", "2,300,000", "", ""),
    ("es", "Con 3.900.000 de 4.120.000 votos escrutados en Dorán, Orsen iba primero.", "3.900.000",
     "3.900.000 de 4.120.000 (votos escrutados)", ""),
    ("pt", "Com 3.900.000 de 4.120.000 votos apurados em Dorã, Orsen liderava.", "4.120.000", "", "de"),
    ("ar", "وبعد فرز 3900000 من أصل 4120000 صوت في دوران، تقدم أورسن.", "3900000",
     "3900000 من أصل 4120000 (وبعد فرز)", ""),
    ("fa", "با شمارش ۳۹۰۰۰۰۰ رأی از مجموع ۴۱۲۰۰۰۰ رأی در دوران، اورسن پیشتاز بود.", "۳۹۰۰۰۰۰",
     "۳۹۰۰۰۰۰ رأی از مجموع ۴۱۲۰۰۰۰ (با شمارش)", ""),
    ("fa", "با شمارش ۳۹۰۰۰۰۰ رأی از مجموع ۴۱۲۰۰۰۰ رأی در دوران، اورسن پیشتاز بود.", "۴۱۲۰۰۰۰", "", "از مجموع"),
    # the size of a body, in a compound ("the 150-seat House"): a whole, no contestant's seats
    ("en", "Lumen won 52 seats in Doran's 150-seat lower house.", "150", "", "150-seat lower house"),
    ("en", "Lumen won 52 seats in Doran's 150-member parliament.", "150", "", "150-member parliament"),
    ("en", "Lumen won 52 seats in Doran's 150-seat lower house.", "52", "", ""),
])
def test_link_figures_the_progress_of_a_count_says_its_words(language, text, said, progress, whole):
    """A percent or the first count of a count's progress records the words that make it one ('' for a candidate's votes
    so far, whose name opens its part), the second count the words that make it a whole; `factlint explain` shows
    them."""
    frame = frame_of(language, text, said)
    assert (frame.progress, frame.total) == (progress, whole)
    assert not progress or f"the progress of a count: {progress!r}" in frame.describe()


def frame_of(language: str, text: str, said: str):
    """The frame of the mention written `said` in a one-sentence article."""
    from checker.engine import analyse_seed
    from checker.model import Seed

    result = analyse_seed(Seed(id="a", path="a.txt", text=text + "\n", language=language, published=None), ())
    mention = next(m for m in result.mentions if m.text == said)
    return next(f for f in result.frames if (f.start, f.end) == (mention.start, mention.end))
