"""Claim frames: what a body mention measures, when, where and who, and whether it is a reporting detail.

A frame is built for every body mention from its sentence and language data only; each part records the
words it came from, so a link (checker/link.py), a scope decision (checker/scope.py) and a group of claims
(checker/cluster.py) can say why. The public surface is `Frame`, `Evidence`, `NameIndex` and
`frame_mentions(seed, mentions, names)`.

- measure: the concepts of checker/lang/concepts/concepts.yaml named within REACH tokens of the mention
  (not across a clause break); first those of the mention's own part of the clause (no comma, no
  conjunction of the concepts file, no other quantity between them (a date is none): in "820 dead and 672 injured" and
  "the dead rose to 820 and the injured to 672", 820 counts the dead), then nearest, then after the
  mention before before it (the counted noun follows the number: "four countries' aid" reads "کمک چهار
  کشور" in Persian); the mention's own counted noun stands at distance 0. A measure word of another conjunct
  that is another number's own ("died" in "Three people died and dozens were trapped") is left out (_anothers_own).
- subset: a count of some of a casualty measure's people by kind ("Among the dead were three hikers", "من بين
  القتلى ثلاثة أطفال", "از جمله سه کودک") is a part of that measure, not its total (_subset).
- time: the nearest date of the same sentence that is not a reporting detail, else the article's date.
- names: sheet names (events' names, places, entities; facts' entities) in the sentence, nearest first,
  and capitalized words in languages that capitalize names.
- occurrence: for a number, the words marking it as another occurrence's than the event's own ("aftershocks
  with magnitudes of 5.5 and 4.7", "پس لرزه ای با قدرت ۵.۵", and right after a measurement: "a 6.4
  aftershock"): see `occurrences` in concepts.yaml.
- superseded: the words making it an earlier figure ("the previous toll", the first figure of a change: "rose
  from 41 to 46", "rose to 46 from 41", "از ۴۱ به ۴۶ نفر رسید"); no claim against the current value.
- head: the name heading its element of a gapped list ("Orsen, 21,500,000 votes (55.4%); Pike, 12,300,000
  (31.7%)"): the element's count and its share in brackets are that name's, and take the measure of the
  element before, or of the list's heading before its colon (_with_lists).
- reporting: for a date, the reporting words next to it ("said on Saturday", "dijo el sábado",
  "قال يوم السبت", "روز شنبه اعلام کرد"): the date tells when something was said, not when it happened.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from .concepts import (complementizers, concepts_of_word, conjunctions, contrast_words, day_concepts, find_concepts,
                       fold_key, forms, group_of, comparison_words, event_kinds_named, glued_conjunctions, means_words, measure_classes,
                       measures_kind, progress_implies, pronouns, rival_words, share_of, subordinators,
                       occurrence_words, projection_words, relation_words, reporting_phrases, round_names, round_words,
                       sub_place_words, subset_measures, superseded_words, tally_words)
from .countries import country_codes, other_names
from .extract.lexicon import load as load_language
from .extract.normalize import fold, joint_key
from .extract.quantities import change_verb_before, verb_of_change_before
from .model import Event, Fact, Mention, Seed
from .published import LOWER_BOUNDS
from .roles import partitive_keys, partitive_spans
from .skeleton import matchable, plain, rules as skeleton_rules, script, skeletons, vocal_keys

# Tokens either side of a mention that can say what it measures (its clause).
REACH = 8
# Tokens between a date and a `near` word of a day's concept for the word to name its day ("el terremoto del pasado
# viernes"; concepts.yaml, the `days` group).
NEAR_REACH = 3
# A sheet name of up to this many words is also found in another script, by consonant skeleton.
MOST_WORDS_ACROSS_SCRIPTS = 3
# Tokens between a date and a reporting word for the date to be a reporting detail.
REPORTING_REACH = 3
# Signs that end a clause: a measure beyond one belongs to another clause.
CLAUSE_BREAKS = frozenset(";:()[]؛—–|")
# Signs after a dateline's date ("RABAT, Sept 9 - ...").
DASHES = frozenset("-–—")
# Signs that end a part of a clause (as the concepts file's conjunctions do): a measure beyond one is
# only taken when none stands in the mention's own part.
PART_BREAKS = frozenset(",،")
# The longest reporting phrase, in words.
LONGEST_REPORTING = 3
# A token: an abbreviation of dotted letters ("U.S.", "a.m.": one word, so it stretches no distance and breaks no
# clause), a word (with its inner apostrophes, hyphens and ZWNJ), or one mark.
TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[\w\u200c]+(?:['’\-][\w\u200c]+)*|[^\w\s]")


@dataclass(frozen=True)
class Evidence:
    """One part of a frame: what it is (a concept id, a name, an ISO date), the words it came from, and
    how many tokens it stands from the mention (0: inside it)."""

    what: str
    words: str
    distance: int
    before: bool = False  # it stands before the mention (a name owns the number it precedes, on a tie)
    # for a name: 0 in the mention's own part; 1 after it across a comma or a conjunction ("42.45 %, and
    # Saeed Jalili"); 2 speaking of another number: after it with another quantity between ("16.4 million
    # to 13.5 million for Jalili") or before it across a contrast word ("Lula, 50.9 %, against 49.1 %")
    apart: int = 0

    def __str__(self) -> str:
        return f"{self.what} ({self.words!r}, {self.distance} tokens away)" if self.words != self.what \
            else f"{self.what!r} ({self.distance} tokens away)"


@dataclass(frozen=True)
class Frame:
    """The frame of one mention (identified by its offsets in the seed)."""

    start: int
    end: int
    measures: tuple[Evidence, ...] = ()  # concepts, nearest first
    time: Optional[tuple[int, int]] = None  # first and last day (proleptic ordinals)
    time_source: str = ""  # "clause: 'April 30'", "article date", or "" when unknown
    names: tuple[Evidence, ...] = ()  # sheet names (what = the name as listed) and capitalized words
    events: tuple[str, ...] = ()  # ids of the events whose names, places or entities the sentence holds
    reporting: str = ""  # for a date: the reporting words that make it a reporting detail, or "dateline"
    projection: str = ""  # a word of its clause that makes the number a projection ("could", "polls")
    occurrence: str = ""  # words that make it a value of another occurrence of the event ("aftershocks")
    sum_of: tuple[str, ...] = ()  # rival concepts its own noun joins, when it counts their sum ("killed and injured")
    sum_words: str = ""  # the words of that sum
    superseded: str = ""  # a word of its clause that marks it as an earlier figure ("the previous toll")
    part: str = ""  # the words restricting it to a sub-place ("in the two districts"): a part, not the total
    total: str = ""  # the words making it the whole of several parts ("out of", "از مجموع"): no one entity's
    difference: str = ""  # the words making it a gap or a change ("a margin of", "بفارق"): no value of its measure
    round: str = ""  # the round its sentence places it in ("first", "second"; concepts.yaml `rounds`)
    round_words: str = ""  # the words that say so ("na primeira volta")
    heading: str = ""  # a heading line above it that places it in a sub-place ("استان اردبیل"): a part
    comparison: str = ""  # for a date: the words making it a point of comparison ("the worst ... since 1957")
    breakdown: str = ""  # the place of its part of a breakdown by place ("in Taroudant" in "1,591 in Al Haouz and 809 in Taroudant")
    progress: str = ""  # for a percent: the words making it the progress of a count ("of the votes counted", "بعد فرز")
    # a parallel pair without names of its own ("6,210,000 votes against 5,230,000" after "Orsen ... Pike"): which
    # of the two it is (1 or 2, 0 when none), its words, and the sheet names named before it, one tuple per place
    area: str = ""  # for a percent: the area word of its part or the part before ("La provincia con mayor participación")
    pronoun: str = ""  # a subject pronoun of its part before it, when its sentence names nobody before it ("ele")
    antecedents: tuple = ()  # the sheet names of the sentence before, one tuple per place, in order
    pair: int = 0
    pair_words: str = ""
    names_before_pair: tuple = ()
    # measure words of another conjunct that are another number's own ("died" in "Three people died and
    # dozens were trapped"): not measures of this one
    others_measures: str = ""
    subset: str = ""  # the words making it a subset by kind of a casualty measure ("among the dead"): a part
    # the locative of its part of the sentence, or of the part before ("In India, 78 people died"), and the sheet
    # names (as listed) it holds: where the number is (checker/link.py weighs them against the fact's place)
    located: str = ""
    located_names: tuple[str, ...] = ()
    head: str = ""  # the name heading its element of a list ("Pike" in "Pike, 12,300,000 (31.7%)"): whose it is
    located_country: str = ""  # the code of a country the sheet does not list, named by that locative ("in India")

    @property
    def concepts(self) -> frozenset:
        return frozenset(e.what for e in self.measures)

    def nearest(self, concepts: Iterable[str]) -> Optional[Evidence]:
        wanted = set(concepts)
        return next((e for e in self.measures if e.what in wanted), None)

    def describe(self) -> tuple[str, ...]:
        """The frame in words, one part a line (for `factlint explain`)."""
        parts = [f"measure: {', '.join(map(str, self.measures)) or 'none named'}"]
        parts.append(f"time: {_days(self.time)} from {self.time_source}" if self.time else "time: unknown")
        if self.names:
            parts.append("names: " + ", ".join(map(str, self.names[:6])))
        if self.events:
            parts.append("event evidence: " + ", ".join(self.events))
        if self.reporting:
            parts.append(f"reporting detail: {self.reporting!r}")
        if self.projection:
            parts.append(f"projection: {self.projection!r}")
        if self.occurrence:
            parts.append(f"another occurrence: {self.occurrence!r}")
        if self.sum_of:
            parts.append(f"a sum of {' and '.join(self.sum_of)} ({self.sum_words!r})")
        if self.superseded:
            parts.append(f"an earlier figure: {self.superseded!r}")
        if self.part:
            parts.append(f"a part: {self.part!r}")
        if self.total:
            parts.append(f"a total: {self.total!r}")
        if self.difference:
            parts.append(f"a difference: {self.difference!r}")
        if self.round:
            parts.append(f"round: {self.round} ({self.round_words!r})")
        if self.heading:
            parts.append(f"under the heading {self.heading!r}: a part")
        if self.comparison:
            parts.append(f"a point of comparison: {self.comparison!r}")
        if self.breakdown:
            parts.append(f"a breakdown by place: {self.breakdown!r}")
        if self.progress:
            parts.append(f"the progress of a count: {self.progress!r}")
        if self.area:
            parts.append(f"a value of one area: {self.area!r}")
        if self.pronoun:
            named = " ... ".join("/".join(names) for names in self.antecedents) or "none"
            parts.append(f"the pronoun {self.pronoun!r}, after a sentence naming {named}")
        if self.pair:
            named = " ... ".join("/".join(names) for names in self.names_before_pair) or "none"
            parts.append(f"number {self.pair} of the pair {self.pair_words!r}, after the names {named}")
        if self.subset:
            parts.append(f"a part: a subset ({self.subset!r}), not the whole")
        if self.head:
            parts.append(f"an element of a list headed by {self.head!r}")
        if self.others_measures:
            parts.append(f"not its measure: {self.others_measures} (another number's own, across its conjunct)")
        if self.located_names or self.located_country:
            parts.append(f"located: {self.located!r} ({', '.join(self.located_names) or self.located_country})")
        return tuple(parts)


def _days(span: tuple[int, int]) -> str:
    first, last = (date.fromordinal(d).isoformat() for d in span)
    return first if first == last else f"{first}..{last}"


# --- names of the fact sheets -----------------------------------------------------------

@dataclass(frozen=True)
class NameIndex:
    """Sheet names by the key of their first word: {key: ((name key, name as listed, event id or ''), ...)}."""

    by_first: dict = field(default_factory=dict)
    # {consonant skeleton: ((words, name as listed, event id or '', script), ...)}: a name found in an
    # article written in another script (checker/skeleton.py)
    by_skeleton: dict = field(default_factory=dict)
    # {vocal key: (same entries)}: a name too short for its skeleton alone (Noto: nt), found in another
    # script only when its vowels agree too (نوتو; checker/skeleton.py, vocal_keys)
    by_vocal: dict = field(default_factory=dict)
    short_skeletons: frozenset = frozenset()  # the skeletons of those short names (a run's first test)

    @staticmethod
    def of(events: Iterable[Event] = (), facts: Iterable[Fact] = ()) -> "NameIndex":
        by_first: dict = {}
        by_skeleton: dict = {}
        by_vocal: dict = {}
        short: set = set()

        def add(name: str, owner: str, language: str) -> None:
            # a country's names in every language (checker/countries.py)
            for written in (name,) + other_names(name, language):
                words = plain(written).split()  # without accents: "Erdogan" finds "Erdoğan"
                if words:
                    entry = (" ".join(words), name, owner)
                    by_first.setdefault(words[0], [])
                    if entry not in by_first[words[0]]:
                        by_first[words[0]].append(entry)
            words = plain(name).split()
            for key in skeletons(name) if words and len(words) <= MOST_WORDS_ACROSS_SCRIPTS else ():
                other = (len(words), name, owner, script(name))
                if matchable(key) and other not in by_skeleton.setdefault(key, []):
                    by_skeleton[key].append(other)
                elif not matchable(key) and len(key) >= skeleton_rules().minimum_role:
                    short.add(key)
                    for vocal in vocal_keys(name):
                        if other not in by_vocal.setdefault(vocal, []):
                            by_vocal[vocal].append(other)

        for event in events:
            for table in (event.names, event.places, event.entities):
                for language, names in table.items():
                    for name in names:
                        add(name, event.id, language)
        for fact in facts:
            for language, names in fact.entities.items():
                for name in names:
                    add(name, "", language)
        return NameIndex({k: tuple(sorted(v)) for k, v in by_first.items()},
                         {k: tuple(sorted(v)) for k, v in by_skeleton.items()},
                         {k: tuple(sorted(v)) for k, v in by_vocal.items()}, frozenset(short))

    def find(self, keys: Sequence[str], language: str) -> list[tuple[int, int, str, str]]:
        """(first token, last token, name as listed, event id) of every sheet name in the token keys."""
        found = []
        plains = [plain(key) for key in keys]
        for i, key in enumerate(keys):
            for head in dict.fromkeys(plain(form) for form in (key,) + forms(key, language)):
                for words, name, owner in self.by_first.get(head, ()):
                    rest = words.split()[1:]
                    if plains[i + 1:i + 1 + len(rest)] == rest or _stems_match(keys[i + 1:i + 1 + len(rest)], rest, language):
                        found.append((i, i + len(rest), name, owner))
        if self.by_skeleton or self.by_vocal:  # a token its own script names exactly ("Marruecos") is no other name's spelling
            exact = {k for i, j, _, _ in found for k in range(i, j + 1)}
            found += [hit for hit in self._across_scripts(keys, language) if not exact & set(range(hit[0], hit[1] + 1))]
        return found

    def _across_scripts(self, keys: Sequence[str], language: str) -> list[tuple[int, int, str, str]]:
        """Names written in another script than the tokens, by consonant skeleton (هرات is Herat);
        up to MOST_WORDS_ACROSS_SCRIPTS tokens make one name (زنده جان is Zindajan), each with a consonant
        (a conjunction "e" or "و" before a name is not part of it)."""
        found = []
        for i, key in enumerate(keys):
            written = script(key)
            if not written or not skeletons(key)[0]:
                continue
            for first in dict.fromkeys((key,) + forms(key, language)):
                for n in range(1, MOST_WORDS_ACROSS_SCRIPTS + 1):
                    if i + n > len(keys) or (n > 1 and not (skeletons(keys[i + n - 1]) or ("",))[0]):
                        break
                    run = " ".join((first,) + tuple(keys[i + 1:i + n]))
                    entries = [e for skeleton in skeletons(run) for e in self.by_skeleton.get(skeleton, ())]
                    if self.short_skeletons and self.short_skeletons.intersection(skeletons(run)):
                        entries += [e for vocal in vocal_keys(run) for e in self.by_vocal.get(vocal, ())]
                    for words, name, owner, name_script in entries:
                        if name_script != written and (i, i + n - 1, name, owner) not in found:
                            found.append((i, i + n - 1, name, owner))
        return found


def _stems_match(keys: Sequence[str], rest: list[str], language: str) -> bool:
    return len(keys) == len(rest) and all(r in {plain(f) for f in forms(k, language)} for k, r in zip(keys, rest))


# --- frames -----------------------------------------------------------------------------

def frame_mentions(seed: Seed, mentions: Sequence[Mention], names: Optional[NameIndex] = None) -> tuple[Frame, ...]:
    """The frame of every body mention of a seed, in mention order (boilerplate mentions get none)."""
    names = names or NameIndex()
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence_start, []).append(mention)
    frames = []
    body = [mention for mention in mentions if mention.section == "body"]
    headline = _headline_occurrence(seed)
    for mention in body:
        frames.append(_frame(seed, mention, by_sentence[mention.sentence_start], names, headline))
    return _with_lists(seed, body, frames)


# --- gapped lists ---------------------------------------------------------------------------

# Words between a count and the bracket of its share ("21,500,000 votes (55.4%)").
LIST_GAP = 2
# The kinds of number an element of a list repeats.
LIST_FAMILIES = ({"count", "number"}, {"percent"})


def _with_lists(seed: Seed, body: list[Mention], frames: list[Frame]) -> tuple[Frame, ...]:
    """The frames with what a gapped list says ("Orsen, 21,500,000 votes (55.4%); Pike, 12,300,000 (31.7%)"): in
    order, a number headed by a name (_head) belongs to that name, and so does a percent in brackets right after it;
    a headed number that names no measure takes that of the number of its kind heading the element before it
    (_gapped), and a percent in brackets right after a count takes that count's share (concepts.yaml `share_of`)."""
    out = list(frames)
    seen: dict[int, list] = {}  # sentence start -> (mention, frame, span) of its numbers so far
    for n, (mention, frame) in enumerate(zip(body, frames)):
        if mention.kind not in ("count", "number", "percent"):
            continue
        sentence = tokenize_sentence(mention.sentence)
        base = _offset(seed, mention)
        before = seen.setdefault(mention.sentence_start, [])
        first, last = _span_tokens(sentence, mention.start - base, mention.end - base)
        counted = _count_before_bracket(sentence, mention, first, before)
        head = _head(sentence, first, frame) or (counted[1].head if counted else "")
        found = None if frame.measures else (_share(counted) if counted else _gapped(mention, head, before)
                                             or _list_heading(sentence, mention, first, head))
        if head or found is not None:
            out[n] = replace(frame, measures=(found,) if found is not None else frame.measures, head=head)
        before.append((mention, out[n], (first, last)))
    return tuple(out)


def _count_before_bracket(sentence: _Sentence, mention: Mention, first: int, before: list) -> Optional[tuple]:
    """For a percent right after an opening bracket that follows a count (at most LIST_GAP words between: its noun,
    "21,500,000 votes (55.4%)"), that count (mention, frame, span); else None."""
    if mention.kind != "percent" or not before or first == 0 or sentence.tokens[first - 1] != "(":
        return None
    other, frame, (_, last) = before[-1]
    between = sentence.tokens[last + 1:first - 1]
    if other.kind not in ("count", "number") or len(between) > LIST_GAP or any(not t.isalpha() for t in between):
        return None
    return before[-1]


def _share(counted: tuple) -> Optional[Evidence]:
    """The share of a count's measure (concepts.yaml `share_of`: votes, vote-share) for the percent in brackets
    after it, else None."""
    other, frame, _ = counted
    measure = next((e for e in frame.measures if measures_kind(e.what, other.kind)), None)
    share = share_of().get(measure.what) if measure is not None else None
    return Evidence(share, _noted(measure.words, "a share in brackets after its count"), 1) if share else None


def _gapped(mention: Mention, head: str, before: list) -> Optional[Evidence]:
    """The measure of an element of a gapped list: a name heads the mention and the nearest number of its kind before
    it in its sentence, which names a measure that can be of its kind ("Orsen, 21,500,000 votes ...; Pike,
    12,300,000"): that measure, else None."""
    if not head:
        return None
    family = next(f for f in LIST_FAMILIES if mention.kind in f)
    for other, other_frame, _ in reversed(before):
        if other.kind in family:
            fitting = [e for e in other_frame.measures if measures_kind(e.what, mention.kind)]
            if not fitting or not other_frame.head or other_frame.head == head:
                return None
            return Evidence(fitting[0].what, _noted(fitting[0].words, "the list's element before"), fitting[0].distance)
    return None


def _list_heading(sentence: _Sentence, mention: Mention, first: int, head: str) -> Optional[Evidence]:
    """For the first element of a list by name, the measure named before the colon that opens the list ("Los votos
    quedaron así: Orsen, 21.500.000 (55,4 %); ..."), in that colon's clause, no number between the colon and the
    mention; None when none."""
    colon = max((k for k in range(first) if sentence.tokens[k] == ":"), default=-1)
    if not head or colon < 0 or any(token[:1].isdigit() for token in sentence.tokens[colon + 1:first]):
        return None
    start = max([b + 1 for b in sentence.breaks if b < colon], default=0)
    fitting = [hit for hit in find_concepts(sentence.tokens[start:colon], mention.language)
               if measures_kind(hit.concept, mention.kind)]
    if not fitting:
        return None
    hit = fitting[0]  # what is counted comes first ("Votes by candidate", "آرای نامزدها")
    return Evidence(hit.concept, _noted(hit.words, "the heading of its list"), first - start - hit.last)


def _head(sentence: _Sentence, first: int, frame: Frame) -> str:
    """The name of its frame (a sheet name, a capitalized word) ending right before the mention's first token, or
    before a comma there ("Pike, 12,300,000", "بايك، 12300000"); '' when none."""
    k = first - 2 if first > 1 and sentence.tokens[first - 1] in PART_BREAKS else first - 1
    return next((e.what for e in frame.names if k >= 0 and e.words.split()[-1] == sentence.tokens[k]), "")


def _noted(words: str, note: str) -> str:
    """The words of a measure with where it came from, once ('votos (the list's element before)')."""
    return words if words.endswith(")") else f"{words} ({note})"


def _headed(sentence: _Sentence, first: int, frame: Frame) -> bool:
    """Whether a name of its frame (a sheet name, a capitalized word) ends right before the mention's first token,
    or before a comma there ("Pike, 12,300,000", "بايك، 12300000")."""
    k = first - 2 if first > 1 and sentence.tokens[first - 1] in PART_BREAKS else first - 1
    return k >= 0 and any(e.words.split()[-1] == sentence.tokens[k] for e in frame.names)


@dataclass(frozen=True)
class _Sentence:
    tokens: tuple[str, ...]  # as written
    keys: tuple[str, ...]  # folded, lower case
    starts: tuple[int, ...]  # offsets in the sentence
    breaks: tuple[int, ...]  # indexes of clause-break tokens


@lru_cache(maxsize=4096)
def tokenize_sentence(text: str) -> _Sentence:
    matches = list(TOKEN.finditer(text))
    tokens = tuple(m.group() for m in matches)
    keys = tuple(fold_key(t) for t in tokens)
    breaks = tuple(i for i, t in enumerate(tokens) if t in CLAUSE_BREAKS)
    return _Sentence(tokens, keys, tuple(m.start() for m in matches), breaks)


def _span_tokens(sentence: _Sentence, start: int, end: int) -> tuple[int, int]:
    """The first and last token overlapping [start, end) of the sentence."""
    inside = [i for i, s in enumerate(sentence.starts) if start <= s < end]
    if inside:
        return inside[0], inside[-1]
    before = [i for i, s in enumerate(sentence.starts) if s <= start]
    return (before[-1], before[-1]) if before else (0, 0)


def _offset(seed: Seed, mention: Mention) -> int:
    """Where the mention's sentence starts in the seed's text (its sentence text may be trimmed)."""
    where = seed.text.find(mention.sentence, mention.sentence_start) if mention.sentence else -1
    if where >= 0:
        return where
    inside = mention.sentence.find(mention.text)  # a sentence whose spaces were tidied: find the mention in it
    return mention.start - inside if inside >= 0 else mention.sentence_start


def _headline_occurrence(seed: Seed) -> str:
    """A phrase of a new occurrence in the seed's headline (its first line, before a blank line: "New
    earthquake hits Herat"), '' when none: the article is about that new occurrence."""
    lines = seed.text.lstrip().split("\n", 2)
    if len(lines) < 3 or lines[1].strip() or not lines[0].strip():
        return ""
    found = _phrase(tokenize_sentence(lines[0].strip()), 0, None, occurrence_words("new", seed.language), seed.language)
    return f"{found} (headline)" if found else ""


def _names_one_of(sentence: "_Sentence", start: int, end: int, words: frozenset, language: str) -> bool:
    """Whether tokens start..end, joined, are one of `words` (a single token also in any of its forms)."""
    keys = {"".join(sentence.keys[start:end + 1]).replace(" ", "")}
    if start == end:
        keys.update(forms(sentence.keys[start], language))
    return bool(keys & words)


def first_phrase(text: str, words: frozenset, language: str) -> str:
    """The first phrase of `words` in a text (up to three tokens, a single token in any of its forms), '' when none."""
    return _phrase(tokenize_sentence(text), 0, None, words, language)


# Tokens after a subordinator within which a number makes it a preposition of a time ("after 4 pm", "después de
# las 16.00"), opening no clause.
TIME_AFTER_OPENING = 2


def clause_opening(text: str, words: frozenset, language: str) -> str:
    """The first phrase of `words` (subordinators) in a text that opens a clause: not one a number follows within
    TIME_AFTER_OPENING tokens ("after 4 pm" is a time); '' when none."""
    sentence = tokenize_sentence(text)
    for i, j in _phrases(sentence, words, language):
        following = sentence.tokens[j + 1:j + 1 + TIME_AFTER_OPENING]
        if not any(token[:1].isdigit() for token in following):
            return " ".join(sentence.tokens[i:j + 1])
    return ""


def _phrase(sentence: "_Sentence", lo: int, hi: Optional[int], words: frozenset, language: str,
            skip: range = range(0)) -> str:
    """The first phrase of `words` (up to three tokens, a single token in any of its forms) in tokens lo..hi."""
    if not words:
        return ""
    hi = len(sentence.tokens) - 1 if hi is None else hi
    for i in range(lo, hi + 1):
        if i in skip:
            continue
        for n in (3, 2, 1):
            j = i + n - 1
            if j > hi or any(k in skip for k in range(i, j + 1)):
                continue
            if _names_one_of(sentence, i, j, words, language):
                return " ".join(sentence.tokens[i:j + 1])
    return ""


def _part(sentence: "_Sentence", lo: int, hi: int, language: str, numbers: set, mine: range) -> str:
    """Words restricting a count to a sub-place of its clause ("in the two districts", "در دو ولسوالی"),
    '' when none (concepts.yaml, `sub_places`)."""
    always, counted = sub_place_words("always", language), sub_place_words("counted", language)
    locatives = sub_place_words("in", language)
    for i in range(lo, hi + 1):
        if i in mine:
            continue
        key = {sentence.keys[i], *forms(sentence.keys[i], language)}
        if not key & (always | counted):
            continue
        for k in range(i - 1, max(lo, i - 4) - 1, -1):
            if sentence.keys[k] in locatives:
                between = range(k + 1, i)
                if key & always or any(b in numbers or sentence.tokens[b].isdigit() for b in between):
                    return " ".join(sentence.tokens[k:i + 1])
                break
    return ""


# A part of a sentence this short ("y en Andalucía,") that names a place stands for a number left out.
ELLIPTIC_PART = 4
# Tokens after "in" within which its place is named ("en la provincia de Valencia").
PLACE_REACH = 4


def _breakdown(sentence: _Sentence, mine: tuple[int, int], count_spans: list, names: NameIndex, others: set,
               language: str) -> str:
    """The place words of a breakdown by place ("1,591 in Al Haouz province and 809 in Taroudant", "En
    Castilla-La Mancha han fallecido 7 personas y en Andalucía, una", "1452 بإقليم الحوز، و764 بإقليم
    تارودانت"): the mention's own part of the sentence places it ("in" and a place), and another part places
    another number, or stands for one (a part of at most ELLIPTIC_PART tokens), in another place; or the
    sentence gives its numbers 'respectively' (relations.respectively in concepts.yaml). '' when not."""
    if count_spans:  # "81 and 71 deaths, respectively": a breakdown by the names listed before them
        given = _phrase(sentence, 0, len(sentence.tokens) - 1, relation_words("respectively", language), language,
                        range(mine[0], mine[1] + 1))
        if given:
            return given
    parts = _sentence_parts(sentence, language)
    places = _place_tokens(sentence, names, others, language)
    located = {n: _locative(sentence, lo, hi, places, language) for n, (lo, hi) in enumerate(parts)}
    own = _part_of(parts, mine[0])
    counted = {_part_of(parts, span[0]) for span in count_spans}
    if not located.get(own) and located.get(own - 1) and own - 1 not in counted:
        own -= 1  # "y en Norvia, cinco": the place stands in the part before the number
    if not located.get(own):
        return ""
    here = located[own][1]
    for n, (lo, hi) in enumerate(parts):
        if n == own or not located.get(n) or located[n][1] == here:
            continue
        if n in counted or hi - lo + 1 <= ELLIPTIC_PART:
            return located[own][0]
    return ""


def _sentence_parts(sentence: _Sentence, language: str) -> list[tuple[int, int]]:
    """The parts of a sentence between commas, clause breaks and conjunctions, as first and last token."""
    parts, start = [], 0
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token in PART_BREAKS and 0 < i < len(tokens) - 1 and tokens[i - 1].isdigit() and tokens[i + 1].isdigit():
            continue  # a thousands separator ("1,293")
        if token in PART_BREAKS or token in CLAUSE_BREAKS or sentence.keys[i] in conjunctions(language):
            if i > start:
                parts.append((start, i - 1))
            start = i + 1
    if start < len(sentence.tokens):
        parts.append((start, len(sentence.tokens) - 1))
    return parts


def _part_of(parts: list[tuple[int, int]], token: int) -> int:
    return next((n for n, (lo, hi) in enumerate(parts) if lo <= token <= hi), -1)


def _place_tokens(sentence: _Sentence, names: NameIndex, others: set, language: str) -> set[int]:
    """Tokens that may name a place: a sheet name, a word of a sub-place (province, district), or a capitalized
    word (not the sentence's first, not a mention's: "in January")."""
    found = {k for i, j, _, _ in names.find(sentence.keys, language) for k in range(i, j + 1)}
    areas = _area_words(language)
    for i, token in enumerate(sentence.tokens):
        if i in others:
            continue
        if set(forms(sentence.keys[i], language)) & areas:
            found.add(i)
        elif i > 0 and token[:1].isupper():  # a cased script (Arabic and Persian letters are never upper)
            found.add(i)
    return found - set(others)


def _area_words(language: str) -> frozenset:
    return sub_place_words("areas", language) | sub_place_words("always", language) \
        | sub_place_words("counted", language)


def _locative(sentence: _Sentence, lo: int, hi: int, places: set, language: str) -> Optional[tuple[str, str]]:
    """The first "in" and place of tokens lo..hi ("in Al Haouz province", "en Castilla-La Mancha", "بإقليم
    الحوز" with its locative glued): (its words, the place's key), or None."""
    locatives = sub_place_words("in", language)
    areas = _area_words(language)
    for k in range(lo, hi + 1):
        # a locative glued to an area word (Arabic "بإقليم", "بعمالة"): the place is that word and the next
        glued = sentence.keys[k] not in areas and set(forms(sentence.keys[k], language)[1:]) & areas
        if glued:
            end = min(hi, k + 1)
        elif sentence.keys[k] in locatives:
            run = [i for i in range(k + 1, min(hi, k + PLACE_REACH) + 1) if i in places]
            if not run:
                continue
            end = run[-1]
        else:
            continue
        start = k if glued else k + 1
        return " ".join(sentence.tokens[k:end + 1]), " ".join(plain(key) for key in sentence.keys[start:end + 1])
    return None


def _located(sentence: _Sentence, first: int, counts: set, names: NameIndex,
             language: str) -> tuple[str, tuple[str, ...], str]:
    """Where a number is: the first locative of its own part of the sentence that names a place of the sheets within
    PLACE_REACH tokens ("78 people died in India", "در هند ۷۸ نفر"), else of the part just before when that part
    holds no other number ("In India, 78 people died"); its words and the names as listed. A locative after a word
    of a kind of event (at most EVENT_LOCATIVE_REACH tokens before it, the number not between), or with one between
    it and its place or right after its place, places the event, not the number ("the earthquake in Gorkha killed
    9,600", "el terremoto de 7,8 en Katmandú", "died in the Gorkha earthquake", "در زلزله ژاپن"): it is skipped. A locative naming no place of the sheets but one country (checker/countries.py: "En la India",
    "وفي الهند") gives that country's code. ("", (), "") when none."""
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    found_names = names.find(sentence.keys, language)
    hits = [(i, name) for i, j, name, _ in found_names
            if not event_kinds_named(sentence.keys[j + 1:j + 3], language)
            and not any(a <= i and j <= b and b - a > j - i for a, b, _, _ in found_names)]
    locatives = sub_place_words("in", language)
    glued = [(i, name) for i, j, name, _ in found_names if i == j and (i, name) in hits
             and _glued_locative(sentence.keys[i], name, language)]
    for n in (own, own - 1):
        if n < 0 or (n < own and any(k in counts for k in range(parts[n][0], parts[n][1] + 1))):
            break
        lo, hi = parts[n]
        for k in range(lo, hi + 1):
            start = max(lo, k - EVENT_LOCATIVE_REACH, first + 1 if first < k else lo)  # not across the number
            if event_kinds_named(sentence.keys[start:k], language):
                continue
            here = tuple(dict.fromkeys(name for i, name in glued if i == k))
            if here:
                return sentence.tokens[k], here, ""
            if not locatives.intersection(forms(sentence.keys[k], language)):
                continue
            near = [(i, name) for i, name in hits if k < i <= min(hi, k + PLACE_REACH)]
            if near and not event_kinds_named(sentence.keys[k + 1:near[0][0]], language):
                end = max(i for i, _ in near)
                return " ".join(sentence.tokens[k:end + 1]), tuple(dict.fromkeys(name for _, name in near)), ""
            country = _country_after(sentence, k, min(hi, k + COUNTRY_REACH), language)
            if country:
                return " ".join(sentence.tokens[k:country[0] + 1]), (), country[1]
    return "", (), ""


# Tokens before a locative within which a word of a kind of event makes it the event's place ("el terremoto de 7,6
# en Japón"), unless the number stands between ("the quake killed 78 in India").
EVENT_LOCATIVE_REACH = 5
# Tokens after a locative within which a country it places a number in is named ("en la India").
COUNTRY_REACH = 2


def _country_after(sentence: _Sentence, k: int, hi: int, language: str) -> Optional[tuple[int, str]]:
    """(last token, code) of the first token after a locative, up to `hi`, that names exactly one country."""
    for i in range(k + 1, hi + 1):
        codes = country_codes(sentence.keys[i], language)
        if len(codes) == 1:
            return i, next(iter(codes))
        if event_kinds_named(sentence.keys[i:i + 1], language):
            return None
    return None


def _glued_locative(key: str, name: str, language: str) -> bool:
    """Whether a token is a place's name with a locative glued before it (concepts.yaml `sub_places: glued`:
    Arabic "بالهند", "وبنيبال"), not the name as listed ("بنغازي" is Benghazi)."""
    if plain(key) == plain(name):
        return False
    found = forms(key, language)
    return any(form.startswith(prefix) and form[len(prefix):] in found
               for form in found for prefix in sub_place_words("glued", language))


# A heading holds at most this many tokens; the block above a mention is read back at most this many lines.
HEADING_TOKENS = 6
HEADING_LINES = 12


def _heading(seed: Seed, mention: Mention) -> str:
    """The heading that places the mention's line in a sub-place ("استان اردبیل" over "مسعود پزشکیان: ۵۵۶
    هزار رای"), '' when none: the first line of its block (the lines since the last blank one), when that is
    not its own line, holds no digit, at most HEADING_TOKENS tokens and a word of concepts.yaml
    `sub_places` (areas, districts, provinces)."""
    end = seed.text.rfind("\n", 0, mention.start)
    heading = ""
    for _ in range(HEADING_LINES):
        if end < 0:
            break
        start = seed.text.rfind("\n", 0, end) + 1
        line = seed.text[start:end].strip()
        if not line:
            break
        heading, end = line, start - 1
    if not heading or any(c.isdigit() for c in heading):
        return ""
    sentence = tokenize_sentence(heading)
    if len(sentence.tokens) > HEADING_TOKENS:
        return ""
    areas = sub_place_words("areas", mention.language) | sub_place_words("always", mention.language) \
        | sub_place_words("counted", mention.language)
    if any(set(forms(key, mention.language)) & areas for key in sentence.keys):
        return heading
    return ""


def _frame(seed: Seed, mention: Mention, neighbours: list[Mention], names: NameIndex, headline: str = "") -> Frame:
    sentence = tokenize_sentence(mention.sentence)
    base = _offset(seed, mention)
    first, last = _span_tokens(sentence, mention.start - base, mention.end - base)
    lo, hi = _clause(sentence, first, last)
    others = {i for other in neighbours if other is not mention
              for i in range(*_inclusive(_span_tokens(sentence, other.start - base, other.end - base)))}
    counts = {i for other in neighbours if other is not mention and other.kind != "date"
              for i in range(*_inclusive(_span_tokens(sentence, other.start - base, other.end - base)))}
    measures, others_measures = _measures(sentence, mention, first, last, lo, hi, counts,
                                          lambda: _place_tokens(sentence, names, others, mention.language))
    found_names, events = _names(sentence, mention, names, first, last, others, counts)
    reporting = _reporting(sentence, first, last, lo, hi, mention.language) if mention.kind == "date" else ""
    if mention.kind == "date" and _dateline(sentence, first, last):
        reporting = "dateline"
    time, source = _time(seed, mention, neighbours, base, sentence, (first, last), counts)
    projection = "" if mention.kind == "date" else _projection(sentence, lo, hi, mention.language, first, last)
    occurrence = _day_occurrence(sentence, first, last, hi, mention.language) if mention.kind == "date" else (
        _occurrence(sentence, first, mention.language) or _occurrence_after(sentence, mention, last, measures)
        or _foreshock(sentence, mention, last, neighbours, base) or headline)
    sum_of, sum_words = ((), "") if mention.kind == "date" else _sum(sentence, last, hi, mention.language)
    mine = range(first, last + 1)
    opening = max([b + 1 for b in sentence.breaks if b < first], default=0)  # "In the previous toll, ... 200"
    superseded = "" if mention.kind == "date" else (_superseded(sentence, opening, hi, mention.language, mine)
                                                    or _changed_from(sentence, first, last, mention.language))
    count_spans = [_span_tokens(sentence, other.start - base, other.end - base) for other in neighbours
                   if other is not mention and other.kind != "date"]
    part = "" if mention.kind == "date" else _part(sentence, lo, hi, mention.language, counts, mine)
    breakdown = "" if mention.kind == "date" else _breakdown(sentence, (first, last), count_spans, names, others,
                                                             mention.language)
    heading = "" if mention.kind == "date" else _heading(seed, mention)
    total, difference = ("", "") if mention.kind == "date" else (
        _just_before(sentence, first, relation_words("total", mention.language), mention.language),
        _just_before(sentence, first, relation_words("difference", mention.language), mention.language)
        or _more(sentence, first, last, counts, mention.language))
    which, words = _round(sentence, first, last, counts, mention.language)
    comparison = _comparison(sentence, first, mention.language) if mention.kind == "date" else ""
    progress = _progress(sentence, first, last, lo, hi, mention.language) if mention.kind == "percent" else ""
    if mention.kind == "percent" and not progress:
        measures = _implied_by_progress(sentence, mention, measures, neighbours, base)
    pair, pair_words, before_pair = _pair(sentence, mention, neighbours, base, names)
    area = _area(sentence, first, mention.language) if mention.kind == "percent" else ""
    pronoun = "" if mention.kind == "date" else _pronoun(sentence, first, found_names, mention.language)
    antecedents = _antecedents(seed, mention, names) if pronoun else ()
    located, located_names, located_country = ("", (), "") if mention.kind == "date" else _located(
        sentence, first, counts, names, mention.language)
    return Frame(mention.start, mention.end, measures, time, source, found_names, events, reporting, projection,
                 occurrence, sum_of, sum_words, superseded, part, total, difference, which, words, heading,
                 comparison, breakdown, progress, area, pronoun, antecedents, pair, pair_words, before_pair,
                 others_measures=others_measures if mention.kind != "date" else "",
                 subset=_subset(sentence, mention, first, last, counts, measures), located=located,
                 located_names=located_names, located_country=located_country)


# Tokens between an `among` phrase and the casualty word it names ("among the 12 dead").
SUBSET_REACH = 2


def _subset(sentence: _Sentence, mention: Mention, first: int, last: int, counts: set,
            measures: tuple[Evidence, ...] = ()) -> str:
    """The words making a count a subset by kind of a casualty measure (concepts.yaml relations `among`,
    `including`, `subsets_of`), '' when none: an `including` phrase right before it ("12 killed, including
    three children"), or an `among` phrase and, at most SUBSET_REACH tokens on, a word of such a measure, in
    its clause (to the clause breaks) with no other number nor conjunction between ("Among the dead were three
    hikers", "two teachers were among the victims"), or before it when the mention's own part names no
    measure (a list: "Among the dead were three hikers and two guides"; not "..., and the toll rose to 12").
    A count inside that phrase ("among the 12 dead") is the whole, and one whose own counted noun names such
    a measure ("including 12 dead") is that measure's total."""
    language = mention.language
    if mention.kind not in ("count", "number") or concepts_of_word(language, mention.unit) & subset_measures():
        return ""
    including = _just_before(sentence, first, relation_words("including", language), language)
    if including:
        return including
    some = _some_of(sentence, last, language) or _kind_breakdown(sentence, last, counts, language)
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


# Tokens after a number within which a word of `more_after` makes it a count added to another ("three more
# dead", "tres muertos más").
MORE_REACH = 2


def _more(sentence: _Sentence, first: int, last: int, counts: set, language: str) -> str:
    """A word that makes a number a count added to an earlier one (concepts.yaml relations `more_after`, at
    most MORE_REACH tokens after it; `more_before`, right before it), '' when none, and when a conjunction
    joins it to a number before it: then it counts others ("mataron a 7 y 150 personas más fueron heridas")."""
    joined = any(c < first and any(sentence.keys[k] in conjunctions(language) for k in range(c + 1, first))
                 for c in counts)
    if joined:
        return ""
    before = relation_words("more_before", language)
    if first > 0 and _names_one_of(sentence, first - 1, first - 1, before, language):
        return sentence.tokens[first - 1]
    after = relation_words("more_after", language)
    for k in range(last + 1, min(last + 1 + MORE_REACH, len(sentence.tokens))):
        if sentence.tokens[k] in PART_BREAKS:  # "killed 50, more than any storm": another part of the sentence
            return ""
        for n in (2, 1):
            if k + n - 1 < len(sentence.tokens) and _names_one_of(sentence, k, k + n - 1, after, language):
                return " ".join(sentence.tokens[last + 1:k + n])
    return ""


# Tokens after a number within which a partitive or a pronoun of those counted makes it some of them ("7 of
# them", "۷ تن از کشته‌ها": a classifier may stand between).
SOME_OF_REACH = 2


def _some_of(sentence: _Sentence, last: int, language: str) -> str:
    """The words right after a number that make it some of those counted by kind of people (roles.yaml
    `partitive`, the language file's `partitive`, concepts.yaml relations `people_kinds`): a pronoun of them and a kind ("7 of them men", "sete
    deles homens"), or a partitive and, at most SUBSET_REACH tokens on, a casualty measure word ("seven of the
    dead", "۷ تن از کشته‌ها"); '' when none. A pronoun of them before a place or a degree ("92 of them in
    Norland", "412 of them seriously") makes a part of another kind (checker/roles.py, _part, _breakdown)."""
    data = language_data(language)
    of_them, partitive = partitive_keys(language), (data.partitive if data is not None else frozenset())
    stop = min(last + 1 + SOME_OF_REACH, len(sentence.tokens))
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


def _pronoun(sentence: _Sentence, first: int, found_names: tuple, language: str) -> str:
    """A subject pronoun in the mention's own part before it ("Com 99,25% das urnas apuradas, ele tinha 56,69%"),
    when no sheet name stands before the mention in its sentence and no contrast word between them ("he had 45.7 %
    against 58.3 %": the 58.3 % is a rival's); '' otherwise."""
    if any(e.before for e in found_names):  # only sheet names are marked before (capitalized words never are)
        return ""
    words = pronouns(language)
    if not words:
        return ""
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    lo = parts[own][0] if own >= 0 else 0
    for k in range(first - 1, lo - 1, -1):
        if sentence.keys[k] in words:  # its number, unless a contrast word gives the one after it to a rival
            return "" if _phrase(sentence, k + 1, first - 1, contrast_words(language), language) else sentence.tokens[k]
    return ""


# A sentence ends at one of these followed by a space, or at a line break.
SENTENCE_END = re.compile(r"[.!?؟](?=\s)|\n")
# How far back the sentence before is looked for, in characters.
ANTECEDENT_REACH = 600


def _antecedents(seed: Seed, mention: Mention, names: NameIndex) -> tuple:
    """The sheet names of the sentence before the mention's (across a paragraph break), one tuple per place."""
    start = seed.text.find(mention.sentence, max(0, mention.sentence_start - 1)) if mention.sentence else -1
    start = mention.sentence_start if start < 0 else start
    before = seed.text[max(0, start - ANTECEDENT_REACH):start].rstrip()
    ends = [m.end() for m in SENTENCE_END.finditer(before[:-1])]
    previous = before[ends[-1]:] if ends else before
    sentence = tokenize_sentence(previous.strip())
    places: dict = {}
    for i, j, name, _ in sorted(names.find(sentence.keys, mention.language)):
        key = next((p for p in places if not (j < p[0] or i > p[1])), (i, j))
        places.setdefault(key, []).append(name)
    return tuple(tuple(sorted(set(v))) for _, v in sorted(places.items()))


def _area(sentence: _Sentence, first: int, language: str) -> str:
    """The word of one administrative area (concepts.yaml `sub_places`: areas, always) in the mention's own part
    of its sentence or in the part just before it ("La provincia con mayor participación fue Tucumán, con el
    82,91%", "In Alba province, turnout reached 82.9%", "میزان مشارکت در استان آلبا"), '' when none: a rate of
    that area, not of the whole. An area word used as an adjective ("state television") names no area."""
    areas = sub_place_words("areas", language) | sub_place_words("always", language)
    adjectival = sub_place_words("adjectival", language)
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    for lo, hi in [parts[n] for n in (own, own - 1) if 0 <= n < len(parts)]:
        for k in range(lo, hi + 1):
            if set(forms(sentence.keys[k], language)) & areas \
                    and not (k + 1 < len(sentence.keys) and sentence.keys[k + 1] in adjectival):
                return sentence.tokens[k]
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


def _part_bounds(sentence: _Sentence, first: int, last: int, language: str) -> tuple[int, int]:
    """The first token of the part holding token `first` and the last of the part holding token `last` (parts end
    at commas, clause breaks and conjunctions; a thousands separator is none)."""
    parts = _sentence_parts(sentence, language)
    lo = next((p[0] for p in parts if p[0] <= first <= p[1]), first)
    hi = next((p[1] for p in parts if p[0] <= last <= p[1]), last)
    return lo, hi


def _implied_by_progress(sentence: _Sentence, mention: Mention, measures: tuple, neighbours: list[Mention],
                         base: int) -> tuple:
    """A percent that names no measure besides the progress of a count, in a sentence where another percent is that
    progress ("Com 69,86% das urnas apuradas, Lula ... tem 50,21%"), measures what the progress implies
    (concepts.yaml `progress_implies`: the share of the votes counted), found in the progress's words."""
    implied = progress_implies()
    progress = measure_classes().get("progress", frozenset())
    if not implied or any(e.what not in progress for e in measures):
        return measures
    for other in neighbours:
        if other is mention or other.kind != "percent":
            continue
        first, last = _span_tokens(sentence, other.start - base, other.end - base)
        lo, hi = _clause(sentence, first, last)
        words = _progress(sentence, first, last, lo, hi, mention.language)
        if words:  # as far as the progress's own words stand from it: the progress is no rival nearer than its share
            distance = min((e.distance for e in measures), default=REACH + 1)
            return measures + (Evidence(implied, f"{words} (the progress of the count)", distance),)
    return measures


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


def _comparison(sentence: _Sentence, first: int, language: str) -> str:
    """The words that make a date a point of comparison: a `since` word at most RELATION_GAP tokens before it
    and a superlative before that in its sentence ("the worst flood since 1957"), '' when none."""
    since = _just_before(sentence, first, comparison_words("since", language), language)
    if not since:
        return ""
    superlative = _phrase(sentence, 0, first - 1, comparison_words("superlatives", language), language)
    return f"{superlative} ... {since}" if superlative else ""


# Tokens after a comparison phrase within which a name is named in passing ("the deadliest since the quake that
# struck Nepal's Jajarkot district").
PASSING_REACH = 12


def in_passing(sentence: _Sentence, first: int, language: str) -> str:
    """The words that name the token `first` in passing, as a point of comparison, '' when none: the nearest
    phrase before it (at most PASSING_REACH tokens, no clause break between) of concepts.yaml `comparisons:
    recalls` ("in scenes that recalled the quake that hit Jajarkot"), or a `since` word after a superlative of
    its sentence ("the deadliest since the one that struck Nepal", "الأكثر دموية منذ الزلزال الذي ضرب نيبال")."""
    recalls = comparison_words("recalls", language)
    since = comparison_words("since", language)
    for i, j in reversed(_phrases(sentence, recalls | since, language)):
        if j >= first or first - j > PASSING_REACH:
            continue
        if any(sentence.tokens[k] in CLAUSE_BREAKS for k in range(j + 1, first)):
            return ""
        words = " ".join(sentence.tokens[i:j + 1])
        if _names_one_of(sentence, i, j, recalls, language):
            return words
        superlative = _phrase(sentence, 0, i - 1, comparison_words("superlatives", language), language)
        if superlative:
            return f"{superlative} ... {words}"
    return ""


def mention_in_passing(seed: Seed, mention: Mention) -> str:
    """The words that name a mention in passing, as a point of comparison ("the deadliest since the quake of 3
    November"), '' when none (in_passing, at the mention's first token)."""
    sentence = tokenize_sentence(mention.sentence)
    base = _offset(seed, mention)
    return in_passing(sentence, _span_tokens(sentence, mention.start - base, mention.end - base)[0], mention.language)


def _round(sentence: _Sentence, first: int, last: int, counts: set, language: str) -> tuple[str, str]:
    """The round of an election the sentence places the mention in, and the words: the nearest round phrase
    before it with no subordinate clause opening between ("a runoff on Oct. 30 after Lula won 48.4 %" places
    nothing), or after it with no comma, conjunction or other quantity between (concepts.yaml `rounds`)."""
    found = []
    for which in round_names():
        words = round_words(which, language)
        for i, j in _phrases(sentence, words, language):
            if j < first and not _phrase(sentence, j + 1, first - 1, subordinators(language), language):
                found.append((first - j, which, i, j))
            elif i > last:
                between = range(last + 1, i)
                if not any(k in counts or sentence.tokens[k] in PART_BREAKS | CLAUSE_BREAKS
                           or sentence.keys[k] in conjunctions(language) for k in between):
                    found.append((i - last, which, i, j))
    if not found:
        return "", ""
    _, which, i, j = min(found)
    return which, " ".join(sentence.tokens[i:j + 1])


def _phrases(sentence: _Sentence, words: frozenset, language: str) -> list[tuple[int, int]]:
    """Every phrase of `words` in the sentence (up to three tokens, a single token in any of its forms), as
    its first and last token, the longest at each place."""
    found = []
    for i in range(len(sentence.tokens)):
        for n in (3, 2, 1):
            j = i + n - 1
            if j >= len(sentence.tokens):
                continue
            if _names_one_of(sentence, i, j, words, language):
                found.append((i, j))
                break
    return found


# Tokens that may stand between a relation phrase and its number ("a margin of about 2 million").
RELATION_GAP = 2


def _superseded(sentence: _Sentence, lo: int, hi: int, language: str, mine: range) -> str:
    """The first word of an earlier figure (concepts.yaml `superseded`: "the previous toll", "el balance anterior")
    in tokens lo..hi outside the mention, '' when none; not one next to a word of a duration, which names a day
    ("32 más que el día anterior", "بزيادة 32 عن اليوم السابق"), not a figure."""
    data = language_data(language)
    durations = data.durations if data is not None else {}
    for i, j in _phrases(sentence, superseded_words(language), language):
        if i < lo or j > hi or any(k in mine for k in range(i, j + 1)):
            continue
        beside = [sentence.keys[k] for k in (i - 1, j + 1) if 0 <= k < len(sentence.keys)]
        if not any(set(forms(key, language)) & durations.keys() for key in beside):
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


def _just_before(sentence: _Sentence, first: int, words: frozenset, language: str) -> str:
    """A phrase of `words` (up to three tokens, a single token in any of its forms) ending at most
    RELATION_GAP tokens before the mention's first token, '' when none."""
    if not words:
        return ""
    for end in range(first - 1, max(-1, first - RELATION_GAP - 2), -1):
        for n in (3, 2, 1):
            start = end - n + 1
            if start < 0:
                continue
            if _names_one_of(sentence, start, end, words, language):
                return " ".join(sentence.tokens[start:end + 1])
    return ""


# Words besides the conjunctions that join the numbers of a list ("5.1, 4.9 or 4.7").
LIST_JOINERS = frozenset({"or", "o", "ou", "یا", "او", "veya", "/"})
# Words besides the conjunctions that join the two parts of a sum.
SUM_JOINERS = frozenset({"or", "o", "ou", "یا", "او", "veya", "/"})
# How many tokens may stand between a number and the first concept of a sum ("4,500 people killed and injured").
SUM_REACH = 2


def _sum(sentence: _Sentence, last: int, hi: int, language: str) -> tuple[tuple[str, ...], str]:
    """Two rival concepts of one group joined right after the number ("۴۵۰۰ تن کشته و زخمی", "قتيل وجريح",
    "killed or injured"): the number counts their sum, a measure of neither."""
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
    if joined and one.concept != other.concept and group_of(one.concept) and group_of(one.concept) == group_of(other.concept):
        return (one.concept, other.concept), " ".join(window[one.first:other.last + 1])
    return (), ""


def _occurrence(sentence: _Sentence, first: int, language: str) -> str:
    """The words marking the number as another occurrence's (an aftershock's), '' when none: walking back
    to the sentence's start, the first occurrence phrase decides (concepts.yaml, `occurrences`)."""
    sub, main = occurrence_words("sub", language), occurrence_words("main", language)
    if not sub:
        return ""
    longest = 3
    for end in range(first - 1, -1, -1):
        for n in range(min(longest, end + 1), 0, -1):
            words = sentence.keys[end - n + 1:end + 1]
            keys = {"".join(words).replace(" ", "")}
            if n == 1:
                keys.update(forms(words[0], language))
            if keys & sub:
                return " ".join(sentence.tokens[end - n + 1:end + 1])
            if keys & main:
                return ""
    return ""


# Tokens after a measurement within which the occurrence it measures is named ("a 6.4-magnitude aftershock").
OCCURRENCE_AFTER = 3


def _occurrence_after(sentence: _Sentence, mention: Mention, last: int, measures: tuple) -> str:
    """The words of another occurrence right after a measurement ("a 6.4 aftershock", "a magnitude 6.4
    aftershock", "a 6.4-magnitude aftershock"): a `sub` phrase of concepts.yaml `occurrences` starting at most
    OCCURRENCE_AFTER tokens after the number, only hyphens and measure words between, when the number measures
    (it is written with decimals, or a word of a measurement stands next to it); '' when none. A count of them
    ("155 aftershocks") is no value of another occurrence: it counts them."""
    measured = {e.what for e in measures if e.distance <= 1} & measure_classes().get("measurements", frozenset())
    if not measured and (mention.precision is None or mention.precision >= 1):
        return ""
    sub = occurrence_words("sub", mention.language)
    for k in range(last + 1, min(len(sentence.tokens), last + 1 + OCCURRENCE_AFTER)):
        if _starts_phrase(sentence, k, sub, mention.language):
            return sentence.tokens[k]
        if sentence.tokens[k] not in DASHES and not concepts_of_word(mention.language, sentence.keys[k]):
            return ""
    return ""


def _day_occurrence(sentence: _Sentence, first: int, last: int, hi: int, language: str) -> str:
    """For a date, the words marking it as another occurrence's day (an aftershock's, a foreshock's), '' when none:
    the nearest occurrence phrase before it in its sentence decides, else the first after it in its clause ("On
    Friday a strong aftershock hit"); a phrase of the event's own ("the earthquake") or of a round ("a second
    round": the round rule decides) makes it none (concepts.yaml `occurrences`, `rounds`)."""
    sub = occurrence_words("sub", language)
    if not sub:
        return ""
    own = occurrence_words("main", language).union(*(round_words(which, language) for which in round_names()))
    owns = _phrases(sentence, own, language)
    phrases = [(i, j, False) for i, j in owns] + [
        (i, j, True) for i, j in _phrases(sentence, sub, language) if not any(i <= b and a <= j for a, b in owns)]
    before = [p for p in phrases if p[1] < first]
    after = [p for p in phrases if last < p[0] <= hi]
    nearest = max(before, key=lambda p: p[1], default=None) or min(after, key=lambda p: p[0], default=None)
    return " ".join(sentence.tokens[nearest[0]:nearest[1] + 1]) if nearest and nearest[2] else ""


# Tokens after a `followed_by` phrase within which the stronger occurrence is named.
FOLLOW_REACH = 6


def _foreshock(sentence: _Sentence, mention: Mention, last: int, neighbours: list[Mention], base: int) -> str:
    """The words marking the number as a foreshock's: after it, a `followed_by` phrase, then a `stronger` word or a
    larger number of its kind before any other quantity or clause break (concepts.yaml `occurrences`); '' when
    none ("followed by another quake of 5.1" is an aftershock's: the main shock keeps its number)."""
    language = mention.language
    follow = occurrence_words("followed_by", language)
    if not follow:
        return ""
    stronger = occurrence_words("stronger", language)
    numbers = {_span_tokens(sentence, m.start - base, m.end - base)[0]: m for m in neighbours
               if m is not mention and m.kind != "date"}
    for k, j in _phrases(sentence, follow, language):
        if k <= last:
            continue
        for m in range(j + 1, min(len(sentence.tokens), j + 1 + FOLLOW_REACH)):
            if sentence.tokens[m] in CLAUSE_BREAKS:
                return ""
            if m in numbers:
                other = numbers[m]
                larger = other.kind == mention.kind and other.value.low > mention.value.high
                return " ".join(sentence.tokens[k:m + 1]) if larger else ""
            if _starts_phrase(sentence, m, stronger, language):
                return " ".join(sentence.tokens[k:m + 1])
        return ""
    return ""


def _starts_phrase(sentence: _Sentence, i: int, words: frozenset, language: str) -> bool:
    """Whether a phrase of `words` (up to three tokens) starts at token i."""
    return any(_names_one_of(sentence, i, min(i + n - 1, len(sentence.tokens) - 1), words, language) for n in (3, 2, 1))


def _dateline(sentence: _Sentence, first: int, last: int) -> bool:
    """A date between a comma and a dash ("RABAT, Sept 9 - ..."): the dateline, when the story was filed."""
    before = sentence.tokens[first - 1] if first > 0 else ""
    after = sentence.tokens[last + 1] if last + 1 < len(sentence.tokens) else ""
    return before == "," and after in DASHES


def _projection(sentence: _Sentence, lo: int, hi: int, language: str, first: int, last: int) -> str:
    """The first projection word of the clause (outside the mention), '' when none."""
    words = projection_words(language)
    if not words:
        return ""
    for i in range(lo, hi + 1):
        if first <= i <= last:
            continue
        if sentence.keys[i] in words or (i < hi and sentence.keys[i] + sentence.keys[i + 1].replace(" ", "") in words):
            return sentence.tokens[i]
    return ""


def _clause(sentence: _Sentence, first: int, last: int) -> tuple[int, int]:
    """The tokens the mention's clause may span: REACH either side, not across a clause break."""
    lo, hi = max(0, first - REACH), min(len(sentence.tokens) - 1, last + REACH)
    for b in sentence.breaks:
        if b < first:
            lo = max(lo, b + 1)
        elif b > last:
            hi = min(hi, b - 1)
    return lo, hi


def _distance(i: int, j: int, first: int, last: int) -> int:
    return first - j if j < first else (i - last if i > last else 0)


def _measures(sentence: _Sentence, mention: Mention, first: int, last: int, lo: int, hi: int,
              counts: set = frozenset(), places=lambda: frozenset()) -> tuple[tuple[Evidence, ...], str]:
    """The measures of the mention's clause, its own part first, then nearest, then after it (module
    docstring; Evidence.apart 1 across a part break), and the words of those left out: another number's own
    measure in another conjunct (_anothers_own)."""
    found: dict[str, tuple] = {}
    if mention.unit:
        for concept in sorted(concepts_of_word(mention.language, mention.unit)):
            found[concept] = ((False, 0, False), Evidence(concept, mention.unit, 0))
    window = sentence.tokens[lo:hi + 1]
    joints = _conjunct_joints(sentence, mention.language)
    breaks = {i for i in range(lo, hi + 1) if sentence.tokens[i] in PART_BREAKS
              or sentence.keys[i] in conjunctions(mention.language)} | set(counts)
    elliptic = None
    left_out = []
    hits = find_concepts(window, mention.language, mention.kind == "date")
    if mention.kind == "date":
        hits = _days_of(sentence, hits, lo, first, last, mention.language)
    for hit in hits:
        i, j = hit.first + lo, hit.last + lo
        between = range(j + 1, first) if j < first else range(last + 1, i)
        if _anothers_own(sentence, i, j, first, last, joints, counts, bool(mention.unit)) and not (
                elliptic if elliptic is not None else
                (elliptic := _elliptic(sentence, first, last, joints, places(), mention.language))):
            left_out.append(hit.words)
            continue
        rank = (any(k in breaks for k in between), _distance(i, j, first, last), j < first)
        if hit.concept not in found or rank < found[hit.concept][0]:
            found[hit.concept] = (rank, Evidence(hit.concept, hit.words, rank[1], apart=int(rank[0])))
    tally = _tally(sentence, first, mention.language)
    if tally is not None:  # "the number of the dead ... rose to 84": the tally's measure, after the number's own noun
        i, j, hit = tally
        found[hit.concept] = ((False, 1, True), Evidence(hit.concept, hit.words, first - j))
    measures = tuple(e for _, e in sorted(found.values(), key=lambda r: (r[0], r[1].what)))
    kept = {e.words for e in measures}
    return measures, ", ".join(repr(words) for words in dict.fromkeys(left_out) if words not in kept)


# Tokens between another concept's words and a `near` word that is their complement: an object with its
# modifiers ("won the 2024 U.S. presidential election").
COMPLEMENT_REACH = 5


def _days_of(sentence: _Sentence, hits: tuple, lo: int, first: int, last: int, language: str) -> list:
    """The concept hits that can say what a date is the day of: not a `near` word of a day's concept further than
    NEAR_REACH tokens ("the earthquake" of another clause), nor one right after another concept's words, its
    complement ("the results of the election", "نتایج انتخابات", "قربانیان زلزله"), or right before another day
    concept's own words ("در انتخابات اروگوئه پیروز شد": won in the election; "the election results"), nor one
    before the date with a verb of change between (the language file's ranges.change_verbs: "the earthquake that
    struck two days ago rose on Saturday to 12": the day the toll rose), nor anything after the date
    beyond a subordinator that opens a clause ("on Friday, a day after the earthquake struck", "بعد الانتخابات";
    concepts.yaml `subordinators`)."""
    days = day_concepts()
    data = language_data(language)
    changes = data.ranges_change_verbs if data is not None else frozenset()
    kept, previous = [], None
    for index, hit in enumerate(hits):
        i, j = hit.first + lo, hit.last + lo
        complement = hit.near and previous is not None and previous.concept != hit.concept \
            and 0 <= i - (previous.last + lo) - 1 <= COMPLEMENT_REACH and not (previous.first + lo <= last and i >= first)
        following = hits[index + 1] if index + 1 < len(hits) else None
        complement = complement or (hit.near and following is not None and not following.near
                                    and following.concept != hit.concept and following.concept in days
                                    and 0 <= following.first - hit.last - 1 <= NEAR_REACH
                                    and not (j < first and following.first + lo > last))
        far = hit.near and _distance(i, j, first, last) > NEAR_REACH
        opened = i > last and clause_opening(" ".join(sentence.tokens[last + 1:i]), subordinators(language), language)
        changed = j < first and any(sentence.keys[k] in changes for k in range(j + 1, first))
        previous = hit
        if not (hit.concept in days and (complement or far or opened or changed)):
            kept.append(hit)
    return kept


@dataclass(frozen=True)
class _Joints:
    """Where the conjuncts of a sentence meet: tokens that end one (commas, conjunctions) and tokens that
    open one with a conjunction glued to them (Arabic "و40", "وإصابة")."""

    between: frozenset
    glued: frozenset

    def opens_between(self, a: int, b: int) -> bool:
        """Whether a new conjunct opens after token a and at or before token b."""
        return any(a < k < b for k in self.between) or any(a < k <= b for k in self.glued)

    def start(self, i: int) -> int:
        """The first token of the conjunct of token i."""
        return max([k + 1 for k in self.between if k < i] + [k for k in self.glued if k <= i], default=0)

    def end(self, j: int) -> int:
        """The last token of the conjunct of token j."""
        return min([k - 1 for k in self.between | self.glued if k > j], default=1_000_000)


def _conjunct_joints(sentence: _Sentence, language: str) -> _Joints:
    tokens = sentence.tokens
    between = {i for i, token in enumerate(tokens)
               if (token in PART_BREAKS and not (0 < i < len(tokens) - 1 and tokens[i - 1].isdigit()
                                                 and tokens[i + 1].isdigit()))  # not "1,293"
               or token in CLAUSE_BREAKS or sentence.keys[i] in conjunctions(language)}
    glued = set()
    for i, key in enumerate(sentence.keys):
        for conjunction in glued_conjunctions(language):
            rest = key[len(conjunction):]
            if key.startswith(conjunction) and rest and (rest[0].isdigit() or concepts_of_word(language, rest)):
                glued.add(i)
    return _Joints(frozenset(between), frozenset(glued))


def _anothers_own(sentence: _Sentence, i: int, j: int, first: int, last: int, joints: _Joints, counts: set,
                  counted: bool) -> bool:
    """Whether a measure word at tokens i..j is another number's own, not the mention's (at first..last): it
    stands in another conjunct, beyond the conjunction or comma that opens or closes the mention's, and
    another number of its own conjunct stands on its far side ("Three people died | and dozens were
    trapped": 'died' is the three's; "killed 40 | and injured 150 others": 'injured' is the 150's). A measure
    word before both numbers ("killed 12 soldiers and 3 civilians") or after both ("12 soldiers and 3
    civilians were killed") governs them both; so does the noun of the number before, right after it, when
    the mention has no noun of its own (`counted`): its noun is left out ("won 60.3 million votes, beating
    the 58.3 million of 2006", "teve 8 milhões de votos e chegou a 14,4 milhões")."""
    if j < first:
        if not joints.opens_between(j, first):
            return False
        before = [k for k in counts if joints.start(i) <= k < i]
        if not before:
            return False
        gap = sentence.tokens[max(before) + 1:i]
        return counted or len(gap) > 1 or any(len(word) > SHORT_LINK for word in gap)
    return joints.opens_between(last, i) and any(j < k <= joints.end(j) for k in counts)


# The longest word that may link a number to its noun ("of", "de", "dos", "من").
SHORT_LINK = 3


# Tokens after a number within which a locative, a means or a partitive phrase makes its conjunct elliptic.
ELLIPTIC_REACH = 2


def _elliptic(sentence: _Sentence, first: int, last: int, joints: _Joints, places: set, language: str) -> bool:
    """Whether the mention's conjunct repeats the one before it with only its number and what sets it apart
    (gapping): a place or a name ("and Massa 44.3 %", "1,591 deaths in Al Haouz and 809 in Taroudant"), or a
    locative, a means or a partitive phrase right after it ("147 por huellas y 34 por ADN", "1,404 of them");
    the measure of the conjunct before it is then its own too. A conjunct that says something else of its
    number ("and dozens were trapped") is not elliptic."""
    own = range(max(joints.start(first), 0), min(joints.end(last), len(sentence.tokens) - 1) + 1)
    if any(k in places for k in own if not first <= k <= last):
        return True
    words = sub_place_words("in", language) | means_words(language)
    for k in range(last + 1, min(len(sentence.tokens), last + 1 + ELLIPTIC_REACH)):
        if sentence.keys[k] in words or set(forms(sentence.keys[k], language)[1:]) & _area_words(language):
            return True
        rest = " ".join(sentence.tokens[k:k + 3])
        if any(start == 0 for start, _ in partitive_spans(fold(rest).text.lower(), language)):
            return True
    return False


# Tokens that may stand between a tally's head and its measure ("the number of people killed"), and between
# its `to` word and the number ("a unos 30").
TALLY_GAP = 2


def _tally(sentence: _Sentence, first: int, language: str):
    """The measure at the head of the tally whose value the mention is (concepts.yaml `tallies`): (first token,
    last token, ConceptHit) of the last head-and-measure of its clause before it, when a `to` word stands at
    most TALLY_GAP tokens before the mention; None when not."""
    to = tally_words("to", language)
    if not to or not any(_names_one_of(sentence, k, k, to, language) for k in range(max(0, first - TALLY_GAP), first)):
        return None
    start = max([b + 1 for b in sentence.breaks if b < first], default=0)
    heads = tally_words("head", language)
    found = None
    for hit in find_concepts(sentence.tokens[start:first], language):
        i, j = hit.first + start, hit.last + start
        headed = any(_names_one_of(sentence, h, e, heads, language)
                     for e in range(max(start, i - TALLY_GAP - 1), j + 1) for h in range(max(start, e - 2), e + 1))
        if headed:
            found = (i, j, hit)
    return found


def _inclusive(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], span[1] + 1


def _names(sentence: _Sentence, mention: Mention, names: NameIndex, first: int, last: int,
           others: set, counts: set = frozenset()) -> tuple[tuple[Evidence, ...], tuple[str, ...]]:
    """Sheet names, then capitalized words (not those of other mentions: 'April', 'Saturday'); each with
    how far apart from the mention it stands (Evidence.apart)."""
    found: dict[str, Evidence] = {}
    events = set()
    covered = set()
    for i, j, name, owner in names.find(sentence.keys, mention.language):
        distance = _distance(i, j, first, last)
        apart = _apart(sentence, i, j, first, last, counts, mention.language)
        if name not in found or (apart, distance) < (found[name].apart, found[name].distance):
            found[name] = Evidence(name, " ".join(sentence.tokens[i:j + 1]), distance, j < first, apart)
        covered.update(range(i, j + 1))
        if owner:
            events.add(owner)
    if _capitalizes(mention.language):
        for i, token in enumerate(sentence.tokens):
            if i in covered or i in others or i == 0 or first <= i <= last or not token[:1].isupper() or len(token) < 2:
                continue
            distance = _distance(i, i, first, last)
            if token not in found or distance < found[token].distance:
                found[token] = Evidence(token, token, distance)
    ordered = sorted(found.values(), key=lambda e: (e.distance, e.what))
    return tuple(ordered), tuple(sorted(events))


def _apart(sentence: _Sentence, i: int, j: int, first: int, last: int, counts: set, language: str) -> int:
    """How far apart a name at tokens i..j stands from the mention at first..last (Evidence.apart): a name
    after the number is its owner only in its own part ("49.43 % for Bolsonaro"), never across another
    quantity nor after a rival word ("55.7 % over Massa"); a name before it owns it unless a contrast word stands between ("Lula had 50.9 % against
    49.1 %": the 49.1 % is the rival's)."""
    if j < first:
        return 2 if _phrase(sentence, j + 1, first - 1, contrast_words(language), language) else 0
    between = range(last + 1, i)
    if any(k in counts for k in between) or (i > last + 1 and _phrase(sentence, last + 1, i - 1, rival_words(language),
                                                                      language)):
        return 2
    if any(sentence.tokens[k] in PART_BREAKS or sentence.tokens[k] in CLAUSE_BREAKS
           or sentence.keys[k] in conjunctions(language) for k in between):
        return 1
    return 0


@lru_cache(maxsize=None)
def language_data(language: str):
    """The language file's data, None for a language factlint has no data for (a seed still checked for digits)."""
    try:
        return load_language(language)
    except ValueError:
        return None


def _capitalizes(language: str) -> bool:
    data = language_data(language)
    return data is not None and bool(data.capitalized_names)


def _reporting(sentence: _Sentence, first: int, last: int, lo: int, hi: int, language: str) -> str:
    """The reporting words within REPORTING_REACH tokens of a date, in its clause ('' when none)."""
    phrases = reporting_phrases(language)
    if not phrases:
        return ""
    candidates = []
    for i in range(max(lo, first - REPORTING_REACH - LONGEST_REPORTING), min(hi, last + REPORTING_REACH) + 1):
        if first <= i <= last:
            continue
        heads = forms(sentence.tokens[i], language)
        for n in range(1, LONGEST_REPORTING + 1):
            j = i + n - 1
            if j > hi or first <= j <= last:
                break
            if n > 1:
                heads = tuple(head + sentence.keys[j].replace(" ", "") for head in heads)
            if any(head in phrases for head in heads) and _distance(i, j, first, last) <= REPORTING_REACH:
                candidates.append((_distance(i, j, first, last), " ".join(sentence.tokens[i:j + 1])))
    if candidates:
        return min(candidates)[1]
    return _statement_date(sentence, first, last, lo, phrases, language)


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
    """The days a mention speaks of: the nearest date of its sentence that is not a reporting detail, nor a
    date after it with another quantity between (that date is the later quantity's: "turnout was 50 %, after
    60 % stayed away in the first round on June 28"), else the article date."""
    if mention.kind == "date":
        return _resolved(mention), "its own value" if _resolved(mention) else ""
    best = None
    for other in neighbours:
        if other is mention or other.kind != "date" or _resolved(other) is None:
            continue
        first, last = _span_tokens(sentence, other.start - base, other.end - base)
        lo, hi = _clause(sentence, first, last)
        if _reporting(sentence, first, last, lo, hi, other.language):
            continue
        if first > span[1] and _another_quantity_between(sentence, span, first, counts, mention.language):
            continue
        gap = abs(other.start - mention.start)
        if best is None or gap < best[0]:
            best = (gap, other)
    if best is not None:
        return _resolved(best[1]), f"clause: {best[1].text!r}"
    if seed.published is not None:
        day = seed.published.toordinal()
        bound = seed.published_source in LOWER_BOUNDS  # the article may be later (checker/published.py)
        return (day, day), "article date (a lower bound)" if bound else "article date"
    return None, ""


def _another_quantity_between(sentence: _Sentence, span: tuple[int, int], date_first: int, counts: set,
                              language: str) -> bool:
    """Whether another part of the sentence with its own quantity stands between a mention and a later date:
    a comma or conjunction that does not join two numbers of a list, and a quantity ("turnout was 50 %, after
    60 % stayed away on June 28"). The numbers of one list share the date ("magnitudes 5.1, 4.9 and 4.7 were
    recorded today")."""
    quantities = set(counts) | set(range(span[0], span[1] + 1))
    between = range(span[1] + 1, date_first)

    def joiner(k: int) -> bool:
        return sentence.tokens[k] in PART_BREAKS or sentence.keys[k] in conjunctions(language) | LIST_JOINERS

    def in_list(k: int) -> bool:
        before = next((i for i in range(k - 1, -1, -1) if not joiner(i)), None)
        after = next((i for i in range(k + 1, len(sentence.tokens)) if not joiner(i)), None)
        return before in quantities and after in quantities

    broken = any(joiner(k) and not in_list(k) for k in between)
    return broken and any(k in counts for k in between)


def _resolved(mention: Mention) -> Optional[tuple[int, int]]:
    value = mention.value
    if mention.unresolved or value.domain != "date" or not (abs(value.low) < 1e9 and abs(value.high) < 1e9):
        return None
    return int(value.low), int(value.high)
