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
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_FIRST = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.I)
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
