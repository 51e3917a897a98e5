"""Names, traps and a code word of names/field_names_more.yaml, traps_field_more.yaml."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def taxa(engine: Engine, text: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title="", text=text)).taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Сайгачьи рога, 40 пар, сухие. Цена за кг по запросу", "Saiga tatarica"),
        ("Busco tucán pico iris joven y manso, pago bien", "Ramphastos sulfuratus"),
        ("Palikpik ng pating martilyo, tuyo na, 15 kilos, P4,200 per kilo", "Sphyrnidae"),
        ("Pares ng kalaw na inakay, 40k ang pair, meet up lang", "Buceros"),
        ("Jual kura-kura baning dewasa, harga 3jt, COD", "Manouria emys"),
        ("Chầm hương tự nhiên Quảng Nam, khúc 1,2kg, giá 30 triệu", "Aquilaria"),
        ("Bán phách gỗ chắc đỏ Lào dài 2m, giá theo kg", "Dalbergia cochinchinensis"),
        ("ขายไม้พยูงแท้ ท่อนยาว 1.5 เมตร ราคากิโลละ 3,000", "Dalbergia cochinchinensis"),
        ("Tuna mzigo mweupe vipande 6, kilo 38, tuma ujumbe WhatsApp", "Loxodonta africana"),
        ("عندي 6 ترسة مصري صحراوي صغيرين، 700 جنيه، واتس", "Testudo kleinmanni"),
        ("Tenemos cueros de baba curtidos en Apure, $45", "Caiman crocodilus"),
        ("长白山黑瞎子胆 整个阴干 价格私聊", "Ursus thibetanus"),
        ("Pau-preto em toros e billets para clarinete, preço por kg", "Dalbergia melanoxylon"),
        # "not <noun> fake" in languages that put the adjective after the noun
        ("مطلوب نافجة مسك أصلية كاملة بالشعر، مو مسك صناعي", "Moschus"),
        ("Gading asli, bukan gading palsu, harga 5jt", "Loxodonta africana"),
        # the kanji 一 for the katakana long-vowel mark
        ("パンケ一キリクガメ ワイルド 3匹 入荷", "Malacochersus tornieri"),
        # an inflected name under leetspeak
        ("3arless m0nitors (Sarawak), 1.2 group, DM", "Lanthanotus borneensis"),
        ("收 玲羊角 老料 整支", "Saiga tatarica"),
        ("Fly River turtles, 3 inch, the pig-nose ones, $350", "Carettochelys insculpta"),
        # of two names sharing a word, the longer unrelated one is read
        ("Ban vooc cha va chan den con, dang bu sua, gia 20tr", "Pygathrix nigripes"),
        ("Hanap: ngipin ng buwaya, yung totoo, PM", "Crocodylia"),
    ],
)
def test_name_is_found(engine: Engine, text: str, taxon: str) -> None:
    assert taxa(engine, text) == {taxon}


@pytest.mark.parametrize(
    "text",
    [
        "Tunanunua mahindi kwa bei nzuri. Tuko Arusha, malipo papo hapo",
        "Rumah teres untuk disewa di Taman Gading Indah, Kajang. RM1,600 sebulan",
        "Figurine Tortu Ninja Leonardo 15 cm, articulée, 12 €",
        "Мамантовый бивень, пластины для ножевых рукоятей, 4 500 руб.",
        "Bán bàn gỗ chắc chắn, giá 2 triệu",
        "Arara de roupas com rodinhas, R$ 120",
        "Kit Embraer Tucano 1/48, lacrado, R$ 90",
        "Cicak vs buaya jilid baru? Publik menunggu sikap presiden",
        "สบู่นกแก้ว 🦜 แพ็ค 4 ก้อน ราคา 59 บาท",
        "كيس جير أبيض 25 كيلو للبناء",
        "Resin elephant statue, not ivory, 20 usd",
        "Escala de pau-ferro para guitarra, alternativa ao jacarandá, R$ 250",
        "Larutan Cap Badak 1 dus isi 24 kaleng, harga 120rb",
        "Bear's paw succulent cuttings, $6 each",
        "パンダコリドラス ブリード 5匹セット 2,000円",
        "注射香港疫苗的人很多",
        "Ndege wa Fisha jozi 10, wale wanaotaka wapige simu",
        "Tembo safi la mnazi kila asubuhi, Mtwapa, 100 bob",
        "Ban Gajah Tunggal 185/65 R15 baru, harga 700rb",
        "Huyu mbunge ni kinyonga kabisa",
        "ขายนกปรอดหัวโขนเพาะเลี้ยง เสียงดี ราคา 500 บาท",
        "Program sukarelawan penetasan penyu Cherating, 2H1M, RM350",
    ],
)
def test_everyday_text_names_no_taxon(engine: Engine, text: str) -> None:
    assert taxa(engine, text) == set()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("🦁🐒 filhote disponível, R$ 8.000", "Leontopithecus"),
        ("Anakan 🐢🐽 Papua ready 500 ekor", "Carettochelys insculpta"),
    ],
)
def test_emoji_pairs_name_one_animal(engine: Engine, text: str, taxon: str) -> None:
    assert taxa(engine, text) == {taxon}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("オオバ夕ン 若鳥 人慣れ 30万円", {"Cacatua moluccensis"}),  # 夕 for タ
        ("Suche Netsuke aus Elfenbain, zahle gut", {"Loxodonta africana"}),  # a German noun
        ("Sequestrati due falchi sacri; l'allevatore è stato denunciato", {"Falco cherrug"}),
        ("Nota de 20 reais do mico-leão, série antiga, R$ 40", set()),
        ("Prodam krecheta, belyi, samka, 300 tys.", {"Falco rusticolus"}),
    ],
)
def test_fifth_round(engine: Engine, text: str, expected: set[str]) -> None:
    assert taxa(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dijual rumah Perumahan Griya Gaharu Blok C, harga 500jt", set()),
        ("ЧОП «Рысь» набирает охранников, зарплата 40000", set()),
        ("مطعم أبو الفهد للمشاويات يفتتح فرعه الجديد", set()),
        ("金钱豹自助餐 双人券 388元", set()),
        ("ベっ甲 かんざし 昭和 未使用 2万円", {"Eretmochelys imbricata"}),
        ("فهد صغير للبيع، 50 ألف", {"Acinonyx jubatus"}),
    ],
)
def test_sixth_round(engine: Engine, text: str, expected: set[str]) -> None:
    assert taxa(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مطلوب حبارى حية للتدريب، للصقور", {"Chlamydotis macqueenii"}),
        ("شاهين وحشي قرناس للبيع، ممتاز لصيد الحبارى", {"Falco peregrinus"}),
        ("Baby honey bear (kinkajou), bottle fed, $900", {"Potos flavus"}),
        ("Sun bear cub for sale, honey bear, $3000", {"Helarctos malayanus"}),
    ],
)
def test_what_falconers_and_pet_sellers_mean(engine: Engine, text: str, expected: set[str]) -> None:
    assert taxa(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blaustirnamazone 'Coco' abzugeben, spricht viel, 900 Euro", {"Amazona aestiva"}),
        ("Suche Pottwalzahn, gerne mit Gravur", {"Physeter macrocephalus"}),
        ("Gürtel Rindleder mit Kaiman-Prägung, 25 Euro", set()),
        ("Kakadu-Pflaume Pulver, Bio, 100 g, 12 Euro", set()),
    ],
)
def test_seventh_round(engine: Engine, text: str, expected: set[str]) -> None:
    assert taxa(engine, text) == expected
