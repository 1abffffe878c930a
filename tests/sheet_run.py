"""One article checked against one fact sheet, for the linking and scope tests: its report, its contradictions."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from checker.engine import Inputs, analyse_seed, run
from checker.facts import load_facts
from checker.model import Seed


def checked(tmp_path: Path, sheet: str, text: str, language: str, published: str):
    """(report, the seed's result) of one article checked against one fact sheet; published "" for an undated seed."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    dated = f", published: {published}" if published else ""
    (seeds / "manifest.yaml").write_text(
        f"seeds:\n  - {{id: a, file: a.txt, language: {language}{dated}}}\n", encoding="utf-8")
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "sheet.yaml").write_text(sheet, encoding="utf-8")
    report, _ = run(Inputs(seeds, (facts,), ()))
    (result,) = report.seeds
    return report, result


def contradictions(tmp_path: Path, sheet: str, text: str, language: str, published: str,
                   kinds: tuple[str, ...] = ("contradiction",)) -> set[tuple[str, str]]:
    """{(fact id, first word of what the article says)} of the seed's contradictions (or findings of other kinds);
    published "" for an undated seed."""
    report, _ = checked(tmp_path, sheet, text, language, published)
    return {(f.fact, f.found.split(" ")[0]) for f in report.findings if f.kind in kinds}


# An invented flood with a killed and an injured count, for the tests of what a number of a clause is about
# (tests/test_link_conjuncts.py, tests/test_link_subsets.py).
FLOOD_SHEET = """\
language: en
event:
  id: flood
  names: {en: [Sarvan floods]}
  places: {en: [Sarvan], es: [Sarván], pt: [Sarvã], ar: [سروان], fa: [سروان]}
  window: {from: 2024-03-02, to: 2024-03-20}
facts:
  - id: killed
    statement: People killed by the floods
    kind: count
    measure: killed
    unit: people
    value: 9
    provenance: civil protection
  - id: injured
    statement: People injured by the floods
    kind: count
    measure: injured
    unit: people
    value: 120
    provenance: civil protection
"""


def link_cases(name: str) -> dict:
    """The sheets and cases of tests/link_cases/<name>.yaml (each case: sheet, language, published, text, contradicts,
    optionally xfail)."""
    from ruamel.yaml import YAML

    path = Path(__file__).parent / "link_cases" / f"{name}.yaml"
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def case_files(paths) -> dict:
    """The events of several case files (tests/undated_cases/*.yaml, tests/cluster_cases/unseen*.yaml), merged by
    name: each file maps an event's name to its sheet and articles."""
    from ruamel.yaml import YAML

    found: dict = {}
    for path in paths:
        found.update(YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")))
    return found


def case_params(data: dict) -> list:
    """The cases of link_cases() as pytest params, addressable by id; an `xfail` case is a strict xfail."""
    import pytest

    return [pytest.param(case, id=case["id"],
                         marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else [])
            for case in data["cases"]]


def case_contradicts(tmp_path: Path, data: dict, case: dict) -> list[str]:
    """The sorted fact ids a case's article contradicts."""
    found = contradictions(tmp_path, data["sheets"][case["sheet"]], case["text"], case["language"],
                           str(case["published"] or ""))
    return sorted({fact for fact, _ in found})


def verdicts(tmp_path: Path, sheet: str, text: str, language: str, published: date) -> dict[str, tuple[str, str]]:
    """{each linked figure as written: (its verdict, why)} of one sentence (a seed of its own) against one sheet."""
    path = tmp_path / "sheet.yaml"
    path.write_text(sheet, encoding="utf-8")
    result = analyse_seed(Seed("s", "s.txt", text + "\n", language, published), tuple(load_facts([path])))
    return {c.link.mention.text: (c.verdict, c.why) for c in result.comparisons}


# An invented parliamentary election (the sentences of the election tests name it), with its window, then the share
# of the vote of its Liberal Front as a fact: a sheet is ZEMBLA_ELECTION + "facts:\n" + its facts.
ZEMBLA_ELECTION = """\
language: en
event:
  id: zembla-parliament-2031
  names: {en: [Zemblan parliamentary election]}
  places: {en: [Zembla, Onhava], es: [Zembla], pt: [Zembla], ar: [زمبلا], fa: [زمبلا]}
  entities: {en: [Liberal Front], es: [Frente Liberal], pt: [Frente Liberal], ar: [الجبهة الليبرالية], fa: [جبهه لیبرال]}
  window: {from: 2031-03-01, to: 2031-06-30}
"""
ZEMBLA_FRONT_SHARE = """\
  - id: front-share
    statement: Share of the vote of the Liberal Front
    kind: percent
    measure: vote-share
    entities: {en: [Liberal Front], es: [Frente Liberal], pt: [Frente Liberal], ar: [الجبهة الليبرالية], fa: [جبهه لیبرال]}
    unit: percent
    value: 31.4
    provenance: invented
"""


# An invented train collision at Tarsen, in five languages, with one fact that no toll links to (trains involved): the
# sheet of the tests of differences between two tolls (test_differences_running.py, test_differences_revised.py).
TARSEN_SHEET = """language: en
event:
  id: tarsen-collision
  names: {en: [Tarsen train collision], es: [choque de trenes de Tarsen], pt: [acidente de trem de Tarsen],
          ar: [تصادم قطارات تارسن], fa: [برخورد قطارها در تارسن]}
  places: {en: [Tarsen], es: [Tarsen], pt: [Tarsen], ar: [تارسن], fa: [تارسن]}
  window: {from: 2031-06-06, to: 2031-12-31}
facts:
  - id: trains
    statement: Trains involved in the collision
    kind: count
    unit: train
    value: 3
    cues: {en: [trains involved]}
    provenance: railways
"""


def pair_classes(tmp_path: Path, language: str, first: str, second: str, days: tuple[str, str]) -> list[str]:
    """The classes of the pairs of the groups found for two articles of one language (a, b) published on `days`, checked
    against TARSEN_SHEET: a sorted list of "conflicts", "series", "updates", "revisions"."""
    seeds, facts = tmp_path / "seeds", tmp_path / "facts"
    seeds.mkdir()
    facts.mkdir()
    (seeds / "a.txt").write_text(first, encoding="utf-8")
    (seeds / "b.txt").write_text(second, encoding="utf-8")
    (seeds / "manifest.yaml").write_text(
        f"seeds:\n  - {{id: a, file: a.txt, language: {language}, published: {days[0]}}}\n"
        f"  - {{id: b, file: b.txt, language: {language}, published: {days[1]}}}\n", encoding="utf-8")
    (facts / "tarsen.yaml").write_text(TARSEN_SHEET, encoding="utf-8")
    report, _ = run(Inputs(seeds, (facts,), ()))
    found = []
    for group in report.groups:
        for attribute in ("conflicts", "series", "updates", "revisions"):
            found += [attribute for _ in getattr(group, attribute, ()) or ()]
    return sorted(found)
