"""Parsing page markup into an lxml tree, once, with clear failures."""

from __future__ import annotations

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from reader.core.errors import PageError

_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def parse_document(html: str) -> HtmlElement:
    """The page's document element; raises PageError for markup that is not a page.

    libxml2 stops building the tree at 256 levels and drops what lies deeper
    without failing; a page that deep is hostile or broken, and importing what is
    left would lose text silently, so it is refused with a reason instead.
    """
    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise PageError(f"unreadable markup ({exc})") from exc
    for entry in _PARSER.error_log:
        if "Excessive depth" in entry.message:
            raise PageError("markup nested too deeply (over 256 levels): not a readable page")
    return doc
