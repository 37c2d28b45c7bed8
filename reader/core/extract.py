"""From a saved page to a clean :class:`Article`.

readability-lxml chooses the article body; around it we read the metadata from
the page, remove furniture, sanitise the markup for display, point images to
stored copies and derive the plain text.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urljoin

import lxml.html
from lxml.html import HtmlElement
from readability import Document
from readability.readability import Unparseable

from reader.core import plaintext, teasers
from reader.core.body import (
    drop_author_notes,
    drop_leading_image,
    drop_title_and_furniture,
    find_standfirst,
    lies_outside,
    mark_captions,
    marked_article,
)
from reader.core.errors import NoArticleError, PageError
from reader.core.furniture import remove_furniture_elements, unmask_embedded_posts
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
        article.quotes = extract_quotes(article.text, article.byline)
        return article
    doc = parse_document(page.html)
    meta = read_metadata(doc, page.url)
    lead, lead_copy = _lead_image(doc, meta, page)
    base_url = _take_base_href(doc, meta.url or page.url)
    links = teasers.scan(doc, base_url)  # before clean-up removes the blocks they live in
    unmask_embedded_posts(doc)
    remove_furniture_elements(doc)
    marked = marked_article(doc, meta.title)
    body = _readability_body(doc)
    if marked is not None and lies_outside(body, marked):
        logger.debug("readability chose a block outside the page's own <article>: using that")
        body = marked
    images: dict[str, Resource] = {lead_copy.key: lead_copy} if lead_copy else {}

    def store_image(src: str) -> str | None:
        resource = _stored_image(page, src)
        if resource is None:
            return None
        images[resource.key] = resource
        return f"{IMAGE_SCHEME}:{resource.key}"

    mark_captions(body)
    standfirst = find_standfirst(body)
    sanitize(body, base_url, store_image)
    standfirst_text = None
    if standfirst is not None and standfirst.getparent() is not None:
        standfirst.set("class", STANDFIRST_CLASS)
        standfirst_text = " ".join(standfirst.text_content().split()) or None
    if lead and lead.key:
        drop_leading_image(body, f"{IMAGE_SCHEME}:{lead.key}")
    drop_title_and_furniture(body, meta.title)
    drop_author_notes(body, meta.authors)
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
        quotes=extract_quotes(text, meta.byline),
        images=images,
        standfirst=standfirst_text,
    )


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
