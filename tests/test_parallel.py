"""Every core: `check --jobs N` gives the same JSON, SARIF and report.md as --jobs 1, whatever the hash seed,
and the parent keeps no seed's text."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cache import MentionCache
from checker.cli import EXIT_ERROR, _progress, main, parser
from checker.engine import Inputs, run
from checker.render import json as json_render
from checker.render import markdown, sarif

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import gen_corpus  # noqa: E402


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """Fifteen generated articles, three in each of en, fa, es, ar, pt, and eight facts."""
    return gen_corpus.write(tmp_path_factory.mktemp("generated"), 15, 8)


def _inputs(root: Path) -> Inputs:
    return Inputs(root / "seeds", (root / "facts",), (root / "assertions",))


def _outputs(report) -> dict[str, str]:
    return {"json": json_render.render(report), "sarif": sarif.render(report), "md": markdown.render(report)}


@pytest.mark.parametrize("corpus", ["bundled", "generated"])
def test_parallel_outputs_are_byte_identical_to_one_process(corpus, generated):
    root = ROOT if corpus == "bundled" else generated
    one, _ = run(_inputs(root), jobs=1)
    two, _ = run(_inputs(root), jobs=2)
    assert _outputs(two) == _outputs(one)
    assert json.loads(_outputs(one)["json"])["findings"]  # the comparison is not between two empty reports


SCRIPT = """
import sys
from pathlib import Path
from checker.engine import Inputs, run
from checker.render import json, markdown, sarif
root = Path(sys.argv[1])
report, _ = run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)), jobs=2)
sys.stdout.write(json.render(report) + sarif.render(report) + markdown.render(report))
"""


def test_parallel_outputs_do_not_depend_on_the_hash_seed(generated):
    one, _ = run(_inputs(generated), jobs=1)
    expected = "".join(_outputs(one).values())
    for hash_seed in ("2024",):  # the parent's own is random unless set
        environment = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(generated)], capture_output=True, text=True,
                              env=environment, check=True)
        assert done.stdout == expected


def test_parallel_results_keep_no_seed_text(generated):
    report, _ = run(_inputs(generated), jobs=2)
    assert len(report.seeds) == 15
    assert all(result.seed.text == "" for result in report.seeds)
    assert any(result.mentions for result in report.seeds)


def test_parallel_cache_counts_what_the_workers_did(tmp_path, generated):
    first = MentionCache(tmp_path / "cache")
    run(_inputs(generated), first, jobs=2)
    second = MentionCache(tmp_path / "cache")
    run(_inputs(generated), second, jobs=2)
    assert (first.extracted, first.reused) == (15, 0)
    assert (second.extracted, second.reused) == (0, 15)


def test_parallel_unreadable_seed_is_reported_and_the_others_run(tmp_path, generated, capsys, monkeypatch):
    for name in ("seeds", "facts", "assertions"):
        (tmp_path / name).mkdir()
        for path in (generated / name).iterdir():
            (tmp_path / name / path.name).write_bytes(path.read_bytes())
    bad = sorted((tmp_path / "seeds").glob("*.txt"))[4]
    bad.write_bytes(b"\xff\xfe not utf-8 \xff")
    monkeypatch.chdir(tmp_path)
    code = main(["check", "--jobs", "2", "--format", "json", "--no-cache", "-q"])
    out, err = capsys.readouterr()
    assert code == EXIT_ERROR
    assert f"seeds/{bad.name}: cannot read seed" in err
    assert json.loads(out)["summary"]["seeds"] == 14


def test_cli_jobs_output_equals_one_process(generated, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(generated)
    outputs = []
    for jobs in ("1", "2"):
        main(["check", "--jobs", jobs, "--format", "sarif", "--no-cache", "--output", str(tmp_path / f"{jobs}.md")])
        outputs.append((capsys.readouterr().out, (tmp_path / f"{jobs}.md").read_text(encoding="utf-8")))
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_cli_jobs_must_be_a_positive_number(value, capsys):
    assert main(["check", "--jobs", value]) == EXIT_ERROR
    assert "--jobs" in capsys.readouterr().err


def test_cli_jobs_default_is_every_core():
    assert parser().parse_args(["check"]).jobs == len(os.sched_getaffinity(0))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_without_quiet(monkeypatch):
    args = parser().parse_args(["check"])
    with _progress(args) as progress:  # pytest captures standard error: not a terminal
        assert progress is None
    monkeypatch.setattr(sys, "stderr", _Terminal())
    with _progress(parser().parse_args(["check", "-q"])) as progress:
        assert progress is None
    with _progress(args) as progress:
        progress(1, 2)
        progress(2, 2)
    assert "2/2" in sys.stderr.getvalue()


FORKED = """
import json, os, sys, tempfile, threading
from collections import Counter
from pathlib import Path
from checker import cluster
from checker.cache import MentionCache
from checker.engine import Inputs, run
from checker.parallel import on_cores
from checker.render import json as json_render, markdown, sarif
root = Path(sys.argv[1])
inputs = Inputs(root / "seeds", (root / "facts",), (root / "assertions",))
cluster.FORKED_CLAIMS = 1  # a corpus this small scores its pairs in one process
calls, score = Counter(), cluster._score
def counted(a, b, window):
    calls[os.getpid()] += 1  # a forked child counts in its own copy
    return score(a, b, window)
cluster._score = counted
outputs = {}
for jobs in (1, 2):
    with tempfile.TemporaryDirectory() as cache:  # a cold run keeps its pairs' index
        report, _ = run(inputs, MentionCache(Path(cache)) if jobs == 2 else None, jobs=jobs)
    outputs[jobs] = [json_render.render(report), sarif.render(report), markdown.render(report), calls[os.getpid()]]
    calls.clear()
children = on_cores(lambda share: os.getpid(), 2, 2)
waiting = threading.Event()
other = threading.Thread(target=waiting.wait)  # a progress bar's thread: a lock it holds would stay held in a child
other.start()
alone = on_cores(lambda share: os.getpid(), 2, 2)
waiting.set()
json.dump({"same": outputs[1][:3] == outputs[2][:3], "findings": bool(json.loads(outputs[1][0])["findings"]),
           "scored": [outputs[1][3], outputs[2][3]], "forked": children[1] != os.getpid(),
           "alone": alone == [os.getpid()] * 2}, sys.stdout)
"""


def test_grouping_scores_a_cold_runs_pairs_on_every_core_and_reports_the_same_bytes(generated):
    # in a process of its own: other tests leave threads running (Dask's), and a process with threads does not fork
    done = subprocess.run([sys.executable, "-c", FORKED, str(generated)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    found = json.loads(done.stdout)
    assert found["same"] and found["findings"], found
    one, two = found["scored"]
    assert 0 < two < one, found  # with --jobs 2, a forked child scored the other pairs
    assert found["forked"] and found["alone"], found  # parallel.on_cores: never forks while another thread runs
