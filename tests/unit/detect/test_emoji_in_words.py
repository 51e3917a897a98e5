"""An emoji written for a part of a word completes a listed name (emoji_in_words.py)."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, title: str, text: str = "") -> dict[str, tuple[str, tuple[str, ...]]]:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    return {t.name: (t.matched, t.evasion) for t in result.taxa}


@pytest.mark.parametrize(
    ("title", "text", "taxon", "matched"),
    [
        (
            "Netsuke aus Elfen🦷",
            "sitzender Hase, 4,5 cm, ohne Nachweis. VB 280 €",
            "Loxodonta africana",
            "Elfen🦷",
        ),
        (
            "Haarspange aus echtem 🐢patt",
            "aus Nachlass, keine Papiere, 90 €",
            "Eretmochelys imbricata",
            "🐢patt",
        ),
        ("แหวนขนหาง🐘ป่าแท้", "ถักลายสามเกลียว ของขลัง 1500 บาท", "Elephas maximus", "ขนหาง🐘"),
    ],
)
def test_the_emoji_completes_the_name(
    engine: Engine, title: str, text: str, taxon: str, matched: str
) -> None:
    found = _taxa(engine, title, text)
    assert found[taxon] == (matched, ("emoji",))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Hasen🐘 Plüsch, 30 cm", "Kinderspielzeug, 5 €"),  # no elephant word begins "hasen"
        ("Schild🐢 aus Holz, Gartendeko", "handbemalt, 12 €"),  # a shield, not a shell: no taxon
    ],
)
def test_letters_that_begin_no_name_of_its_kind_stay_decoration(
    engine: Engine, title: str, text: str
) -> None:
    found = _taxa(engine, title, text)
    assert not any("🐢" in m or "🐘" in m for m, _ in found.values() if len(m) > 1)


def test_a_product_emoji_completes_only_products(engine: Engine) -> None:
    found = _taxa(engine, "Elfen🦷 Kamm, alt", "ohne Papiere, 150 €")
    assert found["Loxodonta africana"][0] == "Elfen🦷"
    # a name already read over the emoji stands: "Tiger" in "Tiger🦷" is the tiger
    assert _taxa(engine, "Tiger🦷 Kette", "echt, 40 €")["Panthera tigris"][0] == "Tiger"
    # a shell is no ivory: "Elfen🐚" completes no Elfenbein
    assert "Loxodonta africana" not in _taxa(engine, "Elfen🐚 Deko fürs Bad", "3 Stück, 6 €")


@pytest.mark.parametrize(
    ("title", "text", "taxon", "matched"),
    [
        ("Anak 🐆 dahan umur 2 bulan", "minum susu, RM 3000", "Neofelis nebulosa", "🐆 dahan"),
        (
            "🐢 hộp trán vàng hàng rừng",
            "bắt ở Quảng Nam, 2 con 4tr",
            "Cuora galbinifrons",
            "🐢 hộp trán vàng",
        ),
        ("Busco 🐒 cariblanco bebé", "pago bien, zona Chocó", "Cebus capucinus", "🐒 cariblanco"),
        ("Hempedu 🐻 madu kering", "asli hutan Sabah. RM 600", "Helarctos malayanus", "🐻 madu"),
        ("Kepala 🐦 gading utuh", "barang lama. 4jt nego", "Rhinoplax vigil", "🐦 gading"),
    ],
)
def test_the_emoji_stands_for_a_word_of_the_name(
    engine: Engine, title: str, text: str, taxon: str, matched: str
) -> None:
    found = _taxa(engine, title, text)
    assert found[taxon] == (matched, ("emoji",))
    # the emoji's own reading (leopard, tortoise family, monkeys, bears) yields to the name
    assert len(found) == 1


@pytest.mark.parametrize(
    ("title", "text", "taxon", "not_read"),
    [
        # a product word frames any animal: the emoji is the leopard, not "peau de loup"
        (
            "Peau de 🐆 entière avec tête",
            "pas de papiers, 3 500 €",
            "Panthera pardus",
            "Canis lupus",
        ),
        ("Шкура 🐆 старая", "без документов, 350 000 ₽", "Panthera pardus", "Panthera tigris"),
        # "besar" (big) goes with too many names to be one of them; a bear is no big cat
        ("Teddy 🐻 besar", "jual RM 40", None, "Felidae"),
    ],
)
def test_a_word_any_animal_takes_is_not_read_as_a_name(
    engine: Engine, title: str, text: str, taxon: str | None, not_read: str
) -> None:
    found = _taxa(engine, title, text)
    assert not_read not in found
    if taxon is not None:
        assert found[taxon][0] == "🐆"
