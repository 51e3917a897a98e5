"""Names and traps of names/romance_arabic_russian_more.yaml and traps_romance_arabic_russian.yaml:
Spanish, Portuguese, French, Italian, Arabic and Russian offers resolve to the right taxon, and
everyday texts that use those words for something else name no taxon and are no trade."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def taxa(engine: Engine, text: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title="", text=text)).taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        # Spanish
        ("Vendo tigritos blancos, precio a tratar", "Panthera tigris"),
        ("Vendo mono leoncito, el más pequeño, con pañal", "Cebuella pygmaea"),
        ("Vendo guacamaya rojiverde de papilla, muy mansa", "Ara chloropterus"),
        ("Vendo loro nuquiamarillo, ya habla", "Amazona auropalliata"),
        ("Vendo yaquitos de papilla, envío a todo el país", "Psittacus erithacus"),
        ("Vendo halcón de Harris para cetrería, hembra", "Accipitriformes"),
        ("Vendo tortuguitas patas rojas, 5 cm", "Chelonoidis carbonarius"),
        ("Vendo ranitas ojos rojos, criadas en casa", "Agalychnis callidryas"),
        ("Vendo inseparables de Fischer, pareja", "Agapornis fischeri"),
        # Portuguese
        ("Vendo mico-leãozinho, muito manso", "Cebuella pygmaea"),
        ("Vendo arara vermelha e verde, filhote", "Ara chloropterus"),
        ("Vendo jabutis piranga filhotes, entrego", "Chelonoidis carbonarius"),
        ("Vendo baitaca mansa, fala muito", "Psittaciformes"),
        # French
        ("Vends tigreaux blancs, prix à débattre", "Panthera tigris"),
        ("Vends léopardeau, 3 mois, sevré", "Panthera pardus"),
        ("Vends perruche souris, EAM", "Myiopsitta monachus"),
        ("Vends buse de Harris, mâle, affaitée", "Accipitriformes"),
        # Italian
        ("Vendo tigrotto, 4 mesi, svezzato", "Panthera tigris"),
        ("Vendo ecletto maschio imbeccato a mano", "Eclectus roratus"),
        ("Vendo pitoni regali, nati 2025", "Python regius"),
        # Arabic
        ("للبيع صن كنيور أليف، السعر 300", "Aratinga solstitialis"),
        ("للبيع اكلكتس ذكر، متكلم", "Eclectus roratus"),
        ("للبيع صقر هاريس مدرب", "Accipitriformes"),
        ("للبيع شياهين فروخ، التواصل واتساب", "Falco peregrinus"),
        ("للبيع الأسود البيضاء صغار، عمر شهرين", "Panthera leo"),
        ("للبيع جلد دب كامل مع الرأس", "Ursidae"),
        # Russian
        ("Продаю гепардёнка, 3 месяца, документы", "Acinonyx jubatus"),
        ("Продам рысят, ручные", "Lynx lynx"),
        ("Продам белохохлого какаду, говорит", "Cacatua alba"),
        ("Продам благородного попугая, самец", "Eclectus roratus"),
        ("Продам солнечную аратингу, ручная", "Aratinga solstitialis"),
        ("Продам степную черепаху, 10 см", "Testudo horsfieldii"),
        ("Продам леопардовую черепаху, 15 см", "Stigmochelys pardalis"),
        ("Продам императорского удава, 2 года", "Boa constrictor"),
        ("Продам саванного варана, ручной", "Varanus exanthematicus"),
        ("Продам стерлядку живую, 2 кг", "Acipenser ruthenus"),
        ("Продам кабаргу, самец", "Moschus moschiferus"),
        ("Продам венерину мухоловку, взрослое растение", "Dionaea muscipula"),
    ],
)
def test_new_name_resolves_to_taxon(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in taxa(engine, text)


def test_leopard_tortoise_is_not_read_as_a_leopard(engine: Engine) -> None:
    assert taxa(engine, "Продам леопардовую черепаху, 15 см") == {"Stigmochelys pardalis"}


@pytest.mark.parametrize(
    "text",
    [
        # Spanish
        "Vendo lentes color carey, nuevos",
        "Vendo armazón de carey para lentes graduados",
        "Peinado de moda: rubio caoba",
        "Vendo pantalón pata de elefante, talla 28",
        "Vendo mono de bebé, 6 meses",
        "Vendo pijama de panda para niña",
        "Vendo delfín inflable para piscina",
        "Águilas Cibaeñas ganan el campeonato",
        "Vendo fundas de celular con diseño de búho",
        "Vendo zapatos marfil para boda",
        "Vendo caviar de lumpo, 100 g",
        "Vendo té de ginseng en sobres",
        "Vendo ciclamen en maceta, flor roja",
        "Vendo sansevieria lengua de tigre",
        # Portuguese
        "Ingressos para o jogo no Maracanã, setor norte",
        "Vendo tigre-d'água filhote, aquário completo",
        "Vendo macaquinho feminino estampado, tamanho P",
        "Pagou um mico na festa, que vergonha",
        "Cachorro bravo como uma onça",
        "Vendo boia de jacaré para piscina",
        "Vendo coruja de crochê, artesanato",
        "Vendo papagaio de pipa, colorido",
        "Vendo muda de ipê-amarelo",
        "Vendo muda de pau-brasil para plantio, viveiro",
        "Vendo chá de ginseng",
        # French
        "Vends Fiat Panda 4x4, 2012",
        "Vends doudou lion Jellycat",
        "Vends tenue de moto Alpinestars, vert perroquet",
        "Vends escarpins ivoire",
        "Vends cyclamen en pot, rouge",
        "Vends caviar de lompe, 100g",
        "Vends biscuits Petit Ourson",
        "Vends bouée crocodile",
        # Italian
        "Vendo Fiat Panda Cross, km 40000",
        "Caffè al ginseng al bar, 1,50 euro",
        "Vendo Moto Guzzi Falco",
        "Quella ragazza fa la civetta",
        "Vendo ciclamino in vaso, fiore rosso",
        "Vendo maglia della Lazio, aquila sul petto",
        "Vendo tigrotto di peluche",
        # Arabic
        "للبيع شقة في حي الصقر",
        "رواية الفيل الأزرق لأحمد مراد",
        "نسور قرطاج يتأهلون لكأس العالم",
        "للبيع قهوة بالجينسنغ",
        "للبيع بيض سمك السلمون، كافيار أحمر",
        "للبيع كريم فيرا الصبار",
        # Russian
        "Продам мягкую игрушку слона",
        "Продам календарь с тигром на 2022 год",
        "Продам лодку Орлан",
        "Продам водку «Белуга»",
        "Продам краску хамелеон для автомобиля",
        "Продам настойку женьшеня аптечную",
        "Продам брелок сова",
        "Мягкие игрушки совята ручной работы",
    ],
)
def test_everyday_text_names_no_taxon(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert {t.name for t in result.taxa} == set()
    assert not result.wildlife_trade
