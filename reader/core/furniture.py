"""Page furniture that is not article: share bars, newsletter boxes, teasers...

Two passes. Before readability runs, elements whose class or id name a known
kind of furniture are removed from the page, so they can neither be chosen as
the article nor glued to it. After it runs, short paragraphs that read like
furniture ("Read more", "Sign up for our newsletter") are dropped from the body.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_FURNITURE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|newsletter|signup|sign-up|subscribe|subscription|"
    r"cookie|consent|gdpr|comment-count|comments-count|related|recommend|outbrain|taboola|"
    r"promo|advert|ad-slot|adslot|sponsor|paywall|popup|modal|breadcrumb|tags|toolbar|"
    r"print-only|visually-hidden|sr-only|skip-link)(?:$|[\s_-])",
    re.IGNORECASE,
)
_KEEP_TAGS = frozenset({"html", "body", "article", "main"})
_FURNITURE_TEXT = re.compile(
    r"^(?:read more|read next|more:|related:|see also|continue reading|advertisement|"
    r"sign up|subscribe|share this|share on|follow us|click here|\d+\s+comments?$|"
    r"comments?$|we use cookies|this site uses cookies|listen to this article|"
    r"get the latest|support our journalism)",
    re.IGNORECASE,
)
_MAX_FURNITURE_PARAGRAPH = 200


def remove_furniture_elements(doc: HtmlElement) -> None:
    """Drop elements that are furniture by name, unless they hold most of the page."""
    for element in list(doc.iter("div", "section", "aside", "ul", "span", "p", "figure", "nav",
                                 "footer", "form", "button")):  # fmt: skip
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not names.strip() or not _FURNITURE_NAMES.search(names):
            continue
        if element.tag in _KEEP_TAGS or element.getparent() is None:
            continue
        if len(element.findall(".//p")) >= 4:
            continue  # a wrapper named "share-container" around the article itself
        element.drop_tree()
    for element in list(doc.iter("nav", "footer", "form", "button", "aside")):
        if element.getparent() is not None and len(element.findall(".//p")) < 4:
            element.drop_tree()


def is_furniture_paragraph(text: str) -> bool:
    """Whether a short body paragraph is page furniture rather than article text."""
    return len(text) <= _MAX_FURNITURE_PARAGRAPH and bool(_FURNITURE_TEXT.match(text.strip()))
