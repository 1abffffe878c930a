"""A part of the event by what happened (`_sub_event`): one of its fires, floods, landslides or blasts, named by a
place the sheet does not list ("The fire in Taldo alone has killed 40 people", "the Taldo fire", "el incendio de
Taldo", "o incêndio em Taldo", "حريق تالدو", "آتش‌سوزی تالدو") or counted by an ordinal ("the second blast", "la
segunda explosión", "الانفجار الثاني", "انفجار دوم"), as the subject opening the number's part of its sentence. Its
figures are that sub-event's, not the event's totals (frame.part), and pair only with those of the same sub-event
(frame.part_place). The words come from concepts.yaml `sub_events`, the ordinals, months and weekdays from the
language files.
"""
from __future__ import annotations

from typing import Optional

from ..concepts import conjunctions, find_concepts, known_word, name_forms, relative_words, sub_event_words
from ..skeleton import plain
from .names import NameIndex
from .sentence import _Sentence, _names_one_of, _part_of, _sentence_parts, language_data

# Tokens of its part that may stand before the sub-event's words: the subject opens the part ("The fire in", "Solo el
# incendio", "وأودى حريق").
SUBJECT_REACH = 2
# Tokens of a name in a cased script ("Viña del Mar": a function word may stand between two capitalized words).
NAME_TOKENS = 4
# Tokens of a phrase of `of` words ("cerca de").
OF_TOKENS = 2


def _sub_event(sentence: _Sentence, first: int, counts: set, names: NameIndex, language: str) -> tuple[str, str]:
    """(its words, its name) of the sub-event opening the number's part of the sentence, or an earlier part when only
    relative clauses holding no number stand between ("The fire in Taldo, which broke out on Monday, has killed
    40"); ('', '') when none. Its name is the plain words of its place ("taldo"), or its ordinal's number ("2")."""
    parts = _sentence_parts(sentence, language)
    own = _part_of(parts, first)
    if own < 0:
        return "", ""
    listed = {k for i, j, _, _ in names.find(sentence.keys, language) for k in range(i, j + 1)}
    for n in _subject_parts(sentence, parts, own, first, counts, language):
        lo, hi = parts[n]
        found = _in_part(sentence, lo, min(hi, first - 1), listed, bool(names.by_first), language)
        if found is not None:
            return found
    return "", ""


def _subject_parts(sentence: _Sentence, parts: list, own: int, first: int, counts: set,
                   language: str) -> list[int]:
    """The number's own part; the parts of the conjuncts before it whose verb it shares ("The Taldo fire killed 40
    people and injured 90": _shares_subject); and the part before the relative clauses right before the first of
    them (each opening with a word of concepts.yaml `relatives`, none holding a number), when there are any."""
    found = [own]
    while _shares_subject(sentence, parts, found[-1], first, counts, language):
        found.append(found[-1] - 1)
    return found[:-1] + _before_relatives(sentence, parts, found[-1], counts, language)


def _shares_subject(sentence: _Sentence, parts: list, own: int, first: int, counts: set, language: str) -> bool:
    """Whether part `own` is a conjunct of the part before it with no subject of its own: a conjunction opens it, the
    part before holds a number, and only measure words stand before its number ("and injured 90", "y 90 heridos")."""
    lo, hi = parts[own]
    if own == 0 or sentence.keys[lo - 1] not in conjunctions(language) \
            or not any(parts[own - 1][0] <= k <= parts[own - 1][1] for k in counts):
        return False
    number = next((k for k in range(lo, hi + 1) if k in counts or k == first), hi + 1)
    words = {k for hit in find_concepts(sentence.tokens[lo:number], language) for k in range(hit.first, hit.last + 1)}
    return all(k - lo in words or _function_word(sentence, k, language) for k in range(lo, number))


def _before_relatives(sentence: _Sentence, parts: list, own: int, counts: set, language: str) -> list[int]:
    """[own], and the part before the relative clauses right before it when there are any."""
    relatives = relative_words(language)
    n = own - 1
    while n > 0 and _names_one_of(sentence, parts[n][0], parts[n][0], relatives, language) \
            and not any(parts[n][0] <= k <= parts[n][1] for k in counts):
        n -= 1
    if n == own - 1 or any(parts[n][0] <= k <= parts[n][1] for k in counts):
        return [own]
    return [own, n]


def _in_part(sentence: _Sentence, lo: int, hi: int, listed: set, named: bool,
             language: str) -> Optional[tuple[str, str]]:
    """The sub-event whose words stand in tokens lo..hi, beginning at most SUBJECT_REACH tokens after lo with no word
    of time before them ("Since the first explosion"); None when none, or when its place is one the sheet lists. By
    a place only when the sheets name places (`named`): else the event's own place cannot be told from another."""
    since = sub_event_words("since", language)
    for i in range(lo, min(hi, lo + SUBJECT_REACH + 1) + 1):
        j = _event_word(sentence, i, language)
        if j < 0 or j > hi:
            continue
        ordinal, at = _ordinal(sentence, i - 1, language), i - 1
        if not ordinal:
            ordinal, at = _ordinal(sentence, j + 1, language), j + 1
        place = None if ordinal or not named else (_place_after(sentence, j, language)
                                                   or _name_before(sentence, i, language))
        if not ordinal and place is None:
            continue
        if not ordinal and _indefinite(sentence, min(i, place[0]) - 1, language):
            continue  # "A flood in Portvale has killed 15 people": the event, told for the first time
        start, end = (min(i, at), max(j, at)) if ordinal else (min(i, place[0]), max(j, place[1]))
        if start - lo > SUBJECT_REACH or any(_names_one_of(sentence, k, m, since, language)
                                             for k in range(lo, start) for m in range(k, start)):
            return None
        if ordinal:
            return " ".join(sentence.tokens[start:end + 1]), str(ordinal)
        if any(k in listed for k in range(place[0], place[1] + 1)):
            return None  # "the Velmar fire", "حريق فيلمار": the event itself
        return " ".join(sentence.tokens[start:end + 1]), plain(" ".join(sentence.keys[place[0]:place[1] + 1]))
    return None


def _event_word(sentence: _Sentence, i: int, language: str) -> int:
    """The last token of a sub-event's words starting at token i, -1 when none: the word itself or without a leading
    article or proclitic ("الانفجار"), never a plural ("fires", "آتش‌سوزی‌ها": the event's fires are all of them)."""
    words = sub_event_words("words", language)
    for n in (3, 2):
        if i + n <= len(sentence.keys) and "".join(sentence.keys[i:i + n]).replace(" ", "") in words:
            return i + n - 1
    key = sentence.keys[i].replace(" ", "")
    return i if any(form in words and key.endswith(form) for form in (key,) + name_forms(sentence.tokens[i], language)) \
        else -1


def _ordinal(sentence: _Sentence, k: int, language: str) -> int:
    """The number of the ordinal at token k ("second", "segunda", "الثاني", "دوم"), 0 when none."""
    data = language_data(language)
    if data is None or not 0 <= k < len(sentence.keys):
        return 0
    return int(data.ordinals.get(sentence.keys[k], 0) or 0)


def _place_after(sentence: _Sentence, j: int, language: str) -> Optional[tuple[int, int]]:
    """(first, last token) of the name of a place after a sub-event's words, joined by a word of `of` ("fire in
    Taldo", "incendio de Taldo", "حريق في تالدو"), or right after them in a script without case ("حريق تالدو",
    "آتش‌سوزی تالدو"); a function word may stand before the name ("el incendio de la Orvessa")."""
    k = j + 1
    joined = next((m for m in range(OF_TOKENS, 0, -1)
                   if _names_one_of(sentence, k, k + m - 1, sub_event_words("of", language), language)), 0)
    cased = _cased(language)
    if not joined and cased:
        return None
    k += joined
    if cased and k < len(sentence.keys) and _function_word(sentence, k, language):
        k += 1
    return _name_at(sentence, k, language)


def _name_before(sentence: _Sentence, i: int, language: str) -> Optional[tuple[int, int]]:
    """(first, last token) of a name right before a sub-event's words in a cased script ("the Taldo fire", "the Las
    Tablas blaze"), not the sentence's first word ("Massive fire ..."); None when none."""
    if not _cased(language):
        return None
    k = i - 1
    while k >= 1 and i - k <= NAME_TOKENS and _name_word(sentence, k, language):
        k -= 1
    return (k + 1, i - 1) if k + 1 <= i - 1 else None


def _name_at(sentence: _Sentence, k: int, language: str) -> Optional[tuple[int, int]]:
    """(first, last token) of the name starting at token k: capitalized words in a cased script ("Viña del Mar"),
    else one word the lemmatizer does not know and that names no concept ("تالدو"); None when none."""
    if k >= len(sentence.keys) or not _name_word(sentence, k, language):
        return None
    end = k
    if _cased(language):
        while end + 1 < len(sentence.keys) and end + 1 - k < NAME_TOKENS:
            if _name_word(sentence, end + 1, language):
                end += 1
            elif end + 2 < len(sentence.keys) and _function_word(sentence, end + 1, language) \
                    and _name_word(sentence, end + 2, language):
                end += 2
            else:
                break
    return k, end


def _name_word(sentence: _Sentence, k: int, language: str) -> bool:
    """Whether token k may be a word of a place's name: no function word, month or weekday; capitalized in a cased
    script, else unknown to the lemmatizer and naming no concept."""
    token = sentence.tokens[k]
    if not token.isalpha() or _function_word(sentence, k, language) or _date_word(sentence.keys[k], language):
        return False
    if _cased(language):
        return token[:1].isupper()
    return not known_word(token, language) and not find_concepts((token,), language)


def _indefinite(sentence: _Sentence, k: int, language: str) -> bool:
    data = language_data(language)
    return data is not None and 0 <= k < len(sentence.keys) and sentence.keys[k] in data.indefinite


def _function_word(sentence: _Sentence, k: int, language: str) -> bool:
    data = language_data(language)
    return data is not None and sentence.keys[k] in data.function_words


def _date_word(key: str, language: str) -> bool:
    data = language_data(language)
    return data is not None and (key in data.months or key in data.weekdays)


def _cased(language: str) -> bool:
    data = language_data(language)
    return data is not None and bool(data.capitalized_names)
