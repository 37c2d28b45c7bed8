"""The HTML the reading pane shows: header, lead image, body, in the chosen theme."""

from __future__ import annotations

import html

from reader.core.model import IMAGE_SCHEME
from reader.library.export import header_line
from reader.library.records import StoredArticle

THEMES = {
    "light": {"bg": "#fdfdfb", "fg": "#1d1d1b", "muted": "#6b6b66", "link": "#1a5fb4"},
    "sepia": {"bg": "#f6efe1", "fg": "#3b3024", "muted": "#7a6a55", "link": "#8a4b12"},
    "dark": {"bg": "#1e1f22", "fg": "#dcdcd6", "muted": "#9a9a92", "link": "#8ab4f8"},
}
FONTS = {"serif": "Georgia, 'DejaVu Serif', serif", "sans": "'Helvetica Neue', 'DejaVu Sans', sans-serif"}


def stylesheet(theme: str, font_size: int, family: str = "serif") -> str:
    colours = THEMES.get(theme, THEMES["light"])
    return (
        f"body {{ background-color: {colours['bg']}; color: {colours['fg']};"
        f" font-family: {FONTS.get(family, FONTS['serif'])}; font-size: {font_size}px; }}"
        f"p, li {{ line-height: 160%; margin-top: 0; margin-bottom: {int(font_size * 0.9)}px; }}"
        f"h1 {{ font-size: {int(font_size * 1.75)}px; line-height: 125%; margin-bottom: 6px; }}"
        f"h2, h3 {{ font-size: {int(font_size * 1.25)}px; margin-top: {font_size}px; }}"
        f".meta {{ color: {colours['muted']}; font-size: {int(font_size * 0.85)}px; }}"
        f".standfirst {{ color: {colours['muted']}; font-size: {int(font_size * 1.1)}px; }}"
        f".caption {{ color: {colours['muted']}; font-size: {int(font_size * 0.8)}px; }}"
        f"blockquote {{ color: {colours['muted']}; margin-left: 18px; font-style: italic; }}"
        f"a {{ color: {colours['link']}; }}"
        "a.quote-highlight { background-color: #fff3a3; }"
    )


def render_article(article: StoredArticle | None, theme: str, font_size: int,
                   family: str = "serif", empty_message: str = "",
                   image_width: int | None = None) -> str:  # fmt: skip
    """A complete HTML document for QTextBrowser (which supports a subset of CSS)."""
    head = f"<html><head><style>{stylesheet(theme, font_size, family)}</style></head><body>"
    if article is None:
        return f"{head}<div class='meta'>{empty_message}</div></body></html>"
    parts = [head, f"<h1>{html.escape(article.title or 'Untitled')}</h1>"]
    meta = header_line(article)
    if meta:
        parts.append(f"<p class='meta'>{html.escape(meta)}</p>")
    if (article.url or "").startswith(("http://", "https://")):
        href, shown = html.escape(article.url or "", quote=True), html.escape(_short_url(article.url or ""))
        parts.append(f"<p class='meta'>Original: <a href='{href}'>{shown}</a></p>")
    lead = article.lead_image or {}
    if lead.get("key"):
        width = f" width='{image_width}'" if image_width else ""
        parts.append(f"<div style='line-height: 100%'><img src='{IMAGE_SCHEME}:{lead['key']}'{width}></div>")
    caption = " — ".join(html.escape(x) for x in (lead.get("caption"), lead.get("credit")) if x)
    if caption and lead.get("key"):
        parts.append(f"<div class='caption' style='line-height: 120%'>{caption}</div><br>")
    parts.append(article.html)
    parts.append("</body></html>")
    return "".join(parts)


def _short_url(url: str, limit: int = 60) -> str:
    """The address without its scheme, shortened in the middle if long."""
    bare = url.split("://", 1)[-1]
    return bare if len(bare) <= limit else f"{bare[: limit - 20]}…{bare[-19:]}"
