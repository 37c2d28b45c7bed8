"""Articles in the library like the one being read: same story first, then same subject.

The article's key terms are its names (runs of capitalised words inside
sentences: "Myles Garrett", "Davis Cup") and its repeated content words,
weighted up when the title has them. The library's own full-text index says how
rare each is (a capped count, so common words cost little to rule out); the
rarest, most used ones become one FTS5 query ranked by bm25 over titles and
bodies. Another outlet's report of the same story shares the rare names, so it
ranks above articles that merely share the subject.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from reader.core.similarity import STOPWORDS
from reader.library.store import Library, text_hash

MAX_TERMS = 12
CANDIDATE_TERMS = 32
COMMON_SHARE = 0.01
"""A term in more than this share of the library is too common to say two articles are alike."""
SMALL_LIBRARY_CAP = 50
"""In a small library 1% is a handful of articles: allow up to half of it, at most this many."""
PROFILE_CHARS = 6000
_TOKEN = re.compile(r"[.!?:;\"“”()]|[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?|\d[\d,.]*", re.UNICODE)
_BREAKS = frozenset('.!?:;"“”()')


@dataclass(frozen=True)
class Term:
    text: str
    weight: float
    is_name: bool


@dataclass(frozen=True)
class RelatedArticle:
    id: int
    title: str | None
    site: str | None
    published: str | None
    score: float
    shared: list[str]

    @property
    def reason(self) -> str:
        return f"shares {', '.join(self.shared)}" if self.shared else "similar wording"

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "site": self.site, "published": self.published,
                "score": self.score, "reason": self.reason, "shared": self.shared}  # fmt: skip


def key_terms(title: str | None, text: str) -> list[Term]:
    """Names and repeated content words, most telling first (before rarity is known)."""
    counts: Counter[str] = Counter()
    names: set[str] = set()
    title_words = {w.lower() for w in _TOKEN.findall(title or "")}
    for sentence_tokens in _sentences(f"{title or ''}.\n{text[:PROFILE_CHARS]}"):
        run: list[str] = []
        for position, token in enumerate([*sentence_tokens, ""]):
            capitalised = token[:1].isupper() and token.lower() not in STOPWORDS
            if capitalised and (position > 0 or run):
                run.append(token)
                continue
            if run:
                for name in _name_parts(run):
                    counts[name] += 1
                    names.add(name)
                run = []
            lower = token.lower()
            if len(lower) >= 4 and lower not in STOPWORDS and not lower[0].isdigit():
                counts[lower] += 1
    merged: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for text_, count in counts.most_common():  # "Lynn" and "lynn" are one term, named as most written
        key = text_.lower()
        merged[key] += count
        spelling.setdefault(key, text_)
        if text_ in names:
            names.add(key)
    terms = []
    for key, count in merged.items():
        text_ = spelling[key]
        is_name = key in names
        if len(key) < 3 or (count < 2 and not is_name):
            continue
        in_title = any(part.lower() in title_words for part in text_.split())
        weight = count * (3.0 if is_name else 1.0) * (2.0 if in_title else 1.0)
        terms.append(Term(text_, weight, is_name))
    terms.sort(key=lambda t: -t.weight)
    return terms[:CANDIDATE_TERMS]


def _sentences(text: str) -> list[list[str]]:
    sentences, current = [], []
    for token in _TOKEN.findall(text):
        if token in _BREAKS:
            if current:
                sentences.append(current)
            current = []
        else:
            current.append(token)
    if current:
        sentences.append(current)
    return sentences


def _name_parts(run: list[str]) -> list[str]:
    """A run of capitalised words as names: the whole run (up to three words) and its last word."""
    run = run[-3:]
    whole = " ".join(run)
    return [whole] if len(run) == 1 else [whole, run[-1]]


def related_articles(library: Library, article_id: int, limit: int = 8) -> list[RelatedArticle]:
    """The library's articles most like ``article_id``, excluding it and its duplicates."""
    row = library.db.execute(
        "SELECT title, substr(text, 1, ?), text_hash, url_key FROM articles WHERE id = ?",
        [PROFILE_CHARS, article_id],
    ).fetchone()
    if row is None:
        return []
    title, text, own_hash, own_url = row
    terms = _rare_terms(library, key_terms(title, text))
    if not terms:
        return []
    query = "{title text} : (" + " OR ".join(_quoted(t.text) for t in terms) + ")"
    own_title = _normal(title)
    rows = library.db.execute(
        "SELECT a.id, a.title, a.site, a.published, a.text_hash, a.url_key, -ranked.score, "
        "substr(a.text, 1, ?) FROM (SELECT rowid, bm25(articles_fts, 3.0, 0.0, 0.0, 1.0, 1.0) AS score "
        "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score LIMIT ?) ranked "
        "JOIN articles a ON a.id = ranked.rowid ORDER BY ranked.score",
        [PROFILE_CHARS, query, limit * 3 + 5],
    ).fetchall()
    found = []
    for other_id, other_title, site, published, other_hash, other_url, score, other_text in rows:
        if other_id == article_id or other_hash == own_hash or (own_url and other_url == own_url):
            continue
        if own_title and _normal(other_title) == own_title:
            continue  # the same article saved twice with different furniture
        haystack = f"{other_title or ''}\n{other_text}".lower()
        shared = _distinct([t.text for t in terms if t.text.lower() in haystack])[:4]
        found.append(RelatedArticle(other_id, other_title, site, published, round(score, 3), shared))
        if len(found) == limit:
            break
    return found


def _rare_terms(library: Library, terms: list[Term]) -> list[Term]:
    """Weight each term by its rarity in the library; drop the ones too common to tell."""
    total = max(1, library.count("everything"))
    cap = max(2, int(total * COMMON_SHARE), min(SMALL_LIBRARY_CAP, total // 2))
    weighted = []
    for term in terms:
        documents = library.db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
            ["{title text} : " + _quoted(term.text), cap + 1],
        ).fetchone()[0]
        if documents < 2 or documents > cap:
            continue  # only this article has it, or too many do
        weighted.append(Term(term.text, term.weight * math.log(total / documents), term.is_name))
    weighted.sort(key=lambda t: -t.weight)
    return weighted[:MAX_TERMS]


def _distinct(terms: list[str]) -> list[str]:
    """Drop a term that is another's plural or possessive ("SUVs" after "SUV")."""
    kept: list[str] = []
    for term in terms:
        lower = term.lower()
        if not any(lower.startswith(k.lower()) and len(lower) - len(k) <= 2 for k in kept):
            kept.append(term)
    return kept


def _quoted(text: str) -> str:
    return '"' + text.replace('"', "") + '"'


def _normal(title: str | None) -> str:
    return " ".join((title or "").lower().split())


def match_teaser(library: Library, url: str | None, title: str | None) -> int | None:
    """The library's copy of a page teaser's story, by address or by exact headline."""
    from reader.library.store import url_key

    key = url_key(url)
    if key:
        row = library.db.execute("SELECT id FROM articles WHERE url_key = ? LIMIT 1", [key]).fetchone()
        if row:
            return int(row[0])
    if title and len(title.split()) >= 4:
        row = library.db.execute(  # the expression of the title index, so it is a lookup
            "SELECT id FROM articles WHERE coalesce(title, '') = ? COLLATE NOCASE LIMIT 1",
            [" ".join(title.split())],
        ).fetchone()
        if row:
            return int(row[0])
    return None


__all__ = ["RelatedArticle", "key_terms", "match_teaser", "related_articles", "text_hash"]
