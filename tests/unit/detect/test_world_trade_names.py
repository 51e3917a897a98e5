"""Common, trade and seller names of the most trafficked taxa in es, pt, it, ar, ru, sw, id, ms, de.

The names come from `lexicon/data/names/world_trade_names.yaml`; the texts below were written
after the names, to check that they fire and that the everyday words left out stay negative.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def names(engine: Engine, text: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title=text, text="")).taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Verkaufe zwei Graupapageienküken, handzahm", "Psittacus erithacus"),
        ("Vendo guacamaya bandera de 6 meses, muy mansa", "Ara macao"),
        ("Kakatua jambul kuning jinak, bisa COD", "Cacatua sulphurea"),
        ("Продаю среднеазиатскую черепаху, 12 см", "Testudo horsfieldii"),
        ("فكرون صغير للبيع، السعر 200 درهم", "Testudo graeca"),
        ("Vendo jabuti-piranga filhote, 8 cm", "Chelonoidis carbonarius"),
        ("Cerco testuggine radiata adulta, pago bene", "Astrochelys radiata"),
        ("Spornschildkröte abzugeben, 3 Jahre alt", "Centrochelys sulcata"),
        ("Kerajinan sisik penyu asli, gelang dan cincin", "Eretmochelys imbricata"),
        ("Neue Tasche aus echtem Krokoleder, Nilkrokodil", "Crocodylus niloticus"),
        ("Сумка из кожи крокодила, натуральная", "Crocodylia"),
        ("Sanca batik 4 meter, jinak, siap kirim", "Malayopython reticulatus"),
        ("Königspython 0.1 abzugeben, frisst gut", "Python regius"),
        ("Ngozi ya kenge inauzwa, bei nafuu", "Varanus niloticus"),
        ("Продам пантерового хамелеона, самец", "Furcifer pardalis"),
        ("Tokek jumbo 4 ons, harga nego", "Gekko gecko"),
        ("ضب حي للبيع في الرياض", "Uromastyx"),
        ("Kukang jawa jinak, bisa kirim luar kota", "Nycticebus javanicus"),
        ("Vendo mono de bolsillo, come fruta", "Cebuella pygmaea"),
        ("زعطوط صغير للبيع، مربى في المنزل", "Macaca sylvanus"),
        ("Тигриные клыки и когти, пара", "Panthera tigris"),
        ("Löwenbaby abzugeben, nur Abholung", "Panthera leo"),
        ("Vendo bilis de oso en polvo, 10 g", "Ursidae"),
        ("Bärengalle aus Asien, Kapseln", "Ursidae"),
        ("Медвежью желчь продам, натуральная", "Ursidae"),
        ("Squame di pangolino per uso medicinale, 1 kg", "Manidae"),
        ("Elfenbeinschnitzerei, alte Figur, 20 cm", "Loxodonta africana"),
        ("Cuerno de rinoceronte en polvo, envío discreto", "Rhinocerotidae"),
        ("Nashornpulver zu verkaufen", "Rhinocerotidae"),
        ("Cula badak asli dari Afrika, serius saja", "Rhinocerotidae"),
        ("Sierra de pez sierra antigua, 90 cm", "Pristidae"),
        ("Икра белуги 500 г, свежая", "Huso huso"),
        ("Angulas vivas, 5 kg, pago contado", "Anguilla anguilla"),
        ("مسبحة يسر أصلية 33 حبة", "Antipatharia"),
        ("Gelang akar bahar asli, hitam mengkilap", "Antipatharia"),
        ("Anggrek bulan spesies dari hutan, ready", "Phalaenopsis amabilis"),
        ("Botones de peyote secos, 50 g", "Lophophora williamsii"),
        ("دهن عود كمبودي 3 مل، معتق", "Aquilaria crassna"),
        ("Violão antigo de jacarandá-da-bahia", "Dalbergia nigra"),
        ("Kayu sonokeling log, diameter 40 cm", "Dalbergia latifolia"),
        ("Струя кабарги, сушёная, 2 шт", "Moschus moschiferus"),
        ("Saigahorn, 2 Stück, aus Kasachstan", "Saiga tatarica"),
        ("Paruh rangkong gading ukir, antik", "Rhinoplax vigil"),
        ("Продам балобана, самка, второй год", "Falco cherrug"),
        ("Halcón peregrino para cetrería, macho", "Falco peregrinus"),
        ("حبارى حية للبيع", "Chlamydotis macqueenii"),
    ],
)
def test_name_resolves_to_taxon(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in names(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Planta jiboia em vaso, 30 cm, linda",  # pothos, a house plant
        "Продам Ягуар XF 2015 года, пробег 90 тыс",  # the car
        "Uhu Alleskleber 35 g, neu",  # a glue
        "Tecido de chita floral, 2 metros",  # a cotton print
        "Suculenta pata de oso en maceta",  # Cotyledon, a succulent
        "Bärentatzen-Kekse, selbst gebacken, 20 Stück",  # biscuits
        "Brille in Schildpatt-Optik, Acetat",  # the pattern
        "Caviale nero di lompo, 100 g",  # lumpfish roe
        "Сапсан Москва – Петербург, два билета",  # the train
        "Moneda de una onza de plata",  # an ounce
    ],
)
def test_everyday_words_left_out_stay_negative(engine: Engine, text: str) -> None:
    assert names(engine, text) == set()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Продам питона, королевский, 2 года", "Pythonidae"),
        ("Продам игуану с террариумом", "Iguana iguana"),
        ("Lamantino spiaggiato, la guardia costiera indaga", "Trichechus manatus"),
        ("🦜 hyacinth chicks available, DM for price", "Anodorhynchus hyacinthinus"),
        ("🐍 regius 0.1 pastel, feeding well, DM", "Python regius"),
        ("🐍 retic 3 m, jinak, bisa kirim", "Malayopython reticulatus"),
    ],
)
def test_second_pass_and_emoji_rules(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in names(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Курсы питона для начинающих, недорого",  # the programming language
        "Happy Monday 🦜 grey sky, coffee time",  # a colour word is not a species
        "Nile cruise 🐊 5 days from Luxor",  # tourism, no rule for Nile
    ],
)
def test_second_pass_negatives(engine: Engine, text: str) -> None:
    assert names(engine, text) == set()
