"""A phrase ending in a bounded run of one class ("?[\\pL\\pN ]{2,40}, a name) is compiled at
the run's least length and extended by the scan (service.packs.loader._RUN_AT_END): every
phrase and span must be the ones the pattern with the whole run finds."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from service.engine.scan.lexicon import phrases
from service.packs import loader
from service.packs.loader import PACKS_DIR, compile_lexicons
from service.packs.model import Lexicons

LANGUAGES = ("en", "de", "fr", "it", "es")


def _ebay_lexicons(whole_runs: bool) -> Lexicons:
    raw: dict[str, Any] = yaml.safe_load((PACKS_DIR / "ebay" / "lexicons.yaml").read_text())
    if not whole_runs:
        return compile_lexicons(raw)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(loader, "_run_at_end", lambda source, name: (source, None))
        return compile_lexicons(raw)


CUT = _ebay_lexicons(whole_runs=False)
WHOLE = _ebay_lexicons(whole_runs=True)


def _both(language: str, text: str) -> tuple[list[Any], list[Any]]:
    cut = CUT.phrases[language].patterns["social_media"]
    whole = WHOLE.phrases[language].patterns["social_media"]
    return phrases(cut, text), phrases(whole, text)


def test_social_media_ends_in_runs_that_compile_short():
    for language in LANGUAGES:
        cut = CUT.phrases[language].patterns["social_media"]
        whole = WHOLE.phrases[language].patterns["social_media"]
        assert [run.further for run in cut.runs] == [28, 38]
        assert not whole.runs
        assert cut.pattern.programsize * 3 < whole.pattern.programsize


NAME = "Kleine Werkstatt Müller"
CASES = {
    "social_media-name": ("en", f"Find us on Instagram as {NAME}. Thanks"),
    "social_media-quoted-name": ("en", f'Look us up on Facebook as "{NAME}" please'),
    "social_media-name-of-two": ("en", "on instagram as Jo, thanks"),
    "social_media-name-of-one": ("en", "on instagram as J, thanks"),
    "social_media-name-of-40": ("en", "on instagram as " + "a" * 40 + "!"),
    "social_media-name-of-41": ("en", "on instagram as " + "a" * 41 + "!"),
    "social_media-name-of-words-past-40": ("en", "on tiktok under " + "Ab " * 30),
    "social_media-name-at-the-end": ("en", "we are on fb called Shop"),
    "social_media-two-names": ("en", "on insta as Anna and on fb as Bert Berger."),
    "social_media-name-then-a-new-phrase": (
        "en",
        "on instagram as on instagram as on instagram as Xy",
    ),
    "social_media-handle": ("en", "Instagram: @kleine.werkstatt_01 for news"),
    "social_media-handle-of-31": ("en", "instagram @" + "h" * 31),
    "social_media-handle-then-name": ("en", "tiktok @ab on instagram as Cd"),
    "social_media-german": ("de", f"Sie finden uns auf Instagram unter {NAME}!"),
    "social_media-french": ("fr", "Retrouvez-nous sur Facebook sous le nom Atelier Élodie."),
    "social_media-italian": ("it", "Siamo su Instagram come Bottega Rossi 2024"),
    "social_media-spanish": ("es", "Estamos en TikTok como Tienda Nº1 España"),
    "social_media-other-scripts": ("en", "on instagram as 東京ショップ ١٢٣ Ωmega\u2003x"),
    "social_media-line-break": ("en", "on instagram as Anna\nBerger\nand more text"),
    "social_media-cut-word": ("en", "on instagram as " + "b" * 38 + "_tail"),
}


@pytest.mark.parametrize(("language", "text"), CASES.values(), ids=CASES.keys())
def test_a_run_compiled_short_finds_what_the_whole_run_finds(language, text):
    cut, whole = _both(language, text)
    assert cut == whole


_PIECES = st.sampled_from(
    [
        "on instagram as ",
        "auf Instagram als ",
        "sur facebook sous ",
        "su tiktok come ",
        "en insta como ",
        "instagram ",
        " @",
        '"',
        "Anna",
        "Ö",
        "9",
        " ",
        "\n",
        "_",
        ".",
        "!",
        "x" * 30,
        "東京",
        "\u00a0",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.sampled_from(LANGUAGES))
def test_any_text_gives_the_same_phrases_either_way(text, language):
    cut, whole = _both(language, text)
    assert cut == whole
