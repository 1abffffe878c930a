"""A fact's cue that holds another fact's measure word is the more specific claim (issue 8, item 4), found by
a new-user trial on real coverage of an unseen election: with one fact for a candidate's popular votes
(measure `votes`) and one for the electoral votes (cue "electoral votes"), "312 electoral votes" linked to
the popular votes, because the measure word "votes" scored above the cue, and contradicted 74 million.

A measure word inside a cue of another fact, in the mention's sentence, is that cue's: the fact of the bare
measure is ruled out for that mention, and explain says why. A measure word elsewhere in the sentence ("74
million votes") still links to its fact. Every sentence here is our own, about an invented election.
"""
from __future__ import annotations

import pytest

from sheet_run import contradictions

SHEET = """\
language: en
event:
  id: vote
  names: {en: [Norland presidential election]}
  places: {en: [Norland]}
  entities: {en: [Varga]}
  window: {from: 2030-11-05, to: 2030-12-31}
facts:
  - id: varga-popular-votes
    statement: Popular votes for Varga
    kind: count
    measure: votes
    unit: votes
    entities: {en: [Varga]}
    value: 7400000
    provenance: election office
  - id: varga-electoral-votes
    statement: Electoral votes won by Varga
    kind: count
    unit: votes
    entities: {en: [Varga]}
    cues: {en: [electoral votes]}
    value: 312
    provenance: election office
"""


@pytest.mark.parametrize("text,expected", [
    ("In the Norland presidential election Varga won 312 electoral votes.", set()),
    ("In the Norland presidential election Varga won 300 electoral votes.", {("varga-electoral-votes", "300")}),
    ("In the Norland presidential election Varga won 312 electoral votes and 7,100,000 votes.",
     {("varga-popular-votes", "7,100,000")}),
])
def test_a_measure_word_inside_another_fact_s_cue_is_that_cue_s(tmp_path, text, expected):
    assert contradictions(tmp_path, SHEET, text, "en", "2030-11-20") == expected
