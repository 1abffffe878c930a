"""Event scope: an article about a LATER or EARLIER occurrence of the same kind of event in the same place (the next
election with the same candidates, the anniversary of an earlier quake) names the event's places and people, and,
undated or dated inside the window, was taken as in scope: its figures became findings against the sheet (issue 8,
seen on real coverage no one here had written). Its headline and lede say which occurrence it is about: the year
they name next to the event's kind ("the 2035 vote", "las elecciones de 2035", "انتخابات ۲۰۳۵"), or an anniversary
("ten years on", "a diez años del", "الذكرى العاشرة", "دهمین سالگرد") with the year it recalls, else the year the
anniversary counts back from the publication. An article that names another occurrence only in passing ("ten years
after the 2021 quake") stays in scope. The events are invented; every sentence is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from checker.detect import extract_seed
from checker.model import Event, Seed
from checker.scope import decide

ELECTION = Event("zembla-2031", names={"en": ("Zemblan presidential election",)},
                 places={"en": ("Zembla",), "es": ("Zembla",), "pt": ("Zembla",), "ar": ("زمبلا",), "fa": ("زمبلا",)},
                 entities={"en": ("Kinbote", "Shade"), "ar": ("كينبوت", "شيد"), "fa": ("کینبوت", "شید")},
                 window=(date(2031, 4, 6), date(2031, 9, 30)))
EARTHQUAKE = Event("kaga-2031", names={"en": ("Kaga earthquake",)},
                   places={"en": ("Kaga", "Ishikawa"), "es": ("Kaga", "Ishikawa"), "pt": ("Kaga", "Ishikawa"),
                           "ar": ("كاغا", "إيشيكاوا"), "fa": ("کاگا", "ایشیکاوا")},
                   window=(date(2031, 3, 4), date(2031, 12, 31)))


PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def _says(decision, year: str) -> bool:
    """Whether a reason says the article is about another occurrence, of that year (in any digits)."""
    return any("another occurrence" in reason and year in reason.translate(PERSIAN_DIGITS) for reason in decision.reasons)


def _decision(event: Event, text: str, language: str, published=None):
    seed = Seed("s", "s.txt", text, language, published)
    return decide(seed, tuple(extract_seed(seed)), event)


NEXT_ELECTION = [
    ("Kinbote seeks re-election in Zembla's 2035 vote\n\nKinbote will face Shade again in the 2035 presidential "
     "election, and a poll gives him 48%.", "en"),
    ("Kinbote busca la reelección en las elecciones de 2035 en Zembla\n\nKinbote se medirá de nuevo con Shade en "
     "las presidenciales de 2035; un sondeo le da el 48 %.", "es"),
    ("Kinbote tenta a reeleição nas eleições de 2035 em Zembla\n\nKinbote vai enfrentar Shade de novo na eleição "
     "presidencial de 2035; uma pesquisa lhe dá 48%.", "pt"),
    ("كينبوت يسعى لولاية ثانية في انتخابات 2035 في زمبلا\n\nسيواجه كينبوت منافسه شيد مجددا في الانتخابات الرئاسية "
     "لعام 2035، ويمنحه استطلاع 48 في المئة.", "ar"),
    ("کینبوت برای انتخابات ۲۰۳۵ زمبلا نامزد شد\n\nکینبوت بار دیگر در انتخابات ریاست جمهوری سال ۲۰۳۵ با شید رقابت "
     "می‌کند و یک نظرسنجی به او ۴۸ درصد می‌دهد.", "fa"),
]


@pytest.mark.parametrize("text,language", NEXT_ELECTION)
def test_scope_an_undated_article_about_the_next_election_is_out(text, language):
    decision = _decision(ELECTION, text, language)
    assert not decision.in_scope, decision
    assert _says(decision, "2035"), decision


ANNIVERSARY = [
    ("Kaga remembers the 2021 earthquake, ten years on\n\nTen years after an earthquake killed 300 people in Kaga, "
     "Ishikawa, residents gathered on Monday to remember the victims.", "en"),
    ("Kaga recuerda el terremoto de 2021, diez años después\n\nA diez años del sismo que mató a 300 personas en "
     "Kaga, en Ishikawa, los vecinos se reunieron el lunes.", "es"),
    ("Kaga lembra o terremoto de 2021, dez anos depois\n\nDez anos após o terremoto que matou 300 pessoas em Kaga, "
     "em Ishikawa, os moradores se reuniram na segunda-feira.", "pt"),
    ("كاغا تحيي الذكرى العاشرة لزلزال 2021\n\nبعد عشر سنوات على الزلزال الذي أودى بحياة 300 شخص في كاغا في "
     "إيشيكاوا، تجمع السكان يوم الاثنين.", "ar"),
    ("دهمین سالگرد زلزله ۲۰۲۱ کاگا\n\nده سال پس از زلزله‌ای که ۳۰۰ نفر را در کاگا در ایشیکاوا کشت، ساکنان روز "
     "دوشنبه گرد هم آمدند.", "fa"),
]


@pytest.mark.parametrize("published", [None, date(2031, 6, 10)])
@pytest.mark.parametrize("text,language", ANNIVERSARY)
def test_scope_the_anniversary_of_an_earlier_quake_is_out(text, language, published):
    decision = _decision(EARTHQUAKE, text, language, published)
    assert not decision.in_scope, decision
    assert _says(decision, "2021"), decision


@pytest.mark.parametrize("text,language", [
    ("Kaga remembers its earthquake, ten years on\n\nTen years after an earthquake killed 300 people in Kaga, "
     "Ishikawa, residents gathered on Monday to remember the victims.", "en"),
    ("Kaga recuerda su terremoto, diez años después\n\nA diez años del sismo que mató a 300 personas en Kaga, "
     "en Ishikawa, los vecinos se reunieron el lunes.", "es"),
])
def test_scope_an_anniversary_without_a_year_counts_back_from_the_publication(text, language):
    decision = _decision(EARTHQUAKE, text, language, date(2031, 6, 10))
    assert not decision.in_scope, decision
    assert _says(decision, "2021"), decision


@pytest.mark.parametrize("published", [None, date(2031, 6, 10)])
@pytest.mark.parametrize("event,text,language", [
    # a new quake that names the earlier one in passing
    (EARTHQUAKE, "Magnitude 7 quake hits Kaga, ten years after the 2021 disaster\n\nAn earthquake of magnitude 7 "
     "struck Kaga in Ishikawa, killing 12 people, ten years after the 2021 earthquake that killed 300.", "en"),
    (EARTHQUAKE, "Un sismo de magnitud 7 sacude Kaga diez años después del de 2021\n\nUn terremoto de magnitud 7 "
     "sacudió Kaga, en Ishikawa, y dejó 12 muertos, diez años después del terremoto de 2021.", "es"),
    # the anniversary of the event itself: its figures are the event's
    (EARTHQUAKE, "Kaga remembers the 2031 earthquake, a year on\n\nThe earthquake killed 12 people in Kaga, Ishikawa.",
     "en"),
    # an anniversary of something else than an occurrence of the event's kind
    (ELECTION, "On the 50th anniversary of the 1981 revolution, Zembla votes\n\nKinbote and Shade face each other in "
     "the Zemblan presidential election.", "en"),
    (ELECTION, "En el aniversario de la revolución, Zembla vota\n\nKinbote y Shade se enfrentan en la elección "
     "presidencial de Zembla.", "es"),
    # the election itself; the next one named further down only
    (ELECTION, "Kinbote wins Zemblan presidential election\n\nKinbote won 52% of the vote against Shade. Turnout "
     "was 61%. Observers praised the count.\n\nKinbote can run again in the 2035 election.", "en"),
    (ELECTION, "كينبوت يفوز في انتخابات زمبلا\n\nحصل كينبوت على 52 في المئة من الأصوات مقابل شيد. وبلغت نسبة "
     "المشاركة 61 في المئة. وأشاد المراقبون بعملية الفرز.\n\nويحق لكينبوت الترشح مجددا في انتخابات 2035.", "ar"),
])
def test_scope_another_occurrence_in_passing_stays_in(event, text, language, published):
    decision = _decision(event, text, language, published)
    assert decision.in_scope, decision


SHEET = """\
event:
  id: kaga-2031
  names: {en: [Kaga earthquake]}
  places: {en: [Kaga, Ishikawa]}
  window: {from: 2031-03-04, to: 2031-12-31}
facts:
  - id: killed
    statement: People killed by the Kaga earthquake
    kind: count
    measure: killed
    unit: people
    value: 12
    provenance: invented
"""


def test_scope_the_reason_is_shown_by_explain_and_the_report(tmp_path):
    from checker.engine import Inputs, run
    from checker.explain import explain_seed
    from checker.render.markdown import render

    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir(), facts.mkdir()
    (seeds / "a.txt").write_text(ANNIVERSARY[0][0], encoding="utf-8")
    (seeds / "manifest.yaml").write_text("seeds:\n  - {id: a, file: a.txt, language: en, published: 2031-06-10}\n",
                                         encoding="utf-8")
    (facts / "kaga.yaml").write_text(SHEET, encoding="utf-8")
    report, _ = run(Inputs(seeds, (facts,), ()))
    assert not [f for f in report.findings if f.kind == "contradiction"]  # 300 dead were the 2021 quake's
    assert "its headline speaks of an anniversary ('years on') of '2021'" in render(report)
    [explained, *_] = explain_seed(seeds, [facts], "a")
    assert any("anniversary" in part and "out of scope" in part for part in explained.scope), explained.scope


@pytest.mark.parametrize("text,language", [
    # the day it recalls stands below the lede
    (NEXT_ELECTION[0][0] + " Polls open at eight. Results are due at night.\n\nKinbote first won the presidency on"
     " 6 April 2031.", "en"),
    (NEXT_ELECTION[1][0] + " Los colegios abren a las ocho. Los resultados llegarán de noche.\n\nKinbote ganó la"
     " presidencia por primera vez el 6 de abril de 2031.", "es"),
])
def test_scope_a_date_bound_from_the_text_does_not_date_the_article(text, language):
    """Published on no known day, its latest date (a lower bound, checker/published.py) is no publication date: the
    article is read as undated."""
    seed = Seed("s", "s.txt", text, language, date(2031, 4, 6), published_source="latest-date-bound")
    decision = decide(seed, tuple(extract_seed(seed)), ELECTION)
    assert not decision.in_scope, decision
    assert _says(decision, "2035"), decision
