"""The taxon model: its file, its guesses, and when the engine asks it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.kind_model import KindModel
from wildtrace.detect.taxon_model import MODEL_PATH, TaxonModel, TaxonModelError

ROOT = Path(__file__).parents[3]
DEV_CORPUS = ROOT / "tests/fixtures/dev_corpus/dev_corpus.jsonl"
# goods without the animal's name, long enough for the kind model
UNNAMED = (
    "Good quality dried scales for traditional medicine, cleaned and sorted by hand, bulk "
    "orders welcome, shipping by sea to any port, half the payment first and the rest on "
    "arrival, message me for the price per kilo and photos of the last batch"
)


def _scales_model(threshold: float = 0.5) -> TaxonModel:
    return TaxonModel(
        ["Manidae", "Loxodonta africana"],
        {"scales": [(0, 3.0)], "dried scales": [(0, 1.0)], "carving": [(1, 3.0)]},
        [0.0, 0.0],
        threshold,
    )


def _trade() -> KindModel:
    return KindModel({}, (10.0, 0.0, 0.0), 0.9, 0.95)


@pytest.fixture(scope="module")
def own_engine() -> Engine:
    return Engine()


def test_a_guess_names_the_taxon_its_probability_and_its_strongest_word() -> None:
    taxon, p, word = _scales_model().guess({"dried scales", "scales", "medicine"}) or ("", 0, "")
    assert taxon == "Manidae" and p > 0.95 and word == "scales"
    assert _scales_model().guess({"medicine"}) is None  # 0.5 each: not above the other
    assert _scales_model(threshold=0.99).guess({"scales"}) is None


def test_the_shipped_model_was_learnt_from_the_current_development_corpus() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["trained_on"]["sha256"] == hashlib.sha256(DEV_CORPUS.read_bytes()).hexdigest()
    model = TaxonModel.load()
    assert {"Manidae", "Loxodonta africana", "Panthera tigris"} <= set(model.taxa)
    assert 0.0 < model.threshold < 1.0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[", "cannot read"),
        ('{"schema": "wildtrace.kind_model/1"}', "is not a wildtrace.taxon_model/1"),
        ('{"schema": "wildtrace.taxon_model/1", "taxa": ["A"]}', "malformed"),
        (
            '{"schema": "wildtrace.taxon_model/1", "taxa": ["A"], "bias": [0],'
            ' "threshold": 0.5, "weights": {"x": [[3, 1.0]]}}',
            "classes and weights disagree",
        ),
    ],
)
def test_a_broken_model_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "taxon_model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonModelError, match=message):
        TaxonModel.load(path)


def test_the_engine_names_an_unnamed_taxon_from_the_words_around_the_goods(
    own_engine: Engine,
) -> None:
    own_engine.kinds, own_engine.taxa_model = _trade(), _scales_model()
    result = own_engine.analyse(ListingText(id="x", title="", text=UNNAMED))
    assert [t.name for t in result.taxa] == ["Manidae"] and result.wildlife_trade
    found = result.taxa[0]
    assert found.name_kind == "inferred" and found.detector_id == "detector.taxon_model.v1"
    assert found.detector_id in own_engine.detector_ids
    assert UNNAMED[found.start : found.end] == found.matched == "scales"
    assert found.confidence < 0.6  # below any name read in the text
    assert result.signals["taxon_model"][0].startswith("Manidae (")


def test_the_taxon_model_is_asked_about_unnamed_taxa_only_in_a_trade(
    own_engine: Engine,
) -> None:
    own_engine.taxa_model = _scales_model()
    own_engine.kinds = KindModel({}, (0.0, 0.0, 10.0), 0.9, 0.95)  # reads "other"
    assert not own_engine.analyse(ListingText(id="x", title="", text=UNNAMED)).taxa
    own_engine.kinds = _trade()
    named = UNNAMED.replace("dried scales", "dried pangolin scales")
    result = own_engine.analyse(ListingText(id="x", title="", text=named))
    assert [t.name_kind for t in result.taxa] != ["inferred"]
    assert "taxon_model" not in result.signals


def test_a_code_word_offer_without_a_product_word_is_guessed_too(own_engine: Engine) -> None:
    own_engine.kinds = _trade()
    own_engine.taxa_model = TaxonModel(
        ["Psittaciformes", "Manidae"], {"bananinhas": [(0, 4.0)]}, [0.0, 0.0], 0.5
    )
    text = UNNAMED.replace("dried scales for traditional medicine", "bananinhas, tame and healthy")
    result = own_engine.analyse(ListingText(id="x", title="", text=text))
    assert [t.name for t in result.taxa] == ["Psittaciformes"] and result.wildlife_trade
    assert "product" not in result.signals  # no product word: the model read the code word
    assert result.taxa[0].matched == "bananinhas"


# a parrot offer whose words point at one species without naming it
MACAW = (
    "Parrot chicks for sale, big cobalt blue ones with the yellow ring around the eye, taken "
    "from the nest in the Pantanal last month, eating on their own, no ring and no papers, "
    "delivery by hand only, price in private message, serious buyers"
)


def _macaw_model(weight: float) -> TaxonModel:
    return TaxonModel(
        ["Ara ararauna", "Anodorhynchus hyacinthinus", "Manidae"],
        {"pantanal": [(1, weight)], "cobalt": [(1, weight)]},
        [0.0, 0.0, 0.0],
        0.5,
    )


def test_a_refinement_takes_the_likeliest_class_below_the_group() -> None:
    found = {"pantanal", "cobalt", "parrot"}
    taxon, p, word = _macaw_model(3.0).refine(found, (0, 1)) or ("", 0.0, "")
    assert taxon == "Anodorhynchus hyacinthinus" and p > 0.9 and word in {"pantanal", "cobalt"}
    assert _macaw_model(3.0).refine({"parrot"}, (0, 1)) is None  # a third each: not sure
    assert _macaw_model(3.0).refine(found, ()) is None
    assert _macaw_model(3.0).refine(found, (0,)) is None  # the likely one is not below


def test_the_engine_refines_a_group_the_text_describes_as_one_species(own_engine: Engine) -> None:
    own_engine.kinds = _trade()
    own_engine.taxa_model = _macaw_model(3.0)
    result = own_engine.analyse(ListingText(id="x", title="", text=MACAW))
    assert [t.name for t in result.taxa] == ["Anodorhynchus hyacinthinus"]
    found = result.taxa[0]
    assert found.appendix == "I" and found.rank == "SPECIES"
    assert (
        found.matched.lower().startswith("parrot")
        and MACAW[found.start : found.end] == found.matched
    )
    assert found.detector_id == "detector.taxon_model.v1"
    assert result.signals["taxon_model"][0].startswith(
        "Psittaciformes read as Anodorhynchus hyacinthinus ("
    )
    # words that do not point at a species leave the group as read
    own_engine.taxa_model = _macaw_model(0.1)
    result = own_engine.analyse(ListingText(id="x", title="", text=MACAW))
    assert [t.name for t in result.taxa] == ["Psittaciformes"]
    assert "taxon_model" not in result.signals
