"""The right-hand sidebars: Related stories and Quoted figures, with honest empty states."""

from __future__ import annotations

import textwrap
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
)

SCROLLBAR_ALLOWANCE = 18


class _WithEmptyState(QStackedWidget):
    def __init__(self, view: Any, empty_text: str) -> None:
        super().__init__()
        self.view = view
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyState")
        self.addWidget(self.empty)
        self.addWidget(view)

    def show_view(self, has_items: bool) -> None:
        self.setCurrentIndex(1 if has_items else 0)

    def _text_width(self) -> int:
        """The width text may fill, from the panel's own width: the view may be hidden (and so
        unsized) behind the empty state, and a scroll bar may appear once rows are added."""
        return self.width() - 2 * self.view.frameWidth() - SCROLLBAR_ALLOWANCE


class RelatedPanel(_WithEmptyState):
    """The page's own teasers, then similar articles from the library.

    A story that is in the library opens in the reading pane; any other opens in
    the system browser, never inside the app.
    """

    article_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__(QListWidget(), "No related stories found in this page or your library")
        self.view.setWordWrap(True)
        self.view.setSpacing(4)
        self.view.setObjectName("relatedList")
        self.view.itemActivated.connect(self._open)
        self.view.itemClicked.connect(self._open)
        self.show_view(False)

    def set_related(self, page: list[dict[str, Any]], in_library: dict[int, int] | None = None,
                    library: list[Any] | None = None) -> None:  # fmt: skip
        """``page``: the saved page's teasers; ``in_library``: teaser index -> article id for those
        the library holds; ``library``: related articles found by content."""
        self.view.clear()
        in_library = in_library or {}
        if page:
            self._heading("In this page")
        for index, link in enumerate(page):
            details = [
                link["position"],
                link.get("label"),
                "in your library" if index in in_library else None,
            ]
            item = QListWidgetItem(f"{link['title']}\n{' · '.join(d for d in details if d)}")
            if index in in_library:
                item.setData(Qt.ItemDataRole.UserRole, ("article", in_library[index]))
                item.setToolTip("Open it here")
            else:
                item.setData(Qt.ItemDataRole.UserRole, ("url", link.get("url")))
                item.setToolTip(link.get("url") or "not a link in the saved page")
            self.view.addItem(item)
        if library:
            self._heading("From your library")
        for found in library or []:
            details = " · ".join(d for d in (found.site, found.reason) if d)
            item = QListWidgetItem(f"{found.title or 'Untitled'}\n{details}")
            item.setData(Qt.ItemDataRole.UserRole, ("article", found.id))
            item.setToolTip("Open it here")
            self.view.addItem(item)
        self.show_view(bool(page or library))
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Give each row the height its wrapped text needs at the sidebar's width: the list's own
        estimate can fall a line short, and then a long headline loses its position line."""
        width = self._text_width() - 2 * self.view.spacing() - 8
        for row in range(self.view.count()):
            item = self.view.item(row)
            metrics = QFontMetrics(item.font())
            bounds = metrics.boundingRect(
                QRect(0, 0, max(80, width), 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item.setSizeHint(QSize(max(80, width), bounds.height() + 6))  # (-1 is no size: ignored)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: shown as text, never selected
        self.view.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        kind, value = target
        if kind == "article":
            self.article_requested.emit(int(value))
        elif value and str(value).startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(value))


FULL_TEXT = Qt.ItemDataRole.UserRole + 1


class QuotesPanel(_WithEmptyState):
    """People quoted in the article, most quoted first; their quotes underneath."""

    quote_requested = Signal(int, int)  # offset and length of the quote in the article's text

    def __init__(self) -> None:
        super().__init__(QTreeWidget(), "No quotes found")
        self.view.setHeaderHidden(True)
        self.view.setWordWrap(True)  # quotes are sentences: wrap them rather than cut them off
        self.view.setUniformRowHeights(False)
        self.view.header().setStretchLastSection(True)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.itemActivated.connect(self._activate)
        self.view.itemClicked.connect(self._activate)
        self.show_view(False)

    def set_quotes(self, quotes: list[dict[str, Any]]) -> None:
        self.view.clear()
        by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for quote in quotes:
            by_speaker[quote.get("speaker") or "Unattributed"].append(quote)
        for speaker, said in sorted(by_speaker.items(), key=lambda kv: -len(kv[1])):
            role = next((q["role"] for q in said if q.get("role")), None)
            heading = f"{speaker}{' — ' + role if role else ''} ({len(said)})"
            person = self._item(heading)
            for quote in said:
                child = self._item(f"“{quote['quote']}”")
                child.setData(0, Qt.ItemDataRole.UserRole, (quote.get("start"), len(quote["quote"])))
                child.setToolTip(0, quote["quote"])
                person.addChild(child)
            self.view.addTopLevelItem(person)
        self.show_view(bool(quotes))

    def _item(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, FULL_TEXT, text)
        self._wrap(item)
        return item

    def _wrap(self, item: QTreeWidgetItem) -> None:
        """Break an item's text for the sidebar's width: a tree view neither wraps nor grows rows."""
        metrics = self.view.fontMetrics()
        is_quote = item.parent() is not None or item.data(0, Qt.ItemDataRole.UserRole) is not None
        indent = self.view.indentation() * (2 if is_quote else 1)
        characters = (self._text_width() - indent) // max(1, metrics.averageCharWidth())
        wrapped = textwrap.fill(item.data(0, FULL_TEXT), max(20, characters - 2))
        item.setText(0, wrapped)
        item.setSizeHint(0, QSize(-1, metrics.lineSpacing() * (wrapped.count("\n") + 1) + 4))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for index in range(self.view.topLevelItemCount()):
            person = self.view.topLevelItem(index)
            self._wrap(person)
            for child in range(person.childCount()):
                self._wrap(person.child(child))

    def _activate(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target is not None and target[0] is not None:
            self.quote_requested.emit(int(target[0]), int(target[1]))
