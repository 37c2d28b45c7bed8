"""Extraction run again over stored originals, after an upgrade of the rules.

The library keeps every page as it was imported, so a better extractor can be
applied to what is already there. Extraction runs in worker processes (as
import does); each article is replaced in its own transaction by the calling
process, so an interrupted run leaves every article either as it was or fully
renewed, and reading state, import date and the original never change.

A "Web Page, complete" save keeps its images in its ``_files`` folder, which is
not in the original: such a page is read again from where it was imported if
that folder is still there, and otherwise left as it is (renewing it from the
HTML alone would lose its images), with the reason in the report.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from reader.core.errors import ReaderError
from reader.core.extract import extract
from reader.core.loader import load_bytes, load_page
from reader.core.model import Article, SavedPage
from reader.library.errors import LibraryError
from reader.library.importer import in_pool
from reader.library.store import Library

Original = tuple[int, str, str, bytes, str | None]
"""An article's id, and its original's name, format, bytes and the path it was imported from."""


@dataclass
class ReextractReport:
    renewed: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (id, reason)

    def to_json(self) -> dict[str, object]:
        return {"renewed": self.renewed,
                "skipped": [{"id": i, "reason": reason} for i, reason in self.skipped]}  # fmt: skip


def reextract(library: Library, ids: Iterable[int] | None = None,
              progress: Callable[[int, int], None] | None = None,
              workers: int | None = None) -> ReextractReport:  # fmt: skip
    """Extract the given articles (default: all) again from their stored originals."""
    todo = list(ids) if ids is not None else library.ids()
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo) or 1))
    report = ReextractReport()
    originals = _originals(library, todo, report)
    results: Iterator[tuple[Original, Article | str]] = (
        ((original, renew(original)) for original in originals) if workers == 1
        else in_pool(renew, originals, workers)
    )  # fmt: skip
    for original, result in results:
        article_id = original[0]
        try:
            if isinstance(result, str):
                raise LibraryError(result)
            if not library.replace(article_id, result):
                raise LibraryError("no such article")
            report.renewed.append(article_id)
        except LibraryError as exc:
            report.skipped.append((article_id, str(exc)))
        if progress is not None:
            progress(len(report.renewed) + len(report.skipped), len(todo))
    return report


def _originals(library: Library, ids: list[int], report: ReextractReport) -> Iterator[Original]:
    """Each article's original, read as the workers need it (not all at once)."""
    for article_id in ids:
        original = library.original(article_id)
        row = library.db.execute("SELECT source_path FROM articles WHERE id = ?", [article_id]).fetchone()
        if original is None or row is None:
            report.skipped.append((article_id, "no such article"))
            continue
        yield (article_id, *original, row[0])


def renew(original: Original) -> Article | str:
    """Worker task: the article extracted again, or why it was left as it was."""
    try:
        return extract(page_of(original))
    except (ReaderError, LibraryError) as exc:
        return str(exc)
    except RecursionError:
        return "markup nested too deeply to read"


def page_of(original: Original) -> SavedPage:
    """The saved page an article was imported from, as the loader reads it."""
    _, name, page_format, data, source = original
    if page_format != "html-complete":
        return load_bytes(data, name)
    if source and os.path.isfile(source):
        page = load_page(source)
        if page.raw == data and page.format == page_format:  # the same page, its folder beside it
            return page
    raise LibraryError(f"its {os.path.splitext(name)[0]}_files folder is no longer where it was imported "
                       "from; renewing it from the HTML alone would lose its images")  # fmt: skip
