"""The engine: seeds + facts + assertions -> Report. The CLI and the pytest plugin are shells over it."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Optional

from .assertions import applies_to, load_assertions, violations
from .cache import MentionCache
from .claims import Vocabulary, claim_rows, claim_terms, claims_of, known_terms, stored_claims
from .cluster import GroupingContext, conflict_findings, group_claims, grouping_text
from .compare import attributed, compare, partial_counts, still_rising
from .corpus import SeedSource, seed_sources
from .detect import extract_seed, language_findings
from .emptiness import empty_selectors, require_something
from .facts import load_facts, sheet_files
from .event_year import in_event_year
from .frames import frame_mentions
from .findings import seed_findings, severity_rank, source_conflicts
from .incremental import Store, cached, files_key, keep_pair_index, pair_index
from .link import index_facts, link_mentions
from .model import Assertion, Fact, Finding, Report, Seed, SeedResult
from .named import outside_names
from .pairindex import PairIndex
from .parallel import Outcome, Shared, collector_paused, map_seeds, read_back, sound, stored_first, untrusted
from .published import note_inferred, undated_weekdays
from .scope import decide_scope, other_occurrence
from .safefile import SEED_SIZE_LIMIT
from .encoding import encoding_findings
from .spoofing import made_visible, suspicious_findings


@dataclass(frozen=True)
class Inputs:
    seeds: Path
    facts: tuple[Path, ...]
    assertions: tuple[Path, ...]
    # Check only these seed files (against the facts, and against the whole seeds directory for
    # source conflicts); None checks every seed. An empty tuple checks none.
    only: Optional[tuple[str, ...]] = None
    # With `only`: fact sheets and assertion files that changed; the seeds their facts link to and
    # the seeds their assertions apply to are checked too.
    changed_sheets: tuple[str, ...] = ()
    changed_assertions: tuple[str, ...] = ()
    max_seed_bytes: int = SEED_SIZE_LIMIT  # a larger seed is refused (reported), the others checked


def analyse_seed(seed: Seed, facts: tuple[Fact, ...], index=None, cache: Optional[MentionCache] = None,
                 vocabulary: Optional[Vocabulary] = None, grouping: Optional[GroupingContext] = None) -> SeedResult:
    """Extract (or read from the cache), decide the event scope, read year-less dates in the event's year, frame,
    link and compare one seed. With grouping (the facts' GroupingContext), what grouping reads of its claims is
    computed too (SeedResult.grouping), instead of their terms."""
    index = index if index is not None else index_facts(facts)
    if cache is not None:
        mentions = cache.mentions(seed)
    else:
        mentions = tuple(extract_seed(seed))
    mentions = outside_names(seed, mentions, index.events)  # ("ریو گرانده دو سول": no 2)
    scope = decide_scope(seed, mentions, index.events)
    mentions = in_event_year(mentions, scope, index.events)
    frames = frame_mentions(seed, mentions, index.names)
    scope = other_occurrence(seed, scope, mentions, frames, facts)
    links = tuple(link_mentions(mentions, index, seed.published, frames, scope))
    comparisons = tuple(compare(link, index.by_id[link.fact_id], seed) for link in links)
    comparisons = still_rising(partial_counts(attributed(comparisons, index.by_id, mentions), mentions, frames,
                                               index.by_id, seed))
    result = SeedResult(seed, mentions, links, comparisons, frames=frames, scope=scope,
                        text_findings=tuple(suspicious_findings(seed, mentions) + encoding_findings(seed)))
    claims = claims_of([result])
    vocabulary = grouping.vocabulary if grouping is not None else vocabulary or Vocabulary.of(facts)
    terms, rows = claim_terms(result, vocabulary, claims), claim_rows(claims, mentions)
    if grouping is None or rows is None:
        return replace(result, claim_terms=terms, claims=rows)
    known = {(seed.id, start, end): dict(weights) for start, end, weights in terms}
    return replace(result, claims=rows, grouping=grouping_text(claims, facts, grouping, known))


def build_report(results: list[SeedResult], facts: tuple[Fact, ...], assertions: tuple[Assertion, ...],
                 errors: Iterable[str] = (), scope: Optional[set[str]] = None,
                 index: Optional[PairIndex] = None, jobs: int = 1) -> Report:
    """The report of the seeds whose ids are in scope (all when None): their findings, and the
    source conflicts between one of them and any seed of results; conflicts between two seeds out
    of scope are left out (they were reported when those seeds were checked). index: the grouping's
    pairs of the last run (checker/pairindex.py), updated with this run's. jobs: the cores grouping may score
    its pairs on."""
    by_id = {fact.id: fact for fact in facts}
    seeds = {r.seed.id: r.seed for r in results}
    conflicts = source_conflicts([c for r in results for c in r.comparisons], by_id, seeds)
    rows = {r.seed.id: r.grouping for r in results if r.grouping}
    # the claims no fact covers (a stored result's built only when grouping reads more of them than their rows)
    groups = group_claims(stored_claims(results), facts, known=known_terms(results), index=index, rows=rows, jobs=jobs)
    conflicts += conflict_findings(groups)
    if scope is not None:
        results = [r for r in results if r.seed.id in scope]
        groups = [g for g in groups if scope.intersection(g.seeds)]
        conflicts = [f for f in conflicts if f.seed in scope or f.other_seed in scope]
    base: list[Finding] = []
    for result in results:
        base += seed_findings(result.comparisons, by_id, result.seed)
    base += conflicts
    draft = Report(tuple(results), facts, tuple(base), tuple(errors))
    concerning = _by_seed(base)
    judged: dict[str, Finding] = {}
    extra: list[Finding] = []
    for assertion in assertions:
        for result in results:
            # the seed's own findings are all violations() looks at: no scan of the whole corpus per seed
            view = Report(draft.seeds, facts, tuple(concerning.get(result.seed.id, ())), draft.errors)
            for finding in violations(assertion, result, view):
                if finding.kind == "not-mentioned":
                    extra.append(finding)
                elif finding.fingerprint not in judged or _stronger(finding, judged[finding.fingerprint]):
                    judged[finding.fingerprint] = finding
    findings = [judged.get(f.fingerprint, f) for f in base] + extra
    weekdays = {r.seed.id: undated_weekdays(r.seed, r.mentions) for r in results if r.seed.published is None}
    findings = [note_inferred(f, seeds, weekdays) for f in findings] + language_findings(r.seed for r in results)
    findings += [f for r in results for f in r.text_findings]
    findings = [made_visible(f) for f in findings]
    findings.sort(key=lambda f: (f.seed, f.line, f.column, f.fact, f.kind, f.assertion, f.fingerprint))
    return Report(tuple(results), facts, tuple(findings), tuple(errors), tuple(groups))


def _by_seed(findings: list[Finding]) -> dict[str, list[Finding]]:
    """The findings of each seed, a source conflict under both of its seeds, in their order."""
    concerning: dict[str, list[Finding]] = {}
    for finding in findings:
        for seed_id in dict.fromkeys((finding.seed, finding.other_seed)):
            if seed_id:
                concerning.setdefault(seed_id, []).append(finding)
    return concerning


def _stronger(new: Finding, old: Finding) -> bool:
    """An unacknowledged violation outranks an acknowledged one; then the higher severity wins."""
    return (not new.acknowledged, severity_rank(new.severity)) > (not old.acknowledged, severity_rank(old.severity))


def run(inputs: Inputs, cache: Optional[MentionCache] = None, jobs: int = 1,
        progress: Optional[Callable[[int, int], None]] = None, executor=None,
        every_mention: bool = False) -> tuple[Report, tuple[Assertion, ...]]:
    """Check a corpus, or only the seeds of inputs.only against it. Raises InputError when facts,
    assertions or the manifest are invalid; an unreadable seed is listed in report.errors and the
    others still run. With a cache, a seed extracted before is not extracted again. The seeds are
    analysed in jobs worker processes (or by executor, e.g. checker.distributed's); the report is
    the same whichever, byte for byte. progress(done, total) is called after each seed. every_mention: the report
    will be rendered with every mention (report.md, HTML), not only those of its findings and groups."""
    store = Store(cache.root) if cache is not None else None
    facts_key = files_key(sheet_files(inputs.facts)) if store is not None else ""
    facts = cached(store, "facts", facts_key, lambda: load_facts(inputs.facts))
    assertions = load_assertions(inputs.assertions, facts)
    sources = seed_sources(inputs.seeds, limit=inputs.max_seed_bytes, store=store)
    require_something(Path(inputs.seeds), sources, facts, inputs.facts)
    scope = None
    if inputs.only is not None:
        sources, scope = _with_selected(inputs, sources)
    shared = Shared(facts, index_facts(facts), cache, store, facts_key, GroupingContext.of(facts))
    counts = (cache.extracted, cache.reused) if cache is not None else (0, 0)
    compute = executor or map_seeds
    outcomes = stored_first(sources, shared, compute, jobs=jobs, progress=progress)
    collected = _collect(outcomes, cache, counts)
    again = (sources, shared, compute, jobs, cache)
    if every_mention:  # the renderer reads every mention: what was read back is checked before, not when rendered
        collected = _computed_again(collected, [r.seed.id for r in collected[0] if read_back(r) and not sound(r)],
                                    *again)
    with collector_paused():  # the reduction's objects hold no cycles (parallel.collector_paused)
        try:
            report = _reduced(inputs, collected, assertions, scope, shared, jobs)
        except Exception:
            # a result read back that this version did not write (its checksum fits, what the reduction reads late
            # does not): its seed computed again, never trusted; the reduction done again
            redo = untrusted(collected[0])
            if not redo:
                raise
            report = _reduced(inputs, _computed_again(collected, redo, *again), assertions, scope, shared, jobs)
    return report, assertions


def _computed_again(collected: tuple, redo: list[str], sources: list[SeedSource], shared: Shared, compute, jobs: int,
                    cache: Optional[MentionCache]) -> tuple:
    """collected (results, problems, keys) with the seeds of redo computed again, their stored results dropped first
    (so that they are not read back again), in collected's order."""
    if not redo:
        return collected
    results, problems, keys = collected
    for seed_id in redo:
        shared.store.drop("results", keys[seed_id])
    chosen = set(redo)
    counts = (cache.extracted, cache.reused - len(chosen)) if cache is not None else (0, 0)
    fresh, new_problems, new_keys = _collect(compute([s for s in sources if s.id in chosen], shared, jobs=jobs),
                                             cache, counts)
    by_id = {result.seed.id: result for result in fresh}  # a seed computed again may now be a problem
    kept = [by_id.get(r.seed.id) if r.seed.id in chosen else r for r in results]
    keys = {seed: key for seed, key in keys.items() if seed not in chosen} | new_keys
    return [r for r in kept if r is not None], problems + new_problems, keys


def _reduced(inputs: Inputs, collected: tuple, assertions: tuple[Assertion, ...], scope: Optional[set[str]],
             shared: Shared, jobs: int = 1) -> Report:
    """The report of the seeds' results (collected: results, problems, keys of their stored results): their
    findings and groups (with the stored grouping index, kept again), on jobs cores where it can."""
    (results, problems, keys), facts, store = collected, shared.facts, shared.store
    problems = problems + (empty_selectors(assertions, results) if inputs.only is None else [])
    if scope is not None:
        scope = scope | affected(results, facts, assertions, inputs.changed_sheets, inputs.changed_assertions)
    index = pair_index(store, shared.facts_key, keys)
    report = build_report(results, facts, assertions, [str(p) for p in problems], scope, index, jobs)
    keep_pair_index(store, shared.facts_key, index)
    return report


def affected(results: list[SeedResult], facts: tuple[Fact, ...], assertions: tuple[Assertion, ...],
             sheets: Iterable[str], assertion_files: Iterable[str]) -> set[str]:
    """The ids of the seeds that changed sheets and assertion files concern: those linked to a fact
    of a changed sheet, those a changed assertion applies to, and those a `mentioned` assertion
    about a changed fact applies to (a fact it no longer finds is a finding too)."""
    sheets = {Path(p).resolve() for p in sheets}
    files = {Path(p).resolve() for p in assertion_files}
    touched = {fact.id for fact in facts if Path(fact.path).resolve() in sheets}
    concerned = [a for a in assertions if a.path and Path(a.path).resolve() in files
                 or a.rule == "mentioned" and any(not a.facts or f in a.facts for f in touched)]
    seeds = set()
    for result in results:
        seed = result.seed
        if touched.intersection(link.fact_id for link in result.links) \
                or any(applies_to(a, seed.id, seed.path) for a in concerned):
            seeds.add(seed.id)
    return seeds


def _collect(outcomes: Iterable[Outcome], cache: Optional[MentionCache],
             counts: tuple[int, int] = (0, 0)) -> tuple[list[SeedResult], list, dict[str, str]]:
    """The results and problems of the outcomes, in their order, and the keys of the stored results
    by seed id; the cache's counts and warning updated with what the workers did."""
    results, problems, keys = [], [], {}
    extracted, reused = counts
    for outcome in outcomes:
        if outcome.problem is not None:
            problems.append(outcome.problem)
            continue
        results.append(outcome.result)
        if outcome.key:
            keys[outcome.result.seed.id] = outcome.key
        extracted += outcome.extracted
        reused += not outcome.extracted
        if cache is not None and outcome.warning and not cache.warning:
            cache.warning = outcome.warning
    if cache is not None:
        cache.extracted, cache.reused = extracted, reused
    return results, problems, keys


def _with_selected(inputs: Inputs, corpus: list[SeedSource]) -> tuple[list[SeedSource], set[str]]:
    """The corpus plus the selected files outside it, and the selected seeds' ids."""
    where = {Path(source.path).resolve(): source for source in corpus}
    wanted = [Path(p) for p in inputs.only or ()]
    outside = [str(p) for p in wanted if p.resolve() not in where]
    extra = seed_sources(inputs.seeds, outside, inputs.max_seed_bytes) if outside else []
    chosen = {p.resolve() for p in wanted}
    sources = corpus + extra
    return sources, {source.id for source in sources if Path(source.path).resolve() in chosen}


# What fails when nobody says otherwise (`--fail-on`, `fail-on` in [tool.factlint], `factlint_fail_on`).
DEFAULT_FAIL_ON = "error"


def fails(finding: Finding, fail_on: str = DEFAULT_FAIL_ON) -> bool:
    """The one rule of the gate, for `factlint check` and the pytest plugin alike: a finding fails when
    nobody accepted it (an assertion's acknowledgement, the baseline) and its severity (the assertion's,
    else the catalogue's) is at or above fail_on."""
    return not finding.acknowledged and finding.severity != "none" \
        and severity_rank(finding.severity) >= severity_rank(fail_on)


def failing(report: Report, fail_on: str = DEFAULT_FAIL_ON) -> list[Finding]:
    """The findings that fail the gate (see fails)."""
    return [f for f in report.findings if fails(f, fail_on)]
