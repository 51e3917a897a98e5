"""Rank choice and incidental taxa: the labelling rules of docs/lexicon.md and benchmarks/data."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, title: str, text: str = "") -> list[str]:
    return [t.name for t in engine.analyse(ListingText("t", title, text)).taxa]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Gading gajah sumatera, 2 batang, COD", ["Elephas maximus"]),
        ("🐆❄️ шкура, Алтай, без документов", ["Panthera uncia"]),
        ("🐢 Indian star adult 18cm, DM price", ["Geochelone elegans"]),
        ("Filhotes de 🐢 piranga, R$ 350 cada", ["Chelonoidis carbonarius"]),
        ("Aletas de 🦈 martillo secas, 2 kg", ["Sphyrnidae"]),
        ("Cachorro de 🐆, Chiapas, sin papeles", ["Panthera onca"]),
        ("Filhote de papagaio verdadeiro manso", ["Amazona aestiva"]),
        ("Baby sloth wanted: Hoffmann's two-toed sloth only", ["Choloepus hoffmanni"]),
        ("Wild ginseng, wild American ginseng root 1 lb", ["Panax quinquefolius"]),
        ("Crowned cranes: a pair of black crowned cranes", ["Balearica pavonina"]),
        ("Marmoset for sale, a pygmy marmoset male", ["Cebuella pygmaea"]),
        ("المكاك للبيع، المكاك البربري صغير", ["Macaca sylvanus"]),
    ],
)
def test_a_named_species_wins_over_the_default(
    engine: Engine, title: str, expected: list[str]
) -> None:
    assert _taxa(engine, title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Bébé chimpanzé, prix autour de 2 millions FCFA",
        "Piano droit, caisse en palissandre, touches en ivoire avec CIC",
        "Hippo teeth x4 + warthog tusks for carvers",
    ],
)
def test_incidental_words_add_no_taxon(engine: Engine, title: str) -> None:
    names = _taxa(engine, title)
    assert "Accipitriformes" not in names
    assert "Dalbergia" not in names
    assert names.count("Loxodonta africana") <= (1 if "ivoire" in title else 0)


@pytest.mark.parametrize(
    "title",
    [
        "Macaco hidráulico tipo jacaré 3 toneladas",
        "Pinzas cocodrilo para batería",
        "オカメインコのヒナ 25,000円",
        "Tour vườn trái cây Cần Thơ, vé 150k",
        "牛骨雕刻吊坠，非象牙，45元",
        "Arwana silver 15cm sehat",
    ],
)
def test_look_alikes_name_no_taxon(engine: Engine, title: str) -> None:
    assert _taxa(engine, title) == []


def test_a_negation_inside_a_permit_does_not_count(engine: Engine) -> None:
    """ "künstlich" (artificial) inside "künstlich vermehrt" (artificially propagated)."""
    assert _taxa(engine, "Ariocarpus fissuratus, künstlich vermehrt, 24 €") == [
        "Ariocarpus fissuratus"
    ]


def test_vuon_with_accents_is_a_gibbon_not_a_garden(engine: Engine) -> None:
    """vượn (gibbon) is a name; vườn (garden) folds to the same letters and is a trap."""
    assert _taxa(engine, "Bán vượn con, giá 5 triệu") == ["Hylobatidae"]


def test_a_pet_supply_title_governs_the_body(engine: Engine) -> None:
    """Food for parrots names the birds it suits; the listing sells food (labelling rules)."""
    analysis = engine.analyse(
        ListingText(
            "t",
            "Croquettes pour grands perroquets 3 kg",
            "Mélange pour aras, cacatoès et gris du Gabon. Sac de 3 kg, 24 €.",
        )
    )
    assert analysis.taxa == ()
    assert not analysis.wildlife_trade


def test_ready_for_adoption_is_a_sale_in_indonesian(engine: Engine) -> None:
    analysis = engine.analyse(
        ListingText(
            "t", "Kukang jinak siap adopsi", "Kukang jawa jinak. Mahar 850rb, WA 0812 5530 7714"
        )
    )
    assert analysis.wildlife_trade


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Happy Monday everyone 🐯🔥 new week new goals", []),
        ("Kids birthday party decorations 🐘🎈 set of 20", []),
        ("🐘 white carving 30cm, old", ["Loxodonta africana"]),
        ("🦜 baby hand-fed 3 months", ["Psittaciformes"]),
        ("Bracelet poils d'🐘 véritables", ["Loxodonta africana"]),
    ],
)
def test_an_emoji_counts_beside_goods_or_a_deal(
    engine: Engine, title: str, expected: list[str]
) -> None:
    assert _taxa(engine, title) == expected


@pytest.mark.parametrize(
    ("title", "taxon"),
    [
        ("Bán con vẹt xám biết nói, giá 12tr", "Psittacus erithacus"),
        ("Vendo filhote de arara azul grande, R$ 8.000", "Anodorhynchus hyacinthinus"),
        ("Jual sisik trenggiling jawa, 1 kg", "Manis javanica"),  # "sisik trenggiling" + species
    ],
)
def test_a_group_phrase_sharing_a_word_with_a_species_yields_to_it(title: str, taxon: str) -> None:
    names = {t.name for t in Engine().analyse(ListingText("g", title, "")).taxa}
    assert taxon in names and not names & {"Psittaciformes", "Manidae"}
