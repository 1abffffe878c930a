"""Why a mention was or was not linked, and which mentions came close to a fact (`factlint explain`).

    from checker.explain import explain_seed, explain_fact, render_text
    explanations = explain_seed("seeds", ["facts"], "seeds/000_675c6171831b61b8.txt", line=33)
    print(render_text(explanations))

Each explanation holds the mention, its frame in words, the seed's scope decisions, and every candidate
fact (from the concept and cue index of checker/link.py) with its score, its reasons and, when it was
not linked, the rule that ruled it out. The reasons are the same strings as the `reasons` of the
JSON findings.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .corpus import load_seeds
from .engine import analyse_seed
from .facts import load_facts
from .link import Candidate, FactIndex, candidates_of, index_facts
from .model import Mention, SeedResult


@dataclass(frozen=True)
class Explanation:
    """One mention: where, what its frame says, and each candidate fact with why it was or was not linked."""

    seed: str
    path: str
    mention: Mention
    frame: tuple[str, ...]
    scope: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    linked: str  # the fact it was linked to, '' when none
    why: str  # one line: why linked, or why not

    def as_dict(self) -> dict:
        return {
            "seed": self.seed, "path": self.path, "line": self.mention.line, "column": self.mention.column,
            "text": self.mention.text, "kind": self.mention.kind, "unit": self.mention.unit,
            "sentence": self.mention.sentence, "frame": list(self.frame), "scope": list(self.scope),
            "linked": self.linked, "why": self.why,
            "candidates": [{"fact": c.fact_id, "score": c.score, "reasons": list(c.reasons),
                            "linkable": c.linkable, "ruled_out": c.ruled_out} for c in self.candidates],
        }


def explain_result(result: SeedResult, index: FactIndex, line: Optional[int] = None) -> list[Explanation]:
    """The explanations of a seed's body mentions (those on `line` only, when given)."""
    frames = {(f.start, f.end): f for f in result.frames}
    linked = {(l.mention.start, l.mention.end): l.fact_id for l in result.links}
    scope = tuple(str(d) for d in result.scope)
    found = []
    for mention in result.mentions:
        if mention.section != "body" or (line is not None and mention.line != line):
            continue
        span = (mention.start, mention.end)
        ranked = tuple(candidates_of(mention, frames.get(span), index, result.seed.published, result.scope))
        fact = linked.get(span, "")
        found.append(Explanation(result.seed.id, result.seed.path, mention,
                                 frames[span].describe() if span in frames else (), scope, ranked, fact,
                                 _why(fact, ranked)))
    return found


def _why(fact: str, ranked: Sequence[Candidate]) -> str:
    if fact:
        top = next(c for c in ranked if c.fact_id == fact)
        return f"linked to {fact} (score {top.score:g}: {', '.join(top.reasons)})"
    if not ranked:
        return "not linked: no fact's measure or cue is named in its sentence"
    best = ranked[0]
    if best.linkable:
        return (f"not linked: {best.fact_id} keeps another mention of the same sentence, nearer its measure"
                " or cue")
    if best.ruled_out:
        return f"not linked: the best candidate {best.fact_id} is ruled out: {best.ruled_out}"
    return f"not linked: the best candidate {best.fact_id} scores {best.score:g}, below the threshold"


def explain_seed(seeds: str | Path, facts: Iterable[str | Path], seed: str, line: Optional[int] = None,
                 cache=None) -> list[Explanation]:
    """Explain the mentions of one seed, named by its id or its file (of the seeds directory or not)."""
    loaded_facts = load_facts(list(facts))
    index = index_facts(loaded_facts)
    found = _find_seed(Path(seeds), seed)
    result = analyse_seed(found, loaded_facts, index, cache)
    return explain_result(result, index, line)


def _find_seed(seeds: Path, name: str):
    corpus, _ = load_seeds(seeds)
    for candidate in corpus:
        if candidate.id == name or Path(candidate.path).resolve() == Path(name).resolve():
            return candidate
    if Path(name).is_file():
        extra, problems = load_seeds(seeds, [name])
        if extra:
            return extra[0]
        raise ValueError(str(problems[0]) if problems else f"cannot read seed {name!r}")
    known = ", ".join(s.id for s in corpus[:10])
    raise ValueError(f"no seed {name!r} in {seeds} (seeds: {known}{', …' if len(corpus) > 10 else ''})")


def explain_fact(seeds: str | Path, facts: Iterable[str | Path], fact_id: str, limit: int = 20,
                 cache=None) -> list[Explanation]:
    """The mentions of every seed that came closest to a fact: those the index names it for, best first."""
    loaded_facts = load_facts(list(facts))
    if fact_id not in {f.id for f in loaded_facts}:
        raise ValueError(f"no fact {fact_id!r} in the fact sheets")
    index = index_facts(loaded_facts)
    corpus, _ = load_seeds(Path(seeds))
    close = []
    for seed in corpus:
        result = analyse_seed(seed, loaded_facts, index, cache)
        for explanation in explain_result(result, index):
            mine = next((c for c in explanation.candidates if c.fact_id == fact_id), None)
            if mine is not None:
                close.append(((explanation.linked != fact_id, not mine.linkable, -mine.score,
                               explanation.seed, explanation.mention.start), explanation))
    close.sort(key=lambda pair: pair[0])
    return [explanation for _, explanation in close[:limit]]


def render_text(explanations: Sequence[Explanation], fact: str = "") -> str:
    """Explanations for a terminal: the mention, its frame, the scope, and each candidate."""
    if not explanations:
        return ("no mention came close to " + fact if fact else "no mention on that line") + "\n"
    blocks = []
    for e in explanations:
        lines = [f"{e.path}:{e.mention.line}:{e.mention.column}: {e.mention.text!r} ({e.mention.kind}"
                 + (f", unit {e.mention.unit!r}" if e.mention.unit else "") + ")",
                 f"  {e.why}"]
        lines += [f"  frame {part}" for part in e.frame]
        lines += [f"  scope {part}" for part in e.scope]
        for c in e.candidates:
            if fact and c.fact_id != fact:
                continue
            verdict = "linkable" if c.linkable else (f"ruled out: {c.ruled_out}" if c.ruled_out else "below threshold")
            lines.append(f"  candidate {c.fact_id}: score {c.score:g} [{'; '.join(c.reasons)}] -> {verdict}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"
