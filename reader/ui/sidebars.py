"""The right-hand sidebars: Related stories and Quoted figures, with honest empty states."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
)


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


class QuotesPanel(_WithEmptyState):
    """People quoted in the article, most quoted first; their quotes underneath."""

    quote_requested = Signal(int)  # character offset of the quote in the article text

    def __init__(self) -> None:
        super().__init__(QTreeWidget(), "No quotes found")
        self.view.setHeaderHidden(True)
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
            person = QTreeWidgetItem([f"{speaker}{' — ' + role if role else ''} ({len(said)})"])
            for quote in said:
                child = QTreeWidgetItem([f"“{quote['quote']}”"])
                child.setData(0, Qt.ItemDataRole.UserRole, quote.get("start"))
                person.addChild(child)
            self.view.addTopLevelItem(person)
        self.show_view(bool(quotes))

    def _activate(self, item: QTreeWidgetItem) -> None:
        start = item.data(0, Qt.ItemDataRole.UserRole)
        if start is not None:
            self.quote_requested.emit(int(start))
