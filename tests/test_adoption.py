"""The README's adoption section, followed literally: its manifest, fact sheet, assertions and
pyproject.toml blocks are read from README.md itself and used in a new git repository of five articles
(four English, one Spanish, our own sentences about an invented flood), through `factlint` in process
and `pytest` in a subprocess, up to the gate on a pull request."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from checker.cli import main
from git_repo import git

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {
    "2024-03-04-harbour-news.txt": "Twelve dead as flood sweeps Portvale harbour\n\nPORTVALE — Twelve people died when a "
    "storm surge flooded the harbour district of Portvale on Sunday, the regional government said on Monday.\n\n"
    "Rescue teams pulled 40 people from flooded homes overnight, and about 300 residents spent the night in two "
    "school gyms.\n",
    "2024-03-04-coast-daily.txt": "Portvale counts the cost of Sunday's flood\n\nOfficials in Portvale said 12 people "
    "were killed by the flood that hit the harbour on Sunday.\n",
    "2024-03-05-morning-wire.txt": "Portvale flood: death toll climbs\n\nA flood in Portvale has killed 15 people, "
    "according to a local hospital official.\n\nAbout 300 residents remain in emergency shelters.\n",
    "2024-03-05-bay-times.txt": "After the Portvale flood\n\nThe regional government confirmed on Tuesday that 12 "
    "people died in Sunday's flood in Portvale.\n",
    "2024-03-05-diario-sur.txt": "Inundación en Portvale\n\nDoce personas murieron el domingo en la inundación del "
    "puerto de Portvale, según el gobierno regional.\n",
}
MORE_SEEDS = """\
  - {id: coast-daily, file: 2024-03-04-coast-daily.txt, outlet: Coast Daily, language: en, published: 2024-03-04}
  - {id: morning-wire, file: 2024-03-05-morning-wire.txt, outlet: Morning Wire, language: en, published: 2024-03-05}
  - {id: bay-times, file: 2024-03-05-bay-times.txt, outlet: Bay Times, language: en, published: 2024-03-05}
"""


def readme_blocks() -> list[tuple[str, str]]:
    """(language, text) of each fenced block of the adoption section, dedented."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Adopting factlint")[1].split("\n## ")[0]
    return [(lang, textwrap.dedent(body)) for lang, body in re.findall(r"```(\w+)\n(.*?)\n\s*```", section, re.S)]


def block(language: str, holding: str) -> str:
    (found,) = [text for lang, text in readme_blocks() if lang == language and holding in text]
    return found + "\n"


IDENTITY = {"GIT_AUTHOR_NAME": "factlint", "GIT_AUTHOR_EMAIL": "factlint@example.invalid",
            "GIT_COMMITTER_NAME": "factlint", "GIT_COMMITTER_EMAIL": "factlint@example.invalid",
            "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def ci_workflow() -> str:
    """The GitHub Actions workflow of docs/ci.md, as a user copies it."""
    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "docs" / "ci.md").read_text(encoding="utf-8"), re.S)
    (workflow,) = [b for b in blocks if b.startswith("name: factlint") and "jobs:" in b]
    return workflow


def factlint(capsys, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().out


def pytest_in(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=path,
                          capture_output=True, text=True, timeout=600)


def test_adoption_readme_from_a_folder_of_articles_to_a_gated_pull_request(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "my-corpus"
    (corpus / "seeds").mkdir(parents=True)
    monkeypatch.chdir(corpus)
    # 1. the README's `git init`, under git's own default branch name (the gate below names `main`)
    (init,) = [c for line in block("sh", "git init").splitlines() for c in line.split("&&")
               if c.strip().startswith("git init")]
    git(corpus, "-c", "init.defaultBranch=master", *init.split()[1:])
    (corpus / ".venv").mkdir()
    (corpus / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")  # what step 1 leaves
    for name, text in ARTICLES.items():
        (corpus / "seeds" / name).write_text(text, encoding="utf-8")
    (corpus / "seeds" / "manifest.yaml").write_text(block("yaml", "{id: harbour-news") + MORE_SEEDS, encoding="utf-8")

    # 3. facts: suggest proposes the death toll; the README's sheet validates
    (corpus / "facts").mkdir()
    code, proposed = factlint(capsys, "suggest")
    assert code == 0 and "12 people" in proposed and "15 people" in proposed
    (corpus / "facts" / "portvale-flood.yaml").write_text(block("yaml", "statement:"), encoding="utf-8")
    assert factlint(capsys, "validate")[0] == 0
    # 4. assertions, 5. pytest configuration
    (corpus / "assertions").mkdir()
    (corpus / "assertions" / "portvale.yaml").write_text(block("yaml", "assertions:"), encoding="utf-8")
    (corpus / "pyproject.toml").write_text(block("toml", "[tool.pytest.ini_options]"), encoding="utf-8")

    # 6. first run: Morning Wire's 15 fails check and pytest; the HTML report is written
    code, _ = factlint(capsys, "check", "--format", "json")
    failing = _failing(capsys)
    assert code == 1 and failing == [("contradiction", "morning-wire")]
    assert factlint(capsys, "report", "--format", "html")[0] == 0 and (corpus / "report.html").is_file()
    run = pytest_in(corpus)
    assert run.returncode == 1 and "1 failed, 4 passed" in run.stdout, run.stdout + run.stderr
    assert factlint(capsys, "baseline")[0] == 0
    toml = block("toml", "[tool.factlint]")
    (corpus / "pyproject.toml").write_text(toml + "\n" + (corpus / "pyproject.toml").read_text(), encoding="utf-8")
    assert factlint(capsys, "check")[0] == 0
    run = pytest_in(corpus)
    assert run.returncode == 0, run.stdout + run.stderr

    # 7. the README's commands: ignore what is not the corpus, add the workflow of docs/ci.md, commit
    (corpus / "proposed.yaml").write_text(proposed, encoding="utf-8")  # step 3's `factlint suggest > proposed.yaml`
    workflows = corpus / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "factlint.yml").write_text(ci_workflow(), encoding="utf-8")
    commands = block("sh", ".gitignore")
    done = subprocess.run(["bash", "-euc", commands], cwd=corpus, capture_output=True, text=True, timeout=60,
                          env={**os.environ, **IDENTITY})
    assert done.returncode == 0, done.stdout + done.stderr
    committed = git(corpus, "ls-files").split()
    assert ".github/workflows/factlint.yml" in committed and "facts/portvale-flood.yaml" in committed
    assert not [p for p in committed if p.startswith((".venv/", ".factlint-cache/", "report.", "proposed"))], committed
    assert git(corpus, "status", "--porcelain") == ""
    gate = ["check", "--changed-since", "main", "--baseline", ".factlint-baseline.yaml", "--format", "github"]
    assert factlint(capsys, *gate) == (0, "")
    git(corpus, "checkout", "-q", "-b", "new-article")
    (corpus / "seeds" / "2024-03-06-river-post.txt").write_text(
        "Portvale toll\n\nTwenty people died in the Portvale flood, a rescue volunteer said.\n", encoding="utf-8")
    with open(corpus / "seeds" / "manifest.yaml", "a", encoding="utf-8") as manifest:
        manifest.write("  - {id: river-post, file: 2024-03-06-river-post.txt, outlet: River Post, language: en, "
                       "published: 2024-03-06}\n")
    code, out = factlint(capsys, *gate)
    assert code == 1 and out.startswith("::error file=seeds/2024-03-06-river-post.txt,line=3,")
    git(corpus, "stash", "-q", "-u")
    git(corpus, "checkout", "-q", "main")
    sheet = corpus / "facts" / "portvale-flood.yaml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("value: 12", "value: 13"), encoding="utf-8")
    code, out = factlint(capsys, *gate)
    assert code == 1 and "::error file=seeds/2024-03-05-bay-times.txt" in out


def _failing(capsys) -> list:
    import json
    code = main(["check", "--format", "json", "-q"])
    document = json.loads(capsys.readouterr().out)
    return sorted((f["kind"], f["seed"]) for f in document["findings"]
                  if f["severity"] == "error" and not f["acknowledged"])
