"""The extraction cache: a seed's mentions on disk, keyed by what they depend on.

A seed's mentions depend on its text, its language, its publication date and
the extractor: the key hashes the four, the extractor as its *version*, a hash
of every file that can change what extraction returns (checker/extract/*.py,
checker/lang/*.yaml, intervals.py for what qualifiers mean, model.py for the
shape of a mention) and the spaCy version (its tokenizer). Editing any of them
starts a new version directory and removes the old ones; nothing else
invalidates an entry, so a run over a corpus of thousands with one new seed
extracts that one seed.

Entries are JSON (no code runs on load) written atomically; an unreadable or
foreign entry is a miss and is written again. The directory holds a
CACHEDIR.TAG and a .gitignore, so neither backups nor git pick it up.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict, fields
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Optional

from .detect import extract_seed
from .model import Interval, Mention, Seed

DEFAULT_DIR = ".factlint-cache"
PACKAGE = Path(__file__).parent
# The files whose content decides what extraction returns.
EXTRACTOR_FILES = ("extract/*.py", "lang/*.yaml", "intervals.py", "model.py")
FORMAT = 1
SCHEMA = 1  # the shape of an entry (schema, key, checksum, mentions); another schema is recomputed
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by factlint.\n")
MENTION_FIELDS = {f.name for f in fields(Mention)}
INTERVAL_FIELDS = {f.name for f in fields(Interval)}


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the extractor's files (names and contents), the spaCy version and the cache format."""
    digest = hashlib.sha256(f"format {FORMAT}\nspacy {_spacy_version()}\n".encode())
    for pattern in EXTRACTOR_FILES:
        for path in sorted(PACKAGE.glob(pattern)):
            digest.update(f"{path.relative_to(PACKAGE).as_posix()}\n".encode())
            digest.update(path.read_bytes())
            digest.update(b"\n\x00")
    return digest.hexdigest()[:16]


def _spacy_version() -> str:
    try:
        return metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return "unknown"


def seed_key(seed: Seed, version: Optional[str] = None) -> str:
    """The cache key of a seed: its content, language and publication date under one extractor."""
    published = seed.published.isoformat() if seed.published else "-"
    head = f"{version or extractor_version()}\x00{seed.language}\x00{published}\x00"
    return hashlib.sha256(head.encode() + seed.text.encode("utf-8")).hexdigest()


class MentionCache:
    """Mentions per seed, read from disk when the seed was extracted before, else extracted and stored.

    `extracted` and `reused` count the seeds of this process; `warning` says why the cache could
    not be written, once (the check goes on without it)."""

    def __init__(self, directory: str | Path = DEFAULT_DIR):
        self.root = Path(directory)
        self.version = extractor_version()
        self.directory = self.root / "mentions" / self.version
        self.extracted = 0
        self.reused = 0
        self.warning = ""
        self._prepared = False

    def mentions(self, seed: Seed) -> tuple[Mention, ...]:
        key = seed_key(seed, self.version)
        found = self._read(key)
        if found is not None:
            self.reused += 1
            return found
        self.extracted += 1
        mentions = tuple(extract_seed(seed))
        self._write(key, mentions)
        return mentions

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def _read(self, key: str) -> Optional[tuple[Mention, ...]]:
        try:
            items = unsealed(json.loads(self._path(key).read_text(encoding="utf-8")), key)
            if items is None:
                return None
            return tuple(mention_from(item) for item in items)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def _write(self, key: str, mentions: tuple[Mention, ...]) -> None:
        if self.warning:
            return
        try:
            self._prepare()
            document = sealed(key, mentions)
            _write_atomic(self._path(key), json.dumps(document, ensure_ascii=False, sort_keys=True))
        except OSError as exc:
            self.warning = f"cannot write the extraction cache in {self.root}: {exc}"

    def _prepare(self) -> None:
        """Mark the directory as a cache and drop the entries of other extractor versions."""
        if self._prepared:
            return
        self._prepared = True
        self.directory.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# created by factlint\n*\n")):
            if not (self.root / name).exists():
                _write_atomic(self.root / name, text)
        for other in (self.root / "mentions").iterdir():
            if other.is_dir() and other.name != self.version:
                shutil.rmtree(other, ignore_errors=True)


def checksum(items: list) -> str:
    """A hash of an entry's mentions as JSON, so that an entry edited by hand is recomputed."""
    return hashlib.sha256(json.dumps(items, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def sealed(key: str, mentions) -> dict:
    """A cache entry: the schema, the key, the mentions and their checksum."""
    items = [asdict(m) for m in mentions]
    return {"schema": SCHEMA, "key": key, "checksum": checksum(items), "mentions": items}


def unsealed(data, key: str) -> Optional[list]:
    """The mentions of an entry (as JSON) when its schema, key and checksum hold; else None."""
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or data.get("key") != key:
        return None
    items = data.get("mentions")
    return items if isinstance(items, list) and data.get("checksum") == checksum(items) else None


def mention_from(item: dict) -> Mention:
    """A Mention from its JSON form (asdict); unknown or missing fields raise TypeError."""
    value = item["value"]
    if set(value) != INTERVAL_FIELDS or set(item) != MENTION_FIELDS:
        raise TypeError("not a mention of this version")
    return Mention(**{**item, "value": Interval(**value)})


def _write_atomic(path: Path, text: str | bytes) -> None:
    """Write text (UTF-8) or bytes to path at once: a reader finds the old file or the new one, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8") if isinstance(text, str) else text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
