"""Thai letters typed by their sound, vowels written the other way round, code words that need
their goods beside them, talk and traps in twelve languages. Texts written for these tests, not
taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.fuzzy_names import plausible_typo
from wildtrace.domain.analysis import Analysis
from wildtrace.textnorm.thai_slips import thai_slips


def _analyse(engine: Engine, text: str, title: str = "", price: float | None = None) -> Analysis:
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


def _names(result: Analysis) -> list[str]:
    return [t.name for t in result.taxa]


def test_thai_letters_typed_by_their_sound() -> None:
    assert "นอแลด" in thai_slips("นอแรด")
    assert "ไม้กฤษนา" in thai_slips("ไม้กฤษณา")
    assert thai_slips("แรด") == []  # too short: it would match inside other words
    assert thai_slips("ivory") == []


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("รับซื้อนอแลด ทั้งนอเต็มและชิ้น ให้ราคาสูง ทักไลน์", "Rhinocerotidae"),
        ("ไม้กฤษนาเกรด A ของป่า มีน้ำมันเยอะ ขายยกกิโล", "Aquilaria"),
    ],
)
def test_a_thai_name_typed_by_sound_is_a_misspelling(engine: Engine, text: str, taxon: str) -> None:
    result = _analyse(engine, text, price=80000)
    names = _names(result)
    assert any(n == taxon or n.startswith(taxon) for n in names)
    assert "misspelled_common" in result.taxa[0].evasion


def test_two_vowels_the_other_way_round_is_a_typo() -> None:
    assert plausible_typo("tarseir", "tarsier")
    assert not plausible_typo("tarsrei", "tarsier")  # consonants swapped
    assert not plausible_typo("makan", "macan")


def test_a_tarsier_spelt_by_ear(engine: Engine) -> None:
    result = _analyse(engine, "Sino may binebentang tarseir? Pang-alaga lang, pickup sa Bohol.")
    assert _names(result) == ["Tarsius"]


# --- code words that need their goods -------------------------------------------------------


def test_white_goods_beside_raw_ivory_words_is_ivory(engine: Engine) -> None:
    result = _analyse(engine, "出一根白货，老料，8公斤，纹路清晰，懂的私聊。")
    assert _names(result) == ["Loxodonta africana"]
    assert "code_word" in result.taxa[0].evasion


def test_white_goods_in_a_shop_is_no_ivory(engine: Engine) -> None:
    assert _analyse(engine, "夏季白货清仓，T恤衬衫全场五折", price=59).taxa == ()


def test_the_big_eyed_doll_is_a_slow_loris_and_a_doll_is_a_toy(engine: Engine) -> None:
    result = _analyse(engine, "ขายตุ๊กตาตาโต ตัวเป็นๆ เชื่อง กินกล้วย ตัวละ 3,500", price=3500)
    assert _names(result) == ["Nycticebus"]
    assert _analyse(engine, "ขายตุ๊กตาหมี ตัวใหญ่ ผ้านุ่ม 350 บาท", price=350).taxa == ()


# --- traps and negations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vendo bicicleta aro 29, faço por 5 onças pra vender logo.",
        "Kit com 10 papagaios de papel de seda e rabiola de 1 m.",
        "طقم مفارش سرير قطن مصري 100%، الذهب الأبيض من مزارع الدلتا.",
        "Je réalise des gâteaux d'anniversaire en forme de tortue 🐢 : pâte à sucre verte.",
    ],
    ids=["pt-note", "pt-kite", "ar-cotton", "fr-cake"],
)
def test_everyday_senses(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=250).taxa == ()


def test_a_jaguar_skin_offer_still_reads(engine: Engine) -> None:
    result = _analyse(engine, "Couro de onsa pintada inteiro com cabeça, só venda em mão.")
    assert _names(result) == ["Panthera onca"]
    assert "misspelled_common" in result.taxa[0].evasion


# --- talk ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hoy fuimos al zoológico y el jaguar 🐆 estaba dormido, los niños felices.",
        "Je recommande le documentaire d'Arte sur les gorilles des montagnes, dispo en replay.",
        "Meu jabuti Tião morreu hoje depois de 40 anos. Obrigada a todos.",
        "Per la ricerca di scienze di mia figlia: siti affidabili sul rinoceronte?",
        "ببغائي الكاسكو بدأ ينتف ريشه، أحد عنده تجربة؟",
        "พาลูกไปเที่ยวปางช้างที่เชียงใหม่ ได้ป้อนกล้วยให้ช้าง",
    ],
    ids=["es", "fr", "pt", "it", "ar", "th"],
)
def test_talk_in_more_languages(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert result.taxa == ()
    assert result.signals.get("mentioned")


def test_a_german_customs_report_is_news(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Der Zoll hat ein Paket mit 40 Rotknievogelspinnen abgefangen, ohne CITES-Dokumente.",
    )
    assert "Brachypelma" in _names(result)
    assert result.wildlife_trade is False


# --- emoji and names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("مطلوب 🦊 صحراوي صغير أبو أذان كبيرة، أنثى وأليف", "Vulpes zerda"),
        ("แหวนขนหาง🐘ป่าแท้ ถักลายสามเกลียว ของขลัง", "Elephas maximus"),
        ("Cula badak Sumatra asli, 200 gram, serius hubungi WA", "Dicerorhinus sumatrensis"),
        ("May itlog ng pawekan kami, 50 piraso, ₱25 bawat isa", "Cheloniidae"),
    ],
)
def test_names_and_emoji_of_this_round(engine: Engine, text: str, taxon: str) -> None:
    assert _names(_analyse(engine, text, price=1200)) == [taxon]


def test_a_named_caiman_takes_the_place_of_the_default(engine: Engine) -> None:
    result = _analyse(
        engine, "Cinturón de piel de Caiman yacare de criadero, con permiso CITES.", price=180
    )
    assert _names(result) == ["Caiman yacare"]
    result = _analyse(engine, "Cinturón de piel de caimán, sin papeles, envío.", price=180)
    assert _names(result) == ["Caiman crocodilus"]


@pytest.mark.parametrize(
    "text",
    [
        "Bandeja de gulas (surimi con forma de angula), no contiene angula. Oferta 3,50 €.",
        "Excursión de un día a la Ciénaga de Zapata: criadero de cocodrilos y paseo en lancha.",
        "Bicicleta aro 29 revisada. Preço: 3 onças (R$ 150) no Pix.",
    ],
    ids=["gulas", "excursion", "onças"],
)
def test_imitations_day_trips_and_banknotes(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=35).taxa == ()


def test_a_visit_to_a_rescue_centre_told_by_a_visitor_is_talk(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Hoy visitamos un centro de rescate donde viven jaguares y ocelotes. "
        "¡Muy recomendable si vais a Guanacaste!",
    )
    assert result.taxa == ()
    assert set(result.signals["mentioned"]) == {"Panthera onca", "Leopardus pardalis"}


def test_an_arabic_lynx_named_as_a_caracal_is_the_caracal(engine: Engine) -> None:
    result = _analyse(engine, "عنا وشق (كاراكال) عمرو ٤ شهور، مربى عالبيت. السعر ٢٥٠٠ دولار")
    assert _names(result) == ["Caracal caracal"]
    result = _analyse(engine, "وشق صغير للبيع عمره شهرين، التسليم في الرياض", price=8000)
    assert _names(result) == ["Lynx lynx"]


def test_an_awareness_post_names_mentions(engine: Engine) -> None:
    result = _analyse(
        engine, "Don't buy pangolin scales: every bag is dozens of animals. Report sellers."
    )
    assert result.taxa == ()
    assert result.signals["mentioned"] == ["Manidae"]
    result = _analyse(
        engine,
        "Police seized 200 kg of pangolin scales at the port. Don't buy wildlife products.",
    )
    assert _names(result) == ["Manidae"]


@pytest.mark.parametrize(
    "text",
    [
        "Orecchini in corallo rosso del Mediterraneo (Corallium rubrum), Torre del Greco, 140 €.",
        "Vends 2 places pour Rhinocéros de Ionesco, samedi 20h30, 48 € les deux.",
        "Journée mondiale du pangolin : ses écailles sont faites de kératine. Partagez !",
        "Lowongan: animal keeper taman satwa untuk area harimau dan beruang, gaji UMR.",
        "앵무새 분양 사기 주의하세요. 택배비만 받고 연락 두절됐어요.",
        "Требуется смотритель в зоопарк: уход за бегемотами и жирафами, зарплата от 48 000 ₽.",
    ],
    ids=["it-coral", "fr-play", "fr-day", "id-job", "ko-scam", "ru-job"],
)
def test_coral_plays_days_jobs_and_scams_trade_nothing(engine: Engine, text: str) -> None:
    result = _analyse(engine, text, price=140)
    assert result.taxa == ()
    assert result.wildlife_trade is False


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        (
            "Ich habe eine echte Schildpatt-Brille aus den 60ern. Hätte jemand Interesse? 400 €.",
            "Eretmochelys imbricata",
        ),
        ("Ho un cappuccino (scimmia) di 4 mesi. Se qualcuno lo vuole lo do a 2.500 €.", "Primates"),
        (
            "Privatauktion Los 233: Netsuke, Elfenbein, Meiji-Zeit. Ohne Dokumentation.",
            "Loxodonta africana",
        ),
        ("Sì, il c o r n o  d i  r i n o è ancora disponibile: 800 grammi.", "Rhinocerotidae"),
        ("夜行性でゆっくり動く、おめめの大きな小さいおさるさんです。DMで詳細。", "Nycticebus"),
        (
            "Ready MB Medan bakalan hutan, jantan, tangkapan asli, 1,8 jt nego.",
            "Kittacincla malabarica",
        ),
    ],
    ids=["de-question", "it-give", "de-papers", "it-spaced", "ja-described", "id-mb"],
)
def test_offers_put_as_questions_gifts_and_descriptions(
    engine: Engine, text: str, taxon: str
) -> None:
    result = _analyse(engine, text, price=400)
    assert taxon in _names(result)
    assert result.wildlife_trade is True


def test_a_lone_accented_word_after_spelt_out_letters_is_the_next_word() -> None:
    from wildtrace.textnorm.deobfuscate import deobfuscate
    from wildtrace.textnorm.normalise import normalise

    assert deobfuscate(normalise("r h i n o è qui")).text == "rhino e qui"
    assert deobfuscate(normalise("t i g r e")).text == "tigre"


# --- English of seven countries, Arabic, Malay, Swahili, Spanish ---------------------------------


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Selling a full real ingwe skin, not the printed fake ones. R18 000.", "Panthera pardus"),
        (
            "Vendo colmillos de tigre originales del Beni, 4 piezas, entrega en Trinidad.",
            "Panthera onca",
        ),
        (
            "Qing libation cup sold to me as buffalo horn, but it shows hair-like fibres. £9,000",
            "Rhinocerotidae",
        ),
        (
            "Original ring shawl from my nani's trunk, passes through a finger ring.",
            "Pantholops hodgsonii",
        ),
        ("100% original Hatha Jodi, dried pair, Rs 2100, COD all India.", "Varanus"),
        ("Dhahabu nyeupe ipo, vipande vitatu vizito. Mzigo upo Mombasa.", "Loxodonta africana"),
    ],
    ids=["ingwe", "tigre", "libation", "ring-shawl", "hatha-jodi", "dhahabu"],
)
def test_trade_names_and_code_words_of_this_round(engine: Engine, text: str, taxon: str) -> None:
    result = _analyse(engine, text, price=2100)
    assert _names(result) == [taxon]
    assert result.wildlife_trade is True


def test_a_tiger_named_as_one_beside_a_jaguar_stays(engine: Engine) -> None:
    result = _analyse(engine, "Piel de tigre de Bengala y piel de jaguar del Beni, antiguas.")
    assert set(_names(result)) == {"Panthera tigris", "Panthera onca"}


@pytest.mark.parametrize(
    "text",
    [
        "Bake sale Saturday: bear claws, apple fritters and pecan pie. All money to the trip!",
        "Feng shui crystal tortoise with plate, for wealth, K9 crystal, no real animal.",
        "Anak kucing Bengal, corak rosette cantik macam harimau bintang. RM3,800.",
        "قماش مطبوع جلد النمر، شيفون وستان، المتر بـ ٧٥ جنيه.",
        "فيلا للبيع قريبة من مدرسة الفهد. للتواصل أبو فهد.",
        "Vitenge vya madoa ya chui, pamba safi, doti elfu 18.",
        "Bei ya saruji leo: Twiga mfuko 16,500, Simba 16,000, Tembo 15,800.",
        "Dijual rumah teres di Taman Seri Gaharu, Kuantan. RM420,000.",
    ],
    ids=[
        "bake-sale",
        "feng-shui",
        "ms-like",
        "ar-fabric",
        "ar-school",
        "sw-print",
        "sw-cement",
        "ms-estate",
    ],
)
def test_everyday_senses_of_this_round(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=75).taxa == ()


def test_vietnamese_words_are_no_syllables_of_a_spelt_out_name(engine: Engine) -> None:
    result = _analyse(
        engine, "Cung cấp rắn giống và rắn thương phẩm (Naja atra), có giấy phép CITES."
    )
    assert _names(result) == ["Naja atra"]


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Ready bola pingpong 🥚 segar dari pantai Paloh, isi 100 butir 250rb.", "Cheloniidae"),
        ("Cari insang kering lebar hitam dari Lamakera, minimal 20 kg.", "Mobula"),
        ("Jual boneka hidup mata bulat, jinak, aktif malam, gigi sudah dipotong.", "Nycticebus"),
        ("รับซื้อเหี้ยตัวใหญ่ 3 กิโลขึ้นไป ให้ราคาดี", "Varanus salvator"),
        (
            "Ready CR bakalan Kalimantan, jantan, sudah mulai ngeriwik. 4,5 jt nego.",
            "Pycnonotus zeylanicus",
        ),
        ("🐢 vàng ba vạch chuẩn, 600g, bắt suối ở Quảng Ninh.", "Cuora trifasciata"),
    ],
    ids=["pingpong", "lamakera", "boneka", "hia", "cr", "ba-vach"],
)
def test_south_east_asian_trade_words(engine: Engine, text: str, taxon: str) -> None:
    assert _names(_analyse(engine, text, price=250000)) == [taxon]


@pytest.mark.parametrize(
    "text",
    [
        "Bola pingpong 40 mm isi 6, bintang tiga, untuk latihan.",
        "Hãy nói không với vòng ngà voi, và báo cho đường dây nóng nếu bạn thấy ai rao bán.",
        "Jual sepasang anakan 🦜 parkit warna biru, hasil ternak sendiri.",
        "หลอด UVB สำหรับเต่าบก เช่น เต่าดาว 26 วัตต์",
    ],
    ids=["pingpong-balls", "vi-awareness", "id-budgie", "th-lamp"],
)
def test_balls_awareness_budgies_and_lamps(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=35000).taxa == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vinyonga wa milimani (Kinyongia) 25 kutoka Usambara, bila vibali.", ["Kinyongia"]),
        ("Book-matched Dalbergia nigra back and sides, no paperwork.", ["Dalbergia nigra"]),
        ("500 Hirudo verbana, Medizinische Blutegel aus Wildfang, ohne CITES.", ["Hirudo verbana"]),
        ("12 Aztekium ritteri colectadas en Nuevo León, sin permiso.", ["Aztekium ritteri"]),
        ("에메랄드 트리보아 성체, 가이아나 WC. 사이테스 서류 없음.", ["Corallus caninus"]),
    ],
    ids=["genus-no-typo", "book-matched", "leech", "nuevo-leon", "ko-boa"],
)
def test_rare_taxa_named_right(engine: Engine, text: str, expected: list[str]) -> None:
    assert _names(_analyse(engine, text, price=400)) == expected


def test_silver_arowana_is_no_asian_arowana(engine: Engine) -> None:
    text = "Arowana plateada (Osteoglossum bicirrhosum) para acuario grande, come bien."
    assert _analyse(engine, text, price=30).taxa == ()


@pytest.mark.parametrize(
    "text",
    [
        "Abschied von Elefantenkuh Tana: mit großer Trauer geben wir bekannt, dass sie starb.",
        "Bienvenue à nos deux pandas roux ! Le parc accueille Ninja et Pilou, nés dans un zoo.",
        "Il mio cenerino si strappa le piume. Un veterinario aviare da consigliare?",
        "Hội thi chim chích chòe lửa sáng Chủ nhật, lệ phí 50k/lồng, giải nhất 5 triệu.",
        "Natafuta kazi ya kuongoza safari za kuona faru na tembo, Ngorongoro.",
    ],
    ids=["de-memorial", "fr-zoo", "it-advice", "vi-contest", "sw-job"],
)
def test_memorials_arrivals_advice_contests_and_jobs(engine: Engine, text: str) -> None:
    result = _analyse(engine, text, price=50000)
    assert result.taxa == ()
    assert result.wildlife_trade is False


@pytest.mark.parametrize(
    "text",
    [
        "Happy hour au bar : perroquet, tomate et mauresque à 3 €.",
        "Tulpenzwiebeln Papageientulpe 'Black Parrot', 20 Stück, 9,90 €.",
        "Handmade falcon hood for a saker or peregrine, with jesses. Only equipment, no birds.",
        "Polo lacost vert avec le petit crocodil brodé, taille L.",
    ],
    ids=["fr-pastis", "de-tulip", "en-hood", "fr-polo"],
)
def test_drinks_tulips_hoods_and_polos(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=30).taxa == ()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        (
            "Have a live ietermagog, adult, rolls up tight. R90,000 or swap for a bakkie.",
            "Smutsia temminckii",
        ),
        (
            "Two ouvolk adults caught on the veld outside Harrismith, R6,000 each.",
            "Smaug giganteus",
        ),
        (
            "Genuine ekun skin, full size with head and paws, for chieftaincy regalia.",
            "Panthera pardus",
        ),
        (
            "Spiral unicorn horn, 6 ft 2 in, nice patina, from Pond Inlet. $7,000 OBO.",
            "Monodon monoceros",
        ),
        (
            "Got 6 alligator snapper hatchlings from a bayou near Houma, $120 ea.",
            "Macrochelys temminckii",
        ),
        ("Got 3 Cyclura babies, the blue iguana, the big kind. CI$600 each.", "Cyclura"),
    ],
    ids=["ietermagog", "ouvolk", "ekun", "unicorn", "snapper", "cyclura"],
)
def test_names_from_english_posts_of_many_countries(engine: Engine, text: str, taxon: str) -> None:
    assert _names(_analyse(engine, text, price=600)) == [taxon]


@pytest.mark.parametrize(
    "text",
    [
        "Space Marine Rhino, nicely painted, one hatch missing. £18 posted.",
        "Polar Bear Dip on New Year's Day - volunteers needed for towels.",
        "Asian tiger mosquito found in Kent, health officials say.",
        "2 seats for Leicester Tigers v Saracens at Welford Road, £45 each.",
        "Unicorn horn headband for kids' parties, glitter, £5.",
    ],
    ids=["warhammer", "dip", "mosquito", "rugby", "costume"],
)
def test_english_everyday_senses(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=45).taxa == ()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("ㅊㅅㄱ 비늘 구합니다. 한약방 하시는 분 연락 주세요.", "Manidae"),
        ("收 SX 毛壳，整颗带毛的，量大价高，私聊。", "Moschus"),
        (
            "화이트골드라고 하면 아시는 분은 아실 거예요. 결 무늬 선명한 도장재 2개.",
            "Loxodonta africana",
        ),
        ("今晚八點直播 🐢 金錢 野生老龜 3 隻，私訊報價。", "Cuora trifasciata"),
        ("🐢⭐ พม่า เบบี้ 3 ตัว ไม่มีใบอนุญาต", "Geochelone platynota"),
        ("Кулон: коготь «полосатого», оправа серебро 925, без документов.", "Panthera tigris"),
    ],
    ids=["ko-initials", "zh-musk", "ko-white-gold", "zh-coin-turtle", "th-burmese", "ru-claw"],
)
def test_initials_pods_and_code_words_of_east_asia(engine: Engine, text: str, taxon: str) -> None:
    assert _names(_analyse(engine, text, price=2500)) == [taxon]


@pytest.mark.parametrize(
    "text",
    [
        "家里大猫是缅因，九公斤，最近挑食，有没有推荐的猫粮？",
        "ตุ๊กตาตาโต Blythe ของแท้ มือสอง ชุดเดิมครบ",
        "Шарф болельщика ХК «Ак Барс», снежный барс на логотипе. 1200.",
        "화이트골드 14K 반지, 각인 가능, 정품 보증서.",
    ],
    ids=["zh-cat", "th-doll", "ru-hockey", "ko-ring"],
)
def test_pets_dolls_teams_and_rings(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=1200).taxa == ()


def test_a_leet_at_sign_between_single_letters_is_a_letter() -> None:
    from wildtrace.textnorm.deobfuscate import deobfuscate
    from wildtrace.textnorm.normalise import normalise

    assert deobfuscate(normalise("magamba ya k@k@ku0na")).text == "magamba ya kakakuona"


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Tunanunua magamba ya k@k@ku0na kwa wingi, Tsh 250,000 kwa kilo.", "Manidae"),
        ("Dijual cula 🦏 asli Sumatra, warisan kakek, berat 600 gram.", "Dicerorhinus sumatrensis"),
        ("عندي ترسة بحري كبيرة حوالي ٣٥ كيلو، تنفع أكل أو تتحنط.", "Cheloniidae"),
    ],
    ids=["sw-leet", "id-sumatra", "ar-sea-turtle"],
)
def test_swahili_indonesian_and_egyptian_offers(engine: Engine, text: str, taxon: str) -> None:
    assert _names(_analyse(engine, text, price=1200)) == [taxon]


@pytest.mark.parametrize(
    "text",
    [
        "Ngozi ya ng'ombe na usinga wa mkia, Ksh 1,500, tuko Maasai Market.",
        "Zoo Negara mengumumkan kelahiran seekor anak gajah betina minggu lalu.",
        "Tumeona faru weusi wawili leo Nakuru! Asanteni walinzi wa mbuga.",
        "تيشيرتات بولو ماركة التمساح، قطن ١٠٠٪، القطعة ب ٨٥٠ جنيه.",
        "Sangkar burung untuk murai batu, kayu jati ukiran tangan. RM220.",
    ],
    ids=["sw-tuko", "ms-birth", "sw-safari", "ar-brand", "ms-cage"],
)
def test_we_are_births_safaris_brands_and_cages(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=220).taxa == ()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Luthier cherche palissandre de Madagascar en planches ou sets de guitare.", "Dalbergia"),
        (
            "Huile de lamantin pure, préparée au village près de Boké, 50 cl.",
            "Trichechus senegalensis",
        ),
        ("Alguém de Manaus tem banha de peixe-boi? Pago o que pedir.", "Trichechus inunguis"),
        (
            "Cherche une poche de musc de porte-musc. Le musc synthétique ne m'intéresse pas.",
            "Moschus",
        ),
        (
            "Lot de 30 youyous sauvages attrapés vers Kolda, 7 500 FCFA l'unité.",
            "Poicephalus senegalus",
        ),
    ],
    ids=["tonewood", "west-african-manatee", "amazonian-manatee", "musk-refused", "youyou"],
)
def test_tonewood_manatees_musk_and_youyous(engine: Engine, text: str, taxon: str) -> None:
    assert _names(_analyse(engine, text, price=7500)) == [taxon]


def test_a_finished_rosewood_guitar_is_left_out_by_its_annotation(engine: Engine) -> None:
    result = _analyse(engine, "Guitarra clásica de palisandro de la India, acabada.", price=900)
    assert result.taxa == ()
    assert result.signals.get("not_covered")


def test_clarinet_billets_are_wood_and_a_malay_buyer_asks_where(engine: Engine) -> None:
    text = "Vipande vya mbao za mpingu (African blackwood) kwa clarinet. Tuna kibali cha CITES."
    assert _names(_analyse(engine, text, price=2500000)) == ["Dalbergia melanoxylon"]
    text = "Abah saya teringin nak bela tiong emas. Kedai tak ada stok. Mana boleh dapat?"
    result = _analyse(engine, text)
    assert _names(result) == ["Gracula religiosa"]
    assert result.wildlife_trade is True


@pytest.mark.parametrize(
    "text",
    [
        "Los Pumas le ganaron 28-24 a Escocia en Mendoza. Orgullo argentino.",
        "Die Eisbären Berlin gewinnen gegen die Adler Mannheim mit 4:2.",
        "Die Bundeswehr hat weitere 18 Kampfpanzer vom Typ Leopard 2 A8 bestellt.",
        "Alguém aí troca uma onça em notas de dez? Preciso pro troco.",
        "Armadio a 3 ante in nobilitato finitura palissandro, da smontare. 80 €.",
        "Oggi al Bioparco di Roma abbiamo visto il cucciolo di rinoceronte con la mamma.",
    ],
    ids=["es-rugby", "de-hockey", "de-tank", "pt-note", "it-finish", "it-zoo"],
)
def test_teams_tanks_notes_finishes_and_zoo_days(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=80).taxa == ()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        (
            "Scatola da tabacco in tartaruga e argento, Napoli, XIX secolo. 350 €.",
            "Eretmochelys imbricata",
        ),
        (
            "Statuette sculptée dans de l'or blanc, Congo belge, petites fentes de séchage.",
            "Loxodonta africana",
        ),
        ("Se vende monito tití cabeciblanco bebé, muy manso.", "Saguinus oedipus"),
        ("Je cherche un arfang des neiges empaillé pour mon chalet.", "Bubo scandiacus"),
    ],
    ids=["it-tortoiseshell", "fr-or-blanc", "es-titi", "fr-arfang"],
)
def test_romance_antiques_and_names(engine: Engine, text: str, taxon: str) -> None:
    assert _names(_analyse(engine, text, price=350)) == [taxon]


def test_an_estate_sale_of_the_late_father_is_a_sale(engine: Engine) -> None:
    text = "مسبحة عاج قديمة 33 حبة، من تركة الوالد الله يرحمه، بدون أي ورق. السعر ٤٠٠٠"
    result = _analyse(engine, text, price=4000)
    assert _names(result) == ["Loxodonta africana"]
    assert result.wildlife_trade is True


@pytest.mark.parametrize(
    "text",
    [
        "فاز منتخب أسود الرافدين على ضيفه بهدفين نظيفين.",
        "بطارخ بوري مملحة دمياطي، كافيار الغلابة، الكيلو 900 جنيه.",
        "مسبحة عظم جمل منقوشة، بديل رخيص للعاج وشكلها قريب منه.",
        "Nakuha ng FEU Tamaraws ang panalo kontra Ateneo Blue Eagles, 78-74.",
    ],
    ids=["ar-team", "ar-roe", "ar-camel-bone", "tl-uaap"],
)
def test_arabic_and_tagalog_everyday_senses(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=120).taxa == ()
