"""Genus names that are everyday words ("Pan" bread, "Manta" blanket, "Manis" sweet) are not
read as the genus when they stand alone, nor are names inside a company's registered name
("Tiger Brands Ltd", "PT Gajah Tunggal"), a venue's or a team's ("Mamba Lounge", "Tuko
Kings") or after a title ("Mzee Tembo"); binomials, common names
and goods still count."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Pan casero", "Pan casero de masa madre, 3 euros la pieza, envío a domicilio"),
        ("Pan, cast iron", "Pan cast iron 10 inch, barely used, $20"),
        ("Vendo manta de lana", "Manta de lana para cama doble, nueva, 25 dólares"),
        ("Manta xadrez", "Manta de sofá 2x2 m, R$ 60, entrego no centro"),
        ("Manis Manja Bakery", "Manis dan lembut, kue bolu Rp 50.000, WA 0812 3456 7890"),
        ("Chitra Fashion saree", "Chitra boutique silk saree, Rs 2500, WhatsApp 98765 43210"),
        ("Verkaufe Chinchilla", "2 Jahre alt, mit Käfig, 80 Euro"),
        ("Продам игрушку голубой кит", "300 руб"),
    ],
)
def test_an_everyday_word_alone_names_no_genus(engine: Engine, title: str, text: str) -> None:
    analysis = engine.analyse(ListingText("e", title, text))
    assert analysis.taxa == () and not analysis.wildlife_trade, analysis.taxa


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Manis javanica scales", "1 kg, WA 0812 3456 7890", "Manis javanica"),
        ("Pan troglodytes skull", "genuine, $900", "Pan troglodytes"),
        ("Chitra indica hatchling", "$300 shipped", "Chitra indica"),
        ("Manta ray gill plates", "dried, 500g, $200", "Mobula"),
    ],
)
def test_binomials_and_common_names_still_count(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    analysis = engine.analyse(ListingText("e", title, text))
    assert [t.name for t in analysis.taxa] == [taxon] and analysis.wildlife_trade


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Tiger Brands shares", "Tiger Brands Ltd results, price target R250"),
        ("Ban mobil bekas", "Ban PT Gajah Tunggal Tbk ukuran 185/65 R15, Rp 400.000"),
        ("Вакансия водитель", "ООО «Тигр» ищет водителя, зарплата 60000 руб"),
        ("老虎食品有限公司 招聘", "老虎食品有限公司招聘销售，月薪8000元"),
        ("Elefant GmbH Kinderwagen", "Kinderwagen von Elefant GmbH, 80 Euro"),
        ("Ristrutturazioni", "Falco Costruzioni srl: preventivi gratuiti, chiamare 333 1234567"),
        # venues and teams named after an animal
        ("Liga finals", "Agila ng Batangas vs. Tuko Kings, 6pm sa covered court, 50 pesos"),
        ("Ijumaa hii", "Mamba Lounge Mwenge: nyama choma na bendi live. Kiingilio 5000"),
        ("Hotel promo", "Book your stay at Hotel Tigre, rooms from $40, call 0991234567"),
        ("Makan malam", "Warung Harimau buka 24 jam, nasi goreng 15rb, WA 081234567"),
    ],
)
def test_a_company_named_after_an_animal_is_no_animal(
    engine: Engine, title: str, text: str
) -> None:
    analysis = engine.analyse(ListingText("c", title, text))
    assert analysis.taxa == () and not analysis.wildlife_trade, analysis.taxa


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        (
            "Tiger skin rug",
            "Real tiger skin, Tiger Trading Pty, WhatsApp +27 71 234 5678",
            "Panthera tigris",
        ),
        ("Baby Python for sale", "Python from Python Reptiles Ltd, $150", "Pythonidae"),
        ("Tiger Bone Wine", "Tiger Bone Wine 500ml for sale, 200 USD", "Panthera tigris"),
    ],
)
def test_a_seller_company_does_not_hide_the_goods(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    analysis = engine.analyse(ListingText("c", title, text))
    assert [t.name for t in analysis.taxa] == [taxon] and analysis.wildlife_trade


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("Figura", "Vendo figura de Leonardo, 20 euros", set()),
        ("Apartamento", "Vendo apartamento perto do Maracanã, 2 quartos, R$ 300 mil", set()),
        ("Pengolin scales, 2 kg", "DM me", {"Manidae"}),
        ("Baby Pengolin For Sale", "DM me", {"Manidae"}),
    ],
)
def test_a_capitalised_word_after_a_lower_case_one_is_a_name_not_a_typo(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    """Leonardo is one letter from leopardo, Maracanã from maracajá."""
    analysis = engine.analyse(ListingText("f", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("Habari", "Mzee Tembo amesema bei ya mahindi imepanda, shilingi 500", set()),
        ("Elternabend", "Frau Habicht kommt zum Elternabend, Kuchen 2 Euro", set()),
        ("Jual rumah", "Hubungi Pak Elang 0812 3456 7890, harga 500jt", set()),
        ("Casa", "Vendo casa, preguntar por Don León, 50.000 dólares", set()),
        ("Tembo wa kuuza", "Pembe za tembo, bei nafuu, piga 0712 345 678", {"Loxodonta africana"}),
    ],
)
def test_an_animal_word_after_a_title_is_a_person(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    analysis = engine.analyse(ListingText("p", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("ขายปลาอะโรวาน่าเงิน", "ตัวละ 500 บาท", set()),
        ("Baby tiger prawns", "fresh, $12/kg", set()),
        ("天然アイボリーの根付", "状態良好。DMで", {"Loxodonta africana"}),
    ],
)
def test_a_trap_reaching_past_a_name_unmakes_it(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    """A trap sharing most of a name's letters and reaching past it has the other sense; a
    trap inside a longer name does not."""
    analysis = engine.analyse(ListingText("t", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "taxon"),
    [
        ("Jual kulit macan dahan asli, Rp 50jt", "Neofelis nebulosa"),
        ("Cula badak jawa asli, hubungi WA 0812 3456 7890", "Rhinoceros sondaicus"),
    ],
)
def test_of_two_names_sharing_a_word_the_product_reading_yields(
    engine: Engine, title: str, taxon: str
) -> None:
    """ "kulit macan dahan" is clouded-leopard skin, not tiger skin ("kulit macan")."""
    analysis = engine.analyse(ListingText("o", title, ""))
    assert [t.name for t in analysis.taxa] == [taxon]


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("Bán cá sấu hoa cà", "giá tốt, liên hệ zalo 0901234567", {"Crocodylus porosus"}),
        ("Ăn tối ở nhà hàng Cá Sấu Hoa Cà", "món ngon, 500k", set()),
        ("Jual labi-labi", "harga nego", {"Amyda cartilaginea"}),
        ("Jual bunglon", "harga nego", set()),
        ("Tokay wine for sale", "1993 vintage, $80", set()),
        ("Vendo tortuga de caja", "precio a tratar", {"Terrapene"}),
    ],
)
def test_names_and_their_everyday_senses(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    """The restaurant chain is a trap only with its restaurant words; labi-labi is the wild
    Asiatic softshell of the soup trade; bunglon (garden lizards) names no listed taxon; Tokay
    wine is Hungarian."""
    analysis = engine.analyse(ListingText("n", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("出售西班牙雕塑一件", "价格私聊", set()),
        ("象牙雕刻摆件", "老象牙雕，价格私聊", {"Loxodonta africana"}),
        ("Selling tiger shark fins", "$200/kg, WhatsApp me", {"Carcharhinidae"}),
        ("Sand tiger shark tooth necklace", "$20", set()),
        ("Apartamento à venda em Recife, Pernambuco", "R$ 350 mil", set()),
        ("Arco de pernambuco para violino", "R$ 3000", {"Paubrasilia echinata"}),
        ("Botas de piel de avestruz", "talla 42, 150 euros", set()),
        ("Tour lặn ngắm san hô Nha Trang", "giá 500k", set()),
        ("Vendo loro barranquero", "criado a mano, precio a convenir", {"Cyanoliseus patagonus"}),
    ],
)
def test_coverage_review_fixes(engine: Engine, title: str, text: str, taxa: set[str]) -> None:
    """Spain (西班牙) runs into 牙雕; the tiger shark is a requiem shark, the sand tiger is not
    listed; Pernambuco is a state; ostrich leather is farmed; bare san hô is a reef to visit."""
    analysis = engine.analyse(ListingText("r", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("محاضرة", "الدكتور شاهين عبد الله يلقي محاضرة عن الاقتصاد، التذكرة 50 ريال", set()),
        (
            "للبيع شاهين بحري",
            "فرخ شاهين، السعر 20000 ريال، واتساب 0501234567",
            {"Falco peregrinus"},
        ),
        ("للبيع مسبحة يسر مقلدة", "السعر 50 ريال", set()),
    ],
)
def test_arabic_titles_and_feminine_negations(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    """Arabic has no capitals: a title before a falcon's name makes it a person's name."""
    analysis = engine.analyse(ListingText("ar", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("Dijual gitar akustik, kayu mahoni", "Gitar akustik body mahoni lokal, 650rb", set()),
        ("للبيع طاولة طعام خشب ماهوجني", "ستة كراسي، 3000 ريال", set()),
        (
            "Vendo tablones de caoba",
            "caoba de Petén, 3 m3, precio a tratar",
            {"Swietenia macrophylla"},
        ),
    ],
)
def test_plantation_mahogany_is_outside_the_listed_populations(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    """Only the Neotropical populations of big-leaf mahogany are listed."""
    analysis = engine.analyse(ListingText("m", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Habari", "Mwalimu Tembo amestaafu baada ya kufundisha miaka 35"),
        ("Msiba", "Mzee Joseph Tembo ameaga dunia, mazishi Jumamosi"),
        ("Karibu", "Familia ya Bw. Simba inawakaribisha wote"),
        ("Nafasi za kazi", "Kampuni ya Tembo Steel imetangaza nafasi za kazi, mshahara 500,000"),
    ],
)
def test_swahili_titles_and_companies(engine: Engine, title: str, text: str) -> None:
    """A title, perhaps with a given name, before an animal word makes it a person's name."""
    assert engine.analyse(ListingText("sw", title, text)).taxa == ()
