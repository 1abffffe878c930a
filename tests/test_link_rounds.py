"""The round of a two-round election (issue 8, "know what a number is about"): the round part of a number's frame,
with the words it came from, as outlets write them in five languages; a figure placed in one round links only to
that round's facts (declared in the sheet, named by the fact or its event); the days of the two votes. The cases
are data (tests/link_cases/rounds.yaml): every sentence is our own, the figures are Chile's election of 2021.
"""
from __future__ import annotations

from datetime import date

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("rounds")


@pytest.mark.parametrize("case", case_params(DATA))
def test_a_figure_of_a_round_links_to_that_rounds_fact(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in DATA["frames"]])
def test_a_frame_names_its_round_and_the_words(case):
    from checker.extract import extract
    from checker.frames import frame_mentions
    from checker.model import Seed

    published = date(2021, 12, 22)
    seed = Seed("t", "t.txt", case["text"], case["language"], published)
    body = [m for m in extract(case["text"], case["language"], published) if m.section == "body"]
    [frame] = [f for m, f in zip(body, frame_mentions(seed, body)) if m.text.startswith(case["number"])]
    assert (frame.round, frame.round_words) == (case["round"], case["words"])


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in DATA["groups"]])
def test_claims_of_two_rounds_are_never_grouped(tmp_path, case):
    from checker.claims import claims_of
    from checker.cluster import group_claims
    from checker.engine import analyse_seed, index_facts
    from checker.facts import load_facts
    from checker.model import Seed

    facts = ()
    if case.get("sheet"):
        path = tmp_path / "sheet.yaml"
        path.write_text(DATA["sheets"][case["sheet"]], encoding="utf-8")
        facts = load_facts([path])
    seeds = [Seed(f"s{n}", f"seeds/s{n}.txt", text, language, date.fromisoformat(str(published)))
             for n, (language, published, text) in enumerate(case["seeds"])]
    results = [analyse_seed(seed, facts, index_facts(facts)) for seed in seeds]
    groups = group_claims(claims_of(results), facts)
    together = [g for g in groups if {c.mention.text.split("%")[0].split(" ")[0] for c in g.claims}
                >= set(case["numbers"])]
    assert bool(together) == case["grouped"]


def test_a_findings_reasons_name_its_round_and_the_words(tmp_path):
    """The JSON reasons of a contradiction say which round its figure was placed in, and by which words."""
    from checker.engine import Inputs, run

    case = next(c for c in DATA["cases"] if c["id"] == "ar-dawr-wrong")
    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir(), facts.mkdir()
    (seeds / "a.txt").write_text(case["text"], encoding="utf-8")
    (seeds / "manifest.yaml").write_text("seeds:\n  - {id: a, file: a.txt, language: ar, published: 2021-12-20}\n",
                                         encoding="utf-8")
    (facts / "chile.yaml").write_text(DATA["sheets"]["chile"], encoding="utf-8")
    report, _ = run(Inputs(seeds, (facts,), ()))
    [finding] = [f for f in report.findings if f.kind == "contradiction"]
    assert "round first ('الدور الأول')" in finding.reasons


def test_an_unknown_round_is_a_sheet_problem_with_its_line(tmp_path):
    from checker.facts import validate_facts

    path = tmp_path / "sheet.yaml"
    path.write_text(DATA["sheets"]["declared"].replace("round: second", "round: third"), encoding="utf-8")
    [problem] = validate_facts([path])
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "round: third" in text)
    assert (problem.line, problem.field) == (line, "boric-share-r2.round")
    assert "unknown round 'third' (known: first, second)" in problem.message


@pytest.mark.parametrize("published, expected", [
    (None, "the article's round: second ('segunda vuelta (headline)'), for a number of no round and no time of its own"),
    (date(2021, 12, 20), None),  # dated: its time tells the rounds apart
])
def test_an_undated_articles_headline_round_is_shown_in_its_frame(published, expected):
    from checker.extract import extract
    from checker.frames import frame_mentions
    from checker.model import Seed

    text = "Boric gana la segunda vuelta en Chile\n\nBoric obtuvo el 55,87% de los votos.\n"
    seed = Seed("t", "t.txt", text, "es", published)
    body = [m for m in extract(text, "es", published) if m.section == "body"]
    [frame] = [f for m, f in zip(body, frame_mentions(seed, body)) if m.text.startswith("55")]
    shown = [part for part in frame.describe() if part.startswith("the article's round")]
    assert shown == ([expected] if expected else [])
