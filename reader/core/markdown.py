"""Clean article HTML to Markdown, for export.

It only has to handle what the sanitizer lets through, so it is small: block
elements become Markdown blocks, inline emphasis and links are kept, images
are written with the address the caller chooses.
"""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
from lxml.html import HtmlElement

_INLINE_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`", "del": "~~", "s": "~~"}


def html_to_markdown(html: str, image_url: Callable[[str], str | None] = lambda src: src) -> str:
    """Markdown for a clean-HTML fragment; ``image_url`` maps each image (None drops it)."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks = _blocks(root, image_url)
    return "\n\n".join(block for block in blocks if block.strip()) + "\n"


def _blocks(element: HtmlElement, image_url: Callable[[str], str | None]) -> list[str]:
    blocks: list[str] = []
    inline: list[str] = [element.text or ""] if element.text else []

    def flush() -> None:
        text = " ".join("".join(inline).split())
        inline.clear()
        if text:
            blocks.append(text)

    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            flush()
            blocks.append("#" * int(tag[1]) + " " + _inline(child, image_url))
        elif tag in ("p", "figcaption", "caption", "dt", "dd"):
            flush()
            blocks.append(_inline(child, image_url))
        elif tag in ("ul", "ol"):
            flush()
            items = [li for li in child if li.tag == "li"]
            marks = [f"{n}." for n in range(1, len(items) + 1)] if tag == "ol" else ["-"] * len(items)
            blocks.append(
                "\n".join(f"{mark} {_inline(li, image_url)}" for mark, li in zip(marks, items, strict=True))
            )
        elif tag == "blockquote":
            flush()
            inner = "\n\n".join(_blocks(child, image_url)) or _inline(child, image_url)
            blocks.append("\n".join("> " + line if line else ">" for line in inner.splitlines()))
        elif tag == "pre":
            flush()
            blocks.append("```\n" + child.text_content().rstrip() + "\n```")
        elif tag == "hr":
            flush()
            blocks.append("---")
        elif tag == "table":
            flush()
            blocks.append(_table(child))
        elif tag in ("div", "figure", "section", "dl", "tbody", "thead"):
            flush()
            blocks.extend(_blocks(child, image_url))
        else:
            inline.append(_inline_node(child, image_url))
        if child.tail:
            inline.append(child.tail)
    flush()
    return blocks


def _inline(element: HtmlElement, image_url: Callable[[str], str | None]) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append(_inline_node(child, image_url))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _inline_node(child: HtmlElement, image_url: Callable[[str], str | None]) -> str:
    tag = child.tag if isinstance(child.tag, str) else ""
    if tag == "br":
        return "  \n"
    if tag == "img":
        url = image_url(child.get("src") or "")
        return f"![{child.get('alt') or ''}]({url})" if url else ""
    inner = _inline(child, image_url)
    if tag == "a" and child.get("href"):
        return f"[{inner}]({child.get('href')})"
    mark = _INLINE_MARKS.get(tag)
    return f"{mark}{inner}{mark}" if mark and inner else inner


def _table(table: HtmlElement) -> str:
    rows = [[" ".join(cell.text_content().split()).replace("|", "\\|") for cell in row
             if cell.tag in ("td", "th")] for row in table.iter("tr")]  # fmt: skip
    rows = [row for row in rows if row]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines)
