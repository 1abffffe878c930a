"""A wheel built from the repository holds every data file the package reads (a non-editable install,
as in docs/ci.md and the README's adoption section, has nothing else)."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ("*.yaml", "*.json", "*.txt", "*.csv", "*.tsv")


@pytest.mark.slow
def test_packaging_wheel_holds_every_data_file(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, check=False)
    if done.returncode != 0 and "No module named" in done.stderr:
        pytest.skip(f"cannot build a wheel here: {done.stderr.strip().splitlines()[-1]}")
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("factlint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {str(p.relative_to(ROOT)) for pattern in DATA for p in (ROOT / "checker").rglob(pattern)
              if "__pycache__" not in p.parts}
    assert wanted and wanted <= names, sorted(wanted - names)
