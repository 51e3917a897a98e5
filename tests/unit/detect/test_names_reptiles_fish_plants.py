"""Seller, regional and trade names of reptiles, amphibians, fish, invertebrates and plants.

The names are in `lexicon/data/names/reptiles_amphibians.yaml`, `fish_invertebrates.yaml` and
`plants.yaml`; the listings below were written for this test (title and body, price, contact),
to check that the forms sellers use resolve to the right taxon and that the everyday senses
left out of the files stay negative.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def names(engine: Engine, title: str, body: str = "") -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title=title, text=body)).taxa}


@pytest.mark.parametrize(
    ("title", "body", "taxon"),
    [
        (
            "Vendo morrocoy patas rojas",
            "Juveniles criados en casa, 80 dólares c/u",
            "Chelonoidis carbonarius",
        ),
        (
            "Cinturón de piel de caimán",
            "Hecho a mano, precio 800, envío gratis",
            "Caiman crocodilus",
        ),
        ("Lagarto enchaquirado juvenil", "3000 pesos, entrego en Colima", "Heloderma horridum"),
        (
            "Vendo tarántula de rodillas rojas",
            "Juvenil de 4 cm, 400 pesos, WhatsApp",
            # the hobby's "red knee" is B. hamorii or B. smithi: the lexicon names the genus
            "Brachypelma",
        ),
        (
            "Tablas de caoba de hoja ancha",
            "Secas, Petén, precio por pie tablar",
            "Swietenia macrophylla",
        ),
        ("Tracajá filhotes à venda", "R$ 100 cada, entrego em Manaus", "Podocnemis"),
        ("Salamanta mansa", "Jiboia arco-íris de 1 metro, R$ 900, zap", "Epicrates cenchria"),
        ("Sapinho ponta de flecha azul", "Nascido em cativeiro, R$ 250", "Dendrobatidae"),
        ("Vaso de xaxim grande", "40 cm, ótimo para orquídeas, R$ 80", "Cyatheaceae"),
        (
            "Vends tortue à pattes rouges",
            "Juvénile de 2 ans, 180 €, Marseille",
            "Chelonoidis carbonarius",
        ),
        ("Acajou du Honduras", "Plateau massif ancien, 600 €", "Swietenia macrophylla"),
        ("Vendo testuggine marginata", "Femmina con documenti CITES, 250 €", "Testudo marginata"),
        ("Ebano del Madagascar", "Tastiere per chitarra, 40 € al pezzo", "Diospyros"),
        ("سلاحف سلكاتا صغار للبيع", "بالرياض، السعر بالخاص", "Centrochelys sulcata"),
        ("سلحفاة ريدفوت صغيرة للبيع", "التواصل واتساب", "Chelonoidis carbonarius"),
        ("ورل صحراوي حي للبيع", "حجم كبير، السعر 400 ريال", "Varanus griseus"),
        ("قسط هندي أصلي مطحون", "التوصيل لكل المدن، 50 ريال", "Saussurea costus"),
        ("ขายลูกเต่าซัลคาต้า", "เลี้ยงง่าย ส่งทั่วประเทศ ราคา 2500 บาท", "Centrochelys sulcata"),
        ("ขายแอกโซลอเติล สีชมพู", "ตัวละ 300 บาท ทักไลน์", "Ambystoma mexicanum"),
        ("ขายต้นกาบหอยแครง", "กระถาง 3 นิ้ว ราคา 150 บาท", "Dionaea muscipula"),
        ("Bán rùa leopard size 15cm", "Giá 3tr, ship toàn quốc, zalo", "Stigmochelys pardalis"),
        ("Kim tiền quy", "Rùa hộp ba vạch giá cao, liên hệ zalo", "Cuora trifasciata"),
        ("Bán cá khủng long 6 sừng", "Màu hồng, 50k một con", "Ambystoma mexicanum"),
        ("Bán vỏ ốc tai tượng lớn", "Dài 50cm, giá 2tr", "Tridacnidae"),
        ("Bán lan kim điệp giò dài", "Hàng rừng, 200k/giò", "Dendrobium"),
        (
            "Jual kura leopard ukuran 12cm",
            "Sehat, harga nego, COD Bandung",
            "Stigmochelys pardalis",
        ),
        ("Jual biawak savana baby", "Jinak, bisa kirim", "Varanus exanthematicus"),
        ("Jual sirip hiu martil kering", "Per kg, stok banyak", "Sphyrnidae"),
        ("Ikan mameng hidup", "Untuk restoran, harga per kg", "Cheilinus undulatus"),
        ("For sale redfoot pagong", "Healthy, ₱2,000, meet up QC", "Chelonoidis carbonarius"),
        ("Karne ng butanding", "Palihim na benta, PM lang", "Rhincodon typus"),
        ("Kobe chapati wanauzwa", "Bei nafuu, piga simu 0712 000000", "Malacochersus tornieri"),
        ("Mbao za mkangazi", "Kwa bei nzuri, Morogoro", "Khaya"),
        ("Magome ya mkomahoya", "Kwa kilo, tunasafirisha", "Prunus africana"),
        ("Maua ya okidi pori", "Yanauzwa Arusha, bei nafuu", "Orchidaceae"),
    ],
)
def test_offer_names_the_taxon(engine: Engine, title: str, body: str, taxon: str) -> None:
    assert taxon in names(engine, title, body)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Receta de caldo de res", "Con verduras y arroz, para 4 personas"),
        ("Cor mogno para cabelo", "Tintura 60 ml, resultado natural"),
        ("รับปรับปรุงบ้าน ทาสี", "ราคาถูก งานเร็ว"),
        ("ขายเก้าอี้หวาย", "สภาพดี ราคา 500 บาท"),
        ("Bán sữa tươi, sửa xe máy", "Trắc nghiệm online miễn phí"),
        ("سيارة للبيع بالتقسيط", "قسط شهري 1500 ريال"),
        ("تم البيع بكل يسر وسهولة", "شكرا للجميع"),
        ("Sawa na ako sa trabaho ko", "Pagod na talaga"),
        ("Awas lintah darat", "Pinjaman online ilegal, laporkan"),
        ("Ropa para mujer obesa", "Talla grande, envío gratis"),
        ("Tartarughe greche disponibili da maggio", "Prenotazioni aperte"),
    ],
)
def test_everyday_senses_name_nothing(engine: Engine, title: str, body: str) -> None:
    found = names(engine, title, body)
    # the Italian line is a known gap (no name yet), but "tartarughe" must not fall to a turtle
    # of another genus by a misspelling
    assert found <= {"Testudo graeca"}
