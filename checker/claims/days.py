"""The days a claim speaks of: a date's own days (`_date_days`, no wider than WIDEST_DATE_DAYS), a number's
(`_own_time`: its frame's time when that is the article's date or a date of its own part of the clause or the
part before it, else the article's date) and a date that starts a period (`_since`: "since Monday"). The hour of
the day a sentence reads its figures at is checker/frames/dates.py `hour_of`.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..model import Mention
from ..concepts import comparison_words
from ..frames.dates import AS_OF
from .words import PART_BREAK, TOKEN, _around, _key, _part_breaks, _parts_around


# A date coarser than this many days ("this year") is not a claim.
WIDEST_DATE_DAYS = 31
# What a date after "since" is ("desde a segunda-feira (29)": the start of a period, no day of the event).
SINCE = "since"


def _own_time(mention: Mention, frame, mentions: Sequence[Mention], frames: dict, published) -> tuple[int, int]:
    """The days a number speaks of: its frame's time when that is the article's date or a date of its own
    part of the clause or of the part before it ("On Tuesday, the toll rose to 2,900"); a date of another
    part speaks of something else ("magnitude 6.9, ... the deadliest since the Agadir quake of 1960"), and
    the article's date stands instead. A date a tally was made or revised on ("Until Saturday, 39 deaths", frames'
    `reporting` AS_OF) is its count's time."""
    if published is None or frame.time == published:
        return frame.time
    previous, own = _parts_around(mention)
    for other in mentions:
        if other.kind != "date" or other.sentence_start != mention.sentence_start or other is mention:
            continue
        days = _date_days(other) or _any_days(other)
        other_frame = frames.get((other.start, other.end))
        if days == frame.time and not (other_frame is not None and other_frame.reporting
                                       and not other_frame.reporting.startswith(AS_OF)):  # "Until Saturday, 39"
            text = " ".join(other.text.split())
            if text in own or (previous and text in previous) or text in _joined_next(mention, own) \
                    or _opens_sentence(mention.sentence, text):
                return frame.time
    return published


# Words that may stand before a date in the sentence's opening part ("In 2019,", "Em 2019,", "في عام 2019،").
OPENING_WORDS = 2


def _opens_sentence(sentence: str, text: str) -> bool:
    """Whether a date is the sentence's opening part, set off by a comma with at most OPENING_WORDS words before it
    ("Five years ago, turnout was 49 % in the first round and 55 % in the runoff, which Castor won with 72.7 %", "Há
    cinco anos,", "قبل خمس سنوات،", "پنج سال پیش،"): the time of every part of the sentence, however far."""
    breaks = _part_breaks(sentence)
    if not breaks or sentence[breaks[0][0]] not in ",،":
        return False
    opening = sentence[:breaks[0][0]]
    where = opening.find(text)
    return where >= 0 and not opening[where + len(text):].strip() and len(opening[:where].split()) <= OPENING_WORDS


# What joins two parts of one phrase ("el terremoto de magnitud 9,0 y el tsunami de marzo de 2011"): a conjunction.
CONJOINED = re.compile(r"\s(?:and|y|e|و)\s|\sو(?=[\d٠-٩۰-۹])")


def _joined_next(mention: Mention, own: str) -> str:
    """The part of the sentence after the mention's own part when a conjunction, no punctuation, joins them ("the
    quake of magnitude 9.0 and the tsunami of March 2011": the date of the tsunami is the quake's too); '' else."""
    sentence = mention.sentence
    end = sentence.find(own) + len(own) if own and own in sentence else -1
    if end < 0 or not CONJOINED.match(sentence, end - 1 if end and sentence[end - 1].isspace() else end):
        return ""
    rest = sentence[end:]
    stop = PART_BREAK.search(rest, 1)
    return rest[:stop.start()] if stop else rest


def _any_days(mention: Mention) -> Optional[tuple[int, int]]:
    value = mention.value
    if mention.unresolved or value.domain != "date" or not (abs(value.low) < 1e9 and abs(value.high) < 1e9):
        return None
    return int(value.low), int(value.high)


def _since(mention: Mention) -> bool:
    """Whether a date is the start of a period: a `since` word (concepts.yaml `comparisons: since`) just before it,
    maybe with an article ("desde a segunda-feira (29)", "since Monday"): no day of the event itself."""
    words = TOKEN.findall(_around(mention)[0])[-SINCE_REACH:]
    phrases = comparison_words("since", mention.language)
    return any(_key("".join(words[i:j])) in phrases for i in range(len(words)) for j in range(i + 1, len(words) + 1))


# A `since` word stands at most this many words before the date it starts ("desde a segunda-feira").
SINCE_REACH = 2


def _date_days(mention: Mention) -> Optional[tuple[int, int]]:
    """The first and last day of a resolved date no wider than WIDEST_DATE_DAYS."""
    value = mention.value
    if mention.kind != "date" or mention.unresolved or value.domain != "date":
        return None
    if not (abs(value.low) < 1e9 and abs(value.high) < 1e9) or value.high - value.low >= WIDEST_DATE_DAYS:
        return None
    return int(value.low), int(value.high)


