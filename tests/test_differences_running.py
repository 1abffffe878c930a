"""Two tolls of the same day, one of which its source says is still running ("so far", "hasta el momento", "حتى
الآن", "تاکنون"; concepts.yaml `running`), rising ("is expected to rise": `rising`) or changing ("rose to", "subió a",
"ارتفعت": the language's change verbs), are two moments of a count that moves during the day: an update, not a
conflict (checker/differences.py, Claim.running). Two plain tolls of the same day that disagree stay a conflict.
Issue 11, real-text development corpus dev11a (the Kerman bombings: 73 dead "so far" in the afternoon, 103 in the
evening; the Wayanad landslides: 57, 93 and 107 dead on the first day). Every sentence is our own, about an invented
collision at Tarsen."""
from __future__ import annotations

import pytest

from sheet_run import pair_classes

SO_FAR = {
    "en": "The Tarsen train collision has killed 40 people so far, officials said.",
    "es": "El choque de trenes de Tarsen ha dejado hasta el momento 40 muertos, según las autoridades.",
    "pt": "O acidente de trem de Tarsen deixou até agora 40 mortos, segundo as autoridades.",
    "ar": "أسفر تصادم قطارات تارسن حتى الآن عن مقتل 40 شخصا بحسب السلطات.",
    "fa": "برخورد قطارها در تارسن تاکنون ۴۰ کشته بر جا گذاشته است.",
}
ROSE = {
    "en": "The death toll of the Tarsen train collision rose to 40, officials said.",
    "es": "El número de muertos del choque de trenes de Tarsen subió a 40, según las autoridades.",
    "pt": "O número de mortos do acidente de trem de Tarsen subiu para 40, segundo as autoridades.",
    "ar": "ارتفعت حصيلة قتلى تصادم قطارات تارسن إلى 40 قتيلا بحسب السلطات.",
}
EXPECTED_TO_RISE = {
    "en": "The Tarsen train collision killed 40 people, and the toll is expected to rise.",
    "fa": "برخورد قطارها در تارسن ۴۰ کشته بر جا گذاشت و انتظار می‌رود شمار کشته‌ها افزایش یابد.",
}
PLAIN = {
    "en": "The Tarsen train collision killed {} people, officials said.",
    "es": "El choque de trenes de Tarsen dejó {} muertos, según las autoridades.",
    "pt": "O acidente de trem de Tarsen deixou {} mortos, segundo as autoridades.",
    "ar": "أسفر تصادم قطارات تارسن عن مقتل {} شخصا بحسب السلطات.",
    "fa": "برخورد قطارها در تارسن {} کشته بر جا گذاشت.",
}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def plain(language: str, number: int) -> str:
    text = str(number).translate(PERSIAN_DIGITS) if language == "fa" else str(number)
    return PLAIN[language].format(text)


def classes(tmp_path, language: str, first: str, second: str) -> list[str]:
    """The classes of the pairs of the groups found for two articles published the same day."""
    return pair_classes(tmp_path, language, first, second, ("2031-06-08", "2031-06-08"))


# A toll said to be so far, one that rose, one expected to rise: each beside a higher plain toll of the same day.
RUNNING = {"so-far": SO_FAR, "rose": ROSE, "expected-to-rise": EXPECTED_TO_RISE}


@pytest.mark.parametrize("kind,language", [(kind, language) for kind in RUNNING for language in sorted(RUNNING[kind])])
def test_differences_running_a_running_toll_and_a_higher_one_the_same_day_are_an_update(tmp_path, kind, language):
    found = classes(tmp_path, language, RUNNING[kind][language], plain(language, 52))
    assert found and "conflicts" not in found


@pytest.mark.parametrize("language", sorted(PLAIN))
def test_differences_running_two_plain_tolls_of_the_same_day_stay_a_conflict(tmp_path, language):
    assert "conflicts" in classes(tmp_path, language, plain(language, 40), plain(language, 52))
