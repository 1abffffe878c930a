"""The year of a day and month written without one, from the event an article is about.

A date without a year ("el miércoles 14 de febrero", "tomará posse em 20 de outubro") is read from the publication
date (checker/extract/dates.py: the latest such day not after it, or the coming one in a future clause within half a
year). An undated article has no publication date, and a future day more than half a year ahead reads as last
year's. When the seed is in scope of events whose date windows all lie within one and the same year, the event's
year is the better reading: a year-less date takes it when that puts the date inside a window and the
publication-date reading did not (it was unresolved, or fell outside). The mention's rule then ends with
EVENT_YEAR, and findings resting on it say so (checker/findings.py)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Iterable, Optional, Sequence

from .model import Event, Mention
from .scope import ScopeDecision, in_scope

# The rules of a year-less date written with its weekday start so (extract/dates.py, weekday_at).
WEEKDAY_RULE = "date:weekday-"
# The suffix of the rule of a date whose year came from the event's window.
EVENT_YEAR = "-event-year"
# The rules of a calendar date written with a month but no year (Gregorian or Solar Hijri, with or without a weekday
# before it); a lunar Hijri month drifts across years and is left alone.
YEARLESS_RULES = ("date:day-gregorian-month", "date:month-day", "date:gregorian-month", "date:day-jalali-month",
                  "date:jalali-month", "date:weekday-day-gregorian-month", "date:weekday-month-day",
                  "date:weekday-day-jalali-month")


def in_event_year(mentions: Sequence[Mention], decisions: Iterable[ScopeDecision],
                  events: Iterable[Event]) -> tuple[Mention, ...]:
    """The mentions, a year-less date read in the year of the events the seed is in scope of when that places it
    inside one of their windows and its own reading did not (module docstring)."""
    decisions = tuple(decisions)
    windows = [e.window for e in events if e.window is not None and in_scope(decisions, e)]
    years = {year for first, last in windows for year in (first.year, last.year)}
    if len(years) != 1:
        return tuple(mentions)
    year = years.pop()
    return tuple(_in_year(m, year, windows) or m for m in mentions)


def _in_year(mention: Mention, year: int, windows: list) -> Optional[Mention]:
    """The mention read in that year, or None when it keeps its own reading."""
    if mention.kind != "date" or mention.section != "body" or _base_rule(mention.rule) not in YEARLESS_RULES:
        return None
    if not mention.unresolved and _inside(mention.value.low, mention.value.high, windows):
        return None
    from .extract import parse_value  # extraction loads language data; nothing of it is needed before this point

    try:
        value, _ = parse_value(mention.text, "date", mention.language, date(year, 12, 31))
    except ValueError:
        return None
    if not _inside(value.low, value.high, windows) and not _weekday_pins(mention, value):
        return None
    return replace(mention, value=value, unresolved="", rule=_base_rule(mention.rule) + EVENT_YEAR)


# Where a year-less date written with its weekday gives the weekday: among the first words before its first digit.
FIRST_DIGIT = re.compile(r"\d")
WEEKDAY_WORDS = 2


def _weekday_pins(mention: Mention, value) -> bool:
    """Whether the weekday written with a year-less date falls on that day in the event's year ("el martes 2 de
    abril": 2 April 2024 was a Tuesday): the weekday pins the year, though the day lies outside the window (a
    slip of a day before the event, exactly what a check must catch)."""
    from .extract import parse_value

    if not mention.rule.startswith(WEEKDAY_RULE) or value.low != value.high:
        return False
    found = FIRST_DIGIT.search(mention.text)
    words = mention.text[:found.start()].replace(",", " ").replace("،", " ").split() if found else []
    day = date.fromordinal(int(value.low))
    for n in range(1, min(WEEKDAY_WORDS, len(words)) + 1):  # 'Wednesday' in 'Wednesday, January 31'
        try:  # a weekday alone is the latest such day on or before the date given as publication
            named, _ = parse_value(" ".join(words[:n]), "date", mention.language, day)
        except ValueError:
            continue
        if named.low == named.high:
            return named.low == value.low
    return False


def _base_rule(rule: str) -> str:
    return rule.removesuffix("-future")


def _inside(low: float, high: float, windows: list) -> bool:
    return any(first.toordinal() <= low and high <= last.toordinal() for first, last in windows)


def year_note(mention: Mention) -> str:
    """What a finding says of a date whose year came from the event's window ('' for any other mention)."""
    if not mention.rule.endswith(EVENT_YEAR) or mention.value.domain != "date":
        return ""
    year = date.fromordinal(int(mention.value.low)).year
    return f" (its year, {year}, inferred from the event's date window: the article names none that fits)"
