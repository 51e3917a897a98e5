"""Reptile and amphibian names the engine missed, and the traps for their other senses.

The names come from `lexicon/data/names/herps_coverage.yaml` and the traps from
`lexicon/data/traps_herps.yaml`. The offers and everyday texts below were written for this file
(never copied from a corpus): offers name the new taxon; everyday texts with the same words, or
with look-alike unlisted pets, name nothing and do not read as wildlife trade.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        # tortoises
        ("ขายเต่าอินเดียนสตาร์ ลูกเต่า 2 นิ้ว ราคาถูก สนใจทักแชท", "Geochelone elegans"),
        ("ขายเต่าสตาร์พม่า ตัวเมีย ราคาถูก สนใจทักแชท", "Geochelone platynota"),
        ("그리스육지거북 분양합니다, 가격 문의", "Testudo graeca"),
        ("Vendo tartaruga-moura juvenil, preço a combinar", "Testudo graeca"),
        ("헤르만거북 해츨링 분양합니다, 가격 문의", "Testudo hermanni"),
        ("ホルスフィールドリクガメのベビーを出品します", "Testudo horsfieldii"),
        ("エジプトリクガメのベビーを出品します、価格は応相談", "Testudo kleinmanni"),
        ("이집트 육지거북 분양합니다, 가격 문의", "Testudo kleinmanni"),
        ("Продам египетскую черепаху, цена договорная", "Testudo kleinmanni"),
        ("Verkaufe Ägyptische Landschildkröte, Nachzucht, Preis VB", "Testudo kleinmanni"),
        ("フチゾリリクガメのCBベビー、即購入OK", "Testudo marginata"),
        ("Продам окаймлённую черепаху, самка, цена договорная", "Testudo marginata"),
        ("거미거북 분양합니다, 가격 문의", "Pyxis arachnoides"),
        ("出售扁尾陆龟一只，价格私聊", "Pyxis planicauda"),
        ("옐로우풋 육지거북 분양합니다, 가격 문의", "Chelonoidis denticulatus"),
        ("ขายเต่าขาเหลือง ตัวใหญ่ ราคาถูก สนใจทักแชท", "Chelonoidis denticulatus"),
        ("出售加拉巴哥象龜苗，價格私訊", "Chelonoidis niger"),
        ("出售豹纹陆龟苗，包活，价格私聊", "Stigmochelys pardalis"),
        ("Продам шпорную черепаху, 3 года, цена договорная", "Centrochelys sulcata"),
        ("알다브라코끼리거북 분양합니다, 가격 문의", "Aldabrachelys gigantea"),
        ("出售几何陆龟，价格私聊", "Psammobates geometricus"),
        ("出售黑靴陆龟苗，包活，价格私聊", "Manouria emys"),
        # freshwater turtles
        ("出售布氏闭壳龟一只，价格私聊", "Cuora bourreti"),
        ("Cogwheel turtle for sale, captive bred, DM for price", "Heosemys spinosa"),
        ("ขายเต่าบัว ตัวโต ราคาถูก สนใจทักแชท", "Heosemys annandalii"),
        ("Jual kura-kura gading, ukuran 20 cm, harga nego", "Orlitia borneensis"),
        ("出售马来巨龟苗，价格私聊", "Orlitia borneensis"),
        ("River terrapin hatchlings for sale, DM for price", "Batagur baska"),
        ("Narrow-headed softshell turtle for sale, DM for price", "Chitra"),
        ("Giant softshell turtle for sale, DM for price", "Pelochelys"),
        ("Verkaufe Waldbachschildkröte 1.0, Preis VB", "Glyptemys insculpta"),
        ("Verkaufe Tropfenschildkröten, Nachzucht 2024, Preis VB", "Clemmys guttata"),
        ("Verkaufe Amerikanische Sumpfschildkröte, Preis VB", "Emydoidea blandingii"),
        ("À vendre tortue-boîte adulte, prix à débattre", "Terrapene"),
        ("Vendo tartaruga-de-caixa, preço a combinar", "Terrapene"),
        ("Продам коробчатую черепаху, цена договорная", "Terrapene"),
        ("Продам бахромчатую черепаху матамата, цена договорная", "Chelus fimbriata"),
        # sea turtles
        ("붉은바다거북 박제 팝니다, 가격 문의", "Caretta caretta"),
        ("Kemp's ridley shell for sale, DM for price", "Lepidochelys kempii"),
        ("Jual penyu pipih, harga nego, WA", "Natator depressus"),
        ("장수거북 등껍질 팝니다, 가격 문의", "Dermochelys coriacea"),
        # crocodilians
        ("나일악어 가죽 가방 팝니다, 가격 문의", "Crocodylus niloticus"),
        ("바다악어 가죽 벨트 팝니다, 가격 문의", "Crocodylus porosus"),
        ("샴악어 새끼 분양합니다, 가격 문의", "Crocodylus siamensis"),
        ("出售美洲鳄皮，价格私聊", "Crocodylus acutus"),
        ("Verkaufe Sumpfkrokodil-Schädel, Preis VB", "Crocodylus palustris"),
        ("キューバワニの剥製を出品します", "Crocodylus rhombifer"),
        ("Продам тупорылого крокодила, цена договорная", "Osteolaemus tetraspis"),
        ("양쯔강악어 분양합니다, 가격 문의", "Alligator sinensis"),
        ("Verkaufe Mohrenkaiman, Preis VB", "Melanosuchus niger"),
        # snakes
        ("À vendre python molure de Birmanie albinos, prix à débattre", "Python bivittatus"),
        ("Verkaufe Heller Tigerpython, Preis VB", "Python molurus"),
        ("Продам индийского питона, цена договорная", "Python molurus"),
        ("للبيع ثعبان البايثون الملكي السعر بالخاص", "Python regius"),
        ("Продам ромбического питона, цена договорная", "Morelia spilota"),
        ("Продам удав обыкновенный, самка, цена договорная", "Boa constrictor"),
        ("ニジボアのベビーを出品します、価格は応相談", "Epicrates cenchria"),
        ("킹코브라 분양합니다, 가격 문의", "Ophiophagus hannah"),
        ("出售孟加拉眼镜蛇，价格私聊", "Naja kaouthia"),
        ("タイワンコブラを出品します", "Naja atra"),
        # lizards and tuatara
        ("Продам степного варана, цена договорная", "Varanus exanthematicus"),
        ("出售翡翠巨蜥，价格私聊", "Varanus prasinus"),
        ("Verkaufe Riesenchamäleon 1.0, Preis VB", "Furcifer oustaleti"),
        ("Leaf chameleon for sale, captive bred, DM for price", "Brookesia"),
        ("Pygmy chameleon for sale, DM for price", "Rhampholeon"),
        ("メキシコドクトカゲを出品します、価格は応相談", "Heloderma horridum"),
        ("Fiji iguana for sale, DM for price", "Brachylophus"),
        ("出售海鬣蜥标本，价格私聊", "Amblyrhynchus cristatus"),
        ("Продам гаттерию, цена договорная", "Sphenodon punctatus"),
        # amphibians
        ("중국장수도롱뇽 분양합니다, 가격 문의", "Andrias davidianus"),
        ("Verkaufe Kaisermolche, Nachzucht, Preis VB", "Neurergus kaiseri"),
        ("Verkaufe Goldbaumsteiger, Nachzucht, Preis VB", "Dendrobates auratus"),
        ("Thumbnail dart frogs for sale, DM for price", "Ranitomeya"),
        ("Vendo rana dorada panameña, precio a tratar", "Atelopus zeteki"),
        ("Glass frog for sale, captive bred, DM for price", "Centrolenidae"),
        ("マダガスカルキンイロガエルを出品します", "Mantella aurantiaca"),
        ("빨간눈청개구리 분양합니다, 가격 문의", "Agalychnis callidryas"),
        # names added in a second round
        ("للبيع الورل النيلي السعر بالخاص", "Varanus niloticus"),
        ("للبيع الحرباء المبرقعة ذكر السعر بالخاص", "Chamaeleo calyptratus"),
        ("예멘카멜레온 분양합니다, 가격 문의", "Chamaeleo calyptratus"),
        ("Jual anak buaya air masin, harga RM350, PM", "Crocodylus porosus"),
        ("Bán mai rùa luýt, giá tốt, liên hệ zalo", "Dermochelys coriacea"),
        ("물왕도마뱀 분양합니다, 가격 문의", "Varanus salvator"),
        ("힐라몬스터 분양합니다, 가격 문의", "Heloderma suspectum"),
        ("그린 아나콘다 분양합니다, 가격 문의", "Eunectes murinus"),
    ],
)
def test_new_name_is_found_as_its_taxon(engine: Engine, text: str, taxon: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert taxon in {t.name for t in result.taxa}
    assert result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("알다브라코끼리거북 분양합니다, 가격 문의", "Loxodonta africana"),
        ("Jual kura-kura gading, ukuran 20 cm, harga nego", "Loxodonta africana"),
        ("エジプトリクガメのベビーを出品します、価格は応相談", "Testudinidae"),
        ("나일악어 가죽 가방 팝니다, 가격 문의", "Crocodylia"),
        ("Verkaufe Heller Tigerpython, Preis VB", "Python bivittatus"),
        ("Fiji iguana for sale, DM for price", "Iguana iguana"),
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
        # firearms, golf, cars, places
        "Colt Python revolver for sale, 6 inch barrel",
        "Colt Anaconda 44 magnum for sale, like new",
        "Colt King Cobra revolver for sale",
        "キングコブラのドライバーを出品します",
        "킹코브라 드라이버 팝니다, 택배 가능",
        "SSC Tuatara hypercar for sale, low miles",
        "Cayman Islands company for sale, bank account included",
        "Société aux îles Caïmans à vendre",
        "Empresa nas Ilhas Cayman à venda",
        "마타마타 호비튼 투어 후기 남겨요",
        # brands, publishers, clips, ornaments, toys
        "出售鳄鱼恤T恤，全新，包邮",
        "ワニブックスの写真集を出品します",
        "ขายกาวซีเมนต์จระเข้ ยาแนวจระเข้ ราคาส่ง",
        "Продам зажимы крокодилы, 10 штук",
        "Vintage Murano glass frog figurine for sale, $25",
        "玻璃蛙摆件，手工吹制，包邮",
        "Verkaufe Glasfrosch Deko aus Murano, Preis VB",
        "六角恐龙玩偶出售，包邮",
        "招财金钱龟摆件，黄铜，包邮",
        "Bán tượng rùa vàng phong thủy, giá tốt",
        "Mamba Kaubonbons zu verkaufen, 10 Packungen",
        "Nauza viatu vya Kobe, bei nafuu",
        # cats in a tortoiseshell coat, a beef cut, wine, songs, a fern, books
        "Tortoiseshell kitten for sale, litter trained, $100",
        "Vendo gatita carey, vacunada, 50 euros",
        "Bán mèo đồi mồi, 3 tháng tuổi, giá tốt",
        "Verkaufe Schildpatt Katze, 12 Wochen alt",
        "Chaton écaille de tortue à vendre, 3 mois",
        "Vendo babilla de ternera, 12 euros el kilo",
        "Hungarian Tokay wine for sale, 1993 vintage",
        "Elton John Crocodile Rock vinyl for sale",
        "Karma Chameleon vinyl single for sale",
        "Crocodile fern for sale, $15",
        "Продам книгу по Python, как новая",
        "Pythonの本を出品します",
        # idioms and slang
        "我是海龟，刚回国在找工作",
        "Đừng làm kỳ đà cản mũi nữa nhé",
        "จระเข้ขวางคลอง ไม่ให้ใครทำงาน",
        "la formazione a testuggine dei legionari romani",
        "politisi bunglon, tidak bisa dipercaya",
        # unlisted leopard and crested geckos
        "Vendo gecko leopardo, 30 euros",
        "Vendo geco leopardo, 30 euro",
        "Gecko léopard à vendre, 40 euros",
        "Продам леопардового геккона, цена договорная",
        "ヒョウモントカゲモドキを出品します",
        "Bán tắc kè da báo, giá tốt",
        "Bán tắc kè mào, giá tốt",
        "ขายตุ๊กแกเสือดาว ราคาถูก",
        "Jual tokek leopard, harga nego",
    ],
)
def test_everyday_text_names_no_taxon(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert not result.taxa
    assert not result.wildlife_trade
