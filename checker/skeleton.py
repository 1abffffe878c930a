"""Names across spellings and scripts: Erdoğan is Erdogan, Herat is هرات, Kılıçdaroğlu is كليتشدار أوغلو.

The letter classes and the rules are data, in checker/lang/concepts/skeleton.yaml (its header explains them);
this module only applies them, for event scope (checker/frames/names.py) and for the roles of claims
(checker/roles.py, checker/cluster.py) alike.

- `plain(name)`: the spelling without accents, case or possessive ("Erdoğan's" is "erdogan");
- `skeletons(name)`: its consonant skeletons, the usual reading first, then the alternatives the data
  allows (at most MAX_ALTERNATIVES); `skeleton(name)` is the first;
- `same_name(a, b)`: one plain spelling, or a shared skeleton of at least `minimum_role` consonants;
- `vocal_keys(name)`: its consonants with its vowels, for a name too short for its skeleton alone
  (Noto and نوتو are both 'nutu'; أمس is 'ams', no Massa);
- `written_keys(name)`: a short Latin name's vocal keys as Arabic letters write it, short vowels unwritten (منا);
- `short_written(written)`: an Arabic-script spelling too short to tell a name from a word (سند);
- `script(word)`: 'latin', 'arabic' or '' (skeletons are compared across scripts by the name index).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, product
from pathlib import Path
from typing import Optional

from ruamel.yaml import YAML

from .extract.normalize import ZWNJ, fold_phrase

DATA = Path(__file__).parent / "lang" / "concepts" / "skeleton.yaml"
# The most skeletons one name gets (a name of many ambiguous letters keeps its likeliest readings).
MAX_ALTERNATIVES = 16
# Stands for a vowel while a skeleton is built: two equal consonants around it are not a doubling.
VOWEL = "\x00"


@dataclass(frozen=True)
class SkeletonRules:
    minimum: int
    minimum_role: int
    possessive: tuple[str, ...]
    articles: tuple[str, ...]
    plain: dict  # Latin letter -> ASCII
    latin: dict  # letter group or letter -> tuple of classes ("" for a vowel)
    arabic: dict
    final_vowel: frozenset
    longest: int  # the longest letter group
    vowels: dict  # {'latin' | 'arabic': {vowel letter: class}}
    final_vowels: dict  # {word-final Arabic-script vowel letter: its vowel classes, the usual first}
    short_written: int  # an Arabic-script spelling of this many letters or fewer spells words as often as names


def _classes(value) -> tuple[str, ...]:
    return tuple(str(v or "") for v in value) if isinstance(value, list) else (str(value or ""),)


@lru_cache(maxsize=1)
def rules() -> SkeletonRules:
    data = YAML(typ="safe", pure=True).load(DATA.read_text(encoding="utf-8"))
    latin = {str(k): _classes(v) for part in ("groups", "letters") for k, v in (data["latin"][part] or {}).items()}
    arabic = {str(k): _classes(v) for part in ("groups", "letters") for k, v in (data["arabic"][part] or {}).items()}
    possessive = tuple(sorted(map(str, data.get("possessive") or ()), key=len, reverse=True))
    return SkeletonRules(int(data["minimum"]), int(data["minimum_role"]), possessive,
                         tuple(map(str, data.get("articles") or ())),
                         {str(k): str(v) for k, v in data["latin"]["plain"].items()}, latin, arabic,
                         frozenset(map(str, data["arabic"]["final_vowel"])),
                         max(map(len, list(latin) + list(arabic))),
                         {str(k): {str(a): str(b) for a, b in v.items()} for k, v in (data.get("vowels") or {}).items()},
                         {str(k): tuple(map(str, v)) for k, v in ((data.get("final_vowels") or {}).get("arabic") or {}).items()},
                         int(data.get("short_written") or 0))


def script(word: str) -> str:
    """'latin', 'arabic' or '' (digits, punctuation, other scripts)."""
    for ch in word:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("ARABIC"):
            return "arabic"
        if name.startswith("LATIN"):
            return "latin"
    return ""


@lru_cache(maxsize=65536)
def plain(name: str) -> str:
    """Folded, lower case, without accents or a possessive ending, words apart by one space."""
    return " ".join(_words(name, keep=()))


def _words(name: str, keep) -> list[str]:
    """The folded, lower-case words of a name without a possessive ending, unaccented but for `keep`."""
    words = []
    for word in fold_phrase(name).replace(ZWNJ, " ").split():
        for ending in rules().possessive:
            if word.endswith(ending) and len(word) > len(ending) + 1 and script(word) == "latin":
                word = word[: -len(ending)]
                break
        words.append(_unaccented(word, keep))
    return words


def _unaccented(word: str, keep) -> str:
    """A word without combining marks, its Latin letters NFKD leaves whole rewritten (rules().plain);
    the letters in `keep` stay as they are (a skeleton reads ç as its own letter)."""
    table = rules().plain
    out = []
    for ch in word:
        if ch in keep:
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c)) if script(ch) == "latin" else ch
        out.append("".join(table.get(c, c) for c in base))
    return "".join(out)


@lru_cache(maxsize=65536)
def skeletons(name: str) -> tuple[str, ...]:
    """The consonant skeletons of a name (or a phrase), the usual reading first; () for other scripts."""
    table = rules()
    words = _words(name, keep=table.latin)
    if not words:
        return ()
    readings = [_options(words)]
    for article in table.articles:  # the name without its article ("Al Haouz" and "Haouz", "الحوز")
        joined = " ".join(words)
        if joined.startswith(article) and len(joined) > len(article) + 1:
            readings.append(_options(joined[len(article):].split()))
            break
    found: list[str] = []
    for options in readings:
        if options is None:
            return ()
        for choice in islice(product(*options), MAX_ALTERNATIVES):
            key = _collapse("".join(choice))
            if key not in found:
                found.append(key)
    return tuple(found[:MAX_ALTERNATIVES])


def skeleton(name: str) -> str:
    """The usual consonant skeleton of a name, '' for other scripts and digits."""
    found = skeletons(name)
    return found[0] if found else ""


def _options(words: list[str]):
    """For each letter group of the words, the classes it may stand for (None: a word of another script)."""
    options: list[tuple[str, ...]] = []
    for word in words:
        found = _word_options(word)
        if found is None:
            return None
        options += found
    return options


@lru_cache(maxsize=65536)
def _word_options(word: str) -> Optional[tuple[tuple[str, ...], ...]]:
    """_options of one word, worked out once a word (a name is looked for in every run of tokens of a text)."""
    kind = script(word)
    if not kind:
        return None
    table = rules().latin if kind == "latin" else rules().arabic
    # words are apart: their last and first consonants are no doubling
    return ((VOWEL,),) + tuple(_groups(word, table, final=kind == "arabic"))


def _groups(word: str, table: dict, final: bool, vowels: Optional[dict] = None) -> list[tuple[str, ...]]:
    """The classes of each letter group of a word; with `vowels` (vocal_keys), a vowel letter is its
    vowel class instead of a mere separator."""
    longest = rules().longest
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for n in range(min(longest, len(word) - i), 0, -1):
            piece = word[i:i + n]
            if piece in table:
                classes = tuple(c or VOWEL for c in table[piece])
                if vowels is not None and n == 1 and piece in vowels:
                    classes = (VOWEL + vowels[piece],)
                    if final and i + n == len(word) and piece in rules().final_vowels:  # مِنى, folded منی: Mina
                        classes = tuple(VOWEL + v for v in rules().final_vowels[piece])
                if final and i + n == len(word) and n == 1 and piece in rules().final_vowel and i > 0:
                    classes = (VOWEL + "a" if vowels is not None else VOWEL,) + classes  # usually a vowel
                out.append(classes)
                if n > 1 and piece[-1] in rules().vowels.get("latin", {}):  # "ge", "ci": the vowel is still one
                    out.append((VOWEL + vowels[piece[-1]],) if vowels is not None and piece[-1] in vowels else (VOWEL,))
                i += n
                break
        else:
            i += 1  # a letter of no class (a hyphen, an apostrophe, a letter the tables do not know)
    return out


def _collapse(letters: str) -> str:
    """A doubled consonant once (not two with a vowel between), then without the vowels."""
    kept = "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])
    return kept.replace(VOWEL, "")


@lru_cache(maxsize=65536)
def vocal_keys(name: str) -> tuple[str, ...]:
    """The consonant classes of a name with its vowel classes between them (skeleton.yaml, `vowels`): a
    doubled consonant once, a run of vowels as its last; the usual reading first, at most MAX_ALTERNATIVES.
    For names too short for their skeleton alone: Noto and نوتو are 'nutu', Massa and ماسا 'masa'."""
    table = rules()
    words = _words(name, keep=table.latin)
    readings = [words]
    joined = " ".join(words)
    for article in table.articles:
        if joined.startswith(article) and len(joined) > len(article) + 1:
            readings.append(joined[len(article):].split())
            break
    found: list[str] = []
    for reading in readings:
        options: list[tuple[str, ...]] = []
        for word in reading:
            kind = script(word)
            if not kind:
                return ()
            letters = table.latin if kind == "latin" else table.arabic
            options.append((" ",))
            options += _groups(word, letters, final=kind == "arabic", vowels=table.vowels.get(kind, {}))
        for choice in islice(product(*options), MAX_ALTERNATIVES):
            key = _vocal_collapse(choice)
            if key not in found:
                found.append(key)
    return tuple(found[:MAX_ALTERNATIVES])


@lru_cache(maxsize=65536)
def written_keys(name: str) -> tuple[str, ...]:
    """The vocal keys of a Latin name as Arabic letters may write it: a short vowel between two consonants of a
    word unwritten (Mina 'mina' is also 'mna', منا; Mecca 'mka', مكة), the first and the last vowel of the word
    kept; a key of no vowel at all is none (من is no Mina). () for a name in another script."""
    if script(name) != "latin":
        return ()
    found: list[str] = []
    for key in vocal_keys(name):
        interior = [i for i, c in enumerate(key) if c in "aiu" and 0 < i < len(key) - 1
                    and key[i - 1] not in "aiu " and key[i + 1] not in "aiu "]
        for drop in range(1, 1 << len(interior)) if len(interior) <= 3 else ():
            gone = {at for bit, at in enumerate(interior) if drop >> bit & 1}
            written = "".join(c for i, c in enumerate(key) if i not in gone)
            if any(c in "aiu" for c in written) and written not in found:
                found.append(written)
    return tuple(found[:MAX_ALTERNATIVES])


def short_written(written: str) -> bool:
    """Whether an Arabic-script spelling is short enough to spell words as often as names (سند, منی)."""
    return script(written) == "arabic" and sum(ch.isalpha() for ch in plain(written)) <= rules().short_written


def _vocal_collapse(classes) -> str:
    """Classes as one key: a vowel class (VOWEL + a | i | u) after another replaces it, a consonant right
    after the same consonant is dropped, a bare separator (a letter of no vowel class) is left out."""
    out: list[str] = []
    for c in classes:
        if c == VOWEL or not c:
            continue
        if c == " ":
            if out and out[-1] != " ":
                out.append(" ")
            continue
        if c.startswith(VOWEL):
            if out and out[-1].startswith(VOWEL):
                out[-1] = c
            else:
                out.append(c)
        elif not out or out[-1] != c:
            out.append(c)
    return "".join(out).replace(VOWEL, "").strip()


def matchable(key: str) -> bool:
    """Whether a skeleton is long enough to identify a name across scripts."""
    return len(key) >= rules().minimum


def same_name(a: str, b: str) -> bool:
    """Whether two names are one: the same plain spelling, or a shared skeleton of `minimum_role`
    consonants or more ("Taroudant", "Tarudant", "تارودانت")."""
    if plain(a) == plain(b):
        return True
    shared = set(skeletons(a)) & set(skeletons(b))
    return any(len(key) >= rules().minimum_role for key in shared)
