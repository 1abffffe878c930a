"""Hostile and broken input (issue 12): refused with a message naming the file, exit 2, the other seeds checked.

Each test builds a small project in tmp_path (a copy of the bundled corpus, or a few lines written
here) and calls checker.cli.main in process.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker.cli import EXIT_ERROR, main

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ["--seeds", "seeds", "--facts", "facts", "--assertions", "assertions"]


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check_json(capsys, *extra: str) -> tuple[int, dict, str]:
    code = main(["check", *INPUTS, "--format", "json", "--output", "report.md", "--no-cache", *extra])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else {}, err


def test_seed_over_the_size_limit_is_refused_and_the_others_checked(project, capsys):
    big = project / "seeds" / "big.txt"
    big.write_text("25 soldiers. " * 2000, encoding="utf-8")  # 26,000 bytes; the bundled seeds are under 11,000
    code, report, err = check_json(capsys, "--max-seed-size", "0.02")
    assert code == EXIT_ERROR
    assert "seeds/big.txt" in err and "size limit" in err
    assert report["summary"]["seeds"] == 5  # the bundled five, not the big one
    assert any(f["seed"] == "000" for f in report["findings"])
