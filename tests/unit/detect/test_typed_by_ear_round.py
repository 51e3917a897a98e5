"""Round of 2026-11-30: neighbours typed the other way round, o for u in long words, German
adjective endings, and money asked for an animal "given" away."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.fuzzy_names import plausible_typo


def _analyse(engine: Engine, title: str, text: str = ""):
    return engine.analyse(ListingText(id="t", title=title, text=text))


@pytest.mark.parametrize(
    ("typed", "name", "plausible"),
    [
        ("sevral", "serval", True),  # two consonants swapped
        ("pyhton", "python", True),
        ("tarseir", "tarsier", True),  # two vowels swapped
        ("anmial", "animal", False),  # a vowel with a consonant: no
        ("harimao", "harimau", True),  # o for u from seven letters
        ("angola", "angula", False),  # not in shorter words
    ],
)
def test_typos_by_ear(typed: str, name: str, plausible: bool) -> None:
    assert plausible_typo(typed, name) is plausible


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Dunkelrote Ara Küken", "Schlupf März, ohne Ringe, 500 € Anzahlung", "Ara chloropterus"),
        ("Python pyhton royal, 2 ans", "mâle, 150 €", "Python regius"),
    ],
)
def test_names_found(engine: Engine, title: str, text: str, taxon: str) -> None:
    assert taxon in {t.name for t in _analyse(engine, title, text).taxa}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Macaco prego filhote para adoção", "valor da adoção R$ 4.000, envio para todo o Brasil"),
        ("Adopt a baby slow loris", "hand tame. Adoption donation $350 covers his travel box"),
        ("Regalo gufo reale giovane", "Chiedo solo 400 euro di rimborso spese per la voliera"),
        ("小熊猫 找领养", "3个月，已断奶。领养费2万元，包笼子"),
        ("Graupapagei abzugeben", "Schutzgebühr 800 €, nur an erfahrene Halter"),
    ],
)
def test_an_adoption_that_asks_money_is_trade(engine: Engine, title: str, text: str) -> None:
    result = _analyse(engine, title, text)
    assert result.taxa and result.wildlife_trade


def test_an_adoption_without_money_stays_no_trade(engine: Engine) -> None:
    result = _analyse(engine, "Adopt a slow loris", "symbolic adoption at the rescue centre")
    assert not result.wildlife_trade


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("3anaq el ard sghir lel be3", "aleef w byakol la7m, mosh m3ah war2", "Caracal caracal"),
        ("mazad 7bara 7aya", "3adad 4, el sa3r yebda men 2000", "Chlamydotis macqueenii"),
        ("3aaj 9afi 2 kilo", "ma fi awraq, el taslim yad b yad", "Loxodonta africana"),
        ("천상갑 비늘 팝니다", "500g, 현금 거래만", "Manidae"),
        ("kolasisi pares benta", "huli sa bundok, 1,500 isa", "Loriculus philippensis"),
    ],
)
def test_names_of_the_round(engine: Engine, title: str, text: str, taxon: str) -> None:
    assert taxon in {t.name for t in _analyse(engine, title, text).taxa}


def test_houbara_hunted_by_the_falcon_offered_is_no_offer_of_houbara(engine: Engine) -> None:
    result = _analyse(engine, "sa2r 7or farkh lel bee3", "tarbiyat yad, yseed 7bara, bdoon jawaz")
    assert "Chlamydotis macqueenii" not in {t.name for t in result.taxa}


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        (
            "Kasuku wa Senegal wanauzwa",
            "pete zimefungwa, Ksh 45k kila mmoja",
            "Poicephalus senegalus",
        ),
        ("인별 해칭 분양합니다", "4마리, 서류 없음, 책임비 마리당 60만", "Geochelone elegans"),
        ("볼파 노멀 해칭 급분양", "2마리, 서류 없어서 싸게 5만 택포", "Python regius"),
        ("so7lefa masry lel bei3", "el wa7da b 600 geneh", "Testudo kleinmanni"),
    ],
)
def test_names_of_the_weak_languages_round(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    assert taxon in {t.name for t in _analyse(engine, title, text).taxa}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Harimau Malaya menang 2-1", "Gol kemenangan minit ke-90, stadium bergegar."),
        ("Collier en corail rouge de Tabarka", "perles de 6 mm, fermoir argent, 320 dinars"),
        ("Collana corallo di Torre del Greco", "sfere da 7 mm, chiusura oro, 420 euro"),
        ("Wakulima shambani", "Tunauza mahindi kutoka shambani, 50,000 kwa gunia"),
    ],
)
def test_everyday_words_of_the_round_name_nothing(engine: Engine, title: str, text: str) -> None:
    assert _analyse(engine, title, text).taxa == ()


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Струя сушёная, 10 шт", "по 25–30 г, Горный Алтай, без документов", "Moschus moschiferus"),
        ("Kayu tenggelam Gred A", "dari hutan Pahang, 200 gram, tiada permit", "Aquilaria"),
        ("반달 쓸개 건조 3개", "개당 50~70g, 직거래만", "Ursus thibetanus"),
        ("Spiralzahn 1,8 m aus Grönland", "unbearbeitet, ohne Unterlagen", "Monodon monoceros"),
    ],
)
def test_goods_named_by_their_trade_terms(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    assert taxon in {t.name for t in _analyse(engine, title, text).taxa}


def test_a_jet_of_water_is_no_musk(engine: Engine) -> None:
    assert _analyse(engine, "Насадка струя для душа", "мощная струя воды, 500 р").taxa == ()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Wie ein Elefant im Porzellanladen", "Kommentar: Der neue Trainer trat so auf."),
        ("Tak ada gading yang tak retak", "Opini: kebijakan baru ini perlu perbaikan."),
        ("Ne vendez pas la peau de l'ours", "Chronique : certains supporters la vendaient déjà."),
    ],
)
def test_idioms_name_no_animal(engine: Engine, title: str, text: str) -> None:
    assert _analyse(engine, title, text).taxa == ()
