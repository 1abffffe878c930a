"""The names of a mention's sentence: `NameIndex` (the fact sheets' names of events, places and entities, also found in
another script), the names next to a mention with how far apart they stand (`_names`, `_apart`), and the names a
subject pronoun refers to (`_pronoun`, `_antecedents`).
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from ..concepts import (conjunctions, contestant_measures, contrast_words, forms, language_words, name_forms, pronouns,
                        rival_words)
from ..countries import country_codes, other_names, subdivision_names
from ..model import Event, Fact, Mention, Seed
from ..skeleton import matchable, plain, rules as skeleton_rules, script, skeletons, vocal_keys, written_keys
from .frame import Evidence
from .sentence import (CLAUSE_BREAKS, PART_BREAKS, SENTENCE_END, _Sentence, _capitalizes, _distance, _part_of, _phrase,
                       _sentence_parts, language_data, tokenize_sentence)


# A sheet name of up to this many words is also found in another script, by consonant skeleton.
MOST_WORDS_ACROSS_SCRIPTS = 3
# The names found in the sentences read last (NameIndex.find), for the other mentions of a sentence: {(id of the
# index, token keys, language): (the index, its names)}, emptied when it holds FOUND_KEPT sentences.
_FOUND: dict = {}
FOUND_KEPT = 4096
# Tokens that only quote: never part of a name, nor a break inside one.
QUOTATION_MARKS = frozenset('"\'“”„«»‹›‘’`')


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
    # the ISO codes of the countries the events list as places: their people are the event's own, no part of a toll
    countries: frozenset = frozenset()
    # the places as listed that name a whole event: a country, or a place an event's name holds ("Rio Grande do Sul"
    # of the "Rio Grande do Sul floods")
    wholes: frozenset = frozenset()
    # the names as listed that are read only in their own script: a listed country's provinces (no evidence of the
    # event), which must not hide a listed place written in another script ("Kerman" is also کرمان)
    own_script: frozenset = frozenset()
    # the names as listed that are the entities of a fact of a contestant's measure (concepts.yaml
    # contestant_measures: a candidate's votes, share, seats): the sheet says they stand in the contest
    contestants: frozenset = frozenset()

    @staticmethod
    def of(events: Iterable[Event] = (), facts: Iterable[Fact] = ()) -> "NameIndex":
        facts = tuple(facts)
        by_first: dict = {}
        by_skeleton: dict = {}
        by_vocal: dict = {}
        short: set = set()
        own_script: set = set()

        def add(name: str, owner: str, language: str, across: bool = True) -> None:
            # a country's names in every language (checker/countries.py)
            for written in (name,) + other_names(name, language):
                words = plain(written).split()  # without accents: "Erdogan" finds "Erdoğan"
                if words:
                    entry = (" ".join(words), name, owner)
                    by_first.setdefault(words[0], [])
                    if entry not in by_first[words[0]]:
                        by_first[words[0]].append(entry)
            words = plain(name).split()
            if not across:
                own_script.add(name)
            for key in skeletons(name) if across and words and len(words) <= MOST_WORDS_ACROSS_SCRIPTS else ():
                other = (len(words), name, owner, script(name))
                if matchable(key) and other not in by_skeleton.setdefault(key, []):
                    by_skeleton[key].append(other)
                elif not matchable(key) and len(key) >= skeleton_rules().minimum_role:
                    short.add(key)
                    for vocal in vocal_keys(name) + written_keys(name):  # منا: Mina, its short i unwritten
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
        for event in events:  # the provinces of a listed country, as written: names of places, no evidence of the event
            for language, names in event.places.items():  # (by skeleton, شمار زخمی‌ها would be Errachidia)
                for name in names:
                    for part in subdivision_names(name, language):
                        add(part, "", "", across=False)
        contestants = frozenset(name for fact in facts if set(fact.measure) & contestant_measures()
                                for names in fact.entities.values() for name in names)
        countries = frozenset().union(*(codes for event in events for language, names in event.places.items()
                                        for name in names for codes in [country_codes(name, language)]
                                        if len(codes) == 1))
        titles = [f" {plain(name)} " for event in events for names in event.names.values() for name in names]
        wholes = frozenset(name for event in events for language, names in event.places.items() for name in names
                           if country_codes(name, language) or any(f" {plain(name)} " in title for title in titles))
        return NameIndex({k: tuple(sorted(v)) for k, v in by_first.items()},
                         {k: tuple(sorted(v)) for k, v in by_skeleton.items()},
                         {k: tuple(sorted(v)) for k, v in by_vocal.items()}, frozenset(short), countries, wholes,
                         frozenset(own_script), contestants)

    def tied(self, text: str, language: str) -> "NameIndex":
        """This index with the names an article ties to an acronym (`ties`: "the Socialist Party (PS)") listed as
        that acronym, for the article they are read in: its name in full is the acronym's wherever it stands."""
        found = ties(text, language)
        if not found:
            return self
        by_first = dict(self.by_first)
        for keys, acronym in found:
            for head in dict.fromkeys(plain(form) for form in (keys[0],) + name_forms(keys[0], language)):
                entry = (" ".join((head,) + tuple(plain(k) for k in keys[1:])), acronym, "")
                if head and entry not in by_first.get(head, ()):
                    by_first[head] = tuple(sorted(by_first.get(head, ()) + (entry,)))
        return NameIndex(by_first, self.by_skeleton, self.by_vocal, self.short_skeletons, self.countries, self.wholes,
                         self.own_script, self.contestants)

    def sub_places(self, located: Sequence[str]) -> tuple[str, ...]:
        """The places as listed a number is located in, when none of them names a whole event (`wholes`): a
        province's, a town's count; () when one does."""
        return tuple(located) if located and not any(name in self.wholes for name in located) else ()

    def find(self, keys: Sequence[str], language: str) -> list[tuple[int, int, str, str]]:
        """(first token, last token, name as listed, event id) of every sheet name in the token keys (looked for
        once a sentence: its mentions ask again)."""
        key = (id(self), tuple(keys), language)
        kept = _FOUND.get(key)
        if kept is None or kept[0] is not self:
            if len(_FOUND) >= FOUND_KEPT:
                _FOUND.clear()
            kept = _FOUND[key] = (self, self._find(keys, language))
        return list(kept[1])

    def _find(self, keys: Sequence[str], language: str) -> list[tuple[int, int, str, str]]:
        """The names of the token keys; quotation marks inside a name are not part of it (هجوم "كروكوس", the
        «Crocus» attack): the names are found in the keys without them, at the places of the tokens they hold."""
        kept = [k for k, key in enumerate(keys) if key not in QUOTATION_MARKS]
        if len(kept) == len(keys):
            return self._find_unquoted(keys, language)
        return [(kept[i], kept[j], name, owner)
                for i, j, name, owner in self._find_unquoted([keys[k] for k in kept], language)]

    def _find_unquoted(self, keys: Sequence[str], language: str) -> list[tuple[int, int, str, str]]:
        found = []
        plains = [plain(key) for key in keys]
        for i, key in enumerate(keys):
            for head in dict.fromkeys(plain(form) for form in (key,) + name_forms(key, language)):
                for words, name, owner in self.by_first.get(head, ()):
                    rest = words.split()[1:]
                    if plains[i + 1:i + 1 + len(rest)] == rest or _stems_match(keys[i + 1:i + 1 + len(rest)], rest, language):
                        found.append((i, i + len(rest), name, owner))
        # a token its own script names exactly ("Marruecos") is no other name's spelling; a province of a listed country
        # named exactly (`own_script`: no evidence of the event) does not hide the sheet's own place in another script
        # ("Kerman" is کرمان, which the sheet lists, not only the province of Iran)
        if self.by_skeleton or self.by_vocal:
            exact = {k for i, j, name, owner in found if owner or name not in self.own_script for k in range(i, j + 1)}
            found += [hit for hit in self._across_scripts(keys, language) if not exact & set(range(hit[0], hit[1] + 1))]
        return found

    def _across_scripts(self, keys: Sequence[str], language: str) -> list[tuple[int, int, str, str]]:
        """Names written in another script than the tokens, by consonant skeleton (هرات is Herat);
        up to MOST_WORDS_ACROSS_SCRIPTS tokens make one name (زنده جان is Zindajan), each with a consonant
        (a conjunction "e" or "و" before a name is not part of it); a word of the language's own data (concepts.yaml:
        "شمار", the number of) is no name alone, and a run of its function words (the language file's
        `function_words`: "for the" has the consonants of فارش) is none at all."""
        found = []
        own_words = language_words(language)
        data = language_data(language)
        function = data.function_words if data is not None else frozenset()
        for i, key in enumerate(keys):
            written = script(key)
            if not written or not (skeletons(key) or ("",))[0]:  # 'ال50' ('الـ50%'): no consonant, no name
                continue
            spellings = dict.fromkeys((key,) + forms(key, language))
            own = bool(own_words.intersection(spellings))  # a word of the language's data: "شمار" is no "Sumar"
            for first in spellings:
                for n in range(1 + own, MOST_WORDS_ACROSS_SCRIPTS + 1):
                    if i + n > len(keys) or (n > 1 and not (skeletons(keys[i + n - 1]) or ("",))[0]):
                        break
                    if function and keys[i] in function and function.issuperset(keys[i + 1:i + n]):
                        continue
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


# How far back the sentence before is looked for, in characters.
ANTECEDENT_REACH = 600


def _antecedents(seed: Seed, mention: Mention, names: NameIndex) -> tuple:
    """The sheet names of the sentence before the mention's (across a paragraph break), one tuple per place."""
    sentence = _previous_sentence(seed, mention)
    if sentence is None:
        return ()
    places: dict = {}
    for i, j, name, _ in sorted(names.find(sentence.keys, mention.language)):
        key = next((p for p in places if not (j < p[0] or i > p[1])), (i, j))
        places.setdefault(key, []).append(name)
    return tuple(tuple(sorted(set(v))) for _, v in sorted(places.items()))


def _previous_sentence(seed: Seed, mention: Mention) -> Optional[_Sentence]:
    """The sentence before the mention's (across a paragraph break, within ANTECEDENT_REACH characters), None when
    the mention's opens the text."""
    start = seed.text.find(mention.sentence, max(0, mention.sentence_start - 1)) if mention.sentence else -1
    start = mention.sentence_start if start < 0 else start
    before = seed.text[max(0, start - ANTECEDENT_REACH):start].rstrip()
    if not before.strip():
        return None
    ends = [m.end() for m in SENTENCE_END.finditer(before[:-1])]
    previous = before[ends[-1]:] if ends else before
    return tokenize_sentence(previous.strip())


# A party's acronym: 2-6 Latin capitals, maybe a hyphen and one to three more ("PS", "PSOE", "PML-N"), a name in
# every language and script (news in Arabic and Persian write "حزب PS" too).
ACRONYM = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,3})?")


def is_acronym(token: str) -> bool:
    """Whether a token is one acronym ("PS", "PML-N"), as parties are named."""
    return ACRONYM.fullmatch(token) is not None


# An acronym in brackets right after the name it stands for: "the Socialist Party (PS)", "الحزب الاشتراكي (PS)".
TIE = re.compile(r"\(\s*(" + ACRONYM.pattern + r")\s*\)")
TIE_REACH = 120  # characters before the bracket a tied name is read in


def ties(text: str, language: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The names an article ties to an acronym, each as (its token keys, the acronym): the words right before the
    bracket, as many as the acronym has letters ("Partido Socialista (PS)", "Pakistan Muslim League-Nawaz (PML-N)"),
    the language's function words inside it not counted ("Bloco de Esquerda (BE)") nor kept at its start ("the"),
    never across punctuation or a number, nor, where names are capitalized, across a word in lower case."""
    data = language_data(language)
    small = data.function_words if data is not None else frozenset()
    capitalized = _capitalizes(language)
    found = []
    for match in TIE.finditer(text):
        acronym = match.group(1)
        wanted = len(acronym.split("-")[0]) + (1 if "-" in acronym else 0)
        before = tokenize_sentence(text[max(0, match.start() - TIE_REACH):match.start()].split("\n")[-1])
        taken: list[int] = []
        content = 0
        for i in range(len(before.tokens) - 1, -1, -1):
            token, key = before.tokens[i], before.keys[i]
            if content == wanted or not any(c.isalpha() for c in token) or any(c.isdigit() for c in token):
                break
            if key not in small:
                if capitalized and not token[:1].isupper():
                    break
                content += 1
            taken.insert(0, i)
        while taken and before.keys[taken[0]] in small:
            taken.pop(0)
        keys = tuple(before.keys[i] for i in taken)
        if keys and not (len(keys) == 1 and keys[0] == acronym.lower()) and (keys, acronym) not in found:
            found.append((keys, acronym))
    return tuple(found)


def _tied(name: str, first: int, last: int, sentence: _Sentence) -> bool:
    """Whether a name found at tokens first..last is an article's name for an acronym (`ties`) written in full."""
    return is_acronym(name) and " ".join(sentence.tokens[first:last + 1]) != name


def _names(sentence: _Sentence, mention: Mention, names: NameIndex, first: int, last: int,
           others: set, counts: set = frozenset()) -> tuple[tuple[Evidence, ...], tuple[str, ...]]:
    """Sheet names, then capitalized words (not those of other mentions: 'April', 'Saturday'), in a language that
    does not capitalize names its acronyms only ("o PS elegeu", "حزب PS": `is_acronym`); each with how far apart
    from the mention it stands (Evidence.apart)."""
    found: dict[str, Evidence] = {}
    events = set()
    covered = set()
    for i, j, name, owner in names.find(sentence.keys, mention.language):
        distance = _distance(i, j, first, last)
        apart = _apart(sentence, i, j, first, last, counts, mention.language)
        if apart == 0 and i > last and (_joined(names, sentence, i, j, mention.language)  # "24.9% وبايك"
                                        or _joined_first_name(sentence, i, last, mention.language)):
            apart = 1
        if name not in found or (apart, distance) < (found[name].apart, found[name].distance):
            found[name] = Evidence(name, " ".join(sentence.tokens[i:j + 1]), distance, j < first, apart)
        if not _tied(name, i, j, sentence):  # a tied name's words stay names of their own too ("Socialist")
            covered.update(range(i, j + 1))
        if owner:
            events.add(owner)
    capitalizes = _capitalizes(mention.language)
    for i, token in enumerate(sentence.tokens):
        if i in covered or i in others or first <= i <= last or not token[:1].isupper() or len(token) < 2:
            continue
        if not (i > 0 if capitalizes else is_acronym(token)):
            continue
        distance = _distance(i, i, first, last)
        if token not in found or distance < found[token].distance:
            found[token] = Evidence(token, token, distance)
    ordered = sorted(found.values(), key=lambda e: (e.distance, e.what))
    return tuple(ordered), tuple(sorted(events))


def _apart(sentence: _Sentence, i: int, j: int, first: int, last: int, counts: set, language: str) -> int:
    """How far apart a name at tokens i..j stands from the mention at first..last (Evidence.apart): a name
    after the number is its owner only in its own part ("49.43 % for Bolsonaro"), never across another
    quantity nor after a rival word ("55.7 % over Massa"), nor across a comma or conjunction when a count of its own
    follows it ("the Civic Union won 77 seats, and Vanta 50": `_counted_after`); a name before it owns it unless a contrast word stands between ("Lula had 50.9 % against
    49.1 %": the 49.1 % is the rival's)."""
    if j < first:
        return 2 if _phrase(sentence, j + 1, first - 1, contrast_words(language), language) else 0
    between = range(last + 1, i)
    if any(k in counts for k in between) or (i > last + 1 and _phrase(sentence, last + 1, i - 1, rival_words(language),
                                                                      language)):
        return 2
    if any(sentence.tokens[k] in PART_BREAKS or sentence.tokens[k] in CLAUSE_BREAKS
           or sentence.keys[k] in conjunctions(language) for k in between):
        return 2 if _counted_after(sentence, j, counts, language) else 1
    return 0


def _counted_after(sentence: _Sentence, j: int, counts: set, language: str) -> bool:
    """Whether a name ending at token j has a count of its own in its part of the sentence, after it ("..., and Vanta
    with 50", "e o Vanta, 50", "و وانتا ۵۰ کرسی"): in a list of parties with their counts, each count is the party's
    next to it."""
    for k in range(j + 1, len(sentence.tokens)):
        if k in counts:
            return True
        if k == j + 1 and sentence.tokens[k] in PART_BREAKS:  # a gapped list: "e o Vanta, 50"
            continue
        if sentence.tokens[k] in PART_BREAKS or sentence.tokens[k] in CLAUSE_BREAKS \
                or sentence.keys[k] in conjunctions(language):
            return False
    return False



def _joined_first_name(sentence: _Sentence, i: int, last: int, language: str) -> bool:
    """Whether the word right before a name at token i, after the number (ending at `last`), is written with a
    one-letter conjunction ("بـ7.35% وزهير المغزاوي": "and Zouhair Maghzaoui", a first name
    the sheet does not list): the name stands across a conjunction, as after a separate "و"."""
    k = i - 1
    return k > last and len(sentence.keys[k]) >= 4 and sentence.keys[k][:1] in conjunctions(language)


def _joined(names: NameIndex, sentence: _Sentence, i: int, j: int, language: str) -> bool:
    """Whether the name at tokens i..j is written with a one-letter conjunction on its first word (Arabic "وبايك":
    "and Pike"): it stands across a conjunction, as after a separate "و". The word without the letter must be the
    name's own (a name that starts with the letter, "وليد", is none)."""
    key = sentence.keys[i]
    if len(key) < 3 or key[:1] not in conjunctions(language):
        return False
    rest = (key[1:],) + tuple(sentence.keys[i + 1:j + 1])
    return any(a == 0 and b == j - i for a, b, _, _ in names.find(rest, language))
