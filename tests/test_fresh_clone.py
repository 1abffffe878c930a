"""The README's first command on a fresh clone in a temporary directory, then `factlint report --format
html` and the bundled assertions as pytest items, as a new user runs them. It installs factlint in a new
virtual environment (a few minutes), so it runs where FACTLINT_FRESH_CLONE=1 (`.ci/run` sets it in CI);
the README's second command, the whole suite on a clean clone, is what `.ci/run` itself runs."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    os.environ.get("FACTLINT_FRESH_CLONE") != "1" or not (ROOT / ".git").exists(),
    reason="installs factlint in a new venv: set FACTLINT_FRESH_CLONE=1 (.ci/run does in CI)")]


def readme_commands() -> list[str]:
    """The shell blocks of the README's section 'The two commands'."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## The two commands")[1].split("\n## ")[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


def sh(command: str, cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def test_fresh_clone_readme_command_then_report_and_pytest(tmp_path):
    clone = tmp_path / "factlint"
    assert sh(f"git clone -q {ROOT} {clone}", tmp_path).returncode == 0
    first = readme_commands()[0]
    assert first.endswith(".venv/bin/factlint check")
    done = sh(first, clone)
    assert done.returncode == 0, done.stdout + done.stderr  # the bundled corpus passes (README: exit codes)
    assert "report written to report.md" in done.stderr + done.stdout and (clone / "report.md").is_file()
    done = sh(".venv/bin/factlint report --format html", clone)
    page = (clone / "report.html").read_text(encoding="utf-8")
    assert done.returncode == 0 and "<bdi" in page and not re.search(r"(src|href)=\"https?:", page)
    done = sh(".venv/bin/pip install -q pytest && .venv/bin/python -m pytest -q -p no:cacheprovider assertions", clone)
    assert done.returncode == 0 and " passed" in done.stdout, done.stdout + done.stderr
