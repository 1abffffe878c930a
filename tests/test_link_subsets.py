"""A subset of a toll is not the toll (issue 8, items 1 and 4), found by a new-user trial on real coverage of
an unseen event: "Among the dead were three hikers" and "two teachers were among the victims" were read as
death tolls, contradicting the sheet's and paired with other articles' totals.

A number counting some of a casualty measure's people by kind ("among the dead", "entre los muertos", "من
بين القتلى", "از جمله") is a part of that measure: it links to no total, pairs with no total, and `explain`
says so. A number with a casualty word of its own ("including 12 dead") is still that measure's total.
Every sentence here is our own; the sheet is about an invented flood.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.claims import claims_of
from checker.cluster import group_claims
from checker.engine import analyse_seed
from checker.extract import extract
from checker.frames import frame_mentions
from checker.model import Seed
from sheet_run import FLOOD_SHEET as SHEET, contradictions


SUBSETS = [
    ("Among the dead of the Sarvan floods were three hikers swept away near the river.", "en"),
    ("Two teachers were among the victims of the Sarvan floods.", "en"),
    ("Three of those killed in the Sarvan floods were part of a group of seven hikers.", "en"),
    ("The Sarvan floods left many dead, including three children.", "en"),
    ("Entre los muertos de las inundaciones de Sarván hay tres turistas.", "es"),
    ("Las inundaciones de Sarván dejaron varios muertos, incluidos dos bomberos.", "es"),
    ("Entre os mortos das enchentes de Sarvã estão dois brasileiros.", "pt"),
    ("As enchentes de Sarvã deixaram vários mortos, incluindo duas crianças.", "pt"),
    ("من بين القتلى في فيضانات سروان ثلاثة أطفال.", "ar"),
    ("من بين القتلى في فيضانات سروان ثلاثة أشخاص من عائلة واحدة.", "ar"),
    ("Among the dead of the Sarvan floods were three people from one family.", "en"),
    ("در میان کشته‌شدگان سیل سروان سه نفر از یک خانواده هستند.", "fa"),
    ("لقي عدد من الأشخاص حتفهم في فيضانات سروان بينهم ثلاثة أطفال.", "ar"),
    ("در میان کشته‌شدگان سیل سروان سه کودک هستند.", "fa"),
    ("در سیل سروان چند نفر از جمله سه کودک جان باختند.", "fa"),
    ("Among the dead of the Sarvan floods were three hikers and two guides.", "en"),
    ("Entre los muertos de las inundaciones de Sarván hay tres turistas y dos guías.", "es"),
]


# A toll broken down by kind of people ("29 men and 10 women", "three of them children"), or a count of some of
# the dead ("33 of the dead were men"): each number is a part, found by a trial on real coverage of an unseen
# event, where the men of a breakdown contradicted the toll.
BREAKDOWNS = [
    ("The Sarvan floods killed 12 people; the toll comprises 7 men and 5 women.", "en", "12"),
    ("The Sarvan floods killed 12 people; the toll comprises 2 men and 10 women.", "en", "12"),
    ("The Sarvan floods killed 12 people, 7 of them men.", "en", "12"),
    ("The Sarvan floods killed 12 people. Seven of the dead were men.", "en", "12"),
    ("Las inundaciones de Sarván dejaron 12 fallecidos, 7 de ellos hombres y 5 mujeres.", "es", "12"),
    ("As enchentes de Sarvã deixaram 12 mortos. Entre os mortos, há 7 homens e 5 mulheres.", "pt", "12"),
    ("As enchentes de Sarvã deixaram 12 mortos, sete deles homens.", "pt", "12"),
    ("أسفرت فيضانات سروان عن مقتل 12 شخصا. وقالت الحكومة إن القتلى هم 7 رجال و5 نساء.", "ar", "12"),
    ("در سیل سروان ۱۲ نفر جان باختند. ۷ تن از کشته‌ها مرد و ۵ تن دیگر زن هستند.", "fa", "12"),
]


# A number a partitive pronoun follows ("25 of them seriously", "25 de ellas de gravedad", "ستة منهم في العناية
# المركزة") is a part of the number before it, whatever the words after the pronoun (a degree, a ward), and so is a
# number a verb of inclusion has for object after a casualty word ("The dead include three firefighters", "Os mortos
# incluem", "کشته‌شدگان شامل"): found by trial 11 (issue 8), where such parts contradicted the injured and dead tolls.
PARTITIVES = [
    ("At least 9 people have died and 120 have been injured, 25 of them seriously, in the Sarvan floods.", "en", "25"),
    ("The Sarvan floods injured 120 people; six of them are in intensive care.", "en", "six"),
    ("Al menos 9 personas han muerto y 120 han resultado heridas, 25 de ellas de gravedad, en las inundaciones de "
     "Sarván.", "es", "25"),
    ("Pelo menos 9 pessoas morreram e 120 ficaram feridas nas enchentes de Sarvã, 25 delas em estado grave.", "pt",
     "25"),
    ("وقالت الحماية المدنية إن 66 من أصل 120 مصابا في فيضانات سروان نقلوا إلى المستشفيات، ستة منهم في العناية المركزة.",
     "ar", "ستة"),
    ("در سیل سروان ۹ نفر کشته و ۱۲۰ نفر مجروح شدند؛ ۲۵ نفر از آنها در بخش مراقبت‌های ویژه هستند.", "fa", "۲۵"),
    ("The Sarvan floods killed 9 people. The dead include three firefighters.", "en", "three"),
    ("Las inundaciones de Sarván dejaron 9 muertos. Los fallecidos incluyen tres bomberos.", "es", "tres"),
    ("As enchentes de Sarvã deixaram 9 mortos. Os mortos incluem três bombeiros.", "pt", "três"),
    ("أسفرت فيضانات سروان عن مقتل 9 أشخاص. ويشمل القتلى ثلاثة من رجال الإطفاء.", "ar", "ثلاثة"),
    ("سیل سروان ۹ کشته برجای گذاشت. کشته‌شدگان شامل سه آتش‌نشان هستند.", "fa", "سه"),
]


@pytest.mark.parametrize("text,language,part", PARTITIVES)
def test_a_part_by_a_partitive_or_an_inclusion_is_no_total(tmp_path, text, language, part):
    mentions = extract(text, language, date(2024, 3, 5))
    frames = frame_mentions(Seed("t", "t.txt", text, language, date(2024, 3, 5)), mentions)
    (frame,) = [f for m, f in zip(mentions, frames) if m.text.startswith(part)]
    assert frame.subset or frame.partitive, frame.describe()
    assert contradictions(tmp_path, SHEET, text, language, "2024-03-05") == set()


@pytest.mark.parametrize("text,language,total", BREAKDOWNS)
def test_a_breakdown_by_kind_of_people_is_a_part(tmp_path, text, language, total):
    assert contradictions(tmp_path, SHEET, text, language, "2024-03-05") == {("killed", total)}


@pytest.mark.parametrize("text,language", SUBSETS)
def test_a_subset_of_the_dead_never_contradicts_the_toll(tmp_path, text, language):
    found = contradictions(tmp_path, SHEET, text, language, "2024-03-05")
    assert not {fact for fact, _ in found} & {"killed", "injured"}


# A government's count of its own citizens among the victims ("6 of its citizens were injured", "إصابة 6 من
# مواطنيها", "dois compatriotas ficaram feridos"): a part of the toll by nationality, found by a trial on real
# coverage, where a foreign ministry's "6 of its citizens" contradicted the injured toll.
NATIONALS = [
    ("Japan's foreign ministry said 6 of its citizens were injured in the Sarvan floods.", "en"),
    ("Two British nationals died in the Sarvan floods, the Foreign Office said.", "en"),
    ("La Cancillería informó que 3 de sus ciudadanos murieron en las inundaciones de Sarván.", "es"),
    ("El consulado confirmó que dos connacionales resultaron heridos en las inundaciones de Sarván.", "es"),
    ("O Itamaraty informou que três de seus cidadãos morreram nas enchentes de Sarvã.", "pt"),
    ("O consulado confirmou que dois compatriotas ficaram feridos nas enchentes de Sarvã.", "pt"),
    ("وأعلنت وزارة الخارجية اليابانية إصابة 6 من مواطنيها في فيضانات سروان.", "ar"),
    ("وزارت خارجه اعلام کرد ۳ تن از اتباع ایرانی در سیل سروان جان باختند.", "fa"),
]


@pytest.mark.parametrize("text,language", NATIONALS)
def test_a_count_of_a_countrys_citizens_is_a_part_of_the_toll(tmp_path, text, language):
    found = contradictions(tmp_path, SHEET, text, language, "2024-03-05")
    assert not {fact for fact, _ in found} & {"killed", "injured"}, found


@pytest.mark.parametrize("text,language,total", [
    ("The Sarvan floods killed 12 people; among the dead were three hikers.", "en", "12"),
    ("Among the 12 dead of the Sarvan floods were three hikers.", "en", "12"),
    ("Among the dead of the Sarvan floods were three hikers, and the death toll rose to 12.", "en", "12"),
    ("The Sarvan floods killed 12 people, including three children.", "en", "12"),
    ("The Sarvan floods left 40 casualties, including 12 dead.", "en", "12"),
    ("Las inundaciones de Sarván dejaron 12 muertos, entre ellos tres niños.", "es", "12"),
    ("As enchentes de Sarvã deixaram 12 mortos, entre eles três crianças.", "pt", "12"),
    ("أسفرت فيضانات سروان عن مقتل 12 شخصا بينهم ثلاثة أطفال.", "ar", "12"),
    ("در سیل سروان ۱۲ نفر از جمله سه کودک جان باختند.", "fa", "12"),
])
def test_the_total_beside_a_subset_still_contradicts(tmp_path, text, language, total):
    assert contradictions(tmp_path, SHEET, text, language, "2024-03-05") == {("killed", total)}


def test_explain_says_a_subset_is_a_part():
    text = "Among the dead were three hikers."
    mentions = extract(text, "en", date(2024, 3, 5))
    (frame,) = frame_mentions(Seed("t", "t.txt", text, "en", date(2024, 3, 5)), mentions)
    assert "a part: a subset ('Among the dead'), not the whole" in frame.describe()


def _groups(*texts: tuple[str, str, str]):
    results = [analyse_seed(Seed(i, f"seeds/{i}.txt", text, language, date(2024, 3, 5)), ())
               for i, language, text in texts]
    return group_claims(claims_of(results))


@pytest.mark.parametrize("text,language", [
    ("Among the dead of the Sarvan floods were three hikers.", "en"),
    ("Entre los muertos de las inundaciones de Sarván hay tres turistas.", "es"),
    ("من بين القتلى في فيضانات سروان ثلاثة أطفال.", "ar"),
])
def test_a_subset_is_never_paired_with_a_total(text, language):
    found = _groups(("a", "en", "The Sarvan floods killed nine people, the civil protection said.\n"),
                    ("b", language, text + "\n"))
    assert not any({"a", "b"} <= set(g.seeds) for g in found)


# A count of the dead added to an earlier toll ("three more dead", "tres muertos más", "mais três mortos") is an
# increment (concepts.yaml `increments`), not the toll: found by a trial on real coverage, where "the government had
# reported three more dead" contradicted the toll.
MORE = [
    ("The Sarvan floods killed 12 people. On Sunday rescuers found three more dead in the Sarvan floods.", "en"),
    ("The Sarvan floods killed 12 people. The civil protection reported five additional deaths.", "en"),
    ("Las inundaciones de Sarván dejaron 12 muertos. La cifra se ajustó a la baja, ya que el gobierno había "
     "reportado tres muertos más.", "es"),
    ("As enchentes de Sarvã deixaram 12 mortos. No domingo foram encontrados mais três mortos.", "pt"),
]


@pytest.mark.parametrize("text,language", MORE)
def test_a_count_of_more_dead_is_an_increment_not_the_toll(tmp_path, text, language):
    assert contradictions(tmp_path, SHEET, text, language, "2024-03-05") == {("killed", "12")}


def test_more_in_another_part_of_the_sentence_leaves_the_toll():
    text = "The Sarvan floods killed 15, more than any storm since 1990."
    mentions = extract(text, "en", date(2024, 3, 5))
    frame = frame_mentions(Seed("t", "t.txt", text, "en", date(2024, 3, 5)), mentions)[0]
    assert (mentions[0].text, frame.increment) == ("15", "")


def test_more_after_a_count_of_another_kind_counts_others():
    """'150 personas más' joined to the 7 killed counts the others (the injured), no addition to a toll."""
    text = "Las inundaciones de Sarván mataron a 7 y 150 personas más resultaron heridas."
    mentions = extract(text, "es", date(2024, 3, 5))
    frames = frame_mentions(Seed("t", "t.txt", text, "es", date(2024, 3, 5)), mentions)
    assert [(m.text, f.increment) for m, f in zip(mentions, frames)] == [("7", ""), ("150", "")]



# A count the clause sets apart from its measure's people ("all of them farmers except three", "كلهم من رجال الشرطة
# باستثناء ثلاثة"): those left out of a kind, a part of the toll, never the toll (issue 8, trial 11: the three who
# were no policemen paired with the death toll as a conflict). The total beside it still contradicts.
EXCEPTED = [
    ("The Sarvan floods killed 12 people, all of them farmers except three.", "en"),
    ("The Sarvan floods killed 12 people, all farmers except for three hikers.", "en"),
    ("Las inundaciones de Sarván mataron a 12 personas, todas campesinos excepto tres.", "es"),
    ("Las inundaciones de Sarván mataron a 12 personas, todas campesinos salvo tres.", "es"),
    ("As enchentes de Sarvã mataram 12 pessoas, todas agricultores exceto três.", "pt"),
    ("As enchentes de Sarvã mataram 12 pessoas, todas agricultores, com exceção de três.", "pt"),
    ("أسفرت فيضانات سروان عن مقتل 12 شخصا، كلهم من المزارعين باستثناء ثلاثة.", "ar"),
    ("أسفرت فيضانات سروان عن مقتل 12 شخصا، كلهم من المزارعين ما عدا ثلاثة.", "ar"),
    ("در سیل سروان ۱۲ نفر جان باختند که همه به جز سه نفر کشاورز بودند.", "fa"),
]
EXCEPTED_IDS = [f"{language}-{n}" for n, (_, language) in enumerate(EXCEPTED)]


@pytest.mark.parametrize("text,language", EXCEPTED, ids=EXCEPTED_IDS)
def test_a_count_set_apart_by_an_exception_never_contradicts_the_toll(tmp_path, text, language):
    assert contradictions(tmp_path, SHEET, text, language, "2024-03-05") == {("killed", "12")}


@pytest.mark.parametrize("text,language", EXCEPTED, ids=EXCEPTED_IDS)
def test_a_count_set_apart_by_an_exception_is_never_paired_with_a_total(text, language):
    found = _groups(("a", "en", "The Sarvan floods killed 12 people, the civil protection said.\n"), ("b", language, text + "\n"))
    excepted = {(c.seed.id, c.mention.text) for g in found for c in g.claims if c.seed.id == "b"} - {("b", "12"), ("b", "۱۲")}
    assert not excepted, found
