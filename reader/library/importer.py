"""Batch import: many saved pages into the library, using every core.

Loading and extraction are CPU-bound and run in worker processes; storing runs
in the calling process, one transaction per article, so the library has one
writer. A page that fails is reported with its reason and the batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.errors import ReaderError
from reader.core.extract import extract
from reader.core.loader import is_page_name, load_page
from reader.core.model import Article, SavedPage
from reader.library.errors import LibraryError
from reader.library.store import Library

logger = logging.getLogger(__name__)

Result = tuple[Article, SavedPage] | str
"""A worker's answer for one file: the article and page, or why it failed."""
Outcome = tuple[str, Result]


@dataclass
class ImportReport:
    """The outcome of a batch, in the CLI's JSON shape."""

    imported: list[int] = field(default_factory=list)
    duplicates: list[dict[str, object]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    cancelled: bool = False

    def to_json(self) -> dict[str, object]:
        return {"imported": self.imported, "duplicates": self.duplicates, "failed": self.failed}


@dataclass(frozen=True)
class Progress:
    """One finished file: ``outcome`` is "imported", "duplicate" or "failed"."""

    done: int
    total: int
    path: str
    outcome: str
    article_id: int | None = None
    error: str | None = None


ProgressCallback = Callable[[Progress], None]


def find_pages(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to import: files as given, folders searched for saved pages.

    A "Web Page, complete" save's ``NAME_files`` folder holds the page's
    images and scripts, not pages: it is not searched.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not d.endswith("_files"))
                found.extend(Path(root) / name for name in sorted(files)
                             if not name.startswith(".") and is_page_name(Path(name)))  # fmt: skip
        else:
            found.append(path)  # a missing file is reported when it is read
    return found


def load_and_extract(path: str) -> Result:
    """Worker task: the article and page, or a one-line reason for failing."""
    try:
        page = load_page(path)
        article = extract(page)
    except ReaderError as exc:
        return str(exc)
    except MemoryError:
        return "not enough memory to read this page"
    except RecursionError:
        return "markup nested too deeply to read"
    except Exception as exc:  # a bug: report it with the file, keep the batch going
        logger.exception("unexpected failure on %s", path)
        return f"internal error ({exc.__class__.__name__}: {exc})"
    page.resources = {}  # the article holds the images it uses; the rest stays in page.raw
    page.compress()  # here, in the worker, not in the process that stores
    return article, page


def import_pages(
    library: Library,
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import files and folders; returns what was imported, duplicated and failed."""
    files = [str(p) for p in find_pages(paths)]
    workers = max(1, min(workers or os.cpu_count() or 1, len(files) or 1))
    report = ImportReport()
    outcomes = _extract_inline(files) if workers == 1 else _extract_in_pool(files, workers)
    for done, (path, outcome) in enumerate(outcomes, 1):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            outcomes.close()
            break
        event = _store(library, path, outcome, report)
        if progress is not None:
            progress(Progress(done, len(files), path, *event))
    return report


def _store(library: Library, path: str, outcome: Result,
           report: ImportReport) -> tuple[str, int | None, str | None]:  # fmt: skip
    if isinstance(outcome, str):
        report.failed.append({"path": path, "error": outcome})
        return "failed", None, outcome
    article, page = outcome
    try:
        result = library.add(article, page, source_path=os.path.abspath(path))
    except LibraryError as exc:
        report.failed.append({"path": path, "error": str(exc)})
        return "failed", None, str(exc)
    if result.duplicate:
        report.duplicates.append({"path": path, "id": result.id})
        return "duplicate", result.id, None
    report.imported.append(result.id)
    return "imported", result.id, None


def _extract_inline(files: list[str]) -> Iterator[Outcome]:
    for path in files:
        yield path, load_and_extract(path)


def _extract_in_pool(files: list[str], workers: int) -> Iterator[Outcome]:
    return in_pool(load_and_extract, files, workers)


def in_pool(task: Callable[[Any], Any], items: Iterable[Any], workers: int) -> Iterator[tuple[Any, Any]]:
    """``task(item)`` for each item in worker processes: results in order, with a bounded number
    of items in flight (memory stays flat however many there are). A worker that dies becomes a
    one-line reason for its item, and the rest go on."""
    context = multiprocessing.get_context("forkserver" if sys.platform == "linux" else "spawn")
    if sys.platform == "linux":
        # Workers fork from a server that has already imported lxml and readability.
        context.set_forkserver_preload(["reader.library.importer"])
    pending: deque[tuple[Any, Future[Any]]] = deque()
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        for item in items:
            pending.append((item, executor.submit(task, item)))
            if len(pending) >= workers * 4:
                yield _next_result(pending)
        while pending:
            yield _next_result(pending)
    finally:
        for _, future in pending:
            future.cancel()
        executor.shutdown(wait=True, cancel_futures=True)


def _next_result(pending: deque[tuple[Any, Future[Any]]]) -> tuple[Any, Any]:
    item, future = pending.popleft()
    try:
        return item, future.result()
    except BrokenProcessPool:
        return item, "the worker process stopped unexpectedly (out of memory?)"
