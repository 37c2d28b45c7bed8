"""Scoring quote extraction against the hand annotation in tests/data/quotes/."""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.model import Quote
from reader.core.quotes import extract_quotes

ANNOTATION = Path(__file__).resolve().parent.parent / "tests" / "data" / "quotes"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def load_annotation() -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(ANNOTATION.glob("*.json"))]


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def countable(found: list[Quote]) -> list[Quote]:
    """The quotes a set's scorer counts where its annotation leaves one-word quotes out ("Done,"
    "Probably,"): a one-word quote the rules find is then neither right nor wrong."""
    return [quote for quote in found if len(words(quote.quote)) >= 2]


def same_quote(found: str, true: str) -> bool:
    """Matched when 80% of the true quote's words are in the found one and 80% of the found one's
    words are in the true quote (so a span glued to its neighbour does not match)."""
    a, b = words(found), words(true)
    if not a or not b:
        return False
    shared = len(set(a) & set(b))
    return shared / len(set(b)) >= 0.8 and shared / len(set(a)) >= 0.8


def surname(speaker: str | None) -> str:
    tokens = [t for t in words(speaker or "") if t not in ("jr", "sr", "ii", "iii")]
    last = tokens[-1] if tokens else ""
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


def same_speaker(found: str | None, true: str) -> bool:
    """The last names match; or, both being names, one's last word is a middle word of the
    other's: a compound surname, "Ms. Acosta" for Melba Acosta Febo (added with PolNeAR batch 34;
    no earlier figure changes, and that batch's first measurement would not have either)."""
    if not found:
        return False
    mine, theirs = surname(found), surname(true)
    if mine == theirs:
        return True
    if not (_NAME.fullmatch(found) and _NAME.fullmatch(true)):
        return False
    return theirs in words(found)[1:-1] or mine in words(true)[1:-1]


_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*")
"""Two to four capitalised words: a person's name, not a description ("one person with …")."""


@dataclass
class QuoteScore:
    found: int = 0
    expected: int = 0
    matched: int = 0
    right_speaker: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right_speaker / self.matched if self.matched else 1.0

    @property
    def quote_and_speaker_f1(self) -> float:
        p = self.right_speaker / self.found if self.found else 1.0
        r = self.right_speaker / self.expected if self.expected else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, found: list[Quote], expected: list[dict]) -> list[str]:
        problems = []
        unmatched = list(expected)
        self.found += len(found)
        self.expected += len(expected)
        for quote in found:
            match = next((e for e in unmatched if same_quote(quote.quote, e["quote"])), None)
            if match is None:
                problems.append(f"extra [{quote.speaker}]: {quote.quote[:70]}")
                continue
            unmatched.remove(match)
            self.matched += 1
            if same_speaker(quote.speaker, match["speaker"]):
                self.right_speaker += 1
            else:
                problems.append(f"speaker {quote.speaker!r}, truly {match['speaker']!r}: {quote.quote[:60]}")
        problems += [f"missed [{e['speaker']}]: {e['quote'][:70]}" for e in unmatched]
        return problems


def describe(name: str, result: QuoteScore, articles: int) -> None:
    print(f"{name} ({articles} articles, {result.expected} quotes): precision {result.precision:.3f} "
          f"recall {result.recall:.3f} F1 {result.f1:.3f}; speaker accuracy {result.speaker_accuracy:.3f}; "
          f"quote-and-speaker F1 {result.quote_and_speaker_f1:.3f}")  # fmt: skip


def quotes_of_text(article_text: Callable[[bytes], str]) -> Callable[[Path], list[Quote]]:
    """The rules' quotes on the article text a set makes of each of its files."""
    return lambda file: extract_quotes(article_text(file.read_bytes()))


def score_external(
    folder: Path, root: Path, quotes_of: Callable[[Path], list[Quote]], verbose: bool = False
) -> tuple[QuoteScore, int]:
    """Score a set whose texts live outside this repository (at root, under each annotation's
    "file"): a file that is not the one annotated (its SHA-256 differs) is refused, not scored.
    The quotes are quotes_of(the file): the rules' on a text made from it, or the whole app's
    (extraction, then quotes). One-word quotes are not counted, as the annotation leaves them out."""
    result = QuoteScore()
    paths = sorted(folder.glob("*.json"))
    for path in paths:
        annotation = json.loads(path.read_text(encoding="utf-8"))
        file = root / annotation["file"]
        if hashlib.sha256(file.read_bytes()).hexdigest() != annotation["sha256"]:
            raise ValueError(f"{annotation['file']} is not the text that was annotated (SHA-256 differs)")
        for problem in result.add(countable(quotes_of(file)), annotation["quotes"]):
            if verbose:
                print(f"  {path.stem}: {problem}")
    return result, len(paths)


def run_external(
    name: str, folder: Path, quotes_of: Callable[[Path], list[Quote]], marker: str, usage: str
) -> int:
    """The command line of a held-out set kept outside this repository: `script.py PATH [-v]`,
    where PATH is the unpacked package holding its files (checked by the folder `marker` in it)."""
    args = [a for a in sys.argv[1:] if a != "-v"]
    if not args or not (Path(args[0]) / marker).is_dir():
        print(f"usage: python {sys.argv[0]} PATH [-v]")
        print(f"PATH: {usage}; none of its text is in this repository.")
        return 2
    describe(name, *score_external(folder, Path(args[0]), quotes_of, "-v" in sys.argv))
    return 0
