"""Imports off the GUI thread: a one-shot QRunnable that reports by signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from reader.library import Library, LibraryError
from reader.library.importer import ImportReport, Progress, import_pages


class ImportSignals(QObject):
    progress = Signal(object)  # Progress
    finished = Signal(object)  # ImportReport
    failed = Signal(str)


class ImportJob(QRunnable):
    """Imports paths into the library file with its own connection (SQLite: one per thread)."""

    def __init__(self, library_path: Path | None, paths: list[str], workers: int | None = None) -> None:
        super().__init__()
        self.signals = ImportSignals()
        self._library_path = library_path
        self._paths = paths
        self._workers = workers
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            with Library.open(self._library_path) as library:
                report: ImportReport = import_pages(
                    library, self._paths, workers=self._workers,
                    progress=self._report, should_cancel=self._cancel.is_set,
                )  # fmt: skip
        except LibraryError as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(report)

    def _report(self, event: Progress) -> None:
        self.signals.progress.emit(event)
