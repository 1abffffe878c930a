"""Measure concepts shared across languages (checker/lang/concepts/concepts.yaml) and the token normalizer.

A word of an article names a concept when one of its forms is listed for the concept in its language:
the word itself, its lemma (simplemma, where it covers the language), or the word without a proclitic of
its language file (Arabic و ف ب ل) and without an affix of the concepts file (Arabic ال, Persian ها/ی).
Everything is folded like article text (checker/extract/normalize.py), so Arabic ي and Persian ی match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from . import datafile
from .extract.lexicon import load as load_language
from .extract.normalize import ZWNJ, fold, joint_key

CONCEPTS_PATH = Path(__file__).parent / "lang" / "concepts" / "concepts.yaml"
# The longest phrase (in words) of the vocabulary that is looked for: every phrase of concepts.yaml fits
# (tests/test_lang_data.py, test_lang_data_every_concept_phrase_fits_the_phrase_finder).
LONGEST_PHRASE = 6

try:  # offline lemma tables for en, es, pt, ar, fa, tr, fr (see README, "Dependencies and why")
    import simplemma as _simplemma
except ImportError:  # pragma: no cover - the normalizer still strips affixes
    _simplemma = None

# Which of simplemma's tables lemmas are looked up in, the same lemmas either way: the frugal ones (a few MB a
# language, a lookup decodes a block of 32 entries), or the full ones (about 250 MB for en, es, pt, ar and fa,
# a lookup is one dict get) in a process that analyses seeds by the thousand (full_lemma_tables).
_FULL_LEMMA_TABLES = False


def full_lemma_tables() -> None:
    """Look lemmas up in simplemma's full tables in this process from now on: a worker process, which reads
    every word of its seeds (the frugal tables made analysis about 5 % slower)."""
    global _FULL_LEMMA_TABLES
    _FULL_LEMMA_TABLES = True


@dataclass(frozen=True)
class Vocabulary:
    """The concept data: concept ids with their group, and per language {phrase key: concept ids}."""

    groups: dict  # concept id -> group name ("" when none)
    phrases: dict  # language -> {joint key: frozenset of concept ids}
    prefixes: dict  # language -> frozenset of every prefix of those keys
    affixes: dict  # language -> (prefixes, suffixes, (contraction, what it stands for)) stripped before lookup
    reporting: dict  # language -> frozenset of joint keys of reporting phrases
    projection: dict  # language -> frozenset of joint keys of projection words (could, polls)
    conjunctions: dict  # language -> frozenset of folded conjunctions that end a part of a clause
    occurrences: dict = None  # "sub" | "main" -> language -> frozenset of joint keys (another occurrence, the event's own)
    near: dict = None  # language -> {joint key: concept ids it names only right next to a date (a concept's `near`)}

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(sorted(self.groups))


@cache
def _data() -> dict:
    """The concepts file as parsed YAML, read once a process (every table below is a part of it)."""
    return datafile.load(CONCEPTS_PATH)


@cache
def vocabulary() -> Vocabulary:
    """The shipped concept vocabulary (loaded once)."""
    data = _data()
    groups, phrases = {}, {}
    nears: dict = {}
    for concept, entry in sorted(data["concepts"].items()):
        groups[str(concept)] = str(entry.get("group", ""))
        near = entry.get("near") or {}
        for language, words in [(k, v) for k, v in entry.items() if k not in ("group", "kinds", "near", "refines")] \
                + list(near.items()):
            table = phrases.setdefault(str(language), {})
            for word in words:
                key = joint_key(str(word))
                table[key] = table.get(key, frozenset()) | {str(concept)}
        for language, words in near.items():
            table = nears.setdefault(str(language), {})
            for key in map(joint_key, map(str, words)):
                table[key] = table.get(key, frozenset()) | {str(concept)}
    prefixes = {lang: frozenset(k[:n] for k in table for n in range(1, len(k) + 1)) for lang, table in phrases.items()}
    affixes = {str(lang): (tuple(joint_key(a) for a in entry.get("prefixes", ())),
                           tuple(joint_key(a) for a in entry.get("suffixes", ())),
                           tuple((joint_key(a), joint_key(b)) for a, b in (entry.get("contractions") or {}).items()))
               for lang, entry in (data.get("affixes") or {}).items()}
    reporting = {str(lang): frozenset(joint_key(str(w)) for w in words)
                 for lang, words in (data.get("reporting") or {}).items()}
    projection = {str(lang): frozenset(joint_key(str(w)) for w in words)
                  for lang, words in (data.get("projection") or {}).items()}
    conjunctions = {str(lang): frozenset(fold_key(str(w)) for w in words)
                    for lang, words in (data.get("conjunctions") or {}).items()}
    occurrences = {str(side): {str(lang): frozenset(joint_key(str(w)) for w in words) for lang, words in table.items()}
                   for side, table in (data.get("occurrences") or {}).items() if isinstance(table, dict)}
    return Vocabulary(groups, phrases, prefixes, affixes, reporting, projection, conjunctions, occurrences, nears)


@cache
def _kinds() -> dict:
    data = _data()
    return {str(c): frozenset(map(str, entry["kinds"])) for c, entry in data["concepts"].items() if entry.get("kinds")}


@cache
def day_concepts() -> frozenset:
    """The concepts that measure dates (their `kinds` name `date`): what a date is the day of."""
    return frozenset(c for c, kinds in _kinds().items() if "date" in kinds)


@cache
def _refiners() -> dict:
    """{concept: the concepts that refine it} (concepts.yaml `refines`: electoral-votes refines votes)."""
    found: dict = {}
    for concept, entry in _data()["concepts"].items():
        for general in entry.get("refines") or ():
            found[str(general)] = found.get(str(general), frozenset()) | {str(concept)}
    return found


def refiners(concepts) -> frozenset:
    """The concepts that refine any of these: a narrower measure a clause names instead ("electoral votes")."""
    return frozenset().union(*(_refiners().get(c, frozenset()) for c in concepts))


def measures_kind(concept: str, kind: str) -> bool:
    """Whether a concept can be the measure of a number of this kind (its `kinds` in concepts.yaml; any
    kind when it lists none): "votes" measures a count, "vote-share" a percent."""
    kinds = _kinds().get(concept)
    return kinds is None or kind in kinds


def known(concept: str) -> bool:
    return concept in vocabulary().groups


def group_of(concept: str) -> str:
    return vocabulary().groups.get(concept, "")


@lru_cache(maxsize=None)
def _proclitics(language: str) -> tuple[str, ...]:
    try:
        return tuple(sorted(load_language(language).proclitics))
    except ValueError:
        return ()


@lru_cache(maxsize=262144)
def forms(token: str, language: str) -> tuple[str, ...]:
    """The keys under which a token (as written) is looked up: itself, its lemma, without affixes, and with a
    contraction written out (Arabic لل: ل with the article ال, "للمغرب" as "المغرب")."""
    key = joint_key(token)
    found = [key]
    if _simplemma is not None and language:
        try:
            lemma = _simplemma.lemmatize(token, lang=language, low_memory=not _FULL_LEMMA_TABLES)
        except (ValueError, KeyError, TypeError):
            lemma = token
        found.append(joint_key(lemma))
    return tuple(dict.fromkeys(found + list(name_forms(token, language))))


@lru_cache(maxsize=262144)
def name_forms(token: str, language: str) -> tuple[str, ...]:
    """The keys under which a token is looked up as a name: itself, without affixes, and with a contraction written
    out; never its lemma (a name is no word's lemma: the verb "suman" is no party "Sumar")."""
    key = joint_key(token)
    prefixes, suffixes, contractions = vocabulary().affixes.get(language, ((), (), ()))
    stems = [key] + [key[len(c):] for c in _proclitics(language) if key.startswith(c) and len(key) > len(c) + 2]
    stems += [full + key[len(c):] for c, full in contractions if key.startswith(c) and len(key) > len(c) + 2]
    for stem in list(stems):
        stems += [stem[len(p):] for p in prefixes if stem.startswith(p) and len(stem) > len(p) + 1]
    for stem in list(stems):
        stems += [stem[: -len(s)] for s in suffixes if stem.endswith(s) and len(stem) > len(s) + 1]
    return tuple(dict.fromkeys(f for f in stems if f))


def concepts_of_word(language: str, word: str, days: bool = False) -> frozenset:
    """The concepts a word or phrase names in a language (empty when none); those of a day only with `days`."""
    table = vocabulary().phrases.get(language, {})
    tokens = word.split()
    if len(tokens) == 1:
        hits = frozenset()
        for form in forms(word, language):
            hits |= table.get(form, frozenset())
    else:
        hits = table.get(joint_key(word), frozenset())
    return hits if days else hits - day_concepts()


# A word character: a letter or digit, ZWNJ, or a combining mark written on a letter (Arabic short vowels and
# tanween, "جُرح", "شخصاً", are no word characters to `re`). A word: a run of them, with inner apostrophes and hyphens.
WORD_CHAR = r"[\w\u200c\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]"
WORD_TOKEN = re.compile(rf"{WORD_CHAR}+(?:['’\-]{WORD_CHAR}+)*")


def days_named(phrases) -> tuple[str, ...]:
    """The concepts of a day that phrases [(language, text)] name (a date fact's cues, its statement)."""
    return tuple(sorted({concept for language, text in phrases for concept in day_of_phrase(language, text)}))


@lru_cache(maxsize=4096)
def day_of_phrase(language: str, text: str) -> frozenset:
    """The concepts of a day one phrase names in a language ("earthquake struck": occurred)."""
    return frozenset(hit.concept for hit in find_concepts(tuple(WORD_TOKEN.findall(text)), language, True)
                     if hit.concept in day_concepts())


@dataclass(frozen=True)
class ConceptHit:
    """A concept named in a text: which, by which words, at which tokens [first, last]; `near` when the words
    are one of the concept's `near` words, which name it only right next to a date."""

    concept: str
    words: str
    first: int
    last: int
    near: bool = False


def find_concepts(tokens: tuple[str, ...], language: str, days: bool = False) -> tuple[ConceptHit, ...]:
    """Every concept the tokens name, the longest phrase first (its words name nothing else); the concepts of a
    day (day_concepts: the occurrence, the vote, taking office) only with `days` (for a date). Kept for the
    same tokens (a clause's mentions ask of the same window)."""
    return _find_concepts(tuple(tokens), language, days)


@lru_cache(maxsize=16384)
def _find_concepts(tokens: tuple[str, ...], language: str, days: bool) -> tuple[ConceptHit, ...]:
    table = vocabulary().phrases.get(language)
    if not table:
        return ()
    prefixes = vocabulary().prefixes[language]
    fitting = table.get if days else (lambda key: table[key] - day_concepts())
    hits = []
    covered = -1
    for i in range(len(tokens)):
        if i <= covered:
            continue
        best: tuple[int, frozenset, str] = (0, frozenset(), "")
        for head in forms(tokens[i], language):
            key = head
            for n in range(1, LONGEST_PHRASE + 1):
                if n > 1:
                    if i + n - 1 >= len(tokens):
                        break
                    ends = forms(tokens[i + n - 1], language)
                    if not ends:  # a token with no letters (a line break, a lone mark) ends the phrase
                        break
                    for end in ends:  # the word as written first: "آسیب دیدند" before "آسیب دید"
                        if key + end in table and n > best[0] and fitting(key + end):
                            best = (n, fitting(key + end), key + end)
                    key += ends[0]
                if key not in prefixes:
                    break
                if key in table and n > best[0] and fitting(key):
                    best = (n, fitting(key), key)
        length, concepts, key = best
        if length:
            covered = i + length - 1
        near = (vocabulary().near or {}).get(language, {}).get(key, frozenset())
        for concept in sorted(concepts):
            hits.append(ConceptHit(concept, " ".join(tokens[i:i + length]), i, i + length - 1, concept in near))
    return tuple(hits)


@cache
def measurement_units() -> frozenset:
    """Unit ids (of the language files' `units` tables) that measure rather than count: km, mile."""
    data = _data()
    return frozenset(map(str, data.get("measurement_units") or ()))


def occurrence_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases that mark another occurrence of the event ("sub": aftershocks) or the
    event's own ("main": the earthquake), in a language."""
    return (vocabulary().occurrences or {}).get(side, {}).get(language, frozenset())


@cache
def difference_measure() -> str:
    """The measure of a difference whose words name none ("won by 50,000 votes": concepts.yaml
    `difference_measure`)."""
    return str(_data().get("difference_measure") or "")


@cache
def occurrence_identities() -> tuple[frozenset, str]:
    """The concepts whose occurrence words make a measurement a claim of that occurrence (concepts.yaml
    `occurrences: identities`), and the measure of a number with decimals beside them (`fraction`)."""
    data = _data().get("occurrences") or {}
    return frozenset(map(str, data.get("identities") or ())), str(data.get("fraction") or "")


@cache
def identity_measures() -> dict:
    """{concept: the least distance between two of its values that makes them two occurrences} (concepts.yaml
    `identity_measures`: a magnitude a whole unit from the event's is another earthquake's)."""
    return {str(concept): float(apart) for concept, apart in (_data().get("identity_measures") or {}).items()}


@cache
def occurrence_days() -> frozenset:
    """The day concepts whose event has occurrences (concepts.yaml `occurrences: days`): an aftershock's day is not
    the day of a fact of them."""
    return frozenset(map(str, (_data().get("occurrences") or {}).get("days") or ()))


@cache
def _word_table(key: str, side: str = "") -> dict:
    """{language: frozenset of joint keys} of a word list of the concepts file (`key`, or `key: side:`)."""
    data = _data().get(key) or {}
    table = (data.get(side) or {}) if side else data
    return {str(lang): frozenset(joint_key(str(w)) for w in words) for lang, words in table.items()}


@cache
def people_units() -> frozenset:
    """Unit ids (of the language files' `units`) that count people (concepts.yaml, `people_units`)."""
    data = _data()
    return frozenset(map(str, data.get("people_units") or ()))


def subgroup_links(language: str) -> frozenset:
    """Joint keys of the words that may stand between a count and its kind of person said after it (concepts.yaml
    `subgroup_links`: "57 were women")."""
    return _word_table("subgroup_links").get(language, frozenset())


def rest_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases that give "the rest" of a measure (side "words") or that, right after one, make it
    the rest of something else (side "of": "the rest of the country"), in a language (concepts.yaml `rest`)."""
    return _word_table("rest", side).get(language, frozenset())


@cache
def subgroup_units() -> frozenset:
    """Unit ids of a kind of person among a count of people: women, foreigners, children (concepts.yaml,
    `subgroup_units`)."""
    return frozenset(map(str, _data().get("subgroup_units") or ()))


@cache
def thing_units() -> frozenset:
    """Unit ids of things that are never people (concepts.yaml, `thing_units`)."""
    data = _data()
    return frozenset(map(str, data.get("thing_units") or ()))


@cache
def people_measures() -> frozenset:
    """Measure concepts outside the casualties group that count people (concepts.yaml, `people_measures`)."""
    return frozenset(map(str, _data().get("people_measures") or ()))


@cache
def measured_from() -> frozenset:
    """Measure concepts taken from a place, whose place is their identity (concepts.yaml, `measured_from`)."""
    return frozenset(map(str, _data().get("measured_from") or ()))


@cache
def contestant_measures() -> frozenset:
    """Measure concepts that are someone's (a party's votes, share, seats), whose owner is their identity
    (concepts.yaml, `contestant_measures`)."""
    return frozenset(map(str, _data().get("contestant_measures") or ()))


@cache
def contestant_totals() -> frozenset:
    """Contestant measures whose figure of no one is the total (votes cast: concepts.yaml, `contestant_totals`)."""
    return frozenset(map(str, _data().get("contestant_totals") or ()))


@cache
def thing_measures() -> frozenset:
    """Measure concepts that count things, never people (concepts.yaml, `thing_measures`)."""
    return frozenset(map(str, _data().get("thing_measures") or ()))


def counted_nouns(language: str) -> frozenset:
    """Joint keys of the counted nouns that say what is counted, not which count ("victims", "votes")."""
    return _word_table("counted_nouns").get(language, frozenset())


def elsewhere_words(language: str) -> frozenset:
    """Joint keys of the phrases that place a count outside the event's place ("elsewhere", "خارج")."""
    return _word_table("elsewhere").get(language, frozenset())


def means_words(language: str) -> frozenset:
    """Joint keys of the prepositions of means in a language ("by", "por", "عبر")."""
    return _word_table("means").get(language, frozenset())


def offset_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases that make a duration an offset from another happening, on one side of it
    ("after": "eight days after"; "before": "after two days")."""
    return _word_table("offsets", side).get(language, frozenset())


def beneficiary_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases before a measure word that name for whom something was done ("before": "for the",
    "para los", "برای"; "clitic": Arabic "لل"), or of the prepositions after a number that open the phrase of another
    thing ("complements": "on", "pese", "وسط"; concepts.yaml `beneficiaries`)."""
    return _word_table("beneficiaries", side).get(language, frozenset())


def tally_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases of a tally ("head": "the number of"; "to": the word before its value)."""
    return _word_table("tallies", side).get(language, frozenset())


@cache
def severities() -> tuple[str, ...]:
    """The degrees of the concepts file's `severities` (serious, minor, complete, partial)."""
    data = _data().get("severities") or {}
    return tuple(str(k) for k in data)


def severity_words(degree: str, language: str) -> frozenset:
    """Joint keys of the phrases that name a degree of a count in a language ("slightly", "leves", "بالكامل")."""
    return _word_table("severities", degree).get(language, frozenset())


def threshold_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases that make a number a rule's bar ("rule": "requires"; "none": "neither")."""
    return _word_table("thresholds", side).get(language, frozenset())


@cache
def hourly_measures() -> frozenset:
    """Measure concepts read through the day (a turnout so far), whose figure at an hour is that hour's (concepts.yaml,
    `hourly_measures`)."""
    return frozenset(map(str, _data().get("hourly_measures") or ()))


@cache
def hour_words(language: str) -> tuple:
    """The folded phrases (fold_key, spaces kept) after which a number of 0 to 23 is an hour of the day ("a las", "às",
    "الساعه"; concepts.yaml `hour_words`)."""
    return tuple(fold_key(str(w)) for w in (_data().get("hour_words") or {}).get(language) or ())


def choosing_words(language: str) -> frozenset:
    """Joint keys of the verbs of choosing a person (concepts.yaml `choosing: words`: "backed", "respaldaron")."""
    return _word_table("choosing", "words").get(language, frozenset())


@cache
def choosing_measures() -> tuple[str, frozenset]:
    """(the measure of a count of voters who chose someone, the concepts of voters it replaces): concepts.yaml
    `choosing: measure, voters`."""
    data = _data().get("choosing") or {}
    return str(data.get("measure") or ""), frozenset(map(str, data.get("voters") or ()))


@cache
def hour_marks(language: str) -> tuple:
    """The folded phrases (fold_key, spaces kept) of a part of the day that close an hour named by a word ("de la
    tarde", "ظهرا"; concepts.yaml `hour_marks`)."""
    return tuple(fold_key(str(w)) for w in (_data().get("hour_marks") or {}).get(language) or ())


@cache
def generic_measures() -> dict:
    """{generic concept: the group of measures whose one measure named before it in a sentence it stands for}
    (concepts.yaml `generic_measures`: victims after the dead are the dead)."""
    return {str(k): str(v) for k, v in (_data().get("generic_measures") or {}).items()}


@cache
def name_links() -> frozenset:
    """Joint keys of the words inside a place's name between two of its capitalized words ("do" of "Vila do Mar";
    concepts.yaml `name_links`, one list for every language)."""
    return frozenset(joint_key(str(w)) for w in _data().get("name_links") or ())


@cache
def age_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases that make a duration in years a person's age (concepts.yaml `ages`: "after",
    "before", "set_off", "not_after"; checker/frames/ages.py)."""
    return _word_table("ages", side).get(language, frozenset())


def as_of_words(language: str) -> frozenset:
    """Joint keys of the words that make a date the time of a tally ("by", "hasta", "تا")."""
    return _word_table("as_of").get(language, frozenset())


def revision_words(language: str) -> frozenset:
    """Joint keys of the words of revising a count (concepts.yaml `revisions`: "raised", "rebajaron", "رفعت"): a date
    next to one is when the count was revised."""
    return _word_table("revisions").get(language, frozenset())


def act_words(language: str) -> frozenset:
    """Joint keys of the words of an act that follows the event and dates itself (concepts.yaml `acts`: a claim of
    responsibility, an arrest, a funeral)."""
    return _word_table("acts").get(language, frozenset())


@cache
def day_before_noun() -> frozenset:
    """The languages whose day stands before the noun it dates (concepts.yaml `day_before_noun`)."""
    return frozenset(map(str, _data().get("day_before_noun") or ()))


def superseded_words(language: str) -> frozenset:
    """Joint keys of the words that mark a figure as an earlier, superseded one ("the previous toll")."""
    return _word_table("superseded").get(language, frozenset())


def unverified_words(language: str) -> frozenset:
    """Joint keys of the words that mark a figure as unverified by its sentence ("unofficial counts", "غير مؤكدة")."""
    return _word_table("unverified").get(language, frozenset())


def superseded_times(language: str) -> frozenset:
    """Joint keys of the words that, right after a word of an earlier figure, make it a time ("earlier this month")."""
    return _word_table("superseded_times").get(language, frozenset())


def increment_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases that make a count an increment (concepts.yaml `increments`): "after" it ("five new
    deaths"), "before" it ("rose by 12"), or naming others, "others_before" or "others_after" it ("another seven",
    "six others")."""
    return _word_table("increments", side).get(language, frozenset())


@cache
def increment_others_of() -> frozenset:
    """The measures that words naming others make an increment of (concepts.yaml `increments: others_of`)."""
    return frozenset(map(str, (_data().get("increments") or {}).get("others_of") or ()))


@cache
def subset_measures() -> frozenset:
    """The concepts whose people a subset counts by kind ("among the dead"): those of concepts.yaml
    `subsets_of`, a concept id or a group's."""
    named = frozenset(map(str, _data().get("subsets_of") or ()))
    return frozenset(c for c in vocabulary().ids if c in named or group_of(c) in named)


def relation_words(side: str, language: str) -> frozenset:
    """Joint keys of the phrases that make a number a total or a difference ("total" | "difference"), or
    that give numbers one by one to the names before them ("respectively")."""
    return _word_table("relations", side).get(language, frozenset())


@cache
def round_names() -> tuple[str, ...]:
    """The rounds the concepts file names ("first", "second")."""
    data = _data().get("rounds") or {}
    return tuple(sorted(map(str, data)))


@cache
def rounds_by_default() -> dict:
    """{concept: the round a fact of it that names none is of} (concepts.yaml `rounds_by_default`)."""
    return {str(k): str(v) for k, v in (_data().get("rounds_by_default") or {}).items()}


def round_words(which: str, language: str) -> frozenset:
    """Joint keys of the phrases that name a round of an election in a language (concepts.yaml, `rounds`)."""
    return _word_table("rounds", which).get(language, frozenset())


def elliptic_round_words(which: str, language: str) -> frozenset:
    """Joint keys of a round's ordinal alone ("la primera", "no segundo"; concepts.yaml `elliptic_rounds`)."""
    return _word_table("elliptic_rounds", which).get(language, frozenset())


def comparison_words(side: str, language: str) -> frozenset:
    """Joint keys of the words of a point of comparison ("since" | "superlatives": "the worst ... since 1957")."""
    return _word_table("comparisons", side).get(language, frozenset())


@cache
def _event_kind_table() -> dict:
    """{language: {joint key: kind}} of the words that name a kind of event (concepts.yaml, `event_kinds`)."""
    data = _data().get("event_kinds") or {}
    table: dict = {}
    for kind, languages in data.items():
        for language, words in languages.items():
            for word in words:
                table.setdefault(str(language), {})[joint_key(str(word))] = str(kind)
    return table


@cache
def event_kind_families() -> dict[str, frozenset]:
    """{kind: the kinds one occurrence of it may also be named by, itself among them} (concepts.yaml
    `event_kind_families`: a bombing is an attack and an explosion)."""
    families: dict[str, frozenset] = {}
    for family in _data().get("event_kind_families") or ():
        for kind in family:
            families[str(kind)] = families.get(str(kind), frozenset()) | frozenset(map(str, family))
    return families


def event_kinds_named(keys, language: str) -> list[tuple[str, str]]:
    """(kind, words) for each word or two-word phrase of the token keys that names a kind of event
    ("earthquake", "lluvias torrenciales", "سیل آسا"), the longer phrase first."""
    table = _event_kind_table().get(language, {})
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(keys):
        step, hit = 1, None
        if i + 1 < len(keys):
            for head in forms(keys[i], language):
                for tail in forms(keys[i + 1], language):
                    if head + tail in table:
                        hit, step = table[head + tail], 2
                        break
                if hit:
                    break
        if hit is None:
            hit = next((table[form] for form in forms(keys[i], language) if form in table), None)
        if hit is not None:
            found.append((hit, " ".join(keys[i:i + step])))
        i += step
    return found


def subordinators(language: str) -> frozenset:
    """Joint keys of the words that open a subordinate clause ("after", "tras", "بعد", "پس از")."""
    return _word_table("subordinators").get(language, frozenset())


def round_ahead_words(language: str, side: str = "before") -> frozenset:
    """Joint keys of the words that put a round still to come, `before` its name in a headline ("head to a runoff", "به
    دور دوم") or `after` it ("runoff set for", "رقابت خواهند کرد"; concepts.yaml `rounds_ahead`)."""
    return _word_table("rounds_ahead", side).get(language, frozenset())


def present_words(language: str) -> frozenset:
    """Joint keys of the words of the present ("now", "agora", "الآن", "اکنون"; concepts.yaml `present`)."""
    return _word_table("present").get(language, frozenset())


def sub_event_words(side: str, language: str) -> frozenset:
    """Joint keys of the words of one sub-event ("words": fire, blast; "of": in, de; "since": since, tras;
    concepts.yaml `sub_events`)."""
    return _word_table("sub_events", side).get(language, frozenset())


@cache
def language_words(language: str) -> frozenset:
    """Joint keys of every single word the concepts file lists for a language (the concepts' words, tallies,
    relations, ...; not the country names' settings): words factlint reads as themselves, never as a sheet name
    written in another script with the same consonants ("شمار", "the number of", is no "Sumar")."""
    found = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if str(key) == language and isinstance(value, list):
                    found.update(joint_key(str(w)) for w in value if len(str(w).split()) == 1)
                elif key != "country_names":
                    walk(value)

    walk(_data())
    return frozenset(found)


@lru_cache(maxsize=65536)
def known_word(token: str, language: str) -> bool:
    """Whether the lemmatizer knows a token as a word of the language (a name it does not know: "تالدو", "رودس");
    True without simplemma, so that no word is taken for a name."""
    if _simplemma is None:
        return True
    try:
        return bool(_simplemma.is_known(token, lang=language))
    except (ValueError, KeyError, TypeError):
        return True


def relative_words(language: str) -> frozenset:
    """Joint keys of the words that open an aside after a comma ("who", "que", "الذي", "که"; concepts.yaml
    `relatives`)."""
    return _word_table("relatives").get(language, frozenset())


def pronouns(language: str) -> frozenset:
    """Joint keys of the subject pronouns of a language ("he", "ele", "او"; concepts.yaml `pronouns`)."""
    return _word_table("pronouns").get(language, frozenset())


def rival_words(language: str) -> frozenset:
    """Joint keys of the words between a number and a name after it that make the name a rival's ("over", "sobre",
    "على", "بر"; concepts.yaml `rivals_after`)."""
    return _word_table("rivals_after").get(language, frozenset())


def contrast_words(language: str) -> frozenset:
    """Joint keys of the words that set a number against a rival's ("against", "contra", "مقابل")."""
    return _word_table("contrasts").get(language, frozenset())


def sub_place_words(side: str, language: str) -> frozenset:
    """Joint keys of the sub-place words ("in": locatives; "always": districts; "counted": provinces)."""
    return _word_table("sub_places", side).get(language, frozenset())


def population_words(part: str, language: str) -> frozenset:
    """Joint keys of the phrases naming a part of a country's people by place (concepts.yaml `populations`:
    "abroad", "capital")."""
    return _word_table("populations", part).get(language, frozenset())


@cache
def populations() -> tuple[str, ...]:
    """The parts of a country's people by place that concepts.yaml `populations` names ("abroad", "capital")."""
    return tuple(map(str, _data().get("populations") or ()))


def projection_words(language: str) -> frozenset:
    """Joint keys of the words that make a number a projection in a language."""
    return (vocabulary().projection or {}).get(language, frozenset())


def projection_sources(language: str) -> frozenset:
    """Joint keys of the projection words that name the source of a sentence's figures ("poll", "encuesta")."""
    return _word_table("projection_sources").get(language, frozenset())


def projection_pseudo(language: str) -> frozenset:
    """Joint keys of the two-word phrases that hold a projection word and make no projection ("the polls")."""
    return _word_table("projection_pseudo").get(language, frozenset())

def conjunctions(language: str) -> frozenset:
    """Folded words that join two parts of a clause in a language ("and", "y", "و"): a measure beyond
    one belongs to the other part."""
    return vocabulary().conjunctions.get(language, frozenset())


@lru_cache(maxsize=None)
def glued_conjunctions(language: str) -> frozenset:
    """The conjunctions a language writes glued to the next word, as a proclitic (Arabic و, ف: "و40",
    "وإصابة")."""
    return conjunctions(language) & frozenset(fold_key(c) for c in _proclitics(language))


def complementizers(language: str) -> frozenset:
    """Joint keys of the words that open what was said ("that", "que", "إن")."""
    return _word_table("complementizers").get(language, frozenset())


def attribution_words(language: str) -> frozenset:
    """Joint keys of the words that attribute a figure to a source: the reporting words and the measuring
    verbs ("measured", "estimó", "ثبت کرد"; concepts.yaml `measuring`)."""
    return reporting_phrases(language) | _word_table("measuring").get(language, frozenset())


def preliminary_words(language: str) -> frozenset:
    """Joint keys of the phrases that name an early stage of a count (concepts.yaml `preliminary`)."""
    return _word_table("preliminary").get(language, frozenset())


def unfinished_words(language: str) -> frozenset:
    """Joint keys of the phrases that say some of a vote's count is still to come (concepts.yaml `unfinished`)."""
    return _word_table("unfinished").get(language, frozenset())


def running_words(language: str) -> frozenset:
    """Joint keys of the phrases that say a count is still running when given ("so far", "حتى الآن"; concepts.yaml
    `running`)."""
    return _word_table("running").get(language, frozenset())


def rising_words(language: str) -> frozenset:
    """Joint keys of the phrases that say a count is still rising (concepts.yaml `rising`)."""
    return _word_table("rising").get(language, frozenset())


def reporting_phrases(language: str) -> frozenset:
    """Joint keys of the phrases that make a date a reporting detail in a language."""
    return vocabulary().reporting.get(language, frozenset())


@cache
def indefinite_places(language: str) -> frozenset:
    """Joint keys of the prepositions of place that make a small indefinite amount some of those things, no count of
    them ("outside several polling stations"; concepts.yaml `indefinite_places`)."""
    return _word_table("indefinite_places").get(language, frozenset())


@cache
def attribution_phrases(language: str) -> frozenset:
    """Joint keys of the reporting phrases that name a source and no act of saying ("according to", "según"; concepts.yaml
    `attributions`): a date after one, in its phrase, is the source's; a date before one is never its."""
    return _word_table("attributions").get(language, frozenset())


@cache
def country_locales() -> dict:
    """{language: the gettext locales of pycountry's country names for it} (concepts.yaml `country_names`)."""
    data = (_data().get("country_names") or {}).get("locales") or {}
    return {str(language): tuple(map(str, locales)) for language, locales in data.items()}


@cache
def country_common_names(code: str) -> tuple[tuple[str, str], ...]:
    """(language, name) of the names news use for a country (ISO 3166-1 alpha-2 code) beside its catalogues' names
    (concepts.yaml `country_names: common`)."""
    data = ((_data().get("country_names") or {}).get("common") or {}).get(code) or {}
    return tuple((str(language), str(name)) for language, names in sorted(data.items()) for name in names)


@cache
def demonym_rules(language: str) -> "DemonymRules":
    """How a language makes a people's name of a country's name (concepts.yaml `country_names: demonyms`)."""
    from .skeleton import plain

    data = (_data().get("country_names") or {}).get("demonyms") or {}
    endings = tuple(sorted({plain(str(e)) for e in (data.get("endings") or {}).get(language) or ()}, key=len,
                           reverse=True))
    irregular = {plain(str(word)): str(country) for word, country in
                 ((data.get("irregular") or {}).get(language) or {}).items()}
    return DemonymRules(endings, irregular, {str(k): int(v) for k, v in (data.get("shortest") or {}).items()},
                        {str(k): int(v) for k, v in (data.get("dropped") or {}).items()},
                        {str(k): frozenset(map(str, v)) for k, v in (data.get("droppable") or {}).items()},
                        language in {str(x) for x in data.get("lower_case") or ()})


@dataclass(frozen=True)
class DemonymRules:
    endings: tuple[str, ...]  # the endings of people's names, plain, longest first
    irregular: dict  # {a people's name no ending makes, plain: the English name of its country}
    shortest: dict  # {script: the fewest letters of a stem}
    dropped: dict  # {script: the most letters of a country's name dropped before an ending}
    droppable: dict  # {script: the only letters its names may drop}, for a script that says
    lower_case: bool  # people's names are written in lower case: a capitalized word is a name


@cache
def country_articles(language: str) -> tuple[str, ...]:
    """The articles a translated country name of a language may begin with ("ال"; concepts.yaml `country_names`)."""
    data = (_data().get("country_names") or {}).get("articles") or {}
    return tuple(map(str, data.get(language) or ()))


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """Folded, lower-cased text without ZWNJ (for matching names)."""
    return fold(text).text.lower().replace(ZWNJ, "")


@cache
def measure_classes() -> dict:
    """{"varying" | "measurements" | "progress": frozenset of concept ids} (concepts.yaml, measure_classes)."""
    data = _data()
    return {str(name): frozenset(str(c) for c in concepts or ())
            for name, concepts in (data.get("measure_classes") or {}).items()}


def measure_ceilings() -> dict:
    """{concept id: the largest value of it} (concepts.yaml `measure_ceilings`: a magnitude never exceeds 10)."""
    return {str(concept): float(top) for concept, top in (_data().get("measure_ceilings") or {}).items()}


def progress_with(language: str) -> frozenset:
    """Joint keys of the words that open the progress of a count before its first count ("With 3,900,000 of 4,120,000
    votes counted"; concepts.yaml `progress_with`)."""
    return _word_table("progress_with").get(language, frozenset())


@cache
def progress_implies() -> str:
    """The concept of a percent with no measure of its own beside the progress of a count (concepts.yaml
    `progress_implies`), '' when none."""
    data = _data()
    return str(data.get("progress_implies") or "")


@cache
def share_of() -> dict:
    """{measure of a count: the measure of a percent in brackets right after it} (concepts.yaml `share_of`)."""
    return {str(k): str(v) for k, v in (_data().get("share_of") or {}).items()}


def heading_measures() -> dict:
    """{concept a list's heading names: {kind of number: the measure of a number of that kind listed under it}}
    (concepts.yaml `heading_measures`)."""
    return {str(k): {str(kind): str(m) for kind, m in (v or {}).items()}
            for k, v in (_data().get("heading_measures") or {}).items()}


def measure_class(concept: str) -> str:
    """"varying", "measurements", "progress", or "tally" (a measure listed in none)."""
    return next((name for name, concepts in sorted(measure_classes().items()) if concept in concepts), "tally")
