"""Names of listed plants the engine missed, and traps for their everyday senses.

The names come from `lexicon/data/names/plants_coverage.yaml` and the traps from
`lexicon/data/traps_plants.yaml`. The offers and everyday texts below were written for this
file (never copied from a corpus): offers name the new taxon; everyday texts with the same
words name nothing and do not read as wildlife trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Brazilian tulipwood blanks for sale, DM for price", "Dalbergia"),
        ("Продам палисандровый гриф для гитары, цена 5000 руб", "Dalbergia"),
        ("Продам доски палисандрового дерева, цена договорная", "Dalbergia"),
        ("Продам шкатулку из розового дерева, цена договорная", "Dalbergia"),
        ("Verkaufe Palisandergriffbrett, unbenutzt, Preis VB", "Dalbergia"),
        ("Verkaufe Palisandermöbel aus Nachlass, Preis VB", "Dalbergia"),
        ("ขายไม้กระพี้เขาควาย ราคาถูก สนใจทักแชท", "Dalbergia"),
        ("Sheesham wood dining table, solid, £450, collection only", "Dalbergia sissoo"),
        ("Shisham logs for sale, DM for price", "Dalbergia sissoo"),
        ("North Indian rosewood planks for sale, DM for price", "Dalbergia sissoo"),
        ("शीशम की लकड़ी का बेड, कीमत ₹25,000", "Dalbergia sissoo"),
        ("Verkaufe Sheeshamholz Esstisch, Preis VB", "Dalbergia sissoo"),
        ("シーシャム材のテーブルを出品します、価格は応相談", "Dalbergia sissoo"),
        ("出售中美洲黄檀原木，价格私聊", "Dalbergia granadillo"),
        ("코코볼로 원목 판매합니다, 가격 문의", "Dalbergia retusa"),
        ("브라질리언 로즈우드 지판 판매합니다, 가격 문의", "Dalbergia nigra"),
        ("Продам гриф из бразильского палисандра, цена договорная", "Dalbergia nigra"),
        ("Vendo tábua de jacarandá da baía, preço a combinar", "Dalbergia nigra"),
        ("인디안 로즈우드 통기타 판매합니다, 가격 문의", "Dalbergia latifolia"),
        ("Продам накладку из индийского палисандра, цена договорная", "Dalbergia latifolia"),
        ("Siam rosewood carving for sale, DM for price", "Dalbergia cochinchinensis"),
        ("Продам чётки из красного сандала, цена договорная", "Pterocarpus santalinus"),
        ("रक्तचंदन की लकड़ी बिक्री के लिए, कीमत ₹5,000", "Pterocarpus santalinus"),
        ("부빙가 상판 판매합니다, 가격 문의", "Guibourtia demeusei"),
        ("페르남부코 활 판매합니다, 가격 문의", "Paubrasilia echinata"),
        ("Продам смычок из фернамбука, цена договорная", "Paubrasilia echinata"),
        ("Продам мебель из красного дерева, цена 90000 руб", "Swietenia macrophylla"),
        ("للبيع خشب الماهوغاني الأصلي، السعر عند التواصل", "Swietenia macrophylla"),
        ("Продам хьюмидор из испанского кедра, цена договорная", "Cedrela odorata"),
        ("스패니시 시더 휴미더 판매합니다, 가격 문의", "Cedrela odorata"),
        ("イペ材のウッドデッキ材を出品します、価格は応相談", "Handroanthus"),
        ("出售重蚁木户外地板，价格私聊", "Handroanthus"),
        ("Wallapatta chips for sale, DM for price", "Gyrinops walla"),
        ("للبيع عود كلمنتاني طبيعي، السعر عند التواصل", "Aquilaria"),
        ("असली अगरवुड चिप्स बिक्री के लिए, कीमत ₹2,000", "Aquilaria"),
        ("캄보디아 침향 팔찌 판매합니다, 가격 문의", "Aquilaria crassna"),
        ("カンボジア産沈香を出品します、価格は応相談", "Aquilaria crassna"),
        ("인도 침향 원목 판매합니다, 가격 문의", "Aquilaria malaccensis"),
        ("Hong Kong incense tree seedlings for sale, DM for price", "Aquilaria sinensis"),
        ("出售牙香树老料，价格私聊", "Aquilaria sinensis"),
        ("出售長白山野山蔘，價格私聊", "Panax ginseng"),
        ("出售高麗蔘，整支，價格私聊", "Panax ginseng"),
        ("Verkaufe Wildginsengwurzel, getrocknet, Preis VB", "Panax ginseng"),
        ("出售威州花旗蔘，原枝，價格私聊", "Panax quinquefolius"),
        ("出售西洋蔘原枝，價格私聊", "Panax quinquefolius"),
        ("Продам корни американского женьшеня, цена договорная", "Panax quinquefolius"),
        ("Продам сушёную родиолу, цена договорная", "Rhodiola"),
        ("난초 분양합니다, 야생에서 채취, 가격 문의", "Orchidaceae"),
        ("Bán lan giáng hương rừng, giá tốt, liên hệ zalo", "Orchidaceae"),
        ("出售野生金线莲，福建，价格私聊", "Orchidaceae"),
        ("原種蘭を出品します、価格は応相談", "Orchidaceae"),
        ("Verkaufe Orchideensammlung, über 50 Pflanzen, Preis VB", "Orchidaceae"),
        ("デンドロビュームの原種を出品します、価格は応相談", "Dendrobium"),
        ("Продам каттлею, цена договорная", "Cattleya"),
        ("Vanilla vine cuttings for sale, DM for price", "Vanilla planifolia"),
        ("Verkaufe Kakteensammlung, über 200 Pflanzen, Preis VB", "Cactaceae"),
        ("Verkaufe Wildkakteen aus Mexiko, Preis VB", "Cactaceae"),
        ("페요테 선인장 판매합니다, 가격 문의", "Lophophora williamsii"),
        ("마밀라리아 판매합니다, 가격 문의", "Mammillaria"),
        ("스노드롭 구근 판매합니다, 가격 문의", "Galanthus"),
        ("ハエトリ草を出品します、価格は応相談", "Dionaea muscipula"),
        ("Ivy leaved cyclamen tubers for sale, DM for price", "Cyclamen hederifolium"),
    ],
)
def test_new_name_is_found_as_its_taxon(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert taxon in {t.name for t in result.taxa}
    assert result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "Orchid bark mix 5L for repotting, £6.99, free delivery",
        "Orchid pots with drainage holes, pack of 3, $12",
        "Moth orchid hybrid, supermarket, £9.99",
        "Dendrobium hybrid nobile type, nursery grown, $20",
        "Tom Ford Black Orchid eau de parfum 100ml, £150, boxed",
        "Radiant Orchid nail polish, £8",
        "Vanilla orchid body mist 250ml, $14",
        "Cactus soil 10L, £5.99, free delivery",
        "Moon cactus grafted, colourful, $6 each",
        "Prickly pear cactus pads, fresh nopales, $3/lb",
        "Siberian ginseng capsules 60 count, $12, free shipping",
        "Ginseng ficus bonsai, 10 years old, $45",
        "Macassar ebony wood veneer sheets, $60",
        "Philippine mahogany wood planks, $200",
        "Sago palm starch 1kg, $5",
        "Sheesham finish TV unit, £199",
        "Indoor cyclamen in 13cm pot, £4.99",
        "Ramin Djawadi soundtrack vinyl for sale, $30",
        "Terreau pour orchidées 5 L, 7,90 €, livraison gratuite",
        "Stratifié aspect palissandre, 15 € le m2",
        "Sustrato para orquídeas 5 litros, 8 euros, envío gratis",
        "Puerta color palisandro, 150 euros",
        "Apartamento à venda em Recife, Pernambuco, R$ 350 mil",
        "Ginseng brasileiro em cápsulas, R$ 30, frete grátis",
        "Terriccio per orchidee 5 litri, 7 euro, spedizione gratuita",
        "Cactus di Natale in vaso, 8 euro",
        "Tür in Palisander-Optik, 150 €",
        "Грунт для орхидей 5 л, 300 руб, доставка",
        "Ламинат цвет красного дерева, 500 руб за м2",
        "Палисандровый цвет стола, 7000 руб",
        "Сибирский женьшень элеутерококк, 300 руб",
        "兰花专用土5升，包邮，价格29元",
        "大果紫檀家具一套，价格私聊",
        "苏拉威西乌木筷子，包邮",
        "红木色复合地板，每平米128元",
        "紫杉醇注射液，价格私聊",
        "人参榕盆景，十年老桩，价格私聊",
        "金時人参 1袋 198円 送料別",
        "胡蝶蘭 3本立ち 開店祝い 税込22,000円 送料無料",
        "シャコバサボテン 5号鉢 1,980円",
        "マホガニーブラウンのヘアカラー 1,200円",
        "사군자 난초 그림 액자, 가격 5만원",
        "스노드롭 향수 50ml 판매, 가격 3만원",
        "Đất trồng xương rồng 5 lít, giá 30k, ship toàn quốc",
        "sâm núi Ngọc Linh loại 1, giá liên hệ, ship toàn quốc",
        "Biji mahoni kering 250 gram, harga 20rb, obat diabetes",
        "Parfum aroma gaharu 30 ml, harga 50rb",
        "ดินแคคตัส 5 ลิตร ราคา 60 บาท ส่งฟรี",
        "น้ำหอมกลิ่นไม้กฤษณา 30 มล ราคา 590 บาท",
        # nursery hybrids named by the word for orchid, not only by the genus
        "Phalaenopsis hybrid orchid in 12cm pot, white, 2 spikes, 12 euro, pickup only",
        "Hybrid orchids from our greenhouse, 3 for £20",
        "Orquídea híbrida en maceta, flor blanca, 15€",
        "Anggrek bulan hibrida siap berbunga, harga 75rb",
        "杂交兰花 年宵花 盆栽 88元",
        "กล้วยไม้ลูกผสม ราคา 150 บาท",
        "سجاد لون خشب الورد، 300 ريال",
        "باب بلون خشب الماهوغاني، 500 ريال",
    ],
)
def test_everyday_text_names_no_taxon(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert not result.taxa
    assert not result.wildlife_trade


def test_a_bare_root_orchid_is_a_live_plant(engine: Engine) -> None:
    text = "Wild-collected Paphiopedilum rothschildianum, bare root, ships worldwide"
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert [(t.name, t.product) for t in result.taxa] == [("Paphiopedilum rothschildianum", "live")]
