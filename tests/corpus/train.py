"""Train the Amazon pack's wording model (service/packs/amazon/wording-model.json) on what is
labelled and not sealed: the development corpus, the holdout, every blind round's tuning part,
and the rows of the wording rules' tables (tests/engine/test_*readings*.py, test_reviews.py,
test_wording.py: short messages in five languages, about half of them near-misses that must
pass). The sealed parts are never read here, so their figures stay honest.

One linear support-vector machine per wording rule over engine.scan.resemblance's features of
the text the model reads (rules.wording.model_fields); a rule learns only from messages on reasons
where the model is asked about it (rules.wording.model_reads: a review request on its own
reason teaches nothing about review requests). Weights too small to move a score are left
out, so that the file and the process stay small. C and the threshold are the ones measured
in docs/evaluation.md ("The wording model") on blind rounds the model had not seen.

`make model` (or `python -m tests.corpus.train` with the train extra installed) writes the
file; tests/corpus/test_wording_model.py checks that it was trained on the data as they are.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from service.engine.draft import Draft
from service.engine.model import CheckRequest, RulePolicy
from service.engine.rules.wording import model_fields, model_reads
from service.engine.scan import resemblance
from service.engine.scan.resemblance import features
from service.packs import load_pack
from service.packs.loader import PACKS_DIR, WORDING_MODEL
from service.packs.model import WEIGHT_LIMIT
from tests.corpus.evaluate import CORPORA, messages, request

# The corpora the model learns from: every labelled one that is not sealed (Amazon's).
TRAINED_ON = ("messages", "holdout", "blind-tuning")
# The wording rules' tables: each test of theirs takes a body and the request it is sent
# with, and either the wording rules it must break (a reading table) or every finding the
# engine must make (a rule table, rows.row).
_ENGINE_TESTS = Path(__file__).parents[1] / "engine"
TABLES = tuple(
    sorted(
        (
            *_ENGINE_TESTS.glob("test_*readings*.py"),
            _ENGINE_TESTS / "test_reviews.py",
            _ENGINE_TESTS / "test_wording.py",
        )
    )
)
_READING = ("body", "given", "rules")
_RULE_ROW = ("body", "given", "verdict", "findings")
# The rules the model backs (payment_details is not: rules/wording.py says why).
RULES = (
    "content.review_manipulation",
    "content.review_request_misplaced",
    "content.marketing",
    "content.cancel_request",
)
# The SVM's regularisation (smaller: smoother weights), chosen with the threshold.
_C = 0.1
THRESHOLD = 0.35
# A feature whose weights are all smaller than this is left out of the file (at 0.01 the
# file held twice the features, for a tenth of a point of recall on the rounds measured).
_SMALLEST = 0.02
# Weights are written as integers in units of 1/_SCALE, each at most WEIGHT_LIMIT either way
# (the loader packs them into one int per feature: service/packs/model.py).
_SCALE = 10_000
OUTPUT = PACKS_DIR / "amazon" / WORDING_MODEL


def trained_on() -> str:
    """A digest of the files the model is trained on, of the module that reads a text's
    features (a model read otherwise than it was trained is wrong) and of this one (its
    settings): the model file records it, and a test compares it with the files as they are.
    The reason gates and the fields read (rules/wording.py) are not in it: a change there
    asks for `make model` too."""
    digest = hashlib.sha256()
    corpora = (path for corpus in TRAINED_ON for path in CORPORA[corpus])
    for path in (*corpora, *TABLES, Path(resemblance.__file__), Path(__file__)):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _corpus_requests() -> Iterator[tuple[CheckRequest, list[str]]]:
    pack = load_pack("amazon")
    for corpus in TRAINED_ON:
        for entry in messages(corpus):
            if entry.get("platform", "amazon") == "amazon":
                yield request(entry, pack), entry["expect"] or []


def _table_requests() -> Iterator[tuple[CheckRequest, list[str]]]:
    from tests.engine.rows import make  # loads the pack: only once main() has begun

    for path in TABLES:
        module = importlib.import_module(f"tests.engine.{path.stem}")
        for name, test in vars(module).items():
            marks = getattr(test, "pytestmark", []) if name.startswith("test_") else []
            for mark in marks:
                names = mark.args[0] if mark.name == "parametrize" else ()
                if isinstance(names, str):
                    names = [each.strip() for each in names.split(",")]
                if tuple(names) not in (_READING, _RULE_ROW):
                    continue
                for row in mark.args[1]:
                    body, given, *expected = getattr(row, "values", row)
                    rules = expected[0] if len(expected) == 1 else [f.rule for f in expected[1]]
                    yield make(body, **given), rules


def examples() -> Iterator[tuple[Draft, frozenset[str]]]:
    """Each labelled message, as a draft of its request, with the wording rules it breaks."""
    pack = load_pack("amazon")
    for checked, labels in (*_corpus_requests(), *_table_requests()):
        found = {label.removeprefix(f"{pack.platform}.") for label in labels}
        yield Draft.of(checked, pack, RulePolicy()), frozenset(found & set(RULES))


def train() -> dict[str, Any]:
    """The model, as the file holds it."""
    from scipy.sparse import csr_matrix  # the train extra's, not the service's
    from sklearn.svm import LinearSVC

    vocabulary: dict[Any, int] = {}
    rows, columns, drafts, labels = [], [], [], []
    for row, (draft, expected) in enumerate(examples()):
        for feature in features("\n".join(model_fields(draft).values())):
            columns.append(vocabulary.setdefault(feature, len(vocabulary)))
            rows.append(row)
        drafts.append(draft)
        labels.append(expected)
    matrix = csr_matrix(([1.0] * len(rows), (rows, columns)), shape=(len(labels), len(vocabulary)))
    bias, weights = [], []
    for rule in RULES:
        read = [row for row, draft in enumerate(drafts) if model_reads(draft, rule)]
        svm = LinearSVC(C=_C, random_state=0)
        svm.fit(matrix[read], [rule in labels[row] for row in read])
        bias.append(round(float(svm.intercept_[0]), 4))
        weights.append(svm.coef_[0])
    kept = {
        _written(feature): [round(float(column[index]) * _SCALE) for column in weights]
        for feature, index in vocabulary.items()
        if max(abs(column[index]) for column in weights) >= _SMALLEST
    }
    too_heavy = next((key for key, row in kept.items() if max(map(abs, row)) > WEIGHT_LIMIT), None)
    if too_heavy is not None:
        raise ValueError(f"{too_heavy!r} weighs more than the file holds: lower _SCALE")
    return {
        "trained_on": trained_on(),
        "rules": list(RULES),
        "threshold": THRESHOLD,
        "bias": bias,
        "scale": _SCALE,
        "weights": dict(sorted(kept.items())),
    }


def _written(feature: bytes | tuple[bytes, bytes]) -> str:
    """A feature as the file holds it: the word, or the pair with a space between (the bytes
    are Latin-1 letters, digits, % and $)."""
    return (b" ".join(feature) if isinstance(feature, tuple) else feature).decode("latin-1")


def dumps(model: dict[str, Any]) -> bytes:
    """The file: JSON with a line per feature, so that a retrained model's diff reads."""
    head = orjson.dumps({key: value for key, value in model.items() if key != "weights"})
    lines = (orjson.dumps(key) + b": " + orjson.dumps(row) for key, row in model["weights"].items())
    return head[:-1] + b',\n"weights": {\n' + b",\n".join(lines) + b"\n}}\n"


def main(output: Path = OUTPUT) -> None:
    import sklearn  # noqa: F401  (the train extra: missing, stop before the old model goes)

    # Trained from no model: the pack loads without it, whatever the old file holds.
    output.unlink(missing_ok=True)
    model = train()
    written = output.with_suffix(".tmp")
    written.write_bytes(dumps(model))
    written.replace(output)
    print(f"{output}: {len(model['weights'])} features")


if __name__ == "__main__":
    main()
