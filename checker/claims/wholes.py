"""The whole a count is a part of when the whole's number follows it ("441 de los 497 municipios"): the whole's
noun (`_whole_noun`), the words that join a part to its whole (`_joins_whole`), and the counts that are such a
whole (`_wholes_of_parts`), no one's total.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..frames import language_data
from ..frames.relations import joins_whole
from ..model import Mention, Seed
from .claim import PART_KINDS
from .words import TOKEN, _around, _folded, _key


# The whole's noun stands at most this many words after its number ("497 municipalities").
WHOLE_NOUN_WORDS = 2


def _joins_whole(words: Sequence[str], language: str) -> bool:
    """Whether the words between a part's number and its whole's join a part to its whole (checker/frames/relations.py,
    joins_whole)."""
    return joins_whole([_key(w) for w in words], language)


def _whole_noun(mention: Mention) -> str:
    """The unit (the language's units table) of the whole a count without a noun of its own is a part of ("441 de los
    497 municipios", "More than 440 of the state's 497 municipalities": municipality), '' when none."""
    lang = language_data(mention.language)
    if lang is None or mention.unit or mention.kind not in PART_KINDS:
        return ""
    found = WHOLE_AFTER.match(_around(mention)[1])
    if not found:
        return ""
    if not _joins_whole(found.group("words").split(), mention.language):
        return ""
    return next((str(lang.units[_key(w)]) for w in TOKEN.findall(found.group("after"))[:WHOLE_NOUN_WORDS]
                 if _key(w) in lang.units), "")


def _wholes_of_parts(seed: Seed, by_sentence: dict) -> set:
    """The spans of the counts that are the whole the count right before them is a part of ("441 de los 497
    municipios", "more than half of the 497 cities": the 497), joined by a word of concepts.yaml `relations:
    of_whole`, maybe after the part's own noun ("۴۴۷ شهر از ۴۹۷ شهر"), with no punctuation between ("6.812.400 votos,
    de los cuales 207.118": the 207.118 is the part)."""
    found = set()
    for mentions in by_sentence.values():
        ordered = sorted(mentions, key=lambda m: m.start)
        for part, whole in zip(ordered, ordered[1:]):
            if part.kind not in PART_KINDS:
                continue  # ("21,49% dos 10,88 milhões de habitantes": the base of a share is its own count)
            between = _folded(seed.text[part.end:whole.start])
            if not JOINED.fullmatch(between):
                continue
            words = between.split()
            if any(_joins_whole(words[skip:], whole.language) for skip in (0, 1)):  # (skipping the part's own noun)
                found.add((whole.start, whole.end))
    return found


# Words (no punctuation, no digit) between a part's number and its whole's.
JOINED = re.compile(r"(?:\s+[^\W\d_][\w'’\u200c]*){1,6}\s*")
# Words (no punctuation, no digit) from the start of the text after a part's number, up to a whole's number.
WHOLE_AFTER = re.compile(r"(?P<words>(?:\s+[^\W\d_][\w'’\u200c]*){1,5})\s+\d[\d.,\u066b\u066c]*(?P<after>.*)", re.S)
