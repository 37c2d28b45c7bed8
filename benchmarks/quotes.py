"""Quoted figures: quote and speaker extraction against the hand annotation.

    python benchmarks/quotes.py [-v]

Prints quote precision, recall and F1 (a quote matches when 80% of its words are shared both
ways), speaker accuracy on matched quotes (the last name matches), quote-and-speaker F1, and
articles per second on one core over all 181 benchmark articles, for each annotated set in
tests/data/quotes/:

- the development set (26 articles) the rules were first written on;
- held-out sets A to H (heldout/ … heldout8/), each annotated and committed before it was
  measured, measured once, and then used to write rules, so every set but the newest is seen.
  Their first measurements, the honest figures for articles the rules had not been tuned on:

  | set | articles | quotes | quote F1 | speaker accuracy | quote-and-speaker F1 |
  |---|---|---|---|---|---|
  | A | 6 | 36 | 0.925 | 0.677 | |
  | B | 4 | 33 | 0.879 | 0.793 | |
  | C | 4 | 24 | 0.857 | 0.857 | 0.735 |
  | D | 16 | 61 | 0.940 | 0.945 | 0.889 |
  | E | 6 | 67 | 0.887 | 0.780 | 0.692 |
  | F | 6 | 48 | 0.959 | 0.830 | 0.796 |
  | G | 3 | 20 | 0.923 | 1.000 | 0.923 |
  | D+E+F pooled | 28 | 176 | 0.925 | 0.851 | 0.787 |
  | D+E+F+G pooled | 31 | 196 | 0.925 | 0.866 | 0.801 |
  | H | 10 | 46 | 0.944 | 0.714 | 0.674 |

  G's three articles tell stories the development set also covers, in other outlets' words: its
  texts were unseen, its people and their ways of speaking less so.

  H (heldout8/) is the last of the benchmark's pages that are neither reserved nor annotated and
  have quote marks in them: a long Slate feature on John M. Ford with 45 quotes, one Nigerian news
  report with one, and eight pages (reviews, deal lists, an interview in Q and A) whose quote marks
  hold only titles, product copy and scare quotes, a test of precision. Annotated and committed
  before the rules of e020807 were run on it; measured once in the commit after: precision 0.977,
  recall 0.913 (43 found, 42 matched, 30 with the right speaker). The feature is a first-person
  literary story, far from the political news the rules have mostly been tuned on, and it shows:
  of its 12 wrong speakers two are joint speakers the scorer cannot match ("Dale and Martha" for
  "Martha Fry and Dale Ford"; "Martha Fry" alone for "Ford and Fry replied"), and ten are real:
  "According to his aunt, Jane Starner, "…"" left as "his aunt"; "…, which I came to think of as
  Iceberg Passages, after the novelist Jo Walton explained them to me. "…," she said" given to
  "Iceberg Passages" (twice); "When Ford visited his editor Teresa Nielsen Hayden …, "…," she
  recalled" given to Neil Gaiman, the last speaker (twice); Jane Starner's second quote and "Ford's
  now-deceased father told Starner that "…"" given to Ford; Elise Matthesen's second quote after
  ""…," she wrote in an email" given to Ford; her reply after "I immediately thought of Elise
  Matthesen. … how would she feel about all of this?" given to Valerie Smith (twice). One extra is
  a scare quote ("The two had "married,""); the misses are Gaiman's partial quote opening on a
  space, "eulogize Ford as his "blood brother,"", "She "became more and more intermittent"" and
  the Nigerian suit's words ("praying the court to … direct the defendants to "…"").

  Rules written from H's errors after that measurement (8607aa3 to d41ccd0) mend all ten real
  ones, each with a test in invented words that fails on the code before it; over all 1118 stored
  texts (the benchmark's and PolNeAR's) they change 19 speakers besides H's, none for the worse by
  the scorer: "…, after the novelist Jo Walton explained" makes Walton the verb's subject; someone's
  relative ("Ford's now-deceased father") is not the person the story is about; several openings in
  a row are stripped ("But either way, at some point, …"); ""…." X told Y that "…"" cues the next
  quote; "Although he had written a will, …" after a quote is no cue; a name ending a sentence
  before a capitalised word is still found; ", how would she feel …?" hands the one asked about the
  next "she"; the given-name lists go further down the birth records (Neil, Valerie, Owen: 14 of the
  changes only complete "John Dempsey" to "Owen John Dempsey"); an affidavit has a writer; "On July
  27, 2006," keeps its year. H is now seen (speaker accuracy 0.952, quote-and-speaker F1 0.899),
  flattering as every seen figure is.

Targets (issue 4, on articles not tuned on): quote F1 >= 0.93, speaker accuracy >= 0.90,
quote-and-speaker F1 >= 0.85, >= 200 articles/s.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus
import quote_scoring

from reader.core.quotes import extract_quotes


def score(folder: Path, verbose: bool = False) -> quote_scoring.QuoteScore:
    truth = json.loads((corpus.CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    result = quote_scoring.QuoteScore()
    for path in sorted(folder.glob("*.json")):
        annotation = json.loads(path.read_text(encoding="utf-8"))
        found = extract_quotes(truth[annotation["page"]]["articleBody"])
        for problem in result.add(found, annotation["quotes"]):
            if verbose:
                print(f"  {annotation['page'][:10]}: {problem}")
    return result


SPEED_PASSES = 3


def speed() -> float:
    """Articles per second of CPU time, the best of three passes: one pass takes under a second, and
    on a shared machine a single pass swings by a third from run to run (142 to 221 for the same
    code in one session), so the least disturbed pass is the figure to compare."""
    bodies = [page.truth for page in corpus.pages() if page.truth]
    best = float("inf")
    for _ in range(SPEED_PASSES):
        started = time.process_time()
        for body in bodies:
            extract_quotes(body)
        best = min(best, time.process_time() - started)
    return len(bodies) / best


def main() -> int:
    verbose = "-v" in sys.argv
    folder = quote_scoring.ANNOTATION
    quote_scoring.describe("development set", score(folder, verbose), len(list(folder.glob("*.json"))))
    folders = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"]
    for letter, sub in zip("ABCDEFGH", folders, strict=True):
        name = f"held-out set {letter}"
        quote_scoring.describe(name, score(folder / sub, verbose), len(list((folder / sub).glob("*.json"))))
    print(f"speed: {speed():.0f} articles/s on one core (CPU time, 181 benchmark articles, best of 3 passes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
