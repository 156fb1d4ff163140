"""Text that reaches a Markdown artifact (Prefect renders them as HTML in its UI) stays text.

Why: contract names, comments, file names, compiler messages and revert reasons come from users and
their code. In a table cell or a heading they are escaped (no raw HTML, no `|` ending the cell, no
line break ending the row); a whole source goes in a code fence longer than any run of backticks in
it, so `````` in a comment cannot close the fence.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def text(value: object, limit: int | None = None) -> str:
    """One line of inline Markdown showing `value` literally."""
    flat = " ".join(str(value if value is not None else "").split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def fence(body: str, language: str = "") -> str:
    """`body` as a fenced code block that nothing inside it can close."""
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    marker = "`" * max(3, longest + 1)
    return f"{marker}{language}\n{body.rstrip()}\n{marker}"
