"""The `factlint` command: a thin shell over checker.engine.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 could not check
(usage errors, invalid fact sheets or assertions, unreadable seeds, internal errors).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from datetime import date
from pathlib import Path

from .errors import InputError
from .findings import SEVERITIES

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def write_atomic(path: Path, text: str) -> None:
    """Write a file so that readers see the old or the new content, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _inputs(args):
    from .engine import Inputs
    return Inputs(Path(args.seeds), (Path(args.facts),), (Path(args.assertions),),
                  tuple(args.files) if args.files else None)


def cmd_check(args) -> int:
    from .engine import failing, run
    from .render import json as json_render
    from .render import markdown, terminal

    report, _ = run(_inputs(args))
    if args.format == "json":
        sys.stdout.write(json_render.render(report))
        if args.output:
            write_atomic(Path(args.output), markdown.render(report))
    else:
        write_atomic(Path(args.output or "report.md"), markdown.render(report))
        terminal.render(report)
        print(f"report written to {args.output or 'report.md'}")
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if report.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failing(report, args.fail_on) else EXIT_OK


def cmd_extract(args) -> int:
    from .corpus import detect_language
    from .extract import extract
    from .render import json as json_render
    from .render.values import format_value

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{path}: cannot read: {exc}", file=sys.stderr)
        return EXIT_ERROR
    published = date.fromisoformat(args.published) if args.published else None
    mentions = extract(text, args.lang or detect_language(text), published)
    if args.format == "json":
        sys.stdout.write(json_render.render_mentions(mentions))
        return EXIT_OK
    for m in mentions:
        value = format_value(m.kind, m.value, m.unit) if not m.unresolved else f"unresolved ({m.unresolved})"
        line = f"{path}:{m.line}:{m.column}\t{m.section}\t{m.kind}\t{m.text!r}\t{value}"
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
                problems += load_seeds(Path(args.seeds))[1]
        except InputError as exc:
            problems += exc.problems
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return EXIT_ERROR
    print(f"ok: {len(facts or ())} facts valid")
    return EXIT_OK


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", default="seeds", help="directory of seed articles (default: seeds)")
    parser.add_argument("--facts", default="facts", help="fact sheet or directory of sheets (default: facts)")
    parser.add_argument("--assertions", default="assertions", help="assertions file or directory (default: assertions)")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="factlint", description="Fact-consistency checks for news corpora.")
    sub = main.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check seeds against facts and assertions; write report.md")
    _common(check)
    check.add_argument("files", nargs="*", help="check only these seed files")
    check.add_argument("--format", choices=("markdown", "json"), default="markdown")
    check.add_argument("--output", "-o", help="where to write the markdown report (default: report.md)")
    check.add_argument("--fail-on", choices=SEVERITIES[1:], default="error",
                       help="exit 1 when a finding is at or above this severity (default: error)")
    check.set_defaults(handler=cmd_check)
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
    return main


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_ERROR if exc.code else EXIT_OK
    try:
        return int(args.handler(args))
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_ERROR
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception:  # an internal error must never look like a clean run
        traceback.print_exc()
        return EXIT_ERROR


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
