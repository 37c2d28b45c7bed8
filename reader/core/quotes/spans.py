"""Quoted spans in paragraphs: every kind of quote mark, mixed or broken pairs, quotes over paragraphs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core.quotes.people import word_key
from reader.core.quotes.vocabulary import CLOSERS, NICKNAME, OPENERS, WORD


@dataclass
class Span:
    """A stretch of quoted text in one paragraph."""

    paragraph: int
    start: int  # offset of the quote's text in the paragraph
    end: int  # offset just after the text: the closing mark, or the paragraph's end
    text: str
    closed: bool
    continues: bool = False  # continues a quote left open at the end of the paragraph before
    mark: int = -1  # offset of the opening quote mark


_DOUBLED_OPENING = re.compile(r"(?<![\w.,;:!?'])''(?=[\w$‘(\[])")
_DOUBLED = re.compile(r"''")


def straighten_doubled_apostrophes(text: str) -> str:
    """Quote marks typed as two apostrophes (''like this'', as the New York Times archive and
    other typewriter-era text write them) as straight double quotes, keeping every offset: an
    opening pair becomes ' "' and a closing pair '" '."""
    if "''" not in text:
        return text
    text = _TRIPLED_OPENING.sub(" \"'", text)  # `'''We'll …`: the quote's mark, then the inner one's
    text = _TRIPLED_CLOSING.sub("'\" ", text)  # `… out of them,''' said`: the inner mark closes first
    text = _DOUBLED_OPENING.sub(' "', text)
    return _DOUBLED.sub('" ', text)


_TRIPLED_OPENING = re.compile(r"(?<![\w.,;:!?'])'''(?=[\w$‘(\[])")
_TRIPLED_CLOSING = re.compile(r"(?<=[\w.,;:!?])'''(?!')")


def find_spans(paragraphs: list[str]) -> Iterator[Span]:
    left_open = False
    for index, paragraph in enumerate(paragraphs):
        continues = left_open and paragraph.lstrip()[:1] in OPENERS + "‘"
        left_open = False
        position = 0
        while True:
            opener = _next_opener(paragraph, position)
            if opener is None:
                break
            begin = opener + 1
            if paragraph[begin : begin + 1] in _STRAY_SECOND and paragraph[begin + 1 : begin + 2].isalnum():
                begin += 1  # “”This is a very unfair trial …”: an opening mark typed twice
            close = _closing(paragraph, begin, paragraph[opener])
            end = close if close is not None else len(paragraph)
            raw = paragraph[begin:end]
            text = raw.strip()
            if text:
                yield Span(index, begin + len(raw) - len(raw.lstrip()), end, text, close is not None,
                           continues=continues and position == 0, mark=opener)  # fmt: skip
            if close is None:
                left_open = True
                break
            position = close + 1


def _next_opener(paragraph: str, position: int) -> int | None:
    for match in _MARK.finditer(paragraph, position):  # (a regex finds the candidates faster than a loop)
        index, char = match.start(), match.group()
        if char in OPENERS:
            if char == '"' and 0 < index < len(paragraph) - 1 and paragraph[index - 1].isalnum() \
                    and not paragraph[index + 1].isalnum():  # fmt: skip
                continue  # 12" (inches)
            return index
        if char == "‘" and (index == 0 or not paragraph[index - 1].isalnum()):
            if _CUT_YEAR.match(paragraph, index + 1):
                continue  # "said in ‘08 that …": a year with its century cut, typed with the wrong mark
            return index
        opens_paragraph = not paragraph[:index].strip(_INVISIBLE)  # (after nothing a reader sees)
        after = paragraph[index + 1 : index + 3]
        if char == "”" and opens_paragraph and (after[:1].isalnum() or after in (" …", " .")):
            return index  # ”Fear. I am …” ― Edwin Monroy: an opening mark typed as a closing one
    return None


_STRAY_SECOND = frozenset('”"“')
"""A mark straight after an opening mark and before a word is the same mark typed twice, not a
closing one around nothing."""


_CUT_YEAR = re.compile(r"\d\d(?:s)?(?![\w’])")


_INVISIBLE = " \u200b\u200c\u200d\u2060\ufeff"
"""Characters a page can hold before a paragraph's first mark that no reader sees (zero-width
spaces and joiners, a byte-order mark)."""


_MARK = re.compile(f"[{re.escape(OPENERS)}‘”]")


def _closing(paragraph: str, begin: int, opener: str) -> int | None:
    single = opener in "‘‹"
    nested = False  # `"… the question: “As you know, …?” Forty-three."`: a curly quote inside a straight one
    for index in range(begin, len(paragraph)):
        char = paragraph[index]
        opens_inside = paragraph[index - 1] == " " and paragraph[index + 1 : index + 2].isalnum()
        if opener in '"“”' and char == "“" and opens_inside:
            nested = True  # (and "… what he calls “hell” than …" inside a curly quote)
            continue
        if nested:
            nested = char != "”"
            continue
        if single:
            if char in "’›" and (index + 1 == len(paragraph) or not paragraph[index + 1].isalpha()):
                return index
        elif char in CLOSERS:
            return index  # mixed and broken pairs close with whatever comes: "…” “…“ „…“
    return None


def is_nickname(paragraph: str, span: Span) -> bool:
    """Marcia "Cia" Price: a nickname inside a name, neither a quote nor the end of a sentence."""
    if not span.closed or len(span.text.split()) > 2 or not span.text[:1].isupper() or span.mark < 2:
        return False
    if paragraph[span.mark - 1] != " " or not paragraph[span.mark - 2].isalpha():
        return False
    offset = max(0, span.mark - 40)
    window = paragraph[offset : span.end + 3]
    return any(match.start("nick") + offset == span.start for match in NICKNAME.finditer(window))


def repeated_short_spans(spans: list[Span]) -> set[str]:
    """Short spans written more than once: slogans and names, not things said once."""
    counts = Counter(word_key(s.text) for s in spans if len(WORD.findall(s.text)) <= 6)
    return {text for text, count in counts.items() if count > 1}


PULL_QUOTE_WORDS = 6


def pull_quotes(spans: list[Span], paragraphs: list[str]) -> set[tuple[int, int]]:
    """A long quote the article gives twice, word for word: the earlier copies are pull quotes
    (set in large type above the paragraph that says it), the last is where it is said. A
    paragraph that is only a quote, cut from a longer quote further on, is one too."""
    long = [span for span in spans if len(WORD.findall(span.text)) >= PULL_QUOTE_WORDS]
    keys = [word_key(span.text) for span in long]
    pairs = list(zip(long, keys, strict=True))
    last = {key: span for span, key in pairs}
    pulled = {(span.paragraph, span.start) for span, key in pairs if last[key] is not span}
    for index, (span, key) in enumerate(pairs):
        alone = paragraphs[span.paragraph].strip(" " + OPENERS + CLOSERS) == span.text.strip(" " + CLOSERS)
        if alone and any(len(other) > len(key) and key in other for other in keys[index + 1 :]):
            pulled.add((span.paragraph, span.start))
    return pulled
