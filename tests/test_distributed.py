"""Dask: the per-seed part on a two-worker LocalCluster gives the same JSON, SARIF and report.md as one process."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checker.cli import EXIT_ERROR, main
from checker.engine import Inputs, run
from checker.render import json as json_render
from checker.render import markdown, sarif

distributed = pytest.importorskip("distributed")  # the test extra installs it; CI runs this

from checker.distributed import check, connected, executor  # noqa: E402

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import gen_corpus  # noqa: E402


def _outputs(report) -> tuple[str, str, str]:
    return json_render.render(report), sarif.render(report), markdown.render(report)


@pytest.fixture(scope="module")
def client():
    with connected(workers=2, processes=False) as own:
        yield own


def test_dask_run_is_byte_identical_to_one_process_and_to_two_jobs(tmp_path, client):
    root = gen_corpus.write(tmp_path, 10, 6)
    inputs = Inputs(root / "seeds", (root / "facts",), (root / "assertions",))
    one, _ = run(inputs, jobs=1)
    two, _ = run(inputs, jobs=2)
    on_dask, _ = run(inputs, executor=executor(client))
    assert _outputs(on_dask) == _outputs(one) == _outputs(two)
    assert one.findings
    assert _outputs(check(root / "seeds", root / "facts", root / "assertions", client=client)) == _outputs(one)


def test_dask_reports_an_unreadable_seed_and_runs_the_others(tmp_path, client):
    root = gen_corpus.write(tmp_path, 6, 3)
    bad = sorted((root / "seeds").glob("*.txt"))[2]
    bad.write_bytes(b"\xff\xfe\xff")
    report, _ = run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)), executor=executor(client))
    assert len(report.seeds) == 5
    assert [e.split(": ")[0] for e in report.errors] == [str(bad)]


def test_cli_executor_dask_with_a_scheduler_equals_the_local_run(tmp_path, client, capsys, monkeypatch):
    root = gen_corpus.write(tmp_path, 5, 3)
    monkeypatch.chdir(root)
    main(["check", "--jobs", "1", "--format", "json", "--no-cache", "-o", "local.md"])
    local = capsys.readouterr().out
    main(["check", "--executor", "dask", "--scheduler", client.scheduler.address, "--format", "json",
          "--no-cache", "-o", "dask.md"])
    assert capsys.readouterr().out == local
    assert (root / "dask.md").read_text(encoding="utf-8") == (root / "local.md").read_text(encoding="utf-8")


def test_cli_scheduler_needs_the_dask_executor(capsys):
    assert main(["check", "--scheduler", "tcp://127.0.0.1:1"]) == EXIT_ERROR
    assert "--scheduler needs --executor dask" in capsys.readouterr().err
