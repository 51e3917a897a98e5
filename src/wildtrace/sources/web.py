"""What the sources that read web pages of one site share: decoding pages and moving between
stored targets (relative to the site's base URL) and the URLs fetched."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.generic_page import decode_html


def decode_page(page: FetchedPage) -> str:
    """The page's HTML as text: charset from Content-Type, else from a <meta>, else UTF-8."""
    return decode_html(page.body, page.content_type)


class SiteURLs:
    """Mixin for sources of one site; the class sets `base_url` (no trailing slash)."""

    base_url: str

    def resolve(self, target: str) -> str:
        """A stored target (relative to the base URL, or absolute) → the URL to fetch."""
        if urlsplit(target).scheme:
            return target
        return urljoin(self.base_url + "/", target.lstrip("/"))

    def relativise(self, url: str) -> str:
        """A URL under the base URL → its path and query, so runs survive a base change."""
        if url.startswith(self.base_url + "/"):
            return url[len(self.base_url) :]
        return url

    def on_site(self, url: str) -> bool:
        """Only links to the site itself are followed (not ads, not other sites)."""
        return urlsplit(url).netloc == urlsplit(self.base_url).netloc
