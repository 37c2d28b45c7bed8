"""The speech-verb alternation is regrouped for speed: it must match exactly what the flat list does."""

from __future__ import annotations

import re

from reader.core.quotes.vocabulary import (
    _SPEECH_VERB_LIST,
    SPEECH_VERBS,
    VERB,
    _top_level_alternatives,
    grouped_by_first_letter,
)

_SENTENCES = [
    "“We will win,” she said. Then he told reporters and she went on, saying it again.",
    "The senator called them liars; critics referred to him as reckless and states that it was so.",
    "He blurted out a reply, shot back at the unsaid, and the United States says nothing. Calls rose.",
    "“No,” she pointed out. He said: “Yes.” They call it fair, she wrote, and he tweeted that she's wrong.",
]


def test_grouping_keeps_every_branch_in_its_order() -> None:
    grouped = grouped_by_first_letter("said|told|says|tell(?=s|\\|)|s(?:x|y)")
    assert grouped == "s(?:aid|ays|(?:x|y))|t(?:old|ell(?=s|\\|))"


def test_grouped_verbs_match_exactly_what_the_flat_list_matches() -> None:
    flat = re.compile(rf"\b(?:{_SPEECH_VERB_LIST})\b")
    text = " ".join(_SENTENCES)
    expected = [match.span() for match in flat.finditer(text)]
    assert [match.span() for match in VERB.finditer(text)] == expected
    assert len(expected) >= 12  # (the sentences really exercise the verbs)
    for branch in _top_level_alternatives(_SPEECH_VERB_LIST):
        word = re.sub(r"\(\?.*|\\w\+", "him", branch)  # ("went on(?=[.,])": went on; "\w+": a word)
        probe = f"Then {word}, and {word}. "
        assert [m.span() for m in re.finditer(rf"\b(?:{SPEECH_VERBS})\b", probe)] == [
            m.span() for m in flat.finditer(probe)
        ], branch
