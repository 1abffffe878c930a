"""New-seed runs: `check --changed-since REV` and `check FILES` check only those seeds, against the
facts and against the whole corpus for source conflicts, and never report a conflict between two
old seeds.

The temporary git repository holds the bundled corpus with one change committed before the run:
seed 002 also reports the embassy refuge, with 30 soldiers instead of 25, so two *old* seeds
(000 and 002) conflict. The new seed says 35.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checker.changed import changed_seeds
from checker.cli import main
from checker.errors import InputError
from git_repo import git

ROOT = Path(__file__).resolve().parent.parent
OLD_CONFLICT = "Thirty renegade soldiers sought refuge at the Brazilian Embassy in Caracas, officials said."
NEW_SEED = "Caracas\n\nMaduro said 35 renegade soldiers had sought refuge at the Brazilian Embassy in Caracas.\n"


def check(capsys, *args: str) -> tuple[int, dict, str]:
    capsys.readouterr()
    code = main(["check", "--format", "json", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out else {}), err


def seeds_of(document: dict) -> set[str]:
    return {f["seed"] for f in document["findings"]} | {f["other_seed"] for f in document["findings"]} - {""}


def conflicts(document: dict) -> set[tuple[str, str]]:
    return {(f["seed"], f["other_seed"]) for f in document["findings"] if f["kind"] == "source-conflict"}


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "repo"
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, path / name)
    seed_002 = next((path / "seeds").glob("002_*.txt"))
    paragraphs = seed_002.read_text(encoding="utf-8").split("\n\n")  # in the body, not the boilerplate tail
    seed_002.write_text("\n\n".join(paragraphs[:2] + [OLD_CONFLICT] + paragraphs[2:]), encoding="utf-8")
    git(path, "init", "-q")
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "corpus")
    monkeypatch.chdir(path)
    return path


def test_changed_since_full_run_has_the_old_conflict(repo, capsys):
    code, document, _ = check(capsys)
    assert code == 1  # seed 002 contradicts the fact
    assert conflicts(document) == {("000", "002")}


def test_changed_since_checks_only_the_new_seed_and_its_conflicts(repo, capsys):
    (repo / "seeds" / "005_new.txt").write_text(NEW_SEED, encoding="utf-8")
    code, document, err = check(capsys, "--changed-since", "HEAD", "--fail-on", "warning")
    assert code == 1
    assert document["summary"]["seeds"] == 1  # the report's seeds: the new one only
    assert {f["seed"] for f in document["findings"] if f["kind"] != "source-conflict"} == {"005_new"}
    assert conflicts(document) == {("000", "005_new"), ("002", "005_new")}  # against old seeds
    assert ("000", "002") not in conflicts(document)  # never between two old seeds
    assert "checked 1 selected seed" in err


def test_changed_since_report_lists_only_the_new_seed(repo, capsys):
    (repo / "seeds" / "005_new.txt").write_text(NEW_SEED, encoding="utf-8")
    capsys.readouterr()
    main(["check", "--changed-since", "HEAD", "--output", "report.md"])
    report = (repo / "report.md").read_text(encoding="utf-8")
    assert report.split("\n")[2].startswith("1 seed, ")
    assert "| fact | 005_new |" in report


def test_changed_since_counts_commits_after_the_revision(repo, capsys):
    (repo / "seeds" / "005_new.txt").write_text(NEW_SEED, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "new seed")
    assert check(capsys, "--changed-since", "HEAD")[1]["summary"]["seeds"] == 0
    _, document, _ = check(capsys, "--changed-since", "HEAD~1")
    assert document["summary"]["seeds"] == 1 and seeds_of(document) >= {"005_new"}


def test_changed_since_modified_old_seed_is_checked(repo, capsys):
    seed_000 = next((repo / "seeds").glob("000_*.txt"))
    # 15 in June after 30 in May: a count that fell is a conflict (one that rose would be a series)
    seed_000.write_text(seed_000.read_text(encoding="utf-8").replace("25 renegade", "15 renegade"), encoding="utf-8")
    code, document, _ = check(capsys, "--changed-since", "HEAD")
    assert code == 1
    assert document["summary"]["seeds"] == 1
    assert conflicts(document) == {("000", "002")}  # 000 changed: its conflicts are its own again


def test_changed_since_matches_the_explicit_file_list(repo, capsys):
    (repo / "seeds" / "005_new.txt").write_text(NEW_SEED, encoding="utf-8")
    by_git = check(capsys, "--changed-since", "HEAD")[1]
    by_list = check(capsys, "seeds/005_new.txt")[1]
    assert by_git["findings"] == by_list["findings"]


def test_changed_since_findings_are_those_of_the_full_run(repo, capsys):
    (repo / "seeds" / "005_new.txt").write_text(NEW_SEED, encoding="utf-8")
    full = check(capsys)[1]["findings"]
    only = check(capsys, "--changed-since", "HEAD")[1]["findings"]
    involving = [f for f in full if "005_new" in (f["seed"], f["other_seed"])]
    assert only == involving


def test_changed_since_nothing_changed_checks_nothing(repo, capsys):
    code, document, err = check(capsys, "--changed-since", "HEAD")
    assert code == 0
    assert document["summary"]["seeds"] == 0 and document["findings"] == []


def test_changed_since_ignores_deleted_and_other_files(repo):
    next((repo / "seeds").glob("001_*.txt")).unlink()
    (repo / "seeds" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (repo / "seeds" / "sub").mkdir()
    (repo / "seeds" / "sub" / "x.txt").write_text("nested\n", encoding="utf-8")
    (repo / "elsewhere.txt").write_text("not a seed\n", encoding="utf-8")
    (repo / "seeds" / "006 new (copy).txt").write_text("a new seed\n", encoding="utf-8")
    assert changed_seeds("HEAD", "seeds") == ["seeds/006 new (copy).txt"]


def test_changed_since_respects_gitignore(repo):
    (repo / ".gitignore").write_text("seeds/*.draft.txt\n", encoding="utf-8")
    (repo / "seeds" / "007.draft.txt").write_text("draft\n", encoding="utf-8")
    assert changed_seeds("HEAD", "seeds") == []


@pytest.mark.parametrize("args, message", [
    (["--changed-since", "no-such-rev"], "--changed-since: unknown revision 'no-such-rev'"),
    (["--changed-since=--output"], "--changed-since: unknown revision '--output'"),
    (["--changed-since", "HEAD", "seeds/x.txt"], "give seed files or --changed-since, not both"),
])
def test_changed_since_errors_are_exit_2(repo, capsys, args, message):
    code, _, err = check(capsys, *args)
    assert code == 2
    assert message in err


def test_changed_since_outside_git_is_exit_2(tmp_path, monkeypatch, capsys):
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    code, _, err = check(capsys, "--changed-since", "HEAD")
    assert code == 2 and "not a git repository" in err
    with pytest.raises(InputError):
        changed_seeds("HEAD", "seeds")


def test_changed_since_unreadable_file_in_the_list_is_exit_2(repo, capsys):
    code, _, err = check(capsys, "seeds/missing.txt")
    assert code == 2 and "seeds/missing.txt: cannot read seed" in err


# --- fact sheets, assertions and the manifest change what needs checking ------------------

def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_changed_since_changed_fact_value_rechecks_the_seeds_that_speak_of_it(repo, capsys):
    """The sheet now says 26 soldiers: seed 000 (which says 25) contradicts it, and the gate fails."""
    _edit(repo / "facts" / "venezuela-2019.yaml", "{as_of: \"2019-04-30\", value: 25}",
          "{as_of: \"2019-04-30\", value: 26}")
    code, document, err = check(capsys, "--changed-since", "HEAD")
    assert code == 1, err
    assert ("contradiction", "renegade-soldiers", "000") in {(f["kind"], f["fact"], f["seed"])
                                                              for f in document["findings"]}
    assert document["summary"]["seeds"] >= 1


def test_changed_since_changed_assertion_is_re_evaluated(repo, capsys):
    """A new `mentioned` assertion for seed 001 (which never speaks of the embassy refuge) fails."""
    path = repo / "assertions" / "venezuela-2019.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n  - id: refuge-mentioned\n    rule: mentioned\n"
                    "    facts: [renegade-soldiers]\n    seeds: [\"001\"]\n    severity: error\n", encoding="utf-8")
    code, document, err = check(capsys, "--changed-since", "HEAD")
    assert code == 1, err
    assert ("not-mentioned", "001") in {(f["kind"], f["seed"]) for f in document["findings"]}


def test_changed_since_changed_manifest_entry_rechecks_that_seed(repo, capsys):
    """Seed 000's publication date moves before the uprising: only that seed is checked again."""
    code, document, err = check(capsys, "--changed-since", "HEAD")
    assert document["summary"]["seeds"] == 0
    _edit(repo / "seeds" / "manifest.yaml", "published: 2019-06-06", "published: 2019-06-07")
    code, document, err = check(capsys, "--changed-since", "HEAD")
    assert document["summary"]["seeds"] == 1, err
    assert "checked 1 selected seed" in err
