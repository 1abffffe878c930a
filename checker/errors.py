"""Input errors, all in one place: each names the file, the line and what is wrong."""
from __future__ import annotations

from dataclasses import dataclass

from .visible import runner_safe


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, printed as `path:line: message`."""

    path: str
    line: int
    message: str
    field: str = ""

    def __str__(self) -> str:
        """One line, whatever the path and message hold (see checker/visible.py)."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f"{self.field}: " if self.field else ""
        return runner_safe(f"{where}: {what}{self.message}")


class InputError(Exception):
    """Raised when inputs cannot be checked; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
