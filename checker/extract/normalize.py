"""Fold text for matching, keeping a map back to the original character offsets.

Folding (see shared docs, Persian brief section 8): NFKC; drop tatweel, harakat,
bidi marks and BOM; Persian and Arabic-Indic digits to ASCII; Arabic yeh and kaf
to the Persian forms; heh variants to heh; hamza-on-alef to alef; the Arabic
decimal, thousands and percent signs to . , %; no-break and thin spaces to a
space; ZWJ to ZWNJ; the Turkish dotted capital İ to I. ZWNJ itself is kept: lexicon matching treats ZWNJ, space and
nothing alike at word joints.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

ZWNJ = "\u200c"

_DROP = {0x0640, 0x0654, 0x0670, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD}
_DROP.update(range(0x064B, 0x0660))
_DROP.update(range(0x202A, 0x202F))
_DROP.update(range(0x2066, 0x206A))

_MAP = {
    "ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ە": "ه", "ة": "ه",
    "أ": "ا", "إ": "ا", "ٱ": "ا",
    "٫": ".", "٬": ",", "٪": "%", "⁄": "/", "∕": "/",
    "‚": ",",  # U+201A, a low single quote: Persian and Arabic keyboards give it for the comma ('۳۴‚۴۹ درصد')
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ",
    "\u200d": ZWNJ,
    # Turkish dotted capital I: lower() would give "i" plus a combining dot, so "İki" would not match "iki"
    "İ": "I",
}
for _zero in (0x06F0, 0x0660):
    for _d in range(10):
        _MAP[chr(_zero + _d)] = str(_d)


@dataclass(frozen=True)
class Folded:
    """Folded text and, for every folded character, its offset in the original (plus one past the end)."""

    text: str
    offsets: Sequence[int]  # a range where folding keeps every character in place
    original: str = ""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the folded span [start, end), with the marks folding dropped at its
        end ('غداً' keeps its tanween, 'مـــیلیون' its tatweel)."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        stop = self.offsets[end - 1] + 1
        while stop < len(self.original) and _is_mark(self.original[stop]):
            stop += 1
        return self.offsets[start], stop


def _is_mark(ch: str) -> bool:
    return ch >= "\u0300" and (ch == "\u0640" or unicodedata.category(ch) == "Mn")  # no mark comes before U+0300


@lru_cache(maxsize=None)
def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty or longer)."""
    if ord(ch) in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    folded = unicodedata.normalize("NFKC", ch)
    return "".join(_MAP.get(c, c) for c in folded if ord(c) not in _DROP)


# The characters met so far that fold to themselves (most of every text): fold looks each up once, not once a text.
_UNCHANGED: set[str] = set()


def fold(text: str) -> Folded:
    """Fold a text, each distinct character it has not met before once: where every character folds to exactly
    one (the usual case), one str.replace a character that changes (_replaced) and an identity offset map."""
    mapping = {ch: fold_char(ch) for ch in set(text).difference(_UNCHANGED)}
    changed = {ch: folded for ch, folded in mapping.items() if folded != ch}
    if len(_UNCHANGED) > 100_000:  # text of ever new characters: keep the set bounded
        _UNCHANGED.clear()
    _UNCHANGED.update(ch for ch in mapping if ch not in changed)
    if all(len(folded) == 1 for folded in changed.values()):
        return Folded(_replaced(text, changed), range(len(text) + 1), text)
    pieces = [changed.get(ch, ch) for ch in text]
    offsets = [i for i, piece in enumerate(pieces) for _ in piece]
    offsets.append(len(text))
    return Folded("".join(pieces), tuple(offsets), text)


def _replaced(text: str, changed: dict[str, str]) -> str:
    """The text with each character of `changed` replaced by its one-character folding: one str.replace a
    character, each a fast search of the whole text, where str.translate looks every character up in a dict
    (100 KB of Arabic: 0.1 ms against 8 ms). The same as translate, for no folding is a character folded again."""
    if any(folded in changed for folded in changed.values()):
        return text.translate({ord(ch): folded for ch, folded in changed.items()})
    for ch, folded in changed.items():
        text = text.replace(ch, folded)
    return text


def fold_phrase(phrase: str) -> str:
    """Fold a lexicon phrase the way text is folded, lower-cased."""
    return fold(phrase).text.lower()


@lru_cache(maxsize=65536)
def joint_key(phrase: str) -> str:
    """The key under which a phrase is matched: folded, lower-cased, with spaces and ZWNJ removed."""
    return "".join(c for c in fold_phrase(phrase) if not c.isspace() and c != ZWNJ)
