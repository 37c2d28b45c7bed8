"""Articles from pages saved as text or copied with select-all.

Such a dump has no markup: menus, teasers, photo credits and the article all
arrive as lines. Each line is classified (prose, teaser, "Read more", label,
byline, date, credit...), the article body is the run of lines with the most
prose, and the teasers around it are kept as related stories.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from reader.core.dates import to_iso
from reader.core.errors import NoArticleError
from reader.core.metadata import split_names
from reader.core.model import Article, LeadImage, RelatedLink, SavedPage
from reader.core.summary import excerpt_of, reading_minutes, word_count

_READ_MORE = re.compile(
    r"^(?:read more|read the (?:full )?(?:story|article)|continue reading|more|"
    r"lire la suite|weiterlesen|leer más|lees meer)\W*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:text\s+)?by\s+(?P<names>.{2,80})$", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^(?P<kind>latest update|last update[d]?|updated(?: on)?|published(?: on)?|date created|"
    r"first published|posted(?: on)?|last modified|modified)\s*:?\s*(?P<date>.+)$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(r"^(?:©|\(c\)\s|photo\s*:|credit\s*:|image\s*:|picture\s*:)", re.I)
_SOURCE_LINE = re.compile(r"^\((?:[A-Z0-9][\w .&'-]{0,40})(?:\s+with\s+[\w ,.&'-]{1,40})?\)$")
_PROGRAMME_LABEL = re.compile(r"^#\S")
_SECTION_BREAK = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|leave a (?:reply|comment)|post a comment|"
    r"join the (?:discussion|conversation)|"
    r"related(?: articles| stories| posts| coverage| content)?|most (?:popular|read|viewed)|"
    r"recommended(?: for you)?|trending(?: now)?|you may also like|you might also like|"
    r"more from [\w .]{1,30}|more stories|top stories|latest news|read next|"
    r"about the author)\W*(?:\d+)?$",
    re.IGNORECASE,
)
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+|one|no)\s+(?:responses?|comments?|replies|thoughts)\s+(?:to|on)\b|"
    r"^permalink\b.{0,40}\bcomments\b|^(?:show|view|load|read) (?:all )?\d*\s*comments\b",
    re.IGNORECASE,
)
_COMMENTER = re.compile(
    r"^\S.{0,40}?\s(?:says|said|wrote|commented|replied)(?: on .{0,40})?:$", re.IGNORECASE
)
"""A comment's signature line in a dump: "joetoronto says:"."""
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_TRUNCATED = re.compile(r"\w(?:\.\.\.|…)$")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)」』]*$")
_BREADCRUMB = re.compile(r"\s(?:>|»|/|›)\s")
_PROSE_WORDS = 12
_MAX_LABEL_WORDS = 5
_HEADLINE_SEARCH_LINES = 12


@dataclass
class _Line:
    text: str
    kind: str = "other"  # prose, short, teaser, readmore, label, byline, date, credit, source

    @cached_property
    def words(self) -> int:
        """Words, counting two CJK characters as one (those scripts use no spaces)."""
        return max(len(self.text.split()), len(_CJK.findall(self.text)) // 2)


def extract_text_article(page: SavedPage) -> Article:
    """The article inside a text dump, with its teasers as related stories."""
    lines = _classify([_Line(" ".join(raw.split())) for raw in page.html.splitlines()])
    start, end = _body_span(lines)
    if start is None or end is None:
        raise NoArticleError("no article text found in the page")
    body_lines = [line for line in lines[start : end + 1] if line.kind in ("prose", "short")]
    while body_lines and body_lines[-1].kind == "short" and not _SENTENCE_END.search(body_lines[-1].text):
        body_lines.pop()
    paragraphs = [line.text for line in body_lines]
    text = "\n\n".join(paragraphs)
    before, after = lines[:start], lines[end + 1 :]
    title = _headline(before)
    authors, byline = _byline(before + after[:6])
    published, updated = _dates(before[-_HEADLINE_SEARCH_LINES:] + after[:8])
    caption_line = next(
        (line.text for line in reversed(before[-_HEADLINE_SEARCH_LINES:]) if line.kind == "credit"), None
    )
    return Article(
        title=title,
        authors=authors,
        byline=byline,
        published=published or updated,
        updated=updated,
        site=_site(lines),
        url=None,
        language=None,
        lead_image=_caption(caption_line),
        excerpt=excerpt_of(None, text),
        word_count=word_count(text),
        reading_minutes=reading_minutes(text),
        text=text,
        html="".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs),
        format=page.format,
        related=_teasers(before, "before") + _teasers(after, "after"),
    )


_SERVICE_TEXT = re.compile(
    r"customer service|e-?mail:|telephone:|tel\.?:|fax:|all rights reserved|copyright ©|©\s*\d{4}|"
    r"terms of (?:use|service)|privacy policy|cookie|comentários|comments? (?:are|policy)|subscribe to",
    re.IGNORECASE,
)


_GLUE = re.compile(r"(?<=[a-z?!’')\d])(?=[A-Z][a-z])")


_NAME_PREFIXES = frozenset({"Mc", "Mac", "O’", "O'", "De", "Di", "Da", "La", "Le", "Van", "Von"})


def _bare(token: str) -> str:
    return token.strip(".,;:!?\"'“”‘’()")


def _glued_teaser(text: str, tokens: Counter[str]) -> bool:
    """ "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled…": a teaser
    whose headline and summary the copy ran together (a link block holding both). A headline in
    Title Case, then a sentence in lower case, joined without a space, in a token the page never
    writes again (a brand like "MacBook" or "SoftBank" recurs; "RunDenny" does not)."""
    for glue in _GLUE.finditer(text):
        head, tail = text[: glue.start()].split(), text[glue.start() :].split()
        if len(head) < 3 or len(tail) < 8 or head[-1] in _NAME_PREFIXES or not re.search(r"\w", head[-1]):
            continue  # "McPherson", or an opening quote mark: nothing is glued there
        if tokens[_bare(head[-1] + tail[0])] > 1:
            continue
        title_case = all(w[:1].isupper() or not w[:1].isalpha() or len(w) <= 3 for w in head)
        lower = sum(1 for w in tail if w[:1].islower())
        if title_case and lower >= 0.5 * len(tail):
            return True
    return False


def _classify(lines: list[_Line]) -> list[_Line]:
    lines = [line for line in lines if line.text]
    tokens = Counter(_bare(token) for line in lines for token in line.text.split())
    for index, line in enumerate(lines):
        text = line.text
        if _READ_MORE.match(text):
            line.kind = "readmore"
            if index and lines[index - 1].kind in ("short", "prose", "other"):
                lines[index - 1].kind = "teaser"
        elif _COMMENTS_HEADING.match(text) or _COMMENTER.match(text):
            line.kind = "comments"  # readers' comments begin: the article is above
        elif _SECTION_BREAK.match(text):
            line.kind = "break"  # where the article ends: related blocks
        elif _PROGRAMME_LABEL.match(text):
            line.kind = "label"
        elif _CREDIT_LINE.match(text):
            line.kind = "credit"
        elif (dated := _DATE_LINE.match(text)) and to_iso(dated.group("date")):
            line.kind = "date"
        elif line.words <= 6 and re.search(r"\b\d{4}\b", text) and to_iso(text):
            line.kind = "date"  # a bare date line, as under many headlines
        elif _BYLINE.match(text) and line.words <= 12:
            line.kind = "byline"
        elif _SOURCE_LINE.match(text):
            line.kind = "source"
        elif _TRUNCATED.search(text):
            line.kind = "other"  # a teaser's cut-off summary
        elif _glued_teaser(text, tokens):
            line.kind = "teaser"
        elif _SERVICE_TEXT.search(text):
            line.kind = "other"  # the site's contact, legal or comment-policy blurb: never the article
        elif line.words >= _PROSE_WORDS and not re.search(r"[.!?,;:。、！？，；：]", text):
            line.kind = "other"  # a run of words without one mark of punctuation: a tag cloud, a menu
        elif line.words >= _PROSE_WORDS and (_SENTENCE_END.search(text) or line.words >= 25):
            line.kind = "prose"
        else:
            line.kind = "short"
    _mark_menus(lines)
    for index, line in enumerate(lines):  # a short line heading a block of teasers is its label
        if (
            line.kind in ("short", "break")
            and line.words <= _MAX_LABEL_WORDS
            and index + 1 < len(lines)
            and lines[index + 1].kind == "teaser"
            and not (index + 2 < len(lines) and lines[index + 2].kind != "readmore")
        ):
            line.kind = "label"
    return lines


_MENU_RUN = 6
_MENU_ITEM_WORDS = 3


def _mark_menus(lines: list[_Line]) -> None:
    """Six or more one-to-three-word lines in a row are a menu ("Weather", "Sports", "Lions"…):
    the article does not run across one."""
    run: list[_Line] = []
    for line in [*lines, _Line("end of the page", kind="prose")]:
        if line.kind in ("short", "other") and line.words <= _MENU_ITEM_WORDS:
            run.append(line)
            continue
        if len(run) >= _MENU_RUN:
            for item in run:
                item.kind = "break"
        run = []


_MIN_ARTICLE_WORDS = 30


def _body_span(lines: list[_Line]) -> tuple[int | None, int | None]:
    """The run of lines with the most prose in it, above the readers' comments when there is
    an article there (a long comment must not win over a short article)."""
    comments = next((i for i, line in enumerate(lines) if line.kind == "comments"), None)
    if comments is not None:
        first, last = _best_run(lines[:comments])
        if first is not None and last is not None:
            prose = sum(line.words for line in lines[first : last + 1] if line.kind == "prose")
            if prose >= _MIN_ARTICLE_WORDS:
                return first, last
    return _best_run(lines)


def _best_run(lines: list[_Line]) -> tuple[int | None, int | None]:
    """The run of lines with the most prose in it (maximum-sum subarray).

    Prose adds its word count; short lines cost a little (so a subheading or a
    one-line quote inside the article does not split it); teasers, labels and
    credit lines cost a lot, since they mark where the article ends.
    """
    best = (0.0, None, None)
    total, start = 0.0, 0
    for index, line in enumerate(lines):
        total += _value(line)
        if total <= 0:
            total, start = 0.0, index + 1
            continue
        if total > best[0]:
            best = (total, start, index)
    _, first, last = best
    if first is None or last is None:
        return None, None
    while first <= last and lines[first].kind != "prose":
        first += 1
    while last >= first and lines[last].kind not in ("prose", "short"):
        last -= 1
    return (first, last) if first <= last else (None, None)


def _value(line: _Line) -> float:
    if line.kind == "prose":
        return float(line.words)
    if line.kind == "short":
        return 4.0 if _SENTENCE_END.search(line.text) and line.words >= 5 else -4.0
    if line.kind in ("break", "comments"):
        return -400.0
    if line.kind in ("teaser", "readmore", "label", "source"):
        return -40.0
    return -8.0


def _headline(before: list[_Line]) -> str | None:
    for line in reversed(before[-_HEADLINE_SEARCH_LINES:]):
        if line.kind in ("date", "byline", "credit", "source", "label", "readmore", "teaser"):
            continue
        if (
            3 <= line.words <= 30
            and not _BREADCRUMB.search(line.text)
            and not line.text.startswith(("http://", "https://"))
            and not line.text.endswith((" less", " more", "…"))
        ):
            return line.text
    return None


def _byline(lines: list[_Line]) -> tuple[list[str], str | None]:
    for line in lines:
        if line.kind == "byline":
            match = _BYLINE.match(line.text)
            names = split_names(match.group("names")) if match else []
            return names, line.text
    return [], None


def _dates(lines: list[_Line]) -> tuple[str | None, str | None]:
    published = updated = None
    for line in lines:
        if line.kind != "date":
            continue
        match = _DATE_LINE.match(line.text)
        if not match:
            published = published or to_iso(line.text)
            continue
        iso = to_iso(match.group("date"))
        if re.match(r"(?i)date created|published|first published|posted", match.group("kind")):
            published = published or iso
        else:
            updated = updated or iso
    return published, updated


def _site(lines: list[_Line]) -> str | None:
    for line in lines:
        match = re.match(r"^text by\s+(.{2,40})$", line.text, re.IGNORECASE)
        if match:
            return match.group(1)
    return None


def _caption(line: str | None) -> LeadImage | None:
    if not line:
        return None
    credit, _, caption = line.partition("|")
    credit = re.sub(r"^(?:©|\(c\)|photo\s*:|credit\s*:|image\s*:|picture\s*:)\s*", "", credit, flags=re.I)
    return LeadImage(url=None, caption=caption.strip() or None, credit=credit.strip() or None)


def _teasers(lines: list[_Line], position: str) -> list[RelatedLink]:
    teasers: list[RelatedLink] = []
    label: str | None = None
    for line in lines:
        if line.kind in ("label", "break") and not _PROGRAMME_LABEL.match(line.text):
            label = line.text
        elif line.kind == "teaser":
            teasers.append(RelatedLink(title=line.text, url=None, position=position, label=label))
    return teasers
