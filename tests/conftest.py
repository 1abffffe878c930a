"""Shared test setup. Fixture corpora under tests/fixtures are data, not tests."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

collect_ignore_glob = ["fixtures/*"]

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A copy of the bundled seeds, facts and assertions in a temporary directory, which is the working directory."""
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path
