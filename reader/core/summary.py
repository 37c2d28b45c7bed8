"""Figures a reader sees beside a title: words, reading time, an excerpt."""

from __future__ import annotations

WORDS_PER_MINUTE = 230
EXCERPT_CHARS = 280


def word_count(text: str) -> int:
    return len(text.split())


def reading_minutes(text: str) -> int:
    """Minutes at an adult's average silent reading speed; at least one for any text."""
    words = word_count(text)
    return max(1, round(words / WORDS_PER_MINUTE)) if words else 0


def excerpt_of(description: str | None, text: str) -> str | None:
    """The page's own description, else the start of the body cut at a word."""
    if description and len(description.split()) >= 4:
        return description
    first = next((p for p in text.split("\n\n") if len(p.split()) >= 8), text).strip()
    if not first:
        return None
    if len(first) <= EXCERPT_CHARS:
        return first
    return first[:EXCERPT_CHARS].rsplit(" ", 1)[0] + "…"
