"""Numbers inside names: a number the extraction read inside a name the fact sheets list ("دو", two, in "ریو گرانده
دو سول", the Persian spelling of Rio Grande do Sul; "Tres" of "Tres Arroyos") is a word of that name, no number. The
names are the events' names, places and entities, in every language, found as written (folded: checker/extract/
normalize.py) between word boundaries.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from .extract.normalize import fold
from .model import Event, Mention, Seed


def outside_names(seed: Seed, mentions: Sequence[Mention], events: Iterable[Event]) -> tuple[Mention, ...]:
    """The mentions, without those that lie inside a name of the events found in the seed's text."""
    names = _names(tuple(events))
    if not names or not mentions:
        return tuple(mentions)
    spans = _spans(seed.text, names)
    if not spans:
        return tuple(mentions)
    return tuple(m for m in mentions if not any(start <= m.start and m.end <= end for start, end in spans))


def _names(events: tuple) -> tuple[str, ...]:
    """The folded names of the events (names, places, entities) of more than one word: a one-word name holds no
    number of its own."""
    found = {fold(str(name)).text.lower() for event in events
             for table in (event.names, event.places, event.entities) for listed in table.values() for name in listed}
    return tuple(sorted(name for name in found if len(name.split()) > 1))


def _spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """The original offsets of every occurrence of the names in the text, between word boundaries."""
    folded = fold(text)
    lower = folded.text.lower()
    spans = []
    for name in names:
        at = lower.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not lower[at - 1].isalnum()) and (end == len(lower) or not lower[end].isalnum()):
                spans.append(folded.original_span(at, end))
            at = lower.find(name, at + 1)
    return spans
