"""`--workers audit=2,testing=1`: what may be asked for, and the one-line errors for the rest."""

from __future__ import annotations

import pytest

from hyperagent.errors import ConfigurationError
from hyperagent.stack.stage_workers import parse_counts


def test_counts_per_stage():
    assert parse_counts("audit=2, testing=1") == {"audit": 2, "testing": 1}
    assert parse_counts("generation") == {"generation": 1}
    assert parse_counts(None) == {} and parse_counts("") == {}


@pytest.mark.parametrize("text, message", [
    ("deployment=1", "no stage worker for 'deployment': choose from generation, audit, testing"),
    ("audit=two", "the count must be a whole number, e.g. audit=2"),
    ("audit=-1", "cannot be negative"),
])
def test_bad_counts_say_what_to_write(text, message):
    with pytest.raises(ConfigurationError, match=message):
        parse_counts(text)
