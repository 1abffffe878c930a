"""Baselines: `factlint baseline` records findings, `check --baseline` fails only on new ones.

The end-to-end tests run in a temporary git repository holding a copy of the
bundled seeds, facts and assertions, with a baseline of today's findings
(recorded at `info`, so that it has entries: at the default `warning` the
bundled corpus has none). The CLI runs in-process through checker.cli.main.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from checker import baseline as baselines
from checker.cli import main
from checker.engine import Inputs, run
from checker.errors import InputError
from checker.model import Finding, Report
from checker.yamlio import _yaml
from git_repo import git

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ".factlint-baseline.yaml"
NEW_SEED = "Caracas\n\nMaduro said 35 renegade soldiers had sought refuge at the Brazilian Embassy in Caracas.\n"


def make_repo(path: Path) -> Path:
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, path / name)
    git(path, "init", "-q")
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "corpus")
    return path


def factlint(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys, *args: str) -> tuple[int, dict, str]:
    code, out, err = factlint(capsys, "check", "--format", "json", *args)
    return code, json.loads(out), err


def failing(document: dict, fail_on: tuple = ("error",)) -> list[tuple]:
    return sorted((f["kind"], f["fact"], f["seed"]) for f in document["findings"]
                  if f["severity"] in fail_on and not f["acknowledged"])


def seed_path(repo: Path, prefix: str) -> Path:
    return next((repo / "seeds").glob(f"{prefix}_*.txt"))


def swap_paragraphs(path: Path, first: int, second: int) -> None:
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs[first], paragraphs[second] = paragraphs[second], paragraphs[first]
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def paragraph_with(path: Path, text: str) -> int:
    return next(i for i, p in enumerate(path.read_text(encoding="utf-8").split("\n\n")) if text in p)


@pytest.fixture
def repo(tmp_path, monkeypatch, capsys) -> Path:
    """A git repository with the bundled corpus and a committed baseline of its findings at info."""
    path = make_repo(tmp_path / "repo")
    monkeypatch.chdir(path)
    code, _, _ = factlint(capsys, "baseline", "--severity", "info")
    assert code == 0
    git(path, "add", BASELINE)
    git(path, "commit", "-q", "-m", "baseline")
    return path


# --- end to end, in a git repository -------------------------------------------------------

def test_baseline_records_todays_findings(repo, capsys):
    listed = baselines.load(repo / BASELINE)
    document = check_json(capsys, "--fail-on", "info")[1]
    open_ones = [f for f in document["findings"] if f["severity"] != "none" and not f["acknowledged"]]
    assert {e.fingerprint for e in listed.entries} == {f["fingerprint"] for f in open_ones}
    assert ("imprecise", "lima-group-ottawa-meeting", "002") in {(e.kind, e.fact, e.seed) for e in listed.entries}
    entry = next(e for e in listed.entries if e.fact == "lima-group-ottawa-meeting")
    assert entry.reason == baselines.DEFAULT_REASON
    assert entry.finding.startswith("seeds/002_3a05db18d39e8eb9.txt:21: seed 002 says 'February'")


def test_baseline_check_is_clean_on_the_recorded_corpus(repo, capsys):
    code, document, err = check_json(capsys, "--baseline", BASELINE, "--strict-baseline", "--fail-on", "info")
    assert code == 0, err
    assert "stale" not in err
    accepted = [f for f in document["findings"] if f["acknowledged"].startswith("baseline: ")]
    assert len(accepted) == len(baselines.load(repo / BASELINE).entries) > 0


def test_baseline_new_contradicting_seed_fails_with_exactly_that_finding(repo, capsys):
    (repo / "seeds" / "005_new.txt").write_text(NEW_SEED, encoding="utf-8")
    code, document, err = check_json(capsys, "--baseline", BASELINE, "--strict-baseline")
    assert code == 1
    assert failing(document) == [("contradiction", "renegade-soldiers", "005_new")]
    new = [f for f in document["findings"] if f["severity"] != "none" and not f["acknowledged"]]
    assert {(f["kind"], f["seed"], f["other_seed"]) for f in new} == {
        ("contradiction", "005_new", ""), ("source-conflict", "000", "005_new")}


def test_baseline_moved_lines_fail_nothing(repo, capsys):
    before = check_json(capsys, "--baseline", BASELINE, "--fail-on", "info")[1]
    seed_000, seed_004 = seed_path(repo, "000"), seed_path(repo, "004")
    swap_paragraphs(seed_000, paragraph_with(seed_000, "in January"), paragraph_with(seed_000, "25 renegade"))
    swap_paragraphs(seed_004, paragraph_with(seed_004, "جمعه گذشته"), paragraph_with(seed_004, "حدود 68 درصد"))
    seed_002 = seed_path(repo, "002")  # an edit elsewhere in a seed: a new first line
    seed_002.write_text("Updated: a correction was added at the end.\n" + seed_002.read_text(encoding="utf-8"),
                        encoding="utf-8")
    code, after, err = check_json(capsys, "--baseline", BASELINE, "--strict-baseline", "--fail-on", "info")
    assert code == 0, err
    assert "stale" not in err
    assert _fingerprints(after) == _fingerprints(before)
    assert _places(after) != _places(before)  # the findings did move


def test_baseline_fixed_discrepancy_is_reported_stale(repo, capsys):
    seed_002 = seed_path(repo, "002")
    seed_002.write_text(seed_002.read_text(encoding="utf-8").replace("in Ottawa in February", "in Ottawa on February 4"),
                        encoding="utf-8")
    code, _, err = factlint(capsys, "check", "--baseline", BASELINE, "--output", "report.md")
    assert code == 0
    assert f"{BASELINE}:" in err and "stale baseline entry (no longer found): seeds/002_3a05db18d39e8eb9.txt:21:" in err
    report = (repo / "report.md").read_text(encoding="utf-8")
    assert "## Baseline" in report and "1 entry of `.factlint-baseline.yaml` no longer found (stale)" in report
    strict, _, _ = factlint(capsys, "check", "--baseline", BASELINE, "--strict-baseline", "--output", "report.md")
    assert strict == 1


def test_baseline_entry_never_hides_a_different_value_in_the_same_place(repo, capsys):
    seed_000 = seed_path(repo, "000")
    text = seed_000.read_text(encoding="utf-8")
    seed_000.write_text(text.replace("25 renegade", "35 renegade"), encoding="utf-8")
    assert factlint(capsys, "baseline", "--accept-new")[0] == 0
    assert check_json(capsys, "--baseline", BASELINE, "--strict-baseline")[0] == 0
    seed_000.write_text(text.replace("25 renegade", "45 renegade"), encoding="utf-8")
    code, document, err = check_json(capsys, "--baseline", BASELINE)
    assert code == 1
    assert failing(document) == [("contradiction", "renegade-soldiers", "000")]
    assert "'35'" in err and "stale" in err


def test_baseline_update_refuses_new_findings_but_drops_stale_ones(repo, capsys):
    before = len(baselines.load(repo / BASELINE).entries)
    seed_002 = seed_path(repo, "002")
    seed_002.write_text(seed_002.read_text(encoding="utf-8").replace("in Ottawa in February", "in Ottawa on February 4"),
                        encoding="utf-8")
    (repo / "seeds" / "005_new.txt").write_text(NEW_SEED, encoding="utf-8")
    code, out, err = factlint(capsys, "baseline")
    assert code == 1
    assert "2 new findings not added" in err and "seed 005_new says '35'" in err
    assert "dropped stale entry: seeds/002_3a05db18d39e8eb9.txt:21" in out
    listed = baselines.load(repo / BASELINE)
    assert before - 1 == len(listed.entries) and all(e.seed != "005_new" for e in listed.entries)
    code, out, _ = factlint(capsys, "baseline", "--accept-new", "--reason", "new outlet; tracked in issue 9")
    assert code == 0 and "2 added" in out
    listed = baselines.load(repo / BASELINE)
    added = [e for e in listed.entries if "005_new" in (e.seed, e.other_seed)]
    assert {e.kind for e in added} == {"contradiction", "source-conflict"}
    assert {e.reason for e in added} == {"new outlet; tracked in issue 9"}
    assert {e.reason for e in listed.entries if e not in added} == {baselines.DEFAULT_REASON}


def test_baseline_update_without_changes_leaves_the_file_alone(repo, capsys):
    before = (repo / BASELINE).read_bytes()
    assert factlint(capsys, "baseline")[0] == 0
    assert (repo / BASELINE).read_bytes() == before


@pytest.mark.parametrize("text, where, message", [
    ("version: 1\nentries: {}\n", ":2:", "expected a list under 'entries'"),
    ("version: 2\nentries: []\n", ":1:", "expected version: 1"),
    ("version: 1\nentries:\n  - {fingerprint: 0123456789abcdef, kind: contradiction}\n", ":3:",
     "missing required key 'seed'"),
    ("version: 1\nentries:\n  - fingerprint: xyz\n    kind: contradiction\n    fact: f\n    seed: s\n    reason: r\n",
     ":3:", "not a fingerprint"),
    ("version: 1\nentries:\n  - fingerprint: 0123456789abcdef\n    kind: typo\n    fact: f\n    seed: s\n    reason: r\n",
     ":4:", "unknown kind 'typo'"),
    ("version: 1\nentries:\n  - fingerprint: 0123456789abcdef\n    kind: imprecise\n    fact: f\n    seed: s\n"
     "    reason: r\n    colour: red\n", ":8:", "unknown key 'colour'"),
    ("version: 1\nentries: [\n", ":", "syntax"),
    ("", ":1:", "expected a mapping"),
])
def test_baseline_malformed_file_is_exit_2_with_file_and_line(repo, capsys, text, where, message):
    (repo / "broken.yaml").write_text(text, encoding="utf-8")
    code, out, err = factlint(capsys, "check", "--baseline", "broken.yaml")
    assert code == 2
    assert f"broken.yaml{where}" in err and message in err
    assert out == ""  # refused before checking anything
    assert factlint(capsys, "baseline", "--output", "broken.yaml")[0] == 2


def test_baseline_missing_file_is_exit_2(repo, capsys):
    code, _, err = factlint(capsys, "check", "--baseline", "nowhere.yaml")
    assert code == 2 and "nowhere.yaml: no such baseline file" in err


def test_baseline_duplicate_fingerprints_are_refused(tmp_path):
    entry = "  - {fingerprint: 0123456789abcdef, kind: imprecise, fact: f, seed: s, reason: r}\n"
    path = tmp_path / "b.yaml"
    path.write_text("version: 1\nentries:\n" + entry + entry, encoding="utf-8")
    with pytest.raises(InputError, match=r"b.yaml:4: entries\[1\].fingerprint: fingerprint 0123456789abcdef "
                                         r"already listed at line 3"):
        baselines.load(path)


def test_baseline_strict_without_baseline_is_a_usage_error(repo, capsys):
    code, _, err = factlint(capsys, "check", "--strict-baseline")
    assert code == 2 and "--strict-baseline needs --baseline" in err


def test_baseline_unreadable_seed_writes_no_baseline(repo, capsys):
    (repo / "seeds" / "009_broken.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    before = (repo / BASELINE).read_bytes()
    code, _, err = factlint(capsys, "baseline", "--accept-new")
    assert code == 2 and "cannot read seed" in err
    assert (repo / BASELINE).read_bytes() == before


# --- the file format -------------------------------------------------------------------

def _finding(**fields) -> Finding:
    base = dict(kind="contradiction", severity="error", fact="renegade-soldiers", seed="000",
                message="seed 000 says '35' (35 soldiers); the fact sheet says 25 soldiers",
                path="seeds/000.txt", line=33, column=182, fingerprint="0123456789abcdef")
    return Finding(**{**base, **fields})


def test_baseline_dump_and_load_round_trip(tmp_path):
    entries = [baselines.entry_for(_finding(), "the outlet's slip: \"35\" is a typo"),
               baselines.entry_for(_finding(kind="source-conflict", severity="warning", seed="001",
                                            other_seed="004", message="seed 001 says 'x' but seed 004 says 'ي'",
                                            fingerprint="fedcba9876543210"), "two outlets; kept")]
    path = tmp_path / BASELINE
    path.write_text(baselines.dump(entries), encoding="utf-8")
    loaded = baselines.load(path)
    assert [e.__class__(**{**e.__dict__, "line": 0}) for e in loaded.entries] == entries
    assert loaded.entries[0].line == 7 and loaded.entries[1].line == 13
    assert loaded.entries[0].finding == "seeds/000.txt:33: seed 000 says '35' (35 soldiers); the fact sheet says 25 soldiers"
    assert isinstance(_yaml().load(path.read_text(encoding="utf-8"))["entries"][0]["seed"], str)


def test_baseline_empty_file_round_trips(tmp_path):
    path = tmp_path / BASELINE
    path.write_text(baselines.dump([]), encoding="utf-8")
    assert baselines.load(path).entries == ()


def test_baseline_acknowledged_findings_are_not_recorded():
    report = Report((), (), (_finding(acknowledged="a slip"), _finding(fingerprint="1111111111111111"),
                             _finding(severity="info", fingerprint="2222222222222222")))
    assert [f.fingerprint for f in baselines.recordable(report)] == ["1111111111111111"]
    assert len(baselines.recordable(report, "info")) == 2


# --- fingerprints ------------------------------------------------------------------------

def _fingerprints(document: dict) -> set[str]:
    return {f["fingerprint"] for f in document["findings"]}


def _places(document: dict) -> set[tuple]:
    return {(f["fingerprint"], f["line"], f["column"]) for f in document["findings"]}


def test_baseline_fingerprints_survive_reordering_the_fact_sheets(tmp_path):
    facts = tmp_path / "facts"
    facts.mkdir()
    data = json.loads(json.dumps(_yaml().load((ROOT / "facts" / "venezuela-2019.yaml").read_text(encoding="utf-8"))))
    half = len(data["facts"]) // 2
    first, second = data["facts"][:half], data["facts"][half:]
    for name, items in (("b-first.yaml", first[::-1]), ("a-second.yaml", second[::-1])):
        with (facts / name).open("w", encoding="utf-8") as out:
            YAML(typ="safe", pure=True).dump({**data, "facts": items}, out)
    original, _ = run(Inputs(ROOT / "seeds", (ROOT / "facts",), (ROOT / "assertions",)))
    reordered, _ = run(Inputs(ROOT / "seeds", (facts,), (ROOT / "assertions",)))
    assert {f.fingerprint for f in reordered.findings} == {f.fingerprint for f in original.findings}
    assert len({f.fingerprint for f in original.findings}) == len(original.findings)
    assert {(f.fingerprint, f.fact_line) for f in reordered.findings} != {(f.fingerprint, f.fact_line)
                                                                          for f in original.findings}


def test_baseline_project_gate_passes_on_the_bundled_corpus(tmp_path, capsys, monkeypatch):
    """The project's own gate: the committed baseline accepts every current finding and has no stale entry."""
    monkeypatch.chdir(ROOT)
    code, _, err = factlint(capsys, "check", "--baseline", BASELINE, "--strict-baseline",
                            "--output", str(tmp_path / "report.md"), "--cache-dir", str(tmp_path / "cache"))
    assert code == 0, err


# --- conflicts no fact covers ----------------------------------------------------------------

FACTLESS_MANIFEST = """\
seeds:
  - {id: a, file: a.txt, outlet: One, language: en, published: "2019-05-03"}
  - {id: b, file: b.txt, outlet: Two, language: en, published: "2019-05-03"}
"""


def test_baseline_round_trips_a_conflict_no_fact_covers(tmp_path, capsys, monkeypatch):
    """Two seeds disagree on a toll no fact sheet holds: the baseline records the conflict without
    a fact, and both `check --baseline` and a second `baseline` read it back."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "facts").mkdir()
    for name, toll in (("a", "four"), ("b", "15")):
        (tmp_path / "seeds" / f"{name}.txt").write_text(
            f"Caracas\n\nClashes with security forces in Caracas left {toll} dead on Tuesday, rights groups said.\n",
            encoding="utf-8")
    (tmp_path / "seeds" / "manifest.yaml").write_text(FACTLESS_MANIFEST, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = factlint(capsys, "baseline", "--no-cache")
    assert code == 0, err
    (entry,) = baselines.load(BASELINE).entries
    assert (entry.kind, entry.fact, entry.seed, entry.other_seed) == ("source-conflict", "", "a", "b")
    code, document, err = check_json(capsys, "--baseline", BASELINE, "--strict-baseline", "--fail-on", "warning",
                                     "--no-cache")
    assert code == 0, err
    assert [f["acknowledged"].startswith("baseline: ") for f in document["findings"]
            if f["kind"] == "source-conflict"] == [True]
    code, out, err = factlint(capsys, "baseline", "--no-cache")
    assert code == 0, err
    assert "1 entry (0 added, 0 stale dropped)" in out
