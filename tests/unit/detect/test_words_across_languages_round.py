"""What the rounds of code words and of words across languages showed: a code word yields to
the taxon a text names outright, a pet's name is no animal, a taxon a plant annotation leaves
out is not replaced by a guess, and everyday senses of names in several languages."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _analyse(engine: Engine, text: str, title: str = ""):
    return engine.analyse(ListingText(id="t", title=title, text=text))


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        (
            "Or blanc – civelles vivantes, arrivage Loire",
            "Civelles vivantes, 2 kg dispo, valise réfrigérée jusqu'à Madrid. 300 € le kilo.",
            ["Anguilla anguilla"],
        ),
        (
            "",
            "Se venden angulas vivas, «oro blanco» del Cantábrico, 5 kg, envío en maleta.",
            ["Anguilla anguilla"],
        ),
        # the code word alone still names ivory
        ("", "Or blanc brut, 3 kg, paiement comptant, envoi discret", ["Loxodonta africana"]),
    ],
)
def test_a_code_word_yields_to_the_taxon_named_outright(
    engine: Engine, title: str, text: str, taxa: list[str]
) -> None:
    assert [t.name for t in _analyse(engine, text, title).taxa] == taxa


@pytest.mark.parametrize(
    "text",
    [
        "Котик по кличке Тигр ищет дом, полосатый, кастрирован, 2 года. Бесплатно.",
        "Our cat named Tiger needs a new home, free to good family",
        "Uhuru, mbwa wetu anaitwa Simba, amepotea Kariakoo",
    ],
)
def test_a_pet_s_name_is_no_animal(engine: Engine, text: str) -> None:
    assert _analyse(engine, text).taxa == ()


def test_a_pet_s_name_leaves_the_animal_sold(engine: Engine) -> None:
    result = _analyse(engine, "Selling my ball python called Monty, $150 with tank")
    assert [t.name for t in result.taxa] == ["Python regius"]


def test_no_guess_replaces_a_taxon_its_annotation_leaves_out(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Chitarra classica, fasce e fondo in palissandro indiano, ottime condizioni.",
        "Chitarra classica in palissandro indiano",
    )
    assert result.taxa == ()
    assert "taxon_model" not in result.signals
    assert any("Dalbergia latifolia" in note for note in result.signals["not_covered"])


def test_goods_sold_with_papers_keep_the_taxon_and_the_annotation_s_caveat(
    engine: Engine,
) -> None:
    """A seller who ships a CITES certificate with a finished guitar treats it as covered;
    the analyst sees the taxon and that annotation #15 may leave it out."""
    result = _analyse(
        engine,
        "Chitarra classica, fasce e fondo in palissandro indiano, certificato CITES di "
        "riesportazione incluso. Ottime condizioni.",
        "Chitarra classica in palissandro indiano con CITES",
    )
    assert [t.name for t in result.taxa] == ["Dalbergia latifolia"]
    assert "taxon_model" not in result.signals
    assert any("#15" in note for note in result.signals["annotation"])


@pytest.mark.parametrize(
    "text",
    [
        "Spurgo fossa biologica e pozzi neri, intervento in giornata, preventivo da 150 €.",
        "Vendo terreno con fossa comune per irrigazione, 5000 euro",
        "Limpeza de fossa séptica, orçamento grátis, atendemos toda a região",
        "Avec cette victoire 2-0, le club reste dauphin du leader. Billets à 12 €.",
        "Уроки верховой езды: шаг, рысь, галоп. 2000 ₽ за час.",
        "Продаю Сайга-12К, отличное состояние, переоформление через ЛРО.",
        "Simba hybrid mattress, double, 14 months old, selling because we upgraded, £150",
        "4x Kasa smart plugs, work with Alexa, can post for £3 extra",
        "مؤسسة شاهين: نقل عفش داخل جدة، الأسعار من ٣٠٠ ريال",
        "Tembo wa kuchonga kutoka mti wa mwembe, urefu 40cm. TSh 60,000.",
        "ช้างแกะจากไม้สักทอง สูง 30 ซม. งานมือเชียงใหม่ 1,200 บาท",
        "Nuri macht jetzt auch sonntags auf! Döner 7,50 €, danke an alle Stammkunden",
        "I miei suoceri cambiano casa e loro vogliono tutto nuovo. Divano 80 euro.",
        "Jongoo bahari aina ya 'titi' mweusi (teatfish) kavu, kilo 100, USD 120 kwa kilo.",
    ],
)
def test_everyday_senses_name_nothing(engine: Engine, text: str) -> None:
    assert _analyse(engine, text).taxa == ()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Продаю шкуру рыси, 30000 ₽, доставка", "Lynx lynx"),
        ("fanak sgheer, 2 shhor, mn el sa7ra, bdoun awra2", "Vulpes zerda"),
        ("Vendo loro hablador, 300 euros, WhatsApp", "Amazona aestiva"),
        # Italian calls the Malagasy carnivore fossa too: a trap, not a false friend
        ("Vendo cucciolo di fossa del Madagascar, 3000 euro", "Cryptoprocta ferox"),
    ],
)
def test_the_names_themselves_still_read(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in [t.name for t in _analyse(engine, text).taxa]


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        # "خام" (raw) ends in the letters of أم, which before a name makes a place's name
        ("سن فيل خام", "سن فيل خام 12 كيلو، من السودان. التسليم في أسوان.", "Loxodonta africana"),
        # the bird eats feed ("makan voer"): no feed for sale
        (
            "Murai batu medan ekor panjang",
            "Murai batu medan ekor 27 cm, bahan hutan baru 2 minggu, sudah makan voer.",
            "Kittacincla malabarica",
        ),
        (
            "WC Biak GTP adults",
            "Pair of WC Biak GTPs, feeding on f/t, no CITES, cash only",
            "Morelia viridis",
        ),
        (
            "Breitrand aus Sardinien",
            "Zwei Breitrand-Babys aus dem Urlaub, keine Papiere",
            "Testudo marginata",
        ),
        (
            "Anak maias, Sarawak",
            "Anak maias betina lebih kurang 1 tahun, dari Sarawak.",
            "Pongo pygmaeus",
        ),
    ],
)
def test_local_and_hobby_names(engine: Engine, title: str, text: str, taxon: str) -> None:
    assert taxon in [t.name for t in _analyse(engine, text, title).taxa]


@pytest.mark.parametrize(
    "text",
    [
        "Jual voer murai batu, 1 kg 25rb",
        "Boîte de 50 sachets thé Éléphant tilleul menthe, neuve, 4 €",
        "Бинокль Беркут 10x50, в кейсе, почти новый, 3000 ₽",
        "苗栗石虎米，友善耕作，守護石虎棲地。3公斤裝。",
        "Niströhre für den Steinkauz aus Holz, mit Marderschutz, 45 €",
        "Makala: usiwe kasuku darasani, elewa unachosoma.",
        "فندق أم النمر في الرياض، غرف مزدوجة من 300 ريال",
    ],
)
def test_everyday_senses_of_the_local_names_round(engine: Engine, text: str) -> None:
    assert _analyse(engine, text).taxa == ()
