"""Event scope: whether a seed speaks of the event a fact sheet covers, with the reasons.

A seed is in scope for an event only with evidence of it in its text (the rule, in one place):
- EVIDENCE_NEEDED points of names found anywhere in the seed: a name of the event counts NAME_POINTS,
  a place or an entity ENTITY_POINTS each (distinct names; Guaidó twice is one);
- and its time fits the window: the publication date lies in the event's window, or a date of its
  text does (a look back in a later article), or, with neither known, no date of its text lies outside.
Out-of-scope seeds are never checked against the event's facts; sheets without an `event:` block cover
every seed (their facts have no event).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from .concepts import fold_key
from .frames import NameIndex, tokenize_sentence
from .model import Event, Mention, Seed

NAME_POINTS = 2
ENTITY_POINTS = 1
EVIDENCE_NEEDED = 1
# Dates wider than this many days ("2019", "this year") do not place a seed in or out of a window.
WIDEST_DATE_DAYS = 366


@dataclass(frozen=True)
class ScopeDecision:
    """Whether a seed is in scope for an event, and why."""

    event: str
    in_scope: bool
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        verdict = "in scope" if self.in_scope else "out of scope"
        return f"{self.event}: {verdict} ({'; '.join(self.reasons)})"


def decide_scope(seed: Seed, mentions: Sequence[Mention], events: Iterable[Event]) -> tuple[ScopeDecision, ...]:
    """The decisions for the events the seed names (in event id order); when it names none, one
    decision per event, all out of scope. The text is read once, whatever the number of events."""
    events = sorted(events, key=lambda e: e.id)
    if not events:
        return ()
    found = _found_names(seed, _names_of(tuple(events)))
    named = [event for event in events if event.id in found] or events
    return tuple(_decide(seed, mentions, event, found.get(event.id, {})) for event in named)


def decide(seed: Seed, mentions: Sequence[Mention], event: Event) -> ScopeDecision:
    """The decision for one event."""
    return decide_scope(seed, mentions, [event])[0]


def _decide(seed: Seed, mentions: Sequence[Mention], event: Event, found: dict[str, str]) -> ScopeDecision:
    points = sum(NAME_POINTS if kind == "name" else ENTITY_POINTS for kind in found.values())
    reasons = [f"{kind} {name!r}" for name, kind in sorted(found.items())] or ["no name, place or entity of the event"]
    evidence = points >= EVIDENCE_NEEDED
    if not evidence and found:
        reasons.append(f"{points} point(s) of names, {EVIDENCE_NEEDED} needed")
    timely, why = _time_fits(seed, mentions, event.window)
    reasons.append(why)
    return ScopeDecision(event.id, evidence and timely, tuple(reasons))


_NAME_INDEXES: dict = {}


def _names_of(events: tuple[Event, ...]) -> tuple[NameIndex, dict]:
    """One name index over the events' names, and {(event id, name): name | place | entity}."""
    key = tuple((event.path, event.line, event.id) for event in events)
    if key not in _NAME_INDEXES:
        kinds = {}
        for event in events:
            for kind, table in (("name", event.names), ("place", event.places), ("entity", event.entities)):
                for names in table.values():
                    for name in names:
                        kinds.setdefault((event.id, name), kind)
        bare = [Event(e.id, e.names, e.places, e.entities) for e in events]
        _NAME_INDEXES[key] = (NameIndex.of(bare), kinds)
    return _NAME_INDEXES[key]


def _found_names(seed: Seed, names: tuple[NameIndex, dict]) -> dict[str, dict[str, str]]:
    """{event id: {name as listed: name | place | entity}} of the events' names the seed's text holds;
    a name counts once however it is spelt after folding (كاراكاس, کاراکاس)."""
    index, kinds = names
    found: dict[str, dict[str, tuple[str, str]]] = {}
    for line in seed.text.splitlines():
        if not line.strip():
            continue
        sentence = tokenize_sentence(line)
        for _, _, name, owner in index.find(sentence.keys, seed.language):
            found.setdefault(owner, {}).setdefault(fold_key(name), (name, kinds.get((owner, name), "entity")))
    return {owner: dict(by_key.values()) for owner, by_key in found.items()}


def _time_fits(seed: Seed, mentions: Sequence[Mention], window) -> tuple[bool, str]:
    if window is None:
        return True, "the event has no date window"
    first, last = window[0].toordinal(), window[1].toordinal()
    shown = f"{window[0]}..{window[1]}" if window[1].year < 9999 else f"from {window[0]}"
    inside = outside = 0
    for mention in mentions:
        value = mention.value
        if mention.kind != "date" or mention.unresolved or mention.section != "body" or value.domain != "date":
            continue
        if not (abs(value.low) < 1e9 and abs(value.high) < 1e9) or value.high - value.low > WIDEST_DATE_DAYS:
            continue
        if first <= value.high and value.low <= last:
            inside += 1
        else:
            outside += 1
    published = seed.published
    if published is not None and window[0] <= published <= window[1]:
        return True, f"published {published}, within the window {shown}"
    if inside:
        return True, f"{inside} date(s) of the text within the window {shown}"
    if published is not None:
        return False, f"published {published}, outside the window {shown}, and no date of the text within it"
    if outside:
        return False, f"undated, and its {outside} date(s) lie outside the window {shown}"
    return True, f"undated, and no date of the text outside the window {shown}"


def in_scope(decisions: Iterable[ScopeDecision], event: Optional[Event]) -> bool:
    """Whether a fact of that event (None: a sheet without event) may be linked in the seed."""
    if event is None:
        return True
    return any(d.in_scope for d in decisions if d.event == event.id)
