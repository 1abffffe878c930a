"""Integrity (issue 12, item 6): the cache is trusted only when intact, outputs keep the user's file mode,
lines and columns are git's, and impossible values in a fact sheet are errors."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from checker.cache import MentionCache
from checker.cli import main, write_atomic
from checker.corpus import load_seeds
from checker.extract import extract, parse_value
from checker.model import Seed


def seed(text: str) -> Seed:
    return Seed(id="s", path="s.txt", text=text, language="en", published=None)


def entry_of(cache: MentionCache) -> Path:
    (path,) = cache.directory.glob("*/*.json")
    return path


@pytest.mark.parametrize("edit", [
    lambda m: m.update(value={**m["value"], "low": 35.0, "high": 35.0}),  # another valid value
    lambda m: m.update(line="three"),  # the wrong type
    lambda m: m.pop("kind"),
])
def test_cache_entry_edited_is_recomputed(edit, tmp_path):
    text = "25 renegade soldiers sought refuge."
    first = MentionCache(tmp_path).mentions(seed(text))
    path = entry_of(MentionCache(tmp_path))
    document = json.loads(path.read_text(encoding="utf-8"))
    edit(document["mentions"][0])
    path.write_text(json.dumps(document), encoding="utf-8")
    again = MentionCache(tmp_path)
    assert again.mentions(seed(text)) == first and again.extracted == 1


def test_cache_entry_of_another_schema_is_recomputed(tmp_path):
    text = "25 renegade soldiers sought refuge."
    MentionCache(tmp_path).mentions(seed(text))
    path = entry_of(MentionCache(tmp_path))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert "schema" in document and "checksum" in document
    document["schema"] = -1
    path.write_text(json.dumps(document), encoding="utf-8")
    again = MentionCache(tmp_path)
    again.mentions(seed(text))
    assert again.extracted == 1


def test_atomic_write_keeps_the_users_normal_mode(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "report.md", "x\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o644


def test_bom_is_not_a_character(tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeff25 soldiers died.".encode("utf-8"))
    (loaded,), _ = load_seeds(tmp_path)
    (mention,) = [m for m in extract(loaded.text, "en") if m.text == "25"]
    assert (mention.line, mention.column) == (1, 1)


@pytest.mark.parametrize("raw, line", [
    (b"one\r\n25 soldiers died.", 2),  # CRLF: a line break
    (b"one\r25 soldiers died.", 1),  # a lone CR: not one, as in git
    (b"one\n\n25 soldiers died.", 3),
])
def test_line_numbers_follow_git(raw, line, tmp_path):
    (tmp_path / "a.txt").write_bytes(raw)
    (loaded,), _ = load_seeds(tmp_path)
    (mention,) = [m for m in extract(loaded.text, "en") if m.text == "25"]
    assert mention.line == line


@pytest.mark.parametrize("text", ["۴۰ اسفند ۱۳۹۷", "۳۲ اسفند ۱۳۹۷"])
def test_impossible_day_in_a_fact_sheet_is_an_error_not_a_month(text):
    with pytest.raises(ValueError):
        parse_value(text, "date", "fa")


@pytest.mark.parametrize("text", ["۴۰ اسفند ۱۳۹۷", "۳۲ اسفند ۱۳۹۷"])
def test_impossible_day_in_a_persian_fact_sheet_is_a_validate_problem_at_its_line(text, project, capsys):
    """The issue's case through `factlint validate`: a sheet in Persian (value texts read as Persian)."""
    Path("facts/fa.yaml").write_text(
        "language: fa\nfacts:\n  - id: esfand-day\n    statement: A day of Esfand 1397\n    kind: date\n"
        f"    value: \"{text}\"\n    cues: [سفارت]\n    provenance: test\n", encoding="utf-8")
    code = main(["validate"])
    err = capsys.readouterr().err
    assert code == 2 and "facts/fa.yaml:6: " in err and text in err
