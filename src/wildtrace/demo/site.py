"""The offline demo marketplace web server (stdlib http.server, loopback-only by default).

Officers train on it and the crawler is tested against it, so it must behave like a real
classified-ads site (search with pagination, item pages with microdata-less HTML plus
JSON-LD, sitemap, robots.txt, proper status codes and headers) while never touching the
Internet. It binds to loopback unless told otherwise, because a public "marketplace" full of
fake wildlife ads must not end up indexed or mistaken for a real one.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import socketserver
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

from wildtrace.demo import pages
from wildtrace.demo.catalog import Catalog, load_catalog
from wildtrace.demo.images import image_count, listing_png

HTML = "text/html; charset=utf-8"
_HOST_RE = re.compile(r"^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$")
_IMAGE_RE = re.compile(r"^(L[0-9]+)-([0-9]+)\.png$")
_ALLOWED = "GET, HEAD"


@dataclass(frozen=True, slots=True)
class Response:
    """What a route answers; the handler turns it into status line, headers and body."""

    status: int
    body: bytes
    content_type: str = HTML
    headers: tuple[tuple[str, str], ...] = ()


class _HTTPError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class _Request:
    catalog: Catalog
    page_size: int
    base_url: str
    query: dict[str, list[str]] = field(default_factory=dict)
    if_modified_since: str | None = None

    def param(self, name: str) -> str:
        return self.query.get(name, [""])[0]

    def page_number(self) -> int:
        raw = self.query.get("page", ["1"])[0].strip()
        if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
            raise _HTTPError(400, f"page must be a positive integer, got {raw!r}")
        return int(raw)


def _html(text: str, status: int = 200, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    return Response(status, text.encode("utf-8"), HTML, headers)


def _home(req: _Request, _: str) -> Response:
    return _html(pages.home_page(req.catalog))


def _search(req: _Request, _: str) -> Response:
    return _html(pages.search_page(req.catalog, req.param("q"), req.page_number(), req.page_size))


def _robots(req: _Request, _: str) -> Response:
    return Response(200, pages.robots_txt(req.base_url).encode(), "text/plain; charset=utf-8")


def _sitemap(req: _Request, _: str) -> Response:
    body = pages.sitemap_xml(req.catalog, req.base_url).encode()
    return Response(200, body, "application/xml; charset=utf-8")


def _category(req: _Request, name: str) -> Response:
    if name not in req.catalog.categories():
        raise _HTTPError(404, f"No category {name!r}.")
    return _html(pages.category_page(req.catalog, name, req.page_number(), req.page_size))


def _seller(req: _Request, handle: str) -> Response:
    seller = req.catalog.sellers.get(handle)
    if seller is None:
        raise _HTTPError(404, f"No seller {handle!r}.")
    return _html(pages.seller_page(req.catalog, seller, req.page_number(), req.page_size))


def _item(req: _Request, listing_id: str) -> Response:
    listing = req.catalog.by_id(listing_id)
    if listing is None:
        raise _HTTPError(404, f"No listing {listing_id!r}.")
    headers = (("Last-Modified", format_datetime(listing.posted_at, usegmt=True)),)
    if req.if_modified_since:
        try:
            since = parsedate_to_datetime(req.if_modified_since)
        except (TypeError, ValueError):
            since = None
        if since is not None and since.tzinfo and since >= listing.posted_at.replace(microsecond=0):
            return Response(304, b"", HTML, headers)
    seller = req.catalog.sellers[listing.seller]
    return _html(pages.item_page(listing, seller, req.base_url), headers=headers)


def _image(req: _Request, name: str) -> Response:
    match = _IMAGE_RE.match(name)
    if match is None or req.catalog.by_id(match[1]) is None:
        raise _HTTPError(404, f"No image {name!r}.")
    if not 1 <= int(match[2]) <= image_count(match[1]):
        raise _HTTPError(404, f"No image {name!r}.")
    cache = (("Cache-Control", "public, max-age=86400"),)
    return Response(200, listing_png(name.removesuffix(".png")), "image/png", cache)


_Route = Callable[[_Request, str], Response]
_EXACT: dict[str, _Route] = {
    "/": _home,
    "/search": _search,
    "/robots.txt": _robots,
    "/sitemap.xml": _sitemap,
}
_PREFIXED: dict[str, _Route] = {
    "/category/": _category,
    "/seller/": _seller,
    "/item/": _item,
    "/img/": _image,
}


def route(req: _Request, path: str) -> Response:
    """The response for a GET of ``path`` (an absolute path, without query)."""
    try:
        if path in _EXACT:
            return _EXACT[path](req, "")
        for prefix, handler in _PREFIXED.items():
            rest = unquote(path[len(prefix) :]) if path.startswith(prefix) else ""
            if rest and "/" not in rest:
                return handler(req, rest)
        raise _HTTPError(404, "There is no such page on this site.")
    except _HTTPError as exc:
        return _html(pages.error_page(exc.status, exc.message), exc.status)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], catalog: Catalog, page_size: int, verbose: bool
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.catalog = catalog
        self.page_size = page_size
        self.verbose = verbose
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS look-up (getfqdn): skip it, stay offline.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    @property
    def url(self) -> str:
        host = self.server_name
        return (
            f"http://[{host}]:{self.server_port}"
            if ":" in host
            else f"http://{host}:{self.server_port}"
        )


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "WildtraceDemoMarket/1.0"
    timeout = 30
    # Headers and body go out in two writes; with Nagle's algorithm on, keep-alive clients
    # wait for a delayed ACK (~40 ms) on every response.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _not_allowed(self) -> None:
        self.close_connection = True  # any request body is left unread
        body = pages.error_page(405, f"Method {self.command} is not allowed.").encode()
        self._send(Response(405, body, HTML, (("Allow", _ALLOWED), ("Connection", "close"))))

    # BaseHTTPRequestHandler dispatches on do_<METHOD>; unlisted methods get its 501.
    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed  # noqa: N815

    def _base_url(self) -> str:
        host = self.headers.get("Host", "")
        return f"http://{host}" if _HOST_RE.match(host) else self.server.url

    def _respond(self, *, send_body: bool) -> None:
        parts = urlsplit(self.path)
        req = _Request(
            catalog=self.server.catalog,
            page_size=self.server.page_size,
            base_url=self._base_url(),
            query=parse_qs(parts.query, keep_blank_values=True),
            if_modified_since=self.headers.get("If-Modified-Since"),
        )
        self._send(route(req, parts.path or "/"), send_body=send_body)

    def _send(self, response: Response, *, send_body: bool = True) -> None:
        self.send_response(response.status)
        if response.status != 304:
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body and response.status != 304:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


def _check_host(host: str, allow_public: bool) -> None:
    if allow_public or host == "localhost":
        return
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ValueError(
            f"refusing to serve the demo marketplace on {host!r}: only loopback addresses "
            "(127.0.0.1, ::1, localhost) are allowed unless allow_public=True"
        )


class DemoServer:
    """A bound demo marketplace server; start() serves it in a background thread."""

    def __init__(self, httpd: _Server) -> None:
        self._httpd = httpd
        self._thread: threading.Thread | None = None
        self._blocking = False
        self._closed = False

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:54321`` (no trailing slash)."""
        return self._httpd.url

    @property
    def catalog(self) -> Catalog:
        """The catalog being served."""
        return self._httpd.catalog

    def start(self) -> DemoServer:
        """Serve in a daemon thread and return at once."""
        if self._closed or self._thread is not None:
            raise RuntimeError("this demo server was already started or stopped")
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"wildtrace-demo {self.url}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._closed:
            return
        self._closed = True
        if self._thread is not None or self._blocking:
            self._httpd.shutdown()  # waits until serve_forever has returned
        if self._thread is not None:
            self._thread.join()
        self._httpd.server_close()

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (for the CLI)."""
        if self._closed or self._thread is not None:
            raise RuntimeError("this demo server was already started or stopped")
        self._blocking = True
        try:
            self._httpd.serve_forever()
        finally:
            self._closed = True
            self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def make_server(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    catalog: Catalog | None = None,
    page_size: int = 20,
    verbose: bool = False,
    allow_public: bool = False,
) -> DemoServer:
    """Bind a demo marketplace server (port 0 picks a free port); it is not serving yet.

    Raises ValueError for a non-loopback ``host`` unless ``allow_public`` is True, and
    for a ``page_size`` below 1.
    """
    _check_host(host, allow_public)
    if page_size < 1:
        raise ValueError(f"page_size must be at least 1, got {page_size}")
    data = load_catalog() if catalog is None else catalog
    return DemoServer(_Server((host, port), data, page_size, verbose))
