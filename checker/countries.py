"""Country names across languages: a sheet that lists "Japan" finds اليابان, ژاپن, Japón and Japão.

The names are pycountry's (ISO 3166-1 names, common and official, with the gettext catalogues it ships: no
download at run time), in the gettext locales the concepts file gives each language of factlint
(concepts.yaml, `country_names: locales`). A name a sheet lists under a language that names exactly one country
there (in English or in that language's catalogue, or before the comma of "Iran, Islamic Republic of") gets every
other name of that country; a name that names several countries ("Korea") or none (a city; Arabic مراكش, which
is Marrakesh though Persian مراکش is Morocco) gets nothing. A translated name with an article of its
language (concepts.yaml, `country_names: articles`: Arabic اليابان) also stands without it (يابان), so that the
normalizer's forms of "لليابان" find it (checker/concepts.py).

The provinces, states and prefectures of a listed country (pycountry's ISO 3166-2 names, as it writes them:
`subdivision_names`) are places of the event's parts: a name even first in its sentence ("Mendoza aportó 640.000
votos"), found as written only (checker/frames/names.py; by consonant skeleton, a Persian phrase would be one).
"""
from __future__ import annotations

import gettext
from functools import cache

from .concepts import country_articles, country_common_names, country_locales, demonym_rules
from .skeleton import plain, script

try:  # ISO 3166-1 names and their translations, offline (see README, "Dependencies and why")
    import pycountry as _pycountry
except ImportError:  # pragma: no cover - names are then matched as listed only
    _pycountry = None

# The fields of a pycountry country that hold a name (common_name and official_name only for some).
NAME_FIELDS = ("name", "common_name", "official_name")
# What a qualified ISO name puts after its name ("Iran, Islamic Republic of"; Arabic and Persian "،").
QUALIFIER_SEPARATORS = (",", "،")
# A translated name in the Latin script shorter than this (without accents) is too often another word.
SHORTEST_LATIN = 4


def other_names(name: str, language: str = "") -> tuple[str, ...]:
    """Every name of the country `name` names in `language` (its catalogue's names and the English ones; any
    language when '': Persian مراکش is Morocco, Arabic مراكش is Marrakesh), in every language of factlint, but
    `name` itself; () when the name names no country or several."""
    codes = country_codes(name, language)
    if len(codes) != 1:
        return ()
    own = plain(name)
    return tuple(other for other in _names_of_country()[next(iter(codes))]
                 if plain(other) != own and not _false_friend(other))


@cache
def demonym_code(word: str, language: str) -> str:
    """The ISO 3166-1 code of the country whose people `word` names in `language` ("Jordanians", "jordanos",
    "الأردنيين", "اردنی": JO), '' when it names none or several (concepts.yaml `country_names: demonyms`): an
    irregular name of the language's, or a country's name (in English or in the language's catalogue, one word, after
    an article of the language) with one of the language's endings, maybe after dropping the name's last letters
    ("Keny(a)ans"); never a country's name itself, nor a capitalized word in a language writing them in lower case."""
    rules = demonym_rules(language)
    if not word or (rules.lower_case and word[:1].isupper()):
        return ""
    key = plain(word)
    for article in country_articles(language):
        if key.startswith(article) and len(key) > len(article) + 2:
            key = key[len(article):]
            break
    if not key or " " in key:
        return ""
    if key in rules.irregular:
        codes = country_codes(rules.irregular[key])
        return next(iter(codes)) if len(codes) == 1 else ""
    if country_codes(key, language) or country_codes(plain(word), language):  # "Pakistan", "ليبيا": no people
        return ""
    least = rules.shortest.get(script(key), max(rules.shortest.values(), default=4))
    dropped = rules.dropped.get(script(key), 0)
    names = _one_word_names(language)
    found: set = set()
    for ending in rules.endings:
        if not key.endswith(ending) or len(key) - len(ending) < least:
            continue
        stem = key[:len(key) - len(ending)]
        most = dropped if len(ending) > 1 else 0
        only = rules.droppable.get(script(key))
        found |= {code for name, codes in names.get(stem[:least], ()) if name.startswith(stem)
                  and len(name) - len(stem) <= most and (only is None or len(name) == len(stem)
                                                         or name[len(stem):] in only) for code in codes}
        if found:
            break
    return next(iter(found)) if len(found) == 1 else ""


@cache
def _one_word_names(language: str) -> dict:
    """{the first letters of a one-word country name: ((the name, plain; its codes), ...)}, in English and in the
    language's catalogue (the first letters: as many as the shortest stem of its script)."""
    shortest = demonym_rules(language).shortest
    tables = _countries_by_name()
    found: dict = {}
    for table in (tables[""], tables.get(language, {})):
        for name, codes in table.items():
            if " " not in name:
                least = shortest.get(script(name), max(shortest.values(), default=4))
                found.setdefault(name[:least], []).append((name, codes))
    return {key: tuple(values) for key, values in found.items()}


def subdivision_names(name: str, language: str = "") -> tuple[str, ...]:
    """The names of the subdivisions (provinces, states, prefectures: pycountry's ISO 3166-2) of the one country `name`
    names in `language`, as pycountry writes them ("Mendoza", "Jawa Barat", "Herāt"); () when it names none or several."""
    codes = country_codes(name, language)
    if len(codes) != 1 or _pycountry is None:
        return ()
    return _subdivisions(next(iter(codes)))


@cache
def subdivisions() -> frozenset:
    """Every subdivision name of every country, as pycountry writes them: a province of the event's country that the
    sheet does not list is a part of the event (checker/frames/sub_places.py)."""
    return frozenset(str(s.name) for s in _pycountry.subdivisions) if _pycountry is not None else frozenset()


@cache
def _subdivisions(code: str) -> tuple[str, ...]:
    return tuple(sorted({str(s.name) for s in _pycountry.subdivisions.get(country_code=code) or ()}))


def _false_friend(name: str) -> bool:
    """A short name in the Latin script, which without its accents is a common word of another language (Irã is
    'ira', anger; Turkish Fas is Portuguese 'fãs', fans): not added for a name a sheet lists otherwise."""
    return script(name) == "latin" and len(plain(name).replace(" ", "")) < SHORTEST_LATIN


def country_codes(name: str, language: str = "") -> frozenset:
    """The ISO 3166-1 codes of the countries `name` names in `language` (its catalogue's names and the English ones;
    any language when ''); empty when it names none."""
    tables = _countries_by_name()
    searched = [tables[""], tables.get(language, {})] if language else list(tables.values())
    return frozenset().union(*(table.get(plain(name), ()) for table in searched))


@cache
def _catalogues() -> tuple:
    """(language, gettext catalogue) of every locale of concepts.yaml `country_names`."""
    return tuple((language, _catalogue(locale)) for language, locales in sorted(country_locales().items())
                 for locale in locales)


@cache
def _written(code: str) -> tuple[tuple[str, str], ...]:
    """(language, name) of a country: '' for its English names, then each catalogue's translations."""
    country = _pycountry.countries.get(alpha_2=code)
    english = [getattr(country, field) for field in NAME_FIELDS if getattr(country, field, None)]
    return tuple(("", name) for text in english for name in _variants(text, ())) + tuple(
        (language, name) for language, catalogue in _catalogues() for text in english
        for name in _variants(catalogue.gettext(text), country_articles(language))) + tuple(
        ("" if language == "en" else language, name) for language, common in country_common_names(code)
        for name in _variants(common, country_articles(language)))


@cache
def _names_of_country() -> dict[str, tuple[str, ...]]:
    """{alpha-2 code: its names, English and translated, each qualified name with its bare name too}."""
    if _pycountry is None:
        return {}
    return {country.alpha_2: tuple(dict.fromkeys(name for _, name in _written(country.alpha_2)))
            for country in _pycountry.countries}


@cache
def _countries_by_name() -> dict[str, dict]:
    """{language ('' for English): {plain name: the codes of the countries it names in that language}}."""
    tables: dict = {"": {}}
    for code in _names_of_country():
        for language, name in _written(code):
            tables.setdefault(language, {}).setdefault(plain(name), set()).add(code)
    return {language: {key: frozenset(codes) for key, codes in table.items()} for language, table in tables.items()}


def _catalogue(locale: str):
    return gettext.translation("iso3166-1", _pycountry.LOCALES_DIR, languages=[locale], fallback=True)


def _variants(text: str, articles: tuple[str, ...]) -> list[str]:
    """A name as written, its name before a qualifier ("Iran, Islamic Republic of": Iran), and each without an
    article of its language (اليابان, يابان)."""
    found = [text.strip()]
    for separator in QUALIFIER_SEPARATORS:
        if separator in text:
            found.append(text.split(separator)[0].strip())
    found += [name[len(a):] for name in list(found) for a in articles
              if name.startswith(a) and len(name.split()) == 1 and len(name) > len(a) + 2]
    return [name for name in found if name]
