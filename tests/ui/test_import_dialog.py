"""Importing through the dialog: formats shown up front, progress, a summary with reasons, Cancel."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.ui.import_dialog import FORMAT, NAME, STATUS, ImportDialog
from reader.ui.main_window import MainWindow
from tests.ui.helpers import snap


def _folder_of_pages(saved: Path, tmp_path: Path, webarchives: Path) -> Path:
    folder = tmp_path / "pages"
    shutil.copytree(saved / "complete", folder / "complete")
    for name in ("chromium.mhtml", "singlefile.html", "html-only.htm", "select-all.txt"):
        shutil.copy(saved / name, folder)
    shutil.copy(next(webarchives.glob("*.webarchive")), folder)
    (folder / "broken.mhtml").write_bytes(  # cut off in the middle of its first part
        b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="B"\n\n--B\n'
        b"Content-Type: text/html\n\n<html><body><p>The beginning of"
    )
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a page")  # not a page name: not picked up
    return folder


def _rows(dialog: ImportDialog) -> dict[str, tuple[str, str]]:
    items = (dialog.file_list.topLevelItem(i) for i in range(dialog.file_list.topLevelItemCount()))
    return {item.text(NAME): (item.text(FORMAT), item.text(STATUS)) for item in items}


def test_dialog_lists_formats_imports_and_summarises(
    window: MainWindow, qtbot, saved: Path, tmp_path: Path, webarchives: Path
) -> None:
    dialog = window.choose_import()
    assert dialog.isVisible() and not dialog.import_button.isEnabled()
    dialog.add_paths([str(_folder_of_pages(saved, tmp_path, webarchives))])
    rows = _rows(dialog)
    assert {name: fmt for name, (fmt, _) in rows.items()} == {
        "Story.html": "Web Page, complete",
        "chromium.mhtml": "MHTML",
        "singlefile.html": "SingleFile",
        "html-only.htm": "HTML only",
        "select-all.txt": "Plain text",
        next(webarchives.glob("*.webarchive")).name: "Safari web archive",
        "broken.mhtml": "MHTML",
    }
    dialog.add_paths([str(tmp_path / "pages" / "chromium.mhtml")])  # already listed: not twice
    assert dialog.file_list.topLevelItemCount() == 7
    snap(dialog, "import-dialog-listed")

    with qtbot.waitSignal(window.model.modelReset, timeout=60000):
        dialog.import_button.click()
        assert not dialog.import_button.isEnabled() and dialog.cancel_button.isVisible()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    rows = _rows(dialog)
    assert rows["broken.mhtml"][1].startswith("Failed: truncated MHTML")
    # html-only and singlefile are the same article as the complete save: one is kept
    statuses = sorted(status for _, status in rows.values())
    assert statuses.count("Imported") + statuses.count("Already in the library") == 6
    assert "failed 1" in dialog.summary.text() and "broken.mhtml: truncated MHTML" in dialog.summary.text()
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    assert window.model.rowCount() == statuses.count("Imported")
    snap(dialog, "import-dialog-done")
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_cancel_stops_the_import_and_keeps_what_is_stored(
    window: MainWindow, qtbot, saved: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        body = f"<p>Story number {n} about the harbour and its {n} boats, told at length.</p>" * 12
        (folder / f"story{n:03}.html").write_text(f"<html><head><title>Story {n}</title></head>"
                                                  f"<body><article>{body}</article></body></html>")  # fmt: skip
    dialog = window.choose_import()
    dialog.add_paths([str(folder)])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 1, timeout=60000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert dialog.report is not None and dialog.report.cancelled
    assert dialog.summary.text().startswith("Cancelled.")
    stored = len(dialog.report.imported)
    assert 1 <= stored < 60 and window.library.count() == stored
    assert "Not imported (cancelled)" in {status for _, status in _rows(dialog).values()}
    assert window.library.integrity_ok()
    QApplication.processEvents()
