"""The scorer follows the benchmark's definition."""

from reader.core.scoring import PageScore, score_corpus, score_page


def test_identical_and_disjoint() -> None:
    text = "one two three four five six"
    assert score_page(text, text).f1 == 1.0
    assert score_page(text, "seven eight nine ten eleven").f1 == 0.0


def test_extra_text_lowers_precision_only() -> None:
    truth = "a b c d e f g h"
    score = score_page(truth, truth + " x y z w")
    assert score.recall == 1.0 and 0 < score.precision < 1.0


def test_corpus_averages_pages() -> None:
    result = score_corpus([PageScore(1.0, 0.0, 0.0), PageScore(0.5, 0.5, 0.0)])
    assert result.precision == 0.75 and result.recall == 1.0
