"""Hostile and broken input (issue 12): refused with a message naming the file, exit 2, the other seeds checked.

Each test builds a small project in tmp_path (a copy of the bundled corpus, or a few lines written
here) and calls checker.cli.main in process.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from checker.cli import EXIT_ERROR, main

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ["--seeds", "seeds", "--facts", "facts", "--assertions", "assertions"]


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



def test_a_20_mb_seed_is_refused_by_the_default_limit(project, capsys):
    """A seed of 20 MB would take minutes and gigabytes to check (bench/adversarial.py --big-seed): the
    default limit refuses it, before reading a byte of it."""
    with open("seeds/big.txt", "wb") as big:
        big.truncate(20_000_000)  # sparse: nothing written
    code, report, err = check_json(capsys)
    assert code == EXIT_ERROR and "seeds/big.txt: refused: 20,000,000 bytes, over the size limit" in err
    assert report["summary"]["seeds"] == 5

# --- paths (item 4) -------------------------------------------------------------------------

def test_seed_symlinked_outside_the_seeds_directory_is_refused(project, tmp_path, capsys):
    secret = tmp_path.parent / f"{tmp_path.name}-secret.txt"
    secret.write_text("The xylophonists numbered 4321.\n", encoding="utf-8")
    Path("seeds/leak.txt").symlink_to(secret)
    code, report, err = check_json(capsys)
    assert code == EXIT_ERROR and "seeds/leak.txt: refused: a symlink" in err
    assert "xylophon" not in json.dumps(report) and report["summary"]["seeds"] == 5


def test_a_file_of_the_directory_itself_is_inside_it_without_resolving_a_path(tmp_path, monkeypatch):
    """Every seed of every run is checked to stay in its directory (a rerun of 10,000 seeds spent 0.5 s resolving
    their paths): a file of the directory itself that is no symlink is inside it, known by one lstat; a symlink,
    '..' and a path further down are resolved as before."""
    from checker.safefile import outside

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.txt").symlink_to(tmp_path.parent / f"{tmp_path.name}-elsewhere.txt")
    (tmp_path / "near.txt").symlink_to(tmp_path / "a.txt")
    resolved = []
    original = Path.resolve
    monkeypatch.setattr(Path, "resolve", lambda self, *a, **k: resolved.append(self) or original(self, *a, **k))
    assert not outside(tmp_path / "a.txt", tmp_path) and not outside(tmp_path / "missing.txt", tmp_path)
    assert resolved == []
    assert outside(tmp_path / "link.txt", tmp_path) and not outside(tmp_path / "near.txt", tmp_path)
    assert outside(tmp_path / "..", tmp_path) and outside(tmp_path / "sub" / ".." / "..", tmp_path)
    assert not outside(tmp_path / "sub" / ".." / "a.txt", tmp_path)
    assert len(resolved) == 2 * 5


def test_seed_fifo_is_reported_not_waited_on(project, capsys):
    os.mkfifo("seeds/pipe.txt")
    code, report, err = check_json(capsys)
    assert code == EXIT_ERROR and "seeds/pipe.txt: refused: a FIFO" in err and report["summary"]["seeds"] == 5


@pytest.mark.parametrize("file", ["../facts/venezuela-2019.yaml", "/etc/hostname", "sub/../../x.txt"])
def test_manifest_path_leaving_the_seeds_directory_is_refused(file, project, capsys):
    manifest = Path("seeds/manifest.yaml")
    manifest.write_text(manifest.read_text(encoding="utf-8") + f"  - {{id: bad, file: {file!r}}}\n", encoding="utf-8")
    code, _, err = check_json(capsys)
    assert code == EXIT_ERROR and "seeds/manifest.yaml:" in err and "inside the seeds directory" in err


def test_missing_seed_of_the_manifest_is_reported_and_the_others_checked(project, capsys):
    (path,) = Path("seeds").glob("003_*.txt")
    path.unlink()
    code, report, err = check_json(capsys)
    assert code == EXIT_ERROR and str(path) in err
    assert report["summary"]["seeds"] == 4


# --- never a silent pass (item 5) -----------------------------------------------------------

def test_empty_seeds_directory_is_nothing_to_check(project, capsys):
    for path in Path("seeds").iterdir():
        path.unlink()
    code, _, err = check_json(capsys)
    assert code == EXIT_ERROR and "nothing to check" in err and "no seeds" in err


def test_seeds_with_unread_suffixes_only_are_named(project, capsys):
    Path("seeds/manifest.yaml").unlink()
    for path in Path("seeds").glob("*.txt"):
        path.rename(path.with_suffix(".html"))
    code, _, err = check_json(capsys)
    assert code == EXIT_ERROR and "no seeds" in err and ".html" in err


def test_empty_facts_and_assertions_with_one_seed_are_nothing_to_check(project, capsys):
    for name in ("facts", "assertions"):
        shutil.rmtree(name)
        Path(name).mkdir()
    Path("seeds/manifest.yaml").unlink()
    for path in sorted(Path("seeds").glob("*.txt"))[1:]:
        path.unlink()
    code, _, err = check_json(capsys)
    assert code == EXIT_ERROR and "nothing to check" in err and "no facts" in err


@pytest.mark.parametrize("selector", ["999", "nothing-*.txt"])
def test_assertion_selecting_no_seed_is_an_error(selector, project, capsys):
    Path("assertions/extra.yaml").write_text(
        f"assertions:\n  - id: typo\n    rule: not-contradict\n    seeds: [{selector!r}]\n", encoding="utf-8")
    code, _, err = check_json(capsys)
    assert code == EXIT_ERROR and "assertions/extra.yaml:2" in err and "selects no seed" in err


# --- done when: 100 seeds, four of them bad ---------------------------------------------------

def test_hundred_seeds_with_four_bad_ones(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "facts", "facts")
    shutil.copytree(ROOT / "assertions", "assertions")
    seeds = Path("seeds")
    seeds.mkdir()
    sentence = "{n} renegade soldiers sought refuge at the Brazilian Embassy in Caracas on 30 April 2019.\n"
    for n in range(96):
        (seeds / f"good{n:02d}.txt").write_text(sentence.format(n=25), encoding="utf-8")
    (seeds / "corrupt.txt").write_bytes(b"25 renegade soldiers \xff\xfe\xc3 sought refuge")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text(sentence.format(n=25), encoding="utf-8")
    (seeds / "symlinked.txt").symlink_to(outside)
    os.mkfifo(seeds / "fifo.txt")
    (seeds / "spoofed.txt").write_text(sentence.format(n="\u202e25\u202c"), encoding="utf-8")
    code, report, err = check_json(capsys)
    assert code == EXIT_ERROR
    assert "seeds/corrupt.txt: cannot read seed" in err
    assert "seeds/symlinked.txt: refused: a symlink" in err
    assert "seeds/fifo.txt: refused: a FIFO" in err
    assert report["summary"]["seeds"] == 97  # the 96 and the spoofed one, checked
    good = {f"good{n:02d}" for n in range(96)}
    agreeing = {f["seed"] for f in report["findings"] if f["kind"] == "agreement"}
    assert agreeing >= good and not agreeing & {"corrupt", "symlinked", "fifo"}  # each good one reported
    spoofed = [f for f in report["findings"] if f["seed"] == "spoofed"]
    assert [f["kind"] for f in spoofed if f["severity"] == "error"] == ["suspicious-text"]
