"""Conflicts without a fact pair only claims of one thing (issue 8, item 6): numbers that look alike but
count or measure different things are never grouped, and an update is never called a conflict. Every
sentence is written for these tests, about an invented election in the invented land of Norland and an
invented earthquake there."""
from __future__ import annotations

from datetime import date

import pytest

from checker.claims import claims_of
from checker.cluster import group_claims
from checker.engine import analyse_seed
from checker.model import Seed

NOV_20, NOV_21, NOV_30 = date(2031, 11, 20), date(2031, 11, 21), date(2031, 11, 30)


def results_of(*texts, facts=()):
    """(seed id, language, published, text) -> the seeds' results."""
    return [analyse_seed(Seed(id=i, path=f"seeds/{i}.txt", text=text, language=lang, published=day), facts)
            for i, lang, day, text in texts]


def claims(*texts):
    return {(c.seed.id, c.mention.text): c for c in claims_of(results_of(*texts))}


def grouped(*texts):
    """The groups of the seeds' claims, each as a set of (seed id, mention text)."""
    return [{(c.seed.id, c.mention.text) for c in g.claims} for g in group_claims(claims_of(results_of(*texts)))]


def apart(groups, one, other):
    return not any(one in g and other in g for g in groups)


def together(groups, one, other):
    return any(one in g and other in g for g in groups)


# --- blank votes are not null votes ---------------------------------------------------------------

@pytest.mark.parametrize("language, text, said, measure", [
    ("es", "En Norland hubo 205.330 votos en blanco y 219.004 votos nulos.\n", "205.330", "blank-votes"),
    ("es", "En Norland hubo 205.330 votos en blanco y 219.004 votos nulos.\n", "219.004", "null-votes"),
    ("pt", "Os votos brancos somaram 98.120 e os nulos 143.877 em Norland.\n", "98.120", "blank-votes"),
    ("en", "Norland counted 205,330 blank ballots and 219,004 null votes.\n", "219,004", "null-votes"),
    ("ar", "وبلغت الأوراق البيضاء في نورلاند 205330 ورقة.\n", "205330", "blank-votes"),
    ("fa", "در نورلاند ۲۱۹ هزار رأی باطله شمارش شد.\n", "۲۱۹ هزار", "null-votes"),
])
def test_cluster_same_claim_blank_and_null_votes_are_two_measures(language, text, said, measure):
    found = claims(("a", language, NOV_21, text))
    assert found[("a", said)].measure == measure


def test_cluster_same_claim_blank_votes_never_pair_with_null_votes():
    """The provisional count's blank votes against the definitive null votes is no discrepancy; each
    measure pairs with its own later figure (an update)."""
    groups = grouped(
        ("a", "es", NOV_21, "Según el escrutinio provisorio, hubo 205.330 votos en blanco y 219.004 votos nulos en Norland.\n"),
        ("b", "es", NOV_30, "El escrutinio definitivo de Norland registró 6.812.400 votos, de los cuales 207.118 fueron en blanco y 224.950 nulos.\n"))
    assert apart(groups, ("a", "205.330"), ("b", "224.950"))
    assert apart(groups, ("a", "219.004"), ("b", "207.118"))
    assert together(groups, ("a", "219.004"), ("b", "224.950"))


def test_cluster_same_claim_a_part_of_another_measure_is_that_measure_whole():
    """"6,812,400 votes, of which 207,118 were blank": the blank votes are a part of the votes cast, but all
    of the blank votes; they pair with another count of blank votes."""
    groups = grouped(
        ("a", "es", NOV_21, "Según el escrutinio provisorio, hubo 205.330 votos en blanco en Norland.\n"),
        ("b", "es", NOV_30, "El escrutinio definitivo de Norland registró 6.812.400 votos, de los cuales 207.118 fueron en blanco.\n"))
    assert together(groups, ("a", "205.330"), ("b", "207.118"))


# --- a cue is no evidence about the number it contains ------------------------------------------

RUNOFF_SHEET = """\
language: en
event:
  id: norland-election-2031
  names: {en: [Norland election]}
  places: {en: [Norland]}
  window: {from: 2031-10-01, to: 2031-12-31}
facts:
  - id: norland-runoff-day
    statement: Day of the runoff
    kind: date
    value: "2031-11-23"
    cues: {en: [runoff, second round, run-off]}
    provenance: "invented for the test"
"""


def test_cluster_same_claim_an_ordinal_inside_a_cue_shares_no_cue(tmp_path):
    """"a second round is needed" holds the cue 'second round', but that cue is made of the ordinal's own
    words: it says what the ordinal ranks, not that the sentence speaks of the runoff. The first round of one
    article and the second round of another are two rounds, not a conflict."""
    from checker.facts import load_facts
    path = tmp_path / "norland.yaml"
    path.write_text(RUNOFF_SHEET, encoding="utf-8")
    facts = load_facts([path])
    texts = (("a", "en", NOV_20, "Castor takes a surprise first-round lead in Norland and faces Pollux in a run-off.\n"),
             ("b", "en", NOV_20, "Neither candidate in Norland won outright, so a second round is needed for the lead.\n"))
    groups = group_claims(claims_of(results_of(*texts, facts=facts)), facts)
    assert not [g for g in groups if g.conflicts]


# --- a duration that says when, not how long -----------------------------------------------------

@pytest.mark.parametrize("language, text, said", [
    ("en", "Rescuers reached Brivet a day after the Norland earthquake struck.\n", "a day"),
    ("en", "Eight days after the quake, the search for survivors in Norland went on.\n", "Eight days"),
    ("pt", "Oito dias depois do sismo de Norland, as buscas continuavam.\n", "Oito dias"),
    ("es", "Tres días después del terremoto de Norland llegó la ayuda.\n", "Tres días"),
    ("ar", "ووصلت فرق الإنقاذ إلى نورلاند بعد يومين من الزلزال.\n", "يومين"),
    ("fa", "امدادگران دو روز پس از زلزله به نورلاند رسیدند.\n", "دو روز"),
])
def test_cluster_same_claim_a_duration_from_another_happening_is_no_claim(language, text, said):
    """"a day after the quake", "oito dias depois do sismo": the duration places the sentence in time; it
    claims nothing about how long anything lasted, and is never paired with another article's offset."""
    assert ("a", said) not in claims(("a", language, NOV_21, text))


@pytest.mark.parametrize("language, text, said", [
    ("en", "The state of emergency in Norland will last 30 days.\n", "30 days"),
    ("es", "El estado de emergencia en Norland durará 30 días.\n", "30 días"),
])
def test_cluster_same_claim_a_duration_of_its_own_stays_a_claim(language, text, said):
    assert ("a", said) in claims(("a", language, NOV_21, text))


# --- a margin is no candidate's votes ------------------------------------------------------------

@pytest.mark.parametrize("language, text, said", [
    ("pt", "Em Norland, a vantagem passou de 3 milhões de votos.\n", "3 milhões"),
    ("es", "La ventaja superó los 2 millones de votos en Norland.\n", "2 millones"),
])
def test_cluster_same_claim_a_margin_in_millions_of_votes_is_a_margin(language, text, said):
    """"a vantagem passou de 3 milhões de votos": 'votos' only says what the margin is counted in."""
    assert claims(("a", language, NOV_21, text))[("a", said)].measure == "margin"


def test_cluster_same_claim_a_margin_never_pairs_with_a_candidate_votes():
    groups = grouped(
        ("a", "pt", NOV_21, "Em Norland, a vantagem passou de 3 milhões de votos: 14.475.600 contra 11.513.116.\n"),
        ("b", "es", NOV_30, "El escrutinio definitivo dio 14.476.462 votos al presidente electo.\n"))
    assert apart(groups, ("a", "3 milhões"), ("b", "14.476.462"))


# --- "the number of the dead ... rose to 73": the measure named at the head of the tally -----------

@pytest.mark.parametrize("language, text, said, measure", [
    ("fa", "شمار کشته‌های زلزله ۶.۹ ریشتری استان نورلاند تا ساعت ۸ شب سه‌شنبه به ۸۴ نفر رسید.\n", "۸۴", "killed"),
    ("fa", "شمار جان‌باختگان زلزله روز دوم دسامبر در استان نورلاند به ۱۲۷ نفر رسیده است.\n", "۱۲۷", "killed"),
    ("ar", "ارتفعت حصيلة القتلى جراء الزلزال الذي ضرب نورلاند بقوة 6.9 درجات على مقياس ريختر إلى 84 شخصا.\n", "84", "killed"),
    ("en", "The number of people killed by the magnitude 6.9 earthquake in Norland has climbed to 127.\n", "127", "killed"),
    ("es", "El número de muertos por el terremoto de magnitud 6,9 en Norland ascendió este martes a 127.\n", "127", "killed"),
    # Persian verbs glue the person to the participle: مفقودند, جان باخته‌اند
    ("fa", "در نورلاند ۶۱ نفر همچنان مفقودند.\n", "۶۱", "missing"),
    ("fa", "بر اساس این گزارش ۴۲ نفر در شهر بریوت جان باخته‌اند.\n", "۴۲", "killed"),
])
def test_cluster_same_claim_the_measure_at_the_head_of_a_tally(language, text, said, measure):
    """"the number of the dead of the magnitude 6.9 quake ... reached 84 people": the tally's head names
    its measure, however far; a magnitude or an hour between is no measure of the 84."""
    from checker.engine import analyse_seed as analyse
    result = analyse(Seed(id="a", path="a.txt", text=text, language=language, published=NOV_21), ())
    frame = next(f for f in result.frames if text[f.start:f.end] == said)
    assert frame.measures and frame.measures[0].what == measure


# --- a part by severity, or in a neighbouring area, is no total ------------------------------------

def test_cluster_same_claim_the_slightly_injured_are_a_part_of_the_injured():
    """"29 seriously and 231 slightly injured": each is a part of the injured by severity, never the total
    of another article; two counts of one severity still pair."""
    groups = grouped(
        ("a", "pt", NOV_20, "Em Norland, outras 29 pessoas ficaram gravemente feridas e 231 sofreram ferimentos leves.\n"),
        ("b", "en", NOV_21, "The earthquake in Norland has left 560 people injured, officials said.\n"),
        ("c", "es", NOV_21, "En Norland, 34 personas resultaron heridas de gravedad.\n"))
    assert apart(groups, ("a", "231"), ("b", "560"))
    assert apart(groups, ("a", "29"), ("b", "560"))
    assert together(groups, ("a", "29"), ("c", "34"))


@pytest.mark.parametrize("language, text, said", [
    ("fa", "در استان همسایه بریوت ۳۶ نفر زخمی شدند.\n", "۳۶"),
    ("en", "Another 36 people were injured in the neighbouring prefecture of Brivet.\n", "36"),
    ("es", "En la provincia vecina de Brivet resultaron heridas 36 personas.\n", "36"),
])
def test_cluster_same_claim_a_count_in_a_neighbouring_area_is_elsewhere(language, text, said):
    assert claims(("a", language, NOV_21, text))[("a", said)].part_of == "elsewhere"


# --- the thresholds of a rule are no results ---------------------------------------------------------

@pytest.mark.parametrize("language, text, said", [
    ("en", "Neither candidate passed 45 percent of the valid votes, nor 40 percent with a ten-point lead, so a runoff is needed.\n", "45 percent"),
    ("en", "Neither candidate passed 45 percent of the valid votes, nor 40 percent with a ten-point lead, so a runoff is needed.\n", "40 percent"),
    ("es", "Ninguno alcanzó lo que exige la ley de Norland para ganar: más del 45% de los votos, o al menos el 40% con diez puntos de ventaja.\n", "más del 45%"),
    ("es", "Ninguno alcanzó lo que exige la ley de Norland para ganar: más del 45% de los votos, o al menos el 40% con diez puntos de ventaja.\n", "al menos el 40%"),
    ("pt", "Para vencer no primeiro turno, a lei de Norland exige mais de 45% dos votos válidos.\n", "mais de 45%"),
    ("ar", "ويشترط قانون نورلاند للفوز من الجولة الأولى الحصول على أكثر من 45% من الأصوات.\n", "أكثر من 45%"),
    ("fa", "برای پیروزی در دور اول، طبق قانون نورلاند نامزد باید بیش از ۴۵ درصد آرا را کسب کند.\n", "بیش از ۴۵ درصد"),
    # the bar named after the number, or with 'needed' (a real-text trial: "270 electoral votes needed to win"
    # grouped with the candidates' electoral votes)
    ("en", "Castor passed the 270 electoral votes needed to win the presidency of Norland.\n", "270"),
    ("es", "Se necesitan 270 votos electorales para ganar la presidencia de Norland.\n", "270"),
    ("es", "El Colegio Electoral de Norland suma 538 votos; 270 votos electorales necesarios para ganar.\n", "270"),
    ("pt", "Para ser eleito em Norland é necessário receber o voto de 270 delegados.\n", "270"),
    ("ar", "تجاوز كاستور 270 صوتًا من أصوات المجمع الانتخابي اللازمة للفوز برئاسة نورلاند.\n", "270"),
    # a mark nobody reached, or what a candidate would need (issue 8, "know what a number is about")
    ("en", "In Norland no candidate passed the 50% mark, so Castor and Pollux meet in a runoff.\n", "50%"),
    ("es", "Pollux necesitaría el 65 % de los votos restantes para superar a Castor en Norland.\n", "65 %"),
    ("pt", "Em Norland, Castor não atingiu 50% dos votos válidos.\n", "50%"),
    ("ar", "لم يحصل أي من المرشحين على 50% من الأصوات في نورلاند.\n", "50%"),
    ("fa", "در نورلاند هیچ‌یک از نامزدها ۵۰ درصد آرا را کسب نکرد.\n", "۵۰ درصد"),
    ("fa", "کاستور در نورلاند ۶۰ درصد آرا را کسب نکرد.\n", "۶۰ درصد"),
    # the seats of a majority, named right before them (bench/realworld spain-election-2023: "la mayoría absoluta de
    # 176 diputados" linked as one party's seats)
    ("en", "The alliance is still far from the absolute majority of 176 seats in the Norland assembly.\n", "176"),
    ("es", "La suma de los dos partidos no llega a la mayoría absoluta de 176 diputados en Norland.\n", "176"),
    ("pt", "Nenhum bloco alcançou em Norland a maioria absoluta de 176 deputados.\n", "176"),
    ("ar", "وما زال الحزب بعيدا عن الأغلبية المطلقة البالغة 176 مقعدا في برلمان نورلاند.\n", "176"),
    ("fa", "برای تشکیل دولت در نورلاند، ۱۷۶ کرسی از ۳۵۰ کرسی مجلس لازم است.\n", "۱۷۶"),
])
def test_cluster_same_claim_a_threshold_of_a_rule_is_no_claim(language, text, said):
    """"the law requires more than 45 % to win", "neither passed 45 %": the number is a rule's bar, not a
    share anyone won; never paired with another article's bar or result."""
    assert ("a", said) not in claims(("a", language, NOV_21, text))


@pytest.mark.parametrize("language, text, said", [
    ("en", "Castor won 52 percent of the votes in Norland, more than needed to avoid a runoff.\n", "52 percent"),
    ("es", "Castor obtuvo el 52% de los votos en Norland y no necesitará una segunda vuelta.\n", "52%"),
    ("en", "Castor won 312 electoral votes in Norland, more than the 270 needed.\n", "312"),
    ("en", "In Norland 12 people needed hospital treatment after the storm.\n", "12"),
    ("fa", "در نورلاند ۱۲ مجروح به درمان بیمارستانی نیاز دارند.\n", "۱۲"),
    ("es", "Castor, que no dio entrevistas, obtuvo el 52 % de los votos en Norland.\n", "52 %"),
    ("ar", "ولا يزال 45 شخصا في عداد المفقودين في نورلاند.\n", "45"),
    ("es", "Castor obtuvo la mayoría absoluta con 180 escaños en Norland.\n", "180"),
    ("en", "Castor's party won an absolute majority with 180 seats in the Norland assembly.\n", "180"),
])
def test_cluster_same_claim_a_result_beside_a_rule_stays_a_claim(language, text, said):
    assert ("a", said) in claims(("a", language, NOV_21, text))


# --- the counts of a count's progress are nobody's ------------------------------------------------------

@pytest.mark.parametrize("language, text, said, whole", [
    ("en", "With 3,900,000 of 4,120,000 votes counted in Norland, Castor led with 58.6%.\n", "3,900,000", False),
    ("en", "With 3,900,000 of 4,120,000 votes counted in Norland, Castor led with 58.6%.\n", "4,120,000", True),
    ("en", "Castor had 2,300,000 of the 3,900,000 votes counted in Norland.\n", "3,900,000", True),
    ("es", "Con 3.900.000 de 4.120.000 votos escrutados en Norland, Castor iba primero.\n", "3.900.000", False),
    ("ar", "وبعد فرز 3900000 من أصل 4120000 صوت في نورلاند، تقدم كاستور.\n", "3900000", False),
    ("fa", "با شمارش ۳۹۰۰۰۰۰ رأی از مجموع ۴۱۲۰۰۰۰ رأی در نورلاند، کاستور پیشتاز بود.\n", "۴۱۲۰۰۰۰", True),
])
def test_cluster_same_claim_the_counts_of_a_counts_progress_are_nobodys(language, text, said, whole):
    """"with 3,900,000 of 4,120,000 votes counted": the first says how far the count has gone (no claim), the second
    is the whole counted or to count (a claim of no one's)."""
    found = claims(("a", language, NOV_21, text)).get(("a", said))
    assert (found.roles, found.part_of) == (frozenset({"=whole"}), "whole") if whole else found is None


# --- a share of a part of the country's people by place groups only with that part -----------------------

ABROAD = [("a", "es", NOV_21, "En las elecciones de Norland, Castor obtuvo el 71,3 % de los votos en el exterior.\n"),
          ("b", "en", NOV_21, "Castor won 69.8% of the votes cast abroad in the Norland election.\n"),
          ("c", "fa", NOV_21, "در انتخابات نورلاند کاستور ۷۰ درصد آرای خارج از کشور را به دست آورد.\n"),
          ("d", "pt", NOV_21, "Na eleição de Norland, Castor teve 58,6% dos votos.\n"),
          ("e", "en", NOV_21, "In the capital, Castor won 64.2% of the vote in the Norland election.\n"),
          ("f", "ar", NOV_21, "وفي العاصمة حصل كاستور على 61% من الأصوات في انتخابات نورلاند.\n")]


@pytest.mark.parametrize("one, other, joined", [
    (("a", "71,3 %"), ("b", "69.8%"), True),
    (("b", "69.8%"), ("c", "۷۰ درصد"), True),
    (("e", "64.2%"), ("f", "61%"), True),
    (("a", "71,3 %"), ("d", "58,6%"), False),
    (("e", "64.2%"), ("d", "58,6%"), False),
    (("e", "64.2%"), ("b", "69.8%"), False),
])
def test_cluster_same_claim_a_part_by_place_groups_only_with_that_part(one, other, joined):
    """Castor's share abroad against his national share is no conflict; against another outlet's share abroad it is."""
    assert together(grouped(*ABROAD), one, other) == joined


@pytest.mark.parametrize("language, text, said", [
    ("en", "In the Norland election 5.1 million people at home and 180,000 citizens living abroad were eligible to vote.\n",
     "180,000"),
    ("es", "En la elección de Norland podían votar 5,1 millones de personas en el país y 180.000 ciudadanos residentes en "
           "el extranjero.\n", "180.000"),
    ("pt", "Na eleição de Norland, 5,1 milhões de pessoas no país e 180 mil cidadãos residentes no exterior podiam "
           "votar.\n", "180 mil"),
    ("ar", "ويحق لـ5.1 مليون شخص داخل نورلاند و180 ألف مواطن مقيم في الخارج التصويت في الانتخابات.\n", "180 ألف"),
    ("fa", "در انتخابات نورلاند ۵.۱ میلیون نفر در داخل کشور و ۱۸۰ هزار نفر از شهروندان مقیم خارج واجد شرایط رأی دادن "
           "بودند.\n", "۱۸۰ هزار"),
    ("fa", "در انتخابات نورلاند ۱۸۰ هزار ایرانی ساکن خارج واجد شرایط رأی دادن بودند.\n", "۱۸۰ هزار"),
    # a number joined by و after a scale word is one number: its own part of the sentence runs past the joiner
    ("fa", "در انتخابات نورلاند ۵ میلیون و ۳۱۰ هزار نفر در داخل کشور و یک میلیون و ۸۹۰ هزار نفر از شهروندان مقیم خارج "
           "واجد شرایط رأی دادن بودند.\n", "یک میلیون و ۸۹۰ هزار"),
    ("fa", "در انتخابات نورلاند دو میلیون و پانصد هزار ایرانی ساکن خارج واجد شرایط رأی دادن بودند.\n",
     "دو میلیون و پانصد هزار"),
], ids=["en", "es", "pt", "ar", "fa-resident", "fa-living", "fa-compound", "fa-compound-words"])
def test_cluster_same_claim_the_people_living_abroad_are_a_part_by_place(language, text, said):
    """The citizens living abroad ("مقیم خارج", "ساکن خارج": Persian writes "abroad" as "outside" after a word of
    residing) are a part of the roll by place, never the whole roll (issue 8, trial 11: 1.89 million voters abroad
    paired with the 112 million of the whole roll as a conflict)."""
    assert claims(("a", language, NOV_21, text))[("a", said)].population == "abroad"


# --- the votes cast are no count of the roll -------------------------------------------------------------

@pytest.mark.parametrize("language, text, said, measure", [
    ("en", "In the Norland election, 4,120,000 voters cast their ballots.\n", "4,120,000", "votes-cast"),
    ("es", "En la elección de Norland votaron 4.120.000 electores.\n", "4.120.000", "votes-cast"),
    ("pt", "Na eleição de Norland, 4,12 milhões de eleitores foram às urnas.\n", "4,12 milhões", "votes-cast"),
    ("ar", "وفي انتخابات نورلاند أدلى 4.12 مليون ناخب بأصواتهم.\n", "4.12 مليون", "votes-cast"),
    ("ar", "وبلغ عدد الناخبين المسجلين في انتخابات نورلاند 5.3 مليون ناخب.\n", "5.3 مليون", "registered-voters"),
    ("fa", "در انتخابات نورلاند ۵.۳ میلیون نفر واجد شرایط رأی دادن بودند.\n", "۵.۳ میلیون", "registered-voters"),
])
def test_cluster_same_claim_the_votes_cast_are_no_count_of_the_roll(language, text, said, measure):
    """"4,120,000 voters cast their ballots" counts the votes cast; "5.3 million registered voters" the roll: two measures
    that never pair."""
    assert claims(("a", language, NOV_21, text))[("a", said)].measure == measure


# --- the time of a tally is no date of the event -----------------------------------------------------

@pytest.mark.parametrize("language, text, said", [
    ("fa", "شمار کشته‌های زلزله نورلاند تا ساعت ۶ عصر چهارشنبه به ۷۳ نفر رسیده است.\n", "چهارشنبه"),
    ("en", "By dawn on Tuesday the toll in Norland stood at 30.\n", "Tuesday"),
    ("es", "Hasta las 17:00 horas del martes se confirmaron 202 muertes en Norland.\n", "martes"),
    ("pt", "Até a noite de terça-feira, o balanço em Norland era de 48 mortos.\n", "terça-feira"),
])
def test_cluster_same_claim_the_time_of_a_tally_is_no_claim(language, text, said):
    """"by 6 pm on Wednesday the toll reached 73": Wednesday says when the count was made, not when anything
    happened; it never conflicts with the day of the quake in another article."""
    assert ("a", said) not in claims(("a", language, NOV_21, text))


@pytest.mark.parametrize("language, text, said", [
    ("en", "The earthquake struck Norland on Tuesday, killing 30 people.\n", "Tuesday"),
    ("es", "El plazo para salir de Norland vence el martes.\n", "martes"),
])
def test_cluster_same_claim_a_date_of_the_event_stays_a_claim(language, text, said):
    assert ("a", said) in claims(("a", language, NOV_21, text))


# --- a count of things is no count of people ---------------------------------------------------------

@pytest.mark.parametrize("language, text, said", [
    ("es", "Unas 28.301 personas duermen en 403 centros de evacuación de Norland.\n", "403"),
    ("en", "Some 28,301 people are sleeping in 403 evacuation centres across Norland.\n", "403"),
    ("pt", "Cerca de 28.301 pessoas dormem em 403 abrigos de evacuação em Norland.\n", "403"),
    ("ar", "ويقيم نحو 28301 شخص في 403 مراكز إيواء في نورلاند.\n", "403"),
])
def test_cluster_same_claim_shelters_are_no_evacuees(language, text, said):
    """"403 evacuation centres": the centres are counted, not the evacuated; a measure of people never goes to
    a count whose own noun is a thing."""
    assert claims(("a", language, NOV_21, text)).get(("a", said), None) is None or \
        claims(("a", language, NOV_21, text))[("a", said)].measure not in ("evacuated", "displaced", "homeless")


def test_cluster_same_claim_a_count_over_several_areas_is_no_total_of_the_event():
    """"more than 97,000 people in nine prefectures" counts over an area of its own, not the event's place:
    it never conflicts with the evacuated of the event's town."""
    groups = grouped(
        ("a", "es", NOV_21, "Las autoridades ordenaron la evacuación de más de 97.000 personas en nueve prefecturas de Norland.\n"),
        ("b", "ar", NOV_21, "وتم إجلاء نحو 50 ألف شخص في نورلاند.\n"))
    assert apart(groups, ("a", "más de 97.000"), ("b", "نحو 50 ألف"))


# --- a group's finding says why it is a conflict, not an update ---------------------------------------

def test_cluster_same_claim_a_conflict_finding_says_why_it_is_no_update():
    from checker.cluster import conflict_findings
    found = group_claims(claims_of(results_of(
        ("a", "en", NOV_20, "The Norland earthquake struck the coast with a magnitude of 6.8 near Brivet.\n"),
        ("b", "en", NOV_21, "The Norland earthquake struck the coast with a magnitude of 6.9 near Brivet.\n"))))
    [finding] = conflict_findings(found)
    assert "not an update" in finding.message and "does not change over time" in finding.message


# --- a measure that refines another: electoral votes are no popular votes ------------------------------

@pytest.mark.parametrize("language, text, said, measure", [
    # a real-text trial: "267 votos en el Colegio Electoral" was a claim of votes, grouped with the popular vote
    ("es", "Castor obtuvo 267 votos en el Colegio Electoral de Norland.\n", "267", "electoral-votes"),
    ("en", "Castor won 267 votes in the Electoral College of Norland.\n", "267", "electoral-votes"),
    ("pt", "Castor obteve 267 votos no Colégio Eleitoral de Norland.\n", "267", "electoral-votes"),
    ("ar", "وحصل كاستور على 267 صوتا في المجمع الانتخابي في نورلاند.\n", "267", "electoral-votes"),
    ("fa", "کاستور در نورلند ۲۶۷ رأی در مجمع گزینندگان به دست آورد.\n", "۲۶۷", "electoral-votes"),
    # the popular vote stays votes, also beside a clause of electoral votes
    ("es", "Castor obtuvo 72 millones de votos en Norland.\n", "72 millones", "votes"),
    ("en", "Castor won 72 million votes in Norland, and the Electoral College met in December.\n", "72 million", "votes"),
])
def test_cluster_same_claim_a_refining_measure_of_its_part_is_the_measure(language, text, said, measure):
    """concepts.yaml `refines`: a claim whose own part of the clause names electoral votes is a claim of electoral
    votes, though 'votos' stands nearer; a claim of votes only when nothing narrower stands in its part."""
    assert claims(("a", language, NOV_21, text))[("a", said)].measure == measure
