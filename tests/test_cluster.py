"""Grouping claims that no fact covers (checker/cluster.py), on mentions built by hand."""
from __future__ import annotations

import random
from datetime import date

import pytest

from checker import cluster
from checker.claims import Claim, Vocabulary, canonical_unit, claims_of, seed_claims
from checker.cluster import conflict_findings, group_claims
from checker.intervals import DURATION_SECONDS, days, point, qualified
from checker.model import Fact, FactValue, Link, Mention, Seed, SeedResult

MAY_3, MAY_10 = date(2019, 5, 3), date(2019, 5, 10)


def seed(seed_id: str, published: date | None = MAY_3, language: str = "en") -> Seed:
    return Seed(id=seed_id, path=f"seeds/{seed_id}.txt", text="", language=language, published=published)


def mention(sentence: str, text: str, value=None, kind: str = "count", unit: str = "dead",
            language: str = "en", sentence_start: int = 0, section: str = "body", granularity: str = "") -> Mention:
    start = sentence_start + sentence.index(text)
    return Mention(text=text, start=start, end=start + len(text), line=1, column=start + 1, kind=kind,
                   value=value if value is not None else point(4), unit=unit, sentence=sentence,
                   language=language, section=section, granularity=granularity, sentence_start=sentence_start)


def claim(seed_id: str, sentence: str, text: str, value=None, published: date | None = MAY_3, **extra) -> Claim:
    owner = seed(seed_id, published, extra.get("language", "en"))
    return seed_claims(owner, [mention(sentence, text, value, **extra)])[0]


FOUR = "Clashes with security forces in Caracas left four dead, rights groups said."
FIVE = "Clashes with security forces in Caracas left five dead, rights groups said."
FIFTEEN = "Clashes with security forces in Caracas left 15 dead, rights groups said."


def test_cluster_groups_claims_that_share_unit_words_and_dates():
    groups = group_claims([claim("a", FOUR, "four"), claim("b", FOUR.replace("Caracas", "the capital"), "four")])
    assert len(groups) == 1
    group = groups[0]
    assert group.seeds == ("a", "b") and group.status == "agree" and group.unit == "dead"
    assert {"security", "force", "group"} <= set(group.terms)  # folded, without the plural s


@pytest.mark.parametrize("first, second, status", [
    ((MAY_3, "four", point(4)), (MAY_3, "five", point(5)), "conflict"),  # the same day: one is wrong
    ((MAY_3, "four", point(4)), (MAY_10, "five", point(5)), "series"),  # a toll that rose
    ((MAY_3, "five", point(5)), (MAY_10, "four", point(4)), "conflict"),  # a toll that fell
    ((MAY_3, "four", point(4)), (MAY_10, "four", point(4)), "agree"),
])
def test_cluster_status_of_two_counts(first, second, status):
    (day_a, text_a, value_a), (day_b, text_b, value_b) = first, second
    sentences = {"four": FOUR, "five": FIVE}
    groups = group_claims([claim("a", sentences[text_a], text_a, value_a, day_a),
                           claim("b", sentences[text_b], text_b, value_b, day_b)])
    assert [g.status for g in groups] == [status]


def test_cluster_conflict_is_a_warning_naming_both_seeds_quotes_and_values():
    groups = group_claims([claim("a", FOUR, "four"), claim("b", FIFTEEN, "15", point(15))])
    (finding,) = conflict_findings(groups)
    assert (finding.kind, finding.code, finding.severity, finding.fact) == ("source-conflict", "FL002", "warning", "")
    assert (finding.seed, finding.other_seed) == ("a", "b")
    assert (finding.found, finding.expected) == ("4 dead", "15 dead")
    assert finding.quote == FOUR and finding.other_quote == FIFTEEN
    assert finding.other_location == "seeds/b.txt:1:46"
    assert 0 < finding.confidence <= 1 and "no fact covers it" in finding.message
    assert groups[0].conflicts[0].fingerprint == finding.fingerprint


def test_cluster_conflict_once_per_pair_of_values():
    claims = [claim(s, FOUR, "four") for s in ("a", "b", "c")] + [claim(s, FIFTEEN, "15", point(15)) for s in "de"]
    findings = conflict_findings(group_claims(claims))
    assert len(findings) == 1
    assert (findings[0].seed, findings[0].other_seed) == ("a", "d")


@pytest.mark.parametrize("other, grouped", [
    ("Heavy rain in Lima left 15 dead on Friday.", False),  # same unit and day, nothing else shared
    ("Officials in Caracas said 15 dead after clashes with security forces.", True),
])
def test_cluster_needs_shared_terms_in_one_language(other, grouped):
    text = "15"
    groups = group_claims([claim("a", FOUR, "four"), claim("b", other, text, point(15))])
    assert bool(groups) is grouped


def test_cluster_events_too_far_apart_are_not_grouped():
    groups = group_claims([claim("a", FOUR, "four", published=date(2019, 1, 1)),
                           claim("b", FIFTEEN, "15", point(15), published=date(2019, 3, 1))])
    assert groups == []


@pytest.mark.parametrize("fa_sentence, fa_text, value, status", [
    # the same count of the same unit in two languages: the unit and the amount meet
    ("درگیری ها در کاراکاس ۴ کشته بر جای گذاشت.", "۴", point(4), "agree"),
    # disagreeing values need more than the unit: a second concept near the number (soldiers)
    ("درگیری با سربازان در کاراکاس ۱۵ کشته بر جای گذاشت.", "۱۵", point(15), "conflict"),
])
def test_cluster_across_languages_by_the_units_vocabulary(fa_sentence, fa_text, value, status):
    english = "Clashes with soldiers in Caracas left four dead."
    groups = group_claims([claim("a", english, "four"), claim("b", fa_sentence, fa_text, value, language="fa")])
    assert [(g.status, g.unit) for g in groups] == [(status, "dead")]


def test_cluster_across_languages_unit_alone_is_no_conflict():
    english = "Clashes in Caracas left four dead."
    persian = "درگیری ها در کاراکاس ۱۵ کشته بر جای گذاشت."
    assert group_claims([claim("a", english, "four"), claim("b", persian, "۱۵", point(15), language="fa")]) == []


def test_cluster_same_day_in_two_languages_groups_dates():
    wednesday = days(date(2019, 1, 23), date(2019, 1, 23))
    english = claim("a", "On Wednesday Guaido declared himself interim president.", "Wednesday", wednesday,
                    date(2019, 1, 24), kind="date", unit="", granularity="day")
    persian = claim("b", "گوایدو روز چهارشنبه خود را رئیس جمهور موقت خواند.", "چهارشنبه", wednesday,
                    date(2019, 1, 25), kind="date", unit="", granularity="day", language="fa")
    (group,) = group_claims([english, persian])
    assert group.kind == "date" and group.status == "agree"


@pytest.mark.parametrize("second_day, conflicts", [(date(2019, 5, 1), 0), (date(2019, 5, 7), 1)])
def test_cluster_dates_a_day_apart_never_conflict(second_day, conflicts):
    sentence = "Guaido led the failed uprising of soldiers in Caracas against Maduro on {}."
    first = claim("a", sentence.format("April 30"), "April 30", days(date(2019, 4, 30), date(2019, 4, 30)),
                  kind="date", unit="", granularity="day", published=date(2019, 5, 8))
    text = second_day.strftime("%B %-d")
    second = claim("b", sentence.format(text), text, days(second_day, second_day), kind="date", unit="",
                   granularity="day", published=date(2019, 5, 8))
    assert sum(len(g.conflicts) for g in group_claims([first, second])) == conflicts


def test_cluster_two_days_of_one_seed_are_not_paired():
    sentence = "Tens of thousands took to the streets of Caracas on Tuesday and Wednesday."
    owner = seed("a")
    mentions = [mention(sentence, "Tuesday", days(date(2019, 4, 30), date(2019, 4, 30)), "date", "", granularity="day"),
                mention(sentence, "Wednesday", days(date(2019, 5, 1), date(2019, 5, 1)), "date", "", granularity="day")]
    assert group_claims(seed_claims(owner, mentions), min_seeds=1) == []


def test_cluster_event_date_comes_from_the_sentence_else_the_publication():
    owner = seed("a", MAY_10)
    dated = "On April 30 clashes left four dead."
    mentions = [mention(dated, "April 30", days(date(2019, 4, 30), date(2019, 4, 30)), "date", "", granularity="day"),
                mention(dated, "four"), mention(FOUR, "four", sentence_start=100)]
    claims = seed_claims(owner, mentions)
    events = {(c.mention.kind, c.mention.sentence_start): c.event for c in claims}
    assert events[("count", 0)] == (date(2019, 4, 30).toordinal(),) * 2
    assert events[("count", 100)] == (MAY_10.toordinal(),) * 2


@pytest.mark.parametrize("why, built", [
    ("boilerplate", dict(section="boilerplate")),
    ("bare number", dict(kind="number", unit="")),
    ("a year is too wide", dict(kind="date", unit="", value=days(date(2019, 1, 1), date(2019, 12, 31)))),
])
def test_cluster_claims_leave_out(why, built):
    assert seed_claims(seed("a"), [mention(FOUR, "four", **built)]) == [], why


def test_cluster_claims_leave_out_undated_events():
    assert seed_claims(seed("a", None), [mention(FOUR, "four")]) == []


def test_cluster_claims_of_leave_out_linked_mentions():
    linked, free = mention(FOUR, "four"), mention(FIVE, "five", point(5), sentence_start=200)
    result = SeedResult(seed("a"), (linked, free), (Link(linked, "deaths", 0.9, ()),), ())
    assert [c.mention for c in claims_of([result])] == [free]


def test_cluster_canonical_unit_from_units_table_and_fact_aliases():
    fact = Fact(id="deaths", statement="s", kind="count", values=(FactValue(point(4), "4"),), unit="dead",
                aliases={"es": ("muertos",), "en": ("casualties",)})
    vocabulary = Vocabulary.of([fact])
    assert canonical_unit(mention(FOUR, "four", unit="killed"), vocabulary) == "dead"  # en units table
    assert canonical_unit(mention(FOUR, "four", unit="casualties"), vocabulary) == "dead"  # the sheet's alias
    assert canonical_unit(mention("4 muertos", "4", unit="muertos", language="es"), vocabulary) == "dead"
    assert canonical_unit(mention(FOUR, "four", unit="tanks"), Vocabulary.of()) == "vehicle"


def test_cluster_fact_cues_connect_languages():
    fact = Fact(id="expulsion", statement="s", kind="duration", values=(FactValue(point(1), "x"),),
                cues={"en": ("break off relations",), "fa": ("قطع روابط",)})
    hours = lambda n: point(n * DURATION_SECONDS["hour"])  # noqa: E731
    english = claim("a", "Maduro said he would break off relations; they have 48 hours.", "48 hours", hours(48),
                    kind="duration", unit="hour")
    persian = claim("b", "مادورو از قطع روابط خبر داد و گفت آنها 72 ساعت فرصت دارند.", "72 ساعت", hours(72),
                    kind="duration", unit="hour", language="fa")
    assert group_claims([english, persian]) == []  # nothing connects them
    (group,) = group_claims([english, persian], facts=[fact])
    assert group.status == "conflict" and group.terms == ("c:expulsion",)


def test_cluster_is_independent_of_claim_order():
    claims = [claim("a", FOUR, "four"), claim("b", FIFTEEN, "15", point(15)), claim("c", FIVE, "five", point(5)),
              claim("d", FOUR, "four", published=MAY_10)]
    expected = group_claims(claims)
    shuffled = claims[:]
    random.Random(1).shuffle(shuffled)
    assert group_claims(shuffled) == expected
    assert conflict_findings(group_claims(shuffled)) == conflict_findings(expected)


def test_cluster_never_compares_all_pairs(monkeypatch):
    """One block of 3,000 claims: the comparisons stay within the sorted neighbourhoods."""
    calls = []
    score = cluster._score
    monkeypatch.setattr(cluster, "_score", lambda a, b, w: calls.append(1) or score(a, b, w))
    n = 3000
    villages = ["".join(chr(97 + (i // 26 ** k) % 26) for k in range(3)).capitalize() for i in range(100)]
    claims = [claim(f"s{i:04d}", f"Clashes near {villages[i % 100]} village left four dead.", "four",
                    published=date.fromordinal(MAY_3.toordinal() + i % 400)) for i in range(n)]
    groups = group_claims(claims)
    keys = cluster.MAX_KEYS + 2  # its rarest terms, its exact value, the whole block
    assert len(calls) <= n * keys * cluster.NEIGHBOURS < n * (n - 1) / 2 / 10
    assert groups and all(len({c.mention.sentence for c in g.claims}) == 1 for g in groups)


def test_cluster_more_than_50_and_40_overlap():
    more = claim("a", "More than 50 countries in Europe recognized Guaido.", "More than 50",
                 qualified("gt", 50), unit="country")
    forty = claim("b", "Some 60 countries in Europe recognized Guaido, officials said.", "60", point(60), unit="country")
    (group,) = group_claims([more, forty])
    assert group.status == "agree"


def test_cluster_weak_pairs_across_languages_do_not_chain():
    """On one day, three English stories and one Persian date: the Persian claim joins one story
    (its best partner), and the stories stay apart."""
    day = days(date(2019, 1, 23), date(2019, 1, 23))
    stories = ["On Wednesday Guaido declared himself interim president.",
               "Oil prices rose sharply in London trading on Wednesday.",
               "The football final in Madrid was postponed on Wednesday."]
    english = [claim(f"e{i}", s, "Wednesday", day, date(2019, 1, 24), kind="date", unit="", granularity="day")
               for i, s in enumerate(stories)]
    persian = claim("f", "گوایدو روز چهارشنبه خود را رئیس جمهور موقت خواند.", "چهارشنبه", day, date(2019, 1, 25),
                    kind="date", unit="", granularity="day", language="fa")
    (group,) = group_claims(english + [persian])
    assert group.seeds == ("e0", "f")


def test_cluster_same_percent_across_languages_is_no_evidence():
    english = claim("a", "Turnout reached 46 percent in the regional vote.", "46 percent", point(46),
                    kind="percent", unit="percent")
    persian = claim("b", "تورم در ماه گذشته به 46 درصد رسید.", "46 درصد", point(46), kind="percent", unit="percent",
                    language="fa")
    assert group_claims([english, persian]) == []


# --- one finding per group, with every source and value (issue 8, item 6) ----------------------------

def test_cluster_one_finding_per_group_naming_every_source_and_value():
    claims = [claim(s, FOUR, "four") for s in ("a", "b", "c")] + [claim("d", FIFTEEN, "15", point(15)),
                                                                  claim("e", FIVE, "five", point(5))]
    (finding,) = conflict_findings(group_claims(claims))
    assert [(s["seed"], s["value"]) for s in finding.sources] == [
        ("a", "4 dead"), ("b", "4 dead"), ("c", "4 dead"), ("d", "15 dead"), ("e", "5 dead")]
    assert all(s["location"].startswith(f"seeds/{s['seed']}.txt:") and s["quote"] for s in finding.sources)
    assert "4 dead: a, b, c" in finding.message and "15 dead: d" in finding.message


def test_cluster_rounding_is_no_conflict():
    sentence = "Turnout in the Caracas vote reached {} percent, officials of the electoral council said."
    a = claim("a", sentence.format("68"), "68", point(68), kind="percent", unit="percent")
    b = claim("b", sentence.format("67.84"), "67.84", point(67.84), kind="percent", unit="percent")
    groups = group_claims([a, b])
    assert [g.status for g in groups] == ["agree"] and conflict_findings(groups) == []


def test_cluster_update_alone_gives_no_finding():
    groups = group_claims([claim("a", FOUR, "four"), claim("b", FIVE, "five", point(5), published=MAY_10)])
    assert [g.status for g in groups] == ["series"] and conflict_findings(groups) == []
