"""Claim frames, concepts across languages, event scope and linking on frames (issue 8 items 1-4).

The articles under tests/fixtures/frames/seeds are invented for these tests (each says so).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.concepts import concepts_of_word, find_concepts, vocabulary
from checker.engine import Inputs, analyse_seed, run
from checker.extract import extract
from checker.facts import load_facts
from checker.frames import NameIndex, frame_mentions
from checker.link import candidate_facts, candidates_of, index_facts, sentence_cues
from checker.model import Event, Seed

ROOT = Path(__file__).resolve().parent.parent
FACTS = load_facts([ROOT / "facts"])
ELECTION = load_facts([ROOT / "tests" / "fixtures" / "facts" / "event" / "election.yaml"])
SEEDS = ROOT / "tests" / "fixtures" / "frames" / "seeds"


def _seed(text: str, language: str = "en", published: date = date(2019, 5, 3), seed_id: str = "t") -> Seed:
    return Seed(seed_id, f"{seed_id}.txt", text, language, published)


def _links(text: str, language: str = "en", facts=FACTS, published: date = date(2019, 5, 3)) -> dict[str, str]:
    result = analyse_seed(_seed(text, language, published), tuple(facts))
    return {link.mention.text: link.fact_id for link in result.links}


# --- concepts ------------------------------------------------------------------------------

@pytest.mark.parametrize("language,word,concept", [
    ("en", "killed", "killed"), ("en", "wounded", "injured"),
    ("es", "muertos", "killed"), ("es", "fallecidas", "killed"), ("es", "heridos", "injured"),
    ("pt", "mortos", "killed"), ("pt", "feridos", "injured"),
    ("ar", "قتلى", "killed"), ("ar", "القتلى", "killed"), ("ar", "والقتلى", "killed"), ("ar", "مقتل", "killed"),
    ("ar", "جرحى", "injured"),
    ("fa", "کشته", "killed"), ("fa", "کشته‌شدگان", "killed"), ("fa", "زخمی‌ها", "injured"),
    ("fa", "معترضان", "protesters"),
    ("es", "votos", "votes"), ("ar", "لمغادرة", "deadline"),
    ("tr", "öldü", "killed"), ("tr", "yaralı", "injured"), ("tr", "protestocu", "protesters"),
    ("fr", "morts", "killed"), ("fr", "blessés", "injured"), ("fr", "manifestants", "protesters"),
])
def test_concepts_word_names_concept(language, word, concept):
    assert concept in concepts_of_word(language, word)


@pytest.mark.parametrize("language,word", [("en", "deadline"), ("es", "casa"), ("ar", "ساعة"), ("fr", "maison"), ("tr", "ev")])
def test_concepts_word_names_no_casualty(language, word):
    assert "killed" not in concepts_of_word(language, word)


def test_concepts_phrase_of_several_words():
    hits = find_concepts(("the", "death", "toll", "rose"), "en")
    assert [(h.concept, h.words) for h in hits] == [("killed", "death toll")]


@pytest.mark.parametrize("language,tokens", [
    ("ar", ("بقوة", "\n")),            # a phrase's first word, then the line break spaCy keeps as a token
    ("en", ("death", " ")),
    ("es", ("número", "\u200c")),       # a token that folds to nothing
])
def test_concepts_phrase_cut_by_a_token_with_no_letters(language, tokens):
    """Found on real Arabic news: a whitespace token after the start of a phrase raised IndexError."""
    assert all(h.first <= h.last < len(tokens) for h in find_concepts(tokens, language))


def test_concepts_every_concept_has_the_five_languages():
    data = vocabulary().phrases
    for language in ("en", "es", "pt", "ar", "fa"):
        named = {c for concepts in data[language].values() for c in concepts}
        assert named == set(vocabulary().ids), language


# --- frames --------------------------------------------------------------------------------

def _frames(text: str, language: str = "en", names: NameIndex = None):
    seed = _seed(text, language, date(2019, 5, 4))
    mentions = extract(text, language, seed.published)
    body = [m for m in mentions if m.section == "body"]
    return {m.text: f for m, f in zip(body, frame_mentions(seed, mentions, names))}


def test_frames_measure_nearest_first():
    frames = _frames("Four people were killed and 12 wounded in the clashes.")
    assert [e.what for e in frames["12"].measures] == ["injured", "killed"]
    assert frames["12"].measures[0].distance == 0  # its own counted noun


@pytest.mark.parametrize("text,language,number,measure", [
    # the measure of the number's own part comes first, though another stands as near beyond a conjunction
    ("وزارت گفت شمار کشته‌های زلزله شب جمعه به ۳۱۰ نفر و شمار زخمی‌ها به ۴۵۰ نفر رسید.", "fa", "۳۱۰", "killed"),
    ("The toll of the dead rose to 310 and injured to 450.", "en", "310", "killed"),
    ("Los muertos de la riada llegan a 310, heridos hay 450.", "es", "310", "killed"),
    # at the same distance, the counted noun after the number wins (Persian "aid of five countries")
    ("دولت کمک پنج کشور را پذیرفت.", "fa", "پنج", "countries"),
    # a clause of the verb's -ing form (gerund) after the event: 'killing N', 'injuring N'
    ("The quake struck on Monday, killing 1,200 people and injuring 3,000.", "en", "1,200", "killed"),
    ("The quake struck on Monday, killing 1,200 people and injuring 3,000.", "en", "3,000", "injured"),
    ("A bus plunged into a ravine, killing at least 24 and wounding 17.", "en", "17", "injured"),
    ("The blast killed 40 people; it kills dozens every year.", "en", "40", "killed"),
    ("El sismo sacudió la región el lunes, matando a 1.200 personas e hiriendo a otras 3.000.", "es", "1.200", "killed"),
    ("El sismo sacudió la región el lunes, matando a 1.200 personas e hiriendo a otras 3.000.", "es", "3.000", "injured"),
    ("O sismo atingiu a região na segunda-feira, matando 1.200 pessoas e ferindo outras 3.000.", "pt", "1.200", "killed"),
    ("O sismo atingiu a região na segunda-feira, matando 1.200 pessoas e ferindo outras 3.000.", "pt", "3.000", "injured"),
    # a measure word after another number of its own conjunct is that number's, when the mention has one before it
    # (issue 8, realdev11c: "the death toll ... had reached 217, while 143 people had been injured")
    ("Police said the death toll from the storms and floods had reached 217, while 143 people had been injured.", "en",
     "217", "killed"),
    ("La policía dijo que el balance de muertos de las tormentas y las riadas alcanzó los 217, mientras que 143 "
     "personas resultaron heridas.", "es", "217", "killed"),
    ("A polícia disse que o balanço de mortos das tempestades e das enchentes atingiu 217, enquanto 143 pessoas "
     "ficaram feridas.", "pt", "217", "killed"),
    ("وقالت الشرطة إن حصيلة القتلى جراء العواصف والسيول في الجنوب بلغت 217، فيما 143 شخصا أصيبوا بجروح.", "ar", "217",
     "killed"),
    ("پلیس گفت شمار کشته‌های طوفان و سیل در این هفته به ۲۱۷ رسید، در حالی که ۱۴۳ نفر زخمی شدند.", "fa", "۲۱۷", "killed"),
])
def test_frames_measure_of_its_own_part(text, language, number, measure):
    assert _frames(text, language)[number].measures[0].what == measure


@pytest.mark.parametrize("text,language,number", [
    ("The crash killed 179 people, while two crew members survived.", "en", "two"),
    ("El accidente dejó 179 muertos, mientras que dos tripulantes sobrevivieron.", "es", "dos"),
    ("O acidente deixou 179 mortos, enquanto dois tripulantes sobreviveram.", "pt", "dois"),
    ("أسفر الحادث عن مقتل 179 شخصا، فيما نجا اثنان من أفراد الطاقم.", "ar", "اثنان"),
    ("در این سانحه ۱۷۹ نفر کشته شدند و دو نفر از خدمه جان سالم به در بردند.", "fa", "دو"),
])
def test_frames_survivors_are_a_measure_of_their_own(text, language, number):
    """Those who survived are counted by their own verb, never by the toll of the clause before (issue 8, realdev11c:
    "مقتل 179 شخصا ... فيما نجا اثنان" read as two dead)."""
    assert _frames(text, language)[number].measures[0].what == "survived"


@pytest.mark.parametrize("text,language,number,own", [
    # a measure word after a preposition that opens another phrase is that phrase's (issue 8, trial10: "Saied
    # re-elected with 90.7% on record-low turnout" read as a turnout of 90.7%)
    ("Saied was re-elected with 90.7% on record-low turnout.", "en", "90.7%", False),
    ("Saied was re-elected with 90.7% amid a record-low turnout.", "en", "90.7%", False),
    ("Saied fue reelegido con el 90,7 % pese a una participación mínima.", "es", "90,7 %", False),
    ("Saied foi reeleito com 90,7% apesar da participação recorde baixa.", "pt", "90,7%", False),
    ("أعيد انتخاب سعيد بنسبة 90.7% وسط مشاركة ضعيفة.", "ar", "90.7%", False),
    ("سعید با ۹۰٫۷ درصد علی‌رغم مشارکت پایین دوباره انتخاب شد.", "fa", "۹۰٫۷ درصد", False),
    # guards: the number's own noun, after it or after a linker, and a measure word before it
    ("Turnout was low: 27.7% turnout, the lowest since 2011.", "en", "27.7%", True),
    ("Only 28.8% of registered voters cast a ballot.", "en", "28.8%", True),
    ("Solo votó el 28,8 % del censo electoral.", "es", "28,8 %", True),
    ("Votaram apenas 28,8% dos eleitores inscritos.", "pt", "28,8%", True),
    ("وبلغت نسبة المشاركة 27.7%.", "ar", "27.7%", True),
    ("میزان مشارکت ۲۷٫۷ درصد بود.", "fa", "۲۷٫۷ درصد", True),
])
def test_frames_a_measure_word_in_a_phrase_a_preposition_opens_is_not_the_numbers(text, language, number, own):
    assert ("turnout" in [e.what for e in _frames(text, language)[number].measures]) == own


@pytest.mark.parametrize("text,language,number", [
    ("Police arrested eleven suspects, including the four gunmen.", "en", "eleven"),
    ("La policía detuvo a once sospechosos, incluidos los cuatro pistoleros.", "es", "once"),
    ("A polícia prendeu onze suspeitos, incluindo os quatro atiradores.", "pt", "onze"),
    ("اعتقلت الشرطة 11 مشتبها بهم، بينهم أربعة مسلحين.", "ar", "11"),
    ("پلیس ۱۱ مظنون را بازداشت کرد، از جمله چهار مهاجم.", "fa", "۱۱"),
])
def test_frames_a_number_with_its_own_noun_takes_no_measure_word_of_another_numbers_noun(text, language, number):
    """A measure word that is another number's own noun beyond a comma ("the four gunmen") is that number's, not the
    measure of a number that has a noun of its own ("eleven suspects"; issue 8, trial10: 11 suspects linked to the
    attackers' count)."""
    assert "attackers" not in [e.what for e in _frames(text, language)[number].measures]


@pytest.mark.parametrize("text,language,number", [
    ("Officials said 12 soldiers and 3 civilians were killed.", "en", "12"),
    ("Según las autoridades, 12 soldados y 3 civiles murieron.", "es", "12"),
    ("Segundo as autoridades, 12 soldados e 3 civis morreram.", "pt", "12"),
    ("پلیس گفت ۱۲ سرباز و ۳ غیرنظامی کشته شدند.", "fa", "۱۲"),
])
def test_frames_a_measure_word_after_both_numbers_governs_both(text, language, number):
    assert "killed" in [e.what for e in _frames(text, language)[number].measures]


@pytest.mark.parametrize("text,language,date_text,words", [
    ("The ministry said on Saturday that 12 people were killed.", "en", "Saturday", "said"),
    ("According to figures released Monday, 12 people were killed.", "en", "Monday", "released"),
    ("El ministerio dijo el sábado que 12 personas murieron.", "es", "sábado", "dijo"),
    ("وقال مسؤول يوم السبت إن 12 شخصا قتلوا.", "ar", "السبت", "وقال"),
    ("وزارت روز شنبه اعلام کرد که ۱۲ نفر کشته شدند.", "fa", "شنبه", "اعلام کرد"),
    # a reporting clause after what was said: its day is when it was said
    ("The water took everything, the mayor explained on Tuesday, and 12 people died.", "en", "Tuesday", "explained"),
    ("The water took everything, a resident recounted on Tuesday, and 12 people died.", "en", "Tuesday", "recounted"),
    ("El agua se llevó todo, contó el martes la alcaldesa, y 12 personas murieron.", "es", "martes", "contó"),
    ("El agua se llevó todo, relató el martes un vecino, y 12 personas murieron.", "es", "martes", "relató"),
    ("El agua se llevó todo, explicó el martes la alcaldesa, y 12 personas murieron.", "es", "martes", "explicó"),
    ("A água levou tudo, contou na terça-feira a prefeita, e 12 pessoas morreram.", "pt", "terça-feira", "contou"),
    ("A água levou tudo, relatou na terça-feira um morador, e 12 pessoas morreram.", "pt", "terça-feira", "relatou"),
    ("وأوضح رئيس البلدية يوم الثلاثاء أن المياه جرفت كل شيء، ولقي 12 شخصا حتفهم.", "ar", "الثلاثاء", "وأوضح"),
    ("وروى أحد السكان يوم الثلاثاء أن المياه جرفت كل شيء، ولقي 12 شخصا حتفهم.", "ar", "الثلاثاء", "وروى"),
    ("شهردار روز سه‌شنبه توضیح داد که آب همه چیز را برد و ۱۲ نفر جان باختند.", "fa", "سه\u200cشنبه", "توضیح داد"),
])
def test_frames_reporting_date(text, language, date_text, words):
    frames = _frames(text, language)
    assert frames[date_text].reporting == words
    # the count's time is not the reporting date: it falls back to the article's date
    count = next(f for t, f in frames.items() if t != date_text)
    assert count.time_source == "article date"


@pytest.mark.parametrize("text,language,date_text,words", [
    ("The group claimed responsibility on Tuesday for the bombing that killed 12 people.", "en", "Tuesday",
     "claimed responsibility"),
    ("El grupo reivindicó el martes el atentado que dejó 12 muertos.", "es", "martes", "reivindicó"),
    ("O grupo reivindicou na terça-feira o atentado que deixou 12 mortos.", "pt", "terça-feira", "reivindicou"),
    ("تبنى التنظيم يوم الثلاثاء الهجوم الذي أودى بحياة 12 شخصا.", "ar", "الثلاثاء", "تبنى"),
    ("گروه روز سه‌شنبه مسئولیت حمله‌ای را که ۱۲ کشته داشت بر عهده گرفت.", "fa", "سه\u200cشنبه", "مسئولیت"),
])
def test_frames_an_acts_day_is_no_time_of_the_event(text, language, date_text, words):
    frames = _frames(text, language)
    assert frames[date_text].reporting.startswith(f"an act that followed the event ({words!r})"), frames[date_text]
    count = next(f for t, f in frames.items() if t != date_text)
    assert count.time_source == "article date"


def test_frames_time_from_the_clause():
    frames = _frames("On April 30, 4 people were killed in Caracas.")
    assert frames["4"].time == (date(2019, 4, 30).toordinal(),) * 2
    assert frames["4"].time_source == "clause: 'April 30'"


def test_frames_event_evidence_and_names():
    names = NameIndex.of([Event("v", places={"ar": ("كاراكاس",)}, entities={"en": ("Guaidó",)})])
    frames = _frames("In Caracas, Guaidó said 4 people were killed.", "en", names)
    assert frames["4"].events == ("v",)
    assert {e.what for e in frames["4"].names} >= {"Guaidó"}


# --- scope ---------------------------------------------------------------------------------

def _report():
    report, _ = run(Inputs(SEEDS, (ROOT / "facts",), ()))
    return report


@pytest.fixture(scope="module")
def report():
    return _report()


@pytest.mark.parametrize("seed_id,in_scope", [
    ("es-deadline", True), ("pt-deaths", True), ("ar-deadline", True),
    ("en-earthquake", False), ("en-election-2024", False),
])
def test_scope_decision(report, seed_id, in_scope):
    result = next(r for r in report.seeds if r.seed.id == seed_id)
    (decision,) = result.scope
    assert (decision.event, decision.in_scope) == ("venezuela-2019", in_scope)
    assert decision.reasons


def test_scope_article_about_an_earthquake_gives_no_finding(report):
    assert not [f for f in report.findings if f.seed in ("en-earthquake", "en-election-2024")]


def test_scope_sheet_without_event_covers_every_seed():
    result = analyse_seed(_seed("A strong earthquake: 12 people were killed."), tuple(load_facts(
        [ROOT / "tests" / "fixtures" / "facts" / "good"])))
    assert result.scope == ()


# --- linking on frames ---------------------------------------------------------------------

@pytest.mark.parametrize("seed_id,fact,found", [
    ("es-deadline", "us-diplomats-deadline", "48 hours"),
    ("es-deadline", "maduro-vote-share", "62.5%"),
    ("pt-deaths", "protest-deaths-apr30-may1", "9 pessoas"),
    ("ar-deadline", "us-diplomats-deadline", "36 hours"),
])
def test_link_contradiction_in_a_language_the_sheet_has_no_cues_for(report, seed_id, fact, found):
    assert not [c for f in FACTS if f.id == fact for c in f.cues if c in ("es", "pt", "ar")]
    assert any(f.kind == "contradiction" and f.seed == seed_id and f.fact == fact and f.found == found
               for f in report.findings), [(f.kind, f.seed, f.fact, f.found) for f in report.findings]


def test_link_arabic_hours_through_the_deadline_concept():
    links = _links("أمهل مادورو الدبلوماسيين الأمريكيين 36 ساعة لمغادرة فنزويلا.", "ar", published=date(2019, 1, 24))
    assert links == {"36 ساعة": "us-diplomats-deadline"}


def test_link_death_toll_does_not_link_to_opposition_hopefuls():
    ranked = _candidates("In Caracas, Venezuela, Guaido said the death toll rose to 12 people.", "12")
    assert "opposition-presidential-hopefuls" not in [c.fact_id for c in ranked if c.linkable]
    # the seed is in scope: it is the rule on measures that keeps the fact out, not the scope
    assert all(d.in_scope for d in _result("In Caracas, Venezuela, Guaido said 12 people.").scope)


def test_link_unit_alone_never_links():
    # "people" is the unit of opposition-presidential-hopefuls, but no measure or cue is in the clause
    assert _links("In Caracas, Venezuela, Guaido met 29 people on Tuesday.") == {}


def test_link_killed_is_not_injured():
    links = _links("In Caracas, Venezuela, on Tuesday, 4 people were killed in the clashes and 12 were wounded.")
    assert links.get("4") == "protest-deaths-apr30-may1"
    assert "12" not in links


def test_link_wounded_with_a_cue_is_ruled_out_by_role():
    ranked = _candidates("In Caracas, Venezuela, 12 people were wounded in the clashes.", "12")
    death = next(c for c in ranked if c.fact_id == "protest-deaths-apr30-may1")
    assert death.ruled_out.startswith("unit 'person'") or death.ruled_out.startswith("role:")


def test_link_votes_for_another_candidate_do_not_link():
    text = "In Ruritania, Rassendyll won 54.2 percent of the vote and Elphberg 40.1 percent of the vote."
    links = _links(text, facts=ELECTION, published=date(2031, 5, 2))
    assert links == {"54.2 percent": "rassendyll-vote-share"}


def test_link_time_outside_the_fact_window():
    links = _links("In Caracas in 2014, 43 people were killed in protests against Maduro.")
    assert "43" not in links


def test_link_out_of_scope_gives_no_link():
    assert _links("A strong earthquake struck on Tuesday and 4 people were killed.") == {}


def _result(text: str, facts=FACTS):
    return analyse_seed(_seed(text), tuple(facts))


def _candidates(text: str, mention_text: str, facts=FACTS):
    seed = _seed(text)
    index = index_facts(tuple(facts))
    result = analyse_seed(seed, tuple(facts), index)
    mention = next(m for m in result.mentions if m.text == mention_text)
    frame = next(f for f in result.frames if f.start == mention.start)
    return candidates_of(mention, frame, index, seed.published, result.scope)


def test_link_index_gives_only_the_facts_a_mention_names():
    many = tuple(FACTS) + tuple(ELECTION)
    seed = _seed("In Caracas, Venezuela, 4 people were killed in the clashes.")
    index = index_facts(many)
    result = analyse_seed(seed, many, index)
    mention = next(m for m in result.mentions if m.text == "4")
    frame = next(f for f in result.frames if f.start == mention.start)
    found = candidate_facts(index, mention, frame, sentence_cues(index, "en", mention.sentence))
    assert {f.id for f in found} == {"protest-deaths-apr30-may1", "election-dead"}


# --- the report lists seeds out of scope, and findings carry the link's reasons -------------------

def test_report_lists_out_of_scope_seeds(report):
    from checker.render import json as json_render, markdown

    import json
    summary = json.loads(json_render.render(report))["summary"]
    assert [(e["seed"], e["event"]) for e in summary["out_of_scope"]] == [
        ("en-earthquake", "venezuela-2019"), ("en-election-2024", "venezuela-2019")]
    text = markdown.render(report)
    assert "## Out of scope" in text and "`en-earthquake`" in text


def test_findings_carry_the_link_reasons(report):
    finding = next(f for f in report.findings if f.seed == "ar-deadline" and f.kind == "contradiction")
    assert "measure deadline ('لمغادرة', 1 tokens away)" in finding.reasons


# --- stated precision, projections, datelines, shared measures, sub-measures --------------------

def _mention(text: str, kind: str, low: float, qualifier: str = "eq"):
    from checker.model import Interval, Mention
    return Mention(text=text, start=0, end=len(text), line=1, column=1, kind=kind, value=Interval(low, low),
                   qualifier=qualifier)


@pytest.mark.parametrize("text,kind,value,low,high", [
    ("48.4%", "percent", 48.4, 48.35, 48.45), ("43%", "percent", 43, 42.5, 43.5),
    ("6.8", "number", 6.8, 6.75, 6.85), ("2,946", "count", 2946, 2946, 2946),
])
def test_compare_stated_precision(text, kind, value, low, high):
    from checker.compare import stated_value
    said = stated_value(_mention(text, kind, value))
    assert (round(said.low, 6), round(said.high, 6)) == (low, high)


def test_compare_rounded_share_is_not_a_contradiction():
    links = analyse_seed(_seed("In Venezuela, Maduro won 67.8 percent of the vote in May 2018.",
                               published=date(2019, 1, 10)), tuple(FACTS))
    assert [c.verdict for c in links.comparisons] == ["imprecise"]


@pytest.mark.parametrize("text", [
    "In Caracas, Venezuela, the mayor said the number of dead could exceed 40.",
    "In Caracas, Venezuela, polls had given Maduro 80 percent of the vote.",
])
def test_link_projection_is_not_linked(text):
    assert _links(text, published=date(2019, 5, 3)) == {}


def test_frames_dateline_is_a_reporting_detail():
    frames = _frames("CARACAS, May 3 - Four people were killed in the clashes.")
    assert frames["May 3"].reporting == "dateline"


@pytest.mark.parametrize("text,date_text", [
    ("Taipei, April 6 (CNA) The number of people killed in the earthquake has risen to 13.", "April 6"),
    ("KYIV, Jan 5 (Reuters) - Four people were killed in the strike.", "Jan 5"),
    ("MANILA, Philippines, Oct. 23 (AP) — Floods killed at least 40 people.", "Oct. 23"),
])
def test_frames_dateline_with_the_agency_in_brackets(text, date_text):
    """Wire copy files its place and day before the agency's name in brackets; the day is the dateline."""
    frames = _frames(text)
    assert frames[date_text].reporting == "dateline", frames[date_text]


@pytest.mark.parametrize("text,language,date_text", [
    ("نيودلهي - 6 أغسطس: قالت حكومة الولاية إن 222 شخصا قتلوا.", "ar", "6 أغسطس"),
    ("طهران - 4 يناير: خفض وزير الداخلية الحصيلة إلى 84 قتيلا.", "ar", "4 يناير"),
    ("TEHRAN - Jan. 4: The interior minister lowered the toll to 84.", "en", "Jan. 4"),
    ("Teherán - 4 de enero: El ministro rebajó el balance a 84 muertos.", "es", "4 de enero"),
    ("Teerã - 4 de janeiro: O ministro reduziu o balanço para 84 mortos.", "pt", "4 de janeiro"),
    ("تهران - ۱۴ دی: وزیر کشور آمار کشته‌ها را ۸۴ نفر اعلام کرد.", "fa", "۱۴ دی"),
])
def test_frames_a_dateline_after_a_dash_is_a_reporting_detail(text, language, date_text):
    """Arabic and Persian copy (and some of every language) files its place, a dash, its day and a colon before the
    story ("نيودلهي - 6 أغسطس:"): the dateline, when the story was filed, no day of the event (issue 11, real-text
    development corpus dev11a: two Arabic datelines were grouped as a conflict between days)."""
    frames = _frames(text, language)
    assert frames[date_text].reporting == "dateline", frames[date_text]


@pytest.mark.parametrize("text,language,date_text", [
    ("Kerman - 3 January 2024 will be remembered as a day of grief.", "en", "3 January 2024"),
    ("The toll rose on two days - 3 January: 95 dead; 4 January: 84 dead.", "en", "3 January"),
])
def test_frames_a_day_after_a_dash_is_no_dateline_without_its_colon_or_away_from_the_start(text, language, date_text):
    frames = _frames(text, language)
    assert frames[date_text].reporting != "dateline", frames[date_text]


@pytest.mark.parametrize("text,language,date_text", [
    ("As of 2:30pm yesterday, 13 people had died and 1,145 were injured in the earthquake.", "en", "yesterday"),
    ("Hasta las 17:00 del martes, el terremoto había dejado 202 muertos.", "es", "martes"),
    ("Até a noite de terça-feira, o terremoto tinha deixado 202 mortos.", "pt", "terça-feira"),
    ("تا ساعت ۶ عصر چهارشنبه شمار کشته‌های زلزله به ۷۳ نفر رسید.", "fa", "چهارشنبه"),
])
def test_frames_the_time_of_a_tally_is_a_reporting_detail(text, language, date_text):
    """'As of yesterday, 13 had died in the earthquake': the date says when the count was made, not when
    the earthquake struck (concepts.yaml `as_of`)."""
    frames = _frames(text, language)
    assert frames[date_text].reporting.startswith("as of"), frames[date_text]


@pytest.mark.parametrize("text,language,date_text", [
    ("Quake toll rises\n\nPublished 14:05 GMT, 3 May 2019\n\nThe earthquake killed 12 people.", "en", "3 May 2019"),
    ("Quake toll rises\n\nLast updated on 03/05/2019 at 14:05\n\nThe earthquake killed 12 people.", "en",
     "03/05/2019"),
    ("Quake toll rises\n\n| 3 May 2019 |\n\nThe earthquake killed 12 people.", "en", "3 May 2019"),
    ("Quake toll rises\n\n3 May 2019 | 14:05 GMT\n\nThe earthquake killed 12 people.", "en", "3 May 2019"),
    ("Sube el balance\n\nActualizado: 03/05/2019 14:05\n\nEl terremoto dejó 12 muertos.", "es", "03/05/2019 14:05"),
    ("Sobe o balanço\n\nAtualizado em 03/05/2019 às 14h05\n\nO terremoto deixou 12 mortos.", "pt", "03/05/2019"),
    ("ارتفاع الحصيلة\n\nآخر تحديث: 03/05/2019 14:05\n\nخلف الزلزال 12 قتيلا.", "ar", "03/05/2019 14:05"),
    ("افزایش تلفات\n\nتاریخ انتشار: ۱۳۹۸/۰۲/۱۳ - ۱۴:۰۵\n\nزلزله ۱۲ کشته بر جا گذاشت.", "fa", "۱۳۹۸/۰۲/۱۳"),
    # a part of a line between pipes, beside the story's code; a marker with a few words around the day and time
    ("افزایش تلفات\n\nکد خبر: ۱۲۳۴۵۶ | تاریخ: ۱۳۹۸/۰۲/۱۳ - ۱۴:۰۵\n\nزلزله ۱۲ کشته بر جا گذاشت.", "fa", "۱۳۹۸/۰۲/۱۳"),
    ("ارتفاع الحصيلة\n\nنشر في: الجمعة 3 مايو 2019 - 14:05 بتوقيت مكة\n\nخلف الزلزال 12 قتيلا.", "ar",
     "الجمعة 3 مايو 2019"),
    ("Sube el balance\n\nActualizado a las 14:05 h del 3 de mayo de 2019\n\nEl terremoto dejó 12 muertos.", "es",
     "3 de mayo de 2019"),
])
def test_frames_a_line_giving_when_the_page_was_published_is_a_dateline(text, language, date_text):
    """A line of a publication or update marker (the language files' `published_markers`) and its date and time, or a
    line holding nothing but a date ('| 3 May 2019 |'), says when the page was written: a reporting detail."""
    frames = _frames(text, language)
    assert frames[date_text].reporting == "dateline", frames[date_text]


@pytest.mark.parametrize("text,language,date_text", [
    ("Quake\n\nThe earthquake of 3 May 2019 killed 12 people.", "en", "3 May 2019"),
    ("Quake\n\n| 3 May 2019 | Tarsa | 12 dead |", "en", "3 May 2019"),
    ("Quake\n\nUpdated toll: the earthquake of 3 May 2019 killed 12.", "en", "3 May 2019"),
    ("Quake\n\nUpdated: the earthquake struck Tarsa on 3 May 2019.", "en", "3 May 2019"),
    ("Quake\n\n| Tarsa | 12 dead | 3 May 2019 |", "en", "3 May 2019"),
])
def test_frames_a_date_among_other_words_or_figures_of_its_line_is_no_dateline(text, language, date_text):
    assert _frames(text, language)[date_text].reporting != "dateline"


def test_frames_a_date_before_its_count_with_by_after_it_stays_the_events():
    frames = _frames("The earthquake struck on Wednesday and by then 9 were dead.")
    assert not frames["Wednesday"].reporting


def test_frames_a_bracketed_aside_after_a_date_in_the_sentence_is_no_dateline():
    frames = _frames("The quake struck on Wednesday, April 3 (local time) and killed 13 people.")
    assert frames["Wednesday, April 3"].reporting != "dateline"


def test_link_sub_measure_needs_its_cue():
    from checker.facts import load_facts as load
    facts = load([ROOT / "tests" / "fixtures" / "facts" / "event" / "floods.yaml"])
    links = _links("In Derna, Libya, 5,300 people were killed.", facts=facts, published=date(2023, 9, 20))
    assert links == {"5,300": "floods-killed"}
    links = _links("In Libya, 170 people were killed outside Derna.", facts=facts, published=date(2023, 9, 20))
    assert links == {"170": "floods-killed-elsewhere"}


def test_frames_dateline_after_a_headline():
    # the sentence runs over the headline's blank line; the frame still finds the date's tokens
    frames = _frames("Four dead in clashes\n\nCARACAS, May 3 - Four people were killed in the clashes.")
    assert frames["May 3"].reporting == "dateline"


# --- the earlier figure of a change, and another occurrence's magnitude ----------------------

@pytest.mark.parametrize("text,language,earlier,later", [
    ("The death toll rose from 41 to 46 on Sunday.", "en", "41", "46"),
    ("El número de muertos subió de 41 a 46 el domingo.", "es", "41", "46"),
    ("O número de mortos subiu de 41 para 46 no domingo.", "pt", "41", "46"),
    ("ارتفع عدد القتلى من 41 إلى 46 قتيلا يوم الأحد.", "ar", "41", "46"),
    ("وارتفعت حصيلة القتلى من 41 إلى 46 قتيلا.", "ar", "41", "46"),
    ("شمار کشته‌ها روز یکشنبه از ۴۱ به ۴۶ نفر رسید.", "fa", "۴۱", "۴۶"),
    ("تعداد کشته‌شدگان از ۴۱ نفر به ۴۶ نفر افزایش یافت.", "fa", "۴۱", "۴۶"),
    # the later figure first, the earlier after 'from'
    ("The death toll rose to 2,497 from 2,122 on Sunday.", "en", "2,122", "2,497"),
    ("El número de muertos subió a 46 desde 41 el domingo.", "es", "41", "46"),
    ("ارتفع عدد القتلى إلى 46 من 41.", "ar", "41", "46"),
])
def test_frames_the_first_figure_of_a_change_is_an_earlier_figure(text, language, earlier, later):
    frames = _frames(text, language)
    assert frames[earlier].superseded and not frames[later].superseded


@pytest.mark.parametrize("text,language", [
    ("شمار کشته‌ها از ۴۱ نفر گذشت.", "fa"),           # past 41: a bound, no change
    ("از ۴۱ نفر ساکن روستا، ۶ نفر زخمی شدند.", "fa"),  # of 41 people
])
def test_frames_from_without_a_second_figure_is_no_earlier_figure(text, language):
    assert not any(frame.superseded for frame in _frames(text, language).values())


@pytest.mark.parametrize("text,language,number", [
    ("A 6.4 aftershock shook the region on Sunday.", "en", "6.4"),
    ("A magnitude 6.4 aftershock shook the region on Sunday.", "en", "6.4"),
    ("A 6.4-magnitude aftershock shook the region on Sunday.", "en", "6.4"),
    ("Una réplica de 6,4 sacudió la región el domingo.", "es", "6,4"),
    ("Uma réplica de magnitude 6,4 atingiu a região no domingo.", "pt", "6,4"),
    ("پس‌لرزه ۶.۴ ریشتری روز یکشنبه منطقه را لرزاند.", "fa", "۶.۴"),
    ("وضربت هزة ارتدادية بقوة 6.4 درجة المنطقة يوم الأحد.", "ar", "6.4"),
])
def test_frames_an_aftershocks_magnitude_is_another_occurrences(text, language, number):
    assert _frames(text, language)[number].occurrence


@pytest.mark.parametrize("text,language,number", [
    ("Seismologists recorded 155 aftershocks by Tuesday.", "en", "155"),
    ("The earthquake of magnitude 6.8 struck on Friday night.", "en", "6.8"),
])
def test_frames_a_count_of_aftershocks_and_the_main_shock_are_no_other_occurrence(text, language, number):
    assert not _frames(text, language)[number].occurrence


@pytest.mark.parametrize("text,language,number", [
    ("By Tuesday 202 deaths had been confirmed, 32 more than the previous day.", "en", "202"),
    ("Hasta el martes se confirmaron 202 muertes, 32 más que el día anterior.", "es", "202"),
    ("Até terça-feira foram confirmadas 202 mortes, 32 a mais que no dia anterior.", "pt", "202"),
    ("وتأكدت حتى الثلاثاء 202 وفاة، بزيادة 32 عن اليوم السابق.", "ar", "202"),
    ("تا سه‌شنبه مرگ ۲۰۲ نفر تأیید شد، ۳۲ نفر بیشتر از روز قبلی.", "fa", "۲۰۲"),
])
def test_frames_the_day_before_marks_no_earlier_figure(text, language, number):
    """'the previous day', 'el día anterior': a day, not a superseded toll; the 202 is the toll now."""
    assert not _frames(text, language)[number].superseded


# --- a relative day inside a quotation is the speaker's ----------------------------------------------

@pytest.mark.parametrize("text,language,day,outside", [
    ("'On Tuesday the water took everything,' she said. The flood killed 12 people on the coast.", "en", "Tuesday", "12"),
    ("“El martes el agua se llevó todo”, dijo la vecina, y la riada dejó 12 muertos en la costa.", "es", "martes", "12"),
    ("«El martes el agua se llevó todo», contó. La riada dejó 12 muertos en la costa.", "es", "martes", "12"),
    ("“Na terça-feira a água levou tudo”, disse a moradora, e a enchente deixou 12 mortos no litoral.", "pt",
     "terça-feira", "12"),
    ("وقالت: «يوم الثلاثاء جرفت المياه كل شيء»، وأودت الفيضانات بحياة 12 شخصا على الساحل.", "ar", "الثلاثاء", "12"),
    ("او گفت: «روز سه‌شنبه آب همه چیز را برد» و سیل ۱۲ کشته در ساحل بر جا گذاشت.", "fa", "سه\u200cشنبه", "۱۲"),
])
def test_frames_a_relative_day_in_a_quotation_anchors_no_claim_outside_it(text, language, day, outside):
    frames = _frames(text, language)
    assert frames[day].reporting.startswith("in a quotation"), frames[day]
    assert frames[outside].time_source == "article date", frames[outside]


@pytest.mark.parametrize("text,language,day,inside", [
    ('"On Tuesday the water took 12 houses," she told reporters.', "en", "Tuesday", "12"),
    ("«El martes el agua se llevó 12 casas», contó a la agencia.", "es", "martes", "12"),
])
def test_frames_a_relative_day_in_a_quotation_anchors_the_quoted_claim(text, language, day, inside):
    frames = _frames(text, language)
    assert frames[day].reporting.startswith("in a quotation"), frames[day]
    assert frames[inside].time_source == f"clause: {day!r}", frames[inside]


@pytest.mark.parametrize("text,language,day", [
    # no quotation: the day is the event's
    ("On Tuesday the water didn't spare the coast: the flood killed 12 people.", "en", "Tuesday"),
    ("The mayor's office said the flood's toll reached 12 on Tuesday, the rivers' worst day.", "en", "Tuesday"),
    # a day of the calendar in a quotation is no day counted from the speaker's
    ("'On May 1 the water took everything,' she said.", "en", "May 1"),
])
def test_frames_no_quotation_or_no_relative_day(text, language, day):
    assert not _frames(text, language)[day].reporting.startswith("in a quotation")
