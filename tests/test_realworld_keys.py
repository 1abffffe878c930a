"""bench/realworld/, bench/heldout/, bench/heldout2/ and bench/heldout3/: the keys are well-formed, the
sheets validate, and bench/realworld.py scores right. (bench/heldout/, bench/heldout2/ and bench/heldout3/
are the held-out evaluation corpora: these tests only check that their keys and sheets are well-formed;
they never run the engine on their seeds and print nothing of their content.)

Fast: no engine run (the scorer is tested on hand-made found items).
"""
from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "realworld"
HELDOUT = ROOT / "bench" / "heldout"
HELDOUT2 = ROOT / "bench" / "heldout2"
HELDOUT3 = ROOT / "bench" / "heldout3"


def _scorer():
    spec = importlib.util.spec_from_file_location("realworld_bench", ROOT / "bench" / "realworld.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


rw = _scorer()
EVENTS = rw.events(CORPUS)
HELDOUT_EVENTS = rw.events(HELDOUT) if HELDOUT.is_dir() else []
HELDOUT2_EVENTS = rw.events(HELDOUT2) if HELDOUT2.is_dir() else []
HELDOUT3_EVENTS = rw.events(HELDOUT3) if HELDOUT3.is_dir() else []
ALL_EVENTS = EVENTS + HELDOUT_EVENTS + HELDOUT2_EVENTS + HELDOUT3_EVENTS
ALL_IDS = [f"{p.parent.name}/{p.name}" for p in ALL_EVENTS]


def test_the_corpus_has_events():
    assert EVENTS, "no bench/realworld/<event>/key.yaml"


def test_the_heldout_corpus_has_events():
    assert HELDOUT_EVENTS, "no bench/heldout/<event>/key.yaml"


def test_the_second_heldout_corpus_has_events():
    assert [p.name for p in HELDOUT2_EVENTS] == ["herat-earthquake-2023", "indonesia-election-2024"]


def test_the_third_heldout_corpus_has_events():
    assert [p.name for p in HELDOUT3_EVENTS] == ["algeria-election-2024", "haiti-earthquake-2021"]


@pytest.mark.parametrize("folder", ALL_EVENTS, ids=ALL_IDS)
def test_key_is_well_formed(folder):
    assert rw.key_problems(folder) == []


@pytest.mark.parametrize("folder", ALL_EVENTS, ids=ALL_IDS)
def test_sheet_validates(folder):
    from checker.facts import schema, validate_facts

    if "event" not in schema()["properties"]:
        pytest.skip("the issue-8 fact-sheet format (event:, measure:) is not on main yet; "
                    "the sheets use it (FORMAT-8.md)")
    assert [str(p) for p in validate_facts([folder / "facts"])] == []


def test_key_problems_names_unknown_seeds_and_facts(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "facts").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "seeds" / "manifest.yaml").write_text(
        "seeds:\n  - {id: a, file: a.txt, language: en}\n  - {id: b, file: missing.txt, language: en}\n",
        encoding="utf-8")
    (tmp_path / "facts" / "s.yaml").write_text("facts:\n  - {id: f, statement: s, kind: count, value: 1, "
                                               "provenance: p}\n", encoding="utf-8")
    (tmp_path / "key.yaml").write_text(
        "contradictions:\n  - {fact: g, seed: c, value: '2'}\n"
        "discrepancies:\n  - {id: d, class: conflict, members: [{seed: a, value: 1}, {seed: a, value: 2}]}\n"
        "  - {id: e, class: maybe, members: [{seed: a, value: 1}, {seed: b, value: 1}]}\n"
        "suggest:\n  - {id: s, value: 1, seeds: [a]}\n", encoding="utf-8")
    problems = "\n".join(rw.key_problems(tmp_path))
    assert "no file 'missing.txt'" in problems
    assert "unknown seed 'c'" in problems
    assert "unknown fact 'g'" in problems
    assert "d: fewer than two seeds" in problems
    assert "d: a conflict group whose members never differ" in problems
    assert "e: class 'maybe'" in problems
    assert "suggest s: fewer than two seeds" in problems


def test_contradictions_precision_and_recall():
    expected = [rw.Expected("killed", "s1", "3901", True, ""), rw.Expected("killed", "s2", "1.946", True, "")]
    total, slices, wrong, missed = rw.score_contradictions(
        [("killed", "s1"), ("injured", "s3")], expected, lambda fact, seed: f"en->{seed}")
    assert (total.right, total.found, total.recalled, total.expected) == (1, 2, 1, 2)
    assert total.precision == 0.5 and total.recall == 0.5
    assert slices["en->s3"].precision == 0.0 and slices["en->s2"].recall == 0.0
    assert wrong == [("injured", "s3")] and missed == [("killed", "s2")]


MAGNITUDE = rw.KeyGroup("magnitude", "magnitude", "conflict", (
    rw.Member("a", 6.8, 0.1), rw.Member("b", 7, 1), rw.Member("c", 6.9, 0.1)))
TOLL = rw.KeyGroup("toll", "killed", "update", (rw.Member("a", 394), rw.Member("d", 1293)))
SAME = rw.KeyGroup("same", "critical", "compatible", (rw.Member("a", 1404), rw.Member("b", 1404)))
LANGUAGES = {"a": "en", "b": "es", "c": "es", "d": "ar"}


def _pair(a, va, b, vb, cls="conflict"):
    return rw.FoundPair(a, b, cls, va, va, vb, vb)


def test_rounding_is_no_discrepancy_but_a_decimal_apart_is():
    a, b, c = MAGNITUDE.members
    assert MAGNITUDE.differ(a, c) and not MAGNITUDE.differ(a, b) and not MAGNITUDE.differ(b, c)


def test_discrepancies_precision_recall_and_class():
    found = [
        rw.FoundGroup("g1", (_pair("a", 6.8, "c", 6.9),)),            # right, conflict
        rw.FoundGroup("g2", (_pair("a", 6.8, "b", 7.0),)),            # rounding reported: wrong
        rw.FoundGroup("g3", (_pair("a", 394, "d", 1293, "conflict"),)),  # right pair, wrong class
        rw.FoundGroup("g4", (_pair("a", 1404, "b", 1404),)),          # a compatible group: wrong
    ]
    score = rw.score_discrepancies(found, [MAGNITUDE, TOLL, SAME], LANGUAGES)
    assert (score.groups.right, score.groups.found) == (2, 4)
    assert (score.groups.recalled, score.groups.expected) == (2, 2)  # the compatible group is no target
    assert (score.class_right, score.class_judged) == (1, 2)
    assert score.per_language_pair["en-es"].right == 1 and score.per_language_pair["en-es"].found == 3
    assert score.per_language_pair["ar-en"].recall == 1.0


def test_a_group_with_one_wrong_pair_is_wrong_and_values_must_match():
    mixed = rw.FoundGroup("g", (_pair("a", 6.8, "c", 6.9), _pair("a", 394, "c", 6.9)))
    score = rw.score_discrepancies([mixed], [MAGNITUDE, TOLL], LANGUAGES)
    assert (score.groups.right, score.groups.found) == (0, 1)
    assert (score.pairs.right, score.pairs.found) == (1, 2)
    assert score.groups.recalled == 1  # the right pair still finds the magnitude group


def test_suggest_precision_and_recall():
    key = [rw.KeySuggestion("m", 6.8, ("a", "b", "c")), rw.KeySuggestion("t", 980, ("a", "d"))]
    proposals = [rw.FoundProposal("p1", ("a", "b"), ((6.8, 6.8), (6.8, 6.8))),
                 rw.FoundProposal("p2", ("a", "c"), ((6.8, 6.8), (6.8, 6.8))),  # the same again: wrong
                 rw.FoundProposal("p3", ("a", "d"), ((5, 5), (7, 7)))]          # no value matches
    total, slices, missed = rw.score_suggest(proposals, key, LANGUAGES)
    assert (total.right, total.found, total.recalled, total.expected) == (1, 3, 1, 2)
    assert missed == ["t"]
    assert slices["en+es"].right == 1 and slices["ar+en"].recall == 0.0


def test_engine_groups_and_findings_read_whatever_fields_they_carry():
    def claim(seed, value):
        return SimpleNamespace(seed=SimpleNamespace(id=seed), mention=SimpleNamespace(
            value=SimpleNamespace(low=value, high=value)))
    conflict = SimpleNamespace(a=claim("a", 6.8), b=claim("c", 6.9), fingerprint="f1", score=0.9)
    update = SimpleNamespace(a=claim("a", 394), b=claim("d", 1293), fingerprint="", classification="update")
    rounding = SimpleNamespace(a=claim("a", 6.8), b=claim("b", 7), fingerprint="", classification="rounding")
    group = SimpleNamespace(key="k", conflicts=(conflict, rounding), series=(update,), extra_field=1)
    printed = SimpleNamespace(kind="source-conflict", fact="", fingerprint="f1", seed="a", other_seed="c")
    of_group = SimpleNamespace(kind="source-conflict", fact="", fingerprint="g", seed="a", other_seed="c",
                               sources=[{"seed": "d"}])  # the one finding of group k
    loose = SimpleNamespace(kind="source-conflict", fact="", fingerprint="f2", seed="a", other_seed="e",
                            sources=[{"seed": "d"}], classification="conflict")
    report = SimpleNamespace(groups=(group,), findings=(printed, of_group, loose))
    groups = rw.found_groups(report)
    assert [g.id for g in groups] == ["k", "f2"]
    assert [(p.seed_a, p.seed_b, p.cls) for p in groups[0].pairs] == [("a", "c", "conflict"), ("a", "d", "update")]
    assert [(p.seed_a, p.seed_b) for p in groups[1].pairs] == [("a", "e"), ("a", "d")]
    assert math.isinf(groups[1].pairs[0].high_a)
    oos = rw.out_of_scope(report, {"d"})
    assert oos == ["source-conflict (no fact) a:0 c", "source-conflict (no fact) a:0 e", "update a d"]


def test_fact_languages_label_the_cue_languages():
    sheet = {"language": "en", "facts": [
        {"id": "a", "measure": "killed"}, {"id": "b", "cues": {"en": ["x"]}, "measure": "killed"},
        {"id": "c", "cues": ["x"], "aliases": {"fa": ["y"]}}, {"id": "d", "measure": {"es": ["muertos"]}}]}
    assert rw.fact_languages(sheet) == {"a": "concept", "b": "en", "c": "en+fa", "d": "es"}


def test_totals_add_up_and_render():
    def tally(right, found, recalled, expected):
        return rw.Tally(right, found, recalled, expected).as_dict()
    event = {"event": "e", "seeds": 3, "notes": [], "languages": {"en": 3},
             "contradictions": {**tally(1, 2, 1, 1), "per_language_pair": {"en->en": tally(1, 2, 1, 1)},
                                "wrong": ["g / s"], "missed": []},
             "discrepancies": {"groups": tally(1, 1, 1, 2), "pairs": tally(1, 1, 0, 0), "class_right": 1,
                               "class_judged": 1, "per_language_pair": {"en-en": tally(1, 1, 1, 2)},
                               "wrong": [], "missed": ["d (update)"]},
             "suggest": {**tally(0, 1, 0, 1), "per_languages": {"en": tally(0, 1, 0, 1)}, "missed": ["x"]},
             "out_of_scope_findings": ["contradiction f s:1"]}
    total = rw.totals([event, event])
    assert total["contradictions"]["precision"] == 0.5 and total["contradictions"]["expected"] == 2
    assert total["discrepancies"]["groups"]["recall"] == 0.5 and total["discrepancies"]["class_accuracy"] == 1.0
    assert total["out_of_scope_findings"] == 2 and total["seeds"] == 6
    table = rw.render_markdown({"events": [event], "total": total})
    assert "| e | 3 | 0.50 (1/2) | 1.00 (1/1) | 1.00 (1/1) | 0.50 (1/2) | 1/1 | 0.00 (0/1) | 0.00 (0/1) | 1 |" in table
    assert "| **all** | 6 |" in table
    assert "== all events: 6 seeds" in rw.render({"events": [event], "total": total})


def test_realworld_scorer_reads_a_duration_in_the_unit_it_is_written_with():
    """A key gives an age as written ("77 años": 77); the engine holds a duration in seconds."""
    from checker.intervals import DURATION_SECONDS
    from checker.model import Interval

    year = DURATION_SECONDS["year"]
    age = SimpleNamespace(kind="duration", unit="year", value=Interval(77 * year, 77 * year, True, True))
    count = SimpleNamespace(kind="count", unit="dead", value=Interval(77, 77, True, True))
    scorer = _scorer()
    assert scorer.as_keyed(age) == pytest.approx((77, 77))
    assert scorer.as_keyed(count) == (77, 77)
