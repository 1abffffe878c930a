"""The time of a claim: the days a mention speaks of (`_time`: the nearest date of its sentence that is no reporting
detail, else the article's date), and what makes a date a reporting detail (`_reporting`: "said on Saturday", a
statement's date before a complementizer, `_dateline`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..concepts import (act_words, as_of_words, fold_key, hour_marks, hour_words, revision_words, complementizers, conjunctions, contrast_words, day_before_noun,
                        attribution_phrases, day_concepts, find_concepts, forms, reporting_phrases)
from ..extract.normalize import joint_key
from ..extract.patterns import TIME
from ..model import Mention, Seed
from ..published import LOWER_BOUND_REACH_DAYS, LOWER_BOUNDS, is_dateline, publication_days
from .sentence import (CLAUSE_BREAKS, DASHES, PART_BREAKS, _Sentence, _clause, _distance, _names_one_of, _phrase,
                       _phrases, _span_tokens)


# Tokens between a date and a reporting word for the date to be a reporting detail.
REPORTING_REACH = 3
# The longest reporting phrase, in words.
LONGEST_REPORTING = 3
# Tokens before a date, in its clause, within which it opens the clause ("On Tuesday, the ministry said"): a reporting
# word after it across a comma is then the statement's; further in, and ending the sentence (at most ATTRIBUTION_TAIL
# words after it, no number nor break among them), that word is an attribution of the whole sentence.
OPENING_REACH = 2
ATTRIBUTION_TAIL = 6


# Words besides the conjunctions that join the numbers of a list ("5.1, 4.9 or 4.7").
LIST_JOINERS = frozenset({"or", "o", "ou", "یا", "او", "veya", "/"})


# Grammar rules (checker/extract/) of a day counted back from the publication date ("on Saturday", "yesterday",
# "two days ago", "last week"); a rule ending in "-future" counts forward.
COUNTED_BACK = ("date:weekday", "date:yesterday", "date:ago", "date:relative-", "date:today")
# Quotation marks, each opening mark with its closing one (a straight mark closes itself); a single mark opens only
# before a letter and not after one, and closes only before no letter or digit (not the apostrophe of "didn't").
QUOTES = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "'": "'"}
SINGLE_QUOTES = frozenset("'‘’")
# How much of a quotation the frame shows.
QUOTE_SHOWN = 40


def _quotation(seed: Seed, mention: Mention) -> Optional[tuple[int, int]]:
    """The span (offsets in the seed) of the quotation of its line that holds a day counted back from the publication
    ("'On Tuesday the water took everything,' she said"), None when it is no such day or in none: the speaker counts
    it from when it was said, the article's date does not place it."""
    if not mention.rule.startswith(COUNTED_BACK):
        return None
    text = seed.text
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = text[start:len(text) if end < 0 else end]
    return next(((start + a, start + b) for a, b in quotations(line)
                 if start + a <= mention.start and mention.end <= start + b), None)


@lru_cache(maxsize=1024)
def quotations(line: str) -> tuple[tuple[int, int], ...]:
    """The spans of the closed quotations of a line, inside their marks (QUOTES); read once a line (its dates share
    it)."""
    spans, opened = [], None  # (closing mark, where the quotation starts)
    for k, mark in enumerate(line):
        before, after = line[k - 1:k] or " ", line[k + 1:k + 2] or " "
        if opened and mark == opened[0] and not (mark in SINGLE_QUOTES and after.isalnum()):
            spans.append((opened[1], k))
            opened = None
        elif not opened and mark in QUOTES and not (mark in SINGLE_QUOTES and (before.isalnum() or not after.isalpha())):
            opened = (QUOTES[mark], k + 1)
    return tuple(spans)


def _quoted_day(seed: Seed, mention: Mention) -> str:
    """What makes a date a day of a quotation, counted from when it was said (_quotation), '' when it is none."""
    span = _quotation(seed, mention)
    if span is None:
        return ""
    quoted = seed.text[span[0]:span[1]]
    shown = quoted if len(quoted) <= QUOTE_SHOWN else quoted[:QUOTE_SHOWN] + "..."
    return f"in a quotation ({shown!r}): a day counted from when it was said, not the event's"


# A dateline's day comes within this many tokens of its sentence's start ("MANILA, Philippines, Oct. 23").
DATELINE_START = 6
# The agency's name in brackets after a dateline's day, in tokens ("(Reuters)", "(CNA)", "(رويترز)").
DATELINE_AGENCY = 3


def _dateline(sentence: _Sentence, first: int, last: int) -> bool:
    """A date after a comma and before a dash ("RABAT, Sept 9 - ..."), or near its sentence's start before an
    agency's name in brackets ("Taipei, April 6 (CNA) The number ..."), or near its start between a dash and a colon
    ("نيودلهي - 6 أغسطس: ...", "TEHRAN - Jan. 4: ..."): the dateline, when the story was filed."""
    tokens = sentence.tokens
    after = tokens[last + 1] if last + 1 < len(tokens) else ""
    if 0 < first <= DATELINE_START and tokens[first - 1] in DASHES and after == ":":
        return True
    if first == 0 or tokens[first - 1] != ",":
        return False
    if after in DASHES:
        return True
    closing = next((k for k in range(last + 2, min(last + 3 + DATELINE_AGENCY, len(tokens))) if tokens[k] == ")"), None)
    return after == "(" and first <= DATELINE_START and closing is not None and closing > last + 2


def _dated_line(seed: Seed, mention: Mention, neighbours: list[Mention]) -> bool:
    """A date on a line, or its part between pipes, that says when the page was published or updated and nothing else
    (published.is_dateline: "Updated: 29/05/2023 14:05", "| 29 May 2023 |", "کد خبر: ۱۲۳۴ | تاریخ: ۱۴۰۲/۰۳/۰۸"),
    whatever sentence the line was read into: the dateline."""
    text = seed.text
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    on_line = [m for m in neighbours if start <= m.start and m.end <= end]
    return is_dateline(text[start:end], [(m.start - start, m.end - start) for m in on_line if m.kind == "date"],
                       [(m.start - start, m.end - start) for m in on_line if m.kind != "date"])


# An as-of word stands at most this many tokens before the date it times ("hasta las 17 : 00 horas del martes").
AS_OF_REACH = 8


def _tally_time(sentence: _Sentence, first: int, last: int, counts: set, language: str) -> str:
    """The as-of phrase (concepts.yaml `as_of`) at most AS_OF_REACH tokens before a date in its part of the
    sentence, with a count after the date: the date says when a tally was made ("As of 2:30pm yesterday, 13
    people had died in the earthquake", "تا ساعت ۶ عصر چهارشنبه ... به ۷۳ نفر رسید"), not when anything
    happened; '' when none."""
    if not any(i > last for i in counts):
        return ""
    lo = max(first - AS_OF_REACH, 0)
    tokens = sentence.tokens
    lo = max([k + 1 for k in range(lo, first) if tokens[k] in CLAUSE_BREAKS | PART_BREAKS
              and not (tokens[k] == ":" and tokens[k - 1][-1:].isdigit() and tokens[k + 1][:1].isdigit())],  # 17:00
             default=lo)
    return _phrase(sentence, lo, first - 1, as_of_words(language), language) \
        or _revision(sentence, first, last, language)


# Tokens between a date and a word of revising a count (concepts.yaml `revisions`) for the date to be the revision's.
REVISION_REACH = 3


def _revision(sentence: _Sentence, first: int, last: int, language: str) -> str:
    """A word of revising a count (concepts.yaml `revisions`: "raised", "revised", "elevaron", "رفعت") at most
    REVISION_REACH tokens from a date in its clause, the nearest: the date says when the count was revised
    ("officials on Saturday raised the death toll to 39", "revised on Tuesday the body count to 288"), '' when none."""
    lo, hi = _clause(sentence, first, last)
    found = [(_distance(i, j, first, last), " ".join(sentence.tokens[i:j + 1]))
             for i, j in _phrases(sentence, revision_words(language), language)
             if lo <= i and j <= hi and not (first <= j and i <= last)
             and _distance(i, j, first, last) <= REVISION_REACH]
    return min(found)[1] if found else ""


def _reporting(sentence: _Sentence, first: int, last: int, lo: int, hi: int, language: str) -> str:
    """The reporting words within REPORTING_REACH tokens of a date, in its clause ('' when none); not those after
    it across a comma when the date does not open its clause: an attribution of the whole sentence ("struck Tarsa on
    June 11, according to officials", "..., según el ministerio", "..., officials said"), nor an attribution after it
    at all (concepts.yaml `attributions`: "En abril, según las autoridades, ..."); a date inside the phrase an attribution
    opens is the source's, however far (_source_of)."""
    phrases = reporting_phrases(language)
    if not phrases:
        return ""
    attributions = attribution_phrases(language)
    candidates = []
    opens = first - lo <= OPENING_REACH
    for i in range(max(lo, first - REPORTING_REACH - LONGEST_REPORTING), min(hi, last + REPORTING_REACH) + 1):
        if first <= i <= last:
            continue
        if i > last and not opens and any(sentence.tokens[k] in PART_BREAKS for k in range(last + 1, i)) \
                and _ends_sentence(sentence, i):
            continue
        heads = forms(sentence.tokens[i], language)
        for n in range(1, LONGEST_REPORTING + 1):
            j = i + n - 1
            if j > hi or first <= j <= last:
                break
            if n > 1:
                heads = tuple(head + sentence.keys[j].replace(" ", "") for head in heads)
            if any(head in phrases for head in heads) and _distance(i, j, first, last) <= REPORTING_REACH \
                    and not (i > last and any(head in attributions for head in heads)):  # "En abril, según ...,"
                candidates.append((_distance(i, j, first, last), " ".join(sentence.tokens[i:j + 1])))
    if candidates:
        return min(candidates)[1]
    return _source_of(sentence, first, lo, language) or _statement_date(sentence, first, last, lo, phrases, language) \
        or _set_off(sentence, first, last, lo, phrases, language)


def _source_of(sentence: _Sentence, first: int, lo: int, language: str) -> str:
    """The attribution word (concepts.yaml `attributions`: "according to", "según", "بحسب") that opens the phrase a date
    stands in, with no comma between ("según la información disponible este viernes"): the date is the source's day;
    '' when none."""
    attributions = attribution_phrases(language)
    for i, j in _phrases(sentence, attributions, language):
        if j >= first:
            break
        if i >= lo and not any(sentence.tokens[k] in PART_BREAKS for k in range(j + 1, first)):
            return " ".join(sentence.tokens[i:j + 1])
    return ""


def _set_off(sentence: _Sentence, first: int, last: int, lo: int, phrases: frozenset, language: str) -> str:
    """The reporting word of a date set off by commas right after a statement's verb and its subject ("وفق حصيلة
    أعلنتها الشرطة، أمس، للتفجير": the toll the police announced, yesterday, for the bombing): the nearest reporting
    word at most STATEMENT_REACH tokens before the comma that opens it, in its part of the clause, with no word of an
    event's day between ("وقع التفجير في تارسن، يوم الخميس،" dates the bombing); '' when none."""
    tokens = sentence.tokens
    if first < 2 or last + 1 >= len(tokens) or tokens[first - 1] not in PART_BREAKS or tokens[last + 1] not in PART_BREAKS:
        return ""
    days = day_concepts()
    start = max(lo, first - 1 - STATEMENT_REACH)
    start = max([k + 1 for k in range(start, first - 1) if tokens[k] in PART_BREAKS], default=start)
    if any(hit.concept in days for hit in find_concepts(tuple(tokens[start:first - 1]), language, True)):
        return ""
    for i in range(first - 2, start - 1, -1):
        if any(head in phrases for head in forms(tokens[i], language)):
            return tokens[i]
    return ""


# Tokens between a date and the words of an act (concepts.yaml `acts`) for the date to be that act's day (a subject
# between in Arabic: "تبنى تنظيم الدولة الإسلامية يوم الخميس"); tokens
# between a date and a word of an event's day (the `days` concepts) for the date to be that event's ("the bombing on
# Wednesday", "atentado del miércoles", "حمله روز چهارشنبه"; "Wednesday's bombing" in `day_before_noun` languages).
ACT_REACH = 5
# How a frame's `reporting` names an act's day (checker/link.py shows it as it is).
ACT_DAY = "an act that followed the event"
# How a frame's `reporting` names the day a tally was made or revised: no day of the event, but its count's time.
AS_OF = "as of"
EVENT_ATTACHED = 2
# How a frame's time_source ends when its date names the day of an event (_attached: "the January 30 bombing", "el
# atentado del miércoles"): the day the event happened, no day its count was made (checker/link.py).
EVENT_DAY = " (its event's day)"
# What may stand between a date and the noun it dates after it ("Wednesday's bombing", "the Wednesday attack").
POSSESSIVE = frozenset({"'s", "’s", "s", "'", "’"})


def _act(sentence: _Sentence, first: int, last: int, lo: int, hi: int, dates: frozenset, language: str) -> str:
    """The words of an act that follows the event (concepts.yaml `acts`: a claim of responsibility, an arrest, a
    funeral) at most ACT_REACH tokens from a date in its clause, the nearest, with no other date's token (`dates`)
    between them, when no word of an event's day is attached to the date (_attached): the date is that act's day
    ("claimed responsibility on Thursday for Wednesday's bombings": Thursday), '' when none."""
    words = act_words(language)
    if not words:
        return ""
    found = []
    for i, j in _phrases(sentence, words, language):
        if i < lo or j > hi or first <= j and i <= last:
            continue
        gap = range(j + 1, first) if j < first else range(last + 1, i)
        if _distance(i, j, first, last) <= ACT_REACH and not any(k in dates for k in gap):
            found.append((_distance(i, j, first, last), " ".join(sentence.tokens[i:j + 1])))
    if not found or _attached(sentence, first, last, language):
        return ""
    return min(found)[1]


def _attached(sentence: _Sentence, first: int, last: int, language: str) -> bool:
    """Whether a word of an event's day (a `days` concept: "bombing", "atentado", "حمله") stands at most
    EVENT_ATTACHED tokens before the date, or right after it in a `day_before_noun` language (a possessive between:
    "Wednesday's bombing"): the date names that event's day."""
    days = day_concepts()
    after = language in day_before_noun()
    for hit in find_concepts(tuple(sentence.tokens), language, True):
        if hit.concept not in days:
            continue
        if hit.last < first and first - hit.last - 1 <= EVENT_ATTACHED:
            return True
        if after and hit.first > last and all(sentence.keys[k] in POSSESSIVE for k in range(last + 1, hit.first)):
            return True
    return False


def _ends_sentence(sentence: _Sentence, i: int) -> bool:
    """Whether the words from token i on end the sentence as an attribution does ("según el ministerio.", "officials
    said."): at most ATTRIBUTION_TAIL words after it, no number nor break among them ("informaba de 2.946 muertos"
    reports what follows)."""
    rest = [t for t in sentence.tokens[i + 1:] if t not in SENTENCE_MARKS]
    return len(rest) <= ATTRIBUTION_TAIL and not any(t[:1].isdigit() or t in PART_BREAKS or t in CLAUSE_BREAKS
                                                      for t in rest)


# Sentence-final marks and quotes after an attribution.
SENTENCE_MARKS = frozenset(".!?؟»«\"”“'")


# Tokens a reporting word may stand before a date that a complementizer follows ("قالت الحكومة المكسيكية يوم
# السبت إن": a subject between).
STATEMENT_REACH = 6


def _statement_date(sentence: _Sentence, first: int, last: int, lo: int, phrases: frozenset, language: str) -> str:
    """The reporting word of a date that stands between it and a complementizer right after the date (concepts.yaml
    `complementizers`): the date says when it was said, '' when none."""
    after = last + 1
    if after >= len(sentence.tokens) or not _names_one_of(sentence, after, after, complementizers(language), language):
        return ""
    for i in range(first - 1, max(lo, first - STATEMENT_REACH) - 1, -1):
        if any(head in phrases for head in forms(sentence.tokens[i], language)):
            return sentence.tokens[i]
    return ""


def _time(seed: Seed, mention: Mention, neighbours: list[Mention], base: int, sentence: _Sentence,
          span: tuple[int, int] = (0, -1), counts: set = frozenset()) -> tuple[Optional[tuple[int, int]], str]:
    """The days a mention speaks of: the nearest date of its sentence that is not a reporting detail nor an act's day
    (_act: "claimed responsibility on Thursday for the attack that killed 84"), nor a
    day counted back inside a quotation the mention is not in (_quotation), nor a date after it with another quantity between (that date is the later quantity's: "turnout was 50 %, after
    60 % stayed away in the first round on June 28"), else the article date."""
    if mention.kind == "date":
        own = _counted_from_a_bound(seed, mention) or _resolved(mention)
        return own, "its own value" if own else ""
    best = None
    for other in neighbours:
        if other is mention or other.kind != "date" or _resolved(other) is None:
            continue
        first, last = _span_tokens(sentence, other.start - base, other.end - base)
        lo, hi = _clause(sentence, first, last)
        if _reporting(sentence, first, last, lo, hi, other.language) \
                or _act(sentence, first, last, lo, hi, date_tokens(sentence, neighbours, base, other), other.language):
            continue
        quoted = _quotation(seed, other)  # a speaker's day places only what the quotation says
        if quoted is not None and not (quoted[0] <= mention.start and mention.end <= quoted[1]):
            continue
        if first > span[1] and _another_quantity_between(sentence, span, first, counts, mention.language):
            continue
        gap = abs(other.start - mention.start)
        if best is None or gap < best[0]:
            best = (gap, other, first, last)
    if best is not None:  # a date naming its event's day ("the January 30 bombing") says so (EVENT_DAY)
        named = _attached(sentence, best[2], best[3], best[1].language)
        return _counted_from_a_bound(seed, best[1]) or _resolved(best[1]), \
            f"clause: {best[1].text!r}" + (EVENT_DAY if named else "")
    if seed.published is not None:
        bound = seed.published_source in LOWER_BOUNDS  # the article may be later (checker/published.py)
        return publication_days(seed), "article date (a lower bound)" if bound else "article date"  # the days after it
    return None, ""


def _counted_from_a_bound(seed: Seed, mention: Mention) -> Optional[tuple[int, int]]:
    """The days a date counted from the publication ("on Tuesday", "yesterday") may be in a seed dated by a lower bound
    (it was read from the bound): from its first day as read, LOWER_BOUND_REACH_DAYS on; None in any other seed."""
    days = _resolved(mention)
    if days is None or seed.published_source not in LOWER_BOUNDS or not mention.rule.startswith(COUNTED_BACK):
        return None
    return days[0], days[1] + LOWER_BOUND_REACH_DAYS


def date_tokens(sentence: _Sentence, neighbours: list[Mention], base: int, mention: Mention) -> frozenset:
    """The tokens of the dates of a sentence but one."""
    spans = [_span_tokens(sentence, other.start - base, other.end - base) for other in neighbours
             if other is not mention and other.kind == "date"]
    return frozenset(k for a, b in spans for k in range(a, b + 1))


def _another_quantity_between(sentence: _Sentence, span: tuple[int, int], date_first: int, counts: set,
                              language: str) -> bool:
    """Whether another part of the sentence with its own quantity stands between a mention and a later date:
    a comma or conjunction that does not join two numbers of a list, or a contrast word (concepts.yaml `contrasts`:
    "71 في المئة مقابل 61 في المئة في انتخابات 2025"), and a quantity, between them ("turnout was 50 %, after 60 % stayed
    away on June 28") or after the date in its part ("مشارکت ۷۱ درصد بود، در حالی که در انتخابات ۲۰۲۵ این رقم ۶۴ درصد
    بود"). The numbers of one list share the date ("magnitudes 5.1, 4.9 and 4.7 were recorded today")."""
    quantities = set(counts) | set(range(span[0], span[1] + 1))
    between = range(span[1] + 1, date_first)

    def joiner(k: int) -> bool:
        return sentence.tokens[k] in PART_BREAKS or sentence.keys[k] in conjunctions(language) | LIST_JOINERS

    def in_list(k: int) -> bool:
        before = next((i for i in range(k - 1, -1, -1) if not joiner(i)), None)
        after = next((i for i in range(k + 1, len(sentence.tokens)) if not joiner(i)), None)
        return before in quantities and after in quantities

    broken = any(joiner(k) and not in_list(k) for k in between) or \
        bool(_phrase(sentence, span[1] + 1, date_first - 1, contrast_words(language), language))
    end = next((k for k in range(date_first, len(sentence.tokens)) if joiner(k)), len(sentence.tokens))
    return broken and any(k in counts for k in list(between) + list(range(date_first, end)))


def _resolved(mention: Mention) -> Optional[tuple[int, int]]:
    value = mention.value
    if mention.unresolved or value.domain != "date" or not (abs(value.low) < 1e9 and abs(value.high) < 1e9):
        return None
    return int(value.low), int(value.high)


# A bare hour after a language's hour word ("a las 14.00", "às 14h", "ساعت ۱۴"): one or two digits, minutes after a
# colon, a dot or an h, and no decimal, digit or percent after it ("a las 14.00" is no "14.0 %").
BARE_HOUR = re.compile(r"\s+(\d{1,2})(?:[:.h][0-5]\d|h)?(?![\d%]|[.,]\d|\s?%)")
# An hour written with its meridiem ("2 pm", "2 p.m."): the afternoon's.
AFTERNOON = re.compile(r"[pP]\.?\s?[mM]")
# An hour named by a word after a language's hour word, closed by a word of the part of the day ("a la una de la tarde",
# "الساعة الواحدة ظهرا", "ساعت یک بعدازظهر"; concepts.yaml `hour_marks`): one word between them.
WORD_HOUR = r"\s+(\S+)\s+"


def hour_of(sentence: str, language: str) -> str:
    """The hour of the day a sentence reads its figures at ("at 14:00"), '' when none: a time with a colon or a.m./p.m.
    in any language ("At 2 pm", "عند الساعة 14:00"), a bare hour after an hour word of the language (concepts.yaml
    `hour_words`: "A las 14.00", "Às 14h", "تا ساعت ۱۴"), or an hour named by a word between an hour word and a word of
    the part of the day (`hour_marks`: "a la una de la tarde", "حتى الساعة الواحدة ظهرا"); not an hour right after a
    reporting word ("the authority said at 9 am": when it was said). Its figures are that hour's: of an hourly measure
    (`hourly_measures`), a turnout so far that day, no final figure (the claim's progress; a frame's `hour`)."""
    text = fold_key(sentence)
    found = []
    time = TIME.search(text)
    if time:
        hour = int(re.match(r"\d+", time.group()).group())
        found.append((time.start(), f"at {hour + 12 if AFTERNOON.search(time.group()) and hour < 12 else hour}:00"))
    for word in hour_words(language):
        for match in re.finditer(r"(?<!\w)" + re.escape(word) + BARE_HOUR.pattern, text):
            if int(match.group(1)) <= 23:
                found.append((match.start(), f"at {int(match.group(1))}:00"))
        for mark in hour_marks(language):
            for match in re.finditer(r"(?<!\w)" + re.escape(word) + WORD_HOUR + re.escape(mark) + r"(?!\w)", text):
                found.append((match.start(), f"at {match.group(1)} {mark}"))
    reporting = reporting_phrases(language)
    for start, hour in sorted(found):
        before = re.findall(r"\w+", text[:start])[-LONGEST_REPORTING:]
        if not any(joint_key(" ".join(before[i:j])) in reporting
                   for i in range(len(before)) for j in range(i + 1, len(before) + 1)):
            return hour
    return ""
