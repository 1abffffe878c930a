"""checker/pytest_plugin.py through pytester: a small project (seed 000, a tiny fact sheet, an
assertions file) in pytester.path, run by an inner pytest session. The plugin is active through
the installed package's pytest11 entry point.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_675c6171831b61b8.txt"

MANIFEST = f"""\
seeds:
  - id: "000"
    file: {SEED}
    outlet: Press TV
    language: en
    published: 2019-06-06
"""

FACTS = """\
facts:
  - id: renegade-soldiers
    statement: Soldiers who sought refuge at the Brazilian embassy after the uprising
    kind: count
    value: 25
    unit: soldier
    aliases: {en: [soldier, soldiers, troops]}
    cues: {en: [refuge, Brazilian Embassy, asylum]}
    provenance: Reuters, 30 April 2019

  - id: uprising-date
    statement: Day of the failed military uprising in Caracas
    kind: date
    value: "2019-04-30"
    cues: {en: [uprising, coup, putsch, armed troops, clashed]}
    provenance: Reuters and AP, 30 April 2019

  - id: maduro-vote-share
    statement: Share of the valid votes credited to Maduro in May 2018
    kind: percent
    value: 67.84
    unit: percent
    cues: {en: [of the vote, votes]}
    provenance: CNE, May 2018
"""
FACT_LINE = {"renegade-soldiers": 5, "uprising-date": 14, "maduro-vote-share": 21}  # value lines

ASSERTIONS = """\
assertions:
  - id: no-contradictions
    rule: not-contradict
    facts: all
    seeds: all
{extra}
  - id: uprising-agrees
    rule: agree
    facts: [uprising-date]
    seeds: ["000"]
"""


def _acknowledge(fact: str, seed: str = "000") -> str:
    return f"""\
    acknowledged:
      - fact: {fact}
        seed: "{seed}"
        reason: a known slip of the outlet
"""


def _project(pytester: pytest.Pytester, assertions: str = ASSERTIONS.format(extra=""), facts: str = FACTS,
             edit: tuple[str, str] | None = None) -> Path:
    root = pytester.path
    (root / "seeds").mkdir()
    (root / "facts").mkdir()
    (root / "assertions").mkdir()
    (root / "seeds" / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    shutil.copy(ROOT / "seeds" / SEED, root / "seeds" / SEED)
    if edit:
        text = (root / "seeds" / SEED).read_text(encoding="utf-8")
        assert text.count(edit[0]) == 1
        (root / "seeds" / SEED).write_text(text.replace(*edit), encoding="utf-8")
    (root / "facts" / "sheet.yaml").write_text(facts, encoding="utf-8")
    (root / "assertions" / "checks.yaml").write_text(assertions, encoding="utf-8")
    return root


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest("-p", "no:cacheprovider", "-rfExX", "assertions", *args)


SOLDIERS_35 = ("25 renegade soldiers", "35 renegade soldiers")


def test_pytest_plugin_collects_assertion_by_seed(pytester):
    _project(pytester)
    result = _run(pytester, "--collect-only", "-q")
    result.stdout.fnmatch_lines([
        "assertions/checks.yaml::no-contradictions[000]",
        "assertions/checks.yaml::uprising-agrees[000]",
        "2 tests collected*",
    ])


def test_pytest_plugin_clean_project_passes(pytester):
    _project(pytester)
    result = _run(pytester)
    result.assert_outcomes(passed=2)


def test_pytest_plugin_ignores_yaml_outside_assertions(pytester):
    _project(pytester)
    result = pytester.runpytest("-p", "no:cacheprovider", "--collect-only", "-q", "facts", "seeds")
    assert "no tests collected" in result.stdout.str() or result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_pytest_plugin_contradiction_fails_with_evidence(pytester):
    _project(pytester, edit=SOLDIERS_35)
    result = _run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    out = result.stdout.str()
    assert "FAILED assertions/checks.yaml::no-contradictions[000]" in out
    result.stdout.fnmatch_lines([
        "contradiction (FL001) of renegade-soldiers in seed 000: seed 000 says '35'*",
        "  expected: 25*",
        "  found:    35*",
        "  quote:    *35 renegade soldiers had sought refuge at the Brazilian Embassy*",
        f"  seed:     *{Path('seeds') / SEED}:33:182",
        f"  fact:     *{Path('facts') / 'sheet.yaml'}:{FACT_LINE['renegade-soldiers']}",
    ])
    assert "Traceback" not in out


def test_pytest_plugin_contradiction_of_a_date(pytester):
    _project(pytester, edit=("On April 30,", "On April 20,"))
    result = _run(pytester)
    result.assert_outcomes(failed=2)  # not-contradict and agree both break
    result.stdout.fnmatch_lines([
        "contradiction (FL001) of uprising-date in seed 000:*'April 20'*",
        "  expected: 2019-04-30*",
        "  found:    2019-04-20*",
        f"  seed:     *{Path('seeds') / SEED}:31:4",
        f"  fact:     *{Path('facts') / 'sheet.yaml'}:{FACT_LINE['uprising-date']}",
    ])


def test_pytest_plugin_acknowledged_discrepancy_is_xfail(pytester):
    _project(pytester, ASSERTIONS.format(extra=_acknowledge("renegade-soldiers")), edit=SOLDIERS_35)
    result = _run(pytester)
    result.assert_outcomes(passed=1, xfailed=1)
    result.stdout.fnmatch_lines(["XFAIL assertions/checks.yaml::no-contradictions[[]000[]] - a known slip of the outlet"])


def test_pytest_plugin_acknowledged_discrepancy_gone_fails(pytester):
    _project(pytester, ASSERTIONS.format(extra=_acknowledge("renegade-soldiers")))
    result = _run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*XPASS(strict)*a known slip of the outlet*"])


def test_pytest_plugin_acknowledgement_does_not_cover_other_facts(pytester):
    """An item marked xfail for one fact still fails for an unacknowledged contradiction of another."""
    _project(pytester, ASSERTIONS.format(extra=_acknowledge("maduro-vote-share")), edit=SOLDIERS_35)
    result = _run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*contradiction (FL001) of renegade-soldiers in seed 000*"])


def test_pytest_plugin_acknowledged_warning_is_xfail(pytester):
    assertions = ASSERTIONS.format(extra="    severity: warning\n" + _acknowledge("renegade-soldiers"))
    _project(pytester, assertions, edit=SOLDIERS_35)
    result = _run(pytester)
    result.assert_outcomes(passed=1, xfailed=1)


def test_pytest_plugin_mentioned_fails_for_missing_fact(pytester):
    assertions = """\
assertions:
  - id: key-figures
    rule: mentioned
    facts: [renegade-soldiers, maduro-vote-share]
    seeds: all
"""
    _project(pytester, assertions)
    result = _run(pytester)
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    result.stdout.fnmatch_lines(["not-mentioned (FL005) of maduro-vote-share in seed 000*"])
    assert "of renegade-soldiers" not in out


def test_pytest_plugin_mentioned_passes_when_all_mentioned(pytester):
    assertions = """\
assertions:
  - id: key-figures
    rule: mentioned
    facts: [renegade-soldiers, uprising-date]
    seeds: ["000"]
"""
    _project(pytester, assertions)
    _run(pytester).assert_outcomes(passed=1)


def test_pytest_plugin_unreadable_seed_is_reported(pytester):
    root = _project(pytester)
    (root / "seeds" / "001_latin1.txt").write_bytes("Caf\xe9: 35 soldiers sought refuge.\n".encode("latin-1"))
    result = _run(pytester)
    assert result.ret != pytest.ExitCode.OK
    assert "001_latin1.txt" in result.stdout.str()


MALFORMED = [
    ("unknown-kind", FACTS.replace("kind: percent", "kind: share"), 20, "unknown kind 'share'"),
    ("yaml-syntax", FACTS.replace("statement: Day of the failed", 'statement: "Day of the failed'), 0, "syntax"),
    ("impossible-date", FACTS.replace('"2019-04-30"', '"2019-02-30"'), 14, "impossible date '2019-02-30'"),
]


@pytest.mark.parametrize("facts,line,message", [c[1:] for c in MALFORMED], ids=[c[0] for c in MALFORMED])
def test_pytest_plugin_malformed_sheet_is_collection_error(pytester, facts, line, message):
    _project(pytester, facts=facts)
    result = _run(pytester)
    result.assert_outcomes(errors=1)
    out = result.stdout.str()
    assert "ERROR collecting assertions/checks.yaml" in out
    where = re.escape(str(Path("facts") / "sheet.yaml")) + (f":{line}:" if line else r":\d+:")
    assert re.search(where + ".*" + re.escape(message), out), out
    assert "Traceback" not in out
    assert not re.search(r"checker[/\\]\w+\.py", out), "a traceback from checker code leaked into the report"


def test_pytest_plugin_unknown_rule_is_collection_error(pytester):
    assertions = ASSERTIONS.format(extra="").replace("rule: agree", "rule: concur")
    _project(pytester, assertions)
    result = _run(pytester)
    result.assert_outcomes(errors=1)
    out = result.stdout.str()
    assert re.search(re.escape(str(Path("assertions") / "checks.yaml")) + r":\d+: .*unknown rule 'concur'", out), out
    assert "Traceback" not in out


def test_pytest_plugin_items_point_at_assertion_line(pytester):
    """reportinfo: an item's location is its assertion's line in the yaml file (0-based for pytest)."""
    _project(pytester)
    items, _ = pytester.inline_genitems("-p", "no:cacheprovider", "assertions")
    assert [item.location for item in items] == [
        ("assertions/checks.yaml", 1, "no-contradictions[000]"),
        ("assertions/checks.yaml", 6, "uprising-agrees[000]"),
    ]


def test_pytest_plugin_junit_xml_names_file_and_line(pytester):
    """pytest's JUnit XML (xunit1) carries each item's assertion file and line, for CI test reports."""
    import xml.etree.ElementTree as ET

    _project(pytester, edit=SOLDIERS_35)
    _run(pytester, "--junitxml=junit.xml", "-o", "junit_family=xunit1")
    cases = ET.parse(pytester.path / "junit.xml").getroot().iter("testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == 1
    assert failed[0].get("file") == "assertions/checks.yaml"
    assert failed[0].get("line") not in (None, "")
    assert "renegade-soldiers" in failed[0].find("failure").text


def _cli(root: Path, *args: str) -> int:
    from checker.cli import main
    return main(["check", "--format", "json", "--no-cache", "--seeds", str(root / "seeds"), "--facts",
                 str(root / "facts"), "--assertions", str(root / "assertions"), *args])


@pytest.mark.parametrize("severity, fail_on, fails", [
    ("warning", None, False),  # the default --fail-on error: a warning reports, never fails
    ("warning", "warning", True),
    ("error", None, True),
    ("info", "warning", False),
    ("info", "info", True),
])
def test_pytest_plugin_and_cli_fail_by_one_rule(pytester, capsys, severity, fail_on, fails):
    """An item fails exactly when `factlint check` with the same --fail-on fails on its findings."""
    root = _project(pytester, ASSERTIONS.format(extra=f"    severity: {severity}\n"), edit=SOLDIERS_35)
    option = ("--fail-on", fail_on) if fail_on else ()
    assert _cli(root, *option) == (1 if fails else 0)
    capsys.readouterr()
    result = _run(pytester, *(("--factlint-fail-on", fail_on) if fail_on else ()))
    result.assert_outcomes(passed=1 if fails else 2, failed=1 if fails else 0,
                           warnings=0 if fails else 1)


WARNING_ASSERTIONS = ASSERTIONS.format(extra="    severity: warning\n")


@pytest.mark.parametrize("where", ["ini", "pyproject", "option"])
def test_pytest_plugin_settings_from_ini_pyproject_or_option(pytester, where):
    """fail-on from pytest.ini, from [tool.factlint] (the CLI's table) or from the command line."""
    root = _project(pytester, WARNING_ASSERTIONS, edit=SOLDIERS_35)
    args = []
    if where == "ini":
        (root / "pytest.ini").write_text("[pytest]\nfactlint_fail_on = warning\n", encoding="utf-8")
    elif where == "pyproject":
        (root / "pyproject.toml").write_text('[tool.factlint]\nfail-on = "warning"\n', encoding="utf-8")
    else:
        args = ["--factlint-fail-on", "warning"]
    _run(pytester, *args).assert_outcomes(passed=1, failed=1)


def test_pytest_plugin_option_overrides_ini(pytester):
    root = _project(pytester, WARNING_ASSERTIONS, edit=SOLDIERS_35)
    (root / "pytest.ini").write_text("[pytest]\nfactlint_fail_on = warning\n", encoding="utf-8")
    _run(pytester, "--factlint-fail-on", "error").assert_outcomes(passed=2, warnings=1)


def test_pytest_plugin_baseline_accepts_listed_findings(pytester, capsys):
    from checker.cli import main
    root = _project(pytester, edit=SOLDIERS_35)
    assert main(["baseline", "--no-cache", "--severity", "error", "--output", str(root / "accepted.yaml")]) == 0
    capsys.readouterr()
    _run(pytester, "--factlint-baseline", "accepted.yaml").assert_outcomes(passed=2, warnings=1)
    _run(pytester).assert_outcomes(passed=1, failed=1)  # without it, the contradiction fails
    result = _run(pytester, "--factlint-baseline", "missing.yaml")
    result.assert_outcomes(errors=1)
    assert "missing.yaml: no such baseline file" in result.stdout.str()


def test_pytest_plugin_uses_the_extraction_cache(pytester):
    root = _project(pytester)
    _run(pytester).assert_outcomes(passed=2)
    assert list((root / ".factlint-cache").glob("**/*.json"))
    (root / "pytest.ini").write_text("[pytest]\nfactlint_cache_dir = elsewhere\n", encoding="utf-8")
    _run(pytester).assert_outcomes(passed=2)
    assert list((root / "elsewhere").glob("**/*.json"))


def test_pytest_plugin_junit_xml_carries_the_seed_file_and_line(pytester):
    import xml.etree.ElementTree as ET

    _project(pytester, edit=SOLDIERS_35)
    _run(pytester, "--junitxml=junit.xml")
    (failed,) = [c for c in ET.parse(pytester.path / "junit.xml").getroot().iter("testcase")
                 if c.find("failure") is not None]
    properties = {p.get("name"): p.get("value") for p in failed.iter("property")}
    assert properties["factlint_seed"].endswith(f"{Path('seeds') / SEED}:33:182")
    assert properties["factlint_fact"].endswith(f"{Path('facts') / 'sheet.yaml'}:{FACT_LINE['renegade-soldiers']}")
