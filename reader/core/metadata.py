"""An article's metadata, read from the page itself.

Sources, most trusted first: JSON-LD (schema.org NewsArticle and kin), Open
Graph and other ``<meta>`` tags, ``<time>`` elements and byline markup, and
the browser's saved-from mark for the URL.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from reader.core.dates import MONTH_PATTERN, to_iso

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
        "scholarlyarticle", "liveblogposting", "socialmediaposting", "webpage", "report",
    }
)  # fmt: skip
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]{1,2}\s+")
_BY = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s*[:\-]?\s+", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(  # "e"/"y" only as words in lower case: "Sarah E. Needleman" is one name
    r"\s*(?:,|;|&|\b(?i:and|und|et)\b|(?<=\s)(?:y|e)(?=\s)|(?<=[a-z]{3})\.(?=\s+[A-Z]))\s*"
)
_OUTLET = re.compile(
    r"\b(?:writer|editor|reporter|correspondent|contributor|staff|columnist|press|news|times|post|"
    r"international|media|network|magazine|journal|daily|herald|tribune|agency)\b|\.(?:com|org|net|co)\b",
    re.IGNORECASE,
)
_DATED_ELEMENTS = (
    "//*[contains(@class,'byline') or contains(@class,'dateline') or contains(@class,'timestamp') "
    "or contains(@class,'publish')]"
)
_QUOTE_MARKS = str.maketrans("‘’“”", "''\"\"")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_NOT_A_NAME = re.compile(r"https?:|www\.|@|\d|[|<>{}]")
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
    "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "og:pubdate",
    "cxenseparse:recs:publishtime", "dc.date.created", "article_date_original", "displaydate",
)  # fmt: skip
_UPDATED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "article.updated", "last-modified", "lastmod", "dc.date.modified",
)  # fmt: skip
_AUTHOR_META = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "citation_author", "byl", "twitter:creator",
)  # fmt: skip


@dataclass
class PageMetadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    byline: str | None = None
    published: str | None = None
    updated: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    image_url: str | None = None
    description: str | None = None
    json_ld_body: str | None = None


def read_metadata(doc: HtmlElement, page_url: str | None) -> PageMetadata:
    """Everything the page says about its article, before extraction touches it."""
    ld = _json_ld_article(doc)
    meta = _meta_tags(doc)
    url = _canonical_url(doc, meta, ld, page_url)
    site = _first(
        meta.get("og:site_name"),
        _name(ld.get("publisher")),
        meta.get("application-name"),
        meta.get("twitter:app:name:iphone"),
    ) or _domain(url)
    byline = _byline_text(doc)
    authors = _authors(doc, ld, meta, byline, site)
    title = _title(doc, ld, meta, site, url)
    return PageMetadata(
        title=title,
        authors=authors,
        byline=("By " + _join_names(authors)) if authors else byline,
        published=_published(doc, ld, meta, url),
        updated=_first_date(_text(ld.get("dateModified")), *(meta.get(k) for k in _UPDATED_META)),
        site=site,
        url=url,
        language=_language(doc, ld, meta),
        image_url=_absolute(_image_url(ld.get("image")) or meta.get("og:image")
                            or meta.get("twitter:image") or meta.get("twitter:image:src"), url),
        description=_first(meta.get("description"), meta.get("og:description"),
                           meta.get("twitter:description"), _text(ld.get("description"))),
        json_ld_body=_text(ld.get("articleBody")) or None,
    )  # fmt: skip


def _json_ld_article(doc: HtmlElement) -> dict[str, Any]:
    """The page's main schema.org article object (merged with its WebPage wrapper)."""
    best: dict[str, Any] = {}
    for script in doc.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"), strict=False)
        except ValueError:
            continue
        for item in _walk_json_ld(data):
            types = item.get("@type")
            names = {t.lower() for t in (types if isinstance(types, list) else [types]) if
                     isinstance(t, str)}  # fmt: skip
            if not names & ARTICLE_TYPES:
                continue
            is_page = names <= {"webpage"}
            if is_page and best:
                continue
            if not best or best.get("_page") or len(item) > len(best):
                best = dict(item, _page=is_page)
    return best


def _walk_json_ld(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_json_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _walk_json_ld(data[key], depth + 1)


def _meta_tags(doc: HtmlElement) -> dict[str, str]:
    """First value of each ``<meta>`` by name/property/itemprop, keys lower-cased.

    Author tags may repeat, so they are joined with ", " to keep every name.
    """
    values: dict[str, str] = {}
    for element in doc.iterfind(".//meta"):
        content = (element.get("content") or element.get("value") or "").strip()
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attribute) or "").strip().lower()
            if not key:
                continue
            if key in values and key in _AUTHOR_META and content not in values[key]:
                values[key] += ", " + content
            else:
                values.setdefault(key, content)
    return values


def _canonical_url(doc: HtmlElement, meta: dict[str, str], ld: dict[str, Any],
                   page_url: str | None) -> str | None:  # fmt: skip
    candidates = [
        link.get("href")
        for link in doc.iterfind(".//link")
        if "canonical" in (link.get("rel") or "").lower().split()
    ]
    entity = ld.get("mainEntityOfPage")
    candidates += [
        meta.get("og:url"),
        _text(ld.get("url")),
        entity.get("@id") if isinstance(entity, dict) else _text(entity),
        page_url,
    ]
    for candidate in candidates:
        absolute = _absolute(candidate, page_url)
        if absolute and absolute.startswith(("http://", "https://")):
            return absolute
    return page_url


def _title(doc: HtmlElement, ld: dict[str, Any], meta: dict[str, str], site: str | None,
           page_url: str | None = None) -> str | None:  # fmt: skip
    headings = [_clean(h.text_content()) for h in doc.iter("h1")][:4]
    h1 = next((h for h in headings if h), "")
    title_tag = _clean(doc.findtext(".//title") or "")
    plain = {h.translate(_QUOTE_MARKS): h for h in headings if h}
    for social in (meta.get("og:title"), meta.get("twitter:title")):
        shown = strip_site_name(_clean(social), site).translate(_QUOTE_MARKS) if social else ""
        if shown in plain:
            return plain[shown]  # the headline readers see, which the JSON-LD may have rewritten for search
    written = [_text(ld.get("headline")), meta.get("og:title"), meta.get("twitter:title"), title_tag]
    slug = re.sub(r"[-_/.]+", " ", urlsplit(page_url or "").path)
    shared = max((_shared_words(h1, other) for other in (*written, slug) if other), default=0)
    if h1 and len(h1.split()) >= _HEADLINE_WORDS and _key(h1) != _key(site or "") and shared >= 2:
        return h1  # the headline shown, where the page's other titles were written for sharing or search
    for candidate in (*written, h1):
        if candidate and _clean(candidate):
            return strip_site_name(_clean(candidate), site, h1)
    return None


_HEADLINE_WORDS = 4
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with",
                          "from", "is", "are", "as", "its", "it", "that", "this"})  # fmt: skip


def _shared_words(one: str, other: str) -> int:
    """Content words two titles share (a truncated or rewritten title still shares its subject)."""

    def words(text: str) -> set[str]:
        return {w for w in re.findall(r"[^\W_]+", text.lower()) if w not in _SMALL_WORDS and len(w) > 1}

    return len(words(one) & words(other))


def strip_site_name(title: str, site: str | None, heading: str | None = None) -> str:
    """A title without its "| Site name" tail (or "Site: " head).

    Only a part that names the site, or that the page's own heading shows is not
    headline, is removed: a dash inside a real headline stays.
    """
    if heading and heading != title and len(heading) > 3:
        if title.startswith(heading) and _TITLE_SEPARATORS.match(title[len(heading) :]):
            return heading
        if len(heading) > 15 and heading in title:
            return heading
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_key = _key(site or "")
    if site_key:
        if _key(parts[-1]) and (_key(parts[-1]) in site_key or site_key in _key(parts[-1])):
            return strip_site_name(_rejoin(title, len(parts) - 1), site)
        if _key(parts[0]) and (_key(parts[0]) in site_key or site_key in _key(parts[0])):
            return title[title.find(parts[1], len(parts[0])) :]
    if " | " in title and len(parts[-1].split()) <= 4:
        return title[: title.rfind(" | ")].strip()
    return title


def _rejoin(title: str, keep: int) -> str:
    """The title up to (not including) its ``keep``-th separator."""
    matches = list(_TITLE_SEPARATORS.finditer(title))
    return title[: matches[keep - 1].start()].strip()


def _authors(doc: HtmlElement, ld: dict[str, Any], meta: dict[str, str], byline: str | None,
             site: str | None = None) -> list[str]:  # fmt: skip
    sources: list[list[str]] = [_names(ld.get("author")), _names(ld.get("creator"))]
    for key in _AUTHOR_META:
        if meta.get(key):
            sources.append(split_names(meta[key]))
    for element in doc.xpath(
        "//*[@rel='author' or @itemprop='author' or contains(@class,'byline__name') "
        "or contains(@class,'author-name') or contains(@class,'author__name') "
        "or contains(concat(' ', normalize-space(@class), ' '), ' author ')]"
    )[:6]:
        name_node = element.find(".//*[@itemprop='name']")
        text = (name_node if name_node is not None else element).text_content()
        sources.append(split_names(text))
    if byline:
        sources.append(split_names(byline))
    site_key = _key(site or "")
    for names in sources:
        names = [name for name in names if _is_name(name) and not _is_site_brand(name, site_key)]
        if names:
            return list(dict.fromkeys(names))
    return []


def _is_site_brand(name: str, site_key: str) -> bool:
    """A one-word site named as its own author ("AppleInsider") names no one; a personal blog
    whose site is its writer's full name ("Christian Tietze") does name its author."""
    return bool(site_key) and " " not in name.strip() and _key(name) == site_key


def _byline_text(doc: HtmlElement) -> str | None:
    for element in doc.xpath(
        "//*[contains(@class,'byline') or contains(@id,'byline') or @data-component='byline']"
    )[:3]:
        text = _BYLINE_DATE.split(_clean(element.text_content()), maxsplit=1)[0].strip(" ,|")
        if 3 < len(text) < 80 and not re.search(r"\d", text):
            return text  # "By Ann Lee and Bo Chen", cut before "Monday, November 18, 2019"
    return None


_BYLINE_DATE = re.compile(
    rf"\b(?:published|updated|posted)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?|"
    rf"\b(?:{MONTH_PATTERN})\.?(?=\s+\d)|\d",
    re.IGNORECASE,
)
"""Where the date starts in a byline ("By Ann Lee Monday, November 18, 2019"); "Jan Smith" stays."""


def split_names(text: str) -> list[str]:
    """Names in a byline: "By Ann Lee and Bo Chen" gives ["Ann Lee", "Bo Chen"]; the outlet or
    role written after a name ("Tom Krisher, AP Auto Writer", "Victor Tangermann, Futurism") goes."""
    text = _BY.sub("", _clean(text))
    text = re.split(r"\s+(?:[|•·]|—|–|-)\s+|\bupdated\b|\bpublished\b", text, maxsplit=1,
                    flags=re.IGNORECASE)[0]  # fmt: skip
    parts = [_BY.sub("", part).strip(" .") for part in _AUTHOR_SPLIT.split(text) if part.strip()]
    if any(len(part.split()) >= 2 and not _OUTLET.search(part) for part in parts):
        parts = [part for part in parts if len(part.split()) >= 2 and not _OUTLET.search(part)]
    return parts


def _is_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 5 and not _NOT_A_NAME.search(name) and len(name) <= 60


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        if "organization" in str(value.get("@type", "")).lower():
            return []  # {"@type": "NewsMediaOrganization", "name": "BBC News"} is not a writer
        name = _name(value)
        return split_names(name) if name else []
    if isinstance(value, str):
        return split_names(value)
    return []


def _name(value: Any) -> str | None:
    if isinstance(value, list) and value:
        return _name(value[0])
    if isinstance(value, dict):
        name = value.get("name")
        return _clean(name) if isinstance(name, str) else None
    return _clean(value) if isinstance(value, str) else None


def _published(doc: HtmlElement, ld: dict[str, Any], meta: dict[str, str], url: str | None) -> str | None:
    candidates = [_text(ld.get("datePublished")), _text(ld.get("dateCreated"))]
    candidates += [meta.get(key) for key in _PUBLISHED_META]
    for element in doc.xpath("//*[@itemprop='datePublished']")[:2]:
        candidates.append(element.get("content") or element.get("datetime") or element.text_content())
    for element in doc.iterfind(".//time"):
        candidates.append(element.get("datetime") or element.text_content())
        break
    for element in doc.xpath(_DATED_ELEMENTS)[:4]:
        candidates.append(_date_in(element.text_content()))
    return _first_date(*candidates) or _url_date(url)


def _date_in(text: str) -> str | None:
    """A date written in a byline: "November 19, 2019, 9:02 AM" or "19 NOV 2019"."""
    match = re.search(
        r"\b(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b", text
    )
    return match.group(0) if match else None


def _url_date(url: str | None) -> str | None:
    """/2019/11/19/ in the address: the last resort of a page that states no date."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04}-{month:02}-{day:02}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _first_date(*candidates: str | None) -> str | None:
    for candidate in candidates:
        iso = to_iso(candidate)
        if iso:
            return iso
    return None


def _language(doc: HtmlElement, ld: dict[str, Any], meta: dict[str, str]) -> str | None:
    language = _first(
        doc.get("lang"), doc.get("xml:lang"), meta.get("content-language"),
        _text(ld.get("inLanguage")), meta.get("og:locale"), meta.get("language"),
    )  # fmt: skip
    if not language:
        return None
    language = language.replace("_", "-").split(",")[0].strip()
    return language if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", language) else None


def _image_url(value: Any) -> str | None:
    if isinstance(value, list):
        return _image_url(value[0]) if value else None
    if isinstance(value, dict):
        return _text(value.get("url")) or _text(value.get("contentUrl")) or None
    return value if isinstance(value, str) else None


def _join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    return urljoin(base, url) if base else url


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return _clean(value)
    return None


def _text(value: Any) -> str:
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    return value.strip() if isinstance(value, str) else ""


_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def _clean(text: str) -> str:
    """One line of text; entities a page escaped twice ("&#8220;" in a JSON-LD headline) decoded."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    return " ".join(text.split())


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower()).removeprefix("www").removesuffix("com")
