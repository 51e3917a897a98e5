"""A keeper's words about the animal (its sex, tameness, feeding) beside a name make a bare
listing an offer of a live animal, in the languages sellers write."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Ball python female 1.2m", "eats frozen thawed, very calm", "Python regius"),
        ("Tortuga de patas rojas", "macho, 15 cm, come bien", "Chelonoidis carbonarius"),
        ("Perroquet gris", "femelle, apprivoisée", "Psittacus erithacus"),
        ("Кречет", "самка, хорошо ест", "Falco rusticolus"),
    ],
)
def test_keeper_words_make_a_bare_listing_an_offer_of_a_live_animal(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    analysis = engine.analyse(ListingText("k", title, text))
    assert [t.name for t in analysis.taxa] == [taxon]
    assert analysis.taxa[0].product == "live" and analysis.wildlife_trade
