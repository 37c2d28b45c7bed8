"""The reading pane: the clean article, with no scripts and no network, ever.

QTextBrowser runs no JavaScript. Every resource it asks for goes through
``loadResource``, which answers only ``reader-image:`` names from the library
and refuses everything else (http, file, data...), so a hostile page cannot
make the app fetch or read anything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from reader.core.model import IMAGE_SCHEME
from reader.library import Library
from reader.library.records import StoredArticle
from reader.ui.render import THEMES, render_article

MEASURE_EMS = 36
"""Text column width in font sizes: about 70 characters of a proportional face."""
MIN_MARGIN = 12


class ReadingPane(QTextBrowser):
    """Shows one stored article."""

    refused_resource = Signal(str)  # for tests and logs: what a page tried to load

    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library
        self.article: StoredArticle | None = None
        self.theme = "light"
        self.font_size = 17
        self.family = "serif"
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.setObjectName("readingPane")
        self.show_empty()

    def show_empty(self, message: str | None = None) -> None:
        self.article = None
        text = message or (
            "<h2>Welcome to Article Reader</h2><p>Drop saved pages here (HTML, MHTML, Safari web "
            "archives, SingleFile or text), or choose <b>File › Import…</b>.</p>"
        )
        self.setHtml(render_article(None, self.theme, self.font_size, self.family, empty_message=text))

    def show_article(self, article: StoredArticle) -> None:
        self.article = article
        self.setHtml(render_article(article, self.theme, self.font_size, self.family,
                                    image_width=self._image_width()))  # fmt: skip

    def _image_width(self) -> int:
        return max(200, min(900, self.viewport().width() - 40))

    def _apply_measure(self) -> None:
        """Keep lines to a readable measure (about 70 characters) by centring the text column.

        QTextBrowser has no CSS max-width, so the margins are the viewport's, painted in the
        theme's background so the column does not look boxed.
        """
        column = int(self.font_size * MEASURE_EMS)
        side = max(MIN_MARGIN, (self.width() - column) // 2)
        self.setViewportMargins(side, 0, side, 0)
        self.setStyleSheet(
            f"QTextBrowser#readingPane {{ background-color: {THEMES[self.theme]['bg']}; border: none; }}"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_measure()
        super().resizeEvent(event)

    def set_appearance(self, theme: str, font_size: int, family: str = "serif") -> None:
        """Re-render in a theme ("light", "sepia", "dark"), size and family, keeping the place."""
        if (theme, font_size, family) == (self.theme, self.font_size, self.family):
            return
        self.theme, self.font_size, self.family = theme, font_size, family
        self._apply_measure()
        position = self.scroll_fraction()
        if self.article is not None:
            self.show_article(self.article)
        else:
            self.show_empty()
        self.set_scroll_fraction(position)

    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() else 0.0

    def set_scroll_fraction(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind == QTextDocument.ResourceType.ImageResource.value and name.startswith(f"{IMAGE_SCHEME}:"):
            stored = self._library.image(name.split(":", 1)[1])
            if stored is not None:
                image = QImage()
                if image.loadFromData(stored[1]):
                    return image
        self.refused_resource.emit(name)
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
