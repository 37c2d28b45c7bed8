"""Clean article HTML for display: only reading markup survives.

An allow-list, not a block-list: anything not named here (scripts, styles,
forms, iframes, objects, event handlers, inline styles, unknown attributes) is
dropped, and only ``http(s)``/``mailto`` links and stored images remain. The
result is safe to show in a viewer that must never run code or fetch anything.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement

ALLOWED_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "dd",
        "del",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
    ]
)
"""Tags kept as they are; other tags are unwrapped (their text stays) or dropped."""
DROPPED_TAGS = frozenset(
    [
        "applet",
        "audio",
        "base",
        "button",
        "canvas",
        "embed",
        "form",
        "frame",
        "frameset",
        "head",
        "iframe",
        "input",
        "link",
        "map",
        "meta",
        "noscript",
        "object",
        "option",
        "param",
        "script",
        "select",
        "style",
        "svg",
        "math",
        "template",
        "textarea",
        "title",
        "video",
        "dialog",
        "source",
        "track",
        "picture",
    ]
)
"""Tags removed with everything inside them."""
VOID_TAGS = frozenset({"embed", "param", "source", "track", "wbr", "keygen", "area"})
"""Void in HTML5, but libxml2 nests what follows them inside: drop the tag, keep what follows."""
HEADING_SHIFT = {"h1": "h2"}  # the article title is the page's only h1
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "ol": {"start"},
}
SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")
IMAGE_SOURCES = ("src", "data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src")

ImageResolver = Callable[[str], str | None]
"""Maps an image reference to a stored image URL, or None to drop the image."""


def sanitize(root: HtmlElement, base_url: str | None, resolve_image: ImageResolver) -> HtmlElement:
    """Clean ``root`` in place and return it."""
    for node in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        node.drop_tree()
    for element in list(root.iter(etree.Element)):
        tag = element.tag.lower()
        if tag in VOID_TAGS:
            element.drop_tag()
        elif tag in DROPPED_TAGS:
            element.drop_tree()
        elif tag == "img":
            _clean_image(element, base_url, resolve_image)
        elif tag not in ALLOWED_TAGS and element is not root:
            element.drop_tag()
        else:
            _clean_attributes(element, tag, base_url)
            if tag in HEADING_SHIFT:
                element.tag = HEADING_SHIFT[tag]
    _drop_empty_blocks(root)
    if root.tag not in ALLOWED_TAGS:
        root.tag = "div"
        root.attrib.clear()
    return root


EMPTY_DROPPABLE = frozenset({"p", "div", "span", "section", "figure", "li", "ul", "ol", "blockquote"})
"""Blocks that show as blank gaps when they hold no text and no image (spacers, emptied ads)."""


def _drop_empty_blocks(root: HtmlElement) -> None:
    for element in reversed(list(root.iter(*EMPTY_DROPPABLE))):  # innermost first: emptiness climbs up
        if element is root or element.getparent() is None:
            continue
        if not element.text_content().strip() and element.find(".//img") is None:
            element.drop_tree()


def _clean_attributes(element: HtmlElement, tag: str, base_url: str | None) -> None:
    allowed = ALLOWED_ATTRIBUTES.get(tag, set())
    for name in list(element.attrib):
        if name.lower() not in allowed:
            del element.attrib[name]
    if tag == "a":
        href = (element.get("href") or "").strip()
        absolute = urljoin(base_url, href) if base_url and href else href
        if absolute.lower().startswith(SAFE_LINK_SCHEMES):
            element.set("href", absolute)
        elif "href" in element.attrib:
            del element.attrib["href"]  # javascript:, data:, file:, relative without base


def _clean_image(element: HtmlElement, base_url: str | None, resolve: ImageResolver) -> None:
    stored = None
    for attribute in IMAGE_SOURCES:
        source = (element.get(attribute) or "").strip()
        if source:
            stored = resolve(source) or resolve(urljoin(base_url, source) if base_url else source)
            if stored:
                break
    if stored is None:
        element.drop_tree()  # no local copy: showing it would mean fetching it
        return
    alt, title = element.get("alt"), element.get("title")
    element.attrib.clear()
    element.set("src", stored)
    if alt:
        element.set("alt", alt)
    if title:
        element.set("title", title)
