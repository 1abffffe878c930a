"""Seeds: the article files and their curated metadata (seeds/manifest.yaml).

A seed without a language in the manifest (or without an entry) gets one from a
detector (checker/detect.py); one without a publication date gets one inferred from
its url or text where possible (checker/published.py). An unreadable file is
reported and the other seeds still run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import yamlio
from .errors import InputError, Problem
from .detect import detect_language
from .encoding import decode, known
from .model import Seed
from .published import infer_published
from .safefile import SEED_SIZE_LIMIT, outside, read_bytes

MANIFEST = "manifest.yaml"
SEED_KEYS = {"id", "file", "outlet", "url", "language", "published", "timezone", "encoding"}
SEED_SUFFIXES = {".txt", ".md", ".text"}
# A language a manifest may name; one without data in checker/lang/ is reported when checking (checker/detect.py).
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _manifest_entries(directory: Path) -> dict[str, dict]:
    path = directory / MANIFEST
    if not path.exists():
        return {}
    data = yamlio.load(path, inside=path.parent)
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
        if item.get("language") and not LANGUAGE_CODE.fullmatch(str(item["language"])):
            problems.append(Problem(str(path), yamlio.line_of(item, "language"),
                                    f"not a language code: {item['language']!r} (expected ISO 639-1, e.g. en)", "language"))
        if item.get("encoding") and not known(str(item["encoding"])):
            problems.append(Problem(str(path), yamlio.line_of(item, "encoding"),
                                    f"unknown encoding {item['encoding']!r} (e.g. utf-8, windows-1256, iso-8859-6, "
                                    f"utf-16)", "encoding"))
        if not _stays_inside(str(item["file"]), directory):
            problems.append(Problem(str(path), yamlio.line_of(item, "file"),
                                    f"{item['file']!r}: a seed file must be a name inside the seeds directory", "file"))
        entries[str(item["file"])] = entry
    problems += _duplicate_ids(items, path)
    if problems:
        raise InputError(problems)
    return entries


def _stays_inside(name: str, directory: Path) -> bool:
    """Whether a manifest's file name names a file inside the seeds directory (no absolute path, no '..')."""
    path = Path(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and not outside(directory / path, directory)


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
    """The files of a seeds directory with a seed suffix; special files too (reading them reports them)."""
    return sorted(p for p in directory.iterdir() if p.suffix in SEED_SUFFIXES and not p.is_dir())


def skipped_files(directory: Path) -> list[str]:
    """The names of the files in a seeds directory that are not read as seeds (another suffix)."""
    return sorted(p.name for p in directory.iterdir()
                  if p.suffix not in SEED_SUFFIXES and p.name != MANIFEST and not p.is_dir())


@dataclass(frozen=True)
class SeedSource:
    """A seed file and its manifest entry, before its text is read: what a worker is sent."""

    path: str
    id: str
    entry: dict = field(default_factory=dict, compare=False)
    limit: int = SEED_SIZE_LIMIT  # refused when larger, in bytes


def seed_sources(directory: str | Path, only: list[str] | None = None,
                 limit: int = SEED_SIZE_LIMIT, store=None) -> list[SeedSource]:
    """The seeds of a directory (or the listed files), in a fixed order, with their manifest entries and
    the size limit they are read with; raises InputError when the manifest is invalid. With a store
    (checker/incremental.py), an unchanged manifest is not parsed again."""
    from .incremental import manifest

    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(Problem(str(directory), 0, "no such seeds directory"))
    entries = manifest(directory, store, _manifest_entries)
    paths = [Path(p) for p in only] if only else seed_files(directory)
    if not only:  # a manifest's file that is missing is reported when it is read, the others checked
        listed = {path.name for path in paths}
        paths += sorted(directory / name for name in entries if name not in listed)
    sources = []
    for path in paths:
        entry = entries.get(path.name, {})
        sources.append(SeedSource(str(path), str(entry.get("id") or path.stem), entry, limit))
    return sources


# What reading a seed raises when it cannot be read: unreadable(source, exc) says why.
UNREADABLE = (OSError, UnicodeDecodeError, InputError)


def read_seed(source: SeedSource) -> Seed:
    """The seed of a source, its text read; raises one of UNREADABLE when it cannot be read (InputError:
    refused, for not being a regular file or for its size)."""
    data = read_bytes(source.path, source.limit, Path(source.path).parent, what="seed")
    text = decode(data, source.entry.get("encoding"))  # a byte-order mark is not a character of the article
    return seed_of(Path(source.path), text, source.entry)


def unreadable(source: SeedSource, exc: Exception) -> Problem:
    if isinstance(exc, InputError):
        return exc.problems[0]
    if isinstance(exc, UnicodeDecodeError):
        return Problem(source.path, 0, f"cannot read seed: {exc.reason}")
    return Problem(source.path, 0, f"cannot read seed: {exc}")


def load_seeds(directory: str | Path, only: list[str] | None = None,
               limit: int = SEED_SIZE_LIMIT) -> tuple[list[Seed], list[Problem]]:
    """The seeds of a directory (or of the listed files) and the problems of those that could not be read
    (a seed over `limit` bytes among them)."""
    seeds: list[Seed] = []
    problems: list[Problem] = []
    for source in seed_sources(directory, only, limit):
        try:
            seeds.append(read_seed(source))
        except UNREADABLE as exc:
            problems.append(unreadable(source, exc))
    return seeds, problems


def seed_of(path: Path, text: str, entry: dict) -> Seed:
    """A seed from its text and manifest entry, its language detected and its date inferred when missing."""
    language = str(entry.get("language") or detect_language(text))
    url = str(entry.get("url") or "")
    published, source = infer_published(text, url, language, entry.get("published"))
    return Seed(id=str(entry.get("id") or path.stem), path=str(path), text=text, language=language,
                published=published, outlet=str(entry.get("outlet") or ""), url=url,
                language_detected=not entry.get("language"), published_source=source)
