"""Seller names of trafficked mammals and birds in es, pt, fr, it, ar, th, vi, id, ms, tl, sw.

The names come from `lexicon/data/names/mammals.yaml` and `names/birds.yaml`: plural and
gendered forms, names with and without hyphens or articles, diminutives, colloquial and regional
names, Arabic broken plurals and falconry names, Thai and Vietnamese names with classifiers,
Indonesian and Malay trade names. The listings below were written for this file after the names,
to check that each offer names the right taxon and that the everyday senses left out stay
negative.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def taxa(engine: Engine, title: str, body: str = "", price: float | None = None) -> set[str]:
    listing = ListingText(id="t", title=title, text=body, price=price)
    return {t.name for t in engine.analyse(listing).taxa}


OFFERS = [
    # ---------------------------------------------------------------- es
    (
        "es",
        "Guacamayas rojas en venta",
        "Pareja de 8 meses, comen solas. Llamar 311 555 0192",
        4500000,
        "Ara macao",
    ),
    ("es", "Vendo guacamayo rojo macho", "Manso, habla poco, entrega en Cali", None, "Ara macao"),
    (
        "es",
        "Loros cabeza amarilla pichones",
        "Dos pichones de loros cabeza amarilla, papeles no",
        9000,
        "Amazona oratrix",
    ),
    (
        "es",
        "Se vende monito tití",
        "Monito tití de 5 meses, come fruta, muy cariñoso",
        350,
        "Callithrix jacchus",
    ),
    (
        "es",
        "Piel de jaguar auténtica",
        "Piel completa de tigre americano, 1,6 m, whatsapp",
        None,
        "Panthera onca",
    ),
    (
        "es",
        "Garras de tigre naturales",
        "Par de garras, ideales para dije. Envío a todo el país",
        80,
        "Panthera tigris",
    ),
    (
        "es",
        "Perezoso bebé en venta",
        "Perezosito de dos dedos, tomando tetero, Medellín",
        None,
        "Choloepus didactylus",
    ),
    (
        "es",
        "Vendo cachorro de ocelote",
        "Tigrillo ocelote hembra, 3 meses, vacunada",
        None,
        "Leopardus pardalis",
    ),
    (
        "es",
        "Lechuza blanca domesticada",
        "Lechuza de campanario criada en casa, come carne",
        120,
        "Tyto alba",
    ),
    (
        "es",
        "Halcones peregrinos para cetrería",
        "Dos halcones peregrinos anillados, hembra y macho",
        1500,
        "Falco peregrinus",
    ),
    (
        "es",
        "Vendo tucanes pico iris",
        "Par de tucanes pico de canoa, mansos, Petén",
        None,
        "Ramphastos sulfuratus",
    ),
    (
        "es",
        "Yacos cola roja",
        "Tengo yacos de 4 meses ya emplumados, dan la patita",
        900,
        "Psittacus erithacus",
    ),
    ("es", "Mono araña bebé", "Monita araña de 2 meses, toma leche, Iquitos", None, "Primates"),
    ("es", "Loras frente azul", "Vendo loras frente azul jóvenes, hablan", None, "Amazona aestiva"),
    # ---------------------------------------------------------------- pt
    (
        "pt",
        "Filhotes de papagaio verdadeiro",
        "Papagaios verdadeiros já comendo papinha, entrego em SP",
        2500,
        "Amazona aestiva",
    ),
    (
        "pt",
        "Araras vermelhas à venda",
        "Casal de araras-vermelhas, mansas, zap 11 98888-1212",
        None,
        "Ara macao",
    ),
    (
        "pt",
        "Vendo papagaio do congo",
        "Papagaio cinzento do congo, fala muito, com gaiola",
        6000,
        "Psittacus erithacus",
    ),
    (
        "pt",
        "Mico leão dourado filhote",
        "Raridade, mico leão dourado manso, chama no zap",
        None,
        "Leontopithecus",
    ),
    (
        "pt",
        "Macaquinho prego para vender",
        "Macaco-prego filhote, 4 meses, come banana",
        3000,
        "Sapajus apella",  # the tufted capuchin, in the species data since 60 taxa were added
    ),
    (
        "pt",
        "Gato do mato pequeno filhote",
        "Filhote de gato-do-mato-pequeno, muito dócil",
        None,
        "Leopardus tigrinus",
    ),
    (
        "pt",
        "Gavião real filhote",
        "Vendo filhote de gavião real, criado solto",
        None,
        "Harpia harpyja",
    ),
    (
        "pt",
        "Araras canindé casal",
        "Vendo casal de araras canindé com anilha",
        12000,
        "Ara ararauna",
    ),
    (
        "pt",
        "Couro de onça pintada",
        "Couro inteiro de onça-pintada antigo, 1,8 m",
        None,
        "Panthera onca",
    ),
    (
        "pt",
        "Tucanos toco filhotes",
        "Dois tucanos-toco filhotes, comem fruta",
        None,
        "Ramphastos toco",
    ),
    # ---------------------------------------------------------------- fr
    (
        "fr",
        "Perroquets gris du Gabon à vendre",
        "Deux jeunes perroquets gris du Gabon, bagués, parlent",
        1200,
        "Psittacus erithacus",
    ),
    (
        "fr",
        "Amazone front bleu",
        "Amazone front bleu femelle de 3 ans, très sociable",
        900,
        "Amazona aestiva",
    ),
    (
        "fr",
        "Bébé ouistiti à céder",
        "Petit ouistiti mâle, sevré, cage fournie",
        1500,
        "Callithrix jacchus",
    ),
    (
        "fr",
        "Faucons sacres pour fauconnerie",
        "Vends faucons sacres de l'année, bagués",
        None,
        "Falco cherrug",
    ),
    (
        "fr",
        "Aras hyacinthe en couple",
        "Couple d'aras hyacinthes reproducteurs",
        25000,
        "Anodorhynchus hyacinthinus",
    ),
    (
        "fr",
        "Peau de panthère ancienne",
        "Véritable peau de léopard, souvenir d'Afrique, 1,5 m",
        None,
        "Panthera pardus",
    ),
    (
        "fr",
        "Cacatoès rosalbins et cacatoès blancs",
        "Jeunes cacatoès à huppe blanche, EAM",
        None,
        "Cacatua alba",
    ),
    (
        "fr",
        "Loris lent à vendre",
        "Loris paresseux très calme, nourri aux fruits",
        None,
        "Nycticebus",
    ),
    # ---------------------------------------------------------------- it
    (
        "it",
        "Pappagalli cenerini in vendita",
        "Cuccioli di cenerino imbeccati a mano, svezzati",
        1300,
        "Psittacus erithacus",
    ),
    (
        "it",
        "Vendo are giacinto",
        "Coppia di are giacinto, documenti CITES in regola",
        None,
        "Anodorhynchus hyacinthinus",
    ),
    ("it", "Are gialloblu", "Cedo due are gialloblu giovani, mansissime", 1800, "Ara ararauna"),
    (
        "it",
        "Scimmietta uistitì",
        "Vendo scimmietta uistitì maschio, mangia da solo",
        None,
        "Callithrix jacchus",
    ),
    (
        "it",
        "Falchi sacri da falconeria",
        "Falco sacro femmina nata 2025, anellata",
        None,
        "Falco cherrug",
    ),
    (
        "it",
        "Pelle di leopardo antica",
        "Pelle originale, anni 60, ottimo stato",
        None,
        "Panthera pardus",
    ),
    (
        "it",
        "Lori lento cucciolo",
        "Vendo lori lento, docile, spedizione possibile",
        None,
        "Nycticebus",
    ),
    # ---------------------------------------------------------------- ar
    (
        "ar",
        "بغبغان رمادي للبيع",
        "بغبغان كاسكو بيتكلم، السعر 15 ألف جنيه",
        None,
        "Psittacus erithacus",
    ),
    (
        "ar",
        "ببغاوات الكاسكو للبيع",
        "فراخ كاسكو عمر 3 شهور، أكل يد، للتواصل واتساب",
        None,
        "Psittacus erithacus",
    ),
    ("ar", "حر فرخ للبيع", "صقر حر أدهم فرخ، نظيف، السعر 8000 ريال", None, "Falco cherrug"),
    ("ar", "شاهين بحري فرخ", "للبيع شاهين بحري فرخ، مدرب على التلواح", None, "Falco peregrinus"),
    ("ar", "نسناس صغير للبيع", "قرد نسناس عمره شهرين، أليف جدا", 500, "Primates"),
    ("ar", "قرد السعدان للبيع", "سعدان صغير مربى في البيت، للتواصل", None, "Primates"),
    ("ar", "دب الكسلان", "فرو دب الكسلان أصلي للبيع", None, "Melursus ursinus"),
    ("ar", "جلد نمر أصلي", "جلد نمر بنغالي كامل، السعر قابل للتفاوض", None, "Panthera tigris"),
    ("ar", "ببغاء مكاو أزرق", "مكاو أزرق أصفر عمر سنة، أليف", None, "Ara ararauna"),
    ("ar", "بومة للبيع", "بومة صغيرة مربية، للتواصل 055", None, "Athene noctua"),
    # ---------------------------------------------------------------- th
    ("th", "ขายลูกนกแก้วมาคอว์", "ลูกนกแก้วมาคอว์ บลูแอนด์โกลด์ ป้อนมือ ส่งได้ทั่วประเทศ", 45000, "Ara ararauna"),
    ("th", "ขายลิงลม", "ลิงลมตัวเล็ก เชื่อง กินกล้วย ไลน์ไอดี", 3500, "Nycticebus"),
    ("th", "ขายลูกชะนีมือขาว", "ชะนีมือขาวอายุ 6 เดือน เลี้ยงง่าย", None, "Hylobates lar"),
    ("th", "นกปรอดหัวฟาง ขาย", "นกปรอดหัวฟางตัวผู้ ร้องเก่ง", 12000, "Pycnonotus zeylanicus"),
    ("th", "ขายลูกนาก", "ลูกนากเล็กเล็บสั้น กินปลา เชื่องมาก", None, "Aonyx cinereus"),
    ("th", "เสือไฟ ขาย", "ลูกเสือไฟ อายุ 2 เดือน ติดต่อไลน์", None, "Catopuma temminckii"),
    ("th", "ขายนกกางเขนดง", "นกกางเขนดงตัวผู้ หางยาว ร้องดี", 2500, "Kittacincla malabarica"),
    ("th", "ขายหนังเสือโคร่ง", "หนังเสือโคร่งเก่า ผืนใหญ่", None, "Panthera tigris"),
    ("th", "ขายลูกสมเสร็จ", "ลูกสมเสร็จ เลี้ยงง่าย กินผลไม้", None, "Tapirus indicus"),
    ("th", "นกเอี้ยงบาลี ขาย", "ขายนกเอี้ยงบาลี คู่ละ 8000 บาท", None, "Leucopsar rothschildi"),
    # ---------------------------------------------------------------- vi
    (
        "vi",
        "Bán con vẹt xám",
        "Vẹt xám Nam Phi 5 tháng, đã biết nói, ship toàn quốc",
        25000000,
        "Psittacus erithacus",
    ),
    ("vi", "Khỉ đuôi lợn con", "Bán khỉ đuôi lợn con, thuần, ăn chuối", None, "Primates"),
    ("vi", "Bán voọc con", "Con voọc chà vá mới bắt, ai cần liên hệ", None, "Pygathrix"),
    ("vi", "Nanh hổ thật", "Nanh hổ rừng thật 100%, bao test, zalo 09xx", None, "Panthera tigris"),
    ("vi", "Cao hổ cốt nguyên chất", "Cao hổ cốt nấu 100 ngày, 1 lạng", None, "Panthera tigris"),
    ("vi", "Mật gấu nguyên túi", "Bán mật gấu rừng, túi mật khô", None, "Ursidae"),
    (
        "vi",
        "Vượn đen má trắng",
        "Bán vượn đen má trắng con, rất thuần",
        None,
        "Nomascus leucogenys",
    ),
    ("vi", "Beo lửa con", "Bán beo lửa con, ăn thịt sống", None, "Catopuma temminckii"),
    (
        "vi",
        "Cu li lớn giá rẻ",
        "Con cu li lớn bắt rừng, ai nuôi ib",
        None,
        "Nycticebus bengalensis",
    ),
    (
        "vi",
        "Bán chim chích chòe lửa",
        "Chích chòe lửa đuôi dài, hót hay",
        1500000,
        "Kittacincla malabarica",
    ),
    ("vi", "Vẹt má vàng", "Bán vẹt má vàng non, đã tập nói", None, "Psittacula eupatria"),
    # ---------------------------------------------------------------- id
    (
        "id",
        "Jual kukang jinak",
        "Kukang kalimantan, sudah jinak, bisa COD Jakarta",
        750000,
        "Nycticebus",
    ),
    (
        "id",
        "Beruk jantan",
        "Jual beruk jantan umur 1 th, sudah bisa petik kelapa",
        2500000,
        "Macaca nemestrina",
    ),
    ("id", "Owa jawa anakan", "Owa anakan sehat, bisa kirim luar kota", None, "Hylobates moloch"),
    ("id", "Lutung jawa", "Jual lutung hitam jinak, makan daun", None, "Trachypithecus auratus"),
    (
        "id",
        "Perkici pelangi",
        "Burung perkici pelangi sepasang, sudah jinak",
        900000,
        "Psittaciformes",
    ),
    (
        "id",
        "Anak kucing hutan",
        "Kucing hutan umur 2 bulan, sudah makan daging",
        None,
        "Prionailurus bengalensis",
    ),
    ("id", "Elang jawa", "Jual elang jawa remaja, sudah jinak, nego", None, "Accipitriformes"),
    ("id", "Kakatua raja", "Kakatua raja jinak, harga nego", None, "Probosciger aterrimus"),
    ("id", "Tarsius", "Jual tarsius, hewan kecil lucu, bisa kirim", None, "Tarsius"),
    ("id", "Burung betet", "Burung betet jantan sudah bisa ngomong", 400000, "Psittaciformes"),
    # ---------------------------------------------------------------- ms
    (
        "ms",
        "Burung barau-barau untuk dijual",
        "Barau-barau jantan, suara kuat, WhatsApp 012",
        3500,
        "Pycnonotus zeylanicus",
    ),
    ("ms", "Kongkang jinak", "Jual kongkang, comel, harga RM500", None, "Nycticebus"),
    ("ms", "Anak lotong", "Ada anak lotong nak dijual, jinak", None, "Trachypithecus"),
    ("ms", "Anak memerang", "Memerang kecil jinak, RM800", None, "Aonyx cinereus"),
    # ---------------------------------------------------------------- tl
    ("tl", "Tarsier for sale", "May tarsier po, maliit lang, PM for price", None, "Tarsius"),
    ("tl", "Kuwago for sale", "Baby kuwago, pakain karne, meet up Cubao", 1500, "Strigiformes"),
    ("tl", "Lawin for sale", "Ibong lawin, mabangis pa, PM lang", None, "Accipitriformes"),
    ("tl", "Baby unggoy for sale", "Unggoy na maliit, mabait, 3k", None, "Primates"),
    # ---------------------------------------------------------------- sw
    (
        "sw",
        "Korongo taji anauzwa",
        "Korongo taji wawili, bei nafuu, piga simu 0712",
        None,
        "Balearica regulorum",
    ),
    ("sw", "Bundi anauzwa", "Bundi mdogo, bei shilingi 50,000", None, "Strigiformes"),
    ("sw", "Ngozi ya mbega", "Ngozi ya mbega mweupe inauzwa", None, "Primates"),
    ("sw", "Paka mwitu anauzwa", "Mtoto wa paka mwitu, piga simu", None, "Felis silvestris"),
]


# A classifier or a group word before a species name ("con vẹt" + "xám", "filhote de arara" +
# "azul grande") once swallowed the species name's first word and left only the group.
CLASSIFIED = [
    ("vi", "Bán con vẹt xám châu Phi biết nói", "Psittacus erithacus"),
    ("vi", "Chim vẹt xám Nam Phi 6 tháng", "Psittacus erithacus"),
    ("vi", "Bán con khỉ vàng con, rất khỏe", "Macaca mulatta"),
    ("vi", "Con gấu ngựa nuôi nhốt cần bán", "Ursus thibetanus"),
    ("pt", "Filhote de arara azul grande, manso", "Anodorhynchus hyacinthinus"),
    ("pt", "Filhote de papagaio-cinzento falante", "Psittacus erithacus"),
    ("id", "Jual burung nuri bayan jantan", "Eclectus roratus"),
    ("id", "Anak monyet ekor panjang jinak", "Macaca fascicularis"),
    ("ar", "ببغاء أمازون أصفر الرأس للبيع", "Amazona oratrix"),
    ("fr", "Perroquet amazone à front bleu de 2 ans", "Amazona aestiva"),
    ("es", "Vendo guacamayos azul amarillo, 1 año", "Ara ararauna"),
    ("th", "ขายลูกนกแก้วเซเนกัล ป้อนมือ", "Poicephalus senegalus"),
    ("th", "ลูกหมีควาย ขายด่วน", "Ursus thibetanus"),
]


@pytest.mark.parametrize(("lang", "title", "taxon"), CLASSIFIED, ids=[c[0] for c in CLASSIFIED])
def test_classifier_does_not_swallow_the_species(
    engine: Engine, lang: str, title: str, taxon: str
) -> None:
    assert taxon in taxa(engine, title), lang


@pytest.mark.parametrize(
    ("lang", "title", "body", "price", "taxon"),
    OFFERS,
    ids=[f"{o[0]}-{i}" for i, o in enumerate(OFFERS)],
)
def test_offer_names_the_taxon(
    engine: Engine, lang: str, title: str, body: str, price: float | None, taxon: str
) -> None:
    assert taxon in taxa(engine, title, body, price), lang


EVERYDAY = [
    ("ar", "ألبوم صور للبيع", "البوم صور جلد، 200 صورة"),  # an album, not the owls
    ("th", "สูตรขนมปัง", "เมื่อผสมเสร็จแล้วนำไปอบ 20 นาที"),  # done mixing, not the tapir
    ("th", "แหวนนากเล็ก", "แหวนนากเล็ก น้ำหนัก 2 กรัม ส่งฟรี"),  # a pink-gold ring
    ("vi", "Bán bao lúa giá rẻ", "Bao lúa 50 kg, giao tận nơi"),  # a sack of rice
    ("vi", "Mẹo lừa đảo trên mạng", "Cảnh giác khi mất đồ trên xe buýt"),  # tips, a loss
    ("es", "Módulo LoRa 868 MHz", "Lora SX1276 con antena, envío gratis"),  # radio modules
    ("id", "Kucing persia malu-malu", "Kucing betina pemalu, sudah vaksin"),  # a shy cat
    ("pt", "Preguiça de segunda-feira", "Caneca com frase engraçada, 300 ml"),  # laziness
    ("fr", "Vendre la peau de l'ours", "Livre de proverbes, 120 pages"),  # the proverb
    (
        "it",
        "Colonia di gatti selvatici",
        "Cerco volontari per nutrire i gatti del quartiere",
    ),  # ferals
    ("vi", "Xấu hổ quá", "Bán áo thun in chữ, giá 120k"),
    ("ar", "عقاب المدرسة", "نصائح للآباء حول العقاب"),
]


@pytest.mark.parametrize(("lang", "title", "body"), EVERYDAY, ids=[e[0] for e in EVERYDAY])
def test_everyday_senses_stay_negative(engine: Engine, lang: str, title: str, body: str) -> None:
    assert taxa(engine, title, body) == set(), lang
