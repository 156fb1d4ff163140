"""Which release to try next when the chosen one rejects a file's syntax as too old.

Why: an open-ended pragma (`>=0.4.22`, `>=0.5.11`, `^0.4.0 || ^0.5.0`) allows every release up to the
newest, and a unit gets the project's pin, the bundled release or the newest that fits. Code written
for 0.4 or 0.5 under such a pragma is then compiled by 0.8, which rejects syntax that was legal when it
was written (`function () payable`, `now`, `throw`, `var`, `.call.value()`, a constructor named after
its contract, `address` where 0.5 wants `address payable`, `override` that 0.6 requires...). A serious
tool does what the author's compiler did: when the errors are the kind a newer release raises on older
syntax, it tries the newest release of each older minor line the pragmas allow (0.7.6, 0.6.12,
0.5.17, 0.4.26), newest first, and says which release was used and why.

The markers below are solc's own messages for the breaking changes of 0.5.0, 0.6.0, 0.7.0 and 0.8.0
(its changelogs' "breaking changes" lists), not messages collected from one code base.
"""

from __future__ import annotations

import re
from typing import Any

MISMATCH_TYPES = {"ParserError", "DeclarationError", "TypeError", "SyntaxError"}
MARKERS: list[tuple[re.Pattern[str], tuple[int, int] | None]] = [(re.compile(pattern), line) for pattern, line in [
    # (solc's message, the minor line whose breaking changes raise it: the code needs an older one;
    #  None when several changes raise it: the code needs one older than the release that rejected it)
    (r'"(block\.blockhash\(\)|msg\.gas|sha3|suicide|callcode)" has been deprecated', (0, 5)),
    (r'"throw" is deprecated|"var" keyword is disallowed|"years" as a unit denomination is deprecated', (0, 5)),
    (r"Functions are not allowed to have the same name as the contract", (0, 5)),  # the constructor keyword
    (r"No visibility specified|Data location must be|Functions in interfaces must be declared external", (0, 5)),
    (r'Event invocations have to be prefixed by "emit"|requires a single bytes argument', (0, 5)),
    (r'Use "address\(this\)\.balance"|Expected \'\{\' but got \'constant\'', (0, 5)),
    (r"Expected a state variable declaration\. If you intended this as a fallback function", (0, 6)),  # fallback()/receive()
    (r"is read-only and cannot be used to resize arrays|missing \"override\" specifier|override non-virtual function", (0, 6)),
    (r"should be marked as abstract", (0, 6)),
    (r'"now" has been deprecated|Using "\.(value|gas)\(\.\.\.\)" is deprecated|cannot have internal constructors', (0, 7)),
    (r"has been deprecated|is deprecated|is disallowed", None),
    (r'only available for objects of type "address payable"|not implicitly convertible to expected type address payable', None),
    (r"Explicit type conversion not allowed|Expected primary expression|Expected type name", None),
    (r"Expected ';' but got identifier|Wrong argument count for function call", None),  # szabo/finney (0.7), call.value()()
]]
REMOVED_IN = re.compile(r"removed in version (\d+)\.(\d+)")


def older_line_needed(error: dict[str, Any], current: str) -> tuple[int, int] | None:
    """When `error` is one a newer release raises on syntax an older release accepted: the minor line the
    code needs a release below (None when the error is not of that kind)."""
    if error.get("type") not in MISMATCH_TYPES:
        return None
    message = error.get("message") or ""
    removed = REMOVED_IN.search(message)
    if removed:
        return min((int(removed.group(1)), int(removed.group(2))), line_of(current))
    for pattern, line in MARKERS:
        if pattern.search(message):
            return min(line or line_of(current), line_of(current))
    return None


def line_of(release: str) -> tuple[int, int]:
    major, minor, _ = (int(x) for x in release.split("."))
    return major, minor


def newest_below(line: tuple[int, int], allowed: list[str]) -> str | None:
    """The newest allowed release of the closest minor line below `line` (None when there is none)."""
    below = [r for r in allowed if line_of(r) < line]
    if not below:
        return None
    return max(below, key=lambda r: tuple(int(x) for x in r.split(".")))
