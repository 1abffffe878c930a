"""Publication dates of seeds whose manifest entry gives none, and how each was found.

The first of these that gives a date is the seed's publication date; Seed.published_source
records which (SOURCES):

1. `manifest`: the manifest's `published`;
2. `url`: a date in the manifest's url (URL_PATTERNS: `/2019/01/25/`, `2019-01-25`,
   `20190125`, `/2019/jan/25/` with the month names of every language file; a date code with the year last,
   `25012019`, `25-01-2019`, day first where the month cannot be first, else in the order of the language's numeric
   dates (`numeric_date_order`: YEAR_LAST); a year of the Solar Hijri
   calendar, `/1402/07/25/`, where the seed's language file says its sites write one: `url_calendar`), else a
   Unix timestamp of ten digits in the url's query under a name of time (TIMESTAMP_NAMES: `?ts=1697530000`),
   read as a day in UTC;
3. `dateline`: a date the page gives itself, read with the seed's language data: a line that
   starts with a marker of the language files' `published_markers` (the `published` markers
   before the `updated` ones) followed by at most one word and an absolute date; else, in the
   first DATELINE_LINES lines, a line (or a part of one between pipes or spaced dashes, LINE_PARTS) that is only a
   date, or a place and a comma before a date ("CARACAS, January 25, 2019 (Wire) -", "Caracas | 25 Jan 2019 | Wire",
   "Floods kill 12 — Caracas, 25 Jan 2019"), or an agency in brackets or a time after it ("CARACAS - 25 Jan 2019 (Wire) -",
   "| 25 Jan 2019 14:05 GMT"), or a date in brackets that close the line ("Floods kill 12 (25/01/2019)");
4. `latest-date-bound`: the latest absolute date (of day or month granularity) in the body, not in a clause about
   the future ("elections will be held on 30 March"): the article cannot be older, so this is a lower bound;
5. `url-month`: a url with a year and a month only (`/2023/10/`) gives the year of the body's day-and-month
   dates ("30 de octubre"); the latest of that month, not in a clause about the future, is a lower bound.

A seed dated by a lower bound (4, 5) was published on the bound or later: where a time is needed (frames, claims,
scope) it stands for the days from the bound LOWER_BOUND_REACH_DAYS on (publication_days), and so does a day its text
counts from the publication ("on Tuesday", read from the bound), so its claims group with those of the event's days.

Findings about a seed dated by 2-4 say so (note_inferred): its message names the date and where it
came from, and the finding's `published_inferred` field holds the source.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Optional, Sequence

from .extract.lexicon import available, load
from .extract.normalize import fold_phrase
from .model import Finding, Mention, Seed

SOURCES = ("manifest", "url", "dateline", "latest-date-bound", "url-month")
# Sources that give a lower bound: the article may be later.
LOWER_BOUNDS = ("latest-date-bound", "url-month")
# How a message names each inferred source.
SOURCE_WORDS = {"url": "the url", "dateline": "the page's dateline",
                "latest-date-bound": "the latest date in the text (a lower bound)",
                "url-month": "the url's month and the latest date of that month in the text (a lower bound)"}
DATELINE_LINES = 6
# A seed dated by a lower bound was published on the bound or later: the days it may speak of when nothing dates a
# claim, or of a day counted from its publication ("on Tuesday"), run from the bound this many days on.
LOWER_BOUND_REACH_DAYS = 366
# Years a url date may have: other runs of digits are ids.
URL_YEARS = (1990, 2100)
# Years a url date of the Solar Hijri (Jalali) calendar may have (1369-1479: 1990-2100).
JALALI_URL_YEARS = (1369, 1479)
# A query's names of a Unix timestamp ("?ts=1697530000"); never `_`, a request's cache-buster (the time it was
# read, not published), nor an id's name.
TIMESTAMP_NAMES = ("t", "ts", "time", "timestamp", "date", "pubdate", "published", "publishdate", "created",
                   "updated", "lastmod")
TIMESTAMP = re.compile(r"[?&;](?P<name>[A-Za-z_]+)=(?P<seconds>\d{10})(?![\d])")
URL_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})[/_.-](?P<month>\d{1,2})[/_.-](?P<day>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>\d{4})[/_-](?P<month>[^\W\d_]{3,10})\.?[/_-](?P<day>\d{1,2})(?!\d)"),
)
# A date with the year last (`25012019`, `25-01-2019`): day and month in the order a language writes them.
YEAR_LAST = (
    re.compile(r"(?<!\d)(?P<first>\d{1,2})(?P<sep>[/_.-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"),
    re.compile(r"(?<!\d)(?P<first>\d{2})(?P<second>\d{2})(?P<year>\d{4})(?!\d)"),
)
# A year and a month without a day (`/2023/10/`): the year of the text's day-and-month dates.
URL_MONTH = re.compile(r"(?<![\d])/(?P<year>\d{4})/(?P<month>\d{1,2})/(?![\d])")
PLACE_BEFORE_DATE = re.compile(r"\s*[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,4}\s*[,،]\s*")  # Arabic comma too
PUNCTUATION = re.compile(r"[\W_]+")
# What parts a first line into the dateline and the rest: a pipe, or a dash or bullet between spaces ("Quell | 25 Jan
# 2031 | Wire", "Floods kill 12 — Quell, 25 Jan 2031"); a hyphen between digits ("12-15") parts nothing.
LINE_PARTS = re.compile(r"\||\s[-–—•·]\s")
# An agency's name in brackets after a dateline's date, in its part ("CARACAS - 25 January 2019 (Wire) - ...").
AGENCY_AFTER = re.compile(r"\s*\([^()\d]{1,40}\)[\s.:-]*")
# A time after a dateline's date in its part, with a short zone word ("25 January 2019 14:05 GMT", ", 14h05").
TIME_AFTER = re.compile(r"[\s,،]*\d{1,2}\s*[:h.]\s*\d{2}(?:\s*[^\W\d_]{1,5})?[\s.]*")
# A date in brackets closing its line ("Venezuela crisis deepens (25/01/2019)").
OPENERS, CLOSERS = ("(", "["), (")", "]")
BOUND_GRANULARITIES = ("day", "month")
# The rule suffix of a date in a clause about the future (checker/extract/dates.py, in_future_clause): an article may
# name a day still to come, so such a date bounds nothing.
FUTURE = "-future"
# The rules of a weekday alone, maybe with its direction ("Saturday", "last Friday"; checker/extract/dates.py
# `weekday_at`): a day counted from the publication date, none without it.
WEEKDAY_RULES = frozenset("date:weekday" + d for d in ("", "-previous", "-next", "-this", FUTURE))


def infer_published(text: str, url: str, language: str, published: Optional[date] = None,
                    mentions: Optional[Sequence[Mention]] = None) -> tuple[Optional[date], str]:
    """(publication date, source) in the order of the module's docstring; (None, "") when nothing
    dates the seed. `mentions` are the text's mentions read without a publication date (read here
    when not given)."""
    if published is not None:
        return published, "manifest"
    found = date_from_url(url, language)
    if found is not None:
        return found, "url"
    if mentions is None:
        mentions = undated_mentions(text, language)
    absolute = [m for m in mentions if m.kind == "date" and not m.unresolved and _finite(m)]
    found = date_from_dateline(text, absolute)
    if found is not None:
        return found, "dateline"
    bounds = [m for m in absolute if m.section == "body" and m.granularity in BOUND_GRANULARITIES
              and not m.rule.endswith(FUTURE)]  # 'elections will be held on 30 March': no bound
    if bounds:
        return date.fromordinal(int(max(m.value.low for m in bounds))), "latest-date-bound"
    return _month_bound(text, language, month_from_url(url))


def publication_days(seed: Seed) -> Optional[tuple[int, int]]:
    """The days (ordinals) a seed may have been published on: its date, or from a lower bound LOWER_BOUND_REACH_DAYS
    on; None when undated."""
    if seed.published is None:
        return None
    day = seed.published.toordinal()
    return (day, day + LOWER_BOUND_REACH_DAYS) if seed.published_source in LOWER_BOUNDS else (day, day)


def month_from_url(url: str) -> Optional[date]:
    """The first day of a year and month written in a url's path without a day (`/2023/10/`), or None."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url or "", flags=re.IGNORECASE)
    for match in URL_MONTH.finditer(path):
        year, month = int(match.group("year")), int(match.group("month"))
        if URL_YEARS[0] <= year <= URL_YEARS[1] and 1 <= month <= 12:
            return date(year, month, 1)
    return None


def _month_bound(text: str, language: str, month: Optional[date]) -> tuple[Optional[date], str]:
    """The latest day-and-month date of the url's month in the text, read in the url's year ("30 de octubre" in
    a page under `/2023/10/`): a lower bound, ("url-month"); (None, "") when the url has no month or the text no
    such date. Dates counted from the publication ("on Monday", "yesterday") and dates of a clause about the future
    ("elections will be held on 30 October") place nothing."""
    if month is None:
        return None, ""
    from .frames.dates import COUNTED_BACK  # frames read this module; nothing of them is needed before this point

    end = date(month.year + month.month // 12, month.month % 12 + 1, 1).toordinal() - 1
    read = [m for m in extract_seed(Seed(id="", path="", text=text, language=language, published=date.fromordinal(end)))
            if m.kind == "date" and m.section == "body" and m.granularity == "day" and not m.unresolved
            and not m.rule.startswith(COUNTED_BACK) and not m.rule.endswith(FUTURE)
            and month.toordinal() <= m.value.low <= end]
    if not read:
        return None, ""
    return date.fromordinal(int(max(m.value.low for m in read))), "url-month"


def undated_mentions(text: str, language: str) -> list[Mention]:
    """The mentions of a text read without a publication date: only absolute dates resolve."""
    return extract_seed(Seed(id="", path="", text=text, language=language))


def extract_seed(seed: Seed) -> list[Mention]:
    from .detect import extract_seed as extract  # detect reads seeds; it needs nothing of this module

    return extract(seed)


def date_from_url(url: str, language: str = "") -> Optional[date]:
    """The first real date written in a url's path (in the calendar of the language's sites, `url_calendar`, when
    its year is no Gregorian one), else the day of a Unix timestamp in its query; None when there is neither."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url or "", flags=re.IGNORECASE)
    calendar = _url_calendar(language)
    for pattern in URL_PATTERNS:
        for match in pattern.finditer(path):
            found = _url_date(match, calendar)
            if found is not None:
                return found
    for pattern in YEAR_LAST:
        for match in pattern.finditer(path):
            found = _year_last(match, language)
            if found is not None:
                return found
    return _timestamp_day(path)


def _year_last(match: re.Match, language: str) -> Optional[date]:
    """The day of a date code with the year last: the one reading of its day and month that is a real date, else
    (both are) the one of the language's order of numeric dates (dmy or mdy); None when neither decides."""
    year, first, second = int(match.group("year")), int(match.group("first")), int(match.group("second"))
    if not URL_YEARS[0] <= year <= URL_YEARS[1]:
        return None
    readings = {order: _real(year, *((second, first) if order == "dmy" else (first, second)))
                for order in ("dmy", "mdy")}
    found = {day for day in readings.values() if day is not None}
    if len(found) == 1:
        return found.pop()
    return readings.get(_date_order(language)) if found else None


def _real(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=None)
def _date_order(language: str) -> str:
    """The order a language writes numeric dates in (its file's `numeric_date_order`), '' when unknown."""
    return str(load(language).raw.get("numeric_date_order") or "") if language in available() else ""


def _url_date(match: re.Match, calendar: str = "gregorian") -> Optional[date]:
    year, month, day = match.group("year"), match.group("month"), match.group("day")
    number = int(month) if month.isdigit() else _month_numbers().get(month.lower())
    if number is None:
        return None
    if calendar == "jalali" and month.isdigit() and JALALI_URL_YEARS[0] <= int(year) <= JALALI_URL_YEARS[1]:
        return _jalali(int(year), number, int(day))
    if not URL_YEARS[0] <= int(year) <= URL_YEARS[1]:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def _jalali(year: int, month: int, day: int) -> Optional[date]:
    import jdatetime  # the Solar Hijri calendar (a dependency: pyproject.toml)

    try:
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None


def _timestamp_day(path: str) -> Optional[date]:
    """The day (UTC) of the first Unix timestamp of ten digits in a url's query under a name of time, or None."""
    for match in TIMESTAMP.finditer(path):
        if match.group("name").lower() in TIMESTAMP_NAMES:
            day = datetime.fromtimestamp(int(match.group("seconds")), tz=timezone.utc).date()
            if URL_YEARS[0] <= day.year <= URL_YEARS[1]:
                return day
    return None


@lru_cache(maxsize=None)
def _url_calendar(language: str) -> str:
    """The calendar a language's sites write a url's non-Gregorian year in (its file's `url_calendar`)."""
    return str(load(language).raw.get("url_calendar") or "gregorian") if language in available() else "gregorian"


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations of every language file, as written in urls (ASCII, no dot)."""
    names: dict[str, int] = {}
    for code in available():
        for key, month in load(code).months.items():
            word = str(key).rstrip(".")
            if word.isascii() and word.isalpha():
                names.setdefault(word, int(month))
    return names


def date_from_dateline(text: str, dates: Sequence[Mention]) -> Optional[date]:
    """The day a page gives itself: a marked line (published before updated), else a date-only or
    place-and-date line near the top; None when there is none."""
    lines = text.split("\n")
    marked: dict[str, list[Mention]] = {"published": [], "updated": []}
    near_top: list[Mention] = []
    first_lines = _first_lines(lines)
    for mention in sorted(dates, key=lambda m: m.start):
        if mention.granularity != "day" or mention.line > len(lines):
            continue
        line = lines[mention.line - 1]
        before = line[:mention.column - 1]
        after = line[mention.column - 1 + len(mention.text):]
        kind = _marker(before)
        before, after = _own_part(before, after)
        if kind:
            marked[kind].append(mention)
        elif mention.line in first_lines and _alone(before, after):
            near_top.append(mention)
    for mention in marked["published"] + marked["updated"] + near_top:
        return date.fromordinal(int(mention.value.low))
    return None


def _alone(before: str, after: str) -> bool:
    """Whether a date stands alone in its part of a line (the texts before and after it there): nothing but punctuation
    around it, or a place and a comma before it ("CARACAS, January 25, 2019 (Wire) -"), or an agency in brackets or a
    time after it ("25 January 2019 (Wire)", "25 January 2019 14:05 GMT"), or brackets that close the line ("(25/01/2019)")."""
    if PLACE_BEFORE_DATE.fullmatch(before) or not PUNCTUATION.sub("", before + after):
        return True
    if before.rstrip().endswith(OPENERS) and after.strip() in CLOSERS:
        return True
    return not PUNCTUATION.sub("", before) and bool(AGENCY_AFTER.fullmatch(after) or TIME_AFTER.fullmatch(after))


def _own_part(before: str, after: str) -> tuple[str, str]:
    """The text before and after a date within its part of the line (LINE_PARTS): a headline's dateline after a pipe
    or a dash ("Floods kill 12 | Quell, 25 Jan 2031") is read as a dateline line of its own."""
    starts = [m.end() for m in LINE_PARTS.finditer(before)]
    ends = [m.start() for m in LINE_PARTS.finditer(after)]
    return before[starts[-1] if starts else 0:], after[:ends[0] if ends else len(after)]


# Words a publication line may hold beside its marker, dates and times ("Last updated on 3 May 2019 at 14:05",
# "Actualizado a las 14:05 h del 29 de junio", "نشر في: ... 14:05 بتوقيت مكة").
DATELINE_WORDS = 4


def is_dateline(line: str, dates: Sequence[tuple[int, int]], figures: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a line says when its page was published or updated and nothing else: its dates and times alone (their
    (start, end) in the line: "| 29 May 2023 |", "29 May 2023 | 14:05 GMT"), or, in the line or its part between pipes
    that holds them, a marker of the language files' `published_markers`, the dates and at most DATELINE_WORDS other
    words ("Published 14:05 GMT, 29 May 2023", "Updated: 29/05/2023 14:05", "کد خبر: ۱۲۳۴ | تاریخ: ۱۴۰۲/۰۳/۰۸");
    never with a figure (the spans of the line's other numbers) among them."""
    if not dates:
        return False
    if not figures and not _words_besides(line, dates, 0):
        return True
    first, last = min(start for start, _ in dates), max(end for _, end in dates)
    lo, hi = line.rfind("|", 0, first) + 1, line.find("|", last)
    hi = len(line) if hi < 0 or "|" in line[first:last] else hi
    if any(lo <= start < hi for start, _ in figures):
        return False
    words = _words_besides(line[lo:hi], dates, lo)
    said = " ".join(words)
    marker = next((m for kind in ("published", "updated") for m in _markers()[kind]
                   if said.startswith(m) and not said[len(m):len(m) + 1].isalnum()), None)
    return marker is not None and len(said[len(marker):].split()) <= DATELINE_WORDS


def _words_besides(text: str, dates: Sequence[tuple[int, int]], offset: int) -> list[str]:
    """The folded words of a text (that starts at `offset` in its line) without the dates (their spans in the line)."""
    for start, end in sorted(dates, reverse=True):
        if offset <= start and end - offset <= len(text):
            text = text[:start - offset] + " " + text[end - offset:]
    return PUNCTUATION.sub(" ", fold_phrase(text)).split()


def _first_lines(lines: list[str]) -> set[int]:
    """The numbers (1-based) of the first DATELINE_LINES lines that are not blank."""
    filled = [number for number, line in enumerate(lines, 1) if line.strip()]
    return set(filled[:DATELINE_LINES])


def _marker(before: str) -> str:
    """'published' or 'updated' when the text before a date is a marker and at most one word."""
    said = fold_phrase(before).strip()
    for kind in ("published", "updated"):
        for marker in _markers()[kind]:
            if said.startswith(marker):
                rest = said[len(marker):]
                if rest[:1].isalnum():  # the marker is part of a longer word
                    continue
                if len(PUNCTUATION.sub(" ", rest).split()) <= 1:
                    return kind
    return ""


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[str, ...]]:
    """The published and updated markers of every language file, folded, longest first."""
    found: dict[str, set] = {"published": set(), "updated": set()}
    for code in available():
        for kind, phrases in (load(code).raw.get("published_markers") or {}).items():
            found[kind].update(fold_phrase(str(p)) for p in phrases or ())
    return {kind: tuple(sorted(words, key=lambda w: (-len(w), w))) for kind, words in found.items()}


def _finite(mention: Mention) -> bool:
    return abs(mention.value.low) < 1e9 and abs(mention.value.high) < 1e9


def note_inferred(finding: Finding, seeds: dict[str, Seed], weekdays: Optional[dict] = None) -> Finding:
    """The finding, saying so for each seed it rests on (its seed, its other seed, the seeds of its group's sources)
    whose publication date was inferred: the message names the date and where it came from, and `published_inferred`
    holds the sources, one per such seed, joined by commas. A seed nothing dates whose text names weekdays
    (weekdays: {seed id: the weekdays as written}, `undated_weekdays`) is said to be undated, its weekdays naming no
    day: a weekday counts from the publication date."""
    notes, sources = [], []
    for seed_id in dict.fromkeys((finding.seed, finding.other_seed, *_source_seeds(finding))):
        seed = seeds.get(seed_id)
        if seed is not None and seed.published is None and (weekdays or {}).get(seed_id):
            named = ", ".join(map(repr, weekdays[seed_id]))
            notes.append(f" (seed {seed.id}: undated, so {named} names no day)")
            continue
        if seed is None or seed.published is None or seed.published_source in ("", "manifest"):
            continue
        notes.append(f" (seed {seed.id}: publication date {seed.published.isoformat()} inferred from "
                     f"{SOURCE_WORDS.get(seed.published_source, seed.published_source)})")
        sources.append(seed.published_source)
    if not notes:
        return finding
    return replace(finding, message=finding.message + "".join(notes), published_inferred=",".join(sources))


def undated_weekdays(seed: Seed, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The weekdays as written ("Saturday", "el sábado") a seed without a publication date leaves unresolved."""
    if seed.published is not None:
        return ()
    return tuple(dict.fromkeys(m.text for m in mentions if m.kind == "date" and m.unresolved
                               and m.rule in WEEKDAY_RULES))


def _source_seeds(finding: Finding) -> tuple[str, ...]:
    """The seeds of a grouped finding's sources ({seed, value, said, quote, location})."""
    return tuple(s.get("seed", "") for s in finding.sources if isinstance(s, dict))
