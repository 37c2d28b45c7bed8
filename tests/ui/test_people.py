"""Quoted figures in the window: the sidebar for the open article, and the People view of the library."""

from __future__ import annotations

from pathlib import Path

from reader.library.importer import import_pages
from reader.ui.main_window import MainWindow
from tests.ui.helpers import snap


def _import(window: MainWindow, tmp_path: Path) -> list[int]:
    (tmp_path / "a.txt").write_text(
        "Wells reopen in Lagos\n"
        "Lagos State Health Commissioner Maria Okafor reopened the wells on Monday after months of tests.\n"
        "“The water is safe to drink again,” Okafor said on Monday at the first of the reopened wells.\n"
        "“We tested every single well twice before we opened any of them to the public,” she added.\n"
        "Pieter van der Berg, a spokesman for the water board, was less sure.\n"
        "“Some of the pipes are older than the city itself,” Van der Berg said.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Clinic opens its doors\n"
        "A new clinic opened in the city on Friday, the health commission said in a short statement.\n"
        "“This clinic will serve forty thousand people in the eastern districts,” Okafor said on Friday.\n"
    )
    report = import_pages(window.library, [tmp_path / "a.txt", tmp_path / "b.txt"], workers=1)
    window.refresh()
    return report.imported


def test_quoted_figures_sidebar_groups_by_person_and_jumps_to_the_quote(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    first, _ = _import(window, tmp_path)
    window.open_article(first)
    tree = window.quotes_panel.view
    assert window.quotes_panel.currentWidget() is tree
    people = [" ".join(tree.topLevelItem(i).text(0).split()) for i in range(tree.topLevelItemCount())]
    assert people[0].startswith("Maria Okafor — Lagos State Health Commissioner (2)")
    assert people[1].startswith("Pieter van der Berg")
    quote = tree.topLevelItem(0).child(1)
    tree.itemClicked.emit(quote, 0)
    assert window.reading_pane.textCursor().selectedText().startswith("We tested every single well")
    window.sidebars.setCurrentWidget(window.quotes_panel)
    tree.expandAll()
    snap(window, "quoted-figures")


def test_people_view_lists_everyone_and_opens_a_quote_in_its_article(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    _, second = _import(window, tmp_path)
    dialog = window.show_people()
    names = [dialog.people_list.item(i).text().split("\n")[0] for i in range(dialog.people_list.count())]
    assert names[0] == "Maria Okafor" and "Pieter van der Berg" in names
    assert dialog.people_list.item(0).text().endswith("2 articles · 3 quotes")
    dialog.people_list.setCurrentRow(0)
    assert dialog.quote_list.count() == 3
    snap(dialog, "people")
    clinic = next(
        dialog.quote_list.item(i) for i in range(3) if "forty thousand" in dialog.quote_list.item(i).text()
    )
    dialog.quote_list.itemActivated.emit(clinic)
    qtbot.waitUntil(lambda: window.reading_pane.textCursor().hasSelection(), timeout=3000)
    assert window.reading_pane.article is not None and window.reading_pane.article.id == second
    assert "forty thousand" in window.reading_pane.textCursor().selectedText()
    dialog.filter_box.setText("berg")
    assert dialog.people_list.count() == 1
