"""Body-extraction quality and speed on the 181 real benchmark pages.

    python benchmarks/extraction.py

Prints, in one run, precision / recall / F1 (the benchmark's 4-word-shingle
method) and median ms per page for our pipeline, bare readability-lxml and (with
the "compare" extra installed) bare trafilatura and a fusion of ours with it, on
the same HTML; then our pipeline on the same pages saved by chromium as
MHTML and as select-all text, when ``benchmarks/make_saves.py`` has made them
(text dumps also ship in ``tests/data/text-dumps``).
"""

from __future__ import annotations

import gzip
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
from readability import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus

from reader.core.errors import ReaderError
from reader.core.extract import extract
from reader.core.loader import load_bytes
from reader.core.scoring import score_corpus, score_page

SAVES = Path(__file__).resolve().parent / ".cache" / "saves"
DUMPS = Path(__file__).resolve().parent.parent / "tests" / "data" / "text-dumps"


def ours(data: bytes, name: str) -> str:
    try:
        return extract(load_bytes(data, name)).text
    except ReaderError:
        return ""


def bare_trafilatura(data: bytes, name: str) -> str:
    import trafilatura  # the "compare" extra: pip install -e ".[compare]"

    return (
        trafilatura.extract(data.decode("utf-8", "replace"), include_comments=False, favor_precision=True)
        or ""
    )


def fused(data: bytes, name: str) -> str:
    """Not shipped, measured: our text with trafilatura's opinion (benchmarks/fusion.py)."""
    from fusion import fuse

    return fuse(ours(data, name), bare_trafilatura(data, name))


def bare_readability(data: bytes, name: str) -> str:
    summary = Document(data).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def run(
    label: str, extractor: Callable[[bytes, str], str], source: Callable[[corpus.CorpusPage], bytes | None]
) -> None:
    scores, times = [], []
    for page in corpus.pages():
        data = source(page)
        if data is None:
            continue
        started = time.perf_counter()
        text = extractor(data, page.path.name)
        times.append(time.perf_counter() - started)
        scores.append(score_page(page.truth, text))
    if not scores:
        print(f"{label:<34} (no pages: run benchmarks/make_saves.py)")
        return
    result = score_corpus(scores)
    print(f"{label:<34} pages={result.pages:<4} P={result.precision:.3f} R={result.recall:.3f} "
          f"F1={result.f1:.3f}  median {statistics.median(times) * 1000:.1f} ms/page  "
          f"{len(times) / sum(times):.0f} pages/s")  # fmt: skip


def saved(suffix: str) -> Callable[[corpus.CorpusPage], bytes | None]:
    def read(page: corpus.CorpusPage) -> bytes | None:
        path = SAVES / f"{page.page_id}{suffix}"
        if path.exists():
            return path.read_bytes()
        dump = DUMPS / f"{page.page_id}{suffix}.gz"
        return gzip.decompress(dump.read_bytes()) if dump.exists() else None

    return read


def main() -> int:
    if not corpus.available():
        print("the benchmark corpus is not at", corpus.CORPUS)
        return 1
    run("ours (HTML)", ours, lambda page: page.html_bytes())
    run("bare readability-lxml (HTML)", bare_readability, lambda page: page.html_bytes())
    if importlib.util.find_spec("trafilatura"):
        run("bare trafilatura (HTML)", bare_trafilatura, lambda page: page.html_bytes())
        run("ours fused with trafilatura (HTML)", fused, lambda page: page.html_bytes())
    else:
        print("(pip install -e '.[compare]' to compare with trafilatura)")
    run("ours (chromium MHTML)", ours, saved(".mhtml"))
    run("ours (select-all text)", ours, saved(".txt"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
