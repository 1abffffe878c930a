"""Shapes found on the folded text before the token grammar runs.

Masks hide what looks like a number but is not one (URLs, phone numbers,
citation markers, clock times, names such as COVID-19); numeric dates
(2019-04-30, 4/30/2019, ۱۳۹۷/۱۱/۱۵) become date mentions. Each has a name,
which a mention made here carries as its rule.
"""
from __future__ import annotations

import bisect
import re
from datetime import date
from typing import Optional

from ..intervals import CONVENTIONS
from .context import Context, Raw
from .dates import UNKNOWN, day_interval, jalali_day

MASKS: dict[str, re.Pattern] = {
    "url": re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|uk|ir|ru|info|io|gov|edu|co)\b\S*"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"),
    "phone": re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\b\d{2,4}-\d{3,4}-\d{3,4}\b"
                        r"|\+\d{1,3}[\s\d().-]{7,}\d|\(\d{2,4}\)\s?\d{3,4}[.-]\d{3,4}\b|\b0\d{2,3}-\d{6,8}\b"
                        # toll-free and shared-cost lines written in spaced groups ('0800 72 4455', '0300 123 4567')
                        r"|\b0[3589]00[\s.-]\d{2,4}[\s.-]\d{4}\b"),
    "group-name": re.compile(r"\b\d\s?\+\s?\d\b"),  # P5+1
    # '[3]', '[3][4]', '[3, 4]', '[3–5]', '[nota 3]'
    "citation": re.compile(r"\[(?:[^\W\d_]{1,6}\.?\s)?\d+[a-z]?(?:\s?[,–-]\s?\d+[a-z]?)*\]"),
    "html-entity": re.compile(r"&#?\w+;"),
    "name-number": re.compile(r"\b[^\W\d_]+-\d+\b|\b[^\W\d_]+\d+[^\W\d_]*\b|\b\d+[A-Z]\b"),
}

# What every match of a mask holds (one of these regexes matches in it): a text where none matches has no
# match of the mask, whose regex tries every position of the text, and the mask is not run. Most articles
# have no URL, e-mail address, phone number or citation marker. Each hint starts with one sign or a digit,
# so that the regex engine jumps to the places that sign is at: a hint that begins with a literal ('://', '-')
# is found by a fast search, one that begins with a choice of signs or a digit tries every character (the
# phone hints '[+(]\d' and '\d(?:-\d|...)' took a quarter of all the hints' time, as the url hint did).
MASK_HINTS: dict[str, tuple[re.Pattern, ...]] = {
    "url": (re.compile("://"), re.compile(r"www\."), re.compile(r"\.(?:com|org|net|uk|ir|ru|info|io|gov|edu|co)")),
    "email": (re.compile("@"),),
    "phone": (re.compile(r"\+\d"), re.compile(r"\(\d"), re.compile(r"-(?<=\d-)\d"), re.compile(r"0[3589]00[\s.-]\d")),
    "group-name": (re.compile(r"\+"),),
    "citation": (re.compile(r"\["),),
    "html-entity": (re.compile("&"),),
    "name-number": (re.compile(r"\d(?:(?<=[^\W\d_]\d)|(?<=[^\W\d_]-\d)|[A-Z])"),),
}

# Each starts with a digit and looks behind it after reading it ('\d(?<![\d/.-]\d)' is '(?<![\d/.-])\d'), so
# that the regex engine jumps from digit to digit instead of trying every position.
ISO_DATE = re.compile(r"(\d(?<![\d/.-]\d)\d{3})-(\d{1,2})-(\d{1,2})(?![\d/-])")
SLASH_DATE = re.compile(r"(\d(?<![\d/.]\d)\d{0,3})/(\d{1,2})/(\d{1,4})(?![\d/])")
DOT_DATE = re.compile(r"(\d(?<![\d.]\d)\d?)\.(\d{1,2})\.(\d{4})(?![\d.])")
# A day and month before a four-digit year, joined by hyphens ("4-4-2024 (TAIPEI)", "30-04-2019"): read in
# the order of a slashed date.
DASH_DATE = re.compile(r"(\d(?<![\d/.-]\d)\d?)-(\d{1,2})-(\d{4})(?![\d/-])")
# Where a numeric date can begin: a digit after none of the signs all four date patterns look behind for, and a
# '-', '/' or '.' within its first four digits. Found once a text; each date pattern is tried only there.
DATE_STARTS = re.compile(r"\d(?<![\d.]\d)(?=\d{0,3}[-/.]\d)")
# Times of day: 5:30 a.m., 11:00 PM GMT, 18:08:00, 18h30 (Brazilian copy), 3 p.m., 10 o'clock; the zone
# abbreviation is part of the time. A time names no day: after a numeric date it joins it, alone it is a
# date whose day is unknown.
_MERIDIEM = r"(?:\s?(?:[aApP]\.\s?[mM]\.|[aApP][mM]\b))"
# the zone abbreviations are convention data (checker/conventions.yaml, time_zones), with an offset ('UTC+3')
_ZONE = (r"(?:\s(?:" + "|".join(sorted(map(re.escape, CONVENTIONS["time_zones"]["names"]), key=len, reverse=True))
         + r")(?:[+\-−]\d{1,2}(?::[0-5]\d)?)?\b)?")
TIME = re.compile(r"(?<![\d:.,/])(?:(?:[01]?\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?(?![\d:])|h[0-5]\d(?!\d))" + _MERIDIEM + "?"
                  r"|(?:1[0-2]|0?[1-9])(?:" + _MERIDIEM + r"|\s?o['’]clock\b))" + _ZONE)
# Where a time of day can begin: a digit after none of the signs TIME looks behind for, and at most one more
# digit after it (an hour has one or two; '2019' begins none); TIME is tried only there.
TIME_STARTS = re.compile(r"\d(?<![\d:.,/]\d)(?!\d\d)")
NO_DAY = "a time of day without a day"
# A bare hour with an h ('às 16h'): a time only after a clock word of the language ('em 24h' is a duration).
HOUR_H = re.compile(r"\d(?<![\d:.,/]\d)\d?h(?![\w])")


def token_range(bounds: tuple[list[int], list[int]], start: int, end: int) -> Optional[tuple[int, int]]:
    """The tokens [first, last) overlapping the characters [start, end), found by bisection."""
    starts, ends = bounds
    first = bisect.bisect_right(ends, start)  # the first token ending after start
    last = bisect.bisect_left(starts, end)  # past the last token starting before end
    return (first, last) if first < last else None


def matches_at(pattern: re.Pattern, places: list[int], text: str):
    """The matches of pattern.finditer(text) for a pattern whose every match begins at one of places (ascending
    offsets into text: where a starts pattern such as TIME_STARTS matches), tried there only (left to right, each
    after the end of the match before): places found once serve several patterns."""
    end = 0
    for place in places:
        if place >= end:
            match = pattern.match(text, place)
            if match:
                end = match.end()
                yield match


def _slash_parts(ctx: Context, a: str, b: str, c: str) -> Optional[tuple[str, int, int, int]]:
    """(calendar, year, month, day) of a slashed date by the language's order."""
    if len(a) == 4 or ctx.lang.numeric_date_order == "ymd":
        year, month, day = int(a), int(b), int(c)
    elif ctx.lang.numeric_date_order == "mdy":
        month, day, year = int(a), int(b), int(c)
    else:
        day, month, year = int(a), int(b), int(c)
    if month > 12 >= day and len(a) < 4 and ctx.lang.numeric_date_order != "ymd":  # only the other order is a date ('25/01/2019' in English)
        month, day = day, month
    calendar = "gregorian"
    if ctx.lang.jalali_months and (year < 100 or 1300 <= year <= 1499):
        calendar, year = "jalali", year + 1300 if year < 100 else year
    elif year < 100 or len(str(year)) == 3:
        return None
    return calendar, year, month, day


def _make(ctx: Context, cal: str, year: int, month: int, day: int) -> Optional[date]:
    try:
        return jalali_day(year, month, day) if cal == "jalali" else date(year, month, day)
    except ValueError:
        return None


def numeric_dates(ctx: Context, text: str) -> list[Raw]:
    found: list[Raw] = []
    places = [start.start() for start in DATE_STARTS.finditer(text)]
    for name, pattern in (("iso", ISO_DATE), ("slash", SLASH_DATE), ("dash", DASH_DATE), ("dot", DOT_DATE)):
        for match in matches_at(pattern, places, text):
            a, b, c = match.groups()
            if name == "iso":
                parts = ("gregorian", int(a), int(b), int(c))
            elif name == "dot":
                parts = ("gregorian", int(c), int(b), int(a))
            else:
                parts = _slash_parts(ctx, a, b, c)
            day = _make(ctx, *parts) if parts else None
            span = token_range(ctx.bounds, *match.span())
            if day and span and not any(i in ctx.masked for i in range(*span)):
                found.append(Raw(span[0], span[1], "date", day_interval(day), rule=f"date:numeric-{name}",
                                 granularity="day"))
                ctx.masked.update(range(*span))
    return _with_times(ctx, text, found)


def _with_times(ctx: Context, text: str, found: list[Raw]) -> list[Raw]:
    """Times of day: joined to a numeric date they follow ('2020-08-04 18:08:00'), else dates of no
    known day."""
    by_end = {raw.end: index for index, raw in enumerate(found)}
    places = [start.start() for start in TIME_STARTS.finditer(text)]  # HOUR_H begins as TIME_STARTS
    hours = [match for match in matches_at(HOUR_H, places, text)
             if int(match.group()[:-1]) <= 23 and _after_clock_word(ctx, match)]
    for match in sorted([*matches_at(TIME, places, text), *hours], key=lambda m: m.start()):
        span = token_range(ctx.bounds, *match.span())
        if not span or any(i in ctx.masked for i in range(*span)):
            continue
        before = by_end.get(span[0])
        if before is not None and ctx.same_sentence(found[before].start, span[0]):
            raw = found[before]
            found[before] = raw._replace(end=span[1], rule=raw.rule + "-time")
        else:
            found.append(Raw(span[0], span[1], "date", UNKNOWN, rule="date:time", granularity="time",
                             unresolved=NO_DAY))
        ctx.masked.update(range(*span))
    return found


def _after_clock_word(ctx: Context, match) -> bool:
    """Whether the token before a match is a clock word of the language ('às 16h')."""
    span = token_range(ctx.bounds, *match.span())
    return bool(span) and span[0] > 0 and ctx.key(span[0] - 1) in ctx.lang.clock_words


def apply_masks(ctx: Context, text: str) -> None:
    for name, pattern in MASKS.items():
        if not any(hint.search(text) for hint in MASK_HINTS[name]):
            continue
        for match in pattern.finditer(text):
            if match.group()[:1] in ctx.lang.proclitics and match.group()[1:].isdigit():
                continue  # 'و20' is 'and 20', not a name like 'G20'
            span = token_range(ctx.bounds, *match.span())
            if span and name == "name-number" and _split_from_word(ctx, text, span):
                continue  # 'ال48', 'Growth3.2%': tokens.split_glued_numbers parted a lost space's two sides
            if span:
                ctx.masked.update(range(*span))


def _split_from_word(ctx: Context, text: str, span: tuple[int, int]) -> bool:
    """Whether a token of the span starts with a digit right after a letter of the token before it."""
    return any(ctx.tokens[k].start == ctx.tokens[k - 1].end and text[ctx.tokens[k].start].isdigit()
               and text[ctx.tokens[k - 1].end - 1].isalpha() for k in range(span[0] + 1, span[1]))
