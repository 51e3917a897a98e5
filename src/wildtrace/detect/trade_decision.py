"""The trade decision once the taxa are known: does the text offer or ask (an offer cue, a
price, a product word, unless the offer is denied), or only report (news words, no way to buy)."""

from __future__ import annotations

from wildtrace.detect.cues import OFFER_CUES, Cues
from wildtrace.domain.analysis import TaxonMatch


def offered(cues: Cues, taxa: list[TaxonMatch], has_price: bool) -> bool:
    """Whether the text offers or asks: an offer cue, a price, or a product word. An owner who
    says "not for sale" is answering those who asked the price: only an offer or wanted word
    the text does not deny, or the listing's own price, outweighs the denial."""
    if cues.has("denied_offer"):
        return has_price or cues.has("offer") or cues.has("wanted")
    return any(cues.has(k) for k in OFFER_CUES) or has_price or any(t.product for t in taxa)


def only_talk(cues: Cues, fee_asked: bool, has_price: bool) -> bool:
    """A post about animals that trades none: a care or identification question, a memorial,
    a zoo or rescue post, a question about the law, a school project, or an owner's "not for
    sale" with no price of the listing's own. Prices (an entrance fee), contacts ("should I
    call someone?") and permits ("is it legal?") come with such talk; only an offer or wanted
    word the text does not deny, or a fee asked, makes a sale."""
    if cues.has("offer") or cues.has("wanted") or fee_asked:
        return False
    denied = cues.has("denied_offer") or cues.has("denied_wanted")
    return cues.has("talk") or (denied and not has_price)


def reads_as_news(cues: Cues) -> bool:
    """A post that talks about animals reports on them when a news word comes first: a seizure
    report hands its animals "to the zoo" after its news words, while a school project asking
    "why are pangolins trafficked?" or a zoo's birth notice that adds "among the most trafficked
    mammals" opens with its talk."""
    news = cues.of("news")
    if not news:
        return False
    talk = cues.of("talk")
    return not talk or min(c.start for c in news) < min(c.start for c in talk)


def news_only(cues: Cues, has_price: bool) -> bool:
    """News reports say "sale" too; an offer also gives a way to buy (price, contact) or asks."""
    if not cues.has("news") or has_price:
        return False
    if any(_reachable(c.text) for c in cues.of("contact")):
        return False
    # a report that quotes the seller's ad ("PM for price", "ready now") still reports: two
    # different news words outweigh the ad's price and wanted words
    reported = len({c.text.casefold() for c in cues.of("news")}) >= 2
    return reported or not any(cues.has(k) for k in ("wanted", "price"))


def _reachable(contact: str) -> bool:
    """A way to reach the seller (a number, a handle, a link, "DM me"), not a platform's bare
    name, which reports name too ("sold through WhatsApp groups")."""
    return any(c.isdigit() or c in "@/:" or c.isspace() for c in contact.strip())
