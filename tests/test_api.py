"""checker.api (the README's example runs), and the schemas editors use: stable $ids, a baseline schema."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from checker import api, yamlio
from checker import baseline as baselines
from checker.baseline import Entry
from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "checker" / "schema"
STABLE_IDS = {
    "fact-sheet": "urn:factlint:schema:fact-sheet:1",
    "assertions": "urn:factlint:schema:assertions:1",
    "baseline": "urn:factlint:schema:baseline:1",
}


def test_api_check_and_failing_agree_with_the_cli(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    report = api.check()
    assert len(report.seeds) == 5 and report.findings
    assert api.failing(report) == []  # `factlint check` exits 0 on the bundled corpus
    info = api.failing(report, "info")
    assert info and {f.severity for f in info} == {"info"}
    assert main(["check", "--format", "json", "--no-cache", "--fail-on", "info"]) == 1
    assert len(json.loads(capsys.readouterr().out)["findings"]) == len(report.findings)


def test_api_extract_reads_a_sentence():
    (mention,) = api.extract("Officials said 25 soldiers sought refuge.", "en", "2019-05-01")
    assert (mention.text, mention.kind, mention.unit, mention.value.low) == ("25", "count", "soldier", 25)


def test_api_invalid_inputs_raise_input_error_with_file_and_line(tmp_path):
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "bad.yaml").write_text("facts:\n  - id: x\n    kind: cont\n", encoding="utf-8")
    with pytest.raises(api.InputError) as caught:
        api.check(ROOT / "seeds", tmp_path / "facts", tmp_path / "none")
    assert str(caught.value.problems[0]).startswith(str(tmp_path / "facts" / "bad.yaml") + ":")


def test_api_readme_example_runs(monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})
    assert "25 count soldier" in capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(STABLE_IDS))
def test_api_schemas_are_valid_with_stable_ids(name, capsys):
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == STABLE_IDS[name]
    assert main(["schema", name]) == 0
    assert json.loads(capsys.readouterr().out) == schema


def test_api_baseline_schema_accepts_what_factlint_writes_and_refuses_the_rest(tmp_path):
    validator = Draft202012Validator(json.loads((SCHEMAS / "baseline.schema.json").read_text(encoding="utf-8")))
    entries = [Entry("0123456789abcdef", "contradiction", "renegade-soldiers", "000", "the outlet's figure", "x:1: m"),
               Entry("fedcba9876543210", "source-conflict", "", "a", "review", "y:2: m", "b")]
    path = tmp_path / "baseline.yaml"
    path.write_text(baselines.dump(entries), encoding="utf-8")
    for text in (path.read_text(encoding="utf-8"), (ROOT / ".factlint-baseline.yaml").read_text(encoding="utf-8")):
        assert list(validator.iter_errors(json.loads(json.dumps(yamlio.loads(text))))) == []
    assert list(validator.iter_errors({"version": 1, "entries": [{"fingerprint": "xyz", "kind": "c", "seed": "a",
                                                                 "reason": "r"}]}))


def test_api_explain_says_why_a_mention_links_and_which_mentions_came_close_to_a_fact():
    explained = api.explain(ROOT / "seeds", "000", facts=ROOT / "facts")
    linked = [e for e in explained if e.linked == "renegade-soldiers"]
    assert linked and linked[0].mention.text.startswith("25")
    assert linked[0].why.startswith("linked")
    close = api.explain(ROOT / "seeds", facts=ROOT / "facts", fact="renegade-soldiers", limit=3)
    assert close and close[0].linked == "renegade-soldiers"
    with pytest.raises(ValueError):
        api.explain(ROOT / "seeds", facts=ROOT / "facts")


def test_api_readme_editor_settings_point_at_the_schemas_factlint_prints(tmp_path, monkeypatch):
    """The README's editor support, followed in a corpus: its shell block writes the schemas, its VS Code
    settings name each written schema for files it validates, and its modeline reaches the schema from
    facts/ without changing what factlint reads."""
    import fnmatch
    import os
    import shutil
    import stat
    import subprocess
    import sys

    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Editor support", 1)[1].split("\n## ")[0]
    shell = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    settings = json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))["yaml.schemas"]
    modeline = re.search(r"`(# yaml-language-server: \$schema=(\S+))`", section)
    corpus = tmp_path / "corpus"
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, corpus / name)
    shutil.copy(ROOT / ".factlint-baseline.yaml", corpus)
    shim = tmp_path / "bin" / "factlint"
    shim.parent.mkdir()
    shim.write_text(f"#!/bin/sh\nexec {sys.executable} -c 'from checker.cli import entry; entry()' \"$@\"\n")
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": os.pathsep.join([str(ROOT)] + sys.path)}
    done = subprocess.run(["bash", "-euc", shell], cwd=corpus, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    files = [p.relative_to(corpus).as_posix() for p in corpus.rglob("*.yaml")] + [".factlint-baseline.yaml"]
    for schema_path, glob in settings.items():
        schema = json.loads((corpus / schema_path).read_text(encoding="utf-8"))
        matched = [f for f in files if fnmatch.fnmatch(f, glob)]
        assert matched, glob
        for path in matched:
            document = json.loads(json.dumps(yamlio.loads((corpus / path).read_text(encoding="utf-8"))))
            assert list(Draft202012Validator(schema).iter_errors(document)) == [], path
    sheet = corpus / "facts" / "venezuela-2019.yaml"
    assert (sheet.parent / modeline.group(2)).resolve() == (corpus / ".factlint" / "fact-sheet.schema.json")
    sheet.write_text(modeline.group(1) + "\n" + sheet.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(corpus)
    assert main(["validate"]) == 0
