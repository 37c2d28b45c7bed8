"""Dates as pages write them, turned into ISO 8601."""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?",
    re.IGNORECASE,
)
_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
MONTH_PATTERN = "|".join(sorted(_MONTHS, key=len, reverse=True))
"""English month names and their abbreviations, longest first, for a regular expression."""
_MONTH_FIRST = re.compile(rf"\b({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+({MONTH_PATTERN})\.?,?\s+(\d{{4}})\b", re.I)
_SLASHED = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")


def to_iso(value: str | None) -> str | None:
    """ISO 8601 for a date string in any common form; None if it holds no date.

    A date without a time stays a date ("2019-03-07"); with a time it keeps its
    offset when the page gave one.
    """
    if not value:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isdigit() and len(value) in (10, 13):  # a Unix timestamp
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC).isoformat()
    match = _ISO.search(value)
    if match:
        return _from_iso_match(match)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.isoformat()
    return _from_words(value)


def _from_iso_match(match: re.Match[str]) -> str | None:
    year, month, day, hour, minute, second, zone = match.groups()
    if not 1990 <= int(year) <= 2100:
        return None  # placeholders such as 0001-01-01 are not publication dates
    try:
        date = datetime(int(year), int(month), int(day))
    except ValueError:
        return None
    if hour is None:
        return date.date().isoformat()
    text = f"{date.date().isoformat()}T{int(hour):02d}:{minute}:{second or '00'}"
    if zone:
        zone = zone.upper()
        if zone in ("Z", "UTC", "GMT"):
            text += "+00:00"
        else:
            text += zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return date.date().isoformat()


def _from_words(value: str) -> str | None:
    for pattern, order in ((_MONTH_FIRST, "mdy"), (_DAY_FIRST, "dmy"), (_SLASHED, "ymd")):
        match = pattern.search(value)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = parts["m"]
        month_number = int(month) if month.isdigit() else _MONTHS[month.lower()]
        try:
            return datetime(int(parts["y"]), month_number, int(parts["d"])).date().isoformat()
        except ValueError:
            continue
    return None


_DATELINE_WORDS = frozenset([*_MONTHS,
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
    "wed", "thu", "thur", "fri", "sat", "sun", "am", "pm", "a.m.", "p.m.", "at", "on", "of", "de",
    "às", "um", "em", "le", "la", "el", "der", "den", "updated", "published", "posted", "modified",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo",
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro", "enero", "febrero", "marzo", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "st", "nd", "rd", "th",
])  # fmt: skip
_DATELINE_TOKEN = re.compile(r"[^\W\d_][\w.'-]*|\d+")
_OTHER_MONTHS = (
    "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|"
    "enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre"
)
_DATE_IN_LINE = re.compile(
    rf"\b(?:{MONTH_PATTERN}|{_OTHER_MONTHS})\b|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}", re.IGNORECASE
)


def is_dateline(text: str) -> bool:
    """Whether a line holds nothing but a date, perhaps with its time ("Nov. 20, 2019 5:52 AM
    EST", "sexta-feira, 22 de outubro de 2010 às 20:13"): the page's time stamp, not a sentence.
    A time alone ("4:14 p.m.") is not one: live coverage uses times as headings."""
    if len(text) > 90 or not _DATE_IN_LINE.search(text):
        return False
    for token in _DATELINE_TOKEN.findall(text):
        word = token.lower()
        if token.isdigit() or word in _DATELINE_WORDS or word.rstrip(".") in _DATELINE_WORDS:
            continue
        if token.isupper() and len(token) <= 4:
            continue  # a time zone: EST, GMT, AMT
        return False
    return True
