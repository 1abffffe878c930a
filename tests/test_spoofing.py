"""Trojan source and injection (issue 12, item 3): what a reader sees is what is checked, and nothing
from an input reaches a terminal, a markdown page or a CI runner raw."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker.cli import EXIT_FINDINGS, main
from checker.visible import runner_safe, visible

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ["--seeds", "seeds", "--facts", "facts", "--assertions", "assertions", "--no-cache"]
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069\u200b]")
# The markdown report's own isolates (FSI … PDI around right-to-left runs, tests/test_render_rtl.py) are
# the only bidi controls it may hold, balanced; an input's are shown as ⟨U+2068⟩.
RAW_IN_REPORT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066\u2067\u200b]")


def balanced_isolates(report: str) -> bool:
    depth = 0
    for ch in report:
        depth += (ch == "\u2068") - (ch == "\u2069")
        if depth not in (0, 1):
            return False
    return depth == 0


def seed_000() -> Path:
    (path,) = Path("seeds").glob("000_*.txt")
    return path


def spoof(old: str, new: str) -> None:
    path = seed_000()
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_visible_shows_bidi_controls_and_control_characters():
    assert visible("\u202e25\u202c soldiers\x1b[31m\x07") == "⟨U+202E⟩25⟨U+202C⟩ soldiers⟨U+001B⟩[31m⟨U+0007⟩"


def test_visible_keeps_the_joiners_and_marks_of_persian_text():
    assert visible("می\u200cگوید \u200f۲۵") == "می\u200cگوید \u200f۲۵"


@pytest.mark.parametrize("line, safe", [
    ("::error file=a::x", "⟨U+003A⟩:error file=a::x"),
    ("  ::warning::x", "  ⟨U+003A⟩:warning::x"),
    ("seeds/a.txt:1: fine", "seeds/a.txt:1: fine"),
])
def test_runner_safe_line_never_starts_a_workflow_command(line, safe):
    assert runner_safe(line) == safe


def test_spoofed_number_is_a_suspicious_text_error(project, capsys):
    spoof("25 renegade soldiers", "\u202e25\u202c renegade soldiers")
    code, out, _ = run(capsys, "check", *INPUTS, "--format", "json", "--output", "report.md")
    suspicious = [f for f in json.loads(out)["findings"] if f["kind"] == "suspicious-text"]
    assert code == EXIT_FINDINGS
    assert [(f["seed"], f["severity"], f["line"]) for f in suspicious] == [("000", "error", 33)]
    assert "U+202E" in suspicious[0]["message"] and "⟨U+202E⟩" in suspicious[0]["quote"]
    assert not RAW.search(out)
    assert not RAW_IN_REPORT.search(Path("report.md").read_text(encoding="utf-8"))
    assert balanced_isolates(Path("report.md").read_text(encoding="utf-8"))


def test_zero_width_space_inside_a_number_is_suspicious(project, capsys):
    spoof("25 renegade soldiers", "2\u200b5 renegade soldiers")
    code, out, _ = run(capsys, "check", *INPUTS, "--format", "json", "--output", "report.md")
    suspicious = [f for f in json.loads(out)["findings"] if f["kind"] == "suspicious-text"]
    assert code == EXIT_FINDINGS and suspicious and "U+200B" in suspicious[0]["message"]


def test_persian_seeds_have_no_suspicious_text(project, capsys):
    _, out, _ = run(capsys, "check", *INPUTS, "--format", "json", "--output", "report.md")
    assert not [f for f in json.loads(out)["findings"] if f["kind"] == "suspicious-text"]


HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> \x1b[2J\x07\x08 &#8238;"


@pytest.mark.parametrize("fmt", ["markdown", "github", "json", "sarif"])
def test_html_and_control_characters_never_reach_an_output_raw(fmt, project, capsys):
    spoof("25 renegade soldiers", f"35 renegade soldiers {HOSTILE}")
    _, out, err = run(capsys, "check", *INPUTS, "--format", fmt, "--output", "report.md")
    report = Path("report.md").read_text(encoding="utf-8")
    for text in (out, err):
        assert not RAW.search(text)
    assert not RAW_IN_REPORT.search(report) and balanced_isolates(report)
    assert "<script" not in report and "<img" not in report and "&#8238;" not in report
    assert "&lt;script&gt;" in report or "&lt;script>" in report


def test_hostile_file_names_reach_neither_terminal_nor_runner(project, capsys):
    Path("seeds", "evil\n::error title=pwned::gotcha.txt").write_text("25 soldiers.\n", encoding="utf-8")
    Path("seeds", "\x1b[31mred.txt").write_text("no\ufffd".encode("utf-8").decode("utf-8"), encoding="utf-8")
    Path("seeds", "broken\x07.txt").write_bytes(b"\xff\xfe\x00bad")
    for fmt in ("markdown", "github"):
        _, out, err = run(capsys, "check", *INPUTS, "--format", fmt, "--output", "report.md")
        for text in (out, err):
            assert not RAW.search(text)
            assert not [line for line in text.splitlines() if line.startswith("::error title=pwned")]
        assert "⟨U+000A⟩" in out + err and "⟨U+001B⟩[31mred.txt" in out + err and "broken⟨U+0007⟩.txt" in out + err


def test_input_isolates_are_shown_while_the_report_isolates_its_own(project, capsys):
    """An isolate in a seed is suspicious and shown as ⟨U+2068⟩; the report's own isolates wrap the
    Persian seed's runs and stay balanced."""
    spoof("25 renegade soldiers", "\u206825\u2069 renegade soldiers")
    run(capsys, "check", *INPUTS, "--format", "json", "--output", "report.md")
    report = Path("report.md").read_text(encoding="utf-8")
    assert "⟨U+2068⟩25⟨U+2069⟩" in report and "\u206825\u2069" not in report
    assert "\u2068" in report and balanced_isolates(report) and not RAW_IN_REPORT.search(report)
