"""Animal names that name a product, a company or a person: a capitalised name right before a
model code, inside a company's registered name or a venue's or team's name ("Mamba Lounge"), or
after a title ("Mzee Tembo")."""

from __future__ import annotations

import re

from wildtrace.detect.boundaries import is_unspaced_script
from wildtrace.domain.analysis import TaxonMatch

# A model or spec code: letters and digits mixed (T770, F1, TZ10, 5706P, 2A4), not followed by
# a unit or a currency. A bare number is left alone: "Parrot 300" is more often a price.
MODEL_CODE = re.compile(
    r"[ -](?!\d+(?:kg|g|gr|cm|mm|m|ft|in|yo|y|yr|yrs|mo|pcs|pc|ml|l|k|tr|jt|rb|x|cts?)\b)"
    r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,8}(?![\w.,])"
    r"(?!\s*(?:kg|g|gr|cm|mm|m|ft|in|inch|pcs|ml|l|usd|eur|€|\$|rm|rp|k|tr|baht|bath|元|円))",
    re.IGNORECASE,
)


# A Russian model code: Cyrillic capitals, a hyphen and digits ("Снегоход Рысь УС-440")
CYRILLIC_MODEL_CODE = re.compile(r" [А-ЯЁ]{1,4}-?\d{1,5}(?![\w.]|,\d)")

# A model code glued to or right after a Chinese or Japanese name: capitals then digits.
CJK_MODEL_CODE = re.compile(r" ?[A-Z]{1,3}\d{1,4}(?![\w.,])")


def model_name(match: TaxonMatch, text: str) -> bool:
    """A capitalised name right before a model code names a product (Triumph Tiger 800,
    Bobcat T770, Goodyear Eagle F1, Irbis TZ10), not the animal."""
    word = match.matched
    if word and is_unspaced_script(word[-1]):  # 海马S5, 海马 M3: Chinese names carry no capital
        return CJK_MODEL_CODE.match(text, match.end) is not None
    if " " in word or not word[:1].isupper() or not word.isalpha():
        return False
    return (
        MODEL_CODE.match(text, match.end) is not None
        or CYRILLIC_MODEL_CODE.match(text, match.end) is not None
    )


# A company's legal form after its name (Falco Costruzioni srl, Tiger Brands Ltd, Gajah Tunggal
# Tbk, 老虎食品有限公司) or before it (PT Gajah Tunggal, ООО «Тигр», 株式会社タイガー).
# Short forms only in capitals: German "ab" (gebe zwei ab), Malay and Swahili "sa", "kg".
COMPANY_AFTER = re.compile(
    r"((?:[ \-&]+[A-Z][\w'&\-]*){0,3}),?\s+"
    r"(?:(?i:Ltd|Limited|Inc|LLC|LLP|PLC|GmbH|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|SARL|Ltda|EIRL|Pty|"
    r"Sdn\.? Bhd|Bhd|Tbk|Co\.|Corp|Corporation)|"
    r"AG|KG|S\.?A\.?S?|S\.?L\.?|Oy|AB|A/S|B\.?V\.?|N\.?V\.?|K\.?K\.?)(?![\w])"
)
COMPANY_BEFORE = re.compile(
    r"(?:\b(?:PT|CV|UD|ООО|ОАО|ЗАО|АО|ТОО|ИП|ЧОП|ЧП|ТЦ|ТРЦ|ГК|НПО|ФК|ХК|СК)\.?\s+[«\"']?|"
    r"株式会社|有限会社|"
    r"\b(?:[Kk]ampuni ya|[Ss]yarikat|[Pp]erusahaan)\s+)(?:[\w\-]+\s+){0,2}$"
)
CJK_COMPANY_AFTER = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff]{0,6}(?:有限公司|股份公司|集团|株式会社)"
)
# A Chinese brand: the animal's name with 牌 ("brand") after it, 熊猫牌 (Panda radios), 虎牌
# (Tiger flasks), and the brand's Latin name written beside it ("虎牌 Tiger 保温杯", "虎牌啤酒
# Tiger"). Only for the animal, not a product word: 象牙牌 is an ivory plaque or mahjong tile.
CJK_BRAND_AFTER = re.compile(r"牌(?!子)")
CJK_BRAND_BEFORE = re.compile(r"[\u4e00-\u9fff]牌[\u4e00-\u9fff]{0,4}[\s(（]{0,2}$")

# A place, team or business named after the animal: "Mamba Lounge", "Tuko Kings", "Simba
# Safaris", "Tiger Hotel"; "Hotel Tigre", "Bar El Jaguar", "Warung Gajah", "Hoteli ya Simba".
VENUE_AFTER = re.compile(
    r"[ \t]+(Lounge|Bar|Pub|Club|Kings|Queens|FC|SC|United|Warriors|Stars|Boys|Hotel|Motel|Inn|"
    r"Lodge|Resort|Restaurant|Caf[eé]|Grill|Bistro|Studio|Salon|Gym|Fitness|Academy|School|"
    r"Records|Band|Express|Motors|Tours|Travels?|Safaris|Camp|Cinema|Mall|Plaza|Towers?|"
    r"Apartments|Bakery|Brewery|Stadium|Arena|Sports|Transport|Logistics|Trading|Enterprises?|"
    r"Services|Esports|Gaming|Crew|Garage|Auto|Media|Productions|Entertainment|Agency|"
    r"Holdings|Group|Construction|Park|Gardens|Estate|Heights|Township|Bay|Beach|Island|"
    r"Point|Creek|Valley)(?![\w'’])"
)
# A street named after the animal or after a person whose name holds it: "Bayawak Street",
# "Leon Guinto Street", "Tiger Lane"
STREET_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w'\-]*){0,2}[ \t]+"
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Boulevard|Blvd\.?)(?![\w'’])"
)
VENUE_BEFORE = re.compile(
    r"\b(?:H[oô]tel|Hoteli|Club|Klub|Bar|Baa|Pub|Caf[eé]|Restaurant|Restaurante|Ristorante|"
    r"Hostal|Hostel|Posada|Pousada|Hospedaje|Caba[ñn]as|Finca|Rancho|Auberge|G[îi]te|"
    r"Warung|Toko|Kedai|Rumah Makan|Lodge|Resort|Kambi|Studio|Stadium|Estadio|"
    # housing estates, streets and villages named after an animal or a tree (Griya Gaharu)
    r"Perumahan|Griya|Taman|Jalan|Jl\.|Kampung|Desa|Komplek|Kompleks|Villa|Residence|Cluster|"
    # islands, hills, rivers and beaches; Vietnamese streams, islands, lakes, villages, streets
    r"Pulau|Bukit|Sungai|Gunung|Pantai|Suối|Đảo|Hồ|Núi|Làng|Phố|Đường|Bến)"
    r"[ \t]+(?:(?:El|La|Los|Las|Le|Les|Il|The|Der|Die|Das|ya|wa|la|cha|Seri|Sri)[ \t]+)?$"
)


# Arabic places and people named after an animal: a school, street, district or plan (مدرسة
# الفهد, حي الصقر, مخطط الصقر), a father's or mother's name (أبو فهد, أم نمر)
ARABIC_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:مدرسة|مدارس|شارع|حي|مخطط|مسجد|مستشفى|فندق|مطعم|نادي|برج|مجمع|مركز|أبو|ابو|أم|ام)\s+$"
)


def company_name(match: TaxonMatch, text: str) -> str | None:
    """The company's name when the match is part of one ("Tiger Brands" in "Tiger Brands
    Ltd"), not the animal; None otherwise."""
    before = text[max(0, match.start - 40) : match.start]
    brand = match.product in (None, "live") and (  # 熊猫牌, "虎牌 Tiger"
        CJK_BRAND_AFTER.match(text, match.end) or CJK_BRAND_BEFORE.search(before)
    )
    if (
        brand
        or COMPANY_BEFORE.search(before)
        or CJK_COMPANY_AFTER.match(text, match.end)
        or ARABIC_NAMED_BEFORE.search(before)
    ):
        return match.matched
    if not capitalised(match.matched):
        return None
    if after := COMPANY_AFTER.match(text, match.end):
        return match.matched + after.group(1)
    venue = VENUE_AFTER.match(text, match.end) if " " not in match.matched else None
    if place := venue or STREET_AFTER.match(text, match.end):
        return match.matched + place.group()
    if VENUE_BEFORE.search(before) and all(capitalised(w) for w in match.matched.split()):
        return match.matched  # "Hotel Tigre", "Cafe Con Voi"
    return None


def capitalised(word: str) -> bool:
    """The word's first letter is a capital, whatever digits stand before it ("0NÇ4")."""
    first = next((c for c in word if c.isalpha()), "")
    return first.isupper()


# Titles and forms of address before a person's name: "Mzee Tembo", "Frau Habicht", "Pak
# Elang", "Don León". Vietnamese forms (ông, anh) are left out: "ông ba mươi" is the tiger.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "herr",
        "frau",
        "monsieur",
        "m",
        "mme",
        "madame",
        "mlle",
        "señor",
        "sr",
        "señora",
        "sra",
        "don",
        "doña",
        "dona",
        "seu",
        # masters of a martial art or a craft: "mestre Jacaré", "maestro Tigre", "sensei"
        "mestre",
        "mestra",
        "maestro",
        "maître",
        "meister",
        "sensei",
        "senhor",
        "senhora",
        "signor",
        "sig",
        "signora",
        "pak",
        "bapak",
        "bu",
        "ibu",
        "mas",
        "mbak",
        "kak",
        "bang",
        "tuan",
        "puan",
        "encik",
        "cik",
        "datuk",
        "dato",
        "haji",
        "hajah",
        "ustaz",
        "ustazah",
        "mzee",
        "bwana",
        "bi",
        "bibi",
        "mchungaji",
        "ginoo",
        "gng",
        "aling",
        "mang",
        "kuya",
        "ate",
        "tito",
        "tita",
        "sheikh",
        "shaikh",
        "father",
        "fr",
        "pastor",
        "rev",
        "reverend",
        "capt",
        "captain",
        "coach",
        "uncle",
        "auntie",
        "aunty",
        "dj",
        "mc",
        # Swahili titles: Bwana, teacher, doctor, honourable, MP, minister, the late
        "bw",
        "mwalimu",
        "mwl",
        "dkt",
        "mhe",
        "mheshimiwa",
        "mbunge",
        "waziri",
        "rais",
        "marehemu",
        "hayati",
        # a pet's name follows "named": "a cat named Tiger", "котик по кличке Тигр"
        "named",
        "called",
        "nommé",
        "nommée",
        "appelé",
        "appelée",
        "llamado",
        "llamada",
        "chamado",
        "chamada",
        "namens",
        "chiamato",
        "chiamata",
        "bernama",
        "namanya",
        "кличке",
        "кличка",
        "зовут",
    ]
)
TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
# the title, then a given name before the surname ("Mzee Joseph Tembo")
TITLE_AND_NAME_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+[A-Z][^\W\d_]*[ \t]+$")


# Arabic has no capitals: a title before the word is enough ("الدكتور شاهين", Dr Shaheen).
ARABIC_HONORIFICS = frozenset(
    [
        "الدكتور",
        "دكتور",
        "المهندس",
        "الأستاذ",
        "الاستاذ",
        "أستاذ",
        "استاذ",
        "الشيخ",
        "شيخ",
        "السيد",
        "السيدة",
        "الحاج",
        "حاج",
        "الأخ",
        "الكابتن",
        "كابتن",
        "اللواء",
        "العميد",
        "العقيد",
        "الفنان",
        "الفنانة",
        "اللاعب",
        "المدرب",
        "الشاعر",
        "الرئيس",
        # a kunya, "father of" (أبو فهد, Abu Fahd), is a man's name
        "أبو",
        "ابو",
        # a restaurant, hotel, café, shop or company named after an animal
        "مطعم",
        "فندق",
        "مقهى",
        "محل",
        "محلات",
        "شركة",
        "مؤسسة",
        # goods sold under an animal's name: شاي الصقر (Falcon tea), حليب, قهوة, صابون, أرز
        "شاي",
        "قهوة",
        "حليب",
        "صابون",
        "أرز",
        "ارز",
    ]
)


def person_name(match: TaxonMatch, text: str) -> bool:
    """A capitalised animal word after a title or form of address is a person's name."""
    if "\u0600" <= match.matched[:1] <= "\u06ff":
        before = TITLE_BEFORE.search(text, max(0, match.start - 20), match.start)
        return before is not None and before.group(1) in ARABIC_HONORIFICS
    return capitalised(match.matched) and after_a_title(text, match.start)


def after_a_title(text: str, start: int) -> bool:
    """A title or form of address, perhaps with a given name, ends right before `start`."""
    window = max(0, start - 32)
    return any(
        (before := pattern.search(text, window, start)) is not None
        and before.group(1).casefold() in HONORIFICS
        for pattern in (TITLE_BEFORE, TITLE_AND_NAME_BEFORE)
    )
