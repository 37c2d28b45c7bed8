"""A line-level fusion of two extractors' texts, measured in benchmarks/extraction.py, not shipped.

Where the second extractor's text lies mostly inside ours, our lines it has
nothing of are dropped (furniture), unless that would drop more than a quarter
of our words (then it is the one that missed content). Where ours lies mostly
inside its text, its long lines we lack are added. It once lifted F1 from 0.965 to 0.973; since
our own rules took the same pages (embedded posts, captions, standfirsts, bylines and datelines,
the page's own <article>), ours alone scores 0.981 and the fusion 0.980 at twice the time, so
trafilatura stays out of the pipeline.
"""

from __future__ import annotations

import re

AGREE = 0.9
KEEP_SHARE = 0.5
MIN_KEPT_WORDS = 0.75
ADD_LINE_WORDS = 20
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def _keeps(line: str, theirs: set[tuple[str, ...]]) -> bool:
    words = shingles(line)
    return len(words) < 3 or len(words & theirs) / len(words) >= KEEP_SHARE


def fuse(ours: str, other: str) -> str:
    mine, theirs = shingles(ours), shingles(other)
    if not mine:
        return other
    if not theirs:
        return ours
    shared = len(mine & theirs)
    lines = [line for line in ours.split("\n") if line.strip()]
    out = lines
    if shared / len(theirs) >= AGREE:
        kept = [line for line in lines if _keeps(line, theirs)]
        if _words(kept) >= MIN_KEPT_WORDS * _words(lines):
            out = kept
    if shared / len(mine) >= AGREE:
        have = shingles("\n".join(out))
        for line in other.split("\n"):
            words = shingles(line)
            if len(line.split()) >= ADD_LINE_WORDS and words and len(words & have) / len(words) < 0.2:
                out.append(line)
    return "\n".join(out)
