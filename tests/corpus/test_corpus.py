"""Every content rule keeps precision and recall of at least 0.9 on both labelled corpora
(issue 4): a false reject stops a real message, a miss can cost the seller's account."""

from __future__ import annotations

import pytest

from tests.corpus.evaluate import messages, scores

BAR = 0.9


def test_the_development_corpus_is_big_enough():
    entries = messages("messages")
    assert len(entries) >= 150
    assert {entry["language"] for entry in entries} >= {"de", "en", "fr", "it", "es"}


@pytest.mark.parametrize("corpus", ["messages", "holdout"])
def test_every_content_rule_meets_the_bar(corpus):
    table, wrong = scores(corpus)
    below = {
        score.rule: (round(score.precision, 2), round(score.recall, 2), wrong.get(score.rule))
        for score in table
        if score.precision < BAR or score.recall < BAR
    }
    assert below == {}
