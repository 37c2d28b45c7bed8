"""Import throughput into a fresh library, with 1 and 2 worker processes.

    python benchmarks/import_speed.py

Prints pages per second for the whole import (load, extract, metadata, store,
index) of the 181 benchmark pages, the library's size on disk, and our cost
per page against bare readability-lxml's on the same pages.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from readability import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus

from reader.library import Library
from reader.library.importer import import_pages


def timed_import(paths: list[Path], workers: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "library.db"
        with Library.open(db) as library:
            started = time.perf_counter()
            report = import_pages(library, paths, workers=workers)
            elapsed = time.perf_counter() - started
            library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(f.stat().st_size for f in Path(scratch).iterdir())
        return elapsed, len(report.imported) + len(report.duplicates), size


def main() -> int:
    paths = [page.path for page in corpus.pages()]
    bare = []
    for path in paths:
        data = corpus.CorpusPage("", path, "", "").html_bytes()
        started = time.perf_counter()
        Document(data).summary(html_partial=True)
        bare.append(time.perf_counter() - started)
    bare_total = sum(bare)
    print(f"bare readability-lxml: {len(paths) / bare_total:.1f} pages/s "
          f"(median {statistics.median(bare) * 1000:.1f} ms/page), extraction only")  # fmt: skip
    rates = {}
    for workers in (1, 2):
        elapsed, count, size = timed_import(paths, workers)
        rates[workers] = count / elapsed
        print(f"import, {workers} worker(s): {rates[workers]:.1f} pages/s "
              f"({count} pages in {elapsed:.2f} s), library {size / 2**20:.1f} MB on disk")  # fmt: skip
    print(f"speed-up with 2 workers: {rates[2] / rates[1]:.2f}x (target >= 1.6)")
    print(f"whole import per page vs bare readability: {(1 / rates[1]) / (bare_total / len(paths)):.2f}x "
          "(target <= 1.3)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
