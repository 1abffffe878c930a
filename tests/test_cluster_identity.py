"""What a claim is about, for conflicts without a fact (issue 8, item 6): the rules that keep claims of
different things apart and let claims of one thing meet. Every sentence here is written for the test,
about an invented flood in the invented province of Norland."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from checker.claims import claims_of
from checker.cluster import covered, event_wide, group_claims
from checker.engine import analyse_seed
from checker.facts import load_facts
from checker.model import Seed

MAY_2, MAY_3, MAY_4, MAY_9 = date(2031, 5, 2), date(2031, 5, 3), date(2031, 5, 4), date(2031, 5, 9)

SHEET = """\
language: en
event:
  id: norland-floods-2031
  names: {en: [Norland floods], es: [inundaciones de Norland], pt: [cheias de Norland], ar: [فيضانات نورلاند]}
  places: {en: [Norland, Brivet, Castor], es: [Norland], pt: [Norland], ar: [نورلاند]}
  window: {from: 2031-05-01, to: 2031-12-31}
facts:
  - id: norland-rain
    statement: Rain on 1 May 2031 at Brivet, in millimetres
    kind: number
    measure: magnitude
    value: 300
    provenance: "invented for the test"
"""

KILLED = """\
  - id: norland-killed
    statement: People killed by the floods, as verified
    kind: count
    measure: killed
    unit: person
    values:
      - {as_of: "2031-05-09", value: 412}
    provenance: "invented for the test"
"""

# A fact narrowed by cues that name no measure ("elsewhere", "outside Brivet"): a part of the toll.
KILLED_ELSEWHERE = """\
  - id: norland-killed-elsewhere
    statement: People the floods killed outside Brivet
    kind: count
    measure: killed
    unit: person
    value: 17
    cues: {en: [elsewhere, outside Brivet]}
    provenance: "invented for the test"
"""


def sheet(tmp_path, text=SHEET):
    path = tmp_path / "norland.yaml"
    path.write_text(text, encoding="utf-8")
    return load_facts([path])


def results_of(facts, *texts):
    return [analyse_seed(Seed(id=i, path=f"seeds/{i}.txt", text=text, language=lang, published=day), facts)
            for i, lang, day, text in texts]


def groups_of(facts, *texts):
    """(seed id, language, published, text) -> groups of their claims."""
    return group_claims(claims_of(results_of(facts, *texts)), facts)


def together(groups):
    return [{(c.seed.id, c.mention.text) for c in g.claims} for g in groups]


def scoped(facts, *texts):
    return {(c.seed.id, c.mention.text): replace(c, scope="norland-floods-2031")
            for c in claims_of(results_of((), *texts))}


@pytest.mark.parametrize("language, text, said", [
    ("en", "The floods in Norland have killed at least 230 people, rescuers said.\n", "at least 230"),
    ("es", "Las inundaciones de Norland han dejado al menos 230 muertos.\n", "al menos 230"),
])
def test_cluster_identity_a_fact_narrowed_by_its_cues_covers_only_claims_with_a_cue(tmp_path, language, text, said):
    """A fact whose cues name no measure ("elsewhere") is about a part; it does not cover the whole toll
    (a toll of before the verified one stays a claim), only a claim whose sentence holds one of its cues."""
    facts = sheet(tmp_path, SHEET + KILLED + KILLED_ELSEWHERE)
    claims = scoped(facts, ("a", language, MAY_2, text),
                    ("b", "en", MAY_3, "The floods killed 17 people elsewhere in the country.\n"))
    assert not covered(claims[("a", said)], facts, event_wide(facts))
    assert covered(claims[("b", "17")], facts, event_wide(facts))


@pytest.mark.parametrize("language, text, said", [
    ("en", "The mayor of Brivet said the number of dead could exceed 900.\n", "900"),
    ("es", "El alcalde de Brivet dijo que los muertos podrían superar los 900.\n", "900"),
    ("pt", "Uma pesquisa dava a Castor 52 % dos votos.\n", "52 %"),
])
def test_cluster_identity_a_projection_or_a_poll_is_no_claim(language, text, said):
    """A number its clause makes a projection ("could exceed", "podrían superar", a poll) says what may be,
    not what was counted: it is never grouped (and so never a conflict with a count)."""
    claims = {(c.seed.id, c.mention.text) for c in claims_of(results_of((), ("a", language, MAY_3, text)))}
    assert ("a", said) not in claims


def measure_of(language, text, said, facts=()):
    """The measure of the claim written `said` in a one-sentence article."""
    found = {c.mention.text: c.measure for c in claims_of(results_of(facts, ("a", language, MAY_3, text)))}
    return found.get(said, "(no claim)")


@pytest.mark.parametrize("language, text, said, measure", [
    # a count of votes is votes, a percent of them is a share, whatever the word
    ("en", "Castor won 1,204,331 votes, or 42.1 % of the votes.\n", "1,204,331", "votes"),
    ("en", "Castor won 1,204,331 votes, or 42.1 % of the votes.\n", "42.1 %", "vote-share"),
    ("es", "Castor obtuvo 1.204.331 votos, el 42,1 % de los votos.\n", "1.204.331", "votes"),
    ("es", "Castor obtuvo 1.204.331 votos, el 42,1 % de los votos.\n", "42,1 %", "vote-share"),
    ("ar", "حصل كاستور على 1204331 صوتا.\n", "1204331", "votes"),
    # the margin, the blank votes and the null votes are measures of their own
    ("en", "Castor won by a margin of about 61,000 votes.\n", "about 61,000", "margin"),
    ("es", "Castor ganó con una diferencia de algo más de 61.000 votos.\n", "algo más de 61.000", "margin"),
    ("pt", "Os votos brancos passam de 90 mil e somam 1,4 %.\n", "90 mil", "blank-votes"),
    ("es", "Los votos nulos sumaron 120.000.\n", "120.000", "null-votes"),
    # polling stations are counted, not votes
    ("en", "Voting took place at 5,120 polling stations across the province.\n", "5,120", "polling-stations"),
    ("fa", "رأی‌گیری در ۵ هزار و ۱۲۰ شعبه انجام شد.\n", "۵ هزار و ۱۲۰", "polling-stations"),
    # protests (events counted), the buried and the identified
    ("pt", "Segundo a polícia, 174 manifestações já foram desfeitas.\n", "174", "protests"),
    ("es", "La policía informó de que ya se han disuelto 688 protestas.\n", "688", "protests"),
    ("en", "Rescuers have buried 2,530 victims so far.\n", "2,530", "buried"),
    ("es", "Hasta ahora han sido enterradas 2.530 víctimas.\n", "2.530", "buried"),
    ("ar", "وتم دفن 2530 ضحية حتى الآن.\n", "2530", "buried"),
    ("es", "De las víctimas, 169 se identificaron por huellas dactilares.\n", "169", "identified"),
    ("en", "So far 169 victims have been identified by fingerprints.\n", "169", "identified"),
])
def test_cluster_identity_measures_of_election_and_disaster_counts(language, text, said, measure):
    assert measure_of(language, text, said) == measure


@pytest.mark.parametrize("language, text, said", [
    ("en", "Earlier in the evening, with more than 97% tallied, Castor had 50.7%.\n", "more than 97%"),
    ("en", "With 91% of precincts counted, Castor led with 50.2%.\n", "91%"),
    ("es", "Con el 97 % escrutado, Castor tenía el 50,7 %.\n", "97 %"),
])
def test_cluster_identity_the_progress_of_a_count_is_no_claim(language, text, said):
    assert measure_of(language, text, said) == "(no claim)"


@pytest.mark.parametrize("language, text, said", [
    ("en", "The Geological Survey put the magnitude at 6.8.\n", "6.8"),
    ("es", "La Encuesta Nacional de Hogares cifra en 1.200 los desplazados de Brivet.\n", "1.200"),
])
def test_cluster_identity_a_projection_word_inside_a_name_is_no_projection(language, text, said):
    assert measure_of(language, text, said) != "(no claim)"


ELECTION = """\
language: en
event:
  id: norland-election-2031
  names: {en: [Norland election], es: [elecciones de Norland], ar: [انتخابات نورلاند]}
  places: {en: [Norland], es: [Norland], ar: [نورلاند]}
  entities: {en: [Castor, Pollux], es: [Castor, Pollux], ar: [كاستور, بولوكس]}
  window: {from: 2031-05-01, to: 2031-08-31}
facts:
  - id: castor-votes
    statement: Votes for Castor in the election of 1 May 2031
    kind: count
    measure: votes
    entities: {en: [Castor], ar: [كاستور]}
    unit: vote
    value: 1204331
    provenance: "invented for the test"
"""


ELECTION_TURNOUT = """\
facts:
  - id: turnout
    statement: Turnout in the election of 1 May 2031
    kind: percent
    measure: turnout
    unit: percent
    value: 61.2
    provenance: "invented for the test"
"""


@pytest.mark.parametrize("language, text", [
    ("es", "Castor obtuvo 1.240.331 votos en la primera vuelta de las elecciones de Norland.\n"),
    ("ar", "حصل كاستور على 1240331 صوتا في انتخابات نورلاند.\n"),
])
def test_cluster_identity_a_fact_of_an_entity_covers_claims_about_that_entity(tmp_path, language, text):
    """A claim about an entity a fact measures (Castor's votes) is that fact's business (a contradiction
    when it links), not a conflict without a fact; another entity's claim (Pollux's) stays a claim."""
    path = tmp_path / "norland-election.yaml"
    path.write_text(ELECTION, encoding="utf-8")
    facts = load_facts([path])
    names = tmp_path / "names.yaml"  # the event's names only: the claims are read, not linked
    names.write_text(ELECTION.split("facts:")[0] + ELECTION_TURNOUT, encoding="utf-8")
    wide = event_wide(facts)
    claims = {(c.seed.id, c.mention.text): replace(c, scope="norland-election-2031")
              for c in claims_of(results_of(load_facts([names]), ("a", language, MAY_3, text),
                                            ("b", "en", MAY_3, "Pollux won 998,100 votes in the Norland election.\n")))}
    castor = next(c for (seed, _), c in claims.items() if seed == "a" and c.measure == "votes")
    assert covered(castor, facts, wide)
    assert not covered(claims[("b", "998,100")], facts, wide)


@pytest.mark.parametrize("language, text, headline, body", [
    ("en", "Norland floods: 40,000 displaced\n\nAround 40,000 people have been displaced in Brivet, officials said.\n",
     "40,000", "Around 40,000"),
    ("es", "Inundaciones en Norland: 40.000 desplazados\n\nUnos 40.000 vecinos han sido desplazados en Brivet.\n",
     "40.000", "Unos 40.000"),
    ("ar", "فيضانات نورلاند: 40 ألف نازح\n\nقدرت السلطات عدد النازحين بنحو 40 ألف شخص.\n", "40 ألف", "نحو 40 ألف"),
])
def test_cluster_identity_a_headline_the_body_restates_is_no_claim_of_its_own(language, text, headline, body):
    """A headline drops the hedge of its body ("40,000" for "around 40,000"): the body's claim, with its
    hedge, speaks for the article."""
    said = [(c.mention.line, c.mention.text) for c in claims_of(results_of((), ("a", language, MAY_3, text)))]
    assert (1, headline) not in said
    assert (3, body) in said


@pytest.mark.parametrize("language, text, headline", [
    ("en", "Norland floods: 40,000 displaced\n\nAt least 120 people were killed in Brivet, officials said.\n", "40,000"),
    ("es", "Inundaciones en Norland: 40.000 desplazados\n\nLos desplazados ya son 46.000, según la ONU.\n", "40.000"),
])
def test_cluster_identity_a_headline_the_body_does_not_restate_stays_a_claim(language, text, headline):
    said = [(c.mention.line, c.mention.text) for c in claims_of(results_of((), ("a", language, MAY_3, text)))]
    assert (1, headline) in said


@pytest.mark.parametrize("language, text, said, measure", [
    # a measure word beyond another number, nearer to it, is that number's: 225 is not missing
    ("en", "The toll in the northern valleys of the province climbed overnight to 225, and 14 people are still missing.\n",
     "225", "(no claim)"),
    # (the head of its tally, "o número de vítimas ... subiu para 225", names its measure: victims)
    ("pt", "O número de vítimas nos vales do norte da província subiu durante a noite para 225, e 14 pessoas continuam desaparecidas.\n",
     "225", "casualties"),
    ("pt", "O número de vítimas nos vales do norte da província subiu durante a noite para 225, e 14 pessoas continuam desaparecidas.\n",
     "14", "missing"),
    # "claimed the lives of" is killed
    ("ar", "وأضاف أن 900 آخرين في عداد المفقودين، وأن الفيضانات أودت بحياة 170 شخصا خارج المدينة.\n", "170", "killed"),
    ("ar", "وأضاف أن 900 آخرين في عداد المفقودين، وأن الفيضانات أودت بحياة 170 شخصا خارج المدينة.\n", "900", "missing"),
    ("en", "Around 40,000 people have been displaced in Brivet, a mountain town of around 100,000 people.\n",
     "around 100,000", ""),  # a count of people; displaced is the 40,000's
    ("es", "Unas 40.000 personas han sido desplazadas en Brivet, una ciudad de unas 100.000 personas.\n",
     "unas 100.000", ""),
    ("en", "Around 40,000 people have been displaced in Brivet, a mountain town of around 100,000 people.\n",
     "Around 40,000", "displaced"),
    # a word that is another number's measure only when it is that number's own: the epicentre is the 80's
    ("es", "El sismo se produjo a 8 kilómetros de profundidad, con epicentro en Brivet, a unos 80 kilómetros de Castor.\n",
     "unos 80", "distance"),
    # a list states its measure once; a part keeps its whole's measure
    ("en", "The floods killed 1,293 people in Brivet, 452 in Castor and 41 in Pollux.\n", "452", "killed"),
    ("es", "El balance era de 820 muertos y 672 heridos, 250 de ellos graves.\n", "250", "injured"),
])
def test_cluster_identity_a_measure_word_belongs_to_the_nearer_number(language, text, said, measure):
    assert measure_of(language, text, said) == measure


@pytest.mark.parametrize("language, partial", [
    ("en", "With 91% of precincts counted, Castor led with 50.2% of the votes.\n"),
    ("pt", "Com 69,86% das urnas apuradas, Castor tem 50,2% dos votos contra 49,8% de Pollux.\n"),
    ("es", "Con el 91 % de los votos escrutados, Castor tenía el 50,2 % de los votos.\n"),
    ("en", "Earlier, with more than 97% tallied, Castor had 50.2% of the votes.\n"),  # a bound below 100
])
def test_cluster_identity_a_partial_count_pairs_only_at_the_same_progress(language, partial):
    """Numbers of a sentence that gives the progress of the count short of its end are a moment of the
    tally (the sheet may hold its range), not a result to set against another outlet's final figure."""
    final = ("b", "en", MAY_3, "With 100% of the votes counted, Castor won 50.9% of the votes.\n")
    found = together(groups_of((), ("a", language, MAY_3, partial), final,
                               ("c", language, MAY_3, partial)))
    assert not any(("b", "50.9%") in g and any(seed == "a" for seed, _ in g) for g in found)
    assert any({("a", "50,2%" if language == "pt" else "50.2%" if language == "en" else "50,2 %"),
                ("c", "50,2%" if language == "pt" else "50.2%" if language == "en" else "50,2 %")} <= g for g in found)


def test_cluster_identity_percents_with_no_measure_and_no_shared_name_are_not_paired():
    """A percent whose clause names no measure ("[38.6%]" after a count, cut off by the bracket) says only
    that it is a percent: two of them pair on a shared name (whose share), never on a word like "votes"."""
    found = together(groups_of((),
        ("a", "en", MAY_3, "Pollux had 912,400 votes [38.6%] on Sunday.\n"),
        ("b", "pt", MAY_3, "Castor obteve mais de 1,2 milhão de votos (42,5%) no domingo.\n")))
    assert not any({("a", "38.6%"), ("b", "42,5%")} <= g for g in found)


ELECTION_TWO_ROUNDS = """\
language: en
event:
  id: norland-election-2031
  names: {en: [Norland election], es: [elecciones de Norland], ar: [انتخابات نورلاند]}
  places: {en: [Norland], es: [Norland], ar: [نورلاند]}
  entities: {en: [Castor, Pollux], es: [Castor, Pollux], ar: [كاستور, بولوكس]}
  window: {from: 2031-05-01, to: 2031-08-31}
facts:
  - id: castor-votes-r1
    statement: Votes for Castor in the first round, 1 May 2031
    kind: count
    measure: votes
    entities: {en: [Castor], ar: [كاستور]}
    window: {from: 2031-05-01, to: 2031-05-07}
    unit: vote
    value: 1204331
    provenance: "invented for the test"
  - id: pollux-votes-r1
    statement: Votes for Pollux in the first round, 1 May 2031
    kind: count
    measure: votes
    entities: {en: [Pollux], ar: [بولوكس]}
    window: {from: 2031-05-01, to: 2031-05-07}
    unit: vote
    value: 998100
    provenance: "invented for the test"
  - id: castor-votes-r2
    statement: Votes for Castor in the runoff, 8 May 2031
    kind: count
    measure: votes
    entities: {en: [Castor], ar: [كاستور]}
    window: {from: 2031-05-08, to: 2031-08-31}
    unit: vote
    value: 1604331
    provenance: "invented for the test"
"""


def test_cluster_identity_two_entities_the_sheet_tells_apart_never_pair_in_any_language(tmp_path):
    """The sheet's facts say Castor and Pollux are two candidates: their shares never pair, although the
    names are spelled in two languages (a name alone, across languages, could be one place spelled twice)."""
    path = tmp_path / "norland-election.yaml"
    path.write_text(ELECTION_TWO_ROUNDS, encoding="utf-8")
    facts = load_facts([path])
    found = together(groups_of(facts,
        ("a", "en", MAY_3, "Pollux won 38.6% of the votes in the Norland election.\n"),
        ("b", "es", MAY_3, "Castor obtuvo el 42,5 % de los votos en las elecciones de Norland.\n")))
    assert not any({("a", "38.6%"), ("b", "42,5 %")} <= g for g in found)


def test_cluster_identity_two_occasions_the_sheet_tells_apart_never_pair(tmp_path):
    """The sheet's facts of a measure have two windows (two rounds): the votes cast in one round and in
    the other are two things, not an update."""
    path = tmp_path / "norland-election.yaml"
    path.write_text(ELECTION_TWO_ROUNDS, encoding="utf-8")
    facts = load_facts([path])
    found = together(groups_of(facts,
        ("a", "en", MAY_2, "In all, 2,412,900 votes were cast in the Norland election.\n"),
        ("b", "es", MAY_9, "En total se emitieron 3.010.200 votos en las elecciones de Norland.\n"),
        ("c", "ar", MAY_9, "وبلغ عدد الأصوات في انتخابات نورلاند 3010200 صوت.\n")))
    assert not any(("a", "2,412,900") in g and ({("b", "3.010.200"), ("c", "3010200")} & g) for g in found)
    assert any({("b", "3.010.200"), ("c", "3010200")} <= g for g in found)  # one occasion: they pair


@pytest.mark.parametrize("language, text, roles", [
    ("en", "Castor and Pollux came third and fourth with 3,383,340 and 206,397 votes.\n",
     {"3,383,340": {"Castor"}, "206,397": {"Pollux"}}),
    ("es", "Castor y Pollux quedaron tercero y cuarto, con 3.383.340 y 206.397 votos.\n",
     {"3.383.340": {"Castor"}, "206.397": {"Pollux"}}),
    # not a list before the numbers: no name given by order
    ("en", "Castor, who led the count, said 3,383,340 and 206,397 votes were still disputed.\n",
     {"3,383,340": set(), "206,397": set()}),
])
def test_cluster_identity_names_listed_before_as_many_numbers_are_theirs_in_order(tmp_path, language, text, roles):
    path = tmp_path / "norland-election.yaml"  # the event's names, no fact of votes: the numbers are claims
    path.write_text(ELECTION.split("facts:")[0] + ELECTION_TURNOUT, encoding="utf-8")
    found = {c.mention.text: set(c.roles)
             for c in claims_of(results_of(load_facts([path]), ("a", language, MAY_3, text)))}
    assert {said: found.get(said) for said in roles} == roles


def test_cluster_identity_a_breakdown_by_means_pairs_each_means_with_itself():
    """A sentence that splits one measure by means ("147 by fingerprints and 34 by DNA") gives each number
    the means as its identity: the fingerprints of one outlet pair with the fingerprints of another, never
    with the DNA or with the total."""
    found = together(groups_of((),
        ("a", "es", MAY_3, "De las víctimas de Brivet, 183 han sido identificadas, 147 por huellas dactilares y 34 por ADN.\n"),
        ("b", "es", MAY_9, "De las 218 víctimas de Brivet, 169 se identificaron por huellas dactilares, 45 por ADN y 4 en el hospital.\n")))
    assert any({("a", "147"), ("b", "169")} <= g for g in found)
    assert any({("a", "34"), ("b", "45")} <= g for g in found)
    assert not any({("a", "147"), ("b", "45")} <= g or {("a", "34"), ("b", "169")} <= g
                   or {("a", "183"), ("b", "169")} <= g for g in found)


@pytest.mark.parametrize("language, text, said", [
    ("en", "So far 212 victims have been identified, 183 of them by fingerprints.\n", "212"),
    ("es", "Los muertos por las inundaciones de Brivet son ya 212.\n", "212"),  # 'por' names the cause: no means
])
def test_cluster_identity_a_means_alone_is_no_breakdown(language, text, said):
    found = {c.mention.text: c for c in claims_of(results_of((), ("a", language, MAY_3, text)))}
    assert not found[said].roles


@pytest.mark.parametrize("language, text, said", [
    ("es", "El último balance de la protección civil, del 3 de mayo, informaba de 40 muertos en Brivet.\n", "3 de mayo"),
    ("pt", "O balanço de domingo da proteção civil indicava 40 mortos em Brivet.\n", "domingo"),
    ("ar", "أعلنت السلطات يوم الثلاثاء ارتفاع حصيلة القتلى في نورلاند إلى 40.\n", "الثلاثاء"),
])
def test_cluster_identity_the_day_of_a_toll_report_is_a_reporting_detail(language, text, said):
    """The day a toll was given (a "balance", a "حصيلة" that rose) says when it was counted, not when the
    event happened: it is no date claim to set against the day of the event."""
    assert measure_of(language, text, said) == "(no claim)"


def test_cluster_identity_a_count_elsewhere_is_no_toll_of_the_whole_event():
    """"About 170 people elsewhere" (outside the event's place) is a part: it never pairs with the toll."""
    found = together(groups_of((),
        ("a", "en", MAY_3, "The floods killed at least 2,300 people in Brivet, rescuers said.\n"),
        ("b", "en", MAY_4, "Rescuers said the storm killed about 170 people elsewhere in the country.\n"),
        ("c", "ar", MAY_4, "وأودت الفيضانات بحياة 170 شخصا في أماكن أخرى خارج المدينة.\n")))
    assert not any(("b", "about 170") in g and ("a", "at least 2,300") in g for g in found)
    assert not any(("c", "170") in g and ("a", "at least 2,300") in g for g in found)


def test_cluster_identity_a_part_that_names_its_place_is_that_place(tmp_path):
    """"92 of them in Norland" and "213 of them in Norland": the toll of the event's own place, given as
    parts of two national tolls, pairs by the place (an update), not by the two wholes."""
    found = together(groups_of(sheet(tmp_path),
        ("a", "es", MAY_3, "Las inundaciones han causado al menos 95 muertos, 92 de ellos en la provincia de Norland.\n"),
        ("b", "en", MAY_9, "At least 271 people have died in the floods, 213 of them in the Norland region.\n")))
    assert any({("a", "92"), ("b", "213")} <= g for g in found)
