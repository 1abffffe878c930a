"""What a claim's number is a part of: the names next to it and partitive words (checker/lang/concepts/roles.yaml).

"Taroudant", "Tarudant" and "تارودانت" are one province; "Pezeshkian", "پزشکیان" and "بزشكيان" one man.
`skeleton(name)` writes a name as its consonants, the same in every script; `same_name(a, b)` says
whether two names are one (equal skeletons of at least MIN_CONSONANTS consonants, else equal folded
text). Used to compare the roles of claims (checker/cluster.py) across languages. `partitive(text,
language)` and `part_index` find the numbers that a partitive phrase ("of them", "de ellos", "منها") makes
a part of the number before them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from ruamel.yaml import YAML

from .concepts import fold_key
from .extract.normalize import fold

ROLES_PATH = Path(__file__).parent / "lang" / "concepts" / "roles.yaml"
# A skeleton of fewer consonants ("Lula": l) matches only the same name letter for letter.
MIN_CONSONANTS = 2
# Stands for a vowel or a sign while a skeleton is built (two consonants around it are not a doubling).
SEPARATOR = "\x00"


@cache
def _rules() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], dict, int]:
    data = YAML(typ="safe", pure=True).load(ROLES_PATH.read_text(encoding="utf-8"))
    letters = {_plain(str(k)): str(v or "") for k, v in (data.get("letters") or {}).items()}
    ordered = tuple(sorted(letters.items(), key=lambda kv: (-len(kv[0]), kv[0])))
    final = {_plain(str(k)): str(v or "") for k, v in (data.get("final") or {}).items()}
    articles = tuple(_plain(str(a)) for a in data.get("articles") or ())
    return articles, ordered, final, max((len(k) for k in letters), default=1)


def _plain(text: str) -> str:
    """Folded, lower case, without combining marks (accents, hamza above)."""
    decomposed = unicodedata.normalize("NFKD", fold_key(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonants of a name, written the same in every script ("Taroudant" and "تارودانت": trdnt)."""
    articles, ordered, final, longest = _rules()
    text = _plain(name).strip()
    for article in articles:
        if text.startswith(article) and len(text) > len(article) + 1:
            text = text[len(article):]
            break
    for letter, written in final.items():
        if text.endswith(letter):
            text = text[: -len(letter)] + written
    table = dict(ordered)
    out: list[str] = []
    i = 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 0, -1):
            piece = text[i:i + n]
            if piece in table:
                out.append(table[piece] or SEPARATOR)
                i += n
                break
        else:
            out.append(text[i] if text[i].isalnum() else SEPARATOR)
            i += 1
    letters = "".join(out)  # a doubled consonant is written once, not two with a vowel between
    kept = "".join(ch for j, ch in enumerate(letters) if j == 0 or ch != letters[j - 1])
    return kept.replace(SEPARATOR, "")


def same_name(a: str, b: str) -> bool:
    """Whether two names are one: the same skeleton of MIN_CONSONANTS or more, else the same folded text."""
    if _plain(a) == _plain(b):
        return True
    first, second = skeleton(a), skeleton(b)
    return len(first) >= MIN_CONSONANTS and first == second


WORDS = re.compile(r"\w+")
# A partitive phrase belongs to the quantity at most this many characters from it ("1,404 of them").
PARTITIVE_GAP = 24


@cache
def _partitives() -> dict:
    """{language: compiled pattern of its partitive phrases} (words apart by spaces or ZWNJ)."""
    data = YAML(typ="safe", pure=True).load(ROLES_PATH.read_text(encoding="utf-8"))
    patterns = {}
    for lang, phrases in (data.get("partitive") or {}).items():
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
