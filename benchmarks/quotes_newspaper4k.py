"""Quoted figures against held-out set I: nine news texts from newspaper4k's test data.

    python benchmarks/quotes_newspaper4k.py PATH [-v]

PATH is newspaper4k 0.9.6's unpacked source distribution (tests/data/quotes/newspaper4k/README.md
says how to get it). The texts are other people's writing and are not in this repository; the
hand annotation is, with each file's SHA-256, so a different text is refused rather than scored.

Why this set: every earlier held-out set came from the extraction benchmark, and by set H its
unreserved pages were all annotated; PolNeAR's articles were all used to write rules. These nine
texts (four CNN reports, one each from Time, Wired, Fox 13, ONE Esports and The Grayzone) had
never been looked at, and were annotated and committed (86e6cf9) before the rules ran on them.

Prints the same figures as benchmarks/quotes.py: quote precision, recall and F1, speaker accuracy
on matched quotes, quote-and-speaker F1.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import quote_scoring
from quotes import describe

from reader.core.quotes import extract_quotes

ANNOTATION = quote_scoring.ANNOTATION / "newspaper4k"


def article_text(raw: bytes) -> str:
    """One paragraph per line: newspaper4k writes paragraphs apart by blank lines, the rules (and
    the annotation's offsets) take the article body as the extraction benchmark gives it."""
    return "\n".join(line.strip() for line in raw.decode("utf-8").splitlines() if line.strip())


def read_text(root: Path, annotation: dict) -> str:
    raw = (root / annotation["file"]).read_bytes()
    if hashlib.sha256(raw).hexdigest() != annotation["sha256"]:
        raise ValueError(f"{annotation['file']} is not the text that was annotated (SHA-256 differs)")
    return article_text(raw)


def score(root: Path, verbose: bool = False) -> tuple[str, quote_scoring.QuoteScore, int]:
    result = quote_scoring.QuoteScore()
    paths = sorted(ANNOTATION.glob("*.json"))
    for path in paths:
        annotation = json.loads(path.read_text(encoding="utf-8"))
        for problem in result.add(extract_quotes(read_text(root, annotation)), annotation["quotes"]):
            if verbose:
                print(f"  {path.stem}: {problem}")
    return "held-out set I (newspaper4k)", result, len(paths)


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    if not args or not (Path(args[0]) / "tests" / "data" / "txt").is_dir():
        print("usage: python benchmarks/quotes_newspaper4k.py PATH_TO_NEWSPAPER4K_0.9.6 [-v]")
        print("PATH: newspaper4k 0.9.6 unpacked from its source distribution; none of its text is here.")
        return 2
    describe(*score(Path(args[0]), "-v" in sys.argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
