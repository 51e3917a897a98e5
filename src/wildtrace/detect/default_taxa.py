"""The taxon a generic word points to by default, and the siblings that take its place when
the text names one: "ivory" is the African elephant's unless an Asian elephant is named,
"orangutan" the Bornean unless a Sumatran one is, "rosewood" Dalbergia unless a named
Pterocarpus is. Data for `Engine._without_guessed_defaults`; each entry keeps the default when
the matched words themselves say it (stems: "african ivory", "leopard")."""

from __future__ import annotations

# Generic words point to a default taxon ("ivory" → African elephant, 🐆 → leopard, 🦅 → birds
# of prey, 🐍 → pythons); when the text names a sibling ("gading gajah sumatera", 🐆❄️,
# "🦅 peregrine", "🐍 king cobra") — a taxon of that name or one within it — the default was
# only a guess. A match whose own words name the default (any of the stems) is kept.
DEFAULT_TAXA: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "Loxodonta africana": (
        frozenset({"Elephas maximus", "Loxodonta cyclotis"}),
        ("afric", "africa", "savan", "loxodonta"),
    ),
    "Panthera pardus": (
        frozenset(
            {
                "Panthera uncia",
                "Panthera onca",
                "Neofelis nebulosa",
                "Acinonyx jubatus",
                "Leopardus pardalis",
                # the panther chameleon: "🦎 panthère", "caméléon panthère"
                "Furcifer pardalis",
                # the leopard tortoise: "kobe wa chui", "سلحفاة النمر (ليوبارد)", "🐢 … kama chui"
                "Stigmochelys pardalis",
            }
        ),
        ("pardus", "leopard", "léopard", "lepard", "leopar", "леопард", "豹"),
    ),
    "Accipitriformes": (
        frozenset({"Falconiformes"}),
        (
            "eagle",
            "aigle",
            "águila",
            "aguila",
            "águia",
            "aquila",
            "adler",
            "орёл",
            "орел",
            "نسر",
            "鹰",
            "鷹",
            "elang",
            "đại bàng",
            "อินทรี",
            "hawk",
            "buse",
            "poian",
            "bussard",
            "buzzard",
            "ястреб",
        ),
    ),
    # "voọc" (a langur) alone reads as Trachypithecus; beside a named douc or snub-nosed monkey
    # ("con voọc … voọc chà vá chân xám") it was that animal
    "Trachypithecus": (
        frozenset({"Pygathrix", "Rhinopithecus", "Nasalis", "Presbytis", "Semnopithecus"}),
        ("trachypithecus",),
    ),
    # "honey bear" is the sun bear, and the kinkajou's pet-trade name: beside "kinkajou" it is that
    "Helarctos malayanus": (
        frozenset({"Potos flavus"}),
        ("sun bear", "malayan", "helarctos", "beruang", "หมีหมา", "马来熊"),
    ),
    # "rosewood" alone reads as Dalbergia; beside a named Pterocarpus ("rosewood (Pterocarpus
    # erinaceus)", kosso, red sanders) it is that one
    "Dalbergia": (
        frozenset({"Pterocarpus erinaceus", "Pterocarpus santalinus", "Pterocarpus tinctorius"}),
        ("dalbergia", "palisand", "palissand", "jacarand", "sissoo", "cocobolo", "trắc", "cẩm lai"),
    ),
    # "orangutan" alone reads as the Bornean; beside a Sumatran or Tapanuli one, that one
    "Pongo pygmaeus": (
        frozenset({"Pongo abelii", "Pongo tapanuliensis"}),
        ("borneo", "kalimantan", "pygmaeus", "ボルネオ", "婆罗洲"),
    ),
    # the genus name alone reads as the species most traded; beside another species, that one
    "Operculicarya decaryi": (
        frozenset({"Operculicarya pachypus"}),
        ("decaryi", "decary", "デカリー", "jabily"),
    ),
    # a bare hornbill word ("hornbill", "enggang", "rangkong", "นกเงือก") reads as Buceros; beside
    # the helmeted hornbill named (its casque, "enggang gading") it was that bird
    "Buceros": (
        frozenset({"Rhinoplax vigil", "Aceros nipalensis"}),
        ("buceros", "rhinoceros", "great", "badak", "papan", "bicornis", "homrai", "นกกก"),
    ),
    # "gaharu" and "oud" name Aquilaria; beside Gyrinops (Papua, Sri Lanka) they name that
    "Aquilaria": (
        frozenset({"Gyrinops", "Gyrinops walla"}),
        ("aquilar", "malaccensis", "crassna", "agallocha", "sinensis"),
    ),
    # a bare word of a group with one species traded most: "sloth" is the Linnaeus's two-toed
    # sloth, "ginseng" the Asian, "crowned crane" the grey, "marmoset" the common, "macaque" the
    # long-tailed; beside a named sibling (Hoffmann's sloth, wild American ginseng, black
    # crowned cranes, pygmy marmoset, Barbary macaque) the bare word was that one
    "Choloepus didactylus": (
        frozenset({"Choloepus hoffmanni", "Bradypus variegatus"}),
        ("didactylus", "linnaeus", "linné", "southern"),
    ),
    # Korean 홍금강앵무 is mostly the green-winged macaw, but some keepers say it of the
    # scarlet one: beside "Ara macao" it was that one
    "Ara chloropterus": (
        frozenset({"Ara macao"}),
        ("chloropterus", "green-winged", "green winged"),
    ),
    # "yew bonsai" is mostly the Chinese yew; beside a named Himalayan or Japanese yew, that one
    "Taxus chinensis": (
        frozenset({"Taxus wallichiana", "Taxus cuspidata"}),
        ("chinese", "chinensis", "china", "chine", "chino", "红豆杉", "紅豆杉"),
    ),
    "Panax ginseng": (
        frozenset({"Panax quinquefolius"}),
        ("panax ginseng", "korea", "asian", "chinese", "coréen", "coreano", "高丽", "高麗", "인삼"),
    ),
    "Balearica regulorum": (
        frozenset({"Balearica pavonina"}),
        ("regulorum", "grey", "gray", "grise", "gris", "cinza", "grau", "south", "east"),
    ),
    "Callithrix jacchus": (
        frozenset({"Cebuella pygmaea", "Saguinus oedipus", "Saguinus", "Leontopithecus"}),
        ("jacchus", "common", "tufo", "tufted", "commun", "común", "weißbüschel"),
    ),
    "Macaca fascicularis": (
        frozenset({"Macaca mulatta", "Macaca sylvanus", "Macaca nemestrina", "Macaca nigra"}),
        (
            "fascicularis",
            "long-tailed",
            "long tailed",
            "crab",
            "cynomolgus",
            "kera",
            "ekor panjang",
            "matsing",
            "khỉ đuôi dài",
            "ลิงแสม",
            "カニクイ",
            "食蟹",
        ),
    ),
    # the turtle emoji reads as the tortoises unless a turtle of another family is named
    # (🐢 vàng ba vạch, the golden coin turtle); a tortoise word keeps them
    "Testudinidae": (
        frozenset(
            {
                "Geoemydidae",
                "Emydidae",
                "Trionychidae",
                "Podocnemididae",
                "Chelidae",
                "Platysternidae",
                "Cheloniidae",
                "Dermochelyidae",
                "Carettochelyidae",
            }
        ),
        (
            "tortoise",
            "tortue",
            "tortuga",
            "tartaruga",
            "schildkr",
            "черепах",
            "jabuti",
            "陆龟",
            "陸龜",
            "リクガメ",
            "เต่าบก",
            "rùa cạn",
            "kura",
            "kobe",
            "pagong",
            "سلحف",
            "ترس",
            "거북",
        ),
    ),
    # a "star" tortoise (🐢⭐) is the Indian one, unless the Burmese star is named
    "Geochelone elegans": (
        frozenset({"Geochelone platynota"}),
        ("indian", "india", "elegans", "インド", "印度", "ấn độ", "อินเดีย", "sri lanka"),
    ),
    # a manatee is the West Indian one unless the place names another (implied.yaml)
    "Trichechus manatus": (
        frozenset({"Trichechus senegalensis", "Trichechus inunguis"}),
        ("manatus", "west indian", "antillais", "caribe", "florida"),
    ),
    # "iguana" alone is the green iguana, unless a rock iguana (Cyclura) is named
    "Iguana iguana": (
        frozenset({"Cyclura", "Conolophus", "Brachylophus"}),
        ("green", "verde", "vert", "grün", "iguana iguana"),
    ),
    # "black teatfish" alone reads as the Pacific one; from an Indian Ocean place it is the
    # Indian Ocean one (implied.yaml: indian_ocean_black_teatfish)
    "Holothuria whitmaei": (
        frozenset({"Holothuria nobilis"}),
        ("whitmaei", "pacific", "fiji", "斐济", "太平洋"),
    ),
    # Spanish "tigre" is the jaguar in Latin America (implied.yaml: latin_american_tigre),
    # Arabic نمر the leopard in Africa and Arabia (arabic_nimr_africa)
    "Panthera tigris": (
        frozenset({"Panthera onca", "Panthera pardus"}),
        (
            *("tiger", "tigr", "bengal", "siberia", "sumatra", "amur", "虎", "hổ", "harimau"),
            *("тигр", "เสือโคร่ง", "トラ", "호랑이", "simbamarara", "babr"),
        ),
    ),
    # "medicinal leech" (Medizinischer Blutegel) names Hirudo medicinalis, and the trade's
    # leeches are mostly Hirudo verbana, which a seller who names it means
    "Hirudo medicinalis": (frozenset({"Hirudo verbana"}), ("medicinalis",)),
    # Arabic وشق is the lynx in books and the caracal in Gulf and Levantine pet sales
    "Lynx lynx": (
        frozenset({"Caracal caracal"}),
        ("lynx", "luchs", "рысь", "рыси", "lince", "オオヤマネコ", "猞猁", "스라소니"),
    ),
    "Caiman crocodilus": (
        frozenset({"Caiman yacare", "Caiman latirostris", "Melanosuchus niger"}),
        ("crocodilus", "spectacled", "babilla", "baba", "jacaretinga", "jacaré-tinga"),
    ),
    "Pythonidae": (
        frozenset({"Boidae", "Elapidae", "Colubridae", "Viperidae", "Acrochordidae"}),
        ("pyth", "piton", "питон", "sanca", "sawa", "trăn", "蟒", "ニシキヘビ", "ثعبان"),
    ),
}

# Ivory that is not an elephant's: a bare ivory word ("tusk", "ivoire", "牙雕", "gading") beside a
# narwhal, walrus, sperm whale, hippo or helmeted hornbill named is that animal's ivory
# ("Défense de narval … ivoire bien spiralé", "抹香鲸牙 … 牙雕"). Words that name the elephant
# keep it, so a list with both an elephant's and a narwhal's tusk keeps both.
OTHER_SOURCES: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "Loxodonta africana": (
        frozenset(
            {
                "Monodon monoceros",
                "Odobenus rosmarus",
                "Physeter macrocephalus",
                "Hippopotamus amphibius",
                "Rhinoplax vigil",
            }
        ),
        (
            "eleph",
            "éléph",
            "elef",
            "afric",
            "loxodonta",
            "mammoth",
            "gajah",
            "象",
            "ช้าง",
            "слон",
            "فيل",
            "ngà voi",
            "nga voi",
            "tembo",
            "zou",
            "ゾウ",
            "코끼리",
            "🐘",
        ),
    ),
}
