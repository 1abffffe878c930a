"""Which language a seed is in, and what factlint reads of a language it has no data for.

A seed whose manifest entry names no language gets one from py3langid (a fork of
langid.py: its model ships inside the wheel, so it runs offline; it is deterministic,
needs only numpy, which spaCy already brings, and reads 97 languages, so a language
factlint has no data file for is *named*, not mistaken for one it has).

A seed in a language without a data file in checker/lang/ is still read for what is
safe without language data (SAFE_DIGITS): plain digits, digits with a percent sign,
and ISO dates, none touching a separator and another digit ("1,5" or "3.500" mean
different things in different languages). The engine reports such a seed as
`unsupported-language` (checker/findings.py).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from .extract import extract
from .extract.lexicon import available
from .findings import CATALOGUE, fingerprint
from .model import Finding, Mention, Seed

DETECTOR = "py3langid"
# Texts are classified on their first characters: enough for a language, bounded in cost.
DETECT_CHARS = 20000
# A text without a letter has no language; it is read as this one.
FALLBACK = "en"
# The language data that reads the digits of a language factlint has no data for.
DIGITS_LANGUAGE = "en"
# What is read of such a language, by kind: the whole mention must match.
SAFE_DIGITS = {
    "count": re.compile(r"\d+"),
    "number": re.compile(r"\d+"),
    "percent": re.compile(r"\d+\s?%"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
}
# A digit next to the mention through a separator (or none): the mention is part of a longer number.
NEAR_DIGIT_BEFORE = re.compile(r"\d[.,'’\s\u00a0\u202f\u066b\u066c]?$")
NEAR_DIGIT_AFTER = re.compile(r"^[.,'’\s\u00a0\u202f\u066b\u066c]?\d")


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (py3langid), FALLBACK for a text without letters."""
    sample = text[:DETECT_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return FALLBACK
    return _classifier()(sample)[0]


@lru_cache(maxsize=1)
def _classifier():
    import py3langid  # loads its model on first use

    return py3langid.classify


def supported(language: str) -> bool:
    """Whether factlint has language data (checker/lang/<code>.yaml) for the language."""
    return language in available()


def extract_seed(seed: Seed) -> list[Mention]:
    """The mentions of a seed: all of them in a supported language, the safe digits otherwise."""
    if supported(seed.language):
        return extract(seed.text, seed.language, seed.published)
    found = extract(seed.text, DIGITS_LANGUAGE, seed.published)
    return [_digits_only(m, seed.language) for m in found if _safe(m, seed.text)]


def _safe(mention: Mention, text: str) -> bool:
    pattern = SAFE_DIGITS.get(mention.kind)
    if pattern is None or not pattern.fullmatch(mention.text) or mention.unresolved:
        return False
    before, after = text[max(0, mention.start - 2):mention.start], text[mention.end:mention.end + 2]
    return not NEAR_DIGIT_BEFORE.search(before) and not NEAR_DIGIT_AFTER.match(after)


def _digits_only(mention: Mention, language: str) -> Mention:
    """A digits mention without what the stand-in language data read around it (a counted noun)."""
    kind = "number" if mention.kind == "count" else mention.kind
    unit = "" if mention.kind in ("count", "number") else mention.unit
    return replace(mention, kind=kind, unit=unit, language=language)


def language_findings(seeds: Iterable[Seed]) -> list[Finding]:
    """An `unsupported-language` warning for each seed in a language without data, naming it."""
    catalogued = CATALOGUE["unsupported-language"]
    findings = []
    have = available()  # listed once, not for each seed (a glob of checker/lang/)
    for seed in seeds:
        if seed.language in have:
            continue
        how = f"detected by {DETECTOR}" if seed.language_detected else "from the manifest"
        findings.append(Finding(
            kind="unsupported-language", severity=catalogued.severity, fact="", seed=seed.id, code=catalogued.code,
            message=(f"seed {seed.id} is in language {seed.language!r} ({how}); factlint has no language data for it "
                     f"(has: {', '.join(have)}): only its digits, percents and ISO dates are checked"),
            found=seed.language, path=seed.path, line=1, column=1,
            fingerprint=fingerprint("unsupported-language", seed.id, seed.language)))
    return findings
