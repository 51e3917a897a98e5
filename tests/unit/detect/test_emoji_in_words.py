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
