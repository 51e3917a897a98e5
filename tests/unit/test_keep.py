"""A patrol keeps a page as its WARC alone; its body is read back from the WARC and must hash
to what the capture recorded. A page captured on its own also keeps its body as a file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence.blobs import BlobIntegrityError, BlobStore
from wildtrace.evidence.keep import body_of, keep, kept_files

PAGE = FetchedPage(
    "http://shop.test/item/1",
    "http://shop.test/item/1",
    200,
    "text/html; charset=utf-8",
    (("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")),
    "<html><h1>Ivoire sculpté</h1></html>".encode(),
    12,
)


def test_a_patrol_page_is_its_warc_and_its_body_comes_back_from_it(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    kept, files = kept_files(PAGE, "wildtrace-test")
    assert blobs.put_many(files) == [kept.warc_sha256]
    assert not blobs.path_for(PAGE.sha256).exists()  # not stored a second time
    assert body_of(blobs, PAGE.sha256, kept.warc_sha256) == PAGE.body


def test_a_warc_whose_body_is_not_the_recorded_one_is_refused(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    kept, files = kept_files(PAGE, "wildtrace-test")
    blobs.put_many(files)
    other = hashlib.sha256(b"another body").hexdigest()
    with pytest.raises(BlobIntegrityError, match="does not match"):
        body_of(blobs, other, kept.warc_sha256)


def test_a_page_captured_on_its_own_keeps_its_body_too(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    kept = keep(blobs, PAGE, "wildtrace-test")
    assert blobs.get(PAGE.sha256) == PAGE.body
    assert body_of(blobs, PAGE.sha256, kept.warc_sha256) == PAGE.body


def test_put_many_writes_each_file_once_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path)
    digests = blobs.put_many([b"a", b"b", b"a"])
    assert digests[0] == digests[2] != digests[1]
    assert [blobs.get(d) for d in digests] == [b"a", b"b", b"a"]
    assert not list(tmp_path.rglob(".tmp-*"))
    assert blobs.put_many([]) == []
