"""A seed's bytes as text, and the `encoding` warning for text that was decoded the wrong way.

A seed is UTF-8 unless its manifest entry declares an `encoding` (any name Python knows: windows-1256,
iso-8859-6, utf-16); a UTF-16 byte-order mark alone is no declaration (b"\xff\xfe" also starts broken
files, and any even run of bytes decodes as UTF-16). A seed that is not valid in its encoding
is unreadable, and the message names the encoding charset-normalizer finds most likely. A seed that
decodes but reads like mojibake (UTF-8 read as Windows-1252 or Latin-1 and saved again: "Ø³Ø±Ø¨Ø§Ø²"),
as ftfy judges it, or that has letters but almost none in the scripts of its language (the `scripts` of
checker/lang/<code>.yaml), gets a warning naming what it most likely was.
"""
from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache
from typing import Optional

from .model import Finding, Seed

GUESS_BYTES = 200_000  # what charset-normalizer reads of an undecodable seed
SAMPLE = 200_000  # characters of a seed whose letters are counted
MIN_LETTERS = 20  # fewer letters say nothing about a script
IN_SCRIPT = 0.05  # below this share of its letters in the language's scripts, a seed has "no letters" of it
ENCODING_NAMES = {"sloppy-windows-1252": "Windows-1252", "windows-1252": "Windows-1252", "latin-1": "Latin-1",
                  "sloppy-windows-1251": "Windows-1251", "windows-1251": "Windows-1251", "macroman": "MacRoman",
                  "cp437": "CP437", "sloppy-windows-1250": "Windows-1250", "iso-8859-2": "ISO-8859-2"}


def known(name: str) -> bool:
    try:
        codecs.lookup(name)
        return True
    except LookupError:
        return False


def decode(data: bytes, declared: Optional[str] = None) -> str:
    """The text of a seed's bytes, its byte-order mark dropped; UnicodeDecodeError whose reason names
    the likely encoding when the bytes are not valid in theirs."""
    encoding = declared or "utf-8"
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        where = f"{exc.reason} at byte {exc.start}"
        likely = "" if declared else likely_encoding(data)
        hint = f"; it reads as {likely}: declare `encoding: {likely}` in the manifest" if likely else ""
        what = declared or "UTF-8"
        raise UnicodeDecodeError(exc.encoding, exc.object, exc.start, exc.end, f"not {what} ({where}){hint}") from exc


def likely_encoding(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:GUESS_BYTES]).best()
    return best.encoding if best is not None and best.encoding != "utf_8" else ""


def encoding_findings(seed: Seed) -> list[Finding]:
    """An `encoding` warning when the seed reads like mojibake or has no letters of its language."""
    garbled = _mojibake(seed.text)
    if garbled:
        line, sample, fixed, encoding = garbled
        return [_finding(seed, line, f"line {line} reads like UTF-8 read as {encoding} and saved again: "
                                     f"{sample!r} would read {fixed!r}; save it again from the original as UTF-8",
                         encoding)]
    letters, ours = _letters(seed.text[:SAMPLE], seed.language)
    if letters >= MIN_LETTERS and ours < IN_SCRIPT * letters:
        scripts = " or ".join(_scripts(seed.language))
        return [_finding(seed, 1, f"no letters of its language {seed.language} ({scripts} script): {ours} of "
                                  f"{letters} letters; is its language or its encoding wrong?", "")]
    return []


def _mojibake(text: str) -> Optional[tuple[int, str, str, str]]:
    """(line, garbled text, fixed text, encoding) of the first line ftfy finds mojibake in and can fix."""
    from ftfy import fix_encoding_and_explain
    from ftfy.badness import is_bad

    if not is_bad(text):
        return None
    for number, line in enumerate(text.split("\n"), start=1):
        if not is_bad(line):
            continue
        fixed, steps = fix_encoding_and_explain(line)
        encoded = [step[1] for step in steps or () if step[0] == "encode"]
        if fixed != line and encoded:
            start = next(i for i, (a, b) in enumerate(zip(line, fixed + "\0" * len(line))) if a != b)
            return number, line[start:start + 24], fixed[start:start + 12], ENCODING_NAMES.get(encoded[0], encoded[0])
    return None


def _letters(text: str, language: str) -> tuple[int, int]:
    """How many letters the text has, and how many of them are in the scripts of the language."""
    scripts = set(_scripts(language))
    if not scripts:
        return 0, 0
    letters = ours = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            ours += _script(ch) in scripts
    return letters, ours


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    return unicodedata.name(ch, "").split(" ")[0].title()


@lru_cache(maxsize=None)
def _scripts(language: str) -> tuple[str, ...]:
    from .extract.lexicon import available, load

    return tuple(load(language).raw.get("scripts") or ()) if language in available() else ()


def _finding(seed: Seed, line: int, what: str, encoding: str) -> Finding:
    from .findings import CATALOGUE, fingerprint

    catalogued = CATALOGUE["encoding"]
    return Finding(kind="encoding", severity=catalogued.severity, fact="", seed=seed.id, code=catalogued.code,
                   message=f"seed {seed.id}: {what}", found=encoding, path=seed.path, line=line, column=1,
                   fingerprint=fingerprint("encoding", seed.id, encoding or seed.language))
