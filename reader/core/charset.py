"""Turn a page's bytes into text without mojibake.

Order of evidence: a byte-order mark, then the charset the container declared
(MHTML part or HTTP header), then the page's own ``<meta charset>`` /
``http-equiv``, then detection. A declaration is only believed when the bytes
agree with it: pages often claim ISO-8859-1 while holding UTF-8, or claim
UTF-8 while holding Windows-1252.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096
# Latin-1 is what browsers really mean by it; same for ASCII.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252"}


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None if it is unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _ALIASES.get(codec, _ALIASES.get(name, codec))


def declared_in_html(data: bytes) -> str | None:
    """The charset a page's ``<meta>`` tags declare, looked for near its start."""
    match = _META_CHARSET.search(data[: _SNIFF_BYTES * 4])
    return normalise_charset(match.group(1).decode("ascii", "replace")) if match else None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns the text and the codec that was used."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, "replace"), codec
    for candidate in (normalise_charset(declared), declared_in_html(data)):
        if candidate and _bytes_agree(data, candidate):
            return data.decode(candidate), candidate
    return _detect(data)


def _bytes_agree(data: bytes, codec: str) -> bool:
    """Whether the bytes are plausibly in ``codec``.

    UTF-8 is self-checking, so a clean UTF-8 decode of non-ASCII bytes beats any
    single-byte declaration; a declaration of UTF-8 that fails to decode is a lie.
    """
    if codec.startswith("utf-8"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True
    if codec.startswith(("utf-16", "utf-32")):
        return False  # no BOM: such a declaration is almost always wrong for HTML
    if _is_utf8_with_multibyte(data):
        return False
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _is_utf8_with_multibyte(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> tuple[str, str]:
    if data.isascii() or _is_utf8_with_multibyte(data):
        return data.decode("utf-8"), "utf-8"
    best = charset_normalizer.from_bytes(data[: 256 * 1024]).best()
    codec = normalise_charset(best.encoding) if best else None
    codec = codec or "cp1252"
    return data.decode(codec, "replace"), codec
