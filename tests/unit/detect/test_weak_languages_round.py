"""Arabic, German, Malay and Vietnamese: names that count only with their marks, product words
whose marks the text contradicts, places named after a plant, falconers' phrases, idioms and
the look-alikes a buyer refuses. Written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, text: str, title: str = "") -> list[str]:
    return [t.name for t in engine.analyse(ListingText(id="t", title=title, text=text)).taxa]


@pytest.mark.parametrize(
    "text",
    ["Thu mua răng hổ, móng hổ giá cao, gọi Zalo 0912 555 010", "Bán xương hổ nấu cao, 5tr"],
)
def test_vietnamese_tiger_parts_written_with_their_marks(engine: Engine, text: str) -> None:
    assert "Panthera tigris" in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bé nhà mình bị răng hô, cần niềng răng, bác sĩ nào giỏi giá 20tr?",
        "mong ho hieu cho, ban hang online 50k",
    ],
)
def test_the_same_letters_with_other_marks_or_none_name_no_tiger(engine: Engine, text: str) -> None:
    assert "Panthera tigris" not in _taxa(engine, text)


def test_a_product_word_without_its_marks_in_a_marked_text_is_another_word(
    engine: Engine,
) -> None:
    result = engine.analyse(
        ListingText(
            id="t",
            title="",
            text="Trung tâm Cứu hộ tiếp nhận 2 cá thể voọc từ người dân, sẽ tái thả về rừng.",
        )
    )
    assert "product" not in result.signals
    assert not result.wildlife_trade


def test_an_unmarked_product_word_in_an_unmarked_text_still_counts(engine: Engine) -> None:
    result = engine.analyse(ListingText(id="t", title="", text="ban trung rua bien 50k/qua"))
    assert "Cheloniidae" in [t.name for t in result.taxa]
    assert "product" in result.signals


def test_a_place_named_after_orchids_sells_none(engine: Engine) -> None:
    assert _taxa(engine, "Tour Suối Hoa Lan 1 ngày từ Nha Trang, 590k/người, bao ăn trưa.") == []


def test_orchids_for_sale_in_vietnamese_still_read(engine: Engine) -> None:
    assert "Orchidaceae" in _taxa(engine, "Bán hoa lan rừng, 200k một giò, ship toàn quốc.")


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("حر وحش قرناس للبيع، وزنه ١١٠٠ غرام، السوم ٢٥ ألف", "Falco cherrug"),
        ("مسباح ذبل قديم ٣٣ حبة للبيع ٩٠٠ دينار", "Eretmochelys imbricata"),
        ("جير صافي فرخ للبيع، السوم ٦٠ ألف", "Falco rusticolus"),
    ],
)
def test_falconers_and_bead_sellers_phrases(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


def test_an_idiom_in_the_body_unmakes_the_same_word_in_the_title(engine: Engine) -> None:
    taxa = _taxa(
        engine,
        "المدير يعيد كلامي متل الببغاء ويأخذ الفضل، شو أعمل؟",
        title="ليش صاير ببغاء؟",
    )
    assert taxa == []


def test_parrotfish_is_a_fish(engine: Engine) -> None:
    assert _taxa(engine, "صيادية سمك البغبغان على الطريقة السكندرية، الكيلو ب ١٢٠ جنيه") == []


def test_a_look_alike_the_buyer_refuses_does_not_negate_the_wanted_goods(engine: Engine) -> None:
    result = engine.analyse(
        ListingText(
            id="t",
            title="Suche Elfenbeinbeläge für Klaviertasten",
            text="Suche originale Elfenbeinbeläge. Kunststoff bitte nicht anbieten. Versand ok.",
        )
    )
    assert "Loxodonta africana" in [t.name for t in result.taxa]
    assert result.wildlife_trade


def test_hoods_for_falcons_are_gear(engine: Engine) -> None:
    text = "براقع للصقور جلد طبيعي، مقاسات للحر والشاهين، الحبة ب ١٥٠ ريال"
    assert _taxa(engine, text) == []


def test_goods_said_not_to_be_there_in_vietnamese(engine: Engine) -> None:
    assert _taxa(engine, "Thanh ly ca rong bac 20cm, an moi song. Khong phai huyet long.") == []
    assert "Scleropages formosus" in _taxa(engine, "Thanh ly ca huyet long 20cm, 5tr")


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("للبيع جير أبيض صافي مكاثر، معه جواز صقر وشهادة سايتس", "Falco rusticolus"),
        ("ضبط ٣٧ صقراً من نوعي الحر والشاهين في منفذ حدودي", "Falco cherrug"),
        ("🐆 صغير عمره شهرين، وارد من الصومال، التسليم في دبي", "Acinonyx jubatus"),
    ],
)
def test_falconers_words_and_gulf_cheetahs(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


def test_lime_and_heat_are_no_falcons(engine: Engine) -> None:
    assert _taxa(engine, "جير أبيض للدهان، كيس ٢٥ كيلو، التوصيل مجاني") == []
    assert _taxa(engine, "الجو حر اليوم، ومكيف السيارة خربان، أبي فني") == []


def test_goods_said_to_contain_none(engine: Engine) -> None:
    text = "مشروب شتوي جاهز من النشا والحليب، لا يحتوي على درنات سحلب طبيعية، ١٥ ريال"
    assert _taxa(engine, text) == []


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Benta matsing na babae, 1 yr, sanay sa tali. ₱4,500 Cavite", "Macaca fascicularis"),
        ("Pass họa mi mộc Cao Bằng, hót mở đủ bộ. Giá 2tr8, LH Zalo", "Garrulax canorus"),
        ("Em 🐢 trán vàng 500g, hàng rừng Quảng Nam. 4tr, ib", "Cuora galbinifrons"),
    ],
)
def test_hobby_names_of_south_east_asia(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kho hàng Bình Dương tuyển 5 cu li bốc xếp, 350k/ngày, bao cơm trưa.",
        "Cám chuyên dòng chòe lửa, giúp chim sung giọng. Gói 200g 45k.",
        "玉米蛇雪花，80cm，温顺，常被误认成球蟒，其实不是蟒，350元。",
    ],
    ids=["labourer", "bird-feed", "mistaken-for"],
)
def test_labourers_bird_feed_and_look_alikes(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == []


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Dijual sepasang gading gajah Sumatra, 68 cm, 9,4 kg. Nego", "Elephas maximus"),
        ("청금깡 6살 수컷, 말 조금 해요. 대형 케이지 같이 드려요. 80만원", "Ara ararauna"),
        (
            "Jual 🐉 super red 25 cm, tanpa chip dan sertifikat, harga miring",
            "Scleropages formosus",
        ),
        ("공진단 만들 사향 구해요. 인조 말고 진짜 사향노루 거요.", "Moschus moschiferus"),
    ],
)
def test_indonesian_and_korean_trade_names(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


def test_a_sumatran_orangutan_is_not_also_the_bornean(engine: Engine) -> None:
    taxa = _taxa(
        engine,
        "Pengadilan memvonis penjual anak orangutan Sumatra; orangutan itu kini di karantina",
    )
    assert taxa == ["Pongo abelii"]


def test_the_unkilled_bears_skin_is_a_saying(engine: Engine) -> None:
    assert _taxa(engine, "Не делите шкуру неубитого медведя: 5 ошибок стартапов") == []
