"""Example site definitions for real marketplaces (wildtrace/sources/examples/real/): valid,
marked as unchecked examples, gentle, not bundled, and — on pages written for wildtrace in each
site's page structure (tests/fixtures/example_sites/) — read by the same code a patrol uses
(`SiteSource.parse`): result links, next page and listing fields. The robots.txt lines their
headers quote are read by the patrol's robots.txt code to show which searches it refuses.

The fixtures are not copies of the sites' pages; they follow the structure each definition
expects, so these tests say the definitions are self-consistent, not that the live sites still
look like that. Nothing here touches the Internet.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from selectolax.lexbor import LexborHTMLParser

import wildtrace.sources
from wildtrace.crawl.robots import RobotsCache
from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.base import PageRef, Seed
from wildtrace.sources.extract import as_rule
from wildtrace.sources.site import SiteSource, SiteSourceConfig
from wildtrace.sources.sitedef import bundled_sites, parse_site_definition

REAL = Path(wildtrace.sources.__file__).parent / "examples" / "real"
FILES = sorted(REAL.glob("*.yaml"))
FIXTURES = Path(__file__).parents[2] / "fixtures" / "example_sites"
WARNING = (
    "EXAMPLE — selectors must be checked against the live site by the user before use; "
    "respect the site's terms and robots.txt; wildtrace's authors have not verified them"
)
HTML = "text/html; charset=utf-8"
JSON = "application/json"
MIN_DELAY = 5.0  # seconds between two requests to one site, at least


def header(text: str) -> str:
    """The leading comment block, as one line of text."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(lines)


def source(site: str) -> SiteSource:
    return SiteSource(SiteSourceConfig(site=str(REAL / f"{site}.yaml"), queries=["q"]))


def page(site: str, name: str, url: str, content_type: str = HTML) -> FetchedPage:
    body = (FIXTURES / site / name).read_bytes()
    return FetchedPage(url, url, 200, content_type, (), body, 0)


# --- the files -----------------------------------------------------------------------------


def test_there_are_real_examples_and_none_is_bundled() -> None:
    assert len(FILES) >= 5
    ids = [parse_site_definition(p.read_text(encoding="utf-8"), str(p))[0].id for p in FILES]
    assert len(set(ids)) == len(ids)
    assert [p.stem for p in FILES] == ids  # file name = id, as for bundled sites
    assert not set(bundled_sites()) & set(ids)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_real_example_is_a_valid_site_definition(path: Path) -> None:
    definition, digest = parse_site_definition(path.read_text(encoding="utf-8"), str(path))
    assert len(digest) == 64
    assert re.fullmatch(r"https://[a-z0-9.-]+\.[a-z]{2,}", definition.base_url)
    assert not definition.base_url.endswith(".example")
    empty = LexborHTMLParser("<html></html>")  # every selector compiles in the engine used
    selectors: list[str | None] = []
    if definition.search.format == "html":
        selectors += [definition.search.result_links, definition.search.next_page]
    if definition.listing.format == "html":
        selectors += [as_rule(spec).selector for spec in definition.listing.fields.values()]
    for selector in filter(None, selectors):
        empty.css(selector)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_real_example_starts_with_the_warning_and_its_caveats(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# EXAMPLE — ")
    said = header(text)
    assert WARNING in said
    assert re.search(r"Written 20\d\d-\d\d-\d\d\.", said)
    assert "Not checked against the live site" in said
    assert "Where the structure comes from" in said
    assert "robots.txt and terms:" in said
    assert "respect_robots: false" in said  # how an override is made, and that it is recorded
    assert "Unsure:" in said


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_real_example_is_gentle_and_says_whether_it_needs_login(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    definition, _ = parse_site_definition(text, str(path))
    assert definition.rate_limit is not None
    assert definition.rate_limit.delay >= MIN_DELAY
    assert definition.rate_limit.concurrency == 1
    assert "needs_login" in yaml.safe_load(text)  # said explicitly, not left to the default
    site = source(path.stem)
    assert site.min_delay >= MIN_DELAY
    assert site.max_host_concurrency == 1
    assert site.needs_login is definition.needs_login


# --- listing addresses ---------------------------------------------------------------------

LISTING_URLS: dict[str, list[tuple[str, str]]] = {  # realistic addresses (invented ids)
    "ebay-us": [
        ("https://www.ebay.com/itm/385500112233", "385500112233"),
        ("https://www.ebay.com/itm/385500112233?_skw=shell&hash=item59c1a2b3c4", "385500112233"),
        ("https://www.ebay.com/itm/Hawksbill-shell-bangle-vintage/176600445566", "176600445566"),
    ],
    "craigslist-sfbay": [
        ("https://sfbay.craigslist.org/eby/atq/d/oakland-netsuke/7801234567.html", "7801234567"),
        ("https://sfbay.craigslist.org/atq/d/scrimshaw-carving/7801235111.html", "7801235111"),
    ],
    "etsy": [
        ("https://www.etsy.com/listing/1723456789/macaw-feather-earrings", "1723456789"),
        ("https://www.etsy.com/listing/998877665", "998877665"),
        ("https://www.etsy.com/de/listing/1723456789/ohrringe?ref=sr_gallery-1-1", "1723456789"),
    ],
    "olx-pl": [
        ("https://www.olx.pl/d/oferta/zolw-stepowy-mlody-CID103-IDzA1b2C.html", "zA1b2C"),
        ("https://www.olx.pl/d/oferta/papuga-zako-CID103-ID188DpO.html?reason=observed", "188DpO"),
        ("https://www.olx.pl/oferta/skorupa-zolwia-CID751-IDzD3e4F.html", "zD3e4F"),
    ],
    "avito-ru": [
        ("https://www.avito.ru/moskva/ptitsy/popugay_zhako_ruchnoy_3456789012", "3456789012"),
        ("https://www.avito.ru/sankt-peterburg/ptitsy/ara_3456780001?context=H4sI", "3456780001"),
    ],
    "jiji-ng": [
        (
            "https://jiji.ng/ikeja/birds/african-grey-parrot-Qw3rTy7UiOp1AsDfGhJkL2zX.html",
            "Qw3rTy7UiOp1AsDfGhJkL2zX",
        ),
        (
            "https://jiji.ng/ajah/birds/parrot-hOtAKT1a0CmEhKQrjn6YNbIA.html?page=1&pos=3&lid=x",
            "hOtAKT1a0CmEhKQrjn6YNbIA",
        ),
    ],
    "mercadolibre-mx": [  # listings on articulo.…, catalogue pages on www.… (also_hosts)
        (
            "https://articulo.mercadolibre.com.mx/MLM-2345678901-peineta-antigua-de-carey-_JM",
            "2345678901",
        ),
        (
            "https://articulo.mercadolibre.com.mx/MLM-2345670002-caja-joyero-_JM"
            "#position=3&search_layout=grid&type=item&tracking_id=demo",
            "2345670002",
        ),
        ("https://articulo.mercadolibre.com.mx/MLM2345678901", "2345678901"),  # short form
        (
            "https://www.mercadolibre.com.mx/estuche-para-lentes/p/MLM19876543"
            "?pdp_filters=item_id:MLM2345670003",
            "2345670003",  # the listing shown, not the catalogue product
        ),
        (
            "https://www.mercadolibre.com.mx/estuche-para-lentes/p/MLM19876543"
            "?searchVariation=MLM19876543&pdp_filters=item_id%3AMLM2345670003",
            "2345670003",
        ),
    ],
    "olx-br": [  # listings on the states' hosts (also_hosts)
        (
            "https://ba.olx.com.br/grande-salvador/animais-de-estimacao/passaros/"
            "filhotes-de-papagaio-verdadeiro-1456789012",
            "1456789012",
        ),
        (
            "https://sp.olx.com.br/sao-paulo-e-regiao/animais-de-estimacao/"
            "papagaio-manso-falante-1456780002?lis=listing_1001",
            "1456780002",
        ),
        ("https://ms.olx.com.br/mato-grosso-do-sul/imoveis/2-pecas-675941635", "675941635"),
    ],
}
NOT_LISTINGS: dict[str, list[str]] = {  # search pages, categories, placeholders, help pages
    "ebay-us": [
        "https://www.ebay.com/itm/123456",
        "https://www.ebay.com/sch/i.html?_nkw=ivory&_pgn=2",
        "https://www.ebay.com/str/oldcurios_demo",
    ],
    "craigslist-sfbay": [
        "https://sfbay.craigslist.org/search/sss?query=ivory",
        "https://sfbay.craigslist.org/about/help/",
    ],
    "etsy": [
        "https://www.etsy.com/search?q=feather&page=2",
        "https://www.etsy.com/shop/FeatherAndBoneDemo",
    ],
    "olx-pl": [
        "https://www.olx.pl/api/v1/offers/?offset=40&limit=40&query=zolw",
        "https://www.olx.pl/zwierzeta/",
    ],
    "avito-ru": [
        "https://www.avito.ru/rossiya?q=zhako&p=2",
        "https://www.avito.ru/moskva/ptitsy/popugai-ASgBAgICAUSkA8SQAQ",
    ],
    "jiji-ng": [
        "https://jiji.ng/search?query=parrot&page=2",
        "https://jiji.ng/about-us.html",
        "https://jiji.ng/birds",
    ],
    "mercadolibre-mx": [
        "https://listado.mercadolibre.com.mx/carey_Desde_49_NoIndex_True",
        "https://listado.mercadolibre.com.mx/carey",
        "https://www.mercadolibre.com.mx/estuche-para-lentes/p/MLM19876543",  # many sellers
        "https://click1.mercadolibre.com.mx/mclics/clicks/external/MLM/count?a=demo",
        "https://www.mercadolibre.com.mx/perfil/CURIOSIDADESDEMO",
    ],
    "olx-br": [
        "https://www.olx.com.br/brasil?q=papagaio&o=2",
        "https://www.olx.com.br/animais-de-estimacao/estado-ba",
        "https://www.olx.com.br/autos-e-pecas/carros-vans-e-utilitarios/2016",
        "https://ba.olx.com.br/grande-salvador/animais-de-estimacao",
    ],
}


def test_every_real_example_has_listing_addresses_to_check() -> None:
    assert set(LISTING_URLS) == set(NOT_LISTINGS) == {p.stem for p in FILES}


@pytest.mark.parametrize("site", sorted(LISTING_URLS))
def test_url_pattern_reads_the_listing_id(site: str) -> None:
    reader = source(site)
    for url, expected in LISTING_URLS[site]:
        assert reader.listing_id(url) == expected, url
    for url in NOT_LISTINGS[site]:
        assert reader.listing_id(url) is None, url


# --- saved pages: search ------------------------------------------------------------------

# site: (fixture, its URL, content type, query, listing targets, next page target)
SEARCHES: dict[str, tuple[str, str, str, str, list[str], str | None]] = {
    "ebay-us": (
        "search-page1.html",
        "https://www.ebay.com/sch/i.html?_nkw=tortoise+shell&_sop=10&_pgn=1",
        HTML,
        "tortoise shell",
        [
            "/itm/385500112233?_skw=tortoise+shell&hash=item59c1a2b3c4&itmprp=enc%3AAQAJ",
            "/itm/Hawksbill-shell-bangle-vintage/176600445566?_skw=tortoise+shell",
            "/itm/296677889900",
        ],
        "/sch/i.html?_nkw=tortoise+shell&_sop=10&_pgn=2",
    ),
    "craigslist-sfbay": (
        "search.html",
        "https://sfbay.craigslist.org/search/sss?query=carved+ivory",
        HTML,
        "carved ivory",
        [
            "/eby/atq/d/oakland-carved-ivory-netsuke-estate/7801234567.html",
            "/sfc/msg/d/san-francisco-old-piano-keys-real-ivory/7801234999.html",
            "/atq/d/scrimshaw-tooth-carving/7801235111.html",
        ],
        None,  # one page: the static list holds every result
    ),
    "etsy": (
        "search-page1.html",
        "https://www.etsy.com/search?q=real+feather+earrings&ref=pagination&page=1",
        HTML,
        "real feather earrings",
        [
            "/listing/1723456789/macaw-feather-earrings-real-feathers"
            "?ga_order=most_relevant&ref=sr_gallery-1-1",
            "/listing/1698765432/owl-feather-hair-clip?ref=sr_gallery-1-2&ad_id=9999",
            "/listing/998877665/peacock-and-pheasant-feather-set?ref=sr_gallery-1-3",
        ],
        "/search?q=real+feather+earrings&ref=pagination&page=2",  # counted up
    ),
    "olx-pl": (
        "search-page1.json",
        "https://www.olx.pl/api/v1/offers/?offset=0&limit=40&query=%C5%BC%C3%B3%C5%82w",
        JSON,
        "żółw",
        [
            "/d/oferta/zolw-stepowy-mlody-z-dokumentami-CID103-IDzA1b2C.html",
            "/d/oferta/skorupa-zolwia-dekoracja-CID751-IDzD3e4F.html",
            "/d/oferta/zolw-grecki-samica-CID103-IDzG5h6J.html",
        ],  # not the otodom.pl offer: another host
        "/api/v1/offers/?offset=40&limit=40&query=%C5%BC%C3%B3%C5%82w",
    ),
    "avito-ru": (
        "search-page1.html",
        "https://www.avito.ru/rossiya?q=%D0%B6%D0%B0%D0%BA%D0%BE&p=1",
        HTML,
        "жако",
        [
            "/moskva/ptitsy/popugay_zhako_ruchnoy_3456789012?context=H4sIAAAAAAAA_demo",
            "/sankt-peterburg/ptitsy/ara_sine-zheltyy_molodoy_3456780001",
            "/kazan/drugie_zhivotnye/kletka_dlya_popugaya_3456771234",
        ],
        "/rossiya?q=%D0%B6%D0%B0%D0%BA%D0%BE&p=2",
    ),
    "jiji-ng": (
        "search-page1.html",
        "https://jiji.ng/search?query=grey+parrot&page=1",
        HTML,
        "grey parrot",
        [
            "/ikeja/birds/african-grey-parrot-talking-Qw3rTy7UiOp1AsDfGhJkL2zX.html"
            "?page=1&pos=1&cur_pos=1&ads_per_page=20&ads_count=3&lid=demoLid0001",
            "/ibadan/birds/grey-parrot-chicks-Zx9cVb8nM7aS6dF5gH4jK3lQ.html"
            "?page=1&pos=2&cur_pos=2&ads_per_page=20&ads_count=3&lid=demoLid0001",
            "/abuja/pet-accessories/big-parrot-cage-Pl0oKm9iJn8uHb7yGv6tFc5r.html",
        ],
        "/search?query=grey+parrot&page=2",  # counted up
    ),
    "mercadolibre-mx": (
        "search-page1.html",
        "https://listado.mercadolibre.com.mx/tortuga-carey_Desde_1_NoIndex_True",
        HTML,
        "tortuga carey",  # words joined by - ({query_slug}), as in the site's own addresses
        [  # on the site's other hosts, kept absolute; not the sponsored click1.… link
            "https://articulo.mercadolibre.com.mx/MLM-2345678901-peineta-antigua-de-carey-hecha-a-"
            "mano-_JM#polycard_client=search-nordic&position=1&search_layout=grid&type=item"
            "&tracking_id=00000000-demo-0000-0000-000000000001",
            "https://articulo.mercadolibre.com.mx/MLM-2345670002-caja-joyero-con-incrustaciones-de-"
            "carey-_JM#polycard_client=search-nordic&position=3&search_layout=grid&type=item"
            "&tracking_id=00000000-demo-0000-0000-000000000001",
            "https://www.mercadolibre.com.mx/estuche-de-carey-para-lentes/p/MLM19876543"
            "?pdp_filters=item_id:MLM2345670003#is_advertising=false&searchVariation=MLM19876543"
            "&position=4&search_layout=grid&type=product"
            "&tracking_id=00000000-demo-0000-0000-000000000001",
        ],
        # counted up: {offset} = 1 + 48 results before page 2, as the site's own link says
        "/tortuga-carey_Desde_49_NoIndex_True",
    ),
    "olx-br": (
        "search-page1.html",
        "https://www.olx.com.br/brasil?q=papagaio&o=1",
        HTML,
        "papagaio",
        [  # on the states' hosts (*.olx.com.br), Rondônia's too
            "https://ba.olx.com.br/grande-salvador/animais-de-estimacao/passaros/"
            "filhotes-de-papagaio-verdadeiro-1456789012",
            "https://sp.olx.com.br/sao-paulo-e-regiao/animais-de-estimacao/"
            "papagaio-manso-falante-1456780002",
            "https://ro.olx.com.br/regiao-de-porto-velho/animais-de-estimacao/passaros/"
            "arara-e-papagaio-filhotes-1456770003",
            "https://pe.olx.com.br/grande-recife/animais-de-estimacao/acessorios/"
            "gaiola-grande-para-papagaio-1456760004?lis=listing_1001",
        ],
        "/brasil?q=papagaio&o=2",  # counted up: o is a page number, not an offset
    ),
}


def test_every_real_example_has_a_saved_search_page() -> None:
    assert set(SEARCHES) == {p.stem for p in FILES}


@pytest.mark.parametrize("site", sorted(SEARCHES))
def test_saved_search_page_gives_result_links_and_next_page(site: str) -> None:
    name, url, content_type, query, listings, next_target = SEARCHES[site]
    reader = source(site)
    first = reader.definition.search.first_page
    result = reader.parse(page(site, name, url, content_type), PageRef("search", query, first, url))
    assert result.listings == ()
    expected = [Seed("listing", target, query) for target in listings]
    if next_target is not None:
        expected.append(Seed("search", next_target, query, first + 1))
    assert list(result.follow) == expected


@pytest.mark.parametrize("site", sorted(SEARCHES))
def test_search_template_targets_the_searched_page(site: str) -> None:
    """The first page asked for is the one the saved page stands for."""
    name, url, _, query, _, _ = SEARCHES[site]
    reader = SiteSource(SiteSourceConfig(site=str(REAL / f"{site}.yaml"), queries=[query]))
    (seed,) = reader.seeds()
    assert reader.resolve(seed.target) == url, name


# --- saved pages: listings ------------------------------------------------------------------

# site: (fixture, its URL, the fields expected, where they come from)
LISTINGS: dict[str, tuple[str, str, dict[str, Any], dict[str, str]]] = {
    "ebay-us": (
        "listing-385500112233.html",
        "https://www.ebay.com/itm/385500112233",
        {
            "external_id": "385500112233",
            "title": "Antique carved tortoise shell comb, 19th century",
            "price": 45.0,
            "currency": "USD",
            "seller": "oldcurios_demo",
            "text": "Find many great new & used options and get the best deals for Antique carved "
            "tortoise shell comb, 19th century at the best online prices at eBay! Free shipping "
            "for many products!",  # the seller's text is in an iframe on another host
            "images": ("https://i.ebayimg.com/images/g/AbCdEfGhIjKlMnOp/s-l1600.jpg",),
            "lang": "en",
        },
        {
            "title": "html",
            "seller": "html",
            "text": "opengraph",
            "images": "opengraph",
            "price": "structured_data",
            "currency": "structured_data",
        },
    ),
    "craigslist-sfbay": (
        "posting-7801234567.html",
        "https://sfbay.craigslist.org/eby/atq/d/oakland-carved-ivory-netsuke-estate/7801234567.html",
        {
            "external_id": "7801234567",
            "title": "Carved ivory netsuke, estate piece",
            "text": "QR Code Link to This Post\n"  # a line for printing, inside the text
            "Small carved netsuke from my grandmother's estate, old ivory, about 2 inches.\n"
            "Figure of a monkey holding a peach. Cash only, pick up in Oakland.",
            "price": 300.0,
            "currency": "USD",
            "seller": None,
            "location": "Oakland",
            "posted_at": "2026-11-20T09:14:00-0800",
            "images": (
                "https://images.craigslist.org/00A0A_aAbBcCdDeEf_0CI0t2_600x450.jpg",
                "https://images.craigslist.org/00B0B_gGhHiIjJkKl_0CI0t2_600x450.jpg",
            ),
        },
        {
            "title": "html",
            "text": "html",
            "location": "html",
            "posted_at": "html",
            "images": "html",
            "price": "structured_data",
            "currency": "structured_data",
        },
    ),
    "etsy": (
        "listing-1723456789.html",
        "https://www.etsy.com/listing/1723456789/macaw-feather-earrings-real-feathers",
        {
            "external_id": "1723456789",
            "title": "Macaw feather earrings, real feathers",
            "price": 28.0,
            "currency": "USD",
            "text": "Handmade earrings with real scarlet macaw tail feathers, naturally moulted, "
            "from our aviary. Each pair is unique, about 4 inches...",
            "seller": None,  # the shop name is JSON-LD brand.name, which is not read
            "images": (
                "https://i.etsystatic.com/00000000/r/il/abc123/0000000001/"
                "il_fullxfull.0000000001_abcd.jpg",
            ),
        },
        {
            "title": "html",
            "price": "html",
            "currency": "html",
            "text": "opengraph",
            "images": "opengraph",
        },
    ),
    "olx-pl": (
        "listing-zA1b2C.html",
        "https://www.olx.pl/d/oferta/zolw-stepowy-mlody-z-dokumentami-CID103-IDzA1b2C.html",
        {
            "external_id": "zA1b2C",
            "title": "Żółw stepowy, młody, z dokumentami",
            "text": "Sprzedam młodego żółwia stepowego, 2 lata, z dokumentami CITES.\n"
            "Odbiór osobisty w Krakowie.",
            "price": 450.0,
            "currency": "zł",  # as shown on the page
            "seller_name": "Terrarysta_demo",
            "posted_at": "Dzisiaj o 09:12",
            "images": (
                "https://ireland.apollo.olxcdn.com/v1/files/demo0000000001-PL/image;s=1000x700",
            ),
            "lang": "pl",
        },
        {
            "title": "html",
            "text": "html",
            "price": "html",
            "currency": "html",
            "seller_name": "html",
            "posted_at": "html",
            "images": "opengraph",
        },
    ),
    "avito-ru": (
        "listing-3456789012.html",
        "https://www.avito.ru/moskva/ptitsy/popugay_zhako_ruchnoy_3456789012",
        {
            "external_id": "3456789012",
            "title": "Попугай жако, ручной",
            "text": "Продаю попугая жако, 3 года, ручной, говорит.\n"
            "Документы на птицу есть. Возможна доставка.",
            "price": 85000.0,
            "currency": "RUB",
            "seller_name": "Птичий двор (демо)",
            "location": "Москва, Профсоюзная ул., 56",
            "posted_at": "· 28 ноября в 10:15",
            "images": (
                "https://00.img.avito.st/image/1/demo0000000001.jpg",
                "https://00.img.avito.st/image/1/demo0000000002.jpg",
            ),
            "lang": "ru",
        },
        {
            "title": "html",
            "text": "html",
            "price": "html",
            "currency": "html",
            "seller_name": "html",
            "location": "html",
            "posted_at": "html",
            "images": "opengraph",
        },
    ),
    "jiji-ng": (
        "listing-Qw3rTy7UiOp1AsDfGhJkL2zX.html",
        "https://jiji.ng/ikeja/birds/african-grey-parrot-talking-Qw3rTy7UiOp1AsDfGhJkL2zX.html"
        "?page=1&pos=1&cur_pos=1&ads_per_page=20&ads_count=3&lid=demoLid0001",
        {
            "external_id": "Qw3rTy7UiOp1AsDfGhJkL2zX",
            "title": "African grey parrot, talking",
            "text": "Talking African grey parrot, 2 years old, very tame.\n"
            "Comes with cage. Serious buyers only.",
            "price": 450000.0,
            "currency": "NGN",
            "seller_name": "Demo Aviary Lagos",
            "images": ("https://pictures-nigeria.jijistatic.net/000000001_demo.webp",),
        },
        {
            "title": "html",
            "text": "html",
            "price": "html",
            "currency": "html",
            "seller_name": "html",
            "images": "opengraph",
        },
    ),
    "mercadolibre-mx": (
        "listing-2345678901.html",
        "https://articulo.mercadolibre.com.mx/MLM-2345678901-peineta-antigua-de-carey-hecha-a-mano-_JM",
        {
            "external_id": "2345678901",
            "title": "Peineta Antigua De Carey Hecha A Mano",
            "text": "Peineta antigua de carey auténtico, de los años 50, hecha a mano en "
            "Campeche.\nMide 12 cm. Envío a todo México.",
            "price": 2800.0,
            "currency": "MXN",
            "seller_name": "CuriosidadesDemo",
            "images": ("https://http2.mlstatic.com/D_NQ_NP_000000-MLM00000000001_112026-O.webp",),
            "lang": "es-MX",
        },
        {
            "title": "html",
            "text": "html",
            "seller_name": "html",
            "images": "opengraph",
            "price": "structured_data",
            "currency": "structured_data",
        },
    ),
    "olx-br": (
        "listing-1456789012.html",
        "https://ba.olx.com.br/grande-salvador/animais-de-estimacao/passaros/"
        "filhotes-de-papagaio-verdadeiro-1456789012",
        {
            "external_id": "1456789012",
            "title": "Filhotes de papagaio verdadeiro",
            "text": "Filhotes de papagaio verdadeiro, comendo sozinhos, já com anilha. Entrego em "
            "Salvador e região. Chama no chat.",
            "price": 1500.0,
            "currency": "R$",  # as shown on the page
            "seller_name": "Criadouro Demo BA",
            "location": "Feira de Santana, BA, 44000000",
            "images": ("https://img.olx.com.br/images/00/000000000000001.webp",),
            "lang": "pt-BR",
        },
        {
            "title": "html",
            "price": "html",
            "currency": "html",
            "seller_name": "html",
            "location": "html",
            "text": "opengraph",
            "images": "opengraph",
        },
    ),
}


def test_every_real_example_has_a_saved_listing_page() -> None:
    assert set(LISTINGS) == {p.stem for p in FILES}


@pytest.mark.parametrize("site", sorted(LISTINGS))
def test_saved_listing_page_gives_the_listing_fields(site: str) -> None:
    name, url, expected, origins = LISTINGS[site]
    reader = source(site)
    result = reader.parse(page(site, name, url), PageRef("listing", "q", 1, url))
    assert result.follow == ()
    (record,) = result.listings
    assert record.source_id == site
    assert record.url == url
    for field, value in expected.items():
        found = getattr(record, field)
        if field == "text":  # an element of several paragraphs reads with blank lines around
            found = "\n".join(line for line in found.splitlines() if line.strip())
        assert found == value, field
    assert record.field_origins == origins


# --- sites on several hosts, paging by offset ----------------------------------------------

MULTI_HOST = {  # site: (a host it must follow, hosts of the same company it must not)
    "mercadolibre-mx": ("articulo.mercadolibre.com.mx", ["click1.mercadolibre.com.mx"]),
    "olx-br": (
        "ba.olx.com.br",
        ["ba.m.olx.com.br", "olx.com.br", "ba.olx.com", "ba.olx.pt", "ba.olx.com.br.example"],
    ),
}


@pytest.mark.parametrize("site", sorted(MULTI_HOST))
def test_listings_on_the_sites_other_hosts_are_followed_and_revisited_there(site: str) -> None:
    reader = source(site)
    followed, not_followed = MULTI_HOST[site]
    own = reader.definition.base_url.split("://")[1]
    domain = ".".join(own.split(".")[-3:])  # mercadolibre.com.mx, olx.com.br
    assert all(host.endswith("." + domain) for host in reader.definition.also_hosts)
    url, _ = LISTING_URLS[site][0]
    assert url.startswith(f"https://{followed}/")
    assert reader.on_site(url)
    assert reader.revisit_target(url) == url  # fetched again at its own host
    for host in not_followed:
        assert not reader.on_site(f"https://{host}/x"), host
        assert not reader.on_site(url.replace(followed, host)), host
    assert not reader.on_site(url.replace("https://", "http://"))  # base_url's scheme only
    assert not reader.on_site(url.replace(followed, followed + ":8443"))  # nor another port


def test_mercadolibre_pages_by_result_offset_counted_from_one() -> None:
    reader = source("mercadolibre-mx")
    assert reader.definition.search.page_size == 48
    assert reader.definition.search.offset_base == 1
    targets = [reader.search_target("carey", page) for page in (1, 2, 3)]
    assert targets == [  # as the site's own links count: _Desde_49 is page 2
        "/carey_Desde_1_NoIndex_True",
        "/carey_Desde_49_NoIndex_True",
        "/carey_Desde_97_NoIndex_True",
    ]
    said = header((REAL / "mercadolibre-mx.yaml").read_text(encoding="utf-8"))
    assert "the first page is better asked for without it" in said  # _Desde_1 is unconfirmed


def test_mercadolibre_joins_the_words_of_a_query_with_hyphens() -> None:
    reader = source("mercadolibre-mx")
    assert reader.search_target("tortuga carey", 2) == "/tortuga-carey_Desde_49_NoIndex_True"
    assert (
        reader.search_target("  peineta   de carey ", 1) == "/peineta-de-carey_Desde_1_NoIndex_True"
    )
    assert reader.search_target("caparazón tortuga", 1) == (
        "/caparaz%C3%B3n-tortuga_Desde_1_NoIndex_True"  # each word URL-encoded
    )
    said = header((REAL / "mercadolibre-mx.yaml").read_text(encoding="utf-8"))
    assert "one-word queries" not in said


# Brazil's 27 federative units (26 states and the Federal District), one host each
STATE_CODES = "ac al ap am ba ce df es go ma mt ms mg pa pb pr pe pi rj rn rs ro rr sc sp se to"
BRAZIL_STATES = STATE_CODES.split()


def test_olx_brazil_follows_every_states_host_and_no_other() -> None:
    reader = source("olx-br")
    assert reader.definition.also_hosts == ["*.olx.com.br"]
    assert len(BRAZIL_STATES) == len(set(BRAZIL_STATES)) == 27
    path = "/regiao/animais-de-estimacao/passaros/papagaio-1456789012"
    for state in BRAZIL_STATES:
        url = f"https://{state}.olx.com.br{path}"
        assert reader.on_site(url), state
        assert reader.revisit_target(url) == url, state
    for host in ("ro.ba.olx.com.br", "ro.olx.com.br.example", "ro.olx.com", "ro.olx.pt"):
        assert not reader.on_site(f"https://{host}{path}"), host
    said = header((REAL / "olx-br.yaml").read_text(encoding="utf-8"))
    assert "all 27 states" in said  # none left out any more


# --- robots.txt as the headers quote it ----------------------------------------------------

# The lines of each site's robots.txt that open-source projects quoted in 2026 (as each header
# says; Avito's was not found). Read by the patrol's own robots.txt code, they refuse eBay's and
# Etsy's searches and allow every listing page — what the headers tell the user to expect.
ROBOTS_AS_QUOTED = {
    "ebay-us": "User-agent: *\nDisallow: /sch/i.html?_nkw=\nDisallow: /sch/\n",
    "etsy": "User-agent: *\nDisallow: /search?*q=\n",
    "craigslist-sfbay": "User-agent: *\nDisallow: /reply\n",
    "olx-pl": "User-agent: *\nAllow: /api/v1/offers/\nDisallow: /api/\n",
    "jiji-ng": (
        "User-agent: *\nDisallow: /test/*\nDisallow: /admin/*\nDisallow: /crm/*\n"
        "Disallow: /auth/facebook*\n"
    ),
}
SEARCH_REFUSED = {"ebay-us", "etsy"}


class RobotsFile:
    """Answers every fetch with one robots.txt (the Fetcher's `fetch`, nothing else)."""

    def __init__(self, text: str) -> None:
        self.body = text.encode()

    async def fetch(self, url: str, accept: tuple[str, ...] | None = None) -> FetchedPage:
        return FetchedPage(url, url, 200, "text/plain", (), self.body, 0)


@pytest.mark.parametrize("site", sorted(ROBOTS_AS_QUOTED))
def test_robots_txt_as_quoted_refuses_only_the_searches_the_header_names(site: str) -> None:
    reader = source(site)
    robots = RobotsCache(RobotsFile(ROBOTS_AS_QUOTED[site]), "wildtrace")  # type: ignore[arg-type]
    search_url = reader.resolve(reader.seeds()[0].target)
    listing_urls = [url for url, _ in LISTING_URLS[site]]
    allowed = asyncio.run(_allowed(robots, [search_url, *listing_urls]))
    assert allowed[0] is (site not in SEARCH_REFUSED), search_url
    assert all(allowed[1:]), listing_urls


async def _allowed(robots: RobotsCache, urls: list[str]) -> list[bool]:
    return [await robots.allowed(url) for url in urls]
