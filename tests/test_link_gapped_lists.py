"""A gapped list of results ("Orsen, 21,500,000 votes (55.4%); Pike, 12,300,000 (31.7%); Brant, 4,100,000
(10.6%)"): each name owns the count and the share that follow it, before the next name; the count of each
element after the first is a count of what the first counts (votes), and a percent in brackets right after a
count of votes is that name's share of them. Every sentence is our own; the election is invented (Orsen, Pike and
Brant, in Valdoria)."""
from __future__ import annotations

from datetime import date

import pytest

from checker.claims import claims_of
from checker.cluster import group_claims
from checker.engine import analyse_seed
from checker.facts import load_facts
from checker.model import Seed
from sheet_run import contradictions

CANDIDATES = (("Orsen", "أورسن", "اورسن", 21500000, 55.4), ("Pike", "بايك", "پایک", 12300000, 31.7),
              ("Brant", "برانت", "برانت", 4100000, 10.6))
SHEET = """\
language: en
event:
  id: valdoria-2025
  names: {en: [Valdorian election]}
  places: {en: [Valdoria], es: [Valdoria], pt: [Valdória], ar: [فالدوريا], fa: [والدوریا]}
  entities:
    en: [Orsen, Pike, Brant]
    ar: [أورسن, بايك, برانت]
    fa: [اورسن, پایک, برانت]
  window: {from: 2025-03-01, to: 2025-09-30}
facts:
""" + "".join(f"""\
  - id: {en.lower()}-votes
    statement: Votes for {en}
    kind: count
    measure: votes
    entities: {{en: [{en}], ar: [{ar}], fa: [{fa}]}}
    unit: vote
    value: {votes}
    provenance: electoral board
  - id: {en.lower()}-share
    statement: Share of the votes for {en}
    kind: percent
    measure: vote-share
    entities: {{en: [{en}], ar: [{ar}], fa: [{fa}]}}
    unit: percent
    value: {share}
    provenance: electoral board
""" for en, ar, fa, votes, share in CANDIDATES)

HEADLINE = {"en": "Valdoria: Orsen, Pike and Brant", "es": "Valdoria: Orsen, Pike y Brant",
            "pt": "Valdória: Orsen, Pike e Brant", "ar": "فالدوريا: أورسن وبايك وبرانت", "fa": "والدوریا: اورسن، پایک و برانت"}

# Pike's count and share are wrong (12,400,000 and 31.9 %); Orsen's and Brant's are right.
LISTS = [
    ("en", "The final count gave Orsen 21,500,000 votes (55.4%), Pike 12,400,000 (31.9%) and Brant 4,100,000 (10.6%)."),
    ("en", "Final results: Orsen, 21,500,000 votes (55.4%); Pike, 12,400,000 (31.9%); Brant, 4,100,000 (10.6%)."),
    ("es", "Según el cómputo final, Orsen, 21.500.000 votos (55,4 %); Pike, 12.400.000 (31,9 %); Brant, 4.100.000"
           " (10,6 %)."),
    ("pt", "Segundo a apuração final, Orsen, 21.500.000 votos (55,4%); Pike, 12.400.000 (31,9%); Brant, 4.100.000"
           " (10,6%)."),
    ("ar", "وبحسب النتائج النهائية: أورسن، 21500000 صوت (55.4%)؛ بايك، 12400000 (31.9%)؛ برانت، 4100000 (10.6%)."),
    ("fa", "بر اساس نتایج نهایی، اورسن، ۲۱۵۰۰۰۰۰ رأی (۵۵.۴ درصد)؛ پایک، ۱۲۴۰۰۰۰۰ (۳۱.۹ درصد)؛ برانت، ۴۱۰۰۰۰۰"
           " (۱۰.۶ درصد)."),
    # the measure named once, before the colon that opens the list
    ("en", "Votes by candidate: Orsen, 21,500,000 (55.4%); Pike, 12,400,000 (31.9%); Brant, 4,100,000 (10.6%)."),
    ("es", "Los votos quedaron así: Orsen, 21.500.000 (55,4 %); Pike, 12.400.000 (31,9 %); Brant, 4.100.000 (10,6 %)."),
    ("pt", "Os votos ficaram assim: Orsen, 21.500.000 (55,4%); Pike, 12.400.000 (31,9%); Brant, 4.100.000 (10,6%)."),
    ("fa", "آرای نامزدها: اورسن، ۲۱۵۰۰۰۰۰ (۵۵.۴ درصد)؛ پایک، ۱۲۴۰۰۰۰۰ (۳۱.۹ درصد)؛ برانت، ۴۱۰۰۰۰۰ (۱۰.۶ درصد)."),
]


@pytest.mark.parametrize("language,text", LISTS)
def test_each_name_of_a_gapped_list_owns_the_count_and_share_after_it(tmp_path, language, text):
    found = contradictions(tmp_path, SHEET, f"{HEADLINE[language]}\n\n{text}\n", language, "2025-06-03")
    assert {fact for fact, _ in found} == {"pike-votes", "pike-share"}


TURNOUT_ONLY = SHEET.split("facts:")[0] + """facts:
  - id: turnout
    statement: Turnout, nationwide
    kind: percent
    measure: turnout
    unit: percent
    value: 61.2
    provenance: electoral board
"""


@pytest.mark.parametrize("one,other", [
    (LISTS[2], ("pt", "Segundo a apuração final, Orsen, 21.500.000 votos (55,4%); Pike, 12.300.000 (31,9%); Brant,"
                      " 4.100.000 (10,6%).")),
    (LISTS[4], ("fa", "بر اساس نتایج نهایی، اورسن، ۲۱۵۰۰۰۰۰ رأی (۵۵.۴ درصد)؛ پایک، ۱۲۳۰۰۰۰۰ (۳۱.۹ درصد)؛ برانت،"
                      " ۴۱۰۰۰۰۰ (۱۰.۶ درصد).")),
])
def test_grouped_each_name_of_a_gapped_list_is_compared_with_the_same_name(tmp_path, one, other):
    """Without a fact of votes, two sources' lists are grouped name by name: Pike's 12,400,000 and 12,300,000
    conflict; no count or share of one name is paired with another name's (their names come from the sheet's
    entities, in every script)."""
    (tmp_path / "s.yaml").write_text(TURNOUT_ONLY, encoding="utf-8")
    facts = tuple(load_facts([tmp_path]))
    seeds = [Seed(i, f"{i}.txt", f"{HEADLINE[lang]}\n\n{text}\n", lang, date(2025, 6, 3))
             for i, (lang, text) in (("a", one), ("b", other))]
    groups = group_claims(claims_of([analyse_seed(seed, facts) for seed in seeds]), facts)
    conflicting = [sorted(c.mention.value.low for c in g.claims) for g in groups if g.status == "conflict"]
    assert conflicting == [[12300000, 12400000]]


# Lists of one line a name and tables of one row a name, as results pages and wire copy print them: the name that
# heads a line or a row owns the values on it, never those of the line before or after; the measure comes from the
# value's own words, the table's header ('Votes', '%': a share of the count beside it) or the line heading the list
# ('Final results', 'Share of the vote:'). Pike's figures are wrong (12,400,000 and 31.9 %).
TABLE = {"en": ("Candidate", "Votes"), "es": ("Candidato", "Votos"), "pt": ("Candidato", "Votos"),
         "ar": ("المرشح", "الأصوات"), "fa": ("نامزد", "آرا")}
LINES = [
    ("en", "Share of the vote:\nOrsen: 55.4%\nPike: 31.9%\nBrant: 10.6%", {"pike-share"}),
    ("en", "Final results\n\nOrsen: 55.4%\nPike: 31.9%\nBrant: 10.6%", {"pike-share"}),
    ("en", "Final results\n\nOrsen – 21,500,000 votes\nPike – 12,400,000 votes\nBrant – 4,100,000 votes",
     {"pike-votes"}),
    ("en", "Final results\n\nOrsen ........ 55.4%\nPike ........ 31.9%\nBrant ........ 10.6%", {"pike-share"}),
    ("es", "Resultados finales\n\nOrsen: 55,4 %\nPike: 31,9 %\nBrant: 10,6 %", {"pike-share"}),
    ("es", "Resultados\n\nOrsen – 21.500.000 votos\nPike – 12.400.000 votos\nBrant – 4.100.000 votos", {"pike-votes"}),
    ("pt", "Resultado final\n\nOrsen: 55,4%\nPike: 31,9%\nBrant: 10,6%", {"pike-share"}),
    ("ar", "النتائج النهائية\n\nأورسن: 55.4%\nبايك: 31.9%\nبرانت: 10.6%", {"pike-share"}),
    ("fa", "نتایج نهایی\n\nاورسن: ۵۵.۴ درصد\nپایک: ۳۱.۹ درصد\nبرانت: ۱۰.۶ درصد", {"pike-share"}),
    ("fa", "نتایج نهایی\n\nاورسن: ۲۱.۵۰۰.۰۰۰ رأی\nپایک: ۱۲.۴۰۰.۰۰۰ رأی\nبرانت: ۴.۱۰۰.۰۰۰ رأی", {"pike-votes"}),
    # bullets before the names; a name and its number with no separator between
    ("en", "Final results:\n\n- Orsen: 55.4%\n- Pike: 31.9%\n- Brant: 10.6%", {"pike-share"}),
    ("es", "Resultados\n\n• Orsen – 55,4 %\n• Pike – 31,9 %\n• Brant – 10,6 %", {"pike-share"}),
    ("pt", "Resultado final\n\nOrsen 55,4%\nPike 31,9%\nBrant 10,6%", {"pike-share"}),
    ("ar", "النتائج النهائية\n\n- أورسن: 55.4%\n- بايك: 31.9%\n- برانت: 10.6%", {"pike-share"}),
] + [(language, f"| {who} | {votes} | % |\n|---|---|---|\n| {names[0]} | {digits(21500000)} | {digits(55.4)}% |\n"
                f"| {names[1]} | {digits(12400000)} | {digits(31.9)}% |\n| {names[2]} | {digits(4100000)} | {digits(10.6)}% |",
      {"pike-votes", "pike-share"})
     for language, (who, votes), names, digits in (
         ("en", TABLE["en"], ("Orsen", "Pike", "Brant"), lambda v: f"{v:,}"),
         ("es", TABLE["es"], ("Orsen", "Pike", "Brant"), lambda v: f"{v:,}".replace(",", "X").replace(".", ",").replace("X", ".")),
         ("pt", TABLE["pt"], ("Orsen", "Pike", "Brant"), lambda v: f"{v:,}".replace(",", "X").replace(".", ",").replace("X", ".")),
         ("ar", TABLE["ar"], ("أورسن", "بايك", "برانت"), lambda v: f"{v}"),
         ("fa", TABLE["fa"], ("اورسن", "پایک", "برانت"), lambda v: f"{v}"))]


@pytest.mark.parametrize("language,text,wrong", LINES, ids=[f"{case[0]}-{n}" for n, case in enumerate(LINES)])
def test_each_line_or_row_of_a_list_owns_the_values_on_it(tmp_path, language, text, wrong):
    found = contradictions(tmp_path, SHEET, f"{HEADLINE[language]}\n\n{text}\n", language, "2025-06-03")
    assert {fact for fact, _ in found} == wrong


@pytest.mark.parametrize("language,text,wrong", LINES, ids=[f"{case[0]}-{n}" for n, case in enumerate(LINES)])
def test_a_list_of_lines_or_rows_with_the_right_values_contradicts_nothing(tmp_path, language, text, wrong):
    right = text.replace("31.9", "31.7").replace("31,9", "31,7").replace("۳۱.۹", "۳۱.۷").replace("12,400,000", "12,300,000") \
        .replace("12.400.000", "12.300.000").replace("12400000", "12300000").replace("۱۲.۴۰۰.۰۰۰", "۱۲.۳۰۰.۰۰۰")
    found = contradictions(tmp_path, SHEET, f"{HEADLINE[language]}\n\n{right}\n", language, "2025-06-03")
    assert found == set()


def test_a_rank_before_the_name_of_a_row_leaves_the_name_its_owner(tmp_path):
    text = ("| # | Candidate | Votes | % |\n|---|---|---|---|\n| 1 | Orsen | 21,500,000 | 55.4% |\n"
            "| 2 | Pike | 12,400,000 | 31.9% |\n| 3 | Brant | 4,100,000 | 10.6% |")
    found = contradictions(tmp_path, SHEET, f"{HEADLINE['en']}\n\n{text}\n", "en", "2025-06-03")
    assert {fact for fact, _ in found} == {"pike-votes", "pike-share"}


def test_grouped_each_line_or_row_is_compared_with_the_same_name(tmp_path):
    """Without a fact of shares, a list of lines and a table of another source are grouped name by name: Pike's 31.9 %
    and 31.7 % conflict, and no share of one name is paired with another name's."""
    (tmp_path / "s.yaml").write_text(TURNOUT_ONLY, encoding="utf-8")
    facts = tuple(load_facts([tmp_path]))
    table = next(text for language, text, _ in LINES if language == "en" and text.startswith("|"))
    table = table.replace("31.9", "31.7").replace("12,400,000", "12,300,000")
    seeds = [Seed(i, f"{i}.txt", f"{HEADLINE['en']}\n\n{text}\n", "en", date(2025, 6, 3))
             for i, text in (("a", LINES[1][1]), ("b", table))]
    groups = group_claims(claims_of([analyse_seed(seed, facts) for seed in seeds]), facts)
    conflicting = [sorted(c.mention.value.low for c in g.claims) for g in groups if g.status == "conflict"]
    assert conflicting == [[31.7, 31.9]]
