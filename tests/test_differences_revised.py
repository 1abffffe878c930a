"""A toll a later source says was revised down is an update, not a conflict (checker/differences.py; concepts.yaml
`revisions`): "the toll was lowered to 275" a day after "288" is the count corrected (double counting), while a lower
later toll nobody calls revised stays a conflict. Issue 8, real-text development corpus dev9 (a train collision's toll
revised down, a hurricane's toll adjusted). Every sentence is our own, about an invented collision at Tarsen."""
from __future__ import annotations

import pytest

from sheet_run import pair_classes

FIRST = {
    "en": "The death toll of the Tarsen train collision rose to 288 on Saturday.",
    "es": "El número de muertos del choque de trenes de Tarsen subió a 288 el sábado.",
    "pt": "O número de mortos do acidente de trem de Tarsen subiu para 288 no sábado.",
    "ar": "ارتفعت حصيلة قتلى تصادم قطارات تارسن إلى 288 قتيلا يوم السبت.",
    "fa": "شمار کشته‌های برخورد قطارها در تارسن روز شنبه به ۲۸۸ نفر رسید.",
}
LOWERED = {
    "en": "Officials in Tarsen lowered the death toll of the train collision to 275 on Sunday.",
    "es": "Las autoridades rebajaron el número de muertos del choque de trenes de Tarsen a 275 el domingo.",
    "pt": "As autoridades reduziram o número de mortos do acidente de trem de Tarsen para 275 no domingo.",
    "ar": "وخفضت السلطات حصيلة قتلى تصادم قطارات تارسن إلى 275 قتيلا يوم الأحد.",
    "fa": "مقامات روز یکشنبه شمار کشته‌های برخورد قطارها در تارسن را به ۲۷۵ نفر کاهش دادند.",
}
# The article's one corrected count: revised in its headline, restated in the body without the word.
HEADLINE = {
    "en": "Tarsen train collision toll revised to 275\n\nThe final toll of the Tarsen train collision stands at 275, officials said on Sunday.",
    "es": "Rebajan a 275 los muertos del choque de trenes de Tarsen\n\nEl balance final del choque de trenes de Tarsen es de 275 muertos, dijeron las autoridades el domingo.",
}
PLAIN = {
    "en": "The Tarsen train collision killed 275 people, officials said on Sunday.",
    "es": "El choque de trenes de Tarsen dejó 275 muertos, dijeron las autoridades el domingo.",
}


def classes(tmp_path, language: str, later: str) -> list[str]:
    return pair_classes(tmp_path, language, FIRST[language], later, ("2031-06-08", "2031-06-09"))


@pytest.mark.parametrize("language", sorted(LOWERED))
def test_differences_revised_a_toll_lowered_later_is_an_update(tmp_path, language):
    found = classes(tmp_path, language, LOWERED[language])
    assert found and "conflicts" not in found


@pytest.mark.parametrize("language", sorted(HEADLINE))
def test_differences_revised_the_article_s_corrected_count_is_revised_wherever_it_is_restated(tmp_path, language):
    found = classes(tmp_path, language, HEADLINE[language])
    assert found and "conflicts" not in found


@pytest.mark.parametrize("language", sorted(PLAIN))
def test_differences_revised_a_lower_later_toll_nobody_revised_stays_a_conflict(tmp_path, language):
    assert classes(tmp_path, language, PLAIN[language]) == ["conflicts"]
