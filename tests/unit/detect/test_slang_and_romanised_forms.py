"""Trade slang read beside its trade words, keepers' short forms, romanised and misspelled
names, and the everyday senses of such words (unlisted pet parrots, a club, a street)."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def names(engine: Engine, text: str) -> list[str]:
    return sorted(t.name for t in engine.analyse(ListingText(id="t", title="", text=text)).taxa)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("正宗甲片500克，已炮制（砂烫），通乳下奶效果好。微信私聊", ["Manidae"]),
        ("老料白件手镯一对，内径56，横截面人字纹清楚", ["Loxodonta africana"]),
        ("Ping-pong eggs fresh, 100 pcs, galing sa beach sa Tawi-Tawi. P30 each.", ["Cheloniidae"]),
        ("متوفر لحم عروس البحر طازج وزيتها للعلاج", ["Dugong dugon"]),
        ("산군 뼈로 달인 고 한 덩이 200g, 가격 협의", ["Panthera tigris"]),
        ("설카 암컷 20cm 이상 구해요. 서류 없어도 상관없어요.", ["Centrochelys sulcata"]),
        ("Shkura irbisa, polnaya, dlina 2.1 m. Tol'ko ser'eznym pokupatelyam.", ["Panthera uncia"]),
        ("qarn 5arteet asli, wazno 800 gram, men afreeqya. lel jaddeen.", ["Rhinocerotidae"]),
        ("Old carved walrus ivery cribbage board, 14in, no papers. $400", ["Odobenus rosmarus"]),
    ],
)
def test_slang_and_spellings_name_the_taxon(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "美甲甲片 30片 包邮",
        "فستان عروس البحر للحفلات، مقاس ٣٨",
        "Vẹt yến phụng 🦜 con tách tổ, nhiều màu, 80k/cặp",
        "ค็อกคาเทล🦜 ลูกป้อน เชื่องมาก หน้าเหลือง 1200 บาท",
        "Nymphensittich 🦜 Hahn, handzahm, 60 €",
        "🐯💛💙 ¡Tigres gana 3-1 y se mete a la final! #TigresUANL",
        "Tour 1 ngay Nha Trang: thap Tram Huong, tam bien Tran Phu. Gia tron goi.",
        "Obedennyi stol, cvet slonovoi kosti, MDF, 120x80. Novyi, v upakovke.",
        "Opini: banyak kameleon politik yang pindah partai menjelang pemilu.",
        "パイソン（Python）で学ぶデータ分析入門。Pandasとグラフの描き方まで。",
        "Igrushka krokodil Gena, rezina, SSSR, 70-e.",
    ],
)
def test_everyday_senses_name_nothing(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


def trade(engine: Engine, text: str) -> bool:
    return engine.analyse(ListingText(id="t", title="", text=text)).wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "不卖的哈，就是晒一下我的老犀角杯🤣 真要喜欢的话……也不是不能聊，诚意价私信。",
        "ไม่ขายนะครับ แค่อวด กำไลปะการังดำแท้ แต่ถ้าใครให้ราคาดีๆ ก็คุยกันได้ 😁",
        "Hindi po for sale yung pawikan shell. Pero kung may mag-offer ng 50k, pag-iisipan ko",
        "Not for sale really, my grandad's tiger claws. Unless the price is right, DM me.",
    ],
)
def test_a_hedged_denial_still_offers(engine: Engine, text: str) -> None:
    assert trade(engine, text)


def test_a_plain_denial_is_no_offer(engine: Engine) -> None:
    assert not trade(engine, "Not for sale, just showing my grandad's old tiger claw necklace.")


@pytest.mark.parametrize(
    "text",
    [
        "熊猫外卖满50减20券三张，这周内有效，低价转。",
        "Энергетический напиток «Носорог» 0,5 л, Энергетик «Носорог» оптом",
    ],
)
def test_brands_name_nothing(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("", "Jalak bali penangkaran, lengkap dengan surat keterangan asal usul."),
        ("", "Contact Tran for details about the apartment, 3 rooms, $450"),
        ("", "LES LIONS DE L'ATLAS EN DEMI !!! Bounou le mur, Hakimi le boss"),
        ("Jellycat restock 🧸 pangolin + sloth", "Bashful sloth £25\nRupert rhino £22"),
        ("", "FRESH 🐅 6 hour session on this japanese tiger back piece, healing nicely"),
        ("", "Мой Тигр опять залез на холодильник и орёт 😹🐯 #кот #котики"),
        ("", "Нож, рукоять из мамонтовой кости (бивень, Якутия, с документами). 14 500 ₽"),
    ],
)
def test_words_that_only_look_like_wildlife(engine: Engine, title: str, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    assert [t.name for t in result.taxa if t.name != "Leucopsar rothschildi"] == []


def test_python_in_vietnamese_needs_its_marks(engine: Engine) -> None:
    assert names(engine, "Bán trăn, 3 con, giá 2tr, ship COD") == ["Pythonidae"]
