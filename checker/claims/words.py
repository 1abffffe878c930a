"""The words of a sentence as claims read them: tokens (TOKEN), keys (`_folded`, `_key`), the parts of a
sentence around a mention (PART_BREAK, `_parts_around`, `_around`), what joins two names or numbers
(`_joined`), and a language's stop words (`_stop_words`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.lexicon import load as load_language
from ..extract.normalize import ZWNJ, fold, joint_key
from ..model import Mention
from ..concepts import WORD_TOKEN, conjunctions, fold_key


TOKEN = WORD_TOKEN
# What separates the parts of a sentence that name different roles: "1,293 in Al Haouz, 452 in Taroudant".
PART_BREAK = re.compile(r"[,،;:؛](?=\s)|\s[-–—]\s|\s(?:and|y|e|و)\s|\sو(?=[\d٠-٩۰-۹])")


def _joined(between: str, language: str) -> bool:
    """Whether the text between two names or numbers is only commas and at most one conjunction."""
    words = fold_key(between).replace(",", " ").split()
    return len(words) <= 1 and all(w in conjunctions(language) for w in words)


def _around(mention: Mention) -> tuple[str, str]:
    """The folded text of the mention's sentence before and after it ("", "" when it cannot be found)."""
    sentence, text = _folded(mention.sentence), " ".join(_folded(mention.text).split())
    where = sentence.find(text)
    if where < 0:
        return "", ""
    return sentence[:where], sentence[where + len(text):]


def _sentence_part(mention: Mention) -> str:
    """The part of a mention's sentence between the separators (PART_BREAK) around it."""
    return _parts_around(mention)[1]


def _parts_around(mention: Mention) -> tuple[str, str]:
    """The part of the sentence before the mention's part ("" when none), and the mention's part."""
    return _parts_of(mention.sentence, " ".join(mention.text.split()))


@lru_cache(maxsize=16384)
def _parts_of(sentence: str, text: str) -> tuple[str, str]:
    """_parts_around of a text in a sentence: found once a number (its degree, place, revision, owner and day ask)."""
    where = sentence.find(text)
    if where < 0:
        return "", sentence
    breaks = _part_breaks(sentence)
    starts = [b for b in breaks if b[1] <= where]
    end = next((b for b in breaks if b[0] >= where + len(text)), None)
    own = sentence[(starts[-1][1] if starts else 0):(end[0] if end else len(sentence))]
    previous = sentence[(starts[-2][1] if len(starts) > 1 else 0):starts[-1][0]] if starts else ""
    return previous, own


@lru_cache(maxsize=4096)
def _part_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the separators between the parts of a sentence (PART_BREAK) stand: found once a sentence."""
    return tuple((m.start(), m.end()) for m in PART_BREAK.finditer(sentence))  # (a look-ahead sees the number)


@lru_cache(maxsize=None)
def _stop_words(code: str) -> frozenset:
    lang = load_language(code)
    listed = lang.function_words
    lexicon = set()
    for table in lang.lexicon_tables:
        lexicon.update(table)
    return frozenset(lexicon | {joint_key(w) for w in listed})


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """Folded text (ASCII is its own folding); folded once a text (a sentence's claims each ask)."""
    return text if text.isascii() else fold(text).text


@lru_cache(maxsize=65536)
def _key(folded: str) -> str:
    """The joint key of folded text: lower case, no spaces, no ZWNJ (extract.normalize.joint_key)."""
    return "".join(folded.lower().split()).replace(ZWNJ, "")
