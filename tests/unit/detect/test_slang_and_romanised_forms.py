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
