"""Generic words point where docs/lexicon.md's table "Which taxon a generic word points to" says,
in every language the lexicon covers: singular, plural, case forms, articles and classifiers.

An offer of the generic word alone names the table's taxon; a generic word beside a species of
its group names the species only; the word's other senses (a colour, a book, a plush toy) name
nothing.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText

LA = "Loxodonta africana"
RH = "Rhinocerotidae"
MA = "Manidae"
UR = "Ursidae"
PS = "Psittaciformes"
TE = "Testudinidae"
OR = "Orchidaceae"
CA = "Cactaceae"
HI = "Hippocampus"
NY = "Nycticebus"
TR = "Tridacnidae"
AQ = "Aquilaria"
DA = "Dalbergia"
PY = "Pythonidae"
SC = "Scleractinia"
CH = "Chamaeleonidae"

OFFERS = [
    # ---------------------------------------------------------------- elephant, ivory
    ("en", "Elephant ivory bangle for sale, $300", {LA}),
    ("fr", "Vends défenses d'éléphant, 4 kg", {LA}),
    ("es", "Vendo colmillos de elefante", {LA}),
    ("pt", "Vendo marfim de elefante, peça antiga", {LA}),
    ("de", "Verkaufe Elfenbein Schnitzerei, 800 €", {LA}),
    ("it", "Vendo zanne di elefante", {LA}),
    ("ru", "Продам пару бивней, цена договорная", {LA}),
    ("ar", "للبيع العاج الأصلي", {LA}),
    ("zh", "出售象牙手镯，价格面议", {LA}),
    ("ja", "象牙の印鑑 販売", {LA}),
    ("ko", "코끼리 상아 판매", {LA}),
    ("vi", "Bán ngà voi thật", {LA}),
    ("th", "ขายงาช้างแท้", {LA}),
    ("id", "Jual gading gajah asli", {LA}),
    ("sw", "Nauza pembe za ndovu", {LA}),
    # ---------------------------------------------------------------- rhino
    ("en", "Rhino horns for sale", {RH}),
    ("fr", "Vends corne de rhinocéros", {RH}),
    ("es", "Vendo cuerno de rinoceronte", {RH}),
    ("pt", "Vendo chifre de rinoceronte", {RH}),
    ("de", "Verkaufe Nashornhorn", {RH}),
    ("it", "Vendo corno di rinoceronte", {RH}),
    ("ru", "Продаю рог носорога", {RH}),
    ("zh", "出售犀牛角", {RH}),
    ("vi", "Bán sừng tê giác", {RH}),
    ("th", "ขายนอแรด", {RH}),
    ("id", "Jual cula badak", {RH}),
    ("sw", "Nauza pembe ya kifaru", {RH}),
    # ---------------------------------------------------------------- pangolin
    ("en", "Pangolin scales for sale, 1 kg", {MA}),
    ("fr", "Vends écailles de pangolin", {MA}),
    ("es", "Vendo escamas de pangolín", {MA}),
    ("pt", "Vendo escamas de pangolim", {MA}),
    ("de", "Verkaufe Schuppentiere", {MA}),
    ("it", "Vendo squame di pangolino", {MA}),
    ("ru", "Продаю чешую панголина", {MA}),
    ("ar", "للبيع حراشف البنغول", {MA}),
    ("zh", "出售穿山甲鳞片", {MA}),
    ("ko", "천산갑 비늘 판매", {MA}),
    ("vi", "Bán vảy tê tê", {MA}),
    ("th", "ขายเกล็ดลิ่น", {MA}),
    ("id", "Jual sisik trenggiling", {MA}),
    ("ms", "Jual sisik tenggiling", {MA}),
    ("sw", "Nauza magamba ya kakakuona", {MA}),
    # ---------------------------------------------------------------- bear
    ("en", "Bear bile for sale", {UR}),
    ("fr", "Vends bile d'ours", {UR}),
    ("es", "Vendo bilis de oso", {UR}),
    ("pt", "Vendo bílis de urso", {UR}),
    ("de", "Verkaufe Bärengalle", {UR}),
    ("it", "Vendo bile d'orso", {UR}),
    ("ru", "Продаю медвежью лапу", {UR}),
    ("ru", "Продаю медвежью желчь", {UR}),
    ("zh", "出售熊胆粉", {UR}),
    ("ko", "웅담 판매", {UR}),
    ("vi", "Bán mật gấu", {UR}),
    ("th", "ขายอุ้งตีนหมี", {UR}),
    ("id", "Jual empedu beruang", {UR}),
    ("ms", "Jual hempedu beruang", {UR}),
    ("sw", "Nauza dubu", {UR}),
    # ---------------------------------------------------------------- parrots
    ("en", "Parrots for sale, hand fed", {PS}),
    ("en", "Macaws and cockatoos for sale", {PS}),
    ("fr", "Perroquets à vendre", {PS}),
    ("fr", "Vends cacatoès", {PS}),
    ("es", "Se venden loros", {PS}),
    ("es", "Vendo guacamayas", {PS}),
    ("pt", "Vendem-se papagaios", {PS}),
    ("pt", "Vendo araras", {PS}),
    ("de", "Verkaufe Papageien", {PS}),
    ("de", "Verkaufe Kakadus", {PS}),
    ("it", "Si vendono pappagalli", {PS}),
    ("it", "Vendo cacatue", {PS}),
    ("ru", "Продаю попугаев", {PS}),
    ("ar", "للبيع ببغاوات", {PS}),
    ("zh", "出售鹦鹉", {PS}),
    ("ja", "オウム販売", {PS}),
    ("ko", "앵무새 판매", {PS}),
    ("vi", "Bán con vẹt", {PS}),
    ("th", "ขายนกแก้ว", {PS}),
    ("id", "Jual burung nuri", {PS}),
    ("ms", "Jual burung kakak tua", {PS}),
    ("tl", "Binebenta mga loro", {PS}),
    ("sw", "Nauza kasuku", {PS}),
    # ---------------------------------------------------------------- tortoises
    ("en", "Baby tortoises for sale", {TE}),
    ("fr", "Vends tortues terrestres", {TE}),
    ("es", "Se venden tortugas terrestres", {TE}),
    ("pt", "Vendo jabutis", {TE}),
    ("de", "Verkaufe Landschildkröten", {TE}),
    ("it", "Vendo testuggini", {TE}),
    ("it", "Vendo tartarughe di terra", {TE}),
    ("ru", "Продаю сухопутных черепах", {TE}),
    ("ar", "للبيع سلاحف برية", {TE}),
    ("zh", "出售陆龟", {TE}),
    ("ja", "リクガメ販売", {TE}),
    ("ko", "육지거북 판매", {TE}),
    ("vi", "Bán rùa cạn", {TE}),
    ("th", "ขายเต่าบก", {TE}),
    ("id", "Jual kura-kura darat", {TE}),
    ("tl", "Binebenta pagong lupa", {TE}),
    ("sw", "Nauza kobe", {TE}),
    # ---------------------------------------------------------------- chameleons
    ("en", "Chameleons for sale", {CH}),
    ("fr", "Caméléons à vendre", {CH}),
    ("fr", "Vends bébés caméléons", {CH}),
    ("es", "Vendo camaleones", {CH}),
    ("pt", "Vendo camaleões", {CH}),
    ("de", "Verkaufe Chamäleons", {CH}),
    ("it", "Vendo camaleonti", {CH}),
    ("ru", "Продаю хамелеонов", {CH}),
    ("ru", "Продаю хамелеончика", {CH}),
    ("ar", "للبيع حرباء", {CH}),
    ("zh", "出售变色龙", {CH}),
    ("ja", "カメレオン販売", {CH}),
    ("ko", "카멜레온 판매", {CH}),
    ("vi", "Bán tắc kè hoa", {CH}),
    ("th", "ขายคาเมเลี่ยน", {CH}),
    ("id", "Jual bunglon import", {CH}),
    ("tl", "Binebenta hunyango", {CH}),
    # ---------------------------------------------------------------- pythons
    ("en", "pythons for sale", {PY}),
    ("fr", "Vends pythons", {PY}),
    ("es", "Vendo pitones", {PY}),
    ("it", "Vendo pitoni", {PY}),
    ("ru", "Продаю питонов", {PY}),
    ("zh", "出售蟒蛇", {PY}),
    ("ja", "ニシキヘビ販売", {PY}),
    ("ko", "비단뱀 판매", {PY}),
    ("vi", "Bán con trăn", {PY}),
    ("th", "ขายงูหลาม", {PY}),
    ("id", "Jual ular sanca", {PY}),
    ("ms", "Jual ular sawa", {PY}),
    ("sw", "Nauza chatu", {PY}),
    # ---------------------------------------------------------------- orchids, cacti
    ("en", "Wild orchids for sale", {OR}),
    ("fr", "Vends orchidées", {OR}),
    ("es", "Vendo orquídeas", {OR}),
    ("pt", "Vendo orquídeas", {OR}),
    ("de", "Verkaufe Orchideen", {OR}),
    ("it", "Vendo orchidee", {OR}),
    ("ru", "Продаю орхидею", {OR}),
    ("ar", "للبيع زهور الأوركيد", {OR}),
    ("zh", "出售野生兰花", {OR}),
    ("vi", "Bán lan rừng", {OR}),
    ("th", "ขายกล้วยไม้ป่า", {OR}),
    ("id", "Jual anggrek hutan", {OR}),
    ("ms", "Jual anggerik hutan", {OR}),
    ("en", "Cacti for sale", {CA}),
    ("fr", "Vends cactées", {CA}),
    ("es", "Vendo cactus", {CA}),
    ("pt", "Vendo cactos", {CA}),
    ("de", "Verkaufe Kakteen", {CA}),
    ("ru", "Продаю кактусы", {CA}),
    ("zh", "出售仙人掌", {CA}),
    ("ja", "サボテン販売", {CA}),
    ("ko", "선인장 판매", {CA}),
    ("vi", "Bán xương rồng", {CA}),
    ("th", "ขายแคคตัส", {CA}),
    ("id", "Jual kaktus", {CA}),
    # ---------------------------------------------------------------- sea life
    ("en", "Dried seahorses for sale", {HI}),
    ("fr", "Vends hippocampes séchés", {HI}),
    ("es", "Vendo caballitos de mar secos", {HI}),
    ("pt", "Vendo cavalos-marinhos", {HI}),
    ("de", "Verkaufe getrocknete Seepferdchen", {HI}),
    ("it", "Vendo cavallucci marini", {HI}),
    ("ru", "Продаю морского конька", {HI}),
    ("zh", "出售海马干", {HI}),
    ("vi", "Bán cá ngựa khô", {HI}),
    ("th", "ขายม้าน้ำแห้ง", {HI}),
    ("id", "Jual kuda laut kering", {HI}),
    ("en", "Giant clam shells for sale", {TR}),
    ("fr", "Vends coquille de bénitier", {TR}),
    ("es", "Vendo almejas gigantes", {TR}),
    ("pt", "Vendo amêijoas gigantes", {TR}),
    ("de", "Verkaufe Riesenmuscheln", {TR}),
    ("ru", "Продаю тридакну", {TR}),
    ("zh", "出售砗磲手串", {TR}),
    ("vi", "Bán vỏ ốc tai tượng", {TR}),
    ("th", "ขายหอยมือเสือ", {TR}),
    ("id", "Jual cangkang kima", {TR}),
    ("en", "Live coral frags for sale, stony coral", {SC}),
    ("fr", "Vends coraux durs", {SC}),
    ("es", "Vendo corales duros", {SC}),
    ("de", "Verkaufe Steinkorallen", {SC}),
    ("it", "Vendo coralli duri", {SC}),
    ("zh", "出售石珊瑚", {SC}),
    # ---------------------------------------------------------------- slow loris
    ("en", "Slow loris for sale", {NY}),
    ("fr", "Vends loris lent", {NY}),
    ("es", "Vendo loris perezoso", {NY}),
    ("de", "Verkaufe Plumploris", {NY}),
    ("ru", "Продаю толстого лори", {NY}),
    ("zh", "出售懒猴", {NY}),
    ("ja", "スローロリス販売", {NY}),
    ("vi", "Bán con cu li", {NY}),
    ("th", "ขายลิงลม", {NY}),
    ("id", "Jual kukang", {NY}),
    # ---------------------------------------------------------------- agarwood, rosewood
    ("en", "Agarwood chips for sale", {AQ}),
    ("en", "Vietnamese agarwood for sale", {AQ}),
    ("en", "Thai oud oil 3 ml for sale", {AQ}),
    ("en", "Malaysian agarwood chips for sale", {AQ}),
    ("fr", "Vends bois d'agar", {AQ}),
    ("de", "Verkaufe Adlerholz", {AQ}),
    ("ar", "للبيع دهن عود تايلندي", {AQ}),
    ("zh", "出售越南沉香", {AQ}),
    ("zh", "芽庄沉香手串，价格5800元", {AQ}),
    ("ja", "ベトナム沈香 販売", {AQ}),
    ("vi", "Bán trầm hương việt nam", {AQ}),
    ("vi", "Bán trầm Khánh Hòa", {AQ}),
    ("th", "ขายไม้กฤษณา", {"Aquilaria crassna"}),  # kritsana, the species' common name
    ("th", "ขายกฤษณาตราด", {AQ}),
    ("id", "Jual kayu gaharu", {AQ}),
    ("ms", "Jual gaharu malaysia", {AQ}),
    ("en", "Rosewood logs for sale", {DA}),
    ("de", "Verkaufe Palisander", {DA}),
    ("it", "Vendo palissandro", {DA}),
    ("ru", "Продаю палисандр", {DA}),
    ("zh", "出售红木家具", {DA}),
    # ---------------------------------------------------------------- names of a species
    ("en", "Cambodian oud for sale", {"Aquilaria crassna"}),
    ("en", "Assam agarwood chips for sale", {"Aquilaria malaccensis"}),
    ("zh", "出售土沉香", {"Aquilaria sinensis"}),
    ("en", "African grey parrots for sale", {"Psittacus erithacus"}),
    ("fr", "Vends rhinocéros blanc", {"Ceratotherium simum"}),
    ("id", "Jual kukang jawa", {"Nycticebus javanicus"}),
    ("en", "Star tortoise for sale", {"Geochelone elegans"}),
    ("en", "Ball python for sale", {"Python regius"}),
    # ---------------------------------------------------------------- generic word + species
    ("es", "Vendo loros, Amazona aestiva", {"Amazona aestiva"}),
    ("fr", "Perroquets à vendre, gris du Gabon", {"Psittacus erithacus"}),
    ("fr", "Caméléons Chamaeleo calyptratus à vendre", {"Chamaeleo calyptratus"}),
    ("en", "Tortoises: star tortoise babies for sale", {"Geochelone elegans"}),
    ("en", "Pangolin scales Manis javanica for sale", {"Manis javanica"}),
    ("en", "Rhino horn, white rhino, for sale", {"Ceratotherium simum"}),
    ("en", "Orchids for sale: Paphiopedilum rothschildianum", {"Paphiopedilum rothschildianum"}),
    ("en", "pythons for sale: ball python", {"Python regius"}),
    ("en", "Seahorse for sale Hippocampus kuda", {"Hippocampus kuda"}),
    ("en", "Agarwood for sale, Aquilaria crassna", {"Aquilaria crassna"}),
    ("en", "Ivory for sale, Asian elephant", {"Elephas maximus"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OFFERS)
def test_generic_word_offer(engine: Engine, lang: str, text: str, expected: set[str]) -> None:
    result = engine.analyse(ListingText(id=lang, title=text, text=""))
    assert {t.name for t in result.taxa} == expected
    assert result.wildlife_trade


NEGATIVES = [
    ("en", "Python Crash Course book, $30"),
    ("en", "Coral dress size M for sale, $25"),
    ("fr", "Vends robe couleur corail, taille 38"),
    ("es", "Vendo oso de peluche gigante, 30 euros"),
    ("de", "Verkaufe Teddy Bären, 20 Euro"),
    ("en", "Amazon gift card for sale"),
    ("en", "Oud Wood by Tom Ford, 50 ml, $150"),
    ("ar", "عود موسيقي للبيع، صناعة يدوية"),
    ("th", "ขายเบียร์ช้าง ยกลัง"),
    ("vi", "Bán áo với giá rẻ"),
    ("en", "Tiger Balm for sale"),
    ("ru", "Продаю книгу по Питону"),
    ("en", "Silk orchids for sale, $10"),
    ("es", "Orquídea de tela para decorar, 5 euros"),
    ("fr", "Vends orchidées en tissu"),
    ("es", "Vendo funda camaleón para móvil"),
    ("en", "Chameleon phone case for sale"),
    ("en", "Seahorse necklace silver plated, $12"),
    ("ru", "Продам пару бивней мамонта"),
    # bare turtle words name no taxon: most pet turtles are unlisted sliders
    ("es", "Vendo tortugas"),
    ("it", "Vendo tartarughe"),
    ("fr", "Vends tortues"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_other_sense_names_nothing(engine: Engine, lang: str, text: str) -> None:
    result = engine.analyse(ListingText(id=lang, title=text, text=""))
    assert not result.taxa
    assert not result.wildlife_trade


@pytest.mark.parametrize(
    "text", ["Caméléons Furcifer pardalis à vendre", "Jual bunglon Furcifer pardalis"]
)
def test_the_chameleon_family_yields_to_a_named_species(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="ch", title=text, text=""))
    assert {t.name for t in result.taxa} == {"Furcifer pardalis"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jual gaharu Aquilaria crassna", {"Aquilaria crassna"}),
        ("Giant clam for sale Tridacna squamosa", {"Tridacna squamosa"}),
        ("Vends bois de rose, 2 m3", {DA}),
        ("Python for sale", {PY}),
    ],
)
def test_the_lexicon_reading_stands_over_a_species_data_name(
    engine: Engine, text: str, expected: set[str]
) -> None:
    """The species data gives "Gaharu", "Giant Clam" and "Bois de rose" to one species and
    "Python" is a genus; the lexicon reads them as the table says."""
    result = engine.analyse(ListingText(id="lex", title=text, text=""))
    assert {t.name for t in result.taxa} == expected
