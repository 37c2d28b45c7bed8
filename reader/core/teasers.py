"""Related stories in an HTML page: the teaser links around (and inside) the article.

Extractors throw these blocks away; a reader wants them. A teaser is a link
whose text reads like a headline and whose address reads like an article,
outside the page's navigation, header, footer, tag lists, share bars and
comment threads. Links are collected from the page as parsed, before any
clean-up, with their place in document order; once the body is known, each is
placed before, inside or after it. Links that belong to the body's own prose
(a link in a sentence) are not teasers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml.html import HtmlElement

from reader.core.model import RelatedLink

MIN_WORDS, MAX_WORDS = 3, 30
MAX_LABEL_WORDS = 6

_NOT_STORIES = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menubar|footer|header|masthead|breadcrumbs?|share|"
    r"sharing|social|tags?|tag-list|taglist|topics|keywords|comments?|comment-list|disqus|author|"
    r"authors|byline|bio|skip|pagination|pager|cookie|consent|newsletter|subscribe|signup|login|"
    r"account|search|sitemap|legal|copyright|sidebar-nav|site-nav|subnav|dropdown|mega-?menu|"
    r"hamburger|drawer|offcanvas|off-canvas|toolbar|jump|toc|table-of-contents|adverts?|classifieds?|"
    r"marketplace)(?:$|[\s_-])",
    re.IGNORECASE,
)
_NOT_STORY_TAGS = frozenset({"nav", "header", "footer", "form", "button", "select", "label"})
_NOT_ARTICLE_PATHS = re.compile(
    r"/(?:tags?|topics?|byline|categor(?:y|ies)|section|authors?|people|profiles?|users?|search|login|"
    r"signin|sign-in|register|subscribe|subscriptions?|newsletters?|account|about(?:-us)?|contact"
    r"(?:-us)?|privacy|terms|cookies?|legal|advertis\w*|careers|jobs|help|faq|feed|rss|shop|store|"
    r"podcasts?|weather|sitemap|adverts?|classifieds?|for-sale|marketplace)(?:/|$|\.|\?)",
    re.IGNORECASE,
)
_FURNITURE_TEXT = re.compile(
    r"^(?:read more|continue reading|see all|view all|show more|load more|more stories|sign up|"
    r"subscribe|log ?in|sign in|share|comments?|reply|privacy|terms|cookie|advertis|contact us|"
    r"about us|back to top|skip to|click here|learn more|download|watch live|listen)\b",
    re.IGNORECASE,
)
_RELATIVE_TIME = re.compile(
    r"\s*(?:\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|yesterday|"
    r"just now)\s*$",
    re.IGNORECASE,
)
_ARTICLE_ADDRESS = re.compile(
    r"[^\W_]+(?:-[^\W_]+){2,}"  # a slug of three or more words
    r"|\d{5,}"  # a story number
    r"|\d{4}/\d{1,2}/"  # a dated path
    r"|\.(?:s?html?|php|aspx?)(?:\?|$)",  # a page of its own
    re.UNICODE,
)
_SUMMARY_NAMES = re.compile(
    r"blurb|dek\b|summary|excerpt|description|standfirst|teaser-text|byline|author|timestamp|date",
    re.IGNORECASE,
)
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"})
_HEADLINE_NAMES = re.compile(r"title|headline|\bhed\b|heading", re.IGNORECASE)
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


@dataclass
class LinkCandidate:
    """A headline-like link as found in the page, before anything was removed."""

    title: str
    url: str
    order: int  # position in document order
    label: str | None
    paragraph: str | None  # the text of the paragraph the link sits in, if it is in one


@dataclass
class PageLinks:
    """What the page held before clean-up: teaser candidates and paragraphs, in document order."""

    candidates: list[LinkCandidate]
    paragraphs: list[tuple[int, str]]


_PARAGRAPH_TAGS = frozenset({"p", "li", "blockquote", "h2"})


def scan(doc: HtmlElement, base_url: str | None) -> PageLinks:
    """One pass over the page: its links and paragraphs, numbered in document order."""
    anchors: list[tuple[int, HtmlElement]] = []
    paragraphs: list[tuple[int, str]] = []
    for n, element in enumerate(doc.iter()):
        if element.tag == "a":
            anchors.append((n, element))
        elif element.tag in _PARAGRAPH_TAGS:
            paragraphs.append((n, " ".join(element.text_content().split())))
    return PageLinks(collect_links(anchors, base_url), paragraphs)


def collect_links(anchors: list[tuple[int, HtmlElement]], base_url: str | None) -> list[LinkCandidate]:
    """Every link in the page that could be a story teaser, first occurrence of each address."""
    page_url = urldefrag(base_url)[0] if base_url else None
    found: list[LinkCandidate] = []
    seen: set[str] = {page_url} if page_url else set()
    home = _site(urlsplit(page_url).hostname) if page_url else None
    verdicts: dict[HtmlElement, bool] = {}
    for order, anchor in anchors:
        href = anchor.get("href")
        if not href or href.startswith("#") or len(anchor.text_content().split()) < MIN_WORDS:
            continue  # the cheap tests first: most links are icons, names or menu words
        title = _RELATIVE_TIME.sub("", _visible_text(_headline_part(anchor)))
        if not _headline_like(title):
            continue
        if _in_furniture(anchor, verdicts):
            continue
        url = _story_url(href, base_url)
        if url is None or url in seen:
            continue
        if home is not None and _site(urlsplit(url).hostname) != home:
            continue  # another site's story in a teaser block is an advert or a partner's promo
        seen.add(url)
        found.append(LinkCandidate(title, url, order, _label_of(anchor), _paragraph_of(anchor)))
    return found


def body_span(doc_paragraphs: list[tuple[int, str]], body_text: str) -> tuple[int, int] | None:
    """First and last document positions of the page's paragraphs that ended up in the body."""
    body_lines = {_key(line) for line in body_text.split("\n") if len(line.split()) >= 4}
    inside = [order for order, text in doc_paragraphs if _key(text) in body_lines]
    return (min(inside), max(inside)) if inside else None


def place_teasers(candidates: list[LinkCandidate], span: tuple[int, int] | None,
                  body_text: str) -> list[RelatedLink]:  # fmt: skip
    """Teasers with their position; links in the body's own sentences are left out."""
    body_key = _key(body_text)
    teasers = []
    for link in candidates:
        if span is None:
            position = "after"
        elif link.order < span[0]:
            position = "before"
        elif link.order > span[1]:
            position = "after"
        else:
            position = "inside"
        if _is_prose_link(link, body_key, position):
            continue
        teasers.append(RelatedLink(title=link.title, url=link.url, position=position, label=link.label))
    return teasers


def strip_teasers_from_body(body: HtmlElement, teasers: list[RelatedLink]) -> bool:
    """Remove body blocks that are only a teaser ("Read more: <headline>", a trailing "You may also
    like" list): they are shown apart, and none may leak into the article.

    Returns whether anything was removed.
    """
    titles = {_key(t.title) for t in teasers}  # "after" ones too: readability may keep a trailing block
    removed = False
    if not titles:
        return removed
    for element in list(body.iter("p", "li", "div", "h3", "h4", "ul", "aside")):
        if element.getparent() is None:
            continue
        text = _key(element.text_content())
        if not text:
            continue
        links = [_key(a.text_content()) for a in element.iter("a")]
        linked = [t for t in links if t in titles]
        if linked and len(text) - sum(len(t) for t in linked) <= 30:
            element.drop_tree()
            removed = True
    return removed


def _headline_part(anchor: HtmlElement) -> HtmlElement:
    """A teaser link often wraps headline and summary together: the headline is its heading."""
    for element in anchor.iterdescendants(*_LABEL_TAGS, "h1", "strong", "span", "div"):
        names = element.get("class") or ""
        if element.tag.startswith("h") or _HEADLINE_NAMES.search(names):
            return element
    return anchor


def _visible_text(element: HtmlElement) -> str:
    """The headline a reader sees: not a summary printed under it, nor markup hidden in
    ``<noscript>``."""
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        if node.tag in ("noscript", "script", "style") or _SUMMARY_NAMES.search(node.get("class") or ""):
            return
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")

    walk(element)
    return " ".join(" ".join(parts).split())


def _headline_like(text: str) -> bool:
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or len(text) > 220:
        return False
    if _FURNITURE_TEXT.match(text):
        return False
    return sum(1 for w in words if any(c.isalpha() for c in w)) >= MIN_WORDS


def _story_url(href: str | None, base_url: str | None) -> str | None:
    """The absolute address of a link if it can be an article page."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    url = urldefrag(urljoin(base_url, href) if base_url else href)[0]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if _NOT_ARTICLE_PATHS.search(parts.path + "/"):
        return None
    if not _ARTICLE_ADDRESS.search(f"{parts.path}?{parts.query}"):
        return None
    return url


def _site(host: str | None) -> str | None:
    """The registrable part of a host name: news.example.co.uk and www.example.co.uk are one site."""
    if not host:
        return None
    labels = host.lower().split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _in_furniture(anchor: HtmlElement, verdicts: dict[HtmlElement, bool]) -> bool:
    """Whether the link sits in navigation, header, footer, share bar and the like.

    ``verdicts`` remembers each container's answer: links share their ancestors.
    """
    chain = []
    verdict = False
    for element in anchor.iterancestors():
        if element in verdicts:
            verdict = verdicts[element]
            break
        if element.tag in ("body", "html"):
            break  # page-wide classes ("header-spacing", "one-sidebar") say nothing of the link
        chain.append(element)
        names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
        if element.tag in _NOT_STORY_TAGS or (names.strip() and _NOT_STORIES.search(names)):
            verdict = True
            break
    for element in chain:  # below a furniture container everything is furniture, and vice versa
        verdicts[element] = verdict
    return verdict


def _label_of(anchor: HtmlElement) -> str | None:
    """The heading that names the block the link is in ("Related", "Don't miss"), if any."""
    for container in list(anchor.iterancestors())[:6]:
        if container.tag in ("body", "html", "article", "main"):
            return None
        heading = _first_heading(container)
        if heading is not None and heading not in anchor.iterancestors():
            text = " ".join(heading.text_content().split())
            if text and len(text.split()) <= MAX_LABEL_WORDS and heading.find(".//a") is None:
                return text.rstrip(":")
        previous = container.getprevious()
        if previous is not None and previous.tag in _LABEL_TAGS:
            text = " ".join(previous.text_content().split())
            if text and len(text.split()) <= MAX_LABEL_WORDS:
                return text.rstrip(":")
    return None


def _first_heading(container: HtmlElement) -> HtmlElement | None:
    for child in container.iterchildren():
        if not isinstance(child.tag, str):
            continue
        if child.tag in _LABEL_TAGS:
            return child
        if child.find(".//a") is not None:
            return None  # links come before any heading: not a labelled block
    return None


def _paragraph_of(anchor: HtmlElement) -> str | None:
    for element in anchor.iterancestors():
        if element.tag in ("p", "blockquote"):
            return " ".join(element.text_content().split())
        if element.tag in ("div", "section", "article", "body"):
            return None
    return None


def _is_prose_link(link: LinkCandidate, body_key: str, position: str) -> bool:
    """A link inside a sentence (its paragraph says much more than the link), in the article
    or in an editor's note or author blurb around it."""
    if link.paragraph is None:
        return False
    rest = len(link.paragraph) - len(link.title)
    if rest <= max(40, len(link.title)):
        return False
    return position != "inside" or _key(link.paragraph)[:80] in body_key


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))
