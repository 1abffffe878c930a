"""Conflicts without a fact on events no one tuned on (issue 8, item 6): the measures news gives beside a disaster's
toll (houses destroyed and damaged, villages, people affected, an aftershock's magnitude, the distance of the
epicentre from a city; registered voters, polling stations, the turnout of an earlier election quoted for comparison,
a partial count and the result it rose to) each make their own group, in every language, and two of them never meet. Found by the
held-out corpora, where grouping carried over badly (groups P 0.14, R 0.07). The cases are data,
tests/cluster_cases/unseen*.yaml: invented events, each number as written keyed with the group it belongs to."""
from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from checker.claims import claims_of
from checker.cluster import group_claims
from checker.engine import analyse_seed
from checker.facts import load_facts
from checker.model import Seed
from sheet_run import case_files

CASES = sorted((Path(__file__).parent / "cluster_cases").glob("unseen*.yaml"))  # unseen.yaml, unseen_parliament.yaml...


@cache
def events() -> dict:
    return case_files(CASES)


@cache
def keyed_groups(event: str) -> tuple[dict, list]:
    """The keyed members of each group of an event ({group: {(seed, number as written)}}) and the groups found, each
    as its members, the set of their groups ('?' for a number no group keys) and its status (conflict, series, agree)."""
    case = events()[event]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.yaml"
        path.write_text(case["sheet"], encoding="utf-8")
        facts = load_facts([path])
    results = [analyse_seed(Seed(id=a["seed"], path=f"seeds/{a['seed']}.txt", text=a["text"] + "\n",
                                 language=a["language"], published=a["published"]), facts) for a in case["articles"]]
    key = {(a["seed"], str(said)): group for a in case["articles"] for said, group in a["groups"].items()}
    expected: dict = {}
    for member, group in key.items():
        expected.setdefault(group, set()).add(member)
    found = [({(c.seed.id, c.mention.text) for c in g.claims}, g.status) for g in group_claims(claims_of(results), facts)]
    return expected, [(members, {key.get(m, "?") for m in members}, status) for members, status in found]


def cases() -> list:
    """(event, group) of every keyed group (a group of one number: it joins no other group), a strict xfail where the event names the gap."""
    params = []
    for event, case in events().items():
        gaps = case.get("xfail") or {}
        for group in sorted({g for a in case["articles"] for g in a["groups"].values()}):
            marks = [pytest.mark.xfail(strict=True, reason=gaps[group])] if group in gaps else []
            params.append(pytest.param(event, group, id=f"{event}-{group}", marks=marks))
    return params


@pytest.mark.parametrize("event,group", cases())
def test_cluster_unseen_a_keyed_group_is_one_group_of_its_own(event, group):
    expected, found = keyed_groups(event)
    holding = [(members, keys, status) for members, keys, status in found if members & expected[group]]
    assert all(keys <= {group, "?"} for _, keys, _ in holding), (group, holding)
    if len(expected[group]) > 1:  # (a number keyed alone only stays out of the others' groups)
        assert len(holding) == 1 and expected[group] <= holding[0][0], (group, holding)
    wanted = (events()[event].get("classes") or {}).get(group)
    assert wanted is None or holding[0][2] == wanted, (group, holding)


MEASURES = Path(__file__).parent / "cluster_cases" / "measures.yaml"


def sentences() -> list:
    data = YAML(typ="safe", pure=True).load(MEASURES.read_text(encoding="utf-8"))["sentences"]
    seen: dict = {}
    params = []
    for case in data:
        name = f"{case['language']}-{case['measure']}"
        seen[name] = seen.get(name, 0) + 1
        params.append(pytest.param(case, id=f"{name}-{seen[name]}"))
    return params


@pytest.mark.parametrize("case", sentences())
def test_cluster_unseen_a_sentence_gives_its_number_its_measure(case):
    sheet = events()[case["event"]]["sheet"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.yaml"
        path.write_text(sheet, encoding="utf-8")
        facts = load_facts([path])
    published = events()[case["event"]]["articles"][0]["published"]
    result = analyse_seed(Seed(id="s", path="seeds/s.txt", text=case["text"] + "\n", language=case["language"],
                               published=published), facts)
    found = [(c.mention.text, c.measure) for c in claims_of([result])]
    assert case["measure"] in {measure for _, measure in found}, found


# A duration of another unit after a person's age is no age of another occasion: "Faye, de 44 anos, passou onze meses
# na prisão e foi libertado a 14 de março" (real-text dev corpus dev11b) paired the eleven months with ages.
OTHER_UNIT_AFTER_AN_AGE = [
    ("en", "Tessaly presidential election.\n\nCastor, 61, spent 11 months in prison and was freed on 14 March."),
    ("es", "Elecciones presidenciales de Tessaly.\n\nCastor, de 61 años, pasó once meses en prisión y fue liberado el 14 de marzo."),
    ("pt", "Eleição presidencial de Tessaly.\n\nCastor, de 61 anos, passou onze meses na prisão e foi libertado a 14 de março."),
    ("ar", "الانتخابات الرئاسية في تيساليا.\n\nوأمضى كاستور (61 عاما) 11 شهرا في السجن قبل الإفراج عنه في 14 مارس."),
    ("fa", "انتخابات ریاست جمهوری تسالی.\n\nکاستور ۶۱ ساله ۱۱ ماه در زندان بود و در ۱۴ مارس آزاد شد."),
]


@pytest.mark.parametrize("language,text", OTHER_UNIT_AFTER_AN_AGE, ids=[c[0] for c in OTHER_UNIT_AFTER_AN_AGE])
def test_cluster_unseen_a_duration_of_another_unit_takes_no_measure_of_an_age(language, text):
    sheet = events()["tessaly-election"]["sheet"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.yaml"
        path.write_text(sheet, encoding="utf-8")
        facts = load_facts([path])
    published = events()["tessaly-election"]["articles"][0]["published"]
    result = analyse_seed(Seed(id="s", path="seeds/s.txt", text=text + "\n", language=language, published=published),
                          facts)
    months = [(c.mention.text, c.measure) for c in claims_of([result]) if c.mention.unit == "month"]
    assert months and all(measure != "age" for _, measure in months), months
