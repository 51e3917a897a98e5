"""Plant annotations: what a listing covers, read from the species data, and goods the
annotation leaves out taken out of the detections."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.species.annotations import ANNOTATIONS, annotation_in
from wildtrace.species.kb import default_knowledge_base, parse_species_csv


@pytest.mark.parametrize(
    ("note", "number"),
    [
        ("Agarwood-producing trees. Annotation #14: all parts …", "#14"),
        ("Siamese rosewood; covered by annotation #4 instead of #15.", "#4"),
        ("#5 Logs, sawn wood and veneer sheets.", "#5"),
        ("All gibbons in Appendix I.", None),
        ("annotation #99", None),
    ],
)
def test_the_annotation_number_is_read_from_a_note(note: str, number: str | None) -> None:
    assert annotation_in(note) == number


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Aquilaria crassna", "#14"),  # its own note
        ("Dalbergia latifolia", "#15"),  # listed under the genus
        ("Dendrobium", "#4"),  # the family Orchidaceae's
        ("Dalbergia cochinchinensis", "#4"),  # its own, instead of the genus's #15
        ("Dalbergia nigra", None),  # Appendix I: the whole plant and all its parts
        ("Paphiopedilum", None),  # Appendix I
        ("Loxodonta africana", None),  # animals have none
    ],
)
def test_a_taxon_has_its_own_or_its_listing_s_annotation(name: str, number: str | None) -> None:
    kb = default_knowledge_base()
    taxon = kb.lookup(name)
    assert taxon is not None
    annotation = kb.effective_annotation(taxon)
    assert (annotation.number if annotation else None) == number


def test_a_species_plus_annotation_column_is_read() -> None:
    text = (
        "Id,Kingdom,Genus,Scientific Name,Rank,Listing,Full note,# Full note\n"
        '1,Plantae,Swietenia,Swietenia macrophylla,SPECIES,II,Neotropical populations,"#6 Logs, '
        'sawn wood, veneer sheets and plywood."\n'
    )
    taxon = parse_species_csv(text, "export.csv")[0]
    assert annotation_in(taxon.note) == "#6"


def test_what_an_annotation_leaves_out() -> None:
    assert ANNOTATIONS["#3"].leaves_out("finished") and not ANNOTATIONS["#3"].leaves_out("root")
    assert ANNOTATIONS["#15"].leaves_out("instrument") and not ANNOTATIONS["#15"].leaves_out("wood")
    assert ANNOTATIONS["#5"].leaves_out("carving") and not ANNOTATIONS["#5"].excludes_all(
        ["carving"]
    )
    assert not ANNOTATIONS["#14"].leaves_out(None)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Korean red ginseng tea", "50 tea bags, $20"),
        ("Indian rosewood guitar", "Martin D-28, $2500"),
        ("Agarwood incense sticks", "box of 50, $15"),
        ("Orchid seeds", "Dendrobium seeds, $5"),
    ],
)
def test_goods_an_annotation_leaves_out_are_no_cites_specimens(
    engine: Engine, title: str, text: str
) -> None:
    analysis = engine.analyse(ListingText("a", title, text))
    assert analysis.taxa == () and not analysis.wildlife_trade
    assert "annotation #" in analysis.signals["not_covered"][0]


@pytest.mark.parametrize(
    ("title", "text", "taxon", "noted"),
    [
        ("Indian rosewood logs", "20 m3, FOB Chennai", "Dalbergia latifolia", False),
        ("Agarwood beads bracelet", "14mm, sinking grade, $300", "Aquilaria", False),
        ("Brazilian rosewood guitar", "1965, $15000", "Dalbergia nigra", False),  # Appendix I
        ("Продам чётки из красного сандала", "цена договорная", "Pterocarpus santalinus", True),
        ("Rare cactus seeds and grafted plants", "for sale", "Cactaceae", True),
    ],
)
def test_goods_a_listing_may_cover_stay(
    engine: Engine, title: str, text: str, taxon: str, noted: bool
) -> None:
    """Goods the annotation does not expressly leave out stay, with a note where the listing
    names only some parts (red sanders: logs, wood-chips, powder and extracts)."""
    analysis = engine.analyse(ListingText("a", title, text))
    assert [t.name for t in analysis.taxa] == [taxon] and analysis.wildlife_trade
    assert ("annotation" in analysis.signals) is noted
    caveats = [r for r in analysis.risk.reasons if r.code == "annotation_caveat"]
    assert bool(caveats) is noted and all("may not be covered" in r.text for r in caveats)
