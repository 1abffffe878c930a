"""A figure against the sheet's (checker/compare.py): a sheet's decimal value stands for what it rounds from, as an
article's does; and another source's figure set beside the sheet's in one article is no contradiction (quake coverage
gives the magnitude of two or three agencies side by side, "7.2 by the local agency and 7.4 by the USGS": an article
that does so states the sheet's figure and reports a discrepancy between sources).

The sheet and the sentences are invented for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from checker.engine import analyse_seed
from checker.facts import load_facts
from checker.model import Seed

SHEET = """\
language: en
event:
  id: kaga-quake-2031
  names: {en: [Kaga earthquake]}
  places: {en: [Kaga, Japan], ar: [كاغا, اليابان], fa: [کاگا, ژاپن]}
  window: {from: 2031-03-04, to: 2031-12-31}
facts:
  - id: kaga-magnitude
    statement: Moment magnitude of the main shock, by the USGS
    kind: number
    measure: magnitude
    value: 7.4
    provenance: invented
  - id: kaga-turnout
    statement: Share of the voters who voted in Kaga's referendum
    kind: percent
    cues: {en: [turnout]}
    value: 61.2%
    provenance: invented
"""


VOTE = """\
language: en
event:
  id: zembla-vote-2031
  names: {en: [Zemblan presidential election, runoff]}
  places: {en: [Zembla, Onhava], es: [Zembla], pt: [Zembla], ar: [زمبلا], fa: [زمبلا]}
  entities: {en: [Kinbote, Shade], ar: [كينبوت], fa: [کینبوت]}
  window: {from: 2031-04-06, to: 2031-09-30}
facts:
  - id: kinbote-share
    statement: Share of the valid votes for Kinbote in the runoff
    kind: percent
    measure: vote-share
    entities: {en: [Kinbote], ar: [كينبوت], fa: [کینبوت]}
    unit: percent
    values:
      - {as_of: "2031-04-06", value: 52.14}
      - {as_of: "2031-04-10", value: 52.18}
    provenance: invented
"""


def _verdicts(tmp_path, text: str, language: str = "en", sheet: str = SHEET,
              published: date = date(2031, 3, 5)) -> dict[str, str]:
    """{the figure as written: its verdict} of an article (by default published the day after the quake)."""
    path = tmp_path / "sheet.yaml"
    path.write_text(sheet, encoding="utf-8")
    seed = Seed("s", "s.txt", text + "\n", language, published)
    result = analyse_seed(seed, tuple(load_facts([path])))
    return {c.link.mention.text: c.verdict for c in result.comparisons}


# --- a sheet's figure stands for what rounds to it -----------------------------------------------

@pytest.mark.parametrize("text,said", [
    ("The Kaga earthquake in Japan had a magnitude of 7.44, the USGS said.", "7.44"),
    ("The Kaga earthquake in Japan had a magnitude of 7.36, the USGS said.", "7.36"),
    ("In Kaga, Japan, turnout in the referendum after the earthquake was 61.24 percent.", "61.24 percent"),
])
def test_compare_a_more_precise_figure_that_rounds_to_the_sheets_is_no_contradiction(tmp_path, text, said):
    verdicts = _verdicts(tmp_path, text)
    assert verdicts.get(said) in ("agrees", "imprecise"), verdicts


@pytest.mark.parametrize("text,said", [
    ("The Kaga earthquake in Japan had a magnitude of 7.2, the weather agency said.", "7.2"),
    ("The Kaga earthquake in Japan had a magnitude of 7.46, the USGS said.", "7.46"),
])
def test_compare_a_figure_outside_what_the_sheets_value_rounds_from_contradicts(tmp_path, text, said):
    verdicts = _verdicts(tmp_path, text)
    assert verdicts.get(said) == "contradicts", verdicts


# --- another source's figure beside the sheet's ---------------------------------------------------

@pytest.mark.parametrize("text,language,other", [
    ("The Kaga earthquake in Japan, measured as 7.2 magnitude by local officials and 7.4 by the USGS, "
     "killed 9 people.", "en", "7.2"),
    ("El terremoto de Kaga, en Japón, tuvo una magnitud de 7,2 según la agencia japonesa y de 7,4 según el "
     "USGS.", "es", "7,2"),
    ("O terremoto de Kaga, no Japão, teve magnitude 7,4 segundo o USGS. A agência japonesa estimou a "
     "magnitude do terremoto em 7,2.", "pt", "7,2"),
    ("بلغت قوة زلزال كاغا في اليابان 7.4 درجة بحسب المعهد الأمريكي للمسح الجيولوجي. وقدرت الوكالة اليابانية "
     "قوة الزلزال بـ 7.2 درجة.", "ar", "7.2"),
    ("زلزله کاگا در ژاپن به گفته مرکز زمین‌شناسی آمریکا ۷.۴ ریشتر بود.\n\nسازمان هواشناسی ژاپن شدت این "
     "زمین‌لرزه را ۷.۲ ریشتر ثبت کرد.", "fa", "۷.۲"),
    # the unit in another of its forms (ریشتری, ریشتر)
    ("زلزله کاگا در ژاپن به گفته مرکز زمین‌شناسی آمریکا ۷.۴ ریشتر بود.\n\nسازمان هواشناسی ژاپن یک زمین‌لرزه "
     "۷.۲ ریشتری در کاگا ثبت کرد.", "fa", "۷.۲"),
])
def test_compare_another_sources_figure_beside_the_sheets_is_attributed(tmp_path, text, language, other):
    verdicts = _verdicts(tmp_path, text, language)
    assert verdicts.get(other) == "attributed", verdicts


@pytest.mark.parametrize("text", [
    # no other figure the article gives fits the sheet: its figure contradicts it
    "The Kaga earthquake in Japan had a magnitude of 7.2, the local agency said.",
    # the sheet's figure in one paragraph, another in the next, nobody named for it: a slip, not a source
    "The Kaga earthquake in Japan had a magnitude of 7.4 and killed 9 people.\n\nThe Kaga earthquake, of "
    "magnitude 7.2, destroyed 300 homes.",
])
def test_compare_an_unattributed_or_lone_other_figure_still_contradicts(tmp_path, text):
    verdicts = _verdicts(tmp_path, text, "en")
    assert verdicts.get("7.2") == "contradicts", verdicts


# --- a count in progress is no result ------------------------------------------------------------

@pytest.mark.parametrize("text,language,said", [
    ("With 56 percent of the ballots counted, Kinbote had 55.80 percent of the vote in the Zemblan presidential "
     "election runoff, state media said.", "en", "55.80 percent"),
    ("Con el 70 % de los votos escrutados, Kinbote obtenía el 54,62 % en la segunda vuelta de la elección "
     "presidencial de Zembla.", "es", "54,62 %"),
    ("Com 70% das urnas apuradas, Kinbote tinha 54,62% dos votos no segundo turno da eleição presidencial de "
     "Zembla.", "pt", "54,62%"),
    ("وحصل كينبوت على 55.80 في المئة، بعد فرز 56.47 في المئة من الأصوات في جولة الإعادة في زمبلا.", "ar",
     "55.80 في المئة"),
    ("با شمارش ۷۰ درصد آرا کینبوت ۵۴.۶۲ درصد آرا را در دور دوم انتخابات ریاست جمهوری زمبلا از آن خود کرده است.",
     "fa", "۵۴.۶۲ درصد"),
])
def test_compare_a_figure_of_a_count_in_progress_is_partial(tmp_path, text, language, said):
    """Election-night figures read while the count goes on ("with 56 percent of the ballots counted") are a
    moment of the tally, not the result the sheet holds: partial, never a contradiction."""
    verdicts = _verdicts(tmp_path, text, language, VOTE, date(2031, 4, 6))
    assert verdicts.get(said) == "partial", verdicts


def test_compare_a_figure_of_a_complete_count_still_contradicts(tmp_path):
    text = ("With 100 percent of the ballots counted, Kinbote had 55.80 percent of the vote in the Zemblan "
            "presidential election runoff.")
    verdicts = _verdicts(tmp_path, text, "en", VOTE, date(2031, 4, 6))
    assert verdicts.get("55.80 percent") == "contradicts", verdicts
