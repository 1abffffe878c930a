"""Mentions that are no claim, or another occurrence's: an offset (`_offset`: "a day after the quake"), a
projection (`_projection`), a date coarser than a month or a bare number (`_groupable`), another occurrence's
number that counts no occurrences (`_counts_occurrences`) and the occurrence a number measures
(`_occurrence_measure`: "the strongest aftershock measured 5.1").
"""
from __future__ import annotations

from ..link import OCCURRENCE_CONCEPTS
from ..model import Mention
from ..concepts import concepts_of_word, occurrence_identities, forms, measure_class, offset_words
from .days import _date_days
from .parts import kind_after
from .wholes import _whole_noun
from .words import TOKEN, _folded, _key


def _counts_occurrences(mention: Mention, measure: str) -> bool:
    """Whether a number marked as another occurrence's counts those occurrences themselves ("the aftershocks
    numbered 1,248": whole and of such a measure, link.OCCURRENCE_CONCEPTS) rather than measuring one of them
    ("a 6.4 aftershock", "una réplica de 6,4"): only such a count stays a claim, in its own measure's group."""
    return measure in OCCURRENCE_CONCEPTS and (mention.precision is None or mention.precision >= 1)


def _occurrence_measure(mention: Mention, measure: str, words: str) -> tuple[str, str]:
    """For a number marked as another occurrence's (its words: "aftershock"): the occurrence it is a claim of and its
    measure, when the words name an occurrence kept as an identity (concepts.yaml `occurrences: identities`) and the
    number measures it ("the strongest aftershock measured 5.1": a magnitude); ("", measure) otherwise: no claim."""
    identities, fraction = occurrence_identities()
    named = sorted(concepts_of_word(mention.language, words) & identities)
    if not named:
        return "", measure
    if measure in OCCURRENCE_CONCEPTS and fraction:
        measure = fraction  # (a whole count of them is _counts_occurrences's)
    return (named[0], measure) if measure and measure_class(measure) == "measurements" else ("", measure)


# The longest offset phrase, in words.
OFFSET_WORDS = 2


def _offset(mention: Mention) -> bool:
    """Whether a duration is an offset from another happening: an offset phrase of the concepts file
    (`offsets`) stands right after it ("eight days after") or right before it ("after two days", "بعد يومين")."""
    sentence, text = _folded(mention.sentence), " ".join(_folded(mention.text).split())
    where = sentence.find(text)
    if where < 0:
        return False
    before = TOKEN.findall(sentence[:where])[-OFFSET_WORDS:]
    after = TOKEN.findall(sentence[where + len(text):])[:OFFSET_WORDS]
    language = mention.language
    return _opens(after, offset_words("after", language), language) or \
        _opens(before[::-1], offset_words("before", language), language, backwards=True)


def _opens(words: list[str], phrases: frozenset, language: str, backwards: bool = False) -> bool:
    """Whether the first words (the last ones when backwards: given in reverse) are one of the phrases."""
    for n in range(1, len(words) + 1):
        run = words[:n][::-1] if backwards else words[:n]
        keys = {_key("".join(run))} | (set(forms(run[0], language)) if n == 1 else set())
        if keys & phrases:
            return True
    return False


def _projection(mention: Mention, word: str) -> bool:
    """Whether a frame's projection word makes the number a projection (what may be, not what was): a
    word capitalized inside the sentence is part of a name ("the Geological Survey put it at 6.8")."""
    if not word:
        return False
    return not (word[:1].isupper() and not mention.sentence.lstrip().startswith(word))


def _groupable(mention: Mention, measure: str = "") -> bool:
    if mention.section != "body" or mention.unresolved or not mention.states_a_number:
        return False
    if mention.kind == "number" and not mention.unit and not measure and not _whole_noun(mention) \
            and not kind_after(mention):  # ("De ellos, 57 eran mujeres": a count of women)
        return False
    return mention.kind != "date" or _date_days(mention) is not None
