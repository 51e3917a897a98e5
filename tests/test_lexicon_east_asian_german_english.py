"""Chinese, Japanese, Korean, Vietnamese, German and English names and traps.

The names come from `lexicon/data/names/east_asian_german_english_more.yaml` and the traps from
`lexicon/data/traps_east_asian_german_english.yaml`. The offers and everyday texts below were
written for this file (never copied from a corpus): offers name the new taxon; everyday texts
with the same words name nothing and do not read as wildlife trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("出售黄喉拟水龟苗，包活，价格私聊", "Mauremys mutica"),
        ("石龟苗一批，顺丰包邮，需要的私聊", "Mauremys mutica"),
        ("手养蓝黄金刚，已断奶，价格私聊", "Ara ararauna"),
        ("出售五彩金刚一只，会说话，包健康", "Ara macao"),
        ("葵花凤头幼鸟出售，可视频看鸟", "Cacatua galerita"),
        ("出售刚果灰鹦鹉，DNA证书齐全", "Psittacus erithacus"),
        ("鲟龙鱼新鲜到货，每斤80元，可送货", "Acipenseriformes"),
        ("膨鱼鳃一斤，正品，价格私聊", "Mobula"),
        ("海柳手串，老料，价格可议", "Antipatharia"),
        ("出售大叶紫檀手串，2.0，包邮", "Dalbergia"),
        ("超级老虎网纹蟒苗出售，价格私聊", "Malayopython reticulatus"),
        ("犀牛鬣蜥一对，成年，价格私聊", "Cyclura"),
        ("象牙丸实生苗，三年生，包邮", "Cactaceae"),
        ("帝冠仙人球老桩，价格私聊", "Obregonia denegrii"),
        ("ミナミイシガメのベビー、即購入OK", "Mauremys mutica"),
        ("ルリコンの雛、挿し餌中です、お問い合わせください", "Ara ararauna"),
        ("タイハクヨウムの若鳥を出品します", "Psittacus timneh"),
        ("ハリスホーク、手乗り、価格は応相談", "Accipitriformes"),
        ("블루앤골드 마카우 분양합니다, 가격 문의", "Ara ararauna"),
        ("구관조 분양, 말 잘해요, 가격 문의", "Gracula religiosa"),
        ("Bán cá sấu cửa sông giống, giá tốt, liên hệ zalo", "Crocodylus porosus"),
        ("Bán lan giả hạc rừng, giá tốt, ship toàn quốc", "Dendrobium"),
        ("Verkaufe Breitrandschildkröte, Nachzucht 2023, Preis VB", "Testudo marginata"),
        ("Verkaufe Elfenbeinkamm aus Nachlass, Preis VB", "Loxodonta africana"),
        ("Verkaufe Ballpython 0.1, Preis VB, nur Abholung", "Python regius"),
        ("Greenwing macaw for sale, hand-fed, DM for price", "Ara chloropterus"),
        ("Super tiger retic for sale, 4 ft, shipping available", "Malayopython reticulatus"),
        ("Harris hawk for sale, imprint, DM for price", "Accipitriformes"),
    ],
)
def test_new_name_is_found_as_its_taxon(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert taxon in {t.name for t in result.taxa}
    assert result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("超级老虎网纹蟒苗出售，价格私聊", "Panthera tigris"),
        ("鲟龙鱼新鲜到货，每斤80元，可送货", "Scleropages formosus"),
        ("象牙丸实生苗，三年生，包邮", "Loxodonta africana"),
        ("出售大叶紫檀手串，2.0，包邮", "Pterocarpus santalinus"),
        ("Super tiger retic for sale, 4 ft, shipping available", "Panthera tigris"),
        ("タイハクヨウムの若鳥を出品します", "Psittacus erithacus"),
    ],
)
def test_name_holding_another_name_is_not_read_as_that_taxon(
    engine: Engine, text: str, absent: str
) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert absent not in {t.name for t in result.taxa}


@pytest.mark.parametrize(
    "text",
    [
        "寺庙里的石龟雕像有几百年历史了，游客都来拍照",
        "金龙鱼食用油5升装特价，超市促销，先到先得",
        "出售玫瑰木色实木复合地板，每平米188元",
        "帝冠样式的建筑在台湾很常见，周末去参观了",
        "五彩金刚石耳钉，925银，包邮",
        "今天股市大涨，老虎证券开户送福利",
        "出售金丝猴奶糖，一袋五斤，包邮",
        "出售熊猫牌收音机，老物件，价格私聊",
        "スズキ ハヤブサ 2008年式 走行2万km 売ります",
        "帝冠様式の建物として有名な名古屋市役所を見学しました",
        "フクロウカフェに行ってきました、かわいかった",
        "ワニワニパニックのゲーム機を出品します",
        "ゴリラガラスのスマホ保護フィルム、送料無料",
        "ライオンの歯磨き粉、まとめ売り、即購入OK",
        "手作りのべっ甲飴を出品します、砂糖と水だけ",
        "크로커다일 레이디 원피스 팝니다, 택배 가능",
        "Tôi đi chợ với con gái, mua rau và thịt",
        "Cuối tuần đi chơi với con ở công viên, vui lắm",
        "Verkaufe Kommode in Elfenbein lackiert, Preis VB, Abholung",
        "Verkaufe Puma Turnschuhe, Größe 42, Preis VB",
        "Verkaufe Eulen-Deko aus Holz, Preis VB",
        "Kingwood Texas house for sale, 3 bed 2 bath",
        "Ray-Ban tortoise shell frames, like new, $60",
        "Elephant ear plants for sale, $15 each",
        "Parrot AR drone for sale, works great",
        "For sale: tortoise shell hair clip, $5",
    ],
)
def test_everyday_text_names_no_taxon(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert not result.taxa
    assert not result.wildlife_trade
