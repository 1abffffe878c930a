"""Event scope (issue 8, item 3): an article is in scope for an event only with enough evidence that it is
about THAT event, not another event of the same place (a later flood, a later election).

The events and the articles are invented for these tests; the places are real, the texts our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from checker.detect import extract_seed
from checker.model import Event, Seed
from checker.scope import decide

QUAKE = Event("kaga-quake-2031", names={"en": ("Kaga earthquake", "Ishikawa earthquake")},
              places={"en": ("Japan", "Ishikawa", "Kaga", "Nomi", "Hakui", "Komatsu")},
              entities={"en": ("Japan Meteorological Agency",)},
              window=(date(2031, 3, 4), date(2031, 12, 31)))
VOTE = Event("zembla-vote-2031", names={"en": ("Zemblan presidential election", "runoff")},
             places={"en": ("Zembla", "Onhava")}, entities={"en": ("Kinbote", "Shade")},
             window=(date(2031, 4, 6), date(2031, 9, 30)))
SHORT = Event("kaga-quake-short-2031", names={}, places={"en": ("Kaga", "Nomi")}, entities={},
              window=(date(2031, 3, 4), date(2031, 12, 31)))


def _decide(event: Event, text: str, language: str, published, seed_id: str = "s"):
    seed = Seed(seed_id, f"{seed_id}.txt", text, language, published)
    return decide(seed, tuple(extract_seed(seed)), event)


# --- names in another script: short names need their vowels and a second name ---------------------

@pytest.mark.parametrize("text,language", [
    ("زلزال قوي يضرب كاغا\n\nقالت السلطات إن الزلزال الذي ضرب مدينتي كاغا ونومي أوقع 12 قتيلا.", "ar"),
    ("زلزله در کاگا\n\nزلزله روز شنبه در کاگا و نومی دست کم ۱۲ کشته بر جا گذاشت.", "fa"),
])
def test_scope_short_names_in_another_script_with_a_second_name(text, language):
    decision = _decide(SHORT, text, language, date(2031, 3, 5))
    assert decision.in_scope, decision
    assert "place 'Kaga'" in decision.reasons and "place 'Nomi'" in decision.reasons


def test_scope_a_short_name_alone_in_another_script_is_no_evidence():
    text = "قالت السلطات إن الأمطار أغرقت أحياء في نومي وأوقعت 12 قتيلا."
    decision = _decide(SHORT, text, "ar", date(2031, 3, 5))
    assert not decision.in_scope
    assert any("'Nomi'" in reason and "alone" in reason for reason in decision.reasons), decision


def test_scope_arabic_article_names_the_places_with_al():
    event = Event("argentina-vote-2031", names={"en": ("Argentine election",)},
                  places={"en": ("Argentina",)}, entities={"en": ("Kinbote",)},
                  window=(date(2031, 4, 6), date(2031, 9, 30)))
    text = "فوز مرشح المعارضة في الأرجنتين\n\nحصل المرشح كينبوت على 51 في المئة من الأصوات في الأرجنتين."
    decision = _decide(event, text, "ar", date(2031, 5, 12))
    assert decision.in_scope, decision
    assert "place 'Argentina'" in decision.reasons


# --- one place name is not enough ------------------------------------------------------------------

def test_scope_one_place_name_alone_is_not_enough():
    text = "In Japan, a bus left the road on Monday and 5 people were killed."
    decision = _decide(QUAKE, text, "en", date(2031, 5, 6))
    assert not decision.in_scope, decision


@pytest.mark.parametrize("text,language", [
    ("An earthquake in Japan killed 5 people on Monday.", "en"),
    ("Un terremoto en Japón dejó el lunes 5 muertos en la región.", "es"),
])
def test_scope_one_place_and_the_kind_of_the_event(text, language):
    event = Event("kaga-quake-kind-2031", names=QUAKE.names, places={"en": ("Japan",), "es": ("Japón",)},
                  window=QUAKE.window)
    decision = _decide(event, text, language, date(2031, 3, 6))
    assert decision.in_scope, decision
    assert any(reason.startswith("kind earthquake") for reason in decision.reasons), decision


# --- what the article is mainly about --------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Inundaciones en Kaga: 7 muertos tras las lluvias torrenciales\n\n"
     "Las lluvias torrenciales del sábado causaron inundaciones en Kaga, Nomi y Hakui, en la prefectura de "
     "Ishikawa, y dejaron al menos 7 muertos, informó el lunes el gobierno regional. Las inundaciones "
     "alcanzaron las viviendas provisionales levantadas tras el terremoto de marzo.", "es"),
    ("باران سیل آسا در کاگا؛ ۷ کشته در منطقه زلزله زده\n\n"
     "باران‌های شدید روز شنبه در کاگا و نومی در استان ایشیکاوا سیل به راه انداخت و دست کم ۷ کشته بر جا گذاشت. "
     "سیل خانه‌های موقتی را که پس از زلزله ماه مارس ساخته شده بود فرا گرفت و بارش باران ادامه دارد.", "fa"),
])
def test_scope_a_later_flood_in_the_places_of_an_earthquake_is_out(text, language):
    decision = _decide(QUAKE, text, language, date(2031, 9, 22))
    assert not decision.in_scope, decision
    assert any("mainly about" in reason and "flood" in reason for reason in decision.reasons), decision


def test_scope_an_earthquake_article_that_mentions_rain_stays_in():
    text = ("Kaga earthquake toll rises to 40\n\nThe earthquake that struck Kaga and Nomi on Tuesday has killed 40 "
            "people, Ishikawa officials said, as rain hampered the search in the rubble.")
    decision = _decide(QUAKE, text, "en", date(2031, 3, 6))
    assert decision.in_scope, decision


@pytest.mark.parametrize("text,language", [
    ("Rain hampers the search after the Kaga earthquake\n\nRain fell all day on Kaga and Nomi, where the "
     "earthquake of Tuesday killed 40 people; more rain is forecast for Friday.", "en"),
    ("La lluvia dificulta la búsqueda tras el terremoto de Kaga\n\nLa lluvia cayó todo el día sobre Kaga y "
     "Nomi, donde el terremoto del martes dejó 40 muertos; se esperan más lluvias el viernes.", "es"),
])
def test_scope_rain_in_the_headline_of_an_earthquake_article_is_not_its_subject(text, language):
    # a kind of event is the article's subject only when it is named more than twice as often as the event's
    decision = _decide(QUAKE, text, language, date(2031, 3, 8))
    assert decision.in_scope, decision


# --- a later event of the same kind in the same place: its own time --------------------------------

@pytest.mark.parametrize("text,language", [
    ("Kinbote's party wins the mid-term election in Zembla\n\nThe party of President Kinbote won 41 percent "
     "of the vote in Sunday's legislative election in Zembla, ahead of Shade's allies with 33 percent; "
     "turnout was 62 percent. Kinbote, who won the 2031 runoff, will have more seats when the new chamber "
     "sits on 10 December.", "en"),
    ("El partido de Kinbote gana las legislativas en Zembla\n\nEl partido del presidente Kinbote obtuvo el "
     "41 % de los votos en las elecciones legislativas del domingo en Zembla; la participación fue del 62 %. "
     "Kinbote, que ganó la segunda vuelta de 2031, tendrá más escaños desde el 10 de diciembre.", "es"),
])
def test_scope_a_later_election_with_the_event_year_in_passing_is_out(text, language):
    decision = _decide(VOTE, text, language, date(2033, 10, 25))
    assert not decision.in_scope, decision
    assert any("after the window" in reason for reason in decision.reasons), decision


def test_scope_a_later_article_about_the_event_itself_stays_in():
    text = ("Zembla's runoff, two years on\n\nIn the runoff of 18 May 2031, Kinbote beat Shade with 52 percent of "
            "the vote; the count was confirmed on 27 May 2031 by the electoral court in Onhava.")
    decision = _decide(VOTE, text, "en", date(2033, 5, 18))
    assert decision.in_scope, decision


def test_scope_an_article_of_the_window_stays_in_scope():
    text = ("Kinbote wins Zembla's runoff\n\nKinbote won the runoff on Sunday with 52 percent of the vote against "
            "Shade, the electoral court said in Onhava.")
    assert _decide(VOTE, text, "en", date(2031, 5, 19)).in_scope


# --- a mention's time and a fact's window (a later article can report the event's figures) ----------

def _look_back(sentence: str):
    from pathlib import Path

    from checker.engine import analyse_seed
    from checker.facts import load_facts

    facts = tuple(load_facts([Path(__file__).parent / "fixtures" / "facts" / "event" / "election.yaml"]))
    text = ("The Ruritanian election, two years on\n\nIn the vote of 2 May 2031 in Ruritania, Rassendyll beat "
            f"Elphberg; the court in Strelsau confirmed the count on 9 May 2031. {sentence}")
    seed = Seed("back", "back.txt", text, "en", date(2033, 5, 2))
    result = analyse_seed(seed, facts)
    assert all(d.in_scope for d in result.scope), result.scope
    return result


def test_link_a_later_article_reports_the_event_figure_and_says_so():
    result = _look_back("Rassendyll won 54.2 percent of the vote.")
    (link,) = [link for link in result.links if link.mention.text == "54.2 percent"]
    assert link.fact_id == "rassendyll-vote-share"
    assert not any("lies outside" in reason for reason in link.reasons), link.reasons
    assert any("published after the fact's window" in reason for reason in link.reasons), link.reasons


def test_link_a_stated_time_outside_the_window_is_not_linked():
    result = _look_back("In the mid-term vote of 2 March 2033, Rassendyll's party won 41.5 percent of the vote.")
    assert not [link for link in result.links if link.mention.text == "41.5 percent"]


def test_link_a_date_of_another_time_is_not_the_event_day():
    # the sheet's window (2018-05-01..2019-12-31) holds the dates its facts can refer to: Maduro's first
    # swearing-in (2013) is no value of the day of his second one
    from pathlib import Path

    from checker.engine import analyse_seed
    from checker.facts import load_facts

    facts = tuple(load_facts([Path(__file__).parent.parent / "facts"]))
    text = ("In Caracas, Maduro was first sworn in on 19 April 2013, after the death of Chavez. "
            "Guaido declared himself interim president of Venezuela on 23 January 2019.")
    seed = Seed("first-term", "first-term.txt", text, "en", date(2019, 1, 24))
    result = analyse_seed(seed, facts)
    linked = {link.mention.text: link.fact_id for link in result.links}
    assert "19 April 2013" not in linked, linked
    assert linked.get("23 January 2019") == "guaido-self-declaration"


# --- undated seeds: a year recalled places nothing; a url's month does ------------------------------

@pytest.mark.parametrize("text,language", [
    ("A magnitude 7.1 earthquake struck Kaga, killing 9 people. It is the strongest quake in Japan since 2011, "
     "when a magnitude 9.0 quake struck the north-east.", "en"),
    ("Un terremoto de magnitud 7,1 sacudió Kaga y dejó 9 muertos. Es el más intenso que ha sufrido Japón desde "
     "2011, cuando un sismo de magnitud 9,0 golpeó el noreste.", "es"),
    ("Um terremoto de magnitude 7,1 atingiu Kaga e deixou 9 mortos, o mais forte desde 2011 no Japão.", "pt"),
])
def test_scope_an_undated_seed_is_not_placed_out_by_a_year_it_recalls(text, language):
    """An undated article whose only date is a year it recalls ('the strongest since 2011') is not
    about 2011: a bare year places an undated seed nowhere outside the window, as it places a dated one."""
    event = Event("kaga-quake-recall-2031", names=QUAKE.names,
                  places={"en": ("Japan", "Kaga"), "es": ("Japón", "Kaga"), "pt": ("Japão", "Kaga")},
                  window=QUAKE.window)
    decision = _decide(event, text, language, None)
    assert decision.in_scope, decision


def test_scope_an_undated_seed_with_a_day_outside_the_window_is_out():
    text = "An earthquake struck Kaga, Japan, on 6 February 2018, killing 17 people."
    decision = _decide(QUAKE, text, "en", None)
    assert not decision.in_scope, decision


@pytest.mark.parametrize("url,in_scope", [
    ("https://news.example/2031/05/quake-in-kaga-leaves-9-dead", True),
    ("https://news.example/2018/02/quake-in-kaga-leaves-9-dead", False),
])
def test_scope_the_month_in_an_undated_seeds_url_places_it(url, in_scope):
    text = "A strong earthquake struck Kaga in Japan, killing at least 9 people and injuring 200."
    seed = Seed("s", "s.txt", text, "en", None, url=url)
    decision = decide(seed, tuple(extract_seed(seed)), QUAKE)
    assert decision.in_scope is in_scope, decision
    assert any("url" in reason for reason in decision.reasons), decision


def test_scope_an_arabic_token_of_an_article_and_digits_is_no_name():
    """'الـ50%' folds to a token of an article and digits, which has no consonant skeleton: looking it up
    among the names of another script crashed the whole run (IndexError) on a real Arabic article."""
    text = "قال رئيس الهيئة إن أصوات أردوغان لن تبلغ نسبة الـ50% الضرورية في زلزال كاغا باليابان."
    decision = _decide(QUAKE, text, "ar", date(2031, 5, 6))
    assert decision.event == QUAKE.id
