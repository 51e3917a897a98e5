"""Names written by ear: letters that sound alike (b/v, c/s, gua/wa), a silent letter left out
(a final French t, the c of cq, the h of th before a vowel, one of two vowels), also inside a
name of two or three words whose misspelled word starts with another letter. Texts written for
these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.derived_terms import diminutives
from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.fuzzy_names import plausible_typo, same_by_ear
from wildtrace.domain.analysis import Analysis
from wildtrace.textnorm.deobfuscate import deobfuscate
from wildtrace.textnorm.normalise import normalise
from wildtrace.textnorm.thai_slips import thai_slips
from wildtrace.textnorm.vni_keys import vni_keys


def _analyse(engine: Engine, text: str, title: str = "", price: float | None = None) -> Analysis:
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


def _names(result: Analysis) -> list[str]:
    return [t.name for t in result.taxa]


@pytest.mark.parametrize(
    ("token", "word"),
    [("vavilla", "babilla"), ("wacamaya", "guacamaya"), ("sinzento", "cinzento")],
)
def test_letters_that_sound_alike_read_as_the_word(token: str, word: str) -> None:
    assert same_by_ear(token, word)


@pytest.mark.parametrize(("token", "word"), [("chama", "shama"), ("cloth", "sloth")])
def test_short_words_are_not_read_by_ear(token: str, word: str) -> None:
    assert not same_by_ear(token, word)


@pytest.mark.parametrize(
    ("token", "word"),
    [
        ("elephan", "elephant"),
        ("greque", "grecque"),
        ("pantere", "panthere"),
        ("tortise", "tortoise"),
    ],
)
def test_a_silent_letter_left_out_is_a_typo_by_ear(token: str, word: str) -> None:
    assert plausible_typo(token, word)


@pytest.mark.parametrize(
    ("token", "word"),
    [("panda", "pandai"), ("manul", "manual"), ("avvolti", "avvoltoi"), ("slots", "sloths")],
)
def test_other_dropped_letters_are_other_words(token: str, word: str) -> None:
    assert not plausible_typo(token, word)


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Vendo papagaio sinzento africano com 4 anos, sem papéis. 900€", "Psittacus erithacus"),
        ("Je recherche une tortue greque adulte, avec ou sans papiers.", "Testudo graeca"),
        ("Peau de pantère complète avec la tête, 750 000 F CFA.", "Panthera pardus"),
        ("Se vende carne de vavilla seca y salada, $35.000 el kilo.", "Caiman crocodilus"),
        ("Paire de défences d'éléphan sculptées, pas de papiers, 2800 €.", "Loxodonta africana"),
    ],
)
def test_names_written_by_ear_are_found(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _names(_analyse(engine, text))


@pytest.mark.parametrize(
    "text",
    [
        "Kakaktua jambul kuning jinak, pandai cakap. RM 4,500.",
        "Filhote de sagui, chama no zap, R$ 350.",
        "Sac à main façon python imprimé, cuir de vachette, 70 €.",
    ],
)
def test_everyday_words_near_a_name_are_not_read_as_it(engine: Engine, text: str) -> None:
    names = _names(_analyse(engine, text))
    assert not {"Ailuropoda melanoleuca", "Kittacincla malabarica", "Falconiformes"} & set(names)


# --- Spanish and Portuguese diminutives -----------------------------------------------------


def test_diminutives_follow_the_spelling_of_the_stem() -> None:
    assert diminutives("tartaruga", "pt") == ["tartaruguinha", "tartaruguinhas"]
    assert diminutives("macaco", "pt") == ["macaquinho", "macaquinhos"]
    assert diminutives("motelo", "es") == ["motelito", "motelitos"]
    assert diminutives("oso", "es") == []  # osito: a teddy bear
    assert diminutives("tigre", "es") == []
    assert diminutives("motelo", "fr") == []


def test_a_diminutive_of_a_name_is_found(engine: Engine) -> None:
    result = _analyse(engine, "Vendo motelitos bebes, comen platano y papaya. S/ 60 cada uno.")
    assert "Chelonoidis denticulatus" in _names(result)


def test_a_word_near_a_diminutive_is_no_name(engine: Engine) -> None:
    result = _analyse(engine, "Borsa in tessuto leopardato, nuova con cartellino, 35 €.")
    assert "Panthera pardus" not in _names(result)


# --- one-word names written as two words ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Suche einen zahmen Grau Papagei, auch ohne Papiere.", "Psittacus erithacus"),
        ("Gelbhauben Kakadu, handzahm, 1500 €", "Cacatua galerita"),
        ("Armreif aus Elfen-bein, alt, 300 €", "Loxodonta africana"),
    ],
)
def test_a_one_word_name_split_in_two_is_found(engine: Engine, text: str, taxon: str) -> None:
    result = _analyse(engine, text)
    assert taxon in _names(result)
    match = next(t for t in result.taxa if t.name == taxon)
    assert "misspelled_common" in match.evasion


def test_two_words_whose_join_names_another_taxon_stay_apart(engine: Engine) -> None:
    # tortoiseshell is the hawksbill; a "tortoise shell" alone is a tortoise's
    result = _analyse(engine, "Tortoise shell found in the garden, for a school project, £5.")
    assert "Eretmochelys imbricata" not in _names(result)


# --- Thai, Russian, Malay and Vietnamese typed by ear or without the input method -----------


def test_thai_slips_include_l_for_r_and_the_vowel_ae_typed_as_e() -> None:
    slips = thai_slips("นอแรด")
    assert "นอแลด" in slips  # ร said as ล
    assert "นอเรด" in slips and "นอเเรด" in slips  # แ typed as เ or as two เ
    assert "เกร็ดนิ่ม" in thai_slips("เกล็ดนิ่ม")  # ล written as ร


def test_vni_digits_are_dropped_from_vietnamese_words() -> None:
    view = deobfuscate(normalise("Cao ho63 co61t nguyen chat 100g"))
    assert view.text == "cao ho cot nguyen chat 100g"
    assert view.tactics_in(4, 10) == {"misspelled_common"}
    assert vni_keys("ba1n h264 4x4") == []  # leet, a codec, a car


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Cao ho63 co61t na61u chua63n 100g/banh, ai can ib", "Panthera tigris"),
        ("เกร็ดนิ่มแท้จากป่า ขายส่งกิโลละ 9,000 บาท", "Manidae"),
        ("นอเรดแท้ 100% น้ำหนัก 320 กรัม ขูดผงได้", "Rhinocerotidae"),
        ("Продаю медвежью жолчь, 5 пузырей, цена за штуку.", "Ursidae"),
        ("Hempedu berwang asli hutan, RM600 sebiji", "Ursidae"),
        ("Kukan anakan jinak, 750rb, bisa antar Bogor", "Nycticebus"),
    ],
)
def test_names_typed_by_ear_in_asian_languages_and_russian(
    engine: Engine, text: str, taxon: str
) -> None:
    assert taxon in _names(_analyse(engine, text))


def test_an_indonesian_word_ending_in_ng_is_no_name_without_it(engine: Engine) -> None:
    assert not _analyse(engine, "Nonton bareng film Lutung Kasarung, tiket 35rb").taxa
