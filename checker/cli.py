"""The `factlint` command: a thin shell over checker.engine.

Exit codes: 0 clean, 1 findings at or above --fail-on (or stale baseline entries
with --strict-baseline; for `baseline`, new findings refused), 2 could not check
(usage errors, invalid fact sheets or assertions, unreadable seeds, a missing or
malformed baseline, git errors, internal errors).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from . import __version__
from . import config as settings
from .engine import DEFAULT_FAIL_ON
from .errors import InputError
from .findings import SEVERITIES
from .safefile import MB, SEED_SIZE_LIMIT
from .visible import runner_safe, visible

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # as any file the user writes (mkstemp makes it 0600)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _inputs(args, selection=None):
    """The engine's inputs; selection is None (every seed), seed files, or the Changes since a revision."""
    from .changed import Changes
    from .engine import Inputs
    limit = _seed_limit(args)
    if isinstance(selection, Changes):
        return Inputs(Path(args.seeds), (Path(args.facts),), (Path(args.assertions),), selection.seeds,
                      selection.sheets, selection.assertions, max_seed_bytes=limit)
    return Inputs(Path(args.seeds), (Path(args.facts),), (Path(args.assertions),), selection, max_seed_bytes=limit)


def _seed_limit(args) -> int:
    from .safefile import MB
    if args.max_seed_size <= 0:
        raise UsageError("--max-seed-size must be a positive number of megabytes")
    return int(args.max_seed_size * MB)


def _cache(args):
    """The extraction cache the options ask for, or None with --no-cache."""
    from .cache import MentionCache
    return None if args.no_cache else MentionCache(Path(args.cache_dir))


def say(args, text: str, level: int = 0) -> None:
    """A note on stderr, shown at the run's verbosity (-q: none, default: level 0, -v: level 1 too)."""
    if getattr(args, "verbosity", 0) >= level:
        print(runner_safe(text), file=sys.stderr)


def _note_cache(cache, args=None) -> None:
    if cache is None:
        return
    total = cache.extracted + cache.reused
    say(args, f"extracted {cache.extracted} of {total} seeds ({cache.reused} from the cache in {cache.root})")
    if cache.warning:
        print(runner_safe(f"warning: {cache.warning}"), file=sys.stderr)


@contextmanager
def _progress(args):
    """A progress callback drawing a bar on a terminal (standard error), or None when it is not a
    terminal or with -q."""
    if getattr(args, "quiet", False) or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("seeds"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("seeds", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


@contextmanager
def _executor(args):
    """What runs the per-seed part: None for worker processes on this machine (--jobs), or a Dask
    cluster's executor (--executor dask, at --scheduler or a LocalCluster of --jobs workers)."""
    if args.executor != "dask":
        if args.scheduler:
            raise UsageError("--scheduler needs --executor dask")
        yield None
        return
    from .distributed import connected, executor

    with connected(args.scheduler, args.jobs) as client:
        yield executor(client)


def _jobs(text: str) -> int:
    """--jobs: a positive number of worker processes."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _run_options(parser: argparse.ArgumentParser) -> None:
    from .parallel import all_cores

    parser.add_argument("--jobs", "-j", type=_jobs, default=all_cores(), metavar="N",
                        help="analyse seeds in N worker processes (default: all cores, here %(default)s); "
                             "the output is the same for every N")
    parser.add_argument("--executor", choices=("local", "dask"), default="local",
                        help="local: worker processes on this machine (default); dask: a dask.distributed "
                             "cluster (pip install 'factlint[dask]'), see docs/scale.md")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --executor dask: the scheduler to use (default: a LocalCluster of --jobs workers)")


def _selection(args):
    """What to check (None: all): the positional seed files, or the Changes since --changed-since."""
    if args.changed_since is not None and args.files:
        raise UsageError("give seed files or --changed-since, not both")
    if args.changed_since is not None:
        from .changed import changes_since
        return changes_since(args.changed_since, args.seeds, args.facts, args.assertions)
    return tuple(args.files) if args.files else None


class UsageError(ValueError):
    """A wrong combination of options: exit 2 with the message."""


def cmd_check(args) -> int:
    from . import baseline as baselines
    from .engine import failing, run
    from .render import summary

    if args.strict_baseline and not args.baseline:
        raise UsageError("--strict-baseline needs --baseline FILE")
    accepted = baselines.load(args.baseline) if args.baseline else None  # before the run: fail fast
    only = _selection(args)
    cache = _cache(args)
    with _progress(args) as progress, _executor(args) as executor:
        every_mention = args.format in REPORT_FILES or bool(args.output)  # report.md or HTML: every mention read
        report, _ = run(_inputs(args, only), cache, args.jobs, progress, executor, every_mention)
    stale = []
    if accepted is not None:
        report, stale = baselines.apply(report, accepted, partial=only is not None)
    _note_cache(cache, args)
    if only is not None:
        say(args, f"checked {len(report.seeds)} selected seed{'s' * (len(report.seeds) != 1)}")
    _write_outputs(args, report, stale)
    if args.summary:
        _append_summary(Path(args.summary), summary.render(report, args.fail_on, stale, args.baseline))
    for entry in stale:
        where = f"{args.baseline}:{entry.line}" if entry.line else args.baseline
        print(runner_safe(f"{where}: stale baseline entry (no longer found): {entry}"), file=sys.stderr)
    if stale:
        print(f"{len(stale)} stale baseline entr{'ies' if len(stale) != 1 else 'y'}: remove with "
              f"`factlint baseline --output {args.baseline}`", file=sys.stderr)
    for error in report.errors:
        print(runner_safe(f"error: {error}"), file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    failed = failing(report, args.fail_on)
    for finding in failed:
        say(args, f"{finding.path}:{finding.line}:{finding.column}: {finding.kind}: {finding.message}", 1)
    if failed or (args.strict_baseline and stale):
        return EXIT_FINDINGS
    return EXIT_OK


def _write_outputs(args, report, stale) -> None:
    from .render import github, markdown, sarif, terminal
    from .render import json as json_render
    from .render.summary import baseline_section

    def report_md() -> str:  # rendered only when written: a large corpus's matrix costs seconds
        text = markdown.render(report)
        if args.baseline:
            text += "\n" + baseline_section(stale, args.baseline, level="##") + "\n"
        return text

    if args.format in ("markdown", "html"):
        target = Path(args.output or REPORT_FILES[args.format])
        if args.format == "html":
            from .render import html
            write_atomic(target, html.render(report))
        else:
            write_atomic(target, report_md())
        if args.verbosity >= 0:
            terminal.render(report)
            print(f"report written to {target}")
        return
    if args.format == "json":
        sys.stdout.write(json_render.render(report))
    elif args.format == "sarif":
        sys.stdout.write(sarif.render(report, stale, args.baseline))
    else:
        sys.stdout.write(github.render(report))
    if args.output:
        write_atomic(Path(args.output), report_md())


REPORT_FILES = {"markdown": "report.md", "html": "report.html"}


def cmd_report(args) -> int:
    """Write the report (markdown or one HTML page) without gating: exit 0, or 2 when it could not check."""
    from . import baseline as baselines
    from .engine import run

    accepted = baselines.load(args.baseline) if args.baseline else None
    cache = _cache(args)
    with _progress(args) as progress:
        report, _ = run(_inputs(args), cache, args.jobs, progress, every_mention=True)
    stale = []
    if accepted is not None:
        report, stale = baselines.apply(report, accepted)
    _note_cache(cache, args)
    _write_outputs(args, report, stale)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    return EXIT_ERROR if report.errors else EXIT_OK


def _append_summary(path: Path, text: str) -> None:
    """Add the summary to the file (GitHub collects a step's summary by appending to one file),
    keeping the whole under the 1 MiB GitHub accepts; written atomically."""
    from .render import summary

    before = path.read_text(encoding="utf-8") if path.is_file() else ""
    room = summary.LIMIT - len(before.encode("utf-8"))
    if len(text.encode("utf-8")) > room:
        text = summary.fit(text, max(room, 0))
    write_atomic(path, before + ("\n" if before and not before.endswith("\n") else "") + text)


def cmd_baseline(args) -> int:
    from . import baseline as baselines
    from .engine import run

    path = Path(args.output)
    existing = baselines.load(path) if path.exists() else None
    cache = _cache(args)
    with _progress(args) as progress, _executor(args) as executor:
        report, _ = run(_inputs(args), cache, args.jobs, progress, executor)
    _note_cache(cache, args)
    if report.errors:
        for error in report.errors:
            print(runner_safe(f"error: {error}"), file=sys.stderr)
        print(f"{path}: not written: the corpus could not be checked", file=sys.stderr)
        return EXIT_ERROR
    change = baselines.update(existing, report, args.severity, args.accept_new, args.reason or "")
    text = baselines.dump(change.entries, path.name)
    if existing is None or path.read_text(encoding="utf-8") != text:
        write_atomic(path, text)
    for entry in change.dropped:
        print(f"dropped stale entry: {entry}")
    for entry in change.added:
        print(f"added: {entry}")
    verb = "created" if existing is None else "updated"
    print(f"{path}: {verb}, {len(change.entries)} entr{'ies' if len(change.entries) != 1 else 'y'} "
          f"({len(change.added)} added, {len(change.dropped)} stale dropped)")
    if change.refused:
        print(f"{path}: {len(change.refused)} new finding{'s' * (len(change.refused) != 1)} not added; fix "
              f"{'them' if len(change.refused) != 1 else 'it'}, or review and run `factlint baseline --accept-new`:",
              file=sys.stderr)
        for entry in change.refused:
            print(f"  {entry}  [{entry.fingerprint}]", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def cmd_extract(args) -> int:
    from .corpus import detect_language
    from .extract import extract
    from .render import json as json_render
    from .render.values import mention_value

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(runner_safe(f"{path}: cannot read: {exc}"), file=sys.stderr)
        return EXIT_ERROR
    published = date.fromisoformat(args.published) if args.published else None
    mentions = extract(text, args.lang or detect_language(text), published)
    if args.format == "json":
        sys.stdout.write(json_render.render_mentions(mentions))
        return EXIT_OK
    for m in mentions:
        value = mention_value(m) if not m.unresolved else f"unresolved ({m.unresolved})"
        line = f"{visible(str(path))}:{m.line}:{m.column}\t{m.section}\t{m.kind}\t{visible(repr(m.text))}\t{value}"
        if args.explain:
            line += f"\trule={m.rule} qualifier={m.qualifier} unit={m.unit or '-'}"
        print(line)
    return EXIT_OK


def cmd_validate(args) -> int:
    from .assertions import load_assertions
    from .corpus import load_seeds
    from .facts import load_facts

    problems = []
    facts = None
    for step in ("facts", "assertions", "seeds"):
        try:
            if step == "facts":
                facts = load_facts([Path(args.facts)])
            elif step == "assertions":
                load_assertions([Path(args.assertions)], facts)
            elif Path(args.seeds).is_dir():
                problems += load_seeds(Path(args.seeds), limit=_seed_limit(args))[1]
        except InputError as exc:
            problems += exc.problems
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return EXIT_ERROR
    print(f"ok: {len(facts or ())} facts valid")
    return EXIT_OK


SCHEMAS = ("fact-sheet", "assertions", "baseline")


def cmd_schema(args) -> int:
    """Print a JSON Schema shipped with factlint (to save beside the corpus for an editor)."""
    sys.stdout.write((Path(__file__).parent / "schema" / f"{args.name}.schema.json").read_text(encoding="utf-8"))
    return EXIT_OK


def cmd_suggest(args) -> int:
    """Print fact-sheet entries (YAML) proposed from claims in several seeds that no fact covers."""
    from .suggest import suggest

    if args.min_sources < 1:
        raise UsageError("--min-sources must be at least 1")
    cache = _cache(args)
    text, problems = suggest(Path(args.seeds), [Path(args.facts)], args.min_sources, cache)
    sys.stdout.write(text)
    _note_cache(cache, args)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return EXIT_ERROR if problems else EXIT_OK


def cmd_explain(args) -> int:
    """Why each mention of a seed (or of one line) was or was not linked; or the mentions close to a fact."""
    import json

    from .explain import explain_fact, explain_seed, render_text

    if bool(args.seed) == bool(args.fact):
        raise UsageError("give a seed (SEED or SEED:LINE) or --fact ID, not both")
    if args.fact:
        explanations = explain_fact(args.seeds, [args.facts], args.fact, args.limit)
    else:
        seed, line = _seed_and_line(args.seed)
        explanations = explain_seed(args.seeds, [args.facts], seed, line)
    if args.format == "json":
        document = {"explanations": [e.as_dict() for e in explanations]}
        sys.stdout.write(json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_text(explanations, args.fact or ""))
    return EXIT_OK


def _seed_and_line(text: str) -> tuple[str, int | None]:
    """'seeds/000.txt:33' -> ('seeds/000.txt', 33); a name without a line number -> (name, None)."""
    name, _, line = text.rpartition(":")
    if name and line.isdigit():
        return name, int(line)
    return text, None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", default="seeds", help="directory of seed articles (default: seeds)")
    parser.add_argument("--facts", default="facts", help="fact sheet or directory of sheets (default: facts)")
    parser.add_argument("--assertions", default="assertions", help="assertions file or directory (default: assertions)")
    parser.add_argument("--max-seed-size", type=float, default=SEED_SIZE_LIMIT / MB, metavar="MB",
                        help="refuse (and report) a seed larger than MB megabytes; the others are checked "
                             f"(default: {SEED_SIZE_LIMIT / MB:g})")


def _cache_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cache-dir", default=".factlint-cache",
                        help="where extracted mentions are cached by seed content (default: .factlint-cache)")
    parser.add_argument("--no-cache", action="store_true", help="extract every seed, read and write no cache")


EXAMPLES = """\
examples:
  factlint check                                   check every seed; write report.md
  factlint report --format html                    the report as one HTML page (report.html)
  factlint check --changed-since origin/main --baseline .factlint-baseline.yaml --format github
                                                   the pull-request gate
  factlint baseline                                accept today's findings, to review and commit
  factlint validate                                check fact sheets, assertions and the manifest
  factlint suggest                                 propose facts for what several seeds repeat

exit codes:
  0  clean: no open finding at or above --fail-on (default: error)
  1  findings at or above --fail-on not acknowledged nor in the baseline; stale baseline
     entries with --strict-baseline; for `baseline`, new findings refused
  2  could not check: usage error, invalid inputs, unreadable seed, missing or malformed
     baseline, git error, internal error

Defaults come from [tool.factlint] in pyproject.toml (seeds, facts, assertions, baseline,
strict-baseline, fail-on, format, output, cache-dir, no-cache, jobs); flags override them.
Colour only on a terminal, never with NO_COLOR set.
"""


def _verbosity(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", dest="quiet", action="count", default=0,
                        help="print only problems and failures (no summary, no notes, no progress bar)")
    parser.add_argument("-v", "--verbose", dest="verbose", action="count", default=0,
                        help="print more: each failing finding on stderr")


def _configured(parser: argparse.ArgumentParser, config: settings.Config, rename: dict | None = None) -> None:
    """Set the defaults of parser's options that [tool.factlint] gives (flags still override them)."""
    dests = {action.dest for action in parser._actions}
    values = {(rename or {}).get(dest, dest): value for dest, value in config.values.items()}
    parser.set_defaults(**{dest: value for dest, value in values.items() if dest in dests})


def parser(config: settings.Config | None = None) -> argparse.ArgumentParser:
    config = config or settings.Config()
    main = argparse.ArgumentParser(prog="factlint", description="Fact-consistency checks for news corpora.",
                                   epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    main.add_argument("--version", action="version", version=f"factlint {__version__}")
    sub = main.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check seeds against facts and assertions; write report.md",
                           epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(check)
    check.add_argument("files", nargs="*",
                       help="check only these seed files (source conflicts still against the whole corpus)")
    check.add_argument("--changed-since", metavar="REV",
                       help="check only what changed since the git revision REV: seeds added, modified or "
                            "untracked, and the seeds that changed fact sheets, assertions and manifest "
                            "entries concern")
    check.add_argument("--format", choices=("markdown", "html", "json", "sarif", "github"), default="markdown",
                       help="markdown: report.md and a terminal summary; html: report.html, one self-contained "
                            "page; json, sarif (2.1.0) or github (workflow-command annotations): on standard output")
    check.add_argument("--output", "-o", help="where to write the report (default: report.md, or report.html "
                                              "with --format html)")
    check.add_argument("--fail-on", choices=SEVERITIES[1:], default=DEFAULT_FAIL_ON,
                       help="exit 1 when a finding is at or above this severity (default: error)")
    check.add_argument("--baseline", metavar="FILE",
                       help="accept the findings listed in FILE (see `factlint baseline`); fail only on others")
    check.add_argument("--strict-baseline", action="store_true",
                       help="exit 1 when a baseline entry is no longer found (stale)")
    check.add_argument("--summary", metavar="FILE",
                       help="append a markdown job summary (under 1 MiB) to FILE, e.g. $GITHUB_STEP_SUMMARY")
    _cache_options(check)
    _run_options(check)
    check.set_defaults(handler=cmd_check)
    _configured(check, config)
    rep = sub.add_parser("report", help="write the report (markdown, or one HTML page) without gating: exit 0, "
                                        "or 2 when it could not check")
    _common(rep)
    rep.add_argument("--format", choices=("markdown", "html"), default="markdown",
                     help="markdown (report.md) or html (report.html: one self-contained page)")
    rep.add_argument("--output", "-o", help="where to write it (default: report.md or report.html)")
    rep.add_argument("--baseline", metavar="FILE", help="mark the findings listed in FILE as accepted")
    _cache_options(rep)
    _run_options(rep)
    rep.set_defaults(handler=cmd_report)
    _configured(rep, settings.Config({k: v for k, v in config.values.items() if k not in ("format", "output")}))
    base = sub.add_parser("baseline", help="record the current findings as accepted, in a file to review and commit")
    _common(base)
    base.add_argument("--output", "-o", default=".factlint-baseline.yaml",
                      help="the baseline file to create or update (default: .factlint-baseline.yaml)")
    base.add_argument("--severity", choices=SEVERITIES[1:], default="warning",
                      help="record findings at or above this severity (default: warning)")
    base.add_argument("--accept-new", action="store_true",
                      help="when updating, add new findings too (without it they are listed and refused, exit 1)")
    base.add_argument("--reason", help="the reason written for the entries added (default: "
                                       "'accepted when the baseline was created; review')")
    _cache_options(base)
    _run_options(base)
    base.set_defaults(handler=cmd_baseline)
    _configured(base, settings.Config({k: v for k, v in config.values.items() if k != "output"}),
                {"baseline": "output"})
    ext = sub.add_parser("extract", help="show the mentions of one article")
    ext.add_argument("file")
    ext.add_argument("--lang", help="language code (default: detected)")
    ext.add_argument("--published", help="publication date, YYYY-MM-DD")
    ext.add_argument("--format", choices=("text", "json"), default="text")
    ext.add_argument("--explain", action="store_true", help="show the rule behind each mention")
    ext.set_defaults(handler=cmd_extract)
    val = sub.add_parser("validate", help="validate fact sheets, assertions and the seed manifest")
    _common(val)
    val.set_defaults(handler=cmd_validate)
    _configured(val, config)
    sug = sub.add_parser("suggest", help="propose fact-sheet entries (YAML on standard output) from claims "
                                         "in several seeds that no fact covers")
    sug.add_argument("--seeds", default="seeds", help="directory of seed articles (default: seeds)")
    sug.add_argument("--facts", default="facts", help="fact sheet or directory of sheets (default: facts)")
    sug.add_argument("--min-sources", type=int, default=2, metavar="N",
                     help="propose only what at least N seeds say (default: 2)")
    _cache_options(sug)
    sug.set_defaults(handler=cmd_suggest)
    exp = sub.add_parser("explain", help="why a seed's mentions were or were not linked to facts; or, with "
                                         "--fact, the mentions that came close to a fact")
    exp.add_argument("seed", nargs="?", help="a seed id or file, optionally with :LINE")
    exp.add_argument("--fact", help="explain a fact: the mentions of every seed that came close to it")
    exp.add_argument("--seeds", default="seeds", help="directory of seed articles (default: seeds)")
    exp.add_argument("--facts", default="facts", help="fact sheet or directory of sheets (default: facts)")
    exp.add_argument("--limit", type=int, default=20, help="with --fact: how many mentions (default: 20)")
    exp.add_argument("--format", choices=("text", "json"), default="text")
    exp.set_defaults(handler=cmd_explain)
    _configured(exp, config)
    _configured(sug, config)
    schema = sub.add_parser("schema", help="print a JSON Schema (fact-sheet, assertions, baseline) for editors")
    schema.add_argument("name", choices=SCHEMAS)
    schema.set_defaults(handler=cmd_schema)
    for command in (check, rep, base, ext, val, sug, exp):
        _verbosity(command)
    return main


def main(argv: list[str] | None = None) -> int:
    try:
        config = settings.load()
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_ERROR
    try:
        args = parser(config).parse_args(argv)
    except SystemExit as exc:
        return EXIT_ERROR if exc.code else EXIT_OK
    args.verbosity = getattr(args, "verbose", 0) - getattr(args, "quiet", 0)
    if config.path:
        say(args, f"settings from {config.path} [tool.factlint]", 1)
    try:
        return int(args.handler(args))
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:
        print(runner_safe(f"error: {exc}"), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        raise
    except Exception:  # an internal error must never look like a clean run
        traceback.print_exc()
        return EXIT_ERROR


def entry() -> None:
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # 'factlint extract FILE | head': the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_OK
    sys.exit(code)


if __name__ == "__main__":
    entry()
