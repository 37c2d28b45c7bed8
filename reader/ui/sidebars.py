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
    """Teasers found in the saved page; a click opens them in the system browser, never here."""

    article_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__(QListWidget(), "No related stories found in this page")
        self.view.setWordWrap(True)
        self.view.itemActivated.connect(self._open)
        self.view.itemClicked.connect(self._open)
        self.show_view(False)

    def set_related(self, related: list[dict[str, Any]]) -> None:
        self.view.clear()
        for link in related:
            label = f" · {link['label']}" if link.get("label") else ""
            item = QListWidgetItem(f"{link['title']}\n{link['position']}{label}")
            item.setData(Qt.ItemDataRole.UserRole, link.get("url"))
            item.setToolTip(link.get("url") or "not a link in the saved page")
            self.view.addItem(item)
        self.show_view(bool(related))

    def _open(self, item: QListWidgetItem) -> None:
        url = item.data(Qt.ItemDataRole.UserRole)
        if url and url.startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(url))


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
