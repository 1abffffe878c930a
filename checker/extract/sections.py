"""Body or boilerplate, by line: a page's tail of widgets, comment forms and link lists is boilerplate.

A line equal to a start marker of any language ("Popular posts from this blog",
"بیشتر بخوانید", "أحدث التعليقات") begins a boilerplate tail that runs to the end;
single-line markers ("Skip to main content"), agency codes standing alone
("135/117") and a start marker followed by a colon and a link's headline on the
same line ("Read more: Floods - toll passes 5,000", "Leia também: ...") are
boilerplate on their own (a teaser between two paragraphs of the body); so is a start
marker followed by another separator of TEASER_SEPARATORS and a headline ("اقرأ أيضاً..
...", "Leia também - ...", "LEA TAMBIÉN | ..."). A start marker with its separator alone on its line ("Read
more:") heads a list of links: it starts the tail as the bare marker does.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import available, load
from .normalize import fold

AGENCY_CODE = re.compile(r"^\s*\d+\s*/\s*\d+\s*$")
# Signs between a teaser's marker and the headline it links to, besides the colon ("اقرأ أيضاً.. ...").
TEASER_SEPARATORS = ":.-–—|»›>"


def _clean(line: str) -> str:
    return " ".join(fold(line).text.lower().split())


Prefixes = dict[str, tuple[str, ...]]  # prefixes by their first character (_by_first)


@lru_cache(maxsize=None)
def markers() -> tuple[frozenset[str], Prefixes, frozenset[str], Prefixes]:
    """Tail start markers, those long enough (20 characters) to start a longer line, single-line markers,
    and the start markers with a colon ("read more:", "lire aussi :") that open a teaser line; the prefixes by
    their first character."""
    starts: set[str] = set()
    lines: set[str] = set()
    for code in available():
        lang = load(code)
        starts.update(_clean(m) for m in lang.boilerplate_starts)
        lines.update(_clean(m) for m in lang.boilerplate_lines)
    bare = {m.rstrip(":").rstrip() for m in starts}
    teasers = tuple(sorted(f"{m}{colon}" for m in bare for colon in (":", " :")))
    return frozenset(starts), _by_first(m for m in starts if len(m) >= 20), frozenset(lines), _by_first(teasers)


def _by_first(prefixes) -> Prefixes:
    """Prefixes by their first character: a line is compared only with those that begin as it does (some 280
    prefixes of every language for each line otherwise)."""
    grouped: dict[str, list[str]] = {}
    for prefix in sorted(prefixes):
        grouped.setdefault(prefix[:1], []).append(prefix)
    return {first: tuple(group) for first, group in grouped.items()}


def boilerplate_lines(folded: str) -> set[int]:
    """The 1-based numbers of the lines of a folded text (normalize.fold) that are boilerplate."""
    starts, long_starts, singles, teasers = markers()
    result: set[int] = set()
    tail = False
    for number, raw in enumerate(folded.split("\n"), start=1):
        line = " ".join(raw.lower().split())
        tail = tail or line in starts or line.startswith(long_starts.get(line[:1], ())) or _heading(line, starts)
        if tail or line in singles or line.startswith(teasers.get(line[:1], ())) or AGENCY_CODE.match(line) \
                or _teaser(line, starts):
            result.add(number)
    return result


@lru_cache(maxsize=None)
def _bare(starts: frozenset[str]) -> Prefixes:
    """The start markers without a separator of their own at the end ("lea también:" is "lea también")."""
    return _by_first({m.rstrip(TEASER_SEPARATORS + " ") for m in starts} - {""})


def _heading(line: str, starts: frozenset[str]) -> bool:
    """Whether a line is a start marker and its separator alone ("Read more:", "اقرأ أيضا:"): the heading of a list
    of links, which starts the tail as the bare marker does."""
    bare = line.rstrip(TEASER_SEPARATORS + " ")
    return bare != line and bare in _bare(starts).get(bare[:1], ())


def _teaser(line: str, starts: frozenset[str]) -> bool:
    """Whether a line is a start marker, a separator and more text ("اقرا ایضا.. 30 الف مشرد")."""
    bares = _bare(starts).get(line[:1], ())
    if not line.startswith(bares):
        return False
    for bare in bares:
        if line.startswith(bare):
            rest = line[len(bare):].lstrip()
            if rest[:1] and rest[:1] in TEASER_SEPARATORS and rest.lstrip(TEASER_SEPARATORS + " "):
                return True
    return False
