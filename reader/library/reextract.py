"""Extraction run again over stored originals, after an upgrade of the rules.

The library keeps every page as it was imported, so a better extractor can be
applied to what is already there. Each article is re-extracted and replaced in
its own transaction: an interrupted run leaves every article either as it was or
fully renewed, and reading state, import date and the original never change.

A "Web Page, complete" save keeps its images in its ``_files`` folder, which is
not in the original: such a page is read again from where it was imported if
that folder is still there, and otherwise left as it is (renewing it from the
HTML alone would lose its images), with the reason in the report.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from reader.core.errors import ReaderError
from reader.core.extract import extract
from reader.core.loader import load_bytes, load_page
from reader.core.model import SavedPage
from reader.library.errors import LibraryError
from reader.library.store import Library


@dataclass
class ReextractReport:
    renewed: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (id, reason)

    def to_json(self) -> dict[str, object]:
        return {"renewed": self.renewed,
                "skipped": [{"id": i, "reason": reason} for i, reason in self.skipped]}  # fmt: skip


def reextract(library: Library, ids: Iterable[int] | None = None,
              progress: Callable[[int, int], None] | None = None) -> ReextractReport:  # fmt: skip
    """Extract the given articles (default: all) again from their stored originals."""
    todo = list(ids) if ids is not None else library.ids()
    report = ReextractReport()
    for done, article_id in enumerate(todo, start=1):
        try:
            page = stored_page(library, article_id)
            if not library.replace(article_id, extract(page)):
                raise LibraryError("no such article")
            report.renewed.append(article_id)
        except (ReaderError, LibraryError) as exc:
            report.skipped.append((article_id, str(exc)))
        if progress is not None:
            progress(done, len(todo))
    return report


def stored_page(library: Library, article_id: int) -> SavedPage:
    """The saved page an article was imported from, as the loader reads it."""
    original = library.original(article_id)
    if original is None:
        raise LibraryError("no such article")
    name, page_format, data = original
    if page_format != "html-complete":
        return load_bytes(data, name)
    row = library.db.execute("SELECT source_path FROM articles WHERE id = ?", [article_id]).fetchone()
    source = row[0] if row else None
    if source and os.path.isfile(source):
        page = load_page(source)
        if page.raw == data and page.format == page_format:  # the same page, its folder beside it
            return page
    raise LibraryError(f"its {os.path.splitext(name)[0]}_files folder is no longer where it was imported "
                       "from; renewing it from the HTML alone would lose its images")  # fmt: skip
