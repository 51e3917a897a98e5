"""The kind model: its features, its file, its thresholds, and how the engine follows it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.kind_model import (
    MIN_FEATURES,
    MODEL_PATH,
    KindModel,
    KindModelError,
    as_kind,
    features,
    letter_pairs,
    word_features,
)
from wildtrace.textnorm.normalise import normalise

ROOT = Path(__file__).parents[3]
DEV_CORPUS = ROOT / "tests/fixtures/dev_corpus/dev_corpus.jsonl"

# Long enough for the model to speak (more than MIN_FEATURES distinct features).
OFFER = (
    "Baby ball python for sale, captive bred this spring, eating frozen mice every week, very "
    "calm and easy to handle, comes with a small tub and a heat mat, pick up in town or I can "
    "meet halfway, price 80 dollars, message me on WhatsApp for photos"
)


def _always(kind: int, sure: float = 0.99) -> KindModel:
    """A model whose bias alone makes it sure of one kind."""
    bias = [0.0, 0.0, 0.0]
    bias[kind] = 10.0
    return KindModel({}, (bias[0], bias[1], bias[2]), sure, sure)


@pytest.fixture(scope="module")
def own_engine() -> Engine:
    return Engine()


def test_features_are_words_pairs_stems_and_one_token_for_numbers() -> None:
    found = word_features(normalise("Selling 2 tortoises, 1,500 each!").text)
    assert found[:4] == ["selling", "0", "tortoises", "0"]
    assert "selling 0" in found and "tortoises 0" in found
    assert "selli" in found and "torto" in found  # stems of words longer than six letters
    assert "each" in found  # punctuation at a word's edge is not part of it


def test_scripts_without_spaces_are_read_as_letter_pairs() -> None:
    assert letter_pairs(normalise("出售象牙手镯").text) == ["出售", "售象", "象牙", "牙手", "手镯"]
    assert letter_pairs("plain ascii text") == []
    folded = normalise("ขายงาช้าง แท้").text
    assert set(letter_pairs(folded)) <= set(features(folded))


def test_the_shipped_model_was_learnt_from_the_current_development_corpus() -> None:
    """Edit the corpus, learn again: `.venv/bin/python scripts/train_text_models.py`."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["trained_on"]["sha256"] == hashlib.sha256(DEV_CORPUS.read_bytes()).hexdigest()
    assert data["kinds"] == ["trade", "news", "other"]
    assert 0.5 < data["threshold"] <= data["threshold_other"] < 1.0
    assert len(data["weights"]) > 10_000


def test_the_shipped_model_reads_a_plain_offer_as_trade() -> None:
    model = KindModel.load()
    p = model.probabilities(normalise(OFFER).text)
    assert p[0] > p[1] and p[0] > p[2]
    assert abs(sum(p) - 1.0) < 1e-9


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot read"),
        ('{"schema": "other/1"}', "is not a wildtrace.kind_model/1"),
        ('{"schema": "wildtrace.kind_model/1", "kinds": ["a", "b", "c"]}', "kinds must be"),
        (
            '{"schema": "wildtrace.kind_model/1", "kinds": ["trade", "news", "other"],'
            ' "weights": {"x": [1]}, "bias": [0, 0, 0], "threshold": 0.9,'
            ' "threshold_other": 0.95}',
            "malformed",
        ),
    ],
)
def test_a_broken_model_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KindModelError, match=message):
        KindModel.load(path)


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KindModelError, match="cannot read"):
        KindModel.load(tmp_path / "absent.json")


def test_the_model_keeps_quiet_on_short_texts_and_below_its_thresholds() -> None:
    short = normalise("Ball python, 80 dollars").text
    assert len(set(word_features(short))) < MIN_FEATURES
    assert _always(0).sure_kind(short) is None
    folded = normalise(OFFER).text
    assert _always(0).sure_kind(folded) == ("trade", pytest.approx(1.0, abs=1e-3))
    # "other" takes the taxa away, so it needs its own, higher threshold
    unsure_other = KindModel({}, (0.0, 0.0, 3.5), 0.9, 0.99)
    kind, p = KindModel({}, (0.0, 0.0, 3.5), 0.9, 0.9).sure_kind(folded) or ("", 0.0)
    assert kind == "other" and 0.9 < p < 0.99
    assert unsure_other.sure_kind(folded) is None


def test_a_kind_decides_what_becomes_of_the_taxa(engine: Engine) -> None:
    taxa = list(engine.analyse(ListingText(id="x", title="", text=OFFER)).taxa)
    assert [t.name for t in taxa] == ["Python regius"]
    assert as_kind("trade", taxa) == (taxa, [], True)
    assert as_kind("news", taxa) == (taxa, [], False)
    assert as_kind("other", taxa) == ([], ["Python regius"], False)


def test_the_engine_follows_a_sure_model_and_says_so(own_engine: Engine) -> None:
    listing = ListingText(id="x", title="", text=OFFER)
    own_engine.kinds = _always(2)
    result = own_engine.analyse(listing)
    assert not result.taxa and not result.wildlife_trade
    assert result.signals["mentioned"] == ["Python regius"]
    assert result.signals["kind_model"] == ["other (1.00), not trade as the cues read"]
    own_engine.kinds = _always(1)
    result = own_engine.analyse(listing)
    assert [t.name for t in result.taxa] == ["Python regius"] and not result.wildlife_trade
    own_engine.kinds = _always(0)
    result = own_engine.analyse(listing)
    assert result.wildlife_trade and "kind_model" not in result.signals  # it agrees


def test_the_model_is_not_asked_when_no_taxon_is_read(own_engine: Engine) -> None:
    own_engine.kinds = _always(0)
    text = OFFER.replace("ball python", "hamster")
    result = own_engine.analyse(ListingText(id="x", title="", text=text))
    assert not result.taxa and not result.wildlife_trade and "kind_model" not in result.signals


@pytest.mark.parametrize(
    ("title", "text", "mentioned"),
    [
        (
            "Casco mole no jabuti",
            "Meu jabuti tem 8 meses e o casco ainda está meio mole quando aperto. Dou couve, "
            "abóbora e um pouco de fruta, e ele toma sol na varanda. Preciso de suplemento?",
            "Testudinidae",
        ),
    ],
)
def test_a_post_the_model_leans_to_other_only_mentions_its_animals(
    engine: Engine, title: str, text: str, mentioned: str
) -> None:
    # no trade, no report, and the kind model leaning to "other" without being sure: a
    # keeper's question names no detection
    result = engine.analyse(ListingText(id="m", title=title, text=text))
    assert result.taxa == ()
    assert result.signals["mentioned"] == [mentioned]


def test_a_report_the_model_reads_as_other_keeps_its_animals_when_its_words_say_news(
    engine: Engine,
) -> None:
    text = "Simba sita wameuawa kwa sumu katika hifadhi ya Queen Elizabeth nchini Uganda."
    result = engine.analyse(ListingText(id="n", title="", text=text))
    assert [t.name for t in result.taxa] == ["Panthera leo"]
    assert not result.wildlife_trade
