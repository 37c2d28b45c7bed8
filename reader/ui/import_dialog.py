"""The import dialog: choose files and folders, see what each is, import with progress, read the summary.

The dialog only gathers paths and shows outcomes; the import itself is the
window's background job (the same one drag-and-drop uses), so the library has
one way in and the window stays responsive whatever the dialog does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)  # fmt: skip

from reader.core.errors import PageError
from reader.core.loader import sniff_format
from reader.library.importer import ImportReport, Progress, find_pages
from reader.ui.import_worker import ImportJob

FORMAT_NAMES = {
    "html": "HTML only",
    "html-complete": "Web Page, complete",
    "mhtml": "MHTML",
    "singlefile": "SingleFile",
    "webarchive": "Safari web archive",
    "text": "Plain text",
}
FILE_FILTER = "Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.webarchive *.txt *.gz);;All files (*)"
NAME, FORMAT, STATUS = range(3)
FAILED_COLOUR = QColor("#b3261e")

StartImport = Callable[[list[str]], ImportJob]


class ImportDialog(QDialog):
    """Lists the chosen pages with their detected format, then imports them and reports each outcome."""

    def __init__(self, start_import: StartImport, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle("Import saved pages")
        self.resize(760, 460)
        self._start_import = start_import
        self._items: dict[str, QTreeWidgetItem] = {}
        self.job: ImportJob | None = None
        self.report: ImportReport | None = None
        self._build()
        self._update_buttons()

    def _build(self) -> None:
        self.add_files_button = QPushButton("Add &Files…")
        self.add_folder_button = QPushButton("Add F&older…")
        self.remove_button = QPushButton("&Remove")
        self.add_files_button.clicked.connect(self._choose_files)
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.remove_button.clicked.connect(self._remove_selected)
        choosers = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            choosers.addWidget(button)
        choosers.addStretch(1)

        self.file_list = QTreeWidget()
        self.file_list.setHeaderLabels(["File", "Format", "Status"])
        self.file_list.setRootIsDecorated(False)
        self.file_list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.file_list.setUniformRowHeights(True)  # fast with thousands of rows
        header = self.file_list.header()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FORMAT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(STATUS, 240)
        header.setStretchLastSection(False)

        self.summary = QLabel("Add saved pages: files, or a folder to search.")
        self.summary.setWordWrap(True)
        self.progress_bar = QProgressBar(visible=False)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addWidget(self.file_list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)

    # -- choosing ------------------------------------------------------------------------

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Choose saved pages", "", FILE_FILTER)
        self.add_paths(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Choose a folder of saved pages")
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: list[str]) -> None:
        """Add files (and every saved page inside folders), each with its detected format."""
        for path in find_pages(paths):
            key = str(path)
            if key in self._items:
                continue
            item = QTreeWidgetItem([path.name, "", ""])
            item.setToolTip(NAME, key)
            try:
                item.setText(FORMAT, FORMAT_NAMES.get(sniff_format(path), "?"))
            except PageError as exc:
                item.setText(FORMAT, "—")
                self._mark_failed(item, str(exc))
            self._items[key] = item
            self.file_list.addTopLevelItem(item)
        self._update_buttons()
        self.summary.setText(f"{len(self._items)} file{'s' if len(self._items) != 1 else ''} to import.")

    def _remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self._items.pop(item.toolTip(NAME), None)
            self.file_list.takeTopLevelItem(self.file_list.indexOfTopLevelItem(item))
        self._update_buttons()

    def paths(self) -> list[str]:
        return list(self._items)

    # -- importing -----------------------------------------------------------------------

    def start(self) -> None:
        """Import every listed file in the background; a file already known to fail is still tried,
        so its reason comes from the same place as every other outcome."""
        if not self._items or self.job is not None:
            return
        for item in self._items.values():
            item.setText(STATUS, "Waiting")
            item.setForeground(STATUS, QBrush())
        self.progress_bar.setRange(0, len(self._items))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.summary.setText("Importing…")
        self.job = self._start_import(self.paths())
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(self._on_finished)
        self.job.signals.failed.connect(self._on_job_failed)
        self._update_buttons()

    def cancel(self) -> None:
        """During an import: stop after the file in hand (what is stored stays). Otherwise: close."""
        if self.job is not None and self.report is None:
            self.job.cancel()
            self.summary.setText("Cancelling…")
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def _on_progress(self, event: Progress) -> None:
        self.progress_bar.setValue(event.done)
        item = self._items.get(event.path)
        if item is None:
            return
        if event.outcome == "failed":
            self._mark_failed(item, event.error or "failed")
        else:
            item.setText(STATUS, {"imported": "Imported", "duplicate": "Already in the library"}.get(
                event.outcome, event.outcome))  # fmt: skip
        self.file_list.scrollToItem(item)

    def _on_finished(self, report: ImportReport) -> None:
        self.report = report
        self.progress_bar.setVisible(False)
        if report.cancelled:
            for item in self._items.values():
                if item.text(STATUS) == "Waiting":
                    item.setText(STATUS, "Not imported (cancelled)")
        parts = [f"Imported {len(report.imported)}", f"duplicates {len(report.duplicates)}",
                 f"failed {len(report.failed)}"]  # fmt: skip
        verdict = "Cancelled. " if report.cancelled else "Done. "
        reasons = "".join(f"\n{Path(f['path']).name}: {f['error']}" for f in report.failed[:5])
        more = f"\n… and {len(report.failed) - 5} more (see the list)" if len(report.failed) > 5 else ""
        self.summary.setText(verdict + ", ".join(parts) + "." + reasons + more)
        self._update_buttons()

    def _on_job_failed(self, message: str) -> None:
        self.report = ImportReport(cancelled=True)
        self.progress_bar.setVisible(False)
        self.summary.setText(f"The library could not be opened for import: {message}")
        self._update_buttons()

    def _mark_failed(self, item: QTreeWidgetItem, reason: str) -> None:
        item.setText(STATUS, f"Failed: {reason}")
        item.setToolTip(STATUS, reason)
        item.setForeground(STATUS, QBrush(FAILED_COLOUR))

    def _update_buttons(self) -> None:
        running = self.job is not None and self.report is None
        finished = self.report is not None
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            button.setEnabled(self.job is None)
        self.import_button.setEnabled(bool(self._items) and self.job is None)
        self.import_button.setDefault(self.job is None)
        self.cancel_button.setVisible(not finished)
        self.cancel_button.setEnabled(True)
        self.close_button.setVisible(finished)
        self.close_button.setDefault(finished)
        self.cancel_button.setToolTip("Stop importing; pages already imported stay" if running else "")

    def reject(self) -> None:
        """Closing the window while importing cancels the import rather than hiding it."""
        if self.job is not None and self.report is None:
            self.job.cancel()
        super().reject()
