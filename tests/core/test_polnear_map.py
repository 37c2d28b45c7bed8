"""The PolNeAR scorer's speaker map: a key that names nothing must be refused, not ignored.

The corpus itself is not in this repository, so these tests use a two-sentence annotation in
brat's format, written here."""

import pytest
import quotes_polnear  # benchmarks/quotes_polnear.py

TEXT = 'Title.\n"We will win the vote," she said.\n'
ANNOTATION = (
    'T1\tContent 7 30\t"We will win the vote,"\n'
    "T2\tSource 31 34\tshe\n"
    "T3\tCue 35 39\tsaid\n"
    "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n"
)


def test_a_source_offset_names_the_speaker() -> None:
    quotes = quotes_polnear.gold_quotes(TEXT, ANNOTATION, {"31": "Ada Lovelace"}, 7)
    assert [(q["quote"], q["speaker"]) for q in quotes] == [("We will win the vote,", "Ada Lovelace")]


def test_a_quote_offset_as_a_plain_key_is_refused() -> None:
    with pytest.raises(ValueError, match="'9'"):
        quotes_polnear.gold_quotes(TEXT, ANNOTATION, {"9": "Ada Lovelace"}, 7)


def test_an_at_key_must_start_a_gold_quote() -> None:
    assert (
        quotes_polnear.gold_quotes(TEXT, ANNOTATION, {"@8": "Ada Lovelace"}, 7)[0]["speaker"]
        == "Ada Lovelace"
    )
    with pytest.raises(ValueError, match="@31"):
        quotes_polnear.gold_quotes(TEXT, ANNOTATION, {"@31": "Ada Lovelace"}, 7)
