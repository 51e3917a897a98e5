"""Korean names spelt out letter by letter or with one usual slip, talk that comes before a
news word, Russian adjectives of a genitive plural, figures of animals, and names that point
to one species in their language. Texts written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis
from wildtrace.textnorm.deobfuscate import deobfuscate
from wildtrace.textnorm.korean_typos import korean_typos
from wildtrace.textnorm.normalise import normalise


def _analyse(engine: Engine, text: str, title: str = "", price: float | None = None) -> Analysis:
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


def _names(result: Analysis) -> list[str]:
    return [t.name for t in result.taxa]


# --- Korean letters composed into syllables -------------------------------------------------


def test_spelt_out_korean_letters_compose_into_syllables() -> None:
    view = deobfuscate(normalise("ㅊㅓㄴㅅㅏㄴㄱㅏㅂ 비늘"))
    assert view.text == "천산갑 비늘"
    assert view.tactics_in(0, 3) == {"spaced_letters"}
    # each syllable's span runs over all of its letters in the original text
    assert view.span(0, 3) == (0, 9)
    assert view.span(2, 3) == (6, 9)


def test_a_consonant_before_a_vowel_starts_the_next_syllable() -> None:
    assert deobfuscate(normalise("ㅅㅏㅇㅇㅏ")).text == "상아"
    assert deobfuscate(normalise("ㅅㅏㅇㅏ")).text == "사아"


@pytest.mark.parametrize("text", ["ㅋㅋㅋㅋ ㅠㅠ", "ㄱㅏ 좋아요", "웅담 팝니다"])
def test_laughter_lone_letters_and_whole_syllables_stay(text: str) -> None:
    view = deobfuscate(normalise(text))
    assert view.changed is False


def test_a_name_spelt_out_in_letters_is_found_with_its_span(engine: Engine) -> None:
    text = "중국 지인 통해 들어온 ㅊㅓㄴㅅㅏㄴㄱㅏㅂ 비늘 500g 있어요. 택배 가능."
    result = _analyse(engine, text, price=500000)
    assert _names(result) == ["Manidae"]
    match = result.taxa[0]
    assert "spaced_letters" in match.evasion
    assert text[match.start : match.end].startswith("ㅊㅓㄴㅅㅏㄴㄱㅏㅂ")


def test_a_latin_letter_drawn_for_a_vowel_composes_the_syllable() -> None:
    view = deobfuscate(normalise("상ㅇr 원석, ㅅr향, ㅇl빨"))
    assert view.text == "상아 원석, 사향, 이빨"
    assert view.tactics_in(1, 2) == {"leetspeak"}
    assert view.span(1, 2) == (1, 3)


@pytest.mark.parametrize("text", ["ㅋr 하하", "kr 원석 lr", "ㅎㅎ ok"])
def test_a_latin_letter_away_from_korean_stays(text: str) -> None:
    assert deobfuscate(normalise(text)).text == normalise(text).text


def test_ivory_written_with_a_latin_vowel_is_found(engine: Engine) -> None:
    text = "상ㅇr 원석이나 큐브 삽니다. 도장 파려구요. 현금 가능."
    result = _analyse(engine, text)
    assert _names(result) == ["Loxodonta africana"]
    assert "leetspeak" in result.taxa[0].evasion
    assert result.wildlife_trade


# --- one usual slip in a Korean name -----------------------------------------------------------


def test_slips_of_a_long_name() -> None:
    slips = korean_typos("슬로로리스")
    assert "스로로리스" in slips  # a final consonant dropped
    assert "쓸로로리스" in slips  # a consonant tensed
    assert "벌거북" in korean_typos("별거북")  # the vowel's glide lost
    assert "작은발톱쑤달" in korean_typos("작은발톱수달")
    assert "슬로로리스" not in slips


def test_a_final_consonant_that_sounds_alike_and_o_for_u() -> None:
    assert "천산갚" in korean_typos("천산갑")  # ㅂ and ㅍ end a syllable alike
    assert "사향노로" in korean_typos("사향노루")  # ㅜ written ㅗ
    # two syllables: only a final that sounds the same, no other slip
    assert korean_typos("웅담") == ["웅닮"]


def test_pangolin_scales_written_by_ear(engine: Engine) -> None:
    result = engine.analyse(ListingText(id="k", title="천산갚 비늘 200g", text="택배 가능, 팝니다"))
    assert [t.name for t in result.taxa] == ["Manidae"]
    assert "misspelled_common" in result.taxa[0].evasion


def test_short_names_and_other_scripts_get_no_slips() -> None:
    assert korean_typos("상아") == []
    assert korean_typos("ivory") == []
    # the last syllable keeps its final: 천산가 is the start of other words
    assert "천산가" not in korean_typos("천산갑")


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("스로로리스 아기 분양", "순하고 손에 잘 올라와요. 서류 없어서 싸게 드려요.", "Nycticebus"),
        ("인도 벌거북 베이비 2마리", "와일드 수입분이라 서류 없습니다.", "Geochelone elegans"),
    ],
)
def test_a_korean_name_with_one_slip_is_a_misspelling(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    result = _analyse(engine, text, title, price=450000)
    assert taxon in _names(result)
    assert all("misspelled_common" in t.evasion for t in result.taxa if t.name == taxon)
    assert result.wildlife_trade is True


# --- talk before news ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "School project: why are pangolins hunted?",
            "My son's class project asks why pangolins are the most trafficked mammals. "
            "Any sources for ten-year-olds?",
        ),
        ("학교 과제로 조사 중이에요", "천산갑이 왜 밀렵당하는지 알려주는 자료 있을까요?"),
    ],
    ids=["en", "ko"],
)
def test_talk_that_opens_the_post_outweighs_a_later_news_word(
    engine: Engine, title: str, text: str
) -> None:
    result = _analyse(engine, text, title)
    assert result.taxa == ()
    assert result.signals["mentioned"] == ["Manidae"]
    assert result.wildlife_trade is False


def test_news_that_opens_the_post_keeps_its_taxa(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Police seized 30 pangolins in a raid on Tuesday. The rescued animals went to a zoo, "
        "where one gave birth.",
    )
    assert "Manidae" in _names(result)
    assert "mentioned" not in result.signals


@pytest.mark.parametrize(
    "text",
    [
        "7살 회색앵무가 요즘 깃털을 뽑아요. 비슷한 경험 있으신 분 조언 부탁드립니다.",
        "Arowana saya (beli dari kedai) dah 3 hari tak nak makan. Ada yang pernah alami?",
        "うちのホシガメの飼育日記です。甲羅が今月3mm伸びました。",
    ],
    ids=["ko", "ms", "ja"],
)
def test_keepers_asking_advice_are_no_buyers(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert result.taxa == ()
    assert result.signals.get("mentioned")
    assert result.wildlife_trade is False


def test_a_buyer_who_asks_who_has_one_is_still_wanted(engine: Engine) -> None:
    result = _analyse(engine, "회색앵무 있으신 분 연락 주세요. 가격 맞춰 드립니다.")
    assert "Psittacus erithacus" in _names(result)
    assert result.wildlife_trade is True


# --- Russian adjectives of a genitive plural ----------------------------------------------------


def test_tiger_striped_is_no_tiger(engine: Engine) -> None:
    assert _analyse(engine, "Креветки тигровые 16/20, замороженные", price=1450).taxa == ()
    assert _analyse(engine, "Лилии тигровые, луковицы 10 шт.", price=300).taxa == ()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Продам тигровую шкуру, старая", "Panthera tigris"),
        ("Сумка из крокодиловой кожи, новая, продам", "Crocodylia"),
        ("Продам тигров, два котёнка", "Panthera tigris"),
    ],
)
def test_listed_adjectives_and_plain_nouns_still_name_the_animal(
    engine: Engine, text: str, taxon: str
) -> None:
    result = _analyse(engine, text, price=50000)
    assert taxon in _names(result)
    assert all("misspelled_common" not in t.evasion for t in result.taxa)


# --- figures of animals -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "北海道の木彫りのフクロウの置物、高さ12cm。縁起物です。",
        "木彫りの熊 北海道土産 昭和レトロ",
        "Значок «Снежный барс», латунь, эмаль. Из коллекции отца.",
    ],
    ids=["ja-ornament", "ja-carving", "ru-badge"],
)
def test_a_figure_of_an_animal_is_no_animal(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=3000).taxa == ()


def test_an_ivory_ornament_is_ivory(engine: Engine) -> None:
    result = _analyse(engine, "象牙の置物 布袋様 高さ8cm 登録票なし", price=80000)
    assert "Loxodonta africana" in _names(result)


# --- titles and songs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "앵무새 죽이기, 하퍼 리 소설 중고책입니다. 6천원.",
        "Documentary rec: watch The Ivory Game this weekend, it's gripping.",
        "Lagu Burung Kakak Tua, hinggap di jendela, lagu kegemaran anak saya.",
    ],
    ids=["ko-book", "en-film", "ms-song"],
)
def test_titles_named_after_animals(engine: Engine, text: str) -> None:
    assert _analyse(engine, text).taxa == ()


# --- names that point to one species in their language ------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Куплю струю кабарги, сухую. Звоните.", "사향노루 사향 원형 1개 있어요. 280만원."],
    ids=["ru", "ko"],
)
def test_musk_deer_names_of_russia_and_korea_are_the_siberian_species(
    engine: Engine, text: str
) -> None:
    assert "Moschus moschiferus" in _names(_analyse(engine, text))


def test_musk_alone_stays_with_the_genus(engine: Engine) -> None:
    assert _names(_analyse(engine, "원사향 1개 팝니다, 진품", price=300000)) == ["Moschus"]


# --- tortoiseshell vouched for ------------------------------------------------------------------


def test_genuine_tortoise_shell_is_the_hawksbill_material(engine: Engine) -> None:
    result = _analyse(engine, "Genuine tortoise shell hair comb, 1920s, not celluloid.", price=240)
    assert _names(result) == ["Eretmochelys imbricata"]


def test_a_tortoise_shell_alone_stays_a_tortoise(engine: Engine) -> None:
    result = _analyse(engine, "Old tortoise shell from the garden, display piece.", price=40)
    assert _names(result) == ["Testudinidae"]


# --- homophones bound to goods, Korean musk, recommendations ---------------------------------


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("出老像牙手镯一只，包浆好，私聊", "Loxodonta africana"),
        ("像牙の印材 15mm 未使用 登録票なし", "Loxodonta africana"),
        ("西角粉 正品 10克装 私信", "Rhinocerotidae"),
        ("老西角雕荷叶杯 高12厘米 懂的来", "Rhinocerotidae"),
        ("熊担粉 正品 量大从优", "Ursidae"),
    ],
)
def test_homophones_bound_to_goods(engine: Engine, text: str, taxon: str) -> None:
    result = _analyse(engine, text, price=1000)
    assert _names(result) == [taxon]
    assert "misspelled_common" in result.taxa[0].evasion


@pytest.mark.parametrize("text", ["好像牙疼，怎么办？", "东南西角的房子出租，三室一厅"])
def test_bare_homophones_are_everyday_words(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=3000).taxa == ()


def test_korean_musk_beside_its_goods_is_musk_deer(engine: Engine) -> None:
    result = _analyse(engine, "인천세관이 여행자 가방에서 사향 12개와 웅담 5개를 밀반입 적발")
    assert set(_names(result)) == {"Moschus", "Ursidae"}


@pytest.mark.parametrize(
    "text", ["사향고양이 커피 원두 200g 정품 판매", "사향 향수 50ml 정품 판매"]
)
def test_civet_coffee_and_musk_perfume_are_no_musk_deer(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=30000).taxa == ()


def test_a_recommendation_of_the_goods_is_no_pattern(engine: Engine) -> None:
    result = _analyse(
        engine, "나짱산 침향 원목 조각 100g, 침향환 만드시는 분께 추천. 영수증 없어요.", price=2e6
    )
    assert _names(result) == ["Aquilaria"]


def test_an_emoji_beside_a_korean_team_name_is_the_team(engine: Engine) -> None:
    assert _analyse(engine, "🐯 빛고을 타이거즈 응원 타월, 미개봉", price=15000).taxa == ()


def test_a_book_review_names_a_mention(engine: Engine) -> None:
    result = _analyse(engine, "書評『象牙の道』 密猟現場から市場まで象牙の流れを追ったルポ。")
    assert result.taxa == ()
    assert result.signals["mentioned"] == ["Loxodonta africana"]
