"""`factlint explain` and checker.explain: why a mention was or was not linked (issue 8 item 5)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main
from checker.explain import explain_fact, explain_seed, render_text

ROOT = Path(__file__).resolve().parent.parent
FRAMES = ROOT / "tests" / "fixtures" / "frames" / "seeds"


@pytest.fixture(autouse=True)
def _root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_explain_linked_mention_gives_score_and_reasons():
    (explanation,) = [e for e in explain_seed("seeds", ["facts"], "000", line=33) if e.mention.text == "25"]
    assert explanation.linked == "renegade-soldiers"
    assert explanation.why.startswith("linked to renegade-soldiers (score 1")
    top = explanation.candidates[0]
    assert top.fact_id == "renegade-soldiers" and "cue 'refuge'" in top.reasons and top.linkable


def test_explain_unlinked_mention_says_which_rule_ruled_the_fact_out():
    explanations = explain_seed(FRAMES, ["facts"], "en-election-2024")
    share = next(e for e in explanations if e.mention.text.startswith("51.2"))
    assert share.linked == ""
    assert "out of scope for event venezuela-2019" in share.why


def test_explain_mention_with_no_candidate():
    explanations = explain_seed(FRAMES, ["facts"], "en-earthquake")
    assert all(not e.linked for e in explanations)
    assert any(e.why == "not linked: no fact's measure or cue is named in its sentence" for e in explanations)


def test_explain_fact_lists_the_mentions_that_came_close():
    explanations = explain_fact(FRAMES, ["facts"], "us-diplomats-deadline")
    assert {(e.seed, e.linked) for e in explanations} >= {("es-deadline", "us-diplomats-deadline"),
                                                         ("ar-deadline", "us-diplomats-deadline")}
    text = render_text(explanations, "us-diplomats-deadline")
    assert "candidate us-diplomats-deadline: score" in text and "measure deadline" in text


def test_explain_cli_seed_and_line(capsys):
    assert main(["explain", "seeds/000_675c6171831b61b8.txt:33"]) == 0
    out = capsys.readouterr().out
    assert "linked to renegade-soldiers" in out and "frame measure:" in out and "scope venezuela-2019: in scope" in out


def test_explain_cli_fact_json(capsys):
    assert main(["explain", "--fact", "maduro-vote-share", "--seeds", str(FRAMES), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    first = document["explanations"][0]
    assert first["seed"] == "es-deadline" and first["linked"] == "maduro-vote-share"
    assert first["candidates"][0]["reasons"][1].startswith("measure vote-share")


@pytest.mark.parametrize("argv,message", [
    (["explain"], "give a seed"),
    (["explain", "nope"], "no seed 'nope'"),
    (["explain", "--fact", "nope"], "no fact 'nope'"),
])
def test_explain_cli_usage_errors(capsys, argv, message):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_explain_an_acts_day_says_whose_day_it_is(tmp_path):
    """'claimed responsibility on Thursday': the act's day, said as such (not as a reporting detail, nor 'said')."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "facts").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(
        "Tarsen bombing\n\nThe group claimed responsibility on Thursday for the bombing in Tarsen.\n", encoding="utf-8")
    (tmp_path / "seeds" / "manifest.yaml").write_text(
        "seeds:\n  - {id: a, file: a.txt, language: en, published: 2025-03-07}\n", encoding="utf-8")
    (tmp_path / "facts" / "b.yaml").write_text("""\
language: en
event:
  id: tarsen-bombing
  names: {en: [Tarsen bombing]}
  places: {en: [Tarsen]}
  window: {from: 2025-03-05, to: 2025-12-31}
facts:
  - id: attack-day
    statement: Day of the bombing
    kind: date
    value: "2025-03-05"
    cues: {en: [bombing]}
    provenance: police
""", encoding="utf-8")
    (thursday,) = [e for e in explain_seed(tmp_path / "seeds", [tmp_path / "facts"], "a") if e.mention.text == "Thursday"]
    assert thursday.linked == ""
    assert thursday.why.endswith("ruled out: an act that followed the event ('claimed responsibility'): its own day, not the"
                                 " event's")
