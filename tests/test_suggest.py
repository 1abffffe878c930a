"""`factlint suggest`: fact-sheet entries proposed from claims in several seeds that no fact covers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.cli import EXIT_ERROR, EXIT_OK, main
from checker.corpus import load_seeds
from checker.engine import analyse_seed
from checker.facts import load_facts, parse_fact_value
from checker.intervals import DURATION_SECONDS, days, point, qualified
from checker.link import index_facts
from checker.model import Interval
from checker.suggest import _yaml_value, propose, render

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "issue4"


def results(seeds_dir: Path, facts=()):
    seeds, _ = load_seeds(seeds_dir)
    index = index_facts(tuple(facts))
    return [analyse_seed(seed, tuple(facts), index) for seed in seeds]


@pytest.fixture(scope="module")
def bundled():
    """The bundled corpus against the bundled sheet."""
    facts = load_facts([ROOT / "facts"])
    return facts, results(ROOT / "seeds", facts)


@pytest.fixture(scope="module")
def bundled_without_facts():
    return results(ROOT / "seeds")


def suggested(capsys, tmp_path: Path, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["suggest", "--no-cache", *argv])
    out, err = capsys.readouterr()
    return code, out


def test_suggest_empty_facts_proposes_the_facts_two_seeds_mention(bundled, bundled_without_facts, capsys, tmp_path):
    """With no fact sheet, suggest proposes an entry for every fact of the bundled sheet that two
    seeds mention: same kind, a value within the fact's, from at least the seeds that mention it."""
    facts, linked = bundled
    mentioned: dict[str, set] = {}
    for result in linked:
        for link in result.links:
            mentioned.setdefault(link.fact_id, set()).add(result.seed.id)
    wanted = {fact_id: seeds for fact_id, seeds in mentioned.items() if len(seeds) >= 2}
    assert set(wanted) == {"uprising-date", "guaido-self-declaration", "maduro-term-number"}
    empty = tmp_path / "facts"
    empty.mkdir()
    code, out = suggested(capsys, tmp_path, "--seeds", str(ROOT / "seeds"), "--facts", str(empty),
                          "--min-sources", "2")
    assert code == EXIT_OK
    sheet = tmp_path / "proposed.yaml"
    sheet.write_text(out, encoding="utf-8")
    proposed = {f.id: f for f in load_facts([sheet])}  # valid against the schema, values parse
    proposals = propose(bundled_without_facts, (), 2)
    assert out == render(proposals, 2) and set(proposed) == {p.id for p in proposals}
    by_id = {f.id: f for f in facts}
    for fact_id, seeds in wanted.items():
        fact = by_id[fact_id]
        matches = [p.id for p in proposals if p.group.kind == fact.kind and seeds <= set(p.group.seeds)
                   and _within(proposed[p.id].values[-1].interval, fact)]
        assert matches, f"nothing proposed for {fact_id} (seeds {sorted(seeds)})"


def _within(value: Interval, fact) -> bool:
    expected = fact.values[-1].interval
    return expected.low <= value.low and value.high <= expected.high


def test_suggest_proposes_nothing_from_boilerplate(bundled_without_facts):
    proposals = propose(bundled_without_facts, (), 2)
    assert proposals
    for proposal in proposals:
        assert {c.mention.section for c in proposal.group.claims} == {"body"}
    boilerplate = {(r.seed.id, m.start) for r in bundled_without_facts for m in r.mentions
                   if m.section == "boilerplate"}
    assert boilerplate  # the corpus has some: seeds 001 and 004
    assert not boilerplate & {(c.seed.id, c.mention.start) for p in proposals for c in p.group.claims}


def test_suggest_proposes_nothing_the_sheet_covers(bundled, capsys):
    code, out = suggested(capsys, None, "--seeds", str(ROOT / "seeds"), "--facts", str(ROOT / "facts"))
    assert code == EXIT_OK
    assert out.startswith("# factlint suggest --min-sources 2: 0 proposed facts")
    assert "\nfacts:" not in out


def test_suggest_entries_link_back_to_their_claims(bundled_without_facts, tmp_path):
    """The proposed sheet, used as a sheet, links each entry in the seeds it came from."""
    proposals = propose(bundled_without_facts, (), 2)
    sheet = tmp_path / "proposed.yaml"
    sheet.write_text(render(proposals), encoding="utf-8")
    facts = load_facts([sheet])
    relinked = results(ROOT / "seeds", facts)
    for proposal in proposals:
        linked = {r.seed.id for r in relinked for link in r.links if link.fact_id == proposal.id}
        assert set(proposal.group.seeds) <= linked, proposal.id


def test_suggest_comments_carry_values_seeds_and_quotes(bundled_without_facts):
    text = render(propose(bundled_without_facts, (), 2))
    assert "#   values found: 2019-04-30 (seeds 000, 002)" in text
    assert ("seeds/000_675c6171831b61b8.txt:31:4 'April 30' = 2019-04-30: "
            "\"On April 30, a small group of armed troops") in text
    assert "#   000 (2019-06-06) " in text
    assert "statement: \"TODO:" in text and "provenance: \"TODO:" in text


def test_suggest_min_sources_three(bundled_without_facts):
    proposals = propose(bundled_without_facts, (), 3)
    assert [(p.group.kind, p.group.seeds) for p in proposals] == [("date", ("000", "001", "004"))]
    assert proposals[0].value == "2019-01-23"  # said by two seeds; "January" by one


def test_suggest_series_and_conflicts_on_the_fixture(tmp_path):
    proposals = propose(results(FIXTURE / "seeds"), (), 2)
    by_unit = {p.group.unit or p.group.kind: p for p in proposals}
    dead = by_unit["dead"]
    assert dead.group.status == "series" and dead.value is None
    assert dead.series == (("2019-05-03", 4, "002"), ("2019-05-10", 5, "005"))
    hours = by_unit["duration"]
    assert hours.group.status == "conflict" and hours.value in ({"amount": 72, "unit": "hour"},
                                                                 {"amount": 48, "unit": "hour"})
    assert hours.cues["en"][0] == "diplomats" and hours.cues["fa"][0] == "دیپلمات های"  # the concept they share
    text = render(proposals)
    assert "the values DISAGREE" in text and "the values rose over time: a series" in text
    sheet = tmp_path / "fixture.yaml"
    sheet.write_text(text, encoding="utf-8")
    loaded = {f.id: f for f in load_facts([sheet])}
    assert [v.as_of.isoformat() for v in loaded[dead.id].values] == ["2019-05-03", "2019-05-10"]


@pytest.mark.parametrize("kind, interval, expected", [
    ("date", days(date(2019, 4, 30), date(2019, 4, 30)), "2019-04-30"),
    ("date", days(date(2019, 1, 1), date(2019, 1, 31)), "2019-01"),
    ("date", days(date(2019, 1, 1), date(2019, 12, 31)), "2019"),
    ("date", days(date(2019, 5, 27), date(2019, 6, 2)), {"low": "2019-05-27", "high": "2019-06-02"}),
    ("duration", point(72 * DURATION_SECONDS["hour"]), {"amount": 72, "unit": "hour"}),
    ("duration", point(6 * DURATION_SECONDS["year"]), {"amount": 6, "unit": "year"}),
    ("count", point(25), 25),
    ("percent", point(67.84), 67.84),
    ("count", qualified("gt", 50), {"low": 50, "high": None, "low_inclusive": False}),
    ("count", qualified("ge", 40), {"low": 40, "high": None}),
    ("count", Interval(20000, 99999), {"low": 20000, "high": 99999}),
])
def test_suggest_values_as_a_sheet_writes_them(kind, interval, expected):
    value = _yaml_value(kind, interval)
    assert value == expected
    parsed, _, _ = parse_fact_value(value, kind)
    assert (parsed.low, parsed.high, parsed.low_inclusive, parsed.high_inclusive) == \
        (interval.low, interval.high, interval.low_inclusive, interval.high_inclusive)


def test_suggest_min_sources_must_be_positive(capsys):
    assert main(["suggest", "--no-cache", "--min-sources", "0"]) == EXIT_ERROR
    assert "--min-sources must be at least 1" in capsys.readouterr().err


def test_suggest_interval_values_keep_their_words():
    value = _yaml_value("count", Interval(20000, 99999), "Tens of\nthousands")
    assert value == {"low": 20000, "high": 99999, "as_written": "Tens of thousands"}
    assert parse_fact_value(value, "count")[2] == "Tens of thousands"


def test_suggest_proposes_the_measure_its_claims_share(tmp_path):
    """A group whose claims share a measure concept (the toll's 'killed') proposes it as the entry's
    `measure`, which links in every language; groups without one propose none."""
    proposals = propose(results(FIXTURE / "seeds"), (), 2)
    sheet = tmp_path / "fixture.yaml"
    sheet.write_text(render(proposals), encoding="utf-8")
    loaded = {f.id: f for f in load_facts([sheet])}
    measures = {p.group.unit or p.group.kind: loaded[p.id].measure for p in proposals}
    assert measures["dead"] == ("killed",)
    assert measures["date"] == () and measures["term"] == ()


# A day the sheet already holds as a date fact's value is covered, whatever fact its articles' dates were not linked
# to: no proposal (trial 7: "Sunday", "este domingo", "nesse domingo (2)" of an election whose day the sheet gives
# were proposed as a new date fact). An invented election; every sentence is our own.
DAY_SHEET = """\
language: en
event:
  id: lorvane-election-2031
  names: {en: [Lorvane presidential election]}
  places: {en: [Lorvane], es: [Lorvane], pt: [Lorvane], ar: [لورفان], fa: [لورون]}
  window: {from: 2031-05-01, to: 2031-07-31}
facts:
  - id: election-day
    statement: Day of the presidential election
    kind: date
    value: "2031-06-01"
    cues: {en: [election day]}
    provenance: invented for the test
"""
DAY_ARTICLES = [
    ("a", "en", "Voters in Lorvane queued for hours on Sunday, the electoral board said."),
    ("b", "es", "Los votantes de Lorvane hicieron largas filas este domingo, según la junta electoral."),
    ("c", "pt", "Os eleitores de Lorvane enfrentaram longas filas neste domingo, segundo a junta eleitoral."),
    ("d", "ar", "اصطف الناخبون في لورفان لساعات يوم الأحد بحسب الهيئة الانتخابية."),
    ("e", "fa", "رأی‌دهندگان لورون روز یکشنبه ساعت‌ها در صف ماندند."),
]


def test_suggest_proposes_no_day_the_sheet_holds(tmp_path):
    from checker.model import Seed

    path = tmp_path / "lorvane.yaml"
    path.write_text(DAY_SHEET, encoding="utf-8")
    facts = load_facts([path])
    index = index_facts(tuple(facts))
    found = [analyse_seed(Seed(id=i, path=f"seeds/{i}.txt", text=text + "\n", language=lang,
                               published=date(2031, 6, 2)), tuple(facts), index) for i, lang, text in DAY_ARTICLES]
    assert [p.id for p in propose(found, facts, 2) if p.group.kind == "date"] == []
    assert [p.group.kind for p in propose(found, (), 2)] == ["date"]  # without the sheet's day, it is proposed
