"""Claims: body mentions that no fact covers, and the terms of their sentences that say what they speak of.

See checker/cluster.py for how claims are grouped across seeds; this module says what a claim is and which
concepts, names and words its sentence carries (every language alike, from its language file).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from .extract.lexicon import Language, load as load_language
from .extract.normalize import ZWNJ, fold, joint_key
from .compare import FULL_PROGRESS
from .frames import language_data, threshold_of
from .link import OCCURRENCE_CONCEPTS, WORD, cue_pattern, cue_word, read_unit, sentence_key
from .model import Fact, Mention, Seed, SeedResult
from .concepts import (WORD_TOKEN, concepts_of_word, conjunctions, group_of, measured_from, occurrence_identities, people_measures, people_units, relation_words, comparison_words, sub_place_words, thing_measures, thing_units, counted_nouns, elsewhere_words, fold_key, forms, means_words, measure_class,
                       measures_kind, refiners, offset_words, severities, severity_words)
from .roles import part_index, partitive_spans

# What each shared term adds to a pair's score (checker/cluster.py explains the scoring).
CONCEPT_SCORE = 0.30
NAME_SCORE = 0.30
WORD_SCORE = 0.15
# A date coarser than this many days ("this year") is not a claim.
WIDEST_DATE_DAYS = 31
# Words shorter than this are not terms.
MIN_WORD = 3
# A units-table word or unit alias is a concept of the claim within this many tokens of the mention
# (its clause); further away it names something else ("troops" three clauses after "last week").
CONCEPT_REACH = 6
# Count and number compare with each other (as in link.COMPATIBLE).
BLOCK_KIND = {"number": "count"}
# Kinds whose unit is part of the block; durations are all compared in seconds.
UNIT_KINDS = ("count", "number", "ordinal", "money", "percent")
# Kinds whose unit says what is counted (dead, soldiers, term): evidence. A percent's or an amount of
# money's unit only restates the kind (every percent is in percent): it blocks, it proves nothing.
COUNTED_KINDS = ("count", "ordinal")
TOKEN = WORD_TOKEN
DIGIT = re.compile(r"\d")
POSSESSIVE = ("'s", "’s")
# The whole a count "elsewhere" (outside the event's place) is a part of.
ELSEWHERE = "elsewhere"
# The words after a preposition of means that name the means ("huellas dactilares").
MEANS_WORDS = 3
# The first word of a sentence (a name when a list of names starts there).
FIRST_WORD = re.compile(r"\w[\w'’\-]*")
# The line of an article's headline (the first line of its text).
HEADLINE_LINE = 1
# A measure this many tokens from a number says which count its counted noun is ("buried 2,530 victims").
COUNTED_NOUN_REACH = 3
# A number's own counted noun stands this many tokens after it at most ("3 milhões de votos").
COUNTED_NOUN_GAP = 2
# A part ("92 of them in the province of Valencia") takes the names of its own part of the sentence this far.
PART_ROLE_REACH = 8
# A name this many tokens from a mention, in its part of the sentence, says whose measure it is (a role).
ROLE_REACH = 3
# Kinds of number that can be a part of another ("1,404 of them") and the whole they are a part of.
PART_KINDS = ("count", "number")
# What separates the parts of a sentence that name different roles: "1,293 in Al Haouz, 452 in Taroudant".
PART_BREAK = re.compile(r"[,،;:؛](?=\s)|\s[-–—]\s|\s(?:and|y|e|و)\s|\sو(?=[\d٠-٩۰-۹])")


@dataclass(frozen=True)
class Claim:
    """A body mention that no fact covers, with its seed and the days of the event it reports."""

    seed: Seed
    mention: Mention
    event: Optional[tuple[int, int]]  # first and last day (proleptic ordinals), None when unknown
    measure: str = ""  # the nearest measure concept of its frame (checker/frames/measures.py), "" when none
    measures: frozenset = frozenset()  # every measure concept of its clause
    roles: frozenset = frozenset()  # names next to it in its clause: whose or where its measure is
    scope: str = ""  # the events its seed is in scope for ("" when the sheets declare none)
    part_of: str = ""  # a part ("1,404 of them"): the value of the number before it; ELSEWHERE outside the event's place
    enumerated: bool = False  # its sentence gives its measure for another role too (a breakdown by place)
    progress: str = ""  # a partial count: the progress its sentence gives ("69.86" % counted); "" for a result
    owners: tuple = ()  # names that may own it, likeliest first (_owners): whose it is when no role is next to it
    located: tuple = ()  # the sheet places its clause locates it in (frame.located_names: "En Ostmark, ...")
    round: str = ""  # the round of an election its article places it in (frame.round: "first", "second"), '' when none
    population: str = ""  # the part of a country's people by place it is of (frame.population: "abroad"), "" for all


# The fields of a claim stored in a row of SeedResult.claims (after the index of its mention).
CLAIM_ROW_FIELDS = tuple(f.name for f in fields(Claim))[2:]
assert tuple(f.name for f in fields(Claim))[:2] == ("seed", "mention")


@dataclass(frozen=True)
class Term:
    key: str  # "u:dead", "c:<fact id>", or the folded word
    weight: float
    surface: str  # as written in the sentence (folded, lower case): usable as a cue
    distance: int  # tokens between the term and the mention


# --- claims ----------------------------------------------------------------------------

def claims_of(results: Iterable[SeedResult]) -> list[Claim]:
    """The claims of every seed in scope: body mentions no fact links, with their frames. A seed out of
    scope for every event the sheets declare speaks of another event: it has no claims. A result whose
    claims were computed with its seed (SeedResult.claims) gives them without computing them again."""
    claims: list[Claim] = []
    for result in results:
        if result.scope and not any(decision.in_scope for decision in result.scope):
            continue
        if result.claims is not None:
            claims += (Claim(result.seed, result.mentions[row[0]], *row[1:]) for row in result.claims)
            continue
        linked = {(link.mention.start, link.mention.end) for link in result.links}
        frames = {(frame.start, frame.end): frame for frame in result.frames}
        scope = ",".join(sorted(d.event for d in result.scope if d.in_scope))
        claims += seed_claims(result.seed, result.mentions, linked, frames, scope)
    return claims


def claim_rows(claims: Sequence[Claim], mentions: Sequence[Mention]) -> Optional[tuple]:
    """The claims of one seed as rows for SeedResult.claims: the index of each claim's mention in mentions,
    then the claim's fields after its seed and mention; None when a claim's mention is not one of them."""
    index = {id(mention): i for i, mention in enumerate(mentions)}
    if any(id(claim.mention) not in index for claim in claims):
        return None
    return tuple((index[id(claim.mention)],) + tuple(getattr(claim, name) for name in CLAIM_ROW_FIELDS)
                 for claim in claims)


def claim_terms(result: SeedResult, vocabulary: "Vocabulary", claims: Optional[Sequence[Claim]] = None) -> tuple:
    """The terms of each claim of one seed's result: ((start, end, ((key, weight), ...)), ...), for
    SeedResult.claim_terms (computed with the seed, so grouping does not compute them again)."""
    return tuple((claim.mention.start, claim.mention.end,
                  tuple((key, term.weight) for key, term in terms(claim, vocabulary).items()))
                 for claim in (claims_of([result]) if claims is None else claims))


def known_terms(results: Iterable[SeedResult]) -> dict:
    """{(seed id, start, end): {term key: weight}} of the claims whose terms their results carry."""
    return {(result.seed.id, start, end): dict(weights)
            for result in results for start, end, weights in result.claim_terms}


def seed_claims(seed: Seed, mentions: Sequence[Mention], linked: set = frozenset(), frames: Optional[dict] = None,
                scope: str = "") -> list[Claim]:
    """The claims of one seed. A mention's frame (by its offsets) gives its measure, its roles and the time
    it speaks of; without a frame, the dates of all the mentions of its sentence date its event. A bare
    number of a list by name ("1,293 deaths in Al Haouz, 452 in Taroudant and 41 in Ouarzazate") takes
    the measure of the quantity with a name before it in its sentence."""
    days_by_sentence: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        span = _date_days(mention)
        if span is not None:
            days_by_sentence[mention.sentence_start].append(span)
    published = (seed.published.toordinal(),) * 2 if seed.published else None
    wholes = _part_wholes(mentions)
    parts = {span: _amount(whole) for span, whole in wholes.items()}
    claims = []
    listed: dict[int, tuple[str, frozenset]] = {}  # sentence -> measure of its last quantity with a role
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind != "date":
            by_sentence[mention.sentence_start].append(mention)
    measures_of = {(m.start, m.end): _measure(m, (frames or {}).get((m.start, m.end)), frozenset()
                                              if (m.start, m.end) in parts  # a part has its whole's measure
                                              else _nearer(m, by_sentence[m.sentence_start], frames or {}))
                   for m in mentions}
    parts = _own_measure_wholes(parts, wholes, measures_of, frames or {})
    of_parts = _wholes_of_parts(seed, by_sentence)
    measures_of.update(_other_occasions(by_sentence, measures_of, frames or {}))
    partial = {m.sentence_start: f"{m.value.low:g}" for m in mentions if _partial(m, measures_of[(m.start, m.end)])}
    for mention in mentions:
        frame = (frames or {}).get((mention.start, mention.end))
        measure = measures_of[(mention.start, mention.end)]
        inherited = frozenset()
        if mention.kind in PART_KINDS and frame is not None:
            named = _roles(mention, frame)
            if not measure and named and mention.sentence_start in listed \
                    and _fits(mention, listed[mention.sentence_start][0]):
                measure, inherited = listed[mention.sentence_start]  # "..., 41 in Ouarzazate and 15 in Marrakesh"
            elif measure and named:
                listed[mention.sentence_start] = (measure, frozenset(frame.concepts))
        if (mention.start, mention.end) in linked or not _groupable(mention, measure):
            continue
        if frame is not None and frame.reporting:  # "the ministry said on Saturday": when it was said
            continue
        if frame is not None and frame.superseded:  # "rose from 41 to 46": the toll before, no claim of now
            continue
        occurrence = ""
        if frame is not None and frame.occurrence and not _counts_occurrences(mention, measure):  # "a 6.4 aftershock"
            occurrence, measure = _occurrence_measure(mention, measure, frame.occurrence)
            if not occurrence:
                continue
        if mention.kind == "duration" and _offset(mention):  # "a day after the quake": when, not how long
            continue
        if mention.kind != "date" and (frame.threshold if frame is not None else threshold_of(mention)):  # a bar
            continue
        if frame is not None and _projection(mention, frame.projection):  # "could exceed 20,000", a poll
            continue
        if frame is not None and frame.heading:  # a table under "Province of X": a sub-place's, roles unknown
            continue
        if (measure and measure_class(measure) == "progress") or (frame is not None and frame.progress):  # "with 99 %
            # counted", "with 3,900,000 of 4,120,000 votes counted": when, not what
            continue
        if mention.kind == "date":
            event = _date_days(mention)
        elif frame is not None and frame.time is not None:
            event = _own_time(mention, frame, mentions, frames or {}, published)
        else:
            spans = days_by_sentence.get(mention.sentence_start)
            event = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else published
        if event is not None:
            # (a count of things keeps what its clause says happened to them: "afetaram 147 municípios", affected)
            measures = (frozenset(frame.concepts) | inherited) if measure or (
                frame is not None and _counted_thing(mention)) else frozenset()
            part = (mention.start, mention.end) in parts  # "92 de ellos en la provincia de Valencia"
            subset = _subset(mention, frame)  # "Among the dead were three hikers": its kind is its identity
            whole = WHOLE if frame is not None and frame.total or (mention.start, mention.end) in of_parts else ""
            whole = whole or (SINCE if mention.kind == "date" and _since(mention) else "")  # "since Monday"
            origin = _origin(frame) if measure in measured_from() else None  # "40 km northwest of Selm"
            roles = frozenset({"=" + (occurrence or subset or whole)}) if occurrence or subset or whole else \
                origin if origin is not None else \
                _part_roles(mention, frame) if part else _roles(mention, frame)
            claims.append(Claim(seed, mention, event, measure, measures, roles, scope,
                                occurrence or parts.get((mention.start, mention.end), "") or _elsewhere(mention)
                                or _severity(mention) or subset or whole
                                or (SUB_PLACES if frame is not None and frame.part else ""),
                                enumerated=origin is not None,
                                progress=partial.get(mention.sentence_start, ""), owners=_owners(frame),
                                located=tuple(frame.located_names) if frame is not None else (),
                                round=frame.round if frame is not None else "",
                                population=frame.population if frame is not None else ""))
    claims = _respectively(_enumerations(claims, mentions, frames or {}), mentions, frames or {})
    return _without_restated_headline(_by_means(claims), seed)


def _other_occasions(by_sentence: dict, measures_of: dict, frames: dict) -> dict:
    """{(start, end): measure} of the numbers that give a measure of another occasion for comparison: a number with no
    measure of its own after a number of its kind with one, in its sentence, whose time is a date of its clause that
    the other's is not ("Turnout was 71 percent, up from 64 percent in 2025", "71 % frente al 61 % de 2025", "در
    انتخابات ۲۰۲۵ این رقم ۶۴ درصد بود"): the earlier number's measure, of that other occasion (its time keeps the
    two apart)."""
    found = {}
    for mentions in by_sentence.values():
        measured = None
        for mention in mentions:
            span, frame = (mention.start, mention.end), frames.get((mention.start, mention.end))
            if measures_of.get(span):
                measured = (mention, frame)
            elif measured is not None and frame is not None and measured[1] is not None and _another_time(
                    frame, measured[1]) and BLOCK_KIND.get(mention.kind, mention.kind) == \
                    BLOCK_KIND.get(measured[0].kind, measured[0].kind):
                found[span] = measures_of[(measured[0].start, measured[0].end)]
    return found


def _another_time(frame, other) -> bool:
    """Whether a frame's time is a date of its clause, disjoint from another frame's time."""
    return frame.time is not None and other.time is not None and frame.time_source.startswith("clause") \
        and (frame.time[1] < other.time[0] or frame.time[0] > other.time[1])


def _counts_occurrences(mention: Mention, measure: str) -> bool:
    """Whether a number marked as another occurrence's counts those occurrences themselves ("the aftershocks
    numbered 1,248": whole and of such a measure, link.OCCURRENCE_CONCEPTS) rather than measuring one of them
    ("a 6.4 aftershock", "una réplica de 6,4"): only such a count stays a claim, in its own measure's group."""
    return measure in OCCURRENCE_CONCEPTS and (mention.precision is None or mention.precision >= 1)


def _occurrence_measure(mention: Mention, measure: str, words: str) -> tuple[str, str]:
    """For a number marked as another occurrence's (its words: "aftershock"): the occurrence it is a claim of and its
    measure, when the words name an occurrence kept as an identity (concepts.yaml `occurrences: identities`) and the
    number measures it ("the strongest aftershock measured 5.1": a magnitude); ("", measure) otherwise: no claim."""
    identities, fraction = occurrence_identities()
    named = sorted(concepts_of_word(mention.language, words) & identities)
    if not named:
        return "", measure
    if measure in OCCURRENCE_CONCEPTS and fraction:
        measure = fraction  # (a whole count of them is _counts_occurrences's)
    return (named[0], measure) if measure and measure_class(measure) == "measurements" else ("", measure)


def _own_measure_wholes(parts: dict, wholes: dict, measures_of: dict, frames: dict) -> dict:
    """The parts without those whose measure is another than their whole's: "6,812,400 votes, of which
    207,118 were blank" restricts the votes cast to the blank ones, and is the whole of the blank votes. (The whole's measure is
    its frame's own, before any word is given to another number of its sentence.)"""
    def other(span) -> bool:
        whole = wholes[span]
        mine, its = measures_of.get(span, ""), _measure(whole, frames.get((whole.start, whole.end)))
        return bool(mine and its and mine != its)

    return {span: whole for span, whole in parts.items() if not other(span)}


def _by_means(claims: list[Claim]) -> list[Claim]:
    """Claims of a sentence that splits one measure by means ("183 identified, 147 by fingerprints and 34
    by DNA"): each number whose own part names a means (a preposition of the concepts file's `means`
    and the words after it) has that means as its identity, a breakdown; at least two different means
    make the split (a lone "by" or "por" names a cause as often as a means)."""
    found: dict[tuple[int, int], str] = {}
    by_sentence: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.measure and not claim.roles:
            by_sentence[(claim.mention.sentence_start, claim.measure)].append(claim)
    for members in by_sentence.values():
        means = {(c.mention.start, c.mention.end): _means(c.mention) for c in members}
        if len({m for m in means.values() if m}) >= 2:
            found.update({k: m for k, m in means.items() if m})
    return [replace(c, roles=frozenset({found[(c.mention.start, c.mention.end)]}), enumerated=True)
            if (c.mention.start, c.mention.end) in found else c for c in claims]


# The longest offset phrase, in words.
OFFSET_WORDS = 2


def _offset(mention: Mention) -> bool:
    """Whether a duration is an offset from another happening: an offset phrase of the concepts file
    (`offsets`) stands right after it ("eight days after") or right before it ("after two days", "بعد يومين")."""
    sentence, text = _folded(mention.sentence), " ".join(_folded(mention.text).split())
    where = sentence.find(text)
    if where < 0:
        return False
    before = TOKEN.findall(sentence[:where])[-OFFSET_WORDS:]
    after = TOKEN.findall(sentence[where + len(text):])[:OFFSET_WORDS]
    language = mention.language
    return _opens(after, offset_words("after", language), language) or \
        _opens(before[::-1], offset_words("before", language), language, backwards=True)


def _opens(words: list[str], phrases: frozenset, language: str, backwards: bool = False) -> bool:
    """Whether the first words (the last ones when backwards: given in reverse) are one of the phrases."""
    for n in range(1, len(words) + 1):
        run = words[:n][::-1] if backwards else words[:n]
        keys = {_key("".join(run))} | (set(forms(run[0], language)) if n == 1 else set())
        if keys & phrases:
            return True
    return False


def _subset(mention: Mention, frame) -> str:
    """For a subset by kind ("Among the dead were three hikers": frame.subset), what it is a part of: its
    words and its counted noun, so that it pairs with no total and with no subset of another kind; else ''."""
    if frame is None or not frame.subset or _counted_thing(mention):  # ("۴۴۷ شهر از سیل آسیب دیده‌اند": no people)
        return ""
    return f"{fold_key(frame.subset)}: {mention.unit}"


def _elsewhere(mention: Mention) -> str:
    """ELSEWHERE when the number's own part of the sentence places it outside the event's place
    ("about 170 people elsewhere", "170 شخصا في أماكن أخرى خارج درنة"), else ''."""
    words = TOKEN.findall(fold_key(_parts_around(mention)[1]))
    phrases = elsewhere_words(mention.language)
    return ELSEWHERE if any("".join(words[i:i + n]) in phrases for i in range(len(words)) for n in (1, 2, 3, 4)) else ""


# What the whole of several parts or the size of a body is (frames.Frame.total: "312 out of 538"): no one's total.
WHOLE = "whole"
# What a date after "since" is ("desde a segunda-feira (29)": the start of a period, no day of the event).
SINCE = "since"
# What a count restricted to sub-places ("in nine prefectures", "en tres provincias": frames.Frame.part) is a part of.
SUB_PLACES = "sub-places"
# What a count of one degree is a part of ("231 slightly injured": SEVERITY + "minor").
SEVERITY = "degree:"


def _severity(mention: Mention) -> str:
    """SEVERITY and the degree the number's own part of the sentence names after it or just before it
    ("231 sofreram ferimentos leves", "29 seriously injured"; concepts.yaml `severities`), else ''."""
    words = TOKEN.findall(fold_key(_parts_around(mention)[1]))
    for degree in severities():
        phrases = severity_words(degree, mention.language)
        for i in range(len(words)):
            for n in (1, 2, 3):
                keys = {"".join(words[i:i + n])} | (set(forms(words[i], mention.language)) if n == 1 else set())
                if keys & phrases:
                    return SEVERITY + degree
    return ""


def _means(mention: Mention) -> str:
    """The means a number's own part of the sentence names after it ("por huellas dactilares"), '' when none."""
    part = _parts_around(mention)[1]
    text = " ".join(mention.text.split())
    after = fold_key(part[part.find(text) + len(text):] if text in part else "")
    words = TOKEN.findall(after)
    prepositions = means_words(mention.language)
    for i in range(len(words)):
        for n in (1, 2, 3):
            if "".join(words[i:i + n]) in prepositions and words[i + n:]:
                return " ".join(words[i + n:i + n + MEANS_WORDS])
    return ""


def _respectively(claims: list[Claim], mentions: Sequence[Mention], frames: dict) -> list[Claim]:
    """Claims whose names come in a list before them, in the same order: "Qalibaf and Pourmohammadi came
    third and fourth with 3,383,340 and 2,063,397 votes". When the names before the first number of a
    sentence are joined by a conjunction (or commas) and as many numbers of one kind follow, the i-th
    number is the i-th name's (a claim that has a name of its own keeps it), a breakdown by name."""
    by_sentence: dict[tuple, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.section == "body" and mention.kind in PART_KINDS + ("percent",):
            by_sentence[(mention.sentence_start, BLOCK_KIND.get(mention.kind, mention.kind))].append(mention)
    named: dict[tuple[int, int], frozenset] = {}
    listed: dict[tuple[int, int], frozenset] = {}
    for members in by_sentence.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda m: m.start)
        names = _listed_names(members[0], frames.get((members[0].start, members[0].end)), len(members))
        if len(names) == len(members):
            named.update({(m.start, m.end): frozenset({n}) for m, n in zip(members, names)})
            listed.update({(m.start, m.end): frozenset(names) for m in members})
    # (a name of the list next to a number is no name of its own: "Castor e Pollux terminaram com 277 e 224")
    return [replace(c, roles=named[span], enumerated=True)
            if (span := (c.mention.start, c.mention.end)) in named and c.roles <= listed[span] else c for c in claims]


def _listed_names(mention: Mention, frame, count: int = 0) -> list[str]:
    """The names before a sentence's first number, in order, when a conjunction or commas join them all
    ("Qalibaf and Pourmohammadi", "Castor, Pollux y Brivet"); else none. A capitalized first word of the
    sentence joined to such a list is a name of it (frames take no sentence's first word for a name). With a count,
    the last that many names when a comma sets them apart and a conjunction joins them ("Em Norland, Castor e Pollux")."""
    if frame is None:
        return []
    sentence = mention.sentence
    number = sentence.find(" ".join(mention.text.split()))
    at_position: dict[int, tuple] = {}  # one name a place: a sheet name and its spelling of another language
    for e in frame.names:
        where = sentence.find(e.words)
        if 0 <= where < number:
            at_position.setdefault(where, (where, e.words, e.what))
    found = []
    for at in sorted(at_position):  # a name inside another ("Haití" of "terremoto de Haití") is that one
        if not found or at >= found[-1][0] + len(found[-1][1]):
            found.append(at_position[at])
    opening = FIRST_WORD.match(sentence)
    if found and opening and found[0][0] > 0 and opening.group()[:1].isupper() \
            and _key(opening.group()) not in _stop_words(mention.language) \
            and _joined(sentence[opening.end():found[0][0]], mention.language):  # ("The Japan Meteorological Agency")
        found.insert(0, (opening.start(), opening.group(), opening.group()))
    if count and len(found) > count and _listed_after_comma(found[-count - 1:], sentence, mention.language):
        found = found[-count:]
    if len(found) < 2:
        return []
    if not all(_joined(sentence[at + len(words):next_at], mention.language)
               for (at, words, _), (next_at, _, _) in zip(found, found[1:])):
        return []
    return [what for _, _, what in found]


def _listed_after_comma(found: list, sentence: str, language: str) -> bool:
    """Whether the names after the first of found (at, words, what) make a list of their own: a comma between the
    first and them, and a conjunction between the last two."""
    (at, words, _), (second, _, _) = found[0], found[1]
    (last_at, last_words, _), (end, _, _) = found[-2], found[-1]
    between = fold_key(sentence[last_at + len(last_words):end]).split()
    return "," in sentence[at + len(words):second] and any(w in conjunctions(language) for w in between)


def _joined(between: str, language: str) -> bool:
    """Whether the text between two names or numbers is only commas and at most one conjunction."""
    words = fold_key(between).replace(",", " ").split()
    return len(words) <= 1 and all(w in conjunctions(language) for w in words)


def _partial(mention: Mention, measure: str) -> bool:
    """Whether a mention is the progress of a count short of its end ("with 69.86 % of the ballots
    counted"): the numbers of its sentence are a partial count, a moment of the tally; they are compared
    only with counts at the same progress (checker/cluster.py), never with a result."""
    return bool(measure) and measure_class(measure) == "progress" and mention.value.low < FULL_PROGRESS


def _without_restated_headline(claims: list[Claim], seed: Seed) -> list[Claim]:
    """The claims without those of the article's first line (its headline) that a later line restates: a
    claim there of the same measure and kind holds the first line's value ("40,000 displaced" over
    "around 40,000 people have been displaced"). A headline drops the hedge of its body; the body's claim
    speaks for the article. (The seed's text is not kept with its result: lines are the mentions'.)"""
    line = HEADLINE_LINE
    body = [c for c in claims if c.mention.line != line]

    def restated(claim: Claim) -> bool:
        value = claim.mention.value
        kind = BLOCK_KIND.get(claim.mention.kind, claim.mention.kind)
        return any(c.measure == claim.measure and BLOCK_KIND.get(c.mention.kind, c.mention.kind) == kind
                   and c.mention.value.low <= value.low and value.high <= c.mention.value.high for c in body)

    return [c for c in claims if c.mention.line != line or not c.measure or not restated(c)]


def _projection(mention: Mention, word: str) -> bool:
    """Whether a frame's projection word makes the number a projection (what may be, not what was): a
    word capitalized inside the sentence is part of a name ("the Geological Survey put it at 6.8")."""
    if not word:
        return False
    return not (word[:1].isupper() and not mention.sentence.lstrip().startswith(word))


def _own_time(mention: Mention, frame, mentions: Sequence[Mention], frames: dict, published) -> tuple[int, int]:
    """The days a number speaks of: its frame's time when that is the article's date or a date of its own
    part of the clause or of the part before it ("On Tuesday, the toll rose to 2,900"); a date of another
    part speaks of something else ("magnitude 6.9, ... the deadliest since the Agadir quake of 1960"), and
    the article's date stands instead."""
    if published is None or frame.time == published:
        return frame.time
    previous, own = _parts_around(mention)
    for other in mentions:
        if other.kind != "date" or other.sentence_start != mention.sentence_start or other is mention:
            continue
        days = _date_days(other) or _any_days(other)
        other_frame = frames.get((other.start, other.end))
        if days == frame.time and not (other_frame is not None and other_frame.reporting):
            text = " ".join(other.text.split())
            if text in own or (previous and text in previous) or text in _joined_next(mention, own):
                return frame.time
    return published


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


def _parts(mentions: Sequence[Mention]) -> dict[tuple[int, int], str]:
    """{(start, end): the whole, as written} of the mentions that are a part of the number before them
    ("2,059 wounded, 1,404 of them in serious condition", "672 إصابة منها 205"): a partitive phrase of
    checker/lang/concepts/roles.yaml stands next to them (checker/roles.py, part_index). The whole is
    given by its value (_amount), however it is written."""
    return {span: _amount(whole) for span, whole in _part_wholes(mentions).items()}


def _part_wholes(mentions: Sequence[Mention]) -> dict[tuple[int, int], Mention]:
    """{(start, end): the whole} of the mentions that are a part of the number before them (_parts)."""
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.kind in PART_KINDS and mention.section == "body":
            by_sentence[mention.sentence_start].append(mention)
    found = {}
    for members in by_sentence.values():
        first = members[0]
        folded = _folded(first.sentence)
        spans = partitive_spans(folded, first.language)
        if not spans:
            continue
        members.sort(key=lambda m: m.start)
        quantities, at = [], 0
        for member in members:  # in order: a number written twice is found at its own place
            text = " ".join(_folded(member.text).split())
            where = folded.find(text, at)
            quantities.append((where, where + len(text)) if where >= 0 else (-10 ** 9, -10 ** 9))
            at = where + len(text) if where >= 0 else at
        for index in part_index(spans, quantities):
            found[(members[index].start, members[index].end)] = members[index - 1]
    return found


def _amount(mention: Mention) -> str:
    """A number's value as a key ("2868" for "2,868" and "2.868"; "50..inf" for "more than 50")."""
    value = mention.value
    return f"{value.low:g}" if value.low == value.high else f"{value.low:g}..{value.high:g}"


def _enumerations(claims: list[Claim], mentions: Sequence[Mention], frames: dict) -> list[Claim]:
    """The claims, each marked `enumerated` when another quantity of its sentence (a claim or a mention
    linked to a fact) names other roles ("1,293 in Al Haouz, 452 in Taroudant"; the percents of a list by name too,
    "Orsen, 21,500,000 (55.4%); Pike, 12,300,000 (31.7%)"): its names are then a breakdown, even a name of the whole
    event."""
    roles: dict[int, list[frozenset]] = defaultdict(list)
    for mention in mentions:
        frame = frames.get((mention.start, mention.end))
        if frame is not None and (mention.kind in PART_KINDS or frame.head):
            found = _roles(mention, frame)
            if found:
                roles[mention.sentence_start].append(found)
    marked = []
    for claim in claims:
        frame = frames.get((claim.mention.start, claim.mention.end))
        listed = bool(claim.roles) and (claim.mention.kind in PART_KINDS or (frame is not None and bool(frame.head))) \
            and any(other != claim.roles for other in roles.get(claim.mention.sentence_start, ()))
        listed = listed or bool(claim.roles) and frame is not None and bool(frame.breakdown)  # "y en Andalucía, una"
        marked.append(replace(claim, enumerated=True) if listed else claim)
    return marked


def _nearer(mention: Mention, others: Sequence[Mention], frames: dict) -> frozenset:
    """The measure concepts of a mention's frame whose words belong to another number of its sentence:
    the word is that number's own measure (the nearest of its frame), the number stands on the word's
    side and nearer to it: after the mention, beyond the word or between ("rose to 225, and 14 people
    are still missing": missing is the 14's); before it only when the mention counts a noun of its own
    ("40,000 people displaced in Derna, a city of around 100,000 people": displaced is the 40,000's),
    since a list states its measure once ("1,293 deaths in Al Haouz, 452 in Taroudant"). Positions are
    characters of the sentence."""
    frame = frames.get((mention.start, mention.end))
    if frame is None:
        return frozenset()
    sentence = mention.sentence
    here = _at(sentence, mention)
    taken = set()
    for evidence in frame.measures:
        word = _nearest_occurrence(sentence, evidence.words, here)
        if here < 0 or word < 0 or evidence.distance <= 1 or (word < here and not mention.unit):
            continue
        for other in others:
            if (other.start, other.end) == (mention.start, mention.end):
                continue
            there, theirs = _at(sentence, other), frames.get((other.start, other.end))
            if there < 0 or theirs is None or not theirs.measures or (there < here) != (word < here) \
                    or abs(there - word) >= abs(here - word):
                continue
            own = theirs.measures[0]
            if own.what == evidence.what and own.words == evidence.words \
                    and not (own.distance <= 1 and _coordinated(mention, other)):
                taken.add(evidence.what)  # (not "3,383,340 and 206,397 votes": their noun is both's)
    return frozenset(taken)


def _at(sentence: str, mention: Mention) -> int:
    return sentence.find(" ".join(mention.text.split()))


def _nearest_occurrence(sentence: str, words: str, here: int) -> int:
    """Where the words stand in the sentence, the occurrence nearest a position (-1 when absent)."""
    found, at = -1, sentence.find(words)
    while at >= 0:
        if found < 0 or abs(at - here) < abs(found - here):
            found = at
        at = sentence.find(words, at + 1)
    return found


def _coordinated(one: Mention, other: Mention) -> bool:
    """Whether two numbers of a sentence stand side by side, joined by a conjunction or a comma only
    ("3,383,340 and 206,397 votes"): the counted noun of the second is the first's too."""
    sentence = one.sentence
    first, second = sorted((one, other), key=lambda m: m.start)
    a, b = sentence.find(" ".join(first.text.split())), sentence.find(" ".join(second.text.split()))
    if a < 0 or b < 0 or b < a:
        return False
    return _joined(sentence[a + len(" ".join(first.text.split())):b], one.language)


def _measure(mention: Mention, frame, taken: frozenset = frozenset()) -> str:
    """The nearest measure concept of a mention's frame that can measure its kind (concepts.yaml `kinds`:
    "votes" next to a count, "vote-share" next to a percent) and that no other number owns (taken,
    _nearer); a count of things never takes a measure of people, a count of people never one of things (concepts.yaml
    `thing_measures`: "52,000 people were affected, the United Nations said" is no count of countries); dates are
    grouped by their days, ranks by their unit: neither has a measure."""
    if frame is None or mention.kind in ("date", "ordinal") or not frame.measures:
        return ""
    fitting = [e for e in frame.measures if measures_kind(e.what, mention.kind)
               and (e.distance <= 1 or e.what not in taken) and _fits(mention, e.what)]
    nouns = counted_nouns(mention.language)
    if fitting and fitting[0].distance <= COUNTED_NOUN_GAP and joint_key(fitting[0].words) in nouns:
        # "buried 2,530 victims", "a margin of 61,000 votes", "a vantagem passou de 3 milhões de votos": the
        # counted noun yields to a measure next to it
        which = [e for e in fitting if e.distance <= COUNTED_NOUN_REACH and joint_key(e.words) not in nouns]
        if which:
            return _refined(min(which, key=lambda e: e.distance), fitting).what
    return _refined(fitting[0], fitting).what if fitting else ""


def _fits(mention: Mention, measure: str) -> bool:
    """Whether a measure can be a count's: a count of things never takes a measure of people ("missing in five cities",
    "12,358 animals were rescued"), a count of people never one of things (concepts.yaml `thing_units`,
    `thing_measures`)."""
    if (group_of(measure) == PEOPLE_GROUP or measure in people_measures()) and _counted_thing(mention):
        return False
    return not (mention.unit in people_units() and measure in thing_measures())


def _refined(chosen, fitting):
    """The measure that refines the chosen one (concepts.yaml `refines`) when it stands in the same part of the
    clause or nearer ("267 votos en el Colegio Electoral" are electoral votes, as checker/link.py reads them for
    facts); else the chosen one."""
    narrower = refiners({chosen.what})
    return next((e for e in fitting if e.what in narrower and e.apart <= chosen.apart), chosen)


# The group of measures that count people (killed, injured, evacuated...): never the measure of a count of things.
PEOPLE_GROUP = "casualties"
# The counted noun of a number stands at most this many words after it ("403 evacuation centres").
THING_WORDS = 2


def _counted_thing(mention: Mention) -> str:
    """The unit of the thing a count counts when it is never people (concepts.yaml `thing_units`): the first
    units-table word at most THING_WORDS words after the number ("403 centros de evacuación", "403 evacuation
    centres": shelter); '' when none or another unit."""
    lang = language_data(mention.language)
    if lang is None or mention.kind not in PART_KINDS:
        return ""
    whole = _whole_noun(mention)  # "441 de los 497 municipios": a part of the municipalities
    if whole:
        return whole if whole in thing_units() else ""
    sentence, text = _folded(mention.sentence), " ".join(_folded(mention.text).split())
    where = sentence.find(text)
    if where < 0:
        return ""
    locatives = sub_place_words("in", mention.language)
    for word in TOKEN.findall(sentence[where + len(text):])[:THING_WORDS]:
        if _key(word) in locatives:
            return ""  # "otras 24.080 en casas de familiares": where they are, not what is counted
        unit = lang.units.get(_key(word))
        if unit is not None:
            return str(unit) if str(unit) in thing_units() else ""
    return ""


# Words at most between the word that joins a part to its whole and the whole's number ("of the state's 497").
WHOLE_GAP = 3
# The whole's noun stands at most this many words after its number ("497 municipalities").
WHOLE_NOUN_WORDS = 2


def _around(mention: Mention) -> tuple[str, str]:
    """The folded text of the mention's sentence before and after it ("", "" when it cannot be found)."""
    sentence, text = _folded(mention.sentence), " ".join(_folded(mention.text).split())
    where = sentence.find(text)
    if where < 0:
        return "", ""
    return sentence[:where], sentence[where + len(text):]


def _joins_whole(words: Sequence[str], language: str) -> bool:
    """Whether the words between a part's number and its whole's are a phrase that joins a part to its whole
    (concepts.yaml `relations: of_whole`) and at most WHOLE_GAP words after it ("of the state's")."""
    phrases = relation_words("of_whole", language)
    n = next((n for n in (2, 1) if len(words) >= n and _key("".join(words[:n])) in phrases), 0)
    return bool(n) and len(words) - n <= WHOLE_GAP


def _whole_noun(mention: Mention) -> str:
    """The unit (the language's units table) of the whole a count without a noun of its own is a part of ("441 de los
    497 municipios", "More than 440 of the state's 497 municipalities": municipality), '' when none."""
    lang = language_data(mention.language)
    if lang is None or mention.unit or mention.kind not in PART_KINDS:
        return ""
    found = WHOLE_AFTER.match(_around(mention)[1])
    if not found:
        return ""
    if not _joins_whole(found.group("words").split(), mention.language):
        return ""
    return next((str(lang.units[_key(w)]) for w in TOKEN.findall(found.group("after"))[:WHOLE_NOUN_WORDS]
                 if _key(w) in lang.units), "")


def _wholes_of_parts(seed: Seed, by_sentence: dict) -> set:
    """The spans of the counts that are the whole the count right before them is a part of ("441 de los 497
    municipios", "more than half of the 497 cities": the 497), joined by a word of concepts.yaml `relations:
    of_whole`, maybe after the part's own noun ("۴۴۷ شهر از ۴۹۷ شهر"), with no punctuation between ("6.812.400 votos,
    de los cuales 207.118": the 207.118 is the part)."""
    found = set()
    for mentions in by_sentence.values():
        ordered = sorted(mentions, key=lambda m: m.start)
        for part, whole in zip(ordered, ordered[1:]):
            if part.kind not in PART_KINDS:
                continue  # ("21,49% dos 10,88 milhões de habitantes": the base of a share is its own count)
            between = _folded(seed.text[part.end:whole.start])
            if not JOINED.fullmatch(between):
                continue
            words = between.split()
            if any(_joins_whole(words[skip:], whole.language) for skip in (0, 1)):  # (skipping the part's own noun)
                found.add((whole.start, whole.end))
    return found


def _since(mention: Mention) -> bool:
    """Whether a date is the start of a period: a `since` word (concepts.yaml `comparisons: since`) just before it,
    maybe with an article ("desde a segunda-feira (29)", "since Monday"): no day of the event itself."""
    words = TOKEN.findall(_around(mention)[0])[-SINCE_REACH:]
    phrases = comparison_words("since", mention.language)
    return any(_key("".join(words[i:j])) in phrases for i in range(len(words)) for j in range(i + 1, len(words) + 1))


# Words (no punctuation, no digit) between a part's number and its whole's.
JOINED = re.compile(r"(?:\s+[^\W\d_][\w'’\u200c]*){1,6}\s*")
# A `since` word stands at most this many words before the date it starts ("desde a segunda-feira").
SINCE_REACH = 2
# Words (no punctuation, no digit) from the start of the text after a part's number, up to a whole's number.
WHOLE_AFTER = re.compile(r"(?P<words>(?:\s+[^\W\d_][\w'’\u200c]*){1,5})\s+\d[\d.,\u066b\u066c]*(?P<after>.*)", re.S)


def _owners(frame) -> tuple:
    """The names that may own a number, likeliest first, as checker/link.py reads whose a number is: the owner of
    its parallel pair (the first or the second of the last two names before it), then the names of its clause that
    speak of it (Evidence.apart 0): those before it first (its subject: "حصل كاستور على 277 وبولوكس"), nearest first. checker/cluster.py takes the
    first that is an entity of the sheets when no role stands next to the number."""
    if frame is None:
        return ()
    paired = ()
    places = frame.names_before_pair
    if frame.pair and len(places) >= 2 and not set(places[-2]) & set(places[-1]):
        paired = tuple(places[-2:][frame.pair - 1])
    own = sorted((e for e in frame.names if e.apart == 0), key=lambda e: (not e.before, e.distance, e.what))
    return paired + tuple(e.what for e in own if e.what not in paired)


def _origin(frame) -> frozenset:
    """For a measure taken from a place (concepts.yaml `measured_from`): the first name after the number in its part
    of the sentence, at most PART_ROLE_REACH tokens on ("40 km northwest of Selm": Selm), the place it is measured
    from; none when it names none. Its identity in every language, even a name of the whole event."""
    after = sorted((e for e in frame.names if not e.before and e.apart == 0 and e.distance <= PART_ROLE_REACH),
                   key=lambda e: (e.distance, e.what)) if frame is not None else ()
    return frozenset({after[0].what}) if after else frozenset()


def _part_roles(mention: Mention, frame) -> frozenset:
    """The names of a part's own part of the sentence, at most PART_ROLE_REACH tokens away ("92 de ellos
    en la provincia de Valencia"): the place of that part; never those of the part before (its whole's)."""
    return _roles(mention, frame, PART_ROLE_REACH, own_only=True)


def _roles(mention: Mention, frame, reach: int = 0, own_only: bool = False) -> frozenset:
    """The names at most `reach` (ROLE_REACH) tokens from a mention and in its part of the sentence
    (between commas): the candidate whose votes, the province whose dead ("452 in Taroudant"); when its
    part names none, those of the part just before it ("seguida de Taroudant, com 452"). A word in
    capitals (a dateline's "RABAT", an acronym) and a capitalized function word ("At") are no role. Without one, the
    name heading its element of a list ("Pike, 12,300,000 (31.7%)": frames, gapped lists) is its role."""
    if frame is None or not frame.names:
        return frozenset()
    if not own_only and frame.head:
        return _roles(mention, frame, reach, True) or frozenset({frame.head})
    previous, part = _parts_around(mention)
    if own_only:
        previous = ""
    stop = _stop_words(mention.language) if language_data(mention.language) else frozenset()
    near = [e for e in frame.names if e.distance <= (reach or ROLE_REACH) and e.apart < 2
            and not (len(e.words) > 1 and e.words.isupper()) and _key(e.words) not in stop]
    own = frozenset(e.what for e in near if e.words in part)
    return own or frozenset(e.what for e in near if previous and e.words in previous)


def _sentence_part(mention: Mention) -> str:
    """The part of a mention's sentence between the separators (PART_BREAK) around it."""
    return _parts_around(mention)[1]


def _parts_around(mention: Mention) -> tuple[str, str]:
    """The part of the sentence before the mention's part ("" when none), and the mention's part."""
    sentence, text = mention.sentence, " ".join(mention.text.split())
    where = sentence.find(text)
    if where < 0:
        return "", sentence
    breaks = [(m.start(), m.end()) for m in PART_BREAK.finditer(sentence)]  # (a look-ahead sees the number)
    starts = [b for b in breaks if b[1] <= where]
    end = next((b for b in breaks if b[0] >= where + len(text)), None)
    own = sentence[(starts[-1][1] if starts else 0):(end[0] if end else len(sentence))]
    previous = sentence[(starts[-2][1] if len(starts) > 1 else 0):starts[-1][0]] if starts else ""
    return previous, own


def _groupable(mention: Mention, measure: str = "") -> bool:
    if mention.section != "body" or mention.unresolved or not mention.states_a_number:
        return False
    if mention.kind == "number" and not mention.unit and not measure and not _whole_noun(mention):
        return False
    return mention.kind != "date" or _date_days(mention) is not None


def _date_days(mention: Mention) -> Optional[tuple[int, int]]:
    """The first and last day of a resolved date no wider than WIDEST_DATE_DAYS."""
    value = mention.value
    if mention.kind != "date" or mention.unresolved or value.domain != "date":
        return None
    if not (abs(value.low) < 1e9 and abs(value.high) < 1e9) or value.high - value.low >= WIDEST_DATE_DAYS:
        return None
    return int(value.low), int(value.high)


# --- vocabulary and terms --------------------------------------------------------------

@dataclass(frozen=True)
class Vocabulary:
    """What the terms of a sentence are made of, per language, from language data and fact sheets."""

    aliases: dict  # language -> {joint key: frozenset of units}
    cues: dict  # language -> tuple of (fact id, cue)
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def concepts(self, language: str) -> tuple[dict, frozenset]:
        """{joint key: units} of the language's units table (first) and the sheets' aliases, and
        every prefix of those keys (a scan stops at the first token that starts none)."""
        if language not in self.memo:
            lang = language_data(language)
            table = {key: frozenset(units) for key, units in self.aliases.get(language, {}).items()}
            table.update({key: frozenset({str(unit)}) for key, unit in (lang.units if lang else {}).items()})
            prefixes = frozenset(key[:n] for key in table for n in range(1, len(key) + 1))
            self.memo[language] = (table, prefixes)
        return self.memo[language]

    def cue_hits(self, language: str, key_text: str) -> list[tuple[str, str, int]]:
        """(fact id, cue, start) of the sheets' cues in a sentence key, found through an index from the
        cues' first words (the cost grows with the sentence, not with the number of facts)."""
        memo_key = ("cues", language)
        if memo_key not in self.memo:
            index: dict = {}
            for fact_id, cue in self.cues.get(language, ()):
                word = cue_word(cue)
                if word:
                    index.setdefault(word, []).append((fact_id, cue))
            self.memo[memo_key] = (index, max(map(len, index), default=0))
        index, longest = self.memo[memo_key]
        hits = []
        for word in WORD.finditer(key_text):
            token = word.group()
            for k in range(1, min(len(token), longest) + 1):
                for fact_id, cue in index.get(token[:k], ()):
                    if cue_pattern(cue).match(key_text, word.start()):
                        hits.append((fact_id, cue, word.start()))
        return hits

    @staticmethod
    def of(facts: Sequence[Fact] = ()) -> "Vocabulary":
        aliases: dict = defaultdict(lambda: defaultdict(set))
        cues: dict = defaultdict(list)
        for fact in facts:
            for language, words in fact.aliases.items():
                for word in words:  # as written, and as an article's counted noun reads it
                    for key in filter(None, {joint_key(word), joint_key(read_unit(str(word), language))}):
                        if fact.unit:
                            aliases[language][key].add(fact.unit)
            for language, phrases in fact.cues.items():
                cues[language] += [(fact.id, str(p)) for p in phrases]
        return Vocabulary({lang: {k: frozenset(v) for k, v in table.items()} for lang, table in aliases.items()},
                          {lang: tuple(found) for lang, found in cues.items()})


@lru_cache(maxsize=None)
def _stop_words(code: str) -> frozenset:
    lang = load_language(code)
    listed = lang.function_words
    lexicon = set()
    for table in lang.lexicon_tables:
        lexicon.update(table)
    return frozenset(lexicon | {joint_key(w) for w in listed})


def canonical_unit(mention: Mention, vocabulary: Vocabulary) -> str:
    """The unit a claim is blocked by: the language's units table, else a fact sheet's alias."""
    if mention.kind not in UNIT_KINDS:
        return ""
    if not mention.unit:
        return _whole_noun(mention)  # "441 de los 497 municipios": the whole's unit
    key = _joint(mention.unit)
    units = language_data(mention.language).units if language_data(mention.language) else {}
    if key in units:
        return str(units[key])
    aliases = vocabulary.aliases.get(mention.language, {}).get(key, ())
    return next(iter(aliases)) if len(aliases) == 1 else mention.unit


def terms(claim: Claim, vocabulary: Vocabulary) -> dict[str, Term]:
    """The terms of a claim's sentence (see the module's docstring), by key; the strongest when repeated."""
    mention = claim.mention
    lang = language_data(mention.language)
    code = lang.code if lang else ""
    sentence = _folded(mention.sentence)
    own = _own_span(sentence, mention)
    tokens = [(m.group(), m.start()) for m in TOKEN.finditer(sentence)]
    inside = [i for i, (_, start) in enumerate(tokens) if own[0] <= start < own[1]]
    first, last = (inside[0], inside[-1]) if inside else (0, -1)
    found: dict[str, Term] = {}

    def add(key: str, weight: float, surface: str, index: int) -> None:
        distance = first - index if index < first else max(index - last, 0)
        old = found.get(key)
        if old is None or (weight, -distance) > (old.weight, -old.distance):
            found[key] = Term(key, weight, surface, distance)

    infos = [_token(token, code) for token, _ in tokens]
    own_unit = canonical_unit(mention, vocabulary)
    covered = _concepts(infos, (first, last), vocabulary, mention.language, own_unit, add)
    if vocabulary.cues.get(mention.language):
        key_text = sentence_key(mention.sentence)
        starts = [start for _, start in tokens]
        for fact_id, cue, where in vocabulary.cue_hits(mention.language, key_text):
            # positions in the key text are close to those in the sentence
            at = bisect_right(starts, where) - 1
            if _holds_mention(at, len(TOKEN.findall(_folded(cue))), first, last):
                continue  # "a second round": the cue names what the ordinal ranks, not what it speaks of
            add(f"c:{fact_id}", CONCEPT_SCORE, _folded(cue).lower(), at)
    names = bool(lang and lang.capitalized_names)
    for index, (word, surface, usable, capital) in enumerate(infos):
        if not usable or first <= index <= last or index in covered:
            continue
        if names and capital and index > 0:
            add(surface, NAME_SCORE, surface, index)
        else:
            add(word, WORD_SCORE, surface, index)
    return found


def _holds_mention(at: int, length: int, first: int, last: int) -> bool:
    """Whether a phrase of `length` tokens from token `at` holds one of the mention's tokens first..last."""
    return at <= last and first <= at + max(length, 1) - 1


@lru_cache(maxsize=262144)
def _token(token: str, code: str) -> tuple[str, str, bool, bool]:
    """(word key, surface, whether it can be a term, whether capitalized) of one folded token."""
    surface = _surface(token)
    word = surface.replace(ZWNJ, "")
    lang = language_data(code) if code else None
    for suffix, replacement in (lang.plural_suffixes if lang else ()):
        if suffix and word.endswith(suffix) and len(word) - len(suffix) >= MIN_WORD:
            word = word[: -len(suffix)] + replacement
            break
    stop = _stop_words(code) if lang else frozenset()
    usable = (lang is not None and len(word) >= MIN_WORD and not DIGIT.search(token)
              and word not in stop and _key(token) not in stop)
    return word, surface, usable, token[:1].isupper()


def _concepts(infos, where, vocabulary, language, own_unit, add) -> set[int]:
    """Add the concepts (units-table words, fact-sheet aliases; the longest phrase at each token)
    within CONCEPT_REACH tokens of the mention; return the tokens they cover (they are no words)."""
    table, prefixes = vocabulary.concepts(language)
    covered: set[int] = set()
    for i in range(len(infos)):
        key, longest = "", 0
        for n in range(1, 4):
            if i + n > len(infos) or where[0] <= i + n - 1 <= where[1]:
                break
            key += infos[i + n - 1][1].replace(ZWNJ, "")
            if key not in prefixes:
                break
            if key in table:
                longest = n
        if not longest:
            continue
        covered.update(range(i, i + longest))
        if where[0] - CONCEPT_REACH <= i and i + longest - 1 <= where[1] + CONCEPT_REACH:
            surface = " ".join(s for _, s, _, _ in infos[i:i + longest])
            phrase = "".join(s.replace(ZWNJ, "") for _, s, _, _ in infos[i:i + longest])
            for name in sorted(table[phrase] - {own_unit}):  # the unit is evidence of its own
                add(f"u:{name}", CONCEPT_SCORE, surface, i)
    return covered


def _folded(text: str) -> str:
    """Folded text (ASCII is its own folding)."""
    return text if text.isascii() else fold(text).text


_joint = lru_cache(maxsize=4096)(joint_key)


@lru_cache(maxsize=65536)
def _key(folded: str) -> str:
    """The joint key of folded text: lower case, no spaces, no ZWNJ (extract.normalize.joint_key)."""
    return "".join(folded.lower().split()).replace(ZWNJ, "")


def _own_span(sentence: str, mention: Mention) -> tuple[int, int]:
    text = " ".join(_folded(mention.text).split())
    start = sentence.find(text)
    if start < 0:
        return (-1, -1)
    return (start, start + len(text))


def _surface(token: str) -> str:
    token = token.lower()
    for suffix in POSSESSIVE:
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token


