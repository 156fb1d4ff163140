"""Fixed-width views of the request, cut only between words.

Rules read a few dozen characters on either side of a number, an address or a feature word. A window cut at a fixed
width can start or end inside a word, and the piece left reads as a word of its own: "shops" cut to "ps" was an
aside marker, "name" cut to "me" a pronoun. Each view blanks such a piece (with spaces, so that offsets within the
view still hold) and keeps whole words only.
"""
from __future__ import annotations


def _inside_word(text: str, at: int) -> bool:
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def before(text: str, at: int, width: int) -> str:
    """Up to `width` characters ending at `at`, with no word cut at the start."""
    start = max(0, at - width)
    window = text[start:at]
    if not _inside_word(text, start):
        return window
    cut = 0
    while cut < len(window) and window[cut].isalnum():
        cut += 1
    return " " * cut + window[cut:]


def after(text: str, at: int, width: int) -> str:
    """Up to `width` characters starting at `at`, with no word cut at the end."""
    end = min(len(text), at + width)
    window = text[at:end]
    if not _inside_word(text, end):
        return window
    cut = len(window)
    while cut > 0 and window[cut - 1].isalnum():
        cut -= 1
    return window[:cut] + " " * (len(window) - cut)
