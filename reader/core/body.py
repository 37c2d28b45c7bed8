"""readability's body made fit to read: what it chose checked against the page's own article,
captions and the standfirst set apart, the headline, furniture lines, the writer's notes and the
lead image's copy taken out. Each step is a rule measured on the benchmark (benchmarks/extraction.py).
"""

from __future__ import annotations

import copy
import re

from lxml.html import HtmlElement

from reader.core.dates import is_dateline
from reader.core.furniture import is_furniture_paragraph, repeated_captions
from reader.core.scoring import shingles

_MARKED_MIN_CHARS = 400
_INSIDE_SHARE = 0.1


def marked_article(doc: HtmlElement, title: str | None) -> HtmlElement | None:
    """A copy of the page's own ``<article>`` around its headline, when it holds paragraphs:
    the check on readability's choice (which, on a page of post teasers, can pick the teasers)."""
    title_key = _words_key(title or "")
    if not title_key:
        return None
    for heading in doc.iter("h1"):
        if _words_key(heading.text_content()) != title_key:
            continue
        article = next(heading.iterancestors("article"), None)
        if article is None or sum(len(p.text_content()) for p in article.iter("p")) < _MARKED_MIN_CHARS:
            return None
        return copy.deepcopy(article)
    return None


def _words_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def lies_outside(body: HtmlElement, marked: HtmlElement) -> bool:
    """Whether readability's body lies (almost) wholly outside the page's own article."""
    chosen = _shingles(body.text_content())
    return bool(chosen) and len(chosen & _shingles(marked.text_content())) < _INSIDE_SHARE * len(chosen)


def _shingles(text: str) -> set[tuple[str, ...]]:
    """The benchmark's 4-word shingles, lower-cased (a text under four words has none)."""
    return {shingle for shingle in shingles(text.lower()) if len(shingle) == 4}


_CAPTION_NAMES = re.compile(r"caption", re.IGNORECASE)
_MAX_CAPTION_CHARS = 600


def mark_captions(body: HtmlElement) -> None:
    """Captions written as ``<div class="caption">`` become ``<figcaption>``: still shown under
    their photo, no longer read as paragraphs of the article (its text and its search index)."""
    for element in list(body.iter("div", "span", "p")):
        if not _CAPTION_NAMES.search(element.get("class") or ""):
            continue
        if element.find(".//p") is not None or len(element.text_content()) > _MAX_CAPTION_CHARS:
            continue  # a wrapper around content, not a caption
        element.tag = "figcaption"


_STANDFIRST_NAMES = re.compile(r"dek\b|standfirst|sub-?head|subtitle|lead-text", re.IGNORECASE)
_MAX_STANDFIRST_CHARS = 600


def find_standfirst(body: HtmlElement) -> HtmlElement | None:
    """The standfirst (the summary set under the headline, named "dek" or "standfirst" by the
    page) when it opens the body: it is shown apart from the article's paragraphs, and is not
    one of them. Only before the first real paragraph: a "subhead" further down is a heading."""
    for element in body.iter("p", "div", "h2", "h3", "span"):
        text = element.text_content().strip()
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _STANDFIRST_NAMES.search(names) and text and len(text) <= _MAX_STANDFIRST_CHARS:
            inner = element.findall(".//p")
            if len(inner) > 1:
                return None
            target = inner[0] if inner else element
            target.tag = "p"
            return target
        if element.tag == "p" and len(text.split()) >= 8:
            return None  # the article has begun
    return None


def drop_title_and_furniture(body: HtmlElement, title: str | None) -> None:
    """The headline is shown apart from the body; furniture lines are not shown at all."""
    title_key = " ".join((title or "").split()).lower()
    for heading in body.iter("h1", "h2"):
        if title_key and " ".join(heading.text_content().split()).lower() == title_key:
            heading.drop_tree()
            break
    blocks = list(body.iter("p", "li", "div", "h2", "h3", "h4", "span", "a", "figcaption"))
    leaves = [e for e in blocks if not any(e.find(f".//{tag}") is not None for tag in ("p", "div", "li"))]
    contents = [leaf.text_content() for leaf in leaves]
    repeated = repeated_captions(contents)
    texts = [leaf for leaf, content in zip(leaves, contents, strict=True) if content.strip()]
    edges = {id(e) for e in texts[:_EDGE_BLOCKS] + texts[-_EDGE_BLOCKS:]}
    for element in blocks:
        if element.getparent() is None:
            continue
        text = " ".join(element.text_content().split())
        if not text or element.find(".//img") is not None:
            continue
        stamp = id(element) in edges and element.tag not in ("a", "span") and is_dateline(text)
        if is_furniture_paragraph(text) or text.lower() in repeated or stamp:
            element.drop_tree()


_EDGE_BLOCKS = 4
"""A line that is only a date is the page's time stamp near the body's start or end; in the middle
it is a timeline's heading ("March 4, 2024") and stays."""


_AUTHOR_NOTE_WORDS = 60
_CONTACT_LINE = re.compile(
    r"^(?:email|e-mail|contact|follow|reach)\b.{0,80}?(?:@|\bon twitter\b)", re.IGNORECASE
)


def drop_author_notes(body: HtmlElement, authors: list[str]) -> None:
    """The writer's name, bio ("Jo Smith is a reporter for ...") or contact line closing the
    body: about the writer, not part of the story. Only among the last three paragraphs, and
    only naming a byline's author or giving an address to write to."""
    names = [name.lower() for name in authors if len(name.split()) >= 2]
    paragraphs = [p for p in body.iter("p", "div", "span", "em", "i") if p.text_content().strip()
                  and p.find(".//p") is None and p.find(".//div") is None]  # fmt: skip
    for element in paragraphs[-3:]:
        text = " ".join(element.text_content().split())
        if len(text.split()) > _AUTHOR_NOTE_WORDS or element.getparent() is None:
            continue
        lowered = text.lower()
        if any(lowered.startswith(name) for name in names) or _CONTACT_LINE.match(text):
            element.drop_tree()


def drop_leading_image(body: HtmlElement, src: str) -> None:
    """The lead image is shown above the body: a copy of it opening the body goes."""
    for element in body.iter("img", "p"):
        if element.tag == "p" and element.text_content().strip():
            return  # the body's text starts before any image
        if element.tag == "img":
            if element.get("src") == src:
                figure = next((a for a in element.iterancestors("figure")), None)
                (figure if figure is not None else element).drop_tree()
            return
