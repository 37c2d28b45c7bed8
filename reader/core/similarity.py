"""How much a headline is about the same thing as an article: shared names and content words.

Used to put a page's topical teasers before its site-wide promos. Names
(capitalised words not at a sentence start) count double: a teaser that names
the article's people or places is more likely the same story.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from reader.core.model import RelatedLink

_STOPWORD_TEXT = """
a about above after again against all also am amid an and any are as at back be because been before
being below between both but by can could day days did do does doing down during each even few first
for from further get gets got had has have having he her here hers herself him himself his how i if in
into is it its itself just last like made make makes many may me might more most much must my myself
new no nor not now of off on once one only or other our ours out over own said same say says she should
so some still such than that the their theirs them then there these they this those three through time
to too two under until up very was we week weeks were what when where which while who whom why will
with would year years you your yours
au aux ce ces dans de des du en est et il la le les pas par plus pour que qui sur un une
das dem den der die ein eine ist mit und von zu
con del el en las los para por una
da das do dos em na no um uma
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
PROFILE_CHARS = 5000
"""The article's subject is in its title and first paragraphs; the rest adds time, not signal."""
_TOKEN = re.compile(r"[.!?:]|[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?", re.UNICODE)
_SENTENCE_ENDS = frozenset(".!?:")


def content_words(text: str) -> Counter[str]:
    """Lower-cased content words; names (capitalised, mid-sentence) count twice."""
    words: Counter[str] = Counter()
    sentence_start = True
    for token in _TOKEN.findall(text):
        if token in _SENTENCE_ENDS:
            sentence_start = True
            continue
        lower = token.lower()
        if len(lower) >= 3 and lower not in STOPWORDS:
            words[_stem(lower)] += 2 if token[0].isupper() and not sentence_start else 1
        sentence_start = False
    return words


def _stem(word: str) -> str:
    """A light English suffix strip so "strike", "strikes" and "striking" meet."""
    for suffix in ("ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def rank_related(related: list[RelatedLink], title: str | None, text: str) -> list[RelatedLink]:
    """Teasers scored by overlap with the article (0..1), most topical first; ties keep page order."""
    article = content_words(f"{title or ''}. {title or ''}. {text[:PROFILE_CHARS]}")
    scored = []
    for link in related:
        words = content_words(link.title)
        if not words:
            scored.append(replace(link, score=0.0))
            continue
        shared = sum(
            min(count, 2) * math.log1p(article[word]) for word, count in words.items() if word in article
        )
        possible = sum(min(count, 2) * math.log1p(8) for count in words.values())
        scored.append(replace(link, score=round(min(1.0, shared / possible), 3)))
    return sorted(scored, key=lambda link: -(link.score or 0.0))
