"""How a number relates to the other numbers of its sentence: some of a measure's people (`_subset`, `_some_of`,
`_kind_breakdown`), a count added since the last report (`_increment`), a parallel pair (`_pair`), the sum of rival
measures (`_sum`), an earlier figure (`_superseded`, `_changed_from`), an unverified one (`_unverified`) and the progress of a count (`_progress`,
`_implied_by_progress`, `_of_counted`), and a contestant's share said without its measure (`_implied_by_owner`).
"""
from __future__ import annotations

from typing import Sequence

from ..concepts import (concepts_of_word, conjunctions, contrast_words, find_concepts, fold_key, forms, group_of,
                        increment_others_of, increment_words, measure_classes, measures_kind, progress_implies,
                        progress_with, projection_words, refiners, relation_words, share_of, subset_measures,
                        superseded_times, superseded_words, tally_words, unverified_words)
from ..countries import demonym_code
from ..extract.normalize import joint_key
from ..extract.quantities import change_verb_before, verb_of_change_before
from ..model import Mention
from ..roles import partitive_keys
from .frame import Evidence
from .sentence import (PART_BREAKS, REACH, _Sentence, _clause, _distance, _just_before, _names_one_of,
                       _ending_before, _part_bounds, _part_of, _phrase, _phrases, _sentence_parts, _span_tokens,
                       _starts_phrase, language_data)
from .measures import TALLY_GAP
from .names import NameIndex


# Tokens between an `among` phrase and the casualty word it names ("among the 12 dead").
SUBSET_REACH = 2


def _subset(sentence: _Sentence, mention: Mention, first: int, last: int, counts: set,
            measures: tuple[Evidence, ...] = (), own_countries: frozenset = frozenset()) -> str:
    """The words making a count a subset by kind of a casualty measure (concepts.yaml relations `among`,
    `including`, `subsets_of`), '' when none: an `including` or `except` phrase right before it ("12 killed, including
    three children", "all of them farmers except three"), or an `among` phrase and, at most SUBSET_REACH tokens on, a word of such a measure, in
    its clause (to the clause breaks) with no other number nor conjunction between ("Among the dead were three
    hikers", "two teachers were among the victims"), or before it when the mention's own part names no
    measure (a list: "Among the dead were three hikers and two guides"; not "..., and the toll rose to 12").
    A count inside that phrase ("among the 12 dead") is the whole, and one whose own counted noun names such
    a measure ("including 12 dead") is that measure's total. A count of the people of one country (_people_of_a_country:
    "464 Iranians lost their lives") is a subset whatever its noun, unless they are the people of `own_countries`
    (the countries of the event's places)."""
    language = mention.language
    if mention.kind not in ("count", "number"):
        return ""
    people = _people_of_a_country(sentence, first, last, counts, language, own_countries)
    if people:
        return people
    if concepts_of_word(language, mention.unit) & subset_measures():
        return ""
    including = _just_before(sentence, first, relation_words("including", language) | relation_words("except", language),
                             language)
    if including:
        return including
    some = (_some_of(sentence, last, language) or _kind_breakdown(sentence, last, counts, language)
            or _nationals(sentence, last, language))
    if some:
        return some
    lo = max([b + 1 for b in sentence.breaks if b < first], default=0)
    hi = min([b - 1 for b in sentence.breaks if b > last], default=len(sentence.tokens) - 1)
    for i, j in _phrases(sentence, relation_words("among", language), language):
        if i < lo or j > hi or (i <= last and j >= first):
            continue
        after = sentence.tokens[j + 1:j + 2 + SUBSET_REACH]
        hit = next((h for h in find_concepts(after, language) if h.first <= SUBSET_REACH
                    and h.concept in subset_measures()), None)
        if hit is None:
            continue
        end = j + 1 + hit.last
        if i <= last and end >= first:
            continue
        between = range(end + 1, first) if end < first else range(last + 1, i)
        listed = end < first and all(e.apart for e in measures)
        if listed or not any(k in counts or sentence.keys[k] in conjunctions(language) for k in between):
            return " ".join(sentence.tokens[i:end + 1])
    return ""


# Tokens after a number within which a word of `increments: after` or `others_after` makes it an increment ("three
# more dead", "tres muertos más", "شش نفر دیگر").
MORE_REACH = 2


def _increment(sentence: _Sentence, first: int, last: int, counts: set, measures: tuple[Evidence, ...],
               language: str) -> str:
    """The words that make a count an increment, a count added since the last report or a change of one
    (concepts.yaml `increments`): a word of `before` right before it ("rose by 12", "mais seis mortes"), or of `after`
    at most MORE_REACH tokens after it in its part of the sentence ("five new deaths", "tres muertos más"); words
    naming others (`others_before`: "another seven", "otras seis"; `others_after`: "six others", "ستة آخرين") only
    when its nearest measure is one of `others_of` (the dead: "another 300 were injured" is the injured count). ''
    when none, and when a conjunction joins it to a number before it: then it counts others ("mataron a 7 y 150
    personas más fueron heridas")."""
    joined = any(c < first and any(sentence.keys[k] in conjunctions(language) for k in range(c + 1, first))
                 for c in counts)
    if joined:
        return ""
    hours = _in_the_last_hours(sentence, first, last, counts, language)
    if hours:
        return hours
    others = bool(measures) and measures[0].what in increment_others_of()
    before = _ending_before(sentence, first, increment_words("before", language), language) or (
        _ending_before(sentence, first, increment_words("others_before", language), language) if others else "")
    if before:
        return before
    after = increment_words("after", language) | (increment_words("others_after", language) if others else frozenset())
    for k in range(last + 1, min(last + 1 + MORE_REACH, len(sentence.tokens))):
        if sentence.tokens[k] in PART_BREAKS:  # "killed 50, more than any storm": another part of the sentence
            return ""
        for n in (2, 1):
            if k + n - 1 < len(sentence.tokens) and _names_one_of(sentence, k, k + n - 1, after, language):
                return " ".join(sentence.tokens[last + 1:k + n])
    return ""


# Tokens between the `hours` word of a period and its number, and between them and the `recent` word ("الساعات الـ24
# الماضية", "the past 24 hours").
HOURS_GAP = 2


def _in_the_last_hours(sentence: _Sentence, first: int, last: int, counts: set, language: str) -> str:
    """The words of the last hours of a daily report in the number's part of the sentence or in a part opening the
    sentence before it with no count of its own ("During the last 24 hours, 12 people died"; concepts.yaml `increments:
    hours`, `recent`), '' when none, or when a tally rises to the number ("rose to 95 in the past 24 hours")."""
    to = tally_words("to", language)
    if any(_names_one_of(sentence, k, k, to, language) for k in range(max(0, first - TALLY_GAP), first)):
        return ""
    hours, recent = increment_words("hours", language), increment_words("recent", language)
    if not hours or not recent:
        return ""
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    if own < 0:
        return ""
    candidates = [parts[own]]
    if own > 0 and not any(parts[0][0] <= c <= parts[0][1] and not _names_one_of(sentence, c, c, hours, language)
                           and not _is_period_number(sentence, c, hours, language) for c in counts):
        candidates.append(parts[0])
    for lo, hi in candidates:
        for h in range(lo, hi + 1):
            if not _names_one_of(sentence, h, h, hours, language):
                continue
            numbers = [d for d in range(max(lo, h - HOURS_GAP), min(hi, h + HOURS_GAP) + 1)
                       if d != h and any(ch.isdigit() for ch in sentence.tokens[d])]  # (its own: "الـ24", no toll)
            if not numbers:
                continue
            a, b = min(numbers + [h]), max(numbers + [h])
            for k in range(max(lo, a - HOURS_GAP), min(hi, b + HOURS_GAP) + 1):
                if _names_one_of(sentence, k, k, recent, language):
                    return " ".join(sentence.tokens[min(a, k):max(b, k) + 1])
    return ""


def _is_period_number(sentence: _Sentence, k: int, hours: frozenset, language: str) -> bool:
    """Whether token k is the number of a period of hours ("24" of "الساعات الـ24")."""
    return any(_names_one_of(sentence, h, h, hours, language)
               for h in range(max(0, k - HOURS_GAP), min(len(sentence.tokens), k + HOURS_GAP + 1)) if h != k)


# Tokens after a number within which a partitive or a pronoun of those counted makes it some of them ("7 of
# them", "۷ تن از کشته‌ها": a classifier may stand between).
SOME_OF_REACH = 2


def _some_of(sentence: _Sentence, last: int, language: str) -> str:
    """The words right after a number that make it some of those counted by kind of people (roles.yaml
    `partitive`, the language file's `partitive` and concepts.yaml relations `of_whole`, `people_kinds`): a pronoun of
    them and a kind ("7 of them men", "sete deles homens"), or a partitive ("of", "dos") and, at most SUBSET_REACH
    tokens on, a casualty measure word ("seven of the dead", "۷ تن از کشته‌ها"), a word naming others maybe between ("شش نفر دیگر از مصدومان": six others of the
    injured); '' when none. A pronoun of them before a place or a degree ("92 of them in Norland", "412 of them
    seriously") makes a part of another kind (checker/roles.py, _part, _breakdown)."""
    of_them = partitive_keys(language)
    partitive = _partitives(language) | relation_words("of_whole", language)  # "três dos feridos": of the
    stop = min(last + 1 + SOME_OF_REACH, len(sentence.tokens))
    others = increment_words("others_after", language)
    if any(_names_one_of(sentence, k, k, others, language) for k in range(last + 1, stop)):
        stop = min(stop + 1, len(sentence.tokens))
    for k in range(last + 1, stop):
        for n in (3, 2, 1):
            end = k + n - 1
            kind = end + 1
            if kind < len(sentence.tokens) and _names_one_of(sentence, k, end, of_them, language) \
                    and _names_one_of(sentence, kind, kind, relation_words("people_kinds", language), language):
                return " ".join(sentence.tokens[last + 1:kind + 1])
        if sentence.keys[k] in partitive:
            after = sentence.tokens[k + 1:k + 2 + SUBSET_REACH]
            hit = next((h for h in find_concepts(after, language) if h.first <= SUBSET_REACH
                        and h.concept in subset_measures()), None)
            if hit is not None:
                return " ".join(sentence.tokens[last + 1:k + 2 + hit.last])
    return ""


def _of_them(sentence: _Sentence, first: int, last: int, counts: set, language: str) -> str:
    """The partitive phrase (roles.yaml `partitive`: "of them", "de ellas", "منهم", "از آنها") that makes a number a
    part of the number before it in its sentence, whatever follows the phrase ("25 of them seriously", "ستة منهم في
    العناية المركزة"): the phrase stands at most SOME_OF_REACH tokens from the number, nearer it than any other
    quantity (the later one on a tie: "672 إصابة منها 205 خطيرة" makes 205 the part), and a quantity stands before
    the number; '' when none (as checker/roles.py part_index reads a claim's parts)."""
    if not any(k < first for k in counts):
        return ""
    spans = _spans_of(counts)
    for i, j in _phrases(sentence, partitive_keys(language), language):
        gap = i - last - 1 if i > last else first - j - 1 if j < first else -1
        if not 0 <= gap <= SOME_OF_REACH:
            continue
        others = [a - j - 1 if a > j else i - b - 1 for a, b in spans if b < i or a > j]
        if i > last and all(gap < other for other in others) \
                or i < first and all(gap <= other for other in others):
            return " ".join(sentence.tokens[i:j + 1])
    return ""


def _spans_of(tokens: set) -> list[tuple[int, int]]:
    """The runs of consecutive token indexes, as (first, last)."""
    runs: list[tuple[int, int]] = []
    for k in sorted(tokens):
        if runs and runs[-1][1] == k - 1:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return runs


def _partitives(language: str) -> frozenset:
    """The partitive words of a language's file ("of", "de", "من", "از"), none for a language without data."""
    data = language_data(language)
    return data.partitive if data is not None else frozenset()


def _nationals(sentence: _Sentence, last: int, language: str) -> str:
    """The words right after a number that make it a country's own people among the victims (concepts.yaml
    relations `nationals`, `citizens`): a `nationals` word at most SUBSET_REACH tokens on ("two British
    nationals"), or a partitive and, at most SUBSET_REACH tokens on, a word of either list ("6 of its citizens",
    "6 من مواطنيها"); '' when none."""
    partitive = _partitives(language)
    nationals, citizens = relation_words("nationals", language), relation_words("citizens", language)
    stop = min(last + 2 + SUBSET_REACH, len(sentence.tokens))
    for k in range(last + 1, stop):
        if _names_one_of(sentence, k, k, nationals, language):
            return " ".join(sentence.tokens[last + 1:k + 1])
    if last + 1 < len(sentence.tokens) and sentence.keys[last + 1] in partitive:
        for k in range(last + 2, min(last + 3 + SUBSET_REACH, len(sentence.tokens))):
            if _names_one_of(sentence, k, k, nationals | citizens, language):
                return " ".join(sentence.tokens[last + 1:k + 1])
    return ""


# Tokens after a number within which a people's name makes it a count of that people ("41 Ghanaians", "41 حاجا
# مغربيا", "۴۱ زائر اردنی", "27 vítimas fatais de nacionalidade egípcia": a word of `nationality` adds one), and
# tokens after a tally's head within which one makes the tally theirs ("the number of Jordanian pilgrims killed").
PEOPLE_REACH = 2
# Tokens after a number within which a word of `nationality` stands ("27 vítimas fatais de nacionalidade egípcia").
NATIONALITY_REACH = 4


def _people_of_a_country(sentence: _Sentence, first: int, last: int, counts: set, language: str,
                         own_countries: frozenset = frozenset()) -> str:
    """The words that make a count the people of one country among those counted (checker/countries.py,
    demonym_code), '' when none: a people's name among the PEOPLE_REACH tokens after it ("41 Ghanaians", "۴۱ زائر
    اردنی"; or right after a word of `nationality` among the NATIONALITY_REACH tokens after it), or a people's name or
    a phrase of `own_people` ("its citizens") after the head of the tally it is the value of (concepts.yaml `tallies`:
    a `to` word at most TALLY_GAP tokens before it, or a colon between: "شمار قربانیان ایرانی در منا: ۱۶۹ کشته"), with
    no other number between, or of the tally whose head follows it ("raised to 27 the number of its people who
    died"). The people of a country the event's places name (`own_countries`) are the event's own: no part."""
    def people(k: int) -> str:
        code = demonym_code(sentence.tokens[k], language) if 0 <= k < len(sentence.tokens) else ""
        return "" if not code or code in own_countries else code

    nationality = relation_words("nationality", language)
    end = min(last + 1 + NATIONALITY_REACH, len(sentence.tokens))
    for k in range(last + 1, end):
        if k in counts or sentence.tokens[k] in PART_BREAKS:
            break
        if k <= last + PEOPLE_REACH and people(k):
            return " ".join(sentence.tokens[last + 1:k + 1])
        if _names_one_of(sentence, k, k, nationality, language) and people(k + 1):
            return " ".join(sentence.tokens[last + 1:k + 2])
    to = tally_words("to", language)
    own = relation_words("own_people", language)
    tallies = _phrases(sentence, tally_words("head", language), language)
    if any(_names_one_of(sentence, k, k, to, language) for k in range(max(0, first - TALLY_GAP), first)):
        for i, j in tallies:  # "raised to 136 Saturday the number of its people who died": the head after it
            if last < i <= last + 1 + HEAD_AFTER and not any(k in counts or sentence.tokens[k] in PART_BREAKS
                                                             for k in range(last + 1, i)):
                words = _people_after_head(sentence, j, len(sentence.tokens), own, people, language)
                if words:
                    return " ".join(sentence.tokens[i:j + 1]) + " " + words
    heads = [(i, j) for i, j in tallies if j < first]
    if not heads:
        return ""
    for i, j in reversed(heads):
        between = range(j + 1, first)
        colon = next((k for k in between if sentence.tokens[k] == ":"), None)  # a heading's list: all its values
        if any(k in counts for k in between if colon is None or k < colon):
            continue
        if colon is None and not any(_names_one_of(sentence, k, k, to, language)
                                     for k in range(max(j + 1, first - TALLY_GAP), first)):
            continue
        words = _people_after_head(sentence, j, first, own, people, language)
        if words:
            return " ".join(sentence.tokens[i:j + 1]) + " " + words
    return ""


# Tokens between a number and the head of the tally after it ("raised to 136 Saturday the number of ...").
HEAD_AFTER = 3


def _people_after_head(sentence: _Sentence, j: int, stop: int, own: frozenset, people, language: str) -> str:
    """The words naming a country's people (a people's name, or a phrase of `own_people`: "its citizens") among the
    PEOPLE_REACH + 1 tokens after a tally's head ending at token j and before token `stop`, '' when none."""
    for k in range(j + 1, min(j + 2 + PEOPLE_REACH, stop)):
        if people(k):
            return " ".join(sentence.tokens[j + 1:k + 1])
        for n in (2, 1):
            if k + n - 1 < stop and _names_one_of(sentence, k, k + n - 1, own, language):
                return " ".join(sentence.tokens[j + 1:k + n])
    return ""


# Most tokens between the kinds of two numbers of one breakdown ("men and 10 women", "رجلا ً و10 نساء").
KIND_GAP = 4


def _kind_breakdown(sentence: _Sentence, last: int, counts: set, language: str) -> str:
    """A number whose own noun is a kind of people (concepts.yaml relations `people_kinds`: "7 men"), joined
    by a conjunction to another number whose own noun is another kind ("and 5 women", "و5 نساء"): the words of
    the two, '' when none."""
    kinds = relation_words("people_kinds", language)
    own = last + 1
    if own >= len(sentence.tokens) or not _names_one_of(sentence, own, own, kinds, language):
        return ""
    for k in sorted(counts):
        other = k + 1
        if other in counts or other >= len(sentence.tokens) or abs(other - own) > KIND_GAP:
            continue
        if sentence.keys[other] != sentence.keys[own] and _names_one_of(sentence, other, other, kinds, language):
            lo, hi = sorted((own, other))
            return " ".join(sentence.tokens[lo - 1:hi + 1]) if other > own else " ".join(sentence.tokens[k:own + 1])
    return ""


# The most tokens between the two numbers of a parallel pair ("14,283,932 votes for the libertarian and 11,330,665").
PAIR_GAP = 8
# Kinds of number that make a pair together.
PAIR_FAMILIES = ({"count", "number"}, {"percent"})


def _pair(sentence: _Sentence, mention: Mention, neighbours: list[Mention], base: int,
          names: NameIndex) -> tuple[int, str, tuple]:
    """Whether the mention is one of a parallel pair that names nobody ("13,688,673 votes against 10,832,933",
    "14.283.932 sufragios para el libertario y 11.330.665 para el ministro"): two numbers of one family joined
    by a contrast word or a conjunction at most PAIR_GAP tokens apart, with no sheet name from the start of
    the first one's part to the end of the second one's, after two numbers or more of its sentence. Such a pair
    restates the numbers of the names before it in their order; checker/link.py gives the first to the first of the last two names, the second to the
    second. Returns (1 or 2, the pair's words, the sheet names before it, one tuple per place), or (0, '', ())."""
    family = next((f for f in PAIR_FAMILIES if mention.kind in f), None)
    if family is None:
        return 0, "", ()
    spans = sorted((_span_tokens(sentence, m.start - base, m.end - base), m is mention)
                   for m in neighbours if m.kind in family)
    at = next((k for k, (_, mine) in enumerate(spans) if mine), None)
    if at is None:
        return 0, "", ()
    for k, which in ((at, 1), (at - 1, 2)):
        if k < 0 or k + 1 >= len(spans):
            continue
        (a, b), (c, d) = spans[k][0], spans[k + 1][0]
        if not 0 < c - b <= PAIR_GAP or not _phrase(sentence, b + 1, c - 1, contrast_words(mention.language)
                                                     | conjunctions(mention.language), mention.language):
            continue
        start, end = _part_bounds(sentence, a, d, mention.language)
        earlier = [m for m in neighbours if m.kind != "date" and _span_tokens(sentence, m.start - base, m.end - base)[1] < start]
        if len(earlier) < 2:  # no pair of numbers before it that it could restate
            return 0, "", ()
        found = names.find(sentence.keys, mention.language)
        if any(start <= i <= end or start <= j <= end for i, j, _, _ in found):
            return 0, "", ()
        places: dict = {}
        for i, j, name, _ in sorted(found):
            if j < start:
                key = next((p for p in places if not (j < p[0] or i > p[1])), (i, j))
                places.setdefault(key, []).append(name)
        before = tuple(tuple(sorted(set(v))) for _, v in sorted(places.items()))
        words = mention.sentence[sentence.starts[a]:sentence.starts[d] + len(sentence.tokens[d])]
        return which, words, before
    return 0, "", ()


def _implied_by_progress(sentence: _Sentence, mention: Mention, measures: tuple, neighbours: list[Mention],
                         base: int) -> tuple:
    """A percent that names no measure besides the progress of a count, in a sentence where another percent is that
    progress ("Com 69,86% das urnas apuradas, Lula ... tem 50,21%"), measures what the progress implies
    (concepts.yaml `progress_implies`: the share of the votes counted), found in the progress's words."""
    implied = progress_implies()
    progress = measure_classes().get("progress", frozenset())
    if not implied:
        return measures
    for other in neighbours:
        if other is mention or other.kind != "percent":
            continue
        first, last = _span_tokens(sentence, other.start - base, other.end - base)
        lo, hi = _clause(sentence, first, last)
        words = _progress(sentence, first, last, lo, hi, mention.language)
        # a measure's word inside the progress's own phrase is the progress's ("of the vote counted": 'vote')
        if words and all(e.what in progress or e.words in words for e in measures):
            # as far as the progress's own words stand from it: the progress is no rival nearer than its share
            distance = min((e.distance for e in measures), default=REACH + 1)
            own = tuple(e for e in measures if e.what in progress)
            return own + (Evidence(implied, f"{words} (the progress of the count)", distance),)
    return measures


def _implied_by_owner(sentence: _Sentence, mention: Mention, measures: tuple, names: tuple, first: int, last: int,
                      counts: set, contestants: frozenset) -> tuple:
    """A percent whose clause names no measure measures the share of the votes (concepts.yaml `share_of: votes`) when
    the nearest name of its own part, one before it first (its subject), is one the sheets list as a contestant
    (NameIndex.contestants): "o comunista Kharitonov ficou em segundo lugar, com 4,13%", "el liberal Pike, 3,4 %",
    "جاء زمال ثانيا بـ7.35%", "پایک ۳.۴ درصد به دست آورد" (the measure said once, of the winner, sentences before). Not
    when a partitive right after it says what it is a part of ("3.4% of the young"), a poll's word stands in its clause
    ("58.3% in the polls"), or another number or a name the sheets do not list stands between the name and it
    (_capitalized_between: "aventajó al comunista Nikolái Jaritónov (4,31 %)"). A measure that no percent has ("the
    liberal candidate Pike": candidates counts people) is a title, left out. Found in the name's words, as far as it
    stands."""
    share = share_of().get("votes")
    if not share or not contestants or mention.kind != "percent" \
            or any(measures_kind(e.what, mention.kind) for e in measures):  # "el candidato liberal Pike": a title
        return measures
    of = _partitives(mention.language) | relation_words("of_whole", mention.language)
    if last + 1 < len(sentence.keys) and sentence.keys[last + 1] in of:  # "44,65% das intenções de voto"
        return measures
    lo, hi = _clause(sentence, first, last)
    if _phrase(sentence, lo, hi, projection_words(mention.language), mention.language):  # "58.3% in the polls":
        return measures  # a poll's word, even where a pseudo phrase ("went to the polls") makes it no projection
    own = sorted((e for e in names if e.apart == 0), key=lambda e: (not e.before, e.distance, e.what))
    if not own or own[0].what not in contestants:
        return measures
    between = range(first - own[0].distance + 1, first) if own[0].before else range(last + 1, last + own[0].distance)
    if any(k in counts for k in between):  # "Davankov teve 3,85%, e o ultranacionalista Slutski, 3,2%": Davankov's
        return measures  # number is the one right after his name ("com 31 (12,31%)" too: 31 is the name's)
    if _capitalized_between(sentence, between):  # "aventajó al comunista Nikolái Jaritónov (4,31 %)": a name the
        return measures  # sheets do not list stands nearer
    return (Evidence(share, f"{own[0].words} (a contestant of the sheets)", own[0].distance),)


def _capitalized_between(sentence: _Sentence, between: range) -> bool:
    """Whether a capitalized word (a name) stands at the tokens `between`, outside an aside set off by commas ("Zammel,
    do partido Azimoun, teve": the party's name is the aside's); never in a script without capitals."""
    breaks = [k for k in between if sentence.tokens[k] in PART_BREAKS]
    aside = range(breaks[0], breaks[-1] + 1) if len(breaks) >= 2 else range(0)
    return any(k not in aside and sentence.tokens[k][:1].isupper() and sentence.tokens[k][:1].isalpha()
               for k in between)


# Tokens between a percent and the words of a count's progress of its own part ("88 % of the polling stations
# reporting", "بعد فرز 88%").
PROGRESS_REACH = 3


def _progress(sentence: _Sentence, first: int, last: int, lo: int, hi: int, language: str) -> str:
    """The words that make a percent the progress of a count (a concept of concepts.yaml `measure_classes:
    progress`: "with 88 % of the votes counted", "con el 88 % escrutado", "با شمارش ۸۸ درصد آرا") in its own
    part of the clause, at most PROGRESS_REACH tokens away, '' when none: how far the count has gone, never a
    share or a turnout, whatever other measure word stands as near."""
    progress = measure_classes().get("progress", frozenset())
    window = sentence.tokens[lo:hi + 1]
    for hit in find_concepts(window, language):
        i, j = hit.first + lo, hit.last + lo
        if hit.concept not in progress or _distance(i, j, first, last) > PROGRESS_REACH:
            continue
        between = range(j + 1, first) if j < first else range(last + 1, i)
        if not any(sentence.tokens[k] in PART_BREAKS or sentence.keys[k] in conjunctions(language) for k in between):
            return hit.words
    return ""


# Tokens between the two counts of a count's progress ("3,900,000 of 4,120,000", "3.900.000 de los 4.120.000", "۳۹۰۰۰۰۰
# رأی از مجموع ۴۱۲۰۰۰۰").
OF_GAP = 3


def _of_counted(sentence: _Sentence, first: int, last: int, count_spans: list, language: str,
                counts: frozenset = frozenset()) -> tuple[str, str]:
    """What a count is in two counts of a count's progress ("With 3,900,000 of 4,120,000 votes counted", "بعد فرز
    3900000 من أصل 4120000 صوت", "با شمارش ۳۹۰۰۰۰۰ رأی از مجموع ۴۱۲۰۰۰۰ رأی"): two counts at most OF_GAP tokens apart
    joined by a partitive or a total phrase ("of", "من أصل", "از مجموع"), with the words of a count's progress next
    to them (_progress). The second is a whole, the votes counted or to count, never anyone's: ('', the joining words);
    so is the second of a count (a span of `counts`, no share: "21,49% dos 10,88 milhões de habitantes" counts the
    people) and its whole ("Lumen holds 52 of the 150 seats", "52 de los 150 escaños": joins_whole).
    The first is how far the count has gone when a word of the progress or its `with` (concepts.yaml `progress_with`)
    stands right before it: (the words of the pair and of the progress, ''); "Orsen had 2,300,000 of the 3,900,000
    votes counted" gives Orsen his votes so far. ('', '') otherwise."""
    joiners = _partitives(language) | relation_words("total", language)
    for a, b in count_spans:
        x, y = ((first, last), (a, b)) if a > last else ((a, b), (first, last))
        gap = y[0] - x[1] - 1
        # the whole of a count and its part ("holds 52 of the 150 seats", "۵۲ کرسی از ۱۵۰ کرسی"): no one's number
        between = sentence.keys[x[1] + 1:first]
        if y[0] == first and x in counts and between and all(any(c.isalpha() for c in k) for k in between) \
                and any(joins_whole(between[skip:], language) for skip in (0, 1)):
            return "", _phrase(sentence, x[1] + 1, first - 1, relation_words("of_whole", language), language)
        joined = _phrase(sentence, x[1] + 1, y[0] - 1, joiners, language) if 0 < gap <= OF_GAP else ""
        if not joined:
            continue
        lo, hi = _clause(sentence, x[0], y[1])
        words = _progress(sentence, x[0], y[1], lo, hi, language)
        if words and y[0] == first:
            return "", joined
        if words and _opens_progress(sentence, first, language):
            return f"{' '.join(sentence.tokens[x[0]:y[1] + 1])} ({words})", ""
    return "", ""


def _size_of_body(sentence: _Sentence, last: int, language: str) -> str:
    """The compound that makes a number the size of the body it names ("350-seat lower house", "150-member
    parliament": concepts.yaml `relations: size_compound`), written as one token with the number and followed by a
    word; '' when none."""
    head, _, noun = sentence.keys[last].rpartition("-")
    if not head or noun not in relation_words("size_compound", language) or last + 1 >= len(sentence.tokens) \
            or not sentence.keys[last + 1].isalpha():
        return ""
    after = sentence.keys[last + 1:last + 3]
    named = len(after) if all(k.isalpha() for k in after) else 1  # "lower house", "parliament"
    return " ".join(sentence.tokens[last:last + 1 + named])


# Tokens at most between a part's number and the phrase that joins it to a whole stated after it ("2.1 million voters
# were accredited, out of 6.24 million"), and words at most between that phrase and the whole's number ("out of the").
PART_REACH = 8
WHOLE_LEAD = 1


def _stated_whole(sentence: _Sentence, first: int, last: int, count_spans: list, language: str) -> str:
    """The words stating the whole a count is a part of: a `total` phrase (concepts.yaml relations: "out of", "de un
    total de", "num universo de", "من أصل", "از مجموع") at most PART_REACH tokens after it in its clause, no other number
    between, and another count at most WHOLE_LEAD words after the phrase; '' when none."""
    hi = min([b - 1 for b in sentence.breaks if b > last], default=len(sentence.tokens) - 1)
    starts = {a: b for a, b in count_spans}
    for i, j in _phrases(sentence, relation_words("total", language), language):
        if i <= last or i - last - 1 > PART_REACH or j >= hi or any(a in starts for a in range(last + 1, i)):
            continue
        whole = next((k for k in range(j + 1, j + 2 + WHOLE_LEAD) if k in starts and k <= hi), None)
        if whole is not None:
            return " ".join(sentence.tokens[i:starts[whole] + 1])
    return ""


# Words at most between the word that joins a part to its whole and the whole's number ("of the state's 497").
WHOLE_GAP = 3


def joins_whole(keys: Sequence[str], language: str) -> bool:
    """Whether the token keys between a part's number and its whole's are a phrase that joins a part to its whole
    (concepts.yaml `relations: of_whole`: "of", "de los", "dos", "من", "از") and at most WHOLE_GAP words after it ("of
    the state's")."""
    phrases = relation_words("of_whole", language)
    n = next((n for n in (2, 1) if len(keys) >= n and "".join(keys[:n]) in phrases), 0)
    return bool(n) and len(keys) - n <= WHOLE_GAP


def _opens_progress(sentence: _Sentence, first: int, language: str) -> bool:
    """Whether the word right before token `first` is the `with` of a count's progress ("With 3,900,000 of ...") or the
    last word of a progress phrase ("بعد فرز 3900000", "با شمارش ۳۹۰۰۰۰۰")."""
    if first == 0:
        return False
    if _names_one_of(sentence, first - 1, first - 1, progress_with(language), language):
        return True
    progress = measure_classes().get("progress", frozenset())
    return any(h.concept in progress and h.last == first - 1
               for h in find_concepts(sentence.tokens[:first], language))


def _superseded(sentence: _Sentence, lo: int, hi: int, language: str, mine: range, counts: set = frozenset()) -> str:
    """The first word of an earlier figure (concepts.yaml `superseded`: "the previous toll", "el balance anterior",
    "had earlier reported") in tokens lo..hi outside the mention, '' when none; not one next to a word of a duration,
    which names a day ("32 más que el día anterior", "بزيادة 32 عن اليوم السابق"), nor one right before a word of
    `superseded_times` ("في وقت سابق من هذا الشهر": earlier this month), not a figure; nor one with another number
    (`counts`) between it and the mention, which is that number's ("the toll, previously reported as 120, now stands
    at 107": the 120)."""
    data = language_data(language)
    durations = data.durations if data is not None else {}
    times = superseded_times(language)

    def a_figure(i: int, j: int) -> bool:
        if times and _starts_phrase(sentence, j + 1, times, language):
            return False
        beside = [sentence.keys[k] for k in (i - 1, j + 1) if 0 <= k < len(sentence.keys)]
        return not any(set(forms(key, language)) & durations.keys() for key in beside)

    return _marker(sentence, lo, hi, superseded_words(language), language, mine, counts, a_figure)


def _unverified(sentence: _Sentence, lo: int, hi: int, language: str, mine: range, counts: set = frozenset()) -> str:
    """The first word of tokens lo..hi outside the mention that marks its figure as unverified (concepts.yaml
    `unverified`: "unofficial counts", "تقارير غير مؤكدة"), '' when none; not one with another number (`counts`)
    between it and the mention, which is that number's ("Unofficial counts put the dead at 413, while the official
    toll stands at 225": the 413)."""
    return _marker(sentence, lo, hi, unverified_words(language), language, mine, counts)


def _marker(sentence: _Sentence, lo: int, hi: int, words: frozenset, language: str, mine: range, counts: set,
            keep=lambda i, j: True) -> str:
    """The first phrase of `words` in tokens lo..hi outside the mention (`mine`) with no other number (`counts`)
    between it and the mention, and that `keep` keeps; '' when none."""
    for i, j in _phrases(sentence, words, language):
        if i < lo or j > hi or any(k in mine for k in range(i, j + 1)):
            continue
        between = range(j + 1, mine[0]) if j < mine[0] else range(mine[-1] + 1, i)
        if not any(k in counts for k in between) and keep(i, j):
            return " ".join(sentence.tokens[i:j + 1])
    return ""


def _changed_from(sentence: _Sentence, first: int, last: int, language: str) -> str:
    """'rose ... from' when the mention is the earlier figure of a change ("the death toll rose from 200 to 310"):
    a verb of change and its 'from' right before it (extract.quantities.change_verb_before, which also keeps the
    two figures from reading as a range) and the word of a second figure right after it (`ranges.change_to`); or,
    where the verb comes last, an opener right before it and the word of a second figure of `ranges.change_pairs`
    after it (past its counted noun) with a number next ('از ۴۱ به ۴۶ نفر رسید'); '' otherwise ("os mortos passam
    de 290" names one figure, the toll now)."""
    data = language_data(language)
    if data is None:
        return ""

    def key_at(k: int) -> str:
        return joint_key(sentence.tokens[k]) if 0 <= k < len(sentence.tokens) else ""

    if key_at(last + 1) in data.ranges_change_to:
        verb = change_verb_before(key_at, first - 1, data)
        if verb >= 0:
            return " ".join(sentence.tokens[verb:first])
    for to in (last + 1, last + 2):  # the counted noun may stand before the second figure ('از ۴۱ نفر به ۴۶ نفر')
        if (key_at(first - 1), key_at(to)) in data.ranges_change_pairs and key_at(to + 1)[:1].isdigit():
            return f"{sentence.tokens[first - 1]} ... {sentence.tokens[to]}"
    return _changed_after(sentence, first, key_at, data)


def _changed_after(sentence: _Sentence, first: int, key_at, data) -> str:
    """'rose to ... from' when the mention is the earlier figure named after the later one ("the toll rose to 46 from
    41", "subió a 46 desde 41", "ارتفع إلى 46 من 41"): a 'from' right before it, a figure before that with the word
    of a second figure before it, and a verb of change before that word; '' otherwise."""
    if key_at(first - 1) not in data.ranges_change_from:
        return ""
    k = first - 2
    while k >= 0 and (key_at(k)[:1].isdigit() or (key_at(k) in PART_BREAKS | {"."} and key_at(k - 1)[:1].isdigit())):
        k -= 1  # past the later figure ('2,497')
    if k == first - 2 or key_at(k) not in data.ranges_change_to:
        return ""
    verb = verb_of_change_before(key_at, k, data)
    return " ".join(sentence.tokens[verb:first]) if verb >= 0 else ""


# Words besides the conjunctions that join the two parts of a sum.
SUM_JOINERS = frozenset({"or", "o", "ou", "یا", "او", "veya", "/"})
# How many tokens may stand between a number and the first concept of a sum ("4,500 people killed and injured").
SUM_REACH = 2


def _sum(sentence: _Sentence, last: int, hi: int, language: str) -> tuple[tuple[str, ...], str]:
    """Two rival concepts of one group joined right after the number ("۴۵۰۰ تن کشته و زخمی", "قتيل وجريح",
    "killed or injured"): the number counts their sum, a measure of neither; not when one refines the other
    (concepts.yaml `refines`: "voters cast their ballots" counts the votes cast)."""
    window = sentence.tokens[last + 1:hi + 1]
    hits = find_concepts(window, language)
    if len(hits) < 2 or hits[0].first > SUM_REACH:
        return (), ""
    one = hits[0]
    other = next((h for h in hits[1:] if h.first > one.last), None)  # one word may name two concepts ("votes")
    if other is None:
        return (), ""
    gap = window[one.last + 1:other.first]
    joined = not gap or (len(gap) == 1 and fold_key(gap[0]) in conjunctions(language) | SUM_JOINERS)
    refining = other.concept in refiners({one.concept}) or one.concept in refiners({other.concept})  # "voters cast
    # their ballots": the second word says which voters, no sum
    if joined and not refining and one.concept != other.concept and group_of(one.concept) \
            and group_of(one.concept) == group_of(other.concept):
        return (one.concept, other.concept), " ".join(window[one.first:other.last + 1])
    return (), ""
