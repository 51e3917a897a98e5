"""Trade, hobby and dialect names in Arabic, Swahili and Russian.

The names come from `lexicon/data/names/arabic_swahili_russian_trade_names.yaml`; the listings
below (title and body) were written after the names, to check that offers name the right taxon,
that a longer phrase beats the generic word inside it (شبل نمر مرقط is a leopard cub, not a tiger
cub), and that the everyday senses the file leaves out stay negative.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def names(engine: Engine, title: str, body: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title=title, text=body)).taxa}


ARABIC_OFFERS = [
    (
        "حر تبع للبيع",
        "حر تبع قرناس جاهز للمقناص، السعر 9000 ريال، واتساب 0551234567",
        "Falco cherrug",
    ),
    ("جير شاهين فرخ", "جير شاهين هجين فرخ هالسنة، صيد ممتاز، للجادين فقط", "Falco rusticolus"),
    ("صقر هجين للبيع", "صقر هجين فرخ هالسنة، جاهز للصيد، السعر بالخاص", "Falconiformes"),
    (
        "ببغاء جاكو للبيع",
        "جاكو صغير عمره 4 أشهر، يأكل لوحده، الثمن 3500 درهم، الدار البيضاء",
        "Psittacus erithacus",
    ),
    (
        "درة اسكندراني ذكر",
        "درة اسكندراني عمره سنة، يتكلم كلمتين، 400 جنيه",
        "Psittacula eupatria",
    ),
    ("مكاوات للبيع", "عندي مكاوات أعمار مختلفة، التوصيل لكل المحافظات", "Psittaciformes"),
    ("كاكاتو للبيع", "كاكاتو أليف يتكلم، مع القفص، 6000 ريال", "Psittaciformes"),
    ("مكاك صغير للبيع", "مكاك عمره 6 شهور، ملقح، للتواصل واتس", "Macaca fascicularis"),
    ("بابون صغير للبيع", "بابون صغير أليف، مناسب للمزارع الخاصة", "Primates"),
    ("سعدانة صغيرة", "سعدانة عمرها سنة، أليفة، السعر 2000 ريال", "Primates"),
    ("نمر أرقط صغير", "نمر أرقط عمره 3 شهور مع أوراق، السعر عند التواصل", "Panthera pardus"),
    ("شبل نمر مرقط للبيع", "شبل نمر مرقط عمره شهرين، السعر بالخاص", "Panthera pardus"),
    ("جلد نمر مرقط أصلي", "جلد نمر مرقط قديم، مقاس كبير، واتساب", "Panthera pardus"),
    ("نمور رقطاء", "زوج نمور رقطاء صغار للبيع في الرياض", "Panthera pardus"),
    ("نمر آمور", "عندي نمر أمور ذكر عمره سنة، ملقح، التسليم في دبي", "Panthera tigris"),
    ("نمر ابيض للبيع", "نمر أبيض أنثى عمرها سنة، للجادين", "Panthera tigris"),
    ("قط الرمال للبيع", "قطط الرمال صغار، أليفة، السعر 4000 ريال", "Felidae"),
    ("خاويار إيراني أصلي", "خاويار 100 غرام، التوصيل مجاني في الكويت", "Acipenseriformes"),
    ("كافيار سيفروغا", "علبة 125 غرام، تاريخ حديث، 900 درهم", "Acipenser stellatus"),
    ("شال شاهتوش", "شال شاهتوش كشميري أصلي، للبيع في دبي", "Pantholops hodgsonii"),
    ("مها عربي للبيع", "المها العربي ذكر وأنثى، للمزارع", "Oryx leucoryx"),
    ("أدكس للبيع", "ظبي الأدكس ذكر بالغ، للمزارع الخاصة", "Addax nasomaculatus"),
    ("غزال المهر", "غزال المهر أنثى، مع الأوراق، السعر 15000 درهم", "Nanger dama"),
    ("كبش الأروي", "كبش الأروي عمره سنتين، السعر 5000 درهم", "Ammotragus lervia"),
    ("بومة الثلج", "بومة الثلج بيضاء جميلة، السعر 8000 ريال", "Bubo scandiacus"),
    ("البوم النساري", "فرخ البوم النساري، أكل لحم، للبيع", "Bubo bubo"),
    ("عود إندونيسي", "عود إندونيسي سوبر، التولة 180 ريال", "Aquilaria"),
]

SWAHILI_OFFERS = [
    ("Kaka kuona anauzwa", "Kaka kuona hai, tunapatikana Morogoro, bei milioni 2", "Manidae"),
    ("Tumbusi wanauzwa", "Vichwa vya tumbusi kwa dawa, bei 20,000", "Accipitriformes"),
    (
        "Kasuku wa Kongo",
        "Kasuku wa Kongo mkia mwekundu, anaongea, bei 300,000",
        "Psittacus erithacus",
    ),
    ("Makasuku wanauzwa", "Makasuku wazuri, bei 80,000 kila mmoja", "Psittaciformes"),
    ("Masokwe wadogo", "Masokwe wawili wanauzwa, tuma ujumbe", "Pan troglodytes"),
    (
        "Mtoto wa gorila wa mashariki",
        "Gorila wa mashariki mdogo anauzwa, anapatikana Goma",
        "Gorilla beringei",
    ),
]

RUSSIAN_OFFERS = [
    (
        "Статуэтка из носорожьего рога",
        "Резная фигурка из носорожьего рога, Китай, 19 век",
        "Rhinocerotidae",
    ),
    ("Продам рог", "Продаю носорожьи рога, 2 шт, Африка, документов нет", "Rhinocerotidae"),
    ("Тигриные кости", "Продам тигриных костей 1 кг", "Panthera tigris"),
    ("Львёнка продам", "Продам львёнка, 3 месяца, ручной", "Panthera leo"),
    ("Леопардёнок", "Леопардёнок девочка, с ветпаспортом", "Panthera pardus"),
    (
        "Среднеазиатская черепашка",
        "Продам среднеазиатскую черепашку, 8 см, ест сама",
        "Testudo horsfieldii",
    ),
    ("Продам среднеазиатку", "Среднеазиатку с террариумом, 2000 руб", "Testudo horsfieldii"),
    ("Сухопутная черепашка", "Сухопутные черепашки в наличии, цена 3000", "Testudinidae"),
    ("Региус", "Продам региуса пастель, самец, ест хорошо", "Python regius"),
    ("Ковровый питон", "Ковровый питон 1.5 м, ручной, отдам с террариумом", "Morelia spilota"),
    ("Чондро", "Чондро 2 года, зелёный, продам", "Morelia viridis"),
    ("Радужный удав", "Радужного удава продам, 2 года", "Epicrates cenchria"),
    ("Пантерный хамелеон", "Пантерный хамелеон самец амбилобе, 7000", "Furcifer pardalis"),
    ("Хамелеон йеменский", "Хамелеон йеменский 6 мес, с террариумом", "Chamaeleo calyptratus"),
    ("Геккон токей", "Продам гекона токи, самец, кусачий", "Gekko gecko"),
    ("Брахипельма", "Брахипельма смити, самка 5 см", "Brachypelma smithi"),
    ("Брахипельмы", "Продам брахипельму, самка, 4 линька", "Brachypelma"),
    ("Осетровую икру продам", "Осетровую икру 250 г, свежая, Астрахань", "Acipenseriformes"),
    ("Паюсная икра", "Паюсная икра 200 г, домашняя", "Acipenseriformes"),
    ("Медвежий жир", "Медвежий жир натуральный, банка 0,5 л", "Ursidae"),
    ("Медвежья шкура", "Продам медвежью шкуру, 2 м", "Ursidae"),
    ("Аквилария", "Саженцы аквиларии, 30 см, пишите", "Aquilaria"),
    ("Пустельга", "Птенцы пустельги, выкормыши, продам", "Falconiformes"),
    ("Орёл-могильник", "Продам чучело орла-могильника", "Aquila heliaca"),
    ("Неясыть", "Птенец неясыти, выкормыш, продам", "Strigiformes"),
    ("Филинёнок", "Филинёнок 2 месяца, ручной", "Bubo bubo"),
    ("Полярная сова", "Продам полярную сову, чучело", "Bubo scandiacus"),
]


@pytest.mark.parametrize(("title", "body", "taxon"), ARABIC_OFFERS)
def test_arabic_offers_name_the_taxon(engine: Engine, title: str, body: str, taxon: str) -> None:
    assert names(engine, title, body) == {taxon}


@pytest.mark.parametrize(("title", "body", "taxon"), SWAHILI_OFFERS)
def test_swahili_offers_name_the_taxon(engine: Engine, title: str, body: str, taxon: str) -> None:
    assert names(engine, title, body) == {taxon}


@pytest.mark.parametrize(("title", "body", "taxon"), RUSSIAN_OFFERS)
def test_russian_offers_name_the_taxon(engine: Engine, title: str, body: str, taxon: str) -> None:
    assert names(engine, title, body) == {taxon}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("عود موسيقي تركي للبيع", "عود صناعة تركية مع الشنطة، ريشة مجانية"),  # the lute
        ("عود عراقي", "عود عراقي خشب جوز، صوت ممتاز"),
        ("شبل كرة القدم", "مباراة الأشبال يوم الجمعة، تسجيل اللاعبين"),  # youth team
        ("ثعبان بلاستيك للأطفال", "لعبة ثعبان طويلة للأطفال"),
        ("درة الخليج", "فندق درة الخليج، حجز غرف"),  # a pearl, a hotel
        ("جير أبيض للبناء", "كيس جير أبيض 25 كيلو للمحارة"),  # lime
        ("ألبوم صور", "البوم صور عائلي كبير"),  # album
        ("الأمازون", "اطلب من أمازون التوصيل سريع"),  # the shop
        ("سيارة كوبرا", "محرك كوبرا للبيع"),
        ("حر شديد", "الجو حر جدا اليوم في الرياض"),  # hot weather
        ("مرجان للبيع", "فستان مرجان اللون، مقاس M"),  # the colour
        ("Simba SC vs Yanga", "Tiketi za mechi zinauzwa, bei 10,000"),
        ("Papa na mama", "Papa yangu anasafiri kesho"),  # father
        ("Mamba Mentality", "T-shirt ya Kobe Bryant Mamba inauzwa"),
        ("Tai ya shingo", "Tai nzuri za harusi zinauzwa, bei elfu 5"),  # necktie
        ("Волнистый попугайчик", "Продам попугайчика, мальчик, голубой"),  # budgerigar
        ("Шиншилла", "Продам шиншиллу, девочка, 1 год"),  # domesticated form
        ("Бородатая агама", "Продам бородатую агаму, 2 года"),  # not listed
        ("Красноухая черепашка", "Черепашка красноухая с аквариумом"),  # a slider
        ("Тигровая креветка", "Тигровые креветки 1 кг, замороженные"),
        ("Сапсан", "Билет на Сапсан Москва - Петербург"),  # the train
        ("Очки черепаховые", "Оправа под черепаховый панцирь"),  # the pattern
        ("Калуга", "Квартира в Калуге, 2 комнаты"),  # the city
    ],
)
def test_everyday_senses_stay_negative(engine: Engine, title: str, body: str) -> None:
    assert names(engine, title, body) == set()
