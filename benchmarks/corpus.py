"""The shared article-extraction benchmark: 181 real pages and their true text."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "benchmarks" / "article-extraction"


@dataclass(frozen=True)
class CorpusPage:
    page_id: str
    path: Path
    url: str
    truth: str

    def html_bytes(self) -> bytes:
        return gzip.decompress(self.path.read_bytes())


def available() -> bool:
    return (CORPUS / "ground-truth.json").is_file()


def pages() -> Iterator[CorpusPage]:
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        entry = truth[page_id]
        yield CorpusPage(
            page_id=page_id,
            path=CORPUS / "html" / f"{page_id}.html.gz",
            url=entry.get("url") or "",
            truth=entry.get("articleBody") or "",
        )


def reserved_ids() -> set[str]:
    """Pages kept for evaluating quote attribution: never used to develop quote rules."""
    text = (CORPUS / "RESERVED.md").read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if len(line.strip()) == 64}
