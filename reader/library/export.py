"""A stored article as Markdown, a standalone HTML file or JSON."""

from __future__ import annotations

import base64
import html as html_lib
import json
import re

from reader.core.markdown import html_to_markdown
from reader.core.model import IMAGE_SCHEME
from reader.library.records import StoredArticle
from reader.library.store import Library

FORMATS = ("md", "html", "json")
_STORED_IMAGE = re.compile(rf'src="{IMAGE_SCHEME}:([0-9a-f]+)"')


def export_article(library: Library, article: StoredArticle, fmt: str) -> str:
    """The article in ``fmt`` ("md", "html" or "json"), images included where the format allows."""
    if fmt == "json":
        return json.dumps(article.to_json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return _markdown(article)
    if fmt == "html":
        return _standalone_html(library, article)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def header_line(article: StoredArticle) -> str:
    """ "By Ann Lee · The Daily · 2019-03-07 · 4 min read" from what is known. A blog's site
    name that is its writer's name is said once."""
    site = shown_site(article.site, article.byline)
    parts = [article.byline, site, (article.published or "")[:10] or None,
             f"{article.reading_minutes} min read" if article.reading_minutes else None]  # fmt: skip
    return " · ".join(part for part in parts if part)


def _markdown(article: StoredArticle) -> str:
    lines = [f"# {article.title or 'Untitled'}", ""]
    header = header_line(article)
    if header:
        lines += [f"*{header}*", ""]
    if article.url:
        lines += [f"<{article.url}>", ""]
    body = html_to_markdown(article.html, lambda src: None if src.startswith(IMAGE_SCHEME) else src)
    return "\n".join(lines) + "\n" + body


def _standalone_html(library: Library, article: StoredArticle) -> str:
    """One self-contained file: stored images are embedded as data: URIs."""

    def embed(match: re.Match[str]) -> str:
        stored = library.image(match.group(1))
        if stored is None:
            return 'src=""'
        mime, data = stored
        return f'src="data:{mime};base64,{base64.b64encode(data).decode("ascii")}"'

    body = _STORED_IMAGE.sub(embed, article.html)
    title = html_lib.escape(article.title or "Untitled")
    source = (f'<p class="source"><a href="{html_lib.escape(article.url)}">'
              f"{html_lib.escape(article.url)}</a></p>") if article.url else ""  # fmt: skip
    return (
        "<!DOCTYPE html>\n<html"
        + (f' lang="{html_lib.escape(article.language)}"' if article.language else "")
        + f'>\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        "<style>body{max-width:40em;margin:2em auto;padding:0 1em;font:1.1em/1.6 Georgia,serif}"
        "img{max-width:100%;height:auto}.meta{color:#555}</style>\n</head>\n<body>\n"
        f'<h1>{title}</h1>\n<p class="meta">{html_lib.escape(header_line(article))}</p>\n'
        f"{source}\n<article>\n{body}\n</article>\n</body>\n</html>\n"
    )


def shown_site(site: str | None, byline: str | None) -> str | None:
    """The site to show beside a byline, or None when the byline already says it: a blog named
    after its writer would otherwise read "By Christian Tietze · Christian Tietze"."""
    return site if (site or "") not in (byline or "") else None
