"""Negation words that belong to another noun than the animal: the container goods travel in
("escondidos en tubos de plástico", "packed in plastic bags", 塑料袋) and forged papers
("documentação falsa", "fake CITES permit", giấy tờ giả). The first says nothing about the
goods; the second says they lack real papers, so it reads as `no_papers`."""

from __future__ import annotations

import re

CONTAINERS = (
    r"tubos?|bolsas?|botellas?|cajas?|maletas?|sacos?|sacolas?|garrafas?|caixas?|sacs?|"
    r"bouteilles?|bo[iî]tes?|tubi|sacchett[oi]|bottigli[ae]|scatol[ae]|kantong|karung|botol|"
    r"kotak|t[uú]i|h[oộ]p|chai|ถุง|กล่อง|ขวด|bags?|bottles?|tubes?|box(?:es)?|containers?|"
    r"crates?|cases?|jars?|wrap|sleeves?|Tüten?|Flaschen?|Dosen?|Kisten?|Beutel|"
    r"cassett[ae]|cass[ae]|contenitor[ei]|vaschett[ae]|buste|secchi|bacinelle|caisses?|cajones?|"
    r"баках|ящиках|коробках|пакетах|бутылках|صناديق|أكياس|علب|قناني"
)
PAPERS = (
    r"documenta[cç][aã]o|documentaci[oó]n|documentos?|documents?|papers?|papeles|papiers?|"
    r"permits?|permisos?|licen[cs]es?|licencias?|certificados?|certificates?|certificats?|"
    r"cites|gi[aấ]y t[oờ]|gi[aấ]y ph[eé]p|surat|dokumen|izin|Papiere|Dokumente|Genehmigung"
)
LINK = r"(?:\s+(?:de|di|da|do|em|en|in|of|d')\s*|\s+)"
CONTAINER_BEFORE = re.compile(rf"(?:{CONTAINERS}){LINK}$", re.IGNORECASE)
CONTAINER_AFTER = re.compile(rf"^(?:\s+|-)?(?:{CONTAINERS})\b|^[袋瓶盒管罐]", re.IGNORECASE)
# one word may stand between ("documentos claramente falsos", "fake CITES permit"), not a
# conjunction: "plush toy and certificate" is a toy sold with a certificate
BETWEEN = r"(?:(?!(?:and|or|y|et|und|e|o|with|con|avec|mit|dan|và)\s)\w+\s+)?"
PAPERS_BEFORE = re.compile(rf"(?:{PAPERS})(?:{LINK})?{BETWEEN}$", re.IGNORECASE)
PAPERS_AFTER = re.compile(rf"^\s+{BETWEEN}(?:{PAPERS})\b|^[证證]", re.IGNORECASE)


PLASTICS = frozenset(
    {"plastic", "plástico", "plastica", "plastique", "plastik", "nhựa", "塑料", "塑膠", "พลาสติก"}
    | {"пластик", "пластиковых", "пластиковые", "بلاستيك"}
)


def of_a_container(lowered: str, start: int, end: int) -> bool:
    """The negation word is plastic a container is made of: "tubos de plástico", "plastic
    bags", 塑料袋 (not "plastic parrot", nor "resin box", which may be the carving itself)."""
    if lowered[start:end] not in PLASTICS:
        return False
    before = lowered[max(0, start - 20) : start]
    return bool(CONTAINER_BEFORE.search(before) or CONTAINER_AFTER.match(lowered[end : end + 14]))


def of_the_papers(lowered: str, start: int, end: int) -> bool:
    """The negation word qualifies papers: "documentação falsa", "fake CITES permit", 假证."""
    before = lowered[max(0, start - 30) : start]
    return bool(PAPERS_BEFORE.search(before) or PAPERS_AFTER.match(lowered[end : end + 24]))
