"""What a number of a coordinated clause is about (issue 8, items 1 and 4), found by a new-user trial on
real coverage of an unseen event: "four people were killed and 711 others were injured" linked the 711 to
the death toll, because 'killed' stood nearer to it than 'injured'.

The measure word of a number's own conjunct (from the conjunction or comma that opens it to the next one)
wins over a nearer measure across the conjunction; and a measure that is another number's own word in its
conjunct ("Three people died" in "Three people died and dozens were trapped") is not shared with a number of
the next conjunct. A measure that governs both numbers ("killed 12 soldiers and 3 civilians") is shared.
Every sentence here is our own; the sheet is about an invented flood.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.concepts import group_of
from checker.extract import extract
from checker.frames import frame_mentions
from checker.model import Seed
from sheet_run import FLOOD_SHEET as SHEET, contradictions


def _contradictions(tmp_path: Path, text: str, language: str) -> set[tuple[str, str]]:
    return contradictions(tmp_path, SHEET, text, language, "2024-03-05")


@pytest.mark.parametrize("text,language", [
    ("Seven people were killed and 150 others were injured in the Sarvan floods.", "en"),
    ("The Sarvan floods killed 7 people and injured 150 others.", "en"),
    ("In Sarvan, 7 people died in the floods and 150 were hurt.", "en"),
    ("The Sarvan floods left 7 dead and 150 wounded.", "en"),
    ("Siete personas murieron y otras 150 resultaron heridas en las inundaciones de Sarván.", "es"),
    ("Las inundaciones de Sarván dejaron 7 muertos y 150 heridos.", "es"),
    ("Sete pessoas morreram e outras 150 ficaram feridas nas enchentes de Sarvã.", "pt"),
    ("As enchentes de Sarvã deixaram 7 mortos e 150 feridos.", "pt"),
    ("أسفرت فيضانات سروان عن مقتل 7 أشخاص وإصابة 150 آخرين.", "ar"),
    ("قتل 7 أشخاص في فيضانات سروان و150 آخرون أصيبوا بجروح.", "ar"),
    ("در سیل سروان ۷ نفر کشته و ۱۵۰ نفر زخمی شدند.", "fa"),
    ("سیل سروان ۷ کشته و ۱۵۰ زخمی برجای گذاشت.", "fa"),
])
def test_each_number_takes_the_measure_of_its_own_conjunct(tmp_path, text, language):
    """Both figures are wrong: each contradicts its own fact, and neither the other's."""
    assert _contradictions(tmp_path, text, language) == {("killed", "7"), ("injured", "150")}


@pytest.mark.parametrize("text,language", [
    ("At least nine people were killed and 711 others were injured in the Sarvan floods.", "en"),
    ("Al menos nueve personas murieron y otras 711 resultaron heridas en Sarván.", "es"),
    ("Pelo menos nove pessoas morreram e outras 711 ficaram feridas em Sarvã.", "pt"),
    ("لقي 9 أشخاص حتفهم في سروان و711 آخرون أصيبوا.", "ar"),
    ("در سیل سروان ۹ نفر جان باختند و ۷۱۱ نفر دیگر زخمی شدند.", "fa"),
])
def test_an_injured_count_never_contradicts_the_death_toll(tmp_path, text, language):
    assert "killed" not in {fact for fact, _ in _contradictions(tmp_path, text, language)}


@pytest.mark.parametrize("text,language", [
    ("The Sarvan floods killed 7 and 150 others were later reported injured.", "en"),
    ("Las inundaciones de Sarván mataron a 7 y 150 personas más fueron atendidas luego como heridas.", "es"),
    ("As enchentes de Sarvã mataram 7 e 150 pessoas foram depois atendidas como feridas.", "pt"),
])
def test_the_measure_of_its_own_conjunct_wins_over_a_nearer_one(tmp_path, text, language):
    """'killed' governs the 7 and stands nearer the 150 than 'injured', which is in the 150's own conjunct."""
    assert _contradictions(tmp_path, text, language) == {("killed", "7"), ("injured", "150")}


def _measures(text: str, language: str) -> dict[str, str]:
    """{mention text: the first measure of its frame of the casualties group, or ''}."""
    mentions = extract(text, language, date(2024, 3, 5))
    seed = Seed("t", "t.txt", text, language, date(2024, 3, 5))
    frames = frame_mentions(seed, mentions)
    return {m.text: next((e.what for e in f.measures if group_of(e.what) == "casualties"), "")
            for m, f in zip([m for m in mentions if m.section == "body"], frames)}


@pytest.mark.parametrize("text,language,number", [
    ("Three people died in Sarvan and dozens were trapped under the rubble.", "en", "dozens"),
    ("Three people died in Sarvan, and 40 were taken to hospital.", "en", "40"),
    ("Tres personas murieron en Sarván y 40 fueron trasladadas al hospital.", "es", "40"),
    ("Três pessoas morreram em Sarvã e 40 foram levadas ao hospital.", "pt", "40"),
    ("لقي ثلاثة أشخاص حتفهم و40 نقلوا إلى المستشفى.", "ar", "40"),
    ("سه نفر جان باختند و ۴۰ نفر به بیمارستان منتقل شدند.", "fa", "۴۰"),
])
def test_another_numbers_own_measure_is_not_shared_across_the_conjunction(text, language, number):
    assert _measures(text, language)[number] == ""


@pytest.mark.parametrize("text,language,expected", [
    ("The floods killed 12 soldiers and 3 civilians.", "en", {"12": "killed", "3": "killed"}),
    ("12 soldiers and 3 civilians were killed.", "en", {"12": "killed", "3": "killed"}),
    ("Three people died in Sarvan and two in Norvia.", "en", {"Three": "killed", "two": "killed"}),
    ("Las inundaciones dejaron 12 muertos y 3 desaparecidos.", "es", {"12": "killed", "3": "missing"}),
    ("Hubo 12 muertos en Sarván y 3 en Norvia.", "es", {"12": "killed", "3": "killed"}),
    ("As enchentes mataram 12 soldados e 3 civis.", "pt", {"12": "killed", "3": "killed"}),
    ("As enchentes deixaram 12 mortos e 3 desaparecidos.", "pt", {"12": "killed", "3": "missing"}),
    ("أسفرت الفيضانات عن مقتل 12 جنديا و3 مدنيين.", "ar", {"12": "killed", "3": "killed"}),
    ("در سیل ۱۲ سرباز و ۳ غیرنظامی کشته شدند.", "fa", {"۱۲": "killed", "۳": "killed"}),
    ("در سیل ۱۲ نفر کشته و ۳ نفر مفقود شدند.", "fa", {"۱۲": "killed", "۳": "missing"}),
])
def test_a_measure_shared_by_coordinated_numbers_stays_with_both(text, language, expected):
    found = _measures(text, language)
    assert {number: found.get(number) for number in expected} == expected


def test_explain_names_the_measure_left_to_another_number():
    text = "Three people died in Sarvan and dozens were trapped under the rubble."
    mentions = extract(text, "en", date(2024, 3, 5))
    frames = frame_mentions(Seed("t", "t.txt", text, "en", date(2024, 3, 5)), mentions)
    dozens = next(f for m, f in zip(mentions, frames) if m.text == "dozens")
    assert "not its measure: 'died' (another number's own, across its conjunct)" in dozens.describe()
    assert dozens.describe()[0] == "measure: none named"
