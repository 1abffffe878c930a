"""What a claim's number is a part of: the names next to it and partitive words (checker/lang/concepts/roles.yaml).

"Taroudant", "Tarudant" and "تارودانت" are one province; "Pezeshkian", "پزشکیان" and "بزشكيان" one man:
names are compared by checker/skeleton.py (`same_name`, `skeletons`, re-exported here for the roles of
claims in checker/cluster.py), the one transliteration of factlint. `partitive_spans(text, language)` and
`part_index` find the numbers that a partitive phrase ("of them", "de ellos", "منها") makes a part of the
number before them.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ruamel.yaml import YAML

from .extract.normalize import fold, joint_key
from .skeleton import rules, same_name, skeleton, skeletons

__all__ = ["MIN_CONSONANTS", "part_index", "partitive_spans", "same_name", "skeleton", "skeletons"]

ROLES_PATH = Path(__file__).parent / "lang" / "concepts" / "roles.yaml"
# A skeleton of fewer consonants ("Lula": l) matches only the same plain spelling (skeleton.yaml).
MIN_CONSONANTS = rules().minimum_role


WORDS = re.compile(r"\w+")
# A partitive phrase belongs to the quantity at most this many characters from it ("1,404 of them").
PARTITIVE_GAP = 24


@cache
def _partitive_phrases() -> dict:
    """{language: its partitive phrases} (roles.yaml `partitive`)."""
    data = YAML(typ="safe", pure=True).load(ROLES_PATH.read_text(encoding="utf-8"))
    return {str(lang): tuple(map(str, phrases)) for lang, phrases in (data.get("partitive") or {}).items()}


@cache
def partitive_keys(language: str) -> frozenset:
    """Joint keys of a language's partitive phrases ("of them", "de ellos"), for token matching."""
    return frozenset(joint_key(p) for p in _partitive_phrases().get(language, ()))


@cache
def _partitives() -> dict:
    """{language: compiled pattern of its partitive phrases} (words apart by spaces or ZWNJ)."""
    patterns = {}
    for lang, phrases in _partitive_phrases().items():
        alternatives = sorted({r"[\s\u200c]+".join(map(re.escape, WORDS.findall(fold(str(p)).text.lower())))
                               for p in phrases}, key=lambda a: (-len(a), a))
        if alternatives:
            patterns[str(lang)] = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
    return patterns


def partitive_spans(folded: str, language: str) -> list[tuple[int, int]]:
    """Where the language's partitive phrases stand in a folded text (checker/extract/normalize.py)."""
    pattern = _partitives().get(language)
    return [m.span() for m in pattern.finditer(folded)] if pattern else []


def part_index(spans: list[tuple[int, int]], quantities: list[tuple[int, int]]) -> set[int]:
    """The indexes of the quantities (their spans in the same text, in order) that a partitive phrase
    makes a part: for each phrase, the nearest quantity at most PARTITIVE_GAP characters away (the
    later one on a tie: the whole comes first, "672 heridos, 250 de ellos")."""
    parts = set()
    for start, end in spans:
        best = None
        for index, (q_start, q_end) in enumerate(quantities):
            gap = start - q_end if q_end <= start else q_start - end if q_start >= end else 0
            if 0 <= gap <= PARTITIVE_GAP and (best is None or (gap, -index) < best[0]):
                best = ((gap, -index), index)
        if best is not None and best[1] > 0:  # the first quantity has no whole before it
            parts.add(best[1])
    return parts
