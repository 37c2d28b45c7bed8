"""Scoring teaser extraction against the hand annotation in tests/data/related/teasers.json."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reader.core.model import RelatedLink

ANNOTATION = Path(__file__).resolve().parent.parent / "tests" / "data" / "related" / "teasers.json"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


HELD_OUT = ANNOTATION.with_name("teasers-heldout.json")


def load_annotation(path: Path = ANNOTATION) -> dict[str, list[dict[str, str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def words(title: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", title).lower())


def same_headline(found: str, true: str) -> bool:
    """The same teaser: 80% of the longer headline's words are shared (tolerates a trimmed
    ellipsis or a byline glued on)."""
    a, b = words(found), words(true)
    if not a or not b:
        return False
    shared = len(set(a) & set(b))
    return shared / max(len(set(a)), len(set(b))) >= 0.8


@dataclass
class TeaserScore:
    true_positives: int = 0
    found: int = 0
    expected: int = 0
    right_position: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def position_accuracy(self) -> float:
        return self.right_position / self.true_positives if self.true_positives else 1.0

    def add(self, found: list[RelatedLink], expected: list[dict[str, str]]) -> list[str]:
        """Count one page; returns what went wrong, for reading."""
        problems = []
        unmatched = list(expected)
        self.found += len(found)
        self.expected += len(expected)
        for link in found:
            match = next((e for e in unmatched if same_headline(link.title, e["title"])), None)
            if match is None:
                problems.append(f"extra: {link.title} ({link.position})")
                continue
            unmatched.remove(match)
            self.true_positives += 1
            if link.position == match["position"]:
                self.right_position += 1
            else:
                problems.append(f"position {link.position}, truly {match['position']}: {link.title}")
        problems += [f"missed: {e['title']} ({e['position']})" for e in unmatched]
        return problems
