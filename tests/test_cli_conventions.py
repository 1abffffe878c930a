"""CLI conventions: --version, [tool.factlint] in pyproject.toml (flags override it), -q / -v, colour
only on a terminal and never with NO_COLOR, examples and exit codes in --help."""
from __future__ import annotations

import importlib.metadata
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import checker
from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
ANSI = "\x1b["


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """The bundled corpus under corpus/, so that only [tool.factlint] can point factlint at it."""
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, tmp_path / "corpus" / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def configure(project: Path, body: str) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "news"\n\n[tool.factlint]\nseeds = "corpus/seeds"\nfacts = "corpus/facts"\n'
        'assertions = "corpus/assertions"\ncache-dir = ".cache"\n' + body, encoding="utf-8")


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_version_is_the_package_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"factlint {checker.__version__}" == f"factlint {importlib.metadata.version('factlint')}"


def test_cli_help_has_examples_and_exit_codes(capsys):
    for args in (["--help"], ["check", "--help"]):
        code, out, _ = run(capsys, *args)
        assert code == 0
        assert "examples:" in out and "exit codes:" in out and "  2  could not check" in out


def test_cli_settings_from_pyproject_and_flags_override_them(project, capsys):
    configure(project, 'fail-on = "info"\n')
    code, out, err = run(capsys, "check", "--format", "json")
    assert code == 1, err  # the corpus has info findings, and fail-on = "info" makes them fail
    assert '"seeds": 5' in out
    assert run(capsys, "check", "--format", "json", "--fail-on", "error")[0] == 0
    assert run(capsys, "validate")[0] == 0


def test_cli_settings_baseline_is_used_by_check_and_written_by_baseline(project, capsys):
    configure(project, 'baseline = "gate/accepted.yaml"\nfail-on = "info"\n')
    (project / "gate").mkdir()
    code, _, err = run(capsys, "baseline", "--severity", "info")
    assert code == 0, err
    assert (project / "gate" / "accepted.yaml").is_file()
    assert run(capsys, "check", "--format", "json")[0] == 0  # every info finding is in the baseline


@pytest.mark.parametrize("body, line, message", [
    ('fail_on = "info"\n', 9, "tool.factlint.fail_on: unknown key 'fail_on'"),
    ('fail-on = "fatal"\n', 9, "tool.factlint.fail-on: expected one of: error, warning, info; got 'fatal'"),
    ("jobs = 0\n", 9, "tool.factlint.jobs: expected a whole number of at least 1"),
])
def test_cli_settings_problems_are_exit_2_with_file_and_line(project, capsys, body, line, message):
    configure(project, body)
    code, _, err = run(capsys, "check")
    assert code == 2
    assert f"pyproject.toml:{line}: {message}" in err


def test_cli_quiet_and_verbose(project, capsys):
    configure(project, 'fail-on = "info"\n')
    code, out, err = run(capsys, "check", "-q")
    assert code == 1 and out == "" and "extracted" not in err
    code, out, err = run(capsys, "check", "-v")
    assert code == 1 and "report written to report.md" in out
    assert "settings from pyproject.toml [tool.factlint]" in err
    assert ": imprecise: seed 000 says 'January'" in err  # each failing finding


def _in_terminal(args: list[str], env: dict) -> str:
    """What factlint prints when its standard output is a terminal (a pseudo-terminal)."""
    leader, follower = pty.openpty()
    done = subprocess.Popen([sys.executable, "-m", "checker.cli", *args], stdout=follower, stderr=subprocess.DEVNULL,
                            env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    done.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_cli_colour_on_a_terminal_only_and_never_with_no_color(project):
    configure(project, "")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    env["TERM"] = "xterm-256color"
    assert ANSI in _in_terminal(["check"], env)
    assert ANSI not in _in_terminal(["check"], {**env, "NO_COLOR": "1"})
    piped = subprocess.run([sys.executable, "-m", "checker.cli", "check"], capture_output=True, text=True, env=env)
    assert piped.stdout and ANSI not in piped.stdout
