"""Reports of releases and seizures name their animals; a zoo's birth notice only mentions
them; plants raised from seed or in vitro are propagated, not replicas; a parcel's declared item
name is no replica either; and names sellers type on local platforms. Texts written for these
tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _read(engine: Engine, title: str, text: str) -> tuple[set[str], bool]:
    result = engine.analyse(ListingText(id="t", title=title, text=text, price=None))
    return {t.name for t in result.taxa}, result.wildlife_trade


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Receita Federal retém escamas de pangolim",
            "A Receita Federal apreendeu 12 kg de escamas de pangolim numa mala em Viracopos.",
            "Manidae",
        ),
        (
            "La LPO a relâché deux faucons pèlerins",
            "Soignés pendant six semaines, les deux faucons pèlerins ont été relâchés hier.",
            "Falco peregrinus",
        ),
        (
            "Il centro ha liberato un gufo reale",
            "Dopo le cure, il Centro Recupero ha liberato un gufo reale trovato ferito.",
            "Bubo bubo",
        ),
        (
            "Wieder ausgewildert",
            "Ein junger Uhu wurde nach der Pflege im Taunus wieder ausgewildert.",
            "Bubo bubo",
        ),
        # a seizure report's plastic is the goods' disguise, not a replica
        (
            "Customs: tusks hidden in plastic scrap",
            "Customs officers seized 1.2 tonnes of ivory hidden in a shipment of plastic scrap.",
            "Loxodonta africana",
        ),
        (
            "관세청, 상아 도장 적발",
            "관세청은 상아 도장 80여 점을 적발했다. 대부분 '플라스틱 공예품'으로 신고돼 있었다.",
            "Loxodonta africana",
        ),
    ],
)
def test_a_release_or_seizure_report_names_its_animals(
    engine: Engine, title: str, text: str, expected: str
) -> None:
    names, trade = _read(engine, title, text)
    assert expected in names
    assert not trade


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("动物园喜讯", "园方宣布，大熊猫妈妈顺利产下一只幼崽，母子平安，体重180克。"),
        ("서울대공원 소식", "서울대공원에서 레서판다 쌍둥이가 태어났다고 밝혔다. 곧 공개 예정."),
        ("Balita", "Isinilang ang isang binturong sa zoo ng Cebu, malusog ang mag-ina."),
    ],
)
def test_a_zoo_birth_notice_is_no_trade_and_names_nothing(
    engine: Engine, title: str, text: str
) -> None:
    assert _read(engine, title, text) == (set(), False)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Cycas revoluta da vivaio",
            "Cycas revoluta da riproduzione artificiale, vaso 24, con passaporto delle piante.",
            "Cycas revoluta",
        ),
        (
            "Mammillaria de vivero",
            "Mammillaria de vivero autorizado, reproducción por semilla, con permiso de exportar.",
            "Mammillaria",
        ),
        (
            "란봉옥 실생 분양",
            "란봉옥 실생 2년생, 인공증식 개체입니다. 해외 발송 시 CITES 서류 진행.",
            "Astrophytum myriostigma",
        ),
    ],
)
def test_propagated_plants_are_a_legal_trade(
    engine: Engine, title: str, text: str, expected: str
) -> None:
    names, trade = _read(engine, title, text)
    assert expected in names
    assert trade


def test_the_item_name_written_on_the_parcel_is_no_replica(engine: Engine) -> None:
    names, trade = _read(
        engine,
        "マッコウクジラの歯 彫刻",
        "マッコウクジラの歯の彫刻、長さ9cm。書類なし。品名は「樹脂の置物」で発送します。",
    )
    assert "Physeter macrocephalus" in names and trade


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("khai luk suea lai mek 3 duean, chueang, mai mee bai, rap eng", "Neofelis nebulosa"),
        ("waen khon chang pa thae, sen yai, song EMS", "Elephas maximus"),
        ("Dijual paruh rangkok gading utuh, merah, nego", "Rhinoplax vigil"),
        ("Vendo kotorra argentina habladora con jaula, 60 euros", "Myiopsitta monachus"),
        ("Dent de cachalo sculptée, 11 cm, sans papiers, 300 euros", "Physeter macrocephalus"),
        ("Bán dắn hổ mang chúa 4m, ngâm rượu, giá thương lượng", "Ophiophagus hannah"),
    ],
)
def test_names_as_sellers_type_them(engine: Engine, text: str, expected: str) -> None:
    names, _ = _read(engine, "", text)
    assert expected in names


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Paket tur penyu Bali", "Paket tur ke pusat konservasi penyu: lihat tukik, 150rb/orang."),
        ("缅因猫 公猫", "赛级缅因猫，8个月，已经是大猫体型，疫苗齐全，签合同。"),
        ("Cho thue nha vuon", "Cho thue nha vuon o Can Tho, 3 phong, gia 5 trieu/thang."),
        # a trap that reads on from a name's last word takes it: capsules, a beetle
        ("Red ginseng capsules", "Korean red ginseng capsules, 60 pcs, sealed, $20"),
        ("Beetles", "Black rhino beetle live, 2 males, 20 USD each"),
        # Swahili kima is a monkey (no species named) or minced meat, not the giant clam
        ("Habari za kijiji", "Kima watatu wameonekana kwenye shamba la mahindi la kijiji."),
    ],
)
def test_everyday_posts_name_nothing(engine: Engine, title: str, text: str) -> None:
    names, _ = _read(engine, title, text)
    assert names == set()


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # annotation #15 leaves finished instruments out; a seller who ships papers with them
        # (or says they have none) treats them as covered, and so does the analyst
        (
            "Chitarra in palissandro indiano con CITES",
            "Chitarra classica, fondo e fasce in palissandro indiano, certificato CITES incluso.",
            "Dalbergia latifolia",
        ),
        (
            "Grenadill clarinet blanks",
            "African blackwood clarinet blanks, air dried, no CITES paperwork, $40 each.",
            "Dalbergia melanoxylon",
        ),
        # the seed is in the nursery licence's name, not the goods
        (
            "红豆杉盆景",
            "红豆杉盆景 人工培植 苗圃有林木种子生产经营许可证 高50cm ¥300",
            "Taxus chinensis",
        ),
        # "yew bonsai" yields to the yew the text names
        (
            "Yew bonsai",
            "Himalayan yew bonsai (Taxus wallichiana), nursery grown, 110 USD.",
            "Taxus wallichiana",
        ),
    ],
)
def test_papered_and_named_plant_goods_keep_their_taxon(
    engine: Engine, title: str, text: str, expected: str
) -> None:
    names, trade = _read(engine, title, text)
    assert names == {expected}
    assert trade


def test_finished_goods_without_papers_stay_outside_the_listing(engine: Engine) -> None:
    """Annotation #3: red ginseng capsules packaged for retail are no CITES specimens."""
    title, text = "Korean red ginseng capsules", "Capsules of Korean red ginseng, 60 pcs. 20 USD"
    assert _read(engine, title, text)[0] == set()


def test_a_listing_s_plastic_still_negates(engine: Engine) -> None:
    """An offer is no report: its "plastic" says what the goods are."""
    names, _ = _read(engine, "Plastic elephant tusks", "Plastic ivory-look tusks, decor, $20")
    assert names == set()


def test_arabizi_not_cancels_the_fake(engine: Engine) -> None:
    names, _ = _read(engine, "sebha 3aj", "sebha 3aj asli 33 7abba, mosh plastic wala 3a'zm.")
    assert names == {"Loxodonta africana"}
