"""Render pages that only work in a browser (content written by JavaScript, infinite lists).

Playwright drives Debian's Chromium (package `chromium`); no browser is ever downloaded. The SSRF
guard covers every connection the browser makes, in two layers. A route handler checks each
request (sub-resources, fetch(), frames), records what it refuses, and refuses every scheme but
http(s) (data:/blob: need no network); websockets and service workers are refused outright. But
Playwright does not route redirect hops, and preconnects open sockets without a request, so each
render also gets its own forward proxy on 127.0.0.1 that Chromium must use (loopback included):
it checks each request or tunnel with the guard and connects to the checked address, which also
closes the DNS-rebinding window. WebRTC may only use proxied connections. Each render gets a
fresh context: no cookies or storage carry over between renders. A logged-in source's session
cookies are added to that context as host-only cookies of its base URL's host: the browser sends
them to that host only (by browser rules, on any of its ports), never to a host a redirect leads to.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

from playwright import async_api as pw
from playwright.async_api import Error as PlaywrightError

from wildtrace.config import Settings
from wildtrace.crawl.cookies import SessionCookies, session_page
from wildtrace.crawl.guard import BlockedURL, Guard
from wildtrace.crawl.guard_proxy import GuardProxy, host_port
from wildtrace.crawl.http import HTML_TYPES, TRANSIENT_CODES, FetchError, parse_retry_after
from wildtrace.crawl.proxy_connect import resolves_remotely
from wildtrace.domain.listing import FetchedPage

CHROMIUM_PATHS = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")
_FLAGS = """no-sandbox disable-gpu disable-quic no-first-run disable-background-networking
    disable-component-update disable-sync disable-default-apps metrics-recording-only mute-audio
    force-webrtc-ip-handling-policy=disable_non_proxied_udp"""
CHROMIUM_ARGS = tuple(f"--{flag}" for flag in _FLAGS.split())
RENDERED_TYPE = "text/html; charset=utf-8"
NO_NETWORK_SCHEMES = frozenset({"data", "blob"})
LONG_LIVED_TYPES = frozenset({"eventsource", "media", "websocket"})
SCROLL_SCRIPT = "window.scrollTo(0, (document.body || document.documentElement).scrollHeight)"


class BrowserUnavailable(RuntimeError):
    """The browser cannot be found or started; the message says what to install."""


def chromium_path() -> str:
    """The Debian Chromium binary (the real one first, then the wrapper script)."""
    for candidate in CHROMIUM_PATHS:
        if Path(candidate).is_file():
            return candidate
    raise BrowserUnavailable(
        "Chromium not found: install the Debian package 'chromium' (apt-get install chromium)"
    )


@dataclass
class RenderedPage:
    """A rendered page: the DOM as a FetchedPage, an optional screenshot, and what was refused."""

    page: FetchedPage
    screenshot_png: bytes | None = None
    blocked: list[tuple[str, str]] = field(default_factory=list)
    pdf: bytes | None = None


class _Traffic:
    """Requests in flight on one page (for 'network idle'), and the main frame's navigations."""

    def __init__(self, page: pw.Page, blocked: list[tuple[str, str]]) -> None:
        self.page = page
        self.blocked = blocked
        self.inflight: set[pw.Request] = set()
        self.navigations: list[str] = []
        self.last_change = time.monotonic()
        page.on("request", self._started)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._failed)

    def touch(self) -> None:
        self.last_change = time.monotonic()

    def _started(self, request: pw.Request) -> None:
        self.touch()
        with contextlib.suppress(PlaywrightError):
            if request.is_navigation_request() and request.frame == self.page.main_frame:
                self.navigations.append(request.url)
        if request.resource_type not in LONG_LIVED_TYPES:
            self.inflight.add(request)

    def _ended(self, request: pw.Request) -> None:
        self.touch()
        self.inflight.discard(request)

    def _failed(self, request: pw.Request) -> None:
        self._ended(request)
        scheme = urlsplit(request.url).scheme.lower()
        if scheme not in {"http", "https", *NO_NETWORK_SCHEMES}:  # refused by Chromium itself
            entry = (request.url, f"scheme {scheme!r} is not http(s); refused")
            if entry not in self.blocked:
                self.blocked.append(entry)

    async def settle(self, quiet_ms: int, cap: float) -> None:
        """Wait until no request has been in flight for `quiet_ms`, at most `cap` seconds."""
        deadline = time.monotonic() + cap
        while time.monotonic() < deadline:
            quiet = time.monotonic() - self.last_change >= quiet_ms / 1000
            if quiet and not self.inflight:
                return
            await asyncio.sleep(0.05)

    def block_reason(self, extra: tuple[str, ...] = ()) -> str | None:
        """Why a main-frame navigation hop was refused, if one was (a refused tunnel is
        recorded as https://host:port, without a path)."""
        hops = {*self.navigations, *extra}
        tunnels = {host_port(url) for url in hops if url.startswith("https:")}
        for url, reason in self.blocked:
            tunnel = url.startswith("https:") and not urlsplit(url).path
            if url in hops or (tunnel and host_port(url) in tunnels):
                return reason
        return None


class BrowserRenderer:
    """Renders pages in headless Debian Chromium, guarded; use as `async with`."""

    def __init__(
        self, settings: Settings, guard: Guard | None = None, *, executable_path: str | None = None
    ) -> None:
        self.settings = settings
        self.guard = guard if guard is not None else Guard(settings.allow_hosts)
        self.executable_path = executable_path
        self._playwright: pw.Playwright | None = None
        self.browser: pw.Browser | None = None

    async def __aenter__(self) -> Self:
        path = self.executable_path or chromium_path()
        self._playwright = await pw.async_playwright().start()
        try:
            self.browser = await self._playwright.chromium.launch(
                executable_path=path, headless=True, args=list(CHROMIUM_ARGS)
            )
        except PlaywrightError as exc:
            await self._playwright.stop()
            self._playwright = None
            raise BrowserUnavailable(f"cannot start Chromium at {path}: {exc}") from exc
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self.browser is not None:
            with contextlib.suppress(PlaywrightError):
                await self.browser.close()
            self.browser = None
        if self._playwright is not None:
            await self._playwright.stop()
            self._playwright = None

    async def print_html(self, html: str) -> bytes:
        """A PDF of an HTML document we wrote ourselves (reports). Nothing leaves the machine:
        every request the document would make is refused."""
        if self.browser is None:
            raise BrowserUnavailable("BrowserRenderer used outside `async with`")
        context = await self.browser.new_context(java_script_enabled=False, service_workers="block")
        try:
            await context.route("**/*", lambda route: route.abort("blockedbyclient"))
            page = await context.new_page()
            await page.set_content(html, wait_until="load")
            return await page.pdf(print_background=True, format="A4")
        finally:
            with contextlib.suppress(PlaywrightError):
                await context.close()

    async def render(
        self,
        url: str,
        *,
        scroll: int = 0,
        wait_ms: int = 500,
        screenshot: bool = False,
        cookies: SessionCookies | None = None,
        proxy: str | None = None,
    ) -> RenderedPage:
        """Load `url`, let its scripts run, scroll `scroll` times; raise BlockedURL when the
        guard refuses the page (checked before the browser is touched) or a redirect of it,
        FetchError when it cannot be rendered (HTTP errors as the Fetcher reports them).
        `cookies` (a logged-in source's session) go into this render's context only; with
        `proxy` (the source's, e.g. Tor) every connection of the render goes through it."""
        if proxy is not None and resolves_remotely(proxy):
            self.guard.check_unresolved(url)  # no local DNS query for a name the proxy resolves
        else:
            await self.guard.check(url)
        if self.browser is None:
            raise BrowserUnavailable("BrowserRenderer used outside `async with`")
        blocked: list[tuple[str, str]] = []
        guarding = GuardProxy(self.guard, self.settings.http_timeout, blocked, upstream=proxy)
        context: pw.BrowserContext | None = None
        try:
            remote = proxy is not None and resolves_remotely(proxy)
            proxy_url = await guarding.start()
            context = await self._new_context(self.browser, proxy_url, blocked, remote)
            if cookies is not None:
                await _add_cookies(context, cookies)
            rendered = await self._render(context, url, blocked, scroll, wait_ms, screenshot)
        except FetchError as exc:
            if (
                cookies is not None
                and exc.page is not None
                and cookies.same_host(exc.page.final_url)
            ):
                exc.page = session_page(exc.page, cookies)
            raise
        except PlaywrightError as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise FetchError(f"{url}: browser error ({message})", transient=True) from exc
        finally:
            if context is not None:
                with contextlib.suppress(PlaywrightError):
                    await context.unroute_all(behavior="ignoreErrors")
                    await context.close()
            await guarding.close()
        if cookies is not None and cookies.same_host(rendered.page.final_url):
            rendered.page = session_page(rendered.page, cookies)
        return rendered

    async def _new_context(
        self,
        browser: pw.Browser,
        proxy_url: str,
        blocked: list[tuple[str, str]],
        remote_names: bool = False,
    ) -> pw.BrowserContext:
        context = await browser.new_context(
            user_agent=self.settings.user_agent,
            java_script_enabled=True,
            accept_downloads=False,
            locale="en-US",
            service_workers="block",
            proxy={"server": proxy_url, "bypass": "<-loopback>"},
        )
        timeout_ms = self.settings.http_timeout * 1000
        context.set_default_timeout(timeout_ms)
        context.set_default_navigation_timeout(timeout_ms)

        async def route(route: pw.Route) -> None:
            await self._route(route, blocked, remote_names)

        async def refuse_websocket(ws: pw.WebSocketRoute) -> None:
            blocked.append((ws.url, "websockets are refused"))
            with contextlib.suppress(PlaywrightError):
                await ws.close(code=1008, reason="refused")

        await context.route("**/*", route)
        await context.route_web_socket(re.compile(".*"), refuse_websocket)
        return context

    async def _route(
        self, route: pw.Route, blocked: list[tuple[str, str]], remote_names: bool
    ) -> None:
        """Let a request through only if the guard allows it (data:/blob: need no network).
        With `remote_names` (a proxy that resolves names, e.g. Tor) names are not resolved
        here; the guarding proxy checks each connection again either way."""
        url = route.request.url
        if urlsplit(url).scheme.lower() not in NO_NETWORK_SCHEMES:
            try:
                if remote_names:
                    self.guard.check_unresolved(url)  # also refuses every scheme but http(s)
                else:
                    await self.guard.check(url)  # also refuses every scheme but http(s)
            except (BlockedURL, ValueError) as exc:
                blocked.append((url, str(exc)))
                with contextlib.suppress(PlaywrightError):
                    await route.abort("blockedbyclient")
                return
        with contextlib.suppress(PlaywrightError):
            await route.continue_()

    async def _render(
        self,
        context: pw.BrowserContext,
        url: str,
        blocked: list[tuple[str, str]],
        scroll: int,
        wait_ms: int,
        screenshot: bool,
    ) -> RenderedPage:
        started = time.monotonic()
        page = await context.new_page()
        traffic = _Traffic(page, blocked)
        response = await self._navigate(page, url, traffic)
        cap = min(self.settings.http_timeout, 10 * wait_ms / 1000 + 2)
        await traffic.settle(wait_ms, cap)
        if response.status >= 400:  # the same errors the Fetcher raises
            transient = response.status in TRANSIENT_CODES
            error = await self._page(page, url, response, started)
            retry_after = dict(error.headers).get("retry-after") if transient else None
            wait = parse_retry_after(retry_after)
            raise FetchError(f"{url}: HTTP {response.status}", transient, wait, error)
        for _ in range(scroll):
            await page.evaluate(SCROLL_SCRIPT)
            traffic.touch()
            await traffic.settle(wait_ms, cap)
        fetched = await self._page(page, url, response, started)
        png = await page.screenshot(full_page=True, type="png") if screenshot else None
        pdf = await page.pdf(print_background=True) if screenshot else None  # the same view
        return RenderedPage(page=fetched, screenshot_png=png, blocked=blocked, pdf=pdf)

    async def _navigate(self, page: pw.Page, url: str, traffic: _Traffic) -> pw.Response:
        try:
            response = await page.goto(url, wait_until="load")
        except PlaywrightError as exc:
            reason = traffic.block_reason()
            if reason is not None:
                raise BlockedURL(reason) from exc
            message = str(exc).splitlines()[0]
            if "Download is starting" in message:
                raise FetchError(f"{url}: a download, not a page") from exc
            raise FetchError(f"{url}: navigation failed ({message})", transient=True) from exc
        if response is None:
            raise FetchError(f"{url}: the browser got no response for the page")
        reason = traffic.block_reason((response.url,))
        if reason is not None:
            raise BlockedURL(reason)
        ctype = (await response.header_value("content-type") or "").lower()
        if response.status < 400 and not ctype.startswith(HTML_TYPES):
            raise FetchError(f"{url}: not an accepted page (content type {ctype or 'none'})")
        return response

    async def _page(
        self, page: pw.Page, url: str, response: pw.Response, started: float
    ) -> FetchedPage:
        body = (await page.content()).encode("utf-8")
        if len(body) > self.settings.max_body_bytes:
            raise FetchError(
                f"{url}: rendered page of {len(body)} bytes exceeds the "
                f"{self.settings.max_body_bytes}-byte limit"
            )
        hops: list[str] = []
        request = response.request.redirected_from
        while request is not None:
            hops.append(request.url)
            request = request.redirected_from
        headers = tuple((h["name"].lower(), h["value"]) for h in await response.headers_array())
        return FetchedPage(
            url=url,
            final_url=page.url,
            status_code=response.status,
            content_type=RENDERED_TYPE,
            headers=headers,
            body=body,
            elapsed_ms=int((time.monotonic() - started) * 1000),
            redirects=tuple(reversed(hops)),
            peer=None,
        )


async def _add_cookies(context: pw.BrowserContext, cookies: SessionCookies) -> None:
    """Host-only cookies of the base URL's host; an error is reported without Playwright's
    message, which could quote a value."""
    try:
        await context.add_cookies(
            [{"name": n, "value": v, "url": cookies.base_url} for n, v in cookies.pairs]
        )
    except PlaywrightError:
        raise FetchError(f"{cookies.site}: the browser refused its session cookies") from None


__all__ = ["BrowserRenderer", "BrowserUnavailable", "RenderedPage", "chromium_path"]
