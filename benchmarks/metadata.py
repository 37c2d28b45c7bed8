"""Metadata against the hand annotation: title, authors and publication date of benchmark pages.

    python benchmarks/metadata.py [-v]

Two annotations: tests/data/metadata.json (the first 60 pages; the rules were written after
reading its misses, so its figures are fit) and tests/data/metadata-heldout.json (27 more pages,
annotated afterwards and measured once before any rule was written from it).

Title: exact after whitespace normalisation. Authors: the same set of names
(case and a leading "By" ignored), on pages that name authors. Date: within a
day of the day the page shows (pages give UTC or another zone than the one they
display). Targets (issue 6): title >= 0.95, authors >= 0.90, date >= 0.95.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus

from reader.core.extract import extract
from reader.core.loader import load_bytes

ANNOTATION = Path(__file__).resolve().parent.parent / "tests" / "data" / "metadata.json"
HELD_OUT = ANNOTATION.with_name("metadata-heldout.json")


def _names(authors: list[str] | None) -> set[str]:
    return {" ".join(a.lower().removeprefix("by ").split()) for a in authors or []}


def _spaced(text: str | None) -> str:
    return " ".join((text or "").split())


def _same_day(found: str | None, true: str) -> bool:
    if not found:
        return False
    try:
        return abs((date.fromisoformat(found[:10]) - date.fromisoformat(true)).days) <= 1
    except ValueError:
        return False


def scores(verbose: bool = False, annotation: Path = ANNOTATION) -> dict[str, tuple[int, int]]:
    """Right and counted, per field."""
    truth = {
        k: v for k, v in json.loads(annotation.read_text(encoding="utf-8")).items() if not k.startswith("_")
    }
    pages = {page.page_id: page for page in corpus.pages()}
    result = {"title": [0, 0], "authors": [0, 0], "published": [0, 0]}
    for page_id, expected in truth.items():
        article = extract(load_bytes(pages[page_id].html_bytes(), f"{page_id}.html"))
        checks = {
            "title": (_spaced(article.title) == _spaced(expected["title"]), article.title),
            "authors": (_names(article.authors) == _names(expected["authors"]), article.authors)
            if expected["authors"] is not None else None,
            "published": (_same_day(article.published, expected["published"]), article.published)
            if expected["published"] is not None else None,
        }  # fmt: skip
        for field, check in checks.items():
            if check is None:
                continue
            right, found = check
            result[field][0] += int(right)
            result[field][1] += 1
            if verbose and not right:
                print(f"  {page_id[:10]} {field}: found {found!r}, truly {expected[field]!r}")
    return {field: (right, counted) for field, (right, counted) in result.items()}


def main() -> int:
    for name, annotation in (("first 60 pages", ANNOTATION), ("held-out 27 pages", HELD_OUT)):
        figures = scores("-v" in sys.argv, annotation)
        print(f"{name}: " + ", ".join(f"{field} {right}/{counted} = {right / counted:.3f}"
                                       for field, (right, counted) in figures.items()))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
