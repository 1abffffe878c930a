"""Text a reader sees differently from what factlint checks: a `suspicious-text` finding.

A bidi control (an embedding, override or isolate, or the character closing one) on the line of a
mention can reorder what an editor or a browser shows ("‮25‬" is shown as 52 while 25 is read);
an invisible character (a zero-width space, a word joiner, a soft hyphen, a blank letter) inside
or beside a mention can hide or split it. Each such line is one finding at its first such character,
error by default. ZWNJ and ZWJ, ordinary in Persian, count only between two digits.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import replace

from .model import Finding, Mention, Seed
from .visible import BIDI_CONTROLS, KEPT, SUSPECT, codepoint, hidden, visible

QUOTE_LIMIT = 300  # characters of the line quoted


def _invisible(text: str, i: int) -> bool:
    ch = text[i]
    if ch in ("\u200c", "\u200d"):  # ZWNJ, ZWJ: joiners of Persian words, suspect inside a number
        return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    return ch not in KEPT and ch not in "\t\n\r" and hidden(ch)


def _suspects(text: str, mention: Mention, line: tuple[int, int], bidi: list[int], hiding: list[int]) -> list[int]:
    """Offsets of the bidi controls on the mention's line and of the invisible characters in or beside it
    (bidi and hiding: the offsets of each in the text, ascending)."""
    on_line = bidi[bisect.bisect_left(bidi, line[0]): bisect.bisect_left(bidi, line[1])]
    near = hiding[bisect.bisect_left(hiding, mention.start - 1): bisect.bisect_left(hiding, mention.end + 1)]
    return sorted(set(on_line) | {i for i in near if _invisible(text, i)})


def suspicious_findings(seed: Seed, mentions) -> list[Finding]:
    """One `suspicious-text` finding per line of a seed where a mention sits among hidden characters."""
    text = seed.text
    hiding = [m.start() for m in SUSPECT.finditer(text) if hidden(m.group()) and m.group() not in "\t\n\r"]
    if not hiding:
        return []
    bidi = [i for i in hiding if text[i] in BIDI_CONTROLS]
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    by_line: dict[int, tuple[set[int], str]] = {}

    def add(line: int, found, near: str) -> None:
        before = by_line.setdefault(line, (set(), near))
        before[0].update(found)

    for mention in mentions:
        line = bisect.bisect_right(line_starts, mention.start)
        end = line_starts[line] - 1 if line < len(line_starts) else len(text)
        found = _suspects(text, mention, (line_starts[line - 1], end), bidi, hiding)
        if found:
            add(line, found, mention.text)
    for i in _beside_digits(text, hiding):  # '2\u200b5' is read as no number at all, and shown as 25
        add(bisect.bisect_right(line_starts, i), [i], text[max(i - 3, 0): i + 4])
    return [_finding(seed, line, line_starts[line - 1], sorted(offsets), near)
            for line, (offsets, near) in sorted(by_line.items())]


def _beside_digits(text: str, hiding: list[int]) -> list[int]:
    """Offsets of invisible characters with a digit on one side."""
    return [i for i in hiding if _invisible(text, i) and (
        (i > 0 and text[i - 1].isdigit()) or (i + 1 < len(text) and text[i + 1].isdigit()))]


def _finding(seed: Seed, line: int, line_start: int, offsets: list[int], near: str) -> Finding:
    from .findings import CATALOGUE, fingerprint

    text = seed.text
    names = list(dict.fromkeys(f"{codepoint(text[i])} {unicodedata.name(text[i], 'unnamed')}" for i in offsets))
    end = text.find("\n", line_start)
    quote = text[line_start: end if end >= 0 else len(text)][:QUOTE_LIMIT]
    catalogued = CATALOGUE["suspicious-text"]
    return Finding(
        kind="suspicious-text", severity=catalogued.severity, fact="", seed=seed.id, code=catalogued.code,
        message=(f"seed {seed.id} line {line}: {', '.join(names)} near {visible(near)!r}: "
                 f"what a reader sees may differ from what factlint checks"),
        found=", ".join(codepoint(ch) for ch in dict.fromkeys(text[i] for i in offsets)),
        quote=visible(quote), path=seed.path, line=line, column=offsets[0] - line_start + 1,
        fingerprint=fingerprint("suspicious-text", seed.id, visible(quote)))


def made_visible(finding: Finding) -> Finding:
    """The finding with every text that comes from an input made visible (see checker/visible.py); the
    finding itself when none hides a character (most: no copy of each finding of a run)."""
    shown = {name: visible(getattr(finding, name)) for name in _TEXT_FIELDS}
    changed = {name: text for name, text in shown.items() if text is not getattr(finding, name)}
    return replace(finding, **changed) if changed else finding


_TEXT_FIELDS = ("fact", "seed", "message", "expected", "found", "quote", "path", "fact_path", "rule",
                "assertion", "acknowledged", "other_seed", "other_quote", "other_location")
