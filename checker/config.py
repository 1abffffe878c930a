"""`[tool.factlint]` in pyproject.toml: the defaults of the CLI and of the pytest plugin.

    [tool.factlint]
    seeds = "seeds"
    facts = "facts"
    assertions = "assertions"
    baseline = ".factlint-baseline.yaml"
    fail-on = "error"

The table of the nearest pyproject.toml (the directory, then its parents) is read;
a flag on the command line (or a pytest option) overrides it. Paths are relative to
the directory of that pyproject.toml. An unknown key or a wrong value is a
`pyproject.toml:LINE: tool.factlint.KEY: message` problem (exit 2).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .errors import InputError, Problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE = "pyproject.toml"
SEVERITY_NAMES = ("error", "warning", "info")
FORMATS = ("markdown", "json", "sarif", "github", "html")


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected text")
    return value


def _choice(options: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in options:
            raise ValueError(f"expected one of: {', '.join(options)}; got {value!r}")
        return value
    return check


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"expected a whole number of at least 1, got {value!r}")
    return value


# key in [tool.factlint] -> (the option's dest, how the value is checked, whether it is a path)
KEYS: dict[str, tuple[str, Callable[[Any], Any], bool]] = {
    "seeds": ("seeds", _text, True),
    "facts": ("facts", _text, True),
    "assertions": ("assertions", _text, True),
    "baseline": ("baseline", _text, True),
    "strict-baseline": ("strict_baseline", _flag, False),
    "fail-on": ("fail_on", _choice(SEVERITY_NAMES), False),
    "format": ("format", _choice(FORMATS), False),
    "output": ("output", _text, True),
    "cache-dir": ("cache_dir", _text, True),
    "no-cache": ("no_cache", _flag, False),
    "jobs": ("jobs", _count, False),
}


@dataclass(frozen=True)
class Config:
    """The settings of [tool.factlint] by option dest, and where they were read."""

    values: dict = field(default_factory=dict)
    path: str = ""

    def get(self, dest: str, default: Any = None) -> Any:
        return self.values.get(dest, default)


def find(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml at or above start (the current directory)."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        if (directory / FILE).is_file():
            return directory / FILE
    return None


def load(start: Path | None = None) -> Config:
    """The [tool.factlint] settings of the nearest pyproject.toml (none: an empty Config)."""
    path = find(start)
    if path is None:
        return Config()
    text = path.read_text(encoding="utf-8")
    try:
        table = tomllib.loads(text).get("tool", {}).get("factlint")
    except tomllib.TOMLDecodeError as exc:
        raise InputError(Problem(_shown(path), _error_line(exc), f"TOML: {exc}", "tool.factlint")) from None
    if table is None:
        return Config()
    values, problems = {}, []
    for key, value in table.items():
        line = _line(text, key)
        if key not in KEYS:
            problems.append(Problem(_shown(path), line, f"unknown key {key!r} (known: {', '.join(KEYS)})",
                                    f"tool.factlint.{key}"))
            continue
        dest, check, is_path = KEYS[key]
        try:
            checked = check(value)
        except ValueError as exc:
            problems.append(Problem(_shown(path), line, str(exc), f"tool.factlint.{key}"))
            continue
        values[dest] = _relative(path.parent, checked) if is_path else checked
    if problems:
        raise InputError(problems)
    return Config(values, _shown(path))


def _relative(root: Path, value: str) -> str:
    """A path of the table as the CLI uses it: relative to the current directory when it can be."""
    full = root / value
    try:
        return str(full.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(full)


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _line(text: str, key: str) -> int:
    """The line of `key =` inside [tool.factlint] (TOML parsers keep no lines)."""
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.replace(" ", "") == "[tool.factlint]"
        elif inside and re.match(rf'["\']?{re.escape(key)}["\']?\s*=', stripped):
            return number
    return 1


def _error_line(exc: Exception) -> int:
    found = re.search(r"line (\d+)", str(exc))
    return int(found.group(1)) if found else 1
