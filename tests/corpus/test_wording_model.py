"""The shipped wording model (service/packs/amazon/wording-model.json) was trained on the
labelled data as they are now, with features read as they are read now: a change to a tuning
corpus, a wording rule's table or engine/scan/resemblance.py, made without retraining, fails
here. `make model` retrains it (tests/corpus/train.py)."""

from __future__ import annotations

import orjson

from tests.corpus.train import OUTPUT, THRESHOLD, trained_on


def test_the_shipped_model_was_trained_on_the_data_as_they_are():
    shipped = orjson.loads(OUTPUT.read_bytes())
    assert shipped["trained_on"] == trained_on(), "the data changed since training: make model"


def test_the_shipped_model_uses_the_threshold_training_chose():
    assert orjson.loads(OUTPUT.read_bytes())["threshold"] == THRESHOLD
