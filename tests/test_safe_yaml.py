"""Every YAML input is read safely (issue 12, item 2): no alias expansion, no object construction,
duplicate keys reported, a size limit, regular files only; each refusal is a `file:line` problem."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker import yamlio
from checker.cli import EXIT_ERROR, main
from checker.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def alias_bomb(levels: int, width: int = 9) -> str:
    lines = ["a0: &a0 [lol]"]
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def problems_of(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "sheet.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        yamlio.load(path)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("levels", [4, 9, 12])
def test_yaml_alias_bomb_is_refused_at_its_first_anchor(levels, tmp_path):
    (problem,) = problems_of(alias_bomb(levels), tmp_path)
    assert problem.startswith(f"{tmp_path / 'sheet.yaml'}:1: ") and "anchor" in problem


@pytest.mark.parametrize("text, line, word", [
    ("facts:\n  - id: x\n    <<: {kind: count}\n", 3, "merge key"),
    ("facts:\n  - !!python/object:os.system {}\n", 2, "tag"),
    ("facts: !custom [1]\n", 1, "tag"),
    ("facts: []\nother: *nowhere\n", 2, "alias"),
    ("a: 1\nb: 2\na: 3\n", 3, "duplicate key"),
])
def test_yaml_unsafe_constructs_are_problems_at_their_line(text, line, word, tmp_path):
    (problem,) = problems_of(text, tmp_path)
    assert problem.startswith(f"{tmp_path / 'sheet.yaml'}:{line}: ") and word in problem


def test_yaml_core_tags_are_allowed(tmp_path):
    path = tmp_path / "sheet.yaml"
    path.write_text("a: 25\nb: !!int '3'\n", encoding="utf-8")
    assert yamlio.load(path) == {"a": 25, "b": 3}


def test_yaml_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlio, "YAML_SIZE_LIMIT", 1000)
    (problem,) = problems_of("facts: []\n" + "# padding\n" * 200, tmp_path)
    assert "size limit" in problem


@pytest.mark.parametrize("where", ["facts/x.yaml", "seeds/manifest.yaml", "assertions/x.yaml"])
def test_yaml_holding_only_an_equals_sign_is_a_problem_not_a_traceback(where, project, capsys):
    Path(where).write_text("=\n", encoding="utf-8")
    code = main(["validate"])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR and where in err and "Traceback" not in err


@pytest.mark.parametrize("where", ["facts/x.yaml", "seeds/manifest.yaml", "assertions/x.yaml"])
def test_yaml_fifo_is_refused_without_blocking(where, project):
    Path(where).unlink(missing_ok=True)
    os.mkfifo(where)
    run = subprocess.run([sys.executable, "-m", "checker.cli", "validate"], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == EXIT_ERROR
    assert f"{where}: refused: a FIFO" in run.stderr


def test_yaml_file_of_10_mb_is_refused_by_the_default_limit(project, capsys):
    """A 10 MB sheet took 81 s and 1.2 GB to validate (issue 12): refused from its size, before a byte is read."""
    with open("facts/big.yaml", "wb") as big:
        big.truncate(10_000_000)  # sparse: nothing written
    code = main(["validate"])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR and "facts/big.yaml: refused: 10,000,000 bytes, over the size limit" in err


def test_yaml_symlink_to_a_device_is_refused(project, capsys):
    """A sheet symlinked to /dev/zero grew to 4 GB (issue 12): refused by name, without reading it."""
    Path("facts/zero.yaml").symlink_to("/dev/zero")
    code = main(["validate"])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR and "facts/zero.yaml: refused: a symlink to /dev/zero" in err


def test_yaml_symlink_leaving_the_facts_directory_is_refused(project, tmp_path, capsys):
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yaml"
    shutil.copy(ROOT / "facts" / "venezuela-2019.yaml", outside)
    Path("facts/venezuela-2019.yaml").unlink()
    Path("facts/venezuela-2019.yaml").symlink_to(outside)
    code = main(["validate"])
    err = capsys.readouterr().err
    assert code == EXIT_ERROR and "facts/venezuela-2019.yaml: refused: a symlink" in err


@pytest.mark.parametrize("text, line", [
    ("facts:\n  - id: x\n    value: !!int ''\n", 3),
    ("a: 1\nb: !!int _\n", 2),
    ("- 1\n- !!float ''\n", 2),
])
def test_yaml_core_tag_on_a_value_it_cannot_hold_is_a_problem_at_its_line(text, line):
    """Found by the atheris harness (bench/fuzz): ruamel raised IndexError inside its int constructor."""
    with pytest.raises(InputError) as raised:
        yamlio.loads(text, "facts/x.yaml")
    problem = raised.value.problems[0]
    assert (problem.line, problem.field) == (line, "syntax")
    assert "cannot hold" in problem.message


@pytest.mark.parametrize("text, line, value", [
    ("\r\n+_", 2, "+_"),          # the atheris harness's crash-f2e87afe: a plain scalar the resolver takes for an int
    ("a: 1\nb: -_\n", 2, "-_"),
    ("- 1\n- [2, +_]\n", 2, "+_"),
    ("+_: 1\n", 1, "+_"),
])
def test_yaml_plain_scalar_that_looks_like_a_number_but_is_none_is_a_problem_at_its_line(text, line, value):
    with pytest.raises(InputError) as raised:
        yamlio.loads(text, "facts/x.yaml")
    problem = raised.value.problems[0]
    assert (problem.line, problem.field) == (line, "syntax") and repr(value) in problem.message


@pytest.mark.parametrize("text", ["[" * 3000 + "]" * 3000, "a:\n" + "".join("  " * i + "b:\n" for i in range(1, 1500)),
                                  "- " * 2000 + "x\n"])
def test_yaml_nested_too_deep_is_a_problem_not_a_recursion_error(text):
    with pytest.raises(InputError) as raised:
        yamlio.loads(text, "facts/x.yaml")
    problem = raised.value.problems[0]
    assert problem.line >= 1 and "nested deeper than" in problem.message


@pytest.mark.parametrize("text, line", [
    ("?  ? ?   ? ?  ?  ? ?   ?  ? ?   ?  ? ?   ? ^ ?  ? ?   ? ^*.", 1),  # the atheris harness's slow-unit-42d77922
    ("? " * 40 + "x\n", 1),
    ("facts: []\n? {a: 1}\n: x\n", 2),
    ("facts:\n  [a, b]: x\n", 2),
    ("- ? - x\n", 1),
])
def test_yaml_mapping_or_list_as_a_key_is_refused_at_its_line(text, line):
    """Found by the atheris harness (bench/fuzz): nested complex keys ('? ? ? x') cost ruamel three times
    more per level (it hashes a mapping key by walking it), 59 bytes took 19 s; factlint's keys are text."""
    with pytest.raises(InputError) as raised:
        yamlio.loads(text, "facts/x.yaml")
    problem = raised.value.problems[0]
    assert (problem.line, problem.field) == (line, "syntax") and "as a key" in problem.message


@pytest.mark.parametrize("text", ["\n\n>4 ########", "\n\n> #", "# c\n\n|2 # x\n  y\n", "---\n\n>- #\n"])
def test_yaml_the_parser_failing_on_its_own_is_a_problem_not_a_traceback(text):
    """Found by the atheris harness (bench/fuzz, crash-7c5951a4): a block scalar header with a comment
    after blank lines trips an assertion inside ruamel's parser, raised again while factlint looked for
    the scalar that could not be built."""
    with pytest.raises(InputError) as raised:
        yamlio.loads(text, "facts/x.yaml")
    (problem,) = raised.value.problems
    assert problem.path == "facts/x.yaml" and problem.field == "syntax" and "cannot read" in problem.message


@pytest.mark.parametrize("text", ["facts:\n  - id: a\n    value: 3\n", "seeds: [{file: a.txt}]\n"])
def test_yaml_text_is_parsed_once(text, monkeypatch):
    """The refusals read the events the composer takes; a first parse for them alone was a third of
    reading a manifest of 10,000 seeds. The text is parsed once, by libyaml (when PyYAML has it) or by ruamel."""
    from ruamel.yaml.parser import Parser

    starts = []
    original = Parser.parse_stream_start
    monkeypatch.setattr(Parser, "parse_stream_start", lambda self: starts.append(1) or original(self))
    libyaml = yamlio._libyaml_node
    monkeypatch.setattr(yamlio, "_libyaml_node", lambda text, resolver: starts.append(1) or libyaml(text, resolver))
    yamlio.loads(text, "facts/x.yaml")
    assert len(starts) == 1
