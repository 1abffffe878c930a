"""A person's age (`_age`): a duration in years that the words around its number make someone's age ("the 71-year-old
mayor", "Ederra, de 71 años,", "aos 72 anos", "البالغ من العمر 72 عاما", "۷۱ ساله", "Ederra (71 anos)"); the phrases
are concepts.yaml `ages`, and the measure is the concept AGE.
"""
from __future__ import annotations

import re

from ..concepts import age_words
from ..extract.normalize import ZWNJ, fold, joint_key
from ..model import Mention

AGE = "age"
# The unit of a duration that can be an age (the language files' `durations`).
AGE_UNIT = "year"
# The most words a phrase of `ages` spans.
AGE_WORDS = 4
# Words and signs, as the phrases of `ages` are matched ("71-year-old": 71, -, year, -, old).
_PIECE = re.compile(r"\w+|[^\w\s]")
# The number that opens a mention's text ("71" of "71-year", "۷۱" of "۷۱ ساله"), folded.
_NUMBER = re.compile(r"^[\d.,٬\s]+")
OPENING = frozenset({",", "،", "("})


def _age(mention: Mention, before: str, after: str) -> str:
    """The words that make a duration in years an age (module docstring; before and after: the sentence's text on
    either side of the mention), '' when none."""
    if mention.kind in ("count", "number"):
        return _aged(mention, before) or ("" if mention.unit else _bare(mention, before, after))
    if mention.kind != "duration" or mention.unit != AGE_UNIT:
        return ""
    language = mention.language
    own = _pieces(_NUMBER.sub("", _folded(mention.text)))  # the unit written with the number ("años", "-year")
    ahead, behind = own + _pieces(_folded(after))[:AGE_WORDS], _pieces(_folded(before))[-AGE_WORDS:]
    found = _opening(ahead, age_words("after", language))
    if found:
        return found
    if len(ahead) > len(own) and joint_key(ahead[len(own)]) in age_words("not_after", language):
        return ""  # "aos 2 anos da tragédia": two years after it
    found = _closing(behind, age_words("before", language))
    if found:
        return f"{found} {mention.text}"
    for n in range(AGE_WORDS - 1, 0, -1):  # ", de 71 años": a phrase after a comma or an opening bracket
        if len(behind) > n and behind[-n - 1] in OPENING and _key(behind[-n:]) in age_words("set_off", language):
            return f"{behind[-n - 1]} {' '.join(behind[-n:])} {mention.text}"
    if behind[-1:] == ["("] and ahead[len(own):len(own) + 1] == [")"]:
        return f"({mention.text})"  # "Ederra (71 anos)"
    return ""


# The oldest age a bare number can be.
OLDEST = 120


def _aged(mention: Mention, before: str) -> str:
    """A count or a number written without its unit of years right after a phrase of `ages: before` ("voters aged 18
    to 35", "aged 71,"): ages, whatever noun the grammar read after it ("18 to 35 cast"); a range, or a bare number with
    no counted noun ("aos 5 feridos" counts the injured), of at most OLDEST. '' when not."""
    value = mention.value
    if not 0 < value.low <= value.high <= OLDEST or (mention.unit and value.low == value.high):
        return ""
    found = _closing(_pieces(_folded(before))[-AGE_WORDS:], age_words("before", mention.language))
    return f"{found} {mention.text}" if found else ""


def _bare(mention: Mention, before: str, after: str) -> str:
    """A bare whole number set off by commas right after a capitalized name ("Tinubu, 70, won"; concepts.yaml `ages:
    bare`, the sign that closes it): the person's age, '' when not."""
    text = mention.text.strip()
    closing = age_words("bare", mention.language)
    if not closing or not text.isdigit() or not 0 < int(text) <= OLDEST:
        return ""
    behind, ahead = _pieces(_folded(before))[-2:], _pieces(_folded(after))[:1]
    name = before.rstrip()[:-1].split()[-1:] if before.rstrip().endswith(",") else []
    if len(behind) < 2 or behind[-1] != "," or not ahead or ahead[0] not in closing or not name \
            or not name[0][:1].isupper():
        return ""
    return f"{name[0]}, {text},"


def _opening(pieces: list[str], phrases: frozenset) -> str:
    """The longest phrase of `phrases` the pieces open with, '' when none."""
    for n in range(min(len(pieces), AGE_WORDS + 2), 0, -1):
        if _key(pieces[:n]) in phrases:
            return " ".join(pieces[:n])
    return ""


def _closing(pieces: list[str], phrases: frozenset) -> str:
    """The longest phrase of `phrases` the pieces end with, '' when none."""
    for n in range(min(len(pieces), AGE_WORDS), 0, -1):
        if _key(pieces[-n:]) in phrases:
            return " ".join(pieces[-n:])
    return ""


def _key(pieces: list[str]) -> str:
    return joint_key("".join(pieces))


def _pieces(text: str) -> list[str]:
    return _PIECE.findall(text.replace(ZWNJ, ""))


def _folded(text: str) -> str:
    return text if text.isascii() else fold(text).text
