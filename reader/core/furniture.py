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
    r"get the latest|support our journalism|you (?:may|might) also like|recommended for you|"
    r"more from\b.{0,30}$|trending now$|most (?:read|popular)$|advert$|close$|"
    r"this slideshow requires javascript|tell us what you think|"
    r"(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+$|"
    r"\[(\w+)\b[^\]]*\].*\[/\1\]$|"
    r"\(?(?:additional )?reporting by\b|.{0,80}\bcontributed (?:reporting|to this report)|"
    r"(?:reading time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura)\s*:|"
    r"\d+\s*min(?:ute)?s? read$|"
    r"tags\s*:|filed under\s*:|image copyright\b|like this story\b|this document is subject to copyright|"
    r"follow\b.{0,40}\b(?:full coverage|on (?:twitter|facebook|instagram))|more ap\b.{0,30}:|"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|"
    r"(?:receive|get) (?:new|our|the latest) (?:posts|articles|stories)\b.{0,20}$)",
    re.IGNORECASE,
)
_MAX_FURNITURE_PARAGRAPH = 200
_CREDIT_LINE = re.compile(
    r"^\(?(?:photo|photograph|image|picture|video|credit|source|illustration)s?\s*(?:by|credit)?\s*:"
    r"|^\(?(?:AP|AFP|Reuters)"
    r"\s+Photo\b",
    re.IGNORECASE,
)
_TIMESTAMP_LINE = re.compile(
    r"^(?:updated|published|posted|last updated|first published|modified)\b[^.]{0,40}?\b(?:\d{1,2}:\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{4})",
    re.IGNORECASE,
)
_AGENCY_BYLINE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s+and\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})?,\s+"
    r"(?:(?:the\s+)?Associated Press|Reuters|AFP|Bloomberg|"
    r"(?:AP|Ap)\b[\w\s]*?(?:Writer|Correspondent|Reporter)|"
    r"[\w\s]*?(?:Staff Writer|Correspondent|Reporter|Contributor))$"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|la|le))*\s+[A-Z][\w.'’-]+"
_NAMES_BYLINE = re.compile(rf"^by\s+{_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*$", re.IGNORECASE)
"""A line that is only "By Jo Smith, Ann Lee and Al Root": the byline, shown apart."""
_CAPTION_CUE = re.compile(
    r"\((?:ap|afp|reuters|getty|epa)\b[^)]*photo|\bphoto(?:graph)?\s*[:/,]|\(photo\b", re.IGNORECASE
)
_MAX_SHORT_LINE = 25  # words


_EMBEDDED_POST = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed", re.I)
_SOCIAL_NAMES = re.compile(r"tweet|twitter|social|embed", re.IGNORECASE)


def unmask_embedded_posts(doc: HtmlElement) -> None:
    """Posts a writer embeds (a tweet quoted in the story) are part of the article, but
    readability discards anything whose class says "twitter" before it scores the page, and a
    wrapper named "social-media-embed" looks like a share bar. Their blockquotes, and wrappers
    that hold nothing else, get a neutral class; this runs before furniture removal."""
    for quote in list(doc.iter("blockquote")):
        if not _EMBEDDED_POST.search(quote.get("class") or ""):
            continue
        quote.set("class", "embedded-post")
        text = len(quote.text_content().strip())
        for wrapper in quote.iterancestors():
            names = f"{wrapper.get('class') or ''} {wrapper.get('id') or ''}"
            if wrapper.tag in _KEEP_TAGS or len(wrapper.text_content().strip()) > text + 80:
                break
            if _SOCIAL_NAMES.search(names):
                wrapper.set("class", "embedded-post")
                wrapper.attrib.pop("id", None)


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
    """Whether a short body paragraph is page furniture rather than article text: a "Read more",
    a photo credit, an "Updated 1:39 am EST" stamp, an agency byline. (Not lines in capitals:
    those are as often a recipe's section headings as a promo.)"""
    text = text.strip()
    if len(text) > _MAX_FURNITURE_PARAGRAPH:
        return False
    if _FURNITURE_TEXT.match(text) or _CREDIT_LINE.match(text) or _AGENCY_BYLINE.match(text):
        return True
    if _NAMES_BYLINE.match(text):
        return True
    return len(text.split()) <= _MAX_SHORT_LINE and bool(_TIMESTAMP_LINE.match(text))


def repeated_captions(texts: list[str]) -> set[str]:
    """Paragraphs a body holds more than once next to a photo credit: the captions of a gallery's
    slides. (Repetition alone is not enough: a meal plan repeats its lines on purpose.)"""
    keys = [" ".join(text.split()).lower() for text in texts]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    captions = set()
    for index, key in enumerate(keys):
        if len(key) >= 20 and counts[key] > 1:
            neighbours = keys[max(0, index - 1) : index] + keys[index + 1 : index + 2]
            if _CAPTION_CUE.search(key) or any(_CREDIT_LINE.match(n) for n in neighbours):
                captions.add(key)
    return captions
