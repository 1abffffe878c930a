"""GitHub surfaces: workflow-command annotations (`--format github`) and the job summary (`--summary`)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker.cli import main
from checker.model import Finding, Report
from checker.render import github, summary

ROOT = Path(__file__).resolve().parent.parent


def _finding(number: int = 0, **fields) -> Finding:
    base = dict(kind="contradiction", severity="error", fact="renegade-soldiers", seed="000", code="FL001",
                message="seed 000 says '35' (35 soldiers); the fact sheet says 25 soldiers",
                path="seeds/000.txt", line=33 + number, column=182, end_line=33 + number, end_column=184,
                fact_path="facts/venezuela-2019.yaml", fact_line=179, fingerprint=f"{number:016x}")
    return Finding(**{**base, **fields})


def _report(*findings: Finding, errors: tuple = ()) -> Report:
    return Report((), (), tuple(findings), errors)


# --- annotations ------------------------------------------------------------------------

def test_github_annotation_line():
    [line] = github.render(_report(_finding(quote="Maduro … 35 renegade soldiers …"))).splitlines()
    assert line == ("::error file=seeds/000.txt,line=33,col=182,endColumn=184,"
                    "title=FL001 contradiction%3A renegade-soldiers::seed 000 says '35' (35 soldiers); "
                    "the fact sheet says 25 soldiers%0Afact: facts/venezuela-2019.yaml:179"
                    "%0Aquote: Maduro … 35 renegade soldiers …")


@pytest.mark.parametrize("severity, command", [("error", "error"), ("warning", "warning"), ("info", "notice")])
def test_github_command_from_severity(severity, command):
    assert github.render(_report(_finding(severity=severity))).startswith(f"::{command} ")


def test_github_escapes_data_and_properties():
    finding = _finding(path="seeds/a,b:c%.txt", message="50% said:\r\nyes, 25")
    line = github.render(_report(finding))
    assert "file=seeds/a%2Cb%3Ac%25.txt," in line
    assert "::50%25 said:%0D%0Ayes, 25%0Afact:" in line
    assert line.count("\n") == 1


def test_github_multi_line_mention_gives_end_line():
    line = github.render(_report(_finding(end_line=35, end_column=4)))
    assert "line=33,endLine=35,title=" in line and "col=" not in line


def test_github_skips_acknowledged_and_agreements():
    findings = [_finding(1, acknowledged="baseline: accepted"), _finding(2, kind="agreement", severity="none"),
                _finding(3)]
    lines = github.render(_report(*findings)).splitlines()
    assert len(lines) == 1 and "line=36," in lines[0]


def test_github_caps_each_command_at_ten_and_counts_the_rest():
    findings = ([_finding(i) for i in range(14)] + [_finding(100 + i, severity="warning") for i in range(12)]
                + [_finding(200 + i, severity="info") for i in range(3)])
    lines = github.render(_report(*findings)).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    assert sum(line.startswith("::notice ") for line in lines) == 3
    assert lines[-1] == ("factlint: 6 more not annotated (4 error, 2 warning; GitHub shows at most 10 of each "
                         "kind per step); see the job summary or the report")
    assert len(lines) == 24


def test_github_most_severe_first_within_the_cap():
    findings = [_finding(i, severity="warning") for i in range(3)] + [_finding(10 + i) for i in range(3)]
    lines = github.render(_report(*findings)).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error"] * 3 + ["::warning"] * 3


def test_github_input_errors_come_first_as_errors():
    lines = github.render(_report(_finding(), errors=("seeds/x.txt: cannot read seed: bad bytes",))).splitlines()
    assert lines[0] == "::error title=factlint could not check::seeds/x.txt: cannot read seed: bad bytes"


def test_github_cli_on_the_bundled_corpus(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    code = main(["check", "--format", "github", "--no-cache", "--output", str(tmp_path / "report.md")])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines and all(line.startswith("::notice file=seeds/") for line in lines)
    covered = []
    for line in lines:  # the columns cover what the message quotes, in English and in Persian
        place = dict(item.split("=", 1) for item in line[len("::notice "):].split("::", 1)[0].split(","))
        text = (ROOT / place["file"]).read_text(encoding="utf-8").split("\n")[int(place["line"]) - 1]
        covered.append(text[int(place["col"]) - 1: int(place["endColumn"]) - 1])
        assert f"says {covered[-1]!r}" in line
    assert any("\u0600" <= ch <= "\u06ff" for text in covered for ch in text)


# --- job summary ------------------------------------------------------------------------

def test_summary_lists_open_findings_and_the_verdict():
    text = summary.render(_report(_finding(), _finding(1, severity="info"), _finding(2, acknowledged="a slip")))
    assert text.startswith("## factlint\n\n**1 finding at or above `error` fails the gate.**")
    assert "3 findings (2 error, 1 info): 2 open, 1 acknowledged by assertions." in text
    assert text.count("| `seeds/000.txt:") == 2


def test_summary_with_baseline_and_stale_entries():
    text = summary.render(_report(_finding(acknowledged="baseline: ok")), stale=["seeds/9.txt:3: gone"],
                          baseline=".factlint-baseline.yaml")
    assert "**No finding at or above `error`: the gate passes.**" in text
    assert "1 accepted by the baseline `.factlint-baseline.yaml`" in text
    assert "1 entry of `.factlint-baseline.yaml` no longer found (stale)" in text and "- seeds/9.txt:3: gone" in text


def test_summary_is_truncated_under_the_limit_with_a_count():
    findings = [_finding(i, message="x" * 500) for i in range(3000)]
    text = summary.render(_report(*findings))
    size = len(text.encode("utf-8"))
    assert size <= summary.LIMIT < 1024 * 1024
    assert size > summary.LIMIT - 2000  # filled, not cut early
    shown = text.count("| `seeds/000.txt:")
    assert 1000 < shown < 3000
    assert text.endswith(f"… and {3000 - shown} more findings\n")


@pytest.mark.parametrize("limit", [300, 2000, 5000])
def test_summary_small_limits(limit):
    findings = [_finding(i, message="گزارش " * 20) for i in range(100)]
    text = summary.render(_report(*findings), limit=limit)
    assert len(text.encode("utf-8")) <= limit


def test_summary_option_appends_to_the_file(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    target = tmp_path / "step-summary.md"
    target.write_text("# Earlier step output\n", encoding="utf-8")
    code = main(["check", "--format", "json", "--no-cache", "--summary", str(target)])
    capsys.readouterr()
    text = target.read_text(encoding="utf-8")
    assert code == 0
    assert text.startswith("# Earlier step output\n## factlint\n")
    assert re.search(r"\n\d+ seeds checked against \d+ facts; ", text)
    assert len(text.encode("utf-8")) < 1024 * 1024


def test_summary_json_output_stays_clean(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    main(["check", "--format", "json", "--no-cache", "--summary", str(tmp_path / "s.md")])
    json.loads(capsys.readouterr().out)
