"""The main window: library list, reading pane, sidebars; it wires its children together."""

from __future__ import annotations

import html
import platform
from dataclasses import replace
from pathlib import Path

import PySide6
from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, QUrl, qVersion
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from reader import APP_NAME, __version__
from reader.library import Library
from reader.library.importer import ImportReport, Progress
from reader.library.related import match_teaser, related_articles
from reader.ui.appearance import (
    FAMILY_CHOICES,
    THEME_CHOICES,
    Appearance,
    PaletteSwitcher,
    system_prefers_dark,
)
from reader.ui.import_dialog import ImportDialog
from reader.ui.import_worker import ImportJob
from reader.ui.library_model import SEARCH_LIMIT, LibraryModel
from reader.ui.people_view import PeopleDialog
from reader.ui.preferences import PreferencesDialog
from reader.ui.reading_pane import ReadingPane
from reader.ui.sidebars import QuotesPanel, RelatedPanel
from reader.ui.welcome import EmptyListState

SEARCH_DELAY_MS = 120
DATE_COLUMN = 2
SAVE_FIRST = (
    "Article Reader reads saved pages. Save the page in your browser first "
    "(Save Page As…), then drop the file here."
)


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings or QSettings()
        self.pool = QThreadPool.globalInstance()
        self.jobs: list[ImportJob] = []
        self.last_report: ImportReport | None = None
        self._open_after_import: int | None = None
        self._system_dark = system_prefers_dark()
        self.palette_switcher = PaletteSwitcher()
        self.appearance = Appearance()
        self.import_dialog: ImportDialog | None = None
        self.setAcceptDrops(True)
        self._build()
        for child in (self.reading_pane, self.list_view, self.search_box):
            child.setAcceptDrops(False)  # dropped pages go to the window: import, never paste
        self._build_menus()
        self._connect_signals()
        self._restore_settings()
        self.refresh()

    # -- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.search_box = QLineEdit(placeholderText="Search the library…", clearButtonEnabled=True)
        self.model = LibraryModel(self.library)
        self.list_view = QTableView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().hide()
        header = self.list_view.horizontalHeader()
        header.setSortIndicator(DATE_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first
        self.list_view.setSortingEnabled(True)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        # Fixed widths from the font, not ResizeToContents, which measures every row on each
        # search (a third of the time of a keystroke at 100,000 articles, by ui_scale.py).
        metrics = self.list_view.fontMetrics()
        for column, sample in ((1, "theguardian"), (2, "2026-11-25"), (3, "99 min")):
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 18)
        self.list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list_view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(4, 4, 0, 4)
        self.empty_list = EmptyListState(QApplication.windowIcon())
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.empty_list)
        layout.addWidget(self.search_box)
        layout.addWidget(self.list_stack)

        self.reading_pane = ReadingPane(self.library)
        self.related_panel = RelatedPanel()
        self.quotes_panel = QuotesPanel()
        self.sidebars = QTabWidget()
        self.sidebars.addTab(self.related_panel, "Related stories")
        self.sidebars.addTab(self.quotes_panel, "Quoted figures")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.addWidget(self.sidebars)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 620, 260])
        self.setCentralWidget(self.splitter)

        self.progress_bar = QProgressBar(maximumWidth=220, visible=False)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.count_label)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.resize(1360, 820)
        self.setWindowTitle(APP_NAME)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = self._action(
            file_menu, "&Import…", self.choose_import, QKeySequence.StandardKey.Open
        )
        self._action(file_menu, "Export as &Markdown…", lambda: self.export_open("md"))
        self._action(file_menu, "Export as &HTML…", lambda: self.export_open("html"))
        self._action(file_menu, "Export as &JSON…", lambda: self.export_open("json"))
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        article_menu = self.menuBar().addMenu("&Article")
        self._action(article_menu, "&Find", self.search_box.setFocus, QKeySequence.StandardKey.Find)
        self._action(article_menu, "&Next", lambda: self.step(1), "J")
        self._action(article_menu, "&Previous", lambda: self.step(-1), "K")
        self._action(article_menu, "Toggle &read", self.toggle_read, "M")
        self._action(article_menu, "Toggle &favourite", self.toggle_favourite, "S")
        self._action(article_menu, "&Archive", self.toggle_archived, "E")
        self._action(article_menu, "&Delete", self.delete_open, QKeySequence.StandardKey.Delete)
        article_menu.addSeparator()
        self._action(article_menu, "Open &Original in Browser", self.open_original_url, "Ctrl+Shift+B")
        self._action(article_menu, "Save Original &Page As…", self.save_original)
        self._action(article_menu, "E&xtract Again from Original", self.reextract_open)
        view_menu = self.menuBar().addMenu("&View")
        for name in ("all", "unread", "favourites", "archived"):
            self._action(view_menu, f"Show {name}", lambda n=name: self.model.set_filter(n))
        view_menu.addSeparator()
        self.theme_actions = self._choice_group(
            view_menu, {k: f"{v} theme" for k, v in THEME_CHOICES.items()}, self.set_theme
        )
        view_menu.addSeparator()
        self.family_actions = self._choice_group(view_menu, FAMILY_CHOICES, self.set_family)
        self._action(view_menu, "Zoom &in", lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn)
        self._action(view_menu, "Zoom &out", lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut)
        view_menu.addSeparator()
        self._action(view_menu, "P&eople…", self.show_people, "Ctrl+Shift+P")
        view_menu.addSeparator()
        preferences = self._action(view_menu, "&Preferences…", self.edit_preferences)
        preferences.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                 or [QKeySequence("Ctrl+,")])  # fmt: skip
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        help_menu = self.menuBar().addMenu("&Help")
        about = self._action(help_menu, "&About Article Reader", self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about_qt = self._action(help_menu, "About &Qt", QApplication.aboutQt)
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _choice_group(self, menu, choices: dict[str, str], slot) -> dict[str, QAction]:  # type: ignore[no-untyped-def]
        """Checkable menu items of which one is on, as for a theme."""
        group = QActionGroup(self)
        actions = {}
        for key, text in choices.items():
            action = self._action(menu, text, lambda _=False, k=key: slot(k))
            action.setCheckable(True)
            group.addAction(action)
            actions[key] = action
        return actions

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.search_box.textChanged.connect(lambda _: self.search_timer.start())
        self.search_timer.timeout.connect(lambda: self.model.set_query(self.search_box.text()))
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.open_row(current.row())
        )
        self.model.modelReset.connect(self._update_status)
        self.model.modelReset.connect(self._show_list_or_empty_state)
        self.empty_list.import_requested.connect(self.choose_import)
        self.quotes_panel.quote_requested.connect(self.scroll_to_offset)
        self.related_panel.article_requested.connect(self.open_related)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self.system_colour_scheme_changed)

    # -- actions -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload()
        if self.model.rowCount() == 0:
            self.reading_pane.show_empty()
        self._update_status()

    def open_row(self, row: int) -> None:
        article_id = self.model.article_id(row)
        if article_id is not None:
            self.open_article(article_id)

    def open_article(self, article_id: int) -> None:
        self._save_position()
        article = self.library.get(article_id)
        if article is None:
            return
        self.reading_pane.show_article(article)
        QTimer.singleShot(0, lambda: self.reading_pane.set_scroll_fraction(article.reading_position))
        self.related_panel.set_related(article.related)
        QTimer.singleShot(0, lambda: self._show_related(article.id))  # the article first, then this
        self.quotes_panel.set_quotes(article.quotes)
        self.setWindowTitle(f"{article.title or 'Untitled'} — {APP_NAME}")
        if not article.is_read:
            self.library.set_state(article_id, read=True)

    def _show_related(self, article_id: int) -> None:
        """Which page teasers the library holds, and the library's similar articles."""
        article = self.reading_pane.article
        if article is None or article.id != article_id:
            return  # the reader moved on
        in_library = {}
        for index, link in enumerate(article.related):
            found = match_teaser(self.library, link.get("url"), link.get("title"))
            if found is not None and found != article_id:
                in_library[index] = found
        self.related_panel.set_related(
            article.related, in_library, related_articles(self.library, article_id)
        )

    def open_related(self, article_id: int) -> None:
        """A related story in the library: show it, selected in the list if the list shows it."""
        row = self.model.row_of(article_id)
        if row is not None:
            self.list_view.selectRow(row)  # which opens it
        else:
            self.open_article(article_id)

    def _save_position(self) -> None:
        current = self.reading_pane.article
        if current is not None:
            self.library.set_state(current.id, position=self.reading_pane.scroll_fraction())

    def step(self, delta: int) -> None:
        row = self.list_view.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.list_view.selectRow(row)

    def _toggle(self, field: str) -> None:
        article = self.reading_pane.article
        if article is None:
            return
        value = not getattr(article, f"is_{field}")
        self.library.set_state(article.id, **{field: value})
        setattr(article, f"is_{field}", value)
        self.model.reload()

    def toggle_read(self) -> None:
        self._toggle("read")

    def toggle_favourite(self) -> None:
        self._toggle("favourite")

    def toggle_archived(self) -> None:
        self._toggle("archived")

    def delete_open(self) -> None:
        article = self.reading_pane.article
        if article is None:
            return
        self.library.delete(article.id)
        self.reading_pane.show_empty("<p>Article deleted.</p>")
        self.setWindowTitle(APP_NAME)
        self.refresh()

    def scroll_to_offset(self, offset: int, length: int = 300) -> None:
        """Scroll to a passage of the article's text and select it (a quote from the sidebar)."""
        article = self.reading_pane.article
        if article is None:
            return
        snippet = article.text[offset : offset + max(1, length)].split("\n")[0].strip()
        if snippet:
            self.reading_pane.moveCursor(self.reading_pane.textCursor().MoveOperation.Start)
            self.reading_pane.find(snippet)

    def set_theme(self, theme: str) -> None:
        self.apply_appearance(replace(self.appearance, theme=theme))

    def set_family(self, family: str) -> None:
        self.apply_appearance(replace(self.appearance, family=family))

    def zoom(self, step: int) -> None:
        self.apply_appearance(self.appearance.zoomed(step))

    def show_people(self) -> PeopleDialog:
        """Everyone quoted in the library; a quote opens its article there."""
        dialog = PeopleDialog(self.library, self)
        dialog.quote_requested.connect(self.open_at_quote)
        dialog.open()
        return dialog

    def open_at_quote(self, article_id: int, start: int) -> None:
        self.open_related(article_id)
        QTimer.singleShot(0, lambda: self.scroll_to_offset(start))

    def edit_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.appearance, self.library.path, self)
        dialog.accepted.connect(lambda: self.apply_appearance(dialog.chosen()))
        dialog.open()
        return dialog

    def apply_appearance(self, appearance: Appearance) -> None:
        """Show and remember a theme, type family and size."""
        self.appearance = appearance
        appearance.save(self.settings)
        theme = appearance.reading_theme(self._system_dark)
        self.palette_switcher.apply(theme, self._system_dark)
        self.reading_pane.set_appearance(theme, appearance.font_size, appearance.family)
        self.theme_actions[appearance.theme].setChecked(True)
        self.family_actions[appearance.family].setChecked(True)

    def system_colour_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The desktop switched between light and dark: follow it if the theme is "System"."""
        self._system_dark = scheme == Qt.ColorScheme.Dark
        self.apply_appearance(self.appearance)

    def about_text(self) -> str:
        where = html.escape(str(self.library.path)) if self.library.path else "in memory (not saved)"
        total = self.library.count("everything")
        return (
            f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
            "<p>Read the news pages you saved, cleanly and offline.</p>"
            f"<p>Library: {where}<br>{total:,} article{'s' if total != 1 else ''}</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}<br>"
            "MIT licence</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}", self.about_text())

    def open_original_url(self) -> bool:
        """The page's own web address, in the system browser (never inside the app)."""
        article = self.reading_pane.article
        if article is None or not (article.url or "").startswith(("http://", "https://")):
            self.statusBar().showMessage("This saved page does not say where it came from.", 5000)
            return False
        return QDesktopServices.openUrl(QUrl(article.url))

    def save_original(self) -> None:
        """Write the saved page back out exactly as it was imported."""
        article = self.reading_pane.article
        original = self.library.original(article.id) if article is not None else None
        if original is None:
            return
        name, _, data = original
        path, _ = QFileDialog.getSaveFileName(self, "Save original page", name)
        if path:
            Path(path).write_bytes(data)

    def reextract_open(self) -> None:
        """Run today's extraction again over the open article's saved original, in place."""
        from reader.library.reextract import reextract

        article = self.reading_pane.article
        if article is None:
            return
        report = reextract(self.library, [article.id])
        if report.skipped:
            QMessageBox.information(self, "Extract again", f"Left as it was: {report.skipped[0][1]}.")
            return
        self.model.reload()
        self.open_article(article.id)
        self.statusBar().showMessage("Extracted again from the saved original", 4000)

    def export_open(self, fmt: str) -> None:
        from reader.library.export import export_article

        article = self.reading_pane.article
        if article is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, "Export", f"{article.title or 'article'}.{fmt}")
        if path:
            Path(path).write_text(export_article(self.library, article, fmt), encoding="utf-8")

    # -- import --------------------------------------------------------------------------

    def choose_import(self) -> ImportDialog:
        """The import dialog (Ctrl+O): files and folders, formats, progress, Cancel, a summary."""
        self.import_dialog = ImportDialog(self.import_paths, self)
        self.import_dialog.open()
        return self.import_dialog

    def open_paths(self, paths: list[str]) -> ImportJob | None:
        """Pages opened from outside (command line, second start, Finder): import, show the last."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        return self.import_paths(paths) if paths else None

    def import_paths(self, paths: list[str], open_last: bool = True) -> ImportJob:
        """Import in the background; the window stays responsive and shows progress."""
        job = ImportJob(self.library.path, paths)
        job.signals.progress.connect(self._import_progress)
        job.signals.finished.connect(lambda report: self._import_finished(report, open_last))
        job.signals.failed.connect(lambda message: QMessageBox.warning(self, APP_NAME, message))
        self.jobs.append(job)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.pool.start(job)
        return job

    def _import_progress(self, event: Progress) -> None:
        self.progress_bar.setMaximum(event.total)
        self.progress_bar.setValue(event.done)
        if event.article_id is not None:
            self._open_after_import = event.article_id

    def _import_finished(self, report: ImportReport, open_last: bool) -> None:
        self.last_report = report
        self.progress_bar.setVisible(False)
        self.refresh()
        failed = "; ".join(f"{Path(f['path']).name}: {f['error']}" for f in report.failed[:3])
        message = (f"Imported {len(report.imported)}, duplicates {len(report.duplicates)}, "
                   f"failed {len(report.failed)}{' — ' + failed if failed else ''}")  # fmt: skip
        self.statusBar().showMessage(message, 15000)
        if open_last and self._open_after_import is not None:
            self.open_article(self._open_after_import)
            row = self.model.row_of(self._open_after_import)
            if row is not None:
                self.list_view.selectRow(row)

    # -- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls()
        files = [url.toLocalFile() for url in urls if url.isLocalFile()]
        web = [url.toString() for url in urls if url.scheme() in ("http", "https")]
        if web and not files:
            QMessageBox.information(self, APP_NAME, SAVE_FIRST)
        if files:
            event.acceptProposedAction()
            self.import_paths(files)

    # -- settings ------------------------------------------------------------------------

    def _show_list_or_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.list_view)
            return
        if not self.model.query and self.library.count("everything") == 0:
            self.empty_list.show_welcome()
        else:
            self.empty_list.show_no_matches(self.model.query, self.model.filter_name)
        self.list_stack.setCurrentWidget(self.empty_list)

    def _update_status(self) -> None:
        """The library's size, and while searching how many matches the list shows."""
        total = self.library.count()
        text = f"{total:,} article{'s' if total != 1 else ''}"
        if self.model.query:
            shown = self.model.rowCount()
            best = "the best " if shown >= SEARCH_LIMIT else ""
            text = f"{best}{shown:,} match{'es' if shown != 1 else ''} · {text}"
        self.count_label.setText(text)

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        sizes = self.settings.value("splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        self.apply_appearance(Appearance.load(self.settings))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._save_position()
        for job in self.jobs:
            job.cancel()
        self.pool.waitForDone(5000)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.palette_switcher.apply("light", self._system_dark)  # the app may outlive the window
        super().closeEvent(event)
