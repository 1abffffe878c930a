"""Seeds: the article files and their curated metadata (seeds/manifest.yaml).

A seed missing from the manifest still runs: its language is detected from
its function words and its publication date stays unknown. An unreadable file is
reported and the other seeds still run.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from . import yamlio
from .errors import InputError, Problem
from .extract.lexicon import available, load
from .extract.normalize import fold
from .model import Seed

MANIFEST = "manifest.yaml"
SEED_KEYS = {"id", "file", "outlet", "url", "language", "published", "timezone"}
SEED_SUFFIXES = {".txt", ".md", ".text"}


def detect_language(text: str) -> str:
    """The language whose common function words ("the", "و", "de") occur most often in the text."""
    words = re.findall(r"\w+", fold(text).text.lower())
    counts = {code: sum(1 for w in words if w in load(code).detect_words) for code in available()}
    best = max(sorted(counts), key=lambda code: counts[code]) if counts else "en"
    return best if counts.get(best) else "en"


def _manifest_entries(directory: Path) -> dict[str, dict]:
    path = directory / MANIFEST
    if not path.exists():
        return {}
    data = yamlio.load(path)
    problems: list[Problem] = []
    entries: dict[str, dict] = {}
    items = data.get("seeds") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError(Problem(str(path), yamlio.line_of(data), "expected a list under 'seeds'", "seeds"))
    for index, item in enumerate(items):
        line = yamlio.line_of(items, index)
        if not isinstance(item, dict) or "file" not in item:
            problems.append(Problem(str(path), line, "each seed needs a 'file'", f"seeds[{index}]"))
            continue
        for key in item:
            if key not in SEED_KEYS:
                problems.append(Problem(str(path), yamlio.line_of(item, key), f"unknown key {key!r}", f"seeds[{index}].{key}"))
        entry = dict(item)
        if item.get("published") not in (None, ""):
            try:
                entry["published"] = date.fromisoformat(str(item["published"]))
            except ValueError:
                problems.append(Problem(str(path), yamlio.line_of(item, "published"),
                                        f"not a date: {item['published']!r} (expected YYYY-MM-DD)", "published"))
        if item.get("language") and str(item["language"]) not in available():
            problems.append(Problem(str(path), yamlio.line_of(item, "language"),
                                    f"no language data for {item['language']!r} (have: {', '.join(available())})", "language"))
        if not (directory / str(item["file"])).exists():
            problems.append(Problem(str(path), yamlio.line_of(item, "file"), f"no such seed file {item['file']!r}", "file"))
        entries[str(item["file"])] = entry
    problems += _duplicate_ids(items, path)
    if problems:
        raise InputError(problems)
    return entries


def _duplicate_ids(items: list, path: Path) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        seed_id = str(item.get("id") or Path(str(item.get("file", ""))).stem)
        line = yamlio.line_of(items, index)
        if seed_id in seen:
            problems.append(Problem(str(path), line, f"duplicate seed id {seed_id!r} (first used at line {seen[seed_id]})", "id"))
        seen.setdefault(seed_id, line)
    return problems


def seed_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix in SEED_SUFFIXES)


def load_seeds(directory: str | Path, only: list[str] | None = None) -> tuple[list[Seed], list[Problem]]:
    """The seeds of a directory (or of the listed files) and the problems of those that could not be read."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(Problem(str(directory), 0, "no such seeds directory"))
    entries = _manifest_entries(directory)
    paths = [Path(p) for p in only] if only else seed_files(directory)
    seeds: list[Seed] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), 0, f"cannot read seed: {exc}"))
            continue
        entry = entries.get(path.name, {})
        language = str(entry.get("language") or detect_language(text))
        seeds.append(Seed(
            id=str(entry.get("id") or path.stem), path=str(path), text=text, language=language,
            published=entry.get("published"), outlet=str(entry.get("outlet") or ""),
            url=str(entry.get("url") or ""), language_detected=not entry.get("language"),
        ))
    return seeds, problems
