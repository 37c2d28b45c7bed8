"""Block-aware HTML to text: paragraphs, list items and table cells stay apart.

Plain ``text_content()`` glues a table's cells ("GAJune") and a list's items
together; readers and the full-text index need them as separate words, and the
body text needs one paragraph per block.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    ]
)
CELL_TAGS = frozenset({"td", "th"})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "figcaption"})
"""Not body text: code, and captions (shown with their images, not read as paragraphs)."""
STANDFIRST_CLASS = "standfirst"
"""Marks the summary under the headline: shown with the article, not one of its paragraphs."""
_LINE_BREAK = "\u2028"


def html_to_text(root: HtmlElement) -> str:
    """The element's text, one paragraph per block, paragraphs split by a blank line."""
    return "\n\n".join(html_to_paragraphs(root))


def html_to_paragraphs(root: HtmlElement) -> list[str]:
    """The element's text as a list of paragraphs (no empty ones)."""
    paragraphs: list[str] = []
    pending: list[str] = []
    skipping = 0

    def flush() -> None:
        if pending:
            text = _normalise("".join(pending))
            pending.clear()
            if text:
                paragraphs.append(text)

    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        skipped = tag in SKIP_TAGS or element.get("class") == STANDFIRST_CLASS
        if event == "start":
            if skipped:
                skipping += 1
            if skipping:
                continue
            if tag in BLOCK_TAGS:
                flush()
            elif tag == "br":
                pending.append(_LINE_BREAK)
            elif tag in CELL_TAGS:
                pending.append(" ")
            if tag and element.text:
                pending.append(element.text)
        else:
            if skipped:
                skipping -= 1
            if skipping:
                continue
            if tag in BLOCK_TAGS:
                flush()
            elif tag in CELL_TAGS:
                pending.append(" ")
            if element.tail and element is not root:
                pending.append(element.tail)
    flush()
    return paragraphs


def _normalise(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)
