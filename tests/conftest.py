"""Shared test setup. Fixture corpora under tests/fixtures are data, not tests."""
collect_ignore_glob = ["fixtures/*"]
