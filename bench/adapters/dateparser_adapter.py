"""dateparser's search_dates: dates only, found in free text and resolved against the publication date.

Settings: languages=[the gold's language], RELATIVE_BASE = midnight of the publication date,
PREFER_DATES_FROM = past. search_dates gives the matched substring and one datetime; the adapter finds
the substring in the text (in order) and asks DateDataParser for its period, so that "January" is the
whole month: day or time -> that day, week -> Monday to Sunday, month -> the month, year -> the year.
"""
from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from checker.model import Interval

from . import Found, NotInstalled

NAME = "dateparser"
PACKAGE = "dateparser"
VALUES = True
SCOPE = ("dates only, in all five languages (no numbers, money, percents, durations or ordinals); "
         "no date ranges, and fa/ar free text is weak (`سه شنبه` is read as Saturday, `72 ساعت` as 72 hours ago)")

LANGUAGES = ("en", "fa", "ar", "es", "pt")


class Dateparser:
    def __init__(self) -> None:
        try:
            import dateparser
            from dateparser.search import search_dates
        except ImportError as error:
            raise NotInstalled(PACKAGE) from error
        self.version = dateparser.__version__
        self.kinds = {language: frozenset({"date"}) for language in LANGUAGES}
        self._search = search_dates
        self._parser = dateparser.date.DateDataParser
        self._parsers: dict[tuple[str, date], object] = {}

    def _settings(self, published: date) -> dict:
        return {"RELATIVE_BASE": datetime(published.year, published.month, published.day),
                "PREFER_DATES_FROM": "past"}

    def extract(self, text: str, language: str, published: date) -> list[Found]:
        settings = self._settings(published)
        hits = self._search(text, languages=[language], settings=settings) or []
        key = (language, published)
        if key not in self._parsers:
            self._parsers[key] = self._parser(languages=[language], settings=settings)
        parser = self._parsers[key]
        found, cursor = [], 0
        for substring, moment in hits:
            at = text.find(substring, cursor)
            if at < 0:
                at = text.find(substring)
            if at < 0:
                continue
            cursor = at + len(substring)
            data = parser.get_date_data(substring)
            period = data.period if data and data.date_obj else "day"
            day = (data.date_obj if data and data.date_obj else moment).date()
            found.append(Found(at, at + len(substring), "date", _period(day, period or "day"), label=period or ""))
        return found


def _period(day: date, period: str) -> Interval:
    if period == "week":
        first = day - timedelta(days=day.weekday())
        last = first + timedelta(days=6)
    elif period == "month":
        first = day.replace(day=1)
        last = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    elif period == "year":
        first, last = date(day.year, 1, 1), date(day.year, 12, 31)
    else:
        first = last = day
    return Interval(first.toordinal(), last.toordinal(), True, True, "date")


def load() -> Dateparser:
    return Dateparser()
