"""factlint: fact-consistency checks for news corpora."""

__version__ = "0.3.0"  # the one place the version is written (pyproject.toml reads it); see CHANGELOG.md
