"""Trade, regional and hobby names in Spanish, French, Italian and Portuguese.

The names come from `lexicon/data/names/romance_trade_names.yaml`; the listings below were
written after the names, to check that they fire on whole listings (title, body, price) and that
the everyday words left out, and the other senses of the names added, stay negative.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def taxa(engine: Engine, title: str, text: str = "", price: float | None = None) -> set[str]:
    return {t.name for t in engine.analyse(ListingText("t", title, text, price)).taxa}


@pytest.mark.parametrize(
    ("title", "text", "price", "taxon"),
    [
        # Spanish: Peru, Venezuela, Bolivia, Honduras, Colombia, Mexico, Argentina, Spain
        (
            "Pihuichos mansitos",
            "Tengo 3 pihuichos comiendo solos, ideales para departamento. Delivery en Pucallpa",
            80,
            "Psittaciformes",
        ),
        (
            "Cachorro de araguato",
            "Se vende araguato pequeño, muy cariñoso, con jaula. WhatsApp 0414-555-2301",
            None,
            "Primates",
        ),
        ("Vendo parabas", "Parabas de 2 meses, papilleras. Santa Cruz", 1500, "Psittaciformes"),
        (
            "Guaras rojas pichones",
            "Par de guaras rojas criadas a mano, entrego en San Pedro Sula. Lps 9,000",
            9000,
            "Ara macao",
        ),
        ("Guara verde disponible", "Vendo guara verde de un año, al inbox", None, "Ara ambiguus"),
        (
            "Guacamaya verde limón",
            "Pichón de guacamaya verde limón, come papilla",
            None,
            "Ara ambiguus",
        ),
        (
            "Morrocoycitos a la venta",
            "Morrocoycitos de 5 cm, sanos, comen bien. Envíos a todo Caracas",
            25,
            "Chelonoidis carbonarius",
        ),
        (
            "Babillitas para cría",
            "Tengo babillitas recién nacidas, 10 unidades, precio negociable. Montería",
            None,
            "Caiman crocodilus",
        ),
        (
            "Manteca de oso pura",
            "Manteca de oso para reumas, frasco 250 ml, envíos a toda la república",
            180,
            "Ursidae",
        ),
        (
            "Grasa de boa original",
            "Grasa de boa natural para la piel y el pelo, 60 ml. Pedidos por WhatsApp",
            15,
            "Boa constrictor",
        ),
        (
            "Jugo de rana",
            "Rana del Titicaca fresca cada mañana para su jugo de rana, puesto 14",
            20,
            "Telmatobius culeus",
        ),
        (
            "Vendo cría de oso hormiguero",
            "Toma biberón, muy mansa. Llamar 3124567890",
            None,
            "Myrmecophaga tridactyla",
        ),
        (
            "Se venden cernícalos",
            "Nacidos en cautividad, con anilla. Sevilla",
            120,
            "Falconiformes",
        ),
        (
            "Chulengos en venta",
            "Dos chulengos guachos para campo, Río Gallegos",
            None,
            "Lama guanicoe",
        ),
        ("Caviar siberiano 50 g", "Lata de 50 g, envío refrigerado 24 h", 65, "Acipenser baerii"),
        ("Figura de marfil asiático", "Antigua, 15 cm, con certificado", 800, "Elephas maximus"),
        (
            "Tiburón sarda fresco",
            "Para restaurantes, pedido mínimo 10 kg",
            None,
            "Carcharhinus leucas",
        ),
        ("Vendo piel de tigre mariposo", "Piel entera, 1,6 m, Apure", None, "Panthera onca"),
        ("Oso de lentes bebé", "Se entrega con jaula, solo efectivo", None, "Tremarctos ornatus"),
        # French: Cameroon, Madagascar, DR Congo, France, Belgium
        (
            "Perroquet à queue rouge à vendre",
            "Bébé perroquet à queue rouge, mange seul, Douala. Appelez le 6 77 12 34 56",
            150000,
            "Psittacus erithacus",
        ),
        (
            "Sifaka disponible",
            "Jeune sifaka apprivoisé, livraison Tana, WhatsApp",
            None,
            "Primates",
        ),
        ("Sokake adultes", "Deux sokake, carapace parfaite, Toliara", None, "Astrochelys radiata"),
        ("Kapidolo rare", "Kapidolo juvénile, envoi possible", 400, "Pyxis planicauda"),
        ("Ara vert et rouge", "3 ans, parle, cage fournie. Liège", 1800, "Ara chloropterus"),
        ("Grenouilles dards", "Nées chez moi, 3 mois, 40 € pièce, Lyon", 40, "Dendrobatidae"),
        ("Python de Birmanie albinos", "2 m, docile, terrarium inclus", 350, "Python bivittatus"),
        (
            "Lot palissandre de Siam",
            "Planches séchées, 2 m3, prix sur demande",
            None,
            "Dalbergia cochinchinensis",
        ),
        ("Essence de gaïac", "Flacon 10 ml, parfumerie artisanale", 22, "Bulnesia sarmientoi"),
        ("Netsuke en ivoire d'Asie", "Fin XIXe, 5 cm", 600, "Elephas maximus"),
        ("Tortue de forêt", "Adulte trouvée en brousse, à vendre, Kinshasa", None, "Testudinidae"),
        # Italian
        (
            "Pappagallo senegalese",
            "Svezzato, docile, con anello. Roma",
            350,
            "Poicephalus senegalus",
        ),
        (
            "Testuggine zampe rosse",
            "Cedo esemplare di 4 anni, documenti in regola",
            200,
            "Chelonoidis carbonarius",
        ),
        ("Tranci di verdesca", "Pescato oggi, consegna Catania", None, "Prionace glauca"),
        ("Camaleonte comune maschio", "Sicilia, no spedizione", 80, "Chamaeleo chamaeleon"),
        ("Collana in corallo moro", "Grani da 8 mm, Torre del Greco", 900, "Corallium japonicum"),
        ("Tarantola ginocchia rosse", "Femmina adulta, spedisco", 70, "Brachypelma hamorii"),
        # Portuguese: Brazil, Portugal, Mozambique, Angola
        ("Vendo papagainhos", "No ponto de mão, comendo papinha. BH", 600, "Psittaciformes"),
        ("Filhotes de curica", "Mansinhas, 3 meses, zap 91 98888-1234", None, "Psittaciformes"),
        (
            "Lobo-guará filhote",
            "Criado em casa, interessados chamar",
            None,
            "Chrysocyon brachyurus",
        ),
        ("Tatu-canastra", "Troco ou vendo. Cuiabá", None, "Priodontes maximus"),
        ("Carcará manso", "Come carne, ótimo para falcoaria", 500, "Falconiformes"),
        ("Pitão real fêmea", "1,2 m, come ratos congelados. Lisboa", 150, "Pythonidae"),
        ("Escamas de halakavuma", "Pagamento em meticais, Maputo", None, "Manidae"),
        ("Madeira de umbila", "20 m3, exportação via Beira, +258 84 000 0000", None, "Pterocarpus"),
        ("Mussacossa em toros", "Licença florestal, Cabo Delgado", None, "Afzelia"),
        ("Tábuas de ipê-roxo", "Para deck, 3 m, preço por metro", 120, "Handroanthus"),
    ],
)
def test_offer_names_its_taxon(
    engine: Engine, title: str, text: str, price: float | None, taxon: str
) -> None:
    assert taxon in taxa(engine, title, text, price)


@pytest.mark.parametrize(
    ("title", "taxon"),
    [
        # a species name wins over the group word inside it
        ("Marfil asiático tallado", "Loxodonta africana"),
        ("Perroquet à queue rouge", "Psittaciformes"),
        ("Caviar siberiano, lata", "Acipenseriformes"),
        ("Python indien 2 m", "Python"),
        # a longer name wins over a shorter one of another taxon
        ("Vendo cría de oso hormiguero", "Ursidae"),
        ("Cachorro de oso perezoso", "Ursidae"),
        ("Escamas de oso hormiguero, 1 kg", "Myrmecophaga tridactyla"),
        ("Oso hormiguero escamoso disecado", "Myrmecophaga tridactyla"),
        ("Vendo piel de tigre mariposo", "Panthera tigris"),
        ("Grenouille dard bleue", "Dalbergia melanoxylon"),
    ],
)
def test_more_specific_reading_wins(engine: Engine, title: str, taxon: str) -> None:
    assert taxon not in taxa(engine, title)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Fiesta en El Cotorro", "Nos vemos el sábado, música en vivo"),
        ("Affûtage couteau", "Pour enlever le morfil, passez la lame sur le cuir"),
        ("Les Lionnes indomptables qualifiées", "Le Cameroun affronte le Nigeria samedi"),
        ("Las Leonas campeonas", "La selección argentina de hockey ganó la final"),
        ("Chasse à l'outarde", "Appelants pour la chasse à l'outarde, Québec, 20 $ chacun"),
        ("Marcha Quebrantahuesos 2026", "Vendo dorsal para la Quebrantahuesos, no puedo ir"),
        ("Vestido rosa ciclame", "Tamanho M, novo"),
        ("Casa em João Pessoa, Paraíba", "Vendo casa 3 quartos, perto da praia"),
        ("Vende-se terreno em Jandaia do Sul", "Lote de 300 m², documentação ok"),
        ("Bote de pintura gris africano", "4 litros, sin abrir"),
        ("Peluche de oso hormiguero", "Para bebé, 30 cm, nuevo"),
    ],
)
def test_everyday_senses_name_no_taxon(engine: Engine, title: str, text: str) -> None:
    assert taxa(engine, title, text) == set()
