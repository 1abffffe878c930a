"""The incremental cache: what a rerun would repeat, stored under the hash of everything it depends on.

Beside the extracted mentions (checker/cache.py), a run with a cache directory keeps
  manifest   the parsed seeds/manifest.yaml, keyed by its bytes (each entry's file is still checked
             to exist when it is read back);
  facts      the parsed fact sheets, keyed by their paths and bytes;
  results    each seed's result (mentions, scope, links, comparisons, claims, what grouping reads of
             each claim: SeedResult.grouping; its mentions each a text of its own, built when read:
             codec.Texts, parallel.stored_form), keyed by the seed
             (text, language, publication date, id, path, outlet, url) and the facts' key;
  grouping   the pairs of claims the last run's grouping scored (checker/pairindex.py), keyed by the
             facts' key, its claims known by their results' keys: a rerun scores only the pairs
             near the claims that changed.
Every key also holds the *code version*: a hash of every file of the checker package (code,
language data, concept lists, schemas) and of the versions of the packages that read text (spaCy,
simplemma, py3langid, jdatetime, hijridate, pycountry). Editing the extractor, a language file or the linking
code starts a new version directory (the old ones are removed); editing a fact sheet changes the
facts' key, so every seed is linked again but none is extracted again; editing the manifest entry of
one seed (its date, its language) redoes that seed only.

An entry is a line of JSON with its key and the SHA-256 of its content, then the content: JSON
(checker/codec.py: only the pipeline's own dataclasses are built, no code runs; the grouping index is
plain JSON, no object built), and a result's mentions, claim rows and grouping rows after it, one a line
(codec.TEXTS_APART), all under the checksum; an entry that fails to parse, whose checksum differs or whose
key is another's is a miss, recomputed and written again, never trusted.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Optional

from . import codec
from .cache import CACHEDIR_TAG, _write_atomic
from .model import Seed
from .pairindex import PairIndex, loaded

PACKAGE = Path(__file__).parent
FORMAT = 2
# The packages whose version can change what a seed's result is (pycountry: the subdivisions of a sheet's country,
# read by linking and by what grouping reads of a claim).
READERS = ("spacy", "simplemma", "py3langid", "jdatetime", "hijridate", "pycountry")


@lru_cache(maxsize=1)
def code_version() -> str:
    """The version of this checker package (package_hash), computed once a process."""
    return package_hash(PACKAGE)


def package_hash(package: Path) -> str:
    """A hash of every file of the package (names and contents, caches left out) and of READERS' versions."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for name in READERS:
        try:
            digest.update(f"{name} {metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} -\n".encode())
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(f"{path.relative_to(package).as_posix()}\n".encode())
        digest.update(path.read_bytes())
        digest.update(b"\n\x00")
    return digest.hexdigest()[:16]


def _hash(*parts: bytes | memoryview | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\x00")
    return digest.hexdigest()


class Store:
    """Values by part and key under root/incremental/<code version>; `hits` and `misses` count lookups,
    `warning` says why nothing could be written (once; the check goes on without it)."""

    def __init__(self, root: str | Path, version: Optional[str] = None):
        self.base = Path(root) / "incremental"
        self.version = version or code_version()
        self.directory = self.base / self.version
        self.hits = 0
        self.misses = 0
        self.warning = ""
        self._prepared = False
        self.pairs: dict = {}  # the (word, weight) pairs of the values read: one object each (codec.loads)

    def get(self, part: str, key: str, read: Optional[Callable[[str], object]] = None):
        """The value stored under key, or None when there is none or it cannot be trusted. read: how
        the payload was written (codec.loads, the default; json.loads for plain data, which builds no
        object)."""
        try:
            data = self._path(part, key).read_bytes()
            at = data.index(b"\n")  # the entry's first line (entry_text), then its payload: hashed and decoded in place
            document, payload = json.loads(data[:at]), memoryview(data)[at + 1:]
            if type(document) is not dict or document.get("key") != key or document.get("sha256") != _hash(payload):
                raise ValueError("foreign or altered entry")
            payload = str(payload, "utf-8")
            value = read(payload) if read is not None else codec.loads(payload, self.pairs)
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def holds(self, part: str) -> bool:
        """Whether this version has a directory for part (a run stored some of its values before)."""
        return (self.directory / part).is_dir()

    def put(self, part: str, key: str, value, write: Callable[[object], str] = codec.dumps) -> None:
        if self.warning:
            return
        try:
            payload = write(value).encode("utf-8")  # one copy of a large value (the grouping index: 20 MB)
            self._prepare()
            head = json.dumps({"key": key, "sha256": _hash(payload)}).encode("utf-8")
            _write_atomic(self._path(part, key), b"\n".join((head, payload)))
        except OSError as exc:
            self.warning = f"cannot write the cache in {self.base.parent}: {exc}"
        except TypeError:  # a value the codec cannot write: not stored, computed again next time
            pass

    def drop(self, part: str, key: str) -> None:
        """Remove the value stored under key (one found untrusted when read: computed again, and stored)."""
        try:
            self._path(part, key).unlink(missing_ok=True)
        except OSError:
            pass

    def _path(self, part: str, key: str) -> Path:
        return self.directory / part / key[:2] / f"{key}.json"

    def _prepare(self) -> None:
        """Mark the directory as a cache and drop the entries of other code versions."""
        if self._prepared:
            return
        self._prepared = True
        self.directory.mkdir(parents=True, exist_ok=True)
        tag = self.base.parent / "CACHEDIR.TAG"
        if not tag.exists():
            _write_atomic(tag, CACHEDIR_TAG)
        for other in self.base.iterdir():
            if other.is_dir() and other.name != self.version:
                shutil.rmtree(other, ignore_errors=True)


def entry_text(document: dict) -> str:
    """A stored entry (as Store.put writes it): a line of JSON with its key and checksum, then the payload
    as written (JSON without line breaks), so a read parses the payload once and unescapes nothing."""
    return json.dumps({"key": document["key"], "sha256": document["sha256"]}) + "\n" + document["payload"]


def entry_fields(text: str) -> dict:
    """{"key", "sha256", "payload"} of an entry's text; ValueError when its first line is no JSON object."""
    head, _, payload = text.partition("\n")
    document = json.loads(head)
    if not isinstance(document, dict):
        raise ValueError("not an entry")
    return {**document, "payload": payload}


def cached(store: Optional[Store], part: str, key: str, compute: Callable[[], object],
           valid: Callable[[object], bool] = lambda value: True):
    """The stored value when there is one and valid() accepts it, else compute()'s, stored."""
    if store is None:
        return compute()
    found = store.get(part, key)
    if found is not None and valid(found):
        return found
    value = compute()
    store.put(part, key, value)
    return value


def files_key(paths: Iterable[Path]) -> str:
    """The key of a set of files: their paths and contents."""
    return _hash(*(part for path in sorted(paths) for part in (str(path), path.read_bytes())))


def manifest(directory: Path, store: Optional[Store], read: Callable[[Path], dict]) -> dict:
    """read(directory) (the manifest's entries), from the store when the manifest's bytes are unchanged
    and every entry's file still exists."""
    path = directory / "manifest.yaml"
    if store is None or not path.is_file():
        return read(directory)
    key = _hash("manifest", str(directory), path.read_bytes())

    def files_exist(entries) -> bool:
        return isinstance(entries, dict) and all((directory / name).exists() for name in entries)

    return cached(store, "manifest", key, lambda: _plain(read(directory)), files_exist)


def _plain(entries: dict) -> dict:
    """The entries with YAML's scalar types as Python's (as a cache entry reads back)."""
    return codec.loads(codec.dumps(entries))


def pair_index(store: Optional[Store], facts_key: str, keys: dict[str, str]) -> Optional[PairIndex]:
    """The grouping's pairs of the last run with these facts (checker/pairindex.py), for the seeds whose
    results have keys; None without a store."""
    if store is None:
        return None
    found = store.get("grouping", _hash("grouping", facts_key), json.loads)
    return PairIndex(loaded(found) if found is not None else None, keys)


def keep_pair_index(store: Optional[Store], facts_key: str, index: Optional[PairIndex]) -> None:
    """Store this run's grouping pairs when they differ from the last run's."""
    if store is not None and index is not None and index.differs():
        store.put("grouping", _hash("grouping", facts_key), index.stored(), _plain_json)


def _plain_json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def seed_result_key(seed: Seed, facts_key: str) -> str:
    """The key of a seed's result: every field of the seed, its text's hash, and the facts' key."""
    described = repr(replace(seed, text=""))  # its fields are strings, a date, a flag: one way to write each
    return _hash("result", facts_key, described, hashlib.sha256(seed.text.encode("utf-8")).hexdigest())
