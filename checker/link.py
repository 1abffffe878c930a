"""Linking: each body mention to at most one fact, with a score and the reasons.

A fact is a candidate for a mention of a compatible kind; the fact's cue phrases
for the mention's language must occur in the mention's sentence, and a counted
noun that contradicts the fact's unit rules the fact out. Facts are indexed by
kind, so the cost grows with the facts a mention could match, not with all facts.
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import Optional

from .extract import counted_noun
from .extract.normalize import ZWNJ, fold, joint_key
from .model import Fact, Link, Mention

# What each part of the evidence adds to a link's score.
KIND_SCORE = 0.2
UNIT_SCORE = 0.3
CUE_SCORE = 0.25
THRESHOLD = 0.45  # a link needs at least one cue

COMPATIBLE = {"count": {"count", "number"}, "number": {"count", "number"}}


@lru_cache(maxsize=4096)
def cue_pattern(cue: str) -> re.Pattern:
    """A cue matches at a word start; between its words a space, ZWNJ or nothing."""
    words = fold(cue).text.lower().split()
    joint = f"[\\s{ZWNJ}]*"
    return re.compile(r"(?<!\w)" + joint.join(re.escape(w.replace(ZWNJ, "")) for w in words))


@lru_cache(maxsize=65536)
def sentence_key(sentence: str) -> str:
    return fold(sentence).text.lower().replace(ZWNJ, "")


@lru_cache(maxsize=65536)
def _position(sentence: str, text: str) -> int:
    """Where a mention stands in its sentence's key (computed once, not once per candidate fact)."""
    return sentence_key(sentence).find(sentence_key(text))


def cue_hits(fact: Fact, language: str, sentence: str) -> list[tuple[str, int]]:
    """The fact's cues found in the sentence, with where they start."""
    text = sentence_key(sentence)
    hits = []
    for cue in fact.cues.get(language, ()):
        match = cue_pattern(str(cue)).search(text)
        if match:
            hits.append((str(cue), match.start()))
    return hits


def unit_relation(fact: Fact, mention: Mention) -> str:
    """'match', 'mismatch' or 'unknown' between the mention's counted noun and the fact's unit."""
    if mention.kind not in ("count", "number", "ordinal", "money") or not mention.unit or not fact.unit:
        return "unknown"
    if joint_key(mention.unit) in unit_names(fact, mention.language):
        return "match"
    return "mismatch" if mention.kind in ("money",) or fact.kind == "count" else "unknown"


def unit_names(fact: Fact, language: str) -> frozenset[str]:
    """The keys of the fact's unit and of its aliases in a language, as written and as an article's
    counted noun reads them (the unit in the sheet's language: `people` matches 'personas' too)."""
    return _unit_names(fact.unit, fact.language, language, tuple(map(str, fact.aliases.get(language, ()))))


@lru_cache(maxsize=4096)
def _unit_names(unit: str, sheet_language: str, language: str, aliases: tuple[str, ...]) -> frozenset[str]:
    words = [(unit, sheet_language)] + [(alias, language) for alias in aliases]
    return frozenset(joint_key(name) for word, code in words for name in (word, read_unit(word, code)) if name)


def read_unit(word: str, language: str) -> str:
    """The unit an article's counted noun `word` is read as; '' when none (or no data for the language)."""
    try:
        return counted_noun(word, language)
    except ValueError:  # no language data for the code: the word as written only
        return ""


def index_facts(facts: tuple[Fact, ...]) -> dict[str, list[Fact]]:
    by_kind: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_kind[fact.kind].append(fact)
    return by_kind


def candidates(index: dict[str, list[Fact]], kind: str) -> list[Fact]:
    found: list[Fact] = []
    for fact_kind in sorted(COMPATIBLE.get(kind, {kind})):
        found.extend(index.get(fact_kind, ()))
    return found


def score(fact: Fact, mention: Mention) -> tuple[float, tuple[str, ...], int]:
    """(score, reasons, distance from the nearest cue) of a mention for a fact."""
    unit = unit_relation(fact, mention)
    if unit == "mismatch":
        return 0.0, (f"unit {mention.unit!r} is not {fact.unit!r}",), 0
    hits = cue_hits(fact, mention.language, mention.sentence)
    reasons = [f"kind {mention.kind}"]
    total = KIND_SCORE + CUE_SCORE * min(len(hits), 2)
    reasons += [f"cue {cue!r}" for cue, _ in hits]
    if unit == "match":
        total += UNIT_SCORE
        reasons.append(f"unit {mention.unit!r}")
    reasons.append(f"language {mention.language}")
    position = _position(mention.sentence, mention.text)
    distance = min((abs(start - position) for _, start in hits), default=0)
    return round(min(total, 1.0), 3), tuple(reasons), distance


def reported_by(fact: Fact, published: Optional[date]) -> bool:
    """Whether an article of that date can speak of the fact: not before its first value holds."""
    first = fact.values[0].as_of
    return published is None or first is None or published >= first


def link_mentions(mentions: list[Mention] | tuple[Mention, ...], index: dict[str, list[Fact]],
                  published: Optional[date] = None) -> list[Link]:
    """The links of one seed's body mentions; in a sentence, a fact keeps the mention nearest its cue."""
    best: dict[tuple[int, str], tuple[int, Link]] = {}
    for mention in mentions:
        if mention.section != "body":
            continue
        scored = []
        for fact in candidates(index, mention.kind):
            if not reported_by(fact, published):
                continue
            value, reasons, distance = score(fact, mention)
            if value >= THRESHOLD:
                scored.append((-value, distance, fact.id, reasons))
        if not scored:
            continue
        negative, distance, fact_id, reasons = min(scored)
        link = Link(mention, fact_id, -negative, reasons)
        slot = (mention.sentence_start, fact_id)
        if slot not in best or distance < best[slot][0]:
            best[slot] = (distance, link)
    return sorted((link for _, link in best.values()), key=lambda l: (l.mention.start, l.fact_id))
