"""From a saved page to a clean :class:`Article`.

readability-lxml chooses the article body; around it we read the metadata from
the page, remove furniture, sanitise the markup for display, point images to
stored copies and derive the plain text.
"""

from __future__ import annotations

import copy
import logging
import re
from urllib.parse import urljoin

import lxml.html
from lxml.html import HtmlElement
from readability import Document
from readability.readability import Unparseable

from reader.core import plaintext, teasers
from reader.core.dates import is_dateline
from reader.core.errors import NoArticleError, PageError
from reader.core.furniture import (
    is_furniture_paragraph,
    remove_furniture_elements,
    repeated_captions,
    unmask_embedded_posts,
)
from reader.core.htmlparse import parse_document
from reader.core.metadata import PageMetadata, read_metadata
from reader.core.model import IMAGE_SCHEME, Article, LeadImage, Resource, SavedPage
from reader.core.quotes import extract_quotes
from reader.core.sanitize import sanitize
from reader.core.similarity import rank_related
from reader.core.summary import excerpt_of, reading_minutes, word_count
from reader.core.textify import STANDFIRST_CLASS, html_to_text

logger = logging.getLogger(__name__)

_CREDIT = re.compile(
    r"\s*(?:\(?\b(?:photo|image|picture|credit|foto|source)s?\s*(?:by)?\s*[:/]\s*|©\s*)"
    r"(?P<credit>[^()]{2,80})\)?\s*$"
    r"|\s*\((?P<agency>[^()]{0,60}(?:/|\b(?:Getty Images|AP|Reuters|AFP|EPA|Shutterstock|"
    r"Alamy|NASA|Bloomberg|PA)\b)[^()]{0,60})\)\s*$",
    re.IGNORECASE,
)


def extract(page: SavedPage) -> Article:
    """The article in a saved page; raises NoArticleError when it holds none."""
    if page.format == "text":
        article = plaintext.extract_text_article(page)
        article.related = rank_related(article.related, article.title, article.text)
        article.quotes = extract_quotes(article.text)
        return article
    doc = parse_document(page.html)
    meta = read_metadata(doc, page.url)
    lead, lead_copy = _lead_image(doc, meta, page)
    base_url = _take_base_href(doc, meta.url or page.url)
    links = teasers.scan(doc, base_url)  # before clean-up removes the blocks they live in
    unmask_embedded_posts(doc)
    remove_furniture_elements(doc)
    marked = _marked_article(doc, meta.title)
    body = _readability_body(doc)
    if marked is not None and _outside(body, marked):
        logger.debug("readability chose a block outside the page's own <article>: using that")
        body = marked
    images: dict[str, Resource] = {lead_copy.key: lead_copy} if lead_copy else {}

    def store_image(src: str) -> str | None:
        resource = _stored_image(page, src)
        if resource is None:
            return None
        images[resource.key] = resource
        return f"{IMAGE_SCHEME}:{resource.key}"

    _mark_captions(body)
    standfirst = _find_standfirst(body)
    sanitize(body, base_url, store_image)
    standfirst_text = None
    if standfirst is not None and standfirst.getparent() is not None:
        standfirst.set("class", STANDFIRST_CLASS)
        standfirst_text = " ".join(standfirst.text_content().split()) or None
    if lead and lead.key:
        _drop_leading_image(body, f"{IMAGE_SCHEME}:{lead.key}")
    _drop_title_and_furniture(body, meta.title)
    _drop_author_notes(body, meta.authors)
    text = html_to_text(body)
    if len(text) < 0.5 * len(meta.json_ld_body or "") and meta.json_ld_body:
        logger.debug("readability kept %d chars of a %d-char articleBody", len(text),
                     len(meta.json_ld_body))  # fmt: skip
        body = _paragraphs_to_html(meta.json_ld_body)
        text = html_to_text(body)
    if not text.strip():
        raise NoArticleError("no article text found in the page")
    related = teasers.place_teasers(links.candidates, teasers.body_span(links.paragraphs, text), text)
    if teasers.strip_teasers_from_body(body, related):
        text = html_to_text(body)
    html = lxml.html.tostring(body, encoding="unicode", method="html")
    return Article(
        title=meta.title,
        authors=meta.authors,
        byline=meta.byline,
        published=meta.published,
        updated=meta.updated,
        site=meta.site,
        url=meta.url or page.url,
        language=meta.language,
        lead_image=lead,
        excerpt=excerpt_of(standfirst_text or meta.description, text),
        word_count=word_count(text),
        reading_minutes=reading_minutes(text),
        text=text,
        html=html,
        format=page.format,
        related=rank_related(related, meta.title, text),
        quotes=extract_quotes(text),
        images=images,
        standfirst=standfirst_text,
    )


_MARKED_MIN_CHARS = 400
_INSIDE_SHARE = 0.1


def _marked_article(doc: HtmlElement, title: str | None) -> HtmlElement | None:
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


def _outside(body: HtmlElement, marked: HtmlElement) -> bool:
    """Whether readability's body lies (almost) wholly outside the page's own article."""
    chosen = _shingles(body.text_content())
    return bool(chosen) and len(chosen & _shingles(marked.text_content())) < _INSIDE_SHARE * len(chosen)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def _take_base_href(doc: HtmlElement, page_url: str | None) -> str | None:
    """Remove ``<base>`` (readability would rewrite every reference with it) and return
    the address relative links resolve against."""
    base_url = page_url
    for base in doc.iter("base"):
        href = (base.get("href") or "").strip()
        if href and base_url is None:
            base_url = href
        elif href:
            base_url = urljoin(base_url, href)
        base.drop_tree()
    return base_url


def _readability_body(doc: HtmlElement) -> HtmlElement:
    """readability's choice of body. Links stay as the page wrote them (no ``url=``):
    images must still be found among the page's own files by their saved names."""
    try:
        summary = Document(doc).summary(html_partial=True)
    except Unparseable as exc:
        raise NoArticleError(f"no article found ({exc})") from exc
    except RecursionError as exc:
        raise PageError("markup nested too deeply to read") from exc
    if not summary.strip():
        return lxml.html.fragment_fromstring("<div></div>")
    return lxml.html.fragment_fromstring(summary, create_parent="div")


_CAPTION_NAMES = re.compile(r"caption", re.IGNORECASE)
_MAX_CAPTION_CHARS = 600


def _mark_captions(body: HtmlElement) -> None:
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


def _find_standfirst(body: HtmlElement) -> HtmlElement | None:
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


def _drop_title_and_furniture(body: HtmlElement, title: str | None) -> None:
    """The headline is shown apart from the body; furniture lines are not shown at all."""
    title_key = " ".join((title or "").split()).lower()
    for heading in body.iter("h1", "h2"):
        if title_key and " ".join(heading.text_content().split()).lower() == title_key:
            heading.drop_tree()
            break
    blocks = list(body.iter("p", "li", "div", "h2", "h3", "h4", "span", "a", "figcaption"))
    leaves = [e for e in blocks if not any(e.find(f".//{tag}") is not None for tag in ("p", "div", "li"))]
    repeated = repeated_captions([e.text_content() for e in leaves])
    for element in blocks:
        if element.getparent() is None:
            continue
        text = " ".join(element.text_content().split())
        if not text or element.find(".//img") is not None:
            continue
        if (
            is_furniture_paragraph(text)
            or text.lower() in repeated
            or (element.tag not in ("a", "span") and is_dateline(text))
        ):
            element.drop_tree()


_AUTHOR_NOTE_WORDS = 60
_CONTACT_LINE = re.compile(
    r"^(?:email|e-mail|contact|follow|reach)\b.{0,80}?(?:@|\bon twitter\b)", re.IGNORECASE
)


def _drop_author_notes(body: HtmlElement, authors: list[str]) -> None:
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


def _drop_leading_image(body: HtmlElement, src: str) -> None:
    """The lead image is shown above the body: a copy of it opening the body goes."""
    for element in body.iter("img", "p"):
        if element.tag == "p" and element.text_content().strip():
            return  # the body's text starts before any image
        if element.tag == "img":
            if element.get("src") == src:
                figure = next((a for a in element.iterancestors("figure")), None)
                (figure if figure is not None else element).drop_tree()
            return


def _paragraphs_to_html(text: str) -> HtmlElement:
    root = lxml.html.fragment_fromstring("<div></div>")
    for paragraph in re.split(r"\n\s*\n|\n", text):
        if paragraph.strip():
            element = lxml.html.Element("p")
            element.text = paragraph.strip()
            root.append(element)
    return root


def _lead_image(
    doc: HtmlElement, meta: PageMetadata, page: SavedPage
) -> tuple[LeadImage | None, Resource | None]:
    """The page's lead image with its caption and credit (from the first captioned figure),
    and the page's own copy of it when the save carried one."""
    caption = credit = None
    figure_src = None
    for figure in doc.iter("figure"):
        figcaption = figure.find(".//figcaption")
        image = figure.find(".//img")
        if figcaption is None or image is None:
            continue
        caption, credit = split_caption(figcaption)
        figure_src = image.get("src") or image.get("data-src")
        break
    url = meta.image_url or figure_src
    if not url:
        return None, None
    resource = _stored_image(page, url) or _stored_image(page, figure_src or "")
    lead = LeadImage(url=url, caption=caption, credit=credit, key=resource.key if resource else None)
    return lead, resource


def _stored_image(page: SavedPage, src: str) -> Resource | None:
    """The page's own copy of an image, if it has one with real image bytes."""
    resource = page.find_resource(src) if src else None
    if resource is None or not resource.data or not resource.mime.startswith("image/"):
        return None
    return resource


def split_caption(figcaption: HtmlElement) -> tuple[str | None, str | None]:
    """A figure caption's text and its photo credit, apart."""
    credit = None
    for element in figcaption.xpath(".//*[contains(@class,'credit') or contains(@class,'copyright')]"):
        credit = " ".join(element.text_content().split()) or None
        element.drop_tree()
        break
    caption = " ".join(figcaption.text_content().split())
    if credit is None:
        match = _CREDIT.search(caption)
        if match:
            credit = (match.group("credit") or match.group("agency")).strip()
            caption = caption[: match.start()].strip()
    return caption or None, credit
