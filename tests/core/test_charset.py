"""Decoding: the bytes win over a lying declaration; no mojibake."""

from reader.core.charset import decode
from reader.core.loader import load_bytes

TEXT = "Zoë’s café — “naïve” façade"


def test_bom_wins() -> None:
    assert decode("\ufeff".encode() + TEXT.encode())[0] == TEXT
    assert decode(b"\xff\xfe" + TEXT.encode("utf-16-le"))[0] == TEXT


def test_true_declaration_is_used() -> None:
    data = f'<meta charset="windows-1252"><p>{TEXT}</p>'.encode("cp1252")
    assert TEXT in decode(data)[0]


def test_utf8_page_declared_as_latin1_is_read_as_utf8() -> None:
    data = f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>{TEXT}</p>'
    text = load_bytes(data.encode("utf-8"), "lying.html").html
    assert TEXT in text and "Ã" not in text


def test_cp1252_page_declared_as_utf8_is_not_mojibake() -> None:
    data = f'<meta charset="utf-8"><p>{TEXT} and more words to detect from.</p>'.encode("cp1252")
    text = load_bytes(data, "lying.html").html
    assert "Zoë" in text and "\ufffd" not in text


def test_container_declaration_beats_meta() -> None:
    data = f'<meta charset="utf-8"><p>{TEXT}</p>'.encode("cp1252")
    assert TEXT in decode(data, declared="windows-1252")[0]
