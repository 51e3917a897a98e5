"""How far a negation reaches: a "not" before an article still cancels it ("not a replica"),
the body's first sentence says what a title's goods are made of ("Scarpe coccodrillo" over
"stampa cocco in similpelle"), and a negated word unmakes the same word read as another taxon
("python effect" and the title's "Python"). A name the body says again is judged where it is
said, so "heavy resin" in an agarwood listing does not unmake the agarwood."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Scarpe coccodrillo", "Scarpe eleganti, stampa cocco in similpelle, taglia 42."),
        ("Bolso de cocodrilo", "Piel sintética con grabado coco. Nuevo, 30 euros."),
        ("Python handbag", "Printed cowhide, python effect, brand new, 45 USD."),
        ("Sac python", "Cuir de vachette imprimé façon python, 60 EUR."),
    ],
)
def test_the_body_lead_negates_the_title(engine: Engine, title: str, text: str) -> None:
    analysis = engine.analyse(ListingText("n", title, text))
    assert analysis.taxa == () and not analysis.wildlife_trade, analysis.taxa


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Elephant ivory carving", "Hand carved. Not a replica, genuine old ivory. DM for price."),
        ("Netsuke", "Antique netsuke, this is not a resin copy but real ivory. PM me."),
        ("Pulsera marfil", "No es una imitación, marfil auténtico. Envío a todo el país."),
        ("Statuette ivoire", "Ce n'est pas une copie, ivoire véritable, 1950. 800 euros."),
        ("玳瑁手镯 天然", "天然玳瑁手镯，热针测试无塑料味。内径56，价格800元。"),
    ],
)
def test_a_cancelled_negation_keeps_the_offer(engine: Engine, title: str, text: str) -> None:
    analysis = engine.analyse(ListingText("o", title, text))
    assert analysis.taxa and analysis.wildlife_trade


def test_a_name_the_body_restates_is_judged_in_the_body(engine: Engine) -> None:
    analysis = engine.analyse(
        ListingText(
            "a",
            "Vietnamese agarwood chips - sinking grade",
            "Natural agarwood chips from Khanh Hoa, sinking grade, heavy resin. 100 g bags, "
            "ships by EMS.",
        )
    )
    assert [t.name for t in analysis.taxa] in (["Aquilaria"], ["Aquilaria crassna"])
    assert analysis.wildlife_trade


def test_a_body_lead_about_something_else_does_not_reach_past_its_sentence(
    engine: Engine,
) -> None:
    analysis = engine.analyse(
        ListingText(
            "b",
            "Tiger bone wine",
            "Old bottle, sealed, from the north. We also sell resin statues of other animals.",
        )
    )
    assert [t.name for t in analysis.taxa] == ["Panthera tigris"]


def test_a_title_name_negated_where_the_body_says_it_again(engine: Engine) -> None:
    analysis = engine.analyse(
        ListingText("r", "Rhino - big size", "Printed black rhino on cotton, 60 x 90 cm.")
    )
    assert analysis.taxa == (), analysis.taxa


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Té de diente de león orgánico, 100 g, 5 euros", []),
        ("Vendo piel de león, precio 3000", ["Panthera leo"]),
        ("ชุดลูกเสือ ไซส์ M ราคา 350 บาท", []),
        ("ขายลูกเสือโคร่ง ราคา 50000", ["Panthera tigris"]),
        ("Em đã bao giờ thấy chưa? giá 100k", []),
        ("Bán da báo thật, giá 50tr", ["Panthera pardus"]),
    ],
)
def test_words_that_only_look_like_animal_names(
    engine: Engine, text: str, expected: list[str]
) -> None:
    assert [t.name for t in engine.analyse(ListingText("w", text, "")).taxa] == expected


def test_adoption_for_a_fee_is_a_sale_and_a_symbolic_adoption_is_not(engine: Engine) -> None:
    sale = engine.analyse(
        ListingText("a", "For adoption: ball python female", "Rehoming fee 2,500, DM me")
    )
    assert sale.wildlife_trade and [t.name for t in sale.taxa] == ["Python regius"]
    gift = engine.analyse(
        ListingText("g", "Adopt a tiger", "Symbolic adoption gift pack with a plush toy, 25 USD")
    )
    assert not gift.wildlife_trade


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palo santo sticks x10, 12 USD", []),
        ("Muda de jacarandá mimoso 1 metro R$ 40", []),
        ("Violão de jacarandá da Bahia, R$ 9000", ["Dalbergia nigra"]),
        ("ขายไม้พะยูง ราคาถูก", ["Dalbergia cochinchinensis"]),
        ("ปรับปรุงบ้าน ราคา 5000 บาท", []),
    ],
)
def test_trees_and_incense_that_share_a_timber_name(
    engine: Engine, text: str, expected: list[str]
) -> None:
    assert [t.name for t in engine.analyse(ListingText("t", text, "")).taxa] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مكاك عمره 6 شهور، مطعم، السعر 3000", ["Macaca fascicularis"]),  # vaccinated
        ("Kima cha ng'ombe kilo 1, kima safi, bei 12000", []),  # minced beef
        ("Mawe ya matumbawe kwa ujenzi, lori moja", []),  # coral rag for building
        ("Попугайчик волнистый с клеткой, 1500 руб", []),  # a budgie
        ("Котёнок тигрового окраса, отдам", []),  # a tabby kitten
    ],
)
def test_everyday_senses_in_arabic_swahili_and_russian(
    engine: Engine, text: str, expected: list[str]
) -> None:
    assert [t.name for t in engine.analyse(ListingText("t", text, "")).taxa] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ขายเสื้อยืด ราคา 199 บาท", []),  # shirt, not tiger
        ("ผีเสื้อ สวยงาม ราคา 50", []),
        ("คลินิกสัตว์ ราคาถูก", []),  # clinic, not pangolin
        ("ขายหนังเสือ ราคา 50000", ["Panthera tigris"]),
        ("ขายเกล็ดตัวลิ่น ราคา 3000", ["Manidae"]),
        ("ขายเต่าราเดียตา ราคา 20000", ["Astrochelys radiata"]),  # tone mark left out
        ("กระดองเต่ากร่ะแท้ แผ่นใหญ่ ราคา 5000", ["Eretmochelys imbricata"]),  # one added
        ("ขายลูกชะนี ส่งรถทัวร์ได้ ราคา 15000", ["Hylobatidae"]),  # shipped by coach
    ],
)
def test_thai_tone_marks(engine: Engine, text: str, expected: list[str]) -> None:
    assert [t.name for t in engine.analyse(ListingText("t", text, "")).taxa] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bàn gỗ trám cũ giá 2tr", []),
        ("Nhận sửa đồ điện, giá rẻ", []),
        ("Nắp ấm siêu tốc thay thế, 30k", []),
        ("Bán gỗ sưa đỏ, giá 50tr", ["Dalbergia"]),
        ("Bán cây nắp ấm rừng, 100k", ["Nepenthes"]),
    ],
)
def test_vietnamese_words_that_fold_to_names(
    engine: Engine, text: str, expected: list[str]
) -> None:
    assert [t.name for t in engine.analyse(ListingText("t", text, "")).taxa] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rossetto color corallo - nuovo, 12 euro", []),
        ("Batom cor coral, novo, R$ 20", []),
        ("Vendo corallo rosso naturale, collana, 300 euro", ["Corallium japonicum"]),
    ],
)
def test_coral_the_colour(engine: Engine, text: str, expected: list[str]) -> None:
    assert [t.name for t in engine.analyse(ListingText("c", text, "")).taxa] == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Kemeja batik motif harimau", "Bahan katun, ukuran L. Rp 120.000"),
        ("Robe imprimé léopard", "Taille 38, très bon état. 15 €"),
        ("Vestido estampado de jaguar", "Talla M, usado una vez. 20 €"),
        ("Canvas print of a black rhino", "60x40 cm, ready to hang. $45"),
        ("Sarung bantal corak harimau", "Murah RM15"),
        ("بلوزة نقشة نمر", "بلوزة بطبعة جلد النمر مقاس M جديدة. 80 درهم."),
    ],
)
def test_a_pattern_word_negates_the_name_it_shows(engine: Engine, title: str, text: str) -> None:
    analysis = engine.analyse(ListingText("p", title, text))
    assert analysis.taxa == () and not analysis.wildlife_trade, analysis.taxa


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        (
            "Gelang sisik penyu asli",
            "Gelang sisik penyu asli, motif batik, warna madu. Rp 450.000",
            "Eretmochelys imbricata",
        ),
        (
            "Paruh rangkong ukiran asli",
            "Paruh rangkong gading ukiran asli, motif naga. Minat WA 0812 9876 5432",
            "Rhinoplax vigil",
        ),
        (
            "Perroquet gris du Gabon",
            "Bébé perroquet gris, motif de la vente : déménagement. 900 €",
            "Psittacus erithacus",
        ),
    ],
)
def test_a_pattern_word_beside_another_word_leaves_the_name(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    """The motif of a carving or a reason for sale is not the animal's pattern."""
    analysis = engine.analyse(ListingText("p", title, text))
    assert [t.name for t in analysis.taxa] == [taxon] and analysis.wildlife_trade


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("Vendo leone di peluche", "20 euro, come nuovo", set()),
        ("Leopardo di resina", "Statuetta, 30 euro", set()),
        ("Garing na pulseras", "Di peke, totoong garing. 5000 piso", {"Loxodonta africana"}),
    ],
)
def test_tagalog_di_cancels_only_a_tagalog_word(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    """Italian "di" (of) before a material is no Tagalog "di" (not)."""
    analysis = engine.analyse(ListingText("d", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text", "taxon", "trade"),
    [
        (
            "Rescatan 62 loros",
            "Agentes rescataron 62 loros escondidos en tubos de plástico dentro de maletas.",
            "Psittaciformes",
            False,
        ),
        (
            "Pangolin scales",
            "packed in plastic bags, 5 kg, WhatsApp +234 803 123 4567",
            "Manidae",
            True,
        ),
        ("穿山甲鳞片", "塑料袋包装, 5公斤, 微信", "Manidae", True),
        (
            "Jacarandá-da-bahia",
            "A Polícia Federal investiga tábuas de jacarandá-da-bahia com documentação falsa.",
            "Dalbergia nigra",
            False,
        ),
    ],
)
def test_plastic_of_a_container_and_false_papers_negate_no_goods(
    engine: Engine, title: str, text: str, taxon: str, trade: bool
) -> None:
    """Goods hidden in plastic tubes or sold with forged papers are still the goods."""
    analysis = engine.analyse(ListingText("c", title, text))
    assert [t.name for t in analysis.taxa] == [taxon] and analysis.wildlife_trade is trade


def test_forged_papers_read_as_no_papers(engine: Engine) -> None:
    analysis = engine.analyse(ListingText("c", "Ivory bangle", "with fake CITES permit, $900"))
    assert analysis.signals.get("no_papers") == ["fake"] and analysis.wildlife_trade


def test_a_plastic_animal_is_still_a_replica(engine: Engine) -> None:
    analysis = engine.analyse(ListingText("c", "Loro de plástico", "adorno de jardín, 5 euros"))
    assert analysis.taxa == ()


@pytest.mark.parametrize(
    ("title", "text", "permit"),
    [
        ("Vendo uma arara", "uma arara-azul, R$ 5000", False),
        ("Vendo guacamaya", "con papeles de UMA, 20000 pesos", True),
    ],
)
def test_an_acronym_that_is_an_everyday_word_counts_only_in_capitals(
    engine: Engine, title: str, text: str, permit: bool
) -> None:
    analysis = engine.analyse(ListingText("a", title, text))
    assert ("UMA" in analysis.signals.get("permit", [])) is permit


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("Zaino peluche panda", "25 euro", set()),  # "Zai-no" ends in "no"
        ("Canon sticker tiger", "$3", set()),  # "Ca-non"
        ("Vestito bambino costume da tigre", "15 euro", set()),  # "bambi-no"
        (
            "Sulcata tortoise for sale, comes with UVB lamp for tortoises",
            "Centrochelys sulcata, 25cm. $300",
            {"Centrochelys sulcata"},
        ),
        ("UVB lamp for tortoises", "100W, $30", set()),
    ],
)
def test_a_canceller_is_a_whole_word(engine: Engine, title: str, text: str, taxa: set[str]) -> None:
    """ "no", "non" cancel a negation only as words; an accessory that comes with the animal
    is no sign the animal is a toy."""
    analysis = engine.analyse(ListingText("w", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("For adoption po ang kakatua namin", "with minimal fee, pm", {"Psittaciformes"}),
        ("Kongkang untuk adopt", "fee RM200", {"Nycticebus"}),
        ("Adopt a tiger", "symbolic adoption pack, plush toy and certificate, donate $50", set()),
        ("Cerita seram", "Anak saya takut burung hantu dalam cerita seram, buku RM15", set()),
    ],
)
def test_an_adoption_asking_a_fee_is_a_sale(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    analysis = engine.analyse(ListingText("f", title, text))
    assert {t.name for t in analysis.taxa} == taxa


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Anak badak sumatera lahir",
            "Seekor anak badak sumatera lahir di Suaka Rhino, Way Kambas, menambah populasi.",
            "Dicerorhinus sumatrensis",
        ),
        (
            "Pangolins released",
            "Three pangolins rescued from traffickers were released at the sanctuary on Monday.",
            "Manidae",
        ),
        (
            "Liberan jaguar en santuario",
            "Un jaguar rescatado de un circo llegó al santuario de fauna de la provincia.",
            "Panthera onca",
        ),
    ],
)
def test_a_sanctuary_reports_on_real_animals(
    engine: Engine, title: str, text: str, expected: str
) -> None:
    """A sanctuary is where real animals are born, rescued and released: no replica word."""
    analysis = engine.analyse(ListingText("s", title, text))
    assert expected in [t.name for t in analysis.taxa]
