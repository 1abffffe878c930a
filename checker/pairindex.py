"""The grouping index: the pairs of claims scored by the last run, kept so that a rerun scores only the
pairs a change touches.

Grouping (checker/cluster.py) compares a claim with its next neighbours in sorted lists (its block's
*postings*: one list a rare term, one an exact value, one the whole block). Whether two claims are
compared, and their score, depend only on the two claims and the claims between them in that list. So
a list whose claims are those of the last run, less some and plus others, in the same order, keeps
every pair of the last run whose two claims and the claims between them are unchanged; only the pairs
that span an added claim or the place of a removed one are scored again.

A claim is known by its *tag*: the key of its seed's stored result (checker/incremental.py: the seed's
text, manifest entry and the facts, under the code version), its place among its seed's claims, and
the terms its block leaves out of it (frequent ones). Same tag, same claim, same comparisons. The index
is stored under the facts' key; a list the index does not hold, or whose claims moved, is scored in
full, and a damaged index is a miss (checker/incremental.py), so a rerun always finds the pairs a cold
run finds. A stored list is read only when grouping asks for it (a damaged one is then scored in full),
and one that did not change is written again as it was read: tags and evidence keep their numbers from
run to run (Stored, _Table).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Callable, Iterable, Optional

# The stored form: the tags, the distinct evidence, and per posting list its claims (numbers into the
# tags) and its pairs, flat: first, second (places in the list), score, evidence (a number), weak.
PAIR_FIELDS = 5


class PairIndex:
    """The pairs of each posting list of the last run (old: a Stored index) and of this one (new), by the
    list's name."""

    def __init__(self, old: Optional["Stored"] = None, keys: Optional[dict] = None):
        self.old = old
        self.keys = keys or {}  # seed id -> the key of its stored result
        # name -> the list as the last run stored it (unchanged), or (tags, {(place, place): result})
        self.new: dict[str, object] = {}
        self.changed = old is None  # whether this run's index differs from the last one's
        self.claims = 0  # how many claims this run tagged

    def tags(self, claims: Iterable) -> Optional[list[str]]:
        """The tag of each claim (claims.claims_of's order: a seed's claims together, in their rows'
        order), or None when a seed has no stored result."""
        found, place, last = [], 0, None
        for claim in claims:
            seed = claim.seed.id
            if seed not in self.keys:
                return None
            place = place + 1 if seed == last else 0
            last = seed
            found.append(f"{self.keys[seed][:16]}.{place}")
        self.claims = len(found)
        return found

    def fresh(self) -> bool:
        """Whether the last run left no index: posting() then scores every pair its lists compare."""
        return self.old is None

    def posting(self, name: str, tags: list[str], candidates: Callable[[int], Iterable[int]],
                score: Callable[[int, int], Optional[tuple]], reach: int) -> dict:
        """The accepted pairs of one posting list, {(place, place): score(...)}: the last run's where
        the claims from one to the other are unchanged, score() for the others. candidates(p): the
        places after p its claim is compared with; reach: the most places apart two compared claims are."""
        old = self.old.posting(name) if self.old is not None else None
        if old is not None and old[0] == tags:
            self.new[name] = self.old.lists[name]  # stored again as it is
            return old[1]
        self.changed = True
        moves = _Moves.of(old[0], tags) if old is not None else None
        if moves is None:
            found = {(p, q): r for p in range(len(tags)) for q in candidates(p) if (r := score(p, q)) is not None}
        else:
            found = {(moves.now[o], moves.now[q]): result for (o, q), result in old[1].items()
                     if moves.kept(moves.now[o], moves.now[q])}
            for p in moves.starts(reach):
                for q in candidates(p):
                    if not moves.kept(p, q) and (r := score(p, q)) is not None:
                        found[(p, q)] = r
        self.new[name] = (tags, found)
        return found

    def scored(self, name: str, tags: list[str], found: dict) -> dict:
        """found, the accepted pairs of one posting list its caller scored in full (a fresh index: posting() would
        have scored them all), kept as posting() keeps them."""
        self.changed = True
        self.new[name] = (tags, found)
        return found

    def differs(self) -> bool:
        """Whether this run's index is not the last run's (it is then stored again)."""
        return self.changed or self.new.keys() != self.old.lists.keys()

    def stored(self) -> dict:
        """The index of this run in its stored form. The last run's tags and evidence keep their numbers
        (this run's are added after them), so a list that did not change is written as it was read;
        when the tags of claims gone outnumber this run's claims, every number is given again."""
        old = self.old if self.old is not None and len(self.old.tags) <= 2 * self.claims + SPARE_TAGS else None
        tags = _Table(old.tags if old is not None else ())
        evidence = _Table(old.why if old is not None else ())
        lists = {}
        for name in sorted(self.new):
            entry = self.new[name]
            if type(entry) is not tuple:  # the last run's list, unchanged
                if old is not None:
                    lists[name] = entry
                    continue
                entry = self.old.posting(name)
            names, found = entry
            flat: list = []
            for (p, q), (score, why, weak) in sorted(found.items()):
                flat += [p, q, score, evidence.number(tuple(why)), int(weak)]
            lists[name] = [[tags.number(tag) for tag in names], flat]
        return {"tags": tags.values, "evidence": [list(e) for e in evidence.values], "lists": lists}


class _Table:
    """Values numbered in the order they were first met, after those of the last run (their numbers kept)."""

    def __init__(self, values: Iterable):
        self.values = list(values)
        self.numbers = {value: n for n, value in enumerate(self.values)}

    def number(self, value) -> int:
        found = self.numbers.get(value)
        if found is None:
            found = self.numbers[value] = len(self.values)
            self.values.append(value)
        return found


# Tags of claims gone that a stored index may keep besides twice this run's claims before it is renumbered.
SPARE_TAGS = 1000


class Stored:
    """The index of the last run as it was stored; a list is read when grouping asks for it."""

    def __init__(self, tags: list, evidence: list, lists: dict):
        if not all(type(tag) is str for tag in tags) or type(lists) is not dict:
            raise ValueError("not an index")
        self.tags = tags
        self.why = [tuple(str(e) for e in item) for item in evidence]
        self.lists = lists

    def posting(self, name: str) -> Optional[tuple[list, dict]]:
        """(tags, {(place, place): result}) of one list, or None when there is none or it is damaged (its
        claims are then all scored again)."""
        entry = self.lists.get(name)
        if entry is None:
            return None
        try:
            numbers, flat = entry
            tags = [self.tags[n] for n in numbers]
            why, size, found = self.why, len(numbers), {}
            for at in range(0, len(flat), PAIR_FIELDS):
                p, q, score, e, weak = flat[at:at + PAIR_FIELDS]
                if type(p) is not int or type(q) is not int or not 0 <= p < q < size:
                    raise ValueError("a pair outside its list")
                found[(p, q)] = (float(score), why[e], bool(weak))
            return tags, found
        except (TypeError, ValueError, IndexError):
            return None


def loaded(value) -> Optional[Stored]:
    """The old index of a stored one; None when it is not one this module wrote (the index is then built
    again from nothing). A damaged list is found when it is read, and scored again."""
    try:
        return Stored(value["tags"], value["evidence"], value["lists"])
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


class _Moves:
    """How a posting list changed since the last run: its claims kept (in the same order), added, removed."""

    def __init__(self, now: list[int], size: int):
        self.now = now  # each old claim's place now, -1 when removed
        self.before = {p: o for o, p in enumerate(now) if p >= 0}  # place now -> place before
        self.added = [p for p in range(size) if p not in self.before]
        self.gaps, following = [], size  # where a removed claim stood: the place of the next claim kept
        for p in reversed(now):
            if p < 0:
                self.gaps.append(following)
            else:
                following = p
        self.inserted = [0]  # claims added before each place
        for p in range(size):
            self.inserted.append(self.inserted[-1] + (p not in self.before))

    @classmethod
    def of(cls, old_tags: list, tags: list[str]) -> Optional["_Moves"]:
        """The moves from old_tags to tags; None when a tag is twice in tags or two kept claims swapped."""
        places = {tag: p for p, tag in enumerate(tags)}
        now = [places.get(tag, -1) for tag in old_tags]
        kept = [p for p in now if p >= 0]
        if len(places) != len(tags) or any(a >= b for a, b in zip(kept, kept[1:])):
            return None
        return cls(now, len(tags))

    def kept(self, p: int, q: int) -> bool:
        """Whether the claims from place p to place q, and none between, are those of the last run."""
        before = self.before
        return p >= 0 and q >= 0 and p in before and q in before and before[q] - before[p] == q - p \
            and self.inserted[q + 1] == self.inserted[p]

    def starts(self, reach: int) -> list[int]:
        """The places whose pairs may span an added claim or the place of a removed one."""
        size = len(self.inserted) - 1
        return sorted({s for d in self.added + self.gaps for s in range(max(0, d - reach), min(d + 1, size))})


def dropped_tag(tag: str, dropped: Iterable[str]) -> str:
    """The tag of a claim whose block leaves out some of its terms (they say nothing in that block)."""
    return f"{tag}-{_digest(frozenset(dropped))}"


@lru_cache(maxsize=4096)
def _digest(dropped: frozenset) -> str:
    """The hash of a set of terms a block leaves out (the same few sets for most of a block's claims)."""
    return hashlib.sha256("\x1f".join(sorted(dropped)).encode("utf-8")).hexdigest()[:12]
