"""Characters a reader cannot see, shown visibly: `⟨U+202E⟩` in place of a right-to-left override.

Every text factlint prints or writes that comes from its inputs (quotes, messages, file names,
ids) passes through `visible`, so that bidi controls cannot reorder what a reviewer reads, control
characters (ESC, BEL, BS, CR, LF) cannot reach a terminal or start a new line, and zero-width
characters cannot hide. The joiners and marks of ordinary Persian and Arabic text (ZWNJ, ZWJ, the
left-to-right, right-to-left and Arabic letter marks) are kept as they are: they reorder nothing.
"""
from __future__ import annotations

import re
import unicodedata

# Embeddings, overrides and isolates, with the characters that close them: they reorder what is shown.
BIDI_CONTROLS = frozenset(map(chr, (*range(0x202A, 0x202F), *range(0x2066, 0x206A))))
# Characters of ordinary right-to-left text, kept as they are.
KEPT = frozenset("\u200c\u200d\u200e\u200f\u061c")
# Letters and marks that show nothing (Hangul fillers, the combining grapheme joiner).
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u034f")
_SHOWN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Co", "Cs"}


def hidden(ch: str) -> bool:
    """Whether a character is shown as ⟨U+XXXX⟩: controls, format and invisible characters."""
    if ch in KEPT:
        return False
    return ch in BLANK_LETTERS or unicodedata.category(ch) in _SHOWN_CATEGORIES or \
        0xFE00 <= ord(ch) <= 0xFE0F or 0xE0100 <= ord(ch) <= 0xE01EF  # variation selectors


def codepoint(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def show(ch: str) -> str:
    return f"⟨{codepoint(ch)}⟩"


# Every character hidden() may be true of (a superset, for a fast search)
SUSPECT = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e"
                      r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\uffff\U000e0000-\U000e01ef]")


def visible(text: str, keep: frozenset = frozenset()) -> str:
    """The text with every hidden character but those of `keep` written as ⟨U+XXXX⟩ (line breaks included)."""
    if not SUSPECT.search(text) and text.isprintable():
        return text
    return "".join(show(ch) if hidden(ch) and ch not in keep else ch for ch in text)


def visible_lines(text: str, keep: frozenset = frozenset()) -> str:
    """A multi-line text with each line made visible, its line breaks (LF) kept."""
    return "\n".join(visible(line, keep) for line in text.split("\n"))


def runner_safe(line: str) -> str:
    """A line a CI runner reads: visible, and never starting with `::` (a workflow command)."""
    line = visible(line)
    indent = len(line) - len(line.lstrip())
    return line[:indent] + show(":") + line[indent + 1:] if line[indent:].startswith("::") else line
