"""A fact without `measure` whose cue names a concept takes it as its measure (checker/facts.py), so a fact named
by English cues links in every language, as date facts do; the electoral votes of concepts.yaml refine the votes,
so neither links to the other's fact. The cases are data (tests/link_cases/cue_measures.yaml); every sentence is
our own, the election invented.
"""
from __future__ import annotations

import pytest

from sheet_run import case_contradicts, case_params, link_cases

DATA = link_cases("cue_measures")


@pytest.mark.parametrize("case", case_params(DATA))
def test_a_fact_named_by_english_cues_links_in_every_language(tmp_path, case):
    assert case_contradicts(tmp_path, DATA, case) == sorted(case["contradicts"])


@pytest.mark.parametrize("fact,measure,source", [
    ("electoral-votes", ("electoral-votes",), "measure from cue 'electoral votes'"),
    ("popular-votes", ("votes",), ""),
])
def test_a_fact_without_measure_takes_the_concept_its_cue_names(tmp_path, fact, measure, source):
    from checker.facts import load_facts

    path = tmp_path / "sheet.yaml"
    path.write_text(DATA["sheets"]["election"], encoding="utf-8")
    loaded = {f.id: f for f in load_facts([path])}[fact]
    assert (loaded.measure, loaded.measure_source) == (measure, source)


def test_explain_says_the_measure_came_from_a_cue(tmp_path):
    from checker.explain import explain_seed, render_text

    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir()
    facts.mkdir()
    (seeds / "a.txt").write_text("En Chile el ganador obtuvo 300 votos en el Colegio Electoral.", encoding="utf-8")
    (seeds / "manifest.yaml").write_text(
        "seeds:\n  - {id: a, file: a.txt, language: es, published: 2029-11-20}\n", encoding="utf-8")
    (facts / "vote.yaml").write_text(DATA["sheets"]["election"], encoding="utf-8")
    text = render_text(explain_seed(seeds, [facts], "a"))
    assert "linked to electoral-votes" in text and "(measure from cue 'electoral votes')" in text
