"""Talk of a ban is no offer; wildlife watching and toys are no animal for sale."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def analyse(engine: Engine, text: str) -> tuple[bool, set[str]]:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    return result.wildlife_trade, {t.name for t in result.taxa}


@pytest.mark.parametrize(
    "text",
    [
        "Nyama na mafuta ya nguva hayaruhusiwi kuuzwa sokoni.",
        "It is illegal to sell ivory in the UK since 2022.",
        "Dilarang menjual kura-kura moncong babi",
        "Bawal ibenta ang pawikan",
        "禁止出售象牙制品",
        "Cấm bán sừng tê giác",
        "ห้ามขายงาช้าง",
        "Запрещено продавать шкуры тигра",
        "ممنوع بيع العاج",
        "Kontena la magogo ya mpingo lazuiliwa bandarini",
    ],
)
def test_talk_of_a_ban_is_no_trade_but_names_the_taxon(engine: Engine, text: str) -> None:
    trade, taxa = analyse(engine, text)
    assert not trade
    assert taxa


def test_a_seller_who_names_the_ban_still_sells(engine: Engine) -> None:
    trade, taxa = analyse(engine, "Illegal to sell? Not here. Rhino horn, DM me 0812345678")
    assert trade
    assert taxa == {"Rhinocerotidae"}


@pytest.mark.parametrize(
    "text",
    [
        "Donsol butanding watching 2D1N: hotel, boat, guide. 3,800 per pax",
        "Whale shark swimming tour Oslob 1500 pesos",
        "Avistamiento de ballenas jorobadas en Puerto Vallarta, 900 pesos por persona",
        "Seti ya midoli 12 ya wanyama: simba, tembo, kifaru. Bei 18,000",
    ],
)
def test_watching_tours_and_toys_name_no_animal_for_sale(engine: Engine, text: str) -> None:
    trade, taxa = analyse(engine, text)
    assert not trade
    assert not taxa


@pytest.mark.parametrize(
    "text",
    [
        "รีวิวศูนย์อนุรักษ์ช้าง เชียงใหม่ ไม่ขี่ช้าง ราคา 2500 บาท",
        "Elephant riding tour Chiang Mai, 1500 baht per person",
    ],
)
def test_rides_and_sanctuaries_name_no_animal_for_sale(engine: Engine, text: str) -> None:
    trade, taxa = analyse(engine, text)
    assert not trade
    assert not taxa


def test_a_baby_elephant_for_sale_is_still_one(engine: Engine) -> None:
    assert analyse(engine, "Baby elephant for sale, DM") == (True, {"Loxodonta africana"})


@pytest.mark.parametrize(
    ("text", "trade", "taxa"),
    [
        # "not X or resin": the "not" reaches over the list
        (
            "เขี้ยวลายแท้ของเก่า เลี่ยมทอง ไม่ใช่เขี้ยวหมูป่าหรือเรซิ่น สนใจทักแชท",
            True,
            {"Panthera tigris"},
        ),
        # "кормим" (we feed) is no "корм" (pet food)
        (
            "Котёнок манула, нашли в степи, кормим из шприца. Отдам за 150 000",
            True,
            {"Otocolobus manul"},
        ),
        # Portuguese "feira livre" is a street market, not a French book
        (
            "Polícia Ambiental resgata arara-azul em feira livre; vendedor autuado",
            False,
            {"Anodorhynchus hyacinthinus"},
        ),
        ("دبدوب كبير 🐻 هدية عيد الحب، فرو ناعم، 150 ريال", False, set()),
        ("قميص المنتخب الجزائري، شعار الفنك على الصدر، توصيل 58 ولاية", False, set()),
        (
            "حجزت عناصر المياه والغابات بمراكش 40 حرباء حية لدى عطار، "
            "وأحيل الملف على النيابة العامة",
            False,
            {"Chamaeleonidae"},
        ),
    ],
)
def test_what_a_negation_reaches(engine: Engine, text: str, trade: bool, taxa: set[str]) -> None:
    assert analyse(engine, text) == (trade, taxa)


def test_a_report_quoting_the_ad_is_still_a_report(engine: Engine) -> None:
    text = (
        "Man jailed for selling slow lorises on a messaging app. Prosecutors said his posts "
        "read 'ready now, PM for price'."
    )
    assert analyse(engine, text) == (False, {"Nycticebus"})


def test_agarwood_beside_gyrinops_is_gyrinops(engine: Engine) -> None:
    text = "Gaharu budidaya Gyrinops NTB, dokumen lengkap, harga 2jt"
    assert analyse(engine, text) == (True, {"Gyrinops"})


def test_a_leopard_look_is_no_leopard(engine: Engine) -> None:
    text = "Two Bengal kittens, wild 'leopard' look with clear rosettes, TICA papers, $1,200"
    assert analyse(engine, text)[1] == set()


def test_pm_for_the_price_in_malay_makes_an_offer(engine: Engine) -> None:
    text = "Ada seekor kuang raya jantan, ditangkap pakai jerat di Pahang. PM harga."
    assert analyse(engine, text) == (True, {"Argusianus argus"})
