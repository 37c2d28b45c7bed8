"""Body-text scoring as the article-extraction benchmark defines it.

Both texts become word tokens (``\\w+``), then 4-word shingles; true
positives are the shingles both share (counted with multiplicity). Each page's
counts are normalised to sum to one so long pages weigh no more than short
ones; precision and recall are averaged over pages, and F1 is taken from those
averages.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def score_page(true: str, predicted: str) -> PageScore:
    """Shingle overlap of one page, normalised so that tp + fp + fn == 1."""
    truth, guess = shingles(true), shingles(predicted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    if total:
        return PageScore(tp / total, fp / total, fn / total)
    return PageScore(0.0, 0.0, 0.0)


@dataclass(frozen=True)
class CorpusScore:
    precision: float
    recall: float
    f1: float
    pages: int


def score_corpus(pages: Iterable[PageScore]) -> CorpusScore:
    scores = list(pages)
    precision = statistics.mean(s.precision for s in scores if s.tp + s.fp > 0)
    recall = statistics.mean(s.recall for s in scores if s.tp + s.fn > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return CorpusScore(precision, recall, f1, len(scores))
