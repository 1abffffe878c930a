"""Consonant skeletons: a name written in one script recognised in another (Herat / هرات).

The letter classes and the rules are data, in checker/lang/concepts/skeleton.yaml (its header explains them);
this module only applies them. `skeleton(word)` is the key two spellings share; `script(word)` says which
script a word is written in, since skeletons are compared only across scripts.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ruamel.yaml import YAML

from .extract.normalize import fold_phrase

DATA = Path(__file__).parent / "lang" / "concepts" / "skeleton.yaml"


@dataclass(frozen=True)
class SkeletonRules:
    minimum: int
    digraphs: tuple[tuple[str, str], ...]
    latin: dict
    arabic: dict
    silent_final: frozenset


@lru_cache(maxsize=1)
def rules() -> SkeletonRules:
    data = YAML(typ="safe", pure=True).load(DATA.read_text(encoding="utf-8"))
    digraphs = tuple(sorted(((str(k), str(v)) for k, v in data["latin"]["digraphs"].items()),
                            key=lambda kv: (-len(kv[0]), kv[0])))
    return SkeletonRules(int(data["minimum"]), digraphs,
                         {str(k): str(v) for k, v in data["latin"]["letters"].items()},
                         {str(k): str(v) for k, v in data["arabic"]["letters"].items()},
                         frozenset(map(str, data["arabic"]["silent_final"])))


def script(word: str) -> str:
    """'latin', 'arabic' or '' (digits, punctuation, other scripts)."""
    for ch in word:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("ARABIC"):
            return "arabic"
        if name.startswith("LATIN"):
            return "latin"
    return ""


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonant classes of a word (or of a phrase, its words joined), '' for other scripts."""
    found = []
    for part in fold_phrase(word).lower().split():
        kind = script(part)
        if kind == "latin":
            found.append(_latin(part))
        elif kind == "arabic":
            found.append(_arabic(part))
        else:
            return ""
    return _collapse("".join(found))


def _latin(word: str) -> str:
    table = rules()
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    out, i = [], 0
    while i < len(plain):
        for pair, sound in table.digraphs:
            if plain.startswith(pair, i):
                out.append(sound)
                i += len(pair)
                break
        else:
            out.append(table.latin.get(plain[i], ""))
            i += 1
    return "".join(out)


def _arabic(word: str) -> str:
    table = rules()
    letters = [c for c in word if c in table.arabic]
    if len(letters) > 1 and letters[-1] in table.silent_final and table.arabic.get(letters[-2], ""):
        letters = letters[:-1]
    return "".join(table.arabic[c] for c in letters)


def _collapse(classes: str) -> str:
    return "".join(c for i, c in enumerate(classes) if i == 0 or c != classes[i - 1])


def matchable(key: str) -> bool:
    """Whether a skeleton is long enough to identify a name."""
    return len(key) >= rules().minimum
