from __future__ import annotations

import pytest

from wildtrace.crawl.canonical import canonical


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("HTTP://Example.COM:80/a?b=1#top", "http://example.com/a?b=1"),
        ("https://example.com:443", "https://example.com/"),
        ("https://example.com:8443/x", "https://example.com:8443/x"),
        ("/item/1?utm_source=fb&utm_medium=x&id=2", "/item/1?id=2"),
        ("/item/1?fbclid=abc", "/item/1"),
        ("/item/%7euser/%2fa%2Fb?q=%e8%b1%a1", "/item/~user/%2Fa%2Fb?q=%E8%B1%A1"),
        ("/search?q=&page=1", "/search?q=&page=1"),  # blank values kept
        ("/search?page=2&q=ivory", "/search?page=2&q=ivory"),  # order kept
        ("/item/1/", "/item/1/"),  # trailing slash kept
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://user:pw@Host.example/x", "http://user:pw@host.example/x"),
        ("file:///data/listings.csv", "file:///data/listings.csv"),
    ],
)
def test_canonical(given: str, expected: str) -> None:
    assert canonical(given) == expected
    assert canonical(expected) == expected  # idempotent
