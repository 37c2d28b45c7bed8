"""The window as a user meets it: drop pages, read, search, delete, themes, no network."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QPalette
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLabel

from reader.library import Library
from reader.ui.library_model import LibraryModel
from reader.ui.main_window import MainWindow
from tests.ui.helpers import drop_files, snap


def test_empty_library_welcomes(window: MainWindow, qtbot) -> None:
    assert "Drop saved pages here" in window.reading_pane.toPlainText()
    assert window.list_stack.currentWidget() is window.empty_list
    assert "Your library is empty" in window.empty_list.message.text()
    with qtbot.waitExposed(window):
        pass
    window.empty_list.import_button.click()  # the welcome's button opens the import dialog
    assert window.import_dialog is not None and window.import_dialog.isVisible()
    window.import_dialog.reject()
    assert window.quotes_panel.currentWidget() is window.quotes_panel.empty
    assert window.quotes_panel.empty.text() == "No quotes found"
    snap(window, "empty")


def test_drop_pages_then_read_search_and_delete(
    window: MainWindow, qtbot, saved: Path, tmp_path: Path
) -> None:
    pages = tmp_path / "drop"
    pages.mkdir()
    shutil.copytree(saved / "complete", pages / "complete")
    shutil.copy(saved / "detroitnews.html.gz", pages)
    text_page = pages / "moon.txt"
    text_page.write_text(
        "Don't miss\nA robot bee learns to fly in swarms\nRead more\n"
        "Astronomers map the far side of the Moon\n"
        + "Astronomers on Thursday released the most detailed map yet of the far side of the Moon. " * 3
        + "\nWhy the ocean is getting louder\nRead more\n"
    )
    with qtbot.waitSignal(window.model.modelReset, timeout=60000):
        drop_files(window, [pages / "complete" / "Story.html", pages / "detroitnews.html.gz", text_page])
        qtbot.waitUntil(lambda: window.last_report is not None, timeout=60000)
    assert window.last_report is not None and len(window.last_report.imported) == 3
    assert window.model.rowCount() == 3
    assert window.windowTitle() == "Astronomers map the far side of the Moon — Article Reader"  # the last one
    related = window.related_panel.view
    assert [related.item(i).text().split("\n")[0] for i in range(related.count())][:3] == [
        "In this page", "A robot bee learns to fly in swarms", "Why the ocean is getting louder"]  # fmt: skip

    row = next(r for r in range(3) if "Titan" in (window.model.summary(r).title or ""))  # type: ignore[union-attr]
    window.list_view.selectRow(row)
    text = window.reading_pane.toPlainText()
    assert text.startswith("The First Map of Saturn's Moon Titan")
    assert "WASHINGTON (Reuters)" in text and "Follow Us" not in text
    snap(window, "reading")

    window.search_box.setText("eastern michigan")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.summary(0).site == "detroitnews"  # type: ignore[union-attr]
    assert window.count_label.text() == "1 match · 3 articles"
    window.search_box.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)

    window.list_view.selectRow(row)
    window.delete_open()
    assert window.model.rowCount() == 2 and window.library.search("titan") == []


def test_theme_zoom_and_no_network(window: MainWindow, saved: Path) -> None:
    from reader.core.extract import extract
    from reader.core.loader import load_bytes

    hostile = (b"<html><body><article><h1>Remote</h1>" + b"<p>Some text that is long enough to be read. </p>" * 8
               + b'<img src="https://tracker.example/pixel.gif"><img src="file:///etc/hostname">'
               + b"<script>alert(1)</script></article></body></html>")  # fmt: skip
    page = load_bytes(hostile, "remote.html")
    article_id = window.library.add(extract(page), page).id
    refused: list[str] = []
    window.reading_pane.refused_resource.connect(refused.append)
    window.refresh()
    window.open_article(article_id)
    assert "tracker.example" not in window.reading_pane.toHtml()
    assert "alert" not in window.reading_pane.toPlainText()
    window.reading_pane.loadResource(2, QUrl("https://tracker.example/pixel.gif"))
    assert refused == ["https://tracker.example/pixel.gif"]
    size = window.reading_pane.font_size
    window.zoom(1)
    window.set_theme("dark")
    assert window.reading_pane.font_size == size + 1 and window.reading_pane.theme == "dark"
    assert window.settings.value("theme") == "dark"
    snap(window, "dark")


def test_library_model_passes_the_model_tester(qtbot, tmp_path: Path, saved: Path) -> None:
    from reader.library.importer import import_pages

    with Library.open(tmp_path / "lib.db") as library:
        import_pages(library, [saved / "chromium.mhtml", saved / "detroitnews.html.gz"], workers=1)
        model = LibraryModel(library)
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        model.set_query("titan")
        assert model.rowCount() == 1
        model.sort(0)
        model.set_filter("unread")
        model.set_query("")
        assert model.rowCount() == 2


def test_system_theme_follows_the_desktop_and_dark_darkens_the_whole_window(window: MainWindow) -> None:
    window.system_colour_scheme_changed(Qt.ColorScheme.Light)
    window.set_theme("system")
    assert window.reading_pane.theme == "light" and window.theme_actions["system"].isChecked()
    window.system_colour_scheme_changed(Qt.ColorScheme.Dark)
    assert window.reading_pane.theme == "dark"
    assert not window.palette_switcher.darkened  # a dark desktop already has a dark palette
    window.system_colour_scheme_changed(Qt.ColorScheme.Light)
    light_window = QApplication.palette().color(QPalette.ColorRole.Window)
    window.set_theme("dark")  # chosen by hand on a light desktop: the list and sidebars go dark too
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    snap(window, "dark-window")
    window.set_theme("sepia")
    assert window.reading_pane.theme == "sepia"
    assert QApplication.palette().color(QPalette.ColorRole.Window) == light_window


def test_preferences_choose_theme_type_and_size_and_they_persist(window: MainWindow, tmp_path: Path) -> None:
    dialog = window.edit_preferences()
    assert "lib.db" in dialog.findChildren(QLabel)[-1].text()  # says where the library lives
    dialog.theme.setCurrentIndex(dialog.theme.findData("sepia"))
    dialog.family.setCurrentIndex(dialog.family.findData("sans"))
    dialog.font_size.setValue(21)
    dialog.accept()
    pane = window.reading_pane
    assert (pane.theme, pane.family, pane.font_size) == ("sepia", "sans", 21)
    assert "DejaVu Sans" in pane.toHtml() and window.family_actions["sans"].isChecked()
    window.close()
    again = MainWindow(window.library, window.settings)
    assert (again.reading_pane.theme, again.reading_pane.family, again.reading_pane.font_size) == (
        "sepia", "sans", 21)  # fmt: skip
    again.close()


def test_a_garbled_settings_file_falls_back_to_defaults(window: MainWindow) -> None:
    window.settings.setValue("theme", "neon")
    window.settings.setValue("font_size", "huge")
    window.settings.setValue("font_family", 3)
    again = MainWindow(window.library, window.settings)
    assert again.appearance.theme == "system" and again.appearance.font_size == 17
    assert again.appearance.family == "serif"
    again.close()


class FakeBrowser(QObject):
    """Stands in for the system browser: records what the app asked it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_open_original_goes_to_the_system_browser_and_save_original_writes_the_page_back(
    window: MainWindow, saved: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from reader.library.importer import import_pages

    report = import_pages(window.library, [saved / "chromium.mhtml"], workers=1)
    window.refresh()
    window.open_article(report.imported[0])
    assert "Original: www.sciencealert.com/we-finally-have" in window.reading_pane.toPlainText()
    browser = FakeBrowser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        assert window.open_original_url()
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert browser.opened == [
        "https://www.sciencealert.com/we-finally-have-a-global-geological-map-of-saturn-s-moon-titan"
    ]
    target = tmp_path / "back.mhtml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_original()
    assert target.read_bytes() == (saved / "chromium.mhtml").read_bytes()


def test_no_matches_and_empty_views_say_so_and_about_says_where_the_library_is(
    window: MainWindow, qtbot, saved: Path
) -> None:
    from reader.library.importer import import_pages

    import_pages(window.library, [saved / "chromium.mhtml"], workers=1)
    window.refresh()
    assert window.list_stack.currentWidget() is window.list_view
    window.model.set_query("zeppelin")
    assert window.list_stack.currentWidget() is window.empty_list
    assert "No article matches “zeppelin”" in window.empty_list.message.text()
    assert not window.empty_list.import_button.isVisible()
    window.model.set_query("")
    window.model.set_filter("favourites")
    assert "No articles are marked as favourites" in window.empty_list.message.text()
    window.model.set_filter("all")
    assert window.list_stack.currentWidget() is window.list_view
    about = window.about_text()
    assert str(window.library.path) in about and "1 article" in about and "Article Reader" in about


def test_a_teaser_the_library_holds_opens_here_and_similar_articles_are_listed(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    from reader.library.importer import import_pages

    moon = "Astronomers on Thursday released the most detailed map yet of the far side of the Moon, charting craters. "
    ocean = (
        "Shipping noise and seismic surveys are making the ocean louder, marine biologists on Thursday said. "
    )
    (tmp_path / "moon.txt").write_text(
        "Astronomers map the far side of the Moon\n"
        + moon * 4
        + "\nWhy the ocean is getting louder\nRead more\n"
    )
    (tmp_path / "ocean.txt").write_text("Why the ocean is getting louder\n" + ocean * 4 + "\n")
    (tmp_path / "craters.txt").write_text(
        "New craters found on the far side of the Moon\n" + moon.replace("map", "survey") * 3 + "\n"
    )
    report = import_pages(window.library, [tmp_path / "moon.txt", tmp_path / "ocean.txt", tmp_path / "craters.txt"],
                          workers=1)  # fmt: skip
    moon_id, ocean_id, craters_id = report.imported
    window.refresh()
    window.open_article(moon_id)
    related = window.related_panel.view
    qtbot.waitUntil(lambda: related.count() >= 4, timeout=3000)
    lines = [related.item(i).text() for i in range(related.count())]
    assert lines[0] == "In this page" and lines[1].startswith("Why the ocean is getting louder")
    assert "in your library" in lines[1]
    assert (
        "From your library" in lines
        and "New craters found on the far side of the Moon" in lines[lines.index("From your library") + 1]
    )
    snap(window, "related")
    related.itemClicked.emit(related.item(1))  # the teaser: the library's copy opens here
    assert window.reading_pane.article is not None and window.reading_pane.article.id == ocean_id
    assert window.windowTitle().startswith("Why the ocean is getting louder")
    assert craters_id != ocean_id


def test_a_page_without_a_date_shows_its_import_date_muted_and_says_so(
    qtbot, tmp_path: Path, saved: Path
) -> None:
    from reader.library.importer import import_pages

    undated = tmp_path / "undated.html"
    prose = "<p>The harbour wall took three years to build and cost more than anyone expected.</p>" * 6
    undated.write_text(
        f"<html><head><title>Harbour wall</title></head><body><article>{prose}</article></body></html>"
    )
    with Library.open(tmp_path / "lib.db") as library:
        import_pages(library, [undated, saved / "detroitnews.html.gz"], workers=1)
        model = LibraryModel(library)
        rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
        plain = model.index(rows["Harbour wall"], 2)
        dated = model.index(next(r for title, r in rows.items() if title != "Harbour wall"), 2)
        assert plain.data(Qt.ItemDataRole.ToolTipRole).startswith("The page gives no date: imported ")
        assert plain.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert dated.data(Qt.ItemDataRole.ToolTipRole) is None
        assert dated.data(Qt.ItemDataRole.ForegroundRole) is None


def test_extract_again_renews_the_open_article_from_its_original(window: MainWindow, saved: Path) -> None:
    from reader.library.importer import import_pages

    article_id = import_pages(window.library, [saved / "chromium.mhtml"], workers=1).imported[0]
    window.library.db.execute(
        "UPDATE articles SET html = '<p>an older extraction</p>' WHERE id = ?", [article_id]
    )
    window.model.reload()
    window.open_article(article_id)
    assert "an older extraction" in window.reading_pane.toPlainText()
    window.reextract_open()
    assert "an older extraction" not in window.reading_pane.toPlainText()
    assert "Saturn" in window.reading_pane.toPlainText()
